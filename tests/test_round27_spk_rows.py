"""Round 27 (r27spk): speaker rows and the words they report. Made-up sentences, parallel actors (a US and a
Russian official, the Pentagon and the Kremlin, Washington and Moscow); none from the corpora."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

FRAME = {"outlet": [""], "title": ["Test headline here"]}


def _rows(text: str) -> list[dict]:
    return kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text], **FRAME})).to_dict("records")


def _words(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_text"], text[r["start"]:r["end"]]) for r in _rows(text)]


@pytest.mark.parametrize("speaker", ["the head of the Kremlin", "the head of the Pentagon",
                                     "Secretary of State John Kerry", "Foreign Minister Sergei Lavrov"])
def test_a_speaker_after_said_is_no_part_of_the_words(speaker):
    text = f"The talks are over, said {speaker}."
    assert _words(text) == [(speaker, "The talks are over")]


@pytest.mark.parametrize("body", ["the Kremlin", "the Pentagon", "Moscow", "Washington"])
@pytest.mark.parametrize("role", ["a spokesman for", "an official at"])
def test_a_role_before_the_body_after_said_is_no_part_of_the_words(role, body):
    text = f"The talks are over, said {role} {body}."
    rows = _rows(text)
    assert [text[r["start"]:r["end"]] for r in rows] == ["The talks are over"]
    assert body in rows[0]["speaker_text"]


@pytest.mark.parametrize("opening, who", [("After the vote, said Lee", "Lee"),
                                          ("After the vote, said the head of the Kremlin", "the head of the Kremlin"),
                                          ("After the vote, said the head of the Pentagon", "the head of the Pentagon")])
def test_an_opening_phrase_before_said_is_not_what_was_said(opening, who):
    text = f"{opening}, the talks were over."
    assert all(text[r["start"]:r["end"]] != opening for r in _rows(text))


@pytest.mark.parametrize("body, place", [("the Pentagon", "Moscow"), ("the Kremlin", "Washington")])
def test_a_verb_in_s_before_a_number_is_a_clause(body, place):
    text = f"Lee said {body} employs 300 people in {place}."
    assert _words(text) == [("Lee", f"{body} employs 300 people in {place}")]


@pytest.mark.parametrize("body", ["Kremlin", "Pentagon"])
def test_a_pronoun_reports_what_a_site_costs(body):
    text = f"A {body} spokesperson spoke on Monday. She said the site costs $100."
    assert _words(text)[-1] == ("She", "the site costs $100")


@pytest.mark.parametrize("speaker", ["A US official", "A Russian official"])
def test_a_plural_noun_before_a_number_is_no_verb(speaker):
    assert _rows(f"{speaker} criticized the talks 20 times.") == []


@pytest.mark.parametrize("name, body", [("Mr. Miller", "the Pentagon"), ("Mr. Petrov", "the Kremlin")])
def test_two_apostrophes_after_a_comma_and_a_space_close_the_quotation(name, body):
    text = f"''The plan will work, '' said {name}, who now works for {body}. ''He sees it.''"
    rows = _rows(text)
    assert [(r["speaker_text"], r["kind"]) for r in rows] == [(name, "direct"), (name, "direct")]
    assert text[rows[0]["start"]:rows[0]["end"]].startswith("The plan will work,")
    assert "said" not in rows[0]["quote"]


def test_two_apostrophes_alone_between_words_are_no_mark():
    kinds = {r["kind"] for r in _rows("Lee read '' and '' twice in the Pentagon and Kremlin notes.")}
    assert not kinds & {"direct", "partial", "term", "scare", "title"}


@pytest.mark.parametrize("body, place", [("the Kremlin", "Moscow"), ("the Pentagon", "Washington")])
def test_a_name_after_of_opening_the_sentence_is_the_topic_not_the_speaker(body, place):
    text = f'Of {body}, Lee, who has worked in {place}, said, "It is scary."'
    assert _words(text) == [("Lee", "It is scary.")]


@pytest.mark.parametrize("body", ["the Kremlin", "the Pentagon", "Moscow", "Washington"])
@pytest.mark.parametrize("verb", ["said", "reported"])
def test_a_phrase_with_a_preposition_after_a_quotation_is_not_the_speaker(body, verb):
    text = f'"This will be a challenge" for {body}, {verb} Lee.'
    assert _words(text) == [("Lee", "This will be a challenge")]


@pytest.mark.parametrize("body", ["the Kremlin", "the Pentagon"])
def test_a_verb_that_does_not_turn_round_keeps_its_subject(body):
    text = f'His speech, in which he praised the "fine work" with {body}, cited the report.'
    assert all(r["speaker_text"] != "the report" for r in _rows(text))


@pytest.mark.parametrize("body", ["the Kremlin", "the Pentagon", "Moscow", "Washington"])
def test_a_report_inside_a_clause_ends_before_a_plural_subjects_verb(body):
    text = f"The plans {body} says will cut costs need a vote."
    assert _words(text) == [(body, "will cut costs")]


@pytest.mark.parametrize("body", ["the Kremlin", "the Pentagon"])
def test_a_preposition_after_the_reported_object_is_no_verb(body):
    text = f"The plans {body} says will cut jobs across the state need a vote."
    assert [w for _, w in _words(text)] != ["will cut jobs"]
