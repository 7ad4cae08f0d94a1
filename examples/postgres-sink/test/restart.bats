#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# Restarts: postgres-sink with --consumer-id on a topic of 3 partitions led by 3 SPUs of the test
# cluster, stopped at random moments and started again (docs/delivery.md):
# - SIGKILL: no record is lost; with --upsert-key each record is in the table once, and the
#   records written twice (a batch the database committed whose offset was not stored yet) stay
#   within one batch per kill;
# - SIGTERM: no record is lost and none is written twice, also without a key.

load "$BATS_TEST_DIRNAME/../lib/cluster"
load "$BATS_TEST_DIRNAME/../lib/postgres"

N=10000
BATCH=100

setup_file() {
  start_cluster --spus 3 --topic killed:3 --topic stopped:3 --topic again:3
  start_postgres
  local topic
  for topic in killed stopped; do
    seq 1 "$N" | sed 's/.*/{"id":&}/' | topic_produce "$topic"
  done
}

teardown_file() {
  stop_postgres
  stop_cluster
}

teardown() {
  reap
}

# counted TABLE: the table, and a trigger that counts every row written to it (a replayed
# record written again counts twice); a short sleep per row keeps the sink busy long enough to
# be stopped in the middle of its work.
counted() {
  sql "CREATE TABLE writes_$1 (n bigint); INSERT INTO writes_$1 VALUES (0);
       CREATE FUNCTION count_$1() RETURNS trigger LANGUAGE plpgsql AS
         \$\$ BEGIN UPDATE writes_$1 SET n = n + 1; PERFORM pg_sleep(0.0002); RETURN NULL; END \$\$;
       CREATE TRIGGER count_$1 AFTER INSERT OR UPDATE ON $1 FOR EACH ROW EXECUTE FUNCTION count_$1();"
}

rows() { sql "SELECT count(*) FROM $1"; }

at_least() { [ "$(rows "$1")" -ge "$2" ]; }

# start_sink TOPIC TABLE ARGS...
start_sink() {
  spawn "$BATS_TEST_TMPDIR/sink-$2.log" "$BATS_TEST_DIRNAME/../postgres-sink" \
    --fluvio-endpoint "$FLUVIO_ENDPOINT" --fluvio-topic "$1" --consumer-id "restart-$1" \
    --offset-start beginning --url "$PG_JDBC_URL" --table "$2" --batch-size "$BATCH" "${@:3}"
}

# interrupt TOPIC TABLE SIGNAL ARGS...: 5 runs, each stopped by SIGNAL once the table has grown
# to a random point of the next seventh of the records, and by one batch at least (a run before
# may have passed that point: the signal must not come before the sink got going); then a last
# run to the end.
interrupt() {
  local topic=$1 table=$2 signal=$3 k target status
  for k in 1 2 3 4 5; do
    target=$(( k * N / 7 + RANDOM % (N / 7) ))
    target=$(( target > $(rows "$table") + BATCH ? target : $(rows "$table") + BATCH ))
    start_sink "$topic" "$table" "${@:4}"
    wait_for 120 at_least "$table" "$target" || { cat "$BATS_TEST_TMPDIR/sink-$table.log"; false; }
    kill "-$signal" "$SPAWNED_PID"
    status=0; wait "$SPAWNED_PID" || status=$?
    echo "run $k: stopped by SIG$signal at $(rows "$table") rows, exit $status"
    if [ "$signal" = TERM ]; then
      [ "$status" -eq 0 ] || { cat "$BATS_TEST_TMPDIR/sink-$table.log"; false; }
    fi
  done
  start_sink "$topic" "$table" "${@:4}"
  wait_for 120 at_least "$table" "$N" || { cat "$BATS_TEST_TMPDIR/sink-$table.log"; false; }
  stop_connector "$SPAWNED_PID"
}

@test "SIGKILL at 5 random moments: every record in the table once, none missing" {
  sql "CREATE TABLE killed_rows (id int PRIMARY KEY)"
  counted killed_rows
  interrupt killed killed_rows KILL --upsert-key id
  [ "$(rows killed_rows)" -eq "$N" ]
  [ "$(sql "SELECT min(id) || ' ' || max(id) FROM killed_rows")" = "1 $N" ]
  written=$(sql "SELECT n FROM writes_killed_rows")
  echo "rows written: $written for $N records"
  [ "$written" -ge "$N" ]
  [ "$(( written - N ))" -le $(( 5 * BATCH )) ]
}

@test "SIGTERM at 5 random moments: no record written twice, none missing" {
  sql "CREATE TABLE stopped_rows (id int)"
  counted stopped_rows
  interrupt stopped stopped_rows TERM
  [ "$(rows stopped_rows)" -eq "$N" ]
  [ "$(sql "SELECT count(DISTINCT id) FROM stopped_rows")" -eq "$N" ]
  [ "$(sql "SELECT n FROM writes_stopped_rows")" -eq "$N" ]
}

@test "the stored offsets cover every partition: a restart after the end reads only new records" {
  sql "CREATE TABLE again_rows (id int)"
  seq 1 30 | sed 's/.*/{"id":&}/' | topic_produce again
  start_sink again again_rows --flush-interval 100ms
  wait_for 60 at_least again_rows 30 || { cat "$BATS_TEST_TMPDIR/sink-again_rows.log"; false; }
  stop_connector "$SPAWNED_PID"
  sql "TRUNCATE again_rows"
  # three new records, one per partition (round robin): any record read again from before the
  # stored offsets would come ahead of the new one of its partition
  printf '{"id":0}\n{"id":0}\n{"id":0}\n' | topic_produce again
  start_sink again again_rows --flush-interval 100ms
  wait_for 60 at_least again_rows 3 || { cat "$BATS_TEST_TMPDIR/sink-again_rows.log"; false; }
  stop_connector "$SPAWNED_PID"
  [ "$(sql "SELECT count(*) || ' ' || max(id) FROM again_rows")" = "3 0" ]
}

# metric_is PORT NAME VALUE: the sink's /metrics line NAME (with its labels) has VALUE.
metric_is() {
  [ "$(curl -s "http://127.0.0.1:$1/metrics" | awk -v m="$2" '$1 == m {print $2}')" = "$3" ]
}

@test "SIGKILL while a batch is written and the next is read ahead: only what was committed is stored" {
  # A trigger holds record 15 (the second batch of 10) until the gate opens: the first batch is
  # committed, the second is in the database, the third taken from the topic and waiting.
  seq 1 30 | sed 's/.*/{"id":&}/' | topic_produce ahead
  sql "CREATE TABLE ahead_rows (id int); CREATE TABLE ahead_gate (hold boolean);
       INSERT INTO ahead_gate VALUES (true);
       CREATE FUNCTION hold_ahead() RETURNS trigger LANGUAGE plpgsql AS
         \$\$ BEGIN IF NEW.id = 15 AND (SELECT hold FROM ahead_gate) THEN PERFORM pg_sleep(120); END IF;
            RETURN NEW; END \$\$;
       CREATE TRIGGER hold_ahead BEFORE INSERT ON ahead_rows FOR EACH ROW EXECUTE FUNCTION hold_ahead();"
  local port BATCH=10
  port=$(free_port)
  start_sink ahead ahead_rows --metrics-address "127.0.0.1:$port"
  wait_for 60 metric_is "$port" 'tributary_consumer_committed_offset{partition="0"}' 9 \
    || { cat "$BATS_TEST_TMPDIR/sink-ahead_rows.log"; false; }
  wait_for 60 metric_is "$port" tributary_records_out_total 30 \
    || { curl -s "http://127.0.0.1:$port/metrics" | grep -E '^tributary_(records|consumer)'; false; }
  [ "$(rows ahead_rows)" -eq 10 ]
  kill -KILL "$SPAWNED_PID"
  wait "$SPAWNED_PID" || true
  sql "UPDATE ahead_gate SET hold = false;
       SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'COPY%ahead_rows%'" > /dev/null
  # Stored: offset 9. Anything beyond would skip records; anything before would write some twice.
  start_sink ahead ahead_rows
  wait_for 60 at_least ahead_rows 30 || { cat "$BATS_TEST_TMPDIR/sink-ahead_rows.log"; false; }
  stop_connector "$SPAWNED_PID"
  [ "$(sql "SELECT count(*) || ' ' || count(DISTINCT id) || ' ' || min(id) || ' ' || max(id) FROM ahead_rows")" = "30 30 1 30" ]
}

@test "a partition the topic lacks: exit 2 naming --fluvio-partition and the partition count" {
  run --separate-stderr "$BATS_TEST_DIRNAME/../postgres-sink" --fluvio-endpoint "$FLUVIO_ENDPOINT" \
    --fluvio-topic killed --fluvio-partition 1 --fluvio-partition 3 --url "$PG_JDBC_URL" --table t
  echo "$stderr"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"--fluvio-partition: topic 'killed' has 3 partitions (0 to 2), got 3"* ]]
  [[ "$stderr" != *"Exception"* ]]
}

@test "a strategy other than none without --consumer-id: exit 2 naming both flags" {
  run --separate-stderr "$BATS_TEST_DIRNAME/../postgres-sink" validate --fluvio-topic killed \
    --offset-strategy manual --url "$PG_JDBC_URL" --table t
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"--offset-strategy: manual needs --consumer-id"* ]]
}
