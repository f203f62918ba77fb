#!/usr/bin/env bash
# Builds PayIntentFFI.xcframework (the native library of the Swift package for Apple platforms), or (--check) compiles
# the static library for Apple targets on a machine without Xcode.
#
#   scripts/xcframework.sh                   # on a Mac with Xcode: bindings/swift/PayIntentFFI.xcframework
#   scripts/xcframework.sh --check [TRIPLE...]   # anywhere: compile libpayintent_uniffi.a for each triple
#                                            # (default aarch64-apple-ios aarch64-apple-darwin)
#
# On a Mac this needs Xcode (its command line tools alone have no `xcodebuild`): `xcodebuild -create-xcframework`
# assembles the framework and `lipo` joins the two architectures of the simulator and of macOS. It builds, release
# profile, the static library of bindings/uniffi (`cargo rustc --crate-type staticlib`, so the Cargo.toml's crate
# types do not matter) for
#   aarch64-apple-ios                                   iOS devices
#   aarch64-apple-ios-sim + x86_64-apple-ios (lipo)     the iOS simulator
#   aarch64-apple-darwin + x86_64-apple-darwin (lipo)   macOS
# and puts the FFI headers (bindings/swift/Sources/payintent_uniffiFFI, generated) with a module map for module
# payintent_uniffiFFI beside each library. Package.swift uses the framework when it exists.
#
# --check runs where there is no Apple SDK (Linux CI): rustup adds the targets and zig (PyPI `ziglang`, installed
# when missing) compiles ring's C and assembly, which need nothing of the SDK; a static library needs no linker.
# Each library lands in target/<triple>/release/libpayintent_uniffi.a. What needs Xcode here: linking anything for
# an Apple platform (an app, a test bundle, `swift build` for iOS) and the iOS SDK's headers; zig ships only macOS's.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SWIFT="$ROOT/bindings/swift"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
LIB=libpayintent_uniffi.a

# Compiles the static library for one triple (release) into $TARGET_DIR/<triple>/release/.
build() {
  local triple=$1 start
  start=$(date +%s)
  rustup target list --installed | grep -qx "$triple" || rustup target add "$triple" >/dev/null
  cargo rustc -q --locked --release --target "$triple" -p payintent-uniffi --lib --crate-type staticlib
  echo "xcframework: $triple: $TARGET_DIR/$triple/release/$LIB in $(( $(date +%s) - start )) s"
}

# The C compiler and archiver cc-rs uses for ring, for one triple: zig, through wrappers that drop the target and
# SDK flags cc-rs adds for clang (zig takes its own -target) and use zig's target name. Of the SDK, ring's C needs
# a few libc headers (assert.h, TargetConditionals.h): zig ships Apple's for macOS, and none for iOS, where the
# wrapper adds those same darwin headers (Apple's libc headers are one set for both).
use_zig() {
  local triple=$1 ztarget extra dir var
  case "$triple" in
    aarch64-apple-ios) ztarget=aarch64-ios ;;
    aarch64-apple-ios-sim) ztarget=aarch64-ios-simulator ;;
    x86_64-apple-ios) ztarget=x86_64-ios-simulator ;;
    aarch64-apple-darwin) ztarget=aarch64-macos ;;
    x86_64-apple-darwin) ztarget=x86_64-macos ;;
    *) echo "xcframework: $triple is not an Apple target" >&2; return 1 ;;
  esac
  extra=
  case "$triple" in *-ios*) extra="-isystem $(dirname "$ZIG")/lib/libc/include/any-darwin-any" ;; esac
  dir="$WRAPPERS/$triple"
  mkdir -p "$dir"
  cat > "$dir/cc" <<EOF
#!/bin/sh
# cc for $triple (scripts/xcframework.sh): zig cc without cc-rs's clang target and SDK flags.
skip=
for a in "\$@"; do
  shift
  if [ -n "\$skip" ]; then skip=; continue; fi
  case "\$a" in
    --target=*|-m*-version-min=*|-mtargetos=*) ;;
    -isysroot|-arch|-target) skip=1 ;;
    *) set -- "\$@" "\$a" ;;
  esac
done
exec "$ZIG" cc -target $ztarget $extra "\$@"
EOF
  printf '#!/bin/sh\n# ar for %s (scripts/xcframework.sh)\nexec "%s" ar "$@"\n' "$triple" "$ZIG" > "$dir/ar"
  chmod +x "$dir/cc" "$dir/ar"
  var=${triple//-/_}
  export "CC_$var=$dir/cc" "AR_$var=$dir/ar"
  # cc-rs asks xcrun for the SDK unless SDKROOT names one; ring needs nothing from it.
  export SDKROOT="$WRAPPERS/no-sdk"
  mkdir -p "$SDKROOT"
}

if [ "${1:-}" = --check ]; then
  shift
  triples=("$@")
  [ ${#triples[@]} -gt 0 ] || triples=(aarch64-apple-ios aarch64-apple-darwin)
  python3 -c 'import ziglang' 2>/dev/null || python3 -m pip install -q ziglang 2>/dev/null \
    || { echo "xcframework --check: cannot install ziglang (pip install ziglang)" >&2; exit 1; }
  ZIG="$(python3 -c 'import os, ziglang; print(os.path.join(os.path.dirname(ziglang.__file__), "zig"))')"
  WRAPPERS="$(mktemp -d)"
  trap 'rm -rf "$WRAPPERS"' EXIT
  for t in "${triples[@]}"; do
    use_zig "$t"
    build "$t"
  done
  exit 0
fi

if [ "$(uname -s)" != Darwin ] || ! command -v xcodebuild >/dev/null || ! command -v lipo >/dev/null; then
  echo "xcframework: building PayIntentFFI.xcframework needs macOS with Xcode (xcodebuild -create-xcframework, lipo);" >&2
  echo "xcframework: here only the static libraries can be compiled: scripts/xcframework.sh --check" >&2
  exit 1
fi

for t in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin; do
  build "$t"
done
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
rel() { echo "$TARGET_DIR/$1/release/$LIB"; }
mkdir -p "$WORK/ios" "$WORK/ios-sim" "$WORK/macos" "$WORK/headers"
cp "$(rel aarch64-apple-ios)" "$WORK/ios/$LIB"
lipo -create "$(rel aarch64-apple-ios-sim)" "$(rel x86_64-apple-ios)" -output "$WORK/ios-sim/$LIB"
lipo -create "$(rel aarch64-apple-darwin)" "$(rel x86_64-apple-darwin)" -output "$WORK/macos/$LIB"
cp "$SWIFT/Sources/payintent_uniffiFFI/"*.h "$WORK/headers/"
# The package's module map without its `link` line: the framework's library is linked by SwiftPM itself.
grep -v '^ *link ' "$SWIFT/Sources/payintent_uniffiFFI/module.modulemap" > "$WORK/headers/module.modulemap"
OUT="$SWIFT/PayIntentFFI.xcframework"
rm -rf "$OUT"
xcodebuild -create-xcframework \
  -library "$WORK/ios/$LIB" -headers "$WORK/headers" \
  -library "$WORK/ios-sim/$LIB" -headers "$WORK/headers" \
  -library "$WORK/macos/$LIB" -headers "$WORK/headers" \
  -output "$OUT"
echo "xcframework: $OUT"
