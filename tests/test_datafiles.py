"""Where the kit finds its data: a named folder, the copy in use, the shipped data; edits take effect."""

from __future__ import annotations

import os
import shutil

import pytest

import kit
from kit.datafiles import DATA_ENV, data_dir, data_path, packaged_data_dir, use_data


@pytest.fixture
def copy(tmp_path, monkeypatch):
    """A student's own copy of the kit's data, and a working directory inside that copy."""
    monkeypatch.delenv(DATA_ENV, raising=False)
    root = tmp_path / "student-copy"
    shutil.copytree(packaged_data_dir(), root / "data")
    (root / "notebooks").mkdir()
    monkeypatch.chdir(root / "notebooks")
    yield root
    use_data(None)


def test_shipped_data_is_complete():
    folder = packaged_data_dir()
    for name in ("manifest.csv", "gazetteer.csv", "concepts.csv", "lexicons", "articles"):
        assert (folder / name).exists(), name


def test_copy_in_use_is_found_from_the_working_directory(copy):
    assert data_dir() == (copy / "data").resolve()
    assert data_path("lexicons", "hedge.csv") == (copy / "data" / "lexicons" / "hedge.csv").resolve()


def test_outside_any_copy_the_shipped_data_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    assert data_dir() == packaged_data_dir()
    assert len(kit.load_articles()) == len(kit.load_articles(packaged_data_dir() / "manifest.csv"))


def test_a_word_list_edited_in_the_copy_takes_effect_without_a_restart(copy):
    text = "The plan was flibbertigibbet from the start."
    assert kit.annotate(text).empty
    hedge = copy / "data" / "lexicons" / "hedge.csv"
    with hedge.open("a", encoding="utf-8") as f:
        f.write('flibbertigibbet,,hedge,,a made-up word for this test,,test,\n')
    found = kit.annotate(text)
    assert found.term.tolist() == ["flibbertigibbet"]
    assert text[found.start.iloc[0]:found.end.iloc[0]] == "flibbertigibbet"


def test_gazetteer_and_concepts_edits_take_effect(copy):
    text = "The Riverton Courier reported it first, the Riverton Courier said."
    before = kit.naming(_one(text))
    assert "Riverton Courier" not in kit.citations(_one(text)).to_string()
    with (copy / "data" / "concepts.csv").open("a", encoding="utf-8") as f:
        f.write("Riverton paper,Riverton Courier,made up for this test,\n")
    after = kit.naming(_one(text))
    assert "Riverton paper" not in set(before["concept"])
    assert after.loc[after.concept == "Riverton paper", "count"].sum() == 2
    with (copy / "data" / "gazetteer.csv").open("a", encoding="utf-8") as f:
        f.write("Riverton Courier,media_outlet,,,,made up for this test\n")
    assert "Riverton Courier" in kit.citations(_one(text)).to_string()


def test_word_sets_edited_in_the_copy_take_effect_without_a_restart(copy):
    """A new title word in data/word_sets.csv is dropped from the speaker's name on the next call; the
    figures table reads the same file (a new figure hedge)."""
    text = "Harbourmaster Tom Lee said the port was shut. Umpteen 40 boats waited."
    assert kit.quotes(_one(text)).speaker.tolist() == ["Harbourmaster Tom Lee"]
    assert kit.figures(_one(text)).hedge.tolist() == [""]
    with (copy / "data" / "word_sets.csv").open("a", encoding="utf-8") as f:
        f.write("titles,harbourmaster\nfigure_hedges,umpteen\n")
    assert kit.quotes(_one(text)).speaker.tolist() == ["Tom Lee"]
    assert kit.sources(_one(text)).source.tolist() == ["Tom Lee"]
    assert kit.figures(_one(text)).hedge.str.lower().tolist() == ["umpteen"]


def _one(text):
    import pandas as pd

    return pd.DataFrame({"article_id": ["a"], "text": [text]})


def test_use_data_and_the_environment_variable_win_over_the_copy(copy, tmp_path, monkeypatch):
    other = tmp_path / "teacher-data"
    (other / "lexicons").mkdir(parents=True)
    shutil.copy(packaged_data_dir() / "lexicons" / "hedge.csv", other / "lexicons" / "hedge.csv")
    monkeypatch.setenv(DATA_ENV, str(other))
    assert data_dir() == other.resolve()
    # what the named folder lacks comes from the next place: the copy in use
    assert data_path("gazetteer.csv") == (copy / "data" / "gazetteer.csv").resolve()
    monkeypatch.delenv(DATA_ENV)
    assert use_data(other) == other.resolve() == data_dir()
    assert use_data(None) == (copy / "data").resolve()


def test_a_folder_without_data_gets_a_clear_error(tmp_path, monkeypatch):
    with pytest.raises(kit.KitError) as err:
        use_data(tmp_path)
    assert str(tmp_path) in str(err.value) and "How to fix" in str(err.value)
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    with pytest.raises(kit.KitError) as err:
        data_dir()
    assert DATA_ENV in str(err.value)


def test_nothing_is_written_into_the_data_folder(copy):
    before = {p: p.stat().st_mtime_ns for p in (copy / "data").rglob("*")}
    arts = kit.load_articles()
    kit.annotate(arts), kit.quotes(arts), kit.naming(arts)
    assert before == {p: p.stat().st_mtime_ns for p in (copy / "data").rglob("*")}
    assert not any(name.startswith(".") or name == "__pycache__" for name in os.listdir(copy / "data"))
