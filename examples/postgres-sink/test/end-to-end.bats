#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# End to end: records produced to a topic of the test cluster (TopicTool) -> postgres-sink ->
# a real PostgreSQL: every record lands once, in order.

load "$BATS_TEST_DIRNAME/../lib/cluster"
load "$BATS_TEST_DIRNAME/../lib/postgres"

setup_file() {
  start_cluster
  start_postgres
}

teardown_file() {
  stop_postgres
  stop_cluster
}

teardown() {
  reap
}

# start_sink TOPIC TABLE ARGS...: the sink consuming TOPIC from the beginning.
start_sink() {
  spawn "$BATS_TEST_TMPDIR/sink.log" "$BATS_TEST_DIRNAME/../postgres-sink" \
    --fluvio-endpoint "$FLUVIO_ENDPOINT" --fluvio-topic "$1" --offset-start beginning \
    --url "$PG_JDBC_URL" --table "$2" "${@:3}"
}

rows_are() {
  [ "$(sql "SELECT count(*) FROM $1")" -eq "$2" ]
}

@test "topic -> postgres-sink -> PostgreSQL: 500 records once, in order, in batches of 64" {
  sql "CREATE TABLE readings (seq bigserial, n int NOT NULL, label text)"
  seq 1 500 | sed 's/.*/{"n":&,"label":"r&"}/' | topic_produce pg-e2e
  start_sink pg-e2e readings --batch-size 64
  wait_for 60 rows_are readings 500 || { cat "$BATS_TEST_TMPDIR/sink.log"; false; }
  stop_connector "$SPAWNED_PID"
  [ "$(sql "SELECT string_agg(n::text, ',' ORDER BY seq) FROM readings")" = "$(seq -s, 1 500)" ]
  [ "$(sql "SELECT count(*) FROM readings WHERE label <> 'r' || n")" -eq 0 ]
  grep -q 'wrote 500 records to readings' "$BATS_TEST_TMPDIR/sink.log"
}

@test "a quiet topic: an incomplete batch is written after --flush-interval, while running" {
  sql "CREATE TABLE quiet (n int)"
  topic_create quiet-topic
  start_sink quiet-topic quiet --batch-size 1000 --flush-interval 200ms
  printf '{"n":1}\n{"n":2}\n{"n":3}\n' | topic_produce quiet-topic
  wait_for 30 rows_are quiet 3       # long before 1000 records, and the sink still runs
  kill -0 "$SPAWNED_PID"
  printf '{"n":4}\n' | topic_produce quiet-topic
  wait_for 30 rows_are quiet 4
  stop_connector "$SPAWNED_PID"
  [ "$(sql "SELECT string_agg(n::text, ',') FROM quiet")" = "1,2,3,4" ]
}
