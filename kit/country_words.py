"""Country words: a country's name used to describe the noun after it ("the US embassy", "the US command").

The gazetteer knows governments by short names ("US", "Moscow", "Russia"). When such a word stands right
before a noun for a body, a post or a group ("the US embassy said", "the US command said", "US officials
said"), it only says whose embassy or command it is: the embassy speaks, not the government. So the
embassy is read as every country's is ("the Russian embassy", "the Chinese command"), and the word is not
counted as a mention of the government. The nouns are those of data/word_sets.csv: ``org_words``
("command", "embassy", "ministry", "coalition") and ``anonymous_words`` ("officials", "troops"), with their
plurals. A spokesman or a statement speaks for the body named before it ("a Kremlin spokesman", "a Washington
spokesman", "a Pentagon statement"), so those stay the body's.

    >>> from kit.wordsets import word_sets
    >>> t = "The US embassy said so. The US said so."
    >>> describes_noun(t, 4, 6, word_sets()), describes_noun(t, 28, 30, word_sets())
    (True, False)
"""

from __future__ import annotations

import functools
import re

from .attitude_cues import plural
from .wordsets import WordSets

__all__ = ["describes_noun", "COUNTRY_WORD_KINDS"]

#: The gazetteer types whose one-word names are countries or capitals standing for a state.
COUNTRY_WORD_KINDS = frozenset({"government"})

_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w’'-])")


@functools.lru_cache(maxsize=4)
def _nouns(sets: WordSets) -> frozenset:
    """The nouns a country word may describe, singular and plural, for one version of the word sets."""
    words = sets.org_words | sets.anonymous_words
    return frozenset(words | {plural(w) for w in words if w.isalpha()})


def describes_noun(text: str, start: int, end: int, sets: WordSets) -> bool:
    """Does the one-word name ``text[start:end]`` ("US", "Moscow") stand right before a noun it describes
    ("the US embassy", "US officials"), so that the noun, not the name, is who acts or speaks?

    >>> from kit.wordsets import word_sets
    >>> t = "Moscow officials met the US command."
    >>> describes_noun(t, 0, 6, word_sets()), describes_noun(t, 25, 27, word_sets())
    (True, True)
    """
    if not re.fullmatch(r"[\w.]+|[Tt]he[ \t]+[A-Z.]+", text[start:end]):
        return False  # "the Kremlin", "United States": the name of a body, or of more than one word
    nxt = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return nxt is not None and nxt.group(1) in _nouns(sets)
