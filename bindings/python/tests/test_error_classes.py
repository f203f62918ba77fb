"""The exception classes equal the error table of the API description
(api/payment_intents.json `errors`): one class per kind with the shared name,
its `kind`, its parent; the deprecated alias; and `__all__` that does not
shadow builtins on `from payintent import *`."""
import builtins
import json
from typing import Any, Dict, List

import payintent
from conftest import ROOT


def table() -> Dict[str, Any]:
    with open(ROOT / "api" / "payment_intents.json", encoding="utf-8") as f:
        errors: Dict[str, Any] = json.load(f)["errors"]
    return errors


def kinds() -> List[Dict[str, Any]]:
    rows: List[Dict[str, Any]] = table()["kinds"]
    return rows


def test_one_class_per_kind_with_the_shared_name_kind_and_parent() -> None:
    base = getattr(payintent, table()["base"]["class"])
    assert base is payintent.PayIntentError
    for row in kinds():
        cls = getattr(payintent, row["class"])
        assert cls.__name__ == row["class"]
        assert cls.__module__ == "payintent"
        assert cls.kind == row["kind"]
        parent = getattr(payintent, row["parent"] or table()["base"]["class"])
        assert cls.__bases__[0] is parent, row["class"]
        assert issubclass(cls, payintent.PayIntentError)
        assert (cls.__doc__ or "").startswith(f'``kind == "{row["kind"]}"``'), row["class"]
    assert payintent.error_kinds() == [row["kind"] for row in kinds()]


def test_raised_errors_are_the_class_of_their_kind() -> None:
    with_class = {row["kind"]: getattr(payintent, row["class"]) for row in kinds()}
    try:
        payintent.Client("sk_test_x").payment_intents.create(amount=-1, currency="usd")
    except payintent.PayIntentError as e:
        assert type(e) is with_class[e.kind] is payintent.InvalidArgumentError
    else:
        raise AssertionError("a negative amount was not refused")


def test_permission_denied_error_is_a_deprecated_alias() -> None:
    assert payintent.PermissionDeniedError is payintent.PermissionError
    assert payintent.PermissionError.__module__ == "payintent"
    assert not issubclass(payintent.PermissionError, OSError)
    assert payintent.PermissionError.kind == "permission_error"


def test_star_import_shadows_no_builtin() -> None:
    names = set(payintent.__all__)
    assert not names & set(dir(builtins)), names & set(dir(builtins))
    classes = {table()["base"]["class"]} | {row["class"] for row in kinds()}
    shadowing = {c for c in classes if hasattr(builtins, c)}
    assert shadowing == {"PermissionError"}
    assert classes - shadowing <= names
    assert "PermissionDeniedError" in names
    namespace: Dict[str, Any] = {}
    exec("from payintent import *", namespace)
    assert "PermissionError" not in namespace
    assert namespace["PermissionDeniedError"] is payintent.PermissionError
