"""Round 26 fix06 (teacher 48 #16): a phrase the text writes with a hyphen ("so-called") is the same phrase when a
student writes it with a space ("so called"), and the other way round: never "it is not in this paragraph"."""
import pytest

from kit import exercises
from kit.exercises.answers import forget_attempts

TEXT = "The so-called experts spread “fake news” about the brutal siege."


@pytest.mark.parametrize("typed, as_written", [(["so called"], ["so-called"]), (["So Called", "brutal"],
                                                                                ["so-called", "brutal"]),
                                               (["fake-news", "brutal"], ["fake news", "brutal"])])
def test_a_space_or_a_hyphen_between_words_is_one_spelling(typed, as_written):
    forget_attempts()
    spaced = exercises.check_loaded_words(typed, TEXT)
    forget_attempts()
    hyphened = exercises.check_loaded_words(as_written, TEXT)
    assert "not in this paragraph" not in str(spaced), str(spaced)
    assert spaced.status == hyphened.status and spaced.message == hyphened.message, (str(spaced), str(hyphened))


def test_a_word_the_text_does_not_hold_is_still_not_in_it():
    forget_attempts()
    assert "not in this paragraph" in str(exercises.check_loaded_words(["self styled"], TEXT))
