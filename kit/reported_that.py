"""Whether "that" after a reporting word opens what was said ("Critics say that the figure is too low") or is the
reported clause's own subject ("Critics say that figure is too low", "say that was a mistake"). kit.indirect_speech
reads it to decide where an indirect report's words start.

>>> import pandas as pd
>>> from kit.sourcing import checked_articles, prepare_articles
>>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
...     "Officials say that was a mistake."]}), "example"))[0]
>>> that_is_subject(art, 14, len(art.text))
True
"""

from __future__ import annotations

import re

from .names import Article
from .speaker_phrases import DETERMINERS

__all__ = ["that_is_subject"]


def that_is_subject(art: Article, pos: int, end: int) -> bool:
    """Is the "that" at ``pos`` part of the reported clause rather than the word that opens it? After a
    reporting word "that" usually opens the clause ("Critics say that the figure is too low"), but it can
    also be the clause's own subject ("say that was a mistake", "that’s wrong") or point at one thing
    ("Critics say that figure is too low": "that figure" is the subject). English shows which: a verb right
    after "that"; or one noun, then a verb that agrees with one thing ("is", "was", "will", not "are").
    A plural ("that costs rose", "that people are"), a name, a number, a pronoun or a noun that needs no
    "a" or "the" ("that money is tight") opens the clause instead. The verbs are the ``auxiliaries`` and
    ``past_forms`` of data/word_sets.csv, the nouns its ``plural_nouns`` and ``mass_nouns``.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Critics say that figure is too low. Critics say that the figure is too low."]}), "example"))[0]
    >>> that_is_subject(art, 12, 35), that_is_subject(art, 48, len(art.text))
    (True, False)
    """
    m = _THAT_WORDS.match(art.text, pos, end)
    if m is None:
        return False
    if m.group(1) is not None:
        return True  # "that’s", "that’ll"
    sets = art.sets
    verbs = sets.auxiliaries | sets.past_forms
    first, second = (m.group(2) or ""), (m.group(3) or "").lower()
    if first in verbs or _JOINED_NOT.fullmatch(first) or len(first) > 4 and first.isalpha() and first.islower() \
            and first.endswith("ed") and not first.endswith("eed"):
        return True  # "that was a mistake", "that isn’t true", "that changed everything"
    if not first.isalpha() or not first.islower() or first in DETERMINERS or first in _NOT_A_NOUN \
            or first in sets.pronouns_person or first in sets.pronouns_other or first in sets.plural_nouns \
            or first in sets.mass_nouns or first.endswith(("ism", "ness", "ly")):
        return False  # "that the …", "that Lee …", "that 40 …", "that he …", "that people …", "that money …"
    if first.endswith("s") and not first.endswith(("ss", "us", "is")):
        return False  # "that costs rose": a plural after "that" is the subject of the clause it opens
    return (second in verbs or _JOINED_NOT.fullmatch(second) is not None) and second not in _PLURAL_VERBS


#: "that" and the words after it: "that figure is", "that was", "that’s".
_THAT_WORDS = re.compile(r"that\b(['’](?:s|ll|d)\b)?\s*([\w’'-]+)?\s*([\w’'-]+)?", re.IGNORECASE)
#: A helping verb with "not" joined to it: "isn’t", "wasn’t", "won’t".
_JOINED_NOT = re.compile(r"[a-z]+n['’]t")
#: Helping verbs that agree with more than one thing: "that" cannot point at their subject.
_PLURAL_VERBS = frozenset({"are", "were", "have", "do", "aren't", "weren't", "haven't", "don't", "aren’t", "weren’t",
                           "haven’t", "don’t"})


#: Words after "that" that are not a noun it points at: "that a …", "that if …", "that even …".
_NOT_A_NOUN = frozenset({"a", "an", "you", "there", "if", "when", "while", "because", "since", "as", "although",
                         "though", "even", "only", "not", "no", "in", "on", "at", "for", "after", "before", "unless",
                         "once", "until", "by", "with", "to", "of", "and", "or", "but", "so", "then", "now", "what",
                         "who", "whoever", "whatever", "how", "why", "where", "instead", "despite", "under", "without",
                         "given", "rather", "more", "less", "most", "all", "any", "every", "each", "much",
                         "many", "such", "whether", "nobody", "nothing", "everyone", "everybody", "someone",
                         "somebody", "something", "anyone", "anything", "none", "neither", "either", "both", "us",
                         "them", "him", "her", "me", "i"})
