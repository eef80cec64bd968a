"""Round 26 (r26det2): the head of a body speaks for it. Made-up sentences, parallel actors (the Pentagon and the
Kremlin, a US and a Russian name, a council beside them); none from the corpora."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

FRAME = {"outlet": [""], "title": ["Test headline here"]}
BODIES = ["the Pentagon", "the Kremlin", "the council"]


def _rows(text: str) -> list[dict]:
    return kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text], **FRAME})).to_dict("records")


def _speakers(text: str) -> list[tuple[str, str, str]]:
    return [(text[r["speaker_start"]:r["speaker_end"]], r["speaker_type"], text[r["start"]:r["end"]])
            for r in _rows(text)]


@pytest.mark.parametrize("role", ["head", "deputy head", "spokesman", "chief"])
@pytest.mark.parametrize("body", BODIES)
def test_the_role_of_a_body_is_the_speaker(role, body):
    text = f"The {role} of {body} says the plan will fail."
    assert _speakers(text) == [(f"The {role} of {body}", "organisation", "the plan will fail")]


@pytest.mark.parametrize("body", BODIES)
def test_the_role_of_a_body_after_the_words(body):
    text = f"The plan will fail, the head of {body} said."
    assert _speakers(text) == [(f"the head of {body}", "organisation", "The plan will fail")]


@pytest.mark.parametrize("body", BODIES)
def test_according_to_the_role_of_a_body(body):
    text = f"According to the head of {body}, the plan will fail."
    assert _speakers(text) == [(f"the head of {body}", "organisation", "the plan will fail")]


@pytest.mark.parametrize("body, name", [("the Pentagon", "John Miller"), ("the Kremlin", "Ivan Petrov")])
def test_a_name_beside_the_role_is_still_the_speaker(body, name):
    text = f"The head of {body}, {name}, said the plan will fail."
    assert _speakers(text) == [(name, "named person", "the plan will fail")]


@pytest.mark.parametrize("body, speaker", [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")])
def test_the_body_alone_still_speaks(body, speaker):
    text = f"{body[0].upper()}{body[1:]} says the plan will fail."
    assert [r["speaker"] for r in _rows(text)] == [speaker]


@pytest.mark.parametrize("subject, speaker", [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin"),
                                              ("Washington", "US government"), ("Moscow", "Russian government")])
def test_a_report_in_a_clause_without_commas_ends_before_a_main_verb_in_the_present(subject, speaker):
    text = f"The plan {subject} says will cut costs needs a vote."
    assert [(r["speaker"], text[r["start"]:r["end"]]) for r in _rows(text)] == [(speaker, "will cut costs")]
    text = f"The plan {subject} says will cut taxes for workers needs a vote."
    assert [text[r["start"]:r["end"]] for r in _rows(text)] == ["will cut taxes for workers"]


@pytest.mark.parametrize("subject", ["the Pentagon", "the Kremlin"])
def test_no_main_verb_in_the_present_when_the_subject_is_plural_or_not_first(subject):
    # round 27 (r27spk): a plural subject's verb ("need", no -s) now ends the report too (tests/test_round27_spk_rows)
    text = f"The plans {subject} says will cut costs need a vote."
    assert [text[r["start"]:r["end"]] for r in _rows(text)] == ["will cut costs"]
    text = f"Lee backs a plan {subject} says will cut costs sharply."
    assert [text[r["start"]:r["end"]] for r in _rows(text)] == ["will cut costs sharply"]
