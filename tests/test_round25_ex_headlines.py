"""Round 25 (r25ex item 2, teacher 45 #5): 05 Exercise 2. Slang verdicts at the end of a rewritten headline ("… no
cap", "… fr fr no cap", "… but its sketch") judge the claim: they say "this is true" or "this is dodgy", and are
not an added "no". Every answer is tried on the article accusing the US and on russia-charges-pentagon alike."""
from __future__ import annotations

import pytest

from kit import exercises
from kit.exercises.answers import forget_attempts

CHARGES, RESCUE = "Russia charges Pentagon with training ex-ISIS fighters", "US rescue of ISIS in Raqqa exposed"
CLAIMS = [("WSWS says US rescued ISIS in Raqqa", RESCUE), ("Russia says Pentagon trained ex-ISIS fighters", CHARGES)]


def headline(answer, original):
    forget_attempts()
    return exercises.check_neutral_headline(answer, original)


@pytest.mark.parametrize("claim, original", CLAIMS)
@pytest.mark.parametrize("tail, word", [(" no cap", "no cap"), (" fr fr no cap", "no cap"), (" but its sketch", "sketch"),
                                        (", no cap", "no cap")])
def test_a_slang_verdict_at_the_end_judges_the_claim(claim, original, tail, word):
    result = headline(claim + tail, original)
    assert result.status == "partly" and f"'{word}' judges the claim" in result.message, result
    assert "adds 'no'" not in str(result)


@pytest.mark.parametrize("claim, original", CLAIMS)
def test_a_headline_without_a_verdict_still_passes(claim, original):
    assert headline(claim, original).passed


# teacher 45 #7: after a verdict word the advice says what to do, and keeps a correct "Russia says …" / "WSWS says …"
@pytest.mark.parametrize("claim, original", CLAIMS)
@pytest.mark.parametrize("tail", [", thats cap", ", thats legit"])
def test_the_advice_after_a_verdict_says_take_it_out_and_keeps_who_says_it(claim, original, tail):
    text = str(headline(claim + tail, original))
    word = tail.split()[-1]
    assert f"Take out '{word}'" in text and "already says who makes the claim" in text, text
    assert "Article says" not in text, text
