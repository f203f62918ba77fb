"""Checks Mach-O files cross-linked on Linux (by zig) before they are shipped.

For each file given (or each Mach-O file inside a given .whl), it reads the
headers and the symbol table itself (no Apple tools needed) and requires:

- a 64-bit Mach-O of the CPU of --target (x86_64 or arm64),
- LC_BUILD_VERSION (or LC_VERSION_MIN_MACOSX) for macOS with a minimum OS no
  newer than --min-os, so it loads on every macOS the package claims,
- for arm64, an LC_CODE_SIGNATURE (arm64 macOS kills unsigned code; zig signs
  ad hoc, as Apple's linker does; x86_64 macOS runs unsigned code),
- no library loaded beyond /usr/lib/libSystem.B.dylib, libiconv and
  libcharset (which ship with every macOS; Rust's std links libiconv),
- every symbol bound by dyld (the bind opcodes of LC_DYLD_INFO) bound either to one of those libraries (two-level
  namespace) or, only when --host-symbols is given, looked up dynamically in
  the process that loads it (`-undefined dynamic_lookup`) and starting with
  one of those prefixes (_Py for Python, _napi_ for Node).

    python3 scripts/dist/check_macho.py --target aarch64-apple-darwin --min-os 11.0 \\
        --host-symbols _Py dist/python/payintent-*-macosx_*_arm64.whl
"""
import argparse
import io
import struct
import sys
import zipfile

MH_MAGIC_64 = 0xFEEDFACF
CPU = {"x86_64": 0x01000007, "aarch64": 0x0100000C}
LC_SYMTAB = 0x2
LC_LOAD_DYLIB = 0xC
LC_ID_DYLIB = 0xD
LC_LOAD_WEAK_DYLIB = 0x80000018
LC_REEXPORT_DYLIB = 0x8000001F
LC_LAZY_LOAD_DYLIB = 0x20
LC_CODE_SIGNATURE = 0x1D
LC_VERSION_MIN_MACOSX = 0x24
LC_BUILD_VERSION = 0x32
LC_DYLD_INFO, LC_DYLD_INFO_ONLY = 0x22, 0x80000022
LC_DYLD_CHAINED_FIXUPS = 0x80000034
FLAT_LOOKUP = -2
PLATFORM_MACOS = 1
ALLOWED_LIBS = {
    "/usr/lib/libSystem.B.dylib",
    "/usr/lib/libiconv.2.dylib",
    "/usr/lib/libcharset.1.dylib",
}


def version(packed):
    return (packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF)


def parse_version(text):
    parts = [int(p) for p in text.split(".")] + [0, 0]
    return tuple(parts[:3])


def cstr(data, offset):
    return data[offset:data.index(b"\0", offset)].decode()


def uleb(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def binds(data, start, size):
    """(symbol, library ordinal) of each bind in a dyld bind opcode stream."""
    out, i, end, ordinal, sym = [], start, start + size, 0, None
    while i < end:
        op, imm = data[i] & 0xF0, data[i] & 0x0F
        i += 1
        if op == 0x10:                      # SET_DYLIB_ORDINAL_IMM
            ordinal = imm
        elif op == 0x20:                    # SET_DYLIB_ORDINAL_ULEB
            ordinal, i = uleb(data, i)
        elif op == 0x30:                    # SET_DYLIB_SPECIAL_IMM: 0, -1, -2, -3
            ordinal = 0 if imm == 0 else (imm | 0xF0) - 0x100
        elif op == 0x40:                    # SET_SYMBOL_TRAILING_FLAGS_IMM
            sym = cstr(data, i)
            i += len(sym.encode()) + 1
        elif op in (0x60, 0x70, 0x80):      # SET_ADDEND_SLEB, SET_SEGMENT_AND_OFFSET_ULEB, ADD_ADDR_ULEB
            _, i = uleb(data, i)
        elif op in (0x90, 0xA0, 0xB0, 0xC0):  # the DO_BIND forms
            out.append((sym, ordinal))
            if op == 0xA0:
                _, i = uleb(data, i)
            elif op == 0xC0:
                _, i = uleb(data, i)
                _, i = uleb(data, i)
        elif op == 0xD0 and imm == 0:       # THREADED SET_BIND_ORDINAL_TABLE_SIZE_ULEB
            _, i = uleb(data, i)
        # 0x00 DONE (lazy binds use it as a separator), 0x50 SET_TYPE_IMM, 0xD0/1 APPLY: no operand
    return out


def check(name, data, target, min_os, host_prefixes):
    """Returns a list of problems of one Mach-O image (empty when it passes)."""
    problems = []
    magic, cputype, _sub, _ftype, ncmds, _size, _flags, _res = struct.unpack_from("<IiIIIIII", data, 0)
    if magic != MH_MAGIC_64:
        return [f"{name}: not a 64-bit little-endian Mach-O file"]
    want = CPU[target.split("-")[0]]
    if cputype & 0xFFFFFFFF != want:
        problems.append(f"{name}: CPU type {cputype & 0xFFFFFFFF:#x}, not the one of {target} ({want:#x})")
    libs, minos, signed, bound, weak, chained = [], None, False, [], False, False
    off = 32
    for _ in range(ncmds):
        cmd, cmdsize = struct.unpack_from("<II", data, off)
        if cmd in (LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB, LC_REEXPORT_DYLIB, LC_LAZY_LOAD_DYLIB):
            libs.append(cstr(data, off + struct.unpack_from("<I", data, off + 8)[0]))
        elif cmd == LC_BUILD_VERSION:
            platform, packed = struct.unpack_from("<II", data, off + 8)
            if platform != PLATFORM_MACOS:
                problems.append(f"{name}: built for platform {platform}, not macOS")
            minos = version(packed)
        elif cmd == LC_VERSION_MIN_MACOSX:
            minos = version(struct.unpack_from("<I", data, off + 8)[0])
        elif cmd == LC_CODE_SIGNATURE:
            signed = True
        elif cmd in (LC_DYLD_INFO, LC_DYLD_INFO_ONLY):
            info = struct.unpack_from("<10I", data, off + 8)
            bound += binds(data, info[2], info[3]) + binds(data, info[6], info[7])
            weak = True
        elif cmd == LC_DYLD_CHAINED_FIXUPS:
            chained = True
        off += cmdsize
    if minos is None:
        problems.append(f"{name}: no minimum macOS version (LC_BUILD_VERSION)")
    elif minos > min_os:
        problems.append(f"{name}: needs macOS {'.'.join(map(str, minos))}, newer than {'.'.join(map(str, min_os))}")
    if not signed and target.startswith("aarch64"):
        problems.append(f"{name}: no code signature (arm64 macOS refuses to run it)")
    extra = [lib for lib in libs if lib not in ALLOWED_LIBS]
    if extra:
        problems.append(f"{name}: loads libraries beyond libSystem: {extra}")
    if chained or not weak:
        return problems + [f"{name}: no LC_DYLD_INFO bind opcodes (chained fixups are not read by this check)"]
    dynamic, foreign = [], []
    for sym, ordinal in sorted(set(bound)):
        if ordinal == FLAT_LOOKUP:
            dynamic.append(sym)
        elif not 1 <= ordinal <= len(libs):
            foreign.append(f"{sym} (library ordinal {ordinal})")
    if dynamic and not host_prefixes:
        problems.append(f"{name}: {len(dynamic)} symbols left to dynamic lookup, e.g. {dynamic[:5]}")
    stray = [s for s in dynamic if not s.startswith(tuple(host_prefixes))]
    if host_prefixes and stray:
        problems.append(f"{name}: symbols left to dynamic lookup that the host does not define: {stray[:10]}")
    if foreign:
        problems.append(f"{name}: symbols bound to no library it loads: {foreign[:10]}")
    if not problems:
        print(f"check_macho: {name}: {target.split('-')[0]}, macOS >= {'.'.join(map(str, minos))}, "
              f"{'signed' if signed else 'unsigned'}, "
              f"libraries {[lib.rsplit('/', 1)[-1] for lib in libs]}, "
              f"{len(set(bound)) - len(dynamic)} symbols from them, {len(dynamic)} from the host process")
    return problems


def images(path):
    """(name, bytes) of the file, or of each Mach-O file in a wheel."""
    if path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            for member in z.namelist():
                data = z.read(member)
                if data[:4] == struct.pack("<I", MH_MAGIC_64):
                    yield f"{path.rsplit('/', 1)[-1]}:{member}", data
    else:
        with open(path, "rb") as f:
            yield path.rsplit("/", 1)[-1], f.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", required=True, choices=["x86_64-apple-darwin", "aarch64-apple-darwin"])
    ap.add_argument("--min-os", required=True, type=parse_version)
    ap.add_argument("--host-symbols", action="append", default=[], metavar="PREFIX",
                    help="prefix of symbols the loading process defines (repeatable)")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    problems = []
    for path in args.files:
        found = 0
        for name, data in images(path):
            found += 1
            problems += check(name, data, args.target, args.min_os, args.host_symbols)
        if not found:
            problems.append(f"{path}: no Mach-O file in it")
    for p in problems:
        print(f"check_macho: {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
