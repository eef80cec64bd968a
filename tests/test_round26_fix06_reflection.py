"""Round 26 fix06 (teacher 48 #10): 06's reflection. A sentence that quotes the article's words and adds a verdict
("sus") is told to take the verdict out, not to add quoted words; an article word the student calls loaded without
quotation marks ("claimed things, which is kinda loaded") is told to go in quotation marks, as "the word colluding"
is. Both sides alike."""
import pytest

from kit import exercises

TEXT = ("A Russian general claimed that US forces were colluding with the militants, and a Moscow paper called the "
        "reply “anti-Russian”. A Pentagon spokesman denied the report and called it “anti-American”. The trucks "
        "left the city at night. ") * 6
CHECK = (" The article mostly quotes one side and gives no reply from the other, so the reader only hears the "
         "accusation. I would still need to check the original briefing and what the other side said about it "
         "before I believe it.")


@pytest.mark.parametrize("word", ["anti-Russian", "anti-American"])
@pytest.mark.parametrize("verdict", ["which is sus", "which is legit"])
def test_quoted_words_with_a_verdict_are_told_to_drop_the_verdict(word, verdict):
    result = exercises.check_reflection(f'The article calls the report "{word}", {verdict}.' + CHECK, TEXT)
    said = str(result)
    assert "Add a sentence that points at the text" not in said, said
    assert "It quotes the article's own words: keep them, and without the verdict this sentence points at the " \
           "text." in said, said


@pytest.mark.parametrize("sentence, word", [("The writer says the general claimed things, which is kinda loaded tbh.",
                                             "claimed"),
                                            ("The writer says the spokesman denied things, which is kinda loaded tbh.",
                                             "denied")])
def test_an_article_word_called_loaded_goes_in_quotation_marks(sentence, word):
    said = str(exercises.check_reflection(sentence + CHECK, TEXT))
    assert f"'{word}' is in the article: to make it your example, put it in quotation marks" in said, said


def test_the_student_s_own_words_get_no_such_note():
    said = str(exercises.check_reflection("The writer sounds kinda loaded tbh." + CHECK, TEXT))
    assert "put it in quotation marks" not in said, said
