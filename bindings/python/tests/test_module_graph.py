"""The Rust modules of every binding crate import each other without
circles (`use crate::x` edges between the files of one crate)."""
import pathlib
import re
from typing import Dict, List, Set

from conftest import ROOT

USE = re.compile(r"^\s*(?:pub\s+)?use\s+crate::(\w+)", re.M)


def graph(src: pathlib.Path) -> Dict[str, Set[str]]:
    edges: Dict[str, Set[str]] = {}
    for f in sorted(src.glob("*.rs")):
        name = f.stem
        edges[name] = {m for m in USE.findall(f.read_text()) if m != name}
    return edges


def cycle(edges: Dict[str, Set[str]]) -> List[str]:
    state: Dict[str, int] = {}
    stack: List[str] = []

    def visit(n: str) -> List[str]:
        state[n] = 1
        stack.append(n)
        for m in sorted(edges.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return []

    for n in sorted(edges):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return []


def test_the_checker_finds_a_circle() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set(), "lib": {"a", "b"}}) == []


def test_no_binding_crate_has_an_import_circle() -> None:
    crates = sorted(p for p in (ROOT / "bindings").glob("*/src") if p.is_dir())
    assert len(crates) >= 3
    for src in crates:
        assert cycle(graph(src)) == [], f"import circle in {src}"
