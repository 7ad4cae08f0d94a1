#!/usr/bin/env bash
# SmartModule engine throughput: no SmartModule vs filter, map, array_map, interpreted and
# compiled, per record and in batches of 100. Prints a Markdown table (records/s, medians).
# Usage: bench/smartmodule/run.sh [runs=5] [records per compiled run=400000]
#                                 [records per interpreted run=40000]
# Needs: JDK 17, Maven (offline repo is enough), wat2wasm (Debian package wabt).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
command -v wat2wasm >/dev/null || { echo "wat2wasm not found: apt-get install -y wabt" >&2; exit 1; }
mvn -q -B -o -pl smartmodule -am install -DskipTests
mvn -q -B -o -pl smartmodule test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="smartmodule/target/classes:smartmodule/target/test-classes:$(cat smartmodule/target/bench.cp)"
exec java -Xms512m -Xmx512m -XX:-DontCompileHugeMethods -cp "$cp" \
  -Dtributary.wat.dir=smartmodule/src/test/wat \
  -Dtributary.wasm.dir=smartmodule/target/test-wasm \
  io.tributary.smartmodule.SmartModuleBenchmark "$@"
