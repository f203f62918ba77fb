#!/usr/bin/env bash
# CI check of issue 7 ("one API description"): fails when the description
# (api/payment_intents.json) is stale against its inputs, when any generated
# file is stale against the description, or when the generated Rust is not
# rustfmt-formatted. Also runs the generator's own tests. Builds nothing.
#
#   scripts/codegen-check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PYTHONDONTWRITEBYTECODE=1

python3 api/derive.py --check
python3 api/codegen.py --check
rustfmt --edition 2021 --check core/src/generated/*.rs
python3 -m unittest discover -s api/tests -t api/tests
echo "codegen-check: the description and every generated file are up to date"
