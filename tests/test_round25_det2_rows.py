"""Round 25 (r25det2): one unnamed spokesperson is one source ("A spokesperson for the company said …", then "the
spokesperson said …"), and a plural word for words after names ("Russian claims were false") is a noun, alike for
every actor. Made-up sentences, parallel actors (none from the corpora)."""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.relative_clauses import gap_report_end
from kit.sourcing import checked_articles, prepare_articles
from kit.speaker_guess import earlier_described
from kit.speakers import report_noun_subject

FRAME = {"outlet": [""], "title": [""]}


def _frame(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "text": [text], **FRAME})


def _rows(text: str) -> list[dict]:
    return kit.quotes(_frame(text)).to_dict("records")


def _article(text: str):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "example"))[0]


@pytest.mark.parametrize("body", ["the company", "the council", "the Pentagon", "the Kremlin"])
@pytest.mark.parametrize("noun", ["spokesperson", "spokesman"])
def test_the_spokesperson_is_the_spokesperson_for_the_body_named_before(body, noun):
    text = (f"A {noun} for {body} told reporters that the site was safe. "
            f"“We want to be good neighbours,” the {noun} said.")
    rows = _rows(text)
    assert len(rows) == 2, rows
    first, second = rows
    assert second["speaker"] == first["speaker"], rows
    assert second["note"].count("guess") and text[second["speaker_start"]:second["speaker_end"]] == f"the {noun}"
    sources = kit.sources(_frame(text))
    assert sources["n_quotes"].tolist() == [2], sources


@pytest.mark.parametrize("first, second", [("the Pentagon", "the Kremlin"), ("the Kremlin", "the Pentagon"),
                                           ("the company", "the council"), ("the council", "the company")])
def test_two_spokesmen_for_two_bodies_stay_two_and_the_spokesman_is_the_latest(first, second):
    text = (f"A spokesman for {first} said the strike hit a depot. A spokesman for {second} said the claim was "
            "false. The spokesman said the depot was empty.")
    rows = _rows(text)
    assert [r["quote"] for r in rows] == ["the strike hit a depot", "the claim was false", "the depot was empty"]
    assert rows[0]["speaker"] != rows[1]["speaker"], rows
    assert rows[2]["speaker"] == rows[1]["speaker"], rows


@pytest.mark.parametrize("first, second", [("the Pentagon", "the Kremlin"), ("the Kremlin", "the Pentagon")])
def test_the_spokesman_for_another_body_is_not_the_first(first, second):
    text = f"A spokesman for {first} said the strike hit a depot. The spokesman for {second} said it was false."
    rows = _rows(text)
    assert len(rows) == 2 and rows[0]["speaker"] != rows[1]["speaker"], rows
    assert not rows[1]["note"].count("guess"), rows


@pytest.mark.parametrize("text", ["The spokesperson said the site was safe.",
                                  "Ann Lee arrived. The spokesperson said the site was safe."])
def test_no_earlier_spokesperson_for_someone_no_guess(text):
    row = _rows(text)[-1]
    assert (row["speaker"], row["guess"] if "guess" in row else False) == ("The spokesperson", False), row
    assert "guess" not in row["note"], row


# round 26 (r26src2): a spokesperson named by the body before the noun ("A Kremlin spokesperson") is joined as "a
# spokesperson for" one is: the later "The spokesperson" is a guess at the same body, on both sides alike
@pytest.mark.parametrize("body", ["Kremlin", "Pentagon"])
def test_a_body_before_the_noun_is_joined_as_a_guess(body):
    row = _rows(f"A {body} spokesperson said the site was safe. The spokesperson said it was empty.")[-1]
    assert body in str(row["speaker"]) and "guess" in row["note"], row


def test_earlier_described_reads_only_reports_before():
    t = "A spokesperson for the council said it was safe. The spokesperson said so."
    art = _article(t)
    found = earlier_described(art, "spokesperson", t.index("The spokesperson"))
    assert (found["speaker"], found["described_as"]) == ("A spokesperson for the council",) * 2
    assert earlier_described(art, "spokesperson", t.index("said")) is None
    assert earlier_described(art, "aide", t.index("The spokesperson")) is None


@pytest.mark.parametrize("actor", ["US", "Russian", "American", "Pentagon", "Kremlin", "Washington", "Moscow",
                                   "The Pentagon", "The Kremlin"])
@pytest.mark.parametrize("noun", ["claims", "reports", "statements"])
def test_a_plural_word_for_words_after_a_name_is_a_noun(actor, noun):
    text = f"{actor} {noun} were false, Lee said."
    rows = _rows(text)
    assert [(r["quote"], r["speaker"]) for r in rows] == [(f"{actor} {noun} were false", "Lee")], rows


@pytest.mark.parametrize("actor, who", [("The Pentagon", "Pentagon"), ("The Kremlin", "Kremlin")])
def test_claims_as_a_verb_still_reports(actor, who):
    text = f"{actor} claims the towns were hit."
    rows = _rows(text)
    assert [(r["quote"], r["speaker"]) for r in rows] == [("the towns were hit", who)], rows


def test_report_noun_subject_needs_names_only_before():
    t = "The towns the Pentagon claims were hit are calm."
    art = _article(t)
    cue = next(c for c in art.cues if t[c[0]:c[1]] == "claims")
    assert not report_noun_subject(art, cue, 0)
    t = "Pentagon claims were false."
    art = _article(t)
    assert report_noun_subject(art, art.cues[0], 0)


@pytest.mark.parametrize("actor, who", [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")])
@pytest.mark.parametrize("that", ["", "that "])
@pytest.mark.parametrize("words, rest", [("was hit", "is calm"), ("will cut costs", "was passed")])
def test_a_report_in_a_clause_with_no_commas_ends_before_the_main_verb(actor, who, that, words, rest):
    text = f"The town {that}{actor} says {words} {rest}."
    rows = _rows(text)
    assert [(r["quote"], r["speaker"]) for r in rows] == [(words, who)], rows
    row = rows[0]
    assert text[row["start"]:row["end"]] == words and text[row["speaker_start"]:row["speaker_end"]] == actor


def test_gap_report_end_goes_on_over_a_new_subject():
    t = "The plan the Kremlin says will prove it is safe passed."
    art = _article(t)
    assert gap_report_end(art, t.index("will"), len(t) - 1) == len(t) - 1
    t = "The Pentagon says the town was hit."
    art = _article(t)
    assert gap_report_end(art, t.index("the town"), len(t) - 1) == len(t) - 1
