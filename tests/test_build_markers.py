"""Every marker mistake of issue 24 either builds without the solution or stops the build with the fix.

Each variant is a master with a secret in its solution, built with `python -m kit build-student`; no
student notebook may hold the secret. A near-marker stops the build naming the notebook, the cell and the
exact marker to use.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import nbformat.v4 as v4
import pytest

from kit.build import BuildError, answer_key, student_version
from kit.cli import main

SECRET = "SECRET_ANSWER_42"
PNG = {"image/png": "iVBORw0KGgo" + SECRET}

FULL_WIDTH = "".join(chr(ord(c) + 0xFEE0) for c in "SOLUTION")   # ＳＯＬＵＴＩＯＮ


def code(source, tags=(), outputs=()):
    return v4.new_code_cell(source, metadata={"tags": list(tags)} if tags else {}, outputs=list(outputs))


def printed(text):
    return v4.new_output("stream", name="stdout", text=text + "\n")


# (name, cells, the fix the build must give: None when the master is valid and builds)
VARIANTS = [
    ("lower case", [code(f'answer = "{SECRET}"  # solution')], "'# SOLUTION'"),
    ("capitalised", [code(f'answer = "{SECRET}"  # Solution')], "'# SOLUTION'"),
    ("plural", [code(f'answer = "{SECRET}"  # SOLUTIONS')], "'# SOLUTION'"),
    ("full-width letters", [code(f'answer = "{SECRET}"  # {FULL_WIDTH}')], "'# SOLUTION'"),
    ("full-width hash", [code(f'answer = "{SECRET}"  \uff03 SOLUTION')], "'# SOLUTION'"),
    ("look-alike letters", [code(f'answer = "{SECRET}"  # S\u041eLUTION')], "'# SOLUTION'"),
    ("invisible character", [code(f'answer = "{SECRET}"  # SOLU\u200bTION')], "'# SOLUTION'"),
    ("lower-case begin/end", [code(f'# begin solution\nanswer = "{SECRET}"\n# end solution')],
     "'# BEGIN SOLUTION'"),
    ("lower-case end", [code(f'# BEGIN SOLUTION\nanswer = "{SECRET}"\n# end solution')], "'# END SOLUTION'"),
    ("lower-case end alone", [code(f'answer = "{SECRET}"\n# end solution')], "'# END SOLUTION'"),
    ("marker on the line above", [code(f'# SOLUTION\nanswer = "{SECRET}"')], "at the end of the solution line"),
    ("marker with a note on the line above", [code(f'# SOLUTION: the longest bar\nanswer = "{SECRET}"')],
     "at the end of the solution line"),
    ("marker with punctuation", [code(f'answer = "{SECRET}"  # SOLUTION!')], "'# SOLUTION'"),
    ("code cell tagged solution", [code(f'answer = "{SECRET}"', tags=["solution"])], "'# SOLUTION' at the end"),
    ("raw cell tagged solution", [v4.new_raw_cell(SECRET, metadata={"tags": ["solution"]})], "'# SOLUTION' at the end"),
    ("markdown tagged Solution", [v4.new_markdown_cell(SECRET, metadata={"tags": ["Solution"]})],
     "exactly 'solution'"),
    ("markdown tagged solutions", [v4.new_markdown_cell(SECRET, metadata={"tags": ["solutions"]})],
     "exactly 'solution'"),
    ("notes tagged Instructor", [v4.new_markdown_cell(SECRET, metadata={"tags": ["Instructor"]})],
     "exactly 'instructor'"),
    ("markdown with a solution comment, untagged", [v4.new_markdown_cell(f"<!-- SOLUTION -->\n{SECRET}")],
     "Tag the cell 'solution'"),
    ("markdown with a Solution heading, untagged", [v4.new_markdown_cell(f"## Solution\n{SECRET}")],
     "Tag the cell 'solution'"),
    ("markdown with a heading about solutions journalism", [v4.new_markdown_cell("## Solutions journalism\nRead.")],
     None),
    ("markdown with a marked code block, untagged",
     [v4.new_markdown_cell(f"```python\nanswer = '{SECRET}'  # SOLUTION\n```")], "Tag the cell 'solution'"),
    ("raw cell with a solution line", [v4.new_raw_cell(f"answer = '{SECRET}'  # SOLUTION")], "code cell"),
    ("raw cell with a marker above the solution", [v4.new_raw_cell(f"# Solution: why\nanswer = '{SECRET}'")],
     "code cell"),
    ("markdown with a 'Solution: why' heading", [v4.new_markdown_cell(f"## Solution \u2014 why\n{SECRET}")],
     "Tag the cell 'solution'"),
    ("markdown with a solution picture, untagged",
     [v4.new_markdown_cell("![](attachment:solution.png)", attachments={"solution.png": PNG})],
     "Tag the cell 'solution'"),
    ("checked output printing the answer", [
        code(f'answer = "{SECRET}"  # SOLUTION'),
        code("print(answer)", tags=["nbval-check-output"], outputs=[printed(SECRET)])], "nbval-check-output tag"),
    ("checked output printing something made from the answer", [
        code(f'answer = "{SECRET}"  # SOLUTION'),
        code("shout = answer.upper()"),
        code("print(shout)", tags=["nbval-check-output"], outputs=[printed(SECRET)])], "nbval-check-output tag"),
    ("checked output of the exercise cell itself", [
        code(f'answer = "{SECRET}"  # SOLUTION\nprint(answer)', tags=["nbval-check-output"],
             outputs=[printed(SECRET)])], "nbval-check-output tag"),
    ("a hidden check in a master", [code("# Hidden check, made by `python -m kit build-student` from the check "
                                         f"line above (answer key only).\noutcome = check('{SECRET}')")],
     "--masters"),
    # valid masters: they build, and students get no secret
    ("exact marker", [code(f'answer = "{SECRET}"  # SOLUTION')], None),
    ("exact marker with a note", [code(f'answer = "{SECRET}"  # SOLUTION: why')], None),
    ("exact block", [code(f'def f():\n    # BEGIN SOLUTION\n    return "{SECRET}"\n    # END SOLUTION')], None),
    ("markdown tagged solution with an attachment",
     [v4.new_markdown_cell(f"{SECRET} ![](attachment:a.png)", attachments={"a.png": PNG},
                           metadata={"tags": ["solution"]})], None),
    ("instructor notes", [v4.new_markdown_cell(SECRET, metadata={"tags": ["instructor"]})], None),
    ("a comment that only mentions a word like it", [code("x = 1  # resolution of the picture")], None),
    ("checked output that needs no answer", [
        code(f'answer = "{SECRET}"  # SOLUTION'),
        code("print(1 + 1)", tags=["nbval-check-output"], outputs=[printed("2")])], None),
]


@pytest.mark.parametrize("name, cells, fix", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_every_marker_variant_builds_without_the_solution_or_stops_with_the_fix(tmp_path, monkeypatch, capsys,
                                                                              name, cells, fix):
    masters = tmp_path / "instructor"
    masters.mkdir()
    intro = v4.new_markdown_cell("### Exercise 1\nWhat is the answer?")
    nbformat.write(v4.new_notebook(cells=[intro, *cells]), masters / "01-lesson.ipynb")
    monkeypatch.chdir(tmp_path)
    status = main(["build-student"])
    out, err = capsys.readouterr()
    students = list(Path(tmp_path / "notebooks").glob("*.ipynb")) if (tmp_path / "notebooks").exists() else []
    for path in students:
        assert SECRET not in path.read_text(encoding="utf-8"), f"{name}: the solution reached {path.name}"
    if fix is None:
        assert status == 0, err
        assert len(students) == 1
        key = (tmp_path / "answers" / "01-lesson.ipynb").read_text(encoding="utf-8")
        assert (SECRET in key) == any(SECRET in str(cell) for cell in cells)
    else:
        assert status == 1, f"{name}: built with exit code 0:\n{out}"
        assert "01-lesson.ipynb" in err and "cell " in err and fix in err, err
        assert "Traceback" not in err and not students


def test_a_near_marker_names_the_cell_and_the_exact_marker():
    nb = v4.new_notebook(cells=[v4.new_markdown_cell("Intro"), code(f'answer = "{SECRET}"  # Solution')])
    with pytest.raises(BuildError) as caught:
        student_version(nb, name="02-words.ipynb")
    problem = caught.value.problems[0]
    assert problem.file == "02-words.ipynb" and problem.message.startswith("cell 2, line 1: '# Solution'")
    assert "'# SOLUTION'" in problem.fix


def test_the_answer_key_keeps_the_model_answer_and_its_attachment():
    cell = v4.new_markdown_cell(f"{SECRET} ![](attachment:a.png)", attachments={"a.png": PNG},
                                metadata={"tags": ["solution"]})
    nb = v4.new_notebook(cells=[cell])
    assert "attachments" not in student_version(nb).cells[0]
    assert answer_key(nb).cells[0]["attachments"] == {"a.png": PNG}
