"""Round 29 (teacher 53 #15), 02 Ex 1: the second hint's counts add up. "3 more … 2 single words in its middle and
2 words near its end" read as four things to find; a phrase is now named as a phrase ("one phrase of 2 words").
US and Russian paragraphs alike (made up)."""
import re

import pytest

from kit import exercises
from kit.exercises.tries import forget_attempts

US = ("Moscow praised its allies, and the writer blamed American imperialism and its hegemony in the region, "
      "saying the Pentagon wants regime change in Damascus.")  # made up
RUSSIA = ("Moscow praised its allies, and the writer blamed Russian imperialism and its hegemony in the region, "
          "saying the Kremlin wants regime change in Kyiv.")  # made up
COUNT = {"one": 1, "2": 2, "3": 3, "4": 4}


def things_named(hint: str) -> int:
    """How many words and phrases the place part of a hint names ("2 single words", "one phrase of 2 words")."""
    return sum(COUNT[m.group(1)]
               for m in re.finditer(r"\b(one|\d+) (?:single words?|word|phrases? of \d+ words)\b", hint))


@pytest.mark.parametrize("text", [US, RUSSIA])
def test_the_second_hint_counts_a_phrase_as_one_thing(text):
    forget_attempts()
    exercises.check_loaded_words(["praised", "foo"], text)
    second = exercises.check_loaded_words(["praised", "bar"], text)
    hint = next(line for line in str(second).splitlines() if "Second hint (of three)" in line)
    more = int(re.search(r"(\d+) more", hint).group(1))
    assert "one phrase of 2 words" in hint, hint
    assert things_named(hint.split("more", 1)[1]) == more, hint
    forget_attempts()


@pytest.mark.parametrize("text", [US, RUSSIA])
def test_a_grammar_word_is_told_to_be_unticked(text):
    """Student 45 #5: ticking "The" was told it may be "a reasonable choice"; a grammar word is told to untick it,
    and a content word on no list still gets the reason it may carry weight."""
    forget_attempts()
    result = str(exercises.check_loaded_words(["the", "imperialism", "region"], text))
    assert "'the': a grammar word" in result and "Untick it" in result, result
    assert "'region': it is not on any word list" in result, result
    forget_attempts()
