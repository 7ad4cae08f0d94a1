#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# The shell blocks of README.md, docs/*.md and the examples' READMEs are checked (their Java
# blocks are compiled by testkit's DocSnippetsTest): each parses; every script or file of this
# repository a command starts with exists; every `make` target exists; every flag given to an
# example connector is one its --help lists; and the safe commands — `metadata`, and dry runs
# and validations of test-connector — run with the documented outcome. A block right after a
# line `<!-- snippet: fragment -->` is left out.

setup_file() {
  ROOT="$(cd "$BATS_TEST_DIRNAME/../../.." && pwd)"
  export ROOT
  for e in test-connector http-source mqtt-source postgres-sink; do
    [ -f "$ROOT/examples/$e/target/$e.jar" ] || make -C "$ROOT/examples/$e" "target/$e.jar" >&2
  done
}

# blocks: prints "FILE:LINE<TAB>command" for each command of each shell block: continuation
# lines joined, comments and transcript output left out (in a block with `$ ` prompts, only the
# prompted lines are commands).
blocks() {
  local doc
  for doc in "$ROOT/README.md" "$ROOT"/docs/*.md "$ROOT"/examples/*/README.md; do
    awk -v file="${doc#"$ROOT"/}" '
      /^```(sh|bash|shell|console)[[:space:]]*$/ { if (prev !~ /snippet: fragment/) { inside = 1; start = FNR; n = 0; prompted = 0 } ; next }
      inside && /^```/ {
        for (i = 1; i <= n; i++) {
          line = lines[i]
          if (prompted) { if (line !~ /^\$ /) continue; sub(/^\$ /, "", line) }
          if (line ~ /^[[:space:]]*#/ || line ~ /^[[:space:]]*$/) continue
          print file ":" start "\t" line
        }
        inside = 0; next
      }
      inside {
        if ($0 ~ /^\$ /) prompted = 1
        if (cont) { lines[n] = lines[n] " " $0 } else { lines[++n] = $0 }
        cont = ($0 ~ /(\\|\||&&)[[:space:]]*$/); sub(/\\$/, "", lines[n])
        next
      }
      { prev = $0 }
    ' "$doc"
  done
}

@test "every shell block parses" {
  local where cmd bad=0
  while IFS=$'\t' read -r where cmd; do
    bash -n <<< "$cmd" 2>/dev/null || { echo "$where: does not parse: $cmd"; bad=1; }
  done < <(blocks)
  [ "$bad" -eq 0 ]
}

@test "scripts and files a command starts with exist; make targets exist" {
  local where cmd bad=0 first doc_dir dir target
  while IFS=$'\t' read -r where cmd; do
    doc_dir="$ROOT/$(dirname "${where%%:*}")"
    read -r first _ <<< "$cmd"
    case "$first" in
      scripts/*|bench/*|examples/*)
        [ -e "$ROOT/$first" ] || { echo "$where: no $first in the repository"; bad=1; } ;;
      ./*)
        [ -x "$doc_dir/$first" ] || { echo "$where: no executable $first next to the document"; bad=1; } ;;
      make)
        dir="$doc_dir"; [ "$doc_dir" != "$ROOT/docs" ] || dir="$ROOT"
        set -- $cmd; shift
        while [ $# -gt 0 ]; do
          case "$1" in
            -C) dir="$ROOT/$2"; shift 2 ;;
            \#*) break ;;
            -*|*=*) shift ;;
            *) grep -q "^$1:" "$dir/Makefile" "$dir/lib/connector.mk" 2>/dev/null \
                 || { echo "$where: no target '$1' in $dir/Makefile"; bad=1; }
               shift ;;
          esac
        done ;;
    esac
  done < <(blocks)
  [ "$bad" -eq 0 ]
}

# connector_of COMMAND DOC_DIR: the example connector COMMAND runs (./NAME in its README,
# java -jar target/NAME.jar), or nothing.
connector_of() {
  local name
  case "$1" in
    ./*) name="${1%% *}"; name="${name#./}" ;;
    "java -jar target/"*.jar*) name="${1#java -jar target/}"; name="${name%%.jar*}" ;;
    *) return 0 ;;
  esac
  if [ -f "$ROOT/examples/$name/$name" ] && { [ "$2" = "$ROOT/examples/$name" ] || [ "$name" = test-connector ]; }; then
    echo "$name"
  fi
}

@test "every flag given to an example connector is one its --help lists" {
  local where cmd bad=0 name flag
  while IFS=$'\t' read -r where cmd; do
    name=$(connector_of "$cmd" "$ROOT/$(dirname "${where%%:*}")")
    [ -n "$name" ] || continue
    help=$("$ROOT/examples/$name/$name" --help)
    for flag in $(grep -oE -- '(^| )--[A-Za-z][A-Za-z0-9-]*' <<< "${cmd%%#*}"); do
      grep -qE -- "$flag([^A-Za-z0-9-]|\$)" <<< "$help" || { echo "$where: $name has no $flag: $cmd"; bad=1; }
    done
  done < <(blocks)
  [ "$bad" -eq 0 ]
}

@test "documented metadata, dry-run and validate commands of the examples run as documented" {
  local where cmd name ran=0 expected
  while IFS=$'\t' read -r where cmd; do
    name=$(connector_of "$cmd" "$ROOT/$(dirname "${where%%:*}")")
    [ -n "$name" ] || continue
    [[ "$cmd" == *metadata* || ( "$name" == test-connector && "$cmd" == *--dry-run*--count* && "$cmd" != *wasm* ) \
       || ( "$name" == test-connector && "$cmd" == *validate* ) ]] || continue
    expected=0
    [[ "$cmd" != *"# exit 2"* ]] || expected=2
    cmd="${cmd%%#*}"
    cmd="${cmd/java -jar target\/$name.jar/./$name}"
    run bash -c "cd '$ROOT/examples/$name' && timeout 60 $cmd"
    echo "$where: $cmd -> $status"
    [ "$status" -eq "$expected" ] || { echo "$output"; false; }
    [ "$expected" -ne 0 ] || [ -n "$output" ]
    ran=$((ran + 1))
  done < <(blocks)
  [ "$ran" -ge 6 ]
}
