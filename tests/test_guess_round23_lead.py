"""03 "Where the kit has to guess" (teacher 41 #1-#4, round 23): a description is stood for only by a name the
article gives that word; the kit's reading written as a last name is the kit's reading; the writer in other words
is the writer; the hint after "I don't know" does not hand over an answer."""
import pytest

import kit
from kit import exercises

ARTICLE = "russian-general-accuses"


@pytest.fixture(scope="module")
def quotes():
    return kit.quotes(kit.load_articles())


def _kit_name(quotes, speaker_text):
    rows = quotes[(quotes.article_id == ARTICLE) & (quotes.speaker_text.astype(str) == speaker_text)]
    assert not rows.empty, speaker_text
    return str(rows.iloc[0]["speaker"])


def _descriptions(quotes):
    rows = quotes[(quotes.article_id == ARTICLE) & quotes.speaker_text.astype(str).str.contains("general")]
    texts = sorted(set(rows.speaker_text.astype(str)))
    assert texts, "the article's guessed general rows"
    return texts


@pytest.mark.parametrize("name", ["Trump", "Assad", "Hillary Clinton", "Barack Obama", "Putin"])
def test_a_person_the_article_never_calls_a_general_is_not_the_general(quotes, name):
    for speaker_text in _descriptions(quotes):
        result = exercises.check_speaker_guess(name, quotes, speaker_text, ARTICLE)
        assert result.status == "incorrect", (speaker_text, name, result.message)
        assert "does not match" in result.message


def test_the_kits_reading_by_its_last_name_is_the_kits_reading(quotes):
    for speaker_text in _descriptions(quotes):
        kit_name = _kit_name(quotes, speaker_text)
        for written in (kit_name.split()[-1], kit_name.split()[-1].lower(), kit_name):
            result = exercises.check_speaker_guess(written, quotes, speaker_text, ARTICLE)
            assert result.status == "correct", (speaker_text, written, result.message)


@pytest.mark.parametrize("answer", ["the person who wrote the article", "it's the writer", "its the writer",
                                    "the author i think", "the writer"])
def test_the_writer_in_other_words_is_the_writer(quotes, answer):
    assert exercises.check_speaker_guess(answer, quotes, "we", ARTICLE).status == "correct"


@pytest.mark.parametrize("answer", ["idk", "I don't know"])
def test_the_hint_after_no_name_does_not_name_an_answer(quotes, answer):
    result = exercises.check_speaker_guess(answer, quotes, "we", ARTICLE)
    shown = repr(result).lower()
    assert result.status == "incorrect"
    assert '"the writer"' not in shown and "anti-media" not in shown, shown


# student 36 #1 #2: an answer that offers both choices is not a choice
@pytest.mark.parametrize("answer", ["surovikin or anti-media", "anti-media or surovikin", "Anti-Media/Surovikin",
                                    "the writer or Russia"])
def test_two_names_offered_are_asked_to_choose_one(quotes, answer):
    result = exercises.check_speaker_guess(answer, quotes, "we", ARTICLE)
    assert result.status == "incorrect" and "choose one name" in result.message, repr(result)


@pytest.mark.parametrize("answer", ["same or different", "different or same", "same/different", "Same / different"])
def test_both_choices_of_same_or_different_are_not_an_answer(quotes, answer):
    result = exercises.check_same_kind(answer, quotes)
    assert result.status == "incorrect", repr(result)
    assert 'write "same" or "different"' in result.message
