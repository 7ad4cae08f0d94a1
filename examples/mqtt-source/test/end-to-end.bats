#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# End to end: Mosquitto -> mqtt-source -> a topic of the test cluster, read back with
# TopicTool: every message published with QoS 1 arrives once and in order.

load "$BATS_TEST_DIRNAME/../lib/cluster"
load "$BATS_TEST_DIRNAME/../lib/mosquitto"

setup_file() {
  start_cluster
  start_mosquitto
}

teardown_file() {
  stop_mosquitto
  stop_cluster
}

teardown() {
  reap
}

@test "Mosquitto -> mqtt-source -> topic: 50 messages once, in order" {
  local log="$BATS_TEST_TMPDIR/source.log"
  topic_create mqtt-e2e
  spawn "$log" "$BATS_TEST_DIRNAME/../mqtt-source" --fluvio-endpoint "$FLUVIO_ENDPOINT" \
    --fluvio-topic mqtt-e2e --mqtt-url "mqtt://127.0.0.1:$MQTT_PORT" --mqtt-topic 'plant/#' \
    --qos 1 --client-id e2e-source
  wait_for 30 grep -q 'subscribed to plant/#' "$log" || { cat "$log"; false; }

  mqtt_pub plant/line1 1 $(seq -f 'reading-%g' 1 50)
  run topic_consume mqtt-e2e 50 30
  [ "$status" -eq 0 ]
  [ "$output" = "$(seq -f 'reading-%g' 1 50)" ]

  wait_for 30 acked_by e2e-source 50
  stop_connector "$SPAWNED_PID"
  run topic_consume mqtt-e2e 51 3      # exactly 50: a 51st never arrives
  [ "$status" -eq 1 ]
  [[ "$output" == *"only 50 of 51"* ]]
}
