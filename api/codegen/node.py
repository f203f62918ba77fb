"""Node target: the TypeScript declarations (lib/generated.d.ts) and the runtime parameter table (lib/params.js)."""
from .common import HEADER, camel, wrap_doc

OWNED_DIRS = []  # bindings/node/lib also holds the hand-written wrapper
DTS = "bindings/node/lib/generated.d.ts"
TABLE = "bindings/node/lib/params.js"

# Result types index.d.ts declares by hand (response metadata, LeanRails fields,
# tolerant charges); the generated ones carry a `Fields` suffix for them.
HAND_WRITTEN = {"payment_intent", "charge"}


def type_name(name):
    """`payment_intent_next_action` -> `PaymentIntentNextAction` (or `...Fields` for hand-written ones)."""
    return camel(name) + ("Fields" if name in HAND_WRITTEN else "")


def jsdoc(text, indent, extra=()):
    """A /** */ block with `text` (markdown links reduced to their words) and `extra` lines."""
    lines = wrap_doc(text.replace("*/", "*\\/"), 96 - len(indent)) if text.strip() else []
    lines = lines + [e for e in extra if e]
    if not lines:
        lines = ["(No description in the API reference.)"]
    if len(lines) == 1:
        return [f"{indent}/** {lines[0]} */"]
    return [f"{indent}/**"] + [f"{indent} * {l}".rstrip() for l in lines] + [f"{indent} */"]


def ts_type(t, indent, result):
    """TypeScript for one type of the description's vocabulary."""
    kind = t["kind"]
    if kind == "string":
        return "string"
    if kind in ("integer", "number", "timestamp"):
        return "number"
    if kind == "boolean":
        return "boolean"
    if kind == "json":
        return "JsonValue"
    if kind == "enum":
        union = " | ".join(f"'{v}'" for v in t["values"])
        return f"OrUnknown<{union}>" if result else union
    if kind == "array":
        inner = ts_type(t["items"], indent, result)
        return f"Array<{inner}>"
    if kind == "map":
        return f"Record<string, {ts_type(t['values'], indent, result)}>"
    if kind == "one_of":
        return " | ".join(ts_type(o, indent, result) for o in t["options"])
    if kind == "ref":
        return type_name(t["name"])
    if kind == "expandable":
        return "Expandable<ExpandedObject>"
    if kind == "list":
        return f"ApiListOf<{ts_type(t['items'], indent, result)}>"
    if kind == "object":
        return object_literal(t["fields"], indent, result)
    raise ValueError(f"no TypeScript for type kind {kind!r}")


def member(f, indent, result):
    optional = "" if f["required"] else "?"
    ty = ts_type(f["type"], indent, result)
    if f.get("nullable"):
        ty = f"{ty} | null"
    extra = ["Send an empty string to unset it."] if f.get("unsettable") and not result else []
    return jsdoc(f["description"], indent, extra) + [f"{indent}{f['name']}{optional}: {ty};"]


def object_literal(fields, indent, result):
    inner = indent + "  "
    out = ["{"]
    for f in fields:
        out.extend(member(f, inner, result))
    out.append(indent + "}")
    return "\n".join(out)


def params_name(op):
    return f"PaymentIntent{camel(op['name'])}Params"


def dts(desc):
    out = [
        f"// {HEADER}",
        "// Parameters and results of the PaymentIntents API in its own snake_case",
        f"// spelling (API version {desc.doc['api_version']}); index.d.ts re-exports them.",
        "",
        "/** A known value, or a string this version does not know yet. */",
        "export type OrUnknown<T extends string> = T | (string & {});",
        "/** A JSON value, for free-form parameters and unmodelled fields. */",
        "export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };",
        "/** An expanded related object (customer, payment method, ...). */",
        "export interface ExpandedObject {",
        "  id: string | null;",
        "  object: string | null;",
        "  [field: string]: JsonValue | undefined;",
        "}",
        "/** An id, or the object itself when the field was expanded. */",
        "export type Expandable<T> = string | T;",
        "/** A list object nested in a result (e.g. LeanRails `charges`). */",
        "export interface ApiListOf<T> {",
        "  object: 'list';",
        "  data: T[];",
        "  has_more: boolean;",
        "  url: string;",
        "}",
        "",
        "// ---------------------------------------------------------------- enums",
        "",
    ]
    for key in sorted(desc.enums):
        out.extend(jsdoc(f"Values of `{key}` this version knows.", ""))
        out.append(f"export type {camel(key.replace('.', '_'))} = " + " | ".join(f"'{v}'" for v in desc.enums[key]) + ";")
    out += ["", "// ---------------------------------------------------------------- results", ""]
    for name in sorted(desc.types):
        t = desc.types[name]
        out.extend(jsdoc(t.get("description", ""), "", [f"The API's `{name}` object."]))
        out.append(f"export interface {type_name(name)} " + object_literal(t["fields"], "", True))
        out.append("")
    out += ["// ---------------------------------------------------------------- parameters", ""]
    for op in desc.operations:
        out.extend(jsdoc(op["description"], "", [f"Parameters of `{op['method']} {op['path']}` ({op['name']})."]))
        out.append(f"export interface {params_name(op)} " + object_literal(op["params"], "", False))
        out.append("")
    return "\n".join(out)


def table(desc):
    out = [
        f"// {HEADER}",
        "// The parameter names each operation accepts, in API spelling: the wrapper",
        "// refuses any other top-level key before a request is sent.",
        "'use strict';",
        "",
        "module.exports = Object.freeze({",
    ]
    for op in desc.operations:
        names = ", ".join(f"'{p['name']}'" for p in op["params"])
        out.append(f"  {op['name']}: Object.freeze([{names}]),")
    out += ["});", ""]
    return "\n".join(out)


def outputs(desc):
    return {DTS: dts(desc), TABLE: table(desc)}
