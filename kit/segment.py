"""Split text into paragraphs, sentences and words, with exact character offsets.

The sentence splitter is small and rule-based (see docs/sentences.md for why we chose it
over pysbd): it does not break after abbreviations ("U.S.", "Gen.", "Col.", "Lt.",
"Jan."), initials ("John F. Kennedy"), inside numbers ("2.5"), or inside a quotation.

    >>> text = 'Col. Gen. Sergei Surovikin spoke. “We saw them. They left,” he said. U.S. officials said 2.5 tons.'
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Col. Gen. Sergei Surovikin spoke.', '“We saw them. They left,” he said.', 'U.S. officials said 2.5 tons.']
"""

from __future__ import annotations

import re

__all__ = ["WORD_RE", "count_words", "paragraph_spans", "sentence_spans", "ABBREVIATIONS"]

#: A word: letters or digits, joined by inner apostrophes or hyphens ("don't", "so-called", "4,000").
WORD_RE = re.compile(r"\w+(?:[’'\-.,]\w+)*")

#: Words that end with a full stop but do not end a sentence (compared without the final dot, lowercase).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen col lt maj capt cpt sgt cpl adm cmdr gov sen rep rev fr st jr sr hon pres amb
lt.col lt.gen brig maj.gen
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
no nos vol vols pp fig figs ch sec art para approx est dept univ assn bros inc ltd co corp plc
vs v etc al e.g i.e cf ca viz
mt ft ave blvd rd
u.s u.k u.n u.s.a e.u a.m p.m d.c n.y l.a
""".split())

_CLOSERS = "\"'”’)]»"
_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“"}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s+)")


def count_words(text: str) -> int:
    """Count words as the kit counts them everywhere.

    >>> count_words("Some 4,000 people — so-called 'rebels' — didn't leave.")
    7
    """
    return sum(1 for _ in WORD_RE.finditer(text))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines.

    If the text has no blank line but several lines, each line is a paragraph.
    Offsets exclude surrounding whitespace.

    >>> paragraph_spans("One.\\n\\n  Two.  \\n\\nThree.")
    [(0, 4), (8, 12), (16, 22)]
    """
    if re.search(r"\n[ \t]*\n", text):
        pattern = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
    else:
        pattern = re.compile(r"\S.*")
    spans = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Regions inside paired quotation marks within text[start:end] (unpaired marks are ignored)."""
    regions = []
    i = start
    straight_open = None
    while i < end:
        ch = text[i]
        if ch in _OPEN_QUOTES:
            close = _OPEN_QUOTES[ch]
            j = text.find(close, i + 1, end)
            nxt_open = text.find(ch, i + 1, end)
            if j != -1 and (nxt_open == -1 or j < nxt_open):
                regions.append((i, j))
                i = j + 1
                continue
        elif ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                regions.append((straight_open, i))
                straight_open = None
        i += 1
    return regions


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or an initial?"""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return True  # "U.S", "e.g", "a.m"
    return word.lower().rstrip(".") in ABBREVIATIONS


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end]; sentences never cross paragraphs.

    >>> t = "He said: “It is over. Go home.” Then he left.\\n\\nGen. Smith agreed."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['He said: “It is over. Go home.”', 'Then he left.', 'Gen. Smith agreed.']
    """
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text[start:end]):
        spans.extend(_split_paragraph(text, start + p_start, start + p_end))
    return spans


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    quotes = _quote_regions(text, start, end)
    spans = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        nxt = re.compile(r"\s+").match(text, cut, end)
        if not nxt or nxt.end() >= end:
            continue
        following = text[nxt.end()]
        if not (following.isupper() or following.isdigit() or following in "\"'“‘(«["):
            continue
        punct = m.group(0).rstrip(_CLOSERS)
        if punct == "." and _is_abbreviation(text, m.start()):
            continue
        if any(q0 < m.start() < q1 and q1 >= cut for q0, q1 in quotes):
            continue  # inside a quotation
        spans.append((s, cut))
        s = nxt.end()
    if s < end:
        spans.append((s, end))
    return spans
