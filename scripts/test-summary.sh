#!/usr/bin/env bash
# Sums the JUnit-style reports every test runner left (Surefire, maven-invoker, bats) and prints
# one closing line: "Tests: N passed, N failed, N skipped". Exits 1 if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find . -path ./.tools -prune -o \( -path '*/target/surefire-reports/TEST-*.xml' \
  -o -path '*/target/invoker-reports/*.xml' -o -path '*/target/bats-report/*.xml' \) -print)
[ -n "$files" ] || { echo "Tests: 0 passed, 0 failed (no test reports found)"; exit 1; }
# One <testsuite ...> element per file (bats writes <testsuites> with several <testsuite>).
awk '
  /<testsuite[ >]/ {
    line = $0
    while (line !~ />/ && (getline more) > 0) line = line " " more
    t = f = e = s = 0
    if (match(line, /[ \t]tests="[0-9]+"/)) t = substr(line, RSTART + 8, RLENGTH - 9)
    if (match(line, /[ \t]failures="[0-9]+"/)) f = substr(line, RSTART + 11, RLENGTH - 12)
    if (match(line, /[ \t]errors="[0-9]+"/)) e = substr(line, RSTART + 9, RLENGTH - 10)
    if (match(line, /[ \t]skipped="[0-9]+"/)) s = substr(line, RSTART + 10, RLENGTH - 11)
    tests += t; failed += f + e; skipped += s
  }
  /<build-job / {
    tests += 1
    if ($0 ~ /result="skipped"/) skipped += 1
    else if ($0 !~ /result="success"/) failed += 1
  }
  END {
    printf "Tests: %d passed, %d failed, %d skipped\n", tests - failed - skipped, failed, skipped
    exit failed > 0
  }' $files
