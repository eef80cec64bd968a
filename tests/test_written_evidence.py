"""Quoted words in a reflection are checked against the article: the article's own words always pass, a word
with a letter dropped never does (kit/exercises/evidence.py)."""

from __future__ import annotations

import random
import re

import pytest

import kit
from kit import exercises
from kit.exercises.evidence import article_text, cited_words, misquoted


@pytest.fixture(scope="module")
def articles():
    return kit.load_articles()


def spans(text: str, n: int, seed: int) -> list[str]:
    words = re.findall(r"[A-Za-z]+(?:[’'][a-z]+)?", text)
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        start, length = rng.randrange(len(words) - 3), rng.randint(1, 3)
        out.append(" ".join(words[start:start + length]))
    return out


@pytest.mark.parametrize("row", range(5))
def test_the_articles_own_words_are_never_misquoted(articles, row):
    article = articles.iloc[row]
    text = article_text(article)
    for span in spans(article.text, 40, row):
        # a span that crosses a line break or punctuation may not be contiguous in the article's words: skip those
        if " ".join(re.findall(r"[a-z0-9]+", span.lower())) not in " ".join(re.findall(r"[a-z0-9]+", text.lower())):
            continue
        answer = f"The article uses '{span}' and words like {span.split()[0]} to make the reader angry."
        assert misquoted(answer, text) == [], span


@pytest.mark.parametrize("row", range(5))
def test_a_dropped_letter_is_caught_with_the_articles_word(articles, row):
    article = articles.iloc[row]
    text = article_text(article)
    vocabulary = set(re.findall(r"[a-z]+", text.lower()))
    long_words = sorted(w for w in vocabulary if len(w) >= 8)
    for word in random.Random(row).sample(long_words, 10):
        typo = word[:4] + word[5:]
        if typo in vocabulary:
            continue
        found = misquoted(f"The kit flagged '{typo}' as loaded language.", text)
        assert [cited for cited, _ in found] == [typo], word
        assert found[0][1] in ("", word) or found[0][1] in vocabulary, (word, found)


def test_the_kits_own_terms_and_unquoted_opinions_are_not_cited():
    assert cited_words("The kit found 'loaded language' and a 'hedge'. I think it wants us to feel angry.") == []
    assert cited_words("It uses words like these to make us angry.") == []


def test_the_lesson_passes_the_table_a_row_or_the_text(articles):
    one = articles[articles.article_id == "us-rescue-of-isis-in-raqqa"]
    # 40 words or more: Mastery needs the length asked (round 16b, teacher22 #7)
    answer = ("The kit flags 'mercyless' as loaded language, and the writer uses it about the bombing. Only US "
              "officials are quoted by name, and no one from the city speaks. "
              "I would check the BBC report to see whether it gives the 4,000 figure.")
    for article in (one, one.iloc[0], one.text.item()):
        result = exercises.check_reflection(answer, article)
        assert result.status == "emerging" and "did you mean 'merciless'?" in str(result), result
    assert exercises.check_reflection(answer.replace("mercyless", "merciless"), one).status == "mastery"
    assert exercises.check_reflection(answer, 42).status == "incorrect"  # feedback, not a traceback
