"""A reporting word's verbs: the helping verbs that carry it ("was forced to admit") and whether it is in the
passive with no one named as its doer ("was asked to", "The deal, hailed as …").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It was reported that the road was closed."]}), "example"))[0]
    >>> passive_cue(art, art.cues[0])
    True
"""

from __future__ import annotations

import re

from .names import WORD, Article
from .speaker_phrases import ends_with_comma
from .speech_cues import after_cue_is_by, agentless_passive, done_to_start

__all__ = ["passive_cue", "verb_group_start"]

#: Joining words among the ``adverbs`` of data/word_sets.csv: "and was forced to" keeps "and" out of the verbs.
_CONJUNCTIONS = frozenset("and but or so as because while though although if when whereas yet".split())


#: A verb in "-ed" or "-en" right before "as": "hailed as", "described as", "seen as".
_BARE_AS = re.compile(r"[A-Za-z]+(?:ed|en)[ \t]+as\b")


def verb_group_start(art: Article, cue, lo: int) -> int:
    """Where the verbs that carry the reporting word start: "was forced to admit", "has had to concede" (a verb
    that says the act took place, :func:`kit.speech_cues.done_to`, with its helping verbs and adverbs, the
    ``auxiliaries`` and ``adverbs`` of data/word_sets.csv); the reporting word itself otherwise.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The army was later forced to admit it."]}), "example"))[0]
    >>> art.text[:verb_group_start(art, art.cues[0], 0)]
    'The army '
    """
    if not art.text[max(0, cue[0] - 4):cue[0]].rstrip().endswith("to"):
        return cue[0]  # most reporting words: no "to" before them
    start = done_to_start(art, cue)
    if start is None:
        return cue[0]
    helpers = (art.sets.auxiliaries | art.sets.adverbs | {"been", "be", "being"}) - _CONJUNCTIONS
    for m in reversed(list(WORD.finditer(art.text, max(lo, start - 40), start))):
        if m.group(0).lower() not in helpers or art.text[m.end():start].strip():
            break
        start = m.start()
    return max(lo, start)


def passive_cue(art: Article, cue) -> bool:
    """A reporting word in the passive with no "by …" after it: "was asked to", "it was reported that"
    (:func:`kit.speech_cues.agentless_passive`), or a verb of naming after a comma and right before "as"
    with no object between ("The deal, hailed as a “…”": the active needs one, "Lee hailed the deal as";
    in "whom he described as" the object stands before the subject). Its subject is what the words are
    about, not who said them.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The deal, hailed as a “first step,” was signed. Lee hailed it as a “first step.”"]}), "example"))[0]
    >>> [passive_cue(art, c) for c in art.cues]
    [True, False]
    """
    if agentless_passive(art, cue):
        return True
    m = _BARE_AS.match(art.text, cue[0], cue[1] + 4)
    return m is not None and not m.group(0).lower().startswith("quot") and ends_with_comma(art.text, cue[0]) \
        and after_cue_is_by(art, m.end(), min(len(art.text), m.end() + 60)) is None
