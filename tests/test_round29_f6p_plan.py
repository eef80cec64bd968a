"""Round 29 f6p (teacher 53's findings 4 and 10): lesson 06's plan check. Made-up sentences, on the bundled
articles and on made-up articles; every rule is tried on each side alike (WSWS / RT / Global Research).

1. The article's own writer (the ``author`` column, its byline) is named by it: looking the writer up is SIFT's
   "investigate the source", for every article's author, never "someone this article does not name".
2. An about page next to what another site says about the outlet or its owner ("what Wikipedia says about the
   Socialist Equality Party") is a step to what others say: one sentence never gets both "Leaves the page" and
   "Trusts the page". An about page on its own stays what the site says about itself.
3. A good extra step never lowers the grade: two different steps that say what they would show are Mastery, with a
   third that does not say it next to them.
"""
import pandas as pd
import pytest

import kit
from kit import exercises

COVERAGE = " Then I would find other coverage of the convoy, like Reuters, to see if they give the same number."
MADE_UP = ("The convoy left the city at night, the report said. Trucks carried families and fighters east. "
           "Officials gave different numbers for the people on board. ") * 25


def made_up(outlet: str, author: str) -> pd.DataFrame:
    return kit.load_articles(pd.DataFrame({"article_id": ["made-up"], "outlet": [outlet], "author": [author],
                                           "title": ["A convoy"], "text": [MADE_UP]}))


def seed(articles, article_id):
    return articles[articles["article_id"] == article_id].reset_index(drop=True)


# (the article, its writer as the student types them, its outlet)
BYLINES = [("us-rescue-of-isis-in-raqqa", "Bill Van Auken", "WSWS"),
           ("us-fighting-isis-or-liquidating-assets", "Tony Cartalucci", "Global Research"),
           ("washington-pretends-combating-isis", "Stephen Lendman", "Global Research")]
MADE_UP_BYLINES = [("RT", "Anna Volkova"), ("WSWS", "Mary Hollis"), ("Global Research", "Peter Lind")]


def article_for(articles, case):
    return seed(articles, case[0]) if len(case) == 3 else made_up(*case)


def writer_of(case):
    return case[1]


def outlet_of(case):
    return case[2] if len(case) == 3 else case[0]


@pytest.mark.parametrize("case", BYLINES + MADE_UP_BYLINES, ids=lambda c: c[-2] if len(c) == 3 else c[0])
def test_looking_up_the_writer_is_investigating_the_source(articles, case):
    art, writer = article_for(articles, case), writer_of(case)
    said = exercises.check_lateral_plan(f"I would look up {writer}, the writer, to see who he is." + COVERAGE,
                                        article=art)
    assert said.status == "mastery", str(said)
    assert "not named" not in str(said) and "another text" not in str(said)
    assert "finds out who is behind the source" in str(said)


@pytest.mark.parametrize("case", BYLINES + MADE_UP_BYLINES, ids=lambda c: c[-2] if len(c) == 3 else c[0])
def test_the_writer_and_the_outlet_in_one_step(articles, case):
    art, writer, outlet = article_for(articles, case), writer_of(case), outlet_of(case)
    said = exercises.check_lateral_plan(f"I would look up who {writer} is and what {outlet} is, to see who is behind "
                                        "it." + COVERAGE, article=art)
    assert said.status == "mastery", str(said)
    assert "not named" not in str(said)


@pytest.mark.parametrize("case", BYLINES, ids=lambda c: c[1])
def test_the_writers_family_name_is_the_writer(articles, case):
    family = case[1].split()[-1]
    said = exercises.check_lateral_plan(f"I would look up {family}, who wrote it, to see who he writes for." + COVERAGE,
                                        article=seed(articles, case[0]))
    assert said.status == "mastery", str(said)
    assert "not named" not in str(said)


@pytest.mark.parametrize("article_id,other", [("us-rescue-of-isis-in-raqqa", "Tony Cartalucci"),
                                              ("us-fighting-isis-or-liquidating-assets", "Bill Van Auken")])
def test_another_articles_writer_is_still_not_this_ones(articles, article_id, other):
    said = exercises.check_lateral_plan(f"I would look up {other} to see who he is." + COVERAGE,
                                        article=seed(articles, article_id))
    assert said.status != "mastery"
    assert "not named in it" in str(said)


WIKI = [("us-rescue-of-isis-in-raqqa", "WSWS", "the Socialist Equality Party"),
        ("us-fighting-isis-or-liquidating-assets", "Global Research", "the Centre for Research on Globalization"),
        ("RT", "RT", "the Russian government")]


def wiki_article(articles, case):
    return made_up("RT", "Anna Volkova") if case[0] == "RT" else seed(articles, case[0])


@pytest.mark.parametrize("case", WIKI, ids=lambda c: c[1])
def test_what_wikipedia_says_about_the_owner_is_what_others_say(articles, case):
    art, outlet, owner = wiki_article(articles, case), case[1], case[2]
    said = exercises.check_lateral_plan(f"I would stop and not share it. Then I would investigate {outlet} by reading "
                                        f"its About page and what Wikipedia says about {owner}.", article=art)
    assert "Trusts the page" not in str(said), str(said)
    assert said.status != "beginning"
    assert "Leaves the page (finds out who is behind the source" in str(said)
    said = exercises.check_lateral_plan(f"I would read {outlet}'s About page and what Wikipedia says about it, to see "
                                        "who runs it." + COVERAGE, article=art)
    assert "Trusts the page" not in str(said) and said.status == "mastery", str(said)


@pytest.mark.parametrize("case", WIKI, ids=lambda c: c[1])
def test_an_about_page_alone_is_what_the_site_says_about_itself(articles, case):
    art, outlet = wiki_article(articles, case), case[1]
    said = exercises.check_lateral_plan(f"I would read {outlet}'s About page to see who runs it." + COVERAGE,
                                        article=art)
    assert "Trusts the page" in str(said) and said.status != "mastery"
    both = [line for line in str(said).splitlines() if "About page" in line and "Leaves the page" in line]
    assert not both, str(said)  # one reading per sentence


THREE = ("First I would trace the 4,000 to the BBC report the article cites. Then I would search for other news "
         "reports about the Raqqa convoy and compare their numbers. Finally I would look up {outlet} on Wikipedia "
         "to see who runs it.")


@pytest.mark.parametrize("case", [("us-rescue-of-isis-in-raqqa", "WSWS"),
                                  ("us-fighting-isis-or-liquidating-assets", "Global Research"),
                                  ("RT", "RT")], ids=lambda c: c[1])
def test_a_good_extra_step_does_not_lower_the_grade(articles, case):
    art = made_up("RT", "Anna Volkova") if case[0] == "RT" else seed(articles, case[0])
    said = exercises.check_lateral_plan(THREE.format(outlet=case[1]), article=art)
    assert said.status == "mastery", str(said)
    assert "Mastery needs it" not in str(said)  # the line on the third step must not contradict the level
    assert "trace the 4,000" in str(said) and "would show" in str(said)  # it still asks the step to say what it shows
    two = exercises.check_lateral_plan(THREE.format(outlet=case[1]).split(". Then")[0] + "." + COVERAGE, article=art)
    assert two.status == "mastery" or "trace" in str(two)


@pytest.mark.parametrize("outlet", ["WSWS", "RT", "Global Research"])
def test_one_step_that_says_what_it_shows_is_not_enough(outlet):
    said = exercises.check_lateral_plan("First I would trace the 4,000 to the report the article cites. Then I would "
                                        f"look up {outlet} on Wikipedia to see who runs it.",
                                        article=made_up(outlet, "Mary Hollis"))
    assert said.status == "emerging", str(said)
    assert "Mastery needs it" in str(said)


@pytest.mark.parametrize("case", BYLINES + MADE_UP_BYLINES, ids=lambda c: c[-2] if len(c) == 3 else c[0])
def test_the_example_for_the_writer_is_who_is_behind_it(articles, case):
    said = str(exercises.check_lateral_plan(f"I would look up {writer_of(case)}.", article=article_for(articles, case)))
    assert "said, where and when" not in said and "not named" not in said, said
    assert "finds out who is behind the source" in said


# 4. (finding 9, the plan part) a step that gives the article's quoted words to someone who does not say them in it
SPEAKERS = ("Pentagon spokesman John Kirby said: “The lorries left the city at night.” Kremlin spokesman Dmitry Peskov "
            "said: “The convoy was small and slow.” The trucks went east. ") * 15
OTHER = " and I would find other coverage of the Raqqa convoy to see if they give the same number."


@pytest.mark.parametrize("named,words,owner", [("Peskov", "the lorries left the city at night", "John Kirby"),
                                               ("Kirby", "the convoy was small and slow", "Dmitry Peskov")])
def test_words_given_to_the_wrong_speaker(named, words, owner):
    art = made_up("RT", "Anna Volkova").assign(text=SPEAKERS)
    said = exercises.check_lateral_plan(f"I would read {named}'s full briefing to see what he meant by '{words}',"
                                        + OTHER, article=art)
    assert said.status == "emerging", str(said)
    assert f"are {owner}'s words, not {named}'s" in str(said)
    right = owner.split()[-1]
    said = exercises.check_lateral_plan(f"I would read {right}'s full briefing to see what he meant by '{words}',"
                                        + OTHER, article=art)
    assert said.status == "mastery" and "Whose words" not in str(said), str(said)


@pytest.mark.parametrize("article_id,wrong,right,words,owner", [
    ("us-rescue-of-isis-in-raqqa", "Lavrov", "Mattis", "as long as they want to fight", "James Mattis"),
    ("washington-pretends-combating-isis", "Mattis", "Moallem", "as long as possible", "Walid al-Moallem")])
def test_words_given_to_the_wrong_speaker_on_the_seeds(articles, article_id, wrong, right, words, owner):
    art = seed(articles, article_id)
    said = exercises.check_lateral_plan(f"I would read {wrong}'s full briefing to see what he meant by '{words}',"
                                        + OTHER, article=art)
    assert said.status == "emerging" and f"are {owner}'s words, not {wrong}'s" in str(said), str(said)
    said = exercises.check_lateral_plan(f"I would read {right}'s full briefing to see what he meant by '{words}',"
                                        + OTHER, article=art)
    assert "Whose words" not in str(said), str(said)
