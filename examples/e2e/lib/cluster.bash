# Bats helpers for the Tributary test cluster (a Fluvio-protocol test double from testkit/, on
# 127.0.0.1) and TopicTool. Load with: load "$BATS_TEST_DIRNAME/../lib/cluster"
source "${BASH_SOURCE[0]%/*}/common.bash"

# The test cluster's jar: given by `make test` (lib/connector.mk), else the repository's.
TESTKIT="${TESTKIT:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.." && pwd)/testkit/target/tributary-testkit.jar}"

# start_cluster: starts the test cluster on free ports; exports FLUVIO_ENDPOINT and CLUSTER_PID.
# Call it from setup_file; stop_cluster from teardown_file.
start_cluster() {
  [ -f "$TESTKIT" ] || { echo "missing $TESTKIT: run 'make test', which gets it" >&2; return 1; }
  local log="${CLUSTER_LOG_DIR:-$BATS_FILE_TMPDIR}/cluster.log"   # CLUSTER_LOG_DIR: outside bats
  java -jar "$TESTKIT" --port 0 > "$log" 2>&1 3>&- &
  export CLUSTER_PID=$!
  wait_for 30 grep -q 'cluster ready' "$log" || { cat "$log" >&2; return 1; }
  FLUVIO_ENDPOINT=$(grep -o 'SC [0-9.]*:[0-9]*' "$log" | cut -d' ' -f2)
  export FLUVIO_ENDPOINT
}

stop_cluster() {
  [ -z "${CLUSTER_PID:-}" ] || terminate "$CLUSTER_PID"
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
