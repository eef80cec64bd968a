"""Teacher 46 #3: a student who names an article by the words of its title ("the US rescue article", "the Russia
charges Pentagon one") is naming the article, not judging what anyone did; a word of the articles is never
"corrected" into another ("rescue" was read as "rescued"). Each side alike."""
import json
from pathlib import Path

import pytest

import kit
from kit import exercises
from kit.exercises.written import spelled_as_meant

ROOT = Path(__file__).resolve().parents[1]
FINDING = (" I would change my mind if the Department of Defense transcript of the briefing gave another figure for "
           "the people who came out.")


@pytest.fixture(scope="module")
def check():
    cells = {c["id"]: "".join(c["source"]) for c in json.loads((ROOT / "instructor/03-sourcing.ipynb").read_text())["cells"]}
    call = cells["03-45c"].strip().splitlines()[-1]
    articles = kit.load_articles()
    second = kit.load_articles(kit.data_path("second_accounts.csv"))
    names = {"exercises": exercises, "articles": articles,
             "spokesman": second[second["article_id"] == "coalition-spokesman-2017-11-14"]}

    def run(answer):
        exercises.tries.forget_attempts()
        return eval(call, dict(names, answer=answer))
    return run


@pytest.mark.parametrize("title", ["The US rescue article", "the us rescue one", "The Russia charges Pentagon article",
                                   "the russia charges pentagon one"])
def test_an_article_named_by_its_title_is_no_verdict(check, title):
    result = check(f"The spokesman says 3,500 civilians came out. {title} gives 4000 and names no source." + FINDING)
    assert "decides the claim" not in str(result).lower(), result
    assert result.status == "mastery", result


def test_a_word_of_the_articles_is_not_corrected():
    assert spelled_as_meant("the us rescue article", frozenset({"rescued"})) == "the us rescue article"
    assert spelled_as_meant("i wud chek the bbc") == "i would check the bbc"
