#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The test cluster's command line as scripts use it: several SPUs, fault commands on standard
# input answered one line each, the end of standard input is not a stop, SIGTERM is.

load "$BATS_TEST_DIRNAME/../lib/cluster"

setup_file() {
  start_cluster --spus 3 --topic faults:3
}

teardown_file() {
  stop_cluster
}

teardown() {
  reap
}

@test "the ready line names the SC and the three SPUs" {
  run grep -E 'ready: SC 127\.0\.0\.1:[0-9]+, SPUs( 127\.0\.0\.1:[0-9]+){3} ' "$CLUSTER_LOG"
  [ "$status" -eq 0 ]
}

@test "each fault command answers one line starting ok" {
  run cluster_command move-leader faults 0 1
  [ "$status" -eq 0 ]
  [ "$output" = "ok move-leader faults-0 from SPU 0 to SPU 1" ]
  run cluster_command stop-spu 1
  [ "$output" = "ok stop-spu 1" ]
  run cluster_command start-spu 1
  [[ "$output" == "ok start-spu 1 on 127.0.0.1:"* ]]
  run cluster_command drop-connections
  [ "$output" = "ok drop-connections" ]
  # Records still go to every partition (round robin: r1 and r4 to faults-0, now on SPU 1).
  printf 'r%s\n' 1 2 3 4 5 6 | topic_produce faults
  run topic_consume faults 2
  [ "$output" = $'r1\nr4' ]
  run cluster_command move-leader faults 0 0
  [ "$status" -eq 0 ]
  [ "$output" = "ok move-leader faults-0 from SPU 1 to SPU 0" ]
}

@test "a bad command answers error with the reason, and the cluster keeps serving" {
  run cluster_command reboot now
  [ "$status" -eq 1 ]
  [[ "$output" == "error reboot: unknown command 'reboot'; commands: move-leader"* ]]
  run cluster_command stop-spu three
  [ "$output" = "error stop-spu: N must be a number from 0, got 'three'" ]
  run cluster_command move-leader faults 7 0
  [ "$output" = "error move-leader: topic 'faults' has no partition 7 (it has 3)" ]
  run cluster_command start-spu 0
  [ "$output" = "error start-spu: SPU 0 is already running" ]
  run cluster_command move-leader nope 0 0
  [ "$output" = "error move-leader: no topic 'nope'" ]
  kill -0 "$CLUSTER_PID"
}

@test "closing standard input does not stop the cluster; SIGTERM does" {
  local log="$BATS_TEST_TMPDIR/own.log"
  java -jar "$TESTKIT" --port 0 --spus 2 < /dev/null > "$log" 2>&1 3>&- &
  local pid=$!
  SPAWNED+=("$pid")
  wait_for 30 grep -q 'cluster ready' "$log"
  local endpoint
  endpoint=$(grep -o 'SC [0-9.]*:[0-9]*' "$log" | cut -d' ' -f2)
  # Standard input was empty from the start; the cluster still serves.
  echo closed-stdin | FLUVIO_ENDPOINT="$endpoint" topic_produce after-eof
  FLUVIO_ENDPOINT="$endpoint" run topic_consume after-eof 1
  [ "$output" = "closed-stdin" ]
  kill -0 "$pid"
  local rc=0
  stop_connector "$pid" || rc=$?
  [ "$rc" -eq 143 ]
}
