"""Round 24, lesson 03's checks (r24ex3): each fix is tested on the US side and the Russian/Syrian side alike."""

import pandas as pd
import pytest

import kit
from kit import exercises


def made_up(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "text": [text]})


# item 3: "Did Pentagon say …" — the feedback names a body as the article does, with its "the"
@pytest.mark.parametrize("body", ["Pentagon", "Kremlin"])
def test_a_wrong_same_kind_names_a_body_with_its_the(body):
    arts = made_up(f"The toll was acknowledged by the {body}. The report was confirmed by Ann Lee.")
    quotes = kit.quotes(arts)
    result = str(exercises.check_same_kind("different", quotes, "The toll", "The report", arts))
    assert f"Did the {body} say the words “The toll”" in result, result
    assert f"Did {body} say" not in result, result
    assert "Did Ann Lee say the words “The report”" in result, result


@pytest.mark.parametrize("capital", ["Washington", "Moscow"])
def test_a_capital_is_named_as_the_article_writes_it(capital):
    arts = made_up(f"The toll was acknowledged by {capital}. The report was confirmed by Ann Lee.")
    result = str(exercises.check_same_kind("different", kit.quotes(arts), "The toll", "The report", arts))
    assert f"Did {capital} say the words “The toll”" in result, result
