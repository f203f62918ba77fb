"""Python target, type part: turns the description's parameter types into stub annotations and TypedDict classes."""
from .common import camel, wrap_doc

# Object parameters kept as free-form dicts in Python: large trees whose shape
# depends on a payment method type (or, for mandate_data, on the operation).
RAW_DICT = {"payment_method_data", "payment_method_options", "mandate_data", "radar_options"}
# Object parameters (and the objects inside them) that become TypedDicts.
TYPED = {"automatic_payment_methods", "shipping", "transfer_data", "created"}


def first_paragraph(text):
    """The first paragraph of a description, on one line ("" when there is none)."""
    for para in text.split("\n\n"):
        if para.strip():
            return " ".join(para.split())
    return ""


def literal(values):
    return "Literal[" + ", ".join(repr_str(v) for v in values) + "]"


def repr_str(s):
    """A Python string literal with double quotes (the description's values are plain ASCII words)."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Classes:
    """The TypedDict classes a stub needs, in order of first use; identical shapes share one class."""

    def __init__(self):
        self.blocks = []  # (name, text)
        self.by_body = {}

    def add(self, name, doc, fields, annotate):
        """Declare a TypedDict `name` (or reuse an identical one); returns the name used."""
        body = []
        for f in fields:
            ann = annotate(f["type"], f"{name}.{f['name']}")
            if f.get("unsettable"):
                ann = f'Union[{ann}, Literal[""]]'
            if f.get("required"):
                ann = f"Required[{ann}]"
            body.append(f"    {f['name']}: {ann}")
            text = first_paragraph(f.get("description", ""))
            if text:
                body.extend(docstring(text, "    "))
        key = (doc, "\n".join(body))
        if key in self.by_body:
            return self.by_body[key]
        self.by_body[key] = name
        head = [f"class {name}(TypedDict, total=False):"] + docstring(doc, "    ")
        self.blocks.append((name, "\n".join(head + ([""] if body else []) + body)))
        return name


def docstring(text, indent):
    """A docstring of `text` wrapped for a stub, at `indent`."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = wrap_doc(text, 88 - len(indent) - 3)
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    return [f'{indent}"""{lines[0]}'] + [f"{indent}{ln}" if ln else "" for ln in lines[1:]] + [f'{indent}"""']


class Annotator:
    """Annotations for the parameters of one operation; nested objects become classes in `classes`."""

    def __init__(self, classes, op_name):
        self.classes = classes
        self.op = op_name

    def top(self, param):
        """The annotation of a top-level parameter (without Required/unsettable)."""
        name = param["name"]
        t = param["type"]
        if name in RAW_DICT:
            return "Dict[str, Any]"
        if name in TYPED or not self._has_object(t):
            return self.annotate(t, name)
        raise SystemExit(
            f"codegen (python): parameter {self.op}.{name} is an object; add it to TYPED or RAW_DICT in api/codegen/python_types.py"
        )

    def _has_object(self, t):
        k = t["kind"]
        if k == "object":
            return True
        if k == "one_of":
            return any(self._has_object(o) for o in t["options"])
        if k in ("array", "map"):
            return self._has_object(t["items"] if k == "array" else t["values"])
        return False

    def annotate(self, t, path):
        k = t["kind"]
        if k == "string":
            return "str"
        if k in ("integer", "timestamp"):
            return "int"
        if k == "number":
            return "float"
        if k == "boolean":
            return "bool"
        if k == "enum":
            return literal(t["values"])
        if k == "json":
            return "Any"
        if k == "array":
            return f"List[{self.annotate(t['items'], path + '[]')}]"
        if k == "map":
            return f"Dict[str, {self.annotate(t['values'], path)}]"
        if k == "one_of":
            parts = []
            for o in t["options"]:
                a = self.annotate(o, path)
                if a not in parts:
                    parts.append(a)
            return parts[0] if len(parts) == 1 else "Union[" + ", ".join(parts) + "]"
        if k == "object":
            leaf = path.split(".")[-1].rstrip("[]")
            name = "_" + camel(self.op) + camel(leaf) + "Param"
            if name in (n for n, _ in self.classes.blocks):
                name = "_" + camel(self.op) + camel(path.replace(".", "_").replace("[]", "")) + "Param"
            return self.classes.add(name, f"The ``{leaf}`` parameter object.", t["fields"], self.annotate)
        raise SystemExit(f"codegen (python): no Python type for kind {k!r} at {self.op}.{path}")
