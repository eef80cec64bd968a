"""Find the words that shape a reader's view and count them per article: :func:`annotate` and :func:`profile`.

Detection is plain data: :func:`annotate` returns one row per span (a stretch of the text),
with exact character offsets, the category, the word-list entry (or rule) that fired and a
note that explains it (found by :mod:`kit.spans`). :func:`kit.explain` says why a word is
flagged (:mod:`kit.explaining`); :func:`profile` turns the spans into one row of counts and
rates per article. Rendering is done elsewhere (:func:`kit.highlight`).

>>> spans = annotate("Critics say the regime may have lied.")
>>> spans[["text", "category"]].values.tolist()
[['Critics say', 'vague_source'], ['say', 'attribution'], ['regime', 'label'], ['may', 'hedge']]
"""

from __future__ import annotations

from .explaining import Explanation, explain, explanation_headline
from .lexicons import categories_in
from .scare_flags import flags_as_in_table
from .spans import (
    RULES,
    SPAN_COLUMNS,
    VOICES,
    as_articles,
    as_lexicon,
    check_categories,
    find_spans,
    progress_bar,
)

__all__ = ["annotate", "explain", "profile", "Explanation", "annotate_details", "add_speakers", "as_lexicon",
           "explanation_headline", "SPAN_COLUMNS", "RULES", "VOICES"]


def annotate_details(articles, categories=None, lexicon=None, progress=None, speakers=False):
    """What ``annotate`` finds, plus what ``profile`` and the displays need: returns
    (spans, sentences per article, the articles table, the word list's categories).

    >>> spans, n_sentences, frame, categories = annotate_details("It may rain. It will.")
    >>> spans.term.tolist(), list(n_sentences), categories[:2]
    (['may'], [2], ['loaded_language', 'label'])
    """
    spans, n_sentences, frame, available = find_spans(articles, categories, lexicon, progress)
    flags = "scare_quote" in check_categories(categories, available)
    if speakers and (len(spans) or flags):
        spans = add_speakers(spans, frame, scare_flags=flags)
    return spans, n_sentences, frame, available


def add_speakers(spans, frame, table=None, scare_flags=False):
    """Fill ``speaker`` (and mark block quotations as quoted) from :func:`kit.quotes`; a span inside what
    kit.quotes calls a scare quote is in the writer's voice (one rule for both tables). ``table``: what
    ``kit.quotes`` gives for ``frame``'s articles that have spans, when the caller has it already. The
    scare-quote flags follow the table (:mod:`kit.scare_flags`): a flag on words kit.quotes credits to a
    speaker goes, and with ``scare_flags`` a quotation kit.quotes calls a scare quote gets one.

    >>> spans, _, frame, _ = annotate_details("“A brutal regime,” Lee said.")
    >>> add_speakers(spans, frame)[["text", "voice", "speaker"]].values.tolist()[:1]
    [['brutal', 'quoted', 'Lee']]
    """
    from .sourcing import quotes

    if table is None:
        wanted = set(spans["article_id"])
        sub = frame if scare_flags else frame[frame["article_id"].isin(wanted)]
        if "outlet" not in sub.columns:
            sub = sub.assign(outlet="")
        if "title" not in sub.columns:
            sub = sub.assign(title="")
        table = quotes(sub)
    spans = flags_as_in_table(spans, frame, table, add=scare_flags)  # one judgement for both tables
    from .naming_reports import NAMING_NOTE  # "critics called the vote reckless": the critics' word

    table = table[table["kind"].isin(["direct", "title", "scare"]) | table["note"].str.contains(NAMING_NOTE, regex=False)]
    by_article: dict = {}
    for aid, s, e, who, kind in zip(table["article_id"], table["start"], table["end"], table["speaker"],
                                    table["kind"]):
        by_article.setdefault(aid, []).append((int(s), int(e), who if isinstance(who, str) else "",
                                               "writer" if kind == "scare" else "quoted"))
    voice, speaker = spans["voice"].tolist(), spans["speaker"].tolist()
    for i, (aid, s, e) in enumerate(zip(spans["article_id"], spans["start"], spans["end"])):
        for qs, qe, who, whose in by_article.get(aid, ()):
            if qs <= s and e <= qe + 1:
                voice[i], speaker[i] = whose, (who if whose == "quoted" else "")
                break
    return spans.assign(voice=voice, speaker=speaker)


def annotate(articles, categories=None, lexicon=None, progress=None, speakers=False):
    """Find loaded words, labels, hedges, boosters, attributions, vague sources and scare quotes.

    ``articles`` is the table from :func:`kit.load_articles` (or a string of text, named
    ``"text"``). ``categories`` picks some of the categories (all by default). ``lexicon``
    replaces the kit's word lists: a table from :func:`kit.load_lexicon`, a CSV path or a
    list of paths. To add your words to the kit's own, pass
    ``pd.concat([kit.default_lexicon(), kit.load_lexicon("mine.csv")])``. A word list may
    bring categories of its own (``euphemism.csv``); they come after the built-in ones and
    can be chosen in ``categories`` like them. Many articles
    (more than 200) show a progress bar; ``progress=False`` turns it off.

    Returns one row per span: ``article_id, sentence_id, start, end, text, category, term,
    note, tone, alternative, voice, speaker``, where ``text`` is exactly ``articles.text[start:end]``.
    ``voice`` says whose words the span is in: ``writer`` (the writer's own, including a scare quote:
    a word or two the writer puts in quotation marks to show they doubt them, with no speaker) or
    ``quoted`` (inside quotation marks: someone's quoted words, a title, a term mentioned as a term).
    ``speaker`` names who says the quoted words, as :func:`kit.quotes` finds them, when
    ``speakers=True`` (slower: it runs :func:`kit.quotes`); it is empty when not known.

    >>> spans = annotate("The minister claimed the so-called rebels said it.")
    >>> spans[["start", "end", "text", "category", "tone"]]
       start  end       text     category    tone
    0     13   20    claimed  attribution  loaded
    1     25   34  so-called  scare_quote
    2     42   46       said  attribution  neutral
    >>> t = "The regime fell. “It was a brutal regime,” Lee said."
    >>> annotate(t, speakers=True)[["text", "category", "voice", "speaker"]]
         text     category   voice speaker
    0  regime        label  writer
    1  brutal  loaded_language  quoted     Lee
    2  regime        label  quoted     Lee
    3    said  attribution  writer
    """
    from . import cache
    from .spans import cached_spans

    if not speakers:
        return cached_spans(articles, categories, lexicon, progress)
    from .sourcing import data_version

    frame = as_articles(articles)
    lex, key = as_lexicon(lexicon)
    version = (key, tuple(check_categories(categories, categories_in(lex))), True, data_version())
    return cache.per_article("annotate", frame,
                             lambda part: annotate_details(part, categories, lexicon, progress, speakers)[0], version)


# --------------------------------------------------------------------------- profile

def profile(articles, lexicon=None, progress=None):
    """One row per article: how often each category occurs, and how easy the text is to read.

    For every category (the built-in ones, then any of the word list's own, such as
    ``euphemism``) there is a count and a rate per 1,000 words (``<category>_per_1k``) of the
    **writer's own words** only, and ``quoted_<category>_per_1k``: the rate inside quotation
    marks (others' words, titles, words the writer doubts; see ``voice`` in :func:`annotate`).
    Then ``hedge_booster_ratio`` (the writer's hedges per booster; empty, NaN, when there is no booster),
    ``attribution_sentence_share`` (the share of sentences with an attribution word),
    ``n_words``, ``n_sentences``, ``avg_sentence_length`` (words per sentence) and two
    readability scores, ``flesch_reading_ease`` (higher is easier) and
    ``flesch_kincaid_grade`` (a US school grade).

    >>> p = profile("Critics say it may be true. It is clearly false.")
    >>> p[["hedge", "booster", "hedge_booster_ratio", "n_sentences"]]
       hedge  booster  hedge_booster_ratio  n_sentences
    0      1        1                  1.0            2
    """
    from . import cache

    frame = as_articles(articles)
    return cache.per_article("profile", frame, lambda part: _profile(part, lexicon, progress),
                             as_lexicon(lexicon)[1])


def _profile(articles, lexicon, progress):
    import numpy as np
    import pandas as pd

    from .readability import reading_scores
    from .segment import count_words

    spans, n_sentences, frame, cats = annotate_details(articles, None, lexicon, progress)
    ids = frame["article_id"]
    out = pd.DataFrame({"article_id": ids.to_numpy()})
    for col in ("outlet", "title"):
        if col in frame.columns:
            out[col] = frame[col].to_numpy()
    if "n_words" in frame.columns and pd.api.types.is_numeric_dtype(frame["n_words"]):
        n_words = frame["n_words"].fillna(0).to_numpy(dtype="int64")
    else:
        n_words = np.array([count_words(t) for t in frame["text"]], dtype="int64")
    n_sent = np.asarray(n_sentences, dtype="int64")
    with np.errstate(divide="ignore", invalid="ignore"):
        def count(voice):
            sub = spans[spans["voice"] == voice]
            table = sub.groupby(["article_id", "category"]).size().unstack(fill_value=0) if len(sub) \
                else pd.DataFrame(index=pd.Index([], name="article_id"))
            return table.reindex(index=ids, columns=cats, fill_value=0)

        counts, quoted = count("writer"), count("quoted")
        per_k = np.where(n_words > 0, 1000.0 / np.maximum(n_words, 1), np.nan)
        for cat in cats:
            c = counts[cat].to_numpy(dtype="int64")
            out[cat] = c
            out[f"{cat}_per_1k"] = (c * per_k).round(2)
            out[f"quoted_{cat}_per_1k"] = (quoted[cat].to_numpy(dtype="int64") * per_k).round(2)
        hedges, boosters = out["hedge"].to_numpy(), out["booster"].to_numpy()
        out["hedge_booster_ratio"] = np.where(boosters > 0, hedges / np.maximum(boosters, 1), np.nan).round(2)
        attributed = spans.loc[spans["category"] == "attribution"].groupby("article_id")["sentence_id"].nunique()
        attributed = attributed.reindex(ids, fill_value=0).to_numpy()
        out["attribution_sentence_share"] = np.where(n_sent > 0, attributed / np.maximum(n_sent, 1),
                                                     np.nan).round(3)
        out["n_words"] = n_words
        out["n_sentences"] = n_sent
        out["avg_sentence_length"] = np.where(n_sent > 0, n_words / np.maximum(n_sent, 1), np.nan).round(1)
    texts = frame["text"].tolist()
    scores = [reading_scores(t) for t in progress_bar(texts, len(texts), progress, "reading scores")]
    out["flesch_reading_ease"] = [s["flesch_reading_ease"] for s in scores]
    out["flesch_kincaid_grade"] = [s["flesch_kincaid_grade"] for s in scores]
    front = [c for c in ("article_id", "outlet", "title") if c in out.columns]
    rates = [c for cat in cats for c in (cat, f"{cat}_per_1k", f"quoted_{cat}_per_1k")]
    return out[[*front, *rates, "hedge_booster_ratio", "attribution_sentence_share", "n_words", "n_sentences",
                "avg_sentence_length", "flesch_reading_ease", "flesch_kincaid_grade"]]
