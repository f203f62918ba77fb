#!/usr/bin/env python3
"""Proof of sameness across the five languages: extracts every operation, its parameter names and the per-call options from each published surface — the Rust params (core/src/generated/params.rs) and RequestOptions, the Python stub, the Node d.ts, and the Swift and Kotlin sources uniffi-bindgen generates from the built library — and compares them with the API description (options: with the core's RequestOptions).

    python3 api/surfaces.py                 # generates Swift/Kotlin from target/debug/libpayintent_uniffi.so
    python3 api/surfaces.py --uniffi-dir D  # use sources already generated under D (D/kotlin, D/swift)

Exit status 1 lists every difference. Standard library only.
"""
import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Spellings a surface may add for an option, taken as the core's option (Node keeps stripe-node's names).
OPTION_SYNONYMS = {"timeout_ms": "timeout", "deadline_ms": "deadline", "max_network_retries": "max_retries"}


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def snake(name):
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name.strip("`")).lower()


def camel(name):
    return "".join(part.capitalize() for part in name.split("_"))


class Surface:
    """One language's view: operation -> parameter names, operation -> option names."""

    def __init__(self, name):
        self.name = name
        self.params = {}
        self.options = {}


# Cancelling a call is each language's own idiom, not a shared option: Rust's
# `RequestOptions.cancel` (a CancelToken), Node's `signal` (an AbortSignal),
# Python's KeyboardInterrupt / asyncio task cancellation, Swift Task and Kotlin
# coroutine cancellation (and, there too, an explicit `cancel_token` option,
# a CancelToken object). Each suite tests it; here it is left out of the
# comparison of the shared options.
CANCEL_OPTION = {"rust": "cancel", "node": "signal", "swift": "cancel_token", "kotlin": "cancel_token"}


def expected():
    desc = json.loads(read("api/payment_intents.json"))
    s = Surface("description")
    for op in desc["operations"]:
        s.params[op["name"]] = {p["name"] for p in op["params"]}
    config = read("core/src/config.rs")
    body = re.search(r"pub struct RequestOptions \{(.*?)\n\}", config, re.S).group(1)
    opts = set(re.findall(r"pub (\w+):", body)) - {CANCEL_OPTION["rust"]}
    for op in s.params:
        s.options[op] = opts
    return s


def block_after(text, header_regex, end_regex):
    m = re.search(header_regex, text)
    if not m:
        return None
    rest = text[m.end():]
    end = re.search(end_regex, rest, re.M)
    return rest[: end.start()] if end else rest


def rust(ops):
    s = Surface("rust")
    params = read("core/src/generated/params.rs")
    methods = read("core/src/generated/methods.rs")
    opts = expected().options
    for op in ops:
        body = block_after(params, rf"pub struct {camel(op)}Params \{{", r"^\}")
        if body is not None:
            s.params[op] = set(re.findall(r"^    pub (\w+):", body, re.M)) - {"extra"}
        if re.search(rf"pub async fn {op}\(", methods):
            s.options[op] = opts[op]  # one RequestOptions for every call (PaymentIntents::with_options)
    return s


def python(ops):
    s = Surface("python")
    tree = ast.parse(read("bindings/python/python/payintent/_payintent.pyi"))
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    for op in ops:
        td = classes.get(f"_{camel(op)}Params")
        if td is not None:
            s.params[op] = {st.target.id for st in td.body if isinstance(st, ast.AnnAssign)}
    service = classes.get("PaymentIntents") or classes.get("AsyncPaymentIntents")
    for fn in service.body if service else []:
        if isinstance(fn, ast.FunctionDef) and fn.name in ops:
            # A parameter may also be positional (`search(query)`, `cancel(id, cancellation_reason)`).
            positional = {a.arg for a in fn.args.args} - {"self", "id"}
            s.params[fn.name] = s.params.get(fn.name, set()) | positional
            s.options[fn.name] = {a.arg for a in fn.args.kwonlyargs}
            twin = next((f for f in service.body if isinstance(f, ast.FunctionDef) and f.name == fn.name + "_async"), None)
            if twin is None or {a.arg for a in twin.args.kwonlyargs} != s.options[fn.name]:
                s.options[fn.name] = {"<the _async twin differs>"}
    return s


def interface_fields(text, name):
    body = block_after(text, rf"interface {name} \{{", r"^\}")
    return None if body is None else {snake(f) for f in re.findall(r"^  (\w+)\??:", body, re.M)}


def node(ops):
    s = Surface("node")
    gen = read("bindings/node/lib/generated.d.ts")
    index = read("bindings/node/lib/index.d.ts")
    opts = interface_fields(index, "RequestOptions") or set()
    opts = {OPTION_SYNONYMS.get(o, o) for o in opts}
    for op in ops:
        fields = interface_fields(gen, f"PaymentIntent{camel(op)}Params")
        if fields is not None:
            s.params[op] = fields
        name = re.sub(r"_(\w)", lambda m: m.group(1).upper(), op)
        if re.search(rf"^  {name}\((?:[^()]|\([^()]*\))*?options\?: RequestOptions", index + gen, re.M):
            s.options[op] = opts
    return s


# How each uniffi language spells a record and a method taking per-call options
# (its file extension, a record's opening line, where it ends, a field line,
# and a method whose `options` defaults to none), with the method's name in
# lowerCamelCase substituted for {name}.
UNIFFI_SHAPES = {
    "kotlin": (".kt", r"\ndata class {cls} \(", r"^\)", r"^    var `?(\w+)`?:",
               r"suspend fun `{name}`\(.*`options`: RequestOptions\? = null\)"),
    "swift": (".swift", r"\npublic struct {cls}\b[^{{\n]*\{{", r"^\}}", r"^    public var `?(\w+)`?:",
              r"open func {name}\(.*options: RequestOptions\? = nil\)"),
}


def uniffi_surface(language, ops, gen_dir):
    """The Swift or Kotlin surface, read from the sources generated under gen_dir/<language>."""
    ext, opening, closing, field, method = UNIFFI_SHAPES[language]
    s = Surface(language)
    text = ""
    for dirpath, _, files in os.walk(os.path.join(gen_dir, language)):
        for f in sorted(files):
            if f.endswith(ext):
                with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
                    text += fh.read()

    def fields(cls):
        body = block_after(text, opening.format(cls=cls), closing.format())
        return None if body is None else {snake(f) for f in re.findall(field, body, re.M)} - {"extra"}

    opts = fields("RequestOptions") or set()
    for op in ops:
        p = fields(f"{camel(op)}Params")
        if p is not None:
            s.params[op] = p
        name = re.sub(r"_(\w)", lambda m: m.group(1).upper(), op)
        if re.search(method.format(name=name), text):
            s.options[op] = opts
    return s


def kotlin(ops, gen_dir):
    """The Kotlin surface."""
    return uniffi_surface("kotlin", ops, gen_dir)


def swift(ops, gen_dir):
    """The Swift surface."""
    return uniffi_surface("swift", ops, gen_dir)


def generate_uniffi(out_dir):
    lib = os.path.join(ROOT, "target", "debug", "libpayintent_uniffi.so")
    bindgen = os.path.join(ROOT, "target", "debug", "uniffi-bindgen")
    if not (os.path.exists(lib) and os.path.exists(bindgen)):
        raise SystemExit("surfaces: build first: cargo build -p payintent-uniffi -p uniffi-bindgen")
    for language in ("kotlin", "swift"):
        crates = ["payintent", "payintent_uniffi"] if language == "swift" else [None]
        for crate in crates:
            target = os.path.join(out_dir, language, crate or "")
            cmd = [bindgen, "generate", "--library", lib, "--language", language, "--no-format",
                   "--config", os.path.join(ROOT, "uniffi.toml"), "--out-dir", target]
            if crate:
                cmd += ["--crate", crate]
            subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)


def compare(want, surfaces):
    problems = []
    for s in surfaces:
        for op in sorted(want.params):
            if op not in s.params:
                problems.append(f"{s.name}: operation {op}: no parameter type found")
            else:
                missing = want.params[op] - s.params[op]
                extra = s.params[op] - want.params[op]
                if missing:
                    problems.append(f"{s.name}: {op}: parameters missing: {', '.join(sorted(missing))}")
                if extra:
                    problems.append(f"{s.name}: {op}: parameters not in the description: {', '.join(sorted(extra))}")
            own = s.options.get(op, set()) - {CANCEL_OPTION.get(s.name)}
            if op not in s.options:
                problems.append(f"{s.name}: operation {op}: no method taking per-call options found")
            elif own != want.options[op]:
                diff = sorted(want.options[op] ^ own)
                problems.append(f"{s.name}: {op}: options differ from the core's RequestOptions: {', '.join(diff)}")
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uniffi-dir", help="directory with kotlin/ and swift/ sources already generated")
    args = ap.parse_args(argv)
    want = expected()
    ops = list(want.params)
    with tempfile.TemporaryDirectory() as tmp:
        gen_dir = args.uniffi_dir or tmp
        if not args.uniffi_dir:
            generate_uniffi(tmp)
        surfaces = [rust(ops), python(ops), node(ops), kotlin(ops, gen_dir), swift(ops, gen_dir)]
    problems = compare(want, surfaces)
    for p in problems:
        print("surfaces:", p)
    if problems:
        return 1
    n = sum(len(v) for v in want.params.values())
    print(f"surfaces: {len(ops)} operations, {n} parameters and {len(next(iter(want.options.values())))} "
          f"per-call options are the same in Rust, Python, Node, Swift and Kotlin")
    return 0


if __name__ == "__main__":
    sys.exit(main())
