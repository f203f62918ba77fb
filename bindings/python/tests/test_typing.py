"""The generated stub makes `mypy --strict` reject wrong parameter types,
misspelled parameters and enum values, missing required parameters and
wrong nested keys, and accept correct calls (typing_cases/calls.py). The
same lines are checked with pyright when it is installed (on the PATH or
named by $PAYINTENT_PYRIGHT)."""
import os
import pathlib
import re
import shutil
import subprocess
import sys
from typing import Dict, List

import pytest

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE.parent / "typing_cases" / "calls.py"
MARK = "# expect: "


def expected() -> Dict[int, str]:
    out = {}
    for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), start=1):
        if MARK in line:
            out[n] = line.split(MARK, 1)[1].strip()
    return out


def mypy_errors() -> Dict[int, List[str]]:
    cache = HERE.parent / ".mypy_cache"
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache), str(CASES)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode in (0, 1), run.stderr + run.stdout
    errors: Dict[int, List[str]] = {}
    for line in run.stdout.splitlines():
        m = re.match(r".*calls\.py:(\d+): error: (.*)$", line)
        if m:
            errors.setdefault(int(m.group(1)), []).append(m.group(2))
    return errors


def test_mypy_rejects_exactly_the_marked_calls() -> None:
    want = expected()
    assert len(want) >= 10
    got = mypy_errors()
    assert sorted(got) == sorted(want), f"lines with errors {sorted(got)}, expected {sorted(want)}: {got}"
    for n, text in want.items():
        assert any(text in e for e in got[n]), f"line {n}: expected {text!r}, got {got[n]}"


PYRIGHT = os.environ.get("PAYINTENT_PYRIGHT") or shutil.which("pyright")


@pytest.mark.skipif(PYRIGHT is None, reason="pyright is not installed (set PAYINTENT_PYRIGHT to its path)")
def test_pyright_rejects_exactly_the_marked_calls() -> None:
    assert PYRIGHT is not None
    run = subprocess.run([PYRIGHT, "--pythonpath", sys.executable, str(CASES)],
                         capture_output=True, text=True, timeout=600)
    lines = {int(m.group(1)) for m in re.finditer(r"calls\.py:(\d+):\d+ - error", run.stdout)}
    assert sorted(lines) == sorted(expected()), run.stdout
