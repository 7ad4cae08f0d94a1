#!/usr/bin/env bash
# Consume throughput of Tributary's Fluvio client from the test cluster: 3 partitions vs 1, and
# stored offsets with strategy auto at the default flush period (10 s) vs none. The four variants
# run in turn within each of RUNS runs (one JVM, one cluster), after an untimed warm-up round;
# the script prints medians and min-max of records/s, and the medians and min-max of the per-run
# ratios between variants (each pair measured back to back, under the same load), for throughput
# and for the bench JVM's CPU time per record.
# Needs: mvn -pl testkit -am install (for testkit/target/tributary-testkit.jar).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/testkit/target/tributary-testkit.jar"
runs="${RUNS:-7}"; records="${RECORDS:-200000}"; size="${SIZE:-256}"; port="${PORT:-19013}"
[ -f "$jar" ] || { echo "missing $jar: run mvn -pl testkit -am install" >&2; exit 2; }

log=$(mktemp)
java -jar "$jar" --port "$port" > "$log" 2>&1 &
cluster=$!
trap 'kill $cluster 2>/dev/null; wait $cluster 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q ready "$log" && break; sleep 0.2; done
grep -q ready "$log" || { echo "the test cluster did not start: $(cat "$log")" >&2; exit 1; }

out=$(java -cp "$jar" "$root/bench/fluvio/ConsumeBench.java" "127.0.0.1:$port" "$records" "$size" "$runs")
echo "records per run: $records x $size B, runs: $runs (after one warm-up round)"
echo "$out" | awk -v size="$size" '
  function sort(a, n,   i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
  }
  function median(a, n) { sort(a, n); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  # per-run ratio of two variants (run in turn, so each pair shares the machine'"'"'s load)
  function paired(x, y, label,   i, r) {
    for (i = 1; i <= runs; i++) r[i] = rate[x, i] / rate[y, i]
    printf "%-44s median %.2fx, min %.2fx, max %.2fx\n", label, median(r, runs), r[1], r[runs]
  }
  {
    runs = NF - 1
    for (i = 1; i <= runs; i++) { rate[$1, i] = $(i + 1); v[i] = $(i + 1) }
    md = median(v, runs)
    if ($1 ~ /-cpu$/) printf "%-22s median %6.0f ns CPU/record, min %6.0f, max %6.0f\n", $1, md, v[1], v[runs]
    else printf "%-22s median %8.0f records/s (%.1f MB/s), min %8.0f, max %8.0f\n", $1, md, md * size / 1e6, v[1], v[runs]
  }
  END {
    paired("3-partitions-none", "1-partition-none", "3 partitions / 1 partition, no offsets:")
    paired("3-partitions-auto", "1-partition-auto", "3 partitions / 1 partition, auto:")
    paired("1-partition-auto", "1-partition-none", "auto / none, 1 partition:")
    paired("3-partitions-auto", "3-partitions-none", "auto / none, 3 partitions:")
    paired("1-partition-auto-cpu", "1-partition-none-cpu", "CPU per record, auto / none, 1 partition:")
    paired("3-partitions-auto-cpu", "3-partitions-none-cpu", "CPU per record, auto / none, 3 partitions:")
  }'
