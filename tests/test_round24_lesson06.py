"""Round 24 (r24ex2): lesson 06's file loading (teacher 43). After a load that stops (a bad MY_FILE), the cells below
say that no article is loaded and what to fix: they never show the article loaded before, whichever it was (the one
accusing the US, or the one about Russia charging the Pentagon).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kit
from kit.errors import ArticleError

CELLS = {c.get("id"): "".join(c["source"]) for c in json.loads(
    Path(__file__).parents[1].joinpath("instructor", "06-capstone.ipynb").read_text())["cells"]}
AFTER = ["06-04", "06-06", "06-08", "06-10"]  # the cells that show the loaded article


def loading_cell(text: str, file: str) -> str:
    """Cell 06-03 as a student edits it: pasted text, or a file name."""
    lines = []
    for line in CELLS["06-03"].splitlines():
        if line.startswith("MY_TEXT = "):
            line = f"MY_TEXT = {text!r}"
        elif line.startswith("MY_FILE = "):
            line = f"MY_FILE = {file!r}"
        lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("article_id", ["us-rescue-of-isis-in-raqqa", "russia-charges-pentagon"])
def test_after_a_failed_load_no_cell_shows_the_article_loaded_before(article_id, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    articles = kit.load_articles()
    text = articles.loc[articles.article_id == article_id, "text"].item()
    namespace: dict = {}
    exec(CELLS["06-01"], namespace)
    exec(loading_cell(text, ""), namespace)  # a good load first: the pasted article
    exec(CELLS["06-04"], namespace)
    assert namespace["mine"]["text"].item() == text
    with pytest.raises(ArticleError, match="no file called 'no-such-file.txt'"):
        exec(loading_cell(text, "no-such-file.txt"), namespace)  # then a bad MY_FILE: the cell stops
    namespace["ARTICLE"] = 0
    for cell in AFTER:
        with pytest.raises(ArticleError) as error:
            exec(CELLS[cell], namespace)
        said = str(error.value)
        assert "no article is loaded" in said and "fix MY_FILE" in said, (cell, said)
        assert article_id not in said
    capsys.readouterr()


def test_a_good_load_after_a_failed_one_is_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.txt").write_text("The council met on Monday and the mayor said the bridge would reopen. " * 5)
    namespace: dict = {}
    exec(CELLS["06-01"], namespace)
    with pytest.raises(ArticleError):
        exec(loading_cell("PASTE YOUR ARTICLE HERE ", "mine.text"), namespace)
    exec(loading_cell("PASTE YOUR ARTICLE HERE ", "mine.txt"), namespace)
    assert "council met" in namespace["mine"]["text"].item()
