#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# postgres-sink against a real PostgreSQL on 127.0.0.1, records given on standard input
# (--dry-run): mappings, types, upserts, transactions, and errors.

load "$BATS_TEST_DIRNAME/../lib/postgres"

setup_file() {
  start_postgres
}

teardown_file() {
  stop_postgres
}

setup() {
  PS="$BATS_TEST_DIRNAME/../postgres-sink"
  T="t$BATS_TEST_NUMBER"       # one table per test
}

# sink ARGS... < JSON lines: the sink in a dry run against the test database.
sink() {
  run --separate-stderr "$PS" --fluvio-topic t --dry-run --url "$PG_JDBC_URL" "$@"
  echo "status=$status stderr=$stderr"
}

# lines VALUE...: the records {"value": VALUE} as JSON lines.
lines() {
  local v
  for v in "$@"; do jq -cn --arg v "$v" '{value: $v}'; done
}

@test "without --column: fields fill the columns of the same name; defaults are left to the database" {
  sql "CREATE TABLE $T (id serial PRIMARY KEY, name text NOT NULL, amount numeric(10,2),
       tags jsonb, active boolean, seen_at timestamptz DEFAULT now())"
  sink --table "$T" < <(lines '{"name":"a","amount":12.30,"tags":["x",{"y":1}],"active":true,"extra":1}' \
                              '{"name":"b","amount":7}' '{"name":"c","active":false,"amount":"0.01"}')
  [ "$status" -eq 0 ]
  run sql "SELECT name, amount, tags, active, seen_at IS NOT NULL FROM $T ORDER BY id"
  [ "${lines[0]}" = 'a|12.30|["x", {"y": 1}]|t|t' ]
  [ "${lines[1]}" = 'b|7.00|||t' ]
  [ "${lines[2]}" = 'c|0.01||f|t' ]
  [ "${#lines[@]}" -eq 3 ]
}

@test "--column: nested fields, a missing one is NULL, the table name case-folded like SQL" {
  sql "CREATE TABLE $T (seq serial, topic text, reading double precision, unit text)"
  sink --table "${T^^}" --column topic=mqtt_topic --column READING=payload.value \
    --column unit=payload.meta.unit < <(lines \
      '{"mqtt_topic":"s/1","payload":{"value":21.5,"meta":{"unit":"C"}}}' \
      '{"mqtt_topic":"s/2","payload":{"value":-3}}')
  [ "$status" -eq 0 ]
  [ "$(sql "SELECT topic, reading, coalesce(unit, 'NULL') FROM $T ORDER BY seq" | paste -sd' ')" = "s/1|21.5|C s/2|-3|NULL" ]
}

@test "values with tabs, newlines, backslashes, \\N and non-ASCII text land as sent (COPY's escaping)" {
  sql "CREATE TABLE $T (seq serial, v text)"
  sink --table "$T" < <(jq -cn '{v: "a\tb"}, {v: "line1\nline2"}, {v: "back\\slash"},
    {v: "\\N"}, {v: "cr\rx"}, {v: "ü€"}, {v: null}, {}' | jq -c '{value: tojson}')
  [ "$status" -eq 0 ]
  [ "$(sql "SELECT count(*) FROM $T")" -eq 8 ]
  [ "$(sql "SELECT string_agg(seq::text, ',' ORDER BY seq) FROM $T WHERE v IS NULL")" = "7,8" ]
  run sql "SELECT seq FROM $T WHERE v = ANY (ARRAY[E'a\tb', E'line1\nline2', E'back\\\\slash',
    E'\\\\N', E'cr\rx', 'ü€']) ORDER BY seq"
  [ "$(echo "$output" | paste -sd,)" = "1,2,3,4,5,6" ]
}

@test "--upsert-key: a known key updates its row" {
  sql "CREATE TABLE $T (id int PRIMARY KEY, name text, n int)"
  sink --table "$T" --upsert-key id --batch-size 2 < <(lines \
    '{"id":1,"name":"one","n":1}' '{"id":2,"name":"two","n":1}' '{"id":1,"name":"ONE","n":2}')
  [ "$status" -eq 0 ]
  [ "$(sql "SELECT id, name, n FROM $T ORDER BY id" | paste -sd' ')" = "1|ONE|2 2|two|1" ]
}

@test "--upsert-key of several columns, all of them keys: DO NOTHING keeps the first" {
  sql "CREATE TABLE $T (a int, b int, PRIMARY KEY (a, b))"
  sink --table "$T" --upsert-key a --upsert-key b < <(lines '{"a":1,"b":1}' '{"a":1,"b":2}' '{"a":1,"b":1}')
  [ "$status" -eq 0 ]
  [ "$(sql "SELECT count(*) FROM $T")" = 2 ]
}

@test "each batch is one transaction: a failing record rolls back its whole batch, exit 1" {
  sql "CREATE TABLE $T (id serial, n int NOT NULL)"
  sink --table "$T" --batch-size 3 < <(lines '{"n":1}' '{"n":2}' '{"n":3}' '{"n":4}' '{"n":null}' '{"n":6}' '{"n":7}')
  [ "$status" -eq 1 ]
  [[ "$stderr" == *"the records at offsets 3 to 5 were not written (rolled back)"* ]]
  [[ "$stderr" == *'null value in column "n"'* ]]
  [ "$(sql "SELECT string_agg(n::text, ',' ORDER BY id) FROM $T")" = "1,2,3" ]
}

@test "a record that is not a JSON object: exit 1 naming its offset, its batch rolled back" {
  sql "CREATE TABLE $T (n int)"
  sink --table "$T" --batch-size 2 < <(lines '{"n":1}' '{"n":2}' '{"n":3}' 'not json')
  [ "$status" -eq 1 ]
  [[ "$stderr" == *"the record at offset 3 cannot be written: its value is not a JSON object"* ]]
  [ "$(sql "SELECT string_agg(n::text, ',') FROM $T")" = "1,2" ]
}

@test "a value the column type rejects: exit 1 with the database's message" {
  sql "CREATE TABLE $T (n int)"
  sink --table "$T" < <(lines '{"n":"many"}')
  [ "$status" -eq 1 ]
  [[ "$stderr" == *'invalid input syntax for type integer: "many"'* ]]
}

# Found by asking the database on starting, before any record is read: reported like a
# validation error, exit 2, nothing written, no stack trace.
@test "a table that does not exist: exit 2 naming --table" {
  sink --table no_such_table < <(lines '{"n":1}')
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"invalid options (1):"* ]]
  [[ "$stderr" == *"--table: no table no_such_table in the database"* ]]
  [[ "$stderr" != *"	at "* ]]
}

@test "a column the table lacks: exit 2 naming the flag and listing the columns, no row written" {
  sql "CREATE TABLE $T (id int, name text)"
  sink --table "$T" --column nme=name < <(lines '{"id":1,"name":"a"}')
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"--column: table $T has no column nme (columns: id, name)"* ]]
  [[ "$stderr" != *"	at "* ]]
  sink --table "$T" --column name=name --upsert-key id < /dev/null
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"--upsert-key: column id is not written; add --column id=FIELD"* ]]
  [ "$(sql "SELECT count(*) FROM $T")" = 0 ]
}

@test "a postgres:// URL as in Fluvio's postgres-sink, the password percent-encoded" {
  sql "CREATE TABLE $T (n int)"
  sql "CREATE ROLE \"odd user\" LOGIN PASSWORD 'p@ss:w/rd'; GRANT INSERT, SELECT ON $T TO \"odd user\""
  run --separate-stderr "$PS" --fluvio-topic t --dry-run --table "$T" \
    --url "postgres://odd%20user:p%40ss%3Aw%2Frd@127.0.0.1:$PG_PORT/postgres" < <(lines '{"n":5}')
  echo "$stderr"
  [ "$status" -eq 0 ]
  [ "$(sql "SELECT n FROM $T")" = 5 ]
}

@test "a wrong password: exit 1, the password shown nowhere" {
  run --separate-stderr "$PS" --fluvio-topic t --dry-run --table x --rust-log debug \
    --url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=tributary&password=Wr0ngPassw0rd" < /dev/null
  [ "$status" -eq 1 ]
  [[ "$stderr" == *'password authentication failed for user "tributary"'* ]]
  [[ "$stderr" != *"Wr0ngPassw0rd"* ]]
}

@test "--on-record-error discard: a rejected row is let go, the rest of its batch is written" {
  sql "CREATE TABLE $T (id serial, n int NOT NULL)"
  sink --table "$T" --batch-size 3 --on-record-error discard \
    < <(lines '{"n":1}' '{"n":2}' '{"n":3}' '{"n":4}' '{"n":null}' '{"n":6}' 'not json' '{"n":8}')
  [ "$status" -eq 0 ]
  [ "$(sql "SELECT string_agg(n::text, ',' ORDER BY id) FROM $T")" = "1,2,3,4,6,8" ]
  [[ "$stderr" == *'the record at offset 4 of t failed ('*'null value in column "n"'*'discarded'* ]]
  [[ "$stderr" == *"the record at offset 6 of t failed (the record at offset 6 cannot be written: its value is not a JSON object); discarded"* ]]
}
