"""03 Exercise 3 (student 39 #7): "the spokesman says 3,500 but the russia article says 4,000" credits the 4,000
to the article, not to the spokesman: a second report between a name and a figure hands the figure on. And a
verdict on one of 03's accounts is said as a verdict on an account, not on "the article". Sentences are made up;
each side alike."""

import pytest


@pytest.fixture(scope="module")
def check(ex3_figure_check):  # the example sentence, then the shared finding (conftest.EX3_FINDING)
    return ex3_figure_check


@pytest.mark.parametrize("sentence", [
    "The spokesman says 3,500 civilians but the russia article says 4,000 fighters.",
    "the spokesman says 3,500 civilians while the russian one says 4,000.",
    "Silo says 4,000 people but the spokesman's briefing says 3,500.",
])
def test_a_figure_after_a_second_report_is_not_the_first_speakers(check, sentence):
    result = check(sentence)
    assert "is not in the spokesman's words" not in result.detail, result
    assert "is not in Talal Silo's words" not in result.detail, result
    assert result.status == "mastery", result


@pytest.mark.parametrize("who", ["The spokesman", "Silo"])
def test_one_report_with_two_figures_still_checks_both_either_side(check, who):
    result = check(f"{who} says 5,000 civilians came out and that 1,000 were fighters.")
    assert result.status == "emerging", result
    assert "Say whose figure it is" in result.detail, result


@pytest.mark.parametrize("verdict", ["the us spokesman is lying thats cap", "the russian article is lying thats cap"])
def test_a_verdict_in_03_names_an_account_not_the_article(lesson03_ex3_check, verdict):
    result = lesson03_ex3_check(verdict)
    text = str(result)
    assert "dismisses an account without checking" in text, text
    assert "the article without checking" not in text, text
