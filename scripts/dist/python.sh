#!/usr/bin/env bash
# dist part "python" (run by scripts/dist.sh): the payintent abi3 wheels and
# sdist, and the payintent-sandbox wheels (the sandbox binary), into
# $DIST_DIR/python/.
#
#   DIST_TARGETS=all : manylinux2014 (glibc >= 2.17) and musllinux_1_2 wheels for
#                      x86_64 and aarch64 (maturin --zig, zig from PyPI's ziglang),
#                      macOS x86_64 (>= 10.12) and arm64 (>= 11.0), also with zig, the sdist
#   DIST_TARGETS=host: the host platform's wheels (manylinux2014 on Linux) and the sdist
#
# Every wheel's platform tag is checked (auditwheel on Linux, check_macho.py
# for macOS: CPU, minimum macOS, signature, libSystem only), the sdist is trimmed to the crates the wheel needs
# (python_sdist.py) and proven to build a wheel on its own in a temp dir, and
# `twine check` runs over everything. Tools (maturin, ziglang, auditwheel,
# twine, rustup targets) are installed when missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
DIST_TARGETS="${DIST_TARGETS:-all}"
OUT="$DIST_DIR/python"
TOOLS="$ROOT/target/dist-tools/python"   # a venv for the build tools (git-ignored)
SANDBOX_PKG="$ROOT/packaging/python-sandbox"

say() { echo "dist python: $*"; }

# --- tools -------------------------------------------------------------------
if [ ! -x "$TOOLS/bin/python" ]; then
  python3 -m venv "$TOOLS"
fi
if ! "$TOOLS/bin/python" -c "import maturin, ziglang, auditwheel, twine" 2>/dev/null; then
  say "installing maturin, ziglang, auditwheel, twine into $TOOLS"
  "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check \
    "maturin>=1.9.3,<2" ziglang auditwheel twine
fi
# maturin finds zig as `python3 -m ziglang`: the tools venv comes first.
export PATH="$TOOLS/bin:$PATH"

HOST="$(rustc -vV | sed -n 's/^host: //p')"
case "$DIST_TARGETS" in
  all)  LINUX_TARGETS=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu x86_64-unknown-linux-musl aarch64-unknown-linux-musl)
        MAC_TARGETS=(x86_64-apple-darwin aarch64-apple-darwin) ;;
  host) case "$HOST" in
          *-apple-darwin) LINUX_TARGETS=(); MAC_TARGETS=("$HOST") ;;
          *-linux-gnu)    LINUX_TARGETS=("$HOST"); MAC_TARGETS=() ;;
          *) echo "dist python: host $HOST is not a platform this script builds wheels for" >&2; exit 1 ;;
        esac ;;
  *) echo "dist python: DIST_TARGETS must be all or host, not $DIST_TARGETS" >&2; exit 2 ;;
esac

# PYTHON_TARGETS="triple ..." builds only those (Linux or macOS) and keeps the
# other wheels already in $OUT (for redoing one target by hand).
if [ -n "${PYTHON_TARGETS:-}" ]; then
  LINUX_TARGETS=() MAC_TARGETS=()
  for t in $PYTHON_TARGETS; do
    case "$t" in *-apple-darwin) MAC_TARGETS+=("$t") ;; *) LINUX_TARGETS+=("$t") ;; esac
  done
fi

ensure_target() {
  rustup target list --installed | grep -qx "$1" || rustup target add "$1" >/dev/null 2>&1
}

[ -n "${PYTHON_TARGETS:-}" ] || rm -rf "$OUT"
mkdir -p "$OUT"
rm -f "$OUT"/payintent-*.tar.gz

# The policy a Linux target's wheels are built for, and the tag they must carry.
policy() {
  case "$1" in
    *-linux-gnu)  echo manylinux2014 ;;
    *-linux-musl) echo musllinux_1_2 ;;
  esac
}
wheel_arch() { case "$1" in x86_64-*) echo x86_64 ;; aarch64-*) echo aarch64 ;; esac; }
expected_tag() {
  case "$1" in
    *-linux-gnu)  echo "manylinux_2_17_$(wheel_arch "$1")" ;;
    *-linux-musl) echo "musllinux_1_2_$(wheel_arch "$1")" ;;
  esac
}

# build_wheel DIR PROFILE TARGET [maturin args...]: one wheel of the package
# in DIR, built with Cargo profile PROFILE: payintent's extension with `dist`
# (whole-program optimised, Cargo.toml), the sandbox (a test server) with `release`.
build_wheel() {
  local dir="$1" profile="$2" target="$3"; shift 3
  (cd "$dir" && maturin build --quiet --profile "$profile" --target "$target" --out "$OUT" "$@")
}

# check_linux_wheel WHEEL TARGET: auditwheel must find the tag the target
# promises (manylinux); musllinux wheels are checked by check_musl_wheel.
check_linux_wheel() {
  local whl="$1" tag report
  tag="$(expected_tag "$2")"
  case "$(basename "$whl")" in *"$tag"*) ;; *) echo "dist python: $(basename "$whl") does not carry $tag" >&2; return 1 ;; esac
  case "$2" in *-musl) check_musl_wheel "$whl" "$2"; return ;; esac
  report="$(auditwheel show "$whl" 2>&1)" || { echo "$report" >&2; return 1; }
  if ! grep -q "consistent with the following platform tag: \"$tag\"" <<<"$(tr '\n' ' ' <<<"$report" | tr -s ' ')"; then
    echo "$report" >&2
    echo "dist python: auditwheel does not confirm $tag for $(basename "$whl")" >&2
    return 1
  fi
  say "$(basename "$whl"): auditwheel confirms $tag"
}

# check_musl_wheel WHEEL TARGET: auditwheel cannot analyse musl wheels on a
# glibc host, so read each ELF file: the target's machine, and no library
# needed beyond musl's libc (and libgcc_s, which musllinux allows).
check_musl_wheel() {
  "$TOOLS/bin/python" - "$1" "$2" <<'PY'
import io, sys, zipfile
from elftools.elf.elffile import ELFFile
whl, target = sys.argv[1:]
arch = target.split("-")[0]
machine = {"x86_64": "EM_X86_64", "aarch64": "EM_AARCH64"}[arch]
# zig links musl as "libc.so": musl's loader maps that reserved name to itself.
allowed = {f"libc.musl-{arch}.so.1", "libc.so", "libgcc_s.so.1"}
found = 0
with zipfile.ZipFile(whl) as z:
    for name in z.namelist():
        data = z.read(name)
        if not data.startswith(b"\x7fELF"):
            continue
        elf = ELFFile(io.BytesIO(data))
        if elf["e_machine"] != machine:
            sys.exit(f"dist python: {name} in {whl} is {elf['e_machine']}, not {machine}")
        dyn = elf.get_section_by_name(".dynamic")
        needed = {t.needed for t in dyn.iter_tags() if t.entry.d_tag == "DT_NEEDED"} if dyn else set()
        if needed - allowed:
            sys.exit(f"dist python: {name} in {whl} needs {sorted(needed - allowed)} beyond musl libc")
        for seg in elf.iter_segments():
            if seg["p_type"] == "PT_INTERP" and seg.get_interp_name() != f"/lib/ld-musl-{arch}.so.1":
                sys.exit(f"dist python: {name} in {whl} has interpreter {seg.get_interp_name()}")
        found += 1
if not found:
    sys.exit(f"dist python: no ELF file in {whl}")
print(f"dist python: {whl.rsplit('/', 1)[-1]}: {found} ELF file(s) for {arch}, musl libc only")
PY
}

# The oldest macOS a target's wheels support: maturin's (and rustc's) default.
mac_min_os() { case "$1" in aarch64-*) echo 11.0 ;; *) echo 10.12 ;; esac; }

# check_mac_wheel WHEEL TARGET: the Mach-O files inside are of the target's CPU
# and macOS version, signed, load only libSystem (+ libiconv), and leave only
# Python's own symbols to dynamic lookup (check_macho.py).
check_mac_wheel() {
  python3 scripts/dist/check_macho.py --target "$2" --min-os "$(mac_min_os "$2")" \
    --host-symbols _Py --host-symbols __Py "$1"
}

# newest_wheel PATTERN: the wheel just written that matches.
newest_wheel() { ls -t "$OUT"/$1 2>/dev/null | head -1; }

built=()

for target in "${LINUX_TARGETS[@]}"; do
  ensure_target "$target"
  pol="$(policy "$target")"
  zig=(--zig)
  say "$target ($pol): payintent"
  build_wheel bindings/python dist "$target" --compatibility "$pol" "${zig[@]}"
  check_linux_wheel "$(newest_wheel "payintent-*-cp39-abi3-*$(wheel_arch "$target").whl")" "$target"
  say "$target ($pol): payintent-sandbox"
  build_wheel "$SANDBOX_PKG" release "$target" --compatibility "$pol" "${zig[@]}"
  check_linux_wheel "$(newest_wheel "payintent_sandbox-*-py3-none-*$(wheel_arch "$target").whl")" "$target"
  built+=("$target")
done

# macOS from Linux: maturin --zig links with zig's own macOS libSystem stubs
# and `-undefined dynamic_lookup` for Python's symbols; no macOS SDK is needed
# (the crates link no Apple framework; check_macho.py proves what was linked).
for target in "${MAC_TARGETS[@]}"; do
  ensure_target "$target"
  zig=()
  case "$HOST" in *-apple-darwin) ;; *) zig=(--zig) ;; esac
  export MACOSX_DEPLOYMENT_TARGET="$(mac_min_os "$target")"
  mac_arch="$( [ "${target%%-*}" = aarch64 ] && echo arm64 || echo x86_64)"
  say "$target (macOS >= $MACOSX_DEPLOYMENT_TARGET): payintent"
  build_wheel bindings/python dist "$target" "${zig[@]}"
  check_mac_wheel "$(newest_wheel "payintent-*-cp39-abi3-macosx_*_$mac_arch.whl")" "$target"
  say "$target (macOS >= $MACOSX_DEPLOYMENT_TARGET): payintent-sandbox"
  build_wheel "$SANDBOX_PKG" release "$target" "${zig[@]}"
  check_mac_wheel "$(newest_wheel "payintent_sandbox-*-py3-none-macosx_*_$mac_arch.whl")" "$target"
  unset MACOSX_DEPLOYMENT_TARGET
  built+=("$target")
done

# --- sdist ---------------------------------------------------------------------
say "sdist"
(cd bindings/python && maturin sdist --out "$OUT" 2>&1 | grep -v "^warning: manifest has no" || true)
sdist="$(ls "$OUT"/payintent-*.tar.gz)"
"$TOOLS/bin/python" scripts/dist/python_sdist.py "$sdist"

# Proof that it builds alone: a wheel from the sdist in an empty temp dir,
# outside the repository, with its own cargo target dir and --locked.
check="$(mktemp -d)"
trap 'rm -rf "$check"' EXIT
cp "$sdist" "$check/"
say "building a wheel from $(basename "$sdist") in $check (no repository)"
(cd "$check" && env -u CARGO_TARGET_DIR -u VIRTUAL_ENV \
   MATURIN_PEP517_ARGS="--locked" CARGO_TARGET_DIR="$check/target" \
   "$TOOLS/bin/python" -m pip wheel --quiet --disable-pip-version-check --no-deps \
     --wheel-dir "$check/wheels" "$check/$(basename "$sdist")")
ls "$check"/wheels/payintent-*.whl >/dev/null
say "the sdist builds on its own: $(basename "$(ls "$check"/wheels/payintent-*.whl)")"

# --- metadata --------------------------------------------------------------------
twine check --strict "$OUT"/*
say "built for: ${built[*]} + sdist"
ls -1 "$OUT"
