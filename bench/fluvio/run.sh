#!/usr/bin/env bash
# Fluvio client benchmark, Tributary's Java client against the official client (@fluvio/client
# 0.14.9, the Rust client via Node), side by side against one test cluster in one session:
#  1. produce throughput of SIZE-byte records, RUNS runs of RECORDS records each, the two clients
#     alternating (which goes first alternates too), a fresh test cluster for each run;
#     records/s, client CPU and test-cluster CPU per record;
#  2. end-to-end latency (send to receive, each client with its own consumer) at RATE records/s
#     for SECONDS_LATENCY s, both with Fluvio's default producer settings, LATENCY_RUNS rounds;
#     and the Java client with linger 1 ms beside it;
#  3. consume throughput: each client reads a seeded topic of CONSUME_RECORDS records from the
#     beginning, RUNS runs alternating.
# Prints medians with min-max, per-run ratios, and the produce throughput ratio last.
# Needs: mvn -pl testkit -am install (testkit/target/tributary-testkit.jar), node, make tools.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/testkit/target/tributary-testkit.jar"
client_dir="${TRIBUTARY_FLUVIO_CLIENT_DIR:-$root/.tools/node_modules/@fluvio/client}"
runs="${RUNS:-5}"; records="${RECORDS:-300000}"; size="${SIZE:-1024}"
rate="${RATE:-1000}"; seconds="${SECONDS_LATENCY:-10}"; latency_runs="${LATENCY_RUNS:-3}"
consume_records="${CONSUME_RECORDS:-200000}"; port="${PORT:-19003}"
[ -f "$jar" ] || { echo "missing $jar: run mvn -pl testkit -am install" >&2; exit 2; }
[ -f "$client_dir/dist/linux/index.node" ] || { echo "missing the official client in $client_dir: run make tools" >&2; exit 2; }

work=$(mktemp -d)
cluster=
# A fresh test cluster for each run (it keeps every record in memory); BENCH_SERVER_PID lets the
# clients read its CPU time.
start_cluster() {
  java -Xmx3g -jar "$jar" --port "$port" > "$work/cluster.log" 2>&1 &
  cluster=$!
  export BENCH_SERVER_PID=$cluster
  for _ in $(seq 150); do grep -q ready "$work/cluster.log" && break; sleep 0.2; done
  grep -q ready "$work/cluster.log" || { echo "the test cluster did not start: $(cat "$work/cluster.log")" >&2; exit 1; }
}
stop_cluster() { kill "$cluster" 2>/dev/null; wait "$cluster" 2>/dev/null || true; cluster=; }
trap 'if [ -n "$cluster" ]; then stop_cluster; fi; rm -rf "$work"' EXIT
endpoint="127.0.0.1:$port"
# compiled once, not by the source launcher at every start (its javac would share the JVM's heap)
javac -d "$work/classes" -cp "$jar" "$root/bench/fluvio/ProduceBench.java"
jrun() { java -cp "$work/classes:$jar" ProduceBench "$endpoint" "$@"; }
# The official client's native binding now and then crashes (SIGSEGV), mostly in process.exit
# after it printed its result: a run counts when its line came out; one that crashed before is
# run again (at most 3 attempts), with a note on standard error.
nrun() {
  local out status attempt
  for attempt in 1 2 3; do
    status=0
    out=$(node "$root/bench/fluvio/produce-bench.js" "$client_dir" "$endpoint" "$@") || status=$?
    [ "$status" -eq 0 ] && break
    if [ -n "$out" ]; then
      echo "note: the official client's process exited with status $status after printing its result" >&2
      break
    fi
    echo "note: the official client's process exited with status $status before its result (attempt $attempt of 3)" >&2
    [ "$attempt" -lt 3 ] || return "$status"
  done
  printf '%s\n' "$out"
}
# "records seconds cpu server-cpu" -> "records/s client-us/record server-us/record"
rates() { awk '{printf "%.0f %.2f %.2f\n", $1/$2, 1e6*$3/$1, 1e6*$4/$1}'; }

produce_java() { jrun throughput "java-$1" "$records" "$size" | rates >> "$work/produce-java"; }
produce_node() { jrun topic "node-$1" >/dev/null; nrun throughput "node-$1" "$records" "$size" | rates >> "$work/produce-node"; }
for i in $(seq "$runs"); do
  start_cluster
  if (( i % 2 )); then produce_java "$i"; produce_node "$i"; else produce_node "$i"; produce_java "$i"; fi
  stop_cluster
done

start_cluster
for i in $(seq "$latency_runs"); do
  jrun latency "lat-java-$i" "$rate" "$seconds" "$size" >> "$work/latency-java"
  jrun topic "lat-node-$i" >/dev/null
  nrun latency "lat-node-$i" "$rate" "$seconds" "$size" >> "$work/latency-node"
  jrun latency "lat-java1-$i" "$rate" "$seconds" "$size" 1 >> "$work/latency-java-linger1"
done

stop_cluster

start_cluster
jrun throughput consume-seed "$consume_records" 256 >/dev/null # seeded by the Java client
for i in $(seq "$runs"); do
  if (( i % 2 )); then
    jrun consume consume-seed "$consume_records" | rates >> "$work/consume-java"
    nrun consume consume-seed "$consume_records" | rates >> "$work/consume-node"
  else
    nrun consume consume-seed "$consume_records" | rates >> "$work/consume-node"
    jrun consume consume-seed "$consume_records" | rates >> "$work/consume-java"
  fi
done
stop_cluster

# median, min and max of column $2 of file $1
stats() { cut -d' ' -f"$2" "$1" | sort -g | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%s (%s-%s)", m, a[1], a[NR]}'; }
median() { cut -d' ' -f"$2" "$1" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# per-run ratio of column $3 between files $1 and $2: median (min-max)
paired() { paste -d' ' <(cut -d' ' -f"$3" "$1") <(cut -d' ' -f"$3" "$2") | awk '{printf "%.2f\n", $1/$2}' | sort -g \
  | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%.2fx (%.2f-%.2f)", m, a[1], a[NR]}'; }

echo "produce: $runs runs of $records records x $size B, one partition, default producer settings"
echo "  java records/s: $(stats "$work/produce-java" 1); client CPU us/record: $(stats "$work/produce-java" 2); test-cluster CPU us/record: $(stats "$work/produce-java" 3)"
echo "  node records/s: $(stats "$work/produce-node" 1); client CPU us/record: $(stats "$work/produce-node" 2); test-cluster CPU us/record: $(stats "$work/produce-node" 3)"
echo "  per-run ratio java/node records/s: $(paired "$work/produce-java" "$work/produce-node" 1); client CPU per record: $(paired "$work/produce-java" "$work/produce-node" 2)"
echo "latency at $rate records/s of $size B for ${seconds}s (first second left out), $latency_runs rounds, p50 / p99 ms medians (min-max):"
echo "  java, default settings:  p50 $(stats "$work/latency-java" 1), p99 $(stats "$work/latency-java" 2)"
echo "  node, default settings:  p50 $(stats "$work/latency-node" 1), p99 $(stats "$work/latency-node" 2)"
echo "  java, linger 1 ms:       p50 $(stats "$work/latency-java-linger1" 1), p99 $(stats "$work/latency-java-linger1" 2)"
echo "consume: $runs runs of $consume_records records x 256 B from the beginning, one partition"
echo "  java records/s: $(stats "$work/consume-java" 1); client CPU us/record: $(stats "$work/consume-java" 2)"
echo "  node records/s: $(stats "$work/consume-node" 1); client CPU us/record: $(stats "$work/consume-node" 2)"
echo "  consume ratio java/node records/s: $(paired "$work/consume-java" "$work/consume-node" 1), ratio of medians $(awk -v j="$(median "$work/consume-java" 1)" -v n="$(median "$work/consume-node" 1)" 'BEGIN {printf "%.2f", j/n}')"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p), node $(node --version)"
awk -v j="$(median "$work/produce-java" 1)" -v n="$(median "$work/produce-node" 1)" \
  'BEGIN {printf "produce ratio java/node (medians of records/s): %.2f\n", j/n}'
