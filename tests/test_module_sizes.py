"""Rooms a reader can hold (issue 25): every module of the kit under 600 lines, with a one-line purpose, and no
import circle among the kit's modules (imports at the top of a module; a function may import lazily)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KIT = Path(__file__).resolve().parent.parent / "kit"
MODULES = sorted(p for p in KIT.rglob("*.py"))


def top_imports(path: Path) -> set[Path]:
    """The kit modules ``path`` imports at its top level (relative imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            names = [node.module] if node.module else [a.name for a in node.names]
            for name in names:
                target = base.joinpath(*name.split("."))
                for candidate in (target.with_suffix(".py"), target / "__init__.py"):
                    if candidate.exists() and candidate != path:
                        found.add(candidate)
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(KIT)))
def test_each_module_is_under_600_lines_and_says_what_it_is_for(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) < 600, f"{path.name}: split it along its concepts"
    doc = ast.get_docstring(ast.parse(text))
    assert doc and doc.strip(), f"{path.name} has no one-line purpose"


def test_no_import_circle_among_the_kit_modules():
    graph = {p: top_imports(p) for p in MODULES}
    for start in MODULES:
        seen, todo = set(), [start]
        while todo:
            for module in graph.get(todo.pop(), ()):
                if module.name == "__init__.py" or start.name == "__init__.py":
                    continue  # a package's __init__ gathers its modules: not a circle
                assert module != start, f"{start.relative_to(KIT)} imports itself again through {module.relative_to(KIT)}"
                if module not in seen:
                    seen.add(module)
                    todo.append(module)
