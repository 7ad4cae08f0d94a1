#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# CLI behaviour of the test-connector example: metadata, validate, dry run, bad input, signals.

load "$BATS_TEST_DIRNAME/../lib/common"

setup() {
  TC="$BATS_TEST_DIRNAME/../test-connector"
  JAR="$BATS_TEST_DIRNAME/../target/test-connector.jar"
  TMP="$BATS_TEST_TMPDIR"
}

@test "metadata prints one line of JSON with name, direction, schema, version, description" {
  run --separate-stderr "$TC" metadata
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 1 ]
  echo "$output" | jq -e '.name == "test-connector" and .direction == "source"'
  echo "$output" | jq -e '.version == "0.1.0" and (.description | length) > 0'
  echo "$output" | jq -e '.schema["$schema"] == "http://json-schema.org/draft-07/schema#"'
  echo "$output" | jq -e '.schema.properties | keys == ["count", "timeout"]'
  echo "$output" | jq -e '.schema.required == [] and .schema.additionalProperties == false'
  echo "$output" | jq -e '.schema.properties.timeout.default == "1s"'
  [ -z "$stderr" ]
  [ "$(jq -c 'keys_unsorted' <<<"$output")" = '["name","direction","schema","version","description"]' ]
}

@test "metadata is byte for byte the resource in the jar, and ignores other arguments" {
  "$TC" metadata --no-such-flag > "$TMP/printed.json"
  unzip -p "$JAR" META-INF/tributary/connectors/test-connector.json > "$TMP/resource.json"
  cmp "$TMP/printed.json" "$TMP/resource.json"
  [ "$(tail -c 1 "$TMP/printed.json" | od -An -c | tr -d ' ')" = '\n' ]
}

@test "metadata after options is the same resource" {
  "$TC" --rust-log info metadata > "$TMP/late.json"
  unzip -p "$JAR" META-INF/tributary/connectors/test-connector.json > "$TMP/resource.json"
  cmp "$TMP/late.json" "$TMP/resource.json"
}

@test "dry run writes the records as JSON lines" {
  run --separate-stderr "$TC" --fluvio-topic demo --dry-run --count 3 --timeout 10ms
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 3 ]
  for i in 1 2 3; do
    echo "${lines[$((i-1))]}" | jq -e --arg v "Hello, Fluvio - $i" \
      '.value == $v and .key == null and (.timestamp | type) == "number"'
  done
}

@test "target/test-connector alone in a folder, only java on the PATH: metadata and a dry run" {
  mkdir "$TMP/alone"
  cp "$BATS_TEST_DIRNAME/../target/test-connector" "$TMP/alone/"
  cd "$TMP/alone"
  [ "$(ls -A)" = "test-connector" ]
  javabin=$(dirname "$(readlink -f "$(command -v java)")")
  run --separate-stderr env -i PATH="$javabin" HOME="$TMP" ./test-connector metadata
  [ "$status" -eq 0 ]
  unzip -p "$JAR" META-INF/tributary/connectors/test-connector.json > "$TMP/resource.json"
  [ "$output" = "$(cat "$TMP/resource.json")" ]
  run --separate-stderr env -i PATH="$javabin" HOME="$TMP" ./test-connector \
    --fluvio-topic demo --dry-run --count 2 --timeout 10ms
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 2 ]
  echo "${lines[1]}" | jq -e '.value == "Hello, Fluvio - 2"'
  [ "$(ls -A)" = "test-connector" ]   # and it left nothing behind
}

@test "validate accepts good options and runs nothing" {
  run --separate-stderr "$TC" validate --fluvio-topic demo --count 5 --timeout 250ms
  [ "$status" -eq 0 ]
  [[ "$output" == *"options are valid"* ]]
  [[ "$output" != *"Hello"* ]]
}

@test "--help and --version exit 0" {
  run "$TC" --help
  [ "$status" -eq 0 ]
  [[ "$output" == *"--fluvio-topic"* ]]
  [[ "$output" == *"--count"* ]]
  run "$TC" --version
  [ "$status" -eq 0 ]
  [ "$output" = "test-connector 0.1.0" ]
}

# Each bad input: exit 2, the flag named, nothing on standard output, no stack trace.
bad() {
  expect_usage_error "$1" "$TC" "${@:2}"
}

@test "missing --fluvio-topic is exit 2" { bad --fluvio-topic --dry-run --count 1; }
@test "--count 0 breaks @Positive" { bad "--count: must be greater than 0, got 0" --fluvio-topic t --dry-run --count 0; }
@test "--count not a number" { bad "--count: expected a 64-bit integer, got 'many'" --fluvio-topic t --dry-run --count many; }
@test "--timeout not a duration" { bad "--timeout: expected a duration" --fluvio-topic t --dry-run --timeout 5x; }
@test "unknown option" { bad "--nope" --fluvio-topic t --dry-run --nope; }
@test "--count given twice" { bad "--count" --fluvio-topic t --dry-run --count 1 --count 2; }
@test "missing SmartModule file" { bad "--filter" --fluvio-topic t --dry-run --filter "$TMP/missing.wasm"; }
@test "two SmartModule kinds at once" {
  touch "$TMP/a.wasm" "$TMP/b.wasm"
  bad "cannot be combined with --filter" --fluvio-topic t --dry-run --filter "$TMP/a.wasm" --map "$TMP/b.wasm"
}
@test "--transform that is not JSON" { bad "--transform" --fluvio-topic t --dry-run --transform '{uses' ; }
@test "bad --fluvio-endpoint" { bad "--fluvio-endpoint: expected host:port" --fluvio-topic t --dry-run --fluvio-endpoint nohost; }
@test "bad --rust-log" { bad "--rust-log" --fluvio-topic t --dry-run --rust-log 'x=loud'; }
@test "bad --dry-run value" { bad "--dry-run: expected true or false" --fluvio-topic t --dry-run=yes; }
@test "missing --config file" { bad "--config" --fluvio-topic t --dry-run --config "$TMP/none.yaml"; }
@test "config file with an unknown key" {
  printf 'fluvio-topic: t\ncount: 2\ncolour: blue\n' > "$TMP/c.yaml"
  bad "unknown option 'colour'" --dry-run --config "$TMP/c.yaml"
}
@test "config file that is not YAML" {
  printf 'count: [1,\n' > "$TMP/c.yaml"
  bad "is not valid YAML" --dry-run --config "$TMP/c.yaml"
}
@test "every violation is reported at once" {
  bad "--fluvio-topic" --dry-run --count 0 --timeout 5x
  [[ "$stderr" == *"--count"* ]]
  [[ "$stderr" == *"--timeout"* ]]
}
@test "a bad value from the config file names the flag and the file" {
  printf 'fluvio-topic: t\ncount: -1\n' > "$TMP/c.yaml"
  bad "--count: must be greater than 0, got -1 (in $TMP/c.yaml)" --dry-run --config "$TMP/c.yaml"
}

@test "without --dry-run, an endpoint or a profile, exit 2 saying how" {
  FLV_PROFILE_PATH=/nonexistent/config run --separate-stderr "$TC" --fluvio-topic t --count 1
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"--dry-run"* ]]
}

@test "options from a flat config file, flags override it" {
  printf 'fluvio_topic: demo\ncount: 4\ntimeout: 1ms\n' > "$TMP/c.yaml"
  run --separate-stderr "$TC" --dry-run --config "$TMP/c.yaml"
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 4 ]
  run --separate-stderr "$TC" --dry-run --config "$TMP/c.yaml" --count 2
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 2 ]
}

@test "options from a Fluvio CDK config file" {
  cat > "$TMP/cdk.yaml" <<'YAML'
apiVersion: 0.1.0
meta:
  version: 0.1.0
  name: my-test
  type: test-connector-source
  topic: demo
custom:
  count: 2
  timeout: 1ms
YAML
  run --separate-stderr "$TC" --dry-run --config "$TMP/cdk.yaml"
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 2 ]
  echo "${lines[1]}" | jq -e '.value == "Hello, Fluvio - 2"'
}

@test "RUST_LOG=off silences the log, --rust-log=debug shows it" {
  RUST_LOG=off run --separate-stderr "$TC" --fluvio-topic t --dry-run --count 1 --timeout 1ms
  [ "$status" -eq 0 ]
  [ -z "$stderr" ]
  RUST_LOG=off run --separate-stderr "$TC" --fluvio-topic t --dry-run --count 1 --rust-log info
  [[ "$stderr" == *"INFO"* ]]
}

@test "SIGTERM stops a running source: exit 0, every line complete, none lost" {
  "$TC" --fluvio-topic t --dry-run --timeout 5ms > "$TMP/out.jsonl" 2> "$TMP/err.log" &
  pid=$!
  # readiness: the source is producing (more than 5 whole lines out), then the signal
  for _ in $(seq 300); do
    [ "$(wc -l < "$TMP/out.jsonl")" -gt 5 ] && break
    sleep 0.1
  done
  kill -TERM "$pid"
  wait "$pid"
  status=$?
  [ "$status" -eq 0 ]
  n=$(wc -l < "$TMP/out.jsonl")
  [ "$n" -gt 5 ]
  # every line is whole JSON and the values run 1..n without a gap
  jq -e -s --argjson n "$n" '[.[].value] == [range(1; $n + 1) | "Hello, Fluvio - \(.)"]' "$TMP/out.jsonl"
}
