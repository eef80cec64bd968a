"""Find the words that shape a reader's view, explain each one, and count them per article.

Detection is plain data: :func:`annotate` returns one row per span (a stretch of the text),
with exact character offsets, the category, the word-list entry (or rule) that fired and a
note that explains it. :func:`explain` says why a word is flagged; :func:`profile` turns the
spans into one row of counts and rates per article. Rendering is done elsewhere
(:func:`kit.highlight`).

>>> spans = annotate("Critics say the regime may have lied.")
>>> spans[["text", "category"]].values.tolist()
[['Critics say', 'vague_source'], ['say', 'attribution'], ['regime', 'label'], ['may', 'hedge']]
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_right
from collections.abc import Mapping
from pathlib import Path

from .errors import KitError, LexiconError
from .lexicons import (
    CATEGORIES,
    COLUMNS,
    categories_in,
    category_name_fix,
    check_category_name,
    describe_category,
)
from .phrases import PhraseMatcher, fold_case, normalise_form

__all__ = ["annotate", "explain", "profile", "Explanation", "annotate_details", "as_lexicon", "explanation_headline", "SPAN_COLUMNS", "RULES", "VOICES"]

#: The columns of the table that annotate() returns, in order.
SPAN_COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "category", "term", "note", "tone",
                "alternative", "voice", "speaker", "rule"]

#: Whose words a flagged span is in (the ``voice`` column of :func:`annotate`).
VOICES = {
    "writer": "the writer's own words",
    "quoted": "words inside quotation marks: someone else's words, or words the writer holds at arm's length",
}

#: Rules that flag spans without a word list. The span's ``term`` is the rule's name.
RULES = {
    "rule:short-quote-no-speaker": {
        "category": "scare_quote",
        "note": "A few words are put in quotation marks but no speaker is named in the sentence, "
                "so the marks seem to cast doubt on the words rather than quote someone.",
        "alternative": "Say who used the words, or drop the quotation marks.",
        "source": "kit rule: a quoted phrase of 1 to 4 words that kit.segment.quotations finds to be a scare "
                  "quote: no reporting word (said, told, according to ...) goes with it, it is not introduced "
                  "by a colon, it is not a title, a name or a word mentioned as a word, and a sign shows the "
                  "distance: a word such as so-called or supposed, a phrase such as 'so to speak', or one word "
                  "or a short noun phrase in the writer's own sentence with no person or speech act in sight",
    },
}
_RULE_QUOTE = "rule:short-quote-no-speaker"

# More articles than this show a progress bar (unless progress=False).
_PROGRESS_THRESHOLD = 200

_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


# --------------------------------------------------------------------------- inputs

def _as_articles(articles):
    """Return a DataFrame with at least ``article_id`` and ``text`` (never the caller's object)."""
    import pandas as pd

    if isinstance(articles, str):
        return pd.DataFrame({"article_id": ["text"], "text": [articles]})
    if isinstance(articles, pd.Series):
        articles = articles.to_frame().T
        if "article_id" not in articles.columns:
            articles["article_id"] = [str(articles.index[0])]
    from .corpus import check_articles

    if not isinstance(articles, pd.DataFrame):
        raise KitError(f"expected an articles table or a string, got {type(articles).__name__}",
                       field="articles", fix="Pass kit.load_articles(), one row of it, or a string of text.")
    check_articles(articles, "annotate")
    frame = articles.copy(deep=False)
    frame["text"] = ["" if not isinstance(t, str) else t for t in frame["text"]]
    return frame.reset_index(drop=True)


def as_lexicon(lexicon):
    """A word list as (table, key): ``None`` means the word lists in use; a path is read; a table is checked.

    The key changes when the word lists change, so results computed from them can be kept.

    >>> table, key = as_lexicon(None)
    >>> "hedge" in set(table.category)
    True
    """
    import pandas as pd

    from .lexicons import default_lexicon_and_key, load_lexicon

    if lexicon is None:
        return default_lexicon_and_key()
    if isinstance(lexicon, (str, Path)) or (isinstance(lexicon, (list, tuple))
                                            and all(isinstance(p, (str, Path)) for p in lexicon)):
        lexicon = load_lexicon(lexicon)
    if not isinstance(lexicon, pd.DataFrame):
        raise LexiconError(f"expected a word list table or a file path, got {type(lexicon).__name__}",
                           field="lexicon", fix="Pass kit.load_lexicon('my_words.csv') or the path itself.")
    missing = [c for c in ("term", "category", "note") if c not in lexicon.columns]
    if missing:
        raise LexiconError(f"the word list table has no column {missing[0]!r}", field=missing[0],
                           fix="Make the table with kit.load_lexicon(), which checks every column.")
    lex = lexicon.copy()
    for col in COLUMNS:
        if col not in lex.columns:
            lex[col] = False if col == "case_sensitive" else ""
        elif col != "case_sensitive":
            lex[col] = lex[col].fillna("").astype(str)
    lex["case_sensitive"] = [v is True or (isinstance(v, str) and v.strip().lower() == "yes")
                             or (not isinstance(v, str) and bool(v) and v == v) for v in lex["case_sensitive"]]
    # a table may bring categories of its own (any snake_case name), after the built-in ones
    for cat in dict.fromkeys(lex["category"]):
        if cat not in CATEGORIES and check_category_name(cat):
            raise LexiconError(f"{check_category_name(cat)} (in the word list table)", field="category",
                               fix=category_name_fix(cat))
    lex = lex.reset_index(drop=True)
    digest = hashlib.sha1(pd.util.hash_pandas_object(lex[COLUMNS], index=False).values.tobytes()).hexdigest()
    return lex, digest


def _check_categories(categories, available=None):
    """The chosen categories in the standard order (built-in first, then a word list's own)."""
    available = list(CATEGORIES) if available is None else list(available)
    if categories is None:
        return available
    if isinstance(categories, str):
        categories = [categories]
    categories = list(categories)
    unknown = [c for c in categories if c not in available]
    if unknown:
        raise KitError(f"unknown category {unknown[0]!r}", field="categories",
                       fix=f"Choose from: {', '.join(available)}.")
    return [c for c in available if c in categories]


# --------------------------------------------------------------------------- matching

class _Matcher:
    """The word-list entries of some categories in one :class:`kit.phrases.PhraseMatcher`."""

    def __init__(self, lex, categories):
        lex = lex[lex["category"].isin(categories)]
        self.categories = list(categories)
        cat_index = {c: i for i, c in enumerate(self.categories)}
        self.entry_category = lex["category"].tolist()
        self.entry_term = lex["term"].tolist()
        self.entry_note = lex["note"].tolist()
        self.entry_tone = lex["tone"].tolist()
        self.entry_alternative = lex["alternative"].tolist()
        # (category index, case-sensitive form or None) -> entry id: a later entry with the same form
        # replaces the earlier one (an instructor's override)
        chosen: dict[tuple, int] = {}
        for eid, (term, variants, cat, cs) in enumerate(zip(lex["term"], lex["variants"], lex["category"],
                                                            lex["case_sensitive"], strict=True)):
            for form in [term, *(variants.split("|") if variants else [])]:
                exact = normalise_form(form, case_sensitive=True)
                if exact:
                    chosen.pop((fold_case(exact), cat_index[cat], exact if cs else None), None)
                    chosen[(fold_case(exact), cat_index[cat], exact if cs else None)] = eid
        # the automaton lists the values of one form by category, as the hits are kept per category
        self.phrases = PhraseMatcher(
            (exact or key, (cat, eid), exact is not None)
            for (key, cat, exact), eid in sorted(chosen.items(), key=lambda kv: kv[0][1]))

    def find(self, text):
        """Return candidate hits ``(category index, start, -end, entry id)`` in ``text``."""
        hits = []
        append = hits.append
        for start, end, values in self.phrases.find_all(text):
            if len(values) == 1:
                cat, eid = values[0]
                append((cat, start, -end, eid))
                continue
            seen = set()
            for cat, eid in values:  # per category, the first value whose case fits
                if cat not in seen:
                    seen.add(cat)
                    append((cat, start, -end, eid))
        return hits


_MATCHERS: dict = {}


def _matcher(lex, key, categories):
    cache_key = (key, tuple(categories))
    if cache_key not in _MATCHERS:
        if len(_MATCHERS) >= 8:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        _MATCHERS[cache_key] = _Matcher(lex, categories)
    return _MATCHERS[cache_key]


# --------------------------------------------------------------------------- annotate

def _empty_spans():
    import pandas as pd

    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in SPAN_COLUMNS})
    for c in ("sentence_id", "start", "end"):
        frame[c] = frame[c].astype("int64")
    return frame


def _progress(iterable, total, progress, desc="annotating"):
    if progress is False or (progress is None and total <= _PROGRESS_THRESHOLD):
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="article")


def _longest(hits):
    """Keep, per category, the leftmost-longest hits: a hit inside (or overlapping) a kept one is dropped.

    ``hits`` are ``(category, start, -end, entry)`` tuples; returns ``(category, start, end, entry)``.
    """
    hits.sort()
    kept = []
    last_cat, last_end = -1, -1
    for cat, start, neg_end, eid in hits:
        if cat != last_cat:
            last_cat, last_end = cat, -1
        if start < last_end:
            continue
        last_end = -neg_end
        kept.append((cat, start, last_end, eid))
    return kept


def annotate_details(articles, categories=None, lexicon=None, progress=None, speakers=False):
    """What ``annotate`` finds, plus what ``profile`` and the displays need: returns
    (spans, sentences per article, the articles table, the word list's categories).

    >>> spans, n_sentences, frame, categories = annotate_details("It may rain. It will.")
    >>> spans.term.tolist(), list(n_sentences), categories[:2]
    (['may'], [2], ['loaded_language', 'label'])
    """
    import numpy as np
    import pandas as pd

    from .context import WORD_LIST_RULE, compiled_rules
    from .segment import sentences_and_quotations

    frame = _as_articles(articles)
    lex, key = as_lexicon(lexicon)
    available = categories_in(lex)
    wanted = _check_categories(categories, available)
    use_rule = "scare_quote" in wanted
    # reporting words are always matched: they tell a quotation (speech) from a scare quote
    match_cats = [c for c in available if c in {*wanted, "attribution"}]
    matcher = _matcher(lex, key, match_cats)
    attribution_idx = match_cats.index("attribution") if "attribution" in match_cats else -1
    scare_idx = match_cats.index("scare_quote") if use_rule else -1
    keep_cats = {match_cats.index(c) for c in wanted}
    rule = RULES[_RULE_QUOTE]
    term = [*matcher.entry_term, _RULE_QUOTE]        # entry id -1 is the quote rule
    note = [*matcher.entry_note, rule["note"]]
    tone = [*matcher.entry_tone, ""]
    alternative = [*matcher.entry_alternative, rule["alternative"]]

    ids = frame["article_id"].tolist()
    texts = frame["text"].tolist()
    n_sentences = []
    col_pos, col_sid, col_start, col_end, col_text, col_cat, col_entry = [], [], [], [], [], [], []
    col_quoted, col_rule = [], []
    rules = compiled_rules()
    for pos, text in enumerate(_progress(texts, len(texts), progress)):
        kept = _longest(matcher.find(text))
        bounds, found = sentences_and_quotations(text, cues=[(s, e) for c, s, e, _ in kept if c == attribution_idx])
        n_sentences.append(len(bounds))
        if use_rule and found:
            rule_hits = [(scare_idx, q["open"], -(q["close"] + 1), -1) for q in found
                         if q["kind"] == "scare" and q["close"] is not None]
            if rule_hits:
                scare = [(c, s, -e, i) for c, s, e, i in kept if c == scare_idx]
                kept = [h for h in kept if h[0] != scare_idx] + _longest(scare + rule_hits)
        if not kept:
            continue
        kept = sorted((start, cat, end, eid) for cat, start, end, eid in kept if cat in keep_cats)
        starts = [s for _, s, _ in bounds]
        kinds = _inside(found, kept)
        ends = rules.start_text(text)
        why = []
        for (start, cat, end, eid), kind in zip(kept, kinds):
            if eid < 0:
                why.append(_RULE_QUOTE.removeprefix("rule:"))
                continue
            if not rules.may_apply(match_cats[cat], term[eid], kind, start, ends):
                why.append(WORD_LIST_RULE)
                continue
            sid = bisect_right(starts, start) - 1
            fired = rules.applies(text, start, end, match_cats[cat], term[eid], bounds[sid][1] if sid >= 0 else 0,
                                  kind)
            why.append(WORD_LIST_RULE if fired is None else fired[0] if fired[1] == "keep" else None)
        if None in why:  # a context rule says the word does not do its listed job here
            kept = [h for h, w in zip(kept, why) if w is not None]
            kinds = [k for k, w in zip(kinds, why) if w is not None]
            why = [w for w in why if w is not None]
        col_pos.extend([pos] * len(kept))
        col_sid.extend([bisect_right(starts, h[0]) - 1 for h in kept])
        col_start.extend([h[0] for h in kept])
        col_cat.extend([h[1] for h in kept])
        col_end.extend([h[2] for h in kept])
        col_entry.extend([h[3] for h in kept])
        col_text.extend([text[h[0]:h[2]] for h in kept])
        col_quoted.extend(kinds)
        col_rule.extend(why)

    if not col_pos:
        return _empty_spans(), n_sentences, frame, available
    spans = pd.DataFrame({
        "article_id": [ids[p] for p in col_pos],
        "sentence_id": np.maximum(np.asarray(col_sid, dtype="int64"), 0),
        "start": np.asarray(col_start, dtype="int64"),
        "end": np.asarray(col_end, dtype="int64"),
        "text": col_text,
        "category": [match_cats[c] for c in col_cat],
        "term": [term[e] for e in col_entry],
        "note": [note[e] for e in col_entry],
        "tone": [tone[e] for e in col_entry],
        "alternative": [alternative[e] for e in col_entry],
        "voice": ["writer" if q is None else "quoted" for q in col_quoted],
        "speaker": [""] * len(col_pos),
        "rule": col_rule,
    })
    if speakers and len(spans):
        spans = _add_speakers(spans, frame)
    return spans, n_sentences, frame, available


def _inside(found, kept):
    """For each hit (sorted by start), the kind of the quotation it is inside, or None."""
    if not found:
        return [None] * len(kept)
    opens = [q["start"] for q in found]
    out = []
    for start, _cat, end, _eid in kept:
        k = bisect_right(opens, start) - 1
        inside = k >= 0 and start < found[k]["end"] and end <= found[k]["end"] + 1
        out.append(found[k]["kind"] if inside else None)
    return out


def _add_speakers(spans, frame):
    """Fill ``speaker`` (and mark block quotations as quoted) from :func:`kit.quotes`."""
    from .sourcing import quotes

    wanted = set(spans["article_id"])
    sub = frame[frame["article_id"].isin(wanted)]
    if "outlet" not in sub.columns:
        sub = sub.assign(outlet="")
    if "title" not in sub.columns:
        sub = sub.assign(title="")
    table = quotes(sub)
    table = table[table["kind"].isin(["direct", "title"])]
    by_article: dict = {}
    for aid, s, e, who in zip(table["article_id"], table["start"], table["end"], table["speaker"]):
        by_article.setdefault(aid, []).append((int(s), int(e), who if isinstance(who, str) else ""))
    voice, speaker = spans["voice"].tolist(), spans["speaker"].tolist()
    for i, (aid, s, e) in enumerate(zip(spans["article_id"], spans["start"], spans["end"])):
        for qs, qe, who in by_article.get(aid, ()):
            if qs <= s and e <= qe + 1:
                voice[i], speaker[i] = "quoted", who
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
    ``voice`` says whose words the span is in: ``writer`` (the writer's own) or ``quoted``
    (inside quotation marks: someone's quoted words, a title, a word held at arm's length).
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

    frame = _as_articles(articles)
    _lex, key = as_lexicon(lexicon)
    version = (key, tuple(_check_categories(categories, categories_in(_lex))), bool(speakers))
    if speakers:
        from .sourcing import data_version

        version += (data_version(),)
    return cache.per_article("annotate", frame,
                             lambda part: annotate_details(part, categories, lexicon, progress, speakers)[0], version)


# --------------------------------------------------------------------------- explain

class Explanation:
    """Why a word is flagged: shows as plain text, and as HTML in a notebook."""

    def __init__(self, query: str, entries: list[dict]):
        self.query = query
        self.entries = entries

    @property
    def found(self) -> bool:
        """True when the word (or rule) is in the word lists."""
        return bool(self.entries)

    def __str__(self) -> str:
        if not self.entries:
            return (f'"{self.query}" is not in the kit\'s word lists, so the kit does not flag it. '
                    "You can add it to your own word list (see load_lexicon).")
        blocks = []
        for e in self.entries:
            lines = [explanation_headline(self.query, e), f"Why: {e['note']}"]
            if e.get("alternative"):
                lines.append(f"More neutral: {e['alternative']}")
            if e.get("source"):
                lines.append(f"Source: {e['source']}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        from .display import explanation_html

        return explanation_html(self)


def _quoted(text):
    return text if text[:1] in "\"'\u201c\u2018" else f'"{text}"'


def explanation_headline(query, entry):
    """The first line of an explanation: which word list (or rule) flags ``query``, and whose words it is.

    >>> explanation_headline("may", {"category": "hedge", "term": "may", "tone": ""})
    '"may" is in the word list for hedge: ...'
    """
    what = describe_category(entry["category"])
    if entry["term"].startswith("rule:"):
        head = f"{_quoted(query)} is flagged by a rule ({entry['term']}) in the category {what}."
    else:
        shown = query if fold_case(query) == fold_case(entry["term"]) else f"{query} ({entry['term']})"
        head = f"{_quoted(shown)} is in the word list for {what}."
    if entry.get("tone"):
        head += f" Tone: {entry['tone']}."
    if entry.get("voice") == "quoted":
        who = f"the words of {entry['speaker']}" if entry.get("speaker") else "someone else's words"
        head += f" Whose words: it is inside quotation marks ({who}), not the writer's own."
    elif entry.get("voice") == "writer":
        head += " Whose words: the writer's own."
    if entry.get("rule_text"):
        head += f" Rule {entry['rule']}: {entry['rule_text']}"
    return head


def _entry_dict(row, extra=None):
    d = {k: ("" if row.get(k) is None or (isinstance(row.get(k), float) and math.isnan(row.get(k)))
             else str(row.get(k))) for k in ("term", "category", "tone", "note", "alternative", "source")}
    if extra and extra.get("rule"):
        from .context import WORD_LIST_RULE, compiled_rules

        if extra["rule"] != WORD_LIST_RULE:
            extra = dict(extra, rule_text=compiled_rules().explanations.get(extra["rule"], ""))
    if extra:
        d.update({k: v for k, v in extra.items() if v})
    return d


def explain(term_or_span, lexicon=None):
    """Say in plain words why a word (or a span from :func:`annotate`) is flagged.

    Give a word or phrase (any capitals, curly or straight quotes) or one row of the
    table that :func:`annotate` returns. A word that is in no list gets a friendly message.

    >>> print(explain("allegedly"))  # doctest: +ELLIPSIS
    "allegedly (alleged)" is in the word list for hedge: a word that shows doubt, or that something is not confirmed.
    Why: ...
    >>> explain("banana").found
    False
    >>> explain("May").found, explain("may").found  # the month is not a hedge
    (False, True)
    >>> spans = annotate("“It was a brutal war,” Lee said.", speakers=True)
    >>> print(explain(spans.iloc[0]))  # doctest: +ELLIPSIS
    "brutal" is in the word list for loaded language: ... Whose words: it is inside quotation marks (the words of Lee), not the writer's own.
    Why: ...
    """
    import pandas as pd

    lex, _ = as_lexicon(lexicon)
    if isinstance(term_or_span, pd.Series):
        term_or_span = term_or_span.to_dict()
    if isinstance(term_or_span, Mapping):
        span = dict(term_or_span)
        term = str(span.get("term") or span.get("text") or "")
        category = span.get("category")
        shown = str(span.get("text") or term)
        whose = {k: str(span.get(k) or "") for k in ("voice", "speaker")}
        if term in RULES:
            return Explanation(shown, [{"term": term, **RULES[term], **whose}])
        match = lex[(lex["term"] == term) & (lex["category"] == category)] if category else lex[lex["term"] == term]
        if len(match):
            entries = [_entry_dict(r, {"note": span.get("note"), "tone": span.get("tone"),
                                       "alternative": span.get("alternative"), "rule": span.get("rule"), **whose})
                       for r in match.to_dict("records")]
            return Explanation(shown, entries[-1:])
        if span.get("note"):
            return Explanation(shown, [_entry_dict(span, {"rule": span.get("rule"), **whose})])
        return explain(shown, lexicon=lexicon)
    if not isinstance(term_or_span, str):
        raise KitError(f"explain() needs a word or a span row, not {type(term_or_span).__name__}",
                       field="term_or_span", fix='Try kit.explain("alleged") or kit.explain(spans.iloc[0]).')
    query = term_or_span.strip()
    if query in RULES:
        return Explanation(query, [{"term": query, **RULES[query]}])
    wanted = normalise_form(query).strip(" \"'.,;:!?()[]")
    exact = normalise_form(query, case_sensitive=True).strip(" \"'.,;:!?()[]")
    entries = []
    for row in lex.to_dict("records"):
        forms = [row["term"], *(row["variants"].split("|") if row["variants"] else [])]
        if row["case_sensitive"]:  # "may" the verb is a hedge; "May" the month is not
            hit = any(normalise_form(f, case_sensitive=True) == exact for f in forms)
        else:
            hit = any(normalise_form(f) == wanted for f in forms)
        if hit:
            entries.append(_entry_dict(row))
    # a later entry for the same category overrides an earlier one (as in annotate)
    by_cat = {}
    for e in entries:
        by_cat[e["category"]] = e
    ordered = [by_cat[c] for c in categories_in(lex) if c in by_cat]
    for e in ordered:  # the context rules that can stop this word being flagged
        from .context import compiled_rules

        rules = compiled_rules()
        unless = [f"{name}: {rules.explanations[name]}" for name, _look, _rx, action
                  in rules.by_term.get((e["category"], e["term"].lower()), ()) if action == "drop"]
        only = [f"{name}: {rules.explanations[name]}" for name, _look, _rx, action
                in rules.by_term.get((e["category"], e["term"].lower()), ()) if action == "require"]
        if only:
            e["note"] = e["note"] + " Flagged only where its sentence shows this use (" + " ".join(only) + ")"
        if unless:
            e["note"] = e["note"] + " Not flagged when a context rule says so (" + " ".join(unless) + ")"
    return Explanation(query, ordered)


# --------------------------------------------------------------------------- profile

def profile(articles, lexicon=None, progress=None):
    """One row per article: how often each category occurs, and how easy the text is to read.

    For every category (the built-in ones, then any of the word list's own, such as
    ``euphemism``) there is a count and a rate per 1,000 words (``<category>_per_1k``) of the
    **writer's own words** only, and ``quoted_<category>_per_1k``: the rate inside quotation
    marks (others' words, titles, words held at arm's length; see ``voice`` in :func:`annotate`).
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

    frame = _as_articles(articles)
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
    scores = [reading_scores(t) for t in _progress(texts, len(texts), progress, "reading scores")]
    out["flesch_reading_ease"] = [s["flesch_reading_ease"] for s in scores]
    out["flesch_kincaid_grade"] = [s["flesch_kincaid_grade"] for s in scores]
    front = [c for c in ("article_id", "outlet", "title") if c in out.columns]
    rates = [c for cat in cats for c in (cat, f"{cat}_per_1k", f"quoted_{cat}_per_1k")]
    return out[[*front, *rates, "hedge_booster_ratio", "attribution_sentence_share", "n_words", "n_sentences",
                "avg_sentence_length", "flesch_reading_ease", "flesch_kincaid_grade"]]
