"""The kit as a packager ships it: a built wheel, installed into a fresh virtual environment, works from
any folder, with its articles, word lists and tables inside the package.

The wheel is built offline (``--no-build-isolation``, ``--no-deps``) from a copy of the project's files;
the fresh environment gets the wheel and nothing else of the kit (its dependencies come from this test
environment's site-packages, added by a ``.pth`` file, so no download is needed).
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")
    shutil.copytree(ROOT / "kit", src / "kit", ignore=ignore)
    shutil.copytree(ROOT / "data", src / "data", ignore=ignore)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "--disable-pip-version-check", "-q", "-w", str(out), str(src)],
                   check=True, capture_output=True, text=True)
    [built] = out.glob("media_literacy_kit-*.whl")
    return built


@pytest.fixture(scope="module")
def fresh_python(wheel, tmp_path_factory) -> Path:
    env_dir = tmp_path_factory.mktemp("fresh-venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "--disable-pip-version-check", "-q", str(wheel)], check=True, capture_output=True, text=True)
    fresh_site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                     check=True, capture_output=True, text=True).stdout.strip())
    # Dependencies (pandas, textstat, ...) from this environment. Plain paths in a .pth file are appended
    # to sys.path without running the .pth files inside them, so this environment's editable install of
    # the kit stays out.
    (fresh_site / "test-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return python


def run_fresh(python: Path, code: str, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KIT_DATA", "PYTHONHOME")}
    done = subprocess.run([str(python), "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_wheel_holds_the_articles_word_lists_and_tables(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in ("data/manifest.csv", "data/gazetteer.csv", "data/concepts.csv"):
        assert f"kit/{shipped}" in names, shipped
    for folder, pattern in (("articles", "*.txt"), ("lexicons", "*.csv")):
        for path in sorted((ROOT / "data" / folder).glob(pattern)):
            assert f"kit/data/{folder}/{path.name}" in names, f"{folder}/{path.name} is not in the wheel"


def test_installed_wheel_loads_annotates_and_finds_quotes_from_another_folder(fresh_python, tmp_path):
    import kit
    from kit.datafiles import packaged_data_dir

    code = """
import json, pathlib, sys
import kit
articles = kit.load_articles()
print(json.dumps({
    "kit": str(pathlib.Path(kit.__file__).resolve()),
    "data": str(kit.data_dir()),
    "articles": sorted(articles.article_id),
    "spans": len(kit.annotate(articles)),
    "quotes": len(kit.quotes(articles)),
}))
"""
    found = json.loads(run_fresh(fresh_python, code, cwd=tmp_path))
    venv_root = fresh_python.parent.parent.resolve()
    assert Path(found["kit"]).is_relative_to(venv_root), f"imported {found['kit']}, not the installed wheel"
    assert Path(found["data"]).is_relative_to(venv_root), f"data from {found['data']}, not the package"
    expected = kit.load_articles(packaged_data_dir() / "manifest.csv")
    assert found["articles"] == sorted(expected.article_id)
    assert found["spans"] == len(kit.annotate(expected)) > 0
    assert found["quotes"] == len(kit.quotes(expected)) > 0


def test_installed_wheel_builds_student_notebooks_from_another_folder(fresh_python, tmp_path):
    shutil.copytree(ROOT / "instructor", tmp_path / "instructor")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KIT_DATA")}
    done = subprocess.run([str(fresh_python), "-m", "kit", "build-student"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for kind in ("notebooks", "answers"):
        for path in sorted((ROOT / kind).glob("*.ipynb")):
            assert (tmp_path / kind / path.name).read_bytes() == path.read_bytes(), f"{kind}/{path.name}"
