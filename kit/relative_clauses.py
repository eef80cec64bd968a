"""Relative clauses: a figure inside a clause that describes a noun of an indirect report is the writer's.

In "Lee said the army would stay until the war that the rebels began five years ago ends", the report of
what Lee said is in the writer's words, and "that the rebels began five years ago" is a clause the writer
adds to describe "the war". kit.figures credits a figure there to the writer, with a note that says so,
instead of to Lee.

    >>> t = "Lee said the army would stay until the war that the rebels began five years ago ends."
    >>> writer_clause_note(t, 9, t.index("five"), "Lee")
    'in the writer\\'s own words: a clause about "the war" inside the writer\\'s report of what Lee said'
"""

from __future__ import annotations

import re

from .group_phrases import group_noun

__all__ = ["writer_clause_note", "names_a_source"]

#: A noun phrase and the word that opens a clause describing it: "the war that", "a deal which", "the
#: men who". The noun is a word in lower case after a determiner and up to two more words.
_RELATIVE = re.compile(r"\b(?P<noun>(?:the|a|an|its|their|his|her|this|these|those)[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}"
                       r"[a-z][\w’'-]*),?[ \t]+(?:that|which|who|whom|whose)[ \t]+", re.IGNORECASE)

#: Words that show the main clause goes on after the describing clause ended: "the plan that he backed
#: would cost …", or punctuation that closes it.
_MAIN_AGAIN = re.compile(r"[,;:()–—]|\b(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had"
                         r"|does|do|did|that|which|who)\b")

#: Small words that are never the noun a clause describes.
_NOT_NOUNS = frozenset({"said", "says", "say", "told", "so", "such", "one", "all", "and", "or", "but"})


def writer_clause_note(text: str, lo: int, pos: int, who: str, content_nouns=frozenset()) -> str:
    """A note for a figure at ``pos`` that stands in a clause describing a noun ("the war that the CIA
    orchestrated over five years ago") inside the reported words ``text[lo:…]`` of what ``who`` said,
    or '' when the figure is not in such a clause (the clause ended before it: "the plan that he backed
    would cost 5 million"). ``content_nouns`` are nouns whose "that" opens what they say, not a description
    ("the claim that 50 people died": the ``report_nouns``, ``message_nouns`` and ``document_nouns`` of
    data/word_sets.csv).

    >>> t = "Lee said the plan that the council backed would cost 5 million."
    >>> writer_clause_note(t, 9, t.index("5"), "Lee")
    ''
    """
    last = None
    for m in _RELATIVE.finditer(text, lo, pos):
        last = m
    head = last.group("noun").split()[-1].lower() if last is not None else ""
    if not head or head in _NOT_NOUNS or head in content_nouns or head.rstrip("s") in content_nouns:
        return ""
    if _MAIN_AGAIN.search(text, last.end(), pos):
        return ""
    noun = " ".join(last.group("noun").split())
    return f'in the writer\'s own words: a clause about "{noun}" inside the writer\'s report of what {who} said'


def names_a_source(text: str, start: int, end: int, sets) -> bool:
    """Is the noun phrase ``text[start:end]`` that a participle describes ("the monitoring group cited by
    Washington", "an official quoted by the paper") a who, a source, rather than a what ("the toll
    acknowledged by the army", "the figures cited by Moscow")? Then the sentence reports no words: it says
    who was cited. Sources are the ``org_words``, ``titles``, ``anonymous_words`` and ``description_nouns``
    of data/word_sets.csv, and plurals for people ("activists", "groups").

    >>> from kit.wordsets import word_sets
    >>> t = "The so-called monitoring group cited by Washington left. The toll acknowledged by the army rose."
    >>> names_a_source(t, 0, 30, word_sets()), names_a_source(t, 56, 64, word_sets())
    (True, False)
    """
    words = re.findall(r"[A-Za-z][\w’'-]*", text[start:end])
    if not words:
        return False
    head = words[-1].lower()
    sources = (sets.org_words | sets.titles | sets.anonymous_words | sets.description_nouns) - sets.document_nouns
    return head in sources or head.removesuffix("s") in sources or group_noun(head, sets)
