#!/usr/bin/env bash
# The throughput cost of metrics: records per second of bench/throughput's source in --dry-run
# (100-byte records to /dev/null: the per-record path with nothing else to wait for, so any
# per-record cost shows in full) with the runtime as built now, with it serving
# --metrics-address (not scraped), and with the runtime of BASE, a commit from before metrics.
# Whole process, JVM start included; both per second of wall time and per second of CPU time
# (user + system: on a shared, loaded machine it is the steadier of the two). The three
# variants are interleaved in each round; medians of the rounds, with min-max.
# Usage: bench/metrics/run.sh BASE [rounds=7] [records=2000000]
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
base=${1:?usage: bench/metrics/run.sh BASE-COMMIT [rounds] [records]}
rounds=${2:-7}; records=${3:-2000000}
work=target
rm -rf "$work" && mkdir -p "$work"/{classes,base} && : > "$work/times.txt"
(cd "$root" && mvn -q -B -o -pl runtime,processor -am install -DskipTests)
git -C "$root" archive "$base" | tar -x -C "$work/base"
(cd "$work/base" && mvn -q -B -o -pl runtime -am package -DskipTests)
cp_of() { (cd "$root" && mvn -q -B -o -pl "$1" dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$root/bench/metrics/$work/$1.cp" >/dev/null) && cat "$work/$1.cp"; }
third=$(cp_of runtime | tr ':' '\n' | grep -v '/io/tributary/' | paste -sd:)
now="$root/runtime/target/tributary-runtime-0.1.0.jar:$root/schema/target/tributary-schema-0.1.0.jar:$root/fluvio-client/target/tributary-fluvio-client-0.1.0.jar:$root/smartmodule/target/tributary-smartmodule-0.1.0.jar:$third"
b="$work/base"
before="$b/runtime/target/tributary-runtime-0.1.0.jar:$b/schema/target/tributary-schema-0.1.0.jar:$b/fluvio-client/target/tributary-fluvio-client-0.1.0.jar:$b/smartmodule/target/tributary-smartmodule-0.1.0.jar:$third"
proc="$root/processor/target/tributary-processor-0.1.0.jar:$(cp_of processor)"
javac -d "$work/classes" -cp "$now" -processorpath "$proc" -Atributary.version=1.0.0 \
  ../throughput/src/bench/*.java
run() { # name classpath args...
  local name=$1 cp=$2; shift 2
  /usr/bin/time -f "%e %U %S" -o "$work/time.out" java -cp "$work/classes:$cp" \
    io.tributary.cli.Main --fluvio-topic t --dry-run --rust-log off --count "$records" "$@" > /dev/null
  read -r wall user sys < "$work/time.out"
  echo "$name $(awk -v c="$records" -v w="$wall" -v u="$user" -v s="$sys" \
    'BEGIN{printf "%.0f %.0f", c/w, c/(u+s)}')" >> "$work/times.txt"
}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
for ((r = 0; r < rounds; r++)); do
  run before "$before"
  run metrics "$now"
  run served "$now" --metrics-address "127.0.0.1:$port"
done
stat() { sort -n | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%d %d %d\n", m, a[1], a[NR]}'; }
table() { # column title
  local col=$1 title=$2 bm bmin bmax m mn mx
  read -r bm bmin bmax < <(awk -v c=$col '$1=="before"{print $c}' "$work/times.txt" | stat)
  echo "| runtime | records per $title (median of $rounds) | min-max | vs before metrics |"
  echo "|---|---|---|---|"
  echo "| $base (before metrics) | $bm | $bmin-$bmax | 100% |"
  for name in metrics served; do
    read -r m mn mx < <(awk -v n=$name -v c=$col '$1==n{print $c}' "$work/times.txt" | stat)
    label=$([ $name = metrics ] && echo "now, no --metrics-address" || echo "now, --metrics-address (not scraped)")
    awk -v l="$label" -v m=$m -v mn=$mn -v mx=$mx -v b=$bm 'BEGIN{printf "| %s | %d | %d-%d | %.1f%% |\n", l, m, mn, mx, 100*m/b}'
  done
  echo
}
table 2 "wall second"
table 3 "CPU second"
echo "(100-byte records, $records per run; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | sed -n 1p))"
