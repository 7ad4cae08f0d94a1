#!/usr/bin/env bash
# new-connector.sh EXAMPLE DEST: starts a connector project of your own from one of the examples
# (test-connector, http-source, mqtt-source, postgres-sink). DEST gets the example's sources,
# tests, Makefile and launcher, and a copy of the shared test helpers in lib/, so that it builds
# and tests outside this repository, with Tributary from the local Maven repository.
set -euo pipefail
usage() { echo "usage: $0 EXAMPLE DEST  (EXAMPLE: test-connector, http-source, mqtt-source or postgres-sink)" >&2; exit 2; }
[ $# -eq 2 ] || usage
root="$(cd "$(dirname "$0")/.." && pwd)"
example="$root/examples/$1"
dest="$2"
[ -f "$example/pom.xml" ] && [ -f "$example/Makefile" ] \
  || { echo "$0: EXAMPLE: no example named '$1' in $root/examples" >&2; usage; }
[ ! -e "$dest" ] || { echo "$0: DEST: $dest exists already; name a new folder" >&2; exit 2; }

mkdir -p "$(dirname "$dest")"
# -L: lib/ is a link to the examples' shared helpers in the repository; the copy gets the files.
cp -rL "$example" "$dest"
rm -rf "$dest/target"
# The parent comes from the local Maven repository, not from a folder of this repository.
sed -i 's#<relativePath>[^<]*</relativePath>#<relativePath/>#' "$dest/pom.xml"
if [ "$1" = test-connector ]; then
  # It runs the repository's own test SmartModules, which the copy does not have.
  rm -f "$dest/test/smartmodules.bats"
fi

version=$(sed -n '/<artifactId>tributary-connector-parent</{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' "$dest/pom.xml")
cat <<MSG
Created $dest from examples/$1 (Tributary $version).
  cd $dest && make build test
Tributary $version must be in your local Maven repository: 'make build' in $root installs it.
Then rename it: artifactId in pom.xml, NAME in the Makefile, the launcher script, the Java package
and @Connector(name = ...).
MSG
