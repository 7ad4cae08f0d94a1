#!/usr/bin/env bash
# Consume throughput of the Fluvio client: 3 partitions vs 1, and the cost of stored offsets
# (auto strategy, default 10 s flush period), against the in-process test cluster with 3 SPUs.
# Usage: bench/consume/run.sh [runs=7] [records=300000] [value bytes=100]
# Needs: mvn -q -B install -DskipTests (for testkit/target/tributary-testkit.jar).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=testkit/target/tributary-testkit.jar
[ -f "$jar" ] || { echo "missing $jar: run 'make build' first" >&2; exit 1; }
java -Xmx2g -cp "$jar" bench/consume/ConsumeBench.java "$@"
