"""Round 24 (r24ex, part 1): an intensifier or softener next to a verdict word ("big cap", "cap fr", "lowkey sus",
"its prob cap", "100% cap") and another spelling of one ("🧢") read as the verdict word itself, one rule
(kit.exercises.verdicts.without_intensifiers) for every check: the 05 headline, the 06 reflection and plan, the 01
search report; the US side and the Russian side alike.
"""
from __future__ import annotations

import pytest

import kit
from kit import exercises
from kit.exercises import verdicts
from kit.exercises.answers import forget_attempts

RESCUE, CHARGES = "US rescue of ISIS in Raqqa exposed", "Russia charges Pentagon with training ex-ISIS fighters"
CLAIMS = [("WSWS says US rescued ISIS in Raqqa", RESCUE), ("Russia says Pentagon trained ex-ISIS fighters", CHARGES)]
STRONG = [(", big cap", ", cap"), (", mad sus", ", sus"), (", cap fr", ", cap"), (" 🧢", ", cap"), (", 🧢", ", cap"),
          (", 50% cap", ", cap"), (", 100% cap", ", cap"), (", lowkey sus", ", sus"), (", straight up fake", ", fake")]


def headline(answer, original):
    forget_attempts()
    result = exercises.check_neutral_headline(answer, original)
    return result.status, str(result)


@pytest.mark.parametrize("strong, bare", STRONG)
@pytest.mark.parametrize("claim, original", CLAIMS)
def test_a_headline_verdict_with_an_intensifier_is_marked_as_the_bare_verdict(claim, original, strong, bare):
    assert headline(claim + strong, original) == headline(claim + bare, original)
    assert headline(claim + strong, original)[0] == "partly"


@pytest.mark.parametrize("claim, original", CLAIMS)
def test_a_percentage_by_a_verdict_word_is_not_a_figure_of_the_article(claim, original):
    status, message = headline(claim + ", 100% cap", original)
    assert "'100'" not in message and "figure" not in message
    assert "'4,000'" in headline(claim.replace("ISIS", "4,000 ISIS fighters", 1), original)[1]  # a real figure stays


REFLECTION = ('The article uses loaded words like "rescue" to push the reader. It cites the BBC for the 4,000 figure '
              "but gives no link. I would still need to check the BBC report to see if the number is right. ")


def rescue():
    articles = kit.load_articles()
    return articles[articles["article_id"] == "us-rescue-of-isis-in-raqqa"]


@pytest.mark.parametrize("verdict, bare", [("Its prob cap.", "It's cap."), ("Lowkey sus tho.", "It's sus."),
                                           ("The whole thing is cooked.", "The article is cooked."),
                                           ("It's big cap fr.", "It's cap.")])
@pytest.mark.parametrize("side", ["The Pentagon never says where it got that.", "The Kremlin never says where it got that."])
def test_a_reflection_reads_an_intensified_verdict_as_the_bare_one_both_sides(verdict, bare, side):
    results = []
    for form in (verdict, bare, "Thats cap tho."):
        forget_attempts()
        results.append(exercises.check_reflection(REFLECTION + side + " " + form, rescue()))
    assert {r.status for r in results} == {"beginning"}
    assert len({str(r).split("\n")[0] for r in results}) == 1


SEARCH = ('I searched "US special operations troops are secretly harboring and training" in quotation marks. It found '
          "copies of the whole text on other sites, the earliest I saw dated December 2017. Next I would look up who "
          "runs that site, on Wikipedia and in other outlets")


@pytest.mark.parametrize("side", ["the Pentagon", "the Kremlin"])
def test_a_search_report_names_an_intensified_verdict_as_the_bare_one(side):
    results = []
    for end in (f" on {side}, its prob cap.", f" on {side}, its cap."):
        forget_attempts()
        results.append(exercises.check_search_report(SEARCH + end))
    assert {r.status for r in results} == {"emerging"}
    assert "verdict" in str(results[0]) and str(results[0]).split("\n")[0] == str(results[1]).split("\n")[0]


@pytest.mark.parametrize("actor", ["the Pentagon", "the US government", "the Kremlin", "the Syrian government"])
def test_a_plan_dismissal_with_an_intensifier_is_the_bare_dismissal(actor):
    results = []
    for form in (f"its mad sus, wouldnt bother checking {actor}", f"its sus, wouldnt bother checking {actor}"):
        forget_attempts()
        results.append(exercises.check_lateral_plan(form, article=rescue()))
    assert results[0].status == results[1].status == "beginning"
    assert str(results[0]).replace("mad sus", "sus") == str(results[1])


def test_the_intensifiers_are_data_and_words_away_from_a_verdict_stay():
    words, spellings = verdicts.verdict_intensifiers()
    assert {"lowkey", "fr", "prob", "kinda", "straight up", "mad", "big"} <= {w for w, _ in words} and spellings["🧢"] == "cap"
    assert verdicts.without_intensifiers("a big convoy left, 100% of the fighters") == "a big convoy left, 100% of the fighters"
    assert verdicts.without_intensifiers("kinda true") == "true" and verdicts.without_intensifiers("the 3% right-wing vote") == "the 3% right-wing vote"
    assert verdicts.verdict_said("its prob cap.") == verdicts.verdict_said("it's cap.") and verdicts.verdict_said("sus tho.").on_page
    assert verdicts.verdict_said("there is a big cap on spending.") is None
