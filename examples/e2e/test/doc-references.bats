#!/usr/bin/env bats
bats_require_minimum_version 1.5.0
# What the sources and docs point at is in this repository: no comment or page cites a design
# note or reference kept elsewhere (the project's DESIGN and reference documents are not part of
# the repository; docs/protocol.md, docs/cli.md and the others are), every `docs/NAME.md#anchor`
# a source file names is a file of docs/ with that heading, and every link between the Markdown
# pages leads to a page and a heading that exist.

setup_file() {
  ROOT="$(cd "$BATS_TEST_DIRNAME/../../.." && pwd)"
  export ROOT
}

# files: the repository's text files (tracked ones in a git checkout), without this test, which
# spells the forbidden citations, and without build output.
files() {
  if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$ROOT" ls-files
  else
    (cd "$ROOT" && find . -type f ! -path '*/target/*' ! -path './.git/*' ! -path './.tools/*' \
      ! -path '*/node_modules/*' | sed 's#^\./##')
  fi | grep -v -e '^examples/e2e/test/doc-references\.bats$' \
     | grep -E '\.(java|groovy|sh|bash|bats|md|xml|mk|properties|toml|yaml|yml|json|wat|wati)$|(^|/)Makefile$'
}

# slugs FILE: the anchors GitHub gives FILE's headings, one a line.
slugs() {
  awk '/^```/ { fence = !fence; next } !fence && /^#+ / { sub(/^#+ +/, ""); print }' "$1" \
    | tr 'A-Z' 'a-z' | sed -e 's/[^a-z0-9 _-]//g' -e 's/ /-/g' \
    | awk '{ n = seen[$0]++; print (n ? $0 "-" n : $0) }'
}

# check_target FROM PATH ANCHOR: prints a problem if PATH (from the repository's root) is not a
# file or has no heading ANCHOR. Each file's headings are read once (SLUGS).
check_target() {
  declare -p SLUGS >/dev/null 2>&1 || declare -gA SLUGS=()
  if [ ! -f "$ROOT/$2" ]; then
    echo "$1: no file $2"
    return
  fi
  [ -n "$3" ] || return 0
  [ -n "${SLUGS[$2]+set}" ] || SLUGS[$2]=" $(slugs "$ROOT/$2" | tr '\n' ' ')"
  [[ "${SLUGS[$2]}" == *" $3 "* ]] || echo "$1: $2 has no heading #$3"
}

@test "no comment or page cites a document outside the repository" {
  local outside='DESIGN §|DESIGN\.md|reference §|STYLE\.md|shared/(DESIGN|STYLE|reference)|reference/(fluvio-protocol|fluvio-runtime|connectors)\.md'
  [ "$(files | wc -l)" -ge 300 ]
  run bash -c "cd '$ROOT' && $(declare -f files); files | xargs -d '\n' grep -nE '$outside'"
  echo "$output"
  [ -z "$output" ]   # nothing found, and no file grep could not read
}

@test "every docs/NAME.md#anchor a source file names exists" {
  local file line ref path anchor count=0
  while IFS=: read -r file line ref; do
    count=$((count + 1))
    path="${ref%%#*}" anchor=""
    [[ "$ref" != *"#"* ]] || anchor="${ref#*#}"
    check_target "$file:$line" "$path" "$anchor" >> "$BATS_TEST_TMPDIR/problems"
  done < <(cd "$ROOT" && files | grep -v '\.md$' | xargs -d '\n' grep -noE 'docs/[a-z0-9_-]+\.md(#[a-z0-9_-]+)?')
  touch "$BATS_TEST_TMPDIR/problems"
  cat "$BATS_TEST_TMPDIR/problems"
  [ ! -s "$BATS_TEST_TMPDIR/problems" ]
  [ "$count" -ge 20 ]   # the protocol classes alone cite docs/protocol.md that often
}

@test "every link between the Markdown pages leads to a page and a heading" {
  local doc dir link target anchor count=0
  while read -r doc; do
    dir=$(dirname "$doc")
    while read -r link; do
      count=$((count + 1))
      target="${link%%#*}" anchor=""
      [[ "$link" != *"#"* ]] || anchor="${link#*#}"
      if [ -z "$target" ]; then target="$doc"; else target=$(realpath -m --relative-to="$ROOT" "$ROOT/$dir/$target"); fi
      check_target "$doc" "$target" "$anchor" >> "$BATS_TEST_TMPDIR/problems"
    done < <(grep -oE '\]\([A-Za-z0-9_./-]*\.md(#[A-Za-z0-9_-]+)?\)|\]\(#[A-Za-z0-9_-]+\)' "$ROOT/$doc" | sed -e 's/^](//' -e 's/)$//')
  done < <(files | grep '\.md$')
  touch "$BATS_TEST_TMPDIR/problems"
  cat "$BATS_TEST_TMPDIR/problems"
  [ ! -s "$BATS_TEST_TMPDIR/problems" ]
  [ "$count" -ge 50 ]
}
