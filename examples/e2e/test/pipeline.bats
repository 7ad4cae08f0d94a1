#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The examples chained, each against a real server:
#   mosquitto_pub -> Mosquitto -> mqtt-source --map map_upper.wasm -> topic (test cluster)
#                 -> postgres-sink -> PostgreSQL
# Every message published (QoS 1) becomes exactly one row, in order, upper-cased by the
# SmartModule on the way.

load "$BATS_TEST_DIRNAME/../lib/cluster"
load "$BATS_TEST_DIRNAME/../lib/mosquitto"
load "$BATS_TEST_DIRNAME/../lib/postgres"

setup_file() {
  start_cluster
  start_mosquitto
  start_postgres
}

teardown_file() {
  stop_postgres
  stop_mosquitto
  stop_cluster
}

teardown() {
  reap
}

rows_are() {
  [ "$(sql "SELECT count(*) FROM $1")" -eq "$2" ]
}

@test "Mosquitto -> mqtt-source (map_upper) -> topic -> postgres-sink -> PostgreSQL" {
  local examples="$BATS_TEST_DIRNAME/../.." logs="$BATS_TEST_TMPDIR"
  local wasm="$BATS_TEST_DIRNAME/../target/test-wasm/map_upper.wasm"
  [ -f "$wasm" ] || { echo "missing $wasm: run make test in examples/e2e" >&2; false; }
  sql "CREATE TABLE machine_states (seq bigserial, topic text NOT NULL, id int PRIMARY KEY,
       state text NOT NULL, temp numeric)"
  topic_create machine-states

  spawn "$logs/sink.log" "$examples/postgres-sink/postgres-sink" \
    --fluvio-endpoint "$FLUVIO_ENDPOINT" --fluvio-topic machine-states --offset-start beginning \
    --url "$PG_JDBC_URL" --table machine_states --batch-size 25 --flush-interval 200ms \
    --column topic=MQTT_TOPIC --column id=PAYLOAD.ID --column state=PAYLOAD.STATE \
    --column temp=PAYLOAD.TEMP --upsert-key id
  sink=$SPAWNED_PID
  spawn "$logs/source.log" "$examples/mqtt-source/mqtt-source" \
    --fluvio-endpoint "$FLUVIO_ENDPOINT" --fluvio-topic machine-states \
    --mqtt-url "mqtt://127.0.0.1:$MQTT_PORT" --mqtt-topic 'factory/+/state' --qos 1 \
    --client-id e2e-pipeline --payload-output-type json --map "$wasm"
  source=$SPAWNED_PID
  wait_for 30 grep -q 'subscribed to factory/+/state' "$logs/source.log" || { cat "$logs/source.log"; false; }

  mqtt_pub factory/press-1/state 1 $(seq -f '{"id":%g,"state":"running","temp":20.5}' 1 60)
  mqtt_pub factory/lathe-2/state 1 $(seq -f '{"id":%g,"state":"idle"}' 61 100)
  wait_for 60 rows_are machine_states 100 || { cat "$logs/source.log" "$logs/sink.log"; false; }
  wait_for 30 acked_by e2e-pipeline 100

  stop_connector "$source"
  stop_connector "$sink"
  [ "$(sql "SELECT string_agg(id::text, ',' ORDER BY seq) FROM machine_states")" = "$(seq -s, 1 100)" ]
  run sql "SELECT topic, state, coalesce(temp::text, 'NULL'), count(*) FROM machine_states
           GROUP BY 1, 2, 3 ORDER BY 1"
  [ "${lines[0]}" = "FACTORY/LATHE-2/STATE|IDLE|NULL|40" ]
  [ "${lines[1]}" = "FACTORY/PRESS-1/STATE|RUNNING|20.5|60" ]
  [ "${#lines[@]}" -eq 2 ]
  grep -q 'sent 100 records' "$logs/source.log"
  grep -q 'wrote 100 records to machine_states' "$logs/sink.log"
}
