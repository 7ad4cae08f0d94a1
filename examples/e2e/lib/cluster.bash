# Bats helpers for the Tributary test cluster (a Fluvio-protocol test double from testkit/, on
# 127.0.0.1) and TopicTool. Load with: load "$BATS_TEST_DIRNAME/../lib/cluster"
source "${BASH_SOURCE[0]%/*}/common.bash"

# The test cluster's jar: given by `make test` (lib/connector.mk), else the repository's.
TESTKIT="${TESTKIT:-$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.." && pwd)/testkit/target/tributary-testkit.jar}"

# start_cluster [OPTION...]: starts the test cluster on free ports, with OPTIONs of
# tributary-testkit.jar (e.g. --spus 3 --topic events:3); exports FLUVIO_ENDPOINT, CLUSTER_PID,
# CLUSTER_LOG (its standard output: the ready line, then one answer per cluster_command) and
# CLUSTER_FIFO (its standard input, held open until stop_cluster).
# Call it from setup_file; stop_cluster from teardown_file.
start_cluster() {
  [ -f "$TESTKIT" ] || { echo "missing $TESTKIT: run 'make test', which gets it" >&2; return 1; }
  local dir="${CLUSTER_LOG_DIR:-$BATS_FILE_TMPDIR}"   # CLUSTER_LOG_DIR: outside bats
  export CLUSTER_LOG="$dir/cluster.log" CLUSTER_FIFO="$dir/cluster.in"
  rm -f "$CLUSTER_FIFO" && mkfifo "$CLUSTER_FIFO"
  java -jar "$TESTKIT" --port 0 "$@" < "$CLUSTER_FIFO" > "$CLUSTER_LOG" 2> "$dir/cluster.err" 3>&- &
  export CLUSTER_PID=$!
  sleep infinity > "$CLUSTER_FIFO" 3>&- &   # a writer that keeps standard input open
  export CLUSTER_INPUT_PID=$!
  wait_for 30 grep -q 'cluster ready' "$CLUSTER_LOG" \
    || { cat "$CLUSTER_LOG" "$dir/cluster.err" >&2; return 1; }
  FLUVIO_ENDPOINT=$(grep -o 'SC [0-9.]*:[0-9]*' "$CLUSTER_LOG" | cut -d' ' -f2)
  export FLUVIO_ENDPOINT
}

stop_cluster() {
  [ -z "${CLUSTER_PID:-}" ] || terminate "$CLUSTER_PID"
  [ -z "${CLUSTER_INPUT_PID:-}" ] || terminate "$CLUSTER_INPUT_PID"
}

# cluster_command COMMAND...: sends a fault command (move-leader TOPIC PARTITION SPU,
# stop-spu N, start-spu N, drop-connections) to the cluster, prints its one-line answer, and
# succeeds if the answer starts with "ok". One command at a time.
cluster_command() {
  local before
  before=$(answers | wc -l)
  echo "$*" > "$CLUSTER_FIFO"
  wait_for 20 answered_after "$before" || return 1
  local answer
  answer=$(answers | sed -n "$((before + 1))p")
  echo "$answer"
  [[ "$answer" == ok* ]]
}

answers() {
  grep -E '^(ok|error)' "$CLUSTER_LOG"
}

answered_after() {
  [ "$(answers | wc -l)" -gt "$1" ]
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
