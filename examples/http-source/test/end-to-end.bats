#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# End to end: a real HTTP server -> http-source -> a topic of the test cluster, read back with
# TopicTool: every 200 response arrives once and in order.

load "$BATS_TEST_DIRNAME/../lib/cluster"

setup_file() {
  start_cluster
}

teardown_file() {
  stop_cluster
}

teardown() {
  reap
}

@test "HTTP server -> http-source -> topic: each response once, in order" {
  local log="$BATS_TEST_TMPDIR/server.log"
  spawn "$log" java "$BATS_TEST_DIRNAME/TestHttpServer.java" 5
  wait_for 30 grep -q '^listening on' "$log"
  port=$(sed -n 's/^listening on //p' "$log")
  topic_create http-e2e

  spawn "$BATS_TEST_TMPDIR/source.log" "$BATS_TEST_DIRNAME/../http-source" \
    --fluvio-endpoint "$FLUVIO_ENDPOINT" --fluvio-topic http-e2e \
    --endpoint "http://127.0.0.1:$port/" --interval 100ms
  run topic_consume http-e2e 5 30
  [ "$status" -eq 0 ]
  [ "$output" = "$(for n in 1 2 3 4 5; do echo "{\"n\":$n,\"method\":\"GET\"}"; done)" ]

  wait_for 30 grep -q '^served 7$' "$log"   # requests 6 and 7 got 404: nothing more to produce
  stop_connector "$SPAWNED_PID"
  run topic_consume http-e2e 6 3             # exactly 5 records: a 6th never arrives
  [ "$status" -eq 1 ]
  [[ "$output" == *"only 5 of 6"* ]]
}
