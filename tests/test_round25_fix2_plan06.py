"""Round 25 fix2 (teacher 46 #6, #12): 06 Exercise 2. A party the article reports as making or answering the claim
(any row of kit.sources, each party of a row that names several: "Iran, Russia and the Syrian government") is
the claim's original, whichever side; what another outlet wrote is other coverage. Mirrored."""
import pytest

import kit
from kit import exercises

PLAN = ("I would check the convoy claim. I would look up what {} said to see if they confirm it, and search other "
        "news sites to see what they wrote.")


def plan(answer, article_id):
    articles = kit.load_articles()
    return exercises.check_lateral_plan(answer, article=articles[articles["article_id"] == article_id])


@pytest.mark.parametrize("article", ["us-rescue-of-isis-in-raqqa", "russia-charges-pentagon"])
def test_each_side_the_article_reports_traces_the_claim_alike(article):
    results = {who: plan(PLAN.format(who), article) for who in ["the Pentagon", "the Kremlin", "Russia", "Washington"]}
    assert {r.status for r in results.values()} == {"mastery"}, {w: str(r) for w, r in results.items()}
    for who, result in results.items():
        line = [row for row in str(result).splitlines() if f"what {who} said" in row][0]
        assert "traces the claim to its original" in line, line


@pytest.mark.parametrize("outlet, article", [("RT", "us-rescue-of-isis-in-raqqa"), ("the BBC", "russian-general-accuses"),
                                             ("Sputnik", "russia-charges-pentagon"), ("CNN", "russia-charges-pentagon")])
def test_what_another_outlet_wrote_is_other_coverage(outlet, article):
    result = str(plan(f"I would check the convoy claim. I would look up who runs the site to see who funds it. "
                      f"Then I would read what {outlet} wrote to see if they say the same.", article))
    line = [row for row in result.splitlines() if f"what {outlet} wrote" in row][0]
    assert "traces the claim" not in line and "other coverage" in line, line


@pytest.mark.parametrize("outlet, article", [("the BBC", "us-rescue-of-isis-in-raqqa"),
                                             ("the BBC", "russia-charges-pentagon"),
                                             ("the Associated Press", "russia-charges-pentagon")])
def test_what_an_outlet_the_article_cites_wrote_traces_the_claim(outlet, article):
    result = str(plan(f"I would check the convoy claim. I would look up who runs the site to see who funds it. "
                      f"Then I would read what {outlet} wrote to see if they say the same.", article))
    line = [row for row in result.splitlines() if f"what {outlet} wrote" in row][0]
    assert "traces the claim to its original" in line, line
