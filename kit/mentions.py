"""Mentions: how many times a text names a source that is not on the kit's lists (``n_mentions`` of
:func:`kit.sources`), counted with plain string searches where they give the pattern's answer.

    >>> t = "Walid al-Moallem spoke. Moallem said no. Experts agree; some experts do not."
    >>> times_named(t, "Walid al-Moallem", "named person"), times_named(t, "some experts", "anonymous")
    (2, 1)
"""

from __future__ import annotations

import functools
import re

from .names import PARTICLE_PREFIX
from .person_names import family_name_for

__all__ = ["times_named", "count_whole", "count_words"]

#: Characters that ``re.IGNORECASE`` matches with a plain a-z letter though ``str.lower`` does not give
#: that letter for them (İ also changes length): a text with one is counted with the pattern.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def times_named(text: str, source: str, source_type: str) -> int:
    """How many times ``text`` names a source that is not on the kit's lists: a person by their family name
    (the last word of the name, without a particle such as "al-"; the first word when the article uses
    it as the family name, :func:`kit.person_names.family_name_first`), any other source by its own words.

    >>> times_named("Ann Lee left. Lee’s aide and Leeds.", "Ann Lee's", "named person")  # not in "Leeds"
    2
    """
    words = source.split()
    if source_type == "named person" and len(words) in (2, 3) \
            and family_name_for(words[0].lower(), [source], text):  # "Wang Yi … Wang said" (family_name_first)
        return count_whole(text, words[0]) - _others_named(text, words[0], words[1])  # not "Wang Qishan"
    if source_type == "named person" and words:
        name = PARTICLE_PREFIX.sub("", words[-1].removesuffix("'s").removesuffix("’s"))
        return count_whole(text, name) if name else len(re.findall(r"(?<!\w)(?!\w)", text))
    return count_words(text, words) if words else 0


def _others_named(text: str, first: str, second: str) -> int:
    """How often ``first`` stands alone before spaces and a capitalised word other than ``second`` ("Wang
    Qishan" beside "Wang Yi"), found with ``str.find`` (a pattern per name costs more to compile than the
    search)."""
    n, i = 0, text.find(first)
    while i >= 0:
        k = j = i + len(first)
        while k < len(text) and text[k] in " \t":
            k += 1
        after = k + len(second)
        same = text.startswith(second, k) and bool(second) and \
            word_char(second[-1]) != (after < len(text) and word_char(text[after]))
        if (i == 0 or not (word_char(text[i - 1]) or text[i - 1] in "’'-")) and j < k < len(text) \
                and "A" <= text[k] <= "Z" and not same:
            n, i = n + 1, text.find(first, k + 1)
        else:
            i = text.find(first, i + 1)
    return n


def word_char(ch: str) -> bool:
    """Is ``ch`` a letter, digit or "_": what ``\\w`` matches in a str pattern (``str.isalnum`` is the rest of it)?

    >>> word_char("é"), word_char("_"), word_char("-")
    (True, True, False)
    """
    return ch.isalnum() or ch == "_"


def count_whole(text: str, name: str) -> int:
    """How many times ``name`` (not empty) stands in ``text`` with no letter, digit or "_" (what ``\\w``
    matches) touching it: ``re.findall(r"(?<!\\w)NAME(?!\\w)", text)``'s count, found with ``str.find``.

    >>> count_whole("Lee met Leeds. Lee_x, (Lee)", "Lee")
    2
    """
    n, size, end, i = 0, len(name), len(text), text.find(name)
    while i >= 0:
        after = i + size  # no letter, digit or "_" on either side (word_char, written out: called per find)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) \
                and (after == end or not (text[after].isalnum() or text[after] == "_")):
            n += 1
            i = text.find(name, after)
        else:
            i = text.find(name, i + 1)
    return n


def count_words(text: str, words) -> int:
    """How many times ``text`` holds ``words`` (from ``str.split``, not empty) in any case, with any spaces
    between them, not inside a longer word or next to a hyphen: the count of the pattern
    ``(?<![\\w-])W1\\s+W2(?![\\w-])`` with ``re.IGNORECASE``. Words in plain ASCII are found in the lower-cased
    text with ``str.find`` (the same matches); others, and texts with a letter that case folding treats
    apart (İ, ı, ſ, K), are counted with the pattern.

    >>> count_words("Some experts agree; SOME\\n experts do not; some-experts", ["some", "experts"])
    2
    """
    words = [w.lower() for w in words]
    low = _lowered(text) if all(w.isascii() for w in words) else None
    if low is None:
        return len(_words_pattern(tuple(words)).findall(text))
    # the longest word is looked for ("pentagon" in "the pentagon", not every "the"): a match holds it at the
    # same place among its words, so each match is found once, from there
    a = max(range(len(words)), key=lambda k: len(words[k]))
    anchor, before, after, end = words[a], words[:a][::-1], words[a + 1:], len(text)
    found = []  # (start, end) of every match, in any order
    i = low.find(anchor)
    while i >= 0:
        s = _words_start(text, low, i, before)
        j = _words_end(text, low, i + len(anchor), after) if s >= 0 else -1
        if j >= 0 and (s == 0 or not (word_char(text[s - 1]) or text[s - 1] == "-")) \
                and (j == end or not (word_char(text[j]) or text[j] == "-")):
            found.append((s, j))
        i = low.find(anchor, i + 1)
    n, last = 0, 0
    for s, j in sorted(found):  # the pattern's matches do not overlap: the leftmost first
        if s >= last:
            n, last = n + 1, j
    return n


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """``text`` in lower case, read once for all the sources of one article; None when ``str.lower`` and the
    pattern's case folding may disagree (a letter of :data:`_FOLDS_TO_ASCII`, or a letter whose lower case is
    longer)."""
    low = text.lower()
    return None if _FOLDS_TO_ASCII.search(text) or len(low) != len(text) else low


def _words_start(text: str, low: str, j: int, before) -> int:
    """Where the words ``before`` (the nearest first) start if they precede ``j`` in ``low``, each before one or
    more spaces; -1 if not."""
    for w in before:
        k = j
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == j or k < len(w) or not low.startswith(w, k - len(w)):
            return -1
        j = k - len(w)
    return j


def _words_end(text: str, low: str, j: int, rest) -> int:
    """Where the words ``rest`` end if they follow ``j`` in ``low``, each after one or more spaces; -1 if not."""
    for w in rest:
        k = j
        while k < len(text) and text[k].isspace():
            k += 1
        if k == j or not low.startswith(w, k):
            return -1
        j = k + len(w)
    return j


@functools.lru_cache(maxsize=4096)
def _words_pattern(words: tuple) -> re.Pattern:
    """The words of a source, any case, any spaces between them, not inside a longer word."""
    return re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", re.IGNORECASE)
