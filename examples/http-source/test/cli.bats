#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The http-source command line: metadata, validate, bad input, and dry runs against a real HTTP
# server on 127.0.0.1 (test/TestHttpServer.java).

load "$BATS_TEST_DIRNAME/../lib/common"

setup() {
  HS="$BATS_TEST_DIRNAME/../http-source"
  TMP="$BATS_TEST_TMPDIR"
}

teardown() {
  reap
}

# start_server LIMIT: the test server answering LIMIT requests with 200; sets PORT, SERVER_LOG.
start_server() {
  SERVER_LOG="$TMP/server.log"
  spawn "$SERVER_LOG" java "$BATS_TEST_DIRNAME/TestHttpServer.java" "$1"
  wait_for 30 grep -q '^listening on' "$SERVER_LOG" || { cat "$SERVER_LOG"; return 1; }
  PORT=$(sed -n 's/^listening on //p' "$SERVER_LOG")
}

@test "metadata: one line of JSON with the options, defaults and the secret marked" {
  run --separate-stderr "$HS" metadata
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 1 ]
  [ -z "$stderr" ]
  echo "$output" | jq -e '.name == "http-source" and .direction == "source" and .version == "0.1.0"'
  echo "$output" | jq -e '(.description | length) > 0'
  echo "$output" | jq -e '.schema.properties | keys_unsorted == ["endpoint", "interval", "stream",
    "delimiter", "method", "header", "body", "user-agent", "output-parts", "output-type",
    "bearer-token"]'
  echo "$output" | jq -e '.schema.properties.stream | .type == "boolean" and .default == false'
  echo "$output" | jq -e '.schema.properties.delimiter.default == "\n"'
  echo "$output" | jq -e '.schema.required == ["endpoint"]'
  echo "$output" | jq -e '[.schema.properties[] | .description | length > 0] | all'
  echo "$output" | jq -e '.schema.properties.interval | .type == "string" and .default == "10s"'
  echo "$output" | jq -e '.schema.properties.method | .default == "GET" and (.enum | index("POST"))'
  echo "$output" | jq -e '.schema.properties["user-agent"].default == "fluvio/http-source 0.1.0"'
  echo "$output" | jq -e '.schema.properties["output-parts"] | .enum == ["body", "full"] and .default == "body"'
  echo "$output" | jq -e '.schema.properties["output-type"] | .enum == ["text", "json"] and .default == "text"'
  echo "$output" | jq -e '.schema.properties.header | .type == "array" and (.items.pattern | length) > 0'
  echo "$output" | jq -e '.schema.properties["bearer-token"].writeOnly == true'
  echo "$output" | jq -e '.schema.properties.endpoint.format == "uri"'
}

@test "validate accepts good options and sends nothing" {
  run --separate-stderr "$HS" validate --fluvio-topic t --endpoint http://127.0.0.1:9/x \
    --interval 1m30s --method POST --header Accept:text/plain --header 'X-A: b' --body hi \
    --output-parts full --output-type json --bearer-token abcdef
  [ "$status" -eq 0 ]
  [[ "$output" == *"options are valid"* ]]
}

bad() {
  expect_usage_error "$1" "$HS" --fluvio-topic t --dry-run "${@:2}"
}

@test "missing --endpoint" { bad "--endpoint: is required"; }
@test "--endpoint not an absolute URI" { bad "--endpoint: expected an absolute URI" --endpoint /relative; }
@test "--interval not a duration" { bad "--interval: expected a duration" --endpoint http://x/ --interval 10; }
@test "--method not a method" { bad "--method: expected one of GET, POST" --endpoint http://x/ --method FETCH; }
@test "--header without a colon" { bad "--header" --endpoint http://x/ --header Accept=text/plain; }
@test "--header with a bad name" { bad "--header" --endpoint http://x/ --header 'Bad Name:1'; }
@test "--output-parts upper case" { bad "--output-parts: expected one of body, full" --endpoint http://x/ --output-parts FULL; }
@test "--delimiter empty" { bad "--delimiter: must match" --endpoint http://x/ --stream true --delimiter ''; }
@test "--output-type unknown" { bad "--output-type: expected one of text, json" --endpoint http://x/ --output-type xml; }
@test "--endpoint with a scheme other than http(s): found on starting, still exit 2" {
  bad "--endpoint: expected an http or https URL, got ftp://127.0.0.1/x" --endpoint ftp://127.0.0.1/x
}
@test "--header the JDK sets itself: found on starting, still exit 2" {
  bad "--header: the header Host cannot be set by a client" --endpoint http://127.0.0.1:9/ --header Host:x
}
@test "unknown option" { bad "Unknown options: '--heders'" --endpoint http://x/ --heders A:b; }
@test "--headers, the key of Fluvio's http-source, is --header" { bad "--header: must match" --endpoint http://x/ --headers "A b"; }

@test "a bad option never shows the bearer token" {
  bad "--interval" --endpoint http://x/ --bearer-token hunter2hunter2 --interval x
  [[ "$stderr" != *hunter2* ]]
}

@test "dry run: each response body once, in order, until stopped" {
  start_server 3
  spawn "$TMP/err.log" sh -c "exec '$HS' --fluvio-topic t --dry-run --endpoint http://127.0.0.1:$PORT/a --interval 50ms > '$TMP/out.jsonl'"
  wait_for 30 grep -q '^served 5$' "$SERVER_LOG"   # 3 answered with 200, then 404s
  stop_connector "$SPAWNED_PID"
  run jq -c -s '[.[].value | fromjson | .n]' "$TMP/out.jsonl"
  [ "$output" = "[1,2,3]" ]
  jq -e -s 'all(.key == null)' "$TMP/out.jsonl"
  grep -q 'status 404, response not produced' "$TMP/err.log"
}

@test "dry run from a CDK config file: the token comes from a secret and is never logged" {
  start_server 1
  cat > "$TMP/http.yaml" <<YAML
apiVersion: 0.1.0
meta:
  version: 0.1.0
  name: my-http
  type: http-source
  topic: events
  secrets: [{name: API_TOKEN}]
http:
  endpoint: http://127.0.0.1:$PORT/api
  interval: 50ms
  method: POST
  output_parts: full
  output_type: json
  bearer_token: \${{ secrets.API_TOKEN }}
YAML
  export API_TOKEN=tok-123456
  spawn "$TMP/err.log" sh -c "exec '$HS' --dry-run --config '$TMP/http.yaml' --rust-log debug > '$TMP/out.jsonl'"
  wait_for 30 grep -q '^served 2$' "$SERVER_LOG"   # the first answered with 200, then 404s
  stop_connector "$SPAWNED_PID"
  head -1 "$TMP/out.jsonl" | jq -e '.value | fromjson | .status.code == 200 and .status.string == "OK"'
  head -1 "$TMP/out.jsonl" | jq -e '.value | fromjson | .header["content-type"] == "application/json"'
  head -1 "$TMP/out.jsonl" | jq -e '.value | fromjson | .body | fromjson |
    .method == "POST" and .authorization == "Bearer tok-123456"'
  ! grep -q tok-123456 "$TMP/err.log"
  grep -q 'bearerToken=\*\*\*\*' "$TMP/err.log"
}

@test "target/Connector.toml: the CDK package descriptor, from the same metadata" {
  toml="$BATS_TEST_DIRNAME/../target/Connector.toml"
  name=$("$HS" metadata | jq -r .name)
  grep -qx "name = \"$name\"" "$toml"
  grep -qx "binary = \"$name\"" "$toml"
  grep -qx 'source = true' "$toml"
  grep -qx "name = \"${name%-source}\"" "$toml"   # [custom] name: the config section's key
  grep -qx 'required = \["endpoint"\]' "$toml"
  # one [custom.properties.X] table per option of the metadata, in its order
  diff <(sed -n 's/^\[custom\.properties\.\([a-z-]*\)\]$/\1/p' "$toml") \
    <("$HS" metadata | jq -r '.schema.properties | keys_unsorted[]')
}
