#!/usr/bin/env bash
# dist part "kotlin" (run by scripts/dist.sh): the payintent-kotlin jar (native
# libraries inside as JNA resources), its sources and javadoc jars and POM into
# $DIST_DIR/kotlin/, and the Android static libraries into $DIST_DIR/kotlin/android/.
#
#   DIST_TARGETS=host: the jar with the host's library (the Maven build's own
#                      release build), and `cargo check` of payintent-uniffi for
#                      aarch64-linux-android and x86_64-linux-android (cheap CI proof)
#   DIST_TARGETS=all : the jar with linux-x86-64 and linux-aarch64 libraries built
#                      by cargo-zigbuild against glibc 2.17, and the Android static
#                      libraries (arm64-v8a, x86_64) for the NDK link in
#                      bindings/kotlin/ANDROID.md; one line per platform it cannot
#                      build here, saying why
#
# ring's build script compiles C and assembly for the target, also for `cargo
# check`: for Android that compiler is zig (PyPI's ziglang), as it is for the
# Linux cross builds. Tools (ziglang, cargo-zigbuild, rustup targets) are
# installed when missing, into target/dist-tools/kotlin.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
DIST_TARGETS="${DIST_TARGETS:-all}"
OUT="$DIST_DIR/kotlin"
TOOLS="$ROOT/target/dist-tools/kotlin"
STAGE="$ROOT/target/dist-stage/kotlin"
POM="$ROOT/bindings/kotlin/pom.xml"
ANDROID_TARGETS=(aarch64-linux-android x86_64-linux-android)

say() { echo "dist kotlin: $*"; }

case "$DIST_TARGETS" in
  all|host) ;;
  *) echo "dist kotlin: DIST_TARGETS must be all or host, not $DIST_TARGETS" >&2; exit 2 ;;
esac

# --- tools -------------------------------------------------------------------
if [ ! -x "$TOOLS/bin/python" ]; then
  python3 -m venv "$TOOLS"
fi
if ! [ -x "$TOOLS/bin/cargo-zigbuild" ] || ! "$TOOLS/bin/python" -c "import ziglang" 2>/dev/null; then
  say "installing ziglang and cargo-zigbuild into $TOOLS"
  "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check ziglang cargo-zigbuild
fi
export PATH="$TOOLS/bin:$PATH"

ensure_target() {
  rustup target list --installed | grep -qx "$1" || rustup target add "$1" >/dev/null 2>&1
}

# A C compiler for an Android target, for ring's build script. zig ships clang
# but not Bionic's headers, and ring's C code includes <assert.h>, <string.h>
# and <stdlib.h> only for static_assert and declarations: so it is compiled with
# zig cc for <arch>-linux-musl (musl's headers; same ELF ABI, no libc call in
# the objects), cc-rs's --target=...-android dropped, and on aarch64 x18 kept
# free as Android's own clang does (the shadow call stack register).
android_cc() {
  local triple="$1" cc="$TOOLS/bin/zigcc-$1" arch="${1%%-*}" extra=""
  [ "$arch" = aarch64 ] && extra="-ffixed-x18"
  cat >"$cc" <<EOF
#!/bin/sh
# zig cc standing in for the NDK's clang for $triple (written by scripts/dist/kotlin.sh)
for a in "\$@"; do
  shift
  case "\$a" in --target=*) ;; *) set -- "\$@" "\$a" ;; esac
done
exec "$TOOLS/bin/python" -m ziglang cc -target $arch-linux-musl $extra "\$@"
EOF
  chmod +x "$cc"
  echo "$cc"
}

# cargo_android TRIPLE SUBCOMMAND ARGS...: a cargo command for an Android target with zig as its C compiler
# (--target goes right after the subcommand: ARGS may end in `-- <rustc flags>`).
cargo_android() {
  local triple="$1" cc var; shift
  ensure_target "$triple"
  cc="$(android_cc "$triple")"
  var="$(echo "$triple" | tr 'a-z-' 'A-Z_')"
  env "CC_${triple//-/_}=$cc" "AR_${triple//-/_}=$TOOLS/bin/zigar" "CARGO_TARGET_${var}_LINKER=$cc" cargo "$1" --target "$triple" "${@:2}"
}
cat >"$TOOLS/bin/zigar" <<EOF
#!/bin/sh
# zig ar (written by scripts/dist/kotlin.sh)
exec "$TOOLS/bin/python" -m ziglang ar "\$@"
EOF
chmod +x "$TOOLS/bin/zigar"

VERSION="$(sed -n '/<artifactId>payintent-kotlin<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;}' "$POM")"
[ -n "$VERSION" ] || { echo "dist kotlin: no version in $POM" >&2; exit 1; }

rm -rf "$OUT" "$STAGE"
mkdir -p "$OUT" "$STAGE/natives"

# --- the JVM natives ------------------------------------------------------------
mvn_args=(-B -q -Dstyle.color=never -DskipTests -Pjavadoc -Dpayintent.cargo.profile=release)
if [ "$DIST_TARGETS" = all ]; then
  # glibc 2.17: the jar loads on every Linux the Python wheels do (manylinux2014).
  for pair in x86_64-unknown-linux-gnu:linux-x86-64 aarch64-unknown-linux-gnu:linux-aarch64; do
    triple="${pair%%:*}" prefix="${pair##*:}"
    ensure_target "$triple"
    say "building $prefix (cargo zigbuild --target $triple.2.17)"
    cargo zigbuild --quiet --release -p payintent-uniffi --target "$triple.2.17"
    mkdir -p "$STAGE/natives/$prefix"
    cp "$ROOT/target/$triple/release/libpayintent_uniffi.so" "$STAGE/natives/$prefix/"
  done
  # The Maven build still generates the bindings from its own host build: zig's linker keeps the UNIFFI_META
  # symbols only in .dynsym, and uniffi-bindgen finds no metadata in these libraries.
  mvn_args+=(-Dpayintent.natives="$STAGE/natives")
  say "not built here: darwin-x86-64, darwin-aarch64 (not wired in yet: zig cross-links macOS for the wheels and addons, see RELEASING.md; on a Mac, DIST_TARGETS=host builds darwin-*, and -Dpayintent.natives=<folder> merges prebuilt ones into one jar)"
  say "not built here: win32-x86-64 (needs a Windows linker and CI runner; not a target of this project yet)"
fi

# --- the jar ------------------------------------------------------------------------
say "mvn package (bindings generated by the build; release library)"
(cd "$ROOT/bindings/kotlin" && mvn "${mvn_args[@]}" package)
for kind in "" -sources -javadoc; do
  f="$ROOT/bindings/kotlin/target/payintent-kotlin-$VERSION$kind.jar"
  [ -f "$f" ] || { echo "dist kotlin: the build made no $(basename "$f")" >&2; exit 1; }
  cp "$f" "$OUT/"
done
cp "$POM" "$OUT/payintent-kotlin-$VERSION.pom"

# Every native in the jar is checked for its platform's ELF machine.
JAR="$OUT/payintent-kotlin-$VERSION.jar"
natives="$(unzip -Z1 "$JAR" | grep '/libpayintent_uniffi\.' || true)"
[ -n "$natives" ] || { echo "dist kotlin: the jar carries no native library" >&2; exit 1; }
check="$(mktemp -d)"
trap 'rm -rf "$check"' EXIT
for n in $natives; do
  unzip -q -o "$JAR" "$n" -d "$check"
  case "$n" in
    linux-x86-64/*)  want="Advanced Micro Devices X86-64" ;;
    linux-aarch64/*) want="AArch64" ;;
    *) want="" ;;
  esac
  if [ -n "$want" ]; then
    machine="$(readelf -h "$check/$n" | sed -n 's/^ *Machine: *//p')"
    [ "$machine" = "$want" ] || { echo "dist kotlin: $n is built for $machine, not $want" >&2; exit 1; }
  fi
  say "jar carries $n ($(du -h "$check/$n" | cut -f1))"
done
if [ "$DIST_TARGETS" = all ]; then
  for prefix in linux-x86-64 linux-aarch64; do
    grep -qx "$prefix/libpayintent_uniffi.so" <<<"$natives" || { echo "dist kotlin: the jar lacks $prefix" >&2; exit 1; }
  done
fi

# --- Android ----------------------------------------------------------------------
if [ "$DIST_TARGETS" = host ]; then
  for t in "${ANDROID_TARGETS[@]}"; do
    say "cargo check -p payintent-uniffi --target $t"
    cargo_android "$t" check --quiet -p payintent-uniffi
  done
else
  for t in "${ANDROID_TARGETS[@]}"; do
    case "$t" in aarch64-*) abi=arm64-v8a ;; x86_64-*) abi=x86_64 ;; esac
    say "building the Android static library for $abi ($t)"
    mkdir -p "$OUT/android/$abi"
    # rustc names the system libraries the final link needs (ANDROID.md's -l flags).
    if ! cargo_android "$t" rustc --quiet --release -p payintent-uniffi --lib --crate-type staticlib \
        -- --print native-static-libs >"$STAGE/$t.log" 2>&1; then
      cat "$STAGE/$t.log" >&2; echo "dist kotlin: the static library for $t failed to build" >&2; exit 1
    fi
    cp "$ROOT/target/$t/release/libpayintent_uniffi.a" "$OUT/android/$abi/"
    say "$abi links with: $(sed -n 's/^note: native-static-libs: //p' "$STAGE/$t.log" | tail -1)"
  done
  # The Kotlin classes for the AAR's classes.jar: the jar without the JVM's native folders.
  python3 - "$JAR" "$OUT/android/payintent-kotlin-$VERSION-classes.jar" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
native = re.compile(r"^(linux|darwin|win32)-[^/]+/")
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        if native.match(item.filename):
            continue
        zout.writestr(item, zin.read(item.filename))
PY
  cp "$ROOT/bindings/kotlin/ANDROID.md" "$OUT/android/README.md"
  say "not built here: the Android libpayintent_uniffi.so (linking it needs the Android NDK, which no registry here serves): static libraries in android/<abi>/, link command in android/README.md"
fi

say "built:"
(cd "$DIST_DIR" && find kotlin -type f | sort | sed 's/^/  /')
