#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# InfinyOn's own http-source configurations (test/cdk-configs/, origin in its README.md) run
# unchanged: each passes `validate --config`, and a dry run produces the responses of a local
# server.

load "$BATS_TEST_DIRNAME/../lib/common"

setup() {
  HS="$BATS_TEST_DIRNAME/../http-source"
  TMP="$BATS_TEST_TMPDIR"
  CONFIGS="$BATS_TEST_DIRNAME/cdk-configs"
}

teardown() {
  reap
}

# render FILE URL: the config with its placeholders filled (as upstream's tests do) and its
# endpoint's scheme and host replaced by URL (the path is kept); prints the new file's path.
render() {
  local out="$TMP/$(basename "$1")"
  sed -e 's/: TOPIC$/: cdk-topic/' -e 's/: CONNECTOR$/: cdk-connector/' -e 's/: VERSION$/: 0.1.0/' \
    -e "s#https\?://[^/\"]*/#$2/#" "$1" > "$out"
  echo "$out"
}

# two_lines FILE: FILE has at least two lines (the first two events of a stream).
two_lines() {
  [ "$(wc -l < "$1")" -ge 2 ]
}

@test "every official config passes validate --config" {
  export AUTHORIZATION_TOKEN=secret-token-value
  for f in "$CONFIGS"/*.yaml; do
    run --separate-stderr "$HS" validate --config "$(render "$f" http://127.0.0.1:9)"
    echo "$(basename "$f"): status=$status $output $stderr"
    [ "$status" -eq 0 ]
    [[ "$output" == *"options are valid"* ]]
    if grep -q 'create[-_]topic' "$f"; then   # not a CDK key: one warning naming it
      [ "$(grep -c "WARN tributary.config: .*ignoring unknown key 'meta.create[-_]topic'" <<< "$stderr")" -eq 1 ]
    fi
  done
}

@test "every official config runs: a dry run produces the server's response" {
  start_server() {
    SERVER_LOG="$TMP/server.log"
    spawn "$SERVER_LOG" java "$BATS_TEST_DIRNAME/TestHttpServer.java" 100
    wait_for 30 grep -q '^listening on' "$SERVER_LOG"
    PORT=$(sed -n 's/^listening on //p' "$SERVER_LOG")
  }
  start_server
  export AUTHORIZATION_TOKEN=secret-token-value
  for f in "$CONFIGS"/*.yaml; do
    : > "$TMP/out.jsonl"
    spawn "$TMP/err.log" sh -c "exec '$HS' --dry-run --config '$(render "$f" "http://127.0.0.1:$PORT")' > '$TMP/out.jsonl'"
    if grep -q '^  stream: true' "$f"; then wait_for 30 two_lines "$TMP/out.jsonl"; else wait_for 30 test -s "$TMP/out.jsonl"; fi
    stop_connector "$SPAWNED_PID"
    echo "$(basename "$f"): $(head -1 "$TMP/out.jsonl")"
    value=$(head -1 "$TMP/out.jsonl" | jq -r .value)
    method=$(sed -n 's/^  method: //p' "$f"); method=${method:-GET}
    if grep -q '^  stream: true' "$f"; then   # a record per server-sent event
      event=$'event:get request(s)\ndata:{ "gets": 1, "posts": 0 }'
      case "$(sed -n 's/^  output_type: //p' "$f")/$(sed -n 's/^  output_parts: //p' "$f")" in
        json/full) jq -e --arg e "$event" '.status.code == 200 and .body == $e' <<< "$value" ;;
        json/*)    jq -e --arg e "$event" '.body == $e' <<< "$value" ;;
        */full)    [[ "$value" == "HTTP/1.1 200 OK"*"content-type: text/event-stream"*$'\n\n'"$event" ]] ;;
        *)         [ "$value" = "$event" ] ;;
      esac
      head -2 "$TMP/out.jsonl" | tail -1 | jq -e '.value | contains("gets") and contains(": 2, ")'   # the second event
      continue
    fi
    case "$(sed -n 's/^  output_type: //p' "$f")/$(sed -n 's/^  output_parts: //p' "$f")" in
      json/full) jq -e --arg m "$method" '.status.code == 200 and (.body | fromjson | .method == $m)' <<< "$value" ;;
      json/*)    jq -e --arg m "$method" '.body | fromjson | .method == $m' <<< "$value" ;;
      */full)    [[ "$value" == "HTTP/1.1 200 OK"* ]] ;;
      *)         jq -e --arg m "$method" '.method == $m' <<< "$value" ;;
    esac
    ! grep -q secret-token-value "$TMP/err.log"
  done
}

@test "the README's headers and secret reach the server" {
  SERVER_LOG="$TMP/server.log"
  spawn "$SERVER_LOG" java "$BATS_TEST_DIRNAME/TestHttpServer.java" 1
  wait_for 30 grep -q '^listening on' "$SERVER_LOG"
  PORT=$(sed -n 's/^listening on //p' "$SERVER_LOG")
  printf 'AUTHORIZATION_TOKEN=from-the-secrets-file\n' > "$TMP/secrets.env"
  config=$(render "$CONFIGS/readme-cat-facts-secrets.yaml" "http://127.0.0.1:$PORT")
  spawn "$TMP/err.log" sh -c "exec '$HS' --dry-run --config '$config' --secrets '$TMP/secrets.env' > '$TMP/out.jsonl'"
  wait_for 30 test -s "$TMP/out.jsonl"
  stop_connector "$SPAWNED_PID"
  head -1 "$TMP/out.jsonl" | jq -e '.value | fromjson | .authorization == "token from-the-secrets-file"'
  ! grep -q from-the-secrets-file "$TMP/err.log"
}

@test "an undeclared secret in an official config: exit 2 saying to declare it" {
  sed '/^  secrets:/,/AUTHORIZATION_TOKEN$/d' "$CONFIGS/readme-cat-facts-secrets.yaml" > "$TMP/undeclared.yaml"
  AUTHORIZATION_TOKEN=x expect_usage_error \
    "key 'http.headers' uses the secret AUTHORIZATION_TOKEN, which is not declared: add it to meta.secrets" \
    "$HS" validate --config "$TMP/undeclared.yaml"
}

@test "a typo in the http section: exit 2 naming the nearest key" {
  sed 's/^  interval:/  intervall:/' "$CONFIGS/sample-config.yaml" > "$TMP/typo.yaml"
  expect_usage_error "unknown option 'http.intervall'; did you mean 'http.interval'?" \
    "$HS" validate --config "$TMP/typo.yaml"
}
