#!/usr/bin/env bash
# Start-up benchmark: whole-process wall time, peak RSS and loaded classes of `metadata` and
# `validate`, against a floor program (a one-class `java -jar` printing the same JSON from a
# resource), side by side in one run: each round runs every variant once, in turn, so all see
# the same machine load. Variants, each through plain `java -jar`, the example's launcher script
# and the single executable (which maps the class-data sharing archive the connector parent
# builds):
#   metadata     test-connector metadata
#   validate     test-connector validate with two options (--fluvio-topic, --count)
#   validate-12  bench-source (connector/, a dozen options of mixed types) validate with all 12
# Usage: bench/startup/run.sh [runs, default 15]
#   BASELINE_JAR=<an earlier test-connector.jar> also times `java -jar` of that jar (metadata
#   and validate), for before/after figures under the same load. BUILD=0 skips the build.
# Needs GNU time (/usr/bin/time). Prints a table, then the ratios to the floor, last.
set -euo pipefail
cd "$(dirname "$0")"
here=$PWD
root=$(cd ../.. && pwd)
runs=${1:-15}
work=$here/target
rm -rf "$work" && mkdir -p "$work/floor/META-INF"

# The connectors, as users build them: runtime and parent from this tree, then the example and
# the bench connector through the connector parent (jar, single executable, archive).
if [ "${BUILD:-1}" != 0 ]; then  # BUILD=0: use what was built before
  (cd "$root" && mvn -q -B -pl examples/test-connector -am install -DskipTests)
  (cd connector && mvn -q -B package)
fi
tc=$root/examples/test-connector
bs=$here/connector/target/bench-source
[ -f "$tc/target/test-connector.jsa" ] || echo "warning: no class-data sharing archive was built" >&2

javac -d "$work/floor" floor/Floor.java
unzip -p "$tc/target/test-connector.jar" META-INF/tributary/connectors/test-connector.json \
  > "$work/floor/META-INF/metadata.json"
printf 'Main-Class: Floor\n' > "$work/floor-manifest.txt"
jar cfm "$work/floor.jar" "$work/floor-manifest.txt" -C "$work/floor" .
cmp <(java -jar "$tc/target/test-connector.jar" metadata) <(java -jar "$work/floor.jar")
# The same floor program inside a copy of the connector's jar (its ~1,850 entries, Multi-Release):
# what opening a jar of that size costs `java -jar`, apart from anything the runtime does.
cp "$tc/target/test-connector.jar" "$work/floor-in-connector-jar.jar"
jar --update --file "$work/floor-in-connector-jar.jar" --main-class Floor -C "$work/floor" .
cmp <(java -jar "$work/floor-in-connector-jar.jar") <(java -jar "$work/floor.jar")

two=(validate --fluvio-topic bench --count 5)
twelve=(validate --fluvio-topic bench --endpoint https://example.com/api --interval 30s
        --method POST --retries 5 --header A:1 --token s3cr3t-token --verbose --batch-size 500
        --ratio 0.5 --tag a --label k=v --proxy proxy.local:8080)
labels=() commands=()
variant() { labels+=("$1"); commands+=("$2"); }
variant floor "java -jar $work/floor.jar"
variant "floor in the connector's jar" "java -jar $work/floor-in-connector-jar.jar"
variant "metadata, java -jar" "java -jar $tc/target/test-connector.jar metadata"
variant "metadata, launcher" "$tc/test-connector metadata"
variant "metadata, executable" "$tc/target/test-connector metadata"
variant "validate, java -jar" "java -jar $tc/target/test-connector.jar ${two[*]}"
variant "validate, launcher" "$tc/test-connector ${two[*]}"
variant "validate, executable" "$tc/target/test-connector ${two[*]}"
variant "validate-12, java -jar" "java -jar $bs.jar ${twelve[*]}"
variant "validate-12, executable" "$bs ${twelve[*]}"
if [ -n "${BASELINE_JAR:-}" ]; then
  variant "metadata, baseline java -jar" "java -jar $BASELINE_JAR metadata"
  variant "validate, baseline java -jar" "java -jar $BASELINE_JAR ${two[*]}"
fi

# Each command once with class loading logged: all classes, and those not mapped from a
# class-data sharing archive (the JDK's own, or the connector's).
classes=()
for i in "${!labels[@]}"; do
  ${commands[$i]} >/dev/null  # fails loudly if the command does
  log=$(JAVA_OPTS=-Xlog:class+load:stdout eval "${commands[$i]/#java /java -Xlog:class+load:stdout }")
  all=$(grep -c 'class,load' <<< "$log" || true)
  shared=$(grep -c 'source: shared objects file' <<< "$log" || true)
  classes+=("$all ($((all - shared)))")
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$work/times.txt"
for ((r = 0; r < runs; r++)); do
  for i in "${!labels[@]}"; do
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$work/rss.txt" ${commands[$i]} >/dev/null 2>&1
    end=$EPOCHREALTIME
    printf '%s\t%s\t%s\n' "$i" "$(echo "($end - $start) * 1000" | bc)" "$(cat "$work/rss.txt")" \
      >> "$work/times.txt"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# quantile Q of column C of variant I
q() { awk -F'\t' -v i="$1" -v c="$2" '$1 == i { print $c }' "$work/times.txt" | sort -n \
  | awk -v q="$3" '{ a[NR] = $1 } END { p = 1 + (NR - 1) * q; f = int(p);
      printf "%.1f", a[f] + (p - f) * (f < NR ? a[f + 1] - a[f] : 0) }'; }
floor_wall=$(q 0 2 0.5) floor_rss=$(q 0 3 0.5)
echo
echo "| variant | median wall (ms) | p25-p75 (ms) | min (ms) | wall / floor | median peak RSS (MiB) | RSS / floor | classes loaded (not from an archive) |"
echo "|---|---|---|---|---|---|---|---|"
for i in "${!labels[@]}"; do
  w=$(q "$i" 2 0.5) rss=$(q "$i" 3 0.5)
  awk -v l="${labels[$i]}" -v w="$w" -v lo="$(q "$i" 2 0.25)" -v hi="$(q "$i" 2 0.75)" \
    -v min="$(q "$i" 2 0)" -v fw="$floor_wall" -v r="$rss" -v fr="$floor_rss" -v c="${classes[$i]}" \
    'BEGIN { printf "| %s | %.0f | %.0f-%.0f | %.0f | %.2fx | %.1f | %.2fx | %s |\n",
             l, w, lo, hi, min, w / fw, r / 1024, r / fr, c }'
done
echo
echo "$runs rounds, interleaved; $(nproc) cores; load average $load_before before, $load_after after;"
echo "$(java -version 2>&1 | sed -n 1p); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Ratios to the floor (median wall; targets: metadata <= 1.1x, validate <= 2.0x, RSS <= 1.2x):"
for i in "${!labels[@]}"; do
  [ "$i" -eq 0 ] && continue
  awk -v l="${labels[$i]}" -v w="$(q "$i" 2 0.5)" -v fw="$floor_wall" -v r="$(q "$i" 3 0.5)" \
    -v fr="$floor_rss" 'BEGIN { printf "  %-32s wall %.2fx   RSS %.2fx\n", l, w / fw, r / fr }'
done
