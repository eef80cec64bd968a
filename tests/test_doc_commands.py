"""Commands in the docs work as written: every shell command in README.md and docs/INSTRUCTORS.md that changes
nothing is run here, the way a teacher types it (`python3` is a plain system Python, `python` the kit's
environment, as in a Binder or JupyterHub terminal); the others are listed in SKIPPED with the reason. Also:
the docs state no count of word-list categories, and a Python without the kit's packages says which
command to use instead of reporting a bug."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("README.md", "docs/INSTRUCTORS.md")
#: an inline `code span` is a command when it starts with one of these
COMMAND_START = re.compile(r"^(python3?|py|pip|sed|git|sudo|apt-get|pytest|ruff|\.venv/bin/)(\s|$)")

#: commands not run here, with why (a pattern matched against the whole command)
SKIPPED = {
    r"python3 run\.py (lab|test|test-lowest)( |$)|py run\.py lab": "starts JupyterLab or runs the tests "
                                                                   "(tests/test_lab.py and CI run them)",
    r"build-student( --execute)?( |$)(?!.*--check)": "writes notebooks/, answers/ or another folder "
                                                     "(tests/test_build.py covers it)",
    r"build-student --check --execute": "runs every master in a kernel (minutes); "
                                        "tests/test_build.py covers --check and --execute",
    r"^sed -i": "edits the docs (fills in the Binder badges)",
    r"pip install|apt-get install": "installs software (tests/test_package.py and test_environment.py install "
                                    "the kit; run.py installs Chromium)",
    r"^(git|pip|python|\.venv/bin/python|apt-get|ruff check|python3 run\.py|python -m kit)$|^git (pull|diff)$":
        "a program's name in a sentence, not a command",
    r"kit set-up-lab": "writes into the Python environment that runs JupyterLab "
                       "(tests/test_round27_lead_set_up_lab.py runs it into a folder of its own)",
    r"https://\.\.\.": "placeholders for a teacher's own addresses and files",
    r"benchmarks/": "a benchmark: minutes of CPU, on corpora that are not shipped (../shared)",
}


def doc_commands() -> list[tuple[str, str]]:
    """(document, command) for every line of a bash block and every inline command, comments removed."""
    found = []
    for doc in DOCS:
        text = (ROOT / doc).read_text(encoding="utf-8")
        for block in re.findall(r"```(?:bash|sh|shell|console)\n(.*?)```", text, re.DOTALL):
            joined = re.sub(r"\\\n\s*", " ", block)
            found += [(doc, line.split("  #")[0].strip()) for line in joined.splitlines() if line.strip()]
        for span in re.findall(r"(?<!`)`([^`\n]+)`(?!`)", text):
            if COMMAND_START.match(span.strip()):
                found.append((doc, span.strip()))
    return sorted(set(found))


def skip_reason(command: str) -> str | None:
    for pattern, why in SKIPPED.items():
        if re.search(pattern, command):
            return why
    return None


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> tuple[Path, dict]:
    """A folder that looks like the kit's (links to its files) plus a teacher's `my-articles/`, and a PATH on
    which `python3` is the system Python and `python` the kit's environment."""
    where = tmp_path_factory.mktemp("teacher")
    for name in ("run.py", "pyproject.toml", "data", "instructor", "notebooks", "answers", "kit"):
        (where / name).symlink_to(ROOT / name)
    articles = where / "my-articles"
    articles.mkdir()
    for path in sorted((ROOT / "data" / "articles").glob("*.txt"))[:2]:
        shutil.copyfile(path, articles / path.name)
    bin_dir = tmp_path_factory.mktemp("bin")
    system_python = getattr(sys, "_base_executable", None) or sys.executable  # the Python the venv was made from
    (bin_dir / "python3").symlink_to(system_python)
    (bin_dir / "python").symlink_to(sys.executable)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "KIT_"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return where, env


def _venv_ready() -> bool:
    """Is .venv set up for this pyproject.toml (so `python3 run.py ...` only runs, installing nothing)?"""
    import hashlib

    stamp = ROOT / ".venv" / ".kit-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return stamp.is_file() and stamp.read_text().strip() == wanted


COMMANDS = doc_commands()


def test_the_docs_have_commands_and_the_skip_list_is_used():
    assert len(COMMANDS) > 10
    unused = [p for p in SKIPPED if not any(re.search(p, c) for _, c in COMMANDS)]
    assert not unused, f"SKIPPED entries that match no command any more (remove them): {unused}"


@pytest.mark.parametrize("doc, command", [c for c in COMMANDS if not skip_reason(c[1])],
                         ids=lambda value: value if " " in value else None)
def test_command_in_the_docs_runs_as_written(doc, command, workspace):
    where, env = workspace
    if command.startswith("python3 run.py") and not _venv_ready():
        pytest.skip("run.py would install .venv first: run `python3 run.py test` (it sets .venv up)")
    before = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    done = subprocess.run(command, shell=True, cwd=where, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{doc}: `{command}` failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
    after = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    assert after == before, f"{doc}: `{command}` changed the repository"


def test_docs_state_no_count_of_word_list_categories():
    numbers = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    for doc in (*DOCS, "data/lexicons/README.md", "docs/lexicons.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        found = re.findall(rf"\b{numbers} (built-in|word-list|lexicon) (categories|ones|lists|files)\b", text, re.I)
        assert not found, f"{doc} states how many categories there are ({found}): the files in data/lexicons/ say"


def test_lexicon_readme_lists_every_word_list_file():
    text = (ROOT / "data" / "lexicons" / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z0-9_]+\.csv)` \|", text, re.MULTILINE))
    on_disk = {p.name for p in (ROOT / "data" / "lexicons").glob("*.csv")}
    assert listed == on_disk, f"data/lexicons/README.md's table: missing {on_disk - listed}, extra {listed - on_disk}"


def test_word_list_section_says_how_to_bring_the_lessons_up_to_date():
    # the root conftest.py (tests/browser/ has a conftest module of its own): the command its hint gives
    REFRESH_OUTPUTS = re.search(r'^REFRESH_OUTPUTS = "(.+)"$', (ROOT / "conftest.py").read_text(encoding="utf-8"),
                                re.MULTILINE).group(1)
    guide = (ROOT / "docs" / "INSTRUCTORS.md").read_text(encoding="utf-8")
    section = guide[guide.index("### Word lists"):guide.index("### Concept table")]
    assert REFRESH_OUTPUTS in section, f"the word-list section should give `{REFRESH_OUTPUTS}`"
    assert any(REFRESH_OUTPUTS in c for _, c in COMMANDS)


def test_a_python_without_the_kits_packages_names_the_command_to_use(tmp_path):
    """`python -m kit validate` with a Python that lacks pandas & co. (here: no site-packages at all)."""
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kit.cli import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-S", "-c", code, "validate", "data/"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    assert "Run this with the kit's environment: python3 run.py validate data/" in done.stderr, done.stderr
    assert "bug" not in (done.stdout + done.stderr).lower()
