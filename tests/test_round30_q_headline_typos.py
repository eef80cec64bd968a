"""Round 30 q (teacher 54 #8, teacher 53 #12): 05 Exercise 2 reads a stray apostrophe in a verb of saying ("WSWS
say's …", "… claim's …") as the verb, with the spelling hint "sais" gets, and a misspelt "Article" ("Artical says …")
as the article itself, with a spelling hint, not as a source the article does not credit. The same for every
source a student may start with: the outlet, "Article", RT, the Pentagon, the Kremlin, Russia, Global Research."""
import pytest

import kit
from kit.exercises import check_neutral_headline


def title(article_id):
    articles = kit.load_articles()
    return articles.loc[articles.article_id == article_id, "title"].item()


CASES = [("us-rescue-of-isis-in-raqqa", source, "US rescued ISIS in Raqqa")
         for source in ["WSWS", "Article", "RT", "The Pentagon", "The Kremlin"]]
CASES += [("russia-charges-pentagon", source, "Pentagon trained ex-ISIS fighters") for source in ["Russia", "The Kremlin"]]
CASES += [("washington-pretends-combating-isis", source, "Washington pretends to fight ISIS in Syria")
          for source in ["Global Research", "Article", "RT"]]


@pytest.mark.parametrize("typed, meant", [("say's", "says"), ("say’s", "says"), ("claim's", "claims"),
                                          ("report's", "reports")])
@pytest.mark.parametrize("article_id, source, claim", CASES)
def test_a_stray_apostrophe_in_the_verb_is_read_as_the_verb(article_id, source, claim, typed, meant):
    result = check_neutral_headline(f"{source} {typed} {claim}", title(article_id))
    assert "does not say who makes it" not in str(result), str(result)
    assert result.status == "partly", str(result)
    assert f"'{typed}': did you mean '{meant}'? Check the spelling." in str(result), str(result)


@pytest.mark.parametrize("article_id, source, claim", CASES)
def test_a_stray_apostrophe_gets_what_a_misspelt_says_gets(article_id, source, claim):
    typo = check_neutral_headline(f"{source} say's {claim}", title(article_id))
    known = check_neutral_headline(f"{source} sais {claim}", title(article_id))
    assert (typo.status, str(typo).replace("say's", "sais")) == (known.status, str(known))


@pytest.mark.parametrize("typed", ["Artical", "artical", "Articel", "Artcle"])
@pytest.mark.parametrize("article_id, claim", [("us-rescue-of-isis-in-raqqa", "US rescued ISIS in Raqqa"),
                                               ("washington-pretends-combating-isis",
                                                "Washington pretends to fight ISIS in Syria")])
def test_a_misspelt_article_is_the_article_with_a_spelling_hint(typed, article_id, claim):
    result = check_neutral_headline(f"{typed} says {claim}", title(article_id))
    assert result.status == "partly", str(result)
    assert "credits the claim to" not in str(result), str(result)
    meant = "Article" if typed[0].isupper() else "article"
    assert f"'{typed}': did you mean '{meant}'? Check the spelling." in str(result), str(result)


@pytest.mark.parametrize("headline", ["Russia's military says Pentagon trained ex-ISIS fighters",
                                      "The Kremlin's spokesman says Pentagon trained ex-ISIS fighters"])
def test_a_possessive_before_the_verb_is_no_typo(headline):
    result = check_neutral_headline(headline, title("russia-charges-pentagon"))
    assert "did you mean" not in str(result), str(result)


@pytest.mark.parametrize("source", ["RT", "The Pentagon", "The Kremlin"])
def test_a_source_the_article_does_not_credit_is_still_told(source):
    result = check_neutral_headline(f"{source} says US rescued ISIS in Raqqa", title("us-rescue-of-isis-in-raqqa"))
    assert f"it credits the claim to '{source}', but the article is WSWS's" in str(result), str(result)
