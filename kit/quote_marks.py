"""Pair quotation marks: where each quotation in a text opens and closes, and the words inside.

Position decides a mark's role more than its shape ("advances.“" closes); a quotation may run over
paragraphs by the usual convention; an unclosed mark ends with its paragraph; curly single quotations
(‘…’) count outside double ones.

    >>> t = 'He said: “We stay.” She called it ‘odd’.'
    >>> [t[q["start"]:q["end"]] for q in pair_marks(t, [(0, len(t))])], [t[q["start"]:q["end"]] for q in single_quoted(t, [])]
    (['We stay.'], ['odd'])
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["ANY_MARK", "has_marks", "pair_marks", "single_quoted", "OPENING_MARKS", "CLOSING_MARKS"]

_Q_OPENERS = "“„«"
_Q_CLOSERS = "”»"
#: Quotation marks that may stand right before a word, and right after it (straight ones and single ones both
#: ways): what a word shown "as the text has it" keeps around it.
OPENING_MARKS = _Q_OPENERS + "‘\"'"
CLOSING_MARKS = _Q_CLOSERS + "’\"'"
_Q_MARKS = _Q_OPENERS + _Q_CLOSERS + '"'
_Q_MARK_RX = re.compile("[" + re.escape(_Q_MARKS) + "]")
ANY_MARK = re.compile("[" + re.escape(_Q_MARKS) + "\u2018]")
#: Two straight apostrophes typed as a double quotation mark (''like this''), as in some news
#: archives; a run of three is a double mark beside a single one.
_TWO_APOSTROPHES = re.compile("'{2,3}")


def has_marks(text: str) -> bool:
    """Does ``text`` hold a double quotation mark (or two apostrophes typed as one)?

    >>> has_marks("He said “no.”"), has_marks("He said ''no.''"), has_marks("Lee's plan")
    (True, True, False)
    """
    return _Q_MARK_RX.search(text) is not None or "''" in text


#: A markup tag with attributes left in a text (``<tweet author="@AP">``): its quotation marks are
#: the markup's, not anyone's words.
_MARKUP_TAG = re.compile(r"<[A-Za-z][\w:.-]*\s[^<>]{0,300}?=[^<>]{0,300}>")  # may run over a line end


def _marks(text: str) -> list[re.Match]:
    """Every quotation mark in ``text``, in text order (apostrophes only looked for when two stand
    together), leaving out the marks inside a markup tag's attributes."""
    found = list(_Q_MARK_RX.finditer(text))
    if "''" in text:
        found = sorted(found + list(_TWO_APOSTROPHES.finditer(text)), key=lambda m: m.start())
    if "<" in text and found:
        tags = [(m.start(), m.end()) for m in _MARKUP_TAG.finditer(text)]
        if tags:
            starts = [a for a, _ in tags]
            found = [m for m in found
                     if (k := bisect_right(starts, m.start()) - 1) < 0 or m.start() >= tags[k][1]]
    return found


#: Invisible format characters (direction marks, zero-width spaces) pasted from the web count as space:
#: a mark after one of them opens ("\u202a”Sorry, Sarah," a reader posted).
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
_SPACE_BEFORE_OPEN = set(" \t\n\r\xa0([{—–-/" + _INVISIBLE)
_AFTER_CLOSE = set(" \t\n\r\xa0.,;:!?)]}—–-…")
# curly single quotes: the closing mark is not followed by a letter (that would be an apostrophe)
_SINGLE_Q = re.compile(r"(?<![\w’'])\u2018((?:[^\u2018\u2019\n]|\u2019(?=\w)){1,60})\u2019(?!\w)")


def _mark_role(text: str, i: int) -> str:
    """'open', 'close' or 'toggle' for the quotation mark at ``i``, judged by what is around it.

    Position wins over shape: a mark glued to the end of a word and followed by a space acts as a
    closing mark even if it was typed as an opening one ("advances.“").
    """
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    # a mark at the end of a line opens nothing: “They see that. “⏎ closes the quotation it ends
    can_open = (prev in _SPACE_BEFORE_OPEN or prev in _Q_MARKS or prev in "‘'") and i + 1 < len(text) \
        and nxt not in "\n\r"
    can_close = nxt in _AFTER_CLOSE or nxt in _Q_MARKS or nxt in "’'"
    if not can_open and nxt in "[<":
        return "close"  # glued to a word, before a bracket or a markup tag: "we have.“[News.]", "#Win“<tweet/>"
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    ch = text[i]
    if ch in _Q_OPENERS:
        return "open"
    if ch in _Q_CLOSERS:
        return "close"
    return "toggle"


#: A comma or full stop, a space, then two apostrophes closes ("work, '' said Lee"): typed that way in some wires.
_PUNCT_BEFORE_SPACED_CLOSE = frozenset(",.?!")


def _mark_at(text: str, m: re.Match) -> tuple[int, int, str] | None:
    """(first, last, role) of the quotation mark matched by ``m``: its first and last character and
    'open', 'close' or 'toggle'; None for apostrophes that are not a mark.

    Two apostrophes are a mark only where a reader sees one: after a space or a bracket and before a
    word (opening), or after a word (or a comma or full stop and a space) and before a space or punctuation
    (closing). "Lee''s" and a pair standing alone between words and spaces are not marks.
    """
    i, j = m.start(), m.end()
    if text[i] != "'":
        return i, i, _mark_role(text, i)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < len(text) else " "
    can_open = (prev in _SPACE_BEFORE_OPEN or prev in _Q_MARKS) and not nxt.isspace()
    can_close = (nxt in _AFTER_CLOSE or nxt in _Q_MARKS) \
        and (not prev.isspace() or prev == " " and text[i - 2:i - 1] in _PUNCT_BEFORE_SPACED_CLOSE)
    if can_open == can_close:
        return None
    return (i, i + 1, "open") if can_open else (j - 2, j - 1, "close")


def _rstrip_at(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _ends_sentence(text: str, end: int) -> bool:
    """Does text[:end] end a sentence (a full stop, ! ? or …, perhaps before a bracket)?"""
    tail = text[max(0, end - 8):end].rstrip(" )]")
    return tail.endswith((".", "!", "?", "…"))


def pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[dict]:
    """Pair double quotation marks: dicts with open, close (mark offsets; close None when
    unclosed), start, end (the words inside) and note. Work is linear in the text.

    A quotation may run over several paragraphs by the usual convention (each new paragraph
    re-opens with a mark, only the last one closes). An opening mark with no closing mark ends
    at the end of its paragraph, or where the next quotation opens. A lone closing mark is ignored.

    >>> t = "“We stay,” he said. “No"
    >>> [(t[q["start"]:q["end"]], q["close"] is not None) for q in pair_marks(t, [(0, len(t))])]
    [('We stay,', True), ('No', False)]
    """
    para_starts = [p[0] for p in paragraphs]

    def para_of(pos: int) -> int:
        return bisect_right(para_starts, pos) - 1

    def para_end(pos: int) -> int:
        k = para_of(pos)
        return paragraphs[k][1] if k >= 0 else len(text)

    def starts_paragraph(pos: int) -> bool:
        k = para_of(pos)
        return k >= 0 and text[paragraphs[k][0]:pos].strip() == ""

    spans: list[dict] = []
    open_at = None
    width = 1  # of the opening mark: two for ''
    note = ""
    for m in _marks(text):
        mark = _mark_at(text, m)
        if mark is None:
            continue
        i, last, role = mark
        if role == "toggle":
            role = "open" if open_at is None else "close"
        if role == "open":
            if open_at is None:
                open_at, width, note = i, last - i + 1, ""
            elif starts_paragraph(i) and para_end(open_at) <= i \
                    and _ends_sentence(text, para_end(para_starts[para_of(i)] - 1)):
                # the convention for a quotation of several paragraphs: each paragraph ends a
                # sentence and the next re-opens with a mark; only the last one closes
                note = "runs over more than one paragraph"
            else:
                end = min(_rstrip_at(text, open_at + width, i), max(para_end(open_at), open_at + width))
                spans.append({"open": open_at, "close": None, "start": open_at + width, "end": end,
                              "note": "no closing quotation mark found; the quotation is taken to end "
                                      "where the next one starts"})
                open_at, width, note = i, last - i + 1, ""
        else:
            if open_at is None:
                continue
            spans.append({"open": open_at, "close": last, "start": open_at + width, "end": i, "note": note})
            open_at = None
    if open_at is not None:
        end = _rstrip_at(text, open_at + width, max(para_end(open_at), open_at + width))
        spans.append({"open": open_at, "close": None, "start": open_at + width, "end": end,
                      "note": "no closing quotation mark found; the quotation is taken to end with "
                              "its paragraph"})
    for sp in spans:  # never a negative length
        sp["end"] = max(sp["end"], sp["start"])
    # marks with no word between them quote nothing: "“If I …" (a stray mark before an opening one)
    return [sp for sp in spans if _WORD_CHAR.search(text, sp["start"], sp["end"])]


_WORD_CHAR = re.compile(r"[^\W_]")


def single_quoted(text: str, doubles: list[dict]) -> list[dict]:
    """Curly single quotations (‘…’) outside double ones (a quotation inside a quotation is
    part of the outer one).

    >>> t = "It was ‘odd’. “She said ‘no’ twice.”"
    >>> [t[q["start"]:q["end"]] for q in single_quoted(t, pair_marks(t, [(0, len(t))]))]
    ['odd']
    """
    if "\u2018" not in text:
        return []
    opens = [d["open"] for d in doubles]
    out = []
    for m in _SINGLE_Q.finditer(text):
        k = bisect_right(opens, m.start()) - 1
        if k >= 0:
            d = doubles[k]
            d_end = d["close"] if d["close"] is not None else d["end"]
            if m.start() < d_end:
                continue  # nested inside a double quotation
        out.append({"open": m.start(), "close": m.end() - 1, "start": m.start() + 1, "end": m.end() - 1,
                    "note": ""})
    return out
