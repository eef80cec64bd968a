"""Round 28 ex3 (teacher 51 #5, student 43 #9): 03 Exercise 2's notes. "Named just before", "named right before" and
"named directly before" mean the same to a student: the LAST person named before the quotation. Where the kit takes
"he" to be the first person named and the sentence it read names someone else after that person, such notes are told
which person the note takes (◐); where that sentence names one person only, the first is the last and they count (✓).
The answer key's notes line says what the kit does. Made-up articles, a Pentagon, a Kremlin and a Syrian spokesman
alike; on the lesson's article the rows are the kit's own."""
import ast
import json
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit import exercises
from kit.exercises import guess_notes
from kit.exercises.guess_notes import named_orders

LESSON = "washington-pretends-combating-isis"
QUOTE = "“The road is open to all of the people who live there,” he said."
PAIRS = [("Pentagon spokesman John Smith", "Pentagon official Tom Brown"),
         ("Kremlin spokesman Ivan Petrov", "Kremlin official Oleg Popov"),
         ("Syrian minister Ali Hassan", "Syrian official Omar Saleh")]
LAST = ["he is the person named just before the quote", "the guy named right before the quote",
        "the one named directly before", "he = the person named or quoted just before"]
ORDER_TOLD = "but the note says “the first person named”: read which person it takes"


def check(names, arts, notes, article_id="a"):
    exercises.tries.forget_attempts()
    return exercises.check_speakers(names, arts, article_id, notes=notes)


def made_up(text):
    return pd.DataFrame({"article_id": ["a"], "text": [text]})


@pytest.fixture(params=PAIRS, ids=["pentagon", "kremlin", "syria"])
def two_named(request):
    first, second = request.param
    return first.split()[-1], made_up(f"{first} met {second} on Monday. {QUOTE}")


@pytest.fixture(params=PAIRS, ids=["pentagon", "kremlin", "syria"])
def one_named(request):
    first, _ = request.param
    return first.split()[-1], made_up(f"{first} spoke on Monday. {QUOTE}")


@pytest.mark.parametrize("notes", LAST)
def test_named_just_right_directly_before_is_told_where_two_people_are_named(two_named, notes):
    last_name, arts = two_named
    row = kit.quotes(arts).iloc[0]
    assert "the first person named" in row["note"] and row["speaker"].endswith(last_name), row["note"]
    result = check([last_name], arts, notes)
    assert result.status == "partly", result
    assert ORDER_TOLD in result.detail and "as the note of a row does" not in result.detail, result.detail


@pytest.mark.parametrize("notes", LAST + ["the first person named before the quote", "the last person named"])
def test_both_readings_count_where_one_person_is_named(one_named, notes):
    last_name, arts = one_named
    result = check([last_name], arts, notes)
    assert result.correct and "Your notes say what the kit's guesses rest on" in result.detail, result


@pytest.mark.parametrize("first, second", PAIRS, ids=["pentagon", "kremlin", "syria"])
def test_the_people_named_are_those_of_the_sentence_the_kit_read(first, second):
    for arts, count in ((made_up(f"{first} met {second} on Monday. {QUOTE}"), 2),
                        (made_up(f"{first} spoke on Monday. {QUOTE}"), 1)):
        row = kit.quotes(arts).iloc[0]
        names = guess_notes.people_named(row, arts)
        assert len(names) == count and names[0] == row["speaker"], names


def test_an_order_word_before_the_word_of_naming_decides():
    assert named_orders("the first person named just before") == {"first": "first person named"}
    assert list(named_orders("the person named or quoted just before")) == ["last"]
    assert named_orders("the person quoted just before") == {}  # the quotation kind: no order of people named


@pytest.mark.parametrize("notes", ["the person named just before the quote", "named just before",
                                   "the person named or quoted right before", "the guy named right before the quote",
                                   "the one named directly before"])
def test_on_the_lesson_article_just_and_right_get_the_same(articles, notes):
    result = check(["Konashenkov", "Moallem"], articles, notes, LESSON)
    assert result.status == "partly" and ORDER_TOLD in result.detail, result


def solution_notes():
    lesson = Path(__file__).resolve().parents[1] / "instructor" / "03-sourcing.ipynb"
    cells = json.loads(lesson.read_text(encoding="utf-8"))["cells"]
    lines = [line for c in cells for line in "".join(c["source"]).splitlines()
             if line.startswith("notes = ") and "SOLUTION" in line]
    assert len(lines) == 1, lines
    return ast.literal_eval(lines[0].split("=", 1)[1].split("  #")[0].strip())


def test_the_answer_keys_notes_say_what_the_kit_does(articles):
    notes = solution_notes()
    assert "just before" in notes and named_orders(notes).get("first"), notes
    result = check(["Konashenkov", "Moallem"], articles, notes, LESSON)
    assert result.correct, result
    old = check(["Konashenkov", "Moallem"], articles, "the kit takes 'he' to be the person named or quoted just before",
                LESSON)
    assert old.status == "partly", old  # the old line takes the last person named
