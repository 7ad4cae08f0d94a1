#!/usr/bin/env bash
# First-record benchmark: wall time from process start to the first record acknowledged by the
# test cluster, then exit. `test-connector --count 1` (through its launcher, which maps the
# class-data sharing archive, and through plain `java -jar`) against the official Fluvio client
# (@fluvio/client 0.14.9, Rust via Node: first-record.js connects, creates a producer, sends one
# record and flushes). All produce into topics that exist already, on the same embedded test
# cluster (testkit), interleaved round by round so all see the same machine load. After the
# runs, each topic is read back: every run's record must be there.
# Usage: bench/first-record/run.sh [runs, default 15]   (BUILD=0 skips the build)
#   BASELINE_EXE=<an earlier test-connector single executable> also times it (before/after
#   figures under the same load); give it a class-data sharing archive made for its own path
#   (docs/connector-parent.md: `java -XX:ArchiveClassesAtExit=<exe>.jsa -cp <exe>
#   io.tributary.cli.ArchiveTraining`), as the build does for target/test-connector.
# Needs: node (the official client is installed into .tools/ by `make tools` when missing).
# Prints a table, then the ratios to the official client, last.
set -euo pipefail
cd "$(dirname "$0")"
here=$PWD
root=$(cd ../.. && pwd)
runs=${1:-15}
client_dir=${TRIBUTARY_FLUVIO_CLIENT_DIR:-$root/.tools/node_modules/@fluvio/client}
work=$here/target
rm -rf "$work" && mkdir -p "$work"

if [ "${BUILD:-1}" != 0 ]; then
  (cd "$root" && mvn -q -B -pl examples/test-connector,testkit -am install -DskipTests)
fi
[ -f "$client_dir/dist/linux/index.node" ] || (cd "$root" && make tools)
testkit=$root/testkit/target/tributary-testkit.jar
tc=$root/examples/test-connector

java -jar "$testkit" --port 0 --topic fr-node --topic fr-launcher --topic fr-jar --topic fr-baseline \
  < /dev/null > "$work/cluster.log" 2>&1 &
cluster=$!
trap 'kill $cluster 2>/dev/null; wait $cluster 2>/dev/null || true' EXIT
for _ in $(seq 300); do grep -q 'cluster ready' "$work/cluster.log" && break; sleep 0.1; done
grep -q 'cluster ready' "$work/cluster.log" || { cat "$work/cluster.log" >&2; exit 1; }
endpoint=$(grep -o 'SC [0-9.]*:[0-9]*' "$work/cluster.log" | cut -d' ' -f2)

labels=(official-client launcher java-jar)
commands=(
  "node $here/first-record.js $client_dir $endpoint fr-node"
  "$tc/test-connector --fluvio-endpoint $endpoint --fluvio-topic fr-launcher --count 1"
  "java -jar $tc/target/test-connector.jar --fluvio-endpoint $endpoint --fluvio-topic fr-jar --count 1"
)
topics=(fr-node fr-launcher fr-jar)
if [ -n "${BASELINE_EXE:-}" ]; then
  labels+=(baseline)
  commands+=("$BASELINE_EXE --fluvio-endpoint $endpoint --fluvio-topic fr-baseline --count 1")
  topics+=(fr-baseline)
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$work/times.txt"
for ((r = -1; r < runs; r++)); do  # round -1: a warm-up, not counted
  for i in "${!labels[@]}"; do
    start=$EPOCHREALTIME
    ${commands[$i]} > "$work/out.txt" 2>&1 || { cat "$work/out.txt" >&2; exit 1; }
    end=$EPOCHREALTIME
    [ "$r" -lt 0 ] || printf '%s\t%s\n' "$i" "$(echo "($end - $start) * 1000" | bc)" >> "$work/times.txt"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

for i in "${!labels[@]}"; do  # every run's record reached the cluster
  got=$(java -cp "$testkit" io.tributary.testkit.TopicTool consume "$endpoint" "${topics[$i]}" \
    $((runs + 1)) 30 | grep -c 'Hello, Fluvio - 1' || true)
  [ "$got" -eq $((runs + 1)) ] || { echo "${topics[$i]}: $got records, expected $((runs + 1))" >&2; exit 1; }
done

q() { awk -F'\t' -v i="$1" '$1 == i { print $2 }' "$work/times.txt" | sort -n \
  | awk -v q="$2" '{ a[NR] = $1 } END { p = 1 + (NR - 1) * q; f = int(p);
      printf "%.1f", a[f] + (p - f) * (f < NR ? a[f + 1] - a[f] : 0) }'; }
ref=$(q 0 0.5)
echo
echo "| process | median wall (ms) | p25-p75 (ms) | min (ms) | / official client |"
echo "|---|---|---|---|---|"
for i in "${!labels[@]}"; do
  awk -v l="${labels[$i]}" -v w="$(q "$i" 0.5)" -v lo="$(q "$i" 0.25)" -v hi="$(q "$i" 0.75)" \
    -v min="$(q "$i" 0)" -v ref="$ref" \
    'BEGIN { printf "| %s | %.0f | %.0f-%.0f | %.0f | %.2fx |\n", l, w, lo, hi, min, w / ref }'
done
echo
echo "$runs rounds after a warm-up, interleaved; $(nproc) cores; load average $load_before before, $load_after after;"
echo "$(java -version 2>&1 | sed -n 1p); node $(node --version); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Ratios to the official client (median wall; target <= 1.5x):"
for ((i = 1; i < ${#labels[@]}; i++)); do
  awk -v l="${labels[$i]}" -v w="$(q "$i" 0.5)" -v ref="$ref" \
    'BEGIN { printf "  test-connector, %-10s %.2fx\n", l, w / ref }'
done
