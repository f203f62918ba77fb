#!/usr/bin/env bash
# Keeps the release version in step across every ecosystem: sets it in each
# manifest that carries it, or (--check) fails when any of them disagrees.
#
#   scripts/set-version.sh 0.2.0     # set everywhere (then review `git diff`)
#   scripts/set-version.sh --check   # all agree with Cargo.toml's [workspace.package]
#
# The source of truth is `version` in the root Cargo.toml's [workspace.package]
# (the crates inherit it). The places kept in step with it:
#   Cargo.toml (workspace), core/Cargo.toml (the exact dev-dependency on the sandbox),
#   bindings/python/pyproject.toml and any packaging/*/pyproject.toml with a static version,
#   bindings/node/package.json (+ its optionalDependencies on our own per-platform packages),
#   bindings/node/package-lock.json (its own entries), bindings/node/npm/*/package.json and
#   packaging/*/package.json (per-platform and sandbox npm packages, when they exist),
#   bindings/kotlin/pom.xml (the project's own <version>),
#   and the version shown to users in install snippets (README.md, bindings/*/README.md).
#   Cargo.lock (the workspace members' own entries) and core/fuzz/Cargo.lock (the core's entry).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

case "${1:-}" in
  --check) mode=check ;;
  ""|-h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  -*) echo "set-version: unknown option $1" >&2; exit 2 ;;
  *) mode=set ;;
esac

python3 - "$mode" "${1:-}" <<'PY'
import glob, json, os, re, sys

mode, wanted = sys.argv[1], sys.argv[2]
SEMVER = r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?"
if mode == "set" and not re.fullmatch(SEMVER, wanted):
    sys.exit(f"set-version: {wanted!r} is not a semantic version like 1.2.3 or 1.2.3-rc.1")

def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()

def workspace_version(text):
    m = re.search(r'(?ms)^\[workspace\.package\]\n(?:(?!^\[).)*?^version = "([^"]+)"', text)
    if not m:
        sys.exit("set-version: no version in Cargo.toml [workspace.package]")
    return m.group(1)

current = workspace_version(read("Cargo.toml"))
target = wanted if mode == "set" else current
problems, changed = [], []

def regex_site(path, pattern, what):
    """A file where `pattern` (group 1 = text before, 2 = version) must carry the version."""
    text = read(path)
    found = list(re.finditer(pattern, text))
    if not found:
        problems.append(f"{path}: no {what} found (pattern {pattern!r})")
        return
    if mode == "check":
        for m in found:
            if m.group(2) != target:
                problems.append(f"{path}: {what} is {m.group(2)}, Cargo.toml says {target}")
        return
    new = re.sub(pattern, lambda m: m.group(1) + target, text)
    if new != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
        changed.append(path)

def json_site(path, edit):
    """A JSON file; edit(doc, report) sets the version where it belongs, report(where, value) checks."""
    text = read(path)
    doc = json.loads(text)
    def report(where, value):
        if value != target:
            problems.append(f"{path}: {where} is {value}, Cargo.toml says {target}")
    if mode == "check":
        edit(doc, report, check=True)
        return
    edit(doc, report, check=False)
    indent = 2
    new = json.dumps(doc, indent=indent, ensure_ascii=False) + ("\n" if text.endswith("\n") else "")
    if new != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
        changed.append(path)

def ours(name):
    return name == "payintent" or name.startswith("payintent-") or name.startswith("@payintent/")

def package_json(doc, report, check):
    if check:
        report("version", doc.get("version"))
    else:
        doc["version"] = target
    for key in ("optionalDependencies", "dependencies"):
        for name in list(doc.get(key, {})):
            if ours(name):
                if check:
                    report(f"{key}.{name}", doc[key][name])
                else:
                    doc[key][name] = target

def package_lock(doc, report, check):
    if check:
        report("version", doc.get("version"))
    else:
        doc["version"] = target
    root = doc.get("packages", {}).get("")
    if root is not None:
        package_json(root, lambda w, v: report(f'packages[""].{w}', v), check)

# Rust: the workspace version, and the exact dev-dependency of the core on the sandbox.
ws = r'(?ms)(^\[workspace\.package\]\n(?:(?!^\[).)*?^version = ")(' + SEMVER + ')'
regex_site("Cargo.toml", ws, "[workspace.package] version")
regex_site("core/Cargo.toml", r'(payintent-sandbox = \{[^}\n]*version = "=)(' + SEMVER + ')', "payintent-sandbox dev-dependency version")

# Python.
regex_site("bindings/python/pyproject.toml", r'(?m)(^\[project\]\n(?:(?!^\[).*\n)*?version = ")(' + SEMVER + ')', "[project] version")
for path in sorted(glob.glob("packaging/*/pyproject.toml")):
    if re.search(r'(?m)^version = "', read(path)):  # static; dynamic ones take Cargo's
        regex_site(path, r'(?m)(^\[project\]\n(?:(?!^\[).*\n)*?version = ")(' + SEMVER + ')', "[project] version")

# Node: the main package, its lockfile, per-platform and sandbox packages.
json_site("bindings/node/package.json", package_json)
json_site("bindings/node/package-lock.json", package_lock)
for path in sorted(glob.glob("bindings/node/npm/*/package.json") + glob.glob("packaging/*/package.json")):
    json_site(path, package_json)

# Cargo.lock: the workspace members' own entries (the path packages: no `source` line).
regex_site("Cargo.lock", r'(?m)(^\[\[package\]\]\nname = "(?:payintent[a-z-]*|uniffi-bindgen)"\nversion = ")(' + SEMVER + r')(?="\n(?!source))', "workspace member version")
if os.path.exists("core/fuzz/Cargo.lock"):  # the fuzz crate's own workspace locks the core by path
    regex_site("core/fuzz/Cargo.lock", r'(?m)(^\[\[package\]\]\nname = "payintent"\nversion = ")(' + SEMVER + r')(?="\n(?!source))', "payintent version")

# Kotlin/JVM: the project's own <version> (the first one, right after <artifactId>).
regex_site("bindings/kotlin/pom.xml", r'(<artifactId>payintent-kotlin</artifactId>\s*<version>)(' + SEMVER + ')', "project <version>")

# Install snippets shown to users (only where they exist).
snippets = [
    (r'(dev\.payintent:payintent-kotlin:)(' + SEMVER + ')', "Maven coordinate"),
    (r'(<artifactId>payintent-kotlin</artifactId>\s*<version>)(' + SEMVER + ')', "Maven <version>"),
    (r'(\.package\(url: "[^"]*payintent[^"]*", (?:from|exact): ")(' + SEMVER + ')', "SwiftPM version"),
]
for path in ["README.md"] + sorted(glob.glob("bindings/*/README.md")) + sorted(glob.glob("packaging/*/README.md")):
    text = read(path)
    for pattern, what in snippets:
        if re.search(pattern, text):
            regex_site(path, pattern, what)

if problems:
    print("set-version: versions disagree:" if mode == "check" else "set-version: problems:", file=sys.stderr)
    for p in problems:
        print("  " + p, file=sys.stderr)
    sys.exit(1)
if mode == "check":
    print(f"set-version: every manifest says {target}")
else:
    for path in changed:
        print(f"set-version: {path} -> {target}")
    print("set-version: done; review `git diff`, then scripts/set-version.sh --check")
PY
