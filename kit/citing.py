"""Citing: which article cites which media outlet, and every sentence that carries a claim, with its source.

Two tables built on :func:`kit.sourcing.quotes` and :func:`kit.sourcing.sources`: :func:`citations` (and its grid,
:func:`plot_citations`) and :func:`trace_claim`, with the attribution lookup that :func:`kit.figures` reads too.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily"], "title": [""],
    ...                      "text": ["The Pentagon said the convoy left. The Kremlin said it did not."]})
    >>> trace_claim(arts, "convoy")[["match", "attribution"]].values.tolist()
    [['convoy', 'Pentagon']]
"""

from __future__ import annotations

import re

from .errors import KitError
from .segment import sentence_bounds
from .sourcing import (
    checked_articles,
    collector_paused,
    data_version,
    quotes,
    sources,
    speaker_name,
    table_rows,
)
from .speaker_guess import outlet_label
from .word_forms import one_word_pattern

__all__ = ["citations", "plot_citations", "trace_claim", "attribution_lookup", "attribution_at",
           "CITATION_COLUMNS", "TRACE_COLUMNS", "ATTRIBUTION_COLUMNS"]

CITATION_COLUMNS = ["article_id", "outlet", "cited", "cited_type", "n_mentions", "n_quotes", "self_citation"]
TRACE_COLUMNS = ["article_id", "outlet", "sentence_id", "start", "end", "text", "match", "match_start",
                 "match_end", "n_matches", "in_quote", "attribution", "attribution_type", "attribution_kind",
                 "cue", "cue_tone", "speaker_guess"]
#: the columns of :func:`kit.sourcing.quotes` that the rows of :func:`attribution_lookup` hold (what
#: :func:`attribution_at`, :func:`trace_claim` and :func:`kit.figures` read of a quotation)
ATTRIBUTION_COLUMNS = ["article_id", "sentence_id", "start", "end", "kind", "speaker", "speaker_text", "speaker_type",
                       "cue", "cue_tone", "speaker_guess", "speaker_start", "speaker_end"]


def citations(articles, gazetteer=None):
    """Which article names which media outlet or news agency, and how often.

    One row per (article, cited outlet): ``n_mentions`` (times named), ``n_quotes`` (quotations
    credited to it) and ``self_citation`` (the article names its own outlet). Naming an outlet is
    not always agreeing with it: read the sentences with :func:`trace_claim`.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["x"], "outlet": ["Daily"], "title": [""], "text": [
    ...     "The BBC said the convoy left. Reuters and the BBC saw it."]})
    >>> citations(arts)[["cited", "n_mentions", "n_quotes"]].values.tolist()
    [['BBC', 2, 1], ['Reuters', 1, 0]]
    """
    import pandas as pd

    frame = checked_articles(articles, "citations")
    src = sources(frame, gazetteer)
    src = src[src.source_type == "media outlet"]
    rows = []
    for r in table_rows(src):
        own = r.outlet.strip().lower()
        rows.append({"article_id": r.article_id, "outlet": outlet_label(r.outlet), "cited": r.source,
                     "cited_type": r.gazetteer_type, "n_mentions": r.n_mentions, "n_quotes": r.n_quotes,
                     "self_citation": bool(own) and own == r.source.lower()})
    return pd.DataFrame(rows, columns=CITATION_COLUMNS)


def plot_citations(table, gazetteer=None):
    """A grid: one row per article, one column per cited outlet, the number of mentions in each cell.

    ``table`` is the result of :func:`citations` or a table of articles. Returns the Figure.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["x"], "outlet": ["Daily"], "title": [""], "text": [
    ...     "The BBC said the convoy left. Reuters and the BBC saw it."]})
    >>> fig = plot_citations(arts)
    >>> fig.axes[0].get_title()
    'Which article names which media outlet'
    """
    from .plots import count_grid

    if "cited" not in getattr(table, "columns", []):
        table = citations(table, gazetteer)
    label = table.article_id.astype(str) + " · " + table.outlet.astype(str)
    grid = table.assign(article=label).pivot_table(index="article", columns="cited", values="n_mentions",
                                                   aggfunc="sum", fill_value=0)
    return count_grid(grid, title="Which article names which media outlet", cmap="Blues", row_height=0.8,
                      xlabel="Outlet named in the article (number = times named)", ylabel="Article",
                      empty="No media outlet is named")


# --------------------------------------------------------------------------- claim trace

_ONE_WORD = re.compile(r"(?![A-Z]+$)[A-Za-z]{3,}")  # one word, not an abbreviation in capitals ("US", "NATO")


def _claim_pattern(phrase: str) -> re.Pattern:
    """A pattern for a phrase: any case, any spacing, curly or straight quotes, 4,000 = 4000; a word's forms."""
    phrase = phrase.strip()
    if not phrase:
        raise KitError("the phrase to trace is empty", field="phrase",
                       fix='Give a word, a phrase or a figure, for example kit.trace_claim(articles, "4,000").')
    if _ONE_WORD.fullmatch(phrase):  # "repair" finds "repairs", "repaired" and "repairing" too
        return re.compile(r"(?<!\w)" + one_word_pattern(phrase) + r"(?!\w)", re.IGNORECASE)
    parts = []
    for token in re.finditer(r"\d[\d,.]*\d|\d|\s+|['’‘]|[\"“”]|.", phrase):
        t = token.group(0)
        if t[0].isdigit():
            digits = t.replace(",", "")
            if "." in digits:
                parts.append(re.escape(digits))
                continue
            groups = []
            head = len(digits) % 3 or 3
            groups.append(digits[:head])
            groups.extend(digits[i:i + 3] for i in range(head, len(digits), 3))
            parts.append(",?".join(groups) if len(digits) > 3 else digits)
        elif t.isspace():
            parts.append(r"\s+")
        elif t in "'’‘":
            parts.append("['’‘]")
        elif t in "\"“”":
            parts.append("[\"“”]")
        else:
            parts.append(re.escape(t))
    body = "".join(parts)
    left = r"(?<![\w,.])" if phrase[0].isdigit() else (r"(?<!\w)" if phrase[0].isalnum() else "")
    right = r"(?![\w]|[,.]\d)" if phrase[-1].isdigit() else (r"(?!\w)" if phrase[-1].isalnum() else "")
    return re.compile(left + body + right, re.IGNORECASE)


def attribution_lookup(q):
    """Per article: direct quotation (and quoted title) spans and rows by sentence, for attribution.

    ``q`` is a table from :func:`quotes`; :func:`attribution_at` reads the result. Its rows hold the columns
    :data:`ATTRIBUTION_COLUMNS` (not the quotation's words nor its note: read once per call, they cost more than
    the rest), ``speaker`` as text ("" for none).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["The road was closed, the BBC reported."]})
    >>> lookup = attribution_lookup(quotes(arts))
    >>> sorted(lookup["a"]), lookup["a"]["sentence"][0][0].speaker
    (['direct', 'sentence'], 'BBC')
    """
    by_article: dict = {}
    q = q[[c for c in ATTRIBUTION_COLUMNS if c in q.columns]]
    q = q.assign(speaker=[speaker_name(v) for v in q["speaker"].tolist()])
    for r in table_rows(q):
        d = by_article.setdefault(r.article_id, {"direct": [], "sentence": {}})
        if r.kind in ("direct", "title", "partial"):  # words inside a quoted headline are its outlet's, too
            d["direct"].append(r)
        d["sentence"].setdefault(r.sentence_id, []).append(r)
    return by_article


def attribution_at(lookup, article_id, pos: int, sentence_id: int, s: int, e: int):
    """(quotation row or None, in_quote): who a statement at ``pos`` is credited to.

    The statement is at ``pos`` in sentence ``sentence_id``, which spans ``s:e`` of the article.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["The road was closed, the BBC reported."]})
    >>> row, in_quote = attribution_at(attribution_lookup(quotes(arts)), "a", 4, 0, 0, 38)
    >>> row.speaker, in_quote
    ('BBC', False)
    """
    d = lookup.get(article_id)
    if not d:
        return None, False
    for r in d["direct"]:
        if r.start <= pos < r.end:
            return (r if r.speaker or r.speaker_text else None), True
    for r in d["sentence"].get(sentence_id, []):
        if r.kind == "indirect" and (r.speaker or r.speaker_text):
            return r, False
    for r in d["direct"]:
        if s <= r.start < e and (r.speaker or r.speaker_text) and r.cue:
            return r, False
    return None, False


def trace_claim(articles, phrase: str, gazetteer=None):
    """Every sentence in the corpus that mentions a phrase or a figure, with who it is credited to.

    Matching ignores case and spacing, treats "4,000" and "4000" as the same figure, and finds whole words only;
    one word finds its regular forms too ("repair": repairs, repaired, repairing; "ferries": ferry;
    :func:`kit.word_forms.one_word_pattern`),
    not an irregular one ("went" for "go"); an abbreviation ("US") or a longer phrase matches as written.
    ``attribution`` is the speaker or source the sentence credits (empty: the article says it in
    its own voice); ``in_quote`` tells whether the phrase sits inside quotation marks.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["", ""], "title": ["", ""], "text": [
    ...     "Some 4,000 people left, the BBC reported.", "About 4000 fighters left."]})
    >>> trace_claim(arts, "4000")[["article_id", "match", "attribution"]].values.tolist()
    [['a', '4,000', 'BBC'], ['b', '4000', '']]
    >>> trace_claim(arts.assign(text=["The pool needs repairs, the council said.", ""]), "repair").match.tolist()
    ['repairs']
    """
    from . import cache

    frame = checked_articles(articles, "trace_claim")
    pattern = _claim_pattern(phrase if isinstance(phrase, str) else str(phrase))
    return cache.per_article("trace_claim", frame, lambda part: _trace(part, pattern, gazetteer),
                             (phrase, data_version(gazetteer)))


@collector_paused()
def _trace(frame, pattern, gazetteer=None):
    import pandas as pd

    q = quotes(frame, gazetteer)
    lookup = attribution_lookup(q)
    texts = dict(zip(frame.article_id, frame.text))
    outlets = dict(zip(frame.article_id, frame.outlet))
    rows = []
    # the sentences of kit.sentences, read from kit.segment directly rather than through its table
    for article_id, own_text in zip(frame["article_id"].tolist(), frame["text"].tolist()):
        text = texts[article_id]
        for sentence_id, (_pid, start, end) in enumerate(sentence_bounds(own_text)):
            matches = list(pattern.finditer(text, start, end))
            if matches:
                rows.append(_trace_row(article_id, outlets[article_id], sentence_id, start, end, text, matches,
                                       lookup))
    return pd.DataFrame(rows, columns=TRACE_COLUMNS)


def _trace_row(article_id, outlet, sentence_id, start, end, text, matches, lookup) -> dict:
    """One row of :func:`trace_claim`: a sentence ``text[start:end]`` and the phrase's matches in it."""
    m = matches[0]
    r, in_quote = attribution_at(lookup, article_id, m.start(), sentence_id, start, end)
    return {"article_id": article_id, "outlet": outlet, "sentence_id": sentence_id,
            "start": start, "end": end, "text": text[start:end], "match": m.group(0),
            "match_start": m.start(), "match_end": m.end(), "n_matches": len(matches),
            "in_quote": in_quote,
            "attribution": (r.speaker or r.speaker_text) if r is not None else "",
            "attribution_type": r.speaker_type if r is not None else "",
            "attribution_kind": r.kind if r is not None else "",
            "cue": r.cue if r is not None else "", "cue_tone": r.cue_tone if r is not None else "",
            "speaker_guess": bool(r.speaker_guess) if r is not None else False}
