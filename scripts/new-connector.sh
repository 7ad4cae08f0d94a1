#!/usr/bin/env bash
# new-connector.sh EXAMPLE DEST [--name NAME] [--group-id GROUP] [--package PACKAGE]
#
# Starts a connector project of your own from one of the examples (test-connector, http-source,
# mqtt-source, postgres-sink), renamed throughout: the Java package and the classes named after
# the connector, @Connector(name), artifactId, groupId, the launcher script, the Makefile's NAME,
# the README and the bats tests. DEST builds and tests on its own (`make build test`), with
# Tributary from the local Maven repository; it holds only the test helpers (lib/) its tests use
# and nothing that works only inside this repository.
#
#   --name NAME        the connector's name, lower-case words joined by '-' (default: DEST's
#                      folder name); classes are named after it (file-source: FileSource...)
#   --group-id GROUP   the Maven groupId (default: com.example)
#   --package PACKAGE  the Java package (default: GROUP.NAME without the dashes)
#
# Bad arguments: exit 2 with a message naming the argument; nothing is created.
set -euo pipefail

prog=$(basename "$0")
usage="usage: $prog EXAMPLE DEST [--name NAME] [--group-id GROUP] [--package PACKAGE]"
examples="test-connector, http-source, mqtt-source or postgres-sink"
fail() { echo "$prog: $1" >&2; echo "$usage" >&2; exit 2; }

root="$(cd "$(dirname "$0")/.." && pwd)"
positional=() name="" group="" package=""
while [ $# -gt 0 ]; do
  case "$1" in
    --name|--group-id|--package)
      [ $# -ge 2 ] || fail "$1: needs a value"
      case "$1" in --name) name="$2" ;; --group-id) group="$2" ;; --package) package="$2" ;; esac
      shift 2 ;;
    --name=*) name="${1#*=}"; shift ;;
    --group-id=*) group="${1#*=}"; shift ;;
    --package=*) package="${1#*=}"; shift ;;
    -h|--help) echo "$usage"; echo "EXAMPLE: $examples"; exit 0 ;;
    -*) fail "unknown option '$1'" ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -eq 2 ] || fail "expected EXAMPLE and DEST, got ${#positional[@]} arguments"
example_name="${positional[0]}"
dest="${positional[1]}"

case "$example_name" in
  test-connector|http-source|mqtt-source|postgres-sink) ;;
  *) fail "EXAMPLE: no example named '$example_name'; expected $examples" ;;
esac
example="$root/examples/$example_name"
[ ! -e "$dest" ] || fail "DEST: $dest exists already; name a new folder"

name="${name:-$(basename "$dest")}"
[[ "$name" =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] \
  || fail "--name: '$name' is not a connector name; expected lower-case words joined by '-' (e.g. file-source)"
group="${group:-com.example}"
java_name='[A-Za-z_][A-Za-z0-9_]*'
[[ "$group" =~ ^$java_name(\.$java_name)*$ ]] \
  || fail "--group-id: '$group' is not a Maven groupId; expected dot-separated names (e.g. com.example)"
package="${package:-$group.${name//-/}}"
[[ "$package" =~ ^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$ ]] \
  || fail "--package: '$package' is not a Java package; expected dot-separated lower-case names (e.g. com.example.filesource)"
keywords=" abstract assert boolean break byte case catch char class const continue default do double
  else enum extends final finally float for goto if implements import instanceof int interface long
  native new package private protected public return short static strictfp super switch
  synchronized this throw throws transient try void volatile while true false null _ "
for part in ${package//./ }; do
  [[ "$keywords" != *" $part "* ]] || fail "--package: '$part' is a Java keyword"
done

# Names in the example, and what they become.
camel() { local out="" word; IFS=- read -ra words <<< "$1"; for word in "${words[@]}"; do out+="${word^}"; done; echo "$out"; }
old_class=$(camel "$example_name")           # HttpSource
new_class=$(camel "$name")                   # FileSource
old_package="io.tributary.examples.${example_name//-/}"
old_group="io.tributary.examples"
old_dir="${old_package//.//}"
new_dir="${package//.//}"

# A class of the example that the renaming would give the name of another one.
for file in $(cd "$example/src" && find . -name '*.java' -exec basename {} .java \;); do
  renamed="${file//$old_class/$new_class}"
  if [ "$renamed" != "$file" ] && [ -e "$(find "$example/src" -name "$renamed.java" | head -1)" ]; then
    fail "--name: '$name' would name the class $file $renamed, which the example has already"
  fi
done

# Built in a temporary folder next to DEST, moved into place when complete.
parent=$(dirname "$dest")
made_parent=""
[ -d "$parent" ] || { mkdir -p "$parent"; made_parent="$parent"; }
work=$(mktemp -d "$parent/.new-connector.XXXXXX")
cleanup() { rm -rf "$work"; [ -z "$made_parent" ] || rmdir -p "$made_parent" 2>/dev/null || true; }
trap cleanup ERR INT TERM
out="$work/project"
mkdir -p "$out/lib"

cp -r "$example/src" "$example/test" "$example/pom.xml" "$example/README.md" "$out/"
cp "$example/$example_name" "$out/$name"
rm -f "$out/test/smartmodules.bats"   # runs this repository's own test SmartModules
# InfinyOn's configurations of the connector the example ports, kept to test that port only.
rm -rf "$out/test/cdk-configs" "$out/test/cdk-configs.bats"

# lib/: connector.mk without its part for inside this repository, and the helpers the tests load.
lib="$root/examples/e2e/lib"
awk '
  /^# --- Inside the Tributary repository/ { skipping = 1; next }
  skipping && /^else$/ { skipping = 0; outside = 1; next }
  skipping { next }
  outside && /^endif$/ { outside = 0; next }
  /^# SKIP_JUNIT=1/ { next }
  { gsub(/ \$\(TEST_PREREQUISITES\)/, ""); sub(/\$\(if \$\(SKIP_JUNIT\),,\$\(MVN\) -f pom.xml test\)/, "$(MVN) -f pom.xml test"); print }
' "$lib/connector.mk" > "$out/lib/connector.mk"
cp "$lib/common.bash" "$out/lib/"
for helper in cluster mosquitto postgres; do
  if grep -rqs "lib/$helper" "$out/test" "$out/src/test"; then
    cp "$lib/$helper.bash" "$out/lib/"
  fi
done
if [ -f "$out/lib/cluster.bash" ]; then
  # The test cluster's jar is the one `make test` fetches into target/.
  sed -i 's#^TESTKIT=.*#TESTKIT="${TESTKIT:-$(cd "${BASH_SOURCE[0]%/*}/.." \&\& pwd)/target/tributary-testkit.jar}"#' \
    "$out/lib/cluster.bash"
fi

# Makefile: NAME and the shared targets.
{
  echo "# $name: \`make build\` builds target/$name.jar; \`make test\` runs the JUnit tests"
  echo "# (src/test/java), then the bats tests (test/*.bats)."
  echo "NAME := $name"
  echo "include lib/connector.mk"
} > "$out/Makefile"

# Java sources: the package's folders, then names inside every file.
for tree in main test; do
  if [ -d "$out/src/$tree/java/$old_dir" ]; then
    mkdir -p "$out/src/$tree/java/$new_dir.tmp"
    mv "$out/src/$tree/java/$old_dir"/* "$out/src/$tree/java/$new_dir.tmp/"
    rm -rf "$out/src/$tree/java/io"
    mkdir -p "$(dirname "$out/src/$tree/java/$new_dir")"
    mv "$out/src/$tree/java/$new_dir.tmp" "$out/src/$tree/java/$new_dir"
  fi
done
find "$out/src" -name "*$old_class*.java" | while read -r file; do
  base=$(basename "$file")
  mv "$file" "$(dirname "$file")/${base//$old_class/$new_class}"
done

# Text: package, classes, connector name, groupId.
escape() { printf '%s' "$1" | sed 's/[.]/\\./g'; }
find "$out" -type f \( -name '*.java' -o -name '*.bats' -o -name '*.md' -o -name 'pom.xml' \
    -o -name Makefile -o -name "$name" \) -print0 \
  | xargs -0 sed -i \
      -e "s/$(escape "$old_package")/$package/g" \
      -e "s/$old_class/$new_class/g" \
      -e "s/$example_name/$name/g" \
      -e "s#<groupId>$(escape "$old_group")</groupId>#<groupId>$group</groupId>#" \
      -e 's#<relativePath>[^<]*</relativePath>#<relativePath/>#' \
      -e "s#<name>Example: $name</name>#<name>$name</name>#" \
      -e "s#<description>.*</description>#<description>$name: a Fluvio connector written with Tributary.</description>#"

# README: its own head, then the example's tables and usage, without links into this repository.
version=$(sed -n '/<artifactId>tributary-connector-parent</{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' "$out/pom.xml")
{
  echo "# $name"
  echo
  echo "A Fluvio connector written with Tributary $version, started from Tributary's"
  echo "\`$example_name\` example. \`make build\` builds \`target/$name.jar\` (Tributary comes from the"
  echo "local Maven repository); \`make test\` runs the JUnit tests, which run the connector in-process"
  echo "against Tributary's test cluster (\`ConnectorHarness\`), then the bats tests in \`test/\`."
  echo
  sed -n '/^| file | what |/,$p' "$out/README.md" \
    | sed -E -e 's#\[([^]]*)\]\(\.\./\.\./docs/([^)#]*)(\#[^)]*)?\)#\1 (Tributary'"'"'s `docs/\2`)#g' \
             -e 's#^\| `lib/` \|.*#| `lib/` | `connector.mk` (the `make` targets) and the bats helpers the tests load |#'
} > "$out/README.new"
mv "$out/README.new" "$out/README.md"
chmod +x "$out/$name"

mv "$out" "$dest"
rm -rf "$work"
trap - ERR INT TERM
cat <<MSG
Created $dest from examples/$example_name: connector $name, $group:$name, package $package
(Tributary $version).
  cd $dest && make build test
Tributary $version must be in your local Maven repository: 'make build' in $root installs it.
MSG
