"""The Python part of the error kinds: the pyo3 exception classes (bindings/python/src/exception_classes.rs, included
by exceptions.rs) and the stub's exception classes and their `__all__` names (sections of the python target's stub)."""
import re

from . import common, errors
from .rust_text import Out, rust_str, rustfmt

RUST_FILE = "bindings/python/src/exception_classes.rs"
OWNED_DIRS = []  # the crate's other sources are hand-written

# Binding choices, not facts of the API: builtin exceptions a class also derives
# from, and the other names a class keeps for older code (deprecated aliases).
EXTRA_BASES = {"InvalidArgumentError": "ValueError"}
ALIASES = {"PermissionDeniedError": "PermissionError"}

STUB_CLASSES_MARK = "# @GENERATED: the exception classes, one per error kind"
STUB_NAMES_MARK = "    # @GENERATED: the exception class names"


def rst(text):
    """Markdown `code` as reStructuredText ``code``."""
    return re.sub(r"(?<!`)`([^`]+)`(?!`)", r"``\1``", text)


def class_doc(row):
    """The docstring of a kind's class: its `kind`, the sentence, the statuses."""
    where = errors.statuses_text(row)
    return f'``kind == "{row["kind"]}"``: {rst(row["doc"])}' + (f" From {where}." if where else "")


def alias_doc(alias, target):
    return f"Deprecated alias of ``{target}`` (the same class), kept so that code written for older versions keeps working."


def check(desc):
    classes = {row["class"] for row in errors.kinds(desc)}
    parents = {row["parent"] for row in errors.kinds(desc)}
    for name in EXTRA_BASES:
        if name not in classes:
            raise SystemExit(f"codegen (python errors): EXTRA_BASES names {name}, which is no error class")
        if name in parents:
            raise SystemExit(f"codegen (python errors): {name} has extra bases and cannot be a parent class")
    for alias, target in ALIASES.items():
        if target not in classes or alias in classes:
            raise SystemExit(f"codegen (python errors): the alias {alias} must name an error class and be none itself")


def rust_file(desc):
    check(desc)
    rows = errors.kinds(desc)
    base = errors.table(desc)["base"]
    out = Out([
        f"// {common.HEADER}",
        "// The Python exception classes, one per error kind, the class of each kind, and the deprecated aliases;",
        "// included by exceptions.rs, which holds what is done with them.",
        "",
    ])
    out.line(f"pyo3::create_exception!(payintent, {base['class']}, PyException, {rust_str(rst(base['doc']))});")
    for row in rows:
        if row["class"] in EXTRA_BASES:
            continue
        parent = errors.parent_class(desc, row)
        out.line(f"pyo3::create_exception!(payintent, {row['class']}, {parent}, {rust_str(class_doc(row))});")
    out.line("")
    for row in rows:
        if row["class"] in EXTRA_BASES:
            out.line(f"static {constant(row['class'])}: PyOnceLock<Py<PyType>> = PyOnceLock::new();")
    out.line("")
    out.line("/// The Python class of each kind.")
    out.line("pub fn class_for(py: Python<'_>, kind: ErrorKind) -> PyResult<Bound<'_, PyType>> {")
    out.line("    Ok(match kind {")
    for row in rows:
        arm = f"ErrorKind::{errors.variant(row)}"
        if row["class"] in EXTRA_BASES:
            parent = errors.parent_class(desc, row)
            builtin = "Py" + EXTRA_BASES[row["class"]]
            out.line(
                f"        {arm} => with_builtin_base(py, &{constant(row['class'])}, kind, "
                f"py.get_type::<{parent}>(), py.get_type::<{builtin}>(), {rust_str(class_doc(row))})?,"
            )
        else:
            out.line(f"        {arm} => py.get_type::<{row['class']}>(),")
    out.line("    })")
    out.line("}")
    out.line("")
    out.line("/// Other names of classes, kept for older code (deprecated): (alias, kind of the class).")
    by_class = {row["class"]: row for row in rows}
    pairs = ", ".join(f"({rust_str(a)}, ErrorKind::{errors.variant(by_class[t])})" for a, t in ALIASES.items())
    out.line(f"pub const ALIASES: &[(&str, ErrorKind)] = &[{pairs}];")
    return out.text()


def constant(class_name):
    """`InvalidArgumentError` -> `INVALID_ARGUMENT_ERROR`."""
    return re.sub(r"(?<!^)(?=[A-Z][a-z])", "_", class_name).upper()


def stub_classes(desc):
    """The stub's class of each kind (the base class is hand-written in the template), then the aliases."""
    check(desc)
    out = []
    for row in errors.kinds(desc):
        bases = [errors.parent_class(desc, row)] + ([EXTRA_BASES[row["class"]]] if row["class"] in EXTRA_BASES else [])
        out.append(f"class {row['class']}({', '.join(bases)}):")
        out.append(f'    """{class_doc(row)}"""')
        out.append("")
    for alias, target in ALIASES.items():
        out.append(f"{alias} = {target}")
        out.append(f'"""{alias_doc(alias, target)}"""')
        out.append("")
    return "\n".join(out)


def stub_names(desc):
    """The `__all__` lines of the base class, every kind's class and the aliases, sorted."""
    names = [errors.base_class(desc)] + [row["class"] for row in errors.kinds(desc)] + list(ALIASES)
    return "\n".join(f'    "{n}",' for n in sorted(names)) + "\n"


def outputs(desc):
    return {RUST_FILE: rustfmt(rust_file(desc), "exception_classes.rs")}
