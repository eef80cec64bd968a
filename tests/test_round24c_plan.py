"""Round 24c (r24ex4, teacher 44): 06 plan. A step whose purpose is a verdict ("to see if its sus") does not say what
it would show, either way and whoever it looks into; filler ("lol", "idk") never raises a level.
"""
from __future__ import annotations

import pytest

from kit import exercises
from kit.exercises.answers import forget_attempts

LEVELS = ["beginning", "emerging", "mastery"]


def plan(answer, article=None):
    forget_attempts()
    return exercises.check_lateral_plan(answer, article=article)


# 3a. "to see if its sus/cap/legit" is a verdict as the step's purpose: no Mastery, and said so
@pytest.mark.parametrize("who", ["WSWS", "RT", "the Pentagon", "the Kremlin"])
@pytest.mark.parametrize("first, second", [("sus", "cap"), ("legit", "legit"), ("sketchy", "cooked")])
def test_a_verdict_as_the_purpose_is_not_what_a_step_shows(who, first, second):
    result = plan(f"I would look up who runs {who} to see if its {first}. Then google it to see if its {second}.")
    assert result.status == "emerging", str(result)
    assert "Gives a verdict as its reason" in str(result) and "says what it would show" not in str(result)


# teacher 45 #10 (and tests/test_lead_round16.py): "to see if the story is true / the article is right" asks what a
# check finds out, in plain words: a purpose, not a verdict
@pytest.mark.parametrize("who", ["WSWS", "RT", "the Pentagon", "the Kremlin"])
@pytest.mark.parametrize("word", ["true", "right", "fake", "biased"])
def test_a_plain_question_is_a_purpose(who, word):
    result = plan(f"I would check Reuters to see if the article is {word}. Then I would find out who runs {who}.")
    assert "Gives a verdict as its reason" not in str(result), str(result)


@pytest.mark.parametrize("who", ["the Pentagon", "the Kremlin"])
def test_a_verdict_purpose_matches_a_verdict_reason(who):
    purpose = plan(f"I would look up who funds {who} to see if its kinda sus. Then I would find other coverage.")
    reason = plan(f"I would look up who funds {who}, cuz its kinda sus. Then I would find other coverage.")
    assert purpose.status == reason.status == "emerging", (str(purpose), str(reason))


# 3b. filler words never raise a level
@pytest.mark.parametrize("bare", ["just google it", "google it", "I would google it"])
@pytest.mark.parametrize("filler", ["{} lol", "idk {}", "{} lmao", "{} tbh"])
def test_filler_never_raises_a_level(bare, filler):
    plain, padded = plan(bare), plan(filler.format(bare))
    assert LEVELS.index(padded.status) <= LEVELS.index(plain.status), (str(plain), str(padded))
    assert "Leaves the page" not in str(padded), str(padded)


# 5. a pasted text: "find the original publisher first" only when the plan does not already, and never against the level
PASTED = ("The {a} said on Tuesday that its aircraft had struck ISIS positions near Deir ez-Zor, killing 200 fighters. "
          "The {b} said it could not confirm the figure. Local activists said at least 30 civilians died. ") * 3
PLAN = ("I would check the 200 figure. I would look up who runs the {who} to see who funds it. Then I would find what "
        "Reuters says to see if they give the same number.")


@pytest.mark.parametrize("a, b", [("Kremlin", "Pentagon"), ("Pentagon", "Kremlin")])
@pytest.mark.parametrize("who", ["Kremlin", "Pentagon"])
def test_the_publisher_note_on_a_pasted_text(a, b, who):
    mine = exercises.my_article(text=PASTED.format(a=a, b=b), file="", title="Strikes killed 200 ISIS fighters")
    kept = plan(PLAN.format(who=who), mine)
    done = plan(PLAN.format(who=who) + " First I would search a sentence of it in quotes to see where it first appeared.", mine)
    assert kept.status == done.status == "mastery", (str(kept), str(done))
    assert "Find the original publisher first" in str(kept) and "find who published this text" in kept.message
    assert "Find the original publisher first" not in str(done) and "find who published" not in done.message
