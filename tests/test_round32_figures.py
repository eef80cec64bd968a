"""Round 32 r32fig (teacher 56's findings 1, 7, 8): 03 Exercise 3, whose figure a sentence gives.

- 1: a verb joined to the sentence's first clause by "and"/"but", with no subject of its own or with "it" ("X says the
  Pentagon helped ISIS, but gives the 4,000 with no source", "…, and it names Silo for the 4,000"), has the sentence's
  subject: a party named inside the reported words is not whose figure it is. A note quotes a text only where that
  sentence says whom the speaker speaks for, in whole words.
- 7: a role word with a person's name set after it by commas ("The other spokesman, Silo, says …") is that person.
- 8: whom the texts say each speaker speaks for is read for a speaker inside an article too (Silo: the former
  spokesman of the SDF), and a side given before the name ("the Russian spokesman Silo") is checked as one given
  after it ("Silo, the Kremlin's spokesman,"); Dillon alike.
One case per rule and side, made-up answers (the seeds' figures, a made-up briefing and article for the mirror)."""
import re

import pandas as pd
import pytest
from written_helpers import figure_check, figure_notes

from kit.exercises.evidence import named_with

SPOKESMAN = "The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
SILO = "Silo says 4,000 people left, all but about 500 armed. "


check, notes = figure_check, figure_notes


# --- finding 1: the subject of a joined verb is the sentence's -------------------------------------------------

@pytest.mark.parametrize("actor", ["the Pentagon", "the Kremlin"])
def test_a_party_inside_the_reported_words_is_not_whose_figure_it_is(texts, actor):
    sentence = f"us-rescue-of-isis-in-raqqa says {actor} helped ISIS, but gives the 4,000 with no source."
    assert notes(sentence, texts) == []
    result = check(SPOKESMAN + SILO + sentence, texts)
    if actor == "the Pentagon":
        assert result.startswith("● Mastery"), result
    else:  # the article accuses the US, not Russia: a wrong example, said as such (teacher 57 #5, round 33)
        assert result.startswith("◑ Emerging") and "check who the article accuses" in result, result


@pytest.mark.parametrize("article, actor, other", [("russia-charges-pentagon", "Moscow", "Washington"),
                                                   ("us-rescue-of-isis-in-raqqa", "Washington", "Moscow")])
def test_it_names_a_source_for_the_figure(texts, article, actor, other):
    said = notes(f"{article} says {actor} blames {other}, and it names Silo for the 4,000.", texts)
    if article == "russia-charges-pentagon":
        assert said == []
    else:  # us-rescue gives it with no source
        assert any("us-rescue-of-isis-in-raqqa does not give '4,000' as Talal Silo's" in n for n in said), said


@pytest.mark.parametrize("actor", ["the Kremlin", "the Pentagon"])
def test_the_joined_verb_is_still_checked_against_its_subject(texts, actor):
    said = notes(f"russia-charges-pentagon says {actor} lied, but gives the 4,000 with no source.", texts)
    assert any("russia-charges-pentagon gives '4,000' as Talal Silo's words, not with no source" in n for n in said), said


@pytest.mark.parametrize("who", ["ISIS", "The Pentagon", "The Kremlin"])
def test_a_note_quotes_no_sentence_that_does_not_say_whom_the_speaker_speaks_for(texts, who):
    said = " ".join(notes(f"{who} says 4,000 people left.", texts))
    assert "Say whose figure it is" in said, said
    assert "in these words" not in said and "Manbij" not in said, said


@pytest.mark.parametrize("body, party", [("Pentagon", "United States"), ("Kremlin", "Russia")])
def test_a_quoted_sentence_starts_and_ends_on_whole_words(body, party):
    long = ("After weeks of talks that went on late into the night in three different cities and two countries, with "
            "many others who asked not to be named, the report was confirmed by the former "
            f"{body} spokesman, Ann Lee, who left the post in May.")
    table = pd.DataFrame({"article_id": ["a"], "text": [f"Some 900 people left. {long}"]})
    speaker = {"label": "Ann Lee's words", "names": ("ann lee", "lee"), "text": "a"}
    quoted = named_with(table, [speaker], {party}).split("“")[1].split("”")[0]
    assert quoted.strip("…") in long and "Ann Lee" in quoted, quoted
    start = long.index(quoted.strip("…"))
    assert (start == 0 or long[start - 1] == " ") and re.match(r"\W|$", long[start + len(quoted.strip("…")):]), quoted
    unrelated = pd.DataFrame({"article_id": ["a"], "text": [f"Some 900 people left. Ann Lee also said {body} jets "
                                                            "bombed the bridge."]})
    assert named_with(unrelated, [speaker], {party}) == ""


# --- finding 7: "The other spokesman, Silo," is Silo ------------------------------------------------------------

def test_a_role_word_with_a_name_after_it_is_that_person(texts):
    result = check(SPOKESMAN + "The other spokesman, Silo, says 4,000 people left, all but about 500 armed.", texts)
    assert result.startswith("● Mastery"), result
    said = notes("The other spokesman, Silo, says 3,500 civilians came out.", texts)
    assert any("'3,500' is not in Talal Silo's words" in n for n in said), said


def test_the_mirror_the_first_spokesman_dillon(texts):
    result = check("The first spokesman, Dillon, says 3,500 civilians came out and fewer than 300 were screened as "
                   "potential fighters. " + SILO, texts)
    assert result.startswith("● Mastery"), result
    said = notes("The first spokesman, Dillon, says 4,000 people left.", texts)
    assert any("'4,000' is not in the spokesman's words" in n for n in said), said


# --- finding 8: whom each speaker speaks for, Silo as Dillon ----------------------------------------------------

@pytest.mark.parametrize("silo, side", [("Silo, the Kremlin's spokesman,", "the Kremlin"),
                                        ("Silo, a Pentagon spokesman,", "the Pentagon"),
                                        ("The Russian spokesman Silo", "the Russian side")])
def test_silo_given_a_side_the_texts_do_not_give_him(texts, silo, side):
    answer = SPOKESMAN + f"{silo} says 4,000 people left, all but about 500 armed."
    said = notes(answer, texts)
    assert f"In the texts, Talal Silo is a former spokesman of the SDF, not of {side}: check whom each speaker " \
           "speaks for" in said, said
    assert check(answer, texts).startswith("◑ Emerging")


@pytest.mark.parametrize("silo", ["The former SDF spokesman Silo", "Silo, the SDF's former spokesman,"])
def test_silo_given_his_own_side(texts, silo):
    assert check(SPOKESMAN + f"{silo} says 4,000 people left, all but about 500 armed.", texts).startswith("● Mastery")


@pytest.mark.parametrize("dillon, ok", [("The Russian spokesman Dillon", False), ("The Pentagon spokesman Dillon", True)])
def test_the_mirror_dillon_given_a_side_before_his_name(texts, dillon, ok):
    said = notes(f"{dillon} says 3,500 civilians came out.", texts)
    assert (said == []) if ok else (
        "In the texts, Ryan Dillon speaks for the coalition, not for the Russian side: check whom each speaker speaks "
        "for" in said), said


@pytest.mark.parametrize("side, ok", [("American", False), ("Russian", True)])
def test_the_mirror_konashenkov_given_a_side_before_his_name(briefing, side, ok):
    said = notes(f"The {side} spokesman Konashenkov says 750 people left.", briefing)
    assert (said == []) if ok else any("Igor Konashenkov speaks for Russia, not for the American side" in n for n in said), said


@pytest.mark.parametrize("body, party, other, label", [("Pentagon", "United States", "Kremlin", "the Kremlin"),
                                                       ("Kremlin", "Russia", "Pentagon", "the Pentagon")])
def test_a_speaker_inside_an_article_speaks_for_the_side_its_text_names(body, party, other, label):
    table = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": ["Convoy"], "author": [""],
                          "text": [f"The former {body} spokesman, Ann Lee, said on Monday that 900 people left the town."]})
    said = notes(f"Ann Lee, the {other} spokesman, says 900 people left.", table)
    assert any(f"Ann Lee is a former spokesman of {'the ' * (party == 'United States')}{party}, not of {label}" in n
               for n in said), said
    assert notes(f"Ann Lee, the {body} spokesman, says 900 people left.", table) == []


# teacher 57 #3: a side the student says the speaker does NOT speak for is their point, not a miscast; each side
@pytest.mark.parametrize("said,ok", [("Silo, not a Kremlin spokesman,", True), ("Silo, never a Pentagon spokesman,", True),
                                     ("Silo, a Kremlin spokesman,", False), ("Silo, a Pentagon spokesman,", False)])
def test_a_side_denied_in_the_description_is_no_miscast(texts, said, ok):
    said_back = notes(f"{SPOKESMAN}{said} says 4,000 people left, all but about 500 armed.", texts)
    assert (not any("In the texts, Talal Silo" in n for n in said_back)) == ok, said_back
