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
from .titles import TITLE_BEFORE, quoted_title

__all__ = ["WORD_RE", "count_words", "paragraph_spans", "sentence_spans", "sentence_bounds", "ABBREVIATIONS",
           "quotations", "sentences_and_quotations", "QUOTE_KINDS", "is_speech_cue"]

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
        _quotes = _pair_marks(text, paragraphs) if _has_marks(text) else []
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

#: What a quoted stretch of text is doing (see :func:`quotations`).
QUOTE_KINDS = {
    "speech": "someone's words, quoted",
    "scare": "a word or two held at arm's length (a scare quote), with no speaker named",
    "title": "the name of a work: an article, a report, a book, a film",
    "term": "a name or a word mentioned as a word: a nickname, 'the term “X”', 'dubbed “X”'",
}

_Q_OPENERS = "“„«"
_Q_CLOSERS = "”»"
_Q_MARKS = _Q_OPENERS + _Q_CLOSERS + '"'
_Q_MARK_RX = re.compile("[" + re.escape(_Q_MARKS) + "]")
_ANY_MARK = re.compile("[" + re.escape(_Q_MARKS) + "\u2018]")
#: Two straight apostrophes typed as a double quotation mark (''like this''), as in some news
#: archives; a run of three is a double mark beside a single one.
_TWO_APOSTROPHES = re.compile("'{2,3}")


def _has_marks(text: str) -> bool:
    return _Q_MARK_RX.search(text) is not None or "''" in text


#: A markup tag with attributes left in a text (``<tweet author="@AP">``): its quotation marks are
#: the markup's, not anyone's words.
_MARKUP_TAG = re.compile(r"<[A-Za-z][\w:.-]*\s[^<>\n]*=[^<>\n]*>")


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


_SPACE_BEFORE_OPEN = set(" \t\n\r\xa0([{—–-/")
_AFTER_CLOSE = set(" \t\n\r\xa0.,;:!?)]}—–-…")
# curly single quotes: the closing mark is not followed by a letter (that would be an apostrophe)
_SINGLE_Q = re.compile(r"(?<![\w’'])\u2018((?:[^\u2018\u2019\n]|\u2019(?=\w)){1,60})\u2019(?!\w)")
_TERM_WORDS = re.compile(
    r"(?<![\w-])(?:(?:the|a|this|that|their|his|her|its)\s+(?:words?|terms?|phrases?|labels?|names?|"
    r"slogans?|expressions?|nicknames?|moniker)|(?:(?:re-?)?(?:dubbed|nicknamed|called|named|labell?ed|branded|"
    r"termed|coined|styled)|known|so\s+called)(?:\s+as)?(?:\s+(?:the|a|an))?)[\s,:]*$", re.IGNORECASE)
_SO_CALLED = re.compile(r"(?<![\w-])so-called\s*$", re.IGNORECASE)
# the words TITLE_BEFORE, _TERM_WORDS and _SO_CALLED can end with
_LAST_WORDS = frozenset("""
titled entitled headlined headline article story report book film documentary column op-ed editorial
programme program song poem essay study paper video series show word words term terms phrase phrases
label labels name names slogan slogans expression expressions nickname nicknames moniker dubbed nicknamed
called named labeled labelled branded termed coined styled known as the a an so-called
""".split()) | {p + w for p in ("re-", "re") for w in "dubbed nicknamed called named labeled labelled branded termed coined styled".split()}
_NAME_BEFORE = re.compile(r"[A-Z][\w.]*[ \t]$")
_NAME_AFTER = re.compile(r"[ \t](?:(?:al|el|de|van|von|bin|ibn)[-\s])?[A-Z]")
_NICK = re.compile(r"[A-Z][^”\"\n]{0,20}")
_QWORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
_SCARE_MAX_WORDS = 4
_SCARE_MAX_CHARS = 60
_TITLE_MAX_WORDS = 25


def _mark_role(text: str, i: int) -> str:
    """'open', 'close' or 'toggle' for the quotation mark at ``i``, judged by what is around it.

    Position wins over shape: a mark glued to the end of a word and followed by a space acts as a
    closing mark even if it was typed as an opening one ("advances.“").
    """
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = prev in _SPACE_BEFORE_OPEN or prev in _Q_MARKS or prev in "‘'"
    can_close = nxt in _AFTER_CLOSE or nxt in _Q_MARKS or nxt in "’'"
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


def _mark_at(text: str, m: re.Match) -> tuple[int, int, str] | None:
    """(first, last, role) of the quotation mark matched by ``m``: its first and last character and
    'open', 'close' or 'toggle'; None for apostrophes that are not a mark.

    Two apostrophes are a mark only where a reader sees one: after a space or a bracket and before a
    word (opening), or after a word and before a space or punctuation (closing). "Lee''s" and a pair
    standing alone between spaces are not marks.
    """
    i, j = m.start(), m.end()
    if text[i] != "'":
        return i, i, _mark_role(text, i)
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < len(text) else " "
    can_open = (prev in _SPACE_BEFORE_OPEN or prev in _Q_MARKS) and not nxt.isspace()
    can_close = (nxt in _AFTER_CLOSE or nxt in _Q_MARKS) and not prev.isspace()
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


def _pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[dict]:
    """Pair double quotation marks: dicts with open, close (mark offsets; close None when
    unclosed), start, end (the words inside) and note. Work is linear in the text.

    A quotation may run over several paragraphs by the usual convention (each new paragraph
    re-opens with a mark, only the last one closes). An opening mark with no closing mark ends
    at the end of its paragraph, or where the next quotation opens. A lone closing mark is ignored.
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
    return spans


def _single_quoted(text: str, doubles: list[dict]) -> list[dict]:
    """Curly single quotations (‘…’) outside double ones (a quotation inside a quotation is
    part of the outer one)."""
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


def _kind(text: str, q: dict, sent: tuple[int, int], cue_starts: list[int], cues, inside, opens) -> str:
    """Speech, scare, title or term, from the words around the quotation (see QUOTE_KINDS)."""
    o, c = q["open"], q["close"]
    s0, s1 = sent
    before = text[max(s0, o - 60):o]
    inner = text[q["start"]:q["end"]]
    if c is not None:
        nick = text[max(0, o - 30):o]
        if _NAME_BEFORE.search(nick) and _NICK.fullmatch(inner) and _NAME_AFTER.match(text[c + 1:c + 8]) \
                and not before.rstrip().endswith((":", ",")):
            return "term"  # Gen. James “Mad Dog” Mattis
    n_words = len(_QWORD.findall(inner))
    last_words = before.rstrip(" \t\n,:").rsplit(None, 1)
    last = last_words[-1].lower() if last_words else ""
    if c is not None and quoted_title(text, o, c, s0, s1):
        return "title"  # “Fox News Sunday”, his podcast “The Axe Files”, “…,” by Ann Lee
    if last in _LAST_WORDS:  # the patterns below are only tried after one of their last words (speed)
        if c is not None and TITLE_BEFORE.search(before) and n_words < _TITLE_MAX_WORDS:
            return "title"
        if c is not None and _TERM_WORDS.search(before) and n_words <= _SCARE_MAX_WORDS:
            return "term"
        if c is not None and _SO_CALLED.search(before):
            return "scare"
    if c is None:
        return "speech"  # no closing mark: taken to be someone's words, to the end of the paragraph
    if n_words > _SCARE_MAX_WORDS or len(inner) > _SCARE_MAX_CHARS or n_words == 0:
        return "speech"
    if text[max(0, o - 200):o].rstrip().endswith(":"):
        return "speech"  # introduced by a colon
    end = c + 1
    if end > s1 or not any(ch.isalnum() for ch in text[s0:o] + text[end:s1]):
        return "speech"  # the whole sentence, or running past it: reported words
    # a cue (said, told, according to ...) in the sentence, outside quotation marks, with no other
    # quotation between it and this one: speech ("vowing to “annihilate” ISIS ... the “fake news”
    # story": the cue goes with the first quotation only)
    k = bisect_right(cue_starts, s0 - 1)
    while k < len(cues) and cues[k][0] < s1:
        cs = cues[k][0]
        j = bisect_right(opens, cs) - 1
        if (j < 0 or cs >= inside[j][1]) and is_speech_cue(text, cs, cues[k][1]):  # outside quotation marks
            lo, hi = (cs, o) if cs < o else (end, cs)
            if bisect_right(opens, hi - 1) - bisect_right(opens, lo) == 0:
                return "speech"
            if cs < o and n_words >= 3 and inner.rstrip()[-1:] in ".!?…":
                return "speech"  # more of the same person's words: ... wanting war “as long as possible.”
        k += 1
    # signs of a speaker count between the quotations next to this one, as cues do
    j = bisect_right(opens, o - 1) - 1
    lo = max(s0, inside[j][1]) if j >= 0 else s0
    hi = min(s1, opens[j + 2]) if j + 2 < len(opens) else s1
    return _uncued_kind(text, o, c, lo, hi, inner, n_words)


# Signs a reader sees that a short quotation with no reporting word is held at arm's length (a scare
# quote), a name, or someone's words. See _uncued_kind.
_DISTANCE_BEFORE = re.compile(
    r"(?<![\w-])(?:so-called|self-(?:styled|proclaimed|described|appointed)|supposed|supposedly|alleged|"
    r"purported|purportedly|ostensible|ostensibly|would-be|quote[- ]unquote|pseudo)[\s,]*$", re.IGNORECASE)
_DISTANCE_AFTER = re.compile(
    r"[\s,.;:!?]{0,3}(?:so to speak|as it were|as (?:it|they|he|she|some|many|critics|officials) "
    r"(?:likes? to |liked to )?call(?:s|ed)? (?:it|them|him|her))\b", re.IGNORECASE)
_SPEAKER_SIGNS = re.compile(
    r"(?<![\w-])(?:(?i:he|she|him|his|her|call(?:s|ed|ing)?|dub(?:s|bed|bing)?|describ(?:e|es|ed|ing)|"
    r"label(?:s|l?ed|l?ing)?|brand(?:s|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|"
    r"chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|tweet(?:s|ed|ing)?|wrote|writes?|posted|slogans?|"
    r"statements?|remarks?|comments?|speech|interview|quip(?:s|ped)?|insist(?:s|ed|ing)?|"
    r"blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|referr(?:ed|ing) to|refers to)|"
    r"(?:[A-Z][\w.-]+ )?(?:[A-Z][\w.-]+)(?:’s|'s)? (?:own )?(?:words?|phrase|promise|pledge|vow|description))(?![\w-])")
_NOUN_USE_BEFORE = frozenset("the a an this that these those its their our your his her such any no some every "
                             "each another whose".split())
_SMALL_WORDS = frozenset("of the and for to in on a an at by or de la".split())
_LAST_WORD = re.compile(r"([\w’'-]+)[\s]*$")


def _title_case(words_around: str) -> bool:
    """Do most words around a quotation start with a capital, as in a headline?"""
    around = [w for w in _QWORD.findall(words_around) if w[:1].isalpha()]
    return len(around) >= 2 and sum(w[:1].isupper() for w in around) * 3 >= len(around) * 2


def _uncued_kind(text: str, o: int, c: int, s0: int, s1: int, inner: str, n_words: int) -> str:
    """The kind of a short, closed quotation with no reporting word in its sentence.

    A reader sees a scare quote by a sign: a distancing word ("so-called", "supposed", "self-styled")
    or phrase ("so to speak", "as they call it"), or a single word or short phrase used as a noun in
    the writer's own sentence ("the “rebels” left", "its “capital”") with nothing in the sentence
    that points to a speaker. A capitalised phrase ("the “Gang of Four” group") is a name (``term``).
    Anything else is someone's words whose speaker is not named here (``speech``): "he promised a
    “fair deal”", "critics on the left, calling it “a disgrace”".
    """
    before = text[max(s0, o - 40):o]
    if _DISTANCE_BEFORE.search(before) or _DISTANCE_AFTER.match(text, c + 1, min(s1, c + 60)):
        return "scare"
    words = _QWORD.findall(inner)
    if len(words) > 1 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) \
            and words[0][:1].isupper() and not words[0].isupper() \
            and not _title_case(text[s0:o] + " " + text[c + 1:s1]):
        return "term"  # a name: the “Gang of Four” (not in a headline, where every word has a capital)
    if _SPEAKER_SIGNS.search(text, s0, o) or _SPEAKER_SIGNS.search(text, c + 1, s1):
        return "speech"  # a person or a speech act in the sentence: someone's words, speaker unnamed here
    if n_words == 1:
        return "scare"  # one word, in the writer's own sentence
    m = _LAST_WORD.search(before)
    prev = m.group(1).lower() if m else ""
    if prev in _NOUN_USE_BEFORE or prev.endswith(("’s", "'s", "’", "'", "est")) or "-" in prev:
        return "scare"  # a short phrase used as a noun in the writer's sentence: the “final battle”
    return "speech"


_NOUN_MARKERS = frozenset("the a an these those this its their his her our my your such while of "
                          "any no some many at in for from to with about on without upon".split())
_PREV_WORD = re.compile(r"([\w’']+)\W*$")
_IT_ALL = re.compile(r"\s+it\s+all\b")


def is_speech_cue(text: str, start: int, end: int) -> bool:
    """Does the reporting word at text[start:end] report speech here? Not a noun ("the claims",
    "its claims"), not part of a longer word ("self-proclaimed"), not an idiom ("that says it all").

    >>> t = "Lee said no. The claims were false. It was self-proclaimed."
    >>> is_speech_cue(t, 4, 8), is_speech_cue(t, 17, 23), is_speech_cue(t, 48, 58)
    (True, False, False)
    """
    if start > 0 and text[start - 1] in "-‐":
        return False
    if _IT_ALL.match(text, end, end + 10):
        return False  # "that says it all": an idiom, not a report of speech
    window = text[max(0, start - 25):start]
    # a word inside the quotation before is not part of this clause: “No,” said Lee.
    window = window[max(window.rfind("“") + 1, window.rfind("”") + 1, window.rfind('"') + 1, window.rfind("„") + 1,
                        window.rfind("«") + 1, window.rfind("»") + 1, window.rfind("''") + 2, 0):]
    prev = _PREV_WORD.search(window)
    if not prev:
        return True
    word = prev.group(1).lower()
    if word in _NOUN_MARKERS:
        return False
    if word in ("and", "or") and text[start:end].lower().endswith("ing"):
        return False  # "... and asserting US dominance": not a report of speech
    return not word.endswith(("’s", "'s", "’", "'"))


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
        found = _quotation_kinds(text, [dict(q) for q in marked], bounds, cues)
        _KINDS.put(key, found)
    return list(bounds), [dict(q) for q in found]


# Texts seen lately, split once for annotate, sentences, paragraphs and the speaker rules (part of kit.cache):
# text -> (paragraphs, quotations without kinds, sentence bounds); (text, cues) -> quotations with kinds.
_SEGMENTS = Memo()
_KINDS = Memo()


def _segmentation(text: str):
    got = _SEGMENTS.get(text)
    if got is None:
        paragraphs = _paragraph_spans(text)
        if not text or not (_ANY_MARK.search(text) or "''" in text):
            doubles, marked = [], []
        else:
            doubles = _pair_marks(text, paragraphs)
            marked = sorted(doubles + _single_quoted(text, doubles), key=lambda q: q["open"])
        bounds = _sentence_bounds(text, _quotes=doubles, _paragraphs=paragraphs)
        got = (tuple(paragraphs), tuple(marked), tuple(bounds))
        _SEGMENTS.put(text, got)
    return got


def _quotation_kinds(text: str, found: list[dict], bounds, cues) -> list[dict]:
    """Give each quotation (fresh dicts, in order of their opening marks) its kind; see :func:`quotations`."""
    cue_starts = [a for a, _ in cues]
    inside = [(q["open"], (q["close"] if q["close"] is not None else q["end"]) + 1) for q in found]
    opens = [a for a, _ in inside]
    b_starts = [b[1] for b in bounds]
    sentence_of = []
    for q in found:
        k = bisect_right(b_starts, q["open"]) - 1
        sent = (bounds[k][1], bounds[k][2]) if k >= 0 else (0, len(text))
        q["kind"] = _kind(text, q, sent, cue_starts, cues, inside, opens)
        sentence_of.append(k)
    # a short quotation in the same sentence as someone's words is more of those words:
    # It’s “annihilating the Syrian people,” massacring “thousands ... of these crimes.”
    if not any(q["kind"] == "scare" for q in found):
        return found  # no scare quote to turn into speech: the words need not be counted
    speaking = {k for q, k in zip(found, sentence_of)
                if q["kind"] == "speech" and len(_QWORD.findall(text, q["start"], q["end"])) > _SCARE_MAX_WORDS}
    for q, k in zip(found, sentence_of):
        if q["kind"] == "scare" and k in speaking and not _SO_CALLED.search(text[max(0, q["open"] - 12):q["open"]]):
            q["kind"] = "speech"
    return found
