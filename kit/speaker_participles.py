"""The subject that a participle after a comma shares: "“…,” Lee said, adding …" (Lee adds), "The army refused,
saying …" (the army says). kit.speakers asks :func:`subject_of_verb_before` for a participle's subject before it
reads the sentence's own subject.

>>> in_quotation("She said, “this can’t be,” adding", 0, 12)
True
"""

from __future__ import annotations

import re

from .names import Article

__all__ = ["PARTICIPLES", "CLAUSE_OPENING_WORDS", "SUBORDINATORS", "in_quotation", "subject_of_verb_before"]

#: The words that open a clause of time, reason or contrast: "When Lavrov spoke", "as the convoy left Raqqa". The one
#: list: sentence_subjects builds its clause patterns from it, and SUBORDINATORS below is it with three changes.
CLAUSE_OPENING_WORDS = ("when", "as", "after", "before", "because", "while", "since", "until", "once", "though",
                        "although", "whereas")
#: Words that open a clause hanging on the main one: "When she met her aides, Lee declined …". Here "as" and
#: "whereas" are left out (so "As Lee said, …" stays a report) and "if", "unless", "whenever" come in.
SUBORDINATORS = frozenset(CLAUSE_OPENING_WORDS) - {"as", "whereas"} | {"if", "unless", "whenever"}
#: A reporting word in "-ing": "saying", "adding".
PARTICIPLES = re.compile(r"\w+ing$")

#: A comma, one whole quotation ending in a comma (``quote``, the first verb's object), a space: "Lee stated, “…,” adding".
_QUOTATION_BETWEEN = re.compile(r"[ \t]*,[ \t]*(?P<quote>“[^“”\n]{1,600}[,—–]”|\"[^“”\"\n]{1,600}[,—–]\")[ \t]*")


def in_quotation(text: str, lo: int, pos: int) -> bool:
    """True when ``pos`` stands inside a quotation opened after ``lo`` (curly marks).

    >>> in_quotation("Lee said “we will win” today", 0, 13), in_quotation("Lee said “we will win” today", 0, 25)
    (True, False)
    """
    return text.count("“", lo, pos) > text.count("”", lo, pos)


def subject_of_verb_before(art: Article, lo: int, s: int) -> dict | None:
    """The subject of a reporting verb right before a participle at ``s`` ("Lee said, adding", "“…,” he said
    in a statement, adding"): the participle shares it. None when a quotation or another clause stands
    between the verb and the participle ("when Lee asked Roe, it declined, citing").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "“We will win,” Lee said, adding that the vote was close."]}), "example"))[0]
    >>> subject_of_verb_before(art, 0, art.text.index("adding"))["speaker"]
    'Lee'
    """
    from .speakers import speaker_for_cue

    before = [c for c in art.cues_in(lo, s) if c[1] <= s]
    if not before:
        return None
    prev = before[-1]
    between = art.text[prev[1]:s]
    quoted = _QUOTATION_BETWEEN.fullmatch(between)
    if quoted:  # "Lee stated, “We will win,” adding …": the quotation is the object of "stated"; Lee adds
        between = between[:quoted.start("quote")] + between[quoted.end("quote"):]
    if re.search(r"[“”\"]", between) or not between.rstrip().endswith(",") or "," in between.rstrip()[:-1] \
            or len(between) > 60 \
            or PARTICIPLES.search(art.text[prev[0]:prev[1]]):
        return None
    verb_lo = max([lo] + [art.text.rfind(m, lo, prev[0]) + 1 for m in "”\""])
    found = speaker_for_cue(art, prev, verb_lo, s)
    if found is None or in_quotation(art.text, lo, found.get("start", lo)) or not verb_lo <= found.get("start", -1) < s:
        return None
    opener = re.search(r"(\w+)[ \t]+$", art.text[max(verb_lo, found["start"] - 20):found["start"]])  # not "the day before, she"
    if opener and opener.group(1).lower() in SUBORDINATORS | {"how", "that", "why", "what", "whether", "where", "as"}:
        return None  # "…, saying": not the subject of a verb inside "about how he planned …"
    if re.search(r"\b(?:for|of|to|by|with|from|at)\s+$", art.text[verb_lo:found["start"]]):
        return None  # "A spokeswoman for the bank declined, saying": the name is not the subject
    return found
