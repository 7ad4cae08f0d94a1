#!/usr/bin/env bash
# Sink throughput: records/s from a topic of the test cluster through postgres-sink into a real
# PostgreSQL, against the database's own ceiling on the same machine: psql's \copy of the same
# rows from a file into the same (empty) table. RUNS runs, each \copy then the sink, back to
# back; prints medians with min-max, the per-run ratios, and the ratio sink / \copy last.
#
# The topic holds RECORDS JSON records {"n":<i>,"label":"r<i>"} (seeded once); the table is
# (n int NOT NULL, label text), re-created before each load. The sink reads from the beginning
# with --consumer-id (offsets stored as a deployed sink stores them: manual, after each
# committed batch) and --batch-size BATCH_SIZE; its rate is taken from its first row to its
# last (JVM start-up left out; the row count polled every 0.1 s).
# Needs: make -C examples/postgres-sink build (its jar), mvn -pl testkit -am install (the test
# cluster's jar), PostgreSQL's binaries (apt-get install postgresql).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs="${RUNS:-5}"; records="${RECORDS:-200000}"; batch="${BATCH_SIZE:-1000}"
TESTKIT="$root/testkit/target/tributary-testkit.jar"
sink="$root/examples/postgres-sink/postgres-sink"
[ -f "$TESTKIT" ] || { echo "missing $TESTKIT: run mvn -pl testkit -am install" >&2; exit 2; }
[ -f "$root/examples/postgres-sink/target/postgres-sink.jar" ] || { echo "missing the sink's jar: run make -C examples/postgres-sink build" >&2; exit 2; }
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

fresh_table() { sql "DROP TABLE IF EXISTS readings; CREATE TABLE readings (n int NOT NULL, label text)"; }
count() { sql "SELECT count(*) FROM readings"; }
now() { date +%s.%N; }

for i in $(seq "$runs"); do
  fresh_table
  start=$(now)
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U "$PG_USER" -d postgres \
    -c "\\copy readings (n, label) from '$work/rows.tsv'"
  end=$(now)
  [ "$(count)" -eq "$records" ] || { echo "\\copy loaded $(count) rows, not $records" >&2; exit 1; }
  awk -v n="$records" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f\n", n/(e-s)}' >> "$work/copy"

  fresh_table
  "$sink" --fluvio-endpoint "$FLUVIO_ENDPOINT" --fluvio-topic sink-bench --offset-start beginning \
    --consumer-id "bench-$i" --url "$PG_JDBC_URL" --table readings --batch-size "$batch" \
    > "$work/sink.log" 2>&1 &
  sink_pid=$!
  first=0
  until [ "$first" -gt 0 ]; do
    kill -0 "$sink_pid" 2>/dev/null || { cat "$work/sink.log" >&2; exit 1; }
    sleep 0.1; first=$(count); start=$(now)
  done
  last=$first
  until [ "$last" -ge "$records" ]; do
    kill -0 "$sink_pid" 2>/dev/null || { cat "$work/sink.log" >&2; exit 1; }
    sleep 0.1; last=$(count); end=$(now)
  done
  kill "$sink_pid"; wait "$sink_pid" 2>/dev/null || true; sink_pid=
  [ "$last" -eq "$records" ] || { echo "the sink wrote $last rows, not $records" >&2; exit 1; }
  awk -v n="$((records - first))" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f\n", n/(e-s)}' >> "$work/sink"
done

stats() { sort -g "$1" | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%.0f (%.0f-%.0f)", m, a[1], a[NR]}'; }
median() { sort -g "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "$runs runs of $records records, table readings (n int NOT NULL, label text), sink --batch-size $batch --consumer-id"
echo "psql \\copy from a file:  records/s median $(stats "$work/copy")"
echo "postgres-sink from topic: records/s median $(stats "$work/sink")"
echo "per-run ratio sink / \\copy: $(paste -d' ' "$work/sink" "$work/copy" | awk '{printf "%.3f\n", $1/$2}' > "$work/ratio"; stats_r() { sort -g "$1" | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); printf "%.2f (%.2f-%.2f)", m, a[1], a[NR]}'; }; stats_r "$work/ratio")"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p), $("$PG_BIN/postgres" --version)"
awk -v s="$(median "$work/sink")" -v c="$(median "$work/copy")" 'BEGIN {printf "sink / \\copy (medians of records/s): %.2f\n", s/c}'
