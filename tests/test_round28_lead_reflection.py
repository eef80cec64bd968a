"""Round 28 (lead, student 44 #1): 03 Exercise 3. A reflection whose first sentence gives a figure to an account
that does not give it, and whose next sentence points at the text rightly, is not told it "points only at" what the
texts lack: the right sentence counts as pointing at the text, and the wrong figure is still named. Each side alike."""
import pytest

import kit
from kit import exercises

RIGHT = "the spokesman says 3,500 civilians came out and less than 300 were fighters"


def check(answer):
    second = kit.load_articles(kit.data_path("second_accounts.csv")).query(
        "article_id == 'coalition-spokesman-2017-11-14'")
    return exercises.check_reflection(answer, [second, kit.load_articles()], task="sources")


@pytest.mark.parametrize("party, name", [("russia", "Russia"), ("the pentagon", "the Pentagon"),
                                         ("the coalition", "the coalition"), ("moscow", "Moscow")])
def test_a_right_sentence_after_a_wrong_figure_still_points_at_the_text(party, name):
    result = check(f"{party} says 4000 left the city. {RIGHT}")
    assert "Points only at" not in result.detail, result.detail
    assert f"Points at the text: “{RIGHT}”" in result.detail, result.detail
    assert f"as {name}'s figure" in result.detail, result.detail
    assert result.message.startswith("1 of the 3 parts"), str(result)


@pytest.mark.parametrize("party", ["russia", "the pentagon"])
def test_a_wrong_figure_alone_still_points_only_at_what_the_texts_lack(party):
    result = check(f"{party} says 4000 left the city.")
    assert "Points only at words or figures not in" in result.detail, result.detail
    assert result.message.startswith("none of the 3 parts"), str(result)
