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

import functools
from collections.abc import Callable

__all__ = ["kept_per_article"]

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
