"""Round 27 g3 (student 43 #3): 03 Exercise 2 with the same names and new `notes` is a new try, not "the same as at
your last check"; the same names and the same notes again are not. Made-up articles, a Pentagon and a Kremlin
spokesman alike (conftest's he_said_article)."""
from kit.exercises.tries import SAME_ANSWER


def check_twice(arts, first, notes_before, notes_now):
    from kit import exercises

    exercises.tries.forget_attempts()
    names = [first.split()[-1], "Bob"]  # one name too many: a ◐ that counts tries
    exercises.check_speakers(names, arts, "a", notes=notes_before)
    return exercises.check_speakers(names, arts, "a", notes=notes_now)


def test_new_notes_with_the_same_names_are_a_new_try(he_said_article):
    first, arts = he_said_article
    result = check_twice(arts, first, "the guy named right before the quote",
                         "the quote just before, and for he the first person named")
    assert not result.correct and SAME_ANSWER not in str(result.detail), result.detail
    assert "Your notes already say what the kit's guesses rest on" in str(result.detail), result.detail


def test_the_same_names_and_notes_again_are_not(he_said_article):
    first, arts = he_said_article
    result = check_twice(arts, first, "the first person named", "the  First person named")
    assert SAME_ANSWER in str(result.detail), result.detail
