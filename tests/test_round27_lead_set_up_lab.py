"""Student 43 #8: a long answer ran off the right edge of the cell in a JupyterLab that no one had set up for the
lessons (a hub installed as docs/CLASSROOM.md said). `python -m kit set-up-lab` writes the same settings as
`python3 run.py lab` and Binder's postBuild into an environment, and CLASSROOM.md's install steps run it."""
import json
from pathlib import Path

from kit import cli
from kit.exercises.lab_settings import NOTEBOOK, WRAP_LINES

ROOT = Path(__file__).resolve().parent.parent


def test_set_up_lab_writes_line_wrap_and_hints(tmp_path, capsys):
    assert cli.main(["set-up-lab", "--prefix", str(tmp_path)]) == 0
    overrides = json.loads((tmp_path / "share/jupyter/lab/settings/overrides.json").read_text())
    assert overrides[NOTEBOOK] == WRAP_LINES and WRAP_LINES["codeCellConfig"]["lineWrap"] is True
    assert (tmp_path / "etc/ipython/startup/50-kit-hints.py").is_file()
    assert "wraps long code lines" in capsys.readouterr().out


def test_set_up_lab_names_the_folder_it_cannot_write(tmp_path, capsys):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert cli.main(["set-up-lab", "--prefix", str(blocked)]) == 1
    err = capsys.readouterr().err
    assert str(blocked) in err and "owner" in err


def test_the_class_guide_runs_it():
    assert "python -m kit set-up-lab" in (ROOT / "docs" / "CLASSROOM.md").read_text()
