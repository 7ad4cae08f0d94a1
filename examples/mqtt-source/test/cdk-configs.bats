#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# InfinyOn's own mqtt-source configurations (test/cdk-configs/, origin in its README.md) run
# unchanged: each passes `validate --config`, and a dry run against a local Mosquitto produces
# what is published.

load "$BATS_TEST_DIRNAME/../lib/mosquitto"

setup_file() {
  start_mosquitto
}

teardown_file() {
  stop_mosquitto
}

setup() {
  MS="$BATS_TEST_DIRNAME/../mqtt-source"
  TMP="$BATS_TEST_TMPDIR"
  CONFIGS="$BATS_TEST_DIRNAME/cdk-configs"
  export MQTT_URL="mqtt://127.0.0.1:$MQTT_PORT"   # the secret of the test_env_secret_* configs
}

teardown() {
  reap
}

# render FILE: the config with upstream's placeholders filled and the public test broker
# replaced by the local one; prints the new file's path.
render() {
  local out="$TMP/$(basename "$1")"
  sed -e 's/: TOPIC$/: cdk-topic/' -e 's/: CONNECTOR$/: cdk-connector/' \
    -e "s#mqtt://test.mosquitto.org/#$MQTT_URL#" "$1" > "$out"
  echo "$out"
}

@test "every official config passes validate --config" {
  for f in "$CONFIGS"/*.yaml; do
    run --separate-stderr "$MS" validate --config "$(render "$f")"
    echo "$(basename "$f"): status=$status $output $stderr"
    [ "$status" -eq 0 ]
    [[ "$output" == *"options are valid"* ]]
    [ "$(grep -c "WARN tributary.config: .*ignoring unknown key 'meta.create-topic'" <<< "$stderr")" -eq 1 ]
    [[ "$stderr" != *"127.0.0.1:$MQTT_PORT"* ]]   # the URL is a secret
  done
}

@test "every official config runs: a dry run produces what is published" {
  for f in "$CONFIGS"/*.yaml; do
    config=$(render "$f")
    topic=$(sed -n '/^mqtt:/,$s/^  topic: //p' "$config" | tr -d '"')
    # The payload type is forced to json so that the connector's warning about the payload
    # that is not JSON, published last, says that the first one has been read.
    spawn "$TMP/err.log" sh -c "exec '$MS' --dry-run --config '$config' --payload-output-type json > '$TMP/out.jsonl'"
    wait_for 30 grep -q "subscribed to $topic" "$TMP/err.log" || { cat "$TMP/err.log"; false; }
    mqtt_pub "$topic" 0 '{"n":1}' 'not json'
    wait_for 30 grep -q "skipped a message on $topic" "$TMP/err.log"
    stop_connector "$SPAWNED_PID"
    echo "$(basename "$f"): $(cat "$TMP/out.jsonl")"
    jq -e --arg t "$topic" '.key == $t and (.value | fromjson | .payload.n == 1)' "$TMP/out.jsonl"
    grep -q "connected to tcp://127.0.0.1:$MQTT_PORT" "$TMP/err.log"
  done
}

@test "the secret reference without the secret: exit 2 naming it" {
  unset MQTT_URL
  expect_usage_error "key 'mqtt.url' refers to the secret MQTT_URL, but the environment variable MQTT_URL is not set" \
    "$MS" validate --config "$CONFIGS/test_env_secret_json_output_type.yaml"
}

@test "the secret from --secrets FILE" {
  printf 'MQTT_URL=%s\n' "$MQTT_URL" > "$TMP/secrets.env"
  unset MQTT_URL
  run --separate-stderr "$MS" validate --config "$CONFIGS/test_env_secret_binary_output_type.yaml" --secrets "$TMP/secrets.env"
  [ "$status" -eq 0 ]
}
