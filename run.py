#!/usr/bin/env python3
"""Set up the kit and run it, without needing to know where its environment is.

    python3 run.py lab            create .venv, install the kit, open JupyterLab on your own copy of
                                  the lessons (my-notebooks/, made from notebooks/ the first time)
    python3 run.py test           create .venv, install the kit, run every test (lint, unit tests,
                                  doctests, the notebooks under nbval, the real-browser test)
    python3 run.py validate       check your articles, word lists and tables (python -m kit validate)
    python3 run.py build-student  make notebooks/ and answers/ from instructor/ (python -m kit build-student)
    python3 run.py test-lowest    the tests again on the lowest versions pyproject.toml allows
                                  (in .venv-lowest, made with uv)

Needs only Python 3.11 or newer. Extra arguments after `test` go to pytest,
e.g. `python3 run.py test -k corpus` (the tests run on every core, pytest-xdist; `-n 0` runs them in one process); after `lab` they go to JupyterLab (e.g. `--no-browser`);
after `validate` and `build-student` they go to the kit's command (e.g. `--help`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".kit-installed"
LOWEST = ROOT / ".venv-lowest"  # the lowest versions pyproject.toml allows (python3 run.py test-lowest)
LOWEST_PY = LOWEST / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
UV = "uv>=0.5"  # installs the lowest versions (pip has no --resolution lowest-direct)
SHIPPED = ROOT / "notebooks"
WORK = ROOT / "my-notebooks"  # the copy students and teachers work in (never committed: see .gitignore)
WORK_ENV = "KIT_LAB_FOLDER"  # names another folder to work in (a test uses it)
RECORD = ".kit-lessons.json"  # in the work folder: which shipped version each copy came from
FIRST = "00-start-here.ipynb"


def say(msg: str) -> None:
    print(f"[run.py] {msg}", flush=True)


def sh(*args, **kw) -> None:
    say(" ".join(str(a) for a in args))
    subprocess.run([str(a) for a in args], check=True, **kw)


def setup() -> None:
    """Create .venv and install the kit with its test tools (again only when pyproject.toml changes)."""
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py runs on whatever python3 the user has
        sys.exit("The kit needs Python 3.11 or newer (pandas 3 does); this is " + sys.version.split()[0])
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
        compile_kit()
        return
    say("installing the kit and its dependencies (the first time takes a few minutes)")
    try:
        sh(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", f"{ROOT}[test]")
    except subprocess.CalledProcessError:
        sys.exit("[run.py] installing the kit's dependencies failed (see pip's message above). "
                 "Check the internet connection (pip downloads from PyPI), then run the command again.")
    STAMP.write_text(wanted)
    compile_kit()


def compile_kit() -> None:
    """Byte-compile the kit's modules (only those changed since the last time). The install is editable, so pip
    compiles nothing; a kernel started with PYTHONDONTWRITEBYTECODE set (or unable to write kit/__pycache__)
    would compile every module from source at each start: about 0.2 s more CPU in a lesson's first cells."""
    subprocess.run([str(PY), "-m", "compileall", "-q", str(ROOT / "kit")], check=False, stdout=subprocess.DEVNULL)


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


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ask(question: str) -> bool:
    """Ask a yes/no question when someone is at the keyboard; otherwise the answer is no."""
    if not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def prepare_work_folder(shipped: Path = SHIPPED, work: Path = WORK, ask=_ask) -> list[str]:
    """Copy the lessons from ``shipped`` into ``work``, where people run and save them.

    The first time, every lesson is copied. Later, a new lesson is copied in, and a lesson whose shipped
    version changed replaces the copy only if the copy was never changed; a copy with someone's work in it
    is replaced only when ``ask`` says yes, and then the old copy is kept beside it. Returns what was done.
    """
    work.mkdir(parents=True, exist_ok=True)
    record_path = work / RECORD
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        record = {}
    done = []
    for source in sorted(shipped.glob("*.ipynb")):
        name, digest = source.name, _digest(source)
        target = work / name
        if not target.exists():
            shutil.copyfile(source, target)
            record[name] = digest
            done.append(f"copied {name}")
            continue
        if record.get(name) == digest:
            continue
        mine = _digest(target)
        if mine in (digest, record.get(name)):  # the copy holds no work of its own: take the new version
            shutil.copyfile(source, target)
            record[name] = digest
            done.append(f"updated {name} (a new version of the lesson)")
            continue
        keep = target.with_name(f"{target.stem}.before-{time.strftime('%Y%m%d-%H%M%S')}.ipynb")
        if ask(f"[run.py] {name} has a new version, and your copy in {work.name}/ has your work in it.\n"
               f"         Use the new version? Your copy is kept as {keep.name}. [y/N] "):
            target.rename(keep)
            shutil.copyfile(source, target)
            record[name] = digest
            done.append(f"updated {name}; your old copy is {keep.name}")
        else:
            done.append(f"kept your copy of {name} (a new version is in {shipped.name}/{name}; to use it, "
                        f"rename or delete your copy and start again)")
    record_path.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return done


#: JupyterLab's settings that keep it quiet: warnings and errors only, no INFO lines. The server and the lab
#: application each have their own log level (the lab's INFO lines say where JupyterLab is installed).
QUIET = ["--ServerApp.log_level=WARN", "--LabApp.log_level=WARN"]


def serve(jupyter_lab, args: list[str], shipped: Path = SHIPPED, work: Path | None = None) -> int:
    """Run JupyterLab on the work folder, opening the first lesson; Ctrl+C stops it with one line."""
    work = Path(os.environ.get(WORK_ENV) or WORK) if work is None else work
    for line in prepare_work_folder(shipped, work):
        say(line)
    cmd = [str(jupyter_lab), f"--LabApp.default_url=/lab/tree/{FIRST}", *QUIET, *args]
    if os.name == "posix" and os.geteuid() == 0 and "--allow-root" not in args:
        cmd.append("--allow-root")
    say(f"opening JupyterLab on {work.name}/, your own copy of the lessons (stop it with Ctrl+C)")
    say("the address below opens the first lesson, " + FIRST)
    # JupyterLab gets no keyboard and its own session: Ctrl+C reaches only us, and we stop it (no
    # confirmation question); its messages go through us, so nothing more is printed once it stops.
    # Ctrl+C stops us even when whoever started us ignored it (a child inherits an ignored SIGINT: a test worker, a
    # script run in the background), as the line above promises
    signal.signal(signal.SIGINT, signal.default_int_handler)
    child = subprocess.Popen(cmd, cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, bufsize=1, start_new_session=os.name == "posix")
    stopping = threading.Event()

    def forward() -> None:
        for line in child.stdout:
            if not stopping.is_set():
                sys.stdout.write(line)
                sys.stdout.flush()

    reader = threading.Thread(target=forward, daemon=True)
    reader.start()
    try:
        return child.wait()
    except KeyboardInterrupt:
        stopping.set()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl+C changes nothing now
        if child.poll() is None:
            child.send_signal(signal.SIGINT)
        try:
            child.wait(timeout=20)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        print("JupyterLab stopped.", flush=True)
        return 0


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


#: what `lab` and Binder's postBuild run in the lessons' environment (kit.exercises.lab_settings.set_up_environment)
SET_UP_ENVIRONMENT = "import sys; from kit.exercises.lab_settings import set_up_environment; set_up_environment(sys.prefix)"


def lab(args: list[str]) -> int:
    setup()
    # the kit's hints ("Run the cells above first") in every kernel, even before a lesson's set-up cell has run, and
    # no JupyterLab news pop-up over the lessons (the same line as Binder's postBuild)
    subprocess.call([str(PY), "-c", SET_UP_ENVIRONMENT])
    return serve(BIN / "jupyter-lab", args)


#: How the tests share the machine's cores (pytest-xdist): a worker per core, each taking whole files, so a notebook's
#: cells run in order in one kernel and a file's fixtures are made once. Left out when the arguments choose
#: otherwise (``-n 0``, ``-p no:xdist``) or ask for the debugger (``--pdb``), which needs one process.
PARALLEL = ["-n", "auto", "--dist", "loadfile"]


def parallel(args: list[str]) -> list[str]:
    """``PARALLEL`` before ``args``, unless ``args`` choose the number of workers, turn xdist off or debug."""
    chosen = any(a in ("-n", "--numprocesses", "--pdb", "no:xdist") or a.startswith(("-n=", "--numprocesses="))
                 or (a.startswith("-n") and a[2:].isdigit()) for a in args)
    return [*args] if chosen else [*PARALLEL, *args]


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
    return subprocess.call([str(PY), "-m", "pytest", *parallel(args)], cwd=ROOT, env=env)


def kit_command(name: str):
    """``python3 run.py validate ...`` runs ``python -m kit validate ...`` with .venv's Python, in the folder
    you are in (setting .venv up first when needed)."""
    def run(args: list[str]) -> int:
        setup()
        return subprocess.call([str(PY), "-m", "kit", name, *args])
    return run


def uv_environment() -> dict:
    """Environment for uv: the system's certificates (pip reads them from its configuration; uv does not)."""
    env = dict(os.environ, UV_NATIVE_TLS=os.environ.get("UV_NATIVE_TLS", "1"))
    if "SSL_CERT_FILE" not in env:
        for bundle in ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem"):
            if Path(bundle).is_file():
                env["SSL_CERT_FILE"] = bundle
                break
    return env


def ensure_uv() -> Path:
    """uv, installed from PyPI into .venv (the first time)."""
    setup()
    uv = BIN / ("uv.exe" if os.name == "nt" else "uv")
    if not uv.exists():
        say("installing uv into .venv (it resolves the lowest versions)")
        sh(PY, "-m", "pip", "install", "--disable-pip-version-check", "-q", UV)
    return uv


def setup_lowest() -> None:
    """Create .venv-lowest with the lowest direct versions pyproject.toml allows (again when it changes)."""
    uv, env = ensure_uv(), uv_environment()
    stamp = LOWEST / ".kit-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text().strip() == wanted:
        return
    # a new environment each time pyproject.toml changes: uv keeps installed versions that still fit, and the
    # point is the lowest ones (with uv's cache this takes about a minute)
    shutil.rmtree(LOWEST, ignore_errors=True)
    sh(uv, "venv", "--quiet", "--python", sys.executable, LOWEST, env=env)
    say("installing the lowest versions pyproject.toml allows into .venv-lowest (uv, --resolution lowest-direct)")
    sh(uv, "pip", "install", "--quiet", "--python", LOWEST_PY, "--resolution", "lowest-direct",
       "-e", f"{ROOT}[test]", env=env, cwd=ROOT)
    stamp.write_text(wanted)


#: What the lowest-versions run leaves out, and why (it checks the declared floors, not the packaging):
#: the tests that install the kit into a fresh environment (marked fresh_install: they install the current
#: versions, and the main run has them), the real-browser tests and the JupyterHub class test (they add minutes and
#: depend on JupyterLab's and JupyterHub's own versions, not on a floor of the kit's), and the review rounds'
#: batteries of made-up answers (tests/test_round*.py, tests/test_lessons_round*.py: half the tests, string work in
#: the exercise checks that the unit tests, tests/test_student_answers.py and every lesson under nbval also run on
#: the lowest versions). CI's 90 minutes hold both runs only without them.
LOWEST_SKIPS = ["-m", "not fresh_install", "--ignore=tests/browser", "--ignore=tests/test_class.py",
                "--ignore-glob=tests/test_round*.py", "--ignore-glob=tests/test_lessons_round*.py"]


def test_lowest(args: list[str]) -> int:
    setup_lowest()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", MPLBACKEND="Agg")
    say("pytest on the lowest versions (.venv-lowest): " + " ".join(LOWEST_SKIPS))
    return subprocess.call([str(LOWEST_PY), "-m", "pytest", *LOWEST_SKIPS, *parallel(args)], cwd=ROOT, env=env)


COMMANDS = {"lab": lab, "test": test, "test-lowest": test_lowest,
            "validate": kit_command("validate"), "build-student": kit_command("build-student")}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
