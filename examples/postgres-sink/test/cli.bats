#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The postgres-sink command line without a database: metadata, validate, bad input.

load "$BATS_TEST_DIRNAME/../lib/common"

setup() {
  PS="$BATS_TEST_DIRNAME/../postgres-sink"
}

@test "metadata: a sink, its options, defaults and the secret marked" {
  run --separate-stderr "$PS" metadata
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 1 ]
  [ -z "$stderr" ]
  echo "$output" | jq -e '.name == "postgres-sink" and .direction == "sink" and .version == "0.1.0"'
  echo "$output" | jq -e '(.description | length) > 0'
  echo "$output" | jq -e '.schema.properties | keys_unsorted == ["url", "table", "column",
    "batch-size", "flush-interval", "upsert-key", "backoff-min", "backoff-max"]'
  echo "$output" | jq -e '.schema.required == ["url"]'
  echo "$output" | jq -e '[.schema.properties[] | .description | length > 0] | all'
  echo "$output" | jq -e '.schema.properties.url.writeOnly == true'
  echo "$output" | jq -e '.schema.properties["batch-size"] | .default == 100 and .exclusiveMinimum == 0'
  echo "$output" | jq -e '.schema.properties["flush-interval"] | .type == "string" and .default == "1s"'
  echo "$output" | jq -e '.schema.properties.column | .type == "object" and .additionalProperties.type == "string"'
  echo "$output" | jq -e '.schema.properties["upsert-key"] | .type == "array"'
  echo "$output" | jq -e '.schema.properties["backoff-min"] | .type == "string" and .default == "1s"'
  echo "$output" | jq -e '.schema.properties["backoff-max"] | .default == "60s"'
}

@test "validate accepts good options and connects to nothing" {
  run --separate-stderr "$PS" validate --fluvio-topic t --url postgres://u:pw@127.0.0.1:9/db \
    --table audit.events --column id=payload.id --column name=name --batch-size 10 \
    --flush-interval 250ms --upsert-key id --offset-start beginning
  [ "$status" -eq 0 ]
  [[ "$output" == *"options are valid"* ]]
}

bad() {
  expect_usage_error "$1" "$PS" --fluvio-topic t --dry-run "${@:2}"
}

@test "missing --url" {
  bad "--url: is required"
  [[ "$stderr" != *"--table"* ]]   # without --table, records are SQL operations
}
@test "--url of another database, its value masked" {
  bad "--url: must match" --url mysql://root:s3cret@h/db --table t
  [[ "$stderr" != *"s3cret"* ]]
}
@test "--table that is not a plain name" { bad "--table: must match" --url postgres://h/db --table 'events; drop table x'; }
@test "--batch-size 0" { bad "--batch-size: must be greater than 0, got 0" --url postgres://h/db --table t --batch-size 0; }
@test "--flush-interval not a duration" { bad "--flush-interval: expected a duration" --url postgres://h/db --table t --flush-interval soon; }
@test "--column without =" { bad "--column" --url postgres://h/db --table t --column name; }
@test "--column with an empty field name" { bad "--column" --url postgres://h/db --table t --column 'id=a..b'; }
@test "--upsert-key that is not a plain name" { bad "--upsert-key: must match" --url postgres://h/db --table t --upsert-key 'id)--'; }
@test "--offset-start that is not an offset" { bad "--offset-start" --url postgres://h/db --table t --offset-start soon; }
