#!/usr/bin/env bash
# Fluvio client benchmark: produce throughput of 1 KiB records into the test cluster, Tributary's
# Java client vs the official client (@fluvio/client via Node), medians of RUNS runs measured in
# one session; then end-to-end latency of the Java client at a moderate rate.
# Needs: mvn -pl testkit -am install (for testkit/target/tributary-testkit.jar), node, and
#   npm install --ignore-scripts --prefix .tools @fluvio/client@0.14.9
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/testkit/target/tributary-testkit.jar"
client_dir="${TRIBUTARY_FLUVIO_CLIENT_DIR:-$root/.tools/node_modules/@fluvio/client}"
runs="${RUNS:-5}"; records="${RECORDS:-100000}"; size="${SIZE:-1024}"
rate="${RATE:-1000}"; seconds="${SECONDS_LATENCY:-10}"
port="${PORT:-19003}"
[ -f "$jar" ] || { echo "missing $jar: run mvn -pl testkit -am install" >&2; exit 2; }
[ -f "$client_dir/dist/linux/index.node" ] || { echo "missing official client in $client_dir" >&2; exit 2; }

java -jar "$jar" --port "$port" > /tmp/tributary-bench-cluster.log 2>&1 &
cluster=$!
trap 'kill $cluster 2>/dev/null; wait $cluster 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q ready /tmp/tributary-bench-cluster.log && break; sleep 0.2; done
endpoint="127.0.0.1:$port"
java -cp "$jar" "$root/bench/fluvio/ProduceBench.java" throughput "$endpoint" warmup 5000 "$size" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
java_rates=(); node_rates=()
for i in $(seq "$runs"); do
  read -r n s < <(java -cp "$jar" "$root/bench/fluvio/ProduceBench.java" throughput "$endpoint" "java-$i" "$records" "$size")
  java_rates+=("$(awk -v n="$n" -v s="$s" 'BEGIN {printf "%.0f", n/s}')")
  java -cp "$jar" "$root/bench/fluvio/ProduceBench.java" throughput "$endpoint" "node-$i" 1 1 >/dev/null  # creates the topic
  read -r n s < <(node "$root/bench/fluvio/produce-bench.js" "$client_dir" "$endpoint" "node-$i" "$records" "$size")
  node_rates+=("$(awk -v n="$n" -v s="$s" 'BEGIN {printf "%.0f", n/s}')")
done
jm=$(printf '%s\n' "${java_rates[@]}" | median); nm=$(printf '%s\n' "${node_rates[@]}" | median)
echo "records per run: $records x $size B, runs: $runs"
echo "java runs (records/s): ${java_rates[*]}"
echo "node runs (records/s): ${node_rates[*]}"
awk -v j="$jm" -v n="$nm" -v sz="$size" 'BEGIN {
  printf "java  median: %.0f records/s, %.1f MB/s\n", j, j*sz/1e6;
  printf "node  median: %.0f records/s, %.1f MB/s\n", n, n*sz/1e6;
  printf "ratio java/node: %.2f\n", j/n }'
read -r p50 p99 < <(java -cp "$jar" "$root/bench/fluvio/ProduceBench.java" latency "$endpoint" latency "$rate" "$seconds")
echo "java end-to-end latency at $rate records/s for ${seconds}s: p50 ${p50} ms, p99 ${p99} ms"
