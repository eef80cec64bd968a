#!/usr/bin/env python3
"""Set up the kit and run it: the README's two commands.

    python3 run.py lab     create .venv, install the kit, open JupyterLab on notebooks/
    python3 run.py test    create .venv, install the kit, run every test (lint, unit tests,
                           doctests, the notebooks under nbval, the real-browser test)

Needs only Python 3.10 or newer. Extra arguments after `test` go to pytest,
e.g. `python3 run.py test -k corpus`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".kit-installed"


def say(msg: str) -> None:
    print(f"[run.py] {msg}", flush=True)


def sh(*args, **kw) -> None:
    say(" ".join(str(a) for a in args))
    subprocess.run([str(a) for a in args], check=True, **kw)


def setup() -> None:
    """Create .venv and install the kit with its test tools (again only when pyproject.toml changes)."""
    if sys.version_info < (3, 10):  # noqa: UP036 - run.py runs on whatever python3 the user has
        sys.exit("The kit needs Python 3.10 or newer; this is " + sys.version.split()[0])
    if not PY.exists():
        say(f"creating a virtual environment in {VENV.name}/")
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            shutil.rmtree(VENV, ignore_errors=True)
            sys.exit(f"[run.py] could not create {VENV.name}/ ({exc}).\n"
                     "On Debian or Ubuntu, install the venv module first: sudo apt install python3-venv")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and _kit_installed_here():
        return
    say("installing the kit and its dependencies (the first time takes a few minutes)")
    try:
        sh(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", f"{ROOT}[test]")
    except subprocess.CalledProcessError:
        sys.exit("[run.py] installing the kit's dependencies failed (see pip's message above). "
                 "Check the internet connection (pip downloads from PyPI), then run the command again.")
    STAMP.write_text(wanted)


def _kit_installed_here() -> bool:
    """Does .venv import this folder's kit (and not an old or moved copy)?"""
    code = "import kit, pathlib; print(pathlib.Path(kit.__file__).resolve().parent.parent)"
    found = subprocess.run([str(PY), "-c", code], capture_output=True, text=True, cwd="/")
    return found.returncode == 0 and Path(found.stdout.strip()) == ROOT


def ensure_chromium() -> None:
    """The browser test drives Debian's Chromium; install it when it is missing and we can."""
    if Path("/usr/bin/chromium").exists():
        return
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
        say("installing Debian's chromium package for the browser test")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-q"], check=False, env=env, stdin=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium"],
                       check=False, env=env, stdin=subprocess.DEVNULL)
    if not Path("/usr/bin/chromium").exists():
        say("Chromium is not installed: the browser test will be skipped (it fails in CI). "
            "Install it with: sudo apt-get install chromium")


def ensure_proxy() -> None:
    """The JupyterHub class test needs JupyterHub's proxy, which comes from npm: put it in .venv/node."""
    if (VENV / "node" / "node_modules" / ".bin" / "configurable-http-proxy").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        say("npm is not installed: the JupyterHub class test will be skipped (it fails in CI). "
            "Install Node.js 20 or newer with npm (Debian: sudo apt-get install nodejs npm)")
        return
    say("installing configurable-http-proxy (JupyterHub's proxy) into .venv/node with npm")
    subprocess.run([npm, "install", "--prefix", str(VENV / "node"), "--no-audit", "--no-fund", "--silent",
                    "configurable-http-proxy@5"], check=False, stdin=subprocess.DEVNULL)


def lab(args: list[str]) -> int:
    setup()
    cmd = [str(BIN / "jupyter-lab"), "00-start-here.ipynb", *args]
    if os.name == "posix" and os.geteuid() == 0:
        cmd.append("--allow-root")
    say("opening JupyterLab on notebooks/ (stop it with Ctrl+C)")
    return subprocess.call(cmd, cwd=ROOT / "notebooks")


def test(args: list[str]) -> int:
    setup()
    ensure_chromium()
    ensure_proxy()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", MPLBACKEND="Agg")
    say("ruff check (lint)")
    if subprocess.call([str(PY), "-m", "ruff", "check", "."], cwd=ROOT, env=env) != 0:
        say("lint failed: fix the lines above (or run `.venv/bin/ruff check --fix .`)")
        return 1
    say("pytest: unit tests, doctests, notebooks (nbval) and the browser test")
    return subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("lab", "test"):
        print(__doc__)
        return 2
    return {"lab": lab, "test": test}[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
