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

@test "a rejected record on a quiet topic halts the sink at once: exit 1, its batch rolled back" {
  sql "CREATE TABLE halting (n int NOT NULL)"
  topic_create halting-topic
  printf '{"n":1}\n{"n":2}\n{"n":null}\n' | topic_produce halting-topic
  start_sink halting-topic halting --flush-interval 100ms
  # no record follows: the sink must not wait for one to notice that its writer halted
  wait_for 30 gone "$SPAWNED_PID" || { cat "$BATS_TEST_TMPDIR/sink.log"; false; }
  local status=0
  wait "$SPAWNED_PID" || status=$?
  cat "$BATS_TEST_TMPDIR/sink.log"
  [ "$status" -eq 1 ]
  grep -q 'the records at offsets 0 to 2 were not written (rolled back)' "$BATS_TEST_TMPDIR/sink.log"
  rows_are halting 0
}

@test "1,000 records, 10 rejected by a constraint: 990 rows, 10 dead letters with their error, exit 0" {
  sql "CREATE TABLE checked (seq bigserial, n int NOT NULL CHECK (n > 0))"
  # every 100th record has a negative n, which the CHECK constraint rejects
  seq 1 1000 | awk '{ n = ($1 % 100 == 0) ? -$1 : $1; printf "{\"n\":%d}\n", n }' | topic_produce pg-checked
  start_sink pg-checked checked --batch-size 64 --on-record-error discard \
    --dead-letter-topic pg-checked-dlq
  wait_for 60 rows_are checked 990 || { cat "$BATS_TEST_TMPDIR/sink.log"; false; }
  run topic_consume pg-checked-dlq 10 30
  [ "$status" -eq 0 ] || { echo "$output"; cat "$BATS_TEST_TMPDIR/sink.log"; false; }
  stop_connector "$SPAWNED_PID"        # exit 0
  [ "$(sql "SELECT count(*) FROM checked WHERE n % 100 = 0")" -eq 0 ]
  [ "$(sql "SELECT count(DISTINCT n) FROM checked")" -eq 990 ]
  # each dead letter: the record as it was, the database's error, its origin
  [ "$(jq -r .value <<< "$output" | jq -r .n | paste -sd,)" = "$(seq -s, -100 -100 -1000)" ]
  [ "$(jq -r '.origin.offset' <<< "$output" | paste -sd,)" = "$(seq -s, 99 100 999)" ]
  jq -e -s 'all(.error.message | test("violates check constraint \"checked_n_check\""))' <<< "$output"
  jq -e -s 'all(.error.stage == "sink" and .error.retriable == false and
               .origin.topic == "pg-checked" and .origin.partition == 0 and
               .origin.connector == "postgres-sink")' <<< "$output"
  grep -q 'wrote 990 records to checked (10 let go by --on-record-error)' "$BATS_TEST_TMPDIR/sink.log"
}

# trigger_once TABLE N ACTION: a trigger on TABLE that runs ACTION (SQL) inside the first insert
# of a row with n = N: mid-batch, the batch's transaction open with its earlier rows in it.
trigger_once() {
  sql "CREATE SEQUENCE $1_once;
       CREATE FUNCTION $1_once() RETURNS trigger LANGUAGE plpgsql AS \$\$
       BEGIN
         IF NEW.n = $2 AND nextval('$1_once') = 1 THEN PERFORM $3; END IF;
         RETURN NEW;
       END \$\$;
       CREATE TRIGGER $1_once BEFORE INSERT ON $1 FOR EACH ROW EXECUTE FUNCTION $1_once();"
}

sleeping() {
  [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")" -eq 1 ]
}

@test "PostgreSQL stopped mid-batch and started again: nothing lost, nothing written twice" {
  sql "CREATE TABLE resilient (seq bigserial, n int NOT NULL)"
  trigger_once resilient 725 "pg_sleep(60)"
  seq 1 1000 | sed 's/.*/{"n":&}/' | topic_produce pg-resilient
  start_sink pg-resilient resilient --batch-size 50 --backoff-min 100ms --backoff-max 1s
  wait_for 60 sleeping || { cat "$BATS_TEST_TMPDIR/sink.log"; false; }
  [ "$(sql "SELECT count(*) FROM resilient WHERE n >= 725")" -eq 0 ]  # its batch not committed
  pause_postgres                       # mid-batch: the transaction is lost with the server
  wait_for 60 grep -q 'lost the database connection' "$BATS_TEST_TMPDIR/sink.log"
  kill -0 "$SPAWNED_PID"               # still running, retrying
  resume_postgres
  wait_for 60 rows_are resilient 1000 || { cat "$BATS_TEST_TMPDIR/sink.log"; false; }
  stop_connector "$SPAWNED_PID"
  [ "$(sql "SELECT count(*) || ' ' || count(DISTINCT n) FROM resilient")" = "1000 1000" ]
  [ "$(sql "SELECT min(n) || '-' || max(n) FROM resilient")" = "1-1000" ]
  grep -q 'reconnected to the database' "$BATS_TEST_TMPDIR/sink.log"
  grep -q 'wrote 1000 records to resilient' "$BATS_TEST_TMPDIR/sink.log"
}

@test "the connection lost mid-batch after a dead letter: the batch written again, each dead letter once" {
  sql "CREATE TABLE guarded (seq bigserial, n int NOT NULL CHECK (n > 0))"
  # n = 101 comes right after the rejected -100 in the batch of offsets 64-127: the first time
  # it is inserted (row by row, -100 already dead-lettered) the backend terminates itself
  trigger_once guarded 101 "pg_terminate_backend(pg_backend_pid())"
  seq 1 200 | awk '{ n = ($1 % 100 == 0) ? -$1 : $1; printf "{\"n\":%d}\n", n }' | topic_produce pg-guarded
  start_sink pg-guarded guarded --batch-size 64 --on-record-error discard \
    --dead-letter-topic pg-guarded-dlq --backoff-min 50ms --backoff-max 200ms
  wait_for 60 rows_are guarded 198 || { cat "$BATS_TEST_TMPDIR/sink.log"; false; }
  stop_connector "$SPAWNED_PID"
  grep -q 'lost the database connection' "$BATS_TEST_TMPDIR/sink.log"
  grep -q 'reconnected to the database' "$BATS_TEST_TMPDIR/sink.log"
  [ "$(sql "SELECT count(*) || ' ' || count(DISTINCT n) FROM guarded")" = "198 198" ]
  # the two rejected records, once each (a second dead letter of -100 would come second)
  run topic_consume pg-guarded-dlq 2 30
  [ "$status" -eq 0 ] || { echo "$output"; cat "$BATS_TEST_TMPDIR/sink.log"; false; }
  [ "$(jq -r .value <<< "$output" | jq -r .n | paste -sd,)" = "-100,-200" ]
  [ "$(jq -r '.origin.offset' <<< "$output" | paste -sd,)" = "99,199" ]
  run --separate-stderr topic_consume pg-guarded-dlq 3 5   # and no third
  [ "$status" -eq 1 ]
  grep -q 'wrote 198 records to guarded (2 let go by --on-record-error)' "$BATS_TEST_TMPDIR/sink.log"
}
