"""A fresh virtual environment outside the repository, filled by pip as a user's would be, and a whole lesson
run in it with nbclient. Shared by tests/test_package.py (the wheel) and tests/test_environment.py (Binder).

pip installs the real dependencies, at the versions this test environment has (a constraints file made from
it), so they come from pip's cache and a fresh machine downloads each only once. The kit is built from a copy
of the project's files, so nothing in the repository is read or written.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from importlib.metadata import distributions
from pathlib import Path

from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
#: what a build of the kit reads (pyproject.toml and setup.py say how; kit/ and data/ are what it ships)
PROJECT_FILES = ("pyproject.toml", "setup.py", "README.md", "LICENSE")
PROJECT_DIRS = ("kit", "data")
KIT = "media-literacy-kit"
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints", "*.egg-info", "build")

_made: dict = {}  # what this test session has built already: the wheel, and each environment by its arguments


def project_copy(dest: Path) -> Path:
    """Copy the files a build of the kit reads into ``dest`` (a folder outside the repository)."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, dest / name)
    for name in PROJECT_DIRS:
        shutil.copytree(ROOT / name, dest / name, ignore=_IGNORE)
    return dest


def clean_env(**extra: str) -> dict:
    """This process's environment without what would let the fresh one see this repository or this venv."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PIP_REQUIRE", "KIT_", "JUPYTER"))}
    env.update({"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONNOUSERSITE": "1", "MPLBACKEND": "Agg", **extra})
    return env


def run(args, *, cwd: Path, timeout: int = 1200, what: str) -> str:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=clean_env(), capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{what} failed:\n" + "\n".join((done.stdout + done.stderr).splitlines()[-40:])
    return done.stdout


def wheel(factory) -> Path:
    """The kit's wheel, built once per session by pip from a copy of the project (as `pip install .` does)."""
    if "wheel" not in _made:
        src = project_copy(factory.mktemp("kit-src") / "media-literacy-kit")
        out = factory.mktemp("dist")
        run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, src], cwd=out,
            what="building the wheel")
        [_made["wheel"]] = out.glob("media_literacy_kit-*.whl")
    return _made["wheel"]


def constraints(folder: Path) -> Path:
    """A pip constraints file pinning every package of this environment (but the kit) to its version here."""
    pins = sorted({f"{canonicalize_name(d.metadata['Name'])}=={d.version}" for d in distributions()
                   if d.metadata["Name"] and canonicalize_name(d.metadata["Name"]) != KIT})
    path = folder / "constraints.txt"
    path.write_text("\n".join(pins) + "\n", encoding="utf-8")
    return path


def python_with(install_args: list[str], factory) -> Path:
    """A new virtual environment outside the repository with ``pip install <install_args>`` done in it
    (made once per session for the same arguments); returns its Python."""
    key = tuple(str(a) for a in install_args)
    if key not in _made:
        folder = factory.mktemp("fresh-venv")
        env_dir = folder / "venv"
        run([sys.executable, "-m", "venv", env_dir], cwd=folder, what="creating a virtual environment")
        python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        run([python, "-m", "pip", "install", "-q", "--progress-bar", "off", "-c", constraints(folder), *key],
            cwd=folder, what=f"pip install {' '.join(key)}")
        run([python, "-m", "pip", "check"], cwd=folder, what="pip check")
        _made[key] = python
    return _made[key]


RUN_LESSON = textwrap.dedent("""
    import json, os, sys
    import nbformat
    from nbclient import NotebookClient
    import kit

    path = sys.argv[1]
    nb = nbformat.read(path, as_version=4)
    stored = {i: c.get("outputs", []) for i, c in enumerate(nb.cells)
              if "nbval-check-output" in c.get("metadata", {}).get("tags", [])}
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": os.path.dirname(path)}}).execute()
    def text(outputs):
        return ["".join(o.get("text") or o.get("data", {}).get("text/plain", "")) for o in outputs]
    differ = [i for i, outputs in stored.items() if outputs and text(outputs) != text(nb.cells[i].outputs)]
    print(json.dumps({"kit": kit.__file__, "data": str(kit.data_dir()), "checked": len(stored), "differ": differ}))
""")


def run_lesson(python: Path, notebook: Path, folder: Path) -> dict:
    """Copy ``notebook`` into ``folder`` (outside the repository) and run it top to bottom in a kernel of
    ``python``'s environment. Returns where the kernel's kit came from and which checked outputs differ."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / notebook.name
    shutil.copyfile(notebook, copy)
    out = run([python, "-c", RUN_LESSON, copy], cwd=folder, timeout=900, what=f"running {notebook.name}")
    return json.loads(out.strip().splitlines()[-1])
