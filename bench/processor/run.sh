#!/usr/bin/env bash
# javac wall time with the Tributary processor vs -proc:none, on generated connector records of
# 10, 100 and 1000 options (records hold at most 100 components each, since a canonical
# constructor takes at most 255 parameter slots: 1000 options = 10 records of 100).
# Runs alternate (processor, plain, processor, ...) so both see the same machine load.
#
# Two measurements:
#   warm: javac in-process in one JVM (InProcessBench.java), as maven-compiler-plugin runs it,
#         the processor loaded from -processorpath for every compilation; 5 warm-ups each.
#   cold: one `javac` process per compilation, as on a command line (JVM start-up included).
#
# Usage: bench/processor/run.sh [runs per case, default 7] [sizes, default "10 100 1000"]
# The processor path is the processor jar and its own dependency closure, as Maven's
# annotationProcessorPaths resolves it (javac opens every jar on it, looking for processors).
# BASELINE_PP=<a processor path> also times another processor path in the same alternation (an
# extra column), for before/after figures under the same machine load: e.g. an earlier
# tributary-processor jar with the closure it had then (before the tributary-schema split:
# the whole runtime — Chicory, picocli, the Fluvio client, SnakeYAML, Jackson jr).
# Needs: mvn -q -B install -DskipTests (for the jars and ~/.m2 dependencies).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-7}
SIZES=${2:-"10 100 1000"}
M2=${M2_REPO:-$HOME/.m2/repository}
WORK=${TMPDIR:-/tmp}/tributary-bench-processor
rm -rf "$WORK"; mkdir -p "$WORK/lib"
# Snapshot the jars: other builds may rewrite target/ while the benchmark runs.
(cd runtime/target/classes && jar cf "$WORK/lib/runtime.jar" .)
(cd schema/target/classes && jar cf "$WORK/lib/schema.jar" .)
cp "$(ls processor/target/tributary-processor-*.jar | grep -v original | head -1)" \
  "$WORK/lib/processor.jar"
mvn -q -B -o -f processor/pom.xml dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$WORK/closure.txt" -Dmaven.repo.local="$M2" >/dev/null
# the schema module from this tree, not whatever the local repository holds
CLOSURE=$(tr ':' '\n' < "$WORK/closure.txt" | { grep -v tributary-schema || true; } | paste -sd: -)
JACKSON=$M2/com/fasterxml/jackson/core/jackson-core/2.20.1/jackson-core-2.20.1.jar
CP=$WORK/lib/schema.jar:$WORK/lib/runtime.jar:$M2/info/picocli/picocli/4.7.7/picocli-4.7.7.jar:$M2/jakarta/validation/jakarta.validation-api/3.1.1/jakarta.validation-api-3.1.1.jar:$JACKSON
PP=$WORK/lib/processor.jar:$WORK/lib/schema.jar${CLOSURE:+:$CLOSURE}
BASE_PP=${BASELINE_PP:-}

# Writes N options into records of at most 100 components, cycling through option kinds.
generate() {
  local n=$1 dir=$2 per=100 rec=0
  mkdir -p "$dir/bench"
  local left=$n
  while (( left > 0 )); do
    local count=$(( left < per ? left : per ))
    local name="Bench${n}R${rec}"
    {
      echo "package bench;"
      echo "import io.tributary.*; import jakarta.validation.constraints.*;"
      echo "import java.time.Duration; import java.util.*;"
      echo "/** Benchmark record $rec of $n options."
      for ((i = 0; i < count; i++)); do echo " * @param opt$i option $i"; done
      echo " */"
      echo "@Connector(name = \"bench-$n-$rec\", direction = Direction.SOURCE)"
      echo "public record $name("
      for ((i = 0; i < count; i++)); do
        local sep=","; (( i == count - 1 )) && sep=""
        case $(( i % 6 )) in
          0) echo "    @Min(1) @Max(1000) @Option(defaultValue = \"10\") int opt$i$sep" ;;
          1) echo "    @Size(max = 64) String opt$i$sep" ;;
          2) echo "    @Option(defaultValue = \"10s\", examples = {\"1s\"}) Duration opt$i$sep" ;;
          3) echo "    List<@NotBlank String> opt$i$sep" ;;
          4) echo "    Optional<Integer> opt$i$sep" ;;
          5) echo "    @Option(defaultValue = \"A\") Mode opt$i$sep" ;;
        esac
      done
      echo ") { public enum Mode { A, B } }"
    } > "$dir/bench/$name.java"
    cat > "$dir/bench/${name}Source.java" <<JAVA
package bench;
public final class ${name}Source implements io.tributary.Source<$name> {
  public void run($name o, io.tributary.TopicProducer p) {}
}
JAVA
    left=$(( left - count )); rec=$(( rec + 1 ))
  done
}

ms() { date +%s%3N; }

timed() { # prints the wall time in ms of one javac run
  local out=$1; shift
  rm -rf "$out"; mkdir -p "$out"
  local start end
  start=$(ms)
  javac --release 17 -nowarn -cp "$CP" -d "$out" "$@" > "$out.log" 2>&1 || { cat "$out.log"; exit 1; }
  end=$(ms)
  echo $(( end - start ))
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

dirs=""
for n in $SIZES; do generate "$n" "$WORK/src$n"; dirs="$dirs $WORK/src$n"; done

echo "== warm: javac in-process (one JVM, like maven-compiler-plugin)"
java ${BASE_PP:+-Dbaseline="$BASE_PP"} bench/processor/InProcessBench.java "$CP" "$PP" \
  "$WORK/warm" "$RUNS" $dirs

echo "== cold: one javac process per compilation"
printf "%-8s %-6s %-14s %-14s %-9s %-10s%s\n" options runs "processor ms" "-proc:none ms" overhead \
  ms/option "${BASE_PP:+  baseline ms  baseline overhead}"
for n in $SIZES; do
  src="$WORK/src$n"
  files=$(find "$src" -name '*.java' | sort)
  # one warm-up of each, not counted
  timed "$WORK/out" -processorpath "$PP" -Atributary.version=0.0.0 $files > /dev/null
  timed "$WORK/out" -proc:none $files > /dev/null
  with=""; without=""; base=""
  for ((r = 0; r < RUNS; r++)); do
    with="$with $(timed "$WORK/out" -processorpath "$PP" -Atributary.version=0.0.0 $files)"
    without="$without $(timed "$WORK/out" -proc:none $files)"
    if [[ -n "$BASE_PP" ]]; then
      base="$base $(timed "$WORK/out" -processorpath "$BASE_PP" -Atributary.version=0.0.0 $files)"
    fi
  done
  mw=$(echo "$with" | median); mo=$(echo "$without" | median); mb=0
  if [[ -n "$BASE_PP" ]]; then mb=$(echo "$base" | median); fi
  awk -v n="$n" -v r="$RUNS" -v w="$mw" -v o="$mo" -v b="$mb" -v base="$BASE_PP" 'BEGIN {
    printf "%-8d %-6d %-14d %-14d %-9s %-10.2f", n, r, w, o, sprintf("%+.0f%%", (w - o) * 100 / o), (w - o) / n
    if (base != "") printf "  %-12d %s", b, sprintf("%+.0f%%", (b - o) * 100 / o)
    printf "\n" }'
done
