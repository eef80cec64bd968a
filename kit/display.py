"""Show an article with its flagged words marked, in a notebook.

Detection happens in :mod:`kit.annotate`; this module only turns span rows into HTML.
Every piece of text that reaches the HTML (the article, the notes, the titles) goes through
``html.escape``. A category is told apart in four ways, so no one depends on colour: its
background colour, its own underline style, a short label after each span (``LOADED``)
and a note number. The numbered notes under the article say why each word is marked
(on paper, on a projector and with a screen reader; a mouse can also hover). Words that
sit inside someone's quoted words get a ``❝`` before their label. The colours come from
:data:`PALETTE`: chosen so that any two of them stay apart (CIEDE2000 of 10 or more)
with normal colour vision and under simulated deuteranopia, protanopia and tritanopia,
in JupyterLab's Light and Dark themes, with text and underline readable on each
(tests/test_palette.py checks it). A category of your own (from a word list such as
``euphemism.csv``) gets one of the spare colours, an underline style and its name as label.

>>> import kit
>>> view = kit.highlight("Critics say the regime may fall.")
Traceback (most recent call last):
...
kit.errors.KitError: field 'article_id': there is no article with the id 'Critics say the regime may fall.'
  How to fix: Use one of: ...
>>> view = highlight(kit.load_articles().iloc[2], categories=["hedge"])
>>> "<mark" in view._repr_html_()
True
"""

from __future__ import annotations

import html
import textwrap

from .errors import KitError
from .explaining import NO_MATH, explanation_html  # noqa: F401  (a display of its own: kept here for callers)
from .lexicons import CATEGORIES, describe_category

__all__ = ["highlight", "Highlight", "STYLES", "PALETTE", "EXTRA_SLOTS", "style_of", "spans_html",
           "notes_html", "note_numbers", "explanation_html", "show_text", "Text", "CSS", "BODY_FONT", "BODY_PX"]

#: Background colours of the highlights: (Light theme, Dark theme) per slot. Any two slots stay
#: CIEDE2000 >= 10 apart (and apart from the page) for normal vision, deuteranopia, protanopia and
#: tritanopia; JupyterLab's text colour has >= 4.5:1 contrast on each. Found by a search over sRGB
#: with colorspacious' colour-vision simulation (docs/accessibility.md); tests/test_palette.py checks it.
PALETTE = (
    ("#5993FF", "#0F04F2"), ("#FF2ECE", "#475009"), ("#ADCBCE", "#5B4297"), ("#E1A687", "#0B2037"),
    ("#33A739", "#144E5A"), ("#83959A", "#507A1E"), ("#D2B9FE", "#906164"), ("#AF877D", "#3C60F5"),
    ("#2FECBB", "#11008C"), ("#DAFF00", "#302400"), ("#AFC823", "#5F3C3A"), ("#B6FD9D", "#6C6C8D"),
)
#: Category -> (palette slot, underline style, short label). ``doubt`` is here for the word list
#: that may add it; a category without an entry is one "of your own" (see :func:`style_of`).
STYLES = {
    "loaded_language": (0, "solid", "LOADED"),   # thick solid line
    "label": (1, "double", "LABEL"),             # double line
    "hedge": (2, "dotted", "HEDGE"),             # dotted line
    "booster": (3, "solid", "BOOST"),            # thin solid line with a line above
    "attribution": (4, "dashed", "SAID"),        # dashed line
    "vague_source": (5, "wavy", "VAGUE"),        # wavy line
    "scare_quote": (6, "dotted", "SCARE"),       # dotted line above and below
    "doubt": (7, "dashed", "DOUBT"),             # dashed line above and below
}
_EXTRA = {
    "loaded_language": "text-decoration-thickness:3px;",
    "booster": "text-decoration-line:underline overline;",
    "scare_quote": "text-decoration-line:underline overline;",
    "doubt": "text-decoration-line:underline overline;",
}
#: The palette slots for categories of your own, in the order they come (then round again).
EXTRA_SLOTS = (8, 9, 10, 11)
# ... and underline styles, so two of your own categories never share both colour and line.
_EXTRA_LINES = ("solid", "dashed", "dotted", "double", "wavy")
_ORDER = {c: i for i, c in enumerate(CATEGORIES)}
_QUOTED = "\u275d"  # ❝ before the label of a word inside someone's quoted words


def _palette_css() -> str:
    light = "".join(f"--kit-c{i}:{a};" for i, (a, _) in enumerate(PALETTE))
    dark = "".join(f"--kit-c{i}:{b};" for i, (_, b) in enumerate(PALETTE))
    slots = "".join(f".kit-c{i}{{background-color:var(--kit-c{i});}}" for i in range(len(PALETTE)))
    return (f".kit-hl, .kit-text, .kit-spot {{{light}}}\n"
            f"body[data-jp-theme-light='false'] :is(.kit-hl, .kit-text, .kit-spot) {{{dark}}}\n{slots}")


# ---------------------------------------------------------------- HTML templates (no logic below)
#: The style sheet every view of the kit carries. Text colours come from JupyterLab's theme
#: variables (with a fallback outside JupyterLab), so the Dark theme works.
#: The size of the kit's table and widget text, in CSS px: JupyterLab's body text, never less. Notebook tables
#: (13 px) and widgets (13 px) are smaller by default, and a tag at .82em of 13 px was 11.2 px. Written as
#: plain px where it is an element's own style (JupyterLab's sanitizer keeps that in an untrusted notebook);
#: a style sheet follows the body size when a reader makes it larger (:data:`BODY_FONT`).
BODY_PX = 14
BODY_FONT = f"max({BODY_PX}px, var(--jp-content-font-size1, {BODY_PX}px))"
CSS = """<style>
.kit-hl, .kit-text {font-family: Georgia, 'Times New Roman', serif; font-size: max(14.7px, 1.05em); line-height: 2.1;
  max-width: 48em; color: var(--jp-content-font-color1, #212121);}
.kit-hl h3 {font-family: system-ui, sans-serif; margin: 0 0 .2em 0; color: inherit;}
.kit-hl .kit-meta, .kit-hl .kit-legend, .kit-hl .kit-notes {font-family: system-ui, sans-serif;
  color: var(--jp-content-font-color1, #212121);}
.kit-hl .kit-meta {margin-bottom: .6em;}
.kit-hl .kit-body, .kit-text {white-space: pre-wrap; overflow-wrap: break-word; word-break: normal;}
.kit-hl mark {color: inherit; padding: 0 1px; border-radius: 2px; text-underline-offset: 4px;
  text-decoration-color: currentColor; text-decoration-skip-ink: none;}
.kit-hl mark.kit-quoted {font-style: italic;}
.kit-hl .kit-tag {font-family: system-ui, sans-serif; font-size: max(14px, .82em); font-weight: bold; vertical-align: super;
  margin: 0 .35em 0 .15em; letter-spacing: .03em; line-height: 1; white-space: nowrap;}
.kit-sr {position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;}
.kit-hl .kit-legend {font-size: max(14px, .9em); line-height: 1.9; border-bottom: 1px solid var(--jp-border-color1, #767676);
  margin-bottom: .8em; padding-bottom: .4em;}
.kit-hl .kit-legend span.kit-item {display: inline-block; margin-right: 1.2em;}
.kit-hl .kit-notes {font-size: max(14px, .9em); line-height: 1.5; margin-top: .4em;}
.kit-hl .kit-notes summary {cursor: pointer; font-weight: bold;}
.kit-hl .kit-notes ol {margin: .3em 0 0 0; padding-left: 2.2em;}
.kit-scroll {max-height: 26em; overflow-y: auto; border: 1px solid var(--jp-border-color1, #767676);
  padding: .4em .8em; line-height: 1.6;}
.kit-scroll:focus-visible, .kit-hl .kit-notes summary:focus-visible {outline: 2px solid
  var(--jp-brand-color1, #1976d2); outline-offset: 2px;}
:is(.kit-explorer, .kit-compare, .kit-spot) :is(.widget-html-content, .widget-label-basic, label, select, button),
.kit-counts {font-size: %s;}
%s
</style>"""
_PAGE = ('<div class="kit-hl ' + NO_MATH + '">{css}<h3>{title}</h3><div class="kit-meta">{meta}</div>'
         '<div class="kit-legend">{legend}</div><div class="kit-body">{body}</div>{notes}</div>')
_MARK_OPEN = '<mark class="kit-{category} kit-c{slot}{quoted}" style="{style}" title="{tooltip}"{label}>'
_MARK_CLOSE = "</mark>"
# the label after a span: short and visible, and read out in full by a screen reader
_TAG = ('<span class="kit-tag"><span class="kit-sr">({spoken})</span>'
        '<span aria-hidden="true">{short}</span></span>')
_LEGEND_ITEM = ('<span class="kit-item"><mark class="kit-{category} kit-c{slot}" style="{style}">'
                '{name}</mark><span aria-hidden="true">, marked <b>{short}</b></span>: {count} in this text '
                '&mdash; {description}.</span>')
_LEGEND_VOICE = ('<span class="kit-item"><i>Words in italics</i> (with <b aria-hidden="true">{q}</b> at the start of the small tag) '
                 'are inside someone\'s quoted words, or words the text says someone else used, not the writer\'s own: '
                 '{n} in this text.</span>')
_LEGEND_NOTE = ('<span class="kit-item">Each small tag after marked words, such as <b>{example}</b>, ends in a number: '
                'the note with that number, under the text, says why the words are marked.</span>')
_NOTES = ('<details class="kit-notes" open><summary>Why these words are marked ({n})</summary>'
          '<ol>{items}</ol></details>')
_NOTE_ITEM = "<li><b>{text}</b> ({category}{voice}): {tip}</li>"
_TEXT = '<div class="kit-text ' + NO_MATH + '">{css}{text}</div>'


def _css() -> str:
    return CSS % (BODY_FONT, _palette_css())


def _extras(categories) -> list[str]:
    """The categories that have no entry in STYLES, in the order given (first seen)."""
    return [c for c in dict.fromkeys(categories) if c not in STYLES]


def style_of(category: str, extras=()) -> tuple[str, str, str]:
    """``(background colour in the Light theme, underline style, label)`` of a category.

    A built-in category has its entry in :data:`STYLES`; a category of your own gets the
    next slot of :data:`EXTRA_SLOTS` (by its place in ``extras``), an underline style
    and its own name as the label.

    >>> style_of("hedge")[1:]
    ('dotted', 'HEDGE')
    >>> style_of("euphemism", ["euphemism"])[1:]
    ('solid', 'euphemism')
    """
    slot, line, label = _slot_of(category, extras)
    return PALETTE[slot][0], line, label


def _slot_of(category: str, extras=()) -> tuple[int, str, str]:
    if category in STYLES:
        return STYLES[category]
    extras = list(extras)
    i = extras.index(category) if category in extras else len(extras)
    # 4 colours x 5 line styles: the first 20 categories of your own never share both
    return EXTRA_SLOTS[i % len(EXTRA_SLOTS)], _EXTRA_LINES[i % len(_EXTRA_LINES)], category


def _style(category: str, extras=()) -> str:
    _, line, _ = _slot_of(category, extras)
    return (f"text-decoration-line:underline;text-decoration-style:{line};"
            f"text-decoration-thickness:2px;{_EXTRA.get(category, '')}")


def _name(category: str) -> str:
    return describe_category(category).split(":")[0]


#: How a note names a word inside a scare quote (kit.quotes kind ``scare``): the writer's own choice of words.
SCARE_VOICE = ", in a scare quote (the writer doubts these words)"


def _voice(span: dict) -> str:
    """", in words quoted from X" for a span inside someone's quoted words (", in words the text says X used"
    when no quotation marks hold them: "X slammed it as a betrayal"), :data:`SCARE_VOICE` for one inside a scare
    quote ("" for the rest of the writer's own words)."""
    if span.get("voice") != "quoted":
        return SCARE_VOICE if span.get("in_scare_quote") is True else ""
    speaker = span.get("speaker")
    speaker = speaker.strip() if isinstance(speaker, str) else ""
    if span.get("in_marks") is False:  # "skaters slammed it as a betrayal": reported, with no quotation marks
        return f", in words the text says {speaker} used" if speaker else ", in words the text says someone else used"
    return f", in words quoted from {speaker}" if speaker else ", in someone's quoted words"


def _tooltip(span: dict) -> str:
    tip = f"{_name(span['category'])} ({span['term']}){_voice(span)}: {span['note']}"
    if span.get("tone"):
        tip += f" Tone: {span['tone']}."
    if span.get("alternative"):
        tip += f" More neutral: {span['alternative']}."
    return tip


def _note_key(span: dict) -> tuple:
    return (span["category"], str(span["term"]), str(span["note"]), _voice(span))


def note_numbers(spans) -> dict:
    """Note number of each distinct (category, term, note, voice), in order of first appearance.

    >>> list(note_numbers([{"start": 4, "end": 6, "category": "hedge", "term": "may", "note": "n"},
    ...                    {"start": 0, "end": 2, "category": "label", "term": "regime", "note": "m"}]).values())
    [1, 2]
    """
    numbers: dict = {}
    for s in sorted(spans, key=lambda s: (int(s["start"]), -int(s["end"]))):
        numbers.setdefault(_note_key(s), len(numbers) + 1)
    return numbers


def spans_html(text: str, spans, categories=None, numbers=None) -> str:
    """The article text as HTML with every span wrapped in a ``<mark>`` (text escaped).

    Overlapping spans are nested in a fixed order (earlier start first, then the longer
    span, then the category order), so the same spans always give the same HTML. After
    each span comes its label (``HEDGE 2``: the short category name and the number of its
    note; a screen reader hears "hedge, note 2"). ``categories`` (optional) gives the order
    of any categories of your own, which sets their colours; ``numbers`` the note numbers
    (from :func:`note_numbers`; by default counted in this text).

    >>> spans_html("a <b> c", [{"start": 2, "end": 5, "category": "hedge", "term": "x", "note": "n"}])
    'a <mark class="kit-hedge kit-c2" ... title="hedge (x): n" data-label="HEDGE">&lt;b&gt;</mark><span class="kit-tag">...HEDGE 1</span></span> c'
    """
    items = sorted((dict(s) for s in spans),
                   key=lambda s: (int(s["start"]), -int(s["end"]), _ORDER.get(s["category"], len(_ORDER)),
                                  str(s["category"]), str(s["term"])))
    items = [s for s in items if 0 <= int(s["start"]) < int(s["end"]) <= len(text)]
    if not items:
        return html.escape(text)
    numbers = note_numbers(items) if numbers is None else numbers
    extras = _extras([*(categories or ()), *(s["category"] for s in items)])
    cuts = sorted({0, len(text), *(int(s["start"]) for s in items), *(int(s["end"]) for s in items)})
    out = []
    rank = {id(s): i for i, s in enumerate(items)}
    active: list[dict] = []
    nxt = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        while nxt < len(items) and int(items[nxt]["start"]) <= a:
            active.append(items[nxt])
            nxt += 1
        active = [s for s in active if int(s["end"]) > a]
        covering = sorted((s for s in active if int(s["start"]) <= a and int(s["end"]) >= b), key=lambda s: rank[id(s)])
        piece = html.escape(text[a:b])
        opens, closes = [], []
        for s in covering:
            slot, _, short = _slot_of(s["category"], extras)
            ends = int(s["end"]) == b
            label = f' data-label="{html.escape(short)}"' if ends else ""
            voice = _voice(s)
            quoted = s.get("voice") == "quoted"
            opens.append(_MARK_OPEN.format(category=html.escape(s["category"]), slot=slot,
                                           quoted=" kit-quoted" if quoted else "",
                                           style=_style(s["category"], extras),
                                           tooltip=html.escape(_tooltip(s)), label=label))
            tag = ""
            if ends:
                n = numbers.get(_note_key(s), "")
                tag = _TAG.format(spoken=html.escape(f"{_name(s['category'])}{voice}, note {n}"),
                                  short=html.escape(f"{_QUOTED if quoted else ''}{short} {n}".strip()))
            closes.append(_MARK_CLOSE + tag)
        out.append("".join(opens) + piece + "".join(reversed(closes)))
    return "".join(out)


def notes_html(spans, numbers=None) -> str:
    """The numbered notes under an article: one line per distinct flagged word, saying why.

    >>> notes_html([{"start": 0, "end": 1, "category": "hedge", "term": "may", "note": "Shows doubt."}])
    '<details class="kit-notes" open><summary>Why these words are marked (1 note)</summary><ol><li><b>may</b> (hedge): Shows doubt.</li></ol></details>'
    """
    spans = list(spans)
    if not spans:
        return ""
    numbers = note_numbers(spans) if numbers is None else numbers
    first = {}
    for s in spans:
        first.setdefault(_note_key(s), s)
    items = []
    for key, _ in sorted(numbers.items(), key=lambda kv: kv[1]):
        s = first.get(key)
        if s is None:
            continue
        tip = str(s["note"])
        if s.get("alternative"):
            tip += f" More neutral: {s['alternative']}."
        shown = s.get("text") if isinstance(s.get("text"), str) and s.get("text") else s["term"]
        items.append(_NOTE_ITEM.format(text=html.escape(str(shown)), category=html.escape(_name(s["category"])),
                                       voice=html.escape(_voice(s)), tip=html.escape(tip)))
    n = f"{len(items)} note" + ("s" if len(items) != 1 else "")
    return _NOTES.format(n=n, items="".join(items))


class Highlight:
    """An article with its spans marked. Shows as HTML in a notebook and as a summary in text."""

    def __init__(self, article_id: str, text: str, spans, title: str = "", meta: str = "",
                 categories=None, all_categories=None):
        self.article_id = article_id
        self.text = text
        self.spans = spans
        self.title = title
        self.meta = meta
        self.categories = list(categories) if categories is not None else list(CATEGORIES)
        # every category the word list has (sets the colours of its own categories, whatever is shown)
        self.all_categories = list(all_categories) if all_categories is not None else list(self.categories)

    def _extras(self) -> list[str]:
        return _extras([*self.all_categories, *self.categories,
                        *(self.spans["category"] if len(self.spans) else [])])

    def counts(self) -> dict:
        """How many spans of each category are marked."""
        found = self.spans["category"].value_counts().to_dict() if len(self.spans) else {}
        return {c: int(found.get(c, 0)) for c in self.categories}

    def _records(self) -> list:
        return self.spans.to_dict("records") if len(self.spans) else []

    def body_html(self) -> str:
        """Just the marked article text (no title, no notes, no legend)."""
        return spans_html(self.text, self._records(), self._extras())

    def notes_html(self) -> str:
        """The numbered notes: why each word is marked."""
        return notes_html(self._records())

    def legend_html(self) -> str:
        """What the marks mean: each category, its label and how often it is marked in this text."""
        items = []
        extras = self._extras()
        for cat, n in self.counts().items():
            slot, _, short = _slot_of(cat, extras)
            name, _, description = describe_category(cat).partition(": ")
            items.append(_LEGEND_ITEM.format(category=html.escape(cat), slot=slot, style=_style(cat, extras),
                                             short=html.escape(short),
                                             name=html.escape(name), count=n, description=html.escape(description)))
        quoted = sum(1 for s in self._records() if s.get("voice") == "quoted")
        if quoted:
            items.append(_LEGEND_VOICE.format(q=_QUOTED, n=quoted))
        if len(self.spans):  # the example is the tag of note 1, as the text shows it
            records = self._records()
            numbers = note_numbers(records)
            first = next(s for s in records if numbers[_note_key(s)] == 1)
            short = _slot_of(first["category"], extras)[2]
            example = f"{_QUOTED if first.get('voice') == 'quoted' else ''}{short} 1"
            items.append(_LEGEND_NOTE.format(example=html.escape(example)))
        return " ".join(items)  # a space between items: read aloud and copied as separate phrases

    def _repr_html_(self) -> str:
        return _PAGE.format(css=_css(), title=html.escape(self.title or self.article_id),
                            meta=html.escape(self.meta), body=self.body_html(), notes=self.notes_html(),
                            legend=self.legend_html())

    def __repr__(self) -> str:
        counts = ", ".join(f"{c} {n}" for c, n in self.counts().items() if n) or "nothing"
        return (f"Highlighted article {self.article_id!r}: {len(self.spans)} marked spans ({counts}). "
                "Show it in a notebook to see the marks and the numbered notes that say why.")


class Text(str):
    """A piece of text that a notebook shows wrapped at word boundaries (it is still a ``str``)."""

    def _repr_html_(self) -> str:
        return _TEXT.format(css=_css(), text=html.escape(str(self)))

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(textwrap.fill(str(self), width=100, break_long_words=False, break_on_hyphens=False)
                     if "\n" not in self else str(self))


def show_text(text) -> Text:
    """Show a paragraph (or any text) wrapped at word boundaries, escaped, in a readable width.

    ``print(text)`` in JupyterLab can break a long line in the middle of a word; this does not.

    >>> show_text("A <b>bold</b> claim.")._repr_html_().endswith("A &lt;b&gt;bold&lt;/b&gt; claim.</div>")
    True
    """
    return Text("" if text is None else str(text))


def _pick_article(article):
    import pandas as pd

    if isinstance(article, pd.DataFrame):
        if len(article) != 1:
            raise KitError(f"highlight() shows one article, but the table has {len(article)} rows",
                           field="article", fix="Pass one row, for example articles.iloc[0].")
        article = article.iloc[0]
    if isinstance(article, str):
        from .corpus import find_article

        article = find_article(article)
    if not isinstance(article, pd.Series) or "text" not in article.index:
        raise KitError("highlight() needs one row of the articles table or an article_id",
                       field="article", fix="Try kit.highlight(articles.iloc[0]).")
    return article


def _quotes_frame(row, article_id: str):
    """The one-row table of the article that :func:`kit.quotes` is asked about (outlet and title as text)."""
    frame = row.to_frame().T.reset_index(drop=True)
    frame["article_id"] = [article_id]
    for col in ("outlet", "title"):
        if col not in frame.columns or not isinstance(frame.at[0, col], str):
            frame[col] = [""]
    return frame


def _mark_scare_quotes(row, article_id: str, spans, table=None):
    """The spans with ``in_scare_quote`` (True inside what :func:`kit.quotes` calls a scare quote) and ``in_marks``
    (True inside any quotation marks it finds), so a note says so with the same rules as the quotation table.
    ``table``: that quotation table, if made."""
    from .sourcing import quotes

    if not len(spans):
        return spans.assign(in_scare_quote=[], in_marks=[])
    table = quotes(_quotes_frame(row, article_id)) if table is None else table

    def within(kinds):
        rows = table[table["kind"].isin(kinds)]
        held = [(int(a), int(b)) for a, b in zip(rows["start"], rows["end"])]
        return [any(a <= s and e <= b + 1 for a, b in held) for s, e in zip(spans["start"], spans["end"])]

    return spans.assign(in_scare_quote=within(["scare"]), in_marks=within(
        ["direct", "partial", "title", "term", "sign", "scare"]))


def highlight(article, categories=None, lexicon=None, spans=None):
    """Show one article with its flagged words marked (colour, underline style and a label).

    ``article`` is a row of :func:`kit.load_articles` (``articles.iloc[0]``) or the id of a
    bundled article. ``categories`` and ``lexicon`` work as in :func:`kit.annotate`; or pass
    ``spans`` you already have (rows of this article from :func:`kit.annotate`).
    The numbered notes under the article say why each word is flagged, and whose words a flag is in
    (the writer's, or words quoted from someone: the speaker as :func:`kit.quotes` finds them).

    >>> view = highlight("us-rescue-of-isis-in-raqqa", categories=["attribution"])
    >>> view.counts()["attribution"] > 0
    True
    """
    from .annotation import annotate_details, as_lexicon
    from .lexicons import categories_in

    row = _pick_article(article)
    article_id = str(row.get("article_id", "article"))
    chosen = [categories] if isinstance(categories, str) else categories
    frame = None
    if spans is None:
        frame = row.to_frame().T.reset_index(drop=True)
        frame["article_id"] = [article_id]
        spans, _, frame, available = annotate_details(frame, categories=chosen, lexicon=lexicon, progress=False)
    else:
        spans = spans[spans["article_id"] == article_id] if "article_id" in spans.columns else spans
        available = categories_in(as_lexicon(lexicon)[0]) if lexicon is not None else list(CATEGORIES)
        available += [c for c in dict.fromkeys(spans["category"]) if c not in available]
        if chosen is not None:
            spans = spans[spans["category"].isin(chosen)]
    return found_highlight(row, spans, available, chosen, frame)


def found_highlight(row, spans, available, categories=None, frame=None) -> Highlight:
    """What :func:`highlight` shows for one row of the articles table, from its spans found already:
    ``available`` is the word list's categories, ``categories`` the ones shown (None: all). With ``frame``
    (the articles table the spans were found in), ``speaker`` is filled from :func:`kit.quotes` as
    ``kit.annotate(..., speakers=True)`` fills it; without it the spans are shown as given. The widgets find
    every article's spans at once and show them with this.

    >>> import kit
    >>> articles = kit.load_articles()
    >>> spans = kit.annotate(articles, categories=["hedge"])
    >>> view = found_highlight(articles.iloc[2], spans[spans.article_id == articles.article_id[2]],
    ...                        list(CATEGORIES), ["hedge"], frame=articles)
    >>> view._repr_html_() == highlight(articles.iloc[2], categories=["hedge"])._repr_html_()
    True
    """
    from .annotation import add_speakers

    text = row["text"] if isinstance(row["text"], str) else ""
    article_id = str(row.get("article_id", "article"))
    table = None
    if frame is not None and len(spans):
        # the speakers and the scare quotes read one quotation table: when the row's outlet, title and text
        # are text, the table for the speakers and the one for the scare quotes are of the same row
        if all(isinstance(row.get(col), str) for col in ("outlet", "title", "text")):
            from .sourcing import quotes

            table = quotes(_quotes_frame(row, article_id))
        spans = add_speakers(spans, frame, table)
    spans = _mark_scare_quotes(row, article_id, spans, table)
    shown = [c for c in available if categories is None or c in categories]
    meta = " · ".join(str(row.get(k)) for k in ("outlet", "author") if isinstance(row.get(k), str) and row.get(k))
    title = row.get("title") if isinstance(row.get("title"), str) and row.get("title") else article_id
    return Highlight(article_id, text, spans.reset_index(drop=True), title=title, meta=meta, categories=shown,
                     all_categories=available)
