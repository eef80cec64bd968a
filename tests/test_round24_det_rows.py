"""Round 24 speaker rows (issue 22, r24det), each with made-up sentences and parallel actors (none from the corpora)."""

from __future__ import annotations

import pandas as pd
import pytest

import kit


def _frame(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})


def rows(text: str) -> list[tuple]:
    return [(r.quote, r.speaker, r.kind) for r in kit.quotes(_frame(text)).itertuples()]


def source_names(text: str) -> list[str]:
    return kit.sources(_frame(text))["source"].tolist()


# ---------------------------------------------------------------- 1. "…, X said, citing officials."

@pytest.mark.parametrize("text, who", [
    ("The convoy left Raqqa, the Pentagon said, citing officials.", "Pentagon"),
    ("The convoy left Raqqa, the Kremlin said, citing officials.", "Kremlin"),
    ("The convoy left Raqqa, the Kremlin said, citing sources.", "Kremlin"),
    ("The convoy left Raqqa, Washington said on Monday, quoting a report by its envoy.", "US government"),
    ("The convoy left Raqqa, Moscow said on Monday, quoting a report by its envoy.", "Russian government"),
    ("The convoy left Raqqa, a US official said, citing intelligence reports.", "a US official"),
    ("The convoy left Raqqa, a Russian official said, citing intelligence reports.", "a Russian official"),
])
def test_a_report_that_ends_in_a_source_it_cites_reports_the_clause_before(text, who):
    assert rows(text) == [("The convoy left Raqqa", who, "indirect")]
    assert who in source_names(text)


def test_citing_reads_as_the_same_sentence_without_it():
    for actor in ("the Pentagon", "the Kremlin"):
        plain = rows(f"The convoy left Raqqa, {actor} said.")
        assert rows(f"The convoy left Raqqa, {actor} said, citing officials.") == plain


def test_a_verb_of_citing_alone_reports_no_words():
    assert rows("Lee closed the road, citing safety.") == []


# ---------------------------------------------------------------- 2. "Neither … nor … said"

@pytest.mark.parametrize("text", [
    "Neither the Kremlin nor the Pentagon said the base was closed.",
    "Neither the Pentagon nor the Kremlin said the base was closed.",
    "Neither Moscow nor Washington has said the base was closed.",
    "Neither Washington nor Moscow has said the base was closed.",
    "But neither a US official nor a Russian official would say the base was closed.",
])
def test_a_report_denied_to_every_party_credits_none_of_them(text):
    assert rows(text) == []
    assert source_names(text) == []  # as "The Kremlin did not say …": no party is a source of the words


@pytest.mark.parametrize("text, who", [
    ("Neither side won, and the Pentagon said the base was closed.", "Pentagon"),
    ("Neither side won, and the Kremlin said the base was closed.", "Kremlin"),
])
def test_neither_in_an_earlier_clause_does_not_silence_a_later_report(text, who):
    assert rows(text) == [("the base was closed", who, "indirect")]


@pytest.mark.parametrize("actor, name", [("the Kremlin", "Kremlin"), ("the Pentagon", "Pentagon")])
def test_a_report_that_neither_party_did_something_is_the_reporters(actor, name):
    text = f"Lee said neither {actor} nor the council had closed the base."
    assert rows(text) == [(f"neither {actor} nor the council had closed the base", "Lee", "indirect")]


# ---------------------------------------------------------------- 3. the writer's vote count after a relative clause

@pytest.mark.parametrize("actor, name", [
    ("the council", "the council"), ("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin"),
    ("a US official", "a US official"), ("a Russian official", "a Russian official"),
])
def test_a_report_in_a_relative_clause_whose_pronoun_is_its_subject_ends_with_the_clause(actor, name):
    text = f"The plan, which {actor} says will save about 2 million dollars a year, passed by six votes to three."
    assert rows(text) == [("will save about 2 million dollars a year", name, "indirect")]


@pytest.mark.parametrize("actor, name", [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")])
def test_a_vote_count_the_writer_reports_after_the_clause_is_the_writers(actor, name):
    text = f"The plan, which {actor} says will save about 2 million dollars a year, passed by six votes to three."
    figs = kit.figures(_frame(text)).set_index("number")["attribution"].to_dict()
    assert figs == {"2 million": name, "six": "", "three": ""}


@pytest.mark.parametrize("text, words, who", [
    ("The council, which said the plan would cost 4 million dollars, closed 3 parks.",
     "the plan would cost 4 million dollars", "council"),
    ("Lee said the plan passed by six votes to three.", "the plan passed by six votes to three", "Lee"),
])
def test_a_report_that_holds_the_count_keeps_it(text, words, who):
    found = rows(text)
    assert [q for q, _s, _k in found] == [words]
    assert who in found[0][1]


def test_which_the_pentagon_says_credits_the_pentagon_as_which_the_kremlin_says():
    # the gazetteer's span of "the Kremlin" holds its "the", that of "Pentagon" does not: the rows must still agree
    for actor, name in (("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")):
        text = f"The base, which {actor} says will cost 4 million dollars, opened on Monday."
        assert rows(text) == [("will cost 4 million dollars", name, "indirect")]


@pytest.mark.parametrize("actor, name", [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")])
def test_a_reported_verb_whose_subject_is_which_is_a_report(actor, name):
    text = f"The list, which {actor} says includes 2,000 soldiers across the region, is another problem."
    assert rows(text) == [("includes 2,000 soldiers across the region", name, "indirect")]


@pytest.mark.parametrize("actor, name", [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")])
def test_a_relative_clause_that_closes_the_sentence_keeps_its_words(actor, name):
    # no main verb follows the clause: "disenfranchised" is part of what was said
    text = f"Lee has blasted the system, which {actor} said leaves voters, especially the poor, disenfranchised."
    assert rows(text) == [("leaves voters, especially the poor, disenfranchised", name, "indirect")]
