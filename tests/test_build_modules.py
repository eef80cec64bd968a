"""The build's modules (split from kit/build.py, issue 25): each under 600 lines, with a one-line purpose,
and no import circle among them."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

KIT = Path(__file__).resolve().parent.parent / "kit"
BUILD_MODULES = ["build", "build_safety", "notebook_cells", "notebook_versions", "solution_markers"]


def kit_imports(name: str) -> set[str]:
    tree = ast.parse((KIT / f"{name}.py").read_text(encoding="utf-8"))
    return {node.module.split(".")[0] for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


@pytest.mark.parametrize("name", BUILD_MODULES)
def test_each_build_module_is_small_and_says_what_it_is_for(name):
    assert len((KIT / f"{name}.py").read_text(encoding="utf-8").splitlines()) < 600
    doc = importlib.import_module(f"kit.{name}").__doc__
    assert doc and doc.strip().split("\n")[0].endswith((".", ":")) and ">>>" in doc


def test_no_import_circle_through_the_build_modules():
    for start in BUILD_MODULES:
        seen, todo = set(), [start]
        while todo:
            for module in kit_imports(todo.pop()):
                assert module != start, f"kit.{start} imports itself through kit.{module}"
                if module not in seen and (KIT / f"{module}.py").exists():
                    seen.add(module)
                    todo.append(module)
