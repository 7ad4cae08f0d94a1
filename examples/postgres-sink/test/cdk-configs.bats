#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# InfinyOn's own sql-sink configurations (test/cdk-configs/, origin in its README.md) run
# unchanged: each passes `validate --config`, and a dry run writes the SQL operations it reads
# into PostgreSQL.

load "$BATS_TEST_DIRNAME/../lib/postgres"

setup_file() {
  start_postgres
}

teardown_file() {
  stop_postgres
}

setup() {
  PS="$BATS_TEST_DIRNAME/../postgres-sink"
  TMP="$BATS_TEST_TMPDIR"
  CONFIGS="$BATS_TEST_DIRNAME/cdk-configs"
  URL="postgresql://tributary:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"
  # The secrets of the README's configs.
  export DATABASE_URL="$URL" DB_USERNAME=tributary DB_PASSWORD="$PG_PASSWORD" \
    DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" DB_NAME=postgres
}

teardown() {
  reap
}

# render FILE: the config with upstream's test database replaced by ours; prints its path.
render() {
  local out="$TMP/$(basename "$1")"
  sed "s#postgresql://pguser:passpass@127.0.0.1:5432/pguser#$URL#" "$1" > "$out"
  echo "$out"
}

@test "every official config passes validate --config" {
  for f in "$CONFIGS"/*.yaml; do
    run --separate-stderr "$PS" validate --config "$(render "$f")"
    echo "$(basename "$f"): status=$status $output $stderr"
    [ "$status" -eq 0 ]
    [[ "$output" == *"options are valid"* ]]
    [[ "$stderr" != *"$PG_PASSWORD"* ]]
  done
}

@test "every official config runs: a dry run writes the operations it reads" {
  sql "CREATE TABLE topic_message (device_id int PRIMARY KEY, record jsonb)"
  n=0
  for f in "$CONFIGS"/*.yaml; do
    n=$((n + 1))
    op='{"Upsert":{"table":"topic_message","uniq_idx":"device_id","values":[{"column":"device_id","raw_value":"'$n'","type":"Int"},{"column":"record","raw_value":"{\"config\":\"'$(basename "$f")'\"}","type":"Json"}]}}'
    run --separate-stderr "$PS" --dry-run --config "$(render "$f")" < <(jq -cn --arg v "$op" '{value: $v}')
    echo "$(basename "$f"): status=$status $stderr"
    [ "$status" -eq 0 ]
    [ "$(sql "SELECT record->>'config' FROM topic_message WHERE device_id = $n")" = "$(basename "$f")" ]
    [[ "$stderr" != *"$PG_PASSWORD"* ]]
  done
}
