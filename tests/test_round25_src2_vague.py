"""Student 38 (lesson 06, findings #6): "Critics say …" was a vague source and "Critics slammed …" was not. A group of
the vague-source list ("critics", "officials", "experts", "sources": read from data/lexicons/vague_source.csv) is
vague whatever reporting word it takes. Made-up sentences, each with a mirror: a US side, a Russian side, a council."""

from __future__ import annotations

import pytest
from made_up import arts

import kit
from kit.sourcing import sources

SIDES = ["in Washington", "in Moscow", "on the city council"]


def _vague(text, **kw):
    spans = kit.annotate(text, **kw)
    spans = spans[spans.category == "vague_source"]
    for r in spans.itertuples():
        assert text[r.start:r.end] == r.text
    return spans


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("opening, group, term", [
    ("Critics slammed", "Critics", "critics say"), ("Officials slammed", "Officials", "officials say"),
    ("Experts warned", "Experts", "experts say"), ("Sources claimed", "Sources", "sources say"),
    ("Critics blasted", "Critics", "critics say"), ("Analysts have also noted", "Analysts", "analysts say"),
])
def test_a_vague_group_with_any_reporting_word_is_one_vague_source(side, opening, group, term):
    text = f"{opening} the plan {side} as a disaster."
    spans = _vague(text)
    assert spans[["text", "term", "rule"]].values.tolist() == [[opening, term, "vague-group"]]
    lex = kit.load_lexicon()
    why = str(kit.explain(spans.iloc[0]))  # explained as the listed phrase is, with its note
    assert "vague source" in why and lex.loc[lex.term == term, "note"].item() in why
    assert _vague(text, categories=["vague_source"]).text.tolist() == [opening]  # without the attribution category
    assert sources(arts(text)).source.tolist() == [group]  # named by the group, not "Critics slammed"


@pytest.mark.parametrize("who", ["US officials", "Russian officials", "Council officials"])
def test_both_sides_groups_are_named_alike(who):
    text = f"{who} have also slammed the plan."
    assert _vague(text).text.tolist() == ["officials have also slammed"]
    assert sources(arts(text))[["source", "role"]].values.tolist() == [[who, "vague"]]


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("sentence", [
    "Officials will meet {side} on Monday.",  # no reporting word
    "Officials plan to build a road {side}.",  # a plan is not words said
    "Officials did not comment {side}.",  # negated
    "Officials declined to comment {side}.",  # a refusal gives no words
    "Critics claimed responsibility {side}.",  # a context rule: not a report of words
])
def test_no_reporting_word_no_vague_group(side, sentence):
    text = "Critics slammed the vote. " + sentence.format(side=side)
    assert _vague(text).text.tolist() == ["Critics slammed"]  # the first sentence only


def test_a_listed_phrase_keeps_its_own_span():
    text = "Critics say the plan failed. Some experts warned of a flood. Experts warned of a flood."
    assert _vague(text)[["text", "rule"]].values.tolist() == [["Critics say", "word-list"],
                                                              ["Some experts", "word-list"],
                                                              ["Experts warned", "vague-group"]]


def test_the_groups_come_from_the_word_list(tmp_path):
    lex = kit.load_lexicon()
    lex = lex[~lex.term.isin(["critics say", "some critics"])]
    assert _vague("Critics slammed the plan.", lexicon=lex).empty
    assert _vague("Officials slammed the plan.", lexicon=lex).text.tolist() == ["Officials slammed"]
