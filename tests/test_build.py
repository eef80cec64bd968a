"""Master notebooks -> student notebooks and answer keys (kit.build, python -m kit build-student)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import nbformat
import nbformat.v4 as v4
import pytest

from kit.build import (
    ANSWER_PLACEHOLDER,
    CHECK_OUTPUT_TAG,
    NO_HIDDEN_CHECK_TAG,
    BuildError,
    answer_key,
    build,
    check_call,
    execute_masters,
    notebook_bytes,
    out_of_sync,
    strip_master,
    strip_solutions,
    student_version,
)
from kit.cli import main

ROOT = Path(__file__).resolve().parent.parent
REBUILD = "run `python -m kit build-student` in the kit's folder and commit notebooks/ and answers/"
SECRET = "SECRET_ANSWER_42"


# --------------------------------------------------------------------------- one cell

@pytest.mark.parametrize("master, student", [
    ("answer = 3  # SOLUTION", "answer = ..."),
    ("answer = sorted(words)[:3]   #SOLUTION", "answer = ..."),
    ("    answer = x + 1  # SOLUTION", "    answer = ..."),
    ("answer: int = 3  # SOLUTION", "answer: int = ..."),
    ("first, second = 1, 2  # SOLUTION", "first, second = ..., ..."),
    ("a = b = 0  # SOLUTION", "a = b = ..."),
    ("counts['loaded'] = 3  # SOLUTION", "counts['loaded'] = ..."),
    ("print(answer)  # SOLUTION", ""),
    ("total += 1  # SOLUTION", ""),
    ("answer == 3  # SOLUTION", ""),
    ("x = 1\nprint(x)  # SOLUTION\ncheck(x)", "x = 1\ncheck(x)"),
    ("x = 1\n\nprint(x)  # SOLUTION", "x = 1"),
    ("print('# SOLUTION is a marker')", "print('# SOLUTION is a marker')"),
])
def test_solution_lines(master, student):
    assert strip_solutions(master) == student


def test_solution_block_becomes_one_ellipsis_with_its_indentation():
    master = ("def neutral(headline):\n"
              "    # BEGIN SOLUTION\n"
              "    words = headline.split()\n"
              "    return ' '.join(words)\n"
              "    # END SOLUTION\n"
              "\n"
              "neutral('x')")
    assert strip_solutions(master) == "def neutral(headline):\n    ...\n\nneutral('x')"
    assert strip_solutions("### BEGIN SOLUTION\nanswer = 1\n### END SOLUTION") == "..."


def test_removed_line_never_leaves_an_empty_block():
    master = "def f(x):\n    return x + 1  # SOLUTION\n\nf(1)"
    student = strip_solutions(master)
    assert student == "def f(x):\n    ...\n\nf(1)"
    ast.parse(student)
    loop = "for w in words:\n    print(w)  # SOLUTION\n    print(w.upper())  # SOLUTION"
    assert strip_solutions(loop) == "for w in words:\n    ..."


@pytest.mark.parametrize("master, where", [
    ("# BEGIN SOLUTION\nanswer = 1", "line 1"),
    ("answer = 1\n# END SOLUTION", "line 2"),
    ("# BEGIN SOLUTION\n# BEGIN SOLUTION\n# END SOLUTION", "line 2"),
])
def test_broken_solution_blocks_are_named(master, where):
    with pytest.raises(BuildError) as err:
        strip_solutions(master)
    assert where in str(err.value)
    assert err.value.fix


# --------------------------------------------------------------------------- one notebook

def make_master() -> nbformat.NotebookNode:
    nb = v4.new_notebook(cells=[
        v4.new_markdown_cell("# Lesson\n\n**Your turn**: count the loaded words.", id="intro",
                             metadata={"tags": ["your-turn"], "collapsed": True, "jupyter": {"x": 1}}),
        v4.new_code_cell("import kit\nwords = ['a', 'b']", id="setup", execution_count=3,
                         outputs=[v4.new_output("stream", name="stdout", text="hi\n")],
                         metadata={"scrolled": True, "ExecuteTime": {"end_time": "2026-01-01"}}),
        v4.new_code_cell(f"answer = len(words)  # SOLUTION\nprint('{SECRET}')  # SOLUTION\nanswer",
                         id="exercise", metadata={"tags": ["your-turn"]}, execution_count=4,
                         outputs=[v4.new_output("execute_result", data={"text/plain": "2"}, execution_count=4)]),
        v4.new_code_cell(f"assert answer == 2, '{SECRET}'", id="hidden-check",
                         metadata={"tags": ["instructor"]}),
        v4.new_markdown_cell(f"Instructor note: {SECRET}", id="note", metadata={"tags": ["instructor"]}),
        v4.new_markdown_cell(f"Model answer: {SECRET}", id="model", metadata={"tags": ["solution", "your-turn"]}),
        v4.new_code_cell("def f(x):\n    # BEGIN SOLUTION\n    return '" + SECRET + "'\n    # END SOLUTION",
                         id="block"),
    ])
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.7", "mimetype": "text/x-python"},
        "widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}},
        "toc": {"base_numbering": 1},
    }
    return nb


def test_student_version_has_no_solutions_instructor_cells_or_outputs():
    student = student_version(make_master())
    text = notebook_bytes(student).decode()
    assert SECRET not in text
    assert "# SOLUTION" not in text and "BEGIN SOLUTION" not in text
    assert [c.id for c in student.cells] == ["intro", "setup", "exercise", "model", "block"]
    for cell in student.cells:
        assert set(cell.metadata) <= {"tags"}
        assert "instructor" not in cell.metadata.get("tags", []) and "solution" not in cell.metadata.get("tags", [])
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
            ast.parse(cell.source)
    assert student.cells[2].source == "answer = ...\nanswer"
    assert student.cells[3].source == ANSWER_PLACEHOLDER
    assert student.cells[3].metadata == {"tags": ["your-turn"]}
    assert student.cells[4].source == "def f(x):\n    ..."
    from kit.notebook_cells import kernel_metadata  # round 26 (student 39): what the kernel fills in, no more
    assert student.metadata == kernel_metadata()
    nbformat.validate(student)


def test_answer_key_keeps_solutions_and_notes_but_no_outputs():
    key = answer_key(make_master())
    text = notebook_bytes(key).decode()
    assert text.count(SECRET) == 5
    assert len(key.cells) == 7
    assert all(c.outputs == [] and c.execution_count is None for c in key.cells if c.cell_type == "code")
    assert all(set(c.metadata) <= {"tags"} for c in key.cells)
    assert set(key.metadata) == {"kernelspec", "language_info"}
    nbformat.validate(key)


def make_master_with_checked_outputs() -> nbformat.NotebookNode:
    """A master saved after a run: every cell has outputs; two are tagged nbval-check-output."""
    stream = v4.new_output("stream", name="stdout", text="hello\n")
    return v4.new_notebook(cells=[
        v4.new_code_cell("import kit", id="setup", execution_count=12,
                         outputs=[v4.new_output("stream", name="stderr", text="warning\n")]),
        v4.new_code_cell("1 + 1", id="sum", execution_count=13, metadata={"tags": [CHECK_OUTPUT_TAG]},
                         outputs=[v4.new_output("execute_result", data={"text/plain": "2"}, execution_count=13,
                                                metadata={"machine": "laptop-7"})]),
        v4.new_code_cell(f"assert True, '{SECRET}'", id="hidden", execution_count=14,
                         metadata={"tags": ["instructor"]}, outputs=[stream]),
        v4.new_code_cell("answer = 3  # SOLUTION\nanswer", id="exercise", execution_count=15,
                         metadata={"tags": ["your-turn"]},
                         outputs=[v4.new_output("execute_result", data={"text/plain": "3"}, execution_count=15)]),
        v4.new_code_cell("print('hello')\nprint(undefined)", id="printed", execution_count=16,
                         metadata={"tags": ["your-turn", CHECK_OUTPUT_TAG], "scrolled": True},
                         outputs=[stream, v4.new_output("error", ename="NameError", evalue="undefined",
                                                        traceback=["Traceback ..."])]),
        v4.new_code_cell("len([])", id="unrun", metadata={"tags": [CHECK_OUTPUT_TAG]}),
    ])


def test_cells_tagged_check_output_keep_their_outputs_and_nothing_else_does():
    master = make_master_with_checked_outputs()
    for version, numbers in ((student_version(master), [2, 4]), (answer_key(master), [2, 5])):
        cells = {c.id: c for c in version.cells}
        # untagged cells (and the instructor cell in the answer key) lose outputs and counts
        for cid in ("setup", "hidden", "exercise"):
            if cid in cells:
                assert cells[cid].outputs == [] and cells[cid].execution_count is None, cid
        # tagged cells keep stream and text results, without output metadata or errors ...
        assert cells["sum"].outputs == [{"output_type": "execute_result", "data": {"text/plain": "2"},
                                         "metadata": {}, "execution_count": numbers[0]}]
        assert cells["printed"].outputs == [{"output_type": "stream", "name": "stdout", "text": "hello\n"}]
        # ... numbered as a run from the top numbers them (nbval only compares cells with a count)
        assert [cells["sum"].execution_count, cells["printed"].execution_count] == numbers
        # a tagged cell that was never run stays unrun (nbval then has nothing to compare)
        assert cells["unrun"].outputs == [] and cells["unrun"].execution_count is None
        assert cells["printed"].metadata == {"tags": ["your-turn", CHECK_OUTPUT_TAG]}
        nbformat.validate(version)
    assert notebook_bytes(student_version(master)) == notebook_bytes(student_version(master))
    assert SECRET not in notebook_bytes(student_version(master)).decode()


def test_output_is_deterministic_sorted_and_ends_with_a_newline(tmp_path):
    path = tmp_path / "01-x.ipynb"
    nbformat.write(make_master(), path)
    first, second = notebook_bytes(student_version(path)), notebook_bytes(student_version(path))
    assert first == second
    assert first.endswith(b"}\n") and not first.endswith(b"\n\n")
    assert json.dumps(json.loads(first), sort_keys=True, indent=1, ensure_ascii=False) + "\n" == first.decode()


def test_cells_without_ids_get_stable_ones(tmp_path):
    raw = {"nbformat": 4, "nbformat_minor": 4, "metadata": {},
           "cells": [{"cell_type": "code", "metadata": {}, "source": "x = 1  # SOLUTION",
                      "execution_count": None, "outputs": []},
                     {"cell_type": "markdown", "metadata": {}, "source": "text"}]}
    path = tmp_path / "old.ipynb"
    path.write_text(json.dumps(raw))
    first = notebook_bytes(student_version(path))
    assert first == notebook_bytes(student_version(path))
    ids = [c["id"] for c in json.loads(first)["cells"]]
    assert len(set(ids)) == 2


def test_student_code_that_no_longer_parses_is_reported_with_its_cell():
    master = v4.new_notebook(cells=[
        v4.new_markdown_cell("intro", id="a"),
        v4.new_code_cell("answer = sorted(  # SOLUTION\n    words)\ncheck(answer)", id="b"),
    ])
    with pytest.raises(BuildError) as err:
        student_version(master, name="03-sourcing.ipynb")
    message = str(err.value)
    assert "03-sourcing.ipynb" in message and "cell 2" in message and "BEGIN SOLUTION" in message


# --------------------------------------------------------------------------- folders and the command

def write_masters(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(make_master(), folder / "01-first.ipynb")
    second = make_master()
    second.cells = second.cells[:3]
    nbformat.write(second, folder / "02-second.ipynb")


def test_build_writes_students_and_answer_keys_and_is_idempotent(tmp_path):
    write_masters(tmp_path / "instructor")
    args = (tmp_path / "instructor", tmp_path / "notebooks", tmp_path / "answers")
    result = build(*args)
    assert len(result["written"]) == 4 and not result["extra"]
    assert sorted(p.name for p in (tmp_path / "notebooks").iterdir()) == ["01-first.ipynb", "02-second.ipynb"]
    assert SECRET not in (tmp_path / "notebooks" / "01-first.ipynb").read_text()
    assert SECRET in (tmp_path / "answers" / "01-first.ipynb").read_text()
    assert out_of_sync(*args) == []
    again = build(*args)
    assert again["written"] == [] and len(again["unchanged"]) == 4


def test_out_of_sync_names_every_stale_file(tmp_path):
    write_masters(tmp_path / "instructor")
    args = (tmp_path / "instructor", tmp_path / "notebooks", tmp_path / "answers")
    build(*args)
    (tmp_path / "notebooks" / "01-first.ipynb").write_text("{}")
    (tmp_path / "answers" / "02-second.ipynb").unlink()
    (tmp_path / "notebooks" / "07-old.ipynb").write_text("{}")
    messages = "\n".join(out_of_sync(*args))
    assert "01-first.ipynb: student notebook differs" in messages
    assert "02-second.ipynb: answer key is missing" in messages
    assert "07-old.ipynb: student notebook has no master" in messages


def test_command_line_build_and_check(tmp_path, capsys, monkeypatch):
    write_masters(tmp_path / "instructor")
    monkeypatch.chdir(tmp_path)
    assert main(["build-student", "--check"]) == 1
    assert "python -m kit build-student" in capsys.readouterr().err
    assert main(["build-student"]) == 0
    out = capsys.readouterr().out
    assert "wrote notebooks/01-first.ipynb" in out and "answers/02-second.ipynb" in out
    assert main(["build-student", "--check"]) == 0
    assert main(["build-student", "--out", "elsewhere", "--answers", "keys"]) == 0
    assert (tmp_path / "elsewhere" / "01-first.ipynb").read_bytes() == \
        (tmp_path / "notebooks" / "01-first.ipynb").read_bytes()


def test_command_line_reports_a_broken_master_and_writes_nothing(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "instructor"
    folder.mkdir()
    nbformat.write(v4.new_notebook(cells=[v4.new_code_cell("# BEGIN SOLUTION\nx = 1", id="a")]),
                   folder / "01-broken.ipynb")
    monkeypatch.chdir(tmp_path)
    assert main(["build-student"]) == 1
    err = capsys.readouterr().err
    assert "01-broken.ipynb" in err and "never closed" in err and "END SOLUTION" in err
    assert not (tmp_path / "notebooks").exists()
    assert main(["build-student", "--masters", "nowhere"]) == 1
    assert "--masters" in capsys.readouterr().err


# --------------------------------------------------------------------------- hidden checks

@pytest.mark.parametrize("source, call", [
    ("answer = 3  # SOLUTION\nexercises.check_top(answer, 'x', articles)  # CHANGE THIS: column",
     "exercises.check_top(answer, 'x', articles)"),
    ("answer = [  # SOLUTION\n]  # SOLUTION\ncheck_words(answer,\n            paragraph)", "check_words(answer,\n            paragraph)"),
    ("# BEGIN SOLUTION\nanswer = 1\n# END SOLUTION\ncheck(answer)", "check(answer)"),
    ("answer = 3\nexercises.check_top(answer)", None),             # no solution line: no exercise
    ("answer = 3  # SOLUTION\nprint(answer)", None),                # last line is no check
    ("answer = 3  # SOLUTION\nexercises.check_top(answer)\nx = 1", None),
    ("answer = 3  # SOLUTION\ncheck(answer", None),                 # not valid Python
])
def test_check_call_finds_the_exercise_check_line(source, call):
    assert check_call(source) == call


def exercise_master() -> nbformat.NotebookNode:
    """A small real lesson: two exercises checked by kit.exercises, one written (no hidden check)."""
    return v4.new_notebook(cells=[
        v4.new_code_cell("import kit\nfrom kit import exercises\narticles = kit.load_articles()", id="setup"),
        v4.new_markdown_cell("### Exercise 1\n\nHow many articles?", id="q1"),
        v4.new_code_cell("answer = len(articles)  # SOLUTION\nexercises.check_article_count(answer, articles)",
                         id="ex1", metadata={"tags": ["your-turn"]}),
        v4.new_markdown_cell("### Exercise 2\n\nYour plan.", id="q2"),
        v4.new_code_cell('answer = "search"  # SOLUTION\nexercises.check_lateral_plan(answer)', id="ex2",
                         metadata={"tags": ["your-turn", NO_HIDDEN_CHECK_TAG]}),
        v4.new_code_cell("print(len(articles))", id="shown", metadata={"tags": [CHECK_OUTPUT_TAG]},
                         execution_count=1, outputs=[v4.new_output("stream", name="stdout", text="99\n")]),
    ])


def test_answer_key_gets_a_hidden_check_after_each_exercise_and_students_never_see_it():
    key = answer_key(exercise_master(), name="07-extra.ipynb")
    ids = [c.id for c in key.cells]
    assert ids == ["setup", "q1", "ex1", "ex1-check", "q2", "ex2", "shown"]
    hidden = key.cells[3]
    assert hidden.metadata == {"tags": ["instructor"]}
    assert "outcome = exercises.check_article_count(answer, articles)" in hidden.source
    assert "07-extra, Exercise 1" in hidden.source
    assert key.cells[5].metadata == {"tags": ["your-turn", NO_HIDDEN_CHECK_TAG]}
    student = student_version(exercise_master(), name="07-extra.ipynb")
    assert [c.id for c in student.cells] == ["setup", "q1", "ex1", "q2", "ex2", "shown"]
    assert student.cells[4].metadata == {"tags": ["your-turn"]}
    nbformat.validate(key)


def run_cells(nb) -> None:
    """Run a notebook's code cells in one namespace (in this process), as a kernel would."""
    namespace: dict = {}
    for cell in nb.cells:
        if cell.cell_type == "code":
            exec(compile(cell.source, cell.id, "exec"), namespace)  # noqa: S102 - our own notebook


def test_hidden_check_passes_on_the_solution_and_names_lesson_exercise_and_message_when_it_fails():
    run_cells(answer_key(exercise_master(), name="07-extra.ipynb"))
    wrong = exercise_master()
    wrong.cells[2].source = "answer = 1000  # SOLUTION\nexercises.check_article_count(answer, articles)"
    with pytest.raises(AssertionError) as err:
        run_cells(answer_key(wrong, name="07-extra.ipynb"))
    message = str(err.value)
    assert message.startswith("07-extra, Exercise 1: the model solution no longer passes its check.")
    assert "1000" in message or "articles" in message  # the check's own feedback follows
    assert len(message.splitlines()) < 10


def test_build_strips_unchecked_outputs_from_the_masters(tmp_path):
    folder = tmp_path / "instructor"
    folder.mkdir()
    master = exercise_master()
    master.cells[0].outputs = [v4.new_output("display_data", data={"text/html": "<table>" * 5000})]
    master.cells[0].execution_count = 7
    nbformat.write(master, folder / "07-extra.ipynb")
    big = (folder / "07-extra.ipynb").stat().st_size
    result = build(folder, tmp_path / "notebooks", tmp_path / "answers")
    assert result["stripped"] == [folder / "07-extra.ipynb"]
    kept = nbformat.read(folder / "07-extra.ipynb", as_version=4)
    assert kept.cells[0].outputs == [] and kept.cells[0].execution_count is None
    assert kept.cells[5].outputs[0].text == "99\n"  # checked output stays
    assert [c.source for c in kept.cells] == [c.source for c in exercise_master().cells]
    assert (folder / "07-extra.ipynb").stat().st_size < big / 10
    assert strip_master(folder / "07-extra.ipynb") is False  # nothing left to strip: file untouched


def test_execute_refreshes_checked_outputs_warns_about_stale_ones_and_reports_a_failing_solution(tmp_path):
    folder = tmp_path / "instructor"
    folder.mkdir()
    nbformat.write(exercise_master(), folder / "07-extra.ipynb")
    warnings = execute_masters(folder)
    assert len(warnings) == 1 and "cell 6 (print(len(articles)))" in warnings[0] and "was: 99" in warnings[0]
    assert "is now updated" in warnings[0]
    import kit
    fresh = nbformat.read(folder / "07-extra.ipynb", as_version=4)
    assert fresh.cells[5].outputs[0].text == f"{len(kit.load_articles())}\n"
    assert execute_masters(folder) == []  # now up to date
    wrong = exercise_master()
    wrong.cells[2].source = "answer = 1000  # SOLUTION\nexercises.check_article_count(answer, articles)"
    nbformat.write(wrong, folder / "07-extra.ipynb")
    before = (folder / "07-extra.ipynb").read_bytes()
    with pytest.raises(BuildError) as err:
        execute_masters(folder)
    first = str(err.value).splitlines()[0]
    assert "07-extra, Exercise 1: the model solution no longer passes its check" in str(err.value)
    assert len(str(err.value)) < 1500, first
    assert (folder / "07-extra.ipynb").read_bytes() == before


def test_check_execute_reports_stale_outputs_and_writes_nothing(tmp_path, capsys, monkeypatch):
    from kit.cli import main

    folder = tmp_path / "instructor"
    folder.mkdir()
    nbformat.write(exercise_master(), folder / "07-extra.ipynb")
    build(folder, tmp_path / "notebooks", tmp_path / "answers")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.ipynb")}
    warnings = execute_masters(folder, write=False)
    assert len(warnings) == 1 and "was: 99" in warnings[0] and "read-only" in warnings[0]
    status = main(["build-student", "--check", "--execute", "--masters", str(folder),
                   "--out", str(tmp_path / "notebooks"), "--answers", str(tmp_path / "answers")])
    err = capsys.readouterr().err
    assert status == 1 and "stale:" in err and "build-student --execute" in err
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.ipynb")} == before


def test_a_solution_marker_with_a_note_is_stripped_and_an_unknown_one_refused():
    assert strip_solutions("answer = secret()  # SOLUTION: the longest bar") == "answer = ..."
    assert strip_solutions("answer = secret()  # SOLUTION \u2014 why") == "answer = ..."
    for odd in ("answer = secret()  # SOLUTION!", "answer = secret()  # the SOLUTION", "x = 1  #SOLUTION here"):
        with pytest.raises(BuildError, match="looks like a solution marker but is not one"):
            strip_solutions(odd)


# --------------------------------------------------------------------------- refusing unsafe builds

def test_refuses_to_write_over_the_masters(tmp_path, monkeypatch, capsys):
    write_masters(tmp_path / "instructor")
    monkeypatch.chdir(tmp_path)
    build(tmp_path / "instructor", tmp_path / "notebooks", tmp_path / "answers")  # notebooks/ for the last case
    before = {p: p.read_bytes() for p in (tmp_path / "instructor").iterdir()}
    for args in (["--out", "instructor"], ["--answers", "instructor"], ["--out", "./instructor/"],
                 ["--masters", "notebooks", "--out", "instructor"]):
        assert main(["build-student", *args]) == 1, args
        err = capsys.readouterr().err
        assert "Nothing was written" in err and ("masters" in err or "solutions" in err), err
        assert {p: p.read_bytes() for p in (tmp_path / "instructor").iterdir()} == before


def test_refuses_one_folder_for_both_versions_and_answer_keys_where_students_look(tmp_path, monkeypatch, capsys):
    write_masters(tmp_path / "instructor")
    monkeypatch.chdir(tmp_path)
    assert main(["build-student", "--out", "x", "--answers", "x"]) == 1
    assert "same folder" in capsys.readouterr().err and not (tmp_path / "x").exists()
    assert main(["build-student"]) == 0
    capsys.readouterr()
    before = (tmp_path / "answers" / "01-first.ipynb").read_bytes()
    assert main(["build-student", "--out", "answers", "--answers", "notebooks"]) == 1
    err = capsys.readouterr().err
    assert "answers/01-first.ipynb" in err and "solutions" in err
    assert (tmp_path / "answers" / "01-first.ipynb").read_bytes() == before


def test_refuses_an_existing_file_as_output_folder(tmp_path, monkeypatch, capsys):
    write_masters(tmp_path / "instructor")
    (tmp_path / "notes.txt").write_text("keep me")
    monkeypatch.chdir(tmp_path)
    assert main(["build-student", "--out", "notes.txt"]) == 1
    err = capsys.readouterr().err
    assert "notes.txt" in err and "--out" in err and "Traceback" not in err
    assert (tmp_path / "notes.txt").read_text() == "keep me" and not (tmp_path / "answers").exists()


def test_a_read_only_answers_folder_leaves_every_old_file_whole(tmp_path, monkeypatch, capsys):
    """The answers folder cannot be written: nothing changes, in the student folder either.

    The folder is made read-only; as root (CI) that does not stop a write, so creating the temporary
    folder there fails the way it does on a read-only folder (PermissionError) as well."""
    import tempfile

    write_masters(tmp_path / "instructor")
    monkeypatch.chdir(tmp_path)
    assert main(["build-student"]) == 0
    old = {p: p.read_bytes() for d in ("notebooks", "answers") for p in (tmp_path / d).iterdir()}
    master = nbformat.read(tmp_path / "instructor" / "01-first.ipynb", as_version=4)
    master.cells[0].source += "\n\nA new sentence."
    nbformat.write(master, tmp_path / "instructor" / "01-first.ipynb")
    real_mkdtemp = tempfile.mkdtemp

    def read_only(*args, dir=None, **kwargs):
        if dir is not None and Path(dir).name == "answers":
            raise PermissionError(13, "Permission denied", str(dir))
        return real_mkdtemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkdtemp", read_only)
    (tmp_path / "answers").chmod(0o500)
    try:
        assert main(["build-student"]) == 1
    finally:
        (tmp_path / "answers").chmod(0o700)
    err = capsys.readouterr().err
    assert "answers" in err and "old files are unchanged" in err and "Traceback" not in err
    assert {p: p.read_bytes() for d in ("notebooks", "answers") for p in (tmp_path / d).iterdir()} == old


@pytest.mark.parametrize("errno, message", [(28, "No space left on device"), (13, "Permission denied")])
def test_a_failed_write_leaves_every_old_file_whole(tmp_path, monkeypatch, errno, message):
    """The second file cannot be written (a full disk; a folder that is read-only even for root, as on a
    read-only mount): no old file is replaced."""
    write_masters(tmp_path / "instructor")
    args = (tmp_path / "instructor", tmp_path / "notebooks", tmp_path / "answers")
    build(*args)
    old = {p: p.read_bytes() for d in ("notebooks", "answers") for p in (tmp_path / d).iterdir()}
    for path in (tmp_path / "instructor").iterdir():
        master = nbformat.read(path, as_version=4)
        master.cells[0].source += "\n\nChanged."
        nbformat.write(master, path)
    real_write = Path.write_bytes
    calls = []

    def full_disk(self, data):
        calls.append(self)
        if len(calls) == 2:
            raise OSError(errno, message, str(self))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    with pytest.raises(BuildError) as err:
        build(*args)
    assert message in str(err.value) and "old files are unchanged" in str(err.value)
    monkeypatch.undo()
    assert {p: p.read_bytes() for d in ("notebooks", "answers") for p in (tmp_path / d).iterdir()} == old


# --------------------------------------------------------------------------- the repository itself

def repo_masters() -> list[Path]:
    return sorted((ROOT / "instructor").glob("*.ipynb"))


def without_python_version(path: Path) -> dict:
    """A built notebook as JSON without ``language_info.version``: the build writes the building kernel's Python
    version (round 26, so JupyterLab opens it unchanged), and a machine with another patch release of Python must
    not find the lessons out of sync for that alone."""
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    data.get("metadata", {}).get("language_info", {}).pop("version", None)
    return data


def test_student_notebooks_and_answer_keys_are_in_sync_with_the_masters(tmp_path):
    """Rebuild into a temporary folder and compare byte for byte with notebooks/ and answers/."""
    assert repo_masters(), "instructor/ holds no master notebooks"
    build(ROOT / "instructor", tmp_path / "notebooks", tmp_path / "answers", force=True)  # outside the project
    stale = []
    for kind in ("notebooks", "answers"):
        for fresh in sorted((tmp_path / kind).glob("*.ipynb")):
            committed = ROOT / kind / fresh.name
            if not committed.is_file():
                stale.append(f"{kind}/{fresh.name} is missing")
            elif committed.read_bytes() != fresh.read_bytes() and \
                    without_python_version(committed) != without_python_version(fresh):
                stale.append(f"{kind}/{fresh.name} differs from instructor/{fresh.name}")
        for committed in sorted((ROOT / kind).glob("*.ipynb")):
            if not (tmp_path / kind / committed.name).exists():
                stale.append(f"{kind}/{committed.name} has no master in instructor/ (delete it, or add its master)")
    assert not stale, "Out of sync with the masters in instructor/:\n  " + "\n  ".join(stale) + \
        f"\nTo fix: {REBUILD}. (Edit the masters in instructor/, never notebooks/ or answers/.)"


def _output_problems(name: str, nb) -> list[str]:
    """Outputs only on cells tagged nbval-check-output, and there only plain text with a count."""
    problems = []
    for index, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        if CHECK_OUTPUT_TAG not in cell.metadata.get("tags", []):
            if cell.outputs or cell.execution_count is not None:
                problems.append(f"{name} cell {index} has outputs but is not tagged {CHECK_OUTPUT_TAG}")
            continue
        if cell.outputs and cell.execution_count is None:
            problems.append(f"{name} cell {index}: stored outputs without an execution count (nbval refuses them)")
        for output in cell.outputs:
            if output.output_type == "stream":
                continue
            if output.output_type != "execute_result" or set(output.data) != {"text/plain"} or output.metadata:
                problems.append(f"{name} cell {index}: stored output {output.output_type} "
                                f"{sorted(output.get('data', {}))} is not plain text")
    return problems


@pytest.mark.parametrize("name", [p.name for p in repo_masters()] or ["(no masters)"])
def test_committed_student_notebook_is_clean(name):
    path = ROOT / "notebooks" / name
    assert path.is_file(), f"notebooks/{name} is missing: run python -m kit build-student"
    nb = nbformat.read(path, as_version=4)
    text = path.read_text(encoding="utf-8")
    assert "# SOLUTION" not in text and "BEGIN SOLUTION" not in text, f"{name} still contains a solution marker"
    for index, cell in enumerate(nb.cells, start=1):
        tags = cell.metadata.get("tags", [])
        assert "instructor" not in tags and "solution" not in tags, f"{name} cell {index} is tagged {tags}"
        assert set(cell.metadata) <= {"tags"}, f"{name} cell {index} has metadata {sorted(cell.metadata)}"
    assert not _output_problems(name, nb)
    assert set(nb.metadata) <= {"kernelspec", "language_info"}


def test_answer_keys_store_outputs_only_where_nbval_checks_them():
    """Answer keys, like student notebooks: plain-text outputs on tagged cells only.

    (Masters may hold any outputs a teacher saved from JupyterLab; the build drops them.)
    """
    problems = []
    for path in sorted((ROOT / "answers").glob("*.ipynb")):
        problems += _output_problems(f"answers/{path.name}", nbformat.read(path, as_version=4))
    assert not problems, "\n".join(problems)


def test_every_lesson_checks_some_outputs_and_answer_keys_have_hidden_checks():
    """Masters hold no hidden-check cells; the build adds one after every exercise with a check line."""
    for path in repo_masters():
        nb = nbformat.read(path, as_version=4)
        checked = [c for c in nb.cells if CHECK_OUTPUT_TAG in c.metadata.get("tags", []) and c.outputs]
        assert checked, f"{path.name}: no cell tagged {CHECK_OUTPUT_TAG} with a stored output"
        assert not [c for c in nb.cells if c.source.startswith("# Hidden check")], \
            f"{path.name}: hidden checks are made by the build; remove the hand-written one"
        exercises = [c for c in nb.cells if c.cell_type == "code" and check_call(c.source)
                     and NO_HIDDEN_CHECK_TAG not in c.metadata.get("tags", [])]
        key = nbformat.read(ROOT / "answers" / path.name, as_version=4)
        hidden = [c for c in key.cells if c.source.startswith("# Hidden check")]
        assert len(hidden) == len(exercises), path.name
        if path.name != "06-capstone.ipynb":  # the capstone's exercises are written answers
            assert hidden, f"{path.name}: no exercise with a check line"


def test_committed_masters_keep_only_checked_outputs():
    """What to commit: masters stripped by the build (a master saved from JupyterLab keeps every output)."""
    for path in repo_masters():
        nb = nbformat.read(path, as_version=4)
        noisy = [i for i, c in enumerate(nb.cells, start=1) if c.cell_type == "code"
                 and CHECK_OUTPUT_TAG not in c.metadata.get("tags", []) and (c.outputs or c.execution_count)]
        assert not noisy, (f"instructor/{path.name} cells {noisy} hold outputs: run `python -m kit build-student` "
                           "(it strips them) and commit instructor/, notebooks/ and answers/")


def test_teachers_guide_covers_every_lesson():
    """docs/INSTRUCTORS.md keeps in step with the lessons: a Binder badge and a section for each one."""
    guide = (ROOT / "docs" / "INSTRUCTORS.md").read_text(encoding="utf-8")
    missing = []
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")):
        if f"urlpath=lab/tree/notebooks/{path.name})" not in guide:
            missing.append(f"a Binder badge for notebooks/{path.name}")
        if f"\n### {path.name[:2]} · " not in guide:
            missing.append(f"a '### {path.name[:2]} · ...' section for {path.name}")
    assert not missing, "docs/INSTRUCTORS.md lacks:\n  " + "\n  ".join(missing)


def test_every_master_cell_has_an_id():
    # a cell without an id gets a random one from nbformat on each build, so the student copies would change
    # every time (found on 5 December: three cells added to 03 by a script); JupyterLab always writes ids
    import json
    from pathlib import Path

    for master in sorted(Path(__file__).resolve().parents[1].joinpath("instructor").glob("*.ipynb")):
        cells = json.loads(master.read_text(encoding="utf-8"))["cells"]
        missing = [i for i, c in enumerate(cells) if not c.get("id")]
        assert not missing, f"{master.name}: cells {missing} have no id; open and save the notebook in JupyterLab"
