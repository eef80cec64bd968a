"""Round 30 f6p (teacher 54's findings 2, 4 and 9; teacher 53's finding 9, plan part): lesson 06's plan check, on the
bundled article 002 (WSWS) and on made-up articles of the other side (RT). Made-up sentences only.

1. A body the article's text or notes name (its publisher's owner or contact: 002's footer "To contact the WSWS and
   the Socialist Equality Party"; an RT footer "RT is funded by … ANO TV-Novosti") is who is behind the source:
   looking it up investigates the source, never "another outlet … not named in it". A fact-checker (snopes) is
   other coverage, as a news outlet is.
2. Reading about the outlet (its about page, Wikipedia) is investigating the source, not tracing the claim; the
   count of ways is the distinct moves the student made.
3. A person named as a speaker who is not in the article ("what Lavrov really said" on 002; "what Mattis really
   said" on an RT article that quotes Lavrov), and a claim whose actor is swapped ("the Kremlin helped ISIS" on 002;
   "the US helped ISIS" on an article that says the Kremlin did), are not Mastery, and are told why.
"""
import pandas as pd
import pytest

import kit
from kit import exercises
from kit.exercises.answers import forget_attempts

MADE_UP = ("The convoy left the city at night, the report said. Trucks carried families and fighters east. "
           "Officials gave different numbers for the people on board. ") * 25
RT_FOOTER = "\n\nRT is funded by the Russian government through ANO TV-Novosti."


def made_up(outlet: str, text: str, notes: str = "", title: str = "A convoy") -> pd.DataFrame:
    return kit.load_articles(pd.DataFrame({"article_id": ["made-up"], "outlet": [outlet], "author": ["Anna Volkova"],
                                           "title": [title], "text": [text], "notes": [notes]}))


@pytest.fixture(scope="module")
def wsws():
    articles = kit.load_articles()
    return articles[articles["article_id"] == "us-rescue-of-isis-in-raqqa"].reset_index(drop=True)


@pytest.fixture(scope="module")
def rt():
    return made_up("RT", MADE_UP + RT_FOOTER)


@pytest.fixture(scope="module")
def rt_notes():  # the owner named only in the notes, as 002's footer is quoted in its notes
    return made_up("RT", MADE_UP, notes='The footer reads "RT is funded by the Russian government through ANO TV-Novosti".')


def plan(answer, article):
    forget_attempts()  # each case a first try
    return exercises.check_lateral_plan(answer, article=article)


def lines(result):
    return result.detail.splitlines()


# 1. the owner or contact the article names --------------------------------------------------------------------------

OWNERS = [("wsws", "the Socialist Equality Party", "WSWS"), ("rt", "ANO TV-Novosti", "RT"),
          ("rt_notes", "ANO TV-Novosti", "RT")]


@pytest.mark.parametrize("case", OWNERS, ids=lambda c: c[0])
def test_the_owner_the_article_names_is_who_is_behind_it(request, case):
    article, owner, outlet = request.getfixturevalue(case[0]), case[1], case[2]
    said = plan(f"I would look up {owner} on Wikipedia to see who is behind {outlet}. Then I would find other "
                "coverage of the convoy, like Reuters, to see if they give the same number.", article)
    assert "not named in it" not in said.detail and "did not publish" not in said.detail, said
    assert "finds out who is behind the source" in said.detail and said.status == "mastery", said


@pytest.mark.parametrize("case", [("wsws", "WSWS"), ("rt", "RT")], ids=lambda c: c[0])
def test_a_body_the_article_never_names_is_still_another(request, case):
    article, outlet = request.getfixturevalue(case[0]), case[1]
    said = plan(f"I would look up the Revolutionary Workers Party to see who is behind {outlet}. Then I would find "
                "other coverage of the convoy, like Reuters, to see if they give the same number.", article)
    assert "not named in it" in said.detail, said


@pytest.mark.parametrize("case", OWNERS[:2], ids=lambda c: c[0])
def test_a_fact_checker_is_other_coverage(request, case):
    article, owner, outlet = request.getfixturevalue(case[0]), case[1], case[2]
    said = plan(f"I would check snopes to see if the convoy story is fake and then look up {owner} to see who "
                f"is behind {outlet}.", article)
    assert "looks for other coverage" in said.detail and "finds out who is behind the source" in said.detail, said
    assert "not named in it" not in said.detail, said
    assert "Add a different way to leave the page" not in said.detail, said  # two ways: snopes and the owner


@pytest.mark.parametrize("case", OWNERS[:2], ids=lambda c: c[0])
def test_a_two_step_plan_gets_short_lines_most_useful_first(request, case):
    article, owner, outlet = request.getfixturevalue(case[0]), case[1], case[2]
    said = plan(f"I would check snopes to see if the convoy story is fake and then look up {owner} to see who "
                f"is behind {outlet}.", article)
    assert len(lines(said)) <= 3, said
    assert all(len(line) <= 260 for line in lines(said)), said
    assert "its reason is a verdict" in said.message, said  # what to change first, said first


# 2. reading about the outlet is investigating the source ------------------------------------------------------------

COVERAGE = " Then I would find other coverage of the convoy, like Reuters, to see if they give the same number."


@pytest.mark.parametrize("case", [("wsws", "WSWS"), ("rt", "RT")], ids=lambda c: c[0])
def test_the_outlets_about_page_and_wikipedia_is_who_is_behind_it(request, case):
    article, outlet = request.getfixturevalue(case[0]), case[1]
    said = plan(f"I would read {outlet}'s About page and what Wikipedia says about it." + COVERAGE, article)
    first = lines(said)[0]
    assert "finds out who is behind the source" in first and "traces the claim" not in first, said
    assert "traces the claim to its original" not in said.message and "2 ways" in said.message, said


@pytest.mark.parametrize("case", [("wsws", "WSWS"), ("rt", "RT")], ids=lambda c: c[0])
def test_the_outlets_about_page_with_what_it_shows_is_mastery_in_two_ways(request, case):
    article, outlet = request.getfixturevalue(case[0]), case[1]
    said = plan(f"I would read {outlet}'s About page and what Wikipedia says about it to see who runs it." + COVERAGE,
                article)
    assert said.status == "mastery" and "2 ways" in said.message, said


@pytest.mark.parametrize("party", ["the Pentagon", "the Kremlin"])
def test_a_partys_own_statement_still_traces_the_claim(wsws, party):
    said = plan(f"I would read {party}'s statement on the convoy to see what it says." + COVERAGE, wsws)
    assert "traces the claim to its original" in lines(said)[0], said


# 3. a speaker the article never names, a claim with its actor swapped -------------------------------------------------

KREMLIN_TEXT = ('Foreign Minister Sergey Lavrov said the convoy was "a deal made in secret". ' + MADE_UP)


@pytest.fixture(scope="module")
def kremlin():  # the other side's article: its headline says the Kremlin did it, and it quotes Lavrov
    return made_up("RT", KREMLIN_TEXT, title="Kremlin helped ISIS fighters leave Raqqa")


OTHER = "I would search Reuters and TASS for the Raqqa convoy to see if they give the same number, and "
# (the article, a speaker it never names, one it quotes, the office each speaks for)
SPEAKERS = [("wsws", "Lavrov", "Mattis", "the Kremlin", "the Pentagon"),
            ("kremlin", "Mattis", "Lavrov", "the Pentagon", "the Kremlin")]


@pytest.mark.parametrize("case", SPEAKERS, ids=lambda c: c[0])
def test_a_speaker_the_article_never_names_traces_nothing(request, case):
    article, absent, office = request.getfixturevalue(case[0]), case[1], case[3]
    said = plan(OTHER + f"read {office}'s statement to see what {absent} really said.", article)
    assert said.status != "mastery", said
    assert f"{absent} says nothing in this article" in said.detail and f"{absent}," in said.message, said


@pytest.mark.parametrize("case", SPEAKERS, ids=lambda c: c[0])
def test_a_speaker_the_article_quotes_is_traced(request, case):
    article, quoted, office = request.getfixturevalue(case[0]), case[2], case[4]
    said = plan(OTHER + f"read {office}'s statement to see what {quoted} really said.", article)
    assert "says nothing in this article" not in said.detail and said.status == "mastery", said


@pytest.mark.parametrize("case", SPEAKERS, ids=lambda c: c[0])
def test_a_speakers_briefing_the_article_never_names(request, case):
    article, absent = request.getfixturevalue(case[0]), case[1]
    said = plan(f"I would read {absent}'s full briefing on the convoy." + COVERAGE, article)
    assert f"{absent} says nothing in this article" in said.detail and said.status != "mastery", said


@pytest.mark.parametrize("site", ["Snopes", "Wikipedia", "Twitter"])
def test_a_site_that_says_something_is_no_speaker(wsws, site):
    said = plan(f"I would read what {site} says about the convoy to see if it gives the same number, then look "
                "up who runs WSWS to see who is behind it.", wsws)
    assert "says nothing in this article" not in said.detail, said


# (the article, the swapped actor, the article's own actor, the office to read)
CLAIMS = [("wsws", "the Kremlin", "the US", "the Kremlin"), ("kremlin", "the US", "the Kremlin", "the Pentagon")]


@pytest.mark.parametrize("case", CLAIMS, ids=lambda c: c[0])
def test_a_claim_with_its_actor_swapped_is_not_the_articles(request, case):
    article, swapped, office = request.getfixturevalue(case[0]), case[1], case[3]
    said = plan(f"I would check the claim that {swapped} helped ISIS by reading {office}'s own statements, and "
                "then find other coverage of the convoy to see if they give the same number.", article)
    short = swapped.removeprefix("the ")
    assert said.status != "mastery" and f"puts '{short}' where the article's headline has" in said.detail, said
    assert "Which claim" in said.detail, said


@pytest.mark.parametrize("case", CLAIMS, ids=lambda c: c[0])
def test_the_articles_own_claim_is_checked(request, case):
    article, own, office = request.getfixturevalue(case[0]), case[2], case[3]
    said = plan(f"I would check the claim that {own} helped ISIS by reading {office}'s own statements, and "
                "then find other coverage of the convoy to see if they give the same number.", article)
    assert "Which claim" not in said.detail and said.status == "mastery", said
