"""Round 26 (r26ex6, tidy): the words for the other side of a claim that make a plan's search weigh both ways
("reports that confirm it and reports that deny it") are data (other_side_words in data/word_sets.csv), which a
teacher can edit: an added word takes effect on the next call. Either side alike."""

from __future__ import annotations

import pytest

from kit.exercises.plan_shows import weighs_both_ways
from kit.wordsets import word_sets

STEP = "i would look for reports that confirm the claim about {} and reports that {} it."


def test_the_words_are_read_from_the_data_file():
    assert {"deny", "against", "opposite", "wrong", "do not"} <= word_sets().other_side_words


@pytest.mark.parametrize("side", ["russia", "the us"])
def test_an_added_word_takes_effect(own_data, side):
    assert weighs_both_ways(STEP.format(side, "deny"))
    assert not weighs_both_ways(STEP.format(side, "rebut"))
    with (own_data / "word_sets.csv").open("a", encoding="utf-8") as f:
        f.write("other_side_words,rebut\n")
    assert weighs_both_ways(STEP.format(side, "rebut"))


def test_a_removed_word_no_longer_counts(own_data):
    path = own_data / "word_sets.csv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if line.strip() != "other_side_words,deny"), encoding="utf-8")
    assert not weighs_both_ways(STEP.format("russia", "deny")) and weighs_both_ways(STEP.format("russia", "oppose"))
