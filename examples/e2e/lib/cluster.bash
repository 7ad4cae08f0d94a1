# Bats helpers shared by the example connectors' tests: the Tributary test cluster (a
# Fluvio-protocol test double from testkit/, on 127.0.0.1), TopicTool, and waiting.
# Load with: load "$BATS_TEST_DIRNAME/../../e2e/lib/cluster"

ROOT="$(cd "$BATS_TEST_DIRNAME/../../.." && pwd)"
TESTKIT="$ROOT/testkit/target/tributary-testkit.jar"

# wait_for SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds; fails after SECONDS.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "timed out waiting for: $*" >&2; return 1; }
    sleep 0.1
  done
}

# start_cluster: starts the test cluster on free ports; exports FLUVIO_ENDPOINT and CLUSTER_PID.
# Call it from setup_file; stop_cluster from teardown_file.
start_cluster() {
  [ -f "$TESTKIT" ] || { echo "missing $TESTKIT: run 'mvn -pl testkit -am install'" >&2; return 1; }
  local log="$BATS_FILE_TMPDIR/cluster.log"
  java -jar "$TESTKIT" --port 0 > "$log" 2>&1 3>&- &
  export CLUSTER_PID=$!
  wait_for 30 grep -q 'cluster ready' "$log" || { cat "$log" >&2; return 1; }
  FLUVIO_ENDPOINT=$(grep -o 'SC [0-9.]*:[0-9]*' "$log" | cut -d' ' -f2)
  export FLUVIO_ENDPOINT
}

stop_cluster() {
  [ -z "${CLUSTER_PID:-}" ] || { kill "$CLUSTER_PID" 2>/dev/null; wait "$CLUSTER_PID" 2>/dev/null || true; }
}

# topic_consume TOPIC COUNT [TIMEOUT_S]: prints the first COUNT values of TOPIC; exit 1 if fewer.
topic_consume() {
  java -cp "$TESTKIT" io.tributary.testkit.TopicTool consume "$FLUVIO_ENDPOINT" "$@"
}

# topic_produce TOPIC: produces the lines of standard input to TOPIC, in order.
topic_produce() {
  java -cp "$TESTKIT" io.tributary.testkit.TopicTool produce "$FLUVIO_ENDPOINT" "$1"
}

# topic_create TOPIC: creates TOPIC (one partition) so a reader can start before the writer.
topic_create() {
  topic_produce "$1" < /dev/null
}

# stop_connector PID: SIGTERM, then returns the connector's exit status (it must exit within
# 20 s). Call it directly, not through `run` (which would run it in a subshell that cannot wait).
stop_connector() {
  kill -TERM "$1"
  local waited=0
  while kill -0 "$1" 2>/dev/null && [ "$waited" -lt 200 ]; do sleep 0.1; waited=$((waited + 1)); done
  wait "$1"
}
