"""Round 25 (r25det): the passive characterisation ("… was branded a failure by the Kremlin"), ", citing
officials," between a report and its words, a capital as the reporter inside "which" ("which Washington says"),
and one list of naming and describing verbs. Made-up sentences, parallel actors (none from the corpora)."""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.clause_subjects import cited_aside_end, government_before_verb, name_in_relative_clause
from kit.naming_reports import names_or_describes, naming_reports
from kit.sourcing import checked_articles, prepare_articles

US_RU = [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")]
CAPITALS = [("Washington", "US government"), ("Moscow", "Russian government")]


def _rows(text: str) -> list[dict]:
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    return q.to_dict("records")


def _article(text: str):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "example"))[0]


@pytest.mark.parametrize("actor, who", US_RU + CAPITALS + [("a US official", "a US official"),
                                                          ("a Russian official", "a Russian official")])
@pytest.mark.parametrize("verb, words", [("branded", "a failure"), ("called", "a dangerous trap"),
                                         ("described as", "a disaster"), ("hailed as", "a fresh start")])
def test_a_characterisation_in_the_passive_is_the_agents(actor, who, verb, words):
    text = f"The new border plan was {verb} {words} by {actor} on Monday."
    rows = [r for r in _rows(text) if r["quote"] == words]
    assert len(rows) == 1, _rows(text)
    row = rows[0]
    assert (row["speaker"], row["kind"]) == (who, "indirect")
    assert text[row["start"]:row["end"]] == words
    assert text[row["speaker_start"]:row["speaker_end"]] in (actor, actor.removeprefix("the "))


@pytest.mark.parametrize("text", ["The plan was branded a failure.", "The meeting was called by the mayor.",
                                  "It was called the best plan by far.",
                                  "The city was called Hope by its founders in 1850."])
def test_no_characterisation_without_someone_after_by(text):
    assert [r for r in _rows(text) if r["kind"] == "indirect"] == []


@pytest.mark.parametrize("actor, who", US_RU + CAPITALS)
@pytest.mark.parametrize("joint", ["that ", ""])
@pytest.mark.parametrize("aside", ["citing officials", "quoting a senior general"])
def test_citing_between_the_report_and_its_words_is_not_what_was_said(actor, who, joint, aside):
    text = f"{actor[0].upper()}{actor[1:]} said, {aside}, {joint}the convoy left the base at night."
    rows = _rows(text)
    assert [(r["quote"], r["speaker"]) for r in rows] == [("the convoy left the base at night", who)]


def test_cited_aside_end_reads_only_citing_or_quoting():
    t = "The Pentagon said, quoting a general, that it left."
    assert t[cited_aside_end(t, t.index(","), len(t)):] == "that it left."
    assert cited_aside_end("Lee said, in the end, it left.", 8, 30) == 8


@pytest.mark.parametrize("actor, who", CAPITALS + [("Russia", "Russian government"), ("the US", "US government"),
                                                   ("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")])
@pytest.mark.parametrize("frame", ["The plan, which {a} says will cut costs, passed on Monday.",
                                   "Troops left what {a} says are rebel areas."])
def test_a_capital_is_the_reporter_inside_which_and_what(actor, who, frame):
    text = frame.format(a=actor)
    rows = _rows(text)
    assert len(rows) == 1, rows
    assert rows[0]["speaker"] == who
    assert text[rows[0]["speaker_start"]:rows[0]["speaker_end"]] in (actor, actor.removeprefix("the "))


@pytest.mark.parametrize("name", ["US", "Russian"])
def test_a_noun_for_words_after_a_country_word_is_no_verb(name):
    text = f"The plan, which {name} claims were false, passed."
    art = _article(text)
    assert government_before_verb(art, text.index(name), text.index(" claims")) is None


@pytest.mark.parametrize("verb", ["called", "described as", "portrayed as", "characterized as", "dubbed"])
@pytest.mark.parametrize("name", ["Sroka", "Ivanov"])
def test_a_name_after_what_is_the_subject_of_any_naming_or_describing_verb(verb, name):
    text = f"It would be what {name} {verb} a lazy plan."
    art = _article(text)
    found = name_in_relative_clause(art, 0, text.index(f" {verb.split()[0]}"))
    assert found is not None and found["text"] == name


def test_the_naming_verbs_come_from_the_attribution_word_list():
    assert all(names_or_describes(w) for w in ("called", "dubbed", "branded", "described", "depicted"))
    assert not any(names_or_describes(w) for w in ("said", "claimed", "labelled", "termed"))
    t = "The plan was slammed as a disaster by critics."
    assert [t[s:e] for _cs, _ce, s, e in naming_reports(t)] == ["a disaster"]


@pytest.mark.parametrize("name", ["the U.S.", "the Russian"])
def test_a_country_word_before_a_noun_reports_nothing(name):
    text = f"When it came to {name} pledge, however, Lee made no effort to cut the tax, which he favors."
    assert _rows(text) == []


@pytest.mark.parametrize("official", ["A senior US official", "A senior Russian official"])
@pytest.mark.parametrize("pronoun, joint", [("He", "that "), ("She", ""), ("He", ", however, that ")])
def test_the_same_pronoun_inside_its_own_report_credits_the_outer_report(official, pronoun, joint):
    words = "talks will resume soon"
    said = f"{pronoun} said{joint if joint.startswith(',') else ' ' + joint}"
    text = f"{official} spoke on Monday. {said}{pronoun.lower()} hopes “{words}” after the vote."
    rows = [r for r in _rows(text) if r["quote"] == words]
    assert len(rows) == 1, _rows(text)
    row = rows[0]
    assert row["cue"] == "said"
    assert text[row["speaker_start"]:row["speaker_end"]] == pronoun
