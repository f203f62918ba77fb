"""Rust source text for the Rust target: doc comments, literals, a line buffer, and formatting through rustfmt."""
import os
import shutil
import subprocess

from .common import wrap_doc

MAX_WIDTH = 100
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Out:
    """Lines of one generated file."""

    def __init__(self, lines=()):
        self._lines = list(lines)

    def line(self, text=""):
        self._lines.append(text)

    def lines(self, texts):
        self._lines.extend(texts)

    def text(self):
        return "\n".join(self._lines).rstrip("\n") + "\n"


def doc_lines(text, indent, marker="///"):
    """`text` as doc comment lines at `indent` columns, wrapped to the line width."""
    pad = " " * indent
    width = max(40, MAX_WIDTH - indent - len(marker) - 1)
    out = []
    for ln in wrap_doc(text, width):
        out.append(f"{pad}{marker} {ln}" if ln else f"{pad}{marker}")
    return out


def rust_str(value):
    """A Rust string literal holding `value`."""
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{{{ord(ch):x}}}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def str_slice(values):
    """A `&[&str]` literal."""
    return "&[" + ", ".join(rust_str(v) for v in values) + "]"


def rustfmt(text, name):
    """`text` as rustfmt (edition 2021, the repository's configuration) prints it."""
    exe = shutil.which("rustfmt")
    if exe is None:
        raise SystemExit("codegen: rustfmt is needed to format the generated Rust (rustup component add rustfmt)")
    proc = subprocess.run(
        [exe, "--edition", "2021", "--emit", "stdout"],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise SystemExit(f"codegen: rustfmt refused the generated {name}:\n{proc.stderr}")
    return proc.stdout
