"""Round 24 (r24det2): quoted words inside someone's claim, warning or statement are the owner's words
(kit.owned_reports). Made-up sentences, parallel actors (none from the corpora)."""

from __future__ import annotations

import pandas as pd
import pytest

import kit


def _frame(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})


def quoted(text: str, words: str) -> dict:
    """The kit.quotes row of the quotation that holds ``words``."""
    q = kit.quotes(_frame(text))
    hits = [r for r in q.to_dict("records") if words in r["quote"]]
    assert len(hits) == 1, q[["quote", "kind", "speaker"]]
    return hits[0]


@pytest.mark.parametrize("text, who", [
    ("Ann Lee mocked the Pentagon’s claim that the base was “closed for good.”", "Pentagon"),
    ("Ann Lee mocked the Kremlin’s claim that the base was “closed for good.”", "Kremlin"),
    ("Reporters questioned Washington’s statement on Monday that the talks had been “very productive.”",
     "US government"),
    ("Reporters questioned Moscow’s statement on Monday that the talks had been “very productive.”",
     "Russian government"),
])
def test_the_owner_of_a_claim_says_the_words_inside_it(text, who):
    row = quoted(text, "closed" if "closed" in text else "productive")
    assert (row["speaker"], row["speaker_method"]) == (who, "report-owner")
    assert row["kind"] == "partial"
    assert text[row["speaker_start"]:row["speaker_end"]] in text  # the span is the owner's name in the sentence


@pytest.mark.parametrize("actor", ["the Pentagon", "the Kremlin"])
def test_a_single_word_in_a_claim_is_the_owners_not_a_scare_quote(actor):
    text = f"Observers doubted {actor}’s recent claim that “thousands” had left the city."
    row = quoted(text, "thousands")
    assert row["kind"] == "partial"
    assert row["speaker"] == actor.split()[-1]


@pytest.mark.parametrize("name, role", [("Tom Reed", "a US official"), ("Ivan Petrov", "a Russian official")])
def test_a_possessive_pronoun_owner_is_linked_like_the_pronoun(name, role):
    text = f"{name}, {role}, spoke on Monday. Critics seized on his warning that the deal was “a trap for everyone.”"
    row = quoted(text, "a trap")
    assert row["speaker"] == name
    assert row["speaker_text"] == "his"
    assert row["speaker_guess"]


@pytest.mark.parametrize("actor", ["The Pentagon", "The Kremlin"])
def test_its_claim_after_a_named_subject_names_the_subject(actor):
    text = f"{actor} repeated its claim that the base was “closed for good.”"
    row = quoted(text, "closed")
    assert row["speaker_text"] == actor.split()[-1]


@pytest.mark.parametrize("actor", ["the Pentagon", "the Kremlin"])
def test_the_verb_of_a_claim_that_is_a_subject_is_the_reporters(actor):
    # the claim is the subject of what Lee said: "is “simply not true”" is Lee's verdict, not the claim's words
    text = f"Ann Lee said that {actor}’s claim that the base is closed is “simply not true.”"
    row = quoted(text, "simply")
    assert row["speaker"] == "Ann Lee"


@pytest.mark.parametrize("actor", ["the Pentagon", "the Kremlin"])
def test_what_a_claim_was_called_is_not_the_claims_words(actor):
    text = f"Ann Lee recalled a remark describing {actor}’s statement that it opposed the war as “a fairy tale.”"
    row = quoted(text, "fairy")
    assert row["speaker"] != actor.split()[-1]


@pytest.mark.parametrize("name", ["Tom Reed", "Ivan Petrov"])
def test_a_name_before_a_verb_owns_no_later_claim(name):
    # "Reed's spokeswoman challenged the claim": the claim has no owner; it is not Reed's
    text = f"{name}’s spokeswoman challenged the claim that {name.split()[-1]} had ever “attacked” the plan."
    row = quoted(text, "attacked")
    assert row["speaker"] != name


@pytest.mark.parametrize("actor", ["the Pentagon", "the Kremlin"])
def test_a_report_inside_the_claim_names_its_own_speaker(actor):
    text = f"Ann Lee doubted {actor}’s claim that Tom Roe said the base was “closed for good.”"
    row = quoted(text, "closed")
    assert row["speaker"] != actor.split()[-1]


def test_the_owner_reads_alike_for_parallel_actors():
    texts = [f"Ann Lee mocked {a}’s claim that the base was “closed for good.”" for a in
             ("the Pentagon", "the Kremlin", "Washington", "Moscow")]
    methods = [quoted(t, "closed")["speaker_method"] for t in texts]
    assert methods == ["report-owner"] * 4
