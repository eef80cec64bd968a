"""Round 23f: teacher 42's findings in lessons 05 (Ex 2), 06 and 01, each tried for parallel actors (the US,
the Pentagon, Washington and CNN; Russia, the Kremlin, Moscow and Syria): both sides get the same mark and message.
"""
from __future__ import annotations

import pandas as pd
import pytest

from kit import exercises
from kit.exercises import headline_sources as hs
from kit.exercises.answers import forget_attempts

LIQUIDATING = "Syria: Is US Fighting ISIS or Liquidating Assets?"


def headline(answer, original):
    forget_attempts()
    return exercises.check_neutral_headline(answer, original)


# 1. (#1) a source quoted in a claim sentence on something else, or saying the opposite, is not the claim's maker
CREDITS = [("Pentagon says US is liquidating ISIS assets in Syria", "Kremlin says US is liquidating ISIS assets in Syria"),
           ("CNN says US is liquidating ISIS assets in Syria", "RT says US is liquidating ISIS assets in Syria"),
           ("US: Is US fighting ISIS or liquidating assets?", "Russia: Is US fighting ISIS or liquidating assets?"),
           ("Washington: Is US fighting ISIS or liquidating assets?", "Moscow: Is US fighting ISIS or liquidating assets?"),
           ("US: Is Russia fighting ISIS or liquidating assets?", "Russia: Is US fighting ISIS or liquidating assets?"),
           ("Washington: Is Syria fighting ISIS or liquidating assets?", "Moscow: Is US fighting ISIS or liquidating assets?")]


@pytest.mark.parametrize("us_side, russian_side", CREDITS)
def test_a_state_or_outlet_that_does_not_make_the_claim_is_not_ticked_either_side(us_side, russian_side):
    us, russia = headline(us_side, LIQUIDATING), headline(russian_side, LIQUIDATING)
    assert us.status == russia.status == "partly"
    assert "Global Research" in str(us) and "Global Research" in str(russia)
    assert headline("Global Research asks if US is fighting ISIS or liquidating assets", LIQUIDATING).status == "correct"


def made_up(text, title):
    return pd.DataFrame([{"article_id": "made-up", "title": title, "outlet": "Daily Post", "author": "A. Writer",
                          "date": "2020-01-01", "url": "", "text": text}])


@pytest.mark.parametrize("quoted, actor", [("the Pentagon", "United States"), ("the Kremlin", "Russia")])
def test_a_source_quoted_on_something_else_in_a_claim_sentence_makes_no_claim(quoted, actor):
    text = f"{quoted} memos speak of a \"buffer zone\" in the east, yet it is plain the army is smuggling fuel there."
    articles = made_up(text, "Army smuggling fuel in the east")
    words, actors = hs.claim_makers(articles.iloc[0], articles)
    assert actor not in actors
    text = f"\"The army is smuggling fuel in the east,\" {quoted} said on Monday. Nobody else commented."
    articles = made_up(text, "Army smuggling fuel in the east")  # its quoted words make the claim: its maker
    assert actor in hs.claim_makers(articles.iloc[0], articles)[1]


@pytest.mark.parametrize("word", ["fighters", "trainers"])
def test_the_doers_noun_is_not_the_deed(word):
    deed = word.removesuffix("ers") + "ing"
    assert not hs.holds_claim_word(f"Some {word} left.", [deed])
    assert hs.holds_claim_word(f"Some {word} left.", [word])


# 2. (#3, #6, #8) a missing apostrophe changes neither the level nor the message: one spelling repair
# (verdicts.spelled_out) before any verdict word is read, in the 06 reflection, the 06 plan and the 01 search report
REFLECTION = ('The article uses loaded words like "rescue" to push the reader. It cites the BBC for the 4,000 figure '
              "but gives no link. I would still need to check the BBC report to see if the number is right. ")
SPELLINGS = [("That's cap tho, the {} would never do that.", "Thats cap tho, the {} would never do that."),
             ("It's cap, the {} is lying.", "Its cap, the {} is lying."),
             ("It's legit no cap, the {} said so.", "Its legit no cap, the {} said so.")]
SIDES = ["Pentagon", "Kremlin"]


def rescue():
    import kit

    articles = kit.load_articles()
    return articles[articles["article_id"] == "us-rescue-of-isis-in-raqqa"]


@pytest.mark.parametrize("spelled, unspelled", SPELLINGS)
def test_a_reflection_reads_a_verdict_without_its_apostrophe_alike_both_sides(spelled, unspelled):
    results = []
    for side in SIDES:
        for form in (spelled, unspelled):
            forget_attempts()
            results.append(exercises.check_reflection(REFLECTION + form.format(side), rescue()))
    assert len({(r.status, str(r).replace("Pentagon", "X").replace("Kremlin", "X")
                 .replace("Thats", "That's").replace("Its", "It's")) for r in results}) == 1
    assert results[0].status != "mastery"


@pytest.mark.parametrize("spelled, unspelled", [("it's cap, wouldn't bother checking the {}", "its cap, wouldnt bother checking the {}"),
                                                ("that's cap, I would not bother with the {}", "thats cap, I would not bother with the {}")])
def test_a_plan_names_the_dismissal_without_its_apostrophe_alike_both_sides(spelled, unspelled):
    results = []
    for side in SIDES:
        for form in (spelled, unspelled):
            forget_attempts()
            results.append(exercises.check_lateral_plan(form.format(side), article=rescue()))
    assert {r.status for r in results} == {"beginning"}
    assert all("dismisses the page" in str(r) for r in results)


SEARCH = "I searched the title and found it on wsws.org from December 2017. "


@pytest.mark.parametrize("verdict", ["Its sketchy, the {} says so.", "its cap, ask the {}", "thats cap, ask the {}",
                                     "Thats cap tho, the {} would never do that."])
def test_a_search_report_names_a_verdict_without_its_apostrophe_both_sides(verdict):
    for side in SIDES:
        forget_attempts()
        result = exercises.check_search_report(SEARCH + verdict.format(side))
        assert "Gives a verdict without checking" in str(result), str(result)


# 3. (#2) a verdict after the claim, in the forms students type, judges the claim as "(cap)" does, both sides
RESCUE, CHARGES = "US rescue of ISIS in Raqqa exposed", "Russia charges Pentagon with training ex-ISIS fighters"
AFTER = [", thats cap", ", that's cap", ", straight cap", ", total cap", ", kinda sus", ", its fake", ", it's fake",
         " and that's true", " and thats facts", " and that's a lie"]


@pytest.mark.parametrize("verdict", AFTER)
def test_a_verdict_after_the_claim_judges_it_both_sides(verdict):
    us = headline("WSWS says US rescued ISIS in Raqqa" + verdict, RESCUE)
    russia = headline("Russia says Pentagon trained ex-ISIS fighters" + verdict, CHARGES)
    assert us.status == russia.status == "partly"
    assert str(us).split(":")[1] == str(russia).split(":")[1]
    assert "judges the claim" in str(us) and "presents the claim as proven" not in str(us)


# 6. (#9) a place label before a headline that credits its claim ("Syria: WSWS says …") is not its source
@pytest.mark.parametrize("label", ["Syria", "Washington", "Moscow"])
def test_a_label_before_a_credited_claim_is_not_its_source(label):
    assert headline(f"{label}: WSWS says US rescued ISIS fighters in Raqqa", RESCUE).status == "correct"


@pytest.mark.parametrize("us_side, russian_side", [("Pentagon", "Kremlin"), ("CNN", "RT")])
def test_a_place_label_is_not_quoted_as_part_of_the_source(us_side, russian_side):
    us = headline(f"Raqqa: {us_side} says US rescued ISIS fighters", RESCUE)
    russia = headline(f"Raqqa: {russian_side} says US rescued ISIS fighters", RESCUE)
    assert us.status == russia.status == "partly"
    assert f"to '{us_side}'" in str(us) and f"to '{russian_side}'" in str(russia)
