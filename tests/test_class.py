"""A small class on a real JupyterHub (issue 17): benchmarks/bench_class.py with 3 students.

The hub listens on 127.0.0.1 only; its proxy (configurable-http-proxy) comes from npm and
`python3 run.py test` installs it into .venv/node. Timings are printed by the script, never checked here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench_class.py"
PROXY = Path(sys.prefix) / "node" / "node_modules" / ".bin" / "configurable-http-proxy"


def _proxy_or_skip() -> None:
    if PROXY.exists():
        return
    why = f"configurable-http-proxy is not installed in {PROXY.parent} (python3 run.py test installs it with npm)"
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)


def test_three_students_run_lesson_03_at_once_on_a_jupyterhub():
    pytest.importorskip("jupyterhub")
    _proxy_or_skip()
    done = subprocess.run([sys.executable, str(BENCH), "--students", "3", "--lesson", "03", "--deadline", "300",
                           "--quick"],
                          capture_output=True, text=True, timeout=480, cwd=ROOT)
    out = done.stdout + done.stderr
    last = re.search(r"^students=3 .*$", done.stdout, re.M)
    assert last, out[-4000:]
    figures = dict(pair.split("=", 1) for pair in last.group(0).split())
    assert figures["failed"] == "0", out[-4000:]  # every student got a server and a kernel
    assert figures["errors"] == "0", out[-4000:]  # every code cell ran without an error
    assert figures["writes_outside"] == "0", out[-4000:]  # nothing written into the kit or the environment
    assert figures["differ"] == "0", out[-4000:]  # each student's outputs equal one student's alone
    assert figures["left"] == "0", out[-4000:]  # the hub stopped every process it started
    assert done.returncode == 0, out[-4000:]
