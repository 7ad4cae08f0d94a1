#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# mqtt-source survives a broker restart: it reconnects by itself and subscribes again (the
# restarted broker has forgotten the session).

load "$BATS_TEST_DIRNAME/../lib/mosquitto"

setup_file() {
  start_mosquitto
}

teardown_file() {
  stop_mosquitto
}

teardown() {
  reap
}

@test "a restarted broker: reconnected, subscribed again, messages keep coming" {
  local log="$BATS_TEST_TMPDIR/err.log"
  export OUT="$BATS_TEST_TMPDIR/out.jsonl"
  spawn "$log" sh -c 'exec "$0" "$@" > "$OUT"' "$BATS_TEST_DIRNAME/../mqtt-source" \
    --fluvio-topic t --dry-run --mqtt-url "mqtt://127.0.0.1:$MQTT_PORT" --mqtt-topic news \
    --client-id reconnecting --qos 1
  wait_for 30 grep -q 'subscribed to news' "$log"
  mqtt_pub news 1 before
  wait_for 10 acked_by reconnecting 1

  restart_mosquitto
  wait_for 30 grep -q 'reconnected to' "$log"
  wait_for 10 test "$(grep -c 'subscribed to news' "$log")" -ge 2
  mqtt_pub news 1 after
  wait_for 10 acked_by reconnecting 1   # in the new broker's log
  stop_connector "$SPAWNED_PID"
  grep -q 'lost the connection to' "$log"
  run jq -r .value "$OUT"
  [ "$output" = "$(printf 'before\nafter')" ]
}
