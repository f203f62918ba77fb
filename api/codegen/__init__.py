"""Code generator targets for api/codegen.py: one module per language, each with `outputs(description)`."""

TARGETS = ["rust", "python", "node", "uniffi"]
