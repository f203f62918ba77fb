#!/usr/bin/env python3
"""Writes the Swift code that follows from the generated types (run by generate.sh after uniffi-bindgen).

Reads the core's generated Swift (Sources/PayIntent/PayIntentTypes.swift) and writes, both committed and
checked for staleness by `generate.sh --check` (the api suite):
  Sources/PayIntent/PayIntentMirrors.swift   a CustomReflectable for PaymentIntent listing every field of the
                                             generated struct, the client secret redacted (what `dump()` shows),
                                             and `PayIntentError.details` over every error case;
  Tests/PayIntentTests/ParamsFromJson.swift  `FromJSON` conformances of every *Params struct, of the structs they
                                             hold and of their string enums, for building typed params from JSON
                                             in API spelling (the shared scenarios); keys a struct has no field
                                             for go into its `extra` JSON text.
No field list is kept by hand: everything here is read from the generated declarations.

`gen-swift.py --cancellable FILE` instead patches uniffi's generated async runtime in FILE (the client's
PayIntent.swift, before generate.sh copies it into the package): uniffi 0.32's Swift code ignores Task
cancellation (and stops the process with fatalError if a Rust future reports cancellation). Patched, a
cancelled Task cancels the Rust future (uniffi's rust_future_cancel), the call throws `CancellationError`
and the future is freed at once, which drops the request: the connection closes and the core reports a
`cancelled` event with the call's idempotency key to the client's logger. Fails loudly when uniffi's code
no longer has the expected shape.
Usage: gen-swift.py [--check]   (--check: exit 1 when an output would change)
       gen-swift.py --cancellable FILE
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = HERE / "Sources/PayIntent/PayIntentTypes.swift"
MIRRORS = HERE / "Sources/PayIntent/PayIntentMirrors.swift"
FROM_JSON = HERE / "Tests/PayIntentTests/ParamsFromJson.swift"
PRIMITIVES = {"String", "Int64", "Int32", "UInt32", "UInt64", "UInt16", "Bool", "Double"}


def snake(name):
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def blocks(text, keyword):
    """{name: body lines} of every top-level `public <keyword> Name` declaration."""
    out = {}
    for m in re.finditer(rf"^public\s+{keyword} (\w+)\b[^\n]*\{{\n(.*?)^\}}", text, re.S | re.M):
        out[m.group(1)] = m.group(2).splitlines()
    return out


def parse(text):
    aliases = dict(re.findall(r"^public typealias (\w+) = (.+)$", text, re.M))
    structs = {}
    for name, body in blocks(text, "struct").items():
        if name.startswith("FfiConverter"):
            continue
        fields = []
        for line in body:
            if line.startswith("    public init("):
                break
            m = re.match(r"^    public var (\w+): (.+)$", line)
            if m:
                fields.append((m.group(1), m.group(2).strip()))
        init = "\n".join(body)
        init = init[init.find("public init("):init.find(") {", init.find("public init("))] if "public init(" in init else ""
        defaults = dict(re.findall(r"\*/(\w+): [^=\n]+? = ([^\n]+?),?\s*$", init, re.M))
        structs[name] = (fields, defaults)
    enums = {}
    for name, body in blocks(text, "enum").items():
        cases = [(m.group(1), bool(m.group(2))) for m in (re.match(r"^    case (\w+)(\()?", l) for l in body) if m]
        enums[name] = cases
    return aliases, structs, enums


def resolve(t, aliases):
    while t in aliases:
        t = aliases[t]
    return t


def error_cases(text):
    """The case names of the generated PayIntentError enum, each carrying `details: ErrorDetails`."""
    m = re.search(r"^enum PayIntentError\b[^\n]*\{\n(.*?)^\}", text, re.S | re.M)
    if not m:
        sys.exit("gen-swift.py: no PayIntentError enum in PayIntentTypes.swift")
    cases = re.findall(r"^\s*case (\w+)\(details: ErrorDetails\s*\)", m.group(1), re.M)
    others = re.findall(r"^\s*case (\w+)", m.group(1), re.M)
    if not cases or len(cases) != len(others):
        sys.exit(f"gen-swift.py: PayIntentError cases without `details: ErrorDetails`: {sorted(set(others) - set(cases))}")
    return cases


def error_details(cases):
    return [
        "extension PayIntentError {",
        "    /// The fields every error carries, whatever its kind.",
        "    public var details: ErrorDetails {",
        "        switch self {",
        *[f"        case .{c}(let d): return d" for c in cases],
        "        }",
        "    }",
        "}",
        "",
    ]


def mirrors(structs, cases):
    fields, _ = structs["PaymentIntent"]
    if not any(f == "clientSecret" for f, _ in fields):
        sys.exit("gen-swift.py: PaymentIntent has no clientSecret field")
    children = []
    for f, _ in fields:
        value = "clientSecret.map { _ in redactedSecret } as Any" if f == "clientSecret" else f"{f} as Any"
        children.append(f'            "{f}": {value},')
    return "\n".join([
        "// Generated by bindings/swift/gen-swift.py from PayIntentTypes.swift, do not edit.",
        "// What `dump()` and other reflection show of a PaymentIntent (every field, the client secret redacted),",
        "// and the details of every PayIntentError case.",
        "",
        "/// What a client secret is shown as.",
        'let redactedSecret = "[redacted]"',
        "",
        "extension PaymentIntent: CustomReflectable {",
        "    public var customMirror: Mirror {",
        "        Mirror(self, children: [",
        *children,
        "        ], displayStyle: .struct)",
        "    }",
        "}",
        "",
        *error_details(cases),
    ])


def from_json(aliases, structs, enums):
    simple = {n for n, cases in enums.items()
              if cases and all(not payload or c == "unknown" for c, payload in cases)}

    def base(t):
        t = resolve(t.rstrip("?"), aliases)
        while True:
            m = re.fullmatch(r"\[(\w+)\]|\[String: (\w+)\]", t)
            if not m:
                return t
            t = resolve(m.group(1) or m.group(2), aliases)

    wanted = [n for n in structs if n.endswith("Params")]
    i = 0
    while i < len(wanted):
        for _, t in structs[wanted[i]][0]:
            b = base(t)
            if b in structs and b not in wanted:
                wanted.append(b)
        i += 1
    ok = set(PRIMITIVES) | simple | set(wanted)
    out = [
        "// Generated by bindings/swift/gen-swift.py from PayIntentTypes.swift, do not edit.",
        "// FromJSON (TypedJson.swift) for the params structs, the structs they hold and their string enums.",
        "import Foundation",
        "import PayIntent",
        "",
    ]
    used_enums = set()
    for name in wanted:
        fields, defaults = structs[name]
        args = []
        for f, t in fields:
            if f == "extra":
                continue
            wire = snake(f)
            if base(t) not in ok:
                if f not in defaults:
                    raise SystemExit(f"gen-swift.py: {name}.{f} ({t}) has no JSON mapping and no default")
                continue  # left to its default; the key goes into extra
            if base(t) in simple:
                used_enums.add(base(t))
            if t.endswith("?"):
                args.append(f'{f}: try j.opt("{wire}")')
            elif f in defaults:
                args.append(f'{f}: try j.opt("{wire}") ?? {defaults[f]}')
            else:
                args.append(f'{f}: try j.req("{wire}")')
        has_extra = any(f == "extra" for f, _ in fields)
        if has_extra:
            args.append("extra: j.extra()")
        out += [
            f"extension {name}: FromJSON {{",
            f"    static func fromJSON(_ value: Any, at: String) throws -> {name} {{",
            f'        var j = try JSONFields(value, at: at)',
            f"        let made = {name}(",
            *[f"            {a}," for a in args[:-1]],
            *([f"            {args[-1]}"] if args else []),
            "        )",
            *([] if has_extra else ["        try j.noneLeft()"]),
            "        return made",
            "    }",
            "}",
            "",
        ]
    for name in sorted(used_enums):
        cases = [c for c, _ in enums[name] if c != "unknown"]
        out += [
            f"extension {name}: FromJSON {{",
            f"    static func fromJSON(_ value: Any, at: String) throws -> {name} {{",
            f"        switch try String.wire(value, at: at) {{",
            *[f'        case "{snake(c)}": return .{c}' for c in cases],
            *([f"        case let other: return .unknown(other)"] if any(c == "unknown" for c, _ in enums[name])
              else [f'        case let other: throw TypedJSONError(at + ": no {name} named " + other)']),
            "        }",
            "    }",
            "}",
            "",
        ]
    return "\n".join(out)


# uniffi's Swift async runtime, as uniffi-bindgen 0.32 writes it, and what it becomes.
RUNTIME_BEFORE = """    freeFunc: (UInt64) -> (),
    liftFunc: (F) throws -> T,
    errorHandler: ((RustBuffer) throws -> Swift.Error)?
) async throws -> T {"""
RUNTIME_AFTER = """    freeFunc: (UInt64) -> (),
    cancelFunc: @escaping (UInt64) -> (),
    liftFunc: (F) throws -> T,
    errorHandler: ((RustBuffer) throws -> Swift.Error)?
) async throws -> T {"""
LOOP_BEFORE = """    defer {
        freeFunc(rustFuture)
    }
    var pollResult: Int8;
    repeat {
        pollResult = await withUnsafeContinuation {"""
LOOP_AFTER = """    // payintent (gen-swift.py --cancellable): Task cancellation cancels the Rust future; the
    // call then throws CancellationError and the future is freed (dropped) at once.
    let live = UniffiLiveFuture { cancelFunc(rustFuture) }
    defer {
        live.end { freeFunc(rustFuture) }
    }
    await withTaskCancellationHandler {
    var pollResult: Int8;
    repeat {
        pollResult = await withUnsafeContinuation {"""
LOOP_END_BEFORE = """    } while pollResult != UNIFFI_RUST_FUTURE_POLL_READY
"""
LOOP_END_AFTER = """    } while pollResult != UNIFFI_RUST_FUTURE_POLL_READY
    } onCancel: {
        live.cancel()
    }
"""
CANCELLED_BEFORE = """        case CALL_CANCELLED:
            fatalError("Cancellation not supported yet")"""
CANCELLED_AFTER = """        case CALL_CANCELLED:
            throw CancellationError()"""
LIVE_FUTURE = """
// payintent (gen-swift.py --cancellable): whether a Rust future handle is still valid, so that a
// cancellation arriving as the call ends never touches a freed future.
fileprivate final class UniffiLiveFuture: @unchecked Sendable {
    private let lock = NSLock()
    private var live = true
    private let cancelFuture: () -> Void
    init(cancel: @escaping () -> Void) { cancelFuture = cancel }
    func cancel() { lock.lock(); defer { lock.unlock() }; if live { cancelFuture() } }
    func end(_ free: () -> Void) { lock.lock(); defer { lock.unlock() }; live = false; free() }
}
"""


def cancellable(path):
    text = path.read_text()
    if "UniffiLiveFuture" in text:
        return  # already patched
    for before, after in [(RUNTIME_BEFORE, RUNTIME_AFTER), (LOOP_BEFORE, LOOP_AFTER),
                          (LOOP_END_BEFORE, LOOP_END_AFTER), (CANCELLED_BEFORE, CANCELLED_AFTER)]:
        if text.count(before) != 1:
            sys.exit(f"gen-swift.py --cancellable: uniffi's async runtime changed shape in {path}:\n{before}")
        text = text.replace(before, after)
    calls = re.subn(r"(freeFunc: (\w+)_rust_future_free_(\w+),)", r"\1\n            cancelFunc: \2_rust_future_cancel_\3,", text)
    text, n = calls
    if n == 0:
        sys.exit(f"gen-swift.py --cancellable: no async call in {path}")
    path.write_text(text + LIVE_FUTURE)


def main():
    if sys.argv[1:2] == ["--cancellable"]:
        cancellable(Path(sys.argv[2]))
        return
    text = TYPES.read_text()
    aliases, structs, enums = parse(text)
    outputs = {MIRRORS: mirrors(structs, error_cases(text)), FROM_JSON: from_json(aliases, structs, enums)}
    stale = [p for p, body in outputs.items() if not p.exists() or p.read_text() != body]
    if "--check" in sys.argv[1:]:
        for p in stale:
            print(f"stale: {p}", file=sys.stderr)
        sys.exit(1 if stale else 0)
    for p in stale:  # only what changed, so that SwiftPM's incremental build stays warm
        p.write_text(outputs[p])


if __name__ == "__main__":
    main()
