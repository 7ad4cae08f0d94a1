#!/usr/bin/env bash
# The end-to-end part of `make run`: starts the embedded test cluster (a Fluvio-protocol test
# double, on 127.0.0.1), runs test-connector producing to it, and reads the topic back. The
# cluster helpers are the examples' bats helpers (examples/e2e/lib/cluster.bash).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/examples/e2e/lib/cluster.bash"
CLUSTER_LOG_DIR=$(mktemp -d)
trap 'stop_cluster; rm -rf "$CLUSTER_LOG_DIR"' EXIT
start_cluster
echo "test cluster at $FLUVIO_ENDPOINT"
"$root/examples/test-connector/test-connector" --fluvio-endpoint "$FLUVIO_ENDPOINT" \
  --fluvio-topic demo --count 5 --timeout 100ms
echo "--- topic demo, read back from the cluster:"
topic_consume demo 5
