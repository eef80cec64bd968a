"""A class on one JupyterHub: N students run a lesson at the same moment (a script, not a test).

Run from the repository root (``python3 run.py test tests/test_class.py`` installs the proxy first)::

    .venv/bin/python benchmarks/bench_class.py --students 30 --lesson 03
    .venv/bin/python benchmarks/bench_class.py --students 30 --transport tcp   # JupyterHub's default

It stands up a real JupyterHub on 127.0.0.1 only: configurable-http-proxy (from npm, in
``.venv/node``), the DummyAuthenticator, and a local process spawner that gives each student a home
folder under one temporary folder. The kit is the one installed in this Python environment, compiled
once first (``python -m compileall``), as a hub's administrator would install it. Then:

1. each home gets a copy of the repository, cloned as nbgitpuller clones it (``git clone``);
2. one student alone opens the lesson and runs every code cell (Run All): the reference outputs, the
   time and CPU of one student, and the memory of a bare kernel and of one with pandas and matplotlib;
3. N students get a server and open the lesson at once, through the hub's REST API, and all N run
   every code cell at the same moment through the kernels' websockets (as JupyterLab does);
4. it stops every server, the hub and the proxy, and kills any process of the run still alive.

It prints students whose server or kernel failed, cells that errored, the class time against the CPU
floor (N x one student alone / cores), memory per student (server and kernel), files written outside
the students' homes (in the kit's folder, the Python environment and the shared temporary folder),
students whose outputs differ from the solo run, and where each kernel's kit read its data. The run
stops at ``--deadline`` seconds whatever happens. The last line is::

    students=N failed=.. errors=.. class_s=.. floor_s=.. ratio_vs_floor=.. kit_mb=.. writes_outside=.. differ=..
    own_data=<kernels whose kit read their student's copy>/<kernels> left=<processes killed at the end>

Goals (issue 17): 0 failed, 0 errors, ratio_vs_floor <= 1.2, kit_mb <= 10, writes_outside 0.
Exit status 0 when every student's kernel ran every cell without error and nothing was written
outside the homes; 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import hashlib
import importlib.util
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psutil
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest
from tornado.websocket import websocket_connect

ROOT = Path(__file__).resolve().parent.parent
COPY_NAME = "media-literacy-kit"  # the folder nbgitpuller makes: the repository's name
BIN = Path(sys.executable).parent
MB = 1024 * 1024
SOCKET_PATH_MAX = 104  # a Unix socket path must be shorter than 108 bytes on Linux


def say(msg: str) -> None:
    print(msg, flush=True)


# ---------------------------------------------------------------- setting up


def find_proxy(given: str | None) -> str:
    """The configurable-http-proxy command: --proxy, then .venv/node (run.py puts it there), then PATH."""
    for cand in (given, Path(sys.prefix) / "node" / "node_modules" / ".bin" / "configurable-http-proxy",
                 shutil.which("configurable-http-proxy")):
        if cand and Path(cand).exists():
            return str(cand)
    sys.exit("configurable-http-proxy was not found. Install it with `python3 run.py test tests/test_class.py` "
             "(which runs `npm install --prefix .venv/node configurable-http-proxy`), or pass --proxy PATH.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kit_folder() -> Path:
    """The installed kit's package folder (found without importing it, so nothing is compiled here)."""
    spec = importlib.util.find_spec("kit")
    if spec is None or not spec.origin:
        sys.exit("The kit is not installed in this Python: run `python3 run.py test` once first.")
    return Path(spec.origin).parent


def make_template(where: Path) -> tuple[Path, str]:
    """One clone of the repository (as nbgitpuller clones it); each home gets a copy of it."""
    dest = where / COPY_NAME
    if (ROOT / ".git").exists():
        subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{ROOT}", str(dest)], check=True)
        head = subprocess.run(["git", "-C", str(dest), "log", "-1", "--format=%h %s"],
                              capture_output=True, text=True).stdout.strip()
        return dest, f"git clone of {ROOT} at {head[:70]}"
    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(".venv", "__pycache__", ".git", "artifacts"))
    return dest, f"copy of {ROOT} (not a git checkout)"


def lesson_path(template: Path, lesson: str) -> str:
    found = sorted((template / "notebooks").glob(f"{lesson}*.ipynb"))
    if not found:
        sys.exit(f"No lesson {lesson!r} in notebooks/: use the number at the start of a file name, e.g. 03.")
    return f"{COPY_NAME}/notebooks/{found[0].name}"


def hub_config(run: Path, ports: dict, token: str, proxy: str, transport: str, timeout: int) -> Path:
    """jupyterhub_config.py for the run: 127.0.0.1 only, dummy logins, one local process per student."""
    args = [f"--KernelManager.transport={transport}"]
    if os.name == "posix" and os.geteuid() == 0:
        args.append("--allow-root")
    cfg = f"""
c = get_config()  # noqa
c.JupyterHub.bind_url = "http://127.0.0.1:{ports['public']}"
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{ports['hub']}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{ports['proxy_api']}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.pid_file = {str(run / '.hub' / 'proxy.pid')!r}
c.JupyterHub.db_url = "sqlite:///{run / '.hub' / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = {str(run / '.hub' / 'cookie_secret')!r}
c.JupyterHub.pid_file = {str(run / '.hub' / 'hub.pid')!r}
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {str(run) + '/{username}'!r}
c.Spawner.cmd = [{str(BIN / 'jupyterhub-singleuser')!r}]
c.Spawner.args = {args!r}
c.Spawner.ip = "127.0.0.1"
c.Spawner.environment = {{"TMPDIR": {str(run / '.tmp')!r}}}
c.Spawner.http_timeout = {timeout}
c.Spawner.start_timeout = {timeout}
c.JupyterHub.concurrent_spawn_limit = 0
c.JupyterHub.services = [{{"name": "class-bench", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{
    "name": "class-bench", "services": ["class-bench"],
    "scopes": ["admin:users", "admin:servers", "admin:server_state", "tokens", "list:users", "read:users",
               "access:servers"],
}}]
"""
    path = run / ".hub" / "jupyterhub_config.py"
    path.write_text(cfg)
    return path


def snapshot(roots: list[Path], skip: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    """Every file under the roots, with its modification time and size."""
    seen: dict[str, tuple[int, int]] = {}
    stack = [r for r in roots if r.exists()]
    skip_s = {str(s) for s in skip}
    while stack:
        d = stack.pop()
        try:
            entries = list(os.scandir(d))
        except OSError:
            continue
        for e in entries:
            if e.path in skip_s:
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    stack.append(Path(e.path))
                else:
                    st = e.stat(follow_symlinks=False)
                    seen[e.path] = (st.st_mtime_ns, st.st_size)
            except OSError:
                continue
    return seen


# ---------------------------------------------------------------- talking to the hub and the kernels


class Hub:
    def __init__(self, port: int, token: str):
        self.base = f"http://127.0.0.1:{port}"
        self.token = token
        self.http = AsyncHTTPClient()

    async def call(self, method: str, path: str, body=None, token: str | None = None, timeout: float = 300):
        req = HTTPRequest(self.base + path, method=method,
                          headers={"Authorization": f"token {token or self.token}"},
                          body=None if body is None and method in ("GET", "DELETE") else json.dumps(body or {}),
                          request_timeout=timeout, connect_timeout=timeout)
        resp = await self.http.fetch(req)
        return json.loads(resp.body) if resp.body else None

    async def start_server(self, name: str, timeout: float) -> dict:
        """Start a student's server; returns its token, pid and start time (or the error)."""
        t0 = time.monotonic()
        try:
            tok = await self.call("POST", f"/hub/api/users/{name}/tokens",
                                  {"note": "class benchmark", "scopes": [f"access:servers!user={name}"]})
            await self.call("POST", f"/hub/api/users/{name}/server", {})
            while True:
                user = await self.call("GET", f"/hub/api/users/{name}")
                server = user.get("servers", {}).get("")
                if server and server.get("ready"):
                    break
                if not server or not server.get("pending"):
                    return {"error": "the server stopped while starting (see the hub's log)"}
                if time.monotonic() - t0 > timeout:
                    return {"error": f"the server did not start within {timeout:.0f} s"}
                await asyncio.sleep(0.5)
        except HTTPClientError as exc:
            return {"error": f"hub API: {exc}"}
        pid = (server.get("state") or {}).get("pid")
        return {"token": tok["token"], "pid": pid, "start_s": time.monotonic() - t0}


def message(msg_type: str, content: dict, session: str) -> dict:
    return {"header": {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": session,
                       "username": "student", "version": "5.3",
                       "date": datetime.datetime.now(datetime.UTC).isoformat()},
            "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": []}


HEX = re.compile(r"0x[0-9a-f]{6,}")
STYLER = re.compile(r"T_[0-9a-f]{5}(_row|_col|_level|\b)")


def normalise(output: dict, home: str) -> str:
    """One output as text to compare with the solo run: the student's home path and memory addresses
    taken out, widget ids left out, images compared by their hash."""
    kind = output.get("msg_type")
    c = output.get("content", {})
    if kind == "stream":
        body = c.get("name", "") + ":" + c.get("text", "")
    elif kind == "error":
        body = c.get("ename", "") + ":" + c.get("evalue", "")
    else:
        data = dict(c.get("data", {}))
        data.pop("application/vnd.jupyter.widget-view+json", None)
        for mime in list(data):
            if mime.startswith("image/"):
                data[mime] = hashlib.sha256(str(data[mime]).encode()).hexdigest()[:16]
        body = json.dumps(data, sort_keys=True)
    body = body.replace(home, "<home>")
    return kind + ":" + STYLER.sub("T_<id>", HEX.sub("0x<addr>", body))


async def open_lesson(base: str, name: str, token: str, nb_path: str) -> tuple[list[str], str]:
    """Read the notebook from the student's home and start its kernel (as JupyterLab does)."""
    hub = Hub(0, token)
    hub.base = base
    model = await hub.call("GET", f"/user/{name}/api/contents/{nb_path}?content=1")
    cells = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
             for c in model["content"]["cells"] if c["cell_type"] == "code"]
    sess = await hub.call("POST", f"/user/{name}/api/sessions",
                          {"path": nb_path, "name": nb_path.rsplit("/", 1)[-1], "type": "notebook",
                           "kernel": {"name": "python3"}})
    return cells, sess["kernel"]["id"]


class Kernel:
    """A kernel's websocket, as JupyterLab holds it."""

    def __init__(self, base: str, name: str, token: str, kernel_id: str):
        self.url = (base.replace("http", "ws", 1) + f"/user/{name}/api/kernels/{kernel_id}/channels"
                    f"?session_id={uuid.uuid4().hex}")
        self.token = token
        self.session = uuid.uuid4().hex
        self.ws = None

    async def connect(self, timeout: float) -> None:
        req = HTTPRequest(self.url, headers={"Authorization": f"token {self.token}"},
                          connect_timeout=timeout, request_timeout=timeout)
        self.ws = await websocket_connect(req, max_message_size=256 * MB)
        await self.execute(["pass"], timeout)  # kernel_info alone may come before the kernel is ready

    async def execute(self, cells: list[str], timeout: float, expressions: dict | None = None) -> list[dict]:
        """Send every cell at once (Run All) and collect, per cell: reply status, outputs, seconds."""
        msgs = [message("execute_request", {"code": code, "silent": False, "store_history": True,
                                            "user_expressions": {}, "allow_stdin": False,
                                            "stop_on_error": False}, self.session) for code in cells]
        if expressions:
            msgs[-1]["content"]["user_expressions"] = expressions
        by_id = {m["header"]["msg_id"]: {"outputs": [], "reply": None, "idle": False, "t_in": None, "t_out": None}
                 for m in msgs}
        for m in msgs:
            await self.ws.write_message(json.dumps(m))
        deadline = time.monotonic() + timeout
        while not all(r["reply"] is not None and (r["idle"] or r["reply"]["status"] == "aborted")
                      for r in by_id.values()):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"the kernel did not finish within {timeout:.0f} s")
            raw = await asyncio.wait_for(self.ws.read_message(), left)
            if raw is None:
                raise ConnectionError("the kernel's websocket closed")
            m = json.loads(raw)
            if m.get("msg_type") == "status" and m["content"].get("execution_state") == "dead":
                raise ConnectionError("the kernel died")
            r = by_id.get((m.get("parent_header") or {}).get("msg_id"))
            if r is None:
                continue
            kind = m["msg_type"]
            if kind == "execute_input":
                r["t_in"] = time.monotonic()
            elif kind == "execute_reply":
                r["reply"] = m["content"]
                r["t_out"] = time.monotonic()
            elif kind == "status" and m["content"].get("execution_state") == "idle":
                r["idle"] = True
            elif kind in ("stream", "display_data", "execute_result", "error", "update_display_data"):
                r["outputs"].append(m)
        return list(by_id.values())

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()


def kernel_pid(server_pid: int | None, kernel_id: str) -> int | None:
    """The kernel's process: a child of the student's server whose connection file names the kernel."""
    if not server_pid:
        return None
    try:
        for child in psutil.Process(server_pid).children(recursive=True):
            if any(kernel_id in part for part in child.cmdline()):
                return child.pid
    except psutil.Error:
        return None
    return None


def memory(pid: int | None) -> dict:
    """Resident (rss), proportional (pss: shared pages split between processes), unique (uss) and
    peak resident (hwm) memory of one process, in MB."""
    if not pid:
        return {}
    try:
        p = psutil.Process(pid)
        full = p.memory_full_info()
        hwm = 0
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1]) * 1024
        return {"rss": full.rss / MB, "pss": getattr(full, "pss", 0) / MB, "uss": full.uss / MB, "hwm": hwm / MB}
    except (psutil.Error, OSError):
        return {}


def cpu_seconds(pid: int | None) -> float:
    try:
        t = psutil.Process(pid).cpu_times()
        return t.user + t.system
    except (psutil.Error, TypeError, ValueError):
        return 0.0


# ---------------------------------------------------------------- one student, and a class


async def student_opens(hub: Hub, name: str, info: dict, nb_path: str, timeout: float) -> dict:
    """A student opens the lesson: read the notebook, start its kernel, connect its websocket."""
    t0 = time.monotonic()
    try:
        cells, kid = await open_lesson(hub.base, name, info["token"], nb_path)
        kernel = Kernel(hub.base, name, info["token"], kid)
        await kernel.connect(timeout)
    except (HTTPClientError, ConnectionError, TimeoutError, OSError, KeyError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    return {"cells": cells, "kernel": kernel, "kernel_id": kid, "open_s": time.monotonic() - t0,
            "kernel_pid": kernel_pid(info.get("pid"), kid)}


async def student_runs(name: str, opened: dict, home: str, timeout: float) -> dict:
    """Run All: every code cell, then where the kit read its data (user expression, no output)."""
    kpid = opened["kernel_pid"]
    cpu0 = cpu_seconds(kpid)
    t0 = time.monotonic()
    try:
        results = await opened["kernel"].execute(
            opened["cells"], timeout,
            {"data_dir": "str(__import__('kit').data_dir()) if hasattr(__import__('kit'), 'data_dir') else "
                         "'(no kit.data_dir) ' + str(__import__('kit').load_articles.__code__.co_filename)"})
    except (ConnectionError, TimeoutError) as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    wall = time.monotonic() - t0
    errors = [(i, (r["reply"] or {}).get("ename", r["reply"]["status"])) for i, r in enumerate(results)
              if r["reply"]["status"] != "ok"]
    expr = (results[-1]["reply"].get("user_expressions") or {}).get("data_dir", {})
    data_dir = (expr.get("data") or {}).get("text/plain", expr.get("evalue", "?")).strip("'")
    return {"wall": wall, "cpu": cpu_seconds(kpid) - cpu0, "errors": errors, "data_dir": data_dir,
            "outputs": [[normalise(o, home) for o in r["outputs"]] for r in results],
            "cell_s": [(r["t_out"] - r["t_in"]) if r["t_in"] and r["t_out"] else 0.0 for r in results]}


async def baseline_kernels(hub: Hub, name: str, token: str, timeout: float, server_pid) -> dict:
    """Memory of a bare kernel and of one that imported pandas and drew a matplotlib chart."""
    out = {}
    for label, code in (("bare", "pass"),
                        ("pandas_matplotlib", "import pandas as pd\nimport matplotlib.pyplot as plt\n"
                                              "pd.DataFrame({'a': [1, 2]}).plot.bar()\nplt.show()")):
        model = await hub.call("POST", f"/user/{name}/api/kernels", {"name": "python3"}, token=token)
        kernel = Kernel(hub.base, name, token, model["id"])
        await kernel.connect(timeout)
        await kernel.execute([code], timeout)
        await asyncio.sleep(0.5)
        out[label] = memory(kernel_pid(server_pid, model["id"]))
        kernel.close()
        await hub.call("DELETE", f"/user/{name}/api/kernels/{model['id']}", token=token)
    return out


# ---------------------------------------------------------------- the run


class Run:
    def __init__(self, args):
        self.args = args
        self.dir = Path(tempfile.mkdtemp(prefix="kc", dir=args.root))
        self.hub_proc: subprocess.Popen | None = None
        self.pids: dict[int, float] = {}  # every process of the run seen: pid -> create time
        self.report: dict = {}

    def remember_processes(self) -> None:
        if self.hub_proc is None:
            return
        try:
            procs = [psutil.Process(self.hub_proc.pid)]
            procs += procs[0].children(recursive=True)
        except psutil.Error:
            return
        for p in procs:
            try:
                self.pids[p.pid] = p.create_time()
            except psutil.Error:
                pass
        for pid in list(self.pids):  # servers start in sessions of their own: follow their children too
            try:
                for c in psutil.Process(pid).children(recursive=True):
                    self.pids[c.pid] = c.create_time()
            except psutil.Error:
                pass

    def ours_alive(self) -> list[psutil.Process]:
        alive = []
        for pid, created in self.pids.items():
            try:
                p = psutil.Process(pid)
                if p.create_time() == created and p.status() != psutil.STATUS_ZOMBIE:
                    alive.append(p)
            except psutil.Error:
                pass
        for p in psutil.process_iter(["pid", "cwd"]):  # anything else started inside the run's folder
            try:
                if p.pid != os.getpid() and (p.info["cwd"] or "").startswith(str(self.dir)) \
                        and p.pid not in {a.pid for a in alive}:
                    alive.append(p)
            except psutil.Error:
                pass
        return alive

    def stop_everything(self) -> int:
        """Stop the hub (it stops the proxy and servers), then kill whatever of the run is still alive."""
        self.remember_processes()
        if self.hub_proc is not None and self.hub_proc.poll() is None:
            self.hub_proc.send_signal(signal.SIGTERM)
            try:
                self.hub_proc.wait(60)
            except subprocess.TimeoutExpired:
                self.hub_proc.kill()
        time.sleep(1)
        left = self.ours_alive()
        for p in left:
            try:
                p.kill()
            except psutil.Error:
                pass
        psutil.wait_procs(left, timeout=10)
        return len(left)


async def class_run(run: Run) -> dict:
    a = run.args
    rep = run.report
    (run.dir / ".hub").mkdir()
    (run.dir / ".tmp").mkdir()
    proxy = find_proxy(a.proxy)
    template, source = make_template(run.dir / ".template")
    nb_path = lesson_path(template, a.lesson)
    say(f"run folder {run.dir}; lesson {nb_path}; {source}; kernels on transport={a.transport}")
    longest = len(str(run.dir)) + len("/s000/.local/share/jupyter/runtime/kernel-") + 36 + len("-ipc-1")
    if a.transport == "ipc" and longest > SOCKET_PATH_MAX:
        sys.exit(f"The kernels' socket paths would be {longest} characters, over the Unix limit: "
                 f"pass a shorter --root (now {a.root}).")

    kit_dir = kit_folder()
    if not a.no_precompile:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(kit_dir)], check=True)
    # The kit, the data that came with it (an editable install's checkout has it beside the kit), the Python
    # environment and the temporary folder every process shares; not the rest of a developer's checkout.
    watched = [kit_dir, Path(sys.prefix), run.dir / ".tmp"]
    if (kit_dir.parent / "pyproject.toml").exists() and (kit_dir.parent / "data").is_dir():
        watched.append(kit_dir.parent / "data")
    skip = (run.dir / ".hub",)
    before = snapshot(watched, skip)

    names = ["solo"] + [f"s{i:03d}" for i in range(1, a.students + 1)]
    for name in names:
        shutil.copytree(template, run.dir / name / COPY_NAME, symlinks=True)

    ports = {"public": free_port(), "hub": free_port(), "proxy_api": free_port()}
    token = secrets.token_hex(32)
    cfg = hub_config(run.dir, ports, token, proxy, a.transport, int(a.deadline))
    env = dict(os.environ, TMPDIR=str(run.dir / ".tmp"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    log = open(run.dir / ".hub" / "hub.log", "w")
    run.hub_proc = subprocess.Popen([str(BIN / "jupyterhub"), "-f", str(cfg)], cwd=run.dir / ".hub", env=env,
                                    stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    hub = Hub(ports["public"], token)
    t0 = time.monotonic()
    while True:
        try:
            await hub.call("GET", "/hub/api/", timeout=5)
            break
        except (HTTPClientError, OSError):
            if run.hub_proc.poll() is not None or time.monotonic() - t0 > 120:
                sys.exit("The hub did not start; its log: " + str(run.dir / ".hub" / "hub.log") + "\n"
                         + (run.dir / ".hub" / "hub.log").read_text()[-3000:])
            await asyncio.sleep(0.3)
    say(f"hub up in {time.monotonic() - t0:.1f} s on 127.0.0.1:{ports['public']}")
    await hub.call("POST", "/hub/api/users", {"usernames": names})
    run.remember_processes()

    # -- one student alone: the reference
    solo = await hub.start_server("solo", a.deadline)
    if "error" in solo:
        sys.exit(f"The solo student's server did not start: {solo['error']}")
    run.remember_processes()
    opened = await student_opens(hub, "solo", solo, nb_path, a.deadline)
    if "error" in opened:
        sys.exit(f"The solo student's kernel failed: {opened['error']}")
    ref = await student_runs("solo", opened, str(run.dir / "solo"), a.deadline)
    if "error" in ref:
        sys.exit(f"The solo student's run failed: {ref['error']}")
    rep["solo"] = {"wall": ref["wall"], "cpu": ref["cpu"], "errors": ref["errors"], "data_dir": ref["data_dir"],
                   "server": memory(solo["pid"]), "kernel": memory(opened["kernel_pid"]),
                   "server_start_s": solo["start_s"], "cell_s": ref["cell_s"],
                   "server_cpu": cpu_seconds(solo["pid"])}
    # IPython keeps every displayed result in its output history (Out): clear it to see the kit's own share,
    # and hand memory freed by Python back to the system (glibc's malloc_trim) so that RSS counts live memory
    await opened["kernel"].execute(["%reset -f out\nimport ctypes, ctypes.util, gc\ngc.collect()\n"
                                    "if ctypes.util.find_library('c'):\n"
                                    "    getattr(ctypes.CDLL(ctypes.util.find_library('c')), 'malloc_trim', id)(0)"],
                                   a.deadline)
    await asyncio.sleep(0.5)
    rep["solo"]["kernel_no_out"] = memory(opened["kernel_pid"])
    rep["baseline"] = {} if a.quick else await baseline_kernels(hub, "solo", solo["token"], a.deadline, solo["pid"])
    opened["kernel"].close()
    say(f"solo: Run All {ref['wall']:.1f} s ({ref['cpu']:.1f} s CPU in the kernel), "
        f"{len(ref['errors'])} cells errored")

    # -- the class: everyone logs in, opens the lesson, and runs it at the same moment
    students = names[1:]
    t0 = time.monotonic()
    servers = dict(zip(students, await asyncio.gather(*(hub.start_server(n, a.deadline) for n in students))))
    rep["servers_s"] = time.monotonic() - t0
    rep["server_cpu"] = [cpu_seconds(servers[n].get("pid")) for n in students if servers[n].get("pid")]
    run.remember_processes()
    t0 = time.monotonic()
    up = [n for n in students if "error" not in servers[n]]
    opens = dict(zip(up, await asyncio.gather(*(student_opens(hub, n, servers[n], nb_path, a.deadline)
                                               for n in up))))
    rep["open_s"] = time.monotonic() - t0
    run.remember_processes()
    ready = [n for n in up if "error" not in opens[n]]
    say(f"class: {len(up)}/{len(students)} servers in {rep['servers_s']:.1f} s, "
        f"{len(ready)} kernels ready in {rep['open_s']:.1f} s; running the lesson in all at once")
    everyone = [run.hub_proc.pid] + [p.pid for p in psutil.Process(run.hub_proc.pid).children(recursive=True)]
    everyone += [c.pid for n in up if servers[n].get("pid")
                 for c in [psutil.Process(servers[n]["pid"]), *psutil.Process(servers[n]["pid"]).children()]]
    cpu0 = {pid: cpu_seconds(pid) for pid in set(everyone)}
    t0 = time.monotonic()
    runs = dict(zip(ready, await asyncio.gather(*(student_runs(n, opens[n], str(run.dir / n), a.deadline)
                                                 for n in ready))))
    rep["class_s"] = time.monotonic() - t0
    rep["class_cpu_all"] = sum(cpu_seconds(pid) - c for pid, c in cpu0.items())  # hub, proxy, servers, kernels
    rep["students"] = {}
    for n in students:
        r = {"server": memory(servers[n].get("pid"))}
        if "error" in servers[n]:
            r["failed"] = "server: " + servers[n]["error"]
        elif "error" in opens[n]:
            r["failed"] = "kernel: " + opens[n]["error"]
        elif "error" in runs[n]:
            r["failed"] = "run: " + runs[n]["error"]
        else:
            x = runs[n]
            r.update(errors=x["errors"], cpu=x["cpu"], wall=x["wall"], cell_s=x["cell_s"], data_dir=x["data_dir"],
                     kernel=memory(opens[n]["kernel_pid"]),
                     differ=[i for i, (o, s) in enumerate(zip(x["outputs"], ref["outputs"])) if o != s],
                     outputs=x["outputs"])
        rep["students"][n] = r
    for n in ready:
        opens[n]["kernel"].close()
    hub_proc = psutil.Process(run.hub_proc.pid)
    rep["hub_mb"] = sum(memory(p.pid).get("pss", 0) for p in [hub_proc, *hub_proc.children()]
                        if p.pid == hub_proc.pid or "configurable-http-proxy" in " ".join(p.cmdline()))
    rep["cells"] = opened["cells"]
    rep["ref_outputs"] = ref["outputs"]
    rep["watched"] = (watched, skip, before)
    return rep


def print_report(run: Run, left: int, started: float) -> int:
    a, rep = run.args, run.report
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    studs = rep.get("students", {})
    failed = {n: r["failed"] for n, r in studs.items() if "failed" in r}
    ok = {n: r for n, r in studs.items() if "failed" not in r}
    errors = {n: r["errors"] for n, r in ok.items() if r["errors"]}
    differ = {n: r["differ"] for n, r in ok.items() if r["differ"]}
    watched, skip, before = rep["watched"]
    after = snapshot(watched, skip)
    written = sorted(p for p, st in after.items() if before.get(p) != st)
    solo = rep["solo"]
    floor = a.students * solo["wall"] / cores
    cpu_class = sum(r["cpu"] for r in ok.values())

    def med(key, part):
        vals = [r[part][key] for r in ok.values() if r.get(part)]
        return statistics.median(vals) if vals else 0.0

    say("")
    say(f"== {a.students} students, lesson {a.lesson}, {cores} cores, kernels on {a.transport}")
    log = run.dir / ".hub" / "hub.log"
    races = log.read_text(errors="replace").count("Address already in use") if log.exists() else 0
    say(f"students whose server or kernel failed: {len(failed)}; 'Address already in use' (the TCP port race) "
        f"in the servers' logs: {races} times")
    for n, why in sorted(failed.items()):
        say(f"  {n}: {why}")
    say(f"cells that errored: {sum(len(e) for e in errors.values())} (solo run: {len(solo['errors'])})")
    for n, errs in sorted(errors.items())[:10]:
        say(f"  {n}: " + ", ".join(f"cell {i + 1} {e}" for i, e in errs))
    say(f"one student alone: Run All {solo['wall']:.1f} s, kernel CPU {solo['cpu']:.1f} s; "
        f"server start {solo['server_start_s']:.1f} s")
    server_cpu = statistics.median(rep["server_cpu"]) if rep["server_cpu"] else 0.0
    say(f"class: servers for all in {rep['servers_s']:.1f} s (median server CPU to start {server_cpu:.1f} s), "
        f"lesson opened (kernels ready) in {rep['open_s']:.1f} s")
    say(f"class Run All: {rep['class_s']:.1f} s; CPU floor (N x solo / cores) {floor:.1f} s; "
        f"ratio {rep['class_s'] / floor:.2f} (goal <= 1.2)")
    say(f"kernel CPU: class {cpu_class:.1f} s = {cpu_class / max(len(ok), 1):.2f} s per student "
        f"(solo {solo['cpu']:.2f} s); class time against N x solo kernel CPU / cores: "
        f"{rep['class_s'] / max(a.students * solo['cpu'] / cores, 1e-9):.2f}")
    say(f"CPU used by the hub, proxy, servers and kernels during the class Run All: {rep['class_cpu_all']:.1f} s "
        f"= {rep['class_cpu_all'] / (rep['class_s'] * cores):.0%} of the machine (the rest went to other work); "
        f"{rep['class_cpu_all'] / max(a.students * solo['cpu'], 1e-9):.2f} x N x one student's kernel CPU alone")
    cells = rep["cells"]
    slow = max(range(len(cells)), key=lambda i: solo["cell_s"][i])
    in_class = [r["cell_s"][slow] for r in ok.values()]
    say(f"heaviest cell: {cells[slow].splitlines()[0][:60]!r} {solo['cell_s'][slow]:.2f} s alone, "
        f"median {statistics.median(in_class) if in_class else 0:.2f} s in the class")
    say(f"memory per student (median MB, pss = shared pages split; rss = resident): server pss "
        f"{med('pss', 'server'):.0f} rss {med('rss', 'server'):.0f}; kernel pss {med('pss', 'kernel'):.0f} "
        f"rss {med('rss', 'kernel'):.0f} peak {med('hwm', 'kernel'):.0f}")
    say(f"hub and proxy together: {rep['hub_mb']:.0f} MB pss")
    base = rep["baseline"] or {"bare": {"rss": float("nan")}, "pandas_matplotlib": {"rss": float("nan")}}
    kit_mb = solo["kernel_no_out"]["rss"] - base["pandas_matplotlib"]["rss"]
    say(f"one kernel alone (rss MB): bare {base['bare']['rss']:.0f}, with pandas+matplotlib "
        f"{base['pandas_matplotlib']['rss']:.0f}, after the lesson {solo['kernel']['rss']:.0f}, the same with "
        f"IPython's output history (Out) cleared and freed memory returned {solo['kernel_no_out']['rss']:.0f}: "
        f"the kit's own share {kit_mb:.1f} MB (goal <= 10)")
    say(f"files written outside the students' homes: {len(written)} (watched: "
        + ", ".join(str(w) for w in watched) + ")")
    for p in written[:15]:
        say(f"  {p}")
    own = sum(1 for n, r in ok.items() if r["data_dir"].startswith(str(run.dir / n)))
    say(f"kernels whose kit read the data of the student's own copy: {own}/{len(ok)} "
        f"(solo: {solo['data_dir']})")
    say(f"students whose outputs differ from the solo run: {len(differ)}")
    for n, cells_ in sorted(differ.items())[:10]:
        say(f"  {n}: cells " + ", ".join(str(i + 1) for i in cells_))
    if differ:  # what differs, for the first such student and cell
        n, i = sorted(differ.items())[0][0], sorted(differ.items())[0][1][0]
        say(f"  {n}, cell {i + 1}, solo: {[o[:150] for o in rep['ref_outputs'][i]]}")
        say(f"  {n}, cell {i + 1}, class: {[o[:150] for o in studs[n]['outputs'][i]]}")
    say(f"processes of the run still alive after stopping (killed): {left}; whole run {time.monotonic() - started:.0f} s")
    say(f"students={a.students} failed={len(failed)} errors={sum(len(e) for e in errors.values())} "
        f"class_s={rep['class_s']:.1f} floor_s={floor:.1f} ratio_vs_floor={rep['class_s'] / floor:.2f} "
        f"kit_mb={kit_mb:.1f} writes_outside={len(written)} differ={len(differ)} own_data={own}/{len(ok)} left={left}")
    return 0 if not failed and not errors and not written and not solo["errors"] else 1


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--students", type=int, default=30)
    p.add_argument("--lesson", default="03", help="the number at the start of the notebook's name")
    p.add_argument("--transport", choices=["ipc", "tcp"], default="ipc",
                   help="where kernels listen: local sockets (ipc, the recipe) or TCP ports (JupyterHub's default)")
    p.add_argument("--deadline", type=float, default=900, help="seconds; the whole run stops after this")
    p.add_argument("--root", default="/tmp", help="where the run's temporary folder goes (keep the path short)")
    p.add_argument("--proxy", help="the configurable-http-proxy command (default: .venv/node, then PATH)")
    p.add_argument("--no-precompile", action="store_true", help="do not compile the kit first")
    p.add_argument("--quick", action="store_true",
                   help="skip the two extra kernels that measure a bare kernel and pandas+matplotlib (kit_mb=nan)")
    p.add_argument("--keep", action="store_true", help="keep the run's folder (homes, hub log) afterwards")
    a = p.parse_args(argv)
    if a.students < 1:
        p.error("--students must be at least 1")
    AsyncHTTPClient.configure(None, max_clients=max(20, 4 * a.students))
    run = Run(a)
    started = time.monotonic()

    def out_of_time(signum, frame):  # the last resort if the event loop itself is stuck
        say(f"deadline of {a.deadline:.0f} s passed: stopping everything")
        run.stop_everything()
        os._exit(3)

    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(int(a.deadline) + 120)
    code = 2
    try:
        asyncio.run(asyncio.wait_for(class_run(run), a.deadline))
        left = run.stop_everything()
        code = print_report(run, left, started)
    except TimeoutError:
        say(f"deadline of {a.deadline:.0f} s passed: stopping everything")
        say(f"processes of the run still alive after stopping (killed): {run.stop_everything()}")
    finally:
        signal.alarm(0)
        run.stop_everything()
        if code != 0 and (run.dir / ".hub" / "hub.log").exists():
            say("last lines of the hub's log:\n" + (run.dir / ".hub" / "hub.log").read_text()[-2000:])
        if not a.keep:
            shutil.rmtree(run.dir, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
