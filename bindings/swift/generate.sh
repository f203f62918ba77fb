#!/usr/bin/env bash
# Generates the Swift package's sources from the uniffi library, or (--check) fails when the committed ones are stale.
#
#   bash bindings/swift/generate.sh           # rewrite the generated files that changed
#   bash bindings/swift/generate.sh --check   # regenerate into a temp dir and compare (the api suite runs this)
#
# The generated sources are committed, because SwiftPM cannot run cargo: a consumer of the package
# (by URL or by path) compiles them as they are. Builds target/debug's payintent-uniffi and
# uniffi-bindgen (the Swift code depends only on the interface, so any build of the library gives
# the same files), then writes:
#   Sources/PayIntent/PayIntentTypes.swift         uniffi-bindgen, crate payintent (the core's types)
#   Sources/PayIntent/PayIntent.swift              uniffi-bindgen, crate payintent_uniffi (the client),
#                                                  with gen-swift.py --cancellable applied
#   Sources/payintent_uniffiFFI/payintentFFI.h, payintent_uniffiFFI.h   the FFI headers
#   Sources/PayIntent/PayIntentMirrors.swift, Tests/PayIntentTests/ParamsFromJson.swift   gen-swift.py
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
case "${1:-}" in
  "") mode=write ;;
  --check) mode=check ;;
  *) echo "usage: generate.sh [--check]" >&2; exit 2 ;;
esac

cd "$ROOT"
cargo build -q -p payintent-uniffi -p uniffi-bindgen
LIB="${CARGO_TARGET_DIR:-$ROOT/target}/debug"
GEN="$(mktemp -d)"
trap 'rm -rf "$GEN"' EXIT
# uniffi-bindgen names a Swift file after its module (PayIntent for both crates), so each crate is
# generated into its own directory.
for crate in payintent payintent_uniffi; do
  "$LIB/uniffi-bindgen" generate --library "$LIB/libpayintent_uniffi.so" --crate "$crate" --no-format \
    --language swift --config uniffi.toml --out-dir "$GEN/$crate" > "$GEN/log" 2>&1 \
    || { cat "$GEN/log" >&2; exit 1; }
done
python3 "$HERE/gen-swift.py" --cancellable "$GEN/payintent_uniffi/PayIntent.swift"

# generated file -> its place in the package
pairs=(
  "$GEN/payintent/PayIntent.swift"              Sources/PayIntent/PayIntentTypes.swift
  "$GEN/payintent_uniffi/PayIntent.swift"       Sources/PayIntent/PayIntent.swift
  "$GEN/payintent/payintentFFI.h"               Sources/payintent_uniffiFFI/payintentFFI.h
  "$GEN/payintent_uniffi/payintent_uniffiFFI.h" Sources/payintent_uniffiFFI/payintent_uniffiFFI.h
)
stale=()
for ((i = 0; i < ${#pairs[@]}; i += 2)); do
  src="${pairs[i]}"; dst="$HERE/${pairs[i+1]}"
  cmp -s "$src" "$dst" && continue
  if [ "$mode" = check ]; then
    stale+=("bindings/swift/${pairs[i+1]}")
  else
    cp "$src" "$dst"   # only what changed, so that SwiftPM's incremental build stays warm
  fi
done

if [ "$mode" = check ]; then
  # gen-swift.py's outputs against the committed PayIntentTypes.swift (stale ones are named on stderr).
  python3 "$HERE/gen-swift.py" --check || stale+=("(gen-swift.py outputs, listed above)")
  if [ ${#stale[@]} -gt 0 ]; then
    printf 'swift generate --check: stale: %s\n' "${stale[@]}" >&2
    echo "run: bash bindings/swift/generate.sh, then commit the files" >&2
    exit 1
  fi
  echo "swift generate --check: the committed Swift sources match the library"
else
  python3 "$HERE/gen-swift.py"
fi
