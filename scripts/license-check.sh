#!/usr/bin/env bash
# Fails when a package directory lacks its LICENSE file or when any LICENSE copy
# in the tree differs from the root one (packaging tools need a real file inside
# each package directory, so the copies must stay identical). Run by the api suite.
#
#   scripts/license-check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

[ -f LICENSE ] || { echo "license-check: no LICENSE at the root" >&2; exit 1; }
bad=0
# Every directory that is packaged on its own (crates, wheels, npm packages, the jar, SwiftPM).
for dir in core sandbox bindings/python bindings/node bindings/kotlin bindings/swift packaging/*/; do
  dir="${dir%/}"
  [ -d "$dir" ] || continue
  if [ ! -f "$dir/LICENSE" ] || [ -L "$dir/LICENSE" ]; then
    echo "license-check: $dir/LICENSE is missing or not a regular file (cp LICENSE $dir/)" >&2
    bad=1
  fi
done
# Every copy in the tree (per-platform npm packages included), git-ignored build outputs aside.
while IFS= read -r copy; do
  [ -f "$copy" ] || continue  # a missing copy is reported above
  if ! cmp -s LICENSE "$copy"; then
    echo "license-check: $copy differs from the root LICENSE (cp LICENSE $copy)" >&2
    bad=1
  fi
done < <(git ls-files --cached --others --exclude-standard -- 'LICENSE' '*/LICENSE' | grep -vx LICENSE)
[ "$bad" -eq 0 ] && echo "license-check: every package carries the root LICENSE"
exit "$bad"
