"""The bar charts shown as HTML tables (kit.html_charts): readable text, every value written out, a text
alternative, the same numbers as the matplotlib drawing, and no matplotlib import to show them."""

import re
import subprocess
import sys
from html.parser import HTMLParser

import pandas as pd
import pytest

import kit
from kit.html_charts import TEXT_PX, Bar, HtmlChart, bars_html
from kit.plots import PLOT_COLOURS, plot_reading_level


class _Cells(HTMLParser):
    """The text of each table row, and every font size given."""

    def __init__(self):
        super().__init__()
        self.rows, self.sizes, self.hidden = [], [], 0
        self._in_table = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.sizes += [float(x) for x in re.findall(r"font-size:(\d+(?:\.\d+)?)px", attrs.get("style") or "")]
        if tag == "tr":
            self.rows.append([])
        self._in_table = self._in_table or tag == "table"
        if attrs.get("aria-hidden") == "true":
            self.hidden += 1

    def handle_endtag(self, tag):
        self._in_table = self._in_table and tag != "table"

    def handle_data(self, data):
        if self._in_table and self.rows and data.strip():
            self.rows[-1].append(data.strip())


def _parsed(chart):
    parser = _Cells()
    parser.feed(chart._repr_html_())
    return parser


@pytest.fixture(scope="module")
def profile():
    return kit.profile(kit.load_articles())


def test_every_bar_is_a_row_with_its_names_and_value(profile):
    chart = kit.plot_profile(profile, categories=["loaded_language", "label"])
    rows = _parsed(chart).rows[1:]  # after the header row
    assert len(rows) == 2 * len(profile)
    first = profile.iloc[0]
    assert rows[0] == [first.article_id, "loaded language", f"{first.loaded_language_per_1k:.1f}"]
    assert rows[1] == ["label", f"{first.label_per_1k:.1f}"]  # the article's name is written once for its bars
    assert chart.numbers.round(1).to_numpy().ravel().tolist() == [float(r[-1]) for r in rows]


def test_text_is_at_least_16_px_and_black_on_white(profile):
    for chart in (kit.plot_profile(profile), kit.plot_profile(profile, by="outlet", categories="hedge"),
                  plot_reading_level(profile)):
        page = chart._repr_html_()
        sizes = _parsed(chart).sizes
        assert sizes and min(sizes) >= TEXT_PX >= 16
        assert "background:#fff;color:#000" in page  # the same panel in JupyterLab's light and dark themes
        colours = set(re.findall(r"background:(#[0-9A-Fa-f]{6})", page)) - {"#fff"}
        assert colours <= set(PLOT_COLOURS)  # each >= 3:1 against white (tests/test_palette.py)


def test_a_screen_reader_reads_names_and_values_not_the_bars(profile):
    chart = kit.plot_profile(profile, categories=["hedge"], mark="russian-general-accuses")
    page = chart._repr_html_()
    assert "<caption" in page and '<th scope="col"' in page and '<th scope="row"' in page
    assert page.count('<td aria-hidden="true"') == len(profile) + 1  # the bars' column (and its header)
    assert "<strong>russian-general-accuses</strong>" in page  # the marked article, as the image bolds it
    assert chart.alt_text.startswith("Bar chart: Hedge per 1,000 words")
    assert chart._repr_mimebundle_()[0]["text/plain"].startswith("Bar chart:")
    assert "russian-general-accuses: hedge 4.2 (2nd of 5)" in chart.summary


def test_reading_level_writes_each_outlet_average_and_draws_the_scale(profile):
    chart = plot_reading_level(profile)
    page = chart._repr_html_()
    averages = chart.numbers.groupby(level=0)["outlet_average"].first()
    for outlet, average in averages.items():
        assert html_text(f"{outlet} (average {average:.1f})") in page
    assert page.count("2px dashed") == len(profile) and page.count("2px dotted") == 2 * len(profile)
    assert all(f">{x}</span>" in page for x in ("0", "30", "60", "100"))
    assert chart.axes[0].get_xlabel().startswith("Flesch Reading Ease")  # the matplotlib drawing, on demand


def html_text(text):
    import html

    return html.escape(text)


def test_bars_of_negative_values_start_at_zero():
    page = bars_html("T", ["Article", "Score"], [Bar("a", -10.0, "#000"), Bar("b", 30.0, "#000")])
    assert "left:0.0%;width:25.0%" in page and "left:25.0%;width:75.0%" in page


def test_names_are_escaped():
    chart = HtmlChart("<i>T</i>", bars_html("<i>T</i>", ["Outlet", "Value"], [Bar("<script>", 1.0, "#000")]),
                      "alt", "<b>s</b>", draw=lambda: None)
    page = chart._repr_html_()
    assert "<script>" not in page and "<i>" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page


def test_the_figure_is_drawn_once_on_first_use(profile):
    calls = []
    chart = HtmlChart("T", "<table></table>", "alt", "s", draw=lambda: calls.append(1) or "fig")
    assert not calls
    assert chart.figure == "fig" and chart.figure == "fig" and calls == [1]
    with pytest.raises(AttributeError):
        chart.__wrapped__  # noqa: B018  (dunder names are never looked up on the drawing)


def test_showing_a_bar_chart_does_not_import_matplotlib():
    code = ("import sys, kit; from IPython.core.interactiveshell import InteractiveShell as S;"
            "f = S.instance().display_formatter; p = kit.profile(kit.load_articles());"
            "f.format(kit.plot_profile(p)); f.format(kit.plots.plot_reading_level(p));"
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_given_axes_still_get_matplotlib_bars():
    from matplotlib.figure import Figure

    p = kit.profile(kit.load_articles(pd.DataFrame({"text": ["It may rain.", "It will clearly rain."]})))
    fig = Figure()
    ax = fig.subplots()
    assert kit.plot_profile(p, ax=ax, categories="hedge") is fig and len(ax.patches) == 2


def test_a_missing_value_is_said_and_draws_no_bar():
    page = bars_html("T", ["Article", "Score"], [Bar("a", float("nan"), "#000"), Bar("b", 2.0, "#000")])
    assert ">no value</td>" in page and page.count("position:absolute;left:") == 1
