"""The regular forms of one English word, for finding a word a student types in any of its forms.

``kit.trace_claim(articles, "ferries")`` finds "ferry" as well as "ferries": the word's own forms and, for a word
typed in its plural, the forms of its singular. No stemmer: only the endings English spells.

>>> import re
>>> [w for w in ("ferry", "ferries", "fare") if re.fullmatch(one_word_pattern("ferries"), w, re.IGNORECASE)]
['ferry', 'ferries']
"""

from __future__ import annotations

import re


def word_forms_pattern(word: str) -> str:
    """The regular forms of one word as a pattern (no stemmer: the endings English spells): -s (-es after s, x, z,
    ch, sh, o), -ed, -ing; a final e dropped before them ("closed"); a y after a consonant -> -ies, -ied.

    >>> [w for w in ("repairs", "repaired", "repairing", "repaires") if re.fullmatch(word_forms_pattern("repair"), w)]
    ['repairs', 'repaired', 'repairing']
    """
    low, stem = word.lower(), re.escape(word[:-1])
    if low.endswith("e") or low.endswith("y") and low[-2] not in "aeiou":
        return stem + ("(?:e|es|ed|ing)" if low.endswith("e") else "(?:y|ies|ied|ying)")
    return re.escape(word) + ("(?:es|ed|ing)?" if re.search(r"(?:s|x|z|ch|sh|o)$", low) else "(?:s|ed|ing)?")


def singular(word: str) -> str:
    """The singular of a word typed as a regular plural of five letters or more ("ferries" -> "ferry", "fares" ->
    "fare", "glasses" -> "glass"); the word itself otherwise ("news", "bus", "class", "analysis").

    >>> [singular(w) for w in ("ferries", "spokespersons", "fares", "boxes", "glasses", "news", "bus", "class")]
    ['ferry', 'spokesperson', 'fare', 'box', 'glass', 'news', 'bus', 'class']
    """
    low = word.lower()
    if len(low) < 5 or re.search(r"(?:ss|us|is)$", low):
        return word
    if low.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:sses|xes|zes|ches|shes)$", low):
        return word[:-2]
    return word[:-1] if low.endswith("s") else word


def one_word_pattern(word: str) -> str:
    """A pattern for one word in any of its regular forms, and those of its singular if it is typed as a plural.

    >>> bool(re.fullmatch(one_word_pattern("spokespersons"), "spokesperson"))
    True
    """
    base = singular(word)
    forms = [word_forms_pattern(word)] + ([word_forms_pattern(base)] if base != word else [])
    return "(?:" + "|".join(forms) + ")"
