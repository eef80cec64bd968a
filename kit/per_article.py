"""Answers kept per article: a speaker rule asked again for the same stretch of one article answers from the first time.

The speaker rules (kit.speakers, kit.speaker_phrases, kit.speaker_rules, kit.indirect_rows) ask who speaks for
the same cue and the same words again and again: a quotation's rule, the indirect-speech rows, "the spokesperson"
looking back at earlier reports. Once a :class:`kit.names.Article` is built, what such a function finds depends
only on the article and the arguments, so :func:`kept_per_article` keeps each answer in the article's
``kept`` table (one table per article, dropped with it). A dict answer is copied for each caller, since callers
add keys to what they get (``found["method"] = ...``).

>>> import pandas as pd
>>> from kit.sourcing import checked_articles, prepare_articles
>>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
...     "Ann Lee said it. Ivan Petrov said so."]}), "example"))[0]
>>> reads = []
>>> @kept_per_article
... def first_word(art, lo):
...     reads.append(lo)
...     return {"word": art.text[lo:].split()[0]}
>>> first_word(art, 17), first_word(art, 17), reads
({'word': 'Ivan'}, {'word': 'Ivan'}, [17])
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

__all__ = ["kept_per_article", "WholeRead", "read_whole", "matches_within", "words_within"]

_NOT_YET = object()


def kept_per_article(find: Callable) -> Callable:
    """``find(art, *args)`` worked out once per article and arguments, kept in ``art.kept`` (None while the
    article is still being built: then every call works it out). ``find`` must read nothing that changes
    after the article is built (not the speakers noted so far: :meth:`kit.names.Article.add_speaker`).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Ann Lee said so."]}), "example"))[0]
    >>> length = kept_per_article(lambda art, lo, hi: {"n": hi - lo})
    >>> got = length(art, 0, 7)
    >>> got["n"] = 99  # a caller's change stays its own
    >>> length(art, 0, 7)
    {'n': 7}
    """

    @functools.wraps(find)
    def kept(art, *args, **kwargs):
        table = art.kept
        if table is None:
            return find(art, *args, **kwargs)
        key = (find, args, tuple(kwargs.items())) if kwargs else (find, args)
        got = table.get(key, _NOT_YET)
        if got is _NOT_YET:
            got = table[key] = find(art, *args, **kwargs)
        return dict(got) if type(got) is dict else got

    return kept


class WholeRead:
    """The matches of one pattern over a whole text, read once (:func:`read_whole`), with their spans and starts,
    so that :func:`matches_within` gives those of any stretch with two bisects instead of a scan."""

    __slots__ = ("pattern", "text", "matches", "spans", "starts")

    def __init__(self, pattern: re.Pattern, text: str):
        self.pattern, self.text = pattern, text
        self.matches = list(pattern.finditer(text))
        self.spans = [m.span() for m in self.matches]
        self.starts = [a for a, _b in self.spans]


def read_whole(pattern: re.Pattern, text: str) -> WholeRead:
    """Read ``text`` once for ``pattern``: a pattern that looks at nothing after a match (no look-ahead, ``$`` or
    ``\\b`` at its end), so that a stretch's matches are the whole text's that lie inside it."""
    return WholeRead(pattern, text)


def matches_within(read: WholeRead, lo: int, hi: int, spans: bool = False) -> list:
    """What ``read.pattern.finditer(read.text, lo, hi)`` gives (its matches, or with ``spans`` their (start, end)):
    the whole text's matches that lie inside [lo, hi), found with bisect, unless one crosses ``lo`` or ``hi``
    (then a scan of the stretch, which finds a shorter match there). One mechanism for every pattern read this way
    (kit.names reads the capitalised runs of an article so, kit.speaker_phrases the words of a stretch).

    >>> read = read_whole(re.compile(r"\\w+"), "Ann Lee met Tom Roe.")
    >>> [m.group(0) for m in matches_within(read, 0, 11)], matches_within(read, 5, 20, spans=True)
    (['Ann', 'Lee', 'met'], [(5, 7), (8, 11), (12, 15), (16, 19)])
    """
    starts = read.starts
    k = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi)
    found = read.spans
    if (k > 0 and found[k - 1][1] > lo) or (j > k and found[j - 1][1] > hi):
        got = read.pattern.finditer(read.text, lo, hi)
        return [m.span() for m in got] if spans else list(got)
    return found[k:j] if spans else read.matches[k:j]


_LAST_READ: dict = {}  # pattern -> [the text last asked about, its WholeRead or None] (words_within)


def words_within(pattern: re.Pattern, text: str, lo: int, hi: int) -> list[re.Match]:
    """``list(pattern.finditer(text, lo, hi))``, the speaker rules' words of a stretch (kit.speaker_phrases.words_span):
    the second time in a row that ``text`` is asked about, it is read once whole (:func:`read_whole`) and each later
    stretch of it is taken from that read; a text asked about once is only scanned in the stretch (so texts that
    take turns never make a whole read each).

    >>> word = re.compile(r"\\w+")
    >>> t = "Ann Lee said so."
    >>> [m.group(0) for m in words_within(word, t, 0, 7)], [m.group(0) for m in words_within(word, t, 5, 16)]
    (['Ann', 'Lee'], ['ee', 'said', 'so'])
    """
    last = _LAST_READ.get(pattern)
    if last is None or last[0] is not text:
        _LAST_READ[pattern] = [text, None]
        return list(pattern.finditer(text, lo, hi))
    if last[1] is None:
        last[1] = read_whole(pattern, text)
    return matches_within(last[1], lo, hi)
