"""A Chart: a matplotlib Figure with a text alternative, drawn once, shown at its true size.

The machinery every chart of :mod:`kit.plots` shares: :func:`new_chart` makes a :class:`Chart` without
pyplot (on an Agg canvas of its own, at the image's resolution, so it is laid out and painted in one
draw), :func:`describe` gives it its ``alt`` text, one-line summary and table of numbers, and a notebook
shows it as an image at 96 CSS pixels per inch with the summary and the table under it.

>>> chart, ax = new_chart(2)
>>> _ = ax.bar([0, 1], [3, 4])
>>> describe(chart, "Bar chart: two bars.", "The second bar is taller.").alt_text
'Bar chart: two bars.'
"""

from __future__ import annotations

import base64
import html
import io
import textwrap

__all__ = ["Described", "chart_class", "new_chart", "describe", "plain", "wrap_label", "smallest_text_pt",
           "FIG_WIDTH", "COLUMN_PX"]

#: Width of every chart, in inches (shown at 96 CSS pixels per inch: 816 px, which fits the notebook
#: column of JupyterLab's default layout at 1280 px, so nothing is scaled down).
FIG_WIDTH = 8.5
_DISPLAY_PX_PER_INCH = 96
#: The notebook column of JupyterLab's default layout at 1280 px (file browser open), in CSS px.
COLUMN_PX = 830
_DPI = 144  # pixels per inch of the image itself: sharp on a projector or a high-density screen
# The image is 1.5 times wider (in pixels) than it is shown: its width is given twice (the width attribute, for
# a JupyterLab that strips style from untrusted output, and the style), so it is never shown at its pixel size
# scaled down to the column, where 12 pt text would display at about 8 pt.
_FIGURE = ('<figure class="kit-figure" style="margin:0 0 .6em 0">'
           '<img src="data:image/png;base64,{png}" alt="{alt}" width="{width}" '
           'style="width:{width}px;max-width:100%;height:auto">'
           '<figcaption style="font-family:system-ui,sans-serif;max-width:{width}px">'
           '<p style="margin:.2em 0">{summary}</p>'
           '<details><summary>The numbers in this chart, as a table</summary>{table}</details>'
           '</figcaption></figure>')


class Described:
    """What makes a matplotlib Figure a :class:`Chart`: a text alternative (``alt_text``), a ``summary``
    and its ``numbers``. In a notebook a Chart shows as the image (with ``alt``), the summary and the table.

    >>> chart, _ = new_chart(2)
    >>> describe(chart, "Bar chart: nothing.", "Nothing to see.").summary
    'Nothing to see.'
    """

    alt_text = ""
    summary = ""
    numbers = None

    def png_base64(self) -> str:
        """The chart as a PNG image at :data:`_DPI` pixels per inch, base64-encoded.

        Drawn once: ``savefig`` with a layout engine draws the chart twice (once to lay it out, once to
        paint it); a chart made at the image's resolution by :func:`new_chart` is laid out and painted
        in one pass instead (the same pixels, one draw fewer).

        >>> chart, _ = new_chart(2)
        >>> import base64; base64.b64decode(chart.png_base64())[:4]
        b'\\x89PNG'
        """
        buffer = io.BytesIO()
        if self.dpi == _DPI and self.get_facecolor() == (1.0, 1.0, 1.0, 1.0) and hasattr(self.canvas, "print_png"):
            self.canvas.print_png(buffer)  # one draw: the layout engine runs at its start
        else:
            self.savefig(buffer, format="png", dpi=_DPI, facecolor="white")
        png = base64.b64encode(buffer.getvalue()).decode("ascii")
        self._shown_png = png  # for IPython's own PNG formatter, if pyplot set one up (see _repr_mimebundle_)
        return png

    def _table_html(self) -> str:
        import pandas as pd

        table = self.numbers
        if table is None or not isinstance(table, pd.DataFrame) or table.empty:
            return "<p>No numbers to show.</p>"
        return table.to_html(escape=True, border=0, float_format=lambda v: f"{v:.1f}")

    def _repr_mimebundle_(self, include=None, exclude=None):
        png = self.png_base64()
        _no_second_drawing(type(self))
        width = round(self.get_figwidth() * _DISPLAY_PX_PER_INCH)
        height = round(self.get_figheight() * _DISPLAY_PX_PER_INCH)
        alt = self.alt_text or "A chart (no description was given)."
        page = _FIGURE.format(png=png, alt=html.escape(alt), width=width, summary=html.escape(self.summary),
                              table=self._table_html())
        text = "\n".join(line for line in (alt, self.summary) if line)
        return ({"text/html": page, "image/png": png, "text/plain": text},
                {"image/png": {"width": width, "height": height}})


_CHART: list = []


def _no_second_drawing(cls) -> None:
    """Once ``matplotlib.pyplot`` is imported in a notebook, IPython draws every Figure again for its own
    PNG (about as long as the chart itself). A :class:`Chart` gives its image in its own bundle, so IPython
    is told to reuse that image for this class. Nothing is done outside IPython or without pyplot."""
    import sys

    if "IPython" not in sys.modules or "matplotlib.pyplot" not in sys.modules:
        return
    from IPython import get_ipython

    shell = get_ipython()
    formatter = getattr(shell, "display_formatter", None)
    png = formatter.formatters.get("image/png") if formatter is not None else None
    if png is None or cls in png.type_printers:
        return
    try:
        png.lookup_by_type(cls)
    except KeyError:
        return  # no PNG printer for figures: IPython uses the bundle's image as it is
    png.for_type(cls, _shown_png)


def _shown_png(fig) -> str:
    """The PNG a Chart just gave in its bundle (IPython asks for it right after the bundle)."""
    return getattr(fig, "_shown_png", None) or fig.png_base64()


def chart_class():
    """The :class:`Chart` class: a matplotlib Figure that is also :class:`Described`.

    Made on first use, so ``import kit.plots`` does not load matplotlib.

    >>> chart_class().__name__
    'Chart'
    """
    if not _CHART:
        from matplotlib.figure import Figure

        _CHART.append(type("Chart", (Described, Figure), {"__doc__": Described.__doc__, "__module__": __name__}))
    return _CHART[0]


def __getattr__(name: str):
    if name == "Chart":
        return chart_class()
    raise AttributeError(f"module 'kit.charts' has no attribute {name!r}")


def new_chart(height: float, nrows: int = 1, ncols: int = 1, **kwargs):
    """A :class:`Chart` :data:`FIG_WIDTH` inches wide and its axes (as ``plt.subplots``).

    Not made by pyplot, so pyplot never holds it open and a notebook shows the returned chart once.

    >>> chart, ax = new_chart(3)
    >>> float(chart.get_figwidth())
    8.5
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    layout = kwargs.pop("layout", "constrained")
    # made without pyplot (importing it costs a lesson about half a second, and pyplot would keep the
    # figure open): a figure of its own on an Agg canvas, at the resolution of its image
    fig = chart_class()(figsize=(FIG_WIDTH, height), dpi=_DPI, layout=layout, facecolor="white")
    FigureCanvasAgg(fig)
    axes = fig.subplots(nrows, ncols, **kwargs)
    return fig, axes


def describe(fig, alt: str, summary: str, numbers=None):
    """Give a :class:`Chart` its text alternative, one-line summary and table of numbers; returns it.

    >>> chart, _ = new_chart(2)
    >>> describe(chart, "Bar chart: a.", "b.").alt_text
    'Bar chart: a.'
    """
    fig.alt_text, fig.summary, fig.numbers = alt, summary, numbers
    return fig


def plain(label) -> str:
    """A label matplotlib shows as it is: every ``$`` escaped, so it is never read as maths.

    >>> plain("$\\\\foo$ News")
    '\\\\$\\\\foo\\\\$ News'
    """
    return str(label).replace("$", r"\$")


def wrap_label(label, width: int = 28) -> str:
    """A label on lines of about ``width`` characters, broken only between words: a long word or an
    article id stays whole on its line ("Komsomolskaya Pravda" never becomes "Komsomolska/ya").

    >>> wrap_label("Komsomolskaya Pravda", 11)
    'Komsomolskaya\\nPravda'
    """
    return "\n".join(textwrap.wrap(str(label), width, break_long_words=False, break_on_hyphens=False)) or str(label)


def smallest_text_pt(fig, column_px: int = COLUMN_PX) -> float:
    """The smallest text on a figure, in points as displayed in a notebook column ``column_px`` wide.

    The chart is shown at 96 px per inch, scaled down only when wider than the column.

    >>> chart, ax = new_chart(2)
    >>> _ = ax.set_title("T", fontsize=20)
    >>> smallest_text_pt(chart) >= 10
    True
    """
    fig.canvas.draw()
    scale = min(1.0, column_px / (fig.get_figwidth() * _DISPLAY_PX_PER_INCH))
    sizes = [t.get_fontsize() for t in fig.findobj(lambda a: hasattr(a, "get_fontsize") and hasattr(a, "get_text"))
             if t.get_visible() and str(t.get_text()).strip()]
    return min(sizes) * scale if sizes else float("inf")
