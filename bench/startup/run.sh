#!/usr/bin/env bash
# Start-up benchmark (issue 2): whole-process wall time and peak RSS of `metadata` and `validate`
# on a connector with a dozen options, against a floor program (plain `java -jar` printing the
# same JSON from a resource). Runs are interleaved so all variants see the same machine load.
# Usage: bench/startup/run.sh [runs]   (default 15). Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
runs=${1:-15}
work=target
rm -rf "$work" && mkdir -p "$work"/{classes,fat,floor}

(cd "$root" && mvn -q -B -o -pl runtime,processor -am install -DskipTests)
cp_of() { (cd "$root" && mvn -q -B -o -pl "$1" dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$root/bench/startup/$work/$1.cp" >/dev/null) && cat "$work/$1.cp"; }
rt="$root/runtime/target/tributary-runtime-0.1.0.jar:$(cp_of runtime)"
proc="$root/processor/target/tributary-processor-0.1.0.jar:$(cp_of processor)"

javac -q 2>/dev/null || true
javac -d "$work/classes" -cp "$rt" -processorpath "$proc:$rt" -Atributary.version=1.0.0 src/bench/*.java

# The connector as users ship it: one executable jar holding the runtime and its dependencies.
(cd "$work/fat" && for j in ${rt//:/ }; do unzip -qqo "$j" -x 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/MANIFEST.MF' 'module-info.class' 'META-INF/versions/*' 2>/dev/null || true; done)
cp -r "$work/classes/." "$work/fat/"
# Service files of several jars would collide; the runtime's and the connector's are the only ones needed.
cp "$root/runtime/target/classes/META-INF/services/"* "$work/fat/META-INF/services/"
printf 'Main-Class: io.tributary.cli.Main\n' > "$work/manifest.txt"
jar cfm "$work/bench-source.jar" "$work/manifest.txt" -C "$work/fat" .

javac -d "$work/floor" floor/Floor.java
mkdir -p "$work/floor/META-INF"
cp "$work/classes/META-INF/tributary/connectors/bench-source.json" "$work/floor/META-INF/metadata.json"
printf 'Main-Class: Floor\n' > "$work/floor-manifest.txt"
jar cfm "$work/floor.jar" "$work/floor-manifest.txt" -C "$work/floor" .

args=(validate --fluvio-topic bench --endpoint https://example.com/api --interval 30s --method POST
      --retries 5 --header A:1 --token s3cr3t-token --verbose --batch-size 500 --ratio 0.5
      --tag a --label k=v --proxy proxy.local:8080)
java -jar "$work/bench-source.jar" "${args[@]}" >/dev/null   # fails loudly if the options are not valid
cmp <(java -jar "$work/bench-source.jar" metadata) <(java -jar "$work/floor.jar")

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label %e %M" -a -o "$work/times.txt" "$@" >/dev/null 2>&1
}
for ((i = 0; i < runs; i++)); do
  measure floor java -jar "$work/floor.jar"
  measure metadata java -jar "$work/bench-source.jar" metadata
  measure validate java -jar "$work/bench-source.jar" "${args[@]}"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "| run | median wall (s) | ratio to floor | median peak RSS (MiB) | ratio to floor |"
echo "|---|---|---|---|---|"
fw=$(awk '$1=="floor"{print $2}' "$work/times.txt" | median)
fr=$(awk '$1=="floor"{print $3}' "$work/times.txt" | median)
for label in floor metadata validate; do
  w=$(awk -v l=$label '$1==l{print $2}' "$work/times.txt" | median)
  r=$(awk -v l=$label '$1==l{print $3}' "$work/times.txt" | median)
  awk -v l=$label -v w=$w -v r=$r -v fw=$fw -v fr=$fr \
    'BEGIN{printf "| %s | %.3f | %.2fx | %.1f | %.2fx |\n", l, w, w/fw, r/1024, r/fr}'
done
echo "($runs runs each, interleaved; $(nproc) cores; $(java -version 2>&1 | sed -n 1p))"
