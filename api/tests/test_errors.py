"""Tests of the error table: derive.py's checks of overlay `errors`, and the Rust, Python and Node error code
generated from it (every kind, class and parent appears; a new kind or parent in the table reaches every language)."""
import copy
import importlib
import importlib.util
import json
import os
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


driver = load("codegen_driver_errors", os.path.join(API, "codegen.py"))
derive = load("derive_errors", os.path.join(API, "derive.py"))
driver.load_targets()
common = importlib.import_module("payintent_codegen.common")
errors = importlib.import_module("payintent_codegen.errors")
errors_rust = importlib.import_module("payintent_codegen.errors_rust")
errors_python = importlib.import_module("payintent_codegen.errors_python")
errors_node = importlib.import_module("payintent_codegen.errors_node")

with open(os.path.join(API, "payment_intents.json"), encoding="utf-8") as f:
    DOC = json.load(f)
with open(os.path.join(API, "overlay.json"), encoding="utf-8") as f:
    OVERLAY = json.load(f)

NEW_KIND = {
    "kind": "fraud_error",
    "class": "FraudError",
    "parent": "CardError",
    "http_status": [402],
    "doc": "A test kind derived from another kind's class.",
}


def description(extra=None):
    doc = copy.deepcopy(DOC)
    if extra:
        doc["errors"]["kinds"].append(extra)
    return common.Description(doc)


class DeriveErrorsTest(unittest.TestCase):
    def run_errors(self, kinds, enums=None):
        overlay = copy.deepcopy(OVERLAY)
        overlay["errors"]["kinds"] = kinds
        deriver = derive.Deriver({"components": {"schemas": {}}}, overlay)
        return deriver.errors(enums or {})

    def test_the_description_holds_the_overlay_table(self):
        self.assertEqual(DOC["errors"], OVERLAY["errors"])

    def test_bad_tables_are_refused(self):
        rows = OVERLAY["errors"]["kinds"]
        card = dict(rows[0])
        cases = {
            "missing key": [{k: v for k, v in card.items() if k != "doc"}],
            "extra key": [dict(card, status=402)],
            "kind twice": [card, dict(card, **{"class": "OtherError"})],
            "class twice": [card, dict(card, kind="other_error")],
            "unknown parent": [dict(card, parent="NoSuchError")],
            "parent listed after": [dict(NEW_KIND), card],
        }
        for name, kinds in cases.items():
            with self.subTest(name), self.assertRaises(SystemExit):
                self.run_errors(kinds)

    def test_every_api_error_type_needs_a_kind(self):
        rows = OVERLAY["errors"]["kinds"]
        self.assertEqual(self.run_errors(rows, {"api_errors.type": ["card_error"]})["kinds"], rows)
        with self.assertRaises(SystemExit) as e:
            self.run_errors(rows, {"api_errors.type": ["card_error", "brand_new_error"]})
        self.assertIn("brand_new_error", str(e.exception))


class GeneratedErrorsTest(unittest.TestCase):
    def test_every_kind_reaches_every_language(self):
        desc = description()
        rust = errors_rust.errors_file(desc, [])
        py = errors_python.rust_file(desc)
        stub = errors_python.stub_classes(desc)
        js, dts = errors_node.js(desc), errors_node.dts(desc)
        rows = errors.kinds(desc)
        self.assertIn(f"pub const ALL: [ErrorKind; {len(rows)}]", rust)
        for row in rows:
            variant, cls = errors.variant(row), row["class"]
            parent = row["parent"] or "PayIntentError"
            self.assertIn(f'ErrorKind::{variant} => "{row["kind"]}"', rust)
            self.assertIn(f'ErrorKind::{variant} => "{cls}"', rust)
            self.assertIn(f'ErrorKind::{variant} => "{parent}"', rust)
            self.assertIn(f"class {cls}({parent}", stub)
            self.assertIn(f"class {cls} extends {parent} {{}}", js)
            self.assertIn(f"  {row['kind']}: {cls},", js)
            self.assertIn(f"export declare class {cls} extends {parent} {{", dts)
            if cls not in errors_python.EXTRA_BASES:
                self.assertIn(f"create_exception!(payintent, {cls}, {parent},", py)
        self.assertIn("ErrorKind::InvalidArgument => with_builtin_base(", py)
        self.assertIn("class InvalidArgumentError(PayIntentError, ValueError):", stub)
        self.assertIn('("PermissionDeniedError", ErrorKind::Permission)', py)
        self.assertIn("PermissionDeniedError = PermissionError", stub)

    def test_a_new_kind_with_a_parent(self):
        desc = description(NEW_KIND)
        rust = errors_rust.errors_file(desc, [])
        self.assertIn(f"pub const ALL: [ErrorKind; {len(desc.doc['errors']['kinds'])}]", rust)
        self.assertIn('ErrorKind::Fraud => "CardError"', rust)
        self.assertIn("ErrorKind::Fraud => &[402]", rust)
        self.assertIn("create_exception!(payintent, FraudError, CardError,", errors_python.rust_file(desc))
        self.assertIn('    "FraudError",\n', errors_python.stub_names(desc))
        self.assertIn("class FraudError extends CardError {}", errors_node.js(desc))
        dts = errors_node.dts(desc)
        self.assertIn("export declare class CardError extends PayIntentError {\n  readonly kind: 'card_error' | 'fraud_error';", dts)
        self.assertIn("  FraudError,\n", errors_node.mjs(desc))

    def test_python_binding_choices_must_name_classes(self):
        for table, value in [("EXTRA_BASES", {"NoSuchError": "ValueError"}), ("ALIASES", {"OldError": "NoSuchError"})]:
            with self.subTest(table):
                saved = getattr(errors_python, table)
                setattr(errors_python, table, value)
                try:
                    with self.assertRaises(SystemExit):
                        errors_python.rust_file(description())
                finally:
                    setattr(errors_python, table, saved)
        with self.assertRaises(SystemExit):
            errors_python.rust_file(description(dict(NEW_KIND, parent="InvalidArgumentError")))

    def test_statuses_text(self):
        self.assertEqual(errors.statuses_text({"http_status": []}), "")
        self.assertEqual(errors.statuses_text({"http_status": [402]}), "HTTP 402")
        self.assertEqual(errors.statuses_text({"http_status": [500, 502, 503]}), "HTTP 500, 502 or 503")


if __name__ == "__main__":
    unittest.main()
