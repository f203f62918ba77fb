"""The Node part of the error kinds: lib/error-classes.js (one subclass per kind and the class of each kind),
lib/error-classes.d.ts (their declarations and the `ErrorKind` union) and lib/index.mjs (the ESM re-exports)."""
from . import common, errors
from .node import jsdoc

OWNED_DIRS = []  # bindings/node/lib also holds the hand-written wrapper
JS = "bindings/node/lib/error-classes.js"
DTS = "bindings/node/lib/error-classes.d.ts"
MJS = "bindings/node/lib/index.mjs"

# The other names lib/index.js exports, re-exported by name from ESM around the error classes.
ENTRY_EXPORTS_BEFORE = ["Client", "PaymentIntents", "Events", "webhooks"]
ENTRY_EXPORTS_AFTER = ["VERSION"]


def class_doc(row):
    where = errors.statuses_text(row)
    return f"{row['doc']} Its `kind` is `'{row['kind']}'`" + (f"; it comes from {where}." if where else ".")


def js(desc):
    rows = errors.kinds(desc)
    base = errors.base_class(desc)
    out = [
        f"// {common.HEADER}",
        "// One error class per kind of the description, and the class of each kind;",
        "// errors.js builds them from native errors, error-base.js holds the fields.",
        "'use strict';",
        "",
        f"const {{ {base} }} = require('./error-base.js');",
        "",
    ]
    for row in rows:
        out.extend(jsdoc(class_doc(row), ""))
        out.append(f"class {row['class']} extends {errors.parent_class(desc, row)} {{}}")
    out += ["", "/** The class of each `kind`. */", "const BY_KIND = Object.freeze({"]
    out += [f"  {row['kind']}: {row['class']}," for row in rows]
    out += ["});", "", "module.exports = {"]
    out += [f"  {row['class']}," for row in rows]
    out += ["  BY_KIND,", "};", ""]
    return "\n".join(out)


def dts(desc):
    rows = errors.kinds(desc)
    base = errors.base_class(desc)
    out = [
        f"// {common.HEADER}",
        "// The error kinds and one declared class per kind; index.d.ts declares the base class and re-exports these.",
        "",
        f"import {{ {base} }} from './index';",
        "",
        "/** Stable error codes, identical in every payintent language. */",
        "export type ErrorKind =",
    ]
    out += [f"  | '{row['kind']}'" for row in rows]
    out[-1] += ";"
    out.append("")
    for row in rows:
        out.extend(jsdoc(class_doc(row), ""))
        out.append(f"export declare class {row['class']} extends {errors.parent_class(desc, row)} {{")
        kinds = " | ".join(f"'{k}'" for k in kinds_of(rows, row["class"]))
        out.append(f"  readonly kind: {kinds};")
        out.append("}")
    out.append("")
    return "\n".join(out)


def kinds_of(rows, class_name):
    """The kinds an instance of `class_name` can have: its own and those of the classes derived from it."""
    out = []
    for row in rows:
        if row["class"] == class_name:
            out.insert(0, row["kind"])
        elif row["parent"] == class_name:
            out.extend(kinds_of(rows, row["class"]))
    return out


def mjs(desc):
    names = ENTRY_EXPORTS_BEFORE + [errors.base_class(desc)] + [r["class"] for r in errors.kinds(desc)] + ENTRY_EXPORTS_AFTER
    out = [
        f"// {common.HEADER}",
        "// ESM entry point of payintent: re-exports the CommonJS build (lib/index.js) by name.",
        "import payintent from './index.js';",
        "",
        "export const {",
    ]
    out += [f"  {n}," for n in names]
    out += ["} = payintent;", "export default payintent;", ""]
    return "\n".join(out)


def outputs(desc):
    return {JS: js(desc), DTS: dts(desc), MJS: mjs(desc)}
