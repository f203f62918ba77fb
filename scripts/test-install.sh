#!/usr/bin/env bash
# Installs each artifact of dist/ into a fresh place, as a user would, and runs
# the quickstart against the sandbox: one script per ecosystem in
# scripts/test-install/<name>.sh (rust, python, node, kotlin, swift).
#
#   scripts/test-install.sh              # every ecosystem (dist/ must hold its artifacts)
#   scripts/test-install.sh python node  # only some
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DIST_DIR="${DIST_DIR:-$ROOT/dist}"
ALL=(rust python node kotlin swift)
if [ $# -gt 0 ]; then PARTS=("$@"); else PARTS=("${ALL[@]}"); fi
failed=()
for p in "${PARTS[@]}"; do
  script="$ROOT/scripts/test-install/$p.sh"
  [ -f "$script" ] || { echo "test-install: no part named $p" >&2; exit 2; }
  echo "=================== test-install: $p ==================="
  if bash "$script"; then echo "test-install $p: ok"; else echo "test-install $p: FAILED"; failed+=("$p"); fi
done
[ ${#failed[@]} -eq 0 ] || { echo "test-install failed: ${failed[*]}"; exit 1; }
