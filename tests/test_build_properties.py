"""Property tests (hypothesis) over kit.build: student_version, answer_key and build.

The strategies are written from the list of teacher mistakes in issue 24, not from an existing fuzzer:
marker variants (case, plural, full-width letters, look-alike letters, invisible characters, lower-case
begin/end lines, the marker on the line above, a code cell tagged `solution`, a checked output that prints
the answer, the attachment of a model answer) and folder mistakes (swapped --masters/--out/--answers, the
project's folder, a folder outside the project, a folder where a notebook goes). Every solution holds a
unique secret; the properties:

- no student notebook ever holds a secret: the build either strips it or stops with a BuildError naming
  the notebook, the cell and the fix;
- a master marked exactly as docs/INSTRUCTORS.md says always builds (no false alarm), its student version
  is valid Python, its answer key keeps every secret, and the same master gives the same bytes;
- whatever the folders given, no master changes, and a refused build changes no file at all.

``benchmarks/fuzz_build.py`` runs the same strategies over thousands of cases.
"""

from __future__ import annotations

import ast
import tempfile
from pathlib import Path

import nbformat
import nbformat.v4 as v4
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.build import BuildError, answer_key, build, notebook_bytes, student_version

SECRET = "SECRET_"
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "SOLUTIONBEGINDsolutionbeginend"}
LOOK_ALIKE = {"O": "\u041e", "S": "\u0405", "T": "\u0422", "I": "\u0406", "N": "\u039d", "E": "\u0415",
              "o": "\u043e", "s": "\u0455", "i": "\u0456", "e": "\u0435"}
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]

# --------------------------------------------------------------------------- strategies: words and comments


@st.composite
def mistyped(draw, word: str) -> str:
    """A word as a teacher or a keyboard may mistype it: case, full-width, look-alike letters, invisible marks."""
    letters = []
    for char in word:
        kind = draw(st.sampled_from(["same", "same", "lower", "upper", "full", "alike", "invisible"]))
        if kind == "lower":
            char = char.lower()
        elif kind == "upper":
            char = char.upper()
        elif kind == "full":
            char = FULL_WIDTH.get(char, char)
        elif kind == "alike":
            char = LOOK_ALIKE.get(char, char)
        elif kind == "invisible":
            char = draw(st.sampled_from(INVISIBLE)) + char
        letters.append(char)
    return "".join(letters)


def near(word: str):
    """A mistyped word that is not the word itself (an exact marker is no mistake)."""
    return mistyped(word).filter(lambda w: w != word)


NOTE = st.sampled_from(["", ": the longest bar", " - why", " \u2014 see the hint", ":"])
HASHES = st.sampled_from(["#", "# ", "#  ", "## "])
ODD_HASHES = st.sampled_from(["#", "# ", "\uff03 ", "\ufe5f"])  # a full-width or small '#' is no comment
SPACES = st.sampled_from(["  ", " ", "\t"])


@st.composite
def secret(draw) -> str:
    return f"{SECRET}{draw(st.integers(0, 10**6))}"


@st.composite
def exact_line(draw, name: str, value: str) -> str:
    return f'{name} = "{value}"{draw(SPACES)}# SOLUTION{draw(NOTE)}'


@st.composite
def near_line(draw, name: str, value: str) -> str:
    """The solution line with a near-marker: after the code, or on the line above."""
    word = draw(st.one_of(near("SOLUTION"), st.just("SOLUTIONS"), mistyped("SOLUTIONS")))
    comment = f"{draw(st.one_of(HASHES, ODD_HASHES))}{word}{draw(NOTE)}"
    if draw(st.booleans()):
        return f'{name} = "{value}"{draw(SPACES)}{comment}'
    return f'{comment}\n{name} = "{value}"'


@st.composite
def block(draw, name: str, value: str, exact: bool) -> str:
    begin, end = "BEGIN SOLUTION", "END SOLUTION"
    if not exact:
        which = draw(st.sampled_from(["begin", "end", "both"]))
        if which in ("begin", "both"):
            begin = draw(st.one_of(st.just("begin solution"), near(begin)))
        if which in ("end", "both"):
            end = draw(st.one_of(st.just("end solution"), near(end)))
    indent = draw(st.sampled_from(["", "    "]))
    body = f'{indent}{draw(HASHES)}{begin}\n{indent}{name} = "{value}"\n{indent}{draw(HASHES)}{end}'
    return f"def f():\n{body}\n    return {name}" if indent else body


# --------------------------------------------------------------------------- strategies: cells


def tagged(tags):
    return {"tags": list(tags)} if tags else {}


PNG = "iVBORw0KGgoAAAANSUhEUg"


@st.composite
def exact_cell(draw, n: int) -> list:
    """Cells marked exactly as docs/INSTRUCTORS.md says, with a secret in each solution."""
    value, name = draw(secret()), f"answer_{n}"
    kind = draw(st.sampled_from(["line", "block", "model", "notes", "plain", "checked", "exercise"]))
    if kind == "line":
        return [v4.new_code_cell(draw(exact_line(name, value)))]
    if kind == "exercise":
        return [v4.new_code_cell(f"{draw(exact_line(name, value))}\nexercises.check_it({name}, articles)")]
    if kind == "block":
        return [v4.new_code_cell(draw(block(name, value, exact=True)))]
    if kind == "model":
        cell = v4.new_markdown_cell(f"{value} ![](attachment:a.png)",
                                    metadata=tagged(["solution", *draw(st.sampled_from([[], ["your-turn"]]))]))
        if draw(st.booleans()):
            cell["attachments"] = {"a.png": {"image/png": PNG + value}}
        return [cell]
    if kind == "notes":
        return [draw(st.sampled_from([v4.new_markdown_cell, v4.new_code_cell]))(
            f"# note: {value}", metadata=tagged(["instructor"]))]
    if kind == "checked":
        return [v4.new_code_cell("print(1 + 1)", metadata=tagged(["nbval-check-output"]),
                                 outputs=[v4.new_output("stream", name="stdout", text="2\n")])]
    return [draw(st.sampled_from([v4.new_markdown_cell("Read the paragraph."), v4.new_code_cell("x = 1\nx")]))]


@st.composite
def mistake_cell(draw, n: int) -> list:
    """One of the marker mistakes of issue 24, with a secret in the solution."""
    value, name = draw(secret()), f"answer_{n}"
    kind = draw(st.sampled_from(["line", "block", "code tag", "markdown tag", "instructor tag", "checked",
                                 "checked later", "markdown comment", "heading", "raw", "attachment"]))
    if kind == "line":
        return [v4.new_code_cell(draw(near_line(name, value)))]
    if kind == "block":
        return [v4.new_code_cell(draw(block(name, value, exact=False)))]
    if kind == "code tag":
        tag = draw(st.one_of(st.just("solution"), mistyped("solution"), st.just("Solutions")))
        make = draw(st.sampled_from([v4.new_code_cell, v4.new_raw_cell]))
        return [make(f'{name} = "{value}"', metadata=tagged([tag]))]
    if kind == "markdown tag":
        tag = draw(st.one_of(near("solution"), st.just("solutions"), st.just(" solution")))
        return [v4.new_markdown_cell(value, metadata=tagged([tag]))]
    if kind == "instructor tag":
        tag = draw(st.one_of(near("instructor"), st.just("instructors")))
        return [v4.new_markdown_cell(value, metadata=tagged([tag]))]
    if kind == "markdown comment":
        word = draw(st.one_of(st.just("SOLUTION"), mistyped("solution")))
        return [v4.new_markdown_cell(f"<!-- {word} -->\n{value}")]
    if kind == "heading":
        return [v4.new_markdown_cell(f"{draw(HASHES)}{draw(mistyped('Solution'))}{draw(NOTE)}\n{value}")]
    if kind == "raw":
        return [v4.new_raw_cell(draw(st.one_of(exact_line(name, value), near_line(name, value))))]
    if kind == "attachment":
        file = draw(st.one_of(st.just("solution.png"), mistyped("Solution").map(lambda w: w + ".png")))
        return [v4.new_markdown_cell(f"![](attachment:{file})", attachments={file: {"image/png": PNG + value}})]
    output = v4.new_output("stream", name="stdout", text=value + "\n")
    checked = {"tags": ["nbval-check-output"]}
    if kind == "checked":
        return [v4.new_code_cell(f'{name} = "{value}"  # SOLUTION\nprint({name})', metadata=checked,
                                 outputs=[output])]
    return [v4.new_code_cell(f'{name} = "{value}"  # SOLUTION'),
            v4.new_code_cell(f"shown_{n} = {name}.upper()"),
            v4.new_code_cell(f"print(shown_{n})", metadata=checked, outputs=[output])]


@st.composite
def master(draw, mistakes: bool = True):
    """A master notebook: exact cells, and (when ``mistakes``) one or more marker mistakes among them."""
    cells = [v4.new_markdown_cell("### Exercise 1\nA question.")]
    count = draw(st.integers(1, 6))
    wrong = set(draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=count))) if mistakes else set()
    for n in range(count):
        cells += draw(mistake_cell(n) if n in wrong else exact_cell(n))
    return v4.new_notebook(cells=cells)


def secrets_in(nb) -> set[str]:
    import re

    return set(re.findall(rf"{SECRET}\d+", notebook_bytes(nb).decode()))


# --------------------------------------------------------------------------- properties: one notebook

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_no_leak(nb) -> str:
    """'built' (no secret in the student version) or 'stopped' (a BuildError naming cell and fix)."""
    try:
        student = student_version(nb, name="01-lesson.ipynb")
    except BuildError as exc:
        for problem in exc.problems:
            assert problem.file == "01-lesson.ipynb" and problem.message.startswith("cell "), problem
            assert problem.fix, problem
        return "stopped"
    leaked = secrets_in(student)
    assert not leaked, f"student version holds {leaked}"
    return "built"


@PROPERTY
@given(master(mistakes=True))
def test_a_master_with_marker_mistakes_never_hands_students_a_solution(nb):
    check_no_leak(nb)


@PROPERTY
@given(master(mistakes=False))
def test_a_master_marked_exactly_builds_without_solutions_and_its_key_keeps_them(nb):
    assert check_no_leak(nb) == "built"
    student = student_version(nb, name="01-lesson.ipynb")
    for cell in student.cells:
        if cell.cell_type == "code":
            ast.parse(cell.source)
    key = answer_key(nb)
    assert secrets_in(key) == secrets_in(nb)
    checks = [i for i, cell in enumerate(key.cells) if cell.source.startswith("# Hidden check")]
    exercises = [i for i, cell in enumerate(key.cells) if "exercises.check_it(" in cell.source
                 and not cell.source.startswith("# Hidden check")]
    assert [i + 1 for i in exercises] == checks   # one hidden check right after each exercise
    assert len(student.cells) == len(key.cells) - len(checks) - sum(
        "instructor" in c.metadata.get("tags", []) for c in nb.cells)
    assert notebook_bytes(student_version(nb, name="01-lesson.ipynb")) == notebook_bytes(student)
    assert notebook_bytes(answer_key(nb)) == notebook_bytes(answer_key(nb))


# --------------------------------------------------------------------------- properties: folders

FOLDERS = ["instructor", "notebooks", "answers", "spare-masters", "new", ".", "instructor/..",
           "../outside", "notebooks/03-lesson.ipynb"]
#: (masters, out, answers, force, a folder where answers/03-lesson.ipynb goes): each folder is the usual one
#: about half the time, so that builds that should succeed are drawn too
FOLDER_MIX = st.tuples(*(st.one_of(st.just(usual), st.sampled_from(FOLDERS))
                         for usual in ("instructor", "notebooks", "answers")), st.booleans(), st.booleans())


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def folder_case(nb, masters: str, out: str, answers: str, force: bool, blocker: bool) -> str:
    """Build a project from ``nb`` (twice: one lesson 03), then run one build with the folders given.

    Each master holds at least one solution (a notebook with nothing to hide is no master to protect)."""
    nb = nbformat.from_dict(nb)
    nb.cells.append(v4.new_code_cell(f'last = "{SECRET}0"  # SOLUTION'))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        project = root / "project"
        for folder in ("instructor", "spare-masters"):
            (project / folder).mkdir(parents=True)
            for lesson in ("01-lesson.ipynb", "03-lesson.ipynb"):
                nbformat.write(nb, project / folder / lesson)
        build(project / "instructor", project / "notebooks", project / "answers")
        if blocker:  # a folder where a notebook goes
            (project / "answers" / "03-lesson.ipynb").unlink()
            (project / "answers" / "03-lesson.ipynb").mkdir()
        (root / "outside").mkdir()
        before = snapshot(root)
        masters_before = {k: v for k, v in before.items() if k.parts[1] in ("instructor", "spare-masters")}
        try:
            build(*(project / f for f in (masters, out, answers)), force=force)
        except BuildError as exc:
            assert exc.problems and all(p.fix for p in exc.problems)
            assert snapshot(root) == before, "a refused build changed files"
            return "refused"
        after = snapshot(root)
        assert {k: v for k, v in after.items() if k in masters_before} == masters_before, "a master changed"
        student_folder = (project / out).resolve()
        for path in student_folder.glob("*.ipynb"):
            assert SECRET not in path.read_text(encoding="utf-8"), f"{path} holds a solution"
        return "built"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(master(mistakes=False), FOLDER_MIX)
def test_whatever_the_folders_no_master_changes_and_a_refusal_changes_nothing(nb, folders):
    folder_case(nb, *folders)
