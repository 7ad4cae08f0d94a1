#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The examples are templates: scripts/new-connector.sh copies one out of the repository under a
# new name, groupId and package, and the copy must build and pass its own tests there (JUnit
# through the connector harness, and bats), with Tributary from the local Maven repository (the
# root `make test` has installed it).

setup() {
  ROOT="$(cd "$BATS_TEST_DIRNAME/../../.." && pwd)"
  NEW="$ROOT/scripts/new-connector.sh"
  DEST="$BATS_TEST_TMPDIR/work"
}

# new_copy EXAMPLE NAME: copies EXAMPLE to $DEST/NAME as connector NAME, group org.acme.connectors,
# package org.acme.<NAME without dashes>.
new_copy() {
  "$NEW" "$1" "$DEST/$2" --name "$2" --group-id org.acme.connectors --package "org.acme.${2//-/}"
}

@test "every example is renamed throughout and refers to nothing outside itself" {
  new_copy test-connector file-source
  new_copy http-source rest-poller
  new_copy mqtt-source plant-feed
  new_copy postgres-sink warehouse-sink
  for pair in test-connector:file-source http-source:rest-poller mqtt-source:plant-feed \
      postgres-sink:warehouse-sink; do
    old="${pair%%:*}" new="${pair#*:}"
    cd "$DEST/$new"
    [ -z "$(find . -type l)" ] && [ ! -e target ]
    [ -x "$new" ] && [ ! -e "$old" ]
    grep -q '<relativePath/>' pom.xml
    grep -q "<groupId>org.acme.connectors</groupId>" pom.xml
    grep -q "<artifactId>$new</artifactId>" pom.xml
    grep -q "^NAME := $new\$" Makefile
    grep -rq "@Connector(name = \"$new\"" src/main/java/org/acme/"${new//-/}"
    [ -z "$(find src -path '*io/tributary*')" ]
    ls src/test/java/org/acme/"${new//-/}"/*Test.java >/dev/null
    grep -rlq ConnectorHarness src/test/java                     # a harness test comes along
    # Nothing keeps the example's names or points into the repository.
    class=$(echo "$old" | sed -E 's/(^|-)(.)/\U\2/g')
    ! grep -rn -e "$old" -e "$class" -e "io\.tributary\.examples" --exclude=README.md . || false
    ! grep -rn -e '\.\./\.\./' -e 'e2e/lib' -e 'smartmodule/src' -e 'SKIP_JUNIT' -e 'build-test-wasm' . || false
    # Only the helpers its tests load.
    for helper in mosquitto postgres cluster; do
      if [ -f "lib/$helper.bash" ]; then grep -rq "lib/$helper" test src/test; fi
    done
  done
  [ ! -e "$DEST/file-source/test/smartmodules.bats" ]   # needs the repository's test modules
  [ -f "$DEST/plant-feed/lib/mosquitto.bash" ] && [ ! -f "$DEST/plant-feed/lib/postgres.bash" ]
  [ -f "$DEST/warehouse-sink/lib/postgres.bash" ] && [ ! -f "$DEST/warehouse-sink/lib/mosquitto.bash" ]
}

@test "defaults: the name is DEST's folder, the group com.example, the package group.name" {
  "$NEW" http-source "$DEST/web-feed"
  cd "$DEST/web-feed"
  grep -q '<groupId>com.example</groupId>' pom.xml
  [ -f src/main/java/com/example/webfeed/WebFeedOptions.java ]
  grep -q 'package com.example.webfeed;' src/main/java/com/example/webfeed/WebFeed.java
}

# bad CODE-FRAGMENT ARGS...: exit 2, the fragment on standard error, nothing created.
bad() {
  local expected="$1"; shift
  run --separate-stderr "$NEW" "$@"
  echo "status=$status stderr=$stderr"
  [ "$status" -eq 2 ]
  [[ "$stderr" == *"$expected"* ]]
  [ -z "$output" ]
  [ ! -e "$DEST/new" ] && [ -z "$(ls -A "$DEST" 2>/dev/null | grep -v '^taken$')" ]
}

@test "bad arguments: exit 2 naming the argument, nothing created" {
  bad "EXAMPLE: no example named 'no-such-example'" no-such-example "$DEST/new"
  bad "expected EXAMPLE and DEST, got 1" test-connector
  bad "--name: 'File_Source' is not a connector name" test-connector "$DEST/new" --name File_Source
  bad "--group-id: 'org..acme' is not a Maven groupId" test-connector "$DEST/new" --group-id org..acme
  bad "--package: 'Org.Acme' is not a Java package" test-connector "$DEST/new" --package Org.Acme
  bad "--package: 'class' is a Java keyword" test-connector "$DEST/new" --package org.class.x
  bad "--name: needs a value" test-connector "$DEST/new" --name
  bad "unknown option '--nme'" test-connector "$DEST/new" --nme x
  bad "would name the class MqttSource Subscription" mqtt-source "$DEST/new" --name subscription
  mkdir -p "$DEST/taken"
  bad "DEST: $DEST/taken exists already" test-connector "$DEST/taken"
  [ -z "$(ls -A "$DEST/taken")" ]
}

# build_copy EXAMPLE NAME: copies EXAMPLE as NAME and runs `make build test` there, as a user
# would: not inside this repository's make (whose SKIP_JUNIT=1 would reach it).
build_copy() {
  new_copy "$1" "$2"
  cd "$DEST/$2"
  run env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u SKIP_JUNIT -u TESTKIT make build test
  echo "$output"
  [ "$status" -eq 0 ]
  [ -f "target/$2.jar" ]
  [[ "$output" == *"dependency:copy -Dartifact=io.tributary:tributary-testkit"* ]]
  [ -f target/tributary-testkit.jar ]
  [[ "$output" != *"not ok"* ]]
  ! grep -q '<failure' target/bats-report/report.xml || false
  # The JUnit tests ran, the harness test among them, and none was skipped.
  ls target/surefire-reports/TEST-org.acme."${2//-/}".*.xml
  for test in $(grep -rl ConnectorHarness src/test/java); do
    ls target/surefire-reports/TEST-*."$(basename "$test" .java)".xml
  done
  ! grep -q '<skipped' target/surefire-reports/TEST-*.xml || false
  java -jar "target/$2.jar" metadata | grep -q "\"name\":\"$2\""
}

@test "a copy of test-connector builds and passes its tests outside the repository" {
  build_copy test-connector file-source
  [ "$(grep -c '<testcase' target/bats-report/report.xml)" -ge 20 ]
  run --separate-stderr ./file-source --fluvio-topic t --dry-run --count 2
  [ "$status" -eq 0 ]
  [ "${#lines[@]}" -eq 2 ]
}

@test "a copy of http-source builds and passes its tests outside the repository" {
  build_copy http-source rest-poller
  grep -q 'classname="end-to-end.bats"' target/bats-report/report.xml
}

@test "a copy of mqtt-source builds and passes its tests outside the repository" {
  build_copy mqtt-source plant-feed
  [ -f target/surefire-reports/TEST-org.acme.plantfeed.PlantFeedHarnessTest.xml ]
}

@test "a copy of postgres-sink builds and passes its tests outside the repository" {
  build_copy postgres-sink warehouse-sink
  [ -f target/surefire-reports/TEST-org.acme.warehousesink.WarehouseSinkHarnessTest.xml ]
}

# The archetype (connector-archetype) makes test-connector's copy with Maven alone; its own IT
# compares the two file by file and builds the result. Here: bad properties, as a user types them.
@test "mvn archetype:generate: bad properties fail naming each one, and nothing is left" {
  version=$(sed -n 's#.*<archetype.version>\(.*\)</archetype.version>.*#\1#p' "$ROOT/connector-archetype/pom.xml")
  mkdir -p "$DEST" && cd "$DEST"
  run mvn -B -q "org.apache.maven.plugins:maven-archetype-plugin:$version:generate" \
    -DarchetypeGroupId=io.tributary -DarchetypeArtifactId=tributary-connector-archetype \
    -DarchetypeVersion=0.1.0 -DgroupId=org..acme -DartifactId=File_Source -Dpackage=org.class.x
  echo "$output"
  [ "$status" -ne 0 ]
  [[ "$output" == *"-DartifactId: 'File_Source' is not a connector name; expected lower-case words joined by '-'"* ]]
  [[ "$output" == *"-DgroupId: 'org..acme' is not a Maven groupId"* ]]
  [[ "$output" == *"-Dpackage: 'class' is a Java keyword"* ]]
  [[ "$output" != *"Caused by"* && "$output" != *"IllegalArgumentException"* ]]   # no stack trace
  [ -z "$(ls -A "$DEST")" ]
}
