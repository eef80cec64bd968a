"""Round 33 (issue 22, lead, branch r33det; student 48 #6): sources a student's own local article names. Made-up
sentences only (none from the corpora); each case has its mirror on the other side (US / Russian officers, the
Pentagon / the Kremlin) or on a local story."""

import pandas as pd
import pytest
from quote_helpers import checked_quotes

import kit


def _speakers(text):
    return [(r[0], r[1]) for r in checked_quotes(text)[["quote", "speaker"]].values.tolist()]


def _sources(text):
    table = kit.sources(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    return sorted(map(tuple, table[["source", "role"]].values.tolist()))


# --- 1. a number opens a described source, as "several" or "the" does ---------------------------------------------

@pytest.mark.parametrize("subject", ["Two councillors", "Two American officers", "Two Russian officers",
                                     "Dozens of residents", "300 residents", "Three of the skaters"])
def test_a_number_and_people_are_the_source(subject):
    # on e9c9032 each sentence had no row at all: the report was dropped, not listed without a speaker
    assert _speakers(f"{subject} said the vote was rushed.") == [("the vote was rushed", subject)]


def test_a_time_phrase_with_a_number_is_not_read_as_a_number_of_people():
    # "Two years later" opens the sentence with a number, but years do not speak: the speaker is "the mayor"
    assert _speakers("Two years later, the mayor said the vote was rushed.") == [("the vote was rushed", "the mayor")]


# --- 2. names between commas after a description of several people -----------------------------------------------

@pytest.mark.parametrize("described, names", [
    ("The two councillors", "Sam Patel and Linda Moore"),
    ("Two officials", "Ann Lee and Tom Roe"),
    ("The two US envoys", "Ann Lee and Tom Roe"),
    ("The two Russian envoys", "Oleg Ivanov and Pavel Sokolov"),
    ("The two councillors who voted against the closure", "Sam Patel and Linda Moore"),
])
def test_names_after_a_description_are_the_speakers(described, names):
    # on e9c9032: no row ("The two councillors"), or the description instead of the names ("Two officials")
    assert _speakers(f"{described}, {names}, said the vote was rushed.") == [("the vote was rushed", names)]


def test_a_firm_named_after_two_people_is_not_two_speakers():
    # one head ("head", not "heads"): the names between the commas are the firm's, not two speakers
    assert _speakers("The head of the firm, Smith and Wesson, said the vote was rushed.") == [
        ("the vote was rushed", "The head of the firm")]


@pytest.mark.parametrize("described, first, second", [
    ("The two councillors who voted against the closure", "Sam Patel", "Linda Moore"),
    ("The two Pentagon officials", "Ann Lee", "Tom Roe"),
    ("The two Kremlin officials", "Oleg Ivanov", "Pavel Sokolov"),
])
def test_names_after_a_description_gave_no_comment(described, first, second):
    # student 48 #6: on e9c9032 the sources table had no row for the two who did not respond
    text = f"{described}, {first} and {second}, did not respond to requests for comment."
    assert _sources(text) == sorted([(first, "no comment"), (second, "no comment")])


# --- 3. a kind of body right before a name says it is an organisation ----------------------------------------------

@pytest.mark.parametrize("kind, name", [("The group", "Safe Streets Millbrook"),
                                        ("The campaign group", "Safe Streets Millbrook"),
                                        ("The Kremlin-backed group", "Russian Unity"),
                                        ("The Pentagon-backed group", "American Unity")])
def test_a_kind_of_body_before_a_name(kind, name):
    # student 48 #6: on e9c9032 "Safe Streets Millbrook" was a named person, and "Russian Unity" the person "Unity"
    table = checked_quotes(f"{kind} {name} said the vote was right.")
    assert table[["speaker", "speaker_type"]].values.tolist() == [[name, "organisation"]]


def test_a_title_after_a_kind_of_body_is_still_a_person():
    table = checked_quotes("The army General Ann Lee said the vote was wrong.")
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Ann Lee", "named person"]]


def test_the_secretary_of_state_is_a_person():
    table = checked_quotes("The vote was rushed, said former secretary of state Ann Lee.")
    assert table[["speaker", "speaker_type"]].values.tolist() == [["Ann Lee", "named person"]]


# --- 4. a word someone is said to have used, with no quotation marks, is not called quoted ------------------------

@pytest.mark.parametrize("who", ["local skaters", "Pentagon officials", "Kremlin officials"])
def test_a_reported_word_is_not_called_quoted(who):
    # student 48 #6: on e9c9032 'betrayal' in "… slammed as a betrayal" was "in someone's quoted words"
    text = f"The council closed the park, a decision that {who} slammed as a betrayal."
    notes = kit.highlight(kit.load_articles(pd.DataFrame({"text": [text], "title": ["T"]})).iloc[0]).notes_html()
    assert "in words the text says " in notes and "quoted words" not in notes


def test_a_quoted_word_is_still_called_quoted():
    text = "“It was a betrayal,” said Ann Lee."
    notes = kit.highlight(kit.load_articles(pd.DataFrame({"text": [text], "title": ["T"]})).iloc[0]).notes_html()
    assert "in words quoted from Ann Lee" in notes


# --- 5. teacher 56 #13: a clause opening the sentence with no comma has its own subject ----------------------------

@pytest.mark.parametrize("first, second", [("Lavrov", "Mattis"), ("Mattis", "Lavrov"),
                                           ("the Kremlin", "the Pentagon"), ("the Pentagon", "the Kremlin")])
@pytest.mark.parametrize("opening", ["When {first} spoke", "After {first} denied it", "While {first} stayed silent"])
def test_the_speaker_is_the_subject_before_the_verb_not_the_opening_clauses(opening, first, second):
    # on e9c9032 each quotation went to the opening clause's subject: the other side
    text = f'{opening.format(first=first)} {second} said "We are not leaving."'
    assert checked_quotes(text)["speaker"].tolist() == [second.removeprefix("the ")]


@pytest.mark.parametrize("who", ["the SDF commander", "a Russian officer", "a US officer"])
def test_a_described_speaker_after_an_opening_clause(who):
    text = f'As the convoy left Raqqa {who} said "We let the civilians go."'
    assert checked_quotes(text)["speaker_text"].tolist() == [who]


def test_the_opening_clauses_own_reporting_verb_keeps_its_subject():
    assert checked_quotes('When Lavrov said "We are not leaving." Mattis smiled.')["speaker"].tolist() == ["Lavrov"]


@pytest.mark.parametrize("who", ["local skaters", "US officials", "Russian officials"])
def test_a_naming_report_in_a_relative_clause_has_a_row(who):
    # student 48 #6: on e9c9032 "a decision that local skaters slammed as a betrayal" had no row, so cue_tone could
    # not show "slammed" (06 §3 says it does); "local residents" gave the speaker "a decision that local residents"
    rows = checked_quotes(f"The council closed the park, a decision that {who} slammed as a betrayal.")
    assert rows[["quote", "speaker", "cue", "cue_tone"]].values.tolist() == [["a betrayal", who, "slammed", "loaded"]]
