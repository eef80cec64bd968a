"""Show an article with its flagged words marked, in a notebook.

Detection happens in :mod:`kit.annotate`; this module only turns span rows into HTML.
Every piece of text that reaches the HTML (the article, the notes, the titles) goes through
``html.escape``. Each category has a colour from the Okabe-Ito palette (readable with
colour-blindness) *and* a second cue that is not colour: its own underline style and a
small label after the span. The note is the tooltip (hover over a mark). A category of
your own (from a word list such as ``euphemism.csv``) gets a colour from a second
colour-blind-safe set (Paul Tol's "muted"), an underline style and its name as the label.

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

from .errors import KitError
from .lexicons import CATEGORIES, describe_category

__all__ = ["highlight", "Highlight", "STYLES", "EXTRA_COLOURS", "style_of", "spans_html", "explanation_html"]

#: Category -> (colour from the Okabe-Ito palette, underline style, short label).
STYLES = {
    "loaded_language": ("#D55E00", "solid", "LOADED"),    # vermillion, thick solid line
    "label": ("#CC79A7", "double", "LABEL"),              # reddish purple, double line
    "hedge": ("#0072B2", "dotted", "HEDGE"),              # blue, dotted line
    "booster": ("#E69F00", "solid", "BOOST"),             # orange, thin solid line with a line above
    "attribution": ("#009E73", "dashed", "SAID"),         # bluish green, dashed line
    "vague_source": ("#56B4E9", "wavy", "VAGUE"),         # sky blue, wavy line
    "scare_quote": ("#000000", "dotted", "QUOTE?"),       # black, dotted line above and below
}
_EXTRA = {
    "loaded_language": "text-decoration-thickness:3px;",
    "booster": "text-decoration-line:underline overline;",
    "scare_quote": "text-decoration-line:underline overline;",
}
#: Colours for categories of your own (a word list's extra categories), in the order they come:
#: Paul Tol's "muted" palette (colour-blind safe), none of them an Okabe-Ito colour used above.
EXTRA_COLOURS = ("#332288", "#882255", "#44AA99", "#999933", "#AA4499", "#117733", "#CC6677", "#88CCEE",
                 "#DDCC77")
# ... and underline styles, so two extra categories never share both colour and line.
_EXTRA_LINES = ("solid", "dashed", "dotted", "double", "wavy")
_BACKGROUND_ALPHA = "33"  # about 20 % opacity, so text stays readable and overlaps stay visible
_ORDER = {c: i for i, c in enumerate(CATEGORIES)}

# ---------------------------------------------------------------- HTML templates (no logic below)
_CSS = """<style>
.kit-hl {font-family: Georgia, 'Times New Roman', serif; font-size: 1.05em; line-height: 2.1; max-width: 48em;}
.kit-hl h3 {font-family: system-ui, sans-serif; margin: 0 0 .2em 0;}
.kit-hl .kit-meta {font-family: system-ui, sans-serif; color: #444; margin-bottom: .6em;}
.kit-hl .kit-body {white-space: pre-wrap;}
.kit-hl mark {color: inherit; padding: 0 1px; border-radius: 2px; text-underline-offset: 4px;}
.kit-hl mark[data-label]::after {content: attr(data-label); font-family: system-ui, sans-serif;
  font-size: .6em; font-weight: bold; vertical-align: super; margin-left: 2px; letter-spacing: .03em;}
.kit-hl .kit-legend {font-family: system-ui, sans-serif; font-size: .9em; line-height: 1.9;
  border-top: 1px solid #ccc; margin-top: .8em; padding-top: .4em;}
.kit-hl .kit-legend span.kit-item {display: inline-block; margin-right: 1.2em;}
</style>"""
_PAGE = ('<div class="kit-hl">{css}<h3>{title}</h3><div class="kit-meta">{meta}</div>'
         '<div class="kit-body">{body}</div><div class="kit-legend">{legend}</div></div>')
_MARK_OPEN = '<mark class="kit-{category}" style="{style}" title="{tooltip}"{label}>'
_MARK_CLOSE = "</mark>"
_LEGEND_ITEM = ('<span class="kit-item"><mark class="kit-{category}" style="{style}" data-label="{short}">'
                '{name}</mark> {count} &mdash; {description}</span>')
_EXPLAIN_BLOCK = ('<div class="kit-explain" style="font-family: system-ui, sans-serif; margin-bottom: .6em;">'
                  '<p style="margin:0"><b>{headline}</b></p><p style="margin:0">Why: {note}</p>{more}</div>')
_EXPLAIN_LINE = '<p style="margin:0">{label}: {value}</p>'


def _extras(categories) -> list[str]:
    """The categories that are not built in, in the order given (first seen)."""
    return [c for c in dict.fromkeys(categories) if c not in CATEGORIES]


def style_of(category: str, extras=()) -> tuple[str, str, str]:
    """``(colour, underline style, label)`` of a category.

    A built-in category has its entry in :data:`STYLES`; a category of your own gets the
    next colour of :data:`EXTRA_COLOURS` (by its place in ``extras``), an underline style
    and its own name as the label.

    >>> style_of("hedge")
    ('#0072B2', 'dotted', 'HEDGE')
    >>> style_of("euphemism", ["euphemism"])
    ('#332288', 'solid', 'euphemism')
    """
    if category in STYLES:
        return STYLES[category]
    extras = list(extras)
    i = extras.index(category) if category in extras else len(extras)
    # 9 colours x 5 line styles: the first 45 categories of your own never share both
    return EXTRA_COLOURS[i % len(EXTRA_COLOURS)], _EXTRA_LINES[i % len(_EXTRA_LINES)], category


def _style(category: str, extras=()) -> str:
    colour, line, _ = style_of(category, extras)
    return (f"background-color:{colour}{_BACKGROUND_ALPHA};text-decoration-line:underline;"
            f"text-decoration-style:{line};text-decoration-color:{colour};"
            f"text-decoration-thickness:2px;{_EXTRA.get(category, '')}")


def _tooltip(span: dict) -> str:
    name = describe_category(span["category"]).split(":")[0]
    tip = f"{name} ({span['term']}): {span['note']}"
    if span.get("tone"):
        tip += f" Tone: {span['tone']}."
    if span.get("alternative"):
        tip += f" More neutral: {span['alternative']}."
    return tip


def spans_html(text: str, spans, categories=None) -> str:
    """The article text as HTML with every span wrapped in a ``<mark>`` (text escaped).

    Overlapping spans are nested in a fixed order (earlier start first, then the longer
    span, then the category order), so the same spans always give the same HTML. The short
    category label is shown once, at the end of each span. ``categories`` (optional) gives
    the order of any categories of your own, which sets their colours; by default the order
    in which they first appear in the text.

    >>> spans_html("a <b> c", [{"start": 2, "end": 5, "category": "hedge", "term": "x", "note": "n"}])
    'a <mark class="kit-hedge" ... title="hedge (x): n" data-label="HEDGE">&lt;b&gt;</mark> c'
    """
    items = sorted((dict(s) for s in spans),
                   key=lambda s: (int(s["start"]), -int(s["end"]), _ORDER.get(s["category"], len(_ORDER)),
                                  str(s["category"]), str(s["term"])))
    items = [s for s in items if 0 <= int(s["start"]) < int(s["end"]) <= len(text)]
    if not items:
        return html.escape(text)
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
        opens = []
        for s in covering:
            short = style_of(s["category"], extras)[2]
            label = f' data-label="{html.escape(short)}"' if int(s["end"]) == b else ""
            opens.append(_MARK_OPEN.format(category=html.escape(s["category"]), style=_style(s["category"], extras),
                                           tooltip=html.escape(_tooltip(s)), label=label))
        out.append("".join(opens) + piece + _MARK_CLOSE * len(covering))
    return "".join(out)


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

    def body_html(self) -> str:
        """Just the marked article text (no title, no legend)."""
        return spans_html(self.text, self.spans.to_dict("records"), self._extras())

    def legend_html(self) -> str:
        items = []
        extras = self._extras()
        for cat, n in self.counts().items():
            short = style_of(cat, extras)[2]
            name, _, description = describe_category(cat).partition(": ")
            items.append(_LEGEND_ITEM.format(category=html.escape(cat), style=_style(cat, extras),
                                             short=html.escape(short),
                                             name=html.escape(name), count=n, description=html.escape(description)))
        return "".join(items)

    def _repr_html_(self) -> str:
        return _PAGE.format(css=_CSS, title=html.escape(self.title or self.article_id),
                            meta=html.escape(self.meta), body=self.body_html(), legend=self.legend_html())

    def __repr__(self) -> str:
        counts = ", ".join(f"{c} {n}" for c, n in self.counts().items() if n) or "nothing"
        return (f"Highlighted article {self.article_id!r}: {len(self.spans)} marked spans ({counts}). "
                "Show it in a notebook to see the marks; hover over a mark to read its note.")


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


def highlight(article, categories=None, lexicon=None, spans=None):
    """Show one article with its flagged words marked (colour, underline style and a label).

    ``article`` is a row of :func:`kit.load_articles` (``articles.iloc[0]``) or the id of a
    bundled article. ``categories`` and ``lexicon`` work as in :func:`kit.annotate`; or pass
    ``spans`` you already have (rows of this article from :func:`kit.annotate`).
    Hover over a mark to read why it is flagged.

    >>> view = highlight("us-rescue-of-isis-in-raqqa", categories=["attribution"])
    >>> view.counts()["attribution"] > 0
    True
    """
    from .annotation import _annotate, _as_lexicon
    from .lexicons import categories_in

    row = _pick_article(article)
    text = row["text"] if isinstance(row["text"], str) else ""
    article_id = str(row.get("article_id", "article"))
    chosen = [categories] if isinstance(categories, str) else categories
    if spans is None:
        frame = row.to_frame().T.reset_index(drop=True)
        frame["article_id"] = [article_id]
        spans, _, _, available = _annotate(frame, categories=chosen, lexicon=lexicon, progress=False)
    else:
        spans = spans[spans["article_id"] == article_id] if "article_id" in spans.columns else spans
        available = categories_in(_as_lexicon(lexicon)[0]) if lexicon is not None else list(CATEGORIES)
        available += [c for c in dict.fromkeys(spans["category"]) if c not in available]
        if chosen is not None:
            spans = spans[spans["category"].isin(chosen)]
    shown = [c for c in available if chosen is None or c in chosen]
    meta = " · ".join(str(row.get(k)) for k in ("outlet", "author") if isinstance(row.get(k), str) and row.get(k))
    title = row.get("title") if isinstance(row.get("title"), str) and row.get("title") else article_id
    return Highlight(article_id, text, spans.reset_index(drop=True), title=title, meta=meta, categories=shown,
                     all_categories=available)


def explanation_html(explanation) -> str:
    """HTML for a :class:`kit.annotation.Explanation` (every field escaped).

    >>> import kit
    >>> "<b>" in explanation_html(kit.explain("<b>regime</b>"))
    False
    """
    from .annotation import _headline

    if not explanation.entries:
        return f'<p style="font-family: system-ui, sans-serif">{html.escape(str(explanation))}</p>'
    blocks = []
    for e in explanation.entries:
        more = "".join(_EXPLAIN_LINE.format(label=label, value=html.escape(e[key]))
                       for label, key in (("More neutral", "alternative"), ("Source", "source")) if e.get(key))
        blocks.append(_EXPLAIN_BLOCK.format(headline=html.escape(_headline(explanation.query, e)),
                                            note=html.escape(e["note"]), more=more))
    return "".join(blocks)
