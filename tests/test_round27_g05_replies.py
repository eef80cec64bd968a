"""Round 27 (r27g05): 05 Exercise 2's replies after teacher 51 #1, #7 and student 43 #6. A reply that agrees
("…, Pentagon agrees", "…, the US backs it") is a reply, read as a denial is (one rule, ``agrees`` in
data/headline_words.csv); the party named ends before "doesnt"/"does not"; the "side accused" message says what the
claim is about. Every answer is tried on made-up mirror articles (the US accused, Russia accused), with the names put
back to marks to compare the messages.
"""
from __future__ import annotations

import re

import pytest
from made_up import CHARGED, EXPOSED, SIDES, checked

from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline
from kit.exercises.headline_replies import reply_clause

US_NAMES, RUSSIA_NAMES = ("the United States", "Pentagon", "US"), ("Russia", "Kremlin", "Russian")


def marked(printed, accused, accuser):
    """``printed`` with each side's names put back to marks, in one pass (an owner's "'s" or "'" alike)."""
    names = {n: "<accused>" for n in accused} | {n: "<accuser>" for n in accuser}
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    printed = re.sub(rf"\b(?:{pattern})\b", lambda m: names[m.group(0)], printed)
    return printed.replace(">'s ", ">' ")


def mirrored(monkeypatch, text, kind, answer):
    """Both sides' results; the same message once the sides' names are put back to marks."""
    out, shown = {}, []
    for side, s in SIDES.items():
        out[side] = checked(monkeypatch, side, text, kind, answer)
        accused, accuser = (US_NAMES, RUSSIA_NAMES) if side == "us accused" else (RUSSIA_NAMES, US_NAMES)
        shown.append(marked(str(out[side]), accused, accuser).replace(s["name"], "<name>"))
    assert shown[0] == shown[1], shown
    return out


AGREES = ["{office} agrees", "the {office} backs it", "{country} agrees", "{office} accepts it", "{office} supports it",
          "{office} concurs", "{office} endorses the report"]


@pytest.mark.parametrize("agree", AGREES)
def test_the_accused_agreeing_where_the_article_reports_no_reply(monkeypatch, agree):  # teacher 51 #1
    for result in mirrored(monkeypatch, CHARGED, "charges", "{source} says {office} trains ex-ISIS fighters, " + agree).values():
        assert result.status == "partly", str(result)
        assert "does not report a reply from" in result.message and "no immediate response" in result.message


@pytest.mark.parametrize("agree", AGREES)
def test_the_accused_agreeing_where_the_article_reports_a_reply(monkeypatch, agree):  # teacher 51 #1
    for result in mirrored(monkeypatch, EXPOSED, "exposed", "Weekly says {doer} forces rescued ISIS, " + agree).values():
        assert result.status == "partly", str(result)
        assert "does not say the claim is true" in result.message and "innocent bystander" in result.message


@pytest.mark.parametrize("agree", ["{state} agrees", "{other} agrees", "the {state} backs it"])
def test_the_accuser_agreeing_is_no_reply(monkeypatch, agree):  # teacher 51 #1, the other side
    for result in mirrored(monkeypatch, CHARGED, "charges", "{source} says {office} trains ex-ISIS fighters, " + agree).values():
        assert result.status == "partly" and "a reply comes from the side it accuses" in result.message, str(result)
    for result in mirrored(monkeypatch, EXPOSED, "exposed", "Weekly says {doer} forces rescued ISIS, " + agree).values():
        assert result.status == "partly" and "a reply comes from the side accused" in result.message, str(result)


def test_the_bundled_agreeing_replies():  # teacher 51 #1 on the lesson's articles, both sides
    charges, exposed = "Russia charges Pentagon with training ex-ISIS fighters", "US rescue of ISIS in Raqqa exposed"
    for head, original in (("Russian general says US trains ex-ISIS fighters", charges),
                           ("WSWS says US helped ISIS leave Raqqa", exposed)):
        for who in ("Pentagon agrees", "Mattis agrees", "US agrees", "the US backs it", "Kremlin agrees",
                    "Putin agrees", "Lavrov agrees", "Russia agrees", "Assad agrees"):
            forget_attempts()
            result = check_neutral_headline(f"{head}, {who}", original)
            assert result.status == "partly", (who, str(result))


@pytest.mark.parametrize("negated", ["doesnt deny it", "doesn't deny it", "does not deny it", "didnt deny it",
                                     "won't deny it", "hasnt denied it"])
def test_the_party_ends_before_its_negation(monkeypatch, negated):  # teacher 51 #7
    for result in mirrored(monkeypatch, CHARGED, "charges", "{source} says {office} trains ex-ISIS fighters, {office} "
                           + negated).values():
        assert result.status == "partly" and re.search(r"a reply from '(Pentagon|Kremlin)'", result.message), str(result)
    for result in mirrored(monkeypatch, CHARGED, "charges", "{source} says {office} trains ex-ISIS fighters, {state} "
                           + negated).values():
        assert result.status == "partly" and re.search(r"a reply from '(Pentagon|Kremlin)'\.", result.message), str(result)


def test_reply_clause_names_the_party_alone():  # teacher 51 #7
    for party in ("Pentagon", "Kremlin", "the US", "Moscow", "Washington"):
        assert reply_clause(f"Weekly says X helped ISIS, {party} doesnt deny it", {"says", "deny"})[2] == party


def test_the_side_accused_is_named(monkeypatch):  # student 43 #6
    for side, result in mirrored(monkeypatch, CHARGED, "charges", "{source} says {office} trains ex-ISIS fighters, "
                                 "{state} denies").items():
        accused = "the United States" if side == "us accused" else "Russia"
        assert f"the claim is about what {accused} did" in result.message, str(result)
    for side, result in mirrored(monkeypatch, EXPOSED, "exposed", "Weekly says {doer} forces rescued ISIS, "
                                 "{source} denies").items():
        accused = "the United States" if side == "us accused" else "Russia"
        assert f"the claim is about what {accused} did" in result.message, str(result)
