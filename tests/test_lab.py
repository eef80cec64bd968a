"""`python3 run.py lab`: people work in their own copy of the lessons, never in notebooks/; the address it
prints opens the first lesson; Ctrl+C stops it with one line."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_run():
    spec = importlib.util.spec_from_file_location("run_script", ROOT / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


run = load_run()


def shipped_folder(tmp_path: Path) -> Path:
    shipped = tmp_path / "notebooks"
    shipped.mkdir()
    for name in ("00-start-here.ipynb", "01-meet-the-corpus.ipynb"):
        (shipped / name).write_bytes((ROOT / "notebooks" / name).read_bytes())
    return shipped


def never(question: str) -> bool:
    raise AssertionError(f"asked without need: {question}")


def test_first_start_copies_every_lesson_and_leaves_the_shipped_ones_alone(tmp_path):
    shipped = shipped_folder(tmp_path)
    before = {p.name: p.read_bytes() for p in shipped.iterdir()}
    done = run.prepare_work_folder(shipped, tmp_path / "work", ask=never)
    assert done == ["copied 00-start-here.ipynb", "copied 01-meet-the-corpus.ipynb"]
    assert {p.name: p.read_bytes() for p in (tmp_path / "work").glob("*.ipynb")} == before
    assert run.prepare_work_folder(shipped, tmp_path / "work", ask=never) == []  # nothing new


def test_work_is_never_overwritten_without_asking(tmp_path):
    shipped = shipped_folder(tmp_path)
    work = tmp_path / "work"
    run.prepare_work_folder(shipped, work, ask=never)
    mine = work / "01-meet-the-corpus.ipynb"
    nb = json.loads(mine.read_text(encoding="utf-8"))
    nb["cells"][0]["source"] = "my own notes"
    mine.write_text(json.dumps(nb), encoding="utf-8")
    my_work = mine.read_bytes()
    # a new version of both lessons arrives (git pull); a new lesson too
    for path in shipped.glob("*.ipynb"):
        path.write_bytes(path.read_bytes() + b"\n")
    (shipped / "02-loaded-language.ipynb").write_bytes((ROOT / "notebooks" / "02-loaded-language.ipynb").read_bytes())
    questions = []
    done = run.prepare_work_folder(shipped, work, ask=lambda q: questions.append(q) or False)
    assert mine.read_bytes() == my_work and len(questions) == 1 and "01-meet-the-corpus" in questions[0]
    assert (work / "00-start-here.ipynb").read_bytes() == (shipped / "00-start-here.ipynb").read_bytes()  # untouched copy
    assert (work / "02-loaded-language.ipynb").is_file()
    assert any("kept your copy of 01-meet-the-corpus.ipynb" in line for line in done)
    # asked again next time; a yes keeps the old copy beside the new one
    done = run.prepare_work_folder(shipped, work, ask=lambda q: True)
    kept = list(work.glob("01-meet-the-corpus.before-*.ipynb"))
    assert len(kept) == 1 and kept[0].read_bytes() == my_work
    assert mine.read_bytes() == (shipped / "01-meet-the-corpus.ipynb").read_bytes()


def test_the_work_folder_is_never_committed():
    ignored = subprocess.run(["git", "check-ignore", "-q", "my-notebooks/00-start-here.ipynb"], cwd=ROOT)
    if ignored.returncode == 128:
        pytest.skip("not a git checkout")
    assert ignored.returncode == 0, "my-notebooks/ must be listed in .gitignore"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Page:
    def __init__(self, status: int, body: bytes):
        self.status, self.body = status, body


def fetch(url: str, tries: int = 30) -> Page:
    """GET a page from the local server, trying again for a while when the machine is busy."""
    for attempt in range(tries):
        try:
            with urllib.request.urlopen(url, timeout=60) as page:
                return Page(page.status, page.read())
        except urllib.error.URLError:
            if attempt == tries - 1:
                raise
            time.sleep(1)
    raise AssertionError("unreachable")


def test_lab_prints_an_address_that_opens_the_first_lesson_and_ctrl_c_prints_one_line(tmp_path):
    jupyter_lab = Path(sys.executable).parent / "jupyter-lab"
    if not jupyter_lab.exists():
        pytest.skip("jupyter-lab is not installed next to this Python")
    port = free_port()
    # started with Ctrl+C ignored, as a test worker or a background script may leave it: run.py lab still stops
    code = ("import signal, sys, pathlib; signal.signal(signal.SIGINT, signal.SIG_IGN); sys.path.insert(0, sys.argv[1]); import run; "
            "sys.exit(run.serve(sys.argv[2], ['--no-browser', '--port=' + sys.argv[3], "
            "'--ServerApp.port_retries=0'], work=pathlib.Path(sys.argv[4])))")
    work = tmp_path / "my-notebooks"
    child = subprocess.Popen([sys.executable, "-c", code, str(ROOT), str(jupyter_lab), str(port), str(work)],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
                             env=dict(os.environ, PYTHONUNBUFFERED="1"))
    lines, url = [], None
    deadline = time.monotonic() + 180
    try:
        while url is None and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line)
            found = re.search(rf"http://127\.0\.0\.1:{port}/\S+", line)
            url = found.group(0) if found else None
        assert url, "no address printed:\n" + "".join(lines)
        assert re.fullmatch(rf"http://127\.0\.0\.1:{port}/lab/tree/00-start-here\.ipynb\?token=\w+", url)
        info = [ln for ln in lines if re.match(r"\[I[ \]]", ln)]
        assert not info, "run.py lab should print no INFO lines:\n" + "".join(info)
        assert fetch(url).status == 200
        api = url.replace("/lab/tree/", "/api/contents/")
        assert json.loads(fetch(api).body)["name"] == "00-start-here.ipynb"  # served from the work folder
        assert (work / "00-start-here.ipynb").is_file()
        os.killpg(child.pid, signal.SIGINT)  # what Ctrl+C in a terminal does: the whole group gets SIGINT
        rest, _ = child.communicate(timeout=90)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    # JupyterLab may have logged a warning while it ran (before Ctrl+C); after it, only our one line
    assert rest.strip().splitlines()[-1] == "JupyterLab stopped.", rest
    for noise in ("Traceback", "KeyboardInterrupt", "Shutting down", "received signal", "Interrupted"):
        assert noise not in "".join(lines) + rest, rest
    assert child.returncode == 0
