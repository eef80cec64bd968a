"""Shared pytest set-up: a non-interactive matplotlib backend, short failure reports for notebooks, and a
teacher's own copy of the data (the ``own_data`` fixture). The texts the tests share are in tests/conftest.py."""

import os
import re
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

collect_ignore = ["run.py", "benchmarks"]
#: conftest files hold fixtures, not doctests; collected as doctest modules (--doctest-modules), tests/conftest.py and
#: tests/browser/conftest.py would both be imported as the module "conftest" and clash. pytest still loads them as conftests.
collect_ignore_glob = ["tests/conftest.py", "tests/*/conftest.py"]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_OUTPUTS_DIFFER = "Cell outputs differ"
#: the one command that brings the lessons' checked outputs up to date after an edit to data/
REFRESH_OUTPUTS = "python3 run.py build-student --execute"
ROOT = Path(__file__).resolve().parent
_HIDDEN_CHECK = re.compile(r"^AssertionError: (.+ the model solution no longer passes its check\..*)$", re.MULTILINE)


@pytest.fixture
def fresh_hints():
    """Staged hints start again for each test (a check remembers a student's tries: kit.exercises.answers)."""
    from kit.exercises.answers import forget_attempts

    forget_attempts()
    yield
    forget_attempts()


@pytest.fixture
def own_data(tmp_path, monkeypatch):
    """A teacher's own copy of the kit's data folder, in use for the test (its path); the kit's own data after it."""
    import shutil

    from kit.datafiles import DATA_ENV, packaged_data_dir, use_data

    monkeypatch.delenv(DATA_ENV, raising=False)
    root = tmp_path / "copy"
    shutil.copytree(packaged_data_dir(), root / "data")
    monkeypatch.chdir(root)
    use_data(root / "data")
    try:
        yield root / "data"
    finally:
        use_data(None)


@pytest.fixture(params=[("Pentagon", "John Smith", "Mary Jones"), ("Kremlin", "Ivan Petrov", "Olga Smirnova")])
def he_said_article(request):
    """A made-up article for 03 Exercise 2's notes, a US and a Russian spokesman alike: two people named, then a
    quotation with "he said" and one with no cue. Gives (the first person named, the articles' table)."""
    import pandas as pd

    body, first, second = request.param
    arts = pd.DataFrame({"article_id": ["a"], "text": [
        f"{body} spokesman {first} and {body} official {second} met on Monday. “The road is open to all of the "
        "people who live there,” he said.\n\n“We will keep it open for as long as the people need it to be open.”"]})
    return first, arts


@pytest.fixture
def speakers_notes_check():
    """03 Exercise 2's check with notes, tries forgotten first: ``check(names, arts, notes, article_id="a")``."""
    from kit import exercises

    def check(names, arts, notes, article_id="a"):
        exercises.tries.forget_attempts()
        return exercises.check_speakers(names, arts, article_id, notes=notes)
    return check


@pytest.fixture(scope="module")
def lesson03_ex3_check():
    """Lesson 03 Exercise 3's check as the lesson's own cell calls it (cell 03-45c, its last line), with the names the
    lesson makes above it: ``check(answer)`` gives the CheckResult a student sees, tries forgotten each time."""
    import json

    import kit
    from kit import exercises

    cells = {c["id"]: "".join(c["source"]) for c in json.loads(
        (Path(__file__).parent / "instructor/03-sourcing.ipynb").read_text(encoding="utf-8"))["cells"]}
    call = cells["03-45c"].strip().splitlines()[-1]
    articles = kit.load_articles()
    second = kit.load_articles(kit.data_path("second_accounts.csv"))
    names = {"exercises": exercises, "articles": articles,
             "spokesman": second[second["article_id"] == "coalition-spokesman-2017-11-14"]}

    def run(answer):
        exercises.tries.forget_attempts()
        return eval(call, dict(names, answer=answer))
    return run


#: 03 Exercise 3: a made-up finding and what would change the student's mind, with no figure and no quotation, so the
#: example a test gives is the answer's first sentence (the figure tests of rounds 25 and 26 share it)
EX3_FINDING = (" The articles leave out the screening that the briefing talks about, so the two kinds of account count "
               "different groups of people. I would change my mind if the Department of Defense transcript of the "
               "briefing gave another figure for the people who came out.")


@pytest.fixture(scope="module")
def ex3_figure_check(lesson03_ex3_check):
    """03 Exercise 3's check on one made-up example sentence, with :data:`EX3_FINDING` after it:
    ``check(sentence)``, or ``check(who, figure)`` for the sentence "{who} says {figure} people came out of Raqqa."
    """

    def run(who, figure=None):
        sentence = who if figure is None else f"{who} says {figure} people came out of Raqqa."
        return lesson03_ex3_check(sentence + EX3_FINDING)
    run.finding = EX3_FINDING
    return run


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """When an answer key's hidden check fails under nbval, say first which lesson and exercise failed and
    what the check said; nbval's report (the cell and its traceback) follows."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and isinstance(report.longrepr, str) and str(item.fspath).endswith(".ipynb"):
        found = _HIDDEN_CHECK.search(_ANSI.sub("", report.longrepr))
        if found:
            report.longrepr = f"{found.group(1)}\n\n{report.longrepr}"
        elif _OUTPUTS_DIFFER in report.longrepr:
            report.longrepr = f"{stale_output_hint(Path(str(item.fspath)))}\n\n{report.longrepr}"


def changed_data_files(notebook: Path) -> list[str]:
    """Files under data/ changed since the last commit (git), or else changed after ``notebook`` was built."""
    try:
        status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all", "--", "data"], cwd=ROOT,
                                capture_output=True, text=True, timeout=30)
        changed = [line[3:].split(" -> ")[-1].strip('"') for line in status.stdout.splitlines() if line.strip()]
    except (OSError, subprocess.SubprocessError):
        changed = []
    if not changed and notebook.is_file():
        built = notebook.stat().st_mtime
        changed = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "data").rglob("*")
                         if p.is_file() and p.stat().st_mtime > built + 1)
    return changed


def stale_output_hint(notebook: Path) -> str:
    """Which data file changed and the one command that brings the lessons up to date."""
    changed = changed_data_files(notebook)
    where = f"Changed in data/ since the lessons were built: {', '.join(changed)}. " if changed else ""
    return (f"A checked output in {notebook.parent.name}/{notebook.name} no longer matches a fresh run. {where}"
            f"When an edit to a word list, an article or a table changes what a checked cell shows, one command "
            f"brings every lesson up to date: {REFRESH_OUTPUTS} (it reruns the masters in instructor/, stores "
            f"the fresh outputs and rebuilds notebooks/ and answers/). Then run the tests again.")

