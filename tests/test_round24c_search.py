"""Round 24c (r24ex4, teacher 44 #11): 01 Exercise 3. The hint's step in the student's own words ("look up when
Gerasimov gave the interview", "check what day that interview was") is a next step, whoever gave it."""
from __future__ import annotations

import pytest

from kit import exercises
from kit.exercises.answers import forget_attempts

FOUND = 'I searched "secretly harboring and training former fighters" in quotes. I found it on WSWS dated 29 Dec 2017. '


@pytest.mark.parametrize("who", ["Gerasimov", "the Russian general", "the Pentagon spokesman", "the US general"])
@pytest.mark.parametrize("step", ["Next I would look up when {who} gave the interview.",
                                  "Next I would find out when {who} gave that interview.",
                                  "Next Id check what day that interview was.",
                                  "Next I would check when the interview was published."])
def test_the_hints_step_in_other_words(who, step):
    forget_attempts()
    result = exercises.check_search_report(FOUND + step.format(who=who))
    assert result.status == "mastery", str(result)
    assert "who runs the site?" not in str(result), str(result)


def test_the_hint_says_what_the_article_says():
    import json
    from pathlib import Path

    nb = json.loads(next(Path(__file__).parent.parent.glob("instructor/01*.ipynb")).read_text())
    hint = next("".join(c["source"]) for c in nb["cells"] if c.get("id") == "01-35")
    assert 'made "Wednesday" in\na newspaper interview' not in hint and "words come from\na newspaper interview" in hint
