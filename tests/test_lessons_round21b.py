"""Round 21b (teacher 35 on lessons 00, 01, 04, 05): a rewritten headline keeps who did what, and where, of the
article's own headline, whatever the actor and whoever is credited; "alleged", "allegedly" and "alleges" are graded
alike; a search report's trust or distrust verdict is named and graded the same, whichever outlet and whichever way.
(Made-up headlines and answers; four actors and eight outlets, so no name is treated differently.)"""

import pytest

from kit import exercises
from kit.exercises.answers import forget_attempts

ACTORS = ["US", "Russia", "China", "Iran"]
OUTLETS = ["RT", "the BBC", "Xinhua", "CNN", "the US", "Russia", "China", "Iran"]
SOURCES = ["RT", "BBC", "Xinhua", "CNN"]


@pytest.fixture(autouse=True)
def fresh_tries():
    forget_attempts()
    yield
    forget_attempts()


def original(actor):
    return f"{actor} rescue of ISIS in Aleppo exposed"


def other(actor):
    return ACTORS[(ACTORS.index(actor) + 1) % len(ACTORS)]


# 1. the rewrite keeps the article's claim: a swapped actor or place, or a dropped actor, is partly right
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("source", SOURCES)
def test_headline_keeps_who_and_where(actor, source):
    kept = exercises.check_neutral_headline(f"{source} says {actor} helped ISIS fighters leave Aleppo", original(actor))
    assert kept.correct, kept
    swapped = exercises.check_neutral_headline(f"{source} says {other(actor)} helped ISIS fighters leave Aleppo",
                                               original(actor))
    assert swapped.status == "partly" and f"it puts '{other(actor)}' where" in swapped.message, swapped
    moved = exercises.check_neutral_headline(f"{source} says {actor} helped ISIS fighters leave Mosul", original(actor))
    assert moved.status == "partly" and "'Mosul'" in moved.message and "'Aleppo'" in moved.message, moved
    # a colon source does not make any headline right
    dropped = exercises.check_neutral_headline(f"{source}: ISIS fighters left Aleppo under a deal", original(actor))
    assert dropped.status == "partly" and f"leaves out '{actor}'" in dropped.message, dropped
    weather = exercises.check_neutral_headline(f"{source} says the weather in Aleppo is nice", original(actor))
    assert not weather.correct, weather


# 1b. the three forms of "alleged" alike, and the ✗ message no longer suggests a form it then marks down
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("answer", ["Alleged {a} rescue of ISIS in Aleppo", "{a} allegedly helped ISIS fighters leave Aleppo",
                                    "WSWS alleges {a} helped ISIS fighters leave Aleppo",
                                    "WSWS alleged {a} helped ISIS fighters leave Aleppo"])
def test_alleged_forms_alike(actor, answer):
    result = exercises.check_neutral_headline(answer.format(a=actor), original(actor))
    assert result.status == "partly", result
    assert "by whom?" in result.message or "casts doubt" in result.message, result


@pytest.mark.parametrize("actor", ACTORS)
def test_not_yet_message_suggests_only_a_named_source(actor):
    result = exercises.check_neutral_headline(f"{actor} colluded with ISIS in Aleppo", original(actor))
    assert result.status == "incorrect" and "alleged" not in str(result), result


# 2. a search report's verdict: trust and distrust, any outlet, the same level, and named
@pytest.mark.parametrize("outlet", OUTLETS)
def test_search_report_verdicts_alike(outlet):
    trust = exercises.check_search_report(f"It was published by {outlet}, so I would trust it.")
    distrust = exercises.check_search_report(f"It was published by {outlet}, so I would not trust it.")
    propaganda = exercises.check_search_report(f"It was published by {outlet} propaganda, so I would not trust it.")
    assert trust.status == distrust.status == propaganda.status == "beginning", (trust, distrust, propaganda)
    for result in (trust, distrust, propaganda):
        assert "Says what came up" not in str(result) and "verdict" in str(result), result
    searched = [exercises.check_search_report(f'I searched "strategic nexus" and it was on {outlet}, so I would '
                                              f"{verb} it.") for verb in ("trust", "not trust")]
    assert searched[0].status == searched[1].status == "emerging", searched
    assert all("Gives a verdict without checking" in str(r) for r in searched), searched


@pytest.mark.parametrize("outlet", ["WSWS", "RT", "the BBC", "Xinhua"])
def test_search_report_full_with_verdict_is_not_mastery(outlet):
    base = 'I searched "strategic nexus" and found it on wsws.org dated 29 Dec 2017; I would check which is earliest.'
    assert exercises.check_search_report(base).status == "mastery"
    for verb in ("trust", "not trust"):
        result = exercises.check_search_report(f"{base} It was on {outlet}, so I would {verb} it.")
        assert result.status == "emerging" and "verdict" in result.message, result


@pytest.mark.parametrize("outlet", ["WSWS", "RT", "the BBC", "CNN"])
def test_search_report_vague_next_step_is_asked_what(outlet):
    result = exercises.check_search_report(f"I searched the sentence in quotation marks. It was on {outlet}. "
                                           f"I would check {outlet}.")
    assert result.status == "emerging" and "not what you would check there" in result.message, result
