"""Distinctive words: the words that set one outlet apart from the others (Monroe, Colaresi and
Quinn's "Fightin' Words", 2008), with their bar chart.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
...     "text": ["the regime the regime war", "government war war"]})
>>> top_distinctive_words(distinctive_words(arts, prior=1.0), "X", n=1).word.tolist()
['regime']
"""

from __future__ import annotations

import functools
import re

from .concepts import CONCEPT_LEFT, CONCEPT_RIGHT, group_labels, load_concepts
from .datafiles import data_path, file_stamp
from .errors import KitError
from .phrases import PhraseMatcher

__all__ = ["distinctive_words", "top_distinctive_words", "plot_distinctive_words", "word_counts",
           "FUNCTION_WORDS", "name_token"]

#: A word for distinctive_words(): a dotted abbreviation kept whole ("U.S.", "U.N.", "e.g."), or a
#: run of letters with inner apostrophes ("don't"). Single letters are dropped (see _tokens).
_WORD_TOKEN = re.compile(r"(?<![^\W\d_])[^\W\d_](?:\.[^\W\d_])+\.?(?![^\W\d_])"
                         r"|[^\W\d_]+(?:['’][^\W\d_]+)*")


def _word(token: str) -> str | None:
    """One word as distinctive_words() counts it (None: not a word here)."""
    if "." in token:  # a dotted abbreviation: "U.S." and "U.S" are "US"; "e.g." stays
        token = token if token.endswith(".") else token + "."
        bare = token.replace(".", "")
        return bare if bare.isupper() else token.lower()
    if len(token) == 1:
        return None
    if token.isupper():  # an acronym keeps its capitals: "US" is not the word "us"
        return token
    return token.lower().replace("’", "'")


def name_token(name: str) -> str:
    """A name as one word: "U.S.-led coalition" -> "US-led coalition"; other capitals as written.

    >>> name_token("U.S.-led   coalition")
    'US-led coalition'
    """
    return re.sub(r"(?<![^\W\d_])((?:[A-Z]\.){2,})", lambda m: m.group(1).replace(".", ""), " ".join(name.split()))


@functools.lru_cache(maxsize=4)
def _name_matcher_for(stamp: tuple) -> PhraseMatcher:
    """The concept table's names of two or more words ("United States"), each kept as one word."""
    phrases = []
    for surface, sensitive in zip(*[load_concepts(stamp[0])[c] for c in ("surface", "case_sensitive")]):
        first, _sep, rest = surface.partition(" ")
        name = rest if first.lower() == "the" else surface
        if " " in name:
            phrases.append((name, name_token(name), sensitive))
    return PhraseMatcher(phrases, left=CONCEPT_LEFT, right=CONCEPT_RIGHT)


def _tokens(text: str) -> list[str]:
    """The words of ``text`` as distinctive_words() counts them.

    Words are lowercased, but an acronym keeps its capitals ("US" is not "us"), a dotted abbreviation
    loses its dots ("U.S." is "US"), and a name of two or more words from the concept table
    (data/concepts.csv) stays whole ("United States"). A single letter on its own ("a", "I") is not a
    word here. Curly apostrophes become straight ones.

    >>> _tokens("The U.S.-led coalition, the United States and the US didn’t act; a plan B.")
    ['the', 'US-led coalition', 'the', 'United States', 'and', 'the', 'US', "didn't", 'act', 'plan']
    """
    names = _name_matcher_for(file_stamp(data_path("concepts.csv"))).find(text)
    out, pos = [], 0
    for start, end, token in [*names, (len(text), len(text), None)]:
        out.extend(w for w in (_word(t) for t in _WORD_TOKEN.findall(text, pos, start)) if w)
        if token:
            out.append(token)
        pos = end
    return out


def word_counts(articles, by: str = "outlet"):
    """How often each word occurs in each group: one row per group and word (``by, word, count``).

    Groups come in the order they first appear, words in alphabetical order. A group with no word at
    all keeps one row with an empty ``word`` and a count of 0, so it is not lost. The tables of
    several parts of a corpus, put one after the other, can be passed to :func:`distinctive_words`
    in place of the articles: their counts are added up (this is how :mod:`kit.scale` works).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "text": ["war war regime", "42"]})
    >>> word_counts(arts).values.tolist()
    [['X', 'regime', 1], ['X', 'war', 2], ['Y', '', 0]]
    """
    import pandas as pd

    from .sourcing import checked_articles  # the quotation finder's modules, loaded when words are counted

    frame = checked_articles(articles, "word_counts")
    groups = group_labels(frame, by)
    counts: dict[str, dict[str, int]] = {}
    for group, text in zip(groups, frame.text):
        bucket = counts.setdefault(group, {})
        for tok in _tokens(text):
            bucket[tok] = bucket.get(tok, 0) + 1
    rows = [(group, word, bucket[word]) for group, bucket in counts.items() for word in sorted(bucket)]
    rows += [(group, "", 0) for group, bucket in counts.items() if not bucket]
    order = {g: i for i, g in enumerate(counts)}
    rows.sort(key=lambda r: order[r[0]])  # stable: words stay sorted within a group
    return pd.DataFrame(rows, columns=[by, "word", "count"]).astype({"count": "int64"})


def _counts_from_table(table, by: str) -> dict[str, dict[str, int]]:
    """{group: {word: count}} from word_counts() tables put one after the other (counts added up)."""
    missing = [c for c in (by, "word", "count") if c not in table.columns]
    if missing:
        raise KitError(f"the word-count table has no column {missing[0]!r}", field=missing[0],
                       fix="Make the table with kit.framing.word_counts(articles, by=...) and use the same by=.")
    counts: dict[str, dict[str, int]] = {}
    for group, word, n in zip(table[by].astype(str), table["word"].astype(str), table["count"]):
        bucket = counts.setdefault(group, {})
        if word:
            bucket[word] = bucket.get(word, 0) + int(n)
    return counts


def distinctive_words(articles, by: str = "outlet", prior="informative", prior_scale: float = 0.1):
    """The words that set each group apart from all the other groups pooled ("Fightin' Words").

    For every group and word: the log-odds ratio with a Dirichlet prior (``delta``), its variance and
    ``z = delta / sqrt(variance)`` (Monroe, Colaresi and Quinn 2008, natural logarithms). A large
    positive z: the group uses the word more than the others; negative: less. ``prior`` is a number
    (the same pseudo-count ``alpha`` for every word, so alpha_0 = alpha x vocabulary size) or
    ``"informative"``: alpha_w = ``prior_scale`` x the word's count in the whole corpus
    (alpha_0 = ``prior_scale`` x corpus size). Words are lowercased letter sequences; dotted
    abbreviations stay whole ("u.s.") and single letters are left out. ``articles`` may also be a table
    of :func:`word_counts` (or several, one after the other).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
    ...     "text": ["regime regime war", "government war war"]})
    >>> t = distinctive_words(arts, prior=1.0)
    >>> t[t.outlet == "X"][["word", "count", "count_other"]].values.tolist()
    [['regime', 2, 0], ['government', 0, 1], ['war', 1, 2]]
    >>> round(t.loc[(t.outlet == "X") & (t.word == "regime"), "z"].item(), 3)
    1.394
    """
    import numpy as np
    import pandas as pd

    if hasattr(articles, "columns") and "word" in articles.columns and "text" not in articles.columns:
        counts = _counts_from_table(articles, by)  # word_counts() tables of parts of a corpus
    else:
        from .sourcing import checked_articles

        counts = _counts_from_table(word_counts(checked_articles(articles, "distinctive_words"), by), by)
    groups = list(counts)
    if len(counts) < 2:
        raise KitError(f"distinctive words compare groups, but all articles are in one group "
                       f"({next(iter(counts), 'none')!r})", field=by,
                       fix=f"Add articles from another {by}, or group by another column, "
                           "for example by='article_id'.")
    matrix = pd.DataFrame(counts).fillna(0).astype("int64")  # words x groups
    matrix = matrix.loc[sorted(matrix.index)]
    total = matrix.sum(axis=1)
    if isinstance(prior, str):
        if prior != "informative":
            raise KitError(f"unknown prior {prior!r}", field="prior",
                           fix='Use prior="informative" or a number such as prior=0.01.')
        if prior_scale <= 0:
            raise KitError("prior_scale must be above 0", field="prior_scale", fix="Try prior_scale=0.1.")
        alpha = total.astype(float) * prior_scale
    else:
        try:
            a = float(prior)
        except (TypeError, ValueError):
            raise KitError(f"prior must be a number or 'informative', not {prior!r}", field="prior",
                           fix='Use prior="informative" or a number such as prior=0.01.') from None
        if not a > 0:
            raise KitError("the prior must be above 0", field="prior", fix="Try prior=0.01.")
        alpha = pd.Series(a, index=matrix.index)
    alpha0 = float(alpha.sum())
    rows = []
    for group in matrix.columns:
        y_i = matrix[group].astype(float)
        y_j = total - y_i
        n_i, n_j = y_i.sum(), y_j.sum()
        log_i = np.log(y_i + alpha) - np.log(n_i + alpha0 - y_i - alpha)
        log_j = np.log(y_j + alpha) - np.log(n_j + alpha0 - y_j - alpha)
        delta = log_i - log_j
        variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
        z = delta / np.sqrt(variance)
        rows.append(pd.DataFrame({by: group, "word": matrix.index, "count": y_i.astype("int64").values,
                                  "count_other": y_j.astype("int64").values, "n_words": int(n_i),
                                  "n_words_other": int(n_j), "alpha": alpha.values, "delta": delta.values,
                                  "variance": variance.values, "z": z.values}))
    out = pd.concat(rows, ignore_index=True)
    order = {g: i for i, g in enumerate(dict.fromkeys(groups))}
    out["_g"] = out[by].map(order)
    out = out.sort_values(["_g", "z", "word"], ascending=[True, False, True]).drop(columns="_g")
    return out.reset_index(drop=True)


#: Grammar words ("of", "the", "will") that the plot of distinctive words leaves out by default: with a
#: handful of articles they often top the list and say little about framing. The table keeps them.
FUNCTION_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each either else ever few for from further
had has have having he her here hers herself him himself his how however i if in into is it it's its
itself just let me more most much my myself neither no nor not now of off on once only or other our ours
ourselves out over own same shall she should since so some such than that that's the their theirs them
themselves then there there's these they this those though through thus to too under until up upon very
was we were what when where whether which while who whom whose why will with within without would yet
you your yours yourself yourselves
""".split())


def top_distinctive_words(table, group, n: int = 10, function_words: bool = False):
    """The ``n`` rows of ``group`` with the largest z-scores, as the plot shows them (largest first).

    ``table`` is the result of :func:`distinctive_words`; grammar words (:data:`FUNCTION_WORDS`) are
    left out unless ``function_words=True``, as in :func:`plot_distinctive_words`.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
    ...     "text": ["the regime the regime war", "government war war"]})
    >>> top_distinctive_words(distinctive_words(arts, prior=1.0), "X", n=1).word.tolist()  # "the" left out
    ['regime']
    """
    by = table.columns[0]
    rows = table[table[by] == group]
    if not function_words:
        rows = rows[~rows.word.isin(FUNCTION_WORDS)]
    return rows.nlargest(n, "z")


def plot_distinctive_words(table, n: int = 10, by: str = "outlet", function_words: bool = False):
    """Bars of the ``n`` most distinctive words of each group (largest z-scores). Returns the Figure.

    ``table`` is the result of :func:`distinctive_words` or a table of articles. A dashed line marks
    z = 1.96: to the right of it, the difference is unlikely to be chance alone. Grammar words in
    :data:`FUNCTION_WORDS` ("of", "the", "will") are left out of the plot unless
    ``function_words=True``; the table itself keeps every word.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
    ...     "text": ["regime regime war", "government war war"]})
    >>> fig = plot_distinctive_words(arts, n=2)
    >>> fig.axes[0].get_title()
    'X'
    """
    import pandas as pd

    from .html_charts import Bar, HtmlChart, bars_html
    from .plots import SMALLEST, describe, new_chart, plain

    if "z" not in getattr(table, "columns", []):
        table = distinctive_words(table, by=by)
    by = table.columns[0]
    groups = list(dict.fromkeys(table[by]))
    tops = []
    for group in groups:
        tops.append(top_distinctive_words(table, group, n, function_words).iloc[::-1])
    def draw():  # the image (kit.html_charts: made on first use of a Figure attribute)
        # one panel per group, stacked, so the chart fits the notebook and its words stay readable
        # one panel per group, stacked, on one shared scale so the bars can be compared across panels
        fig, axes = new_chart(sum(0.32 * max(len(t), 1) + 1.6 for t in tops) + 1.2, nrows=max(len(groups), 1),
                              squeeze=False, sharex=True)
        label = (f"Score: how far this {by.replace('_', ' ')} is ahead of the other articles\n"
                 "on the word, measured against chance")
        for ax, group, top in zip(axes[:, 0], groups, tops):
            ax.barh([plain(w) for w in top.word], top.z, color="#1E26F0")
            ax.axvline(1.96, color="black", linestyle="--", linewidth=1.5)
            ax.set_title(plain(group), fontsize=14)
            ax.tick_params(labelsize=SMALLEST, labelbottom=True)
            ax.set_xlabel(label, fontsize=SMALLEST)
        hidden = "" if function_words else "\nGrammar words such as 'of' are left out."
        fig.suptitle(f"Words that set each {by.replace('_', ' ')} apart\n"
                     f"Past the dashed line, chance alone is an unlikely reason for the difference.{hidden}",
                     fontsize=SMALLEST + 1)
        return describe(fig, alt, summary, numbers)

    lists = "; ".join(f"{g}: {', '.join(t.word.iloc[::-1].head(3))}" for g, t in zip(groups, tops))
    numbers = pd.concat(tops, ignore_index=True)[[by, "word", "z"]] if tops else None
    alt = (f"Bar charts, one per {by} ({len(groups)}): the {n} words each uses much more often than the other "
           f"articles, with a dashed line past which chance alone is an unlikely reason. Top words: {lists}.")
    summary = f"Top words: {lists}. The scores (column z) are in the table below."
    bars = [Bar(str(g), float(z), "#1E26F0", str(w), lines=[(1.96, "dashed")])
            for g, t in zip(groups, tops) for w, z in zip(t.word.iloc[::-1], t.z.iloc[::-1])]
    title = f"Words that set each {by.replace('_', ' ')} apart"
    key = ("Dashed line: past it, chance alone is an unlikely reason for the difference."
           + ("" if function_words else " Grammar words such as 'of' are left out."))
    page = bars_html(title, [by.replace("_", " ").capitalize(), "Word", "Score (against chance)"], bars, scale=key)
    return HtmlChart(title, page, alt, summary.replace("in the table below", "in the table above"), numbers,
                     draw=draw)
