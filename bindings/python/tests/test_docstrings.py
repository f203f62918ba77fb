"""Every public name has a docstring: at run time (the `payintent` package,
its classes and their methods and attributes) and in the stub (module, every
class, every public function and method)."""
import ast
import inspect
import pathlib
import types
from typing import List

import payintent
import payintent._payintent as native

STUB = pathlib.Path(payintent.__file__).with_name("_payintent.pyi")
# Members that carry code (and so a docstring of their own); plain class data (FIELDS, None defaults) do not.
DOCUMENTED_KINDS = (
    property, staticmethod, classmethod, types.GetSetDescriptorType, types.MemberDescriptorType,
    types.MethodDescriptorType, types.BuiltinFunctionType, types.FunctionType,
)


def undocumented_at_run_time(package: types.ModuleType, *modules: types.ModuleType) -> List[str]:
    missing = [m.__name__ for m in (package, *modules) if not (m.__doc__ or "").strip()]
    for name in sorted(set(dir(package)) | set(getattr(package, "__all__", []))):
        if name.startswith("_"):
            continue
        obj = getattr(package, name)
        if not (inspect.isclass(obj) or callable(obj)):
            continue  # constants
        if not (obj.__doc__ or "").strip():
            missing.append(name)
        if inspect.isclass(obj):
            for member, value in vars(obj).items():
                if member.startswith("_") or not isinstance(value, DOCUMENTED_KINDS):
                    continue
                if not (getattr(value, "__doc__", None) or "").strip():
                    missing.append(f"{name}.{member}")
    return missing


def undocumented_in_stub(source: str) -> List[str]:
    tree = ast.parse(source)
    missing = [] if ast.get_docstring(tree) else ["<module>"]

    def walk(body: List[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef):
                if not ast.get_docstring(node):
                    missing.append(prefix + node.name)
                walk(node.body, prefix + node.name + ".")
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if not node.name.startswith("_") and not ast.get_docstring(node):
                    missing.append(prefix + node.name)

    walk(tree.body, "")
    return missing


def test_every_public_name_has_a_docstring_at_run_time() -> None:
    assert undocumented_at_run_time(payintent, native) == []


def test_every_public_name_has_a_docstring_in_the_stub() -> None:
    assert undocumented_in_stub(STUB.read_text(encoding="utf-8")) == []


def test_the_checks_find_a_missing_docstring() -> None:
    source = 'class A:\n    """Doc."""\n    def f(self) -> int: ...\n    def _g(self) -> int: ...\nclass B: ...\n'
    assert undocumented_in_stub(source) == ["<module>", "A.f", "B"]

    class Documented:
        """Doc."""

        @property
        def p(self) -> int:
            """Doc."""
            return 1

    class Bare:
        def m(self) -> None:
            pass

    fake = types.ModuleType("fake")
    setattr(fake, "Documented", Documented)
    setattr(fake, "Bare", Bare)
    setattr(fake, "CONSTANT", 5)
    assert undocumented_at_run_time(fake) == ["fake", "Bare", "Bare.m"]


def test_the_nested_result_classes_are_exported() -> None:
    for name in ["Shipping", "Address", "NextAction", "RedirectToUrl", "VerifyWithMicrodeposits", "LastPaymentError",
                 "AmountDetails", "Tip", "AutomaticPaymentMethods", "Processing", "TransferData", "ExpandedObject"]:
        assert name in payintent.__all__ and getattr(payintent, name) is getattr(native, name)
