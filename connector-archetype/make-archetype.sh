#!/usr/bin/env bash
# make-archetype.sh OUT: writes the archetype's files into OUT (the module's build runs it in
# generate-resources): OUT/archetype-resources/, the project scripts/new-connector.sh makes from
# examples/test-connector, as Velocity templates, and OUT/META-INF/maven/archetype-metadata.xml.
#
# The templates are not kept in the repository: they are that project, made here with placeholder
# names that then become the archetype's properties, so `mvn archetype:generate` and
# new-connector.sh cannot drift apart (the module's integration test also compares the two
# file by file: src/test/resources/projects).
#
#   archetype-placeholder-name   ${artifactId}  the connector's name
#   ArchetypePlaceholderName     ${className}   its classes' prefix (from artifactId: FileSource)
#   archetype.placeholder.pkg    ${package}
#   archetype.placeholder.group  ${groupId}
#   the project's own version    ${version}     (pom.xml and the --version and metadata checks of
#                                               test/cli.bats; Tributary's version stays)
#
# Each template is one Velocity "unparsed content" block #[[...]]# that the properties break out
# of, so nothing else in the files ($VAR, ## headings, #if in bash) is read as Velocity.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 OUT" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$1"
example=test-connector
name=archetype-placeholder-name
class=ArchetypePlaceholderName
package=archetype.placeholder.pkg
group=archetype.placeholder.group

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/scripts/new-connector.sh" "$example" "$work/project" --name "$name" --group-id "$group" \
  --package "$package" > /dev/null
cd "$work/project"

# The project's version: in pom.xml the <version> after the project's <artifactId>; in
# test/cli.bats the lines that check the connector's version (not the CDK's apiVersion).
version=$(sed -n "/<artifactId>$name<\/artifactId>/{n;s#.*<version>\(.*\)</version>.*#\1#p;}" pom.xml)
tributary_version=$(sed -n '/<artifactId>tributary-connector-parent</{n;s/.*<version>\(.*\)<\/version>.*/\1/p;}' pom.xml)
[ -n "$version" ] && [ -n "$tributary_version" ] || { echo "$0: no versions in pom.xml" >&2; exit 1; }
v="${version//./\\.}"
sed -i "/<artifactId>$name<\/artifactId>/{n;s#<version>$v</version>#<version>archetype-placeholder-version</version>#;}" pom.xml
sed -i -e "s/\.version == \"$v\"/.version == \"archetype-placeholder-version\"/" \
       -e "s/\"$name $v\"/\"$name archetype-placeholder-version\"/" \
       -e "s/^\(  *\)version: $v\$/\1version: archetype-placeholder-version/" test/cli.bats
for file in pom.xml test/cli.bats; do
  grep -q archetype-placeholder-version "$file" \
    || { echo "$0: found no project version to template in $file" >&2; exit 1; }
done

rm -rf "$out/archetype-resources" "$out/META-INF/maven"
mkdir -p "$out/archetype-resources" "$out/META-INF/maven" "$out/META-INF/tributary"
: > "$out/META-INF/tributary/archetype-files.txt"
find . -type f | sed 's#^\./##' | LC_ALL=C sort | while read -r file; do
  if grep -q ']]#' "$file"; then
    echo "$0: $file contains ]]#, which would end a Velocity unparsed block" >&2; exit 1
  fi
  # Where the template goes: Java sources flat under src/*/java (the archetype puts them into
  # the package's folders), names through __property__ tokens.
  case "$file" in
    src/*/java/*) tree="${file%%/java/*}"; target="$tree/java/$(basename "$file")"
                  generated="$tree/java/__packagePath__/$(basename "$file")" ;;
    *) target="$file"; generated="$file" ;;
  esac
  target="${target//$class/__className__}"; target="${target//$name/__artifactId__}"
  generated="${generated//$class/__className__}"; generated="${generated//$name/__artifactId__}"
  mkdir -p "$(dirname "$out/archetype-resources/$target")"
  { printf '#[['
    sed -z -e "s/${package//./\\.}/]]#\${package}#[[/g" -e "s/${group//./\\.}/]]#\${groupId}#[[/g" \
        -e "s/$class/]]#\${className}#[[/g" -e "s/archetype-placeholder-version/]]#\${version}#[[/g" \
        -e "s/$name/]]#\${artifactId}#[[/g" "$file"
    printf ']]#'
  } > "$out/archetype-resources/$target"
  if grep -qi 'placeholder' "$out/archetype-resources/$target"; then
    echo "$0: $file: a placeholder name is left in the template" >&2; exit 1
  fi
  echo "$(stat -c %a "$file") $generated" >> "$out/META-INF/tributary/archetype-files.txt"
done

# The descriptor: every file filtered; the Java sources packaged. The defaults are
# new-connector.sh's: groupId com.example, package groupId.artifactId without the dashes, the
# classes named after the connector (file-source: FileSource), and version Tributary's own.
cat > "$out/META-INF/maven/archetype-metadata.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by connector-archetype/make-archetype.sh. -->
<archetype-descriptor xmlns="https://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="https://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0 https://maven.apache.org/xsd/archetype-descriptor-1.1.0.xsd"
    name="tributary-connector">
  <requiredProperties>
    <requiredProperty key="groupId">
      <defaultValue>com.example</defaultValue>
      <validationRegex>^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\$</validationRegex>
    </requiredProperty>
    <requiredProperty key="artifactId">
      <validationRegex>^[a-z][a-z0-9]*(-[a-z0-9]+)*\$</validationRegex>
    </requiredProperty>
    <requiredProperty key="version">
      <defaultValue>$version</defaultValue>
    </requiredProperty>
    <requiredProperty key="package">
      <defaultValue>\${groupId}.\${artifactId.replace("-", "")}</defaultValue>
      <validationRegex>^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*\$</validationRegex>
    </requiredProperty>
    <requiredProperty key="className">
      <defaultValue>#foreach(\$word in \$artifactId.split("-"))\${word.substring(0, 1).toUpperCase()}\${word.substring(1)}#end</defaultValue>
    </requiredProperty>
  </requiredProperties>
  <fileSets>
    <fileSet filtered="true" packaged="true" encoding="UTF-8">
      <directory>src/main/java</directory>
    </fileSet>
    <fileSet filtered="true" packaged="true" encoding="UTF-8">
      <directory>src/test/java</directory>
    </fileSet>
$(cd "$out/archetype-resources" && find . -maxdepth 1 -mindepth 1 -type d ! -name src | sed 's#^\./##' | LC_ALL=C sort | while read -r dir; do
  printf '    <fileSet filtered="true" encoding="UTF-8">\n      <directory>%s</directory>\n    </fileSet>\n' "$dir"
done)
    <fileSet filtered="true" encoding="UTF-8">
      <directory></directory>
      <includes>
$(cd "$out/archetype-resources" && find . -maxdepth 1 -type f ! -name pom.xml | sed 's#^\./##' | LC_ALL=C sort | while read -r file; do
  printf '        <include>%s</include>\n' "$file"
done)
      </includes>
    </fileSet>
  </fileSets>
</archetype-descriptor>
XML
