#!/usr/bin/env python3
"""Generates each language's lists (enums, operations, parameters) from the API description api/payment_intents.json.

    python3 api/codegen.py            # rewrite the generated files
    python3 api/codegen.py --check    # exit 1, naming the stale files, when they differ from a fresh generation
    --root DIR                        # compare with / write to another checkout (tests use a copy)

Every target module in api/codegen/ (one per language) returns a mapping from a
path relative to the repository root to the file's full text. A target also
names the directories it owns: a file there that it no longer produces is
stale too (and removed by a regeneration). Standard library only.
"""
import importlib.util
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the tree free of __pycache__ directories

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DESCRIPTION = os.path.join(HERE, "payment_intents.json")


def load_targets():
    """The package api/codegen/, loaded by file path so this script's name cannot shadow it."""
    init = os.path.join(HERE, "codegen", "__init__.py")
    spec = importlib.util.spec_from_file_location(
        "payintent_codegen", init, submodule_search_locations=[os.path.dirname(init)]
    )
    pkg = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = pkg
    spec.loader.exec_module(pkg)
    return [importlib.import_module(f"{spec.name}.{name}") for name in pkg.TARGETS]


def generate(description_path=DESCRIPTION):
    """(files, owned_dirs): every generated file's text by repository-relative path, and the directories targets own."""
    with open(description_path, encoding="utf-8") as f:
        doc = json.load(f)
    targets = load_targets()
    common = importlib.import_module("payintent_codegen.common")
    desc = common.Description(doc)
    files, dirs = {}, []
    for target in targets:
        for path, text in target.outputs(desc).items():
            if path in files:
                raise SystemExit(f"codegen: two targets write {path}")
            files[path] = text
        dirs.extend(target.OWNED_DIRS)
    return files, dirs


def stale(root, files, dirs):
    """Repository-relative paths under `root` that differ from `files`, are missing, or are left over in `dirs`."""
    out = []
    for path, text in sorted(files.items()):
        full = os.path.join(root, path)
        try:
            with open(full, encoding="utf-8", newline="") as f:
                if f.read() != text:
                    out.append(path)
        except FileNotFoundError:
            out.append(path)
    for path in leftovers(root, files, dirs):
        out.append(path)
    return out


def leftovers(root, files, dirs):
    """Files in the owned directories that no target produces any more."""
    out = []
    for d in dirs:
        full = os.path.join(root, d)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            rel = f"{d}/{name}"
            if os.path.isfile(os.path.join(full, name)) and rel not in files:
                out.append(rel)
    return out


def write(root, files, dirs):
    """Write the files that changed and remove leftovers; returns the paths touched."""
    touched = []
    for path in stale(root, files, dirs):
        full = os.path.join(root, path)
        if path in files:
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as f:
                f.write(files[path])
        else:
            os.remove(full)
        touched.append(path)
    return touched


def main(argv):
    root = ROOT
    if "--root" in argv:
        i = argv.index("--root")
        if i + 1 >= len(argv):
            print("codegen: --root needs a directory", file=sys.stderr)
            return 2
        root = os.path.abspath(argv[i + 1])
    files, dirs = generate()
    if "--check" in argv:
        bad = stale(root, files, dirs)
        if bad:
            print("codegen: these generated files are stale (differ from api/payment_intents.json):", file=sys.stderr)
            for path in bad:
                print(f"  {path}", file=sys.stderr)
            print("run `python3 api/codegen.py` and commit the result", file=sys.stderr)
            return 1
        print(f"codegen: {len(files)} generated files are up to date")
        return 0
    touched = write(root, files, dirs)
    for path in touched:
        print(f"codegen: wrote {path}" if path in files else f"codegen: removed {path}")
    if not touched:
        print(f"codegen: {len(files)} generated files already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
