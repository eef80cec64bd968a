"""kit.pronouncing: the dictionary's words answered by a text search agree with the whole word list."""

import random

from kit import pronouncing


def test_search_agrees_with_the_word_list():
    text = pronouncing._dictionary_text()
    every = pronouncing._word_set()
    rng = random.Random(25)
    sample = rng.sample(sorted(every), 1500)
    # near misses: prefixes, longer words, other cases, pronunciation numbers, spaces, empty
    asked = sample + [w[:-1] for w in sample[:300]] + [w + "s" for w in sample[:300]] + \
        [w.upper() for w in sample[:100]] + [w + "(2)" for w in sample[:50]] + \
        ["", " ", "cat dog", "b aw1", "aw1", "#", "zzzzqq", "informa-", "information"]
    for word in asked:
        assert pronouncing._in_text(word, text) == (word in every), word


def test_words_reads_the_list_after_many_lookups():
    words = pronouncing.Words()
    for _ in range(pronouncing.Words.SEARCHES + 5):
        assert "cat" in words
    assert "qzxv" not in words and 3 not in words
    assert len(words) == len(pronouncing._word_set()) and words == pronouncing._word_set()


def test_syllables_by_bisection_agree_with_the_whole_table():
    """Every word of the dictionary (and words it lacks) found by bisection gives the table's count."""
    table = pronouncing.syllable_counts()
    pronouncing.syllable_counts.cache_clear()  # so syllables_of bisects
    saved = pronouncing._bisections, pronouncing.BISECTIONS
    pronouncing._bisections, pronouncing.BISECTIONS = 0, 10**9
    try:
        wrong = [w for w in table if pronouncing.syllables_of(w) != table[w]]
        lacking = ["qzxv", "", "cat(2)", "zzzzzzzz", "'", "aaaaa", "sepulvedaa"]
        assert not wrong and [pronouncing.syllables_of(w) for w in lacking] == [None] * len(lacking)
        assert not pronouncing.syllable_counts.cache_info().currsize  # the table was never read
    finally:
        pronouncing._bisections, pronouncing.BISECTIONS = saved
