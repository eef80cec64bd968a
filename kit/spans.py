"""Find the flagged spans of a text: the word lists matched, the context rules and the quotation rule applied.

The machinery under :func:`kit.annotate`: read the articles and the word lists, match every form
at once (:class:`kit.phrases.PhraseMatcher`), keep the leftmost-longest hit per category, and let
the context rules (:mod:`kit.context`) and the quotation finder (:mod:`kit.segment`) decide; a colon
that gives someone's words is an attribution cue by a rule (:mod:`kit.colon_cues`). The
speakers of quoted words (``annotate(speakers=True)``) are added by :mod:`kit.annotation`.

>>> spans, n_sentences, frame, categories = find_spans("Critics say the regime may have lied.")
>>> spans[["text", "category"]].values.tolist()
[['Critics say', 'vague_source'], ['say', 'attribution'], ['regime', 'label'], ['may', 'hedge']]
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from pathlib import Path

from .attitude_cues import ATTITUDE_NOTE, ATTITUDE_RULE, attitude_cues, attitude_phrases
from .colon_cues import COLON_RULE, VIEW_OPENER_RULE, speaker_colons, view_openers
from .errors import KitError, LexiconError
from .lexicons import CATEGORIES, COLUMNS, categories_in, category_name_fix, check_category_name, held_lexicon
from .naming_reports import naming_reports, sentences_to_read
from .phrases import PhraseMatcher, phrase_forms
from .report_checks import intention_to, negated_at, view_cue
from .vague_sources import VAGUE_GROUP_RULE, group_before_cue, vague_groups
from .wordsets import held_word_sets, word_sets

__all__ = ["find_spans", "cached_spans", "spans_version", "as_articles", "as_lexicon", "check_categories", "progress_bar",
           "empty_spans", "SPAN_COLUMNS", "RULES", "VOICES", "SCARE_RULE"]

#: The columns of the table that annotate() returns, in order.
SPAN_COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "category", "term", "note", "tone",
                "alternative", "voice", "speaker", "rule"]

#: Whose words a flagged span is in (the ``voice`` column of :func:`annotate`).
VOICES = {
    "writer": "the writer's own words",
    "quoted": "words inside quotation marks: someone else's words, a title or a term mentioned as a term; "
              "a scare quote (a word or two the writer doubts, no speaker) is the writer's; and the words someone "
              "else used for a thing, reported with a naming verb ('critics called the vote reckless')",
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
    COLON_RULE: {
        "category": "attribution",
        "note": "A colon after a name presents the words after it as that person's, as 'said' does: "
                "'Lee: The plan is dead' gives the words as Lee's (in a headline, a line of a transcript or "
                "before a quotation), and 'Poll: Lee leads' as what a poll found. Check where and when Lee "
                "said them, or which poll it was.",
        "alternative": "",
        "source": "kit rule (kit.colon_cues): a colon after a name that the article uses again, in the first "
                  "line of the text (a headline), at the start of a line (a transcript) or before a quotation mark; "
                  "or after a headline's word for a source (poll, report, insiders: data/word_sets.csv)",
    },
    VIEW_OPENER_RULE: {
        "category": "attribution",
        "note": "'To Lee, …' at the start of a sentence gives what follows as Lee's view, not the writer's: "
                "'To Lee, the plan is a mistake' says what Lee thinks. Check how the writer knows it.",
        "alternative": "",
        "source": "kit rule (kit.colon_cues.view_openers): 'To' opening a sentence, then a name, a pronoun or a "
                  "word for people (anonymous_words of data/word_sets.csv) and a comma",
    },
    ATTITUDE_RULE: {
        "category": "attribution",
        "note": ATTITUDE_NOTE,
        "alternative": "",
        "source": "kit rule (kit.attitude_cues): a person or a group, a form of 'be', a word of feeling or judgement "
                  "(attitude_adjectives of data/word_sets.csv) and 'of', 'about', 'that' … after it, in the writer's "
                  "own words with no reporting word earlier in the sentence",
    },
}
#: The term of the spans that the scare-quote rule flags (see RULES).
SCARE_RULE = _RULE_QUOTE = "rule:short-quote-no-speaker"

#: More articles than this show a progress bar (unless progress=False).
PROGRESS_THRESHOLD = 200

# --------------------------------------------------------------------------- inputs

def as_articles(articles):
    """Return a DataFrame with at least ``article_id`` and ``text`` (never the caller's object).

    >>> as_articles("It may rain.").columns.tolist()
    ['article_id', 'text']
    """
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
    texts = frame["text"]
    # a column of strings only, of the type pandas gives a list of strings, is kept as it is (no copy)
    if texts.dtype != pd.Series([""]).dtype or texts.hasnans:
        frame["text"] = ["" if not isinstance(t, str) else t for t in texts]
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


def check_categories(categories, available=None):
    """The chosen categories in the standard order (built-in first, then a word list's own).

    >>> check_categories(["hedge", "label"])
    ['label', 'hedge']
    """
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

class Matcher:
    """The word-list entries of some categories in one :class:`kit.phrases.PhraseMatcher`."""

    def __init__(self, lex, categories, extra=()):
        lex = lex[lex["category"].isin(categories)]
        self.categories = list(categories)
        cat_index = {c: i for i, c in enumerate(self.categories)}
        self.entry_category = lex["category"].tolist()
        self.entry_term = lex["term"].tolist()
        self.entry_note = lex["note"].tolist()
        self.entry_tone = lex["tone"].tolist()
        self.entry_alternative = lex["alternative"].tolist()
        vague = lex["category"] == "vague_source"
        self.vague_entries = [(eid, t, v) for eid, (t, v, is_vague) in enumerate(zip(lex["term"], lex["variants"], vague))
                              if is_vague] if "attribution" in cat_index else []
        self.cue_forms = {f.lower() for t, v, c in zip(lex["term"], lex["variants"], lex["category"])
                          if c == "attribution" for f in (t, *(v.split("|") if v else []))} if self.vague_entries else set()
        self._groups: dict = {}
        # (category index, case-sensitive form or None) -> entry id: a later entry with the same form
        # replaces the earlier one (an instructor's override)
        chosen: dict[tuple, int] = {}
        for eid, (term, variants, cat, cs) in enumerate(zip(lex["term"], lex["variants"], lex["category"],
                                                            lex["case_sensitive"], strict=True)):
            for form in [term, *(variants.split("|") if variants else [])]:
                exact, folded = phrase_forms(form)
                if exact:
                    chosen.pop((folded, cat_index[cat], exact if cs else None), None)
                    chosen[(folded, cat_index[cat], exact if cs else None)] = eid
        # the automaton lists the values of one form by category, as the hits are kept per category
        # ``extra`` phrases (kit.attitude_cues: "wary of") are found in the same pass, as category len(categories)
        self.phrases = PhraseMatcher(
            [*((exact or key, (cat, eid), exact is not None)
               for (key, cat, exact), eid in sorted(chosen.items(), key=lambda kv: kv[0][1])),
             *((phrase, (len(self.categories), -4)) for phrase in extra)])

    def groups(self, sets) -> tuple:
        """The vague groups of the list (:func:`kit.vague_sources.vague_groups`) -> entry id, for these word sets,
        the words that may come right before a group's reporting word (a group, "have", an adverb), and the
        groups without their first letter (a quick look for them in a text)."""
        if sets not in self._groups:
            groups = vague_groups(self.vague_entries, self.cue_forms, sets)
            lead = frozenset(groups) | {"have", "has", "had"} | (sets.adverbs - sets.auxiliaries) if groups else ()
            self._groups = {sets: (groups, lead, tuple(g[1:] for g in groups))}  # "ritics": in any case
        return self._groups[sets]

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


def matcher_for(lex, key, categories, sets=None):
    """The :class:`Matcher` of these categories of a word list (``key``: its fingerprint), built once; with the
    word sets ``sets`` and the category attribution, it finds the phrases of :func:`kit.attitude_cues.attitude_phrases`
    too (a new version of data/word_sets.csv makes a new matcher).

    >>> lex, key = as_lexicon(None)
    >>> matcher_for(lex, key, ["hedge"]) is matcher_for(lex, key, ["hedge"])
    True
    """
    extra = sets is not None and "attribution" in categories
    cache_key = (key, tuple(categories), sets if extra else None)
    if cache_key not in _MATCHERS:
        if len(_MATCHERS) >= 8:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        _MATCHERS[cache_key] = Matcher(lex, categories, attitude_phrases(sets) if extra else ())
    return _MATCHERS[cache_key]


def empty_spans():
    """The table of spans with no rows (the columns and types of :data:`SPAN_COLUMNS`).

    >>> list(empty_spans().columns) == SPAN_COLUMNS
    True
    """
    import pandas as pd

    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in SPAN_COLUMNS})
    for c in ("sentence_id", "start", "end"):
        frame[c] = frame[c].astype("int64")
    return frame


def progress_bar(iterable, total, progress, desc="annotating"):
    """``iterable`` with a progress bar when there are many articles (``progress=None``) or ``progress=True``.

    >>> list(progress_bar(["a", "b"], 2, progress=False))
    ['a', 'b']
    """
    if progress is False or (progress is None and total <= PROGRESS_THRESHOLD):
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


def find_spans(articles, categories=None, lexicon=None, progress=None):
    """What ``kit.annotate`` finds (no speakers), plus what ``profile`` and the displays need: returns
    (spans, sentences per article, the articles table, the word list's categories).

    >>> spans, n_sentences, frame, categories = find_spans("It may rain. It will.")
    >>> spans.term.tolist(), list(n_sentences), categories[:2]
    (['may'], [2], ['loaded_language', 'label'])
    """
    with held_word_sets(), held_lexicon():  # the word sets and lists read once for the whole call, not once per quotation
        return _find_spans(articles, categories, lexicon, progress)


def _find_spans(articles, categories, lexicon, progress):
    import numpy as np
    import pandas as pd

    from .context import WORD_LIST_RULE, compiled_rules
    from .segment import quotation_sentences, sentences_and_quotations

    frame = as_articles(articles)
    lex, key = as_lexicon(lexicon)
    available = categories_in(lex)
    wanted = check_categories(categories, available)
    use_rule = "scare_quote" in wanted
    # reporting words are always matched: they tell a quotation (speech) from a scare quote
    match_cats = [c for c in available if c in {*wanted, "attribution"}]
    sets = word_sets()
    matcher = matcher_for(lex, key, match_cats, sets)
    attitude_cat = len(match_cats)  # the category of the phrases "wary of", "hopeful that" (kit.attitude_cues)
    attribution_idx = match_cats.index("attribution") if "attribution" in match_cats else -1
    scare_idx = match_cats.index("scare_quote") if use_rule else -1
    vague_idx = match_cats.index("vague_source") if "vague_source" in wanted and attribution_idx >= 0 else -1
    # the words that may stand right before a group's reporting word: a group, "have", an adverb
    group_lead, group_tails = matcher.groups(sets)[1:] if vague_idx >= 0 else ((), ())
    keep_cats = {match_cats.index(c) for c in wanted}
    rule = RULES[_RULE_QUOTE]
    colon = RULES[COLON_RULE]
    opener = RULES[VIEW_OPENER_RULE]
    # entry id -1 is the quote rule, -2 the colon rule, -3 "To Lee, …", -4 "Lee is wary of …"
    term = [*matcher.entry_term, ATTITUDE_RULE, VIEW_OPENER_RULE, COLON_RULE, _RULE_QUOTE]
    note = [*matcher.entry_note, ATTITUDE_NOTE, opener["note"], colon["note"], rule["note"]]
    tone = [*matcher.entry_tone, "neutral", "neutral", "neutral", ""]  # a rule cue does not judge: a colon, "To Lee,"
    alternative = [*matcher.entry_alternative, "", "", colon["alternative"], rule["alternative"]]

    ids = frame["article_id"].tolist()
    texts = frame["text"].tolist()
    n_sentences = []
    col_pos, col_sid, col_start, col_end, col_text, col_cat, col_entry = [], [], [], [], [], [], []
    col_quoted, col_rule = [], []
    rules = compiled_rules()
    denials, views = sets.denial_verbs, sets.view_verbs
    for pos, text in enumerate(progress_bar(texts, len(texts), progress)):
        hits = matcher.find(text)
        attitudes = [(s, -e) for c, s, e, _ in hits if c == attitude_cat]
        kept = _longest([h for h in hits if h[0] != attitude_cat] if attitudes else hits)
        if attribution_idx >= 0 and ":" in text:  # "Lee: The plan is dead": a colon that gives Lee's words
            cues = [(s, e) for c, s, e, _ in kept if c == attribution_idx]
            kept += [(attribution_idx, s, e, -2) for s, e in speaker_colons(text, cues)]
        if attribution_idx >= 0 and "To " in text:  # "To Lee, the plan is a mistake": Lee's view
            kept += [(attribution_idx, s, e, -3) for s, e in view_openers(text)]
        # a negated reporting word ("has not made it clear") reports no words, as in kit.quotes
        cues = [(s, e) for c, s, e, _ in kept if c == attribution_idx]
        if cues:  # only a cue in a sentence where a quotation opens can make it speech: the others are not checked
            said = quotation_sentences(text)
            said_starts = [s for s, _ in said]
            # a verb of view ("seemed", "supports") reports no words either: no quotation is speech by it
            cues = [(s, e) for s, e in cues if (k := bisect_right(said_starts, s) - 1) >= 0 and s < said[k][1]
                    and not negated_at(text, s, e, denials) and not view_cue(text, s, e, views)]
        bounds, found = sentences_and_quotations(text, cues=cues)
        n_sentences.append(len(bounds))
        if attitudes:  # "Voters are wary of the plan": a feeling reported with "be" and an adjective
            kept += [(attribution_idx, s, e, -4) for s, e in attitude_cues(
                text, [(s, e) for c, s, e, _ in kept if c == attribution_idx], bounds, found, attitudes)]
        if use_rule and found:
            rule_hits = [(scare_idx, q["open"], -(q["close"] + 1), -1) for q in found
                         if q["kind"] == "scare" and q["close"] is not None]
            if rule_hits:
                scare = [(c, s, -e, i) for c, s, e, i in kept if c == scare_idx]
                kept = [h for h in kept if h[0] != scare_idx] + _longest(scare + rule_hits)
        group_cues = {}  # "Critics slammed": a group of the vague list, with any reporting word (kit.vague_sources)
        if group_tails and any(g in text for g in group_tails) \
                and (said := [(s, e) for c, s, e, i in kept if c == attribution_idx and i >= 0
                              and (w := text[max(0, s - 20):s].rsplit(None, 1)[-1:])
                              and (w[0].lower() in group_lead or w[0].endswith("ly"))]):
            group_cues = _group_hits(text, said, [(s, e) for c, s, e, _ in kept if c == vague_idx], matcher, sets)
            kept += [(vague_idx, s, e, eid) for (s, e), (eid, _cue) in group_cues.items()]
        if not kept:
            continue
        judged = keep_cats | {attribution_idx} if group_cues else keep_cats  # a group's cue is judged with it
        kept = sorted((start, cat, end, eid) for cat, start, end, eid in kept if cat in judged)
        starts = [s for _, s, _ in bounds]
        kinds = _inside(found, kept)
        ends = rules.start_text(text)
        why = []
        for (start, cat, end, eid), kind in zip(kept, kinds):
            if eid < 0:
                why.append(term[eid].removeprefix("rule:"))
                continue
            if not rules.may_apply(match_cats[cat], term[eid], kind, start, ends):
                why.append(WORD_LIST_RULE)
                continue
            sid = bisect_right(starts, start) - 1
            fired = rules.applies(text, start, end, match_cats[cat], term[eid], bounds[sid][1] if sid >= 0 else 0,
                                  kind)
            why.append(WORD_LIST_RULE if fired is None else fired[0] if fired[1] == "keep" else None)
        if group_cues:  # a group's span stands only while its reporting word does; the rule names it
            standing = {(s, e) for (s, c, e, _), w in zip(kept, why) if c == attribution_idx and w is not None}
            for k, (start, cat, end, _eid) in enumerate(kept):
                if cat == vague_idx and (start, end) in group_cues and why[k] is not None:
                    cue_stands = group_cues[start, end][1] in standing
                    why[k] = None if not cue_stands else VAGUE_GROUP_RULE if why[k] == WORD_LIST_RULE else why[k]
            why = [w if h[1] in keep_cats else None for h, w in zip(kept, why)]  # a cue only judged for its group
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
        if attribution_idx >= 0:  # "critics called the vote reckless": Z is the critics' words (kit.naming_reports)
            # only a sentence with a span outside quotation marks can change, and only one where a report can be
            loose = [h[0] for h, k in zip(kept, kinds) if k is None]
            read = sentences_to_read(text, [(s, e) for _, s, e in bounds], loose) if loose else []
            named = [(s, e) for _cs, _ce, s, e in naming_reports(text, read)] if read else []
            kinds = [k if k is not None or not any(s <= h[0] and h[2] <= e for s, e in named) else "reported"
                     for h, k in zip(kept, kinds)]
        col_quoted.extend(kinds)
        col_rule.extend(why)

    if not col_pos:
        return empty_spans(), n_sentences, frame, available
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
        "voice": ["writer" if q is None or q == "scare" else "quoted" for q in col_quoted],  # scare: writer's choice
        "speaker": [""] * len(col_pos),
        "rule": col_rule,
    })
    return spans, n_sentences, frame, available


def _group_hits(text, cues, vague, matcher, sets):
    """{(start, end): (entry id, cue)} of each group of the vague list just before a reporting word ("Critics
    slammed"), where no vague source of the list is ("Some experts warned", "Critics say"); a negated word, a plan
    ("plan to build"), a view ("seemed") or a refusal reports nothing from the group."""
    groups = matcher.groups(sets)[0]
    adverbs = sets.adverbs - sets.auxiliaries
    found = {}
    for s, e in cues:
        start, eid = group_before_cue(text, s, groups, adverbs)
        word = text[s:e].lower()
        if start < 0 or any(a < e and start < b for a, b in vague) or negated_at(text, s, e, sets.denial_verbs) \
                or intention_to(text, s, e) or view_cue(text, s, e, sets.view_verbs) or word in sets.refusal_verbs:
            continue
        found[start, e] = (eid, (s, e))
    return found


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


def cached_spans(articles, categories=None, lexicon=None, progress=None):
    """What ``kit.annotate(articles, categories, lexicon)`` returns (no speakers), kept in :mod:`kit.cache`.

    >>> cached_spans("It may rain.", categories="hedge").term.tolist()
    ['may']
    """
    from . import cache

    return cache.per_article("annotate", as_articles(articles),
                             lambda part: find_spans(part, categories, lexicon, progress)[0],
                             spans_version(categories, lexicon))


def spans_version(categories=None, lexicon=None) -> tuple:
    """What :func:`cached_spans` keys its rows on besides the text (the word lists, the categories).

    >>> spans_version() == spans_version(None, None)
    True
    """
    lex, key = as_lexicon(lexicon)
    return key, tuple(check_categories(categories, categories_in(lex))), False
