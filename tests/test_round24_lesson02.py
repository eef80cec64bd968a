"""Round 24, lesson 02's checks (r24ex3)."""

import pandas as pd

from kit.exercises.game_checks import tick_fewer_first
from kit.exercises.result import CheckResult


def test_tick_fewer_speaks_of_most_of_the_ticks_not_of_the_paragraph():
    """Student 36 #9: the rule is about the ticks, not about the paragraph."""
    r = CheckResult("partly", "found it.", "")
    told = str(tick_fewer_first(r, "A brutal siege ended.", [(0, 20)], pd.DataFrame({"start": [2], "end": [8]}), "x"))
    assert "most of your ticks" in told and "most of the paragraph" not in told, told


import pytest  # noqa: E402

from kit import exercises  # noqa: E402
from kit.exercises.tries import forget_attempts  # noqa: E402


@pytest.mark.parametrize("actor", ["The Pentagon", "The Kremlin", "Washington", "Moscow"])
def test_a_listed_word_not_in_the_paragraph_is_told_one_thing(actor):
    """Student 36 #8: 'brutal' was counted as 'not among the loaded words' and then said to be on the list."""
    forget_attempts()
    text = f"{actor} called it a terrorist raid on a quiet town."  # made up
    result = exercises.check_loaded_words(["terrorist", "brutal", "monstrous"], text)
    assert "'brutal' is on the loaded language list, but not in this paragraph." in result.detail, result
    assert "not among the" not in result.message, result
    assert "take out the 2 words not in this paragraph ('brutal', 'monstrous')" in result.message, result
    forget_attempts()
