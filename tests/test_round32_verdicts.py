"""Round 32 (r32verd): the 06 plan reads the deed verdicts the reflection reads, with the same reader; "the article",
"this article", an article's id or its writer "made it up" is a verdict on the page; a percentage next to a deed says
how sure the writer is, not a figure; "its pro-russian propaganda" and "russian propaganda lol" are verdicts.
Teacher 56 #2, #4, #5; student 47 #3, #4. One made-up case per rule, per side."""

from __future__ import annotations

import pytest

from kit import exercises
from kit.exercises.actor_verdicts import claim_verdict, without_sure_percent
from kit.exercises.stances import decided_deed
from kit.exercises.verdicts import verdict_said

PLAN = " I would find the BBC report to see if it says 4,000, and look up WSWS to see who runs it."
REFLECTION = (" The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its "
              "sentence. I would check the BBC report to see who counted the convoy before I decide anything.")


# the one reader of deeds: each side alike, the page too
@pytest.mark.parametrize("low", ["the pentagon covered it up.", "the kremlin covered it up.",
                                 "washington hid the truth.", "moscow hid the truth."])
def test_a_deed_on_the_truth_is_a_verdict_on_an_actor_each_side(low):
    found = claim_verdict(low)
    assert found is not None and not found.on_page and found.side == "doubts"


@pytest.mark.parametrize("low", ["the article made it up.", "this article made it up lol.",
                                 "us-rescue-of-isis-in-raqqa made it up.", "russia-charges-pentagon made it up."])
def test_the_article_or_its_id_made_it_up_judges_the_page(low):
    found = claim_verdict(low)
    assert found is not None and found.on_page and found.side == "doubts"


def test_the_mirror_on_the_page_vouches():
    assert claim_verdict("this article told the truth.").side == "vouches"
    assert claim_verdict("the article did not make it up.").side == "vouches"


@pytest.mark.parametrize("low", ["maybe the pentagon covered it up, but i would check.",
                                 "the article says the kremlin covered it up.",
                                 "the 4,000 were made up of isis fighters and their families.",
                                 "the fighters made up most of the convoy."])
def test_a_hedge_a_report_or_made_up_of_is_no_verdict(low):
    assert claim_verdict(low) is None


@pytest.mark.parametrize("side", ["the us", "russia"])
def test_a_percentage_before_a_deed_is_how_sure(side):
    assert without_sure_percent(f"{side} 100% helped isis") == f"{side} definitely helped isis"
    assert claim_verdict(f"{side} 100% helped isis.") is not None


def test_a_percentage_that_counts_stays_a_figure():
    assert without_sure_percent("they were 90% armed") == "they were 90% armed"
    assert without_sure_percent("4,000, 90% armed") == "4,000, 90% armed"


@pytest.mark.parametrize("low", ["its pro-russian propaganda tho.", "its pro-us propaganda tho.",
                                 "russian propaganda lol.", "american propaganda lol."])
def test_propaganda_with_a_hyphen_or_alone_is_a_verdict_on_the_page(low):
    said = verdict_said(low)
    assert said is not None and said.on_page and said.side == "doubts"


@pytest.mark.parametrize("low", ["the article calls it russian propaganda.", "rt is russian state media.",
                                 "the article uses propaganda techniques."])
def test_propaganda_in_a_sentence_that_describes_stays_a_finding(low):
    assert verdict_said(low) is None


# the plan reads deeds as the reflection does (teacher 56 #2)
@pytest.mark.parametrize("low", ["since the pentagon covered it up, i would find the bbc report.",
                                 "since the kremlin covered it up, i would find the bbc report."])
def test_the_plan_reads_a_deed_before_its_step(low):
    assert decided_deed(low) is not None


@pytest.mark.parametrize("side", ["the US", "Russia"])
def test_what_a_step_looks_for_is_no_verdict(side):
    assert decided_deed(f"i would check whether {side.lower()} made it up.") is None


@pytest.mark.parametrize("verdict", ["The pentagon covered it up.", "The kremlin covered it up.",
                                     "washington covered it up, so", "moscow covered it up, so",
                                     "I think the pentagon hid the truth, so", "I think the kremlin hid the truth, so"])
def test_plan_a_deed_decides_before_checking(verdict, raqqa):
    result = exercises.check_lateral_plan(verdict + PLAN, article=raqqa)
    assert result.status == "emerging" and "Decides before checking" in result.detail


@pytest.mark.parametrize("verdict", ["The article made it up.", "us-rescue-of-isis-in-raqqa made it up."])
def test_plan_the_article_made_it_up_dismisses_the_page(verdict, raqqa):
    result = exercises.check_lateral_plan(verdict + PLAN, article=raqqa)
    assert result.status != "mastery" and "Dismisses the page without checking" in result.detail


@pytest.mark.parametrize("verdict", ["its pro-russian propaganda tho.", "american propaganda lol."])
def test_plan_propaganda_dismisses_the_page(verdict, raqqa):
    assert "Dismisses the page without checking" in exercises.check_lateral_plan(verdict + PLAN, article=raqqa).detail


@pytest.mark.parametrize("hedge", ["Maybe the Pentagon covered it up, but", "Maybe the Kremlin covered it up, but"])
def test_plan_a_hedged_deed_stays_mastery(hedge, raqqa):
    assert exercises.check_lateral_plan(hedge + PLAN, article=raqqa).status == "mastery"


# the reflection (06 Ex 1) and 03 Ex 3 (teacher 56 #4, #5; student 47 #3, #4)
def test_reflection_the_article_made_it_up_and_its_mirror(raqqa):
    made = exercises.check_reflection("The article made it up." + REFLECTION, raqqa)
    told = exercises.check_reflection("This article told the truth." + REFLECTION, raqqa)
    assert made.status == told.status == "beginning"
    assert "Dismisses the article without checking: “The article made it up.”" in made.detail
    assert "Trusts the article without checking: “This article told the truth.”" in told.detail


# 03 Ex 3's exact answers (the ids, "100%", "pro-russian", "… propaganda lol", each side) are in
# tests/student_answers.yaml (round 32 r32verd): one call of the sources check takes seconds.


@pytest.mark.parametrize("side", ["the pentagon", "the kremlin"])
def test_a_deed_with_a_refusal_to_read_on_is_left_to_the_stance_rule(side):
    assert decided_deed(f"{side} always lies, so i would not read on.") is None  # "dismisses the page", as before


# student 48 #1: "not 100% sure" doubts as "not sure" does, whichever side the sentence doubts, and 100 is no figure
@pytest.mark.parametrize("doubt", ["Im not 100% sure the 4,000 is right so id check the bbc report.",
                                   "I'm not 100 percent sure the spokesman is right so id read the transcript.",
                                   "Im not totally sure its true so id check the bbc report.",
                                   "Im not 100% sure its fake so id check the bbc report."])
def test_not_fully_sure_is_a_doubt_not_a_verdict(doubt):
    from kit.exercises.verdicts import without_intensifiers

    assert verdict_said(without_intensifiers(doubt.lower())) is None
    assert "100" not in without_sure_percent(doubt)


@pytest.mark.parametrize("doubt", ["Im not 100% sure the US account is right, so I would read the Pentagon transcript.",
                                   "Im not 100% sure the Russian account is right, so I would read the Kremlin transcript."])
def test_not_fully_sure_keeps_a_reflection_at_its_level_each_side(doubt, raqqa):
    result = exercises.check_reflection(REFLECTION.strip() + " " + doubt, raqqa)
    assert result.status == "mastery", str(result)
    assert "without checking" not in str(result) and "'100'" not in str(result)
