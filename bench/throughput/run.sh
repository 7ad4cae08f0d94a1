#!/usr/bin/env bash
# SmartModule throughput through a connector (issue 3): records/s of a source in --dry-run with no
# SmartModule, and with filter, map and array_map, each compiled (Chicory's compiler, the default)
# and interpreted, on 100-byte records. Whole-process wall time including JVM start, so each run
# sends enough records to dominate it. Variants are interleaved; medians of the runs.
# Usage: bench/throughput/run.sh [runs=5] [records=500000] [interpreted records=50000]
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
runs=${1:-5}; records=${2:-500000}; slow=${3:-50000}
work=target
rm -rf "$work" && mkdir -p "$work"/{classes,fat} && : > "$work/times.txt"
(cd "$root" && mvn -q -B -o -pl runtime,processor -am install -DskipTests)
cp_of() { (cd "$root" && mvn -q -B -o -pl "$1" dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$root/bench/throughput/$work/$1.cp" >/dev/null) && cat "$work/$1.cp"; }
rt="$root/runtime/target/tributary-runtime-0.1.0.jar:$(cp_of runtime)"
proc="$root/processor/target/tributary-processor-0.1.0.jar:$(cp_of processor)"
javac -d "$work/classes" -cp "$rt" -processorpath "$proc:$rt" -Atributary.version=1.0.0 src/bench/*.java
"$root/scripts/build-test-wasm.sh" "$work/wasm" >/dev/null
cp="$work/classes:$rt"
mods=(none "--filter $work/wasm/filter_contains.wasm" "--map $work/wasm/map_upper.wasm"
      "--arraymap $work/wasm/array_map_split.wasm")
names=(none filter map array_map)
run() { # name mode count args...
  local name=$1 mode=$2 count=$3; shift 3
  local start end
  start=$(date +%s.%N)
  java -Dtributary.smartmodule.mode="$mode" -cp "$cp" io.tributary.cli.Main --fluvio-topic t \
    --dry-run --rust-log off --count "$count" "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$name $mode $(awk -v c=$count -v s=$start -v e=$end 'BEGIN{printf "%.0f", c/(e-s)}')" >> "$work/times.txt"
}
for ((r = 0; r < runs; r++)); do
  for i in "${!names[@]}"; do
    extra=(); [ "${names[$i]}" = none ] || extra=(${mods[$i]})
    # a filter needs its parameter
    [ "${names[$i]}" = filter ] && extra=(--transform "{\"uses\":\"$work/wasm/filter_contains.wasm\",\"with\":{\"key\":\"keep\"}}")
    run "${names[$i]}" compiler "$records" "${extra[@]}"
    [ "${names[$i]}" = none ] || run "${names[$i]}" interpreter "$slow" "${extra[@]}"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
base=$(awk '$1=="none"{print $3}' "$work/times.txt" | median)
echo "| SmartModule | mode | records/s (median of $runs) | share of no-SmartModule |"
echo "|---|---|---|---|"
echo "| none | - | $base | 100% |"
for name in filter map array_map; do
  for mode in compiler interpreter; do
    v=$(awk -v n=$name -v m=$mode '$1==n && $2==m {print $3}' "$work/times.txt" | median)
    awk -v n=$name -v m=$mode -v v=$v -v b=$base 'BEGIN{printf "| %s | %s | %d | %.0f%% |\n", n, m, v, 100*v/b}'
  done
done
echo "(100-byte records; $records records per compiled or plain run, $slow per interpreted run; $(nproc) cores; $(java -version 2>&1 | sed -n 1p))"
