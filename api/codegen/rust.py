"""The Rust target: writes core/src/generated/ (enums, error kinds, operations, typed methods, parameters, client rules)."""
import re

from . import common
from .common import camel, join_words
from . import errors_rust
from . import rust_model
from . import rust_params
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
            else:
                out.lines(doc_lines(f"`{value}`.", 8))
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


# ---- operations ----------------------------------------------------------------

RETURNS = {"object": "Returns::Object", "list": "Returns::List", "search_result": "Returns::SearchResult"}


def first_sentence(text):
    """The first sentence of the first paragraph (a full stop followed by a capital ends it)."""
    para = text.split("\n\n", 1)[0]
    m = re.match(r"(.+?[.!?])\s+[A-Z]", para, flags=re.S)
    return m.group(1) if m else para


def id_prefix(desc, op):
    prefix = desc.rules["id_prefixes"].get(op["id_param"]) if op["id_param"] else None
    if prefix is not None and not isinstance(prefix, str):
        raise SystemExit(f"codegen: the path parameter {op['id_param']} needs exactly one id prefix")
    return prefix


def option_str(value):
    return "None" if value is None else f"Some({rust_str(value)})"


def operations_file(desc):
    ops = desc.operations
    out = Out(file_header("The operations of the PaymentIntents API: names, HTTP methods, paths, id parameters, results."))
    out.line("use crate::operation_info::{OperationInfo, Returns};")
    out.line("use crate::wire::Method;")
    out.line("")
    out.line(f"/// The {len(ops)} operations of the PaymentIntents API, named as in the API reference.")
    out.line("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]")
    out.line("pub enum Operation {")
    for op in ops:
        out.lines(doc_lines(f"`{op['method']} {op['path']}`: {first_sentence(op['description'])}", 4))
        out.line(f"    {camel(op['name'])},")
    out.line("}")
    out.line("")
    out.line("impl Operation {")
    out.line("    /// Every operation, in the order of the API reference.")
    out.line(f"    pub const ALL: [Operation; {len(ops)}] = [")
    for op in ops:
        out.line(f"        Operation::{camel(op['name'])},")
    out.line("    ];")
    out.line("")
    out.line("    /// The operation's row of the description.")
    out.line("    pub(crate) fn info(self) -> &'static OperationInfo {")
    out.line("        match self {")
    for op in ops:
        method = "Method::" + camel(op["method"].lower())
        out.line(f"            Operation::{camel(op['name'])} => &OperationInfo {{")
        out.line(f"                name: {rust_str(op['name'])},")
        out.line(f"                method: {method},")
        out.line(f"                path: {rust_str(op['path'])},")
        out.line(f"                id_param: {option_str(op['id_param'])},")
        out.line(f"                id_prefix: {option_str(id_prefix(desc, op))},")
        out.line(f"                returns: {RETURNS[op['returns']['kind']]},")
        out.line("            },")
    out.line("        }")
    out.line("    }")
    out.line("}")
    return out.text()


def params_type(op):
    return camel(op["name"]) + "Params"


def result_type(op):
    item = camel(op["returns"]["name"])
    kind = op["returns"]["kind"]
    return {"object": item, "list": f"List<{item}>", "search_result": f"SearchResult<{item}>"}[kind]


def outcome(op, expr):
    kind = op["returns"]["kind"]
    if kind == "object":
        return f"Outcome::{camel(op['returns']['name'])}(Box::new({expr}))"
    return {"list": f"Outcome::List({expr})", "search_result": f"Outcome::Search({expr})"}[kind]


def methods_file(desc):
    ops = desc.operations
    out = Out(file_header("The typed methods of `PaymentIntents`, one per operation, and the JSON entry point `call`."))
    out.line("use serde_json::Value;")
    out.line("")
    out.line("use crate::error::Result;")
    out.line("use crate::model::{List, PaymentIntent, SearchResult};")
    out.line("use crate::operation::Operation;")
    names = ", ".join(["from_json"] + sorted(params_type(op) for op in ops))
    out.line(f"use crate::params::{{{names}}};")
    out.line("use crate::payment_intents::{Outcome, PaymentIntents};")
    out.line("")
    out.line("impl PaymentIntents {")
    for op in ops:
        variant = f"Operation::{camel(op['name'])}"
        out.lines(doc_lines(f"`{op['method']} {op['path']}`.\n\n{op['description']}", 4))
        if op["id_param"]:
            out.line(f"    pub async fn {op['name']}(&self, id: &str, params: &{params_type(op)}) -> Result<{result_type(op)}> {{")
            out.line(f"        self.send({variant}, Some(id), params).await")
        else:
            out.line(f"    pub async fn {op['name']}(&self, params: &{params_type(op)}) -> Result<{result_type(op)}> {{")
            out.line(f"        self.send({variant}, None, params).await")
        out.line("    }")
        out.line("")
    out.lines(doc_lines(
        "Run an operation named as in the API reference with JSON parameters (`null` is no "
        "parameters). This is the entry point of the language bindings and of the shared scenario "
        "tests; Rust callers normally use the typed methods. A missing id and parameters of the "
        "wrong shape are `invalid_argument_error`s naming the parameter.", 4))
    out.line("    pub async fn call(&self, op: Operation, id: Option<&str>, params: Value) -> Result<Outcome> {")
    out.line("        match op {")
    for op in ops:
        variant = f"Operation::{camel(op['name'])}"
        out.line(f"            {variant} => {{")
        if op["id_param"]:
            out.line("                let id = op.required_id(id)?;")
            call = f"self.{op['name']}(id, &from_json(params)?).await?"
        else:
            call = f"self.{op['name']}(&from_json(params)?).await?"
        out.line(f"                Ok({outcome(op, call)})")
        out.line("            }")
    out.line("        }")
    out.line("    }")
    out.line("}")
    return out.text()


# ---- client rules and parameters -------------------------------------------------------


def int_literal(n):
    """`99999999` -> `99_999_999`."""
    digits = str(abs(n))
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ("-" if n < 0 else "") + ("_".join(groups) if len(str(abs(n))) > 4 else str(abs(n)))


def rules_file(desc):
    r = desc.rules
    consts = [
        ("MAX_AMOUNT", "i64", r["max_amount"], "The largest amount the API takes, in the smallest currency unit."),
        ("METADATA_MAX_KEYS", "usize", r["metadata"]["max_keys"], "How many keys `metadata` may hold."),
        ("METADATA_MAX_KEY_CHARS", "usize", r["metadata"]["max_key_chars"], "The longest `metadata` key, in characters."),
        ("METADATA_MAX_VALUE_CHARS", "usize", r["metadata"]["max_value_chars"], "The longest `metadata` value, in characters."),
        ("IDEMPOTENCY_KEY_MAX_CHARS", "usize", r["idempotency_key_max_chars"], "The longest `Idempotency-Key`."),
    ]
    out = Out(file_header("The client-side limits of the description's client_rules, as constants."))
    for name, ty, value, doc in consts:
        out.lines(doc_lines(doc, 0))
        out.line(f"pub const {name}: {ty} = {int_literal(value)};")
    for param, prefixes in sorted(r["id_prefixes"].items()):
        if isinstance(prefixes, list):
            out.lines(doc_lines(f"What a `{param}` id may start with.", 0))
            out.line(f"pub const {param.upper()}_ID_PREFIXES: &[&str] = {str_slice(prefixes)};")
    return out.text()


def params_file(desc):
    header = file_header(
        "The parameter structs of the operations, their nested types, and the checks the description declares."
    )
    return rust_params.params_file(desc, enum_for_param, header)


def model_file(desc):
    header = file_header("The PaymentIntent and the objects it contains, as lenient model structs (behaviour: `lenient_object!`).")
    return rust_model.model_file(desc, {spec["enum"]: spec["rust"] for spec in ENUMS}, header)


# ---- the whole target ------------------------------------------------------------


def mod_file(modules):
    out = Out(file_header("The Rust lists generated from the API description, one module per kind."))
    for m in modules:
        out.line(f"pub mod {m};")
    return out.text()


def outputs(desc):
    files = {
        "enums.rs": enums_file(desc),
        errors_rust.FILE: errors_rust.errors_file(desc, file_header("The error kinds: codes, class names, parents and HTTP statuses.")),
        "methods.rs": methods_file(desc),
        "model.rs": model_file(desc),
        "operations.rs": operations_file(desc),
        "params.rs": params_file(desc),
        "rules.rs": rules_file(desc),
    }
    files["mod.rs"] = mod_file(sorted(name[:-3] for name in files))
    return {f"{GEN_DIR}/{name}": rustfmt(text, name) for name, text in files.items()}
