"""Interactive views for the lessons (ipywidgets): explorer, compare, spot the loaded words.

Each function returns an ipywidgets container that shows itself in JupyterLab. The
named parts are attributes of the container, so a test (or a curious student) can drive
them from code::

    >>> view = explorer()
    >>> view.article.value = view.article.options[1][1]
    >>> "kit-highlight" in view.view.value or "<mark" in view.view.value
    True

Nothing later in a notebook depends on a widget's state, and building or displaying a
widget where no browser is attached (a test, a plain kernel) works the same way. When
ipywidgets itself is missing, each function returns a static HTML view instead.
"""

from __future__ import annotations

import html
import re

__all__ = ["explorer", "compare", "spot_the_loaded_words", "category_counts", "NO_MATH"]

#: JupyterLab reads "$…$" in an output as mathematics ("$400 a year … $2 million" became italic letters with no
#: spaces): every view of article text the kit writes as HTML carries these classes, which tell MathJax to leave it
#: alone (student 38 #1). Defined here, in a module that imports nothing heavy, so that the widgets and
#: kit.explaining (which re-exports it) share one name.
NO_MATH = "tex2jax_ignore mathjax_ignore"

CATEGORIES = ("loaded_language", "label", "hedge", "booster", "attribution", "vague_source", "scare_quote")
# a scroll box a keyboard can reach (Tab, then the arrow keys) and a screen reader names; MathJax leaves it alone
# ("$400 … $2 million" is not mathematics: NO_MATH)
_SCROLL = '<div class="kit-scroll ' + NO_MATH + '" tabindex="0" role="region" aria-label="{name}">{body}</div>'
# the spot-the-words game: a marked word gets a frame and bold type besides its ticked box
_SPOT_CSS = """<style>
.kit-spot :is(.widget-html-content, .widget-label-basic, label, button) {font-size: %s;}
.kit-spot .kit-word {margin: 2px 6px 2px 0; width: auto;}
.kit-spot .kit-word label {width: auto; overflow: visible; white-space: nowrap; padding: 0 4px;}
.kit-spot .kit-word input {margin-right: 4px;}
.kit-spot .kit-word:has(input:checked) label {font-weight: bold; outline: 2px solid currentColor;
  border-radius: 3px;}
.kit-spot .kit-word:focus-within label {outline: 2px solid var(--jp-brand-color1, #1976d2); outline-offset: 2px;}
</style>"""


class _Static:
    """What the widget functions return when ipywidgets is not installed."""

    def __init__(self, html_text: str):
        self.html = html_text

    def _repr_html_(self) -> str:
        return self.html


def _widgets():
    try:
        import ipywidgets
    except ImportError:  # pragma: no cover - ipywidgets is a dependency
        return None
    return ipywidgets


def _articles(articles):
    import kit
    return kit.load_articles() if articles is None else articles


def _label(row) -> str:
    title = str(row.get("title", "") or "").strip() or "(no title)"
    title = title if len(title) <= 60 else title[:57] + "..."
    return f"{row['article_id']} — {title}"


def _category_names(categories):
    return [c.replace("_", " ") for c in categories]


#: the line over the explorer's counts: they count what ``kit.profile`` and its plot count
COUNTED_NOTE = ("Counted as in kit.profile and its plot: only the writer's own words. Flagged words inside "
                "someone's quotation marks are in the last column, not in the count.")


def category_counts(spans, n_words: int, categories=CATEGORIES) -> str:
    """A small HTML table: how many spans of each category in the writer's own words, and per 1,000 words, as
    :func:`kit.profile` counts them (its ``voice`` column); then how many are quoted (inside someone's quotation
    marks), counted apart. Spans with no ``voice`` column are taken as the writer's.

    >>> import pandas as pd
    >>> spans = pd.DataFrame({"category": ["hedge", "hedge", "booster", "hedge"],
    ...                       "voice": ["writer", "writer", "writer", "quoted"]})
    >>> "<td>hedge</td><td>2</td><td>20.0</td><td>1</td>" in category_counts(spans, 100, ["hedge", "booster"])
    True
    """
    voice = spans["voice"] if "voice" in spans.columns else None
    writer = spans if voice is None else spans[voice == "writer"]
    quoted = spans.iloc[:0] if voice is None else spans[voice == "quoted"]
    counts = writer["category"].value_counts() if len(writer) else {}
    apart = quoted["category"].value_counts() if len(quoted) else {}
    rows = "".join(
        f"<tr><td>{html.escape(c.replace('_', ' '))}</td><td>{int(counts.get(c, 0))}</td>"
        f"<td>{1000 * counts.get(c, 0) / max(n_words, 1):.1f}</td><td>{int(apart.get(c, 0))}</td></tr>"
        for c in categories)
    from .display import BODY_PX
    return (f"<p class='kit-counts-note' style='font-size:{BODY_PX}px'>{html.escape(COUNTED_NOTE)}</p>"
            f"<table class='kit-counts' style='font-size:{BODY_PX}px'><thead><tr><th>category</th>"
            f"<th>writer's own words</th><th>per 1,000 words</th><th>in quotation marks (not counted)</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")


def _highlight_html(row, categories, lexicon=None, found=None) -> str:
    """The highlighted article; ``found``: (spans of every category, the articles table, its categories) from
    :func:`_annotate_all`, whose rows for the chosen categories are the ones ``kit.highlight`` would find
    (each category's spans are found on their own), so the article is not searched again."""
    import kit
    categories = list(categories)
    if found is None or not categories or not isinstance(row.get("article_id"), str):
        return kit.highlight(row, categories=categories, lexicon=lexicon)._repr_html_()
    from .display import found_highlight

    spans, frame, available = found
    mine = spans[(spans["article_id"] == row["article_id"]) & spans["category"].isin(categories)]
    return found_highlight(row, mine, available, categories, frame=frame)._repr_html_()


def _scroll_box(row, body: str, where: str = "") -> str:
    """``body`` in a scroll box named after the article (and ``where`` it is), reachable with the keyboard."""
    title = str(row.get("title", "") or "").strip() or str(row.get("article_id", "article"))
    return _SCROLL.format(name=html.escape(f"Article text{where}: {title}"), body=body)


def _annotate_all(articles, lexicon):
    """Spans of every category, the word list as a table, its categories (built-in, then its own), and the
    articles table the spans were found in."""
    from .annotation import annotate_details, as_lexicon

    lex = None if lexicon is None else as_lexicon(lexicon)[0]
    spans, _, frame, available = annotate_details(articles, None, lex, None)
    return spans, lex, available, frame


def _head_html(row) -> str:
    bits = [str(row.get("outlet", "") or "").strip() or "outlet not given in the file",
            str(row.get("author", "") or "").strip() or "no author named"]
    published = row.get("published")
    try:
        bits.append(f"{published:%d %B %Y}")
    except (TypeError, ValueError):
        bits.append("no date")
    # the title itself is shown by the highlighted view below
    return (f"<p style='margin:0.2em 0 0.4em 0'><i>{html.escape(' · '.join(bits))}</i> · "
            f"{int(row.get('n_words', 0) or 0)} words</p>")


def _checkboxes(w, values, descriptions, **layout):
    """One Checkbox per description, all sharing one Layout and one style: every widget is a message to the
    browser (and a model it keeps), and a box's own Layout and style would be two more, the same for all."""
    boxes, shared = [], w.Layout(**layout)
    for value, description in zip(values, descriptions):
        style = {"style": boxes[0].style} if boxes else {}  # the first box's style, made as usual
        boxes.append(w.Checkbox(value=value, description=description, indent=False, layout=shared, **style))
    return boxes


def _category_boxes(w, categories, selected):
    boxes = _checkboxes(w, [c in selected for c in categories], [c.replace("_", " ") for c in categories],
                        width="auto", margin="0 1em 0 0")
    for box, c in zip(boxes, categories):
        box.category = c
    return boxes


def explorer(articles=None, categories=None, lexicon=None):
    """Choose an article and categories; see the highlighted text and the counts update.

    The container has the CSS class ``kit-explorer``; its parts are ``.article`` (the
    Dropdown), ``.categories`` (one Checkbox per category), ``.counts`` and ``.view``
    (HTML widgets). ``lexicon`` works as in :func:`kit.annotate`; a word list with
    categories of its own (``euphemism.csv``) gets a checkbox for each, after the built-in ones.

    >>> view = explorer(categories=["hedge"])
    >>> [box.value for box in view.categories][:3]
    [False, False, True]
    """
    import kit
    articles = _articles(articles)
    selected = list(categories) if categories is not None else ["loaded_language", "label"]
    spans, lexicon, available, frame = _annotate_all(articles, lexicon)
    found = (spans, frame, available)
    kit.spans.check_categories(selected, available)
    w = _widgets()
    if w is None:  # pragma: no cover
        return _Static(_highlight_html(articles.iloc[0], selected, lexicon, found))

    options = [(_label(row), row["article_id"]) for _, row in articles.iterrows()]
    article = w.Dropdown(options=options, value=options[0][1], description="Article:",
                         layout=w.Layout(width="95%"), style={"description_width": "initial"})
    boxes = _category_boxes(w, available, selected)
    counts, view = w.HTML(), w.HTML()

    def update(_change=None):
        row = articles[articles["article_id"] == article.value].iloc[0]
        chosen = [b.category for b in boxes if b.value]
        mine = spans[(spans["article_id"] == article.value)]
        counts.value = _head_html(row) + category_counts(mine, int(row.get("n_words", 0) or 0), chosen or available)
        view.value = _scroll_box(row, _highlight_html(row, chosen, lexicon, found))

    article.observe(update, names="value")
    for b in boxes:
        b.observe(update, names="value")
    update()
    box = w.VBox([article, w.Label(KEYBOARD_HINT), w.HBox(boxes, layout=w.Layout(flex_flow="row wrap")), counts, view])
    box.add_class("kit-explorer")
    box.article, box.categories, box.counts, box.view, box.refresh = article, boxes, counts, view, update
    return box


#: Under a list to pick from: in JupyterLab the arrow keys on a closed list move to another cell instead
#: (ipywidgets issue 3912), so say which keys work.
KEYBOARD_HINT = ("Keyboard: Tab to the list, then Alt+↓ opens it (arrow keys then move, Enter picks), or type the "
                 "first letter of a choice.")


def compare(articles=None, left=None, right=None, by: str = "article", categories=None, lexicon=None):
    """Two articles (or, with ``by="outlet"``, two outlets) side by side on the same event.

    Each side shows the headline, outlet, date, counts per 1,000 words and the
    highlighted text. Parts: ``.left``, ``.right`` (Dropdowns), ``.categories``,
    ``.left_view``, ``.right_view``. ``lexicon`` works as in :func:`explorer`.

    >>> view = compare(by="outlet")
    >>> view.left.value != view.right.value
    True
    """
    import kit
    articles = _articles(articles)
    selected = list(categories) if categories is not None else ["loaded_language", "label", "booster"]
    spans, lexicon, available, frame = _annotate_all(articles, lexicon)
    found = (spans, frame, available)
    kit.spans.check_categories(selected, available)
    outlets = kit.corpus.outlet_labels(articles["outlet"])
    if by == "outlet":
        options = [(o, o) for o in dict.fromkeys(outlets)]
    else:
        options = [(_label(row), row["article_id"]) for _, row in articles.iterrows()]
    values = [v for _, v in options]
    left = left if left in values else values[0]
    right = right if right in values else values[min(1, len(values) - 1)]

    def side_html(value, chosen, where=""):
        rows = articles[outlets == value] if by == "outlet" else articles[articles["article_id"] == value]
        parts = []
        for _, row in rows.iterrows():
            mine = spans[spans["article_id"] == row["article_id"]]
            parts.append(_head_html(row) + category_counts(mine, int(row.get("n_words", 0) or 0), chosen or available)
                         + _scroll_box(row, _highlight_html(row, chosen, lexicon, found), where))
        return "<hr>".join(parts)

    w = _widgets()
    if w is None:  # pragma: no cover
        return _Static(side_html(left, selected) + side_html(right, selected))
    half = w.Layout(width="49%")
    what = "Outlet" if by == "outlet" else "Article"
    left_dd = w.Dropdown(options=options, value=left, description=f"{what} on the left:",
                         layout=w.Layout(width="100%"), style={"description_width": "initial"})
    right_dd = w.Dropdown(options=options, value=right, description=f"{what} on the right:",
                          layout=w.Layout(width="100%"), style={"description_width": "initial"})
    boxes = _category_boxes(w, available, selected)
    left_view, right_view = w.HTML(), w.HTML()

    def update(_change=None):
        chosen = [b.category for b in boxes if b.value]
        left_view.value = side_html(left_dd.value, chosen, " (left)")
        right_view.value = side_html(right_dd.value, chosen, " (right)")

    for control in [left_dd, right_dd, *boxes]:
        control.observe(update, names="value")
    update()
    box = w.VBox([w.HBox(boxes, layout=w.Layout(flex_flow="row wrap")), w.Label(KEYBOARD_HINT),
                  w.HBox([w.VBox([left_dd, left_view], layout=half),
                          w.VBox([right_dd, right_view], layout=half)],
                         layout=w.Layout(justify_content="space-between"))])
    box.add_class("kit-compare")
    box.left, box.right, box.categories = left_dd, right_dd, boxes
    box.left_view, box.right_view, box.refresh = left_view, right_view, update
    return box


# a word as the text writes it: "21st", "U.S." (letters with full stops) and "(W)omen" (a letter the writer put in
# brackets) each stay one word
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|(?:[^\W\d_]\.){2,}|\([^\W_]{1,3}\)[^\W_](?:[\w’'-]*\w)?|[^\W_](?:[\w’'-]*\w)?")


def _shown_words(text: str, tokens) -> list[str]:
    """The game's words as the text writes them, one per token (``(start, end)`` pairs of :data:`_WORD`): every
    mark between two words goes with one of them, so nothing of the text is lost. Marks that touch a word from the
    left after a space (an opening quotation mark, a bracket) go with that word; the rest (a comma, a full stop,
    a closing mark, an ellipsis, a dash between spaces) go with the word before. So “fake news” shows as “fake
    and news”, and the writer's marks of editing stay: "thousands..." and "[Islamic]".

    >>> def shown(t):
    ...     return _shown_words(t, [m.span() for m in _WORD.finditer(t)])
    >>> shown('to “destroy Syria,” and “fake news” here')
    ['to', '“destroy', 'Syria,”', 'and', '“fake', 'news”', 'here']
    >>> shown('massacring “thousands...(W)omen and a "Salafist" [Islamic] "principality" [State] here')[1:]
    ['“thousands...', '(W)omen', 'and', 'a', '"Salafist"', '[Islamic]', '"principality"', '[State]', 'here']
    >>> shown("by the US media. It flies (at night) — in 2017, the so-called war of 4,000 or 2.5 men.")[3:]
    ['media.', 'It', 'flies', '(at', 'night) —', 'in', '2017,', 'the', 'so-called', 'war', 'of', '4,000', 'or', '2.5', 'men.']
    """
    starts = []
    for i, (start, _) in enumerate(tokens):  # each word's own start: with the marks that touch it after a space
        touching = re.search(r"\s(\S*)$", text[tokens[i - 1][1]:start]) if i else None
        starts.append(0 if not i else start - len(touching.group(1)) if touching else start)
    ends = [starts[i + 1] if i + 1 < len(tokens) else len(text) for i in range(len(tokens))]
    return [text[a:b].strip() for a, b in zip(starts, ends)]


def _busiest_paragraph(articles, article_id, categories, lexicon=None):
    """The text of the paragraph with the most flagged spans in ``categories``."""
    import kit
    one = articles[articles["article_id"] == article_id]
    paras = kit.paragraphs(one)
    spans = kit.annotate(one, categories=list(categories), lexicon=lexicon)
    best, best_n = 0, -1
    for i, (start, end) in enumerate(zip(paras["start"], paras["end"])):
        n = int(((spans["start"] >= start) & (spans["end"] <= end)).sum())
        if n > best_n:
            best, best_n = i, n
    return str(paras["text"].iloc[best])


def in_clicks(result):
    """A check's advice in a click widget's words: words are ticked here, not written.

    >>> from kit.exercises import CheckResult
    >>> print(in_clicks(CheckResult("partly", "a start: 1 of your words is part of a flagged phrase (1 to find); a word of "
    ...       "a flagged phrase counts once you write the whole phrase.",
    ...       "'fake' is part of a flagged phrase: write the whole phrase, as the paragraph has it.")))
    ◐ Partly right: a start: 1 of your words is part of a flagged phrase (1 to find); a word of a flagged phrase counts once you tick every word of it.
      'fake' is part of a flagged phrase: tick every word of the phrase, as the paragraph has it.
    """
    def clicks(text):
        return (text.replace("write the whole phrase, as", "tick every word of the phrase, as")
                .replace("once you write the whole phrase", "once you tick every word of it")
                .replace("write it as the paragraph does", "tick it as the paragraph writes it")
                .replace("you wrote the answer shown above", "you ticked the answer shown above")
                .replace("take out the word not among", "take out the choice not among"))
    result.message = re.sub(r"take out the (\d+) words not among", r"take out the \1 choices not among", result.message)
    result.message, result.detail = clicks(result.message), clicks(result.detail)
    return result


#: what the game says when "Check my choices" is pressed again with the same words ticked (not a new try)
SAME_TICKS = "Your choices are the same as at your last check, so this is not a new try: change them, then check again."
#: what the game says when the words ticked are ones checked before, not at the last check
EARLIER_TICKS = ("You checked these choices before (not at your last check), so this is not a new try: change them, "
                 "then check again.")

#: what square brackets in a quotation mean (the game's text shows them: "[Islamic]")
BRACKETS_NOTE = "is in square brackets: they mark the writer's own words, added to explain the quoted words."


def as_boxed(result, text: str, runs):
    """``result`` with each ticked word (``runs``: its ``(start, end)`` in ``text``) echoed as its box shows it, with
    its quotation marks ("“Salafist”") or square brackets ("[Islamic]"), and a note on what the brackets mean.

    >>> from kit.exercises import CheckResult
    >>> r = as_boxed(CheckResult("partly", "x", "'Islamic': not listed."), "the [Islamic] State", [(5, 12)])
    >>> print(r.detail)
    '[Islamic]': not listed.
    '[Islamic]' is in square brackets: they mark the writer's own words, added to explain the quoted words.
    """
    from .exercises.quoted_words import with_marks

    notes = []
    for a, b in runs:
        word, shown = text[a:b], with_marks(text, a, b)
        if 0 < a and b < len(text) and text[a - 1] == "[" and text[b] == "]":
            shown = f"'[{word}]'"
            notes.append(f"{shown} {BRACKETS_NOTE}")
        elif shown == word:
            continue
        result.message = result.message.replace(f"'{word}'", shown)
        result.detail = result.detail.replace(f"'{word}'", shown)
    result.detail = "\n".join([result.detail, *dict.fromkeys(notes)]).strip("\n")
    return result


#: the line before the word lists' reasons for the words a student found in the game
FOUND_REASONS = "Why the word lists hold the words you found:"


def with_reasons(result, text: str, runs, spans):
    """``result`` with, for each flagged span (``spans``, from ``kit.annotate``) that a ticked run of words
    (``runs``: ``(start, end)`` in ``text``) holds, the word list's own explanation of that entry, as "Show the word
    lists' choices" gives it: a student learns at once why a word they found is listed.

    >>> from kit.exercises import CheckResult
    >>> from kit.exercises.helpers import spans_in_text
    >>> text = "A brutal siege ended."
    >>> spans = spans_in_text(text)
    >>> with_reasons(CheckResult("correct", "found it."), text, [(2, 8)], spans).detail.splitlines() == [
    ...     FOUND_REASONS, f"“brutal” (loaded language): {spans.note.iloc[0]}"]
    True
    """
    from .exercises.quoted_words import with_marks

    found = [row for _, row in spans.iterrows() if any(a <= int(row["start"]) and int(row["end"]) <= b for a, b in runs)]
    lines = list(dict.fromkeys(f"“{with_marks(text, int(row['start']), int(row['end'])).strip(chr(39) + '“”')}” "
                               f"({str(row['category']).replace('_', ' ')}): {row['note']}" for row in found))
    if lines:
        result.detail = "\n".join([result.detail, FOUND_REASONS, *lines]).strip("\n")
    return result


def unknown_id_note(article_id: str, ids) -> str:
    """What the word game says for an ``article_id`` that is none of ``ids``: the id it may mean, or the ids.

    >>> unknown_id_note("russian-general-acuses", ["russian-general-accuses", "us-rescue"])
    "'russian-general-acuses' is not one of the article ids here: did you mean 'russian-general-accuses'? Copy the id from the table."
    >>> unknown_id_note("xyz", ["a-b", "c-d"])
    "'xyz' is not one of the article ids here. Copy one from the table: 'a-b', 'c-d'."
    """
    from .exercises.answers import did_you_mean, id_typo_note, quote_list

    meant = did_you_mean(article_id, ids, endings=False)
    if meant is not None:
        return id_typo_note(article_id, meant)
    return f"{article_id.strip()!r} is not one of the article ids here. Copy one from the table: {quote_list(ids)}."


def spot_the_loaded_words(text: str | None = None, articles=None, article_id: str | None = None,
                          paragraph_id: int | None = None, categories=("loaded_language", "label"),
                          lexicon=None):
    """Mark the words you think push the reader, then check them against the word lists.

    Give a ``text``, or an article (``article_id``, optionally ``paragraph_id``; without
    it, the paragraph with the most flagged words). Tick words to mark them (click, or Tab
    and Space), then press "Check my choices" (placed before the words, so a keyboard
    reaches it at once): the feedback says which matched the word lists, which did not,
    and why. Neighbouring marked words count as one phrase ("fake news"). Parts: ``.words``
    (Checkboxes, one per word), ``.check_button``, ``.feedback`` (and ``.check_after``, ``.feedback_after``: the
    button after the words, and the feedback under it); methods ``.select(words)``,
    ``.selected()``, ``.check()``.

    >>> game = spot_the_loaded_words("A brutal siege ended.")
    >>> game.select(["brutal"])
    >>> game.check().status
    'correct'
    """

    from . import exercises
    from .exercises.answers import flagged_question, forget_attempts, match_choice, norm, repeated
    from .exercises.game_checks import tick_fewer_first, with_short_choices
    from .exercises.helpers import spans_in_text
    from .exercises.quoted_words import quotation_note, with_marks
    from .exercises.tries import EARLIER
    from .exercises.word_checks import check_flagged_words, listed_forms
    if text is None:
        articles = _articles(articles)
        ids = list(articles["article_id"])
        chosen_id = ids[0] if article_id is None else match_choice(str(article_id), ids)
        if chosen_id is None:  # a typo in the id: say so, never show another article's paragraph
            return _Static(f"<p class='kit-check'>{html.escape(unknown_id_note(str(article_id), ids))}</p>")
        if paragraph_id is None:
            text = _busiest_paragraph(articles, chosen_id, categories, lexicon)
        else:
            text = exercises.paragraph(articles, chosen_id, paragraph_id)
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    label = exercises.category_label(categories)
    forget_attempts(flagged_question(text, categories))  # a game started anew starts its hints at the first one

    def run_check(words, places=None):
        return in_clicks(check_flagged_words(words, text, tuple(categories), lexicon, label=label, places=places))

    w = _widgets()
    if w is None:  # pragma: no cover
        return _Static(f"<p>{html.escape(text)}</p>")

    # one checkbox per word, with the quotation marks the text gives it (“fake news”: the marks are part of what
    # the writer did): its ticked state is what a screen reader announces, and Space toggles it
    buttons = _checkboxes(w, [False] * len(tokens), _shown_words(text, [(a, b) for a, b, _ in tokens]), width="auto")
    for b in buttons:
        b.add_class("kit-word")
    check_button = w.Button(description="Check my choices", button_style="primary",
                            tooltip="Check the words you marked against the word lists",
                            layout=w.Layout(width="auto"))
    # a second check after the words: a keyboard user who ticked the last word reaches it with one Tab
    check_after = w.Button(description="Check my choices", button_style="primary",
                           tooltip="Check the words you marked against the word lists", layout=w.Layout(width="auto"))
    reveal_button = w.Button(description="Show the word lists' choices", layout=w.Layout(width="auto"))
    feedback, feedback_after, reveal = w.HTML(), w.HTML(), w.HTML()  # the feedback shows under the button pressed
    from .display import BODY_FONT
    intro = w.HTML(_SPOT_CSS % BODY_FONT + f"<p>Mark every word you think is one of the <b>{html.escape(label)}</b>: a word chosen to "
                   "make you feel something about the people or events, rather than just describe them. "
                   "Click a word, or press Tab to reach the words and Space to tick one; a marked word is "
                   "ticked, framed and bold. Then press <b>Check my choices</b> (the first button, "
                   "before the words, so the keyboard reaches it at once).</p>"
                   "<p>Keyboard only: run this cell with <b>Ctrl+Enter</b>, which keeps it selected, then press "
                   "<b>Tab</b>: it reaches Check my choices first; Tab again to reach the words, and Space ticks one. "
                   "After Shift+Enter the next cell is selected. Press <b>Esc</b>, then <b>k</b> to select this cell "
                   "again, then Tab (if k selects the heading above, this cell's code is hidden: press Shift+Enter "
                   "there to come back). A second Check my choices button comes after the words: "
                   "from a ticked word, <b>Shift+Tab</b> goes back to the first one and <b>Tab</b> on to the second, "
                   "so take the nearer. The feedback appears under the button you pressed.</p>")

    forms = listed_forms(lexicon)
    phrases = [f for f in forms if " " in f]

    def joins(a, b):  # a listed scare quote ("so-called") and the next word are two choices, not one phrase
        if forms.get(norm(text[a:b])) != "scare_quote":
            return True
        joined = norm(text[a:b] + " ")
        return any(p.startswith(joined) for p in phrases)

    def ticked():
        """Where the marked words stand in the text, as ``(start, end)``: neighbouring marked words form one
        phrase ("fake news"), except after a listed scare quote ("so-called" and the word after it are two
        choices)."""
        runs, last = [], None
        for (start, end, _), button in zip(tokens, buttons):
            if not button.value:
                last = None
                continue
            if last is not None and not text[last:start].strip() and joins(runs[-1][0], last):
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
            last = end
        return runs

    def selected():
        """The marked words (see ``ticked``), each once."""
        return list(dict.fromkeys(text[a:b] for a, b in ticked()))

    def select(words):
        wanted = {norm(x) for x in words}
        for (_, _, word), b in zip(tokens, buttons):  # the word itself, or as shown ("night) —", '"Salafist"')
            b.value = norm(word) in wanted or norm(b.description) in wanted

    def check(_button=None):
        """Check the ticked words; the feedback shows under the button pressed (``_button``), the other one's is
        cleared (a keyboard user reads it where the focus is)."""
        places: dict[str, list] = {}
        for a, b in ticked():  # where each word was ticked: a note about a phrase is for the place ticked
            places.setdefault(text[a:b], []).append((a, b))
        if places:
            spans, result = spans_in_text(text, categories=list(categories), lexicon=lexicon), run_check(list(places), places)
            fewer = tick_fewer_first(result, text, ticked(), spans, label)  # choose first, then learn why
            result = fewer if fewer is not None else with_reasons(
                as_boxed(with_short_choices(result, text, ticked()), text, ticked()), text, ticked(), spans)
            if repeated(flagged_question(text, categories)) and not result.passed:  # the tries counter: not a new try
                same = EARLIER_TICKS if flagged_question(text, categories) in EARLIER else SAME_TICKS
                result = exercises.CheckResult(result.status, result.message, [same, *result.detail.splitlines()],
                                               badge=result.badge)
        else:
            result = exercises.CheckResult("not_answered", "no words marked yet.",
                                           "Tick the words you think are loaded (click one, or Tab to it and "
                                           "press Space), then check again.")
        shown, cleared = (feedback_after, feedback) if _button is check_after else (feedback, feedback_after)
        cleared.value = ""
        # a role="status" box, read out by a screen reader; its edge one plain line whatever the status (a dotted edge
        # beside the words was read as bullet points, student 45): the status is its symbol and word ("… Not answered yet")
        shown.value = re.sub(r"border-left:(\d+px) \w+", r"border-left:\1 solid", result._repr_html_(), count=1)
        return result

    def show(_button=None):
        spans = spans_in_text(text, categories=list(categories), lexicon=lexicon)
        if spans.empty:
            reveal.value = f"<p>The word lists flag no {html.escape(label)} in this paragraph.</p>"
            return
        every = spans_in_text(text, lexicon=lexicon)  # the scare quotes too: what a flag's quotation marks mean
        items = "".join(f"<li><b>{html.escape(with_marks(text, int(row['start']), int(row['end'])))}</b> "
                        f"({html.escape(row['category'].replace('_', ' '))}): {html.escape(str(row['note']))}"
                        + (f" <i>{html.escape(note)}</i>" if (note := quotation_note(row, every, text)) else "")
                        + "</li>" for _, row in spans.iterrows())
        reveal.value = f"<ul>{items}</ul>"

    check_button.on_click(check)
    check_after.on_click(check)
    reveal_button.on_click(show)
    words = w.HBox(buttons, layout=w.Layout(flex_flow="row wrap"))
    words.add_class("kit-words")
    controls = w.HBox([check_button])
    check_button.parent_row = controls
    # the button that shows the answer comes after the words: Shift+Tab from a word reaches "Check" first, never it
    after = w.HBox([check_after, reveal_button])
    check_after.parent_row = after
    box = w.VBox([intro, controls, feedback, words, after, feedback_after, reveal])
    box.word_row = words
    box.add_class("kit-spot")
    box.text, box.words, box.check_button, box.feedback, box.reveal = text, buttons, check_button, feedback, reveal
    box.check_after, box.feedback_after = check_after, feedback_after
    box.select, box.selected, box.check, box.show = select, selected, check, show
    return box
