"""Round 25 fix2 (student 39 #10): a prediction that holds one number among words gets one message, the
number one ('a prediction is a number, so write just the number'), whatever the other words are."""
import pytest

from kit.exercises.friendly import hint_for_syntax_error


@pytest.mark.parametrize("line, number", [("prediction = like 3 idk", "3"), ("prediction = 10ish", "10"),
                                          ("prediction = 3 idk lol", "3"), ("prediction = prob 2 tbh", "2")])
def test_a_number_among_words_is_told_to_write_just_the_number(line, number):
    hint = hint_for_syntax_error(line)
    assert "a prediction is a number, so write just the number" in hint
    assert hint.endswith(f"prediction = {number}") and "quotes" not in hint


@pytest.mark.parametrize("line", ["prediction = Russia Today", "prediction = 3 or 4 idk"])
def test_text_or_two_numbers_still_go_in_quotes(line):
    assert "put text in quotes" in hint_for_syntax_error(line)
