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

__all__ = ["WORD_RE", "count_words", "paragraph_spans", "sentence_spans", "sentence_bounds", "ABBREVIATIONS"]

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


def count_words(text: str) -> int:
    """Count words as the kit counts them everywhere.

    >>> count_words("Some 4,000 people — so-called 'rebels' — didn't leave.")
    7
    """
    return len(WORD_RE.findall(text))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines.

    If the text has no blank line but several lines, each line is a paragraph.
    Offsets exclude surrounding whitespace.

    >>> paragraph_spans("One.\\n\\n  Two.  \\n\\nThree.")
    [(0, 4), (8, 12), (16, 22)]
    """
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    spans = []
    pos = 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + (len(chunk) - len(chunk.lstrip()))
            spans.append((start, start + len(stripped)))
        if m:
            pos = m.end()
    return spans


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NEWLINE = re.compile(r"\n")
_QUOTE_CHAR = re.compile(r'[“«„"]')
_CANDIDATE = re.compile(r"([.!?…]+)[\"'”’)\]»]*(\s+)")
_OPENERS = "\"'“‘(«["


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Regions inside paired quotation marks within text[start:end] (unpaired marks are ignored)."""
    regions = []
    straight_open = None
    i = start
    for m in _QUOTE_CHAR.finditer(text, start, end):
        p = m.start()
        if p < i:
            continue
        ch = text[p]
        if ch in _OPEN_QUOTES:
            close = _OPEN_QUOTES[ch]
            j = text.find(close, p + 1, end)
            nxt_open = text.find(ch, p + 1, end)
            if j != -1 and (nxt_open == -1 or j < nxt_open):
                regions.append((p, j))
                i = j + 1
        elif straight_open is None:
            straight_open = p
        else:
            regions.append((straight_open, p))
            straight_open = None
    return regions


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or an initial?"""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John F. Kennedy"
    if _DOTTED.fullmatch(word):
        return True  # "U.S", "e.g", "a.m"
    return word.lower().rstrip(".") in ABBREVIATIONS


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end]; sentences never cross paragraphs.

    >>> t = "He said: “It is over. Go home.” Then he left.\\n\\nGen. Smith agreed."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['He said: “It is over. Go home.”', 'Then he left.', 'Gen. Smith agreed.']
    """
    if end is None:
        end = len(text)
    sub = text if (start, end) == (0, len(text)) else text[start:end]
    return [(start + s, start + e) for _, s, e in sentence_bounds(sub)]


def sentence_bounds(text: str) -> list[tuple[int, int, int]]:
    """(paragraph_id, start, end) of every sentence in ``text``, in one pass.

    This is the one definition of sentence numbering: :func:`kit.sentences` and
    :func:`kit.annotate` both use it, so their ``sentence_id`` values agree.

    >>> sentence_bounds("One. Two.\\n\\nThree.")
    [(0, 0, 4), (0, 5, 9), (1, 11, 17)]
    """
    out: list[tuple[int, int, int]] = []
    for pid, (p_start, p_end) in enumerate(paragraph_spans(text)):
        for s, e in _split_paragraph(text, p_start, p_end):
            out.append((pid, s, e))
    return out


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    s = start
    quotes: list[tuple[int, int]] | None = None
    for m in _CANDIDATE.finditer(text, start, end):
        nxt = m.end()
        if nxt >= end:
            continue
        following = text[nxt]
        if not (following.isupper() or following.isdigit() or following in _OPENERS):
            continue
        if m.group(1) == "." and _is_abbreviation(text, m.start()):
            continue
        if quotes is None:
            quotes = _quote_regions(text, start, end)
        cut = m.start(2)
        if quotes and any(q0 < m.start() and q1 >= cut for q0, q1 in quotes if q0 < cut):
            continue  # inside a quotation
        spans.append((s, cut))
        s = nxt
    if s < end:
        spans.append((s, end))
    return spans
