"""Round 23b: the checks fresh readers found wrong in lessons 03 and 02 (student 34 #3 #4, student 33 #7; made-up
sentences). Every actor is tried alike: the US/Pentagon/Washington side and the Russia/Kremlin/Moscow/Syria side.
"""
from __future__ import annotations

import pytest

from kit import exercises
from kit.exercises.helpers import spans_in_text, text_frame
from kit.exercises.tries import forget_attempts

ACTORS = ["the US", "Russia", "the Pentagon", "the Kremlin", "Washington", "Moscow", "Syria", "the White House",
          "RT", "the BBC", "Reuters", "Sergei Surovikin"]
NO_NAME = ["I don't know", "idk", "no idea", "?"]


@pytest.fixture(scope="module")
def seed():
    import kit
    articles = kit.load_articles()
    return articles, kit.quotes(articles)


def kits_reading(quotes, speaker_text="we", article_id="russian-general-accuses"):
    row = quotes[(quotes.article_id == article_id) & (quotes.speaker_text == speaker_text)].iloc[0]
    return row.speaker, row.note


def masked(result, name: str) -> tuple:
    return result.status, str(result).replace(name, "X")


# 1. student 34 #3: a wrong name got "yours may be the better one" under a "prediction" heading
def test_a_wrong_name_for_we_is_told_it_does_not_match_and_where_to_look_alike_for_every_actor(seed):
    _articles, quotes = seed
    kit_name, note = kits_reading(quotes)
    seen = set()
    for actor in ACTORS:
        result = exercises.check_speaker_guess(actor, quotes, "we", "russian-general-accuses")
        said = str(result)
        assert result.status == "incorrect" and result.message == f"“{actor}” does not match what the article says about “we”.", said
        assert "This is not the first time" in said and "As we noted" in said, said  # the paragraph and the sentence
        assert "better one" not in said and "prediction" not in said.lower(), said
        assert kit_name not in said and note not in said, said  # never the answer
        seen.add(masked(result, actor))
    assert len(seen) == 1, seen


def test_may_be_the_better_one_only_for_a_name_the_article_gives_where_the_kits_guess_has_a_rival():
    import kit
    # two generals named before "The general": the kit guesses the last one; the first is a reading the text supports
    articles = text_frame("Gen. Ann Lee met Gen. Bo Kim in Paris on Monday.\n\n"
                          "The general said the road “is open to everyone who needs it.”")
    quotes = kit.quotes(articles)
    kit_name, _ = kits_reading(quotes, "The general", "your-text")
    rival = "Ann Lee" if kit_name == "Bo Kim" else "Bo Kim"
    supported = exercises.check_speaker_guess(rival, quotes, "The general", "your-text", articles)
    assert supported.correct and "may be the better one" in str(supported), supported
    for actor in ACTORS:  # named nowhere in the text: not supported, told where to look, whichever side
        result = exercises.check_speaker_guess(actor, quotes, "The general", "your-text", articles)
        assert result.status == "incorrect" and "better one" not in str(result), result
        assert kit_name not in str(result) and kit_name.split()[0] not in str(result), result
        assert "Read the paragraph that starts “The general said …”, and the paragraph before it." in result.detail, result


def test_a_we_in_the_writers_own_words_is_not_in_doubt_so_no_name_there_is_the_better_one(seed):
    _articles, quotes = seed
    for other in ("the United States", "Iraqi military", "Talib Shaghati"):  # named near the "we", but not the writer
        result = exercises.check_speaker_guess(other, quotes, "we", "russian-general-accuses")
        assert result.status == "incorrect" and "better one" not in str(result), result


# 2. student 34 #4: "I don't know" was shown the kit's reading
@pytest.mark.parametrize("answer", NO_NAME)
def test_i_dont_know_is_asked_where_to_look_not_told_the_kits_reading(answer, seed):
    _articles, quotes = seed
    kit_name, note = kits_reading(quotes)
    result = exercises.check_speaker_guess(answer, quotes, "we", "russian-general-accuses")
    said = str(result)
    assert result.status == "incorrect" and "write a name" in result.message, said
    assert kit_name not in said and note not in said and "The kit's reading" not in said, said
    assert "This is not the first time" in said and "Whom does the article name around it?" in said, said


# 3. the same-kind check called a reworded answer "the same as at your last check"
def test_a_reworded_same_kind_answer_is_told_its_new_wording_says_the_same(seed):
    _articles, quotes = seed
    forget_attempts()
    right = exercises.check_same_kind("same: both are things named, not words said", quotes)
    assert right.correct, right  # the expected answer comes from the rows: the wrong one is the other word
    forget_attempts()
    first = exercises.check_same_kind("different", quotes)
    reworded = exercises.check_same_kind("They are not the same", quotes)
    unchanged = exercises.check_same_kind("They are not the same", quotes)
    assert not first.correct and "new wording" not in str(first), first
    assert "Your new wording still says “different”, the same as your answer at your last check" in str(reworded), reworded
    assert "change what your answer says, not only its words" in str(reworded), reworded
    assert "same as at your last check" not in str(reworded), reworded
    assert "Your answer is the same as at your last check" in str(unchanged) and "new wording" not in str(unchanged), unchanged
    forget_attempts()


# 4. student 33 #7: the word game explained a found word only after "Show the word lists' choices"
TEXTS = ["Officials in {x} called it a brutal siege, and the regime fell.", "{X} called it a brutal siege, and the regime fell."]


@pytest.mark.parametrize("actor", ACTORS)
def test_the_word_game_says_at_once_why_the_lists_hold_a_word_found(actor):
    from kit import widgets
    for template in TEXTS:
        text = template.format(x=actor, X=actor[0].upper() + actor[1:])
        spans = spans_in_text(text, categories=["loaded_language", "label"])
        brutal = spans[spans.text == "brutal"]
        assert len(brutal) == 1 and "regime" in set(spans.text), spans
        game = widgets.spot_the_loaded_words(text)
        game.select(["brutal"])
        said = str(game.check())
        assert "Why the word lists hold the words you found:" in said and f"“brutal” (loaded language): {brutal.note.iloc[0]}" in said, said
        regime = spans[spans.text == "regime"].note.iloc[0]
        assert regime not in said, said  # a word not found yet keeps its reason back (the hints come in stages)
        game.select(["siege"])  # on no list: no list's reason
        assert "Why the word lists hold" not in str(game.check())
        game.select(["brutal"])
        game.check()
        assert game.reveal.value == "", game.reveal.value  # nothing pressed but "Check my choices"
        html_out = game.feedback.value
        assert "role='status'" in html_out and html_out.count("Why the word lists hold") == 1, html_out

