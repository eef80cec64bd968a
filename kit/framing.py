"""Framing: how different outlets tell the same events.

- :func:`naming` / :func:`plot_naming` -- which names each outlet uses for the same actor
  ("Syrian government" or "Assad regime"), from the editable concept table ``data/concepts.csv``;
- :func:`distinctive_words` / :func:`plot_distinctive_words` -- the words that set one outlet
  apart from the others (Monroe, Colaresi and Quinn's "Fightin' Words", 2008);
- :func:`figures` -- every number, with its unit, a hedge word such as "some" or "more than",
  and who the sentence credits it to;
- :func:`headlines` -- titles and first paragraphs side by side.

Articles with no outlet are grouped under ``kit.corpus.UNKNOWN_OUTLET`` ("(no outlet named)") so nothing is dropped.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily"], "title": ["T"],
    ...                      "text": ["Some 4,000 people left Raqqa on October 12."]})
    >>> figures(arts)[["phrase", "hedge", "kind"]].values.tolist()
    [['Some 4,000 people', 'Some', 'number'], ['October 12', '', 'date']]
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .corpus import UNKNOWN_OUTLET, sentences
from .datafiles import data_path, file_stamp
from .errors import KitError, Problem
from .gazetteer import raise_problems, read_table, yes
from .phrases import PhraseMatcher, normalise_form
from .sourcing import attribution_at, attribution_lookup, checked_articles, data_version, quotes

__all__ = ["naming", "plot_naming", "distinctive_words", "plot_distinctive_words", "figures", "headlines",
           "word_counts", "group_labels", "load_concepts", "CONCEPT_COLUMNS"]

#: The kit's own concept table.

#: The header of a concept table, in this order.
CONCEPT_COLUMNS = ["concept", "surface", "note", "case_sensitive"]

NAMING_COLUMNS = ["group", "concept", "surface", "count", "share", "n_articles", "note"]
FIGURE_COLUMNS = ["article_id", "outlet", "sentence_id", "start", "end", "number", "value", "kind", "unit",
                  "hedge", "phrase", "phrase_start", "phrase_end", "sentence", "in_quote", "attribution",
                  "attribution_type", "cue", "cue_tone", "speaker_guess"]
HEADLINE_COLUMNS = ["article_id", "outlet", "title", "lead", "lead_start", "lead_end", "lead_words"]

#: A word for distinctive_words(): a dotted abbreviation kept whole ("U.S.", "U.N.", "e.g."), or a
#: run of letters with inner apostrophes ("don't"). Single letters are dropped (see _tokens).
_WORD_TOKEN = re.compile(r"(?<![^\W\d_])[^\W\d_](?:\.[^\W\d_])+\.?(?![^\W\d_])"
                         r"|[^\W\d_]+(?:['’][^\W\d_]+)*")


def group_labels(articles, by: str = "outlet"):
    """The group of each article for :func:`naming` and :func:`distinctive_words`: the column ``by``,
    with an empty value shown as ``(no outlet named)`` (or ``(no <by>)``).

    >>> import pandas as pd
    >>> group_labels(pd.DataFrame({"outlet": ["WSWS", ""]})).tolist()
    ['WSWS', '(no outlet named)']
    """
    frame = articles
    if by not in frame.columns:
        raise KitError(f"the articles table has no column {by!r} to group by", field=by,
                       fix="Use by='outlet' or by='article_id', or add the column to the table.")
    labels = frame[by].fillna("").astype(str).str.strip()
    empty = UNKNOWN_OUTLET if by == "outlet" else f"(no {by})"
    return labels.where(labels != "", empty)


# --------------------------------------------------------------------------- the concept table

def load_concepts(path=None):
    """Read a concept table: one row per way of naming an actor.

    The header is ``concept,surface,note,case_sensitive``. ``case_sensitive`` is ``yes`` to match
    only these capitals (as for "IS" or "Washington"). A mistake raises
    :class:`kit.errors.LexiconError` naming the line.

    >>> table = load_concepts()
    >>> sorted(table.loc[table.concept == "ISIS", "surface"])[:3]
    ['Daesh', 'IS', 'ISIL']
    """
    import pandas as pd

    path = Path(path) if path is not None else data_path("concepts.csv")
    rows, problems = read_table(path, CONCEPT_COLUMNS, "concept table")
    seen: dict[str, int] = {}
    for row in rows:
        line = row["line"]
        for column, fix in (("concept", "Write the actor's name (for example 'Syrian government')."),
                            ("surface", "Write the word or phrase an article uses for the actor.")):
            if not row[column].strip():
                problems.append(Problem(f"the {column} is empty", file=str(path), line=line, field=column,
                                        fix=fix + " Or delete the line."))
        try:
            row["case_sensitive"] = bool(yes(row["case_sensitive"]))
        except ValueError:
            problems.append(Problem(f"case_sensitive must be yes, no or empty, not {row['case_sensitive']!r}",
                                    file=str(path), line=line, field="case_sensitive",
                                    fix="Write yes (match capitals exactly), no, or leave it empty."))
        key = normalise_form(row["surface"])
        if key and key in seen:
            problems.append(Problem(f"the surface form {row['surface'].strip()!r} is already listed on line "
                                    f"{seen[key]}", file=str(path), line=line, field="surface",
                                    fix="A phrase can belong to one concept only: delete one of the lines."))
        seen.setdefault(key, line)
    raise_problems(problems, "concept table")
    frame = pd.DataFrame(rows, columns=[*CONCEPT_COLUMNS, "line"])
    for c in ("concept", "surface", "note"):
        frame[c] = frame[c].str.strip()
    return frame


# A concept's name is not part of a longer or hyphenated word ("anti-ISIS", "ISIS-held"); a possessive
# or another ending after an apostrophe may follow ("Assad’s").
_CONCEPT_LEFT = r"(?<![\w’'-])"
_CONCEPT_RIGHT = r"(?![\w-])"


def _concept_matcher(path: str | None):
    return _concept_matcher_for(file_stamp(path if path is not None else data_path("concepts.csv")))


@functools.lru_cache(maxsize=4)
def _concept_matcher_for(stamp: tuple) -> PhraseMatcher:
    phrases = []
    for r in load_concepts(stamp[0]).itertuples(index=False):
        entry = (r.concept, r.surface, r.note)
        phrases.append((r.surface, entry, r.case_sensitive))
        first, _sep, rest = r.surface.partition(" ")
        if r.case_sensitive and first.lower() == "the":  # "the US" also opens a sentence: "The US"
            for the in ("the", "The"):
                if the != first:
                    phrases.append((f"{the} {rest}", entry, True))
    return PhraseMatcher(phrases, left=_CONCEPT_LEFT, right=_CONCEPT_RIGHT)


def _concept_hits(text: str, concepts=None, matcher=None):
    matcher = matcher or _concept_matcher(None if concepts is None else str(concepts))
    yield from matcher.find(text)


def naming(articles, concepts=None, by: str = "outlet"):
    """How each outlet (or other group) names the same actors, from a concept table.

    One row per group, concept and surface form that occurs somewhere in the corpus (zero counts
    included, so groups can be compared): ``count``, ``share`` (the part of this concept's mentions
    in this group that use this form) and ``n_articles``. ``concepts`` is a path to your own table.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
    ...     "text": ["The Assad regime said no.", "The Syrian government and Damascus said no."]})
    >>> t = naming(arts)
    >>> t[t["count"] > 0][["outlet", "surface", "count", "share"]].values.tolist()
    [['X', 'Assad regime', 1, 1.0], ['Y', 'Syrian government', 1, 0.5], ['Y', 'Damascus', 1, 0.5]]
    """
    import pandas as pd

    frame = checked_articles(articles, "naming")
    groups = group_labels(frame, by)
    matcher = _concept_matcher(None if concepts is None else str(concepts))  # raises early on a bad table
    counts: dict[tuple, int] = {}
    docs: dict[tuple, set] = {}
    notes: dict[tuple, str] = {}
    order: dict[tuple, int] = {}
    table = load_concepts(concepts)
    for i, r in enumerate(table.itertuples(index=False)):
        order[(r.concept, r.surface)] = i
    for group, aid, text in zip(groups, frame.article_id, frame.text):
        for _s, _e, (concept, surface, note) in _concept_hits(text, matcher=matcher):
            key = (group, concept, surface)
            counts[key] = counts.get(key, 0) + 1
            docs.setdefault(key, set()).add(aid)
            notes[(concept, surface)] = note
    used = sorted({(c, s) for _g, c, s in counts}, key=lambda cs: order.get(cs, 0))
    rows = []
    for group in dict.fromkeys(groups):
        totals = {}
        for (g, c, _s), n in counts.items():
            if g == group:
                totals[c] = totals.get(c, 0) + n
        for concept, surface in used:
            n = counts.get((group, concept, surface), 0)
            rows.append({"group": group, "concept": concept, "surface": surface, "count": n,
                         "share": round(n / totals[concept], 3) if totals.get(concept) else 0.0,
                         "n_articles": len(docs.get((group, concept, surface), ())),
                         "note": notes[(concept, surface)]})
    out = pd.DataFrame(rows, columns=NAMING_COLUMNS).rename(columns={"group": by})
    return out.astype({"count": "int64", "n_articles": "int64"})


def plot_naming(table, concept=None, concepts=None, by: str = "outlet"):
    """A heatmap: one row per name, one column per outlet, the count in each cell.

    ``table`` is the result of :func:`naming` or a table of articles; ``concept`` picks one actor
    (by default all of them, one block per actor). Returns the Figure.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
    ...     "text": ["The Assad regime said no.", "The Syrian government said no."]})
    >>> fig = plot_naming(arts)
    >>> fig.axes[0].get_title()
    'How each outlet names the same actors'
    """
    from .plots import count_grid

    if "surface" not in getattr(table, "columns", []):
        table = naming(table, concepts=concepts, by=by)
    by = next((c for c in table.columns if c not in NAMING_COLUMNS), by)
    if concept is not None:
        table = table[table.concept == concept]
    table = table.assign(label=table.concept + ": " + table.surface)
    grid = table.pivot_table(index="label", columns=by, values="count", aggfunc="sum", fill_value=0, sort=False)
    return count_grid(grid, title="How each outlet names the same actors", cmap="Oranges", row_height=0.45,
                      xlabel=by.replace("_", " ").capitalize() + " (number = times used)",
                      ylabel="Actor: name used", empty="None of the names in the concept table was found")


# --------------------------------------------------------------------------- Fightin' Words

def _tokens(text: str) -> list[str]:
    """Lowercased word tokens for distinctive_words().

    Dotted abbreviations stay one token with a final full stop ("U.S." and "U.S" -> "u.s."), so
    "U.S." is not split into "u" and "s"; a single letter on its own ("a", "I", the "s" of a
    possessive typed with a stray mark) is not a word here and is dropped. Curly apostrophes
    become straight ones.

    >>> _tokens("The U.S.-led coalition and the U.N. didn’t act; a plan B.")
    ['the', 'u.s.', 'led', 'coalition', 'and', 'the', 'u.n.', "didn't", 'act', 'plan']
    """
    out = []
    for t in _WORD_TOKEN.findall(text.lower()):
        if "." in t:
            t = t if t.endswith(".") else t + "."
        elif len(t) == 1:
            continue
        out.append(t.replace("’", "'"))
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

    from .plots import SMALLEST, describe, new_chart, plain

    if "z" not in getattr(table, "columns", []):
        table = distinctive_words(table, by=by)
    by = table.columns[0]
    groups = list(dict.fromkeys(table[by]))
    tops = []
    for group in groups:
        tops.append(top_distinctive_words(table, group, n, function_words).iloc[::-1])
    # one panel per group, stacked, so the chart fits the notebook and its words stay readable
    fig, axes = new_chart(sum(0.32 * max(len(t), 1) + 1.3 for t in tops) + 0.8, nrows=max(len(groups), 1),
                          squeeze=False)
    for ax, group, top in zip(axes[:, 0], groups, tops):
        ax.barh([plain(w) for w in top.word], top.z, color="#1E26F0")
        ax.axvline(1.96, color="black", linestyle="--", linewidth=1.5)
        ax.set_title(plain(group), fontsize=14)
        ax.tick_params(labelsize=SMALLEST)
    if groups:
        axes[-1, 0].set_xlabel("z-score (how much more this group uses the word)", fontsize=SMALLEST)
    hidden = "" if function_words else "; grammar words such as 'of' left out"
    fig.suptitle(f"Words that set each group apart (dashed line: z = 1.96{hidden})", fontsize=SMALLEST + 2)
    lists = "; ".join(f"{g}: {', '.join(t.word.iloc[::-1].head(3))}" for g, t in zip(groups, tops))
    numbers = pd.concat(tops, ignore_index=True)[[by, "word", "z"]] if tops else None
    return describe(fig, f"Bar charts, one per {by} ({len(groups)}): the {n} words with the largest z-scores, "
                         f"with a dashed line at z = 1.96. Top words: {lists}.",
                    f"Top words: {lists}. All the z-scores are in the table below.", numbers)


# --------------------------------------------------------------------------- figures

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE = re.compile(
    rf"(?<![\w])(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{4}}"
    rf"|(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)(?:{_MONTHS}|{_DAYS})"
    rf"|(?:{_MONTHS.replace('May|', '')}|{_DAYS}))(?![\w])")
_NUMBER = re.compile(r"(?<![\w.,])[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*%|\s+per\s?cent\b|\s+percent\b)?"
                     r"(?:\s+(?:million|billion|trillion)\b)?(?![\w]|[.,]\d)")
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "dozens": None, "hundreds": None,
    "thousands": None, "millions": None, "billions": None, "tens": None, "scores": None,
}
_WORD_NUMBERS.pop("one")  # "one" is far more often a pronoun ("one should not ...") than a figure
_NUMBER_WORD = re.compile(r"(?<![\w-])(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|"
                          + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")(?![\w])", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _hedge_pattern(words: frozenset) -> re.Pattern:
    """Words before a number that soften or bound it ("about", "more than"), from data/word_sets.csv."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w])(?:(?:{alts})\s+)+)$", re.IGNORECASE)
_UNIT_STOP = frozenset("""
a an the and or but of in on at to for from by with as is are was were be been has have had will would
could should may might that which who this these those it its their his her them they than then there
were all some more other such into over under about after before during since while per not no
""".split())


def _unit(text: str, end: int) -> tuple[str, int]:
    """The unit after a number: "people", "trucks", "ISIS fighters" (at most two words)."""
    i = end + 1 if text[end:end + 1] == "-" else end
    of = re.match(r"\s+of\s+(?:the\s+|them\s+|those\s+)?", text[i:i + 20])
    if of:  # "750 of the militants"
        i += of.end()
    return _unit_words(text, i)


def _unit_words(text: str, i: int) -> tuple[str, int]:
    words = []
    for w in re.finditer(r"\s*([A-Za-z][\w’'-]*)", text[i:i + 80]):
        if w.start() != (words[-1][2] - i if words else 0):
            break
        low = w.group(1).lower()
        if low in _UNIT_STOP:
            break
        words.append((w.group(1), i + w.start(1), i + w.end(1)))
        if len(words) == 2 or not w.group(1)[0].isupper():
            break  # a second word only after a name: "ISIS fighters"
    if not words:
        return "", i
    return text[words[0][1]:words[-1][2]], words[-1][2]


def _value(number: str):
    s = number.lower().replace(",", "").replace("$", "").replace("€", "").replace("£", "").strip()
    scale = 1
    for word, mult in (("million", 1e6), ("billion", 1e9), ("trillion", 1e12)):
        if word in s:
            scale = mult
            s = s.replace(word, "")
    s = re.sub(r"%|per\s?cent|percent", "", s).strip()
    try:
        return float(s) * scale
    except ValueError:
        word = _WORD_NUMBERS.get(s)
        return float(word) if word is not None else float("nan")


def _kind(number: str, is_date: bool) -> str:
    if is_date:
        return "date"
    if number[:1] in "$€£":
        return "money"
    if "%" in number or "cent" in number:
        return "percent"
    if re.fullmatch(r"(1[89]|20)\d\d", number):
        return "year"
    if number[:1].isdigit():
        return "number"
    return "number word"


def figures(articles, gazetteer=None):
    """Every number, date and amount, with its unit, a hedge word, and who the sentence credits it to.

    One row per figure: ``number`` (as written), ``value`` (as a number where it can be read),
    ``kind`` (number / number word / date / year / percent / money), ``unit`` ("people", "trucks"),
    ``hedge`` ("some", "more than"), ``phrase`` (hedge + number + unit, exact text), the sentence,
    and its attribution (empty: the article states it in its own voice).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
    ...     "text": ["The BBC reported that more than 50 trucks left."]})
    >>> figures(arts)[["phrase", "value", "hedge", "attribution"]].values.tolist()
    [['more than 50 trucks', 50.0, 'more than', 'BBC']]
    """
    from . import cache

    frame = checked_articles(articles, "figures")
    return cache.per_article("figures", frame, lambda part: _figures(part, gazetteer), data_version(gazetteer))


def _figures(frame, gazetteer=None):
    import pandas as pd

    sent = sentences(frame)
    lookup = attribution_lookup(quotes(frame, gazetteer))
    from .wordsets import word_sets

    hedge_rx = _hedge_pattern(word_sets().figure_hedges)
    texts = dict(zip(frame.article_id, frame.text))
    outlets = dict(zip(frame.article_id, frame.outlet))
    rows = []
    for s in sent.itertuples(index=False):
        text = texts[s.article_id]
        found = []
        taken: list[tuple[int, int]] = []
        for m in _DATE.finditer(text, s.start, s.end):
            found.append((m.start(), m.end(), True))
            taken.append((m.start(), m.end()))
        for rx in (_NUMBER, _NUMBER_WORD):
            for m in rx.finditer(text, s.start, s.end):
                a, b = m.start(), m.end()
                while a < b and text[a].isspace():
                    a += 1
                if any(x < b and a < y for x, y in taken):
                    continue
                found.append((a, b, False))
                taken.append((a, b))
        for a, b, is_date in sorted(found):
            number = text[a:b]
            kind = _kind(number, is_date)
            unit, unit_end = ("", b) if kind in ("date", "year") else _unit(text, b)
            unit_end = min(unit_end, s.end)
            h = hedge_rx.search(text, max(s.start, a - 30), a)
            hedge_start = h.start() if h else a
            hedge = " ".join(text[h.start():a].split()) if h else ""
            phrase_end = unit_end if unit else b
            r, in_quote = attribution_at(lookup, s.article_id, a, s.sentence_id, s.start, s.end)
            rows.append({"article_id": s.article_id, "outlet": outlets[s.article_id],
                         "sentence_id": s.sentence_id, "start": a, "end": b, "number": number,
                         "value": float("nan") if kind == "date" else _value(number), "kind": kind,
                         "unit": unit, "hedge": hedge, "phrase": text[hedge_start:phrase_end],
                         "phrase_start": hedge_start, "phrase_end": phrase_end,
                         "sentence": text[s.start:s.end], "in_quote": in_quote,
                         "attribution": (r.speaker or r.speaker_text) if r is not None else "",
                         "attribution_type": r.speaker_type if r is not None else "",
                         "cue": r.cue if r is not None else "", "cue_tone": r.cue_tone if r is not None else "",
                         "speaker_guess": bool(r.speaker_guess) if r is not None else False})
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


# --------------------------------------------------------------------------- headlines

def headlines(articles):
    """Each article's title and first paragraph (its lead), side by side.

    ``lead_words`` counts the lead's words the way ``n_words`` does everywhere (kit.segment.count_words).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": ["Convoy leaves"],
    ...     "text": ["A convoy left the city.\\n\\nMore later."]})
    >>> headlines(arts)[["title", "lead", "lead_words"]].values.tolist()
    [['Convoy leaves', 'A convoy left the city.', 5]]
    """
    import pandas as pd

    from .corpus import paragraphs
    from .segment import count_words

    frame = checked_articles(articles, "headlines")
    paras = paragraphs(frame)
    first = paras.sort_values(["paragraph_id"]).groupby("article_id", sort=False).head(1)
    leads = {r.article_id: (r.start, r.end) for r in first.itertuples(index=False)}
    rows = []
    for r in frame.itertuples(index=False):
        start, end = leads.get(r.article_id, (0, 0))
        lead = r.text[start:end]
        rows.append({"article_id": r.article_id, "outlet": r.outlet.strip() or UNKNOWN_OUTLET,
                     "title": r.title, "lead": lead, "lead_start": start, "lead_end": end,
                     "lead_words": count_words(lead)})
    return pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
