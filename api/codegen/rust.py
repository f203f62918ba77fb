"""The Rust target: writes core/src/generated/ (enums, operations, typed methods, parameters, client rules)."""
from . import common
from .common import camel, join_words
from .rust_text import Out, doc_lines, rust_str, rustfmt, str_slice

GEN_DIR = "core/src/generated"
OWNED_DIRS = [GEN_DIR]

# Which enums of the description become Rust types, under which (public, stable) names,
# and the value subsets published as constants: ("object",) is the values the object
# can hold, ("param", op, name) the values one operation accepts.
ENUMS = [
    {"rust": "Status", "enum": "payment_intent.status"},
    {"rust": "CaptureMethod", "enum": "payment_intent.capture_method"},
    {"rust": "ConfirmationMethod", "enum": "payment_intent.confirmation_method"},
    {
        "rust": "CancellationReason",
        "enum": "payment_intent.cancellation_reason",
        "consts": {"REQUESTABLE": ("param", "cancel", "cancellation_reason")},
    },
    {
        "rust": "SetupFutureUsage",
        "enum": "payment_intent.setup_future_usage",
        "consts": {"SETTABLE": ("object",)},
    },
]

# The Rust spelling of the empty string, the value that clears a field.
UNSET_VARIANT = "Unset"


def file_header(what):
    return [f"//! {common.HEADER}", f"//! {what}", ""]


# ---- enums ---------------------------------------------------------------------


def enum_values(desc, spec):
    """The object's values, then the values only parameters take (such as `""`), in description order."""
    field_name = spec["enum"].split(".", 1)[1]
    values = desc.enum(spec["enum"])
    for _, param_values in desc.param_enum_values(field_name):
        for v in param_values:
            if v not in values:
                values.append(v)
    return values


def variant_name(value):
    return UNSET_VARIANT if value == "" else camel(value)


def const_values(desc, spec, source):
    if source[0] == "object":
        return desc.enum(spec["enum"])
    _, op, name = source
    return list(desc.param(op, name)["type"]["values"])


def const_doc(source):
    if source[0] == "object":
        return "The values an object can hold (the other known values only a request sends)."
    _, op, name = source
    return f"The values the `{op}` operation accepts for `{name}`."


def variant_doc(field_name, value, ops):
    taken = join_words(f"`{o}`" for o in ops)
    if value == "":
        return (
            f"Clears the value: an empty string (`{field_name}=` on the form wire, `\"\"` in JSON). "
            f"Only {taken} take it."
        )
    return f"A value only requests send: only {taken} take it."


def enums_file(desc):
    out = Out(file_header("The string enums of the PaymentIntent and its parameters (behaviour: `string_enum!`)."))
    out.line("use crate::string_enum::string_enum;")
    for spec in ENUMS:
        type_name, field_name = spec["enum"].split(".", 1)
        field = desc.field(type_name, field_name)
        object_values = desc.enum(spec["enum"])
        doc = f"`{field_name}` of a {camel(type_name)}."
        if field["description"]:
            doc += "\n\n" + field["description"]
        for name, source in spec.get("consts", {}).items():
            if source[0] == "param":
                doc += f"\n\nThe `{source[1]}` operation accepts only [`{spec['rust']}::{name}`]."
        out.line("")
        out.line("string_enum! {")
        out.lines(doc_lines(doc, 4))
        out.line(f"    {spec['rust']} {{")
        for value in enum_values(desc, spec):
            if value not in object_values:
                ops = [op for op, vals in desc.param_enum_values(field_name) if value in vals]
                out.lines(doc_lines(variant_doc(field_name, value, ops), 8))
            out.line(f"        {variant_name(value)} => {rust_str(value)},")
        out.line("    }")
        out.line("}")
        consts = spec.get("consts", {})
        if consts:
            out.line("")
            out.line(f"impl {spec['rust']} {{")
            for name, source in consts.items():
                out.lines(doc_lines(const_doc(source), 4))
                out.line(f"pub const {name}: &'static [&'static str] = {str_slice(const_values(desc, spec, source))};")
            out.line("}")
    return out.text()


def enum_for_param(name):
    """The Rust enum of a parameter named like one of the object's enum fields, if any."""
    for spec in ENUMS:
        if spec["enum"].split(".", 1)[1] == name:
            return spec["rust"]
    return None


# ---- the whole target ------------------------------------------------------------


def mod_file(modules):
    out = Out(file_header("The Rust lists generated from the API description, one module per kind."))
    for m in modules:
        out.line(f"pub mod {m};")
    return out.text()


def outputs(desc):
    files = {
        "enums.rs": enums_file(desc),
    }
    files["mod.rs"] = mod_file(sorted(name[:-3] for name in files))
    return {f"{GEN_DIR}/{name}": rustfmt(text, name) for name, text in files.items()}
