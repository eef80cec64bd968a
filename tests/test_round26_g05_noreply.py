"""Round 26 (r26g05): 05 Exercise 2, a no-reply the article does not report, after teacher 49 #4. "…, Pentagon says
nothing" and "…, no reply from the US" are split off before the claim's source is read: the same message as
"…, Pentagon declined to comment", never "it credits the claim to 'Pentagon'" nor "it adds 'no'". Both sides alike,
on a made-up article that reports no reply from anyone (the US accused, Russia accused) and on the bundled one.
"""
from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.exercises import answers
from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline

PRETENDS = ("The {doer} only pretends to fight ISIS in the region, according to an essay in the Weekly Review. The "
            "essay says the {doer} air war has left the ISIS fighters free to move along the river.")
SIDES = {"us accused": dict(title="Washington Pretends to be Combating ISIS in Syria", doer="US", office="Pentagon",
                            state="Kremlin"),
         "russia accused": dict(title="Moscow Pretends to be Combating ISIS in Syria", doer="Russian", office="Kremlin",
                                state="Pentagon")}
NO_REPLIES = ("{party} says nothing", "no reply from the {party}", "{party} declined to comment", "{party} silent")


def checked(monkeypatch, side, answer):
    """The check of ``answer`` on the side's made-up article."""
    s = SIDES[side]
    load = kit.load_articles
    table = load(pd.DataFrame([{"article_id": "made-up-pretends", "title": s["title"], "outlet": "Weekly Review",
                                "author": "", "date": "2020-01-01", "url": "", "text": PRETENDS.format(**s)}]))
    monkeypatch.setattr(kit, "load_articles", lambda *a, **k: load(*a, **k) if a or k else table)
    monkeypatch.setattr(answers, "KNOWN_WORDS", {})
    forget_attempts()
    return check_neutral_headline(answer, s["title"])


@pytest.mark.parametrize("side", list(SIDES))
@pytest.mark.parametrize("party", ["office", "state"])
def test_a_no_reply_the_article_does_not_report_gets_one_message(monkeypatch, side, party):
    s = SIDES[side]
    for typed in NO_REPLIES:
        name = s[party]
        result = checked(monkeypatch, side, f"Weekly Review says {s['doer']} only pretends to fight ISIS, "
                         + typed.format(party=name))
        assert result.status == "partly", str(result)
        assert result.message.endswith(f"but the article does not say that '{'the ' if 'from' in typed else ''}{name}' "
                                       "gave no reply: take that out, or say where you read it."), (typed, str(result))


def test_the_bundled_article_alike():  # teacher 49 #4 on washington-pretends-combating-isis
    original = "Washington Pretends to be Combating ISIS in Syria"
    for typed in ("Pentagon says nothing", "no reply from the US", "US declined to comment"):
        forget_attempts()
        result = check_neutral_headline("Global Research says US only pretends to fight ISIS, " + typed, original)
        assert "credits the claim to" not in result.message and "it adds 'no'" not in result.message, str(result)
        assert "gave no reply: take that out, or say where you read it." in result.message, str(result)
    # the article quotes a Russian ministry spokesman making the charge (teacher 52 #6, round 28): Russia is an accuser
    # there, so a no-reply from the Kremlin is told so, and that the article reports no such thing
    forget_attempts()
    result = check_neutral_headline("Global Research says US only pretends to fight ISIS, the Kremlin says nothing",
                                    original)
    assert "credits the claim to" not in result.message and "it adds 'no'" not in result.message, str(result)
    assert "the article reports Russia's charge" in result.message, str(result)
    assert "take out the no-reply from 'the Kremlin'" in result.message, str(result)
    assert "does not say that 'the Kremlin' gave no reply" in result.message, str(result)
