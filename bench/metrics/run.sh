#!/usr/bin/env bash
# The throughput cost of metrics where it is largest: bench/throughput's source in --dry-run
# (100-byte records to a null stream: the per-record path with nothing else to wait for, so any
# per-record cost shows in full). MetricsBench.java runs, in one JVM, each runtime in its own
# class loader: that of BASE (a commit from before metrics), the same again (an A/A control:
# what two identical runtimes differ by shows the resolution), the runtime as built now, and
# now serving --metrics-address (not scraped). In each round every variant runs at the same
# time as BASE, on two threads, each timed by its own thread's CPU time (so neither JVM start,
# JIT and GC threads nor waiting for a core on a loaded machine count, and both meet the same
# load); its ratio is to the BASE run beside it. Where the JIT puts each runtime's code differs
# from JVM to JVM, so JVMS JVMs run it in turn, the class loaders created in a rotated order;
# each prints its table, and the last lines are the median over the JVMs of each variant's
# median ratio to BASE, with min-max.
# Usage: bench/metrics/run.sh BASE [rounds per JVM=7] [records per run=500000] [JVMs=5]
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
base=${1:?usage: bench/metrics/run.sh BASE-COMMIT [rounds] [records]}
rounds=${2:-7}; records=${3:-500000}; jvms=${4:-5}
work=target
built="$work/base-$(git -C "$root" rev-parse --short "$base")"   # kept: BASE does not change
rm -rf "$work/classes" && mkdir -p "$work/classes"
(cd "$root" && mvn -q -B -o -pl runtime,processor -am install -DskipTests)
if [ ! -f "$built/runtime/target/tributary-runtime-0.1.0.jar" ]; then
  rm -rf "$built" && mkdir -p "$built"
  git -C "$root" archive "$base" | tar -x -C "$built"
  (cd "$built" && mvn -q -B -o -pl runtime -am package -DskipTests -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true)
fi
cp_of() { (cd "$root" && mvn -q -B -o -pl "$1" dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$root/bench/metrics/$work/$1.cp" >/dev/null) && cat "$work/$1.cp"; }
third=$(cp_of runtime | tr ':' '\n' | grep -v '/io/tributary/' | paste -sd:)
jars() { echo "$1/runtime/target/tributary-runtime-0.1.0.jar:$1/schema/target/tributary-schema-0.1.0.jar:$1/fluvio-client/target/tributary-fluvio-client-0.1.0.jar:$1/smartmodule/target/tributary-smartmodule-0.1.0.jar:$third"; }
now=$(jars "$root")
before=$(jars "$PWD/$built")
proc="$root/processor/target/tributary-processor-0.1.0.jar:$(cp_of processor)"
javac -d "$work/classes" -cp "$now" -processorpath "$proc" -Atributary.version=1.0.0 \
  ../throughput/src/bench/*.java
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
c="$PWD/$work/classes"
variants=("$base=$c:$before" "$base again=$c:$before" "now=$c:$now" "now --metrics-address=$c:$now")
: > "$work/ratios.txt"
for ((j = 0; j < jvms; j++)); do
  rotated=("${variants[@]:j%4}" "${variants[@]:0:j%4}")
  echo "JVM $((j + 1)) of $jvms:"
  java MetricsBench.java "$rounds" "$records" "$port" "$base" "${rotated[@]}" | tee -a "$work/ratios.txt" \
    | grep -v '^ratio'
done
echo "Median over $jvms JVMs of each JVM's median ratio of CPU time per record to $base run beside it:"
for name in "$base again" "now" "now --metrics-address"; do
  awk -F'\t' -v n="$name" '$1 == "ratio" && $2 == n {print $3}' "$work/ratios.txt" | sort -n \
    | awk -v n="$name" '{a[NR] = $1} END {m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
        printf "%s: %.3f (min-max %.3f-%.3f)\n", n, m, a[1], a[NR]}'
done
