"""Quoted fragments: one or two words in quotation marks inside the writer's own sentence.

"Officials vowed to “annihilate” ISIS" quotes a single word of the officials, but the sentence is
the writer's: the reader does not see what was said, only a word picked out of it. ``kit.quotes``
gives such a quotation the kind ``fragment`` (with its speaker, when one is found) or ``scare``
(when no speaker is found), and neither counts among the direct quotations of ``kit.sources``.
A short quotation that stands as a whole utterance stays ``direct``: it opens its sentence
("“Never,” Lee said."), follows a colon or a comma ("Lee said: “No.”"), is an exclamation or a
question ("a man yelled “Stay there!”") or ends with a full stop straight after its reporting
word ("saying “Too many.”").

    >>> t = "Officials vowed to “annihilate” ISIS. “Never,” Lee said."
    >>> is_fragment(t, t.index("annihilate"), t.index("” ISIS"), 0), is_fragment(t, 39, 44, 38)
    (True, False)
"""

from __future__ import annotations

import re

__all__ = ["is_fragment", "FRAGMENT_MAX_WORDS", "FRAGMENT_NOTE"]

#: A quotation of at most this many words can be a fragment.
FRAGMENT_MAX_WORDS = 2

#: The note of a ``fragment`` row of ``kit.quotes``.
FRAGMENT_NOTE = ("a fragment: one or two words quoted inside the writer's own sentence, not counted "
                 "among the direct quotations")

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_OPENS_UTTERANCE = re.compile(r"[:,]\s*[“„«\"']*\s*$")
_QUOTE_MARKS = "“”„«»\"'"


def is_fragment(text: str, start: int, end: int, sentence_start: int, cue_end: int = -1) -> bool:
    """Is ``text[start:end]`` (the words inside quotation marks) one or two words set inside the
    writer's own sentence, rather than a whole utterance? ``sentence_start`` is where its sentence
    starts; ``cue_end`` where the reporting word found for it ends (-1: none). See the module
    docstring for the rule.

    >>> t = "Lee called the plan a “disaster”. Lee said: “No.” Lee kept saying “Too many.”"
    >>> is_fragment(t, 22, 30, 0), is_fragment(t, 44, 47, 33), is_fragment(t, 67, 76, 50, 65)
    (True, False, False)
    """
    if not 0 < len(_WORD.findall(text, start, end)) <= FRAGMENT_MAX_WORDS:
        return False
    last = text[start:end].rstrip()[-1:]
    if last in "!?" or last == "." and 0 <= cue_end < start and not text[cue_end:start].strip(_QUOTE_MARKS + " \t"):
        return False  # yelled “Stay there!”, saying “Too many.”: a whole utterance
    before = text[sentence_start:start].rstrip(_QUOTE_MARKS + " \t")
    if not any(ch.isalnum() for ch in before):
        return False  # “Never,” Lee said: the quotation opens the sentence
    return not _OPENS_UTTERANCE.search(text, sentence_start, start)
