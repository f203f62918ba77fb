"""Helpers every code generator target shares: reading the API description, naming, and doc text."""
import textwrap

HEADER = "Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`)."


class Description:
    """Read-only access to api/payment_intents.json with the look-ups the targets need."""

    def __init__(self, doc):
        self.doc = doc
        self.operations = doc["operations"]
        self.types = {t["name"]: t for t in doc["types"]}
        self.enums = doc["enums"]
        self.rules = doc["client_rules"]
        self.profiles = doc["profiles"]

    def operation(self, name):
        for op in self.operations:
            if op["name"] == name:
                return op
        raise KeyError(f"the description has no operation {name!r}")

    def param(self, op_name, param_name):
        for p in self.operation(op_name)["params"]:
            if p["name"] == param_name:
                return p
        raise KeyError(f"operation {op_name!r} has no parameter {param_name!r}")

    def field(self, type_name, field_name):
        for f in self.types[type_name]["fields"]:
            if f["name"] == field_name:
                return f
        raise KeyError(f"type {type_name!r} has no field {field_name!r}")

    def enum(self, key):
        if key not in self.enums:
            raise KeyError(f"the description has no enum {key!r}")
        return list(self.enums[key])

    def param_enum_values(self, param_name):
        """(operation, values) for every operation whose parameter `param_name` is an enum."""
        out = []
        for op in self.operations:
            for p in op["params"]:
                if p["name"] == param_name and p["type"]["kind"] == "enum":
                    out.append((op["name"], list(p["type"]["values"])))
        return out


def camel(name):
    """`requires_payment_method` -> `RequiresPaymentMethod`."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def wrap_doc(text, width):
    """Paragraphs of `text` wrapped to `width` columns; blank strings between paragraphs."""
    lines = []
    for i, para in enumerate(p for p in text.split("\n\n") if p.strip()):
        if i:
            lines.append("")
        lines.extend(
            textwrap.wrap(" ".join(para.split()), width=width, break_long_words=False, break_on_hyphens=False)
        )
    return lines


def join_words(words, last="and"):
    """`a`, `a and b`, `a, b and c`."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]
