#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The examples are templates: scripts/new-connector.sh copies one out of the repository, and the
# copy must build and pass its own tests there, with Tributary from the local Maven repository
# (the root `make test` has installed it).

setup() {
  ROOT="$(cd "$BATS_TEST_DIRNAME/../../.." && pwd)"
  NEW="$ROOT/scripts/new-connector.sh"
  DEST="$BATS_TEST_TMPDIR/work"
}

@test "every example copies to a folder that refers to nothing outside itself" {
  for example in test-connector http-source mqtt-source postgres-sink; do
    "$NEW" "$example" "$DEST/$example"
    cd "$DEST/$example"
    [ -z "$(find . -type l)" ]                       # lib/ is a copy, not the repository's link
    [ ! -e target ]
    [ -f lib/connector.mk ] && [ -f lib/common.bash ] && [ -x "$example" ]
    grep -q '<relativePath/>' pom.xml
    ! grep -rn '\.\./\.\./\|e2e/lib' Makefile test/ pom.xml  # no path into the repository
  done
  [ ! -e "$DEST/test-connector/test/smartmodules.bats" ]   # needs the repository's test modules
}

@test "bad arguments: exit 2 naming EXAMPLE or DEST, nothing created" {
  run --separate-stderr "$NEW" no-such-example "$DEST/x"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"EXAMPLE: no example named 'no-such-example'"* ]]
  [ ! -e "$DEST/x" ]
  mkdir -p "$DEST/taken"
  run --separate-stderr "$NEW" test-connector "$DEST/taken"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"DEST: $DEST/taken exists already"* ]]
  [ -z "$(ls -A "$DEST/taken")" ]
}

# build_copy EXAMPLE: copies EXAMPLE to $DEST/EXAMPLE and runs `make build test` there, as a user
# would: not inside this repository's make (whose SKIP_JUNIT=1 would reach it).
build_copy() {
  "$NEW" "$1" "$DEST/$1"
  cd "$DEST/$1"
  run env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u SKIP_JUNIT -u TESTKIT make build test
  echo "$output"
  [ "$status" -eq 0 ]
  [ -f "target/$1.jar" ]
  [[ "$output" != *"not ok"* ]]
  ! grep -q '<failure' target/bats-report/report.xml
}

@test "a copy of test-connector builds and passes its tests outside the repository" {
  build_copy test-connector
  [ "$(grep -c '<testcase' target/bats-report/report.xml)" -ge 20 ]
  run --separate-stderr ./test-connector --fluvio-topic t --dry-run --count 2
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 2 ]
}

@test "a copy of http-source passes its JUnit and bats tests, the test cluster fetched from Maven" {
  build_copy http-source
  [[ "$output" == *"dependency:copy -Dartifact=io.tributary:tributary-testkit"* ]]
  [ -f target/tributary-testkit.jar ]
  [ -n "$(ls target/surefire-reports/*.xml)" ]
  grep -q 'classname="end-to-end.bats"' target/bats-report/report.xml
}
