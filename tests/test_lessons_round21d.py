"""Round 21d: student 31's keyboard and feedback findings in 02's word game (made-up paragraphs)."""
from __future__ import annotations

import pytest

from kit import exercises, widgets


def test_a_second_check_button_follows_the_words():
    """Student 31 #2: after ticking the last word, a keyboard user needed 47-51 Shift+Tabs to reach Check."""
    game = widgets.spot_the_loaded_words("In the 21st century, a brutal siege ended.")
    order = list(game.children)
    after = [row for row in order[order.index(game.word_row) + 1:]
             if any(getattr(c, "description", "").startswith("Check my choices") for c in getattr(row, "children", ()))]
    assert after, "no Check button after the words"
    button = next(c for c in after[0].children if c.description.startswith("Check my choices"))
    row = after[0].children
    assert row.index(button) == 0  # before "Show the word lists' choices": Tab reaches Check first
    game.select(["brutal"])
    button.click()
    assert "found" in game.feedback.value


def test_an_empty_check_tells_a_keyboard_user_how_to_tick():
    game = widgets.spot_the_loaded_words("In the 21st century, a brutal siege ended.")
    game.check_button.click()
    assert "Tab to it and press Space" in game.feedback.value


@pytest.mark.parametrize("side", ["US", "Russian", "Chinese", "Iranian"])
def test_both_counts_of_extra_words_are_named(side):
    """Student 31 #3: "1 of your words is not among …" then "take out the 2 words": name the words."""
    text = f"The brutal {side} so-called report debunks the plan."  # made up
    result = exercises.check_loaded_words(["brutal", "so-called", "debunks"], text)
    if "take out the 2 words" in result.message:
        assert "'so-called'" in result.message.split("take out the 2 words")[1], result.message
        assert "'debunks'" in result.message.split("take out the 2 words")[1], result.message
