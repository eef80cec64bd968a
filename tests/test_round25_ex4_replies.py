"""Round 25 (r25ex4), teacher 45 #6: 05 Exercise 2, a reply the student adds from a party is ✓ only if the article
has a row (kit.quotes) whose speaker is that party, read through the kit's concepts (Pentagon, US military, Washington
are the United States; Kremlin, Russian military, Moscow are Russia). Made-up articles, one per side, alike: each says
"There was no immediate response from the …" and quotes only the accuser."""
from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit import exercises
from kit.exercises import answers
from kit.exercises.answers import forget_attempts

TEXT = ("{doer} special forces are secretly training former ISIS fighters at a remote base, according to a report "
        "issued by the {accuser} military command. The charge was made Wednesday by General {name}, chief of the "
        "{accuser} military's general staff. \u201cThey are in reality being trained there,\u201d {last} said. "
        "There was no immediate response from the {office}.{extra}")
SIDES = {"russian": dict(title="Russia charges Pentagon with training ex-ISIS fighters", doer="US", accuser="Russian",
                         name="Ivan Petrov", last="Petrov", office="Pentagon", source="Russia",
                         replies=("Pentagon", "US military", "Washington"), own=("Kremlin", "Moscow")),
         "us": dict(title="US charges Kremlin with training ex-ISIS fighters", doer="Russian", accuser="US",
                    name="Mark Reed", last="Reed", office="Kremlin", source="US",
                    replies=("Kremlin", "Russian military", "Moscow"), own=("Pentagon", "Washington"))}
LATER = " Later, a {office} spokesman said the report was \u201cwithout basis\u201d."


def use(monkeypatch, side, extra=""):
    s = SIDES[side]
    load = kit.load_articles
    articles = load(pd.DataFrame([{"article_id": f"made-up-ex4-{side}", "title": s["title"], "outlet": "", "author": "",
                                   "date": "2020-01-01", "url": "", "text": TEXT.format(**s, extra=extra.format(**s))}]))
    monkeypatch.setattr(kit, "load_articles", lambda *a, **k: load(*a, **k) if a or k else articles)
    monkeypatch.setattr(answers, "KNOWN_WORDS", {})
    return s


def headline(answer, original):
    forget_attempts()
    return exercises.check_neutral_headline(answer, original)


@pytest.mark.parametrize("side", ["russian", "us"])
@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_made_up_reply_is_not_ticked_both_sides(monkeypatch, side, which):
    s = use(monkeypatch, side)
    replier = s["replies"][which]
    result = headline(f"{s['source']} says {s['office']} trained ex-ISIS fighters, {replier} says thats not true",
                      s["title"])
    assert result.status == "partly", str(result)
    assert f"the article does not report a reply from '{replier}': take out the reply, or say where you read it" \
        in str(result), str(result)


@pytest.mark.parametrize("side", ["russian", "us"])
@pytest.mark.parametrize("which", [0, 1])
def test_the_accusers_own_reply_is_not_ticked_both_sides(monkeypatch, side, which):
    # "Russia says …, Kremlin says thats not true": the article's only rows of Russia are the claim itself
    s = use(monkeypatch, side)
    replier = s["own"][which]
    result = headline(f"{s['source']} says {s['office']} trained ex-ISIS fighters, {replier} says thats not true",
                      s["title"])
    assert result.status == "partly" and f"a reply from '{replier}'" in str(result), str(result)


@pytest.mark.parametrize("side", ["russian", "us"])
def test_a_reply_the_article_reports_is_ticked_both_sides(monkeypatch, side):
    s = use(monkeypatch, side, LATER)
    for replier in s["replies"]:
        result = headline(f"{s['source']} says {s['office']} trained ex-ISIS fighters, {replier} denies it", s["title"])
        assert result.status == "correct", str(result)
        assert f"a reply from '{replier}'" in result.caution and "does not report" not in str(result), str(result)
