#!/usr/bin/env bash
# Sink throughput: records/s from a topic of the test cluster through postgres-sink into a real
# PostgreSQL, against the database's own ceiling on the same machine: psql's \copy of the same
# rows from a file into the same (empty) table. RUNS runs, each \copy then the sink, back to
# back; prints medians with min-max, the per-run ratios, and the ratio sink / \copy last.
# Each run also loads the same rows with psql in pieces of BATCH_SIZE rows, one \copy (and one
# transaction) each: PostgreSQL's own cost per COPY command at the sink's batch size, printed as a
# second ratio beside the first (which stays the target's).
#
# The topic holds RECORDS JSON records {"n":<i>,"label":"r<i>"} (seeded once); the table is
# (n int NOT NULL, label text), re-created before each load. The sink reads from the beginning
# with --consumer-id (offsets stored as a deployed sink stores them: manual, after each
# committed batch) and --batch-size BATCH_SIZE; its rate is taken from its first committed batch
# to its last (JVM start-up left out), watched every 0.1 s through the offset the cluster
# confirmed storing for it (its --metrics-address, tributary_consumer_committed_offset: stored
# only after the database committed the batch), not by counting the table's rows, which would
# load the database while it is measured. The rows are counted once at the end.
# Over the same windows it reads the CPU time each process used (/proc), per 1,000 records: for
# \copy PostgreSQL's server and psql, for the sink its JVM (and by thread, for the last run),
# PostgreSQL's server and the test cluster. On a machine of few cores the sum is what caps the
# rate.
# BASELINE=DIR (optional): another checkout of this repository with its postgres-sink built
# (say, git archive <commit> | tar -x -C DIR, then the build below in DIR); each run then also
# loads the same rows with that sink, right before or after this one (in turn), and its figures
# and the ratio of the two sinks' medians are printed too: a before/after in one session.
# Needs: make -C examples/postgres-sink build (its jar), mvn -pl testkit -am install (the test
# cluster's jar), PostgreSQL's binaries (apt-get install postgresql), curl.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs="${RUNS:-5}"; records="${RECORDS:-1000000}"; batch="${BATCH_SIZE:-1000}"
TESTKIT="$root/testkit/target/tributary-testkit.jar"
sink="$root/examples/postgres-sink/postgres-sink"
[ -f "$TESTKIT" ] || { echo "missing $TESTKIT: run mvn -pl testkit -am install" >&2; exit 2; }
[ -f "$root/examples/postgres-sink/target/postgres-sink.jar" ] || { echo "missing the sink's jar: run make -C examples/postgres-sink build" >&2; exit 2; }
baseline="${BASELINE:-}"
if [ -n "$baseline" ]; then
  [ -x "$baseline/examples/postgres-sink/target/postgres-sink" ] || {
    echo "BASELINE=$baseline: expected a checkout with examples/postgres-sink/target/postgres-sink built (make -C examples/postgres-sink build there)" >&2; exit 2; }
  baseline=$(cd "$baseline" && pwd)
fi
source "$root/examples/postgres-sink/lib/postgres.bash"   # start_postgres, sql, stop_postgres
source "$root/examples/postgres-sink/lib/cluster.bash"    # start_cluster, topic_produce, stop_cluster

work=$(mktemp -d)
export CLUSTER_LOG_DIR="$work"
sink_pid=
cleanup() {
  [ -z "$sink_pid" ] || { kill "$sink_pid" 2>/dev/null; wait "$sink_pid" 2>/dev/null || true; }
  stop_cluster; stop_postgres; rm -rf "$work"
}
trap cleanup EXIT
start_postgres
start_cluster

seq 1 "$records" | awk '{printf "{\"n\":%d,\"label\":\"r%d\"}\n", $1, $1}' | topic_produce sink-bench
seq 1 "$records" | awk '{printf "%d\tr%d\n", $1, $1}' > "$work/rows.tsv"
chmod a+r "$work/rows.tsv"
# The same rows in pieces of BATCH_SIZE, one \copy each (psql commits each): what the database
# costs for batches of the sink's size.
mkdir "$work/piece-files"
split -l "$batch" -d -a 6 "$work/rows.tsv" "$work/piece-files/rows."
chmod -R a+rX "$work/piece-files"
for f in "$work"/piece-files/rows.*; do echo "\\copy readings (n, label) from '$f'"; done > "$work/pieces.sql"

fresh_table() { sql "DROP TABLE IF EXISTS readings; CREATE TABLE readings (n int NOT NULL, label text)"; }
count() { sql "SELECT count(*) FROM readings"; }
# stored: the records the sink has committed and the cluster stored the offset of (0 before any).
stored() {
  { curl -s "http://127.0.0.1:$port/metrics" || true; } \
    | awk '/^tributary_consumer_committed_offset\{partition="0"\} / {n = $2 + 1} END {print n + 0}'
}
now() { date +%s.%N; }
# CPU time in clock ticks: ticks PID (the process, threads included), pg_ticks (the PostgreSQL
# server: postmaster, live backends, and the backends that have exited, as its children's time).
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_ticks() {
  local pm; pm=$(head -1 "$PG_DIR/data/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for c in $(pgrep -P "$pm"); do awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || true; done
  } | awk '{s += $1} END {print s}'
}
# threads PID: per thread of the process, "tid name cpu-ns sleeps" (its run time in ns from
# schedstat, finer than clock ticks, and how often it went to sleep)
threads() {
  local t
  for t in /proc/"$1"/task/*; do
    echo "${t##*/} $(tr ' ' _ < "$t/comm") $(cut -d' ' -f1 "$t/schedstat" 2>/dev/null || echo 0)" \
      "$(awk '/^voluntary_ctxt_switches/ {print $2}' "$t/status" 2>/dev/null || echo 0)"
  done
}
# per_thread BEFORE AFTER N: CPU ms per 1,000 records by thread name (compiler and GC threads
# summed), the largest first, with how often it slept per 1,000 records (a wait for another
# thread: a hand-off)
per_thread() {
  join <(sort "$1") <(sort "$2") | awk -v n="$3" '
    {name = $2; sub(/#.*/, "", name); sub(/CompilerThre.*/, "JIT", name); sub(/-127\.0\.0\.1:.*/, "", name)
     t[name] += $6 - $3; v[name] += $7 - $4}
    END {for (k in t) if (t[k] > 0.005 * n * 1000) printf "%s %.2f (%.1f sleeps)\n", k, t[k] / n / 1000, v[k] * 1000 / n}' | sort -k2 -g -r
}
# per_krec TICKS_BEFORE TICKS_AFTER N: CPU milliseconds per 1,000 records
per_krec() { awk -v a="$1" -v b="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f\n", (b - a) * 1000 / hz / n * 1000}'; }

# load_sink LAUNCHER NAME RUN: one load of the topic by the sink LAUNCHER; its records/s and CPU
# per 1,000 records go to $work/NAME, $work/NAME-jvm, -pg, -cluster, its threads to
# $work/NAME-threads.
load_sink() {
  local launcher=$1 name=$2 i=$3 first last start end sink0 pg0 cluster0
  fresh_table
  port=$(free_port)
  "$launcher" --fluvio-endpoint "$FLUVIO_ENDPOINT" --fluvio-topic sink-bench --offset-start beginning \
    --consumer-id "$name-$i" --url "$PG_JDBC_URL" --table readings --batch-size "$batch" \
    --metrics-address "127.0.0.1:$port" > "$work/sink.log" 2>&1 &
  sink_pid=$!
  first=0
  until [ "$first" -gt 0 ]; do
    kill -0 "$sink_pid" 2>/dev/null || { cat "$work/sink.log" >&2; exit 1; }
    sleep 0.1; first=$(stored); start=$(now)
  done
  sink0=$(ticks "$sink_pid"); pg0=$(pg_ticks); cluster0=$(ticks "$CLUSTER_PID")
  threads "$sink_pid" > "$work/threads0"
  last=$first
  until [ "$last" -ge "$records" ]; do
    kill -0 "$sink_pid" 2>/dev/null || { cat "$work/sink.log" >&2; exit 1; }
    sleep 0.1; last=$(stored); end=$(now)
  done
  threads "$sink_pid" > "$work/threads1"
  per_thread "$work/threads0" "$work/threads1" "$((records - first))" > "$work/$name-threads"
  per_krec "$sink0" "$(ticks "$sink_pid")" "$((records - first))" >> "$work/$name-jvm"
  per_krec "$pg0" "$(pg_ticks)" "$((records - first))" >> "$work/$name-pg"
  per_krec "$cluster0" "$(ticks "$CLUSTER_PID")" "$((records - first))" >> "$work/$name-cluster"
  kill "$sink_pid"; wait "$sink_pid" 2>/dev/null || true; sink_pid=
  [ "$(count)" -eq "$records" ] || { echo "$launcher wrote $(count) rows, not $records" >&2; exit 1; }
  awk -v n="$((records - first))" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f\n", n/(e-s)}' >> "$work/$name"
}

for i in $(seq "$runs"); do
  fresh_table
  pg0=$(pg_ticks); self0=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  start=$(now)
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -c "\\copy readings (n, label) from '$work/rows.tsv'"
  end=$(now)
  sleep 0.2   # the postmaster reaps the backend: its time moves to the children's
  per_krec "$pg0" "$(pg_ticks)" "$records" >> "$work/copy-pg"
  per_krec "$self0" "$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)" "$records" >> "$work/copy-psql"
  [ "$(count)" -eq "$records" ] || { echo "\\copy loaded $(count) rows, not $records" >&2; exit 1; }
  awk -v n="$records" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f\n", n/(e-s)}' >> "$work/copy"

  fresh_table
  pg0=$(pg_ticks)
  start=$(now)
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -f "$work/pieces.sql"
  end=$(now)
  sleep 0.2
  per_krec "$pg0" "$(pg_ticks)" "$records" >> "$work/pieces-pg"
  [ "$(count)" -eq "$records" ] || { echo "the \\copy pieces loaded $(count) rows, not $records" >&2; exit 1; }
  awk -v n="$records" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f\n", n/(e-s)}' >> "$work/pieces"

  if [ -z "$baseline" ]; then
    load_sink "$sink" sink "$i"
  elif [ $((i % 2)) -eq 1 ]; then
    load_sink "$baseline/examples/postgres-sink/postgres-sink" baseline "$i"; load_sink "$sink" sink "$i"
  else
    load_sink "$sink" sink "$i"; load_sink "$baseline/examples/postgres-sink/postgres-sink" baseline "$i"
  fi
done

stats() { sort -g "$1" | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%.0f (%.0f-%.0f)", m, a[1], a[NR]}'; }
stats1() { sort -g "$1" | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%.1f (%.1f-%.1f)", m, a[1], a[NR]}'; }
median() { sort -g "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "$runs runs of $records records, table readings (n int NOT NULL, label text), sink --batch-size $batch --consumer-id"
echo "psql \\copy from a file:  records/s median $(stats "$work/copy")"
echo "psql \\copy in pieces of $batch rows, each committed: records/s median $(stats "$work/pieces")"
echo "postgres-sink from topic: records/s median $(stats "$work/sink")"
echo "CPU ms per 1,000 records, median (min-max):"
echo "  \\copy: PostgreSQL $(stats1 "$work/copy-pg"), psql $(stats1 "$work/copy-psql")"
echo "  \\copy in pieces of $batch rows: PostgreSQL $(stats1 "$work/pieces-pg")"
echo "  sink: its JVM $(stats1 "$work/sink-jvm"), PostgreSQL $(stats1 "$work/sink-pg"), test cluster $(stats1 "$work/sink-cluster")"
if [ -n "$baseline" ]; then
  echo "  baseline sink ($baseline): its JVM $(stats1 "$work/baseline-jvm"), PostgreSQL $(stats1 "$work/baseline-pg"), test cluster $(stats1 "$work/baseline-cluster")"
fi
echo "per-run ratio sink / \\copy: $(paste -d' ' "$work/sink" "$work/copy" | awk '{printf "%.3f\n", $1/$2}' > "$work/ratio"; stats_r() { sort -g "$1" | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%.2f (%.2f-%.2f)", m, a[1], a[NR]}'; }; stats_r "$work/ratio")"
by_thread() { awk '{printf "%s%s %s %s %s", (NR > 1 ? ", " : ""), $1, $2, $3, $4}' "$1"; }
echo "  sink JVM by thread, last run: $(by_thread "$work/sink-threads")"
if [ -n "$baseline" ]; then
  echo "  baseline sink JVM by thread, last run: $(by_thread "$work/baseline-threads")"
  echo "baseline sink from topic: records/s median $(stats "$work/baseline")"
  awk -v s="$(median "$work/baseline")" -v c="$(median "$work/copy")" 'BEGIN {printf "baseline sink / \\copy (medians of records/s): %.2f\n", s/c}'
  awk -v s="$(median "$work/sink")" -v b="$(median "$work/baseline")" 'BEGIN {printf "sink / baseline sink (medians of records/s): %.2f\n", s/b}'
fi
awk -v s="$(median "$work/sink")" -v c="$(median "$work/pieces")" 'BEGIN {printf "sink / \\copy in pieces of the sink'"'"'s batch size (medians of records/s): %.2f\n", s/c}'
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p), $("$PG_BIN/postgres" --version)"
awk -v s="$(median "$work/sink")" -v c="$(median "$work/copy")" 'BEGIN {printf "sink / \\copy (medians of records/s): %.2f\n", s/c}'
