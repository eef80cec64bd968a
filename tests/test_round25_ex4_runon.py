"""Round 25 (r25ex4), student 38 #9: a run-on verdict, typed with no stop ("thats cap the bbc says …"), is read as
a verdict by verdicts.verdict_said, on either side's account and either way it leans; "cap" in "a cap on numbers"
is still no verdict (mirror: the Kremlin's account and the Pentagon's alike)."""
from __future__ import annotations

import pytest

from kit.exercises.verdicts import verdict_said

SOURCES = ["the bbc", "the kremlin", "the pentagon", "moscow", "washington"]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("verdict, side", [("cap", "doubts"), ("sketchy", "doubts"), ("legit", "vouches")])
def test_a_run_on_verdict_is_read(source, verdict, side):
    said = verdict_said(f"thats {verdict} {source} says thousands left but the spokesman says less idk its sketchy")
    assert said is not None and said.words == verdict and said.side == side and said.on_page, said


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("sentence", ["there is a cap on numbers {source} says", "its a cap on numbers {source} says",
                                      "{source} put a cap on numbers the bbc says", "there is a cap {source} says",
                                      "it is true {source} says thousands left"])
def test_a_cap_on_numbers_and_a_true_report_are_no_verdict(source, sentence):
    assert verdict_said(sentence.format(source=source)) is None, sentence
