"""Round 17, lead: one pattern for a plural noun for people (attitude_cues.PEOPLE_PLURAL), used by the attitude
rule and by the described-subject rule."""

import re

import pytest
from quote_helpers import said

import kit
from kit.attitude_cues import PEOPLE_PLURAL


@pytest.mark.parametrize("noun", ["veterans", "Americans", "Russians", "voters", "employees", "relatives"])
def test_a_plural_for_people_fits_the_one_pattern(noun):
    assert re.fullmatch(PEOPLE_PLURAL, noun.lower())


@pytest.mark.parametrize("group", ["Many veterans", "Some Americans", "Most Russians"])
def test_a_quantifier_and_people_are_wary_is_an_attitude_cue(group):
    text = f"{group} are wary of the plan. The vote is on Monday."
    spans = kit.annotate(text, categories=["attribution"])
    assert (spans.term == "rule:attitude").sum() == 1, spans[["text", "term"]]
    assert "wary" in spans.loc[spans.term == "rule:attitude", "text"].iloc[0]


@pytest.mark.parametrize("source", ["Border Patrol agents", "Border Guard officers", "Border Guard agents",
                                    "Border Patrol officers"])
def test_a_body_then_people_is_a_described_source_for_either_side(source):
    """The US Border Patrol and Russia's Border Guard: the people named by the body they serve, alike."""
    assert said(f"{source} said the road was shut.") == [("the road was shut", source)]
