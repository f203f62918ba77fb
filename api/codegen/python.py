"""The Python target: writes the binding's stub from its template, with the typed operations (TypedDicts, Literal enums, methods) and the result classes (python_model.py, which also writes their Rust side)."""
import os

from . import common, errors_python, python_model
from .common import camel
from .python_types import Annotator, Classes, docstring, first_paragraph

STUB = "bindings/python/python/payintent/_payintent.pyi"
# The hand-written rest of the stub: its first line (what the template is) is
# dropped, the MARK line is replaced by the generated operations.
TEMPLATE = "bindings/python/stub/_payintent.pyi.in"
MARK = "# @GENERATED: the typed parameters (TypedDicts) and class PaymentIntents"
OWNED_DIRS = []  # the stub's directory also holds hand-written Python
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Parameters the Python methods take by name before the keyword-only options
# (the rest arrive as `**params`); a binding choice, not a fact of the API.
NAMED = {"search": ["query"], "cancel": ["cancellation_reason"]}
# The per-request options every method takes (name, annotation); the same set as the core's RequestOptions.
OPTIONS = [
    ("idempotency_key", "Optional[str]"),
    ("stripe_account", "Optional[str]"),
    ("api_key", "Optional[str]"),
    ("timeout", "Optional[float]"),
    ("max_retries", "Optional[int]"),
    ("api_version", "Optional[str]"),
    ("deadline", "Optional[float]"),
]
RETURNS = {"object": "PaymentIntent", "list": "PaymentIntentList", "search_result": "SearchResult"}
OPTIONS_DOC = (
    "Per-request options (keyword-only, never sent as parameters): ``idempotency_key``, "
    "``stripe_account``, ``api_key``, ``api_version``, ``timeout`` and ``deadline`` "
    "(seconds) and ``max_retries``."
)


def free_string(desc, name):
    """Whether some profile (LeanRails) takes any text for the enum parameter `name`."""
    key = f"{desc.doc['object']}.{name}"
    return any(key in p.get("free_string_enums", []) for p in desc.profiles.values())


def annotation(desc, ann, param):
    """The annotation of a top-level parameter, with its profile and `""` additions."""
    a = ann.top(param)
    if param["type"]["kind"] == "enum" and free_string(desc, param["name"]):
        a = f"Union[{a}, str]"
    if param.get("unsettable"):
        a = f'Union[{a}, Literal[""]]'
    return a


def params_class(desc, classes, op):
    """The TypedDict of the keyword parameters of `op`; returns its name."""
    ann = Annotator(classes, op["name"])
    named = set(NAMED.get(op["name"], []))
    fields = []
    for p in op["params"]:
        if p["name"] in named:
            continue
        a = annotation(desc, ann, p)
        fields.append((p, f"Required[{a}]" if p["required"] else a))
    name = f"_{camel(op['name'])}Params"
    lines = [f"class {name}(TypedDict, total=False):"]
    lines += docstring(f"The keyword parameters of ``PaymentIntents.{op['name']}``.", "    ")
    lines.append("")
    for p, a in fields:
        lines.append(f"    {p['name']}: {a}")
        text = first_paragraph(p.get("description", ""))
        if text:
            lines.extend(docstring(text, "    "))
    classes.blocks.append((name, "\n".join(lines)))
    return name


def method(desc, op, params_name, is_async):
    """One method of `PaymentIntents` (sync or `_async`)."""
    ann = Annotator(Classes(), op["name"])
    ret = RETURNS[op["returns"]["kind"]]
    if is_async:
        ret = f"Awaitable[{ret}]"
    name = op["name"] + ("_async" if is_async else "")
    args = ["        self,"]
    if op["id_param"]:
        args.append("        id: str,")
    for pname in NAMED.get(op["name"], []):
        p = desc.param(op["name"], pname)
        a = annotation(desc, ann, p)
        args.append(f"        {pname}: {a}," if p["required"] else f"        {pname}: Optional[{a}] = None,")
    args.append("        *,")
    args += [f"        {o}: {a} = None," for o, a in OPTIONS]
    args.append(f"        **params: Unpack[{params_name}],")
    doc = first_paragraph(op["description"])
    doc += "\n\n" + OPTIONS_DOC
    if is_async:
        doc += "\n\nAsync: returns an awaitable."
    return [f"    def {name}(", *args, f"    ) -> {ret}:", *docstring(doc, "        ")]


def section(desc):
    """The generated part of the stub."""
    classes = Classes()
    names = {op["name"]: params_class(desc, classes, op) for op in desc.operations}
    out = []
    for _, text in classes.blocks:
        out += [text, ""]
    out += [
        "@final",
        "class PaymentIntents:",
        '    """Operations on PaymentIntents (``client.payment_intents``).',
        "",
        "    Parameters are keyword arguments in API spelling, typed from the API",
        "    description; the keyword-only per-request options are",
        "    ``idempotency_key``, ``stripe_account``, ``api_key``, ``api_version``,",
        '    ``timeout`` and ``deadline`` (seconds) and ``max_retries``."""',
        "",
    ]
    for op in desc.operations:
        for is_async in (False, True):
            out += method(desc, op, names[op["name"]], is_async)
    return "\n".join(out) + "\n"


def splice(template, sections):
    """The stub: the header, then `template` without its first line and with each mark line replaced by its section."""
    lines = template.split("\n")
    body = "\n".join(lines[1:])
    for mark, generated in sections.items():
        if lines.count(mark) != 1:
            raise SystemExit(f"codegen (python): {TEMPLATE} must hold the line {mark!r} exactly once")
        body = body.replace(mark + "\n", generated)
    return f"# {common.HEADER}\n" + body


def outputs(desc):
    with open(os.path.join(ROOT, TEMPLATE), encoding="utf-8", newline="") as f:
        template = f.read()
    sections = {
        MARK: section(desc),
        errors_python.STUB_NAMES_MARK: errors_python.stub_names(desc),
        errors_python.STUB_CLASSES_MARK: errors_python.stub_classes(desc),
        python_model.STUB_CLASSES_MARK: python_model.stub_classes(desc),
        python_model.STUB_NAMES_MARK: python_model.stub_names(desc),
    }
    return {STUB: splice(template, sections), python_model.RUST_FILE: python_model.rust_file(desc)}
