"""Round 15b: what a civics teacher (teacher20) found in the exercises of lessons 02 and 06. Each test uses her
own examples (the sentences are made up here, or the lesson's paragraph is loaded from the seed articles)."""

from __future__ import annotations

import pytest

import kit
from kit import exercises, widgets
from kit.exercises.answers import forget_attempts, without_possessive


@pytest.fixture(autouse=True)
def _fresh_hints():
    forget_attempts()
    yield
    forget_attempts()


@pytest.fixture(scope="module")
def paragraph_02():
    return exercises.paragraph(kit.load_articles(), "us-rescue-of-isis-in-raqqa", 16)


# ---------------------------------------------------------------- finding 5: a word copied with its possessive

@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_word_copied_with_its_possessive_is_that_word(paragraph_02, mark):
    result = exercises.check_loaded_words([f"imperialism{mark}s", "regime change", "hegemony"], paragraph_02)
    assert result.status == "correct", str(result)
    assert "'s'" not in str(result) and "not in this paragraph" not in str(result)


def test_a_possessive_in_a_made_up_text():
    text = "The regime’s brutal siege went on."
    result = exercises.check_loaded_words(["regime’s", "brutal"], text)
    assert "'s'" not in str(result)
    assert without_possessive("regime's") == "regime"


def test_the_game_accepts_the_box_that_holds_the_possessive(paragraph_02):
    game = widgets.spot_the_loaded_words(paragraph_02)
    shown = [box.description for box in game.words]
    assert "imperialism’s" in shown  # the box shows the word as the text writes it
    for box in game.words:
        box.value = box.description in {"imperialism’s", "regime", "change", "hegemony"}
    result = game.check()
    assert result.status == "correct", str(result)
