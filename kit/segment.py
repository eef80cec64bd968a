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
from bisect import bisect_left, bisect_right

from .cache import Memo
from .quote_kinds import QUOTE_KINDS, is_speech_cue, quotation_kinds
from .quote_marks import ANY_MARK, has_marks, pair_marks, single_quoted

__all__ = ["WORD_RE", "count_words", "paragraph_spans", "sentence_spans", "sentence_bounds", "ABBREVIATIONS",
           "quotations", "sentences_and_quotations", "quotation_sentences", "QUOTE_KINDS", "is_speech_cue"]

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
    return list(_segmentation(text)[0])


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    spans = []
    pos = 0
    for m in [*sep.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        right = len(chunk.rstrip())
        if right:
            spans.append((pos + len(chunk) - len(chunk.lstrip()), pos + right))
        if m:
            pos = m.end()
    return spans


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NEWLINE = re.compile(r"\n")
_CANDIDATE = re.compile(r"([.!?…]+)[\"'”’)\]»]*(\s+)")
_OPENERS = "\"'“‘(«["


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


def sentence_bounds(text: str, _quotes=None, _paragraphs=None) -> list[tuple[int, int, int]]:
    """(paragraph_id, start, end) of every sentence in ``text``, in one pass.

    This is the one definition of sentence numbering: :func:`kit.sentences` and
    :func:`kit.annotate` both use it, so their ``sentence_id`` values agree.

    >>> sentence_bounds("One. Two.\\n\\nThree.")
    [(0, 0, 4), (0, 5, 9), (1, 11, 17)]
    """
    if _quotes is None and _paragraphs is None:
        return list(_segmentation(text)[2])
    return _sentence_bounds(text, _quotes, _paragraphs)


def _sentence_bounds(text: str, _quotes=None, _paragraphs=None) -> list[tuple[int, int, int]]:
    paragraphs = _paragraph_spans(text) if _paragraphs is None else _paragraphs
    if _quotes is None:
        _quotes = pair_marks(text, paragraphs) if has_marks(text) else []
    regions = [(q["open"], q["close"]) for q in _quotes if q["close"] is not None]  # closed quotations
    # one scan of the whole text for the places a sentence may end; each lies inside one paragraph
    # (paragraphs are separated by spaces only), so the cuts are the same as a scan per paragraph
    cuts: list = [[] for _ in paragraphs]
    if paragraphs:
        p_starts = [p[0] for p in paragraphs]
        for m in _CANDIDATE.finditer(text, paragraphs[0][0], paragraphs[-1][1]):
            cuts[bisect_right(p_starts, m.start()) - 1].append(m)
    return [(pid, s, e) for pid, (p_start, p_end) in enumerate(paragraphs)
            for s, e in _split_paragraph(text, p_start, p_end, regions, cuts[pid])]


def _split_paragraph(text, start, end, regions, candidates) -> list[tuple[int, int]]:
    spans = []
    s = start
    quotes: list[tuple[int, int]] | None = None
    for m in candidates:
        nxt = m.end()
        if nxt >= end:
            continue
        following = text[nxt]
        if not (following.isupper() or following.isdigit() or following in _OPENERS):
            continue
        if m.group(1) == "." and _is_abbreviation(text, m.start()):
            continue
        if quotes is None:  # closed quotations inside this paragraph (in order, never overlapping)
            k = bisect_right(regions, (start, -1))
            quotes = []
            while k < len(regions) and regions[k][0] < end:
                if regions[k][1] < end:
                    quotes.append(regions[k])
                k += 1
            q_opens = [q0 for q0, _ in quotes]
        cut = m.start(2)
        j = bisect_left(q_opens, m.start()) - 1  # the last quotation opened before this full stop
        if j >= 0 and quotes[j][1] >= cut:
            continue  # inside a quotation
        spans.append((s, cut))
        s = nxt
    if s < end:
        spans.append((s, end))
    return spans


# --------------------------------------------------------------------------- quotations

def quotations(text: str, cues=()) -> list[dict]:
    """Every stretch of ``text`` in quotation marks, with what it is doing.

    The one quotation finder of the kit: the sentence splitter, :func:`kit.annotate` and
    :func:`kit.quotes` all use it. Each quotation is a dict with ``open`` and ``close`` (offsets of
    the marks; ``close`` is None when no closing mark is found), ``start`` and ``end`` (the words
    inside: ``text[start:end]``), ``kind`` (a key of :data:`QUOTE_KINDS`: speech, scare, title or
    term) and ``note``. ``cues`` are (start, end) spans of reporting words (said, told, according
    to): a short quotation in a sentence with such a word is speech, without one a scare quote.
    Empty, unclosed and nested quotation marks never raise.

    >>> t = 'Gen. James “Mad Dog” Mattis spoke of “moderate” groups in a report titled “War”. “We stay,” he said.'
    >>> [(t[q["start"]:q["end"]], q["kind"]) for q in quotations(t, cues=[(95, 99)])]
    [('Mad Dog', 'term'), ('moderate', 'scare'), ('War', 'title'), ('We stay,', 'speech')]
    """
    return sentences_and_quotations(text, cues)[1]


def sentences_and_quotations(text: str, cues=()) -> tuple[list[tuple[int, int, int]], list[dict]]:
    """:func:`sentence_bounds` and :func:`quotations` of one text, reading it once.

    >>> bounds, found = sentences_and_quotations("He left. “It is over.” Then he went home.")
    >>> len(bounds), [q["kind"] for q in found]
    (3, ['speech'])
    """
    _paragraphs, marked, bounds = _segmentation(text)
    if not marked:
        return list(bounds), []
    cues = tuple(sorted((int(a), int(b)) for a, b, *_ in cues))
    key = (text, cues)
    found = _KINDS.get(key)
    if found is None:
        # what the words around each quotation decide whatever the cues, kept per text: annotate and
        # kit.quotes ask for the kinds of one text with two different sets of reporting words
        parts = _KIND_PARTS.get(text)
        if parts is None:
            parts = [[None, None] for _q in marked]
            _KIND_PARTS.put(text, parts)
        found = quotation_kinds(text, [dict(q) for q in marked], bounds, cues, parts)
        _KINDS.put(key, found)
    return list(bounds), [dict(q) for q in found]


def quotation_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence where a quotation opens, in order: only a reporting word that starts in
    one of them can make a quotation speech (see :func:`quotations`), so a caller may look only at those.

    >>> t = "He left. Lee said “no” twice. It rained."
    >>> [t[s:e] for s, e in quotation_sentences(t)]
    ['Lee said “no” twice.']
    """
    _paragraphs, marked, bounds = _segmentation(text)
    if not marked:
        return []
    b_starts = [b[1] for b in bounds]
    found = {}
    for q in marked:
        k = bisect_right(b_starts, q["open"]) - 1
        if k < 0:
            return [(0, len(text))]  # before the first sentence: quotation_kinds takes the whole text
        found[k] = (bounds[k][1], bounds[k][2])
    return [found[k] for k in sorted(found)]


# Texts seen lately, split once for annotate, sentences, paragraphs and the speaker rules (part of kit.cache):
# text -> (paragraphs, quotations without kinds, sentence bounds); (text, cues) -> quotations with kinds.
# text -> what quote_kinds works out about each quotation whatever the cues (filled in as it is found).
_SEGMENTS = Memo()
_KINDS = Memo()
_KIND_PARTS = Memo()


def _segmentation(text: str):
    got = _SEGMENTS.get(text)
    if got is None:
        paragraphs = _paragraph_spans(text)
        if not text or not (ANY_MARK.search(text) or "''" in text):
            doubles, marked = [], []
        else:
            doubles = pair_marks(text, paragraphs)
            marked = sorted(doubles + single_quoted(text, doubles), key=lambda q: q["open"])
        bounds = _sentence_bounds(text, _quotes=doubles, _paragraphs=paragraphs)
        got = (tuple(paragraphs), tuple(marked), tuple(bounds))
        _SEGMENTS.put(text, got)
    return got
