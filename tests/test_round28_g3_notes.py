"""Round 28 g3 (teacher 52 #3): 03 Exercise 2's notes. Other words for the last person named before the quotation
("the closest name before the quote", "the most recent person named", "the name nearest the quote", "named right b4")
read as "named right before" does, from data/position_words.csv: ◐ where the first and the last person named differ,
✓ where one person is named, and that ✓ never quotes "the first person named" as if the student had said it. Made-up
articles, a Pentagon, a Kremlin and a Syrian spokesman alike."""
import pandas as pd
import pytest

from kit import exercises
from kit.exercises.guess_notes import named_orders

QUOTE = "“The road is open to all of the people who live there,” he said."
PAIRS = [("Pentagon spokesman John Smith", "Pentagon official Tom Brown"),
         ("Kremlin spokesman Ivan Petrov", "Kremlin official Oleg Popov"),
         ("Syrian minister Ali Hassan", "Syrian official Omar Saleh")]
OTHER_WORDS = ["the closest name before the quote", "the most recent person named before the quote",
               "the name nearest the quote", "the person named right b4 the quote", "the latest person named before it"]
ORDER_TOLD = "but the note says “the first person named”: read which person it takes"


def check(names, arts, notes):
    exercises.tries.forget_attempts()
    return exercises.check_speakers(names, arts, "a", notes=notes)


def made_up(text):
    return pd.DataFrame({"article_id": ["a"], "text": [text]})


@pytest.mark.parametrize("notes", OTHER_WORDS)
def test_other_words_for_the_last_person_named_are_the_last(notes):
    assert list(named_orders(notes)) == ["last"], named_orders(notes)


@pytest.mark.parametrize("first, second", PAIRS, ids=["pentagon", "kremlin", "syria"])
@pytest.mark.parametrize("notes", OTHER_WORDS)
def test_they_are_told_which_person_the_note_takes_where_two_are_named(first, second, notes):
    arts = made_up(f"{first} met {second} on Monday. {QUOTE}")
    result = check([first.split()[-1]], arts, notes)
    assert result.status == "partly" and ORDER_TOLD in result.detail, result


@pytest.mark.parametrize("first, second", PAIRS, ids=["pentagon", "kremlin", "syria"])
@pytest.mark.parametrize("notes", [*OTHER_WORDS, "the last person named before the quote"])
def test_they_count_where_one_is_named_without_words_they_did_not_write(first, second, notes):
    result = check([first.split()[-1]], made_up(f"{first} spoke on Monday. {QUOTE}"), notes)
    assert result.correct, result
    assert "there one person is named, so the first person named is the last" in result.detail, result.detail


@pytest.mark.parametrize("first, second", PAIRS, ids=["pentagon", "kremlin", "syria"])
def test_the_first_person_named_is_quoted_as_it_is_where_the_notes_say_it(first, second):
    result = check([first.split()[-1]], made_up(f"{first} spoke on Monday. {QUOTE}"), "the first person named before it")
    assert result.correct and "so the first person named is the last" not in result.detail, result
