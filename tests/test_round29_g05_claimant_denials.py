"""Round 29 (r29g05): 05 Exercise 2. A headline whose own verb is a denial by the side that MAKES the article's claim
("Russia denies Pentagon trained ex-ISIS fighters" on the article where Russia makes the charge; "WSWS denies US
rescued ISIS" on the WSWS article) says the opposite of what the article reports: not ✓. The feedback says the party
makes the claim in the article, that the verb turns it round, and what to write ("Russia says …"), never what is
true. Mirror tests: the Kremlin/Russia/Moscow/Lavrov on the bundled article, the Pentagon/the US/Washington/Mattis on
the made-up mirror article of tests/made_up.py where the US makes the charge; the accused side's denial is a denial
by a party that does not make the claim, on both.
"""
from __future__ import annotations

import re

import pytest
from made_up import CHARGED, SIDES, checked

from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline

CHARGES = "Russia charges Pentagon with training ex-ISIS fighters"
EXPOSED = "US rescue of ISIS in Raqqa exposed"
RUSSIAN_SIDE = ["Russia", "the Kremlin", "Moscow", "Lavrov"]
US_SIDE = ["the US", "the Pentagon", "Washington", "Mattis"]


def check(answer, original):
    forget_attempts()
    return check_neutral_headline(answer, original)


def marked(printed: str, name: str) -> str:
    return re.sub(rf"(?i)(?<![\w-]){re.escape(name)}(?![\w-])", "<party>", printed)


def turned_round(result, name):
    text = str(result)
    assert result.status == "partly", text
    assert "✓" not in text and "says who makes the claim ('denies')" not in text, text
    assert f"'{name}' makes the claim in the article, but 'denies' turns it round" in result.message, text
    assert f'"{name[0].upper() + name[1:] if name.startswith("the ") else name} says …"' in text, text  # what to write instead


@pytest.mark.parametrize("party", RUSSIAN_SIDE)
def test_the_accusers_denial_on_the_bundled_article_is_turned_round(party):
    turned_round(check(f"{party} denies the US trained ex-ISIS fighters", CHARGES), party)


def test_every_accuser_gets_one_message_on_the_bundled_article():
    shown = {marked(str(check(f"{p} denies the US trained ex-ISIS fighters", CHARGES)), p) for p in RUSSIAN_SIDE}
    assert len(shown) == 1, shown


def us_charges(monkeypatch, answer):
    return checked(monkeypatch, "russia accused", CHARGED, "charges", answer)


@pytest.mark.parametrize("party", US_SIDE)
def test_the_accusers_denial_on_the_made_up_mirror_is_turned_round(monkeypatch, party):
    turned_round(us_charges(monkeypatch, f"{party} denies the Kremlin trained ex-ISIS fighters"), party)


def test_the_two_sides_get_the_same_message(monkeypatch):
    russia = marked(marked(str(check("the Kremlin denies the US trained ex-ISIS fighters", CHARGES)), "the Kremlin"),
                    "the US")
    us = marked(marked(str(us_charges(monkeypatch, "the Pentagon denies the Kremlin trained ex-ISIS fighters")),
                       "the Pentagon"), "the Kremlin")
    assert russia == us, (russia, us)


@pytest.mark.parametrize("answer, name", [("WSWS denies US rescued ISIS in Raqqa", "WSWS"),
                                          ("wsws denies us rescued isis in raqqa", "wsws"),
                                          ("Van Auken denies US rescued ISIS in Raqqa", "Van Auken")])
def test_the_outlet_or_writers_denial_of_its_own_claim(answer, name):
    turned_round(check(answer, EXPOSED), name)


def test_the_article_itself_denying_its_claim():
    result = check("Article denies US rescued ISIS in Raqqa", EXPOSED)
    assert result.status == "partly", str(result)
    assert "the article makes the claim itself, but 'denies' turns it round" in result.message, str(result)


@pytest.mark.parametrize("answer", ["Pentagon denies training ex-ISIS fighters", "Washington denies training ex-ISIS fighters"])
def test_the_accused_sides_denial_on_the_bundled_article(answer):
    result = check(answer, CHARGES)
    assert result.status == "partly", str(result)
    assert "it gives a denial by" in result.message and "makes the claim in the article, but" not in result.message, str(result)


@pytest.mark.parametrize("party", ["the Kremlin", "Moscow"])
def test_the_accused_sides_denial_on_the_made_up_mirror(monkeypatch, party):
    result = us_charges(monkeypatch, f"{party} denies training ex-ISIS fighters")
    assert result.status == "partly", str(result)
    assert f"it gives a denial by '{party}'" in result.message, str(result)


@pytest.mark.parametrize("verb", ["denied", "disputes"])
def test_every_verb_of_denial(verb):
    result = check(f"Russia {verb} the US trained ex-ISIS fighters", CHARGES)
    assert result.status == "partly" and f"'{verb}' turns it round" in result.message, str(result)


def test_a_verb_that_reports_the_claim_is_still_ticked():
    for answer, original in [("Russia says the US trained ex-ISIS fighters", CHARGES),
                             ("WSWS says US rescued ISIS in Raqqa", EXPOSED)]:
        assert check(answer, original).status == "correct", str(check(answer, original))


@pytest.mark.parametrize("leader", ["xi jinping", "vladimir putin", "donald trump"])
def test_a_leader_typed_in_lower_case_is_a_replier_not_a_participle(leader):
    # "jinping" ends in -ing: a word of a name of data/concepts.csv ("President Xi Jinping") is no participle
    result = check(f"WSWS says US helped ISIS leave Raqqa, {leader} denies", EXPOSED)
    assert result.status == "partly", str(result)
    assert f"the article does not report a reply from '{leader}'" in result.message, str(result)


def test_a_denial_with_a_word_that_pushes_says_both(monkeypatch):
    russia = check("the Kremlin denies the brutal US trained ex-ISIS fighters", CHARGES)
    us = us_charges(monkeypatch, "the Pentagon denies the brutal Kremlin trained ex-ISIS fighters")
    for result, name in ((russia, "the Kremlin"), (us, "the Pentagon")):
        text = str(result)
        assert result.status == "partly", text
        assert f"'{name}' makes the claim in the article, but 'denies' turns it round" in result.message, text
        assert "'brutal' (loaded language)" in text and "Take out each word that pushes" in text, text
        assert "says who makes the claim ('denies')" not in text, text


@pytest.mark.parametrize("answer", ["US rescue of ISIS in Raqqa disputed", "Disputed US rescue of ISIS in Raqqa"])
def test_disputed_after_the_claim_is_no_ones_denial(answer):
    # "… disputed": a participle that reports the claim as disputed, not a verb whose subject denies it
    assert "denial by" not in str(check(answer, EXPOSED)) and "turns it round" not in str(check(answer, EXPOSED))


def test_the_general_quoted_making_the_charge_on_both_made_up_articles(monkeypatch):
    # "General Ivan Petrov" / "General Mark Reed" make the charge in the made-up article: no country named with them
    for side in SIDES:
        result = checked(monkeypatch, side, CHARGED, "charges", "{name} denies the {office} trained ex-ISIS fighters")
        assert f"'{SIDES[side]['name']}' makes the claim in the article, but 'denies' turns it round" in result.message, str(result)


def test_a_speaker_of_the_accused_side_quoted_in_the_article_is_not_the_claims_maker():
    # the Pentagon is quoted in the article ("fewer than 1,000 ISIS fighters remained"), but it is the side accused
    assert "it gives a denial by 'the Pentagon'" in check("the Pentagon denies training ex-ISIS fighters", CHARGES).message
