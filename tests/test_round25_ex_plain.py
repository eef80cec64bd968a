"""Round 25 (r25ex item 1): one list of plain words of truth in data/verdict_words.csv, read by the 06 plan's purpose
check (verdicts.without_verdict_purpose) and the 03 same/different reason (row_checks.judging_words) alike; every
test is a mirrored pair, both directions of a verdict and both sides (the US and Russia)."""

import pytest

from kit.exercises import verdicts
from kit.exercises.row_checks import judging_words

SIDES = [("the Pentagon", "Silo"), ("the Kremlin", "the Russian Defense Ministry")]


def test_the_plain_words_are_one_data_column_read_through_one_function():
    plain = verdicts.plain_verdict_words()
    assert {"true", "false", "right", "wrong", "real", "fake", "made up"} <= plain
    assert not {"sus", "legit", "cap", "sketchy"} & plain
    assert not hasattr(verdicts, "PLAIN_PURPOSE")


@pytest.mark.parametrize("vouches,doubts", [("trustworthy", "untrustworthy"), ("reliable", "unreliable"),
                                            ("true", "false")])
def test_a_plain_word_and_its_mirror_are_both_a_purpose(vouches, doubts):
    for word in (vouches, doubts):
        for actor in ("the pentagon", "the kremlin"):
            assert not verdicts.verdict_purpose(f"look up {actor} to see if it is {word}"), (actor, word)


@pytest.mark.parametrize("word", ["right", "wrong"])
@pytest.mark.parametrize("one,other", SIDES)
def test_a_plain_verdict_on_both_speakers_judges_them_either_way(one, other, word):
    assert judging_words(f"same: because {one} is {word} and so is {other}") == [word]


@pytest.mark.parametrize("one,other", SIDES)
def test_a_plain_word_that_qualifies_a_noun_or_agrees_judges_no_one(one, other):
    assert judging_words(f"same: true, {one} and {other} both give real numbers") == []
    assert judging_words(f"same: {one} and {other} both give the right kind of thing") == []
