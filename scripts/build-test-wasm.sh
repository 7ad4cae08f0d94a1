#!/usr/bin/env bash
# Assembles the project's test SmartModules (smartmodule/src/test/wat/*.wat, WebAssembly text with
# `;;@include x.wati` lines) into .wasm files with wat2wasm (Debian package wabt).
# Usage: scripts/build-test-wasm.sh OUT_DIR
set -euo pipefail
out=${1:?usage: build-test-wasm.sh OUT_DIR}
src="$(cd "$(dirname "$0")/.." && pwd)/smartmodule/src/test/wat"
command -v wat2wasm >/dev/null || { echo "wat2wasm not found: install wabt (apt-get install -y wabt)" >&2; exit 1; }
mkdir -p "$out"
for wat in "$src"/*.wat; do
  name=$(basename "$wat" .wat)
  fresh=1
  for input in "$wat" "$src"/*.wati; do [ "$out/$name.wasm" -nt "$input" ] || fresh=0; done
  [ $fresh = 1 ] && continue
  awk -v dir="$src" '
    /^[ \t]*;;@include[ \t]+/ { file = dir "/" $2; while ((getline line < file) > 0) print line; close(file); next }
    { print }' "$wat" > "$out/$name.expanded.wat"
  wat2wasm "$out/$name.expanded.wat" -o "$out/$name.wasm"
done
