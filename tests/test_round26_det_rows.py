"""Round 26 (r26det): speaker rows and the quotations people agree with. Made-up sentences, parallel actors
(a US and a Russian official, the Pentagon and the Kremlin, Washington and Moscow); none from the corpora."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

FRAME = {"outlet": [""], "title": ["Test headline here"]}


def _rows(text: str) -> list[dict]:
    return kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text], **FRAME})).to_dict("records")


def _words(text: str) -> list[tuple[str, str]]:
    return [(r["speaker"], text[r["start"]:r["end"]]) for r in _rows(text)]


@pytest.mark.parametrize("name, pronoun", [("Maria Lopez", "She"), ("Ivan Petrov", "He"), ("John Miller", "He")])
def test_a_pronoun_reports_a_present_clause_without_that(name, pronoun):
    text = (f"{name}, a rider, said the fares are too high. "
            f"{pronoun} said many riders already pay more than $100 a month.")
    assert _words(text) == [(name, "the fares are too high"),
                            (name, "many riders already pay more than $100 a month")]


@pytest.mark.parametrize("subject, speaker", [("A US official", "A US official"), ("A Russian official",
                         "A Russian official"), ("The Pentagon", "Pentagon"), ("The Kremlin", "Kremlin")])
def test_a_plural_subject_and_its_verb_after_said(subject, speaker):
    text = f"{subject} said many people pay more for fuel now."
    assert _words(text) == [(speaker, "many people pay more for fuel now")]


@pytest.mark.parametrize("speaker", ["A US official", "A Russian official"])
def test_a_plural_object_of_said_is_no_clause(speaker):
    assert _rows(f"{speaker} said the words aloud.") == []
    assert _rows(f"{speaker} said many things in town.") == []


@pytest.mark.parametrize("name, pronoun", [("Maria Lopez", "She"), ("Ivan Petrov", "He")])
def test_the_figure_in_that_report_is_the_speakers(name, pronoun):
    text = (f"{name}, a rider, said the fares are too high. "
            f"{pronoun} said many riders already pay more than $100 a month.")
    figures = kit.figures(pd.DataFrame({"article_id": ["a"], "text": [text], **FRAME}))
    row = figures[figures["number"] == "$100"].iloc[0]
    assert row["attribution"] == name and not row["in_quote"]


@pytest.mark.parametrize("subject, speaker", [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin"),
                                              ("Washington", "US government"), ("Moscow", "Russian government")])
def test_a_report_in_a_clause_without_commas_ends_before_the_main_verb(subject, speaker):
    text = f"The plan {subject} says will cut costs passed on Monday."
    assert _words(text) == [(speaker, "will cut costs")]


@pytest.mark.parametrize("body", ["the council", "the company", "the ministry", "the city council"])
def test_a_body_in_lower_case_in_such_a_clause_is_the_speaker(body):
    text = f"The plan {body} says will cut costs passed on Monday."
    rows = _rows(text)
    assert [(text[r["speaker_start"]:r["speaker_end"]], text[r["start"]:r["end"]]) for r in rows] == \
        [(body, "will cut costs")]


@pytest.mark.parametrize("subject", ["the Pentagon", "the Kremlin"])
def test_a_verb_before_the_clause_keeps_the_words_whole(subject):
    text = f"Lee backs a plan {subject} says will leave costs unchanged for years."
    assert [w for _, w in _words(text)] == ["will leave costs unchanged for years"]


@pytest.mark.parametrize("subject", ["the Pentagon", "the Kremlin"])
def test_a_participle_with_by_in_such_a_clause_goes_on(subject):
    text = f"The plan {subject} says was approved by Congress passed on Monday."
    assert [w for _, w in _words(text)] == ["was approved by Congress"]


@pytest.mark.parametrize("source, speaker", [("some experts", "some experts"), ("a US official", "a US official"),
                                             ("a Russian official", "a Russian official")])
@pytest.mark.parametrize("joint, group", [("but", "others warn"), ("and", "many experts say")])
def test_a_second_report_after_according_to_starts_a_new_row(source, speaker, joint, group):
    text = f"According to {source}, the plan will fail, {joint} {group} it could succeed."
    assert _words(text) == [(speaker, "the plan will fail"), (group.rsplit(" ", 1)[0], "it could succeed")]


@pytest.mark.parametrize("subject, speaker", [("The Pentagon", "Pentagon"), ("The Kremlin", "Kremlin"),
                                              ("A US official", "A US official"),
                                              ("A Russian official", "A Russian official")])
def test_a_group_that_answers_reports_the_clause_after_it(subject, speaker):
    text = f"{subject} said the plan will fail, but others warn it could succeed."
    assert _words(text) == [(speaker, "the plan will fail"), ("others", "it could succeed")]


@pytest.mark.parametrize("source", ["the BBC", "officials", "the Pentagon", "the Kremlin"])
def test_a_report_after_its_clause_keeps_a_time(source):
    text = f"The road was closed, {source} reported on Monday."
    assert [w for _, w in _words(text)] == ["The road was closed"]


@pytest.mark.parametrize("asker", ["Officials", "US officials", "Russian officials"])
def test_a_plan_inside_a_question_is_not_a_second_row(asker):
    text = f"{asker} asked how much profit it expects to make from the new line."
    assert _words(text) == [(asker, "how much profit it expects to make from the new line")]


@pytest.mark.parametrize("subject", ["the Pentagon", "the Kremlin"])
def test_a_plan_in_a_question_that_opens_the_sentence_gives_no_row(subject):
    text = f"How much {subject} expects to spend is unclear, officials said."
    assert _words(text) == [("officials", f"How much {subject} expects to spend is unclear")]
    text = f"Asked how much it expects to spend, {subject} declined to comment."
    assert [w for _, w in _words(text)] == []


@pytest.mark.parametrize("subject, speaker", [("The Pentagon", "Pentagon"), ("The Kremlin", "Kremlin"),
                                              ("The company", "The company")])
def test_expects_to_is_still_a_report(subject, speaker):
    text = f"{subject} expects to spend more next year."
    assert _words(text) == [(speaker, "to spend more next year")]
