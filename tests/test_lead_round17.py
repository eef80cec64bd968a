"""Round 17, lead: one pattern for a plural noun for people (attitude_cues.PEOPLE_PLURAL), used by the attitude
rule and by the described-subject rule."""

import re

import pytest
from quote_helpers import said

import kit
import kit.exercises
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


# ---------------------------------------------------------------- teacher 25: a search for both sides

@pytest.mark.parametrize("side", ["the US", "Russia"])
@pytest.mark.parametrize("both", [
    "I would look for sites saying {side} helped ISIS and sites saying {side} did not help ISIS.",
    "I would look for sites saying {side} did not help ISIS and sites saying it did.",
    "I would look for reports that {side} helped ISIS and reports that it did not.",
    "I would search for reports for and against the claim that {side} helped ISIS.",
])
def test_a_search_for_both_sides_is_not_told_it_looks_for_one(both, side):
    result = kit.exercises.check_lateral_plan(both.format(side=side) + " Then I would look up who runs the site.")
    assert "one side only" not in str(result), result
    assert result.status == "mastery" or "looks for other coverage" in str(result), result


@pytest.mark.parametrize("side", ["the US", "Russia"])
@pytest.mark.parametrize("one", ["I would look for sites saying {side} helped ISIS.",
                                 "I would look for sites saying {side} did not help ISIS.",
                                 "I would look for reports that challenge the claim about {side}."])
def test_a_search_for_one_side_is_named_so_whichever_side(one, side):
    result = kit.exercises.check_lateral_plan(one.format(side=side))
    assert result.status == "emerging" and "one side only" in str(result), result
    assert "already expect" not in str(result)


@pytest.mark.parametrize("step", ["I would look for reports that mention the convoy, to see how many left.",
                                  "I would look for articles discussing the 4,000 figure, to see where it came from."])
def test_reports_that_mention_the_event_are_other_coverage(step):
    assert "looks for other coverage" in str(kit.exercises.check_lateral_plan(step))


# ---------------------------------------------------------------- student 19 #8: a new game, new hints

@pytest.mark.usefixtures("fresh_hints")
def test_running_the_word_game_again_starts_its_hints_at_the_first():
    from kit.widgets import spot_the_loaded_words

    text = "The regime's brutal siege went on, and the so-called rebels were blamed."  # made up
    game = spot_the_loaded_words(text)
    for _ in range(2):
        game.select(["siege"])
        game.check()
    game = spot_the_loaded_words(text)  # the cell run again: a new game
    game.select(["siege"])
    assert "First hint (of three)" in str(game.check())
    game.select(["went"])  # another choice (the same ticks again are not a new try: teacher 26 #10)
    assert "Second hint (of three)" in str(game.check())  # within one game the hints still go on
