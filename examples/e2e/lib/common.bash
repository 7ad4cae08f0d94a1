# Bats helpers shared by the example connectors' tests: waiting, background processes, free
# ports, and the check for bad command-line input. The server helpers (cluster.bash,
# mosquitto.bash, postgres.bash) load this file themselves.

# wait_for SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds; fails after SECONDS.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "timed out waiting for: $*" >&2; return 1; }
    sleep 0.1
  done
}

# spawn LOG COMMAND...: starts COMMAND in the background, output to LOG; sets SPAWNED_PID.
# `reap` (call it in teardown) stops whatever spawn started and is still running, so that a
# failing test leaves no process behind.
spawn() {
  local log="$1"; shift
  "$@" > "$log" 2>&1 3>&- &
  SPAWNED_PID=$!
  SPAWNED+=("$SPAWNED_PID")
}

reap() {
  local pid
  for pid in "${SPAWNED[@]}"; do
    terminate "$pid"
  done
  SPAWNED=()
}

# terminate PID: SIGTERM, then waits until the process has exited, also when it is not a child
# of this shell (a server started by setup_file, stopped by a test).
terminate() {
  kill "$1" 2>/dev/null || return 0
  wait "$1" 2>/dev/null || true
  wait_for 20 gone "$1"
}

# gone PID: the process has exited (a zombie counts as exited).
gone() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 0
  [[ "$state" == Z* ]]
}

# stop_connector PID: SIGTERM, then returns the connector's exit status (it must exit within
# 20 s). Call it directly, not through `run` (a subshell cannot wait for this shell's children).
stop_connector() {
  kill -TERM "$1"
  wait_for 20 gone "$1" || true
  wait "$1"
}

# free_port: prints a TCP port of 127.0.0.1 that nothing listens on (below the ephemeral range).
# A server that then fails to bind it should be retried on another (see mosquitto.bash).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# expect_usage_error EXPECTED COMMAND...: COMMAND exits 2 with EXPECTED on standard error,
# nothing on standard output, and no stack trace.
expect_usage_error() {
  local expected="$1"; shift
  run --separate-stderr "$@"
  echo "status=$status stdout=$output stderr=$stderr"
  [ "$status" -eq 2 ]
  [ -z "$output" ]
  [[ "$stderr" == *"$expected"* ]]
  [[ "$stderr" != *"Exception"* ]]
  [[ "$stderr" != *"	at "* ]]
}
