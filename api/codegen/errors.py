"""The error kinds of the description (`errors`) as the error targets read them: the table, the base class, names per kind."""
from .common import camel


def table(desc):
    """The `errors` table of the description."""
    return desc.doc["errors"]


def kinds(desc):
    """The kind rows, in the description's order (kind, class, parent, http_status, doc)."""
    return list(table(desc)["kinds"])


def base_class(desc):
    return table(desc)["base"]["class"]


def parent_class(desc, row):
    """The class a kind's class derives from: its `parent`, else the base class."""
    return row["parent"] or base_class(desc)


def variant(row):
    """The Rust variant of a kind: `invalid_request_error` -> `InvalidRequest`."""
    code = row["kind"]
    return camel(code[: -len("_error")] if code.endswith("_error") else code)


def statuses_text(row):
    """`HTTP 402`, `HTTP 400 or 404`, or "" for kinds without a response."""
    codes = [str(s) for s in row["http_status"]]
    if not codes:
        return ""
    return "HTTP " + (", ".join(codes[:-1]) + " or " + codes[-1] if len(codes) > 1 else codes[0])
