"""build-student never overwrites a master, never writes where it should not, and writes all or nothing.

Each case is one of the teacher mistakes reported in issue 24, run on a copy of the kit's own masters.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from kit.build import BuildError, build
from kit.build_safety import holds_solutions, is_master, write_all
from kit.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the kit's masters, built once into notebooks/ and answers/; the current folder is the project."""
    shutil.copytree(ROOT / "instructor", tmp_path / "instructor")
    monkeypatch.chdir(tmp_path)
    build("instructor", "notebooks", "answers")
    return tmp_path


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def solution_count(folder: Path) -> int:
    return sum(p.read_text(encoding="utf-8").count("# SOLUTION") for p in folder.glob("*.ipynb"))


@pytest.mark.parametrize("args", [
    ["--masters", "notebooks", "--out", "nb2", "--answers", "instructor"],   # folders swapped (issue 24)
    ["--masters", "answers", "--answers", "instructor"],
    ["--masters", "answers", "--out", "nb2", "--answers", "instructor"],
    ["--masters", "notebooks", "--out", "instructor", "--answers", "keys"],
    ["--masters", "spare", "--out", "nb3", "--answers", "instructor"],      # a copy of the masters as masters
    ["--answers", "instructor"],
    ["--out", "answers", "--answers", "notebooks"],
])
def test_swapped_folders_never_touch_a_master(project, capsys, args):
    shutil.copytree(project / "instructor", project / "spare")
    before, solutions = snapshot(project), solution_count(project / "instructor")
    assert solutions > 20
    assert main(["build-student", *args]) == 1, args
    err = capsys.readouterr().err
    assert "Nothing was written" in err and "Traceback" not in err
    assert "master" in err or "solutions" in err
    assert snapshot(project) == before
    assert solution_count(project / "instructor") == solutions


@pytest.mark.parametrize("where, option", [(".", "--out"), (".", "--answers"), ("/", "--out"),
                                           ("../elsewhere", "--answers"), ("instructor/..", "--out")])
def test_the_project_folder_and_folders_outside_it_need_force(project, capsys, where, option):
    before = snapshot(project)
    outside = project.parent / "elsewhere"
    assert main(["build-student", option, where]) == 1
    err = capsys.readouterr().err
    assert option in err and "--force" in err and "Nothing was written" in err
    assert snapshot(project) == before and not outside.exists()


def test_force_allows_a_folder_outside_the_project_but_never_a_master(project, tmp_path_factory, capsys):
    outside = tmp_path_factory.mktemp("class")
    assert main(["build-student", "--out", str(outside / "nb"), "--answers", str(outside / "keys"), "--force"]) == 0
    assert (outside / "nb" / "03-sourcing.ipynb").read_bytes() == (project / "notebooks" / "03-sourcing.ipynb").read_bytes()
    before = snapshot(project)
    assert main(["build-student", "--masters", "notebooks", "--out", "nb2", "--answers", "instructor", "--force"]) == 1
    assert "master" in capsys.readouterr().err and snapshot(project) == before


def test_a_folder_where_a_notebook_goes_leaves_every_file_as_it_was(project, capsys):
    """issue 24: 3 of 7 student notebooks were replaced before the build stopped."""
    for path in (project / "instructor").glob("*.ipynb"):  # every output must change
        nb = nbformat.read(path, as_version=4)
        nb.cells[0].source += "\n\nEdited."
        nbformat.write(nb, path)
    (project / "notebooks" / "03-sourcing.ipynb").unlink()
    (project / "notebooks" / "03-sourcing.ipynb").mkdir()
    before = snapshot(project)
    assert main(["build-student"]) == 1
    err = capsys.readouterr().err
    assert "03-sourcing.ipynb" in err and "Move or rename it" in err and "Nothing was written" in err
    assert snapshot(project) == before
    assert not list(project.rglob(".build-*"))


def test_a_failed_move_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    import os

    targets = {tmp_path / f"{n}.ipynb": f"new {n}\n".encode() for n in range(5)}
    for path in targets:
        path.write_bytes(b"old\n")
    real_replace, moves = os.replace, []

    def fail_on_the_fourth(src, dst):
        moves.append(dst)
        if len(moves) == 4:
            raise OSError(5, "Input/output error", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_on_the_fourth)
    with pytest.raises(BuildError, match="old files are unchanged"):
        write_all(targets)
    monkeypatch.undo()
    assert {p.read_bytes() for p in targets} == {b"old\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in targets)


def test_masters_and_answer_keys_are_told_apart(project):
    for name in ("00-start-here.ipynb", "03-sourcing.ipynb"):
        assert is_master(project / "instructor" / name)
        assert not is_master(project / "answers" / name)
        assert holds_solutions(project / "answers" / name)
        assert not holds_solutions(project / "notebooks" / name)
        assert not is_master(project / "notebooks" / name)


def test_the_kits_own_build_still_writes_nothing_new(project, capsys):
    assert main(["build-student"]) == 0
    assert "0 file(s) written" in capsys.readouterr().out
    for kind in ("notebooks", "answers"):
        for path in (project / kind).glob("*.ipynb"):
            assert path.read_bytes() == (ROOT / kind / path.name).read_bytes(), path


def test_an_answer_key_with_no_hidden_check_is_told_from_a_master(tmp_path, monkeypatch, capsys):
    """A lesson with only written answers: its key has no hidden check. It is rebuilt when its master
    changes; a copy of a master saved in JupyterLab (not in the build's exact form) is never overwritten."""
    masters = tmp_path / "instructor"
    masters.mkdir()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Model: yes", metadata={"tags": ["solution"]})])
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
                   "language_info": {"name": "python", "version": "3.11.7"}}
    nbformat.write(nb, masters / "01-written.ipynb")
    shutil.copytree(masters, tmp_path / "copy")
    monkeypatch.chdir(tmp_path)
    assert main(["build-student"]) == 0
    assert not is_master(tmp_path / "answers" / "01-written.ipynb", masters)
    assert is_master(masters / "01-written.ipynb", masters) and is_master(tmp_path / "copy" / "01-written.ipynb", masters)
    nb.cells[0].source = "Model: no"
    nbformat.write(nb, masters / "01-written.ipynb")
    assert main(["build-student"]) == 0   # the stale key is rebuilt
    assert "Model: no" in (tmp_path / "answers" / "01-written.ipynb").read_text()
    before = snapshot(tmp_path)
    assert main(["build-student", "--answers", "copy"]) == 1
    assert "copy/01-written.ipynb" in capsys.readouterr().err and snapshot(tmp_path) == before


def test_execute_is_refused_before_any_master_runs(project, capsys, monkeypatch):
    import kit.build

    def never(*args, **kwargs):
        raise AssertionError("the masters ran although the folders were refused")

    monkeypatch.setattr(kit.build, "execute_masters", never)
    before = snapshot(project)
    assert main(["build-student", "--execute", "--masters", "notebooks", "--answers", "instructor"]) == 1
    assert "Nothing was written" in capsys.readouterr().err and snapshot(project) == before


def test_a_linked_masters_folder_keeps_its_project(tmp_path, monkeypatch):
    """On a hub, instructor/ may be a link to a shared course folder: the project is still where the link is."""
    shared = tmp_path / "shared" / "course"
    shutil.copytree(ROOT / "instructor", shared / "instructor")
    home = tmp_path / "home"
    home.mkdir()
    (home / "instructor").symlink_to(shared / "instructor")
    monkeypatch.chdir(home)
    assert main(["build-student"]) == 0
    assert (home / "notebooks" / "03-sourcing.ipynb").is_file() and not (shared / "notebooks").exists()
