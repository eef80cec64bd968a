"""Round 30 q (teacher 53 #12): a word of a rewritten headline in scare quotes is not neutral (lesson 03 teaches
scare quotes): "WSWS says US 'rescued' ISIS in Raqqa" is partly right, with the marks named, in single or double
marks, whoever the headline credits and whichever side the word is about. A whole quotation with its speaker, a
title, and an apostrophe ("Russia's", "say's") are not scare quotes."""
import pytest

import kit
from kit.exercises import check_neutral_headline

NOTE = "The marks around '{}' make the reader doubt the word: take them out, or say whose word it is."


def title(article_id):
    articles = kit.load_articles()
    return articles.loc[articles.article_id == article_id, "title"].item()


@pytest.mark.parametrize("marks", ["'{}'", '"{}"', "“{}”", "‘{}’"])
@pytest.mark.parametrize("article_id, headline, word", [
    ("us-rescue-of-isis-in-raqqa", "WSWS says US {} ISIS in Raqqa", "rescued"),
    ("us-rescue-of-isis-in-raqqa", "WSWS says the Pentagon {} ISIS fighters in Raqqa", "saved"),
    ("russia-charges-pentagon", "Russia says Pentagon {} ex-ISIS fighters", "trained"),
    ("russia-charges-pentagon", "The Kremlin says Pentagon {} ex-ISIS fighters", "trained"),
    ("washington-pretends-combating-isis", "Global Research says Washington {} to fight ISIS in Syria", "pretends"),
])
def test_a_word_of_the_headline_in_scare_quotes_is_not_neutral(marks, article_id, headline, word):
    result = check_neutral_headline(headline.format(marks.format(word)), title(article_id))
    assert result.status == "partly", str(result)
    assert NOTE.format(word) in str(result), str(result)


@pytest.mark.parametrize("article_id, headline", [
    ("us-rescue-of-isis-in-raqqa", 'WSWS says "US rescued ISIS in Raqqa"'),
    ("us-rescue-of-isis-in-raqqa", "WSWS: 'US rescued ISIS in Raqqa'"),
    ("russia-charges-pentagon", "Russia says 'Pentagon trained ex-ISIS fighters'"),
    ("russia-charges-pentagon", "Russia's military says Pentagon trained ex-ISIS fighters"),
    ("russia-charges-pentagon", "The Kremlin's spokesman says Pentagon trained ex-ISIS fighters"),
    ("us-rescue-of-isis-in-raqqa", "WSWS says US rescued ISIS in Raqqa"),
])
def test_a_whole_quotation_with_its_speaker_or_an_apostrophe_is_no_scare_quote(article_id, headline):
    result = check_neutral_headline(headline, title(article_id))
    assert "make the reader doubt" not in str(result), str(result)
