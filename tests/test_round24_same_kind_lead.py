"""03 same/different (teacher 45 #1): a reason that judges the speakers ("the Pentagon is sus and so is Silo") or
calls the rows words a speaker said ("both are things the speaker said": the opposite of the lesson's point) was
ticked because it named both speakers. Both sides alike: the Pentagon and the Kremlin, sus/cap/legit/lied.
"""
import pytest

import kit
from kit import exercises


@pytest.fixture(scope="module")
def quotes():
    return kit.quotes(kit.load_articles())


@pytest.mark.parametrize("answer", [
    "same: because both are things the speaker said",
    "same: both are words the Pentagon and Silo said",
    "same: because the Pentagon is sus and so is Silo",
    "same: because the Pentagon is legit and so is Silo",
    "same: the Pentagon lied and so did Silo",
    "same: the Pentagon and Silo are both cap",
])
def test_a_reason_that_judges_or_calls_them_words_said_is_not_ticked(quotes, answer):
    result = exercises.check_same_kind(answer, quotes)
    assert result.status == "partly", result
    assert "Your reason points at the rows" not in str(result)


@pytest.mark.parametrize("answer", [
    "same: both are things the Pentagon acknowledged and Silo confirmed, not words they said",
    "same: the toll and the report are things acknowledged and confirmed",
    "same: both are real numbers the Pentagon acknowledged and Silo confirmed",
])
def test_a_reason_about_what_the_rows_hold_is_ticked(quotes, answer):
    assert exercises.check_same_kind(answer, quotes).status == "correct"


@pytest.mark.parametrize("word", ["sus", "legit", "cap"])
def test_judging_words_are_read_alike_for_either_side(word):
    from kit.exercises.row_checks import judging_words
    assert judging_words(f"same: the Pentagon is {word}") == judging_words(f"same: the Kremlin is {word}") == [word]
