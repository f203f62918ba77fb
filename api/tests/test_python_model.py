"""Tests of the Python result classes the codegen writes (codegen/python_model.py): every field of every modelled type
of the description is an attribute, typed or raw, in the Rust invocations and in the stub; a field the description
gains without a decision, or one whose name would hide a method, stops the generator."""
import ast
import copy
import importlib
import importlib.util
import json
import os
import re
import sys
import unittest

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
API = os.path.dirname(HERE)


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


driver = load("codegen_driver_python_model", os.path.join(API, "codegen.py"))
driver.load_targets()
common = importlib.import_module("payintent_codegen.common")
python_model = importlib.import_module("payintent_codegen.python_model")
rust_model = importlib.import_module("payintent_codegen.rust_model")
with open(os.path.join(API, "payment_intents.json"), encoding="utf-8") as f:
    DOC = json.load(f)


def declared(desc, struct):
    """The description's field names of one model struct (its type's, and the profiles' object fields)."""
    names = {f["name"] for f in desc.types[struct["type"]]["fields"]}
    names |= {w for w, c in struct["fields"] if "profile" in c}
    return names


class PythonModelTest(unittest.TestCase):
    def setUp(self):
        self.desc = common.Description(DOC)

    def stub_classes(self):
        tree = ast.parse(python_model.stub_classes(self.desc))
        out = {}
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                out[node.name] = {
                    n.name: ast.unparse(n.returns)
                    for n in node.body
                    if isinstance(n, ast.FunctionDef) and any(ast.unparse(d) == "property" for d in n.decorator_list)
                }
        return out

    def rust_classes(self):
        text = python_model.rust_file(self.desc)
        out = {}
        for m in re.finditer(r"class (\w+)\(payintent::model::\w+\) extra extra;(.*?)\n}\n", text, re.S):
            out[m.group(1)] = set(re.findall(r'^\s+\w+ "(\w+)"', m.group(2), re.M))
        return out

    def test_every_description_field_is_an_attribute_in_the_stub_and_the_rust_side(self):
        stub, rust = self.stub_classes(), self.rust_classes()
        self.assertEqual(set(stub), {s["rust"] for s in rust_model.MODEL})
        for struct in rust_model.MODEL:
            want = declared(self.desc, struct)
            name = struct["rust"]
            self.assertEqual(set(stub[name]) - {"last_response"}, want, name)
            self.assertEqual(rust[name], want, name)

    def test_annotations_follow_the_description(self):
        stub = self.stub_classes()
        self.assertEqual(stub["Address"]["city"], "Optional[str]")
        self.assertEqual(stub["Shipping"]["address"], "Optional[Address]")
        self.assertEqual(stub["PaymentIntent"]["customer"], "Optional[Union[str, ExpandedObject]]")
        self.assertEqual(stub["TransferData"]["destination"], "Union[str, ExpandedObject]")
        self.assertEqual(stub["PaymentIntent"]["amount"], "int")
        self.assertEqual(stub["PaymentIntent"]["metadata"], "Dict[str, str]")
        self.assertEqual(stub["PaymentIntent"]["charges"], "Optional[ChargeList]")
        self.assertEqual(stub["NextAction"]["type"], "str")
        self.assertEqual(stub["NextAction"]["konbini_display_details"], "Any")  # left to extra: raw JSON
        self.assertEqual(stub["Tip"]["amount"], "Optional[int]")

    def test_every_attribute_has_a_docstring(self):
        tree = ast.parse(python_model.stub_classes(self.desc))
        for cls in tree.body:
            if isinstance(cls, ast.ClassDef):
                self.assertTrue(ast.get_docstring(cls), cls.name)
                for fn in cls.body:
                    if isinstance(fn, ast.FunctionDef) and not fn.name.startswith("_"):
                        self.assertTrue(ast.get_docstring(fn), f"{cls.name}.{fn.name}")

    def test_a_new_field_without_a_decision_stops_the_generator(self):
        doc = copy.deepcopy(DOC)
        for t in doc["types"]:
            if t["name"] == "address":
                t["fields"].append(dict(t["fields"][0], name="district"))
        with self.assertRaises(SystemExit) as ctx:
            python_model.stub_classes(common.Description(doc))
        self.assertIn("district", str(ctx.exception))

    def test_a_field_that_would_hide_a_method_stops_the_generator(self):
        doc = copy.deepcopy(DOC)
        saved = copy.deepcopy(rust_model.MODEL)
        try:
            for t in doc["types"]:
                if t["name"] == "address":
                    t["fields"].append(dict(t["fields"][0], name="to_dict"))
            address = next(s for s in rust_model.MODEL if s["rust"] == "Address")
            address["extra"] = dict(address["extra"], to_dict="test")
            with self.assertRaises(SystemExit) as ctx:
                python_model.stub_classes(common.Description(doc))
            self.assertIn("to_dict", str(ctx.exception))
        finally:
            rust_model.MODEL[:] = saved


if __name__ == "__main__":
    unittest.main()
