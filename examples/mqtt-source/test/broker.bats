#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# mqtt-source against a real Mosquitto broker on 127.0.0.1, through --dry-run. Records are
# written when the connector stops, so each test waits until the broker has received the
# connector's acknowledgement (PUBACK) of every message, then stops it.

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
  CLIENT="test-$BATS_TEST_NUMBER-$RANDOM"
}

teardown() {
  reap
}

# start_source ARGS...: the connector in a dry run, subscribed (QoS 1) once this returns.
start_source() {
  spawn "$TMP/err.log" sh -c 'exec "$0" "$@" > "$OUT"' "$MS" --fluvio-topic t --dry-run \
    --mqtt-url "mqtt://127.0.0.1:$MQTT_PORT" --client-id "$CLIENT" --qos 1 "$@"
  wait_for 30 grep -q "subscribed to" "$TMP/err.log" || { cat "$TMP/err.log"; return 1; }
}

@test "binary: each message once, in order, keyed by its MQTT topic" {
  export OUT="$TMP/out.jsonl"
  start_source --mqtt-topic 'sensors/#'
  mqtt_pub sensors/a 1 one two three
  mqtt_pub sensors/b/c 1 four
  mqtt_pub other 1 not-subscribed
  wait_for 30 acked_by "$CLIENT" 4
  stop_connector "$SPAWNED_PID"
  run jq -r '"\(.key)=\(.value)"' "$OUT"
  [ "$output" = "$(printf 'sensors/a=one\nsensors/a=two\nsensors/a=three\nsensors/b/c=four')" ]
  grep -q "subscribed to sensors/# (qos 1)" "$TMP/err.log"
}

@test "json: the topic and the payload in one object; a payload that is not JSON is skipped" {
  export OUT="$TMP/out.jsonl"
  start_source --mqtt-topic 'home/+/temp' --payload-output-type json
  mqtt_pub home/kitchen/temp 1 '{"c":21.50}' 'warm' '[1, 2]'
  wait_for 30 acked_by "$CLIENT" 3
  stop_connector "$SPAWNED_PID"
  run jq -c '.value' "$OUT"
  [ "${lines[0]}" = '"{\"mqtt_topic\":\"home/kitchen/temp\",\"payload\":{\"c\":21.50}}"' ]
  [ "${lines[1]}" = '"{\"mqtt_topic\":\"home/kitchen/temp\",\"payload\":[1, 2]}"' ]
  [ "${#lines[@]}" -eq 2 ]
  grep -q 'skipped a message on home/kitchen/temp: its payload is not JSON' "$TMP/err.log"
}

@test "a broker that is not there: exit 1 naming it" {
  port=$(free_port)
  run --separate-stderr "$MS" --fluvio-topic t --dry-run --mqtt-url "mqtt://127.0.0.1:$port" \
    --mqtt-topic a --timeout 2s
  [ "$status" -eq 1 ]
  [[ "$stderr" == *"cannot connect to the MQTT broker tcp://127.0.0.1:$port"* ]]
}

@test "with --client-id, messages published while the connector was away arrive after it returns" {
  export OUT="$TMP/first.jsonl"
  start_source --mqtt-topic jobs
  mqtt_pub jobs 1 j1
  wait_for 30 acked_by "$CLIENT" 1
  stop_connector "$SPAWNED_PID"

  mqtt_pub jobs 1 j2 j3              # nobody connected: the broker keeps them for $CLIENT
  export OUT="$TMP/second.jsonl"
  start_source --mqtt-topic jobs
  wait_for 30 acked_by "$CLIENT" 3
  stop_connector "$SPAWNED_PID"
  [ "$(jq -r .value "$TMP/first.jsonl")" = "j1" ]
  [ "$(jq -r .value "$TMP/second.jsonl" | paste -sd,)" = "j2,j3" ]
}
