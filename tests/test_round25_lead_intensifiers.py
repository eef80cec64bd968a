"""Teacher 46 #2: trusting the article without checking is held to the same rule as dismissing it, and a verdict
with filler after it ("sus lol") is still a verdict: "pretty" before a verdict word and "lol"/"lmao" after it are
intensifiers (data/verdict_words.csv), as "kinda" and "fr" are. Each side alike."""
import pytest

import kit
from kit import exercises
from kit.exercises.verdicts import without_intensifiers

BODY = (' It uses loaded words like "imperialism" and quotes the Pentagon. It says "some 4,000" left but names no '
        'source for it. I would check the BBC report to see who counted them.')


@pytest.fixture(scope="module")
def article():
    articles = kit.load_articles()
    return articles[articles.article_id == "russia-charges-pentagon"]


@pytest.mark.parametrize("trusts, dismisses", [("The article is pretty legit.", "The article is kinda cap."),
                                               ("The article is legit lol.", "The article is cap lol.")])
def test_trusting_and_dismissing_the_article_get_the_same_level(article, trusts, dismisses):
    results = []
    for verdict in (trusts, dismisses):
        exercises.tries.forget_attempts()
        results.append(exercises.check_reflection(verdict + BODY, article))
    assert [r.status for r in results] == ["beginning", "beginning"], results
    assert "trusts the article without checking" in str(results[0]), results[0]
    assert "dismisses the article without checking" in str(results[1]), results[1]


@pytest.mark.parametrize("who", ["The Pentagon", "Russia", "The Kremlin", "Washington"])
def test_a_verdict_on_a_party_with_lol_is_named(article, who):
    exercises.tries.forget_attempts()
    result = exercises.check_reflection(f"{who} is sus lol." + BODY, article)
    assert result.status == "beginning" and "decides the claim without checking" in str(result), result


def test_the_words_stay_where_no_verdict_follows():
    assert without_intensifiers("a pretty big convoy, lol") == "a pretty big convoy, lol"
    assert without_intensifiers("its pretty sus lol") == "its sus"


@pytest.mark.parametrize("dismisses, trusts", [
    ("thats cap the article is sketchy it uses words like imperialism and it only quotes the pentagon once so I dont "
     "trust it at all and nobody should believe what WSWS says about this",
     "no cap the article is legit it uses words like imperialism and it only quotes the pentagon once but I trust it "
     "completely and everybody should believe what WSWS says about this"),
    ("the article uses loaded words like imperialism and quotes the kremlin once so i dont believe it",
     "the article uses loaded words like imperialism and quotes the kremlin once so i believe it")])
def test_a_run_on_dismissal_without_apostrophes_is_held_like_trust(article, dismisses, trusts):
    """Teacher 47 #2: "I dont trust it" (no apostrophe) was read as "I done trust it"; the trusting mirror was caught."""
    levels = []
    for answer in (dismisses, trusts):
        exercises.tries.forget_attempts()
        levels.append(exercises.check_reflection(answer, article))
    assert [r.status for r in levels] == ["beginning", "beginning"], levels
    assert "dismisses the article without checking" in str(levels[0]), levels[0]
