"""The kit as a packager ships it: the built wheel holds every module and data file, and installed with pip into
a fresh virtual environment outside the repository (real dependencies, no editable install), it runs a whole
lesson and builds the student notebooks from another folder. See tests/freshenv.py for how the environment is
made. The lowest-versions run (`python3 run.py test-lowest`) leaves out the tests marked fresh_install."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import freshenv
import pytest

ROOT = freshenv.ROOT
fresh_install = pytest.mark.fresh_install


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return freshenv.wheel(tmp_path_factory)


@pytest.fixture(scope="module")
def fresh_python(wheel, tmp_path_factory) -> Path:
    return freshenv.python_with([wheel], tmp_path_factory)


def _shipped_files(folder: str) -> list[str]:
    """Every file under ``folder`` that belongs to the project (no caches or editor leftovers)."""
    skip = ("__pycache__", ".ipynb_checkpoints")
    return sorted(str(p.relative_to(ROOT / folder)) for p in (ROOT / folder).rglob("*")
                  if p.is_file() and not any(part in skip for part in p.parts) and p.suffix != ".pyc")


@fresh_install
def test_wheel_holds_every_module_and_every_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = [f"kit/{name}" for name in _shipped_files("kit") if name.endswith(".py")]
    assert any(name.startswith("kit/exercises/") for name in modules), "kit/exercises/ not found on disk"
    missing = [name for name in modules if name not in names]
    missing += [f"kit/data/{name}" for name in _shipped_files("data") if f"kit/data/{name}" not in names]
    assert not missing, "not in the wheel (see setup.py and [tool.setuptools.package-data]):\n  " + \
        "\n  ".join(missing)
    assert not [n for n in names if n.startswith(("data/", "tests/", "instructor/"))], "stray top-level folders"


@fresh_install
@pytest.mark.parametrize("lesson", sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb")))
def test_installed_wheel_runs_every_lesson_from_another_folder(fresh_python, tmp_path, lesson):
    """Every student lesson runs top to bottom from a plain wheel install (the editable install hid a missing
    subpackage once: lesson 00 imports kit.exercises in its first code cell)."""
    found = freshenv.run_lesson(fresh_python, ROOT / "notebooks" / lesson, tmp_path / "class")
    venv_root = fresh_python.parent.parent.resolve()
    assert Path(found["kit"]).resolve().is_relative_to(venv_root), f"imported {found['kit']}, not the wheel"
    assert Path(found["data"]).resolve().is_relative_to(venv_root), f"data from {found['data']}, not the package"
    assert found["checked"] > 0 and not found["differ"], f"checked outputs differ in cells {found['differ']}"


@fresh_install
def test_installed_wheel_loads_annotates_and_finds_quotes_like_the_repository(fresh_python, tmp_path):
    import kit
    from kit.datafiles import packaged_data_dir

    code = ("import json, kit; a = kit.load_articles(); print(json.dumps({'articles': sorted(a.article_id), "
            "'spans': len(kit.annotate(a)), 'quotes': len(kit.quotes(a))}))")
    found = json.loads(freshenv.run([fresh_python, "-c", code], cwd=tmp_path, what="loading").strip())
    expected = kit.load_articles(packaged_data_dir() / "manifest.csv")
    assert found["articles"] == sorted(expected.article_id)
    assert found["spans"] == len(kit.annotate(expected)) > 0
    assert found["quotes"] == len(kit.quotes(expected)) > 0


@fresh_install
def test_installed_wheel_builds_student_notebooks_from_another_folder(fresh_python, tmp_path):
    shutil.copytree(ROOT / "instructor", tmp_path / "instructor")
    done = subprocess.run([str(fresh_python), "-m", "kit", "build-student"], cwd=tmp_path,
                          env=freshenv.clean_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not list(fresh_python.parent.parent.rglob("site-packages/kit/**/*.ipynb")), "wrote into site-packages"
    for kind in ("notebooks", "answers"):
        for path in sorted((ROOT / kind).glob("*.ipynb")):
            assert (tmp_path / kind / path.name).read_bytes() == path.read_bytes(), f"{kind}/{path.name}"


def test_every_folder_of_kit_is_a_package_setup_py_finds():
    """setup.py finds packages by their __init__.py: a folder of modules without one would be left out."""
    folders = {p.parent for p in (ROOT / "kit").rglob("*.py") if "__pycache__" not in p.parts}
    missing = sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file())
    assert not missing, f"add an __init__.py to {', '.join(missing)} (or the wheel leaves it out)"
    assert "find_packages(include=[\"kit\", \"kit.*\"])" in (ROOT / "setup.py").read_text(encoding="utf-8")
