"""Python target, result part: the read-only classes of the PaymentIntent and the objects it contains, as the Rust
invocations of `model_class!` (bindings/python/src/model_classes.rs) and the stub's classes, from the description's
`types` and the core's model table (MODEL in rust_model.py: which struct reads which type, its typed fields, the fields
it leaves to `extra`)."""
import keyword

from . import common
from .python_types import docstring, first_paragraph
from .rust_model import MODEL, PROFILE_NAMES
from .rust_text import Out, doc_lines, rust_str, rustfmt

RUST_FILE = "bindings/python/src/model_classes.rs"
STUB_CLASSES_MARK = "# @GENERATED: the result classes of the PaymentIntent and the objects it contains"
STUB_NAMES_MARK = "    # @GENERATED: the result class names"

# Classes with hand-written additions (bindings/python/src/class_hooks.rs): the hook macro the Rust file invokes
# instead of `model_class!`, and the stub lines those additions add to the class (binding choices).
HOOKS = {
    "PaymentIntent": {
        "macro": "payment_intent_class",
        "stub": [
            "    @property",
            "    def last_response(self) -> Optional[ResponseMeta]:",
            '        """The HTTP exchange that returned this object (None for objects nested in lists, errors or',
            '        built with ``from_dict``)."""',
            "    @staticmethod",
            "    def from_dict(data: Dict[str, Any]) -> PaymentIntent:",
            '        """Build a PaymentIntent from its API JSON (e.g. a webhook payload or ``to_dict()`` output)."""',
            "    def __reduce__(self) -> Tuple[Any, Tuple[Dict[str, Any]]]: ...",
        ],
    },
    "Charge": {"macro": "charge_class", "stub": []},
}
# Names every class has (methods of `model_class!` and the hooks); a field of that name would hide one.
TAKEN = {"FIELDS", "to_dict", "get", "last_response", "from_dict"}
RUST_TAKEN = {"wrap_core", "item_json", "field_names", "to_dict", "get", "new", "last_response", "from_dict"}
# The Python classes of the types the core model gives a field instead of the description's (MODEL's `type`).
TYPE_OVERRIDES = {"ExpandedObject": "ExpandedObject", "String": "str"}
# The list classes of the `list` fields, by item class.
LIST_CLASSES = {"Charge": "ChargeList"}
SCALARS = {"string": "str", "integer": "int", "timestamp": "int", "number": "float", "boolean": "bool", "json": "Any"}
RAW_NOTE = "Raw JSON: this version of the library does not type this field (None when absent)."
CLASS_NOTE = (
    "Read-only. Attributes are typed; ``obj[\"key\"]``, ``key in obj``, ``get`` and ``to_dict()`` give the JSON as "
    "sent, with unknown fields and the raw value of fields that could not be read."
)


def fail(msg):
    raise SystemExit(f"codegen (python model): {msg}; see api/codegen/python_model.py and MODEL in rust_model.py")


class Model:
    """The classes, their fields and annotations for one description."""

    def __init__(self, desc):
        self.desc = desc
        self.class_of = {s["type"]: s["rust"] for s in MODEL}

    def field_node(self, struct, wire, choice):
        if "profile" in choice:
            for f in self.desc.profiles[choice["profile"]].get("object_fields", []):
                if f["name"] == wire:
                    return f
            fail(f"the profile {choice['profile']} has no object field {wire!r}")
        return self.desc.field(struct["type"], wire)

    def annotate(self, node, where):
        kind = node["kind"]
        if kind in SCALARS:
            return SCALARS[kind]
        if kind == "enum":
            return "str"
        if kind == "ref":
            if node["name"] not in self.class_of:
                fail(f"{where} refers to {node['name']}, which has no class")
            return self.class_of[node["name"]]
        if kind == "expandable":
            return "Union[str, ExpandedObject]"
        if kind == "array":
            return f"List[{self.annotate(node['items'], where + '[]')}]"
        if kind == "map":
            return f"Dict[str, {self.annotate(node['values'], where)}]"
        if kind == "list":
            item = self.annotate(node["items"], where + "[]")
            if item not in LIST_CLASSES:
                fail(f"{where} is a list of {item}, which has no list class (LIST_CLASSES)")
            return LIST_CLASSES[item]
        fail(f"no Python type for the {kind} at {where}")

    def check_coverage(self, struct):
        """Every field of the struct's type is typed or left to `extra`, and nothing else is named."""
        if struct["type"] not in self.desc.types:
            fail(f"{struct['rust']} reads the type {struct['type']!r}, which the description lacks")
        declared = {f["name"] for f in self.desc.types[struct["type"]]["fields"]}
        named = {w for w, c in struct["fields"] if "profile" not in c} | set(struct["extra"])
        if declared - named:
            fail(f"the type {struct['type']} has fields that {struct['rust']} neither types nor leaves to `extra`: "
                 f"{sorted(declared - named)}")
        if named - declared:
            fail(f"{struct['rust']} names fields the type {struct['type']} lacks: {sorted(named - declared)}")

    def fields(self, struct):
        """(typed, raw): typed = [(wire, rust field, how, annotation, doc)], raw = [(wire, doc)]."""
        self.check_coverage(struct)
        typed = []
        for wire, choice in struct["fields"]:
            f = self.field_node(struct, wire, choice)
            how = choice.get("how", struct["option_how"])
            where = f"{struct['rust']}.{wire}"
            if "type" in choice:
                if choice["type"] not in TYPE_OVERRIDES:
                    fail(f"{where}: no Python class for the Rust type {choice['type']}")
                ann = TYPE_OVERRIDES[choice["type"]]
            elif choice.get("raw"):
                ann = "Any"
            else:
                ann = self.annotate(f["type"], where)
            if how in ("opt", "nullable") and ann != "Any":
                ann = f"Optional[{ann}]"
            doc = first_paragraph(f.get("description", "")) or first_paragraph(choice.get("doc", ""))
            if not doc:
                fail(f"{where} has no description")
            if "profile" in choice:
                doc = f"{PROFILE_NAMES.get(choice['profile'], choice['profile'])} only. {doc}"
            typed.append((wire, choice.get("rust", wire), how, ann, doc))
        raw = []
        for wire in struct["extra"]:
            text = first_paragraph(self.desc.field(struct["type"], wire).get("description", ""))
            raw.append((wire, f"{text} {RAW_NOTE}" if text else RAW_NOTE))
        for wire, _, _, _, _ in typed:
            self.check_name(struct, wire)
        for wire, _ in raw:
            self.check_name(struct, wire)
        return typed, raw

    def check_name(self, struct, wire):
        if not wire.isidentifier() or keyword.iskeyword(wire) or wire in TAKEN:
            fail(f"{struct['rust']}.{wire} cannot be a Python attribute")

    def class_doc(self, struct):
        text = first_paragraph(self.desc.types[struct["type"]]["description"]) or first_paragraph(struct.get("doc", ""))
        if not text:
            fail(f"{struct['rust']} has no description")
        return text


def rust_getter(struct, rust_field):
    if rust_field in RUST_TAKEN:
        fail(f"{struct['rust']}.{rust_field} would clash with a method of model_class!")
    return rust_field


def rust_file(desc):
    m = Model(desc)
    from .rust import ENUMS  # the core's string enums, converted to str

    out = Out(
        [
            f"//! {common.HEADER}",
            "//! The Python classes of the PaymentIntent and the objects it contains: one `model_class!` per struct of",
            "//! the core's model, with its typed fields and the fields it leaves to `extra` (raw JSON).",
            "",
            "use pyo3::prelude::*;",
            "",
            "use crate::class_hooks::{" + ", ".join(sorted(h["macro"] for h in HOOKS.values())) + "};",
            "use crate::field_py::string_enum_fields;",
            "use crate::model_class::model_class;",
            "",
            "string_enum_fields!(" + ", ".join(f"payintent::model::{e['rust']}" for e in ENUMS) + ");",
            "",
        ]
    )
    for struct in MODEL:
        typed, raw = m.fields(struct)
        macro = HOOKS.get(struct["rust"], {}).get("macro", "model_class")
        doc = m.class_doc(struct) + "\n\n" + CLASS_NOTE
        out.line(f"{macro}! {{")
        out.lines(doc_lines(doc, 4))
        out.line(f"    class {struct['rust']}(payintent::model::{struct['rust']}) extra extra;")
        out.line("    typed {")
        for wire, rust_field, how, _, fdoc in typed:
            out.lines(doc_lines(fdoc, 8))
            out.line(f"        {rust_getter(struct, rust_field)} {rust_str(wire)} => {rust_field} {how};")
        out.line("    }")
        out.line("    raw {")
        for wire, fdoc in raw:
            out.lines(doc_lines(fdoc, 8))
            out.line(f"        extra_{wire} {rust_str(wire)};")
        out.line("    }")
        out.line("}")
        out.line("")
    out.line("/// Adds every class of this module to the Python module.")
    out.line("pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {")
    for struct in MODEL:
        out.line(f"    m.add_class::<{struct['rust']}>()?;")
    out.line("    Ok(())")
    out.line("}")
    return rustfmt(out.text(), "model_classes.rs")


def stub_classes(desc):
    """The stub's result classes."""
    m = Model(desc)
    out = []
    for struct in MODEL:
        typed, raw = m.fields(struct)
        name = struct["rust"]
        out.append("@final")
        out.append(f"class {name}:")
        out += docstring(m.class_doc(struct) + "\n\n" + CLASS_NOTE, "    ")
        out.append("")
        out.append("    FIELDS: ClassVar[List[str]]")
        out += docstring("The names of the fields readable as attributes, as the API spells them.", "    ")
        for wire, _, _, ann, fdoc in typed:
            out += ["    @property", f"    def {wire}(self) -> {ann}:"] + docstring(fdoc, "        ")
        for wire, fdoc in raw:
            out += ["    @property", f"    def {wire}(self) -> Any:"] + docstring(fdoc, "        ")
        out += HOOKS.get(name, {}).get("stub", [])
        out += [
            "    def to_dict(self) -> Dict[str, Any]:",
            '        """The object as the API sent it, as a dict (unknown and unreadable fields included)."""',
            "    def get(self, key: str, default: Any = None) -> Any:",
            '        """The JSON value of one field by its API name (as in ``to_dict()``), or ``default``."""',
            "    def __getitem__(self, key: str, /) -> Any: ...",
            "    def __contains__(self, key: str, /) -> bool: ...",
            "    def __eq__(self, value: builtins.object, /) -> bool: ...",
            "    def __ne__(self, value: builtins.object, /) -> bool: ...",
            "    __hash__: ClassVar[None]  # type: ignore[assignment]  # unhashable, like any class with __eq__",
            "",
        ]
    return "\n".join(out) + "\n"


def stub_names(desc):
    """The `__all__` lines of the result classes."""
    return "\n".join(f'    "{s["rust"]}",' for s in sorted(MODEL, key=lambda s: s["rust"])) + "\n"
