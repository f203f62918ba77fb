#!/usr/bin/env bash
# Builds every release artifact into dist/: one script per ecosystem in
# scripts/dist/<name>.sh (rust, python, node, kotlin, swift), run in that order.
#
#   scripts/dist.sh                 # every ecosystem, every target it can build here
#   scripts/dist.sh python node     # only some
#   DIST_TARGETS=host scripts/dist.sh   # only the host platform (what CI installs and tests)
#
# Each part writes below dist/<name>/ and prints what it built; a part that
# cannot build a target on this machine says which and why, and fails only
# when a target it was asked for explicitly is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DIST_DIR="$ROOT/dist"
export DIST_TARGETS="${DIST_TARGETS:-all}"
ALL=(rust python node kotlin swift)
if [ $# -gt 0 ]; then PARTS=("$@"); else PARTS=("${ALL[@]}"); fi
mkdir -p "$DIST_DIR"
for p in "${PARTS[@]}"; do
  script="$ROOT/scripts/dist/$p.sh"
  [ -f "$script" ] || { echo "dist: no part named $p (scripts/dist/$p.sh)" >&2; exit 2; }
  echo "=================== dist: $p ==================="
  start=$(date +%s)
  bash "$script"
  echo "=================== dist $p: done in $(( $(date +%s) - start )) s"
done
echo
echo "dist/ now holds:"
find "$DIST_DIR" -type f | sed "s|^$ROOT/||" | sort
