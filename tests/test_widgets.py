"""Widgets build and work headless: no browser, no kernel, and no error when displayed."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

import kit
from kit import widgets

pytest.importorskip("ipywidgets")


@pytest.fixture(scope="module")
def articles():
    return kit.load_articles()


def visible_text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_explorer_builds_with_the_parts_the_browser_test_uses(articles):
    view = widgets.explorer(articles)
    assert "kit-explorer" in view._dom_classes
    assert type(view.article).__name__ == "Dropdown"
    assert [value for _, value in view.article.options] == list(articles.article_id)
    assert type(view.view).__name__ == "HTML" and view.view.value
    bundle = view._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle and "text/plain" in bundle


def test_explorer_dropdown_changes_the_highlighted_view(articles):
    view = widgets.explorer(articles)
    first_view, first_counts = view.view.value, view.counts.value
    other = articles.article_id.iloc[2]
    view.article.value = other
    assert view.view.value != first_view
    assert view.counts.value != first_counts
    title = articles.loc[articles.article_id == other, "title"].item()
    assert html.escape(title) in view.view.value
    body_start = articles.loc[articles.article_id == other, "text"].item()[:40]
    assert body_start in visible_text(view.view.value)


def test_explorer_categories_change_the_view(articles):
    view = widgets.explorer(articles, categories=["loaded_language"])
    before = view.view.value
    hedge = next(box for box in view.categories if box.category == "hedge")
    hedge.value = True
    assert view.view.value != before
    assert "hedge" in view.counts.value


def test_explorer_escapes_article_text():
    evil = pd.DataFrame({"article_id": ["evil"], "title": ["<script>alert('t')</script>"],
                         "text": ["A brutal <script>alert(1)</script> siege. <img src=x onerror=alert(2)> ok."]})
    view = widgets.explorer(kit.load_articles(evil))
    page = view.view.value + view.counts.value
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page


def test_compare_two_articles_and_two_outlets(articles):
    view = widgets.compare(articles)
    assert "kit-compare" in view._dom_classes
    assert view.left.value != view.right.value
    right_before = view.right_view.value
    view.right.value = articles.article_id.iloc[3]
    assert view.right_view.value != right_before
    by_outlet = widgets.compare(articles, by="outlet", left="Global Research", right="WSWS")
    assert by_outlet.left.value == "Global Research"
    n_global = (articles.outlet == "Global Research").sum()
    assert by_outlet.left_view.value.count("<hr>") == n_global - 1


def test_spot_the_loaded_words_feedback(articles):
    kit.exercises.answers.forget_attempts()
    text = kit.exercises.paragraph(articles, "us-rescue-of-isis-in-raqqa", 3)
    game = widgets.spot_the_loaded_words(text)
    spans = kit.exercises.helpers.spans_in_text(text, categories=["loaded_language", "label"])
    words = [m.group() for m in widgets._WORD.finditer(text)]
    # each word as the text shows it: its own quotation marks (round 15) and the stops and dashes after it kept
    # (round 17), nothing else added
    shown = [b.description for b in game.words]
    assert [d.strip("“”‘’\"',.;:!?—–-() ") for d in shown] == words and all(d in text for d in shown)

    assert game.check().status == "not_answered"  # nothing marked yet
    single = [t for t in spans.text if " " not in t]
    game.select(single[:1] + ["media"])
    result = game.check()
    assert result.status == "partly"
    assert "still to find" in game.feedback.value   # a direction first (hints come in stages) …
    # … and why the extra word is not among them ('media' of "US media" is on the vague-source list)
    assert "vague sources" in game.feedback.value
    assert set(game.selected()) == set(single[:1] + ["media"])

    game.select([w for t in spans.text for w in t.split()])
    assert game.check().status == "correct"
    game.show()
    assert all(html.escape(t) in game.reveal.value for t in spans.text)


def test_neighbouring_marks_form_a_phrase():
    game = widgets.spot_the_loaded_words("This is patent nonsense, really.")
    game.select(["patent", "nonsense"])
    assert game.selected() == ["patent nonsense"]
    assert game.check().status == "correct"


def test_spot_the_loaded_words_picks_a_paragraph(articles):
    game = widgets.spot_the_loaded_words(articles=articles, article_id="us-rescue-of-isis-in-raqqa")
    assert game.text in list(kit.paragraphs(articles).text)
    chosen = widgets.spot_the_loaded_words(articles=articles, article_id="us-rescue", paragraph_id=7)
    assert chosen.text == kit.exercises.paragraph(articles, "us-rescue-of-isis-in-raqqa", 7)


def test_category_counts_table():
    spans = pd.DataFrame({"category": ["label", "label"]})
    table = widgets.category_counts(spans, 500, ["label", "hedge"])
    assert "<td>label</td><td>2</td><td>4.0</td>" in table
    assert "<td>hedge</td><td>0</td>" in table


def test_display_headless_does_not_fail(articles, capsys):
    from IPython.display import display
    for view in (widgets.explorer(articles), widgets.compare(articles),
                 widgets.spot_the_loaded_words("A brutal siege.")):
        display(view)
    assert capsys.readouterr().out  # a plain-text stand-in, no traceback


def test_explorer_shows_a_checkbox_for_a_new_category(articles, tmp_path):
    path = tmp_path / "euphemism.csv"
    path.write_text("term,variants,category,tone,note,alternative,source,case_sensitive\n"
                    "rebels,,euphemism,,A test entry.,,class 9B,\n", encoding="utf-8")
    both = pd.concat([kit.default_lexicon(), kit.load_lexicon(path)])
    plain = widgets.explorer(articles)
    defaults = kit.lexicons.categories_in(kit.default_lexicon())  # built-in ones, then any a teacher added
    assert [box.category for box in plain.categories] == defaults
    view = widgets.explorer(articles, categories=["euphemism"], lexicon=both)
    assert [box.category for box in view.categories] == kit.lexicons.categories_in(both)
    mine = next(box for box in view.categories if box.category == "euphemism")
    assert mine.value is True and mine.description == "euphemism"
    assert "<td>euphemism</td>" in view.counts.value
    assert view.view.value.count('class="kit-euphemism kit-c') >= 2  # marks and the legend
    side = widgets.compare(articles, categories=["euphemism"], lexicon=both)
    assert [box.value for box in side.categories if box.category == "euphemism"] == [True]
    if "euphemism" not in defaults:  # (unless a teacher added euphemism.csv to data/lexicons/)
        with pytest.raises(kit.errors.KitError, match="unknown category 'euphemism'"):
            widgets.explorer(articles, categories=["euphemism"])


# ------------------------------------------------------------------ what a keyboard or screen-reader user gets

def test_every_control_has_a_name(articles):
    for view in (widgets.compare(articles), widgets.compare(articles, by="outlet")):
        assert view.left.description and view.right.description
        assert view.left.description != view.right.description
        assert all(box.description for box in view.categories)
    explorer = widgets.explorer(articles)
    assert explorer.article.description and all(box.description for box in explorer.categories)


def test_scroll_boxes_are_named_regions_a_keyboard_reaches(articles):
    view = widgets.explorer(articles)
    assert re.search(r'<div class="kit-scroll[^"]*" tabindex="0" role="region" aria-label="Article text: [^"]+">',
                     view.view.value)
    side = widgets.compare(articles).left_view.value
    assert side.count('tabindex="0" role="region"') == 1


def test_spot_the_words_exposes_its_state_and_reaches_check_first():
    text = "In the 21st century, a brutal siege ended."
    game = widgets.spot_the_loaded_words(text)
    assert [b.description for b in game.words] == ["In", "the", "21st", "century,", "a", "brutal", "siege", "ended."]
    assert all(type(b).__name__ == "Checkbox" for b in game.words)  # ticked/not ticked is announced
    assert all(b.layout.width == "auto" for b in [*game.words, *game.check_button.parent_row.children])  # never cut off
    # the check button comes before the words in the widget (and so in the Tab order)
    order = list(game.children)
    assert order.index(game.check_button.parent_row) < order.index(game.word_row)
    assert game.check_button.description.startswith("Check") and not game.check_button.icon
    game.select(["brutal"])
    assert [b.value for b in game.words].count(True) == 1
    assert ":has(input:checked)" in game.children[0].value  # a marked word is framed and bold


def test_a_part_of_a_phrase_is_told_to_tick_not_to_write():
    """A student reviewer ticked 'patent' and was told to "write the whole phrase" in a widget where
    words are only clicked: the live check's advice, in the widget's words."""
    game = widgets.spot_the_loaded_words("This is patent nonsense, really.")
    game.select(["patent"])
    said = str(game.check())
    assert "tick every word" in said and "write the whole phrase" not in said


def test_views_show_what_highlight_shows(articles):
    """explorer and compare show each article from the spans they found for every category (round 13): the
    same page as kit.highlight with the chosen categories, speakers and scare quotes included."""
    view = widgets.explorer(articles)
    for choice in ([], ["loaded_language", "label"], ["attribution", "vague_source", "scare_quote"]):
        for box in view.categories:
            box.value = box.category in choice
        for article_id in articles.article_id[:3]:
            view.article.value = article_id
            row = articles[articles.article_id == article_id].iloc[0]
            assert kit.highlight(row, categories=choice)._repr_html_() in view.view.value
    side = widgets.compare(articles, by="article")
    row = articles[articles.article_id == side.left.value].iloc[0]
    chosen = [box.category for box in side.categories if box.value]
    assert kit.highlight(row, categories=chosen)._repr_html_() in side.left_view.value


def test_checkboxes_share_one_layout_and_one_style(articles):
    """Each widget model is a message to the browser: the game's word boxes and a row of category boxes
    share one Layout and one style (174 -> 74 models for lesson 02's paragraph), with the same look."""
    game = widgets.spot_the_loaded_words(articles=articles, article_id="us-rescue-of-isis-in-raqqa")
    assert len(game.words) > 20
    assert len({id(b.layout) for b in game.words}) == 1 and len({id(b.style) for b in game.words}) == 1
    assert game.words[0].layout.width == "auto"
    boxes = widgets.explorer(articles).categories
    assert len({id(b.layout) for b in boxes}) == 1 and boxes[0].layout.margin == "0 1em 0 0"
