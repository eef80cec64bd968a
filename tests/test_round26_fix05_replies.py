"""Round 26 (r26fix05): 05 Exercise 2's replies after teacher 48 #5-#9. A no-reply in other words ("says nothing",
"silent", "no comment") is a no-reply; the accused agreeing ("it's legit") is not the reply the article reports; "the
coalition" is on the side of the state that leads it; accusers named in one sentence are treated alike, and where the
article's headline credits no one, the message says the article reports their charge; a list of parties is read one
by one; the source of the claim ("the Daily Courier") is no side that replies. Every answer is tried on made-up mirror
articles (the US accused, Russia accused), with the names put back to X, Y, Z to compare the messages.
"""
from __future__ import annotations

import re

import pytest
from made_up import CHARGED, EXPOSED, SIDES, checked

from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline

MARKS = (("accuser_list", "<accuser>"), ("office", "<accused>"), ("state", "<accuser's state>"), ("source", "<accuser>"),
         ("doer", "<doer>"))


def mirrored(monkeypatch, text, kind, answer):
    """Both sides' results; the same message once the sides' names are put back to marks."""
    out, shown = {}, []
    for side, s in SIDES.items():
        out[side] = checked(monkeypatch, side, text, kind, answer)
        printed = re.sub(r"\bRussia\b(?!n)", "<accuser>", str(out[side]).replace("the United States'", "Russia's")
                         .replace("the United States", "Russia"))  # an accuser named by its concept
        for key, mark in MARKS:
            printed = printed.replace(s[key], mark)
        shown.append(printed)
    assert shown[0] == shown[1], shown
    return out


@pytest.mark.parametrize("no_reply", [", {office} says nothing", ", {office} silent", ", the {office} remains silent",
                                      ", {office}: no comment", ", {office} no comment", ", {office} said nothing yet"])
def test_a_no_reply_in_other_words_is_a_no_reply(monkeypatch, no_reply):  # teacher 48 #5
    for result in mirrored(monkeypatch, CHARGED, "charges", "{source} says {office} trains ex-ISIS fighters" + no_reply).values():
        assert result.status == "correct" and not result.caution, str(result)
    for result in mirrored(monkeypatch, CHARGED, "charges", "{source} says {office} trains ex-ISIS fighters"
                           + no_reply.replace("{office}", "{state}")).values():
        assert result.status == "partly" and "a reply comes from the side it accuses" in result.message, str(result)


def test_silent_before_a_noun_is_no_no_reply():
    from kit.exercises.headline_sources import no_reply_from

    assert no_reply_from("The silent base near Al Tanf trains no one.") == set()
    assert no_reply_from("The report says nothing about the convoy.") == set()
    assert no_reply_from("The Pentagon says nothing.") == no_reply_from("There was no response from the Pentagon.")


def test_the_bundled_no_reply_in_other_words():
    original = "Russia charges Pentagon with training ex-ISIS fighters"
    for typed in ("US says nothing", "pentagon silent", "Pentagon: no comment"):
        forget_attempts()
        result = check_neutral_headline("Russian general says US trains ex-ISIS fighters, " + typed, original)
        assert result.status == "correct", str(result)


@pytest.mark.parametrize("agrees", ["says it's legit", "says it is true"])
def test_the_accused_agreeing_is_not_the_reply_the_article_reports(monkeypatch, agrees):  # teacher 48 #6
    for result in mirrored(monkeypatch, EXPOSED, "exposed", "Weekly says {doer} forces rescued ISIS, the {office} "
                           + agrees).values():
        assert result.status == "partly", str(result)
        assert "does not say the claim is true" in result.message and "innocent bystander" in result.message
    for result in mirrored(monkeypatch, EXPOSED, "exposed", "Weekly says {doer} forces rescued ISIS, the {office} says "
                           "it's fake").values():
        assert result.status == "correct", str(result)


def test_the_coalition_is_on_the_side_of_the_state_that_leads_it():  # teacher 48 #6
    original = "US rescue of ISIS in Raqqa exposed"
    results = []
    for who in ("US", "coalition", "the coalition", "US-led coalition"):
        forget_attempts()
        results.append(check_neutral_headline(f"WSWS says US helped ISIS leave Raqqa, {who} denies", original))
    assert {r.status for r in results} == {"correct"}, [str(r) for r in results]


@pytest.mark.parametrize("who", ["Iran", "{accuser_list}", "Syria", "the Syrian government"])
def test_accusers_named_in_one_sentence_are_treated_alike(monkeypatch, who):  # teacher 48 #7
    for result in mirrored(monkeypatch, EXPOSED, "exposed", "Weekly says {doer} forces rescued ISIS, " + who + " denies").values():
        assert result.status == "partly", str(result)
        assert "the article reports" in result.message and "charge (with " in result.message, str(result)
        assert "a reply comes from the side accused" in result.message
        assert "makes the claim in this article" not in result.message


def test_the_bundled_accusers_message():
    forget_attempts()
    result = check_neutral_headline("WSWS says US rescued ISIS in Raqqa, Syria denies", "US rescue of ISIS in Raqqa exposed")
    assert ("the article reports the Syrian government's charge (with Iran and Russia); a reply comes from the side "
            "accused") in result.message, str(result)


@pytest.mark.parametrize("listed", ["{office}, {state} or anyone else", "{state} or the {office}", "the {office} and {state}"])
def test_a_list_of_no_replies_is_read_party_by_party(monkeypatch, listed):  # teacher 48 #8
    answer = "{source} says {office} trains ex-ISIS fighters, no reply from " + listed
    for result in mirrored(monkeypatch, CHARGED, "charges", answer).values():
        assert result.status == "partly" and "a reply comes from the side it accuses" in result.message, str(result)
    for result in mirrored(monkeypatch, CHARGED, "charges", "{source} says {office} trains ex-ISIS fighters, no reply "
                           "from the {office} or anyone else").values():
        assert result.status == "correct", str(result)


@pytest.mark.parametrize("typed", ["the Daily Courier declined to comment", "no reply from the Daily Courier",
                                   "the Daily Courier denies"])
def test_the_source_of_the_claim_does_not_reply(monkeypatch, typed):  # teacher 48 #9
    for result in mirrored(monkeypatch, EXPOSED, "exposed", "Weekly says {doer} forces rescued ISIS, " + typed).values():
        assert result.status == "partly", str(result)
        assert "the Daily Courier is where the article's claim comes from, not a side that replies" in result.message
        assert "Say what they said" not in result.message
