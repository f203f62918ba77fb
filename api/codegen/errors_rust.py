"""The Rust part of the error kinds: core/src/generated/errors.rs, `ErrorKind` with its codes, class names and statuses."""
from . import errors
from .rust_text import Out, doc_lines, rust_str

FILE = "errors.rs"


def kind_doc(row):
    """The doc of a variant: the sentence, then the code and statuses."""
    where = errors.statuses_text(row)
    tail = f"Code `{row['kind']}`" + (f", from {where}" if where else "")
    return f"{row['doc']}\n\n{tail}."


def match_fn(out, doc, signature, rows, value):
    out.lines(doc_lines(doc, 4))
    out.line(f"    pub {signature} {{")
    out.line("        match self {")
    for row in rows:
        out.line(f"            ErrorKind::{errors.variant(row)} => {value(row)},")
    out.line("        }")
    out.line("    }")


def errors_file(desc, header):
    rows = errors.kinds(desc)
    out = Out(header)
    out.lines(doc_lines(
        "The error taxonomy: the kind of every failure. `as_str()` gives the stable code every "
        "language binding exposes unchanged, `class_name()` the exception class of the kind in every "
        "language.", 0))
    out.line("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]")
    out.line("#[cfg_attr(feature = \"uniffi\", derive(uniffi::Enum))]")
    out.line("pub enum ErrorKind {")
    for row in rows:
        out.lines(doc_lines(kind_doc(row), 4))
        out.line(f"    {errors.variant(row)},")
    out.line("}")
    out.line("")
    out.line("impl ErrorKind {")
    out.line("    /// Every kind, in the order of the description.")
    out.line(f"    pub const ALL: [ErrorKind; {len(rows)}] = [")
    for row in rows:
        out.line(f"        ErrorKind::{errors.variant(row)},")
    out.line("    ];")
    out.line("")
    out.lines(doc_lines("The class every kind's class derives from, directly or through its parent.", 4))
    out.line(f"    pub const BASE_CLASS_NAME: &'static str = {rust_str(errors.base_class(desc))};")
    out.line("")
    match_fn(out, "The stable code, e.g. `card_error`.", "const fn as_str(self) -> &'static str", rows,
             lambda r: rust_str(r["kind"]))
    out.line("")
    out.line("    /// The kind with this stable code.")
    out.line("    pub fn parse(code: &str) -> Option<ErrorKind> {")
    out.line("        ErrorKind::ALL.into_iter().find(|k| k.as_str() == code)")
    out.line("    }")
    out.line("")
    match_fn(out, "The exception class of this kind, the same name in every language.",
             "const fn class_name(self) -> &'static str", rows, lambda r: rust_str(r["class"]))
    out.line("")
    match_fn(out, "The class this kind's class derives from: another kind's class, or [`ErrorKind::BASE_CLASS_NAME`].",
             "const fn parent_class_name(self) -> &'static str", rows,
             lambda r: rust_str(errors.parent_class(desc, r)))
    out.line("")
    match_fn(out, "The HTTP statuses the kind comes from (empty: no response, or refused before sending).",
             "const fn http_statuses(self) -> &'static [u16]", rows,
             lambda r: "&[" + ", ".join(str(s) for s in r["http_status"]) + "]")
    out.line("}")
    out.line("")
    # The Swift/Kotlin error enum (core/src/uniffi_error.rs) takes its variants from this list.
    out.lines(doc_lines(
        "Invokes the macro `$m` with every kind as `ClassName => Variant`, in the order of the "
        "description (the Swift/Kotlin error enum is built from it).", 0))
    out.line("#[allow(unused_macros)]")
    out.line("macro_rules! with_error_kinds {")
    out.line("    ($m:ident) => {")
    out.line("        $m! {")
    for row in rows:
        out.line(f"            {row['class']} => {errors.variant(row)},")
    out.line("        }")
    out.line("    };")
    out.line("}")
    out.line("#[allow(unused_imports)]")
    out.line("pub(crate) use with_error_kinds;")
    return out.text()
