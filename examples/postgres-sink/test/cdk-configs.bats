#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# InfinyOn's own sql-sink configurations (test/cdk-configs/, origin in its README.md) run
# unchanged: each passes `validate --config`, a dry run writes sql-sink's SQL operations into a
# real PostgreSQL, and the consumer-offsets one runs end to end through the test cluster.

load "$BATS_TEST_DIRNAME/../lib/cluster"
load "$BATS_TEST_DIRNAME/../lib/postgres"

setup_file() {
  start_postgres
  start_cluster
}

teardown_file() {
  stop_cluster
  stop_postgres
}

setup() {
  PS="$BATS_TEST_DIRNAME/../postgres-sink"
  TMP="$BATS_TEST_TMPDIR"
  CONFIGS="$BATS_TEST_DIRNAME/cdk-configs"
  # the secrets of the README's configurations
  export DB_USERNAME=tributary DB_PASSWORD="$PG_PASSWORD" DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" \
    DB_NAME=postgres DATABASE_URL="postgresql://tributary:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"
}

teardown() {
  reap
}

# render FILE: the config with upstream's database URL replaced by the test server's (as its
# tests do); prints the new file's path.
render() {
  local out="$TMP/$(basename "$1")"
  sed "s#postgresql://[a-z]*:[a-z]*@127.0.0.1:5432/[a-z]*#postgresql://tributary:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres#" \
    "$1" > "$out"
  echo "$out"
}

# insert TABLE N: sql-sink's Insert operation of a row (n = N, label = rN), as a dry-run line.
insert() {
  jq -cn --arg t "$1" --arg n "$2" '{value: ({Insert: {table: $t, values: [
    {column: "n", raw_value: $n, type: "Int"}, {column: "label", raw_value: "r\($n)", type: "Text"}]}}
    | tojson)}'
}

# rows_at_least TABLE N
rows_at_least() {
  [ "$(sql "SELECT count(*) FROM $1")" -ge "$2" ]
}

uses_json_sql() {
  grep -q 'uses: infinyon/json-sql' "$1"
}

@test "every official config without a SmartModule passes validate --config" {
  for f in "$CONFIGS"/*.yaml; do
    uses_json_sql "$f" && continue
    run --separate-stderr "$PS" validate --config "$(render "$f")"
    echo "$(basename "$f"): status=$status $output $stderr"
    [ "$status" -eq 0 ]
    [[ "$output" == *"options are valid"* ]]
    [[ "$stderr" != *"$PG_PASSWORD"* ]]
  done
}

@test "the json-sql configs: the SmartModule is looked up in the cluster's store, as with the CDK" {
  for f in "$CONFIGS"/*.yaml; do
    uses_json_sql "$f" || continue
    name=$(sed -n 's/^  - uses: //p' "$f")
    expect_usage_error "no SmartModule $name in the cluster at $FLUVIO_ENDPOINT; it has none" \
      "$PS" validate --config "$(render "$f")" --fluvio-endpoint "$FLUVIO_ENDPOINT"
  done
  # a module stored under the name (a stand-in: json-sql's wasm is not built here) is taken,
  # with the mapping of `with` as its init parameter; `infinyon/json-sql` takes the newest
  cluster_command add-smartmodule infinyon/json-sql@0.2.1 "$TEST_WASM/filter_contains.wasm"
  for f in "$CONFIGS"/*.yaml; do
    uses_json_sql "$f" || continue
    run --separate-stderr "$PS" validate --config "$(render "$f")" --fluvio-endpoint "$FLUVIO_ENDPOINT"
    echo "$(basename "$f"): status=$status $output $stderr"
    if grep -q 'json-sql@0.1.0' "$f"; then
      [ "$status" -eq 2 ]
      [[ "$stderr" == *"no SmartModule infinyon/json-sql@0.1.0 in the cluster at $FLUVIO_ENDPOINT; it has infinyon/json-sql@0.2.1"* ]]
    else
      # the stand-in's init wants its own parameter, not `mapping`: the module ran its init
      [ "$status" -eq 2 ]
      [[ "$stderr" == *"Missing param key"* ]]
    fi
  done
}

@test "every official config without a SmartModule runs: a dry run writes the SQL operations" {
  for f in "$CONFIGS"/*.yaml; do
    uses_json_sql "$f" && continue
    table=dry_$(basename "$f" .yaml | tr - _)
    sql "CREATE TABLE $table (n int PRIMARY KEY, label text)"
    run --separate-stderr "$PS" --dry-run --config "$(render "$f")" \
      < <(insert "$table" 1; insert "$table" 2)
    echo "$(basename "$f"): status=$status $stderr"
    [ "$status" -eq 0 ]
    [ "$(sql "SELECT string_agg(n || label, ',' ORDER BY n) FROM $table")" = "1r1,2r2" ]
    [[ "$stderr" == *"wrote 2 records to the tables of their SQL operations"* ]]
    [[ "$stderr" != *"$PG_PASSWORD"* ]]
  done
}

@test "every type of sql-sink's model, as its own test: inserts, an upsert that changes nothing, one that updates" {
  sql 'CREATE TABLE test_postgres_all_data_types (bool_col bool NOT NULL,
    smallint_col smallint NOT NULL, int_col int NOT NULL, bigint_col bigint NOT NULL,
    float_col float4 NOT NULL, double_col float8 NOT NULL, text_col varchar NOT NULL,
    bytes_col bytea NOT NULL, numeric_col numeric NOT NULL, timestamp_col timestamp NOT NULL,
    date_col date NOT NULL, time_col time NOT NULL, uuid_col uuid NOT NULL PRIMARY KEY,
    json_col json NOT NULL, char_col "char" NOT NULL, jsonb_col jsonb)'
  # op KIND I [UNIQUE]: the row of sql-sink's generate_records for i = I, int_col = I + D
  op() {
    jq -cn --arg kind "$1" --argjson i "$2" --argjson d "${4:-0}" --arg u "${3:-}" '
      def v(c; r; t): {column: c, raw_value: r, type: t};
      {table: "test_postgres_all_data_types", values: [
        v("json_col"; "{\"json_key\":\"json_value\"}"; "Json"), v("bool_col"; "true"; "Bool"),
        v("smallint_col"; "\($i)"; "SmallInt"), v("int_col"; "\($i + $d)"; "Int"),
        v("bigint_col"; "\($i + $d)"; "BigInt"), v("text_col"; "some text"; "Text"),
        v("bytes_col"; "some bytes"; "Bytes"), v("float_col"; "3.123"; "Float"),
        v("double_col"; "3.333333333"; "DoublePrecision"), v("numeric_col"; "10"; "Numeric"),
        v("timestamp_col"; "2025-05-20 17:58:17.123456"; "Timestamp"),
        v("date_col"; "2025-05-20"; "Date"), v("time_col"; "17:58:17"; "Time"),
        v("uuid_col"; "00000000-0000-0000-0000-00000000000\($i)"; "Uuid"),
        v("char_col"; "\(65 + $i)"; "Char"), v("jsonb_col"; "[\($i)]"; "Json")]}
      | if $u != "" then . + {uniq_idx: $u} else . end | {value: ({($kind): .} | tojson)}'
  }
  config=$(render "$CONFIGS/test_postgres_all_data_types.yaml")
  run --separate-stderr "$PS" --dry-run --config "$config" < <(for i in 0 1 2; do op Insert $i; done)
  [ "$status" -eq 0 ] || { echo "$stderr"; false; }
  run sql "SELECT bool_col, smallint_col, int_col, bigint_col, float_col, double_col, text_col,
    convert_from(bytes_col, 'UTF8'), numeric_col, timestamp_col, date_col, time_col, uuid_col,
    json_col->>'json_key', char_col, jsonb_col FROM test_postgres_all_data_types ORDER BY smallint_col"
  echo "$output"
  [ "${lines[1]}" = "t|1|1|1|3.123|3.333333333|some text|some bytes|10|2025-05-20 17:58:17.123456|2025-05-20|17:58:17|00000000-0000-0000-0000-000000000001|json_value|B|[1]" ]
  [ "${#lines[@]}" -eq 3 ]
  run --separate-stderr "$PS" --dry-run --config "$config" < <(for i in 0 1 2; do op Upsert $i uuid_col; done)
  [ "$status" -eq 0 ]
  [ "$(sql "SELECT string_agg(int_col::text, ',' ORDER BY smallint_col) FROM test_postgres_all_data_types")" = "0,1,2" ]
  run --separate-stderr "$PS" --dry-run --config "$config" < <(for i in 0 1 2; do op Upsert $i ' uuid_col ' 1; done)
  [ "$status" -eq 0 ]
  [ "$(sql "SELECT string_agg(int_col || '/' || bigint_col, ',' ORDER BY smallint_col) FROM test_postgres_all_data_types")" = "1/1,2/2,3/3" ]
}

@test "SQL operations the database cannot take: exit 1 naming the offset and why, nothing written" {
  config=$(render "$CONFIGS/test_reliable_db_conn.yaml")
  sql "CREATE TABLE bad_ops (n int PRIMARY KEY, label text)"
  check() {
    local expected="$1"; shift
    run --separate-stderr "$PS" --dry-run --config "$config" < <(insert bad_ops 1; "$@")
    echo "status=$status $stderr"
    [ "$status" -eq 1 ]
    [[ "$stderr" == *"$expected"* ]]
    [ "$(sql "SELECT count(*) FROM bad_ops")" -eq 0 ]
  }
  check "no table missing_table in the database" insert missing_table 2
  check "table bad_ops has no column nope (columns: n, label)" \
    jq -cn '{value: ({Insert: {table: "bad_ops", values: [{column: "nope", raw_value: "1", type: "Int"}]}} | tojson)}'
  check 'its Upsert has no "uniq_idx"' \
    jq -cn '{value: ({Upsert: {table: "bad_ops", values: [{column: "n", raw_value: "2", type: "Int"}]}} | tojson)}'
  check 'invalid input syntax for type integer: "two"' \
    jq -cn '{value: ({Insert: {table: "bad_ops", values: [{column: "n", raw_value: "two", type: "Int"}]}} | tojson)}'
  check 'its "table" is not a table name (bad_ops; drop table bad_ops)' \
    jq -cn '{value: ({Insert: {table: "bad_ops; drop table bad_ops", values: []}} | tojson)}'
  check 'is not an SQL operation' jq -cn '{value: "{\"n\":2}"}'
}

@test "the consumer-offsets config end to end: topic -> sink -> PostgreSQL, a restart resumes after the stored offset" {
  config=$(render "$CONFIGS/test_postgres_consumer_offsets.yaml")
  sql "CREATE TABLE offsets_rows (n int, label text)"
  for n in $(seq 1 10); do insert offsets_rows "$n" | jq -r .value; done | topic_produce test-postgres-consumer-offsets
  spawn "$TMP/sink.log" "$PS" --config "$config" --fluvio-endpoint "$FLUVIO_ENDPOINT"
  wait_for 60 rows_at_least offsets_rows 10 || { cat "$TMP/sink.log"; false; }
  stop_connector "$SPAWNED_PID"
  for n in $(seq 11 15); do insert offsets_rows "$n" | jq -r .value; done | topic_produce test-postgres-consumer-offsets
  spawn "$TMP/sink2.log" "$PS" --config "$config" --fluvio-endpoint "$FLUVIO_ENDPOINT"
  wait_for 60 rows_at_least offsets_rows 15 || { cat "$TMP/sink2.log"; false; }
  stop_connector "$SPAWNED_PID"
  [ "$(sql "SELECT string_agg(n::text, ',' ORDER BY n) FROM offsets_rows")" = "$(seq -s, 1 15)" ]
}

@test "--column or --upsert-key without --table: exit 2 naming the flag" {
  expect_usage_error "--column: needs --table" \
    "$PS" --dry-run --config "$(render "$CONFIGS/test_reliable_db_conn.yaml")" --column n=n < /dev/null
}
