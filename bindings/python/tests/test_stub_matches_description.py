"""Proof of sameness: the stub's operation signatures (parsed with ast) name
exactly the parameters of api/payment_intents.json, with the same required
ones, enum values and nested object keys, and every per-request option."""
import ast
import json
import pathlib
from typing import Any, Dict, List, Optional, Set, Tuple

ROOT = pathlib.Path(__file__).resolve().parents[3]
STUB = ROOT / "bindings" / "python" / "python" / "payintent" / "_payintent.pyi"
DESCRIPTION = ROOT / "api" / "payment_intents.json"
OPTIONS = ["idempotency_key", "stripe_account", "api_key", "timeout", "max_retries", "api_version", "deadline"]

Field = Tuple[ast.expr, bool]  # annotation, required


def load() -> Tuple[Dict[str, Any], Dict[str, ast.ClassDef], ast.ClassDef]:
    desc = json.loads(DESCRIPTION.read_text(encoding="utf-8"))
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    return desc, classes, classes["PaymentIntents"]


def unwrap_required(ann: ast.expr) -> Tuple[ast.expr, bool]:
    if isinstance(ann, ast.Subscript) and isinstance(ann.value, ast.Name) and ann.value.id == "Required":
        return ann.slice, True
    return ann, False


def typed_dict_fields(cls: ast.ClassDef) -> Dict[str, Field]:
    out = {}
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out[node.target.id] = unwrap_required(node.annotation)
    return out


def literals(ann: ast.expr) -> Set[str]:
    return {n.value for n in ast.walk(ann) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def class_names(ann: ast.expr, classes: Dict[str, ast.ClassDef]) -> List[str]:
    return [n.id for n in ast.walk(ann) if isinstance(n, ast.Name) and n.id in classes]


def method_fields(fn: ast.FunctionDef, classes: Dict[str, ast.ClassDef]) -> Dict[str, Field]:
    """The API parameters a method takes: named ones (not self, id or an option) and the **params TypedDict's keys."""
    a = fn.args
    fields: Dict[str, Field] = {}
    positional = a.posonlyargs + a.args
    defaults_from = len(positional) - len(a.defaults)
    for i, arg in enumerate(positional):
        if arg.arg not in ("self", "id"):
            assert arg.annotation is not None
            fields[arg.arg] = (arg.annotation, i < defaults_from)
    assert [k.arg for k in a.kwonlyargs] == OPTIONS, fn.name
    assert a.kwarg is not None and isinstance(a.kwarg.annotation, ast.Subscript), fn.name
    unpack = a.kwarg.annotation
    assert isinstance(unpack.value, ast.Name) and unpack.value.id == "Unpack", fn.name
    assert isinstance(unpack.slice, ast.Name), fn.name
    params = typed_dict_fields(classes[unpack.slice.id])
    assert not set(params) & set(fields), fn.name
    fields.update(params)
    return fields


def object_fields(t: Dict[str, Any]) -> Optional[List[Dict[str, Any]]]:
    if t["kind"] == "object":
        return list(t["fields"])
    if t["kind"] == "one_of":
        for o in t["options"]:
            if o["kind"] == "object":
                return list(o["fields"])
    return None


def check_fields(where: str, fields: Dict[str, Field], params: List[Dict[str, Any]],
                 classes: Dict[str, ast.ClassDef]) -> int:
    """Compares names, required flags, enum values and (recursively) typed nested objects; returns objects checked."""
    assert sorted(fields) == sorted(p["name"] for p in params), where
    checked = 0
    for p in params:
        ann, required = fields[p["name"]]
        assert required == p["required"], f"{where}.{p['name']}"
        t = p["type"]
        if t["kind"] == "enum":
            got = literals(ann)
            assert set(t["values"]) <= got and got - set(t["values"]) <= {""}, f"{where}.{p['name']}: {got}"
        nested = class_names(ann, classes)
        sub = object_fields(t)
        if nested:
            assert sub is not None and len(nested) == 1, f"{where}.{p['name']}"
            checked += 1 + check_fields(f"{where}.{p['name']}", typed_dict_fields(classes[nested[0]]), sub, classes)
    return checked


def test_every_operation_has_a_sync_and_an_async_method_and_nothing_else() -> None:
    desc, _, pis = load()
    methods = {n.name for n in pis.body if isinstance(n, ast.FunctionDef)}
    names = [op["name"] for op in desc["operations"]]
    assert methods == set(names) | {n + "_async" for n in names}


def test_parameters_match_the_description() -> None:
    desc, classes, pis = load()
    fns = {n.name: n for n in pis.body if isinstance(n, ast.FunctionDef)}
    nested = 0
    for op in desc["operations"]:
        for name in (op["name"], op["name"] + "_async"):
            fn = fns[name]
            has_id = any(a.arg == "id" for a in fn.args.args)
            assert has_id == bool(op["id_param"]), name
            nested += check_fields(name, method_fields(fn, classes), op["params"], classes)
    # shipping (+ address), transfer_data, automatic_payment_methods and created are typed.
    assert nested >= 20


def test_every_public_stub_name_has_a_docstring() -> None:
    _, classes, pis = load()
    for name, cls in classes.items():
        assert ast.get_docstring(cls), name
    for fn in pis.body:
        if isinstance(fn, ast.FunctionDef):
            assert ast.get_docstring(fn), fn.name


def test_each_error_kind_has_one_documented_class() -> None:
    import payintent

    _, classes, _ = load()
    documented: Dict[str, str] = {}
    for name, cls in classes.items():
        doc = ast.get_docstring(cls) or ""
        if doc.startswith('``kind == "'):
            kind = doc.split('"')[1]
            assert kind not in documented, kind
            documented[kind] = name
    assert sorted(documented) == sorted(payintent.error_kinds())
    for kind, name in documented.items():
        assert issubclass(getattr(payintent, name), payintent.PayIntentError), name
