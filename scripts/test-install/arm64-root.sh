#!/usr/bin/env bash
# Helper of the test-install parts (not a part itself): makes a Debian 12 arm64
# root holding the given packages and their dependencies, so that qemu-user runs
# the arm64 programs in it on an x86_64 host without binfmt_misc:
#
#   root="$(bash scripts/test-install/arm64-root.sh python3.11 nodejs)" || echo "not run: $root"
#   qemu-aarch64-static -L "$root" "$root/usr/bin/python3.11" -c 'print(1)'
#
# Prints the root's path on stdout. It uses apt-get with a private state and
# cache (target/test-install/arm64-apt: arm64 package lists, the .debs) and an
# empty dpkg status, so it changes nothing of the machine's apt or dpkg setup and
# needs no `dpkg --add-architecture`; each .deb is unpacked with dpkg-deb -x (no
# maintainer scripts run). The root is rebuilt only when the package list changes.
# When a tool is missing (qemu-aarch64-static, apt-get, dpkg-deb) or apt fails, it
# prints why on stdout and exits 3, so the caller can print "not run: <why>".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[ $# -gt 0 ] || { echo "usage: arm64-root.sh PACKAGE..." >&2; exit 2; }
CACHE="${ARM64_ROOT_CACHE:-$ROOT/target/test-install/arm64-apt}"
for tool in qemu-aarch64-static apt-get dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install qemu-user-static)"; exit 3; }
done
key="$(printf '%s\n' "$@" | sort | tr '\n' ' ')"
out="$CACHE/root-$(printf '%s' "$key" | sha1sum | cut -c1-12)"
if [ -f "$out/.packages" ] && [ "$(cat "$out/.packages")" = "$key" ]; then
  echo "$out"; exit 0
fi
debs="$out.debs"   # this package list's .debs only
mkdir -p "$CACHE/state/lists/partial" "$CACHE/cache" "$debs/partial"
: >"$CACHE/status"
apt=(apt-get -q -o Debug::NoLocking=1 -o Dir::State="$CACHE/state" -o Dir::State::status="$CACHE/status"
     -o Dir::Cache="$CACHE/cache" -o Dir::Cache::archives="$debs" -o APT::Architecture=arm64 -o APT::Architectures::=arm64)
log="$CACHE/apt.log"
if ! { "${apt[@]}" update && "${apt[@]}" install -y --download-only --no-install-recommends "$@"; } >"$log" 2>&1; then
  echo "apt-get could not download the arm64 packages $key($(grep -m1 -E '^(E|W):' "$log" || tail -n1 "$log"))"
  exit 3
fi
rm -rf "$out" "$out.tmp"
mkdir -p "$out.tmp"
for d in "$debs"/*.deb; do dpkg-deb -x "$d" "$out.tmp"; done
printf '%s' "$key" >"$out.tmp/.packages"
mv "$out.tmp" "$out"
echo "$out"
