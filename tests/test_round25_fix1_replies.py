"""Round 25 (r25fix1), teacher 46 #1: 05 Exercise 2. Every way of adding a party's reply ("X denies", "X calls it
fake") goes through the one reply rule, and "no reply from X" is not read as a reversed claim when the article itself
says X gave no reply. Made-up articles, one per side, alike (mirror)."""
from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit import exercises
from kit.exercises import answers
from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import saying_forms
from kit.exercises.headline_replies import reply_clause

TEXT = ("{doer} special forces are secretly training former ISIS fighters at a remote base, according to a report "
        "issued by the {accuser} military command. The charge was made Wednesday by General {name}. \u201cThey are "
        "being trained there,\u201d {last} said.{extra}")
NO_RESPONSE = " There was no immediate response from the {office}."
SIDES = {"russian": dict(title="Russia charges Pentagon with training ex-ISIS fighters", doer="US", accuser="Russian",
                         name="Ivan Petrov", last="Petrov", office="Pentagon", source="Russia"),
         "us": dict(title="US charges Kremlin with training ex-ISIS fighters", doer="Russian", accuser="US",
                    name="Mark Reed", last="Reed", office="Kremlin", source="US")}


def use(monkeypatch, side, extra):
    s = SIDES[side]
    load = kit.load_articles
    articles = load(pd.DataFrame([{"article_id": f"made-up-fix1-{side}", "title": s["title"], "outlet": "", "author": "",
                                   "date": "2020-01-01", "url": "", "text": TEXT.format(**s, extra=extra.format(**s))}]))
    monkeypatch.setattr(kit, "load_articles", lambda *a, **k: load(*a, **k) if a or k else articles)
    monkeypatch.setattr(answers, "KNOWN_WORDS", {})
    return s


def headline(answer, original):
    forget_attempts()
    return exercises.check_neutral_headline(answer, original)


@pytest.mark.parametrize("party", ["Pentagon", "Kremlin", "US military", "Russian military"])
@pytest.mark.parametrize("reply", ["denies", "denied", "calls it fake", "called it a lie", "calls the charge false"])
def test_every_way_of_adding_a_reply_is_a_reply(party, reply):
    main = "Russia says US trained ex-ISIS fighters" if "Pentagon" in party or "US" in party else \
        "US says Russia trained ex-ISIS fighters"
    assert reply_clause(f"{main}, {party} {reply}", saying_forms()) == (main, f"{party} {reply}", party)


@pytest.mark.parametrize("party", ["Pentagon", "Kremlin"])
@pytest.mark.parametrize("none", ["hasnt responded yet", "has not responded", "did not reply"])
def test_saying_no_reply_is_no_reply(party, none):
    assert reply_clause(f"Someone says {party} trained fighters, {party} {none}", saying_forms()) == ("", "", "")


@pytest.mark.parametrize("side", ["russian", "us"])
@pytest.mark.parametrize("reply", ["denies", "calls it fake"])
def test_a_made_up_denial_is_not_ticked_both_sides(monkeypatch, side, reply):
    s = use(monkeypatch, side, NO_RESPONSE)
    result = headline(f"{s['source']} says {s['office']} trained ex-ISIS fighters, {s['office']} {reply}", s["title"])
    assert result.status == "partly", str(result)
    assert f"the article does not report a reply from '{s['office']}'" in str(result), str(result)


@pytest.mark.parametrize("side", ["russian", "us"])
@pytest.mark.parametrize("shape", ["{s}; no reply from the {o}", "{s}; no response from {o}", "{s}; {o} has not responded",
                                   "{s}, {o} hasnt responded yet"])
def test_the_articles_own_no_reply_is_ticked_both_sides(monkeypatch, side, shape):
    s = use(monkeypatch, side, NO_RESPONSE)
    answer = shape.format(s=f"{s['source']} says {s['office']} trained ex-ISIS fighters", o=s["office"])
    result = headline(answer, s["title"])
    assert result.status == "correct", str(result)
    assert "adds 'n" not in str(result) and "a reply from" not in str(result), str(result)


@pytest.mark.parametrize("side", ["russian", "us"])
def test_a_no_reply_the_article_does_not_give_is_still_read(monkeypatch, side):
    s = use(monkeypatch, side, "")  # the article says nothing of a reply
    result = headline(f"{s['source']} says {s['office']} trained ex-ISIS fighters; no reply from the {s['office']}",
                      s["title"])
    # round 26 (r26g05, teacher 49 #4): the same kind of message as "Pentagon declined to comment" on such an article
    assert result.status == "partly" and f"does not say that 'the {s['office']}' gave no reply" in str(result), \
        str(result)
