"""Round 24c (r24ex4, teacher 44): 05 Exercise 2. A verdict word inside the rewritten headline judges the claim as
one at its end does, and a missing apostrophe of a possessive ("Russias military") is the possessive. Every answer
is tried on the article accusing the US and on russia-charges-pentagon, the US and the Russian side alike.
"""
from __future__ import annotations

import pytest

from kit import exercises
from kit.exercises.answers import forget_attempts

CHARGES, RESCUE = "Russia charges Pentagon with training ex-ISIS fighters", "US rescue of ISIS in Raqqa exposed"


def headline(answer, original):
    forget_attempts()
    return exercises.check_neutral_headline(answer, original)


# 1. a verdict word anywhere in the headline (or a laugh) judges the claim, with the message a verdict at the end gets
@pytest.mark.parametrize("answer, original, word", [
    ("WSWS says sus US deal saved ISIS in Raqqa", RESCUE, "sus"),
    ("WSWS says sketchy US deal saved ISIS in Raqqa", RESCUE, "sketchy"),
    ("WSWS says legit US rescued ISIS in Raqqa", RESCUE, "legit"),
    ("WSWS says US rescued ISIS in Raqqa lol", RESCUE, "lol"),
    ("Russia says sus Pentagon trained ex-ISIS fighters", CHARGES, "sus"),
    ("Russia says sketchy Pentagon trained ex-ISIS fighters", CHARGES, "sketchy"),
    ("Russia says legit Pentagon trained ex-ISIS fighters", CHARGES, "legit"),
    ("Russia says Pentagon trained ex-ISIS fighters lmao", CHARGES, "lmao"),
])
def test_a_verdict_inside_the_headline_judges_it(answer, original, word):
    inside = headline(answer, original)
    at_end = headline(answer.replace(f" {word} ", " ").removesuffix(f" {word}") + ", which is sketchy", original)
    assert inside.status == at_end.status == "partly", (str(inside), str(at_end))
    assert inside.message == at_end.message.replace("'sketchy'", f"'{word}'"), (str(inside), str(at_end))


@pytest.mark.parametrize("answer, original", [
    ("Russia says Pentagon trained ex-ISIS fighters", CHARGES), ("WSWS says US rescued ISIS fighters in Raqqa", RESCUE),
    ("Russia says US invented ISIS", CHARGES), ("Russia says Kremlin invented ISIS", CHARGES)])
def test_a_deed_or_a_plain_headline_is_no_verdict(answer, original):
    assert "judges the claim" not in str(headline(answer, original))


# 2. a possessive without its apostrophe is the possessive, on both sides
@pytest.mark.parametrize("typed, meant, original", [
    ("Russias military says Pentagon trained ex-ISIS fighters", "Russia's military says Pentagon trained ex-ISIS fighters", CHARGES),
    ("Americas military says Pentagon trained ex-ISIS fighters", "America's military says Pentagon trained ex-ISIS fighters", CHARGES),
    ("Russian militarys says Pentagon trained ex-ISIS fighters", "Russian military's says Pentagon trained ex-ISIS fighters", CHARGES),
    ("WSWSs article says US rescued ISIS in Raqqa", "WSWS's article says US rescued ISIS in Raqqa", RESCUE),
    ("Pentagons report says US rescued ISIS in Raqqa", "Pentagon's report says US rescued ISIS in Raqqa", RESCUE),
    ("Kremlins report says US rescued ISIS in Raqqa", "Kremlin's report says US rescued ISIS in Raqqa", RESCUE),
])
def test_a_possessive_without_its_apostrophe(typed, meant, original):
    without, with_it = headline(typed, original), headline(meant, original)
    assert (without.status, without.message) == (with_it.status, with_it.message), (str(without), str(with_it))
    assert "credits the claim to 'Russias" not in str(without) and "'WSWSs" not in str(without)


def test_the_possessive_repair_is_the_same_both_ways():
    russian = headline("Russias military says Pentagon trained ex-ISIS fighters", CHARGES)
    assert russian.status == "correct", str(russian)
    us, kremlin = (headline(f"{who} report says US rescued ISIS in Raqqa", RESCUE) for who in ("Pentagons", "Kremlins"))
    assert us.status == kremlin.status == "partly"
    assert us.message.replace("Pentagon", "X") == kremlin.message.replace("Kremlin", "X"), (str(us), str(kremlin))


# 6. a verdict flagged does not hide a swapped or changed claim: every fault is named, one line each
@pytest.mark.parametrize("answer, original, names", [
    ("Pentagon says Kremlin trained ex-ISIS fighters, thats cap", CHARGES, ["'Pentagon' and 'Kremlin'"]),
    ("Pentagon says Russia trained ex-ISIS fighters, thats cap", CHARGES, ["'Pentagon' and 'Russia'"]),
    ("WSWS says Russia rescued ISIS in Raqqa, thats cap", RESCUE, ["'Russia'", "'US'"]),
    ("WSWS says sus Kremlin rescued ISIS in Raqqa", RESCUE, ["'Kremlin'", "'US'"]),
])
def test_every_fault_is_named(answer, original, names):
    result = headline(answer, original)
    assert result.status == "partly" and "judges the claim" in result.message, str(result)
    also = [line.strip() for line in str(result).splitlines() if line.strip().startswith("Also:")]
    assert len(also) == 1 and all(n in also[0] for n in names), str(result)


@pytest.mark.parametrize("answer, original", [("Russia says Pentagon trained ex-ISIS fighters, thats cap", CHARGES),
                                              ("WSWS says US rescued ISIS in Raqqa, thats cap", RESCUE)])
def test_a_kept_claim_has_no_also(answer, original):
    assert "Also:" not in str(headline(answer, original))


# 7. a word that pushes is told what to do, for either side
@pytest.mark.parametrize("who", ["US", "Damascus", "Moscow"])
def test_a_booster_says_what_to_do(who):
    result = headline(f"Global Research says {who} is really fighting ISIS", "Washington pretends combating ISIS in Syria")  # round 25: "isnt really" is no booster
    assert result.status == "partly" and "'really'" in str(result), str(result)
    assert "Take out each word that pushes" in str(result), str(result)
