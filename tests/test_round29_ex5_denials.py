"""Round 29 (r29ex5): 05 Exercise 2. (1) A headline whose own verb is a denial ("Sergei Lavrov denies US rescued ISIS
in Raqqa") credits the claim to no one: the feedback says it gives that party's denial but not who makes the claim in
the article, and what to put first. (2) A reply by a party the article does not name gets the one message every such
party gets, whatever the name looks like ("…, Beijing denies" was read as "…, citing …": a word in -ing). Mirror tests:
Lavrov / Mattis, Peskov / Kirby, the Kremlin / the Pentagon, Moscow / Washington alike, on the bundled article and on
the made-up mirror articles of tests/made_up.py.
"""
from __future__ import annotations

import re

import pytest
from made_up import CHARGED, SIDES, checked, mirrored_results

from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline
from kit.exercises.headline_replies import reply_clause

ORIGINAL = "US rescue of ISIS in Raqqa exposed"
DENIERS = ["Sergei Lavrov", "Mattis", "Peskov", "Kirby", "the Kremlin", "the Pentagon", "Moscow", "Washington"]


def check(answer, original=ORIGINAL):
    forget_attempts()
    return check_neutral_headline(answer, original)


def marked(printed: str, name: str) -> str:
    return re.sub(rf"(?i)(?<![\w-]){re.escape(name)}(?![\w-])", "<party>", printed)


@pytest.mark.parametrize("denier", DENIERS)
def test_a_denial_as_the_headlines_verb_gives_no_source_for_the_claim(denier):
    result = check(f"{denier} denies US rescued ISIS in Raqqa")
    assert result.status == "partly", str(result)
    assert f"it gives a denial by '{denier}', but not who makes the claim in the article" in result.message, str(result)
    assert "credits the claim to" not in str(result), str(result)
    assert 'Try "WSWS says …"' in str(result), str(result)  # what to add: who makes the claim


def test_every_deniers_feedback_is_the_same_message():
    shown = {marked(str(check(f"{d} denies US rescued ISIS in Raqqa")), d) for d in DENIERS}
    assert len(shown) == 1, shown


def test_a_denial_after_a_verdict_gets_the_same_wording():
    for party in ("pentagon", "kremlin"):
        result = str(check(f"{party} denies rescuing isis lol thats cap"))
        assert f"Also: it gives a denial by '{party}', but not who makes the claim in the article" in result, result


def test_a_source_that_says_is_still_told_it_credits_the_claim():
    for party in ("BBC", "the Kremlin", "the Pentagon"):
        result = str(check(f"{party} says US rescued ISIS in Raqqa"))
        assert f"it credits the claim to '{party}'" in result and "denial" not in result, result


def test_the_accused_sides_denial_on_the_made_up_mirror_articles(monkeypatch):
    results = mirrored_results(SIDES, [("office", "<office>"), ("source", "<source>"), ("doer", "<doer>"),
                                       ("name", "<name>")],
                               lambda side: checked(monkeypatch, side, CHARGED, "charges",
                                                    "the {office} denies training ex-ISIS fighters"))
    for side, result in results.items():
        assert f"a denial by 'the {SIDES[side]['office']}'" in result.message, str(result)


UNNAMED = ["Beijing", "China", "the Chinese government", "London", "Paris", "Ankara", "Whitehall", "Xinhua"]


@pytest.mark.parametrize("party", UNNAMED)
def test_a_reply_from_a_party_the_article_does_not_name(party):
    result = check(f"WSWS says US helped ISIS leave Raqqa, {party} denies")
    assert result.status == "partly", str(result)
    assert f"the article does not report a reply from '{party}'" in result.message, str(result)


@pytest.mark.parametrize("original, head", [(ORIGINAL, "WSWS says US helped ISIS leave Raqqa"),
                                            ("Russia charges Pentagon with training ex-ISIS fighters",
                                             "Russian general says US trains ex-ISIS fighters")])
def test_every_unnamed_party_gets_one_message(original, head):
    shown = {marked(str(check(f"{head}, {p} denies", original)), p) for p in UNNAMED}
    assert len(shown) == 1, shown


def test_a_name_in_ing_is_a_replier_a_participle_is_not():
    verbs = {"says", "denies", "report"}
    assert reply_clause("WSWS says US helped ISIS, Beijing denies", verbs)[2] == "Beijing"
    assert reply_clause("wsws says us helped isis, beijing denies", verbs)[2] == "beijing"
    assert reply_clause("WSWS says US helped ISIS, Xi Jinping denies", verbs)[2] == "Xi Jinping"
    assert reply_clause("WSWS says US helped ISIS, citing BBC report on convoy", verbs)[1] == ""
    assert reply_clause("WSWS Says US Helped ISIS, Citing BBC Report On Convoy", verbs)[1] == ""


@pytest.mark.parametrize("name, country", [("China's government", "China"), ("People's Republic of China", "China"),
                                           ("Britain's government", "UK"), ("United Kingdom", "UK"),
                                           ("France's government", "France"), ("Türkiye", "Turkey"),
                                           ("Turkiye", "Turkey")])
def test_the_gazetteer_knows_the_governments_a_student_may_name(name, country):
    from kit.sourcing import load_gazetteer

    table = load_gazetteer()
    rows = table[table["type"] == "government"]
    hits = [r for r in rows.itertuples() if name.lower() in [a.lower() for a in [r.name, *str(r.aliases).split("|")]]]
    assert [r.country for r in hits] == [country], hits
