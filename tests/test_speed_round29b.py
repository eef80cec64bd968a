"""Round 29, r29spd2 (issue 25): work a cold ``kit.quotes`` did again at every call is done once.

- ``kit.described_subjects`` joins the word sets a described source may end in ("a spokesman for the Pentagon")
  once per version of data/word_sets.csv, not at every call; a teacher's edit still counts at the next call.
- ``kit.speaker_guess.earlier_described`` ("the spokesperson" after "A spokesperson for the Kremlin said") compiles
  its three patterns once per noun, not at every call.
- ``kit.names.Article.candidates`` answers a window asked again from the first time, and its key holds all the
  answer depends on: asked again after every rule has run, each window gives the same answer.

Every sentence is made up; each check is run on both sides (Pentagon/Washington/Kirby and Kremlin/Moscow/Peskov).
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

import kit
from kit.sourcing import checked_articles, prepare_articles
from kit.speaker_rules import article_quotes
from kit.wordsets import word_sets

SIDES = [("Pentagon", "Washington", "Kirby", "US"), ("Kremlin", "Moscow", "Peskov", "Russian")]


def _article(text):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "test"))[0]


def _spokesperson_text(body, place, spokesman, adj):
    return (f"A spokesperson for the {body} said on Monday in {place} that the {adj}-backed forces had left. "
            f"“It is over,” {spokesman} told reporters. The spokesperson said the talks would go on.")


def test_the_words_a_described_source_ends_in_are_joined_once_per_version_of_the_word_sets():
    from kit.described_subjects import source_nouns

    sets = word_sets()
    joined = source_nouns(sets)
    assert source_nouns(sets) is joined  # kept, not joined again
    for name in ("description_nouns", "anonymous_words", "titles", "message_nouns", "org_words"):
        assert getattr(sets, name) <= joined, name


@pytest.mark.parametrize("side", SIDES)
def test_a_teachers_new_word_for_a_source_counts_at_the_next_call(own_data, side):
    body, place, _spokesman, _adj = side
    text = f"The talks ended in {place}. A flackmeister for the {body} said: “The plan is over.” Then he left."
    frame = pd.DataFrame({"article_id": ["a"], "text": [text]})
    assert kit.quotes(frame).speaker.tolist() == [body]  # an unknown noun: the body named after the colon rule
    with (own_data / "word_sets.csv").open("a", encoding="utf-8") as f:
        f.write("description_nouns,flackmeister\n")
    assert kit.quotes(frame).speaker.tolist() == [f"A flackmeister for the {body}"]


@pytest.mark.parametrize("side", SIDES)
def test_earlier_described_compiles_its_patterns_once_per_noun(side, monkeypatch):
    from kit.speaker_guess import earlier_described

    art = _article(_spokesperson_text(*side))
    article_quotes(art)
    pos = art.text.index("The spokesperson")
    first = earlier_described(art, "spokesperson", pos)
    compiled = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda *a, **k: compiled.append(a[0]) or real_compile(*a, **k))
    again = earlier_described(art, "spokesperson", pos)
    assert compiled == []  # nothing compiled the second time
    assert again == first
    assert (first["speaker"], first["described_as"]) == (side[0], f"A spokesperson for the {side[0]}")


def test_both_sides_get_the_same_rows():
    tables = []
    for body, place, spokesman, adj in SIDES:
        rows = article_quotes(_article(_spokesperson_text(body, place, spokesman, adj)))
        tables.append([(r["kind"], r["speaker"].replace(body, "B").replace(spokesman, "S"), r["speaker_method"],
                        r.get("note", "").replace(body, "B")) for r in rows])
    assert tables[0] == tables[1]
    assert tables[0][-1][:3] == ("indirect", "B", "description")  # "The spokesperson": the guess from the report
    assert "'A spokesperson for the B'" in tables[0][-1][3]


@pytest.mark.parametrize("side", SIDES)
def test_a_window_asked_again_gives_what_it_gives_after_every_rule_has_run(side):
    """The candidates of a window are kept per article under (start, end, lenient): nothing else they depend
    on changes once the article is built (the speakers the rules note, for one), so every window of a sentence
    asked after the rules have run gives what a new article gives."""
    text = _spokesperson_text(*side) + f" Officials in {side[1]} said {side[2]} was right."
    art = _article(text)
    article_quotes(art)  # the rules ask for their windows and note their speakers
    fresh = _article(text)  # nothing asked yet
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    windows = [(lo, hi, lenient) for _sid, lo, _e in art.sentences for hi in ends if hi > lo
               for lenient in (True, False)]
    assert len(windows) > 100
    assert [art.candidates(*w) for w in windows] == [fresh.candidates(*w) for w in windows]
    named = [c["speaker"] for c in art.candidates(0, len(text))]
    assert side[0] in named and side[2] in named
    first = art.candidates(0, len(text))
    first[0]["speaker"] = "changed by a caller"
    assert art.candidates(0, len(text))[0]["speaker"] != "changed by a caller"  # each caller gets a copy
