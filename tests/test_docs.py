"""Every public function a student or teacher calls has a short docstring with a runnable example."""

import importlib
import inspect

import pytest

import kit

USER_MODULES = ["corpus", "cleaning", "segment", "lexicons", "annotation", "display", "plots", "sourcing",
                "gazetteer", "names", "speakers", "speaker_rules", "framing", "exercises", "widgets"]


def public_functions():
    seen = {}
    for name in kit._LAZY:
        seen[name] = getattr(kit, name)
    for mod in USER_MODULES:
        module = importlib.import_module(f"kit.{mod}")
        for name in getattr(module, "__all__", []):
            obj = getattr(module, name)
            if inspect.isfunction(obj):
                seen[f"{mod}.{name}"] = obj
    return sorted(seen.items())


@pytest.mark.parametrize("name, function", public_functions())
def test_public_function_has_a_docstring_with_an_example(name, function):
    doc = inspect.getdoc(function) or ""
    assert doc.strip(), f"{name} has no docstring"
    assert ">>>" in doc, f"{name}'s docstring has no >>> example (pytest runs them as doctests)"


def test_every_lazy_name_resolves_and_is_listed():
    for name in kit._LAZY:
        assert callable(getattr(kit, name)), name
    assert set(kit._LAZY) <= set(kit.__all__)
