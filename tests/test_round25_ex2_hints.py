"""Round 25, 02 Ex 1 (student 38 #3): the second hint says where the words still to find are (which sentence, how far
into it, how many words, what kind) without quoting them; the third still gives them. US and Russian paragraphs alike."""

import pytest

from kit import exercises
from kit.exercises.tries import forget_attempts

US = ("Washington praised its allies, and the writer blamed US imperialism and its hegemony in the region, "
      "saying the Pentagon wants regime change in Damascus.")  # made up
RUSSIA = ("Moscow praised its allies, and the writer blamed Russian imperialism and its hegemony in the region, "
          "saying the Kremlin wants regime change in Kyiv.")  # made up


@pytest.mark.parametrize("text", [US, RUSSIA])
def test_the_second_hint_does_not_quote_the_last_label(text):
    forget_attempts()
    exercises.check_loaded_words(["imperialism", "hegemony", "foo"], text)
    second = exercises.check_loaded_words(["imperialism", "hegemony", "bar"], text)
    hint = next(line for line in str(second).splitlines() if "Second hint (of three)" in line)
    assert "regime change" not in hint and "“" not in hint, hint
    assert "near its end" in hint and "phrase of 2 words" in hint and "label" in hint, hint
    third = exercises.check_loaded_words(["imperialism", "hegemony", "baz"], text)
    assert "regime change" in str(third), third
    forget_attempts()
