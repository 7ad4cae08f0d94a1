#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# mqtt-source against a Mosquitto broker that requires a user name and password, given in
# --mqtt-url: they are sent to the broker and never printed.

load "$BATS_TEST_DIRNAME/../lib/mosquitto"

setup_file() {
  start_mosquitto sensor 'pa:ss@word'
}

teardown_file() {
  stop_mosquitto
}

setup() {
  MS="$BATS_TEST_DIRNAME/../mqtt-source"
}

teardown() {
  reap
}

@test "the right password: connected and subscribed, the password in no log line" {
  spawn "$BATS_TEST_TMPDIR/err.log" "$MS" --fluvio-topic t --dry-run --rust-log debug \
    --mqtt-url "mqtt://sensor:pa%3Ass%40word@127.0.0.1:$MQTT_PORT" --mqtt-topic a
  wait_for 30 grep -q 'subscribed to a' "$BATS_TEST_TMPDIR/err.log"
  stop_connector "$SPAWNED_PID"
  ! grep -q 'pa%3Ass' "$BATS_TEST_TMPDIR/err.log"
  grep -q "connected to tcp://127.0.0.1:$MQTT_PORT" "$BATS_TEST_TMPDIR/err.log"
}

@test "a wrong password: exit 1, not authorized, the password not shown" {
  run --separate-stderr "$MS" --fluvio-topic t --dry-run \
    --mqtt-url "mqtt://sensor:wrong-secret@127.0.0.1:$MQTT_PORT" --mqtt-topic a
  [ "$status" -eq 1 ]
  [[ "$stderr" == *"cannot connect to the MQTT broker tcp://127.0.0.1:$MQTT_PORT"*"authorized"* ]]
  [[ "$stderr" != *"wrong-secret"* ]]
}
