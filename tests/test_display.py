"""highlight(): escaped HTML, a second cue besides colour, tooltips, legend, overlaps; plot_profile()."""

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kit
from kit.display import STYLES, Highlight, highlight, spans_html
from kit.errors import KitError
from kit.lexicons import CATEGORIES, categories_in, load_lexicon

# The built-in categories, then any a teacher added to data/lexicons/ (tests must not assume there are none).
DEFAULT_CATEGORIES = categories_in(kit.default_lexicon())


def _own(lexicon, known):
    return [c for c in categories_in(lexicon) if c not in known]


def extra_slot(category, lexicon):
    """The palette slot of a category of the teacher's own: the next of EXTRA_SLOTS, in order of appearance."""
    from kit.display import EXTRA_SLOTS

    own = _own(lexicon, STYLES)
    return EXTRA_SLOTS[own.index(category) % len(EXTRA_SLOTS)]


def extra_plot_colour(category, lexicon):
    """The bar colour of a category of the teacher's own: the spare PLOT_COLOURS, in order of appearance."""
    from kit.plots import PLOT_COLOURS

    built_in = list(dict.fromkeys([*CATEGORIES, "doubt"]))  # doubt is built in on the detect branch
    own = _own(lexicon, built_in)
    spare = PLOT_COLOURS[len(built_in):]
    return spare[own.index(category) % len(spare)]

LEX = load_lexicon(Path(__file__).parent / "fixtures" / "lexicon_small.csv")
TAG = re.compile(r"<[^>]*>")
# the label after each span (short text, and the full words for a screen reader): not article text
LABEL_TAG = re.compile(r'<span class="kit-tag">.*?</span></span>')


def strip(markup):
    return html.unescape(TAG.sub("", LABEL_TAG.sub("", markup)))


def article(text, article_id="test"):
    return pd.Series({"article_id": article_id, "title": "A <b>test</b>", "outlet": "Daily & Co", "text": text})


class Balance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.ok = [], True

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag


def test_highlight_a_bundled_article_by_id():
    view = highlight("us-rescue-of-isis-in-raqqa")
    assert isinstance(view, Highlight)
    text = kit.load_articles().set_index("article_id").text["us-rescue-of-isis-in-raqqa"]
    assert strip(view.body_html()) == text
    markup = view._repr_html_()
    assert "<mark" in markup and "kit-legend" in markup
    assert "us-rescue-of-isis-in-raqqa" in repr(view) and "<" not in repr(view)


def test_unknown_id_lists_the_ids():
    with pytest.raises(KitError) as info:
        highlight("no-such-article")
    message = str(info.value)
    for article_id in kit.load_articles().article_id:
        assert article_id in message


def test_other_bad_inputs():
    with pytest.raises(KitError, match="one article"):
        highlight(kit.load_articles())
    with pytest.raises(KitError, match="one row"):
        highlight(42)


def test_script_and_img_are_escaped():
    text = 'The regime said <script>alert(1)</script> and <img src=x onerror=alert(1)> "clearly" & more.'
    view = highlight(article(text), lexicon=LEX)
    markup = view._repr_html_()
    assert "<script>" not in markup and "<img" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert "A &lt;b&gt;test&lt;/b&gt;" in markup and "Daily &amp; Co" in markup
    assert strip(view.body_html()) == text


def test_tooltips_are_escaped_notes():
    evil = pd.DataFrame([{"term": "boo", "category": "hedge", "note": 'A "quoted" <note> & more',
                          "alternative": "", "source": "x", "tone": ""}])
    markup = highlight(article("Boo!"), lexicon=evil).body_html()
    assert 'title="hedge (boo): A &quot;quoted&quot; &lt;note&gt; &amp; more"' in markup


def test_every_category_has_its_own_colour_and_a_second_cue():
    assert set(CATEGORIES) <= set(STYLES)
    assert len({slot for slot, _, _ in STYLES.values()}) == len(STYLES)
    from kit.display import _style
    assert len({_style(c) for c in CATEGORIES}) == len(CATEGORIES)  # underline looks differ
    assert len({label for _, _, label in STYLES.values()}) == len(STYLES)
    markup = highlight(article("The regime may fall."), lexicon=LEX).body_html()
    assert 'data-label="LABEL"' in markup and 'data-label="HEDGE"' in markup
    assert "text-decoration-style:double" in markup and "text-decoration-style:dotted" in markup
    # the label is its own words after the span, read out in full: "regime (label, note 1)"
    assert '</mark><span class="kit-tag"><span class="kit-sr">(label, note 1)</span>' in markup
    assert '<span aria-hidden="true">HEDGE 2</span>' in markup


def test_numbered_notes_say_why_each_word_is_marked():
    # (a label used again is flagged once, rule label-used-before: the repeated word here is a loaded one)
    view = highlight(article("The brutal regime may fall; the brutal raids go on."), lexicon=LEX)
    notes = view.notes_html()
    assert notes.count("<li>") == len({(s.category, s.term) for s in view.spans.itertuples()})
    assert "<li><b>regime</b> (label):" in notes and "title=" not in notes
    assert view.body_html().count("LOADED 1</span>") == 2  # both "brutal" point to note 1
    page = view._repr_html_()
    # the legend (what the colours mean) comes before the text, where a reader looks first; notes after
    assert page.index('class="kit-legend"') < page.index('class="kit-body"') < page.index('class="kit-notes"')
    assert "hover" not in repr(view)


def test_quoted_words_get_a_cue_that_is_not_colour():
    text = 'Critics said: "the regime is brutal." The regime may fall.'
    spans = kit.annotate(article(text).to_frame().T, lexicon=LEX)
    inside = (spans.start > text.index('"')) & (spans.end < text.rindex('"'))
    spans = spans.assign(voice=["quoted" if q else "writer" for q in inside],
                         speaker=["critics" if q else "" for q in inside])
    view = highlight(article(text), spans=spans)
    body = view.body_html()
    assert body.count("kit-quoted") == int(inside.sum()) > 0
    assert "in words quoted from critics" in body and "\u275d" in body
    assert "quoted words" in view.legend_html() and "quoted from critics" in view.notes_html()
    # without the columns (the detectors add them), nothing is marked as quoted
    plain_view = highlight(article(text), spans=spans.drop(columns=["voice", "speaker"]))
    assert "kit-quoted" not in plain_view.body_html() and "quoted words" not in plain_view.legend_html()


def test_highlight_names_the_speaker_of_quoted_flags():
    text = "The minister said the plan was fine. \u201cIt is a brutal regime,\u201d Dana Lee said on Monday."
    notes = highlight(article(text), lexicon=LEX).notes_html()
    assert "quoted from Dana Lee" in notes  # found by kit.quotes, not given
    assert "regime" in notes


def test_css_follows_the_jupyterlab_theme():
    page = highlight(article("The regime may fall."), lexicon=LEX)._repr_html_()
    assert "var(--jp-content-font-color1" in page and "body[data-jp-theme-light='false']" in page
    assert "#444" not in page and "color: #" not in page.replace("color: var(", "")


def test_show_text_wraps_at_word_boundaries_and_escapes():
    from kit.display import show_text

    shown = show_text("A <b>long</b> 21st-century paragraph. " * 10)
    assert isinstance(shown, str) and shown.startswith("A <b>long</b>")
    markup = shown._repr_html_()
    assert "&lt;b&gt;long&lt;/b&gt;" in markup and "<b>long" not in markup
    assert "word-break: normal" in markup


def test_legend_lists_categories_with_counts():
    view = highlight(article("The regime may fall; the terrorists said so."), lexicon=LEX)
    legend = view.legend_html()
    for cat in CATEGORIES:
        assert f'class="kit-{cat} kit-c' in legend
    assert view.counts()["label"] == 2 and view.counts()["hedge"] == 1
    only = highlight(article("The regime may fall."), categories=["hedge"], lexicon=LEX)
    assert list(only.counts()) == ["hedge"]
    assert "kit-label" not in only._repr_html_().split('class="kit-legend"')[0].split("kit-body")[1]


def test_overlapping_spans_are_nested_deterministically():
    text = "abcdefghij"
    spans = [{"start": 2, "end": 6, "category": "label", "term": "a", "note": "n"},
             {"start": 0, "end": 4, "category": "hedge", "term": "b", "note": "n"},
             {"start": 4, "end": 9, "category": "booster", "term": "c", "note": "n"},
             {"start": 2, "end": 6, "category": "attribution", "term": "d", "note": "n", "tone": "neutral"}]
    first = spans_html(text, spans)
    assert first == spans_html(text, list(reversed(spans)))
    assert strip(first) == text
    checker = Balance()
    checker.feed(first)
    assert checker.ok and not checker.stack
    # each span's label appears exactly once, at its end
    for label in ("LABEL", "HEDGE", "BOOST", "SAID"):
        assert first.count(f'data-label="{label}"') == 1


def test_overlaps_in_a_real_annotation():
    view = highlight(article("They called for regime change in the war on terror."), lexicon=LEX)
    body = view.body_html()
    assert strip(body) == view.text
    checker = Balance()
    checker.feed(body)
    assert checker.ok


def test_spans_can_be_given_directly():
    row = kit.load_articles().iloc[0]
    spans = kit.annotate(kit.load_articles(), categories=["attribution"])
    view = highlight(row, spans=spans)
    assert len(view.spans) == (spans.article_id == row.article_id).sum()
    assert set(view.spans.category) == {"attribution"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_stripping_tags_gives_back_the_exact_text(text):
    view = highlight(article(text))
    assert strip(view.body_html()) == text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["the regime", " may ", "said", "<", ">", "&amp;", '"', "so-called", "\n",
                                 "\u201c", "\u201d", "'", "x"]), max_size=30).map("".join))
def test_stripping_tags_with_many_marks(text):
    view = highlight(article(text), lexicon=LEX)
    assert strip(view.body_html()) == text


# ------------------------------------------------------------------ plot_profile

def test_plot_profile_by_article_and_outlet():
    import matplotlib.pyplot as plt

    p = kit.profile(kit.load_articles())
    fig = kit.plot_profile(p)
    ax = fig.axes[0]
    assert ax.get_xlabel() == "Times per 1,000 words" and ax.get_ylabel() == "Article"
    assert kit.plots.chart_title(fig) == "Flagged words per 1,000 words, by article"
    assert kit.plots.smallest_text_pt(fig) >= 12
    assert fig.alt_text.startswith("Bar chart: Flagged words per 1,000 words, by article.")
    assert "Highest:" in fig.alt_text and fig.numbers.shape == (len(p), len(DEFAULT_CATEGORIES))
    assert len(ax.patches) == len(p) * len(DEFAULT_CATEGORIES)
    assert fig.canvas.manager is None and not plt.get_fignums()  # pyplot never holds it: a notebook shows it once
    fig2 = kit.plot_profile(p, by="outlet", categories="hedge")
    ax2 = fig2.axes[0]
    assert ax2.get_ylabel() == "Outlet" and len(ax2.patches) == p.outlet.nunique()
    assert kit.plots.chart_title(fig2) == "Hedge per 1,000 words, by outlet"


def test_plot_profile_pools_outlets():
    p = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "hedge": [1, 3], "n_words": [100, 900],
                      "hedge_per_1k": [10.0, 3.33]})
    fig = kit.plot_profile(p, by="outlet", categories=["hedge"])
    assert fig.axes[0].patches[0].get_width() == pytest.approx(4.0)  # 4 hedges / 1,000 words


def test_plot_profile_on_given_axes_and_errors():
    import matplotlib.pyplot as plt

    p = kit.profile("It may rain. It clearly will.")
    fig, ax = plt.subplots()
    assert kit.plot_profile(p, ax=ax) is fig
    plt.close(fig)
    with pytest.raises(KitError, match="by must be"):
        kit.plot_profile(p, by="author")
    with pytest.raises(KitError, match="no 'outlet' column"):
        kit.plot_profile(p, by="outlet")
    with pytest.raises(KitError, match="no column 'nope_per_1k'"):
        kit.plot_profile(p, categories=["nope"])
    with pytest.raises(KitError, match="needs the table"):
        kit.plot_profile("x")


def test_plot_profile_marks_one_article_and_ranks_it():
    p = pd.DataFrame({"article_id": ["a", "b", "c"], "hedge_per_1k": [1.0, 5.0, 3.0], "booster_per_1k": [2.0, 2.0, 0.0]})
    fig = kit.plot_profile(p, categories=["hedge", "booster"], mark="c")
    bold = {t.get_text(): t.get_fontweight() for t in fig.axes[0].get_yticklabels()}
    assert bold["c"] == "bold" and bold["a"] != "bold"
    assert "c: hedge 3.0 (2nd of 3), booster 0.0 (3rd of 3)" in fig.summary
    assert [t.get_text() for t in fig.axes[0].texts] == ["0"]  # a rate of 0 draws no bar: it says "0"
    assert "a: " in kit.plot_profile(p, categories=["booster"], mark=["a"]).summary  # ties share a rank
    assert "a: booster 2.0 (tied for 1st of 3)" in kit.plot_profile(p, categories=["booster"], mark=["a"]).summary
    with pytest.raises(KitError, match="mark='z' is not one of the chart's bars"):
        kit.plot_profile(p, mark="z")


# ------------------------------------------------------------------ a teacher's own category

EUPHEMISM_CSV = ("term,variants,category,tone,note,alternative,source,case_sensitive\n"
                 'collateral damage,,euphemism,,"Hides that <people> were killed & hurt.",civilian deaths,9B,\n'
                 "pass away,passed away|passes away,euphemism,,A soft way to say someone died.,died,class 9B,\n")


@pytest.fixture
def with_euphemism(tmp_path):
    path = tmp_path / "euphemism.csv"
    path.write_text(EUPHEMISM_CSV, encoding="utf-8")
    return pd.concat([kit.default_lexicon(), kit.load_lexicon(path)])


def test_highlight_a_new_category_with_legend_label_and_escaping(with_euphemism):

    text = "<script>alert(1)</script> The raid caused collateral damage, officials said. <img src=x onerror=alert(2)>"
    view = highlight(article(text), lexicon=with_euphemism)
    assert view.counts()["euphemism"] == 1 and list(view.counts()) == categories_in(with_euphemism)
    body = view.body_html()
    assert strip(body) == text
    assert "<script>" not in body and "<img" not in body
    assert f'class="kit-euphemism kit-c{extra_slot("euphemism", with_euphemism)}"' in body
    assert 'data-label="euphemism"' in body
    assert "Hides that &lt;people&gt; were killed &amp; hurt." in body  # the note is the tooltip, escaped
    assert "Hides that &lt;people&gt; were killed &amp; hurt." in view.notes_html()
    checker = Balance()
    checker.feed(view._repr_html_())
    assert checker.ok and not checker.stack
    legend = view.legend_html()
    assert f'class="kit-euphemism kit-c{extra_slot("euphemism", with_euphemism)}"' in legend
    assert ">euphemism</b>" in legend
    assert "words from your list &#x27;euphemism&#x27;" in legend
    assert "<script>" not in view._repr_html_()
    only = highlight(article(text), categories=["euphemism"], lexicon=with_euphemism)
    assert list(only.counts()) == ["euphemism"]
    assert f"kit-c{extra_slot('euphemism', with_euphemism)}" in only.body_html()


def test_extra_categories_get_distinct_colour_blind_safe_colours_and_cues():
    from kit.display import EXTRA_SLOTS, style_of

    assert not set(EXTRA_SLOTS) & {slot for slot, _, _ in STYLES.values()}
    extras = [f"list_{i}" for i in range(12)]
    looks = [style_of(c, extras) for c in extras]
    assert len({(colour, line) for colour, line, _ in looks}) == len(extras)  # never the same two cues
    assert [label for _, _, label in looks] == extras
    table = pd.DataFrame([{"term": "battle", "category": "war_words", "note": "War."},
                          {"term": "hero", "category": "praise", "note": "Praise."}])
    view = highlight(article("A battle for a hero."), lexicon=table)
    body = view.body_html()
    assert f"kit-c{EXTRA_SLOTS[0]}" in body and f"kit-c{EXTRA_SLOTS[1]}" in body
    assert 'data-label="war_words"' in body and 'data-label="praise"' in body
    assert list(view.counts())[-2:] == ["war_words", "praise"]


def test_spans_of_a_new_category_can_be_given_directly(with_euphemism):
    row = article("He passed away in May.")
    spans = kit.annotate(row.to_frame().T, lexicon=with_euphemism)
    view = highlight(row, spans=spans, categories=["euphemism"])
    assert view.spans.text.tolist() == ["passed away"] and list(view.counts()) == ["euphemism"]
    assert ">euphemism</b>" in view.legend_html()


def test_plot_profile_with_a_new_category(with_euphemism):
    from matplotlib.colors import to_hex


    p = kit.profile(kit.load_articles(), lexicon=with_euphemism)
    fig = kit.plot_profile(p)
    ax = fig.axes[0]
    shown = categories_in(with_euphemism)
    assert len(ax.patches) == len(p) * len(shown)
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert len(labels) == len(shown) and labels[shown.index("euphemism")] == "euphemism"
    bar = ax.patches[len(p) * shown.index("euphemism")]  # one bar per article, category after category
    assert to_hex(bar.get_facecolor()).upper() == extra_plot_colour("euphemism", with_euphemism) and bar.get_hatch()
    one = kit.plot_profile(p, by="outlet", categories=["euphemism"])
    assert kit.plots.chart_title(one) == "Euphemism per 1,000 words, by outlet"
    with pytest.raises(KitError, match="euphemism"):
        kit.plot_profile(p, categories=["euphemisms"])


def test_plot_profile_shows_a_dollar_sign_as_it_is():
    p = kit.profile(kit.load_articles(pd.DataFrame({"outlet": ["$\\foo$ News", "A $5 paper"],
                                                     "text": ["It may rain.", "It will clearly rain."]})))
    fig = kit.plot_profile(p, by="outlet")
    fig.canvas.draw()  # matplotlib would raise ValueError on "$\foo$" read as maths
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "\\$\\foo\\$ News" in labels
    assert "$\\foo$ News" in fig.alt_text or "$\\foo$ News" in fig.numbers.index
    bundle, _ = fig._repr_mimebundle_()  # shown as a table: the name written as it is, escaped, no image
    assert "$\\foo$ News" in bundle["text/html"] and "image/png" not in bundle
    assert bundle["text/plain"].startswith("Bar chart:")


def test_plot_profile_leaves_out_the_quoted_rates():
    p = kit.profile(kit.load_articles())
    p = p.assign(quoted_hedge_per_1k=1.0)  # the detectors add these: hedges inside quoted words
    fig = kit.plot_profile(p)
    assert len(fig.axes[0].patches) == len(p) * len(DEFAULT_CATEGORIES)


def test_count_grid_shows_dollar_signs_and_wraps_wide_grids():
    from kit.plots import count_grid, smallest_text_pt

    grid = pd.DataFrame([[1, 0] * 6], index=["$\\foo$ News"], columns=[f"$Outlet {i}" for i in range(12)])
    fig = count_grid(grid, title="A $5 grid", xlabel="x", ylabel="y", max_columns=5)
    fig.canvas.draw()  # no mathtext ValueError
    panels = [ax for ax in fig.axes if ax.images]
    assert [len(ax.get_xticklabels()) for ax in panels] == [4, 4, 4]  # 12 columns wrap into 3 equal panels
    assert len(fig.axes) == 4  # and one colour bar: every panel shares its scale
    assert {im.get_clim() for ax in panels for im in ax.images} == {(0, 1)}
    assert smallest_text_pt(fig) >= 12 and "$\\foo$ News" in fig.alt_text


def test_count_grid_keeps_names_whole():
    from kit.plots import count_grid

    grid = pd.DataFrame([[1, 2, 0, 1, 3, 1]], index=["a"],
                        columns=["BBC", "CNN", "Komsomolskaya Pravda", "Reuters", "The Independent", "U.S. News"])
    fig = count_grid(grid, title="T", xlabel="x", ylabel="y", max_columns=5)
    labels = [t.get_text() for ax in fig.axes if ax.images for t in ax.get_xticklabels()]
    assert "Komsomolskaya\nPravda" in labels and not any(line.endswith("-") for t in labels for line in t.splitlines())


@pytest.mark.parametrize("n_columns, panels, rotation", [(3, 1, 0), (11, 1, 90), (60, 12, 0)])
def test_count_grid_names_stand_apart_where_the_student_sees_them(n_columns, panels, rotation):
    """The column names are measured before the chart is made (only the chart shown is drawn): the chart
    chosen still shows every name apart from the next and inside the image, once laid out and painted."""
    from kit.plots import count_grid

    names = ["BBC", "Komsomolskaya Pravda", "Sputnik International"]
    grid = pd.DataFrame([[1] * n_columns], index=["a"], columns=[f"{names[i % 3]} {i}" for i in range(n_columns)])
    fig = count_grid(grid, title="T", xlabel="x", ylabel="y")
    shown = [ax for ax in fig.axes if ax.images]
    assert len(shown) == panels and {t.get_rotation() for ax in shown for t in ax.get_xticklabels()} == {rotation}
    fig.png_base64()  # laid out and painted as in a notebook
    renderer = fig.canvas.get_renderer()
    for ax in shown:
        boxes = sorted((t.get_window_extent(renderer) for t in ax.get_xticklabels()), key=lambda b: b.x0)
        assert all(a.x1 <= b.x0 for a, b in zip(boxes, boxes[1:]))
        assert all(0 <= b.x0 and b.x1 <= fig.bbox.width for b in boxes)


def test_a_chart_is_painted_once_and_never_by_pyplot():
    """A chart is not a pyplot figure (importing pyplot costs a lesson half a second and pyplot would
    keep it open); its image is painted in one pass, the same as matplotlib's savefig."""
    import base64
    import io
    import sys

    import numpy as np
    from matplotlib.image import imread

    fig = kit.plot_profile(kit.profile(kit.load_articles()), categories=["hedge"]).figure  # its image
    assert "matplotlib.pyplot" not in sys.modules or not hasattr(fig, "_number")
    draws = []
    fig.canvas.mpl_connect("draw_event", draws.append)  # every full draw of the figure
    png = base64.b64decode(fig.png_base64())
    assert len(draws) == 1
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=144, facecolor="white")  # matplotlib's way: two draws
    buffer.seek(0)
    assert np.array_equal(imread(io.BytesIO(png), format="png"), imread(buffer, format="png"))


def test_with_pyplot_imported_ipython_reuses_the_charts_own_image():
    """Once pyplot is imported in a notebook, IPython has a PNG formatter for every Figure, which would
    paint a chart a second time; a chart's image is painted once all the same, and is the one shown."""
    import matplotlib.pyplot  # noqa: F401
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.core.pylabtools import select_figure_formats

    shell = InteractiveShell.instance()
    try:
        select_figure_formats(shell, {"png"})  # what the inline backend does
        fig = kit.plot_profile(kit.profile(kit.load_articles()), categories=["hedge"]).figure  # its image
        draws = []
        fig.canvas.mpl_connect("draw_event", draws.append)
        data, _ = shell.display_formatter.format(fig)
        assert len(draws) == 1 and data["image/png"] in data["text/html"]
    finally:
        InteractiveShell.clear_instance()


def test_a_chart_is_shown_at_its_display_width_even_without_style():
    """JupyterLab strips style from untrusted output: the width attribute still keeps 12 pt text at 12 pt."""
    import re

    from kit.plots import FIG_WIDTH, new_chart

    fig, _ = new_chart(2)
    page = fig._repr_mimebundle_()[0]["text/html"]
    assert re.search(f'<img [^>]*width="{round(FIG_WIDTH * 96)}"', page)


def test_legend_says_counts_in_plain_words():
    view = highlight(article("The regime may fall; the terrorists said so."), lexicon=LEX)
    legend = view.legend_html()
    assert "2 in this text" in legend and "marked <b>LABEL</b>" in legend
    assert "the note with that number" in legend  # the number beside a word is a note number, not a count
    assert "the note with that number" not in highlight(article("Nothing here."), lexicon=LEX).legend_html()


# ------------------------------------------------------------------ every chart's text fits inside it

def _texts_outside(fig):
    """The chart's visible texts that run past the figure's edges (a student sees them cut off)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    box = fig.bbox
    undrawn = set()  # tick labels outside the axis's range, which matplotlib does not draw
    for ax in fig.axes:
        for axis, (lo, hi) in ((ax.xaxis, sorted(ax.get_xlim())), (ax.yaxis, sorted(ax.get_ylim()))):
            for tick in axis.get_major_ticks():
                if not lo - 1e-9 <= tick.get_loc() <= hi + 1e-9:
                    undrawn.update({id(tick.label1), id(tick.label2)})
    out = []
    for text in fig.findobj(Text):
        if id(text) in undrawn or not text.get_visible() or not text.get_text().strip():
            continue
        ext = text.get_window_extent(renderer)
        if ext.x0 < box.x0 - 1 or ext.x1 > box.x1 + 1 or ext.y0 < box.y0 - 1 or ext.y1 > box.y1 + 1:
            out.append(text.get_text())
    return out


def test_every_chart_keeps_its_text_inside_the_figure():
    articles = kit.load_articles()
    profile = kit.profile(articles)
    charts = {
        "reading level": kit.plots.plot_reading_level(profile),
        "profile": kit.plot_profile(profile),
        "profile by outlet": kit.plot_profile(profile, by="outlet"),
        "hedges and boosters": kit.plot_profile(profile, categories=["hedge", "booster"]),
        "naming": kit.plot_naming(kit.naming(articles), concept="United States"),
        "citations": kit.plot_citations(kit.citations(articles)),
        "distinctive words": kit.plot_distinctive_words(kit.distinctive_words(articles, by="outlet")),
    }
    # the image of each chart (the bar charts and grids are shown as tables; their drawing is still checked)
    cut = {name: _texts_outside(fig.figure) for name, fig in charts.items()}
    assert not any(cut.values()), f"text cut off at the chart's edge: {cut}"
