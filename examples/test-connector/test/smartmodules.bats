#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# SmartModules applied by the test-connector before producing, seen through --dry-run.

setup() {
  TC="$BATS_TEST_DIRNAME/../test-connector"
  WASM="$BATS_TEST_DIRNAME/../target/test-wasm"
}

@test "--map transforms every record" {
  run --separate-stderr "$TC" --fluvio-topic t --dry-run --count 2 --timeout 1ms --map "$WASM/map_upper.wasm"
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 2 ]
  echo "${lines[1]}" | jq -e '.value == "HELLO, FLUVIO - 2"'
}

@test "a --transform chain with parameters runs in order" {
  run --separate-stderr "$TC" --fluvio-topic t --dry-run --count 12 --timeout 1ms \
    --transform "{\"uses\":\"$WASM/filter_contains.wasm\",\"with\":{\"key\":\"- 1\"}}" \
    --transform "{\"uses\":\"$WASM/map_upper.wasm\"}"
  [ "$status" -eq 0 ]
  [ "$(jq -r .value <<<"$output" | paste -sd,)" = "HELLO, FLUVIO - 1,HELLO, FLUVIO - 10,HELLO, FLUVIO - 11,HELLO, FLUVIO - 12" ]
}

@test "a module without the requested export is exit 2 naming the flag and the file" {
  run --separate-stderr "$TC" --fluvio-topic t --dry-run --count 1 --filter "$WASM/map_upper.wasm"
  [ "$status" -eq 2 ]
  [ -z "$output" ]
  [[ "$stderr" == *"--filter: "*"map_upper.wasm"* ]]
}

@test "a file that is not WebAssembly is exit 2" {
  echo "not wasm" > "$BATS_TEST_TMPDIR/x.wasm"
  run --separate-stderr "$TC" --fluvio-topic t --dry-run --count 1 --map "$BATS_TEST_TMPDIR/x.wasm"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"--map: "*"x.wasm"* ]]
}

@test "init rejecting its parameters is exit 2 with the module's hint" {
  run --separate-stderr "$TC" --fluvio-topic t --dry-run --count 1 \
    --transform "{\"uses\":\"$WASM/filter_contains.wasm\"}"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"Missing param key"* ]]
}

@test "an init that never returns is stopped by the time limit" {
  run --separate-stderr timeout 60 "$TC" --fluvio-topic t --dry-run --count 1 --smartmodule-timeout 500ms \
    --transform "{\"uses\":\"$WASM/loop_forever.wasm\",\"with\":{\"spin\":\"1\"}}"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"loop_forever.wasm"* ]]
}

@test "validate loads the SmartModules too" {
  run --separate-stderr "$TC" validate --fluvio-topic t --filter "$WASM/no_transform.wasm"
  [ "$status" -eq 2 ]
  run --separate-stderr "$TC" validate --fluvio-topic t --filter "$WASM/filter_contains.wasm"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"Missing param key"* ]]
}
