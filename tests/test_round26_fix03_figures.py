"""03 Exercise 3 after teacher 48 (#2, #14, #15): a possessive written without its apostrophe ("pentagons number is
3,500", "russias number is 4,000") credits the figure as "the Pentagon's number" does; "…, lowkey sus" after a comma
is a verdict, as "Its lowkey sus." is; a year in the student's answer is no head count; a speaker's figure given as
a party's quotes the sentence that names the speaker with that party, and "the SDF" keeps its "the". Both sides
alike; sentences are made up, expected figures come from the kit's accounts."""

import pandas as pd
import pytest

import kit
from kit.exercises.evidence import named_with, party_accounts

US = ["the pentagons", "washingtons"]
RUSSIA = ["russias", "the kremlins", "moscows"]


@pytest.fixture(scope="module")
def check(ex3_figure_check):
    return ex3_figure_check


@pytest.mark.parametrize("who, own, other", [*[(w, "3,500", "350") for w in US], *[(w, "350", "3,500") for w in RUSSIA]])
def test_a_possessive_without_apostrophe_credits_the_figure(check, who, own, other):
    kept = check(f"{who.capitalize()} number is {own} people who came out of Raqqa.")
    assert kept.status == "mastery" and "Say whose figure" not in kept.detail, kept
    swapped = check(f"{who.capitalize()} number is {other} people who came out of Raqqa.")
    assert swapped.status == "emerging" and f"do not give '{other}' as" in swapped.detail, swapped


@pytest.mark.parametrize("first, second", [("the pentagons", "russias"), ("the kremlins", "washingtons")])
def test_lowkey_sus_after_a_comma_is_a_verdict(check, first, second):
    result = check(f"{first.capitalize()} number is 3,500 civilians and {second} number is 4,000 people, lowkey sus.")
    assert result.status == "beginning" and "lowkey sus" in result.detail, result


@pytest.mark.parametrize("sentence", ["The Pentagon says 3,500 civilians came out in 2017.",
                                      "Russia says 350 people came out in 2017."])
def test_a_year_in_the_answer_is_no_head_count(check, sentence):
    result = check(sentence)
    assert "'2017'" not in result.detail and result.status == "mastery", result


def test_a_speakers_figure_given_as_the_sdfs_says_why(check):
    result = check("The SDF", "4,000")
    assert result.status == "emerging" and "as the SDF's figure" in result.detail, result
    quoted = result.detail.split("in these words: “")[1].split("”")[0]
    texts = " ".join(kit.load_articles()["text"].astype(str))
    assert quoted in texts and "Silo" in quoted, quoted


@pytest.mark.parametrize("body, person, party", [("Pentagon", "Ann Lee", "United States"),
                                                 ("Kremlin", "Ivan Petrov", "Russia")])
def test_the_sentence_that_names_a_speaker_with_a_party_is_quoted_on_both_sides(body, person, party):
    sentence = f"The report was confirmed by the former {body} spokesman, {person}, who left in May."
    table = pd.DataFrame({"article_id": ["a"], "text": [f"Some 900 people left. {sentence}"]})
    speaker = {"label": f"{person}'s words", "names": (person.lower(), person.split()[-1].lower()), "text": "a"}
    assert f"in these words: “{sentence}”" in named_with(table, [speaker], {party})
    assert named_with(table, [speaker], {"SDF"}) == ""


def test_initialisms_read_letter_by_letter_keep_the():
    labels = {a["names"][0]: a["label"] for a in party_accounts([])}
    assert labels["sdf"] == "the SDF's" and labels["kremlin"] == "the Kremlin's"
    assert labels["pentagon"] == "the Pentagon's" and labels["isis"] == "ISIS's"
