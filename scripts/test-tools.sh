#!/usr/bin/env bash
# The Debian tools `make test` needs, installed when missing: `make test` runs this first, so the
# README's test command works on a fresh machine (Java, Maven, Node, git, make only).
#
# Installs with apt-get when this user can (root, or sudo without a password); otherwise prints
# one message listing exactly what to install and exits 1. `--check` only reports (exit 1 if
# anything is missing). TRIBUTARY_NO_INSTALL=1 never installs.
set -euo pipefail

# command-or-probe <TAB> Debian package
TOOLS=$(cat <<'LIST'
bats	bats
jq	jq
wat2wasm	wabt
mosquitto	mosquitto
mosquitto_pub	mosquitto-clients
psql	postgresql
initdb	postgresql
unzip	unzip
runuser	util-linux
zstd	zstd
lz4	lz4
python3-snappy	python3-snappy
LIST
)

present() {
  case "$1" in
    initdb) compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null ;;
    # Debian's module lives with Debian's python3, whatever python3 comes first on the PATH
    python3-snappy) [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import snappy' 2>/dev/null ;;
    mosquitto) command -v mosquitto >/dev/null || [ -x /usr/sbin/mosquitto ] ;;
    *) command -v "$1" >/dev/null ;;
  esac
}

missing=()
while IFS=$'\t' read -r probe package; do
  present "$probe" || missing+=("$package")
done <<< "$TOOLS"
# one entry per package, in list order
packages=$(printf '%s\n' "${missing[@]+"${missing[@]}"}" | awk 'NF && !seen[$0]++' | xargs)

[ -z "$packages" ] && exit 0

if [ "${1:-}" = --check ]; then
  echo "missing test tools: $packages" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
fi
if [ "${TRIBUTARY_NO_INSTALL:-}" != 1 ] && command -v apt-get >/dev/null &&
   { [ "$(id -u)" -eq 0 ] || [ ${#as_root[@]} -gt 0 ]; }; then
  echo "installing test tools: $packages"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]+"${as_root[@]}"}" apt-get update -qq
  # shellcheck disable=SC2086
  "${as_root[@]+"${as_root[@]}"}" apt-get install -y -qq $packages >/dev/null
  exec "$0" --check
fi

cat >&2 <<MSG
make test needs these Debian packages, and this user cannot install them:
  $packages
Install them (as root):  apt-get update && apt-get install -y $packages
MSG
exit 1
