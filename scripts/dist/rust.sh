#!/usr/bin/env bash
# dist part "rust" (run by scripts/dist.sh): the crates.io packages of
# payintent-sandbox and payintent (the core), as `cargo publish` would upload
# them, into $DIST_DIR/rust/*.crate. Both are verified by cargo (each unpacked
# package builds on its own, the core against the packaged sandbox).
# The same in `host` and `all` mode: crates are source packages.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
OUT="$DIST_DIR/rust"
mkdir -p "$OUT"
rm -f "$OUT"/*.crate
VERSION="$(sed -n '/^\[workspace\.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)"
cargo package -q --locked -p payintent-sandbox -p payintent
for c in payintent-sandbox payintent; do
  cp "target/package/$c-$VERSION.crate" "$OUT/"
  echo "dist rust: $OUT/$c-$VERSION.crate ($(tar tzf "$OUT/$c-$VERSION.crate" | wc -l) files)"
done
