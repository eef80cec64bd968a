"""Charts of the annotation profile, readable from the back of a classroom and without seeing them.

The bar charts and grids of counts (:func:`plot_profile`, :func:`plot_reading_level`, :func:`count_grid`)
are shown in a notebook as HTML tables (:class:`kit.html_charts.HtmlChart`: every value written out, CSS
bars beside them, no matplotlib import), with a text alternative (``alt_text``), a one-line summary and
their numbers; the same chart as a matplotlib Figure is drawn on first use (``chart.figure``).
Every image chart the kit draws is a :class:`Chart`: a matplotlib Figure that a notebook shows as an
image *with a text alternative* (the ``alt`` of the image: what the chart shows and its largest
values), a one-line summary under it, and the plotted numbers as a small table. Charts are
:data:`FIG_WIDTH` inches wide and shown at their true size (96 CSS pixels per inch), so the
smallest text (:data:`SMALLEST` pt) stays at least 12 pt in JupyterLab's default layout at a
1280-pixel-wide screen. Colours (:data:`PLOT_COLOURS`) stay apart under colour-vision
deficiencies (tests/test_palette.py), and every bar also has a hatch pattern. A ``$`` in a label
(an outlet called ``$\\foo$ News``) is shown as it is, never read as a maths formula.

>>> import kit
>>> fig = plot_profile(kit.profile(kit.load_articles()), by="outlet")
>>> fig.axes[0].get_xlabel()
'Times per 1,000 words'
>>> fig.alt_text.startswith("Bar chart: Flagged words per 1,000 words, by outlet.")
True
"""

from __future__ import annotations

from .charts import (  # noqa: F401  (kept as kit.plots names: lessons and tests import them from here)
    COLUMN_PX,
    FIG_WIDTH,
    Described,
    chart_class,
    describe,
    new_chart,
    plain,
    smallest_text_pt,
    wrap_label,
)
from .errors import KitError
from .html_charts import Bar, HtmlChart, bars_html, grid_html
from .lexicons import CATEGORIES, describe_category
from .ranking import rank_text

__all__ = ["plot_profile", "count_grid", "plot_reading_level", "Described", "chart_class", "new_chart",
           "describe", "plain", "wrap_label",
           "smallest_text_pt", "PLOT_COLOURS", "FIG_WIDTH", "SMALLEST"]

#: Bar colours, one per category (then for the outlets of plot_reading_level): any two stay
#: CIEDE2000 >= 10 apart under normal vision, deuteranopia, protanopia and tritanopia, and each has
#: >= 3:1 contrast with the white page (tests/test_palette.py); found like kit.display.PALETTE.
PLOT_COLOURS = ("#206C56", "#E4377C", "#1E26F0", "#629CA2", "#7D8D00", "#331100", "#0B0016", "#A875FF",
                "#893100", "#0D0F6D")
# the built-in categories (and "doubt") take the first colours; categories of your own the rest
_SLOTS = {c: i for i, c in enumerate([*CATEGORIES, "doubt"])}
_HATCHES = {
    "loaded_language": "", "label": "//", "hedge": "..", "booster": "xx",
    "attribution": "\\\\", "vague_source": "oo", "scare_quote": "--", "doubt": "||",
}
# Categories of your own: these hatches, with the spare colours.
_EXTRA_HATCHES = ("++", "**", "||", "OO", "//..", "\\\\..", "xx..", "--..")
#: Font sizes (pt): the smallest text on any chart is SMALLEST.
SMALLEST, _BIG, _BIGGER, _BIGGEST = 12, 13, 14, 16
def _names(category: str) -> str:
    return describe_category(category).split(":")[0]


def _look(category: str, extras: list) -> tuple[str, str]:
    """(colour, hatch) of a category; one of your own gets the next spare colour and hatch."""
    if category in _SLOTS:
        return PLOT_COLOURS[_SLOTS[category]], _HATCHES[category]
    spare = len(PLOT_COLOURS) - len(_SLOTS)
    i = extras.index(category) if category in extras else len(extras)
    return PLOT_COLOURS[len(_SLOTS) + i % spare], _EXTRA_HATCHES[i % len(_EXTRA_HATCHES)]


def _rate_columns(profile_df) -> list:
    """The categories with a ``<category>_per_1k`` column: built-in ones first, then the others in column order."""
    rated = [c[:-len("_per_1k")] for c in profile_df.columns if isinstance(c, str) and c.endswith("_per_1k")]
    # "quoted_<category>_per_1k" (the same category inside quoted words) is not a category of its own
    own = [c for c in rated if c not in CATEGORIES and not (c.startswith("quoted_") and c[len("quoted_"):] in rated)]
    return [c for c in CATEGORIES if c in rated] + own


def _top(pairs, n: int = 3, unit: str = "") -> str:
    """"a (3.0), b (2.0) and c (1.0)" for the n largest (label, value) pairs."""
    best = sorted(pairs, key=lambda p: -p[1])[:n]
    parts = [f"{label} ({value:.1f}{unit})" for label, value in best]
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1] if parts else "nothing"


def chart_title(fig) -> str:
    """A chart's title, wherever it sits (over the axes, or over the key at the top of the chart).

    >>> chart, ax = new_chart(2); _ = ax.set_title("Counts")
    >>> chart_title(chart)
    'Counts'
    """
    if isinstance(fig, HtmlChart):
        return fig.title
    for legend in getattr(fig, "legends", []):
        if legend.get_title().get_text():
            return legend.get_title().get_text()
    return fig.get_suptitle() or (fig.axes[0].get_title() if fig.axes else "")


def _marked(mark, groups) -> list:
    """The groups ``mark`` names (a name or several), in chart order; an unknown name is an error."""
    if mark is None:
        return []
    names = [mark] if isinstance(mark, str) else [str(m) for m in mark]
    unknown = [m for m in names if m not in groups]
    if unknown:
        raise KitError(f"mark={unknown[0]!r} is not one of the chart's bars", field="mark",
                       fix="Choose from: " + ", ".join(groups) + ".")
    return [g for g in groups if g in names]


#: What "tied" means under a chart, in one plain line (the rule of kit.ranking.tied)
TIE_RULE = "Tied: rates less than 1 per 1,000 words apart count as the same."


def _ranks(group, rates, cats) -> str:
    """"my-article: loaded words 3.1 (2nd of 6), hedges 0.0 (tied for 5th of 6)" for one bar group: a tie
    is said with the rule of lesson 02 (:func:`kit.ranking.tied`: less than one word per 1,000 apart)."""
    parts = []
    for c in cats:
        col = rates[c].fillna(0)
        value = float(col[group])
        parts.append(f"{_names(c)} {value:.1f} ({rank_text(col.to_dict(), group, f'{c}_per_1k')})")
    return f"{group}: " + ", ".join(parts)


def plot_profile(profile_df, by="article", categories=None, ax=None, title=None, mark=None):
    """Bar chart of how often each category appears (per 1,000 words), per article or per outlet.

    ``profile_df`` is the table from :func:`kit.profile`. ``by="outlet"`` pools the
    articles of each outlet (all their flagged words divided by all their words).
    ``categories`` picks some categories (also a word list's own, such as ``euphemism``,
    when the profile has them). ``mark`` names one article (or outlet), or several, to compare
    with the rest: its label is bold and the summary gives its rates and their rank.
    Returns an :class:`kit.html_charts.HtmlChart` (shown as a table; its ``numbers`` are the rates, its
    ``figure`` the matplotlib drawing, made on first use); with ``ax``, draws into it and returns its figure.

    >>> import kit
    >>> fig = plot_profile(kit.profile(kit.load_articles()), categories=["hedge", "booster"])
    >>> chart_title(fig)
    'Hedges and boosters per 1,000 words, by article'
    >>> fig = plot_profile(kit.profile(kit.load_articles()), categories=["hedge"], mark="russian-general-accuses")
    >>> fig.summary.split(". ")[1]
    'russian-general-accuses: hedge 4.2 (2nd of 5)'
    """
    import numpy as np
    import pandas as pd

    if not isinstance(profile_df, pd.DataFrame):
        raise KitError("plot_profile() needs the table from kit.profile()", field="profile_df",
                       fix="Try kit.plot_profile(kit.profile(articles)).")
    if by not in ("article", "outlet"):
        raise KitError(f"by must be 'article' or 'outlet', not {by!r}", field="by",
                       fix='Use by="article" or by="outlet".')
    available = _rate_columns(profile_df)
    extras = [c for c in available if c not in _SLOTS]
    if categories is None:
        cats = available
    else:
        cats = [categories] if isinstance(categories, str) else list(categories)
        unknown = [c for c in cats if f"{c}_per_1k" not in profile_df.columns]
        if unknown:
            raise KitError(f"the profile table has no column '{unknown[0]}_per_1k'", field="categories",
                           fix="Choose from: " + ", ".join(available) + ".")
    if not cats:
        raise KitError("the table has no '<category>_per_1k' columns", field="profile_df",
                       fix="Make the table with kit.profile(articles).")
    key = "article_id" if by == "article" else "outlet"
    if key not in profile_df.columns:
        raise KitError(f"the profile table has no {key!r} column", field=key,
                       fix="Profile the table from kit.load_articles(), which has it."
                           if by == "outlet" else "Make the table with kit.profile(articles).")
    if by == "outlet":
        from .corpus import outlet_labels

        df = profile_df.assign(outlet=outlet_labels(profile_df["outlet"]).to_numpy())
        if "n_words" in df.columns and all(c in df.columns for c in cats):
            sums = df.groupby("outlet", sort=True)[[*cats, "n_words"]].sum()
            rates = sums[cats].div(sums["n_words"].where(sums["n_words"] > 0), axis=0) * 1000
        else:
            rates = df.groupby("outlet", sort=True)[[f"{c}_per_1k" for c in cats]].mean()
            rates.columns = cats
        groups = [str(g) for g in rates.index]
    else:
        rates = profile_df.set_index("article_id")[[f"{c}_per_1k" for c in cats]]
        rates.columns = cats
        groups = [str(g) for g in rates.index]

    n_groups, n_cats = len(groups), len(cats)
    marked = _marked(mark, groups)
    if title is None:
        if set(cats) == {"hedge", "booster"}:
            what = "Hedges and boosters"
        elif n_cats == 1:
            what = _names(cats[0]).capitalize()
        else:
            what = "Flagged words"
        title = f"{what} per 1,000 words, by {by}"

    def paint(fig, ax, own_figure: bool) -> None:
        bar = 0.8 / n_cats
        y = np.arange(n_groups)
        for i, cat in enumerate(cats):
            colour, hatch = _look(cat, extras)
            values = rates[cat].fillna(0).to_numpy()
            ax.barh(y + (i - (n_cats - 1) / 2) * bar, values, height=bar,
                    color=colour, hatch=hatch, edgecolor="white", linewidth=0.5, label=plain(_names(cat)))
            if n_cats <= 4:  # a rate of 0 draws no bar: say "0", so it does not look like a missing value
                for at, value in zip(y + (i - (n_cats - 1) / 2) * bar, values):
                    if value == 0:
                        ax.annotate("0", (0, at), xytext=(3, 0), textcoords="offset points", va="center",
                                    fontsize=SMALLEST)
        ax.set_yticks(y, [plain(wrap_label(g, 24)) for g in groups])
        for label, g in zip(ax.get_yticklabels(), groups):
            if g in marked:
                label.set_fontweight("bold")
        ax.invert_yaxis()  # first article at the top, as in the table
        ax.tick_params(labelsize=SMALLEST)
        ax.set_xlabel("Times per 1,000 words", fontsize=_BIG)
        ax.set_ylabel("Article" if by == "article" else "Outlet", fontsize=_BIG)
        ax.grid(axis="x", alpha=0.3)
        ax.set_axisbelow(True)
        if own_figure:  # the title across the whole chart, then the key under it, both seen before the bars
            fig.legend(fontsize=SMALLEST, loc="outside upper center", ncols=min(n_cats, 3), frameon=False,
                       title=plain(title), title_fontsize=_BIGGEST)
        else:
            ax.set_title(plain(title), fontsize=_BIGGEST)
            ax.legend(fontsize=SMALLEST, frameon=False)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)

    numbers = rates.copy()
    numbers.columns = [_names(c) for c in cats]
    numbers.index.name = "article" if by == "article" else "outlet"
    pairs = [(f"{_names(c)} in {g}", float(v)) for c in cats for g, v in zip(groups, rates[c].fillna(0))]
    alt = (f"Bar chart: {title}. One group of bars per {by} ({n_groups}), one bar per category "
           f"({', '.join(_names(c) for c in cats)}); the bars show times per 1,000 words. "
           f"Highest: {_top(pairs)}.")
    summary = f"Highest rates (per 1,000 words): {_top(pairs)}. All the numbers are in the table below."
    if marked:
        ranks = "; ".join(_ranks(g, rates, cats) for g in marked)
        summary = summary.replace(". All the numbers", f". {ranks}. {TIE_RULE if 'tied' in ranks else ''}"
                                  .rstrip() + " All the numbers")
    if ax is not None:  # drawn into the axes given (a figure of your own)
        fig = ax.figure
        paint(fig, ax, False)
        if isinstance(fig, Described):
            describe(fig, alt, summary, numbers.round(1))
        return fig
    legend_rows = -(-n_cats // 3)  # the legend sits above the bars (seen before them), three categories a line
    height = max(3.5, 1.6 + n_groups * (0.17 * n_cats + 0.3) + 0.3 * legend_rows)

    def draw():
        fig, axes = new_chart(height)
        paint(fig, axes, True)
        return describe(fig, alt, summary, numbers.round(1))

    columns = {c: rates[c].fillna(0).to_numpy() for c in cats}
    bars = [Bar(g, float(columns[c][k]), _look(c, extras)[0], _names(c) if n_cats > 1 else "", strong=g in marked)
            for k, g in enumerate(groups) for c in cats]
    headers = ["Article" if by == "article" else "Outlet", *(["Category"] if n_cats > 1 else []),
               "Times per 1,000 words"]
    counted = "Only the writer's own words are counted: flagged words inside someone's quotation are left out."
    return HtmlChart(title, bars_html(title, headers, bars, scale=counted), f"{alt} {counted}",
                     summary.replace("in the table below", "in the table above"), numbers.round(1), draw=draw)


def _column_names_fit(grid, upright: bool) -> bool:
    """Would the column names of ``grid`` in one panel stand apart, inside the chart (level, or
    ``upright``)?

    Measured on a bare panel of the chart's width with the same column names (nothing drawn, no
    counts), where the panel sits before the layout engine runs, at matplotlib's default resolution:
    the same boxes the full chart gives its names before it is laid out, in a fraction of the time.
    """
    from matplotlib.figure import Figure

    if not grid.size:
        return True  # an empty grid shows no column names
    fig = Figure(figsize=(FIG_WIDTH, 3))
    ax = fig.subplots()
    ax.set_xlim(-0.5, grid.shape[1] - 0.5)
    ax.set_xticks(range(grid.shape[1]), [plain(wrap_label(c, 20 if upright else 11)) for c in grid.columns],
                  fontsize=SMALLEST, rotation=90 if upright else 0)
    return _names_apart(fig, [ax])


def _names_apart(fig, axes) -> bool:
    """Do the column names of these panels stand apart from each other, inside the figure?"""
    width = fig.bbox.width
    for ax in axes:
        boxes = sorted((t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()),
                       key=lambda b: b.x0)
        if any(a.x1 > b.x0 for a, b in zip(boxes, boxes[1:])) or any(b.x0 < 0 or b.x1 > width for b in boxes):
            return False
    return True


def _grid_figure(grid, title, xlabel, ylabel, cmap, empty, row_height, max_columns: int, upright: bool):
    """The heatmap of :func:`count_grid`, in panels of at most ``max_columns`` columns; ``upright``: the
    column names turned to read upwards (more columns fit side by side)."""
    n_rows = max(grid.shape[0], 1)
    n_panels = max(-(-grid.shape[1] // max_columns), 1)
    per_panel = max(-(-grid.shape[1] // n_panels), 1)
    chunks = [grid.iloc[:, i:i + per_panel] for i in range(0, grid.shape[1], per_panel)] or [grid]
    wrap = 20 if upright else 11
    lines = [wrap_label(c, wrap).splitlines() for c in grid.columns] or [[""]]
    if upright:  # the names' length sets the height: about 0.1 inch a character at 12 pt
        label_height = 0.1 * max(len(line) for name in lines for line in name) + 0.2
    else:
        label_height = 0.25 * max(len(name) for name in lines)
    panel = row_height * n_rows + 0.9 + label_height
    shared_bar = len(chunks) > 1 and grid.size > 0
    fig, axes = new_chart(panel * len(chunks) + 1.0 + 1.0 * shared_bar, nrows=len(chunks), squeeze=False)
    vmax = grid.to_numpy().max() if grid.size else 0
    image = None
    for ax, part in zip(axes[:, 0], chunks):
        if part.size:
            values = part.to_numpy()
            image = ax.imshow(values, cmap=cmap, aspect="auto", vmin=0, vmax=max(vmax, 1))
            ax.set_xlim(-0.5, part.shape[1] - 0.5 if len(chunks) == 1 else per_panel - 0.5)  # equal cells
            for i in range(part.shape[0]):
                for j in range(part.shape[1]):
                    v = int(values[i, j])
                    ax.text(j, i, str(v) if v else "·", ha="center", va="center", fontsize=_BIG,
                            color="white" if v > vmax / 2 else "black")
            ax.set_xticks(range(part.shape[1]), [plain(wrap_label(c, wrap)) for c in part.columns], fontsize=SMALLEST,
                          rotation=90 if upright else 0)
            # a tall grid names its columns at the top as well, so the outlets are seen before scrolling
            ax.tick_params(axis="x", labeltop=part.shape[0] > 10, top=part.shape[0] > 10)
            ax.set_yticks(range(part.shape[0]), [plain(wrap_label(i, 30)) for i in part.index], fontsize=SMALLEST)
        else:
            ax.text(0.5, 0.5, plain(empty), ha="center", va="center", fontsize=_BIGGER)
            ax.set_xticks([])
            ax.set_yticks([])
        ax.set_xlabel(plain(xlabel), fontsize=SMALLEST)
        ax.set_ylabel(plain(ylabel), fontsize=SMALLEST)
    axes[0, 0].set_title(plain(title), fontsize=_BIGGEST)
    if shared_bar and image is not None:
        from matplotlib.ticker import MaxNLocator

        bar = fig.colorbar(image, ax=list(axes[:, 0]), location="bottom", shrink=0.6, fraction=0.4 / fig.get_figheight(), aspect=30)
        bar.locator = MaxNLocator(integer=True)
        bar.update_ticks()
        bar.ax.tick_params(labelsize=SMALLEST)
        bar.set_label("Colour: the count (one scale for every panel)", fontsize=SMALLEST)
    return fig


def count_grid(grid, *, title, xlabel, ylabel, cmap="Blues", empty="Nothing to show", row_height=0.6,
               max_columns=None):
    """A table of counts as a labelled heatmap, each cell with its number ("·" for zero).

    ``grid`` is a DataFrame of counts (rows x columns), e.g. from ``pivot_table``. Used by
    :func:`kit.plot_naming` and :func:`kit.plot_citations`. The grid is one panel when its column names
    fit side by side at 12 pt (level, or else turned upright); only a grid too wide for that wraps into
    panels of equal width (at most ``max_columns`` a panel, 5 by default: 11 columns give 4, 4 and 3),
    one under the other, so every label stays readable; all panels share one colour scale, shown by
    one colour bar under them. ``max_columns`` given: wrap at that width whether or not one panel fits.
    Returns an :class:`kit.html_charts.HtmlChart`: shown as an HTML table of the counts on their colours
    (:func:`kit.html_charts.grid_html`); the panels above are its ``figure``, drawn on first use.

    >>> import pandas as pd
    >>> fig = count_grid(pd.DataFrame({"BBC": [2, 0]}, index=["a", "b"]), title="T", xlabel="x", ylabel="y")
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['2', '·']
    """
    args = (grid, title, xlabel, ylabel, cmap, empty, row_height)

    def draw():
        if max_columns is None and grid.shape[1] > 1:
            # the names are measured first (milliseconds), so only the chart shown is made (about 0.1 s each)
            upright = next((u for u in (False, True) if _column_names_fit(grid, u)), None)
            fig = _grid_figure(*args, 5, False) if upright is None else _grid_figure(*args, max(grid.shape[1], 1), upright)
        else:
            fig = _grid_figure(*args, max_columns or 5, False)
        return describe(fig, alt, summary, grid)

    cells = [(f"{r} / {c}", float(grid.at[r, c])) for r in grid.index for c in grid.columns] if grid.size else []
    shape = f"{grid.shape[0]} rows ({ylabel}) and {grid.shape[1]} columns ({xlabel})"
    if cells and max(v for _, v in cells) > 0:
        big = sorted(cells, key=lambda p: -p[1])[:3]
        largest = ", ".join(f"{label}: {int(v)}" for label, v in big if v > 0)
        alt = f"Grid of counts: {title}. {shape}; each cell shows a count. Largest: {largest}."
        summary = f"Largest counts: {largest}. Every count is in the table below."
    else:
        alt = f"Grid of counts: {title}. {empty}."
        summary = f"{empty}."
    return HtmlChart(title, grid_html(title, grid, xlabel, ylabel, cmap, empty), alt,
                     summary.replace("in the table below", "in the table above"), grid, draw=draw)


#: The marks on the Flesch Reading Ease axis: the scale lesson 01 teaches (a dotted line at 30 and 60).
READING_EASE_MARKS = ((0, "0"), (30, "30\nvery hard\nbelow this"), (60, "60\nplain English\n(60–70)"),
                      (100, "100\neasiest"))


def plot_reading_level(profile, column: str = "flesch_reading_ease"):
    """Bar chart of a readability column per article, grouped and labelled by outlet.

    Returns an :class:`kit.html_charts.HtmlChart` (a table: the outlet and its average written once, a row
    per article; its ``figure``, drawn on first use, has a dashed line at each outlet's average). The default,
    Flesch Reading Ease, is the score lesson 01 asks about (a shorter bar is harder to read); its axis
    runs from 0 to 100 with the lesson's scale marked (:data:`READING_EASE_MARKS`: a dotted line at 30,
    "very hard" below it, and at 60, "plain English").

    >>> import kit
    >>> fig = plot_reading_level(kit.profile(kit.load_articles()))
    >>> fig.axes[0].get_xlabel()
    'Flesch Reading Ease (higher = easier to read)'
    """
    from .corpus import outlet_labels

    table = profile.copy()
    table["outlet"] = outlet_labels(table["outlet"]).to_numpy()
    table = table.sort_values(["outlet", "article_id"], kind="stable").reset_index(drop=True)
    labels = {"flesch_kincaid_grade": "Flesch–Kincaid grade (higher = harder to read)",
              "flesch_reading_ease": "Flesch Reading Ease (higher = easier to read)"}
    hatches = ["", "//", "..", "xx", "\\\\", "++", "oo", "--"]
    outlets = list(dict.fromkeys(table["outlet"]))

    def draw():
        fig, ax = new_chart(0.75 * len(table) + 2.2)
        for i, row in table.iterrows():
            k = outlets.index(row["outlet"])
            ax.barh(i, row[column], color=PLOT_COLOURS[k % len(PLOT_COLOURS)], hatch=hatches[k % len(hatches)],
                    edgecolor="white")
            # the value sits right of the bar on a plain background, so no dashed line runs through it
            ax.annotate(f"{row[column]:.1f}", (row[column], i), xytext=(6, 0), textcoords="offset points",
                        va="center", fontsize=SMALLEST, zorder=4,
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})
        for outlet in outlets:
            rows = table.index[table["outlet"] == outlet]
            mean = table.loc[rows, column].mean()
            ax.plot([mean, mean], [rows.min() - 0.4, rows.max() + 0.4], "k--", linewidth=1.5, zorder=3)
        ax.set_yticks(range(len(table)))
        ax.set_yticklabels([plain(wrap_label(f"{o}: {a}", 30)) for o, a in zip(table["outlet"], table["article_id"])],
                           fontsize=SMALLEST)
        ax.invert_yaxis()
        ax.set_xlabel(plain(labels.get(column, column)), fontsize=_BIG)
        ax.set_title("Reading level by outlet\n(dashed line: outlet average)", fontsize=_BIGGEST)
        ax.tick_params(axis="x", labelsize=SMALLEST)
        ax.margins(x=0.15)
        if column == "flesch_reading_ease":  # lesson 01's scale: 0-100, below 30 very hard, 60-70 plain English
            top = max(100.0, float(table[column].max()) * 1.15 if len(table) else 100.0)
            ax.set_xlim(min(0.0, float(table[column].min()) * 1.15 if len(table) else 0.0), top)
            marks = dict(READING_EASE_MARKS)
            ax.set_xticks(list(marks), [marks[x] for x in marks])
            for x in marks:
                if 0 < x < 100:
                    ax.axvline(x, color="0.35", linestyle=":", linewidth=1.5, zorder=2)
        return describe(fig, alt, summary, numbers.round(1))

    name = labels.get(column, column)
    numbers = table[["outlet", "article_id", column]].assign(
        outlet_average=table.groupby("outlet")[column].transform("mean")).set_index(["outlet", "article_id"])
    pairs = [(f"{o}: {a}", float(v)) for o, a, v in zip(table["outlet"], table["article_id"], table[column])]
    low = min(pairs, key=lambda p: p[1]) if pairs else ("nothing", 0.0)
    alt = (f"Bar chart: reading level by outlet, one bar per article ({len(table)}), measured as {name}; "
           f"a dashed line marks each outlet's average. Highest: {_top(pairs)}. Lowest: {low[0]} ({low[1]:.1f}).")
    summary = f"Highest: {_top(pairs, 1)}; lowest: {low[0]} ({low[1]:.1f}). All values are in the table below."
    if column == "flesch_reading_ease":
        scale = "The axis runs from 0 to 100; dotted lines mark 30 (below: very hard) and 60 (plain English)."
        alt, summary = f"{alt} {scale}", f"{summary} {scale}"
    # the table a notebook shows: the outlet (and its average) written once, then one row per article
    averages = dict(zip(numbers.index.get_level_values(0), numbers["outlet_average"]))
    marks = [(x, "dotted") for x, _ in READING_EASE_MARKS if 0 < x < 100] if column == "flesch_reading_ease" else []
    values = [float(v) for v in table[column]]
    bars = [Bar(f"{o} (average {averages[o]:.1f})", v, PLOT_COLOURS[outlets.index(o) % len(PLOT_COLOURS)], str(a),
                lines=[(float(averages[o]), "dashed"), *marks])
            for o, a, v in zip(table["outlet"], table["article_id"], values)]
    low_end, high_end = None, None
    scored = [v for v in values if v == v]  # not NaN
    if column == "flesch_reading_ease" and scored:
        low_end, high_end = min(0.0, min(scored) * 1.15), max(100.0, max(scored) * 1.15)
    key = "Dashed line: the outlet's average."
    if column == "flesch_reading_ease":
        key += " Dotted lines: 30 (below: very hard) and 60 (plain English), on a scale from 0 to 100."
    ticks = [(x, str(x)) for x, _ in READING_EASE_MARKS] if column == "flesch_reading_ease" else ()
    page = bars_html("Reading level by outlet", ["Outlet (average)", "Article", name], bars, low_end, high_end, key,
                     ticks)
    return HtmlChart("Reading level by outlet", page, alt, summary.replace("in the table below", "in the table above"),
                     numbers.round(1), draw=draw)


def __getattr__(name: str):
    if name == "Chart":
        return chart_class()
    raise AttributeError(f"module 'kit.plots' has no attribute {name!r}")

