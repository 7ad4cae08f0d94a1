#!/usr/bin/env bash
# The Tributary processor's compile-time overhead side by side with processors people already
# run, on similar inputs (N properties with Javadoc; see PeersBench.java): Spring Boot's
# configuration metadata processor, picocli-codegen's processor, AutoValue. One JVM, warm,
# interleaved rounds; medians with the interquartile range. The last line is the ratio
# "Tributary overhead / Spring overhead".
#
# Usage: bench/processor/peers.sh [rounds, default 21] [properties, default 100]
#   WARMUPS=n (default 5), TOOLS=tributary,spring (a subset), JAVA_OPTS=... (e.g. a JFR recording),
#   FLOORS=1 (three floor processors on Tributary's input beside them, see below),
#   BASELINE_PP=<processor path> (another Tributary processor beside them, as "baseline"),
#   BASELINE_LIBS=<its runtime jar>:<its schema jar> (what the baseline's generated code compiles
#   against, when the runtime's API changed between the two; default this tree's)
# Needs: mvn -q -B -Dstyle.color=never -pl processor -am install -DskipTests (this tree's jars), and Maven Central
# once for the peers' jars (copied into bench/processor/target/peers, ignored by git).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-21}
N=${2:-100}
WARMUPS=${WARMUPS:-5}
SPRING_VERSION=3.5.7 PICOCLI_VERSION=4.7.7 AUTOVALUE_VERSION=1.11.1
# the local repository: M2_REPO, else -Dmaven.repo.local in MAVEN_OPTS, else ~/.m2/repository
M2=${M2_REPO:-$(sed -n 's/.*-Dmaven\.repo\.local=\([^ ]*\).*/\1/p' <<< "${MAVEN_OPTS:-}")}
M2=${M2:-$HOME/.m2/repository}
PEERS=bench/processor/target/peers
WORK=${TMPDIR:-/tmp}/tributary-bench-peers
rm -rf "$WORK"; mkdir -p "$WORK/lib" "$PEERS"

fetch() { # groupId:artifactId:version -> the jar in $PEERS
  local a=$1 g v file
  IFS=: read -r g a v <<< "$1"
  file=$PEERS/$a-$v.jar
  if [[ ! -f $file ]]; then
    mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="$g:$a:$v" -DoutputDirectory="$PEERS" \
      -Dmaven.repo.local="$M2" >&2
  fi
  echo "$file"
}
SPRING=$(fetch org.springframework.boot:spring-boot-configuration-processor:$SPRING_VERSION)
CODEGEN=$(fetch info.picocli:picocli-codegen:$PICOCLI_VERSION)
PICOCLI=$(fetch info.picocli:picocli:$PICOCLI_VERSION)
AUTOVALUE=$(fetch com.google.auto.value:auto-value:$AUTOVALUE_VERSION)
AUTOVALUE_ANN=$(fetch com.google.auto.value:auto-value-annotations:$AUTOVALUE_VERSION)
JAKARTA=$(fetch jakarta.validation:jakarta.validation-api:3.1.1)

# This tree's processor, as Maven's annotationProcessorPaths resolves it (the jar and its
# closure); jars snapshotted, since other builds may rewrite target/ during the run.
(cd runtime/target/classes && jar cf "$WORK/lib/runtime.jar" .)
(cd schema/target/classes && jar cf "$WORK/lib/schema.jar" .)
cp "$(ls processor/target/tributary-processor-*.jar | grep -v -e original -e sources -e javadoc | head -1)" \
  "$WORK/lib/processor.jar"
mvn -q -B -Dstyle.color=never -o -f processor/pom.xml dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$WORK/closure.txt" -Dmaven.repo.local="$M2" >/dev/null
CLOSURE=$(tr ':' '\n' < "$WORK/closure.txt" | { grep -v tributary-schema || true; } | paste -sd: -)
TRIB_PP=$WORK/lib/processor.jar:$WORK/lib/schema.jar${CLOSURE:+:$CLOSURE}
TRIB_CP=$WORK/lib/schema.jar:$WORK/lib/runtime.jar:$PICOCLI:$JAKARTA

# FLOORS=1: three more processors on Tributary's input, for the floor under its cost
# (floor/FloorProcessor.java): floor-noop (a processor that does nothing), floor-write (writes
# Tributary's files, copied from a reference compilation, without any analysis) and floor-load
# (the same after loading and initialising the classes a Tributary compilation loads from its
# processor path, listed from -Xlog:class+load of that reference compilation).
FLOOR_PROPS=()
if [[ ${FLOORS:-} == 1 ]]; then
  F=$WORK/floor
  mkdir -p "$F/classes/META-INF/services" "$F/ref" "$F/unregistered"
  javac -d "$F/classes" bench/processor/floor/FloorProcessor.java
  echo floor.FloorProcessor > "$F/classes/META-INF/services/javax.annotation.processing.Processor"
  jar cf "$F/floor.jar" -C "$F/classes" .
  # the processor's classes without its service entry: loaded by the floor processor, not run
  (cd "$F/unregistered" && jar xf "$WORK/lib/processor.jar" && rm -f META-INF/services/javax.annotation.processing.Processor)
  jar cf "$F/processor-unregistered.jar" -C "$F/unregistered" .
  java -Xlog:class+load=info:file="$F/classload.txt" -Dtools=tributary -Dtributary.cp="$TRIB_CP" \
    -Dtributary.pp="$TRIB_PP" bench/processor/PeersBench.java "$WORK" 1 0 "$N" >/dev/null
  cp -r "$WORK/gen" "$WORK/out" "$F/ref/"
  grep -E "source: file:$WORK/lib/(processor|schema)\.jar" "$F/classload.txt" | awk '{print $2}' \
    | awk '!seen[$0]++' > "$F/classes.txt"
  FLOOR_PP=$F/floor.jar:$F/processor-unregistered.jar:$WORK/lib/schema.jar${CLOSURE:+:$CLOSURE}
  for mode in noop write load; do
    FLOOR_PROPS+=("-Dfloor-$mode.pp=$FLOOR_PP" "-Dfloor-$mode.cp=$TRIB_CP"
      "-Dfloor-$mode.options=-Afloor.mode=$mode -Afloor.dir=$F/ref -Afloor.classes=$F/classes.txt")
  done
  FLOOR_PROPS+=("-Dextra=floor-noop,floor-write,floor-load")
fi

# BASELINE_PP=<processor path>: another Tributary processor (e.g. an older jar and its schema jar)
# on the same input, as "baseline", with its ratio to Spring's overhead
if [[ -n ${BASELINE_PP:-} ]]; then
  EXTRA=baseline${FLOORS:+,floor-noop,floor-write,floor-load}
  BASELINE_CP=${BASELINE_LIBS:-$WORK/lib/schema.jar:$WORK/lib/runtime.jar}:$PICOCLI:$JAKARTA
  FLOOR_PROPS+=("-Dbaseline.pp=$BASELINE_PP" "-Dbaseline.cp=$BASELINE_CP"
    "-Dbaseline.options=-Atributary.version=0.0.0" "-Dextra=$EXTRA")
fi

# JAVA_OPTS: e.g. a flight recording; TOOLS=tributary,spring: only these
java ${JAVA_OPTS:-} ${TOOLS:+-Dtools=$TOOLS} -Dtributary.cp="$TRIB_CP" -Dtributary.pp="$TRIB_PP" \
  -Dspring.cp="$JAKARTA" -Dspring.pp="$SPRING" \
  -Dpicocli.cp="$PICOCLI:$JAKARTA" -Dpicocli.pp="$CODEGEN:$PICOCLI" \
  -Dautovalue.cp="$AUTOVALUE_ANN:$JAKARTA" -Dautovalue.pp="$AUTOVALUE" "${FLOOR_PROPS[@]}" \
  bench/processor/PeersBench.java "$WORK" "$ROUNDS" "$WARMUPS" "$N"
