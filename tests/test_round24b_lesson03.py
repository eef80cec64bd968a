"""Round 24b, lesson 03's checks (r24ex3b): each fix is tested on the US side and the Russian/Syrian side alike."""

import pandas as pd
import pytest

import kit
from kit import exercises


def made_up(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "text": [text]})


# item 1 (teacher 41 #7): the question asks for a reason; a bare choice is half an answer, never more than a weak reason
@pytest.fixture(params=["Pentagon", "Kremlin"])
def pair(request):
    arts = made_up(f"The toll was acknowledged by the {request.param}. The report was confirmed by Ann Lee.")
    return request.param, arts, kit.quotes(arts)


@pytest.mark.parametrize("answer", ["same", "the same", "The same.", "No, it is not different"])
def test_a_bare_right_choice_is_half_an_answer(pair, answer):
    body, arts, quotes = pair
    result = exercises.check_same_kind(answer, quotes, "The toll", "The report", arts)
    assert result.status == "partly", result
    assert "right choice; now add a reason that points at the rows" in result.message, result
    assert f"say what the {body} acknowledged and what Ann Lee confirmed" in result.detail, result
    assert "not words the speaker said" not in str(result), result  # the reason is not given away


def test_the_four_answers_are_ordered_wrong_bare_weak_pointing(pair):
    body, arts, quotes = pair
    status = {a: exercises.check_same_kind(a, quotes, "The toll", "The report", arts).status
              for a in ["different", "the same", "the same, both legit", f"same: the {body} acknowledged a toll, a thing"]}
    assert list(status.values()) == ["incorrect", "partly", "partly", "correct"], status


def test_the_lessons_bare_choice_is_not_ticked():
    quotes = kit.quotes(kit.load_articles())
    bare = exercises.check_same_kind("the same", quotes, "the civilian death toll", "The report")
    reasoned = exercises.check_same_kind("the same: both are things the report and the spokesman said", quotes,
                                         "the civilian death toll", "The report")
    assert bare.status == "partly" and reasoned.correct, (bare, reasoned)
