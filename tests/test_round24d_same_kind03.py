"""03 same/different (teacher 44 #3, #15): a reason about an actor in neither row is not ticked, whichever side it
names; an answer of the wrong kind is told what the lesson asks ("same" or "different", then a reason)."""
import pytest

import kit
from kit import exercises


@pytest.fixture(scope="module")
def quotes():
    return kit.quotes(kit.load_articles())


def _check(answer, quotes):
    exercises.tries.forget_attempts()
    return exercises.check_same_kind(answer, quotes)


# round 25 (teacher 45 #11): "Washington", "the US" and "the White House" name the Pentagon's side through
# data/concepts.csv (all three are the concept "United States"), so they now name a row's speaker
# (tests/test_round25_ex3_same_kind03.py); the mirror of this test is there, on a made-up pair of rows
@pytest.mark.parametrize("actor", ["the Kremlin", "the kremlin", "Moscow"])
def test_a_reason_about_an_actor_in_neither_row_is_not_ticked(quotes, actor):
    result = _check(f"same: because {actor} acknowledged a number, it did not say the words", quotes)
    assert result.status == "partly", result
    assert f"your reason names '{actor.removeprefix('the ')}'" in result.message or \
        f"your reason names '{actor}'" in result.message, result
    assert "the speakers are the Pentagon and Talal Silo" in result.message, result


@pytest.mark.parametrize("actor", ["the Pentagon", "the pentagon", "Silo", "Talal Silo"])
def test_a_reason_about_a_row_s_speaker_is_still_ticked(quotes, actor):
    result = _check(f"same: because {actor} acknowledged or confirmed a thing, not words said", quotes)
    assert result.correct, result


@pytest.mark.parametrize("answer", [["same", "because it is a thing"], ("different",), 3])
def test_the_wrong_type_message_asks_for_a_choice_and_a_reason(quotes, answer):
    result = _check(answer, quotes)
    assert result.status == "wrong_type", result
    assert "one word" not in str(result) and '"same" or "different", then a reason' in result.message, result


@pytest.mark.parametrize("typed, read", [("'same'", "“same” is the right choice"),
                                         ('"different"', "read the `sentence` column of both rows again")])
def test_quotation_marks_typed_inside_the_text_are_read_past(quotes, typed, read):
    result = _check(typed, quotes)
    assert read in result.message, result
