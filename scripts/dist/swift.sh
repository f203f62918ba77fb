#!/usr/bin/env bash
# dist part "swift" (run by scripts/dist.sh): the Swift package into $DIST_DIR/swift/.
#   payintent-swift-<version>.tar.gz   the package as the repository holds it (root Package.swift, bindings/swift's
#                                      Sources with the committed generated code, README, LICENSE); refused when
#                                      the generated sources are stale (bindings/swift/generate.sh --check)
#   linux-<arch>/libpayintent_uniffi.so   the native library for this Linux host (release), which a Linux
#                                      consumer links (`-Xlinker -L<dir>`); host and all mode
#   apple/<triple>/libpayintent_uniffi.a  all mode only: the static libraries for Apple targets that compile here
#                                      (scripts/xcframework.sh --check, zig as ring's C compiler); one line per
#                                      target or artifact that cannot be built here, saying why
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
DIST_TARGETS="${DIST_TARGETS:-all}"
OUT="$DIST_DIR/swift"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
VERSION="$(sed -n '/^\[workspace\.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)"
rm -rf "$OUT"
mkdir -p "$OUT"

# The source archive: the files of the package, as they are in the working tree (git-ignored ones left out).
bash bindings/swift/generate.sh --check
NAME="payintent-swift-$VERSION"
git ls-files -z -c -o --exclude-standard -- Package.swift bindings/swift/Sources bindings/swift/README.md bindings/swift/LICENSE LICENSE \
  | sort -z | tar --null -T - --transform "s|^|$NAME/|" --owner=0 --group=0 --sort=name -czf "$OUT/$NAME.tar.gz"
echo "dist swift: $OUT/$NAME.tar.gz ($(tar tzf "$OUT/$NAME.tar.gz" | grep -vc '/$') files)"

# The native library for this host.
case "$(uname -s)" in
  Linux)
    cargo build -q --locked --release -p payintent-uniffi --lib
    mkdir -p "$OUT/linux-$(uname -m)"
    cp "$TARGET_DIR/release/libpayintent_uniffi.so" "$OUT/linux-$(uname -m)/"
    echo "dist swift: $OUT/linux-$(uname -m)/libpayintent_uniffi.so"
    ;;
  *) echo "dist swift: no native library for $(uname -s) hosts here (on a Mac: scripts/xcframework.sh)" ;;
esac

[ "$DIST_TARGETS" = all ] || exit 0

# Apple static libraries: those whose Rust standard library rustup can install here.
apple=()
for t in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin; do
  if rustup target list --installed | grep -qx "$t" || rustup target add "$t" >/dev/null 2>&1; then
    apple+=("$t")
  else
    echo "dist swift: cannot build $t here: rustup has no standard library for it on this machine"
  fi
done
bash scripts/xcframework.sh --check "${apple[@]}"
for t in "${apple[@]}"; do
  mkdir -p "$OUT/apple/$t"
  cp "$TARGET_DIR/$t/release/libpayintent_uniffi.a" "$OUT/apple/$t/"
  echo "dist swift: $OUT/apple/$t/libpayintent_uniffi.a"
done
if [ "$(uname -s)" = Darwin ] && command -v xcodebuild >/dev/null; then
  bash scripts/xcframework.sh
  (cd bindings/swift && zip -qry "$OUT/PayIntentFFI.xcframework.zip" PayIntentFFI.xcframework)
  echo "dist swift: $OUT/PayIntentFFI.xcframework.zip"
else
  echo "dist swift: cannot build PayIntentFFI.xcframework here: needs macOS with Xcode (xcodebuild -create-xcframework, lipo)"
fi
