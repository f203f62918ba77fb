"""Code generator targets for api/codegen.py: one module per language, each with `outputs(description)`."""

TARGETS = ["rust", "python", "errors_python", "node", "errors_node", "uniffi"]
