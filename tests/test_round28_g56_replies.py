"""Round 28 g56 (teacher 52 #6, #9): 05 Exercise 2. A party the article reports as making the charge gets the
accuser's message whichever side it is, with every other accuser the article reports listed ("(with …)"): a speaker
whose quoted words name the accused side is read by the party the article says that speaker speaks for ("Russian
Defense Ministry spokesman General Ivan Petrov", "US Defense Department spokesman General Mark Reed"), not only by a
name in the speaker's own words. Two repliers joined by "and" are two, each told what fits them. Mirror tests on
made-up articles (the US and Russia accused alike, the same third party) and on the bundled Global Research one."""
from __future__ import annotations

import pytest
from made_up import headline_on, put_marks

import kit
from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline

TEXT = ("{place} only pretends to fight ISIS in Syria, {minister_title} {minister} said on Monday. “{place} uses the "
        "so-called coalition to support terrorists,” {minister} told reporters. {general_title} {general} blasted "
        "{doer} forces for letting ISIS use their base at al-Tanf. “{doer} forces let the terrorists use the base as "
        "a platform for attacks,” {general} said. Later the two ministers met to discuss the peace talks.")
SIDES = {"us accused": dict(title="Washington pretends to fight ISIS in Syria", place="Washington", doer="US",
                            minister_title="Chinese Foreign Minister", minister="Li Wei", general="Ivan Petrov",
                            general_title="Russian Defense Ministry spokesman General", accuser="Russia",
                            body="Kremlin", accused="the United States", accused_body="Pentagon"),
         "russia accused": dict(title="Moscow pretends to fight ISIS in Syria", place="Moscow", doer="Russian",
                                minister_title="Chinese Foreign Minister", minister="Li Wei", general="Mark Reed",
                                general_title="US Defense Department spokesman General", accuser="US",
                                body="Pentagon", accused="Russia", accused_body="Kremlin")}
OWNER = {"Russia": "Russia's", "US": "the United States'"}


def checked(monkeypatch, side, who):
    s = SIDES[side]
    return headline_on(monkeypatch, s["title"], TEXT.format(**s), f"Weekly says {s['place']} only pretends to fight "
                                                                  f"ISIS, {s[who] if who in s else who} denies")


def marked(side, printed):
    s = SIDES[side]
    return put_marks(printed, {s["general"]: "<general>", s["accuser"]: "<accuser>", s["body"]: "<accuser>",
                               s["place"]: "<place>", OWNER[s["accuser"]]: "<accuser's>", s["accused"]: "<accused>",
                               s["accused_body"]: "<accused>"})


@pytest.mark.parametrize("who", ["general", "accuser", "body"])
def test_a_general_who_makes_the_charge_gets_the_accusers_message_on_both_sides(monkeypatch, who):
    shown = set()
    for side, s in SIDES.items():
        result = checked(monkeypatch, side, who)
        assert result.status == "partly", (side, str(result))
        assert f"the article reports {OWNER[s['accuser']]} charge (with China)" in result.message, (side, str(result))
        assert "say where you read it" not in result.message, (side, str(result))
        shown.add(marked(side, result.message))
    assert len(shown) == 1, shown


def test_the_other_accuser_lists_the_general_side_too(monkeypatch):
    for side, s in SIDES.items():
        result = checked(monkeypatch, side, "minister")
        with_ = "Russia" if s["accuser"] == "Russia" else "the United States"
        assert f"the article reports China's charge (with {with_})" in result.message, (side, str(result))


@pytest.fixture()
def global_research():
    forget_attempts()
    articles = kit.load_articles()
    return articles.loc[articles.article_id == "washington-pretends-combating-isis", "title"].item()


@pytest.mark.parametrize("who", ["Konashenkov", "Kremlin", "Russia", "Moscow"])
def test_on_global_research_russia_is_an_accuser_as_syria_is(global_research, who):
    said = check_neutral_headline(f"Global Research says US only pretends to fight ISIS, {who} denies", global_research)
    assert "the article reports Russia's charge (with the Syrian government)" in said.message, str(said)
    assert "say where you read it" not in said.message, str(said)
    syria = check_neutral_headline("Global Research says US only pretends to fight ISIS, al-Moallem denies",
                                   global_research)
    assert "the article reports the Syrian government's charge (with Russia)" in syria.message, str(syria)


@pytest.mark.parametrize("pair, first, second", [("Mattis and Lavrov", "Mattis", "Lavrov"),
                                                 ("Lavrov and Mattis", "Lavrov", "Mattis"),
                                                 ("the Pentagon and the Kremlin", "the Pentagon", "the Kremlin")])
def test_two_repliers_joined_by_and_are_two(pair, first, second):
    forget_attempts()
    articles = kit.load_articles()
    title = articles.loc[articles.article_id == "russia-charges-pentagon", "title"].item()
    said = check_neutral_headline(f"Russian general says US trains ex-ISIS fighters, {pair} deny", title).message
    assert f"'{pair}'" not in said, said
    us = "Mattis" if "Mattis" in pair else "the Pentagon"
    russia = "Lavrov" if "Lavrov" in pair else "the Kremlin"
    assert f"the article does not report a reply from '{us}'" in said, said
    assert f"Russia makes the claim in this article; a reply comes from the side it accuses: the claim is about what " \
           f"the United States did, so take out a reply from '{russia}'" in said, said
    assert said.index(f"'{first}'") < said.index(f"'{second}'"), said
