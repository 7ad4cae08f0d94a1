#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The mqtt-source command line without a broker: metadata, validate, bad input.

load "$BATS_TEST_DIRNAME/../lib/common"

setup() {
  MS="$BATS_TEST_DIRNAME/../mqtt-source"
}

@test "metadata: one line of JSON with the options, defaults and the secret marked" {
  run --separate-stderr "$MS" metadata
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 1 ]
  [ -z "$stderr" ]
  echo "$output" | jq -e '.name == "mqtt-source" and .direction == "source" and .version == "0.1.0"'
  echo "$output" | jq -e '(.description | length) > 0'
  echo "$output" | jq -e '.schema.properties | keys_unsorted == ["mqtt-url", "mqtt-topic",
    "client-id", "qos", "timeout", "payload-output-type"]'
  echo "$output" | jq -e '.schema.required == ["mqtt-url", "mqtt-topic"]'
  echo "$output" | jq -e '[.schema.properties[] | .description | length > 0] | all'
  echo "$output" | jq -e '.schema.properties["mqtt-url"].writeOnly == true'
  echo "$output" | jq -e '.schema.properties.qos | .type == "integer" and .minimum == 0 and .maximum == 2 and .default == 0'
  echo "$output" | jq -e '.schema.properties.timeout | .type == "string" and .default == "60s"'
  echo "$output" | jq -e '.schema.properties["payload-output-type"] | .enum == ["binary", "json"] and .default == "binary"'
  echo "$output" | jq -e '.schema.properties["client-id"].type == ["string", "null"]'
}

@test "validate accepts good options and connects to nothing" {
  run --separate-stderr "$MS" validate --fluvio-topic t --mqtt-url mqtt://u:pw@127.0.0.1:9 \
    --mqtt-topic 'sensors/+/temp' --client-id c1 --qos 2 --timeout 5s --payload-output-type json
  [ "$status" -eq 0 ]
  [[ "$output" == *"options are valid"* ]]
  [[ "$stderr" != *"pw"* ]]
}

bad() {
  expect_usage_error "$1" "$MS" --fluvio-topic t --dry-run "${@:2}"
}

@test "missing --mqtt-url and --mqtt-topic" {
  bad "--mqtt-url: is required"
  [[ "$stderr" == *"--mqtt-topic: is required"* ]]
}
@test "--mqtt-url with another scheme, its value masked" {
  bad "--mqtt-url: must match" --mqtt-url http://user:s3cret@host --mqtt-topic a
  [[ "$stderr" != *"s3cret"* ]]
  [[ "$stderr" == *"****"* ]]
}
@test "--qos above 2" { bad "--qos: must be at most 2, got 3" --mqtt-url mqtt://h --mqtt-topic a --qos 3; }
@test "--qos below 0" { bad "--qos: must be at least 0, got -1" --mqtt-url mqtt://h --mqtt-topic a --qos -1; }
@test "--qos not a number" { bad "--qos: expected a 32-bit integer" --mqtt-url mqtt://h --mqtt-topic a --qos high; }
@test "--timeout in bare seconds" { bad "--timeout: expected a duration" --mqtt-url mqtt://h --mqtt-topic a --timeout 60; }
@test "--payload-output-type unknown" { bad "--payload-output-type: expected one of binary, json" --mqtt-url mqtt://h --mqtt-topic a --payload-output-type JSON; }
@test "blank --mqtt-topic" { bad "--mqtt-topic" --mqtt-url mqtt://h --mqtt-topic ' '; }
@test "a topic filter with # before its last level" { bad "--mqtt-topic: must match" --mqtt-url mqtt://h --mqtt-topic 'a/#/b'; }
@test "a topic filter with + inside a level" { bad "--mqtt-topic: must match" --mqtt-url mqtt://h --mqtt-topic 'a/b+'; }
@test "good topic filters" {
  for f in '#' '+' 'a/+/c' 'a/#' '/' '+/+/#' 'a b/c'; do
    run "$MS" validate --fluvio-topic t --mqtt-url mqtt://h --mqtt-topic "$f"
    echo "$f: $output"
    [ "$status" -eq 0 ]
  done
}
@test "blank --client-id" { bad "--client-id" --mqtt-url mqtt://h --mqtt-topic a --client-id ''; }

@test "MQTT_URL from the environment through a config file secret" {
  printf 'fluvio-topic: t\nmqtt-url: ${{ secrets.MQTT_URL }}\nmqtt-topic: a\n' > "$BATS_TEST_TMPDIR/c.yaml"
  MQTT_URL=mqtt://u:pw@127.0.0.1:9 run --separate-stderr "$MS" validate --config "$BATS_TEST_TMPDIR/c.yaml"
  [ "$status" -eq 0 ]
  run --separate-stderr "$MS" validate --config "$BATS_TEST_TMPDIR/c.yaml"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"MQTT_URL"* ]]
}
