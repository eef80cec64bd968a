"""Round 26 (r26ex5): 05 Exercise 2's replies (teacher 47 #3, #4, #11; student 40 #1-#4; teacher 46 #1) and verdict
words ("lol", "a sketch"). A reply in a headline is ✓ only where the article reports a reply from that party; a no-reply
only where the article says the party gave none; and the side that makes the claim does not reply to it. Every answer is
tried on made-up mirror articles (Russia accusing the Pentagon, the US accusing the Kremlin, the names swapped) and on
the bundled ones.
"""
from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.exercises import answers
from kit.exercises import headline_sources as hs
from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline


def headline(answer, original):
    forget_attempts()
    return check_neutral_headline(answer, original)


CHARGES, RESCUE = "Russia charges Pentagon with training ex-ISIS fighters", "US rescue of ISIS in Raqqa exposed"
CLAIM = ("{doer} special forces are secretly training former ISIS fighters at a remote base near Al Tanf, according to "
         "a report issued by the {accuser} military command. “They are in reality being trained there,” General {name} "
         "said in an interview. ")
SILENT = CLAIM + "There was no immediate response from the {office}."
ANSWERED = CLAIM + ("In the face of the report, the {office} has been forced to acknowledge that the base exists, while "
                    "insisting that it trains no one there.")
SIDES = {"russian": dict(title=CHARGES, doer="US", accuser="Russian", name="Ivan Petrov", office="Pentagon",
                         source="Russia", capital="Moscow", state="Kremlin", accused_state="the United States"),
         "us": dict(title="US charges Kremlin with training ex-ISIS fighters", doer="Russian", accuser="US",
                    name="Mark Reed", office="Kremlin", source="US", capital="Washington", state="Pentagon",
                    accused_state="Russia")}


def use_article(monkeypatch, side, text):
    s = SIDES[side]
    load = kit.load_articles
    table = load(pd.DataFrame([{"article_id": f"made-up-{side}", "title": s["title"], "outlet": "", "author": "",
                                "date": "2020-01-01", "url": "", "text": text.format(**s)}]))
    monkeypatch.setattr(kit, "load_articles", lambda *a, **k: load(*a, **k) if a or k else table)
    monkeypatch.setattr(answers, "KNOWN_WORDS", {})  # the made-up article's words are never left behind
    return s


def both(monkeypatch, text, answer):
    """The result on each side's made-up article, and the two printed with the side's names put back to X, Y, Z."""
    out, shown = {}, []
    for side in SIDES:
        s = use_article(monkeypatch, side, text)
        out[side] = headline(answer.format(**s), s["title"])
        printed = str(out[side])
        for key, mark in (("office", "<accused>"), ("accused_state", "<accused>"), ("state", "<accuser's state>"),
                          ("capital", "<capital>"), ("source", "<accuser>")):  # round 27: the message names the accused
            printed = printed.replace(s[key], mark)
        shown.append(printed)
    assert shown[0] == shown[1], shown  # the same rule and the same words, whichever side accuses
    return out


@pytest.mark.parametrize("reply", ["denies", "denies it", "says that's not true", "calls it fake"])
def test_a_made_up_reply_where_the_article_says_there_was_none(monkeypatch, reply):
    results = both(monkeypatch, SILENT, "{source} says {office} trained ex-ISIS fighters, {office} " + reply)
    for side, result in results.items():
        assert result.status == "partly", str(result)
        assert f"There was no immediate response from the {SIDES[side]['office']}." in result.message, str(result)


@pytest.mark.parametrize("reply", ["denies", "says that's not true", "declined to comment"])
def test_the_side_that_makes_the_claim_does_not_reply_to_it(monkeypatch, reply):
    for text in (SILENT, ANSWERED):
        for who in ("state", "capital"):
            results = both(monkeypatch, text, "{source} says {office} trained ex-ISIS fighters, {" + who + "} " + reply)
            for side, result in results.items():
                assert result.status == "partly", str(result)
                assert (f"{SIDES[side]['source']} makes the claim in this article; a reply comes from the side it "
                        "accuses") in result.message, str(result)


@pytest.mark.parametrize("no_reply", ["; no reply from the {office}", ", {office} hasnt responded yet",
                                      ", {office} has not responded", ", {office} declined to comment"])
def test_a_no_reply_is_right_only_where_the_article_says_so(monkeypatch, no_reply):
    answer = "{source} says {office} trained ex-ISIS fighters" + no_reply
    for result in both(monkeypatch, SILENT, answer).values():
        assert result.status == "correct" and not result.caution, str(result)
    messages = set()
    for side, result in both(monkeypatch, ANSWERED, answer).items():
        assert result.status == "partly", str(result)
        assert "the article reports a response from" in result.message and "forced to acknowledge" in result.message
        assert "adds 'not'" not in str(result) and "adds 'no'" not in str(result)
        messages.add(result.message.replace(SIDES[side]["office"], "X").replace("the X'", "X'"))
    assert len(messages) == 1, messages


def test_a_reply_the_article_reports_is_ticked_with_a_caution(monkeypatch):
    for result in both(monkeypatch, ANSWERED, "{source} says {office} trained ex-ISIS fighters, {office} denies").values():
        assert result.status == "correct" and "check that the article reports that reply" in result.caution, str(result)


def test_the_bundled_articles_reply_and_no_reply():
    # russia-charges-pentagon: "There was no immediate response from the Pentagon"; Russia makes the charge
    for name in ("Pentagon", "Washington", "US military"):
        made_up = headline(f"Article says Russia charges Pentagon with training ex-ISIS fighters, {name} denies", CHARGES)
        assert made_up.status == "partly" and "There was no immediate response from the Pentagon" in made_up.message
        assert headline(f"Russia says Pentagon trained ex-ISIS fighters, {name} hasnt responded yet", CHARGES).status == "correct"
    for name in ("Kremlin", "Moscow"):
        for original, answer, says in ((CHARGES, "Russia says Pentagon trained ex-ISIS fighters", "Russia makes the claim in "
                                        "this article"), (RESCUE, "WSWS says US let ISIS fighters leave Raqqa",  # teacher 48 #7
                                                          "the article reports Russia's charge")):
            result = headline(f"{answer}, {name} denies", original)
            assert result.status == "partly" and says in result.message, str(result)
    # us-rescue: "the Pentagon has been forced to acknowledge that the evacuation took place"
    messages = set()
    for typed in ("; no reply from the Pentagon", ", Pentagon hasnt responded yet", ", Pentagon has not responded"):
        result = headline("WSWS says US rescued ISIS fighters from Raqqa" + typed, RESCUE)
        assert result.status == "partly" and "forced to acknowledge" in result.message, str(result)
        messages.add(result.message.replace("'the Pentagon'", "'Pentagon'"))
    assert len(messages) == 1, messages


@pytest.mark.parametrize("answer, original, speaker", [("US saves isis thats cap, Pentagon denies", RESCUE, "Pentagon"),
                                                       ("Russia trains isis thats cap, Kremlin denies", CHARGES, "Kremlin")])
def test_a_verdict_before_a_reply_is_named_first_in_the_students_words(answer, original, speaker):
    result = headline(answer, original)
    assert result.message.startswith("'cap' judges the claim"), str(result)
    assert "Take out 'cap'" in str(result) and "that's" not in str(result) and "credits the claim to" not in str(result)


def test_a_name_is_quoted_as_the_student_typed_it():
    assert hs.typed_as("US saves isis thats cap, Pentagon denies", ["us", "saves", "isis", "that's", "cap"]) == "US saves isis thats cap"


@pytest.mark.parametrize("answer, original", [("WSWS says US rescued ISIS fighters from Raqqa lol", RESCUE),
                                              ("Russia says Pentagon trained ex-ISIS fighters lmao", CHARGES)])
def test_a_laugh_mocks_the_claim(answer, original):
    result = headline(answer, original)
    word = answer.split()[-1]
    assert result.status == "partly" and f"'{word}' mocks the claim: take it out" in str(result), str(result)
    assert "whether the claim is true" not in str(result)


def test_a_sketch_is_a_drawing_but_sketch_is_a_verdict():
    for where in ("WSWS says US rescued ISIS fighters from Raqqa", "Russia says Pentagon trained ex-ISIS fighters"):
        assert hs.judging_words(f"{where}, it is a sketch", frozenset()) == []
        assert hs.judging_words(f"The sketch shows {where.split(' says ')[1]}", frozenset()) == []
        assert hs.judging_words(f"{where}, kinda sketch", frozenset()) == ["sketch"]
        assert hs.judging_words(f"{where}, sketchy", frozenset()) == ["sketchy"]
        assert hs.judging_words(f"{where} but its sketch", frozenset()) == ["sketch"]
