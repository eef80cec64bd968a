"""A bar chart shown as an HTML table with CSS bars: text a screen reader reads, no image, no matplotlib.

:func:`kit.plot_profile` and :func:`kit.plots.plot_reading_level` return an :class:`HtmlChart`. In a
notebook it is a table: one row per bar, its names and its value written out (16 CSS px text, black on a
white panel in either JupyterLab theme), the bar drawn by CSS beside the value, and the chart's summary under
it. Its ``alt_text``, ``summary`` and ``numbers`` are those of the image it replaces. The same chart drawn
by matplotlib (to save as an image, or to look at its bars) is made the first time a Figure attribute is
asked for: ``chart.figure``, ``chart.axes``, ``chart.savefig(...)``.

>>> table = bars_html("Two bars", ["Article", "Times per 1,000 words"],
...                   [Bar("a", 3.0, "#206C56"), Bar("b", 1.5, "#206C56")])
>>> chart = HtmlChart("Two bars", table, alt="Bar chart: two bars.", summary="a is highest.", draw=lambda: None)
>>> "<th scope=\\"row\\"" in chart._repr_html_() and "3.0" in chart._repr_html_()
True
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

__all__ = ["Bar", "HtmlChart", "bars_html", "grid_html", "grid_panels", "column_em", "cell_colour", "TEXT_PX",
           "WIDTH_PX", "GRID_EM"]

#: The size of every text of an HTML chart, in CSS pixels (its title: 20 px).
TEXT_PX = 16
#: The widest an HTML chart is shown, in CSS pixels (the width of the kit's image charts: 8.5 in at 96 px).
WIDTH_PX = 816
_PANEL = (f"background:#fff;color:#000;font-family:system-ui,sans-serif;font-size:{TEXT_PX}px;"
          f"line-height:1.35;max-width:{WIDTH_PX}px;margin:0 0 .6em 0;padding:.4em .5em")
_CELL = "padding:.15em .5em .15em 0;text-align:left;vertical-align:middle;font-weight:normal"


@dataclass
class Bar:
    """One bar: the name of its group (an article, an outlet), its value and colour; ``what``: the category
    of a group with several bars; ``lines``: (position on the value axis, CSS border style) of the lines
    drawn across the bar's track (an average, a mark on the scale); ``strong``: the group's name in bold.

    >>> Bar("a", 2.0, "#000").value
    2.0
    """

    group: str
    value: float
    colour: str
    what: str = ""
    lines: list = field(default_factory=list)
    strong: bool = False


def _track(bar: Bar, low: float, high: float) -> str:
    """The CSS bar of one row: from 0 (or ``low``, when the axis starts above 0) to its value."""
    span = (high - low) or 1.0

    def at(x: float) -> float:
        return round(100 * (min(max(x, low), high) - low) / span, 2)

    if math.isnan(bar.value):
        return ""  # no value (a text with no words has no reading score): no bar, and the value cell says so
    zero, end = at(0.0), at(bar.value)
    left, width = min(zero, end), abs(end - zero)
    lines = "".join(f'<span style="position:absolute;left:{at(x)}%;top:-.2em;bottom:-.2em;'
                    f'border-left:2px {style} #000"></span>' for x, style in bar.lines if not math.isnan(x))
    return (f'<div style="position:relative;height:1.1em;min-width:8em">'
            f'<span style="position:absolute;left:{left}%;width:{width}%;top:0;bottom:0;'
            f'background:{html.escape(bar.colour)}"></span>{lines}</div>')


def bars_html(title: str, headers: list, bars: list, low: float | None = None, high: float | None = None,
              scale: str = "", ticks: tuple = ()) -> str:
    """The chart's table: a caption (the title), a header row, then one row per bar: its group (written once
    for the group's bars), its category when ``headers`` has three names, its value (one decimal) and the
    bar. The bars run from ``low`` to ``high`` (by default 0 to the largest value); ``scale``: a line under
    the title that says what the lines across the bars mean; ``ticks``: (value, label) written over the bars'
    column, where that value sits on the bars' axis.

    >>> page = bars_html("T", ["Outlet", "Score"], [Bar("<b>", 1.0, "#000")])
    >>> "&lt;b&gt;" in page and "<b>" not in page
    True
    """
    values = [b.value for b in bars if not math.isnan(b.value)]
    low = min([0.0, *values]) if low is None else low
    high = max([0.0, *values, *(x for b in bars for x, _ in b.lines if not math.isnan(x))]) if high is None else high
    head = "".join(f'<th scope="col" style="{_CELL};font-weight:bold">{html.escape(h)}</th>' for h in headers)
    span = (high - low) or 1.0
    marks = "".join(f'<span style="position:absolute;bottom:0;left:{100 * (x - low) / span:.2f}%;'
                    f'transform:translateX(-{0 if x <= low else 100 if x >= high else 50}%)">{html.escape(label)}</span>'
                    for x, label in ticks)
    # the bars' column: its values are read in the column before it
    head += (f'<td aria-hidden="true" style="width:45%;vertical-align:bottom"><div style="position:relative;'
             f'height:1.4em">{marks}</div></td>')
    rows = []
    colours = {b.colour for b in bars}
    for i, bar in enumerate(bars):
        first = i == 0 or bars[i - 1].group != bar.group
        cells = ""
        if first:
            size = next((k for k, b in enumerate(bars[i:]) if b.group != bar.group), len(bars) - i)
            name = html.escape(bar.group)
            name = f"<strong>{name}</strong>" if bar.strong else name
            cells += f'<th scope="row" rowspan="{size}" style="{_CELL};vertical-align:top">{name}</th>'
        if len(headers) == 3:  # a key to the colours, when the bars have several
            swatch = (f'<span style="display:inline-block;width:.8em;height:.8em;margin-right:.3em;'
                      f'background:{html.escape(bar.colour)}"></span>') if len(colours) > 1 else ""
            cells += f'<td style="{_CELL}">{swatch}{html.escape(bar.what)}</td>'
        value = "no value" if math.isnan(bar.value) else f"{bar.value:.1f}"
        cells += f'<td style="{_CELL};text-align:right">{value}</td>'
        cells += f'<td aria-hidden="true" style="padding:.15em 0">{_track(bar, low, high)}</td>'
        border = "border-top:1px solid #767676;" if first and i else ""
        rows.append(f'<tr style="{border}">{cells}</tr>')
    note = (f'<span style="display:block;font-size:{TEXT_PX}px;font-weight:normal;margin:.1em 0 .2em 0">'
            f'{html.escape(scale)}</span>') if scale else ""
    return (f'<table style="border-collapse:collapse;width:100%;font-size:{TEXT_PX}px;color:#000">'
            f'<caption style="caption-side:top;text-align:left;font-size:20px;font-weight:bold;'
            f'padding:.1em 0 .3em 0">{html.escape(title)}{note}</caption>'
            f'<thead><tr style="border-bottom:1px solid #000">{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


#: The colour scales of :func:`grid_html`: matplotlib's ``Blues`` and ``Oranges`` (ColorBrewer's nine steps,
#: from none to the most), between which a count's colour is taken.
SCALES = {
    "Blues": ("#f7fbff", "#deebf7", "#c6dbef", "#9dcae1", "#6aaed6", "#4191c6", "#2070b4", "#08509b", "#08306b"),
    "Oranges": ("#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6a", "#fd8c3b", "#f16813", "#d84801", "#a53603", "#7f2704"),
}
_HIDDEN = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap"


def _steps(cmap: str) -> tuple:
    if cmap in SCALES:
        return SCALES[cmap]
    from matplotlib import colormaps, colors  # a colour scale of your own: nine steps of matplotlib's

    return tuple(colors.to_hex(colormaps[cmap](i / 8)) for i in range(9))


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def cell_colour(value: float, most: float, cmap: str = "Blues") -> tuple[str, str]:
    """(background, text colour) of a cell: the scale's colour for ``value`` out of ``most`` (as matplotlib
    draws the heatmap), and black or white, whichever stands out more from it (at least 4.5:1).

    >>> cell_colour(0, 4), cell_colour(4, 4)
    (('#f7fbff', '#000'), ('#08306b', '#fff'))
    """
    steps = _steps(cmap)
    at = min(max(value / most, 0.0), 1.0) * (len(steps) - 1) if most > 0 else 0.0
    i = min(int(at), len(steps) - 2)
    a, b = steps[i], steps[i + 1]
    mix = [round(int(a[k:k + 2], 16) + (at - i) * (int(b[k:k + 2], 16) - int(a[k:k + 2], 16))) for k in (1, 3, 5)]
    background = "#" + "".join(f"{c:02x}" for c in mix)
    light = _luminance(background)
    return background, "#000" if (light + 0.05) / 0.05 >= 1.05 / (light + 0.05) else "#fff"


#: The width a grid's panel may take, in ems of its 16 px text: what a lesson's output column keeps at a
#: 1024 px wide window with JupyterLab's file browser open (556 px measured), less a margin.
GRID_EM = 34.0
_ROW_NAME_EM = 12.0  # the row names' column: at most this wide (long names wrap), at least 9em


def column_em(name, upright: bool) -> float:
    """The width a grid's column needs, in ems: its count (two digits) with padding, or its longest word when
    the names are level (one above the other when several).

    >>> column_em("Associated Press", False), column_em("Associated Press", True)
    (7.0, 2.4)
    """
    if upright:
        return 2.4
    longest = max((len(word) for word in str(name).split()), default=1)
    return max(2.4, round(0.6 * longest + 1.0, 1))


def grid_panels(columns, upright: bool, width_em: float = GRID_EM) -> list[list]:
    """The columns of a grid in panels, each with the row names narrow enough for ``width_em``: one panel
    when all fit, else the fewest panels of (nearly) equal numbers of columns that each fit.

    >>> [len(p) for p in grid_panels([f"outlet {i}" for i in range(11)], upright=True)]
    [6, 5]
    >>> [len(p) for p in grid_panels(["a", "b"], upright=False)]
    [2]
    """
    columns = list(columns)
    for n in range(1, max(len(columns), 1) + 1):
        per = -(-len(columns) // n)
        panels = [columns[i:i + per] for i in range(0, len(columns), per)]
        if all(_ROW_NAME_EM + sum(column_em(c, upright) for c in part) <= width_em for part in panels):
            return panels
    return [[c] for c in columns]


def grid_html(title: str, grid, xlabel: str, ylabel: str, cmap: str = "Blues", empty: str = "Nothing to show") -> str:
    """A table of counts (``grid``: a DataFrame, rows x columns) as an HTML heatmap: the title as caption,
    ``xlabel`` over the column names, ``ylabel`` over the row names, each cell's count written in it on its
    colour (a zero shows "·" and is read as 0), one colour scale for the whole table. Over six columns, the
    column names read upwards; a grid too wide for a lesson's column at 1024 px (:data:`GRID_EM`) wraps into
    panels of columns, one under the other, each a table with the row names (:func:`grid_panels`), so the page
    never scrolls sideways. A panel still too wide (one very long name) scrolls inside the chart (by keyboard too).

    >>> import pandas as pd
    >>> page = grid_html("T", pd.DataFrame({"BBC": [2, 0]}, index=["a", "b"]), "Outlet", "Article")
    >>> ">2</td>" in page and 'aria-hidden="true">·</span>' in page
    True
    >>> wide = pd.DataFrame([[1] * 11], index=["a"], columns=[f"Outlet {i}" for i in range(11)])
    >>> grid_html("T", wide, "Outlet", "Article").count("<table")
    2
    """
    if not grid.size:
        return (f'<p style="font-size:20px;font-weight:bold;margin:.1em 0 .3em 0">{html.escape(title)}</p>'
                f"<p>{html.escape(empty)}</p>")
    most = float(grid.to_numpy().max())
    cell = "padding:.25em .3em;text-align:center;border:1px solid #fff;min-width:1.8em"
    # more than six columns: their names read upwards, as on the image chart, so the grid fits the notebook
    upright = grid.shape[1] > 6
    turn = ('<span style="writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;'
            'display:inline-block">') if upright else ""
    panels = grid_panels(grid.columns, upright)
    tables = []
    for k, columns in enumerate(panels):
        part = grid[columns]
        label = xlabel if len(panels) == 1 else f"{xlabel} ({k + 1} of {len(panels)})"
        head = (f'<tr><td></td><th scope="colgroup" colspan="{part.shape[1]}" style="{_CELL};text-align:center;'
                f'font-weight:bold">{html.escape(str(label))}</th></tr>'
                f'<tr style="border-bottom:1px solid #000"><th scope="col" style="{_CELL};font-weight:bold">'
                f'{html.escape(str(ylabel))}</th>'
                # a level name has space on both sides, so two names never touch (student 39 #9: "Anti-MediaWSWS")
                + "".join(f'<th scope="col" style="{_CELL};{"padding-right:0" if turn else "padding:.15em .3em"};'
                          f'text-align:{"left" if turn else "center"};'
                          f'vertical-align:bottom;max-width:{column_em(c, upright)}em">'
                          f'{turn}{html.escape(str(c))}{"</span>" if turn else ""}</th>' for c in part.columns)
                + "</tr>")
        rows = []
        for name, row in zip(part.index, part.to_numpy()):
            cells = ""
            for v in row:
                background, ink = cell_colour(float(v), most, cmap)
                count = (f"{int(v)}" if v else f'<span aria-hidden="true">·</span><span style="{_HIDDEN}">0</span>')
                cells += f'<td style="{cell};background:{background};color:{ink}">{count}</td>'
            rows.append(f'<tr><th scope="row" style="{_CELL};min-width:9em;max-width:{_ROW_NAME_EM - 1}em;'
                        f'overflow-wrap:anywhere">{html.escape(str(name))}</th>{cells}</tr>')
        caption = (f'<caption style="caption-side:top;text-align:left;font-size:20px;font-weight:bold;'
                   f'padding:.1em 0 .3em 0">{html.escape(title)}</caption>') if k == 0 else ""
        tables.append(f'<table style="border-collapse:collapse;font-size:{TEXT_PX}px;color:#000;position:relative;'
                      f'margin-bottom:{".8em" if k + 1 < len(panels) else "0"}">{caption}<thead>{head}</thead>'
                      f'<tbody>{"".join(rows)}</tbody></table>')
    return (f'<div role="region" aria-label="{html.escape(title)}" tabindex="0" style="overflow-x:auto;max-width:100%">'
            + "".join(tables) + "</div>")


class HtmlChart:
    """A chart shown as an HTML table (:func:`bars_html`, :func:`grid_html`), with the ``alt_text``,
    ``summary`` and ``numbers`` of an image chart; its matplotlib drawing (``draw()``, a
    :class:`kit.charts.Described` Figure) is made once, when ``figure`` or any other Figure attribute is
    first asked for.

    >>> chart = HtmlChart("T", bars_html("T", ["Article", "Value"], [Bar("a", 1.0, "#000")]), "Bar chart: T.",
    ...                   "a: 1.0.", draw=lambda: "a Figure")
    >>> chart.figure
    'a Figure'
    """

    def __init__(self, title: str, table: str, alt: str, summary: str, numbers=None, *, draw):
        self.title, self.alt_text, self.summary, self.numbers = title, alt, summary, numbers
        self._table = table
        self._draw = draw
        self._figure = None

    @property
    def figure(self):
        """The same chart drawn by matplotlib (made on first use)."""
        if self._figure is None:
            self._figure = self._draw()
        return self._figure

    def __getattr__(self, name: str):
        # only the Figure's public names: IPython asks for _repr_png_, _ipython_display_ and the like, which
        # must not draw the figure
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.figure, name)

    def _repr_html_(self) -> str:
        summary = f'<p style="margin:.4em 0 0 0">{html.escape(self.summary)}</p>' if self.summary else ""
        return f'<figure class="kit-figure kit-bars" style="{_PANEL}">{self._table}{summary}</figure>'

    def _repr_mimebundle_(self, include=None, exclude=None):
        text = "\n".join(line for line in (self.alt_text, self.summary) if line)
        return {"text/html": self._repr_html_(), "text/plain": text}, {}

    def __repr__(self) -> str:
        return f"<HtmlChart: {self.title}>"
