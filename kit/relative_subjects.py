"""Subjects of relative clauses without "that": in "a move critics slammed" or "the town the Pentagon says was hit"
the words before the reporting verb hold two noun phrases side by side, and the second is who speaks.

    >>> from kit.names import WORD
    >>> from kit.wordsets import word_sets
    >>> reduced_relative_subject(list(WORD.finditer("a move the Kremlin")), word_sets())
    2
"""

from __future__ import annotations

import re

__all__ = ["CARDINALS", "DETERMINERS", "ONE_THING", "PREPOSITIONS", "QUANTITY_NOUNS", "reduced_relative_subject"]


def reduced_relative_subject(words: list, sets) -> int | None:
    """Where the subject of a relative clause without "that" starts, when ``words`` (before a verb) end in a
    noun with "a", "an", "this" or "another", then a plural or "the" and a name: "a move critics" (slammed),
    "a move the Kremlin" (slammed; after "the" too: "the town the Pentagon" says was hit), "in a plan many
    Russian officials" (called). One thing cannot take a plural, so the plural opens a new clause
    ("a move [that] critics slammed"); the words before it that can stand in front of a plural
    (capitalised words, "many", "the", a number) go with it. None when the words are one phrase ("a
    few critics", "a dozen aides", "a union leader"). After "that", a plural also opens the clause: "the move
    that critics slammed".

    >>> from kit.names import WORD
    >>> from kit.wordsets import word_sets
    >>> [reduced_relative_subject(list(WORD.finditer(p)), word_sets()) for p in
    ...  ("a move critics", "in a plan many Russian officials", "a few critics", "a union leader",
    ...   "a pitch to Ohio voters", "a history that has", "the plan that critics", "a move the Kremlin",
    ...   "a move the Pentagon", "a union Leader", "the town the Kremlin", "the head of the Kremlin",
    ...   "the plan the council", "the head of the council")]
    [2, 3, None, None, None, None, 3, 2, 2, None, 2, None, 2, None]
    """
    low = [w.group(0).lower() for w in words]
    if len(low) < 3:
        return None
    plural = re.fullmatch(r"[a-z][a-z-]*[^su’'s]s", words[-1].group(0)) or low[-1] in sets.plural_nouns
    body = _body_after_the(words, low, sets) if not plural and not words[-1].group(0).istitle() else None
    if body is None and (low[-1] in sets.stop_caps or not (plural or words[-1].group(0).istitle())):
        return None  # no plural or name at the end: "a union leader", "a history that has"
    k = len(words) - 1 if body is None else body
    while k > 0 and (words[k - 1].group(0)[0].isupper() or low[k - 1] in DETERMINERS - {"that"}
                     or low[k - 1].isdigit()):
        k -= 1
    if not plural and low[k] != "the":
        return None  # a name opens the clause after "the" only: "a move the Pentagon slammed" ("a move Lee made")
    if k > 0 and low[k - 1] == "that":
        return k  # "a move that critics slammed": "that" never stands before a plural, so it opens the clause
    one = ONE_THING | ({"the"} if not plural else set())  # "the town the Pentagon" (says was hit)
    j = k - 1  # the noun of the one thing, perhaps after a word that describes it: "a bold move"
    while j > 0 and k - j <= 2 and low[j] not in one:
        j -= 1
    if low[j] not in one or k - j < 2 or low[j + 1] in QUANTITY_NOUNS \
            or not all(re.fullmatch(r"[a-z][a-z-]*", w.group(0)) and w.group(0) not in sets.stop_caps
                       and w.group(0) not in PREPOSITIONS for w in words[j + 1:k]):
        return None  # not one noun (perhaps with a word that describes it): "a pitch to New York voters", "the
    return k  # head of the Pentagon"


def _body_after_the(words: list, low: list[str], sets) -> int | None:
    """Where "the" opens a second noun in lower case after a first one with "the": "the plan the council" (says will
    cut costs), "the town the city council". Two nouns with "the" side by side are two phrases, the second the
    subject of a clause. None when a word is no plain noun (a capital, a preposition, a stop word)."""
    if not all(re.fullmatch(r"[a-z][a-z-]*", w.group(0)) for w in words[1:]):
        return None
    for k in (len(low) - 2, len(low) - 3):
        if k >= 2 and low[k] == "the" and all(w not in DETERMINERS and w not in PREPOSITIONS and w not in sets.stop_caps
                                               and w not in ("a", "an") for w in low[k + 1:]):
            return k
    return None


#: Words that open a phrase about one thing, which a plural noun cannot end: "a", "this", "another".
ONE_THING = frozenset({"a", "an", "another", "this", "each", "every"})

#: Nouns of number after "a" that take a plural: "a few critics", "a dozen aides", "a number of voters".
QUANTITY_NOUNS = frozenset({"few", "couple", "dozen", "score", "hundred", "thousand", "million", "number", "lot",
                             "handful", "host", "pair", "majority", "minority", "half", "third", "quarter", "group",
                             "bunch", "crowd", "series", "range", "variety", "slew", "raft", "string", "total"})


#: Words that open a description of a source: "the email", "one user", "his campaign".
DETERMINERS = frozenset({"the", "this", "that", "these", "those", "one", "another", "some", "many", "most",
                          "several", "both", "all", "his", "her", "their", "its", "our", "each", "few"})

#: Numbers written as words, which open a description of a source as a determiner does: "two councillors said",
#: "dozens of residents said".
CARDINALS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                       "twenty", "thirty", "forty", "fifty", "hundred", "dozens", "hundreds", "thousands", "scores"})

#: Words that put the noun after them in a phrase of place, time or manner: "a letter to Ann Lee said".
PREPOSITIONS = frozenset({"in", "of", "at", "for", "from", "with", "on", "by", "to", "into", "about", "over",
                          "under", "after", "before", "during", "against", "among", "between", "like", "than",
                          "and", "or", "nor"})
