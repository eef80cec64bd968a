"""exercises.whole_text draws its own HTML table (issue 25, round 12): the same cells as pandas' Styler did."""

from html.parser import HTMLParser

import pandas as pd
import pytest

import kit
from kit import exercises as ex


class _Cells(HTMLParser):
    """The text of each header and cell, unescaped, in order, and the caption."""

    def __init__(self):
        super().__init__()
        self.heads, self.cells, self.caption, self._in = [], [], "", None

    def handle_starttag(self, tag, attrs):
        if tag in ("th", "td", "caption"):
            self._in = tag
            if tag != "caption":
                (self.heads if tag == "th" else self.cells).append("")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "th":
            self.heads[-1] += data
        elif self._in == "td":
            self.cells[-1] += data
        elif self._in == "caption":
            self.caption += data


def _read(page):
    parsed = _Cells()
    parsed.feed(page)
    return parsed.heads, parsed.cells, parsed.caption.strip()


def _tables():
    articles = kit.load_articles()
    yield articles
    yield kit.quotes(articles)
    yield kit.sources(articles)
    yield kit.figures(articles)
    yield kit.naming(articles)
    yield kit.headlines(articles)
    yield kit.profile(articles)
    yield kit.annotate(articles, categories=["hedge", "booster"])
    yield articles.iloc[0:0]
    yield pd.DataFrame({"x": [1.5, float("nan"), 2.0], "n": [1, 2, 3], "o": [None, True, "<i>a & b</i>"],
                        "speaker_guess": [True, False, True], "outlet": ["", None, "A <b>"],
                        "published": pd.to_datetime(["2017-11-14", None, "2020-01-02"])})


@pytest.mark.parametrize("table", list(_tables()), ids=lambda t: ",".join(map(str, t.columns[:3])))
def test_the_same_cells_as_pandas_styler(table):
    shown = ex.whole_text(table)
    mine, styler = _read(shown.to_html()), _read(shown.styler().to_html())
    assert mine == styler
    assert shown._repr_html_() == shown.to_html()


def test_text_is_escaped_and_styler_methods_still_work():
    shown = ex.whole_text(pd.DataFrame({"text": ["<script>x</script>"], "count": [3]}))
    assert "<script>" not in shown.to_html() and "&lt;script&gt;" in shown.to_html()
    assert "<script>" not in shown.highlight_max(subset=["count"]).to_html()  # a Styler method, as before
    assert shown.data.columns.tolist() == ["text", "count"]
    assert "No rows" in ex.whole_text(pd.DataFrame({"text": []})).to_html()


def test_headers_are_column_headers_over_left_aligned_text():
    # student 12: "text" and "note" sat at the right edge over left-aligned text
    page = ex.whole_text(pd.DataFrame({"text": ["a long sentence"], "note": ["why"]})).to_html()
    assert page.count('<th scope="col" style="text-align: left">') == 2
    assert "text-align: left" in page.split("<td", 1)[1].split(">", 1)[0]
