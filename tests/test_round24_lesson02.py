"""Round 24, lesson 02's checks (r24ex3)."""

import pandas as pd

from kit.exercises.game_checks import tick_fewer_first
from kit.exercises.result import CheckResult


def test_tick_fewer_speaks_of_most_of_the_ticks_not_of_the_paragraph():
    """Student 36 #9: the rule is about the ticks, not about the paragraph."""
    r = CheckResult("partly", "found it.", "")
    told = str(tick_fewer_first(r, "A brutal siege ended.", [(0, 20)], pd.DataFrame({"start": [2], "end": [8]}), "x"))
    assert "most of your ticks" in told and "most of the paragraph" not in told, told
