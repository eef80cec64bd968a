"""Why the kit leaves a listed word out of a text (lessons 02 and 04's feedback): a neutral verb of saying, a word
inside a quotation, or a context rule; and the entry and tone a listed form belongs to.

    >>> listed_tone("claimed")
    'loaded'
"""

from __future__ import annotations

import re

from ..lexicons import entry_forms
from .answers import norm
from .helpers import text_frame

__all__ = ["why_left_out", "entry_term", "listed_tone"]


def why_left_out(word: str, text: str, category: str, tone: str = "") -> str:
    """Why the kit does not flag a listed word that is in ``text``, in plain words: a neutral verb of saying, a
    word inside a quotation (the speaker's, not the writer's), or the context rule that leaves it out
    (``data/context_rules.csv``, its explanation); "" when none is found.

    >>> why_left_out("said", "He said it.", "attribution", "neutral")
    "'said' is a neutral verb of saying, not a loaded one."
    >>> why_left_out("may", "It happened in May 2017.", "hedge")[:40]
    'Here: "May" followed by a day or a year '
    """
    import kit

    from ..context import compiled_rules

    reasons = []
    if category == "attribution" and tone != "loaded":
        reasons.append(f"'{word}' is a neutral verb of saying, not a loaded one.")
    at = [m for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, flags=re.IGNORECASE)]
    if not at:
        return " ".join(reasons)
    quotes = kit.quotes(text_frame(text))
    spans = list(zip(quotes["start"].astype(int), quotes["end"].astype(int)))
    if spans and all(any(s <= m.start() and m.end() <= e for s, e in spans) for m in at):
        reasons.append(f"Here {'it is' if len(at) == 1 else 'every one is'} inside a quotation, so it is the "
                       "speaker's word, not the writer's; the kit counts the writer's own words.")
        return " ".join(reasons)
    rules = compiled_rules()
    rules.start_text(text)
    fired = set()
    for m in at:
        sentence_start = max(text.rfind(". ", 0, m.start()) + 2, 0)
        hit = rules.applies(text, m.start(), m.end(), category, entry_term(word, category), sentence_start, None)
        if hit is not None and hit[1] == "drop":
            fired.add(hit[0])
    if fired and len(fired) == len(at) or (fired and len(at) == 1):
        reasons += [f"Here: {rules.explanations[name]}" for name in sorted(fired)]
    elif fired:
        reasons.append(f"Here: {rules.explanations[sorted(fired)[0]]}")
    return " ".join(reasons)


def entry_term(word: str, category: str) -> str:
    """The word list's entry that ``word`` is a form of, in ``category`` (the context rules name entries).

    >>> entry_term("asserting", "attribution")
    'asserted'
    """
    from ..lexicons import default_lexicon

    low = word.lower()
    lexicon = default_lexicon()
    for term, variants in zip(lexicon["term"][lexicon["category"] == category],
                              lexicon["variants"][lexicon["category"] == category]):
        if low in {f.strip().lower() for f in entry_forms(term, variants)}:
            return term.lower()
    return low


def listed_tone(word: str) -> str:
    """The tone of a form on the word lists ("loaded", "neutral"; "" when it has none or is not listed).

    >>> listed_tone("said"), listed_tone("claimed")
    ('neutral', 'loaded')
    """
    import kit
    table = kit.load_lexicon()
    for term, variants, tone in zip(table["term"], table["variants"], table["tone"].fillna("")):
        if word in {norm(f) for f in entry_forms(term, variants)}:
            return str(tone)
    return ""
