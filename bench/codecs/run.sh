#!/usr/bin/env bash
# Codec benchmark: produce throughput of JSON records into the test cluster for each batch codec
# (none, gzip, snappy, lz4, zstd), RUNS rounds measured in one session with the codecs
# interleaved in each round; then the compression ratio and the encode/decode speed of each
# codec on the same records, grouped into batches as the producer groups them.
# Needs: mvn -pl testkit -am install (for testkit/target/tributary-testkit.jar).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/testkit/target/tributary-testkit.jar"
runs="${RUNS:-5}"; records="${RECORDS:-50000}"; port="${PORT:-19013}"
codecs=(none gzip snappy lz4 zstd)
[ -f "$jar" ] || { echo "missing $jar: run mvn -pl testkit -am install" >&2; exit 2; }

log=$(mktemp)
java -jar "$jar" --port "$port" > "$log" 2>&1 < /dev/null &
cluster=$!
trap 'kill $cluster 2>/dev/null; wait $cluster 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q ready "$log" && break; sleep 0.2; done
grep -q ready "$log" || { echo "the test cluster did not start: $(cat "$log")" >&2; exit 1; }
endpoint="127.0.0.1:$port"

declare -A rates mbs
for i in $(seq "$runs"); do
  for c in "${codecs[@]}"; do
    read -r n s b < <(java -cp "$jar" "$root/bench/codecs/CodecBench.java" produce "$endpoint" \
      "codec-$c-$i" "$c" "$records")
    rates[$c]+="$(awk -v n="$n" -v s="$s" 'BEGIN {printf "%.0f", n/s}') "
    mbs[$c]+="$(awk -v b="$b" -v s="$s" 'BEGIN {printf "%.1f", b/s/1e6}') "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
range() { tr ' ' '\n' | grep . | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {print lo "–" hi}'; }
echo "produce: $records JSON records a run, $runs runs, codecs interleaved in each run"
printf '%-7s %12s %14s %10s  %s\n' codec "records/s" "range" "MB/s" "runs (records/s)"
base=$(echo "${rates[none]}" | median)
for c in "${codecs[@]}"; do
  m=$(echo "${rates[$c]}" | median)
  printf '%-7s %12s %14s %10s  %s (%.2f of none)\n' "$c" "$m" "$(echo "${rates[$c]}" | range)" \
    "$(echo "${mbs[$c]}" | median)" "${rates[$c]}" "$(awk -v m="$m" -v b="$base" 'BEGIN {print m/b}')"
done
for size in 16384 1000000; do
  echo
  echo "ratio and codec speed, batches of up to $size bytes (MB/s of record bytes: median, min–max of 7 passes)"
  java -cp "$jar" "$root/bench/codecs/CodecBench.java" ratio "$records" "$size" | awk '
    NR == 1 { print; printf "%-7s %12s %7s %24s %24s\n", "codec", "bytes", "ratio", "encode MB/s", "decode MB/s"; next }
    { printf "%-7s %12s %7s %10s (%s–%s) %10s (%s–%s)\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }'
done
