#!/usr/bin/env bash
# format.sh [--check]: formats every Java source the build checks (google-java-format through
# spotless: each module's src/main/java and src/test/java, the examples' and the benchmarks'),
# in place; --check only reports the files that differ and exits 1 if there are any.
# The configuration is the spotless plugin in the root pom.xml (it runs in the root project only).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") goal=apply ;;
  --check) goal=check ;;
  *) echo "usage: $(basename "$0") [--check]" >&2; exit 2 ;;
esac
# -Dspotless.check.skip=false: the check is run here even while the build leaves it off.
exec ${MVN:-mvn -B -q} -N "com.diffplug.spotless:spotless-maven-plugin:$(sed -n 's#.*<spotless.version>\(.*\)</spotless.version>.*#\1#p' pom.xml):$goal" \
  -Dspotless.check.skip=false
