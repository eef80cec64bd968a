"""03 Exercise 2 notes (teacher 47 #12, teacher 46 #13): the ✓ for rows that come from guesses names the guesses, not
cues the kit did not use, and quotes the note of the person the notes name. (Round 26 fix03, teacher 48 #1: "mentioned
last" / "last mentioned" are no longer read as "before": the rows' note says "the first person named", so such notes
are told so.)
Notes are made up; the expected rows and notes are computed by the kit from the data."""

import pytest

import kit
from kit import exercises

ARTICLE = "washington-pretends-combating-isis"
NAMES = ["Konashenkov", "Moallem"]


def speakers(articles, notes):
    exercises.tries.forget_attempts()
    return exercises.check_speakers(NAMES, articles, ARTICLE, notes=notes)


@pytest.mark.parametrize("notes", ["the kit guesses its whoever was mentioned last", "he is whoever was last mentioned"])
def test_mentioned_last_is_not_the_first_person_named(articles, notes):
    result = speakers(articles, notes)  # teacher 48 #1: the rows' note says "the first person named"
    assert result.status == "partly" and "the note says “the first person named”" in str(result.detail), result
    wrong = speakers(articles, "the kit guesses whoever is mentioned next")  # the other way is still told so
    assert speakers(articles, "I used their last names").status == "partly"  # "last names" is no position
    assert wrong.status == "partly" and "point the wrong way" in str(wrong.detail), wrong


def test_the_tick_for_guessed_rows_names_the_guess_not_the_cues(articles):
    quotes = kit.quotes(articles[articles["article_id"] == ARTICLE])
    quotes = quotes[(quotes["kind"] == "direct") & (quotes["speaker_type"] == "named person")]
    guessed = quotes[quotes["speaker_guess"].fillna(False).astype(bool)]
    result = speakers(articles, "he is the first person named just before")  # round 28: not the last (teacher 51 #5)
    assert result.status == "correct", result
    assert "cues like" not in str(result.detail), result.detail
    assert f"The kit guessed the speaker of all {len(guessed)} of these rows" in str(result.detail), result.detail


def test_the_note_quoted_is_of_the_person_the_notes_name(articles):
    quotes = kit.quotes(articles[articles["article_id"] == ARTICLE])
    guessed = quotes[quotes["speaker_guess"].fillna(False).astype(bool) & (quotes["kind"] == "direct")]
    for name in NAMES:
        notes = [n.strip() for n, s in zip(guessed["note"], guessed["speaker"]) if name in s]
        result = speakers(articles, f"{name}'s rows: he is the first person named just before")  # round 28: t51 #5
        assert any(f"“{n}”" in str(result.detail) for n in notes), (name, result.detail)
