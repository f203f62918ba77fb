"""Tests of api/surfaces.py: each extractor reads its language's shape, and a drifted surface is reported."""
import importlib.util
import os
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("surfaces", os.path.join(HERE, "..", "surfaces.py"))
surfaces = importlib.util.module_from_spec(spec)
spec.loader.exec_module(surfaces)

KOTLIN = '''
data class CreateParams (
    /** doc */
    var `amount`: kotlin.Long
    , 
    var `captureMethod`: CaptureMethod? = null
    , 
    var `extra`: JsonObject = ""
) {
}
data class RequestOptions (
    var `idempotencyKey`: kotlin.String? = null
) {
}
    suspend fun `create`(`params`: CreateParams, `options`: RequestOptions? = null): PaymentIntent
'''

SWIFT = '''
public struct CreateParams: Equatable, Hashable {
    public var amount: Int64
    public var captureMethod: CaptureMethod?
    public var extra: JsonObject
}
public struct RequestOptions {
    public var idempotencyKey: String?
}
open func create(params: CreateParams, options: RequestOptions? = nil)async throws  -> PaymentIntent  {
'''


class ExtractorTests(unittest.TestCase):
    def write(self, root, language, name, text):
        os.makedirs(os.path.join(root, language), exist_ok=True)
        with open(os.path.join(root, language, name), "w", encoding="utf-8") as f:
            f.write(text)

    def test_kotlin_and_swift_shapes(self):
        with tempfile.TemporaryDirectory() as d:
            self.write(d, "kotlin", "a.kt", KOTLIN)
            self.write(d, "swift", "a.swift", SWIFT)
            for s in (surfaces.kotlin(["create", "cancel"], d), surfaces.swift(["create", "cancel"], d)):
                self.assertEqual(s.params, {"create": {"amount", "capture_method"}}, s.name)
                self.assertEqual(s.options, {"create": {"idempotency_key"}}, s.name)

    def test_drift_is_reported(self):
        want = surfaces.Surface("description")
        want.params = {"create": {"amount", "currency"}, "cancel": set()}
        want.options = {"create": {"timeout"}, "cancel": {"timeout"}}
        got = surfaces.Surface("x")
        got.params = {"create": {"amount", "curency"}}
        got.options = {"create": {"timeout", "timeout_ms_typo"}}
        problems = surfaces.compare(want, [got])
        text = "\n".join(problems)
        self.assertIn("create: parameters missing: currency", text)
        self.assertIn("create: parameters not in the description: curency", text)
        self.assertIn("timeout_ms_typo", text)
        self.assertIn("cancel: no parameter type found", text)
        self.assertIn("cancel: no method taking per-call options found", text)

    def test_the_repository_surfaces_of_rust_python_and_node_agree(self):
        want = surfaces.expected()
        ops = list(want.params)
        got = [surfaces.rust(ops), surfaces.python(ops), surfaces.node(ops)]
        self.assertEqual(surfaces.compare(want, got), [])


if __name__ == "__main__":
    unittest.main()
