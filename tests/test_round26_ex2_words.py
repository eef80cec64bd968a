"""Round 26, lesson 02's word exercise and game (student 40 #12, teacher 46 #9): a word of a flagged phrase in
quotation marks gets one message that says what to do; slang that is no word of the paragraph gets the same level
whatever the paragraph flags; the second hint names each sentence once. US and Russian sentences alike (made up)."""
import pytest

from kit import exercises, widgets
from kit.exercises.tries import forget_attempts

QUOTED = {"us": "Washington officials called the report “fake news” on Monday, and the talks went on.",
          "russia": "Moscow officials called the report “fake news” on Monday, and the talks went on."}
PLAIN = {"us": "Washington officials read the report on Monday, and the talks went on.",
         "russia": "Moscow officials read the report on Monday, and the talks went on."}
FLAGGED = {"us": "Washington officials blamed imperialism and hegemony on Monday, and the talks went on.",
           "russia": "Moscow officials blamed imperialism and hegemony on Monday, and the talks went on."}
ONE = {"us": "The Pentagon blamed imperialism early, but the long talks about roads went on all day until the "
             "council called for regime change and an end to hegemony.",
       "russia": "The Kremlin blamed imperialism early, but the long talks about roads went on all day until the "
                 "council called for regime change and an end to hegemony."}


@pytest.mark.parametrize("side", ["us", "russia"])
def test_a_ticked_word_of_a_quoted_flagged_phrase_gets_one_message_that_says_what_to_do(side):
    forget_attempts()
    game = widgets.spot_the_loaded_words(QUOTED[side])
    game.select(["“fake"])
    said = str(game.check())
    assert "tick every word of the phrase" in said and "do not stop it counting" in said, said
    assert "with no one quoted: a scare quote, which casts doubt" not in said, said  # no second, other message
    assert "do not make it count" not in said, said
    game.select(["“fake", "news”"])
    assert game.check().status == "correct"  # the whole phrase counts, marks and all
    forget_attempts()


@pytest.mark.parametrize("side", ["us", "russia"])
@pytest.mark.parametrize("slang", ["lol", "sus"])
def test_slang_that_is_no_word_of_the_paragraph_gets_one_level_whatever_the_paragraph_flags(side, slang):
    forget_attempts()
    plain, flagged = exercises.check_loaded_words([slang], PLAIN[side]), exercises.check_loaded_words([slang], FLAGGED[side])
    assert plain.status == flagged.status == "incorrect", (str(plain), str(flagged))
    assert "not in this paragraph" in plain.message and "defensible" not in str(plain), str(plain)
    forget_attempts()


@pytest.mark.parametrize("side", ["us", "russia"])
def test_the_second_hint_names_the_one_sentence_once(side):
    forget_attempts()
    exercises.check_loaded_words(["foo"], ONE[side])
    second = str(exercises.check_loaded_words(["bar"], ONE[side]))
    hint = next(line for line in second.splitlines() if "Second hint (of three)" in line)
    assert hint.count("one sentence") == 1, hint
    assert "one sentence, one word near its start" in hint and "2 words and one word near its end" in hint, hint
    forget_attempts()
