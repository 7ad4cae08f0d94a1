#!/usr/bin/env bash
# The end-to-end part of `make run`: starts the embedded test cluster (a Fluvio-protocol test
# double, on 127.0.0.1), runs test-connector producing to it, and reads the topic back.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
testkit="$root/testkit/target/tributary-testkit.jar"
log=$(mktemp)
java -jar "$testkit" --port 0 > "$log" 2>&1 &
cluster=$!
trap 'kill $cluster 2>/dev/null; wait $cluster 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q ready "$log" && break; sleep 0.1; done
endpoint=$(grep -o 'SC [0-9.]*:[0-9]*' "$log" | cut -d' ' -f2)
[ -n "$endpoint" ] || { cat "$log"; echo "the test cluster did not start" >&2; exit 1; }
echo "test cluster at $endpoint"
"$root/examples/test-connector/test-connector" --fluvio-endpoint "$endpoint" --fluvio-topic demo \
  --count 5 --timeout 100ms
echo "--- topic demo, read back from the cluster:"
java -cp "$testkit" io.tributary.testkit.TopicTool consume "$endpoint" demo 5
