"""Round 24 (r24det3): a characterisation reported with a naming verb ("X called Y Z", "X slammed Y as Z", "what X
called Z") is X's words, not the writer's (kit.naming_reports). Made-up sentences, parallel actors."""

from __future__ import annotations

import pandas as pd
import pytest

import kit


def _frame(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})


def row_of(text: str, words: str) -> dict:
    q = kit.quotes(_frame(text))
    hits = [r for r in q.to_dict("records") if r["quote"] == words]
    assert len(hits) == 1, q[["quote", "kind", "speaker"]]
    return hits[0]


MIRRORS = [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin"), ("Washington", "US government"),
           ("Moscow", "Russian government"), ("critics", "critics"), ("supporters", "supporters")]


@pytest.mark.parametrize("actor, speaker", MIRRORS)
@pytest.mark.parametrize("pattern, words", [
    ("{a} called the vote reckless.", "reckless"),
    ("{a} slammed the plan as a disastrous attack on farmers.", "a disastrous attack on farmers"),
    ("The council passed the ban, a decision {a} slammed as a disastrous attack.", "a disastrous attack"),
    ("{a} described the report as a lie.", "a lie"),
    ("{a} branded the new treaty a dangerous trap.", "a dangerous trap"),
    ("The council rejected what {a} called a brutal plan.", "a brutal plan"),
])
def test_the_naming_verbs_subject_says_the_words(actor, speaker, pattern, words):
    text = pattern.format(a=actor[:1].upper() + actor[1:] if pattern.startswith("{a}") else actor)
    row = row_of(text, words)
    assert (row["kind"], row["speaker"].lower()) == ("indirect", speaker.lower())
    assert text[row["start"]:row["end"]] == words
    assert row["cue_tone"] == kit.lexicons.attribution_tone(row["cue"])


@pytest.mark.parametrize("who", ["Tom Reed, a US official,", "Ivan Petrov, a Russian official,"])
def test_an_official_calling_a_vote_reckless(who):
    text = f"{who} called the vote reckless."
    assert row_of(text, "reckless")["speaker"] == who.split(",")[0]


@pytest.mark.parametrize("group", ["a local parents group", "a local farmers union"])
def test_an_earlier_report_ends_before_the_naming_clause(group):
    text = f"Some experts say phones can help, and {group} called the vote reckless."
    q = kit.quotes(_frame(text))
    said = dict(zip(q["quote"], q["speaker"]))
    assert said == {"phones can help": "Some experts", "reckless": group}


@pytest.mark.parametrize("actor", ["The Pentagon", "The Kremlin"])
def test_the_words_are_not_the_writers_in_the_counts(actor):
    text = f"{actor} called the vote reckless. The vote was held on Monday."
    spans = kit.annotate(text, speakers=True)
    reckless = spans[spans["text"] == "reckless"]
    assert reckless[["voice", "speaker"]].values.tolist() == [["quoted", actor.split()[-1]]]
    p = kit.profile(text)
    assert p.loc[0, "loaded_language"] == 0
    assert p.loc[0, "quoted_loaded_language_per_1k"] > 0


@pytest.mark.parametrize("text", [
    "He called for calm after the vote.", "She said it as she left the hall.", "They live in a town called Hope.",
    "The mayor called the meeting to order.", "Lee called the police on Monday.",
])
def test_no_naming_report_where_nothing_is_named(text):
    q = kit.quotes(_frame(text))
    assert not any(q["note"].str.contains("characterisation", regex=False)), q[["quote", "note"]]


@pytest.mark.parametrize("actor", ["The Pentagon", "The Kremlin"])
def test_a_clause_before_as_claimed_names_nothing(actor):
    text = f"{actor} blasted the coalition, saying it’s not fighting the militants as claimed."
    q = kit.quotes(_frame(text))
    assert "claimed" not in set(q["quote"]), q[["quote", "speaker"]]
    assert not any(q["note"].str.contains("characterisation", regex=False))


@pytest.mark.parametrize("text", [
    "The Pentagon spokesman said as the crowd booed.", "The Kremlin spokesman said as the crowd booed.",
    "A spokesman for the Pentagon said as reporters left.", "A spokesman for the Kremlin said as reporters left.",
    "Critics attacked the plan as the roll call was held.",
])
def test_as_that_opens_a_clause_names_nothing(text):
    q = kit.quotes(_frame(text))
    assert not any(q["note"].str.contains("characterisation", regex=False)), q[["quote", "note"]]


@pytest.mark.parametrize("text", [
    "A group called Our Future is ramping up its work.", "Ann Lee, who called Tom Reed shortly after the vote, left.",
    "Radio Metro was calling the count for Lee less than a minute after the polls shut.",
])
def test_naming_verb_without_a_name_given(text):
    q = kit.quotes(_frame(text))
    assert not any(q["note"].str.contains("characterisation", regex=False)), q[["quote", "note"]]
