"""02 Ex 1 (teacher 44 #12): a word on a word list that the paragraph does not use gets a first line that agrees with
its detail ('on a list, but not in this paragraph'), in a paragraph of either side's article."""
import pytest

import kit
from kit import exercises


@pytest.mark.parametrize("article_id, n", [("us-rescue-of-isis-in-raqqa", 16), ("russia-charges-pentagon", 5)])
@pytest.mark.parametrize("words", [["brutal"], ["brutal", "merciless"]])
def test_a_listed_word_the_paragraph_lacks_is_said_so_on_the_first_line(article_id, n, words):
    paragraph = exercises.paragraph(kit.load_articles(), article_id, n)
    text = str(paragraph).lower()
    assert not any(w in text for w in words), "the test needs words this paragraph does not use"
    exercises.tries.forget_attempts()
    result = exercises.check_loaded_words(words, paragraph)
    assert result.status == "incorrect", result
    assert "is among the loaded words" not in result.message, result
    assert "in this paragraph" in result.message and "on a word list, but this paragraph does not use" in result.message
    for w in words:
        assert f"'{w}' is on the loaded language list, but not in this paragraph." in result.detail, result
