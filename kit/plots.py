"""Charts of the annotation profile, sized to be read from the back of a classroom.

>>> import kit
>>> fig = plot_profile(kit.profile(kit.load_articles()), by="outlet")
>>> fig.axes[0].get_xlabel()
'Times per 1,000 words'
"""

from __future__ import annotations

from .errors import KitError
from .lexicons import CATEGORIES, describe_category

__all__ = ["plot_profile", "count_grid"]

# Okabe-Ito colours (safe for colour-blind readers) plus a hatch pattern per category,
# so the bars can be told apart in black and white too.
_COLOURS = {
    "loaded_language": "#D55E00", "label": "#CC79A7", "hedge": "#0072B2", "booster": "#E69F00",
    "attribution": "#009E73", "vague_source": "#56B4E9", "scare_quote": "#000000",
}
_HATCHES = {
    "loaded_language": "", "label": "//", "hedge": "..", "booster": "xx",
    "attribution": "\\\\", "vague_source": "oo", "scare_quote": "--",
}
# Categories of your own (from a word list such as euphemism.csv): the colours of kit.display's
# EXTRA_COLOURS, in the order the categories come, and these hatches.
_EXTRA_HATCHES = ("++", "**", "||", "OO", "//..", "\\\\..", "xx..", "--..")  # 8 hatches and 9 colours: 72 distinct looks
_BIG, _BIGGER, _BIGGEST = 15, 17, 20


def _names(category: str) -> str:
    return describe_category(category).split(":")[0]


def _look(category: str, extras: list) -> tuple[str, str]:
    """(colour, hatch) of a category; one of your own gets the next fallback colour and hatch."""
    if category in _COLOURS:
        return _COLOURS[category], _HATCHES[category]
    from .display import style_of

    i = extras.index(category) if category in extras else len(extras)
    return style_of(category, extras)[0], _EXTRA_HATCHES[i % len(_EXTRA_HATCHES)]


def _rate_columns(profile_df) -> list:
    """The categories with a ``<category>_per_1k`` column: built-in ones first, then the others in column order."""
    own = [c[:-len("_per_1k")] for c in profile_df.columns
           if isinstance(c, str) and c.endswith("_per_1k") and c[:-len("_per_1k")] not in CATEGORIES
           and not c.startswith("quoted_")]  # quoted_<category>_per_1k: the same category, inside quotations
    return [c for c in CATEGORIES if f"{c}_per_1k" in profile_df.columns] + own


def plot_profile(profile_df, by="article", categories=None, ax=None, title=None):
    """Bar chart of how often each category appears (per 1,000 words), per article or per outlet.

    ``profile_df`` is the table from :func:`kit.profile`. ``by="outlet"`` pools the
    articles of each outlet (all their flagged words divided by all their words).
    ``categories`` picks some categories (also a word list's own, such as ``euphemism``,
    when the profile has them). Returns the matplotlib Figure.

    >>> import kit
    >>> fig = plot_profile(kit.profile(kit.load_articles()), categories=["hedge", "booster"])
    >>> fig.axes[0].get_title()
    'Hedges and boosters per 1,000 words, by article'
    """
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd

    if not isinstance(profile_df, pd.DataFrame):
        raise KitError("plot_profile() needs the table from kit.profile()", field="profile_df",
                       fix="Try kit.plot_profile(kit.profile(articles)).")
    if by not in ("article", "outlet"):
        raise KitError(f"by must be 'article' or 'outlet', not {by!r}", field="by",
                       fix='Use by="article" or by="outlet".')
    available = _rate_columns(profile_df)
    extras = [c for c in available if c not in CATEGORIES]
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
        groups = [g if len(g) <= 32 else g[:31] + "…" for g in map(str, rates.index)]

    n_groups, n_cats = len(groups), len(cats)
    bar = 0.8 / n_cats
    height = max(4.5, 1.8 + n_groups * (0.22 * n_cats + 0.35))
    own_figure = ax is None
    if own_figure:
        fig, ax = plt.subplots(figsize=(12, height), layout="constrained")
    else:
        fig = ax.figure
    y = np.arange(n_groups)
    for i, cat in enumerate(cats):
        colour, hatch = _look(cat, extras)
        ax.barh(y + (i - (n_cats - 1) / 2) * bar, rates[cat].fillna(0).to_numpy(), height=bar,
                color=colour, hatch=hatch, edgecolor="white",
                linewidth=0.5, label=_names(cat))
    ax.set_yticks(y, groups)
    ax.invert_yaxis()  # first article at the top, as in the table
    ax.tick_params(labelsize=_BIG)
    ax.set_xlabel("Times per 1,000 words", fontsize=_BIGGER)
    ax.set_ylabel("Article" if by == "article" else "Outlet", fontsize=_BIGGER)
    if title is None:
        if set(cats) == {"hedge", "booster"}:
            what = "Hedges and boosters"
        elif n_cats == 1:
            what = _names(cats[0]).capitalize()
        else:
            what = "Flagged words"
        title = f"{what} per 1,000 words, by {by}"
    ax.set_title(title, fontsize=_BIGGEST)
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    ax.legend(fontsize=_BIG - 1, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if own_figure:
        plt.close(fig)  # the notebook shows the returned figure once (not twice)
    return fig


def count_grid(grid, *, title, xlabel, ylabel, cmap="Blues", empty="Nothing to show", row_height=0.6):
    """A table of counts as a labelled heatmap, each cell with its number ("·" for zero).

    ``grid`` is a DataFrame of counts (rows x columns), e.g. from ``pivot_table``. Used by
    :func:`kit.plot_naming` and :func:`kit.plot_citations`. Returns the (closed) Figure.

    >>> import pandas as pd
    >>> fig = count_grid(pd.DataFrame({"BBC": [2, 0]}, index=["a", "b"]), title="T", xlabel="x", ylabel="y")
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['2', '·']
    """
    import matplotlib.pyplot as plt

    n_rows, n_cols = max(grid.shape[0], 1), max(grid.shape[1], 1)
    fig, ax = plt.subplots(figsize=(max(7, 1.4 * n_cols + 6), max(3.5, row_height * n_rows + 2.5)))
    if grid.size:
        values = grid.to_numpy()
        ax.imshow(values, cmap=cmap, aspect="auto", vmin=0)
        vmax = values.max()
        for i in range(grid.shape[0]):
            for j in range(grid.shape[1]):
                v = int(values[i, j])
                ax.text(j, i, str(v) if v else "·", ha="center", va="center", fontsize=_BIG,
                        color="white" if v > vmax / 2 else "black")
        ax.set_xticks(range(grid.shape[1]), [str(c) for c in grid.columns], rotation=30, ha="right",
                      fontsize=_BIG)
        ax.set_yticks(range(grid.shape[0]), [str(i) for i in grid.index], fontsize=_BIG - 2)
    else:
        ax.text(0.5, 0.5, empty, ha="center", va="center", fontsize=_BIGGER)
        ax.set_xticks([])
        ax.set_yticks([])
    ax.set_title(title, fontsize=_BIGGEST)
    ax.set_xlabel(xlabel, fontsize=_BIG)
    ax.set_ylabel(ylabel, fontsize=_BIG)
    fig.tight_layout()
    plt.close(fig)  # the notebook shows the returned figure once (not twice)
    return fig
