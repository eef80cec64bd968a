"""Round 24b, lesson 03's checks (r24ex3b): each fix is tested on the US side and the Russian/Syrian side alike."""

import pandas as pd
import pytest

import kit
from kit import exercises


def made_up(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "text": [text]})


# item 1 (teacher 41 #7): the question asks for a reason; a bare choice is half an answer, never more than a weak reason
@pytest.fixture(params=["Pentagon", "Kremlin"])
def pair(request):
    arts = made_up(f"The toll was acknowledged by the {request.param}. The report was confirmed by Ann Lee.")
    return request.param, arts, kit.quotes(arts)


@pytest.mark.parametrize("answer", ["same", "the same", "The same.", "No, it is not different"])
def test_a_bare_right_choice_is_half_an_answer(pair, answer):
    body, arts, quotes = pair
    result = exercises.check_same_kind(answer, quotes, "The toll", "The report", arts)
    assert result.status == "partly", result
    assert "right choice; now add a reason that points at the rows" in result.message, result
    assert f"say what the {body} acknowledged and what Ann Lee confirmed" in result.detail, result
    assert "not words the speaker said" not in str(result), result  # the reason is not given away


def test_the_four_answers_are_ordered_wrong_bare_weak_pointing(pair):
    body, arts, quotes = pair
    status = {a: exercises.check_same_kind(a, quotes, "The toll", "The report", arts).status
              for a in ["different", "the same", "the same, both legit", f"same: the {body} acknowledged a toll, a thing"]}
    assert list(status.values()) == ["incorrect", "partly", "partly", "correct"], status


def test_the_lessons_bare_choice_is_not_ticked():
    quotes = kit.quotes(kit.load_articles())
    bare = exercises.check_same_kind("the same", quotes, "the civilian death toll", "The report")
    reasoned = exercises.check_same_kind("the same: both are things the Pentagon acknowledged and Silo confirmed", quotes,
                                         "the civilian death toll", "The report")
    assert bare.status == "partly" and reasoned.correct, (bare, reasoned)


# item 2 (student 35 #11): 03 Exercise 2's ✓ asks for what reading the notes gives: where the kit's guessed names come from
@pytest.fixture(params=[("Pentagon", "John Smith"), ("Kremlin", "Ivan Petrov")])
def guessed(request):
    body, person = request.param
    arts = made_up(f"{body} spokesman {person} spoke on Monday. “The road is open to all,” he said. "
                   "“We will keep it open,” he added.")  # made up: both quotations are the kit's guesses ("he")
    return person, arts


@pytest.mark.parametrize("notes", ["the kit takes 'he' to be the person named or quoted just before",
                                   "he = the name in the sentence before", "the person quoted earlier"])
def test_notes_that_say_where_a_guess_comes_from_keep_the_tick(guessed, notes):
    person, arts = guessed
    result = exercises.check_speakers([person.split()[-1]], arts, "a", notes=notes)
    assert result.correct and "Your notes say what the kit's guesses rest on" in result.detail, result
    assert f"taken to be {person}" in result.detail, result  # the note quoted is the kit's, from the row


@pytest.mark.parametrize("notes", [..., "", "they are guesses", "idk", "the name in the next sentence", "before", "they are last names"])
def test_names_without_what_the_notes_say_are_partly_right_and_told_where_to_look(guessed, notes):
    person, arts = guessed
    result = exercises.check_speakers([person.split()[-1]], arts, "a", notes=notes)
    assert result.status == "partly", result
    assert "now the notes: all 2 rows are the kit's guesses" in result.message, result
    assert "whom does the kit take “he” to be, and where in the text is that name?" in result.detail, result
    assert 'rows[rows.kind == "direct"][["speaker", "speaker_text", "note"]]' in result.detail, result
    assert person not in result.detail.split("where in the text")[1], result  # the hint never gives the name


def test_wrong_names_are_not_rescued_by_notes(guessed):
    _person, arts = guessed
    result = exercises.check_speakers(["Nobody Atall"], arts, "a", notes="the person quoted just before")
    assert result.status == "incorrect", result


def test_the_lessons_exercise_2_asks_for_the_notes():
    articles = kit.load_articles()
    model = exercises.check_speakers(["Konashenkov", "Moallem"], articles, "washington-pretends-combating-isis",
                                     notes="most from the quotation just before; 'he' is the first person named, or the "
                                           "person quoted, just before")  # the answer key's line (round 28: teacher 51 #5)
    bare = exercises.check_speakers(["Konashenkov", "Moallem"], articles, "washington-pretends-combating-isis", notes=...)
    assert model.correct and bare.status == "partly", (model, bare)
