"""Sourcing: who is quoted, who is cited, and where a claim comes from.

Four questions a reader can ask of any news text, each answered with a tidy table:

- :func:`quotes` -- every quotation (direct, in quotation marks, or indirect, "X said that ..."),
  with the speaker, the word that introduces it (``cue``) and its tone;
- :func:`sources` -- who is given a voice, how often, in which article (people, organisations,
  media outlets, anonymous sources);
- ``citations`` / ``plot_citations`` -- which article cites which media outlet;
- ``trace_claim`` -- every sentence that mentions a phrase or a figure, with who it is credited to.

The last two are built on the first two and live in :mod:`kit.citing`; they are read here too
(``kit.sourcing.citations``), found there when first asked for.

The speaker finder is a set of plain rules, not a language model. When a rule has to guess
(a pronoun such as "he", a description such as "the general", or a quotation that simply follows
another one), the row says so in ``speaker_method`` and ``speaker_guess``. See
``docs/sourcing-and-framing.md`` for every rule and its limits.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily"], "title": [""],
    ...                      "text": ["“We will stay,” Gen. Ann Lee said. The base is small."]})
    >>> quotes(arts)[["quote", "speaker", "speaker_type"]].values.tolist()
    [['We will stay,', 'Ann Lee', 'named person']]
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import re

from .affiliations import with_speaks_for
from .corpus import UNKNOWN_OUTLET, check_articles
from .country_words import COUNTRY_WORD_KINDS, backed_forces, describes_noun
from .datafiles import data_path, file_stamp
from .gazetteer import GAZETTEER_COLUMNS, GAZETTEER_TYPES, gazetteer_hits, gazetteer_stamp, load_gazetteer
from .group_phrases import vague_phrase_name
from .indirect_rows import NO_COMMENT_WORDS, may_say_no_comment, no_comment_parties, no_comment_words
from .lexicons import attribution_tone, held_lexicon
from .mentions import times_named
from .names import Article
from .segment import paragraph_spans, sentence_bounds
from .speaker_rules import article_quotes
from .vague_sources import (
    VAGUE_GROUP_RULE,
    agent_of_deed,
    group_and_cue,
    owned_role,
    talks_about_sources,
    vague_name,
)
from .word_forms import word_forms_pattern  # noqa: F401  (its old home)
from .wordsets import held_word_sets, word_sets

__all__ = ["quotes", "sources", "load_gazetteer", "data_version",
           "checked_articles", "prepare_articles", "speech_cue_spans", "table_rows",
           "collector_paused", "speaker_name", "no_comment_rows", "NO_COMMENT_COLUMNS",
           "GAZETTEER_COLUMNS", "GAZETTEER_TYPES", "UNKNOWN_OUTLET", "COUNTED_KINDS"]

QUOTE_COLUMNS = ["article_id", "outlet", "sentence_id", "start", "end", "quote", "kind", "speaker",
                 "speaker_text", "speaker_type", "speaker_method", "speaker_guess", "cue", "cue_tone", "note",
                 "speaker_start", "speaker_end"]
SOURCE_COLUMNS = ["article_id", "outlet", "source", "source_type", "gazetteer_type", "speaks_for", "role",
                  "n_quotes", "n_direct", "n_indirect", "n_partial", "n_mentions", "anonymous", "guessed", "example"]

#: The kinds of :func:`quotes` row that :func:`sources` counts as quotations (``n_quotes``). A ``title``
#: (the name of a report: "a BBC report titled “Raqqa's dirty secret”") is not something said, and a
#: ``partial`` quotation (words quoted inside the writer's sentence: "vowed to “annihilate” ISIS")
#: does not show the whole remark: :func:`sources` counts it apart (``n_partial``).
COUNTED_KINDS = ("direct", "indirect")


def checked_articles(articles, function: str):
    """Check the articles table and return a copy with ``outlet`` and ``title`` filled in.

    ``function`` is the name shown in an error message about the table.

    >>> import pandas as pd
    >>> checked_articles(pd.DataFrame({"article_id": ["a"], "text": ["Hi."]}), "example").columns.tolist()
    ['article_id', 'text', 'outlet', 'title']
    """
    check_articles(articles, function)
    frame = articles.copy()
    for column in ("outlet", "title"):
        if column not in frame.columns:
            frame[column] = ""
    frame["text"] = frame["text"].fillna("").astype(str)
    frame["outlet"] = frame["outlet"].fillna("").astype(str)
    return frame


# --------------------------------------------------------------------------- adapters to the shared modules

def table_rows(frame):
    """The rows of a table as ``frame.itertuples(index=False)`` gives them, read column by column
    (row by row over Arrow-backed text columns costs more than the loops that use the rows).

    >>> import pandas as pd
    >>> [(r.article_id, r.n) for r in table_rows(pd.DataFrame({"article_id": ["a", "b"], "n": [1, 2]}))]
    [('a', 1), ('b', 2)]
    """
    import collections

    row = collections.namedtuple("Pandas", [str(c) for c in frame.columns], rename=True)
    return map(row._make, zip(*(frame[c].tolist() for c in frame.columns)))


def _speech_spans(articles, *categories: str):
    """Categories of kit.annotate, one table each; attribution and vague_source come from one (cached)
    pass, since each category's spans do not depend on the other categories. When ``kit.annotate`` (every
    category) has run on these articles in this session, its rows are read instead."""
    from . import cache
    from .spans import as_articles, cached_spans, spans_version

    spans = cache.lookup("annotate", as_articles(articles), spans_version())
    if spans is None:
        spans = cached_spans(articles, categories=["attribution", "vague_source"])
    found = spans["category"]
    tables = [spans[found == category].reset_index(drop=True) for category in categories]
    return tables[0] if len(tables) == 1 else tables


def speech_cue_spans(articles):
    """Speech cues: the attribution spans of kit.annotate (word list data/lexicons/attribution.csv),
    from the one cached pass that :func:`quotes` makes, so a table built on it reads them once.

    >>> import pandas as pd
    >>> speech_cue_spans(pd.DataFrame({"article_id": ["a"], "text": ["Lee said so."]}))["term"].tolist()
    ['said']
    """
    return _speech_spans(articles, "attribution")


def data_version(gazetteer=None) -> tuple:
    """What the sourcing tables depend on besides the text: the gazetteer and the word lists (their
    files' stamps). kit.cache keys their rows on it, so an edited file is read and used afresh.

    >>> data_version() == data_version()
    True
    """
    from .lexicons import lexicon_dir

    return (file_stamp(gazetteer if gazetteer is not None else data_path("gazetteer.csv")),
            file_stamp(lexicon_dir()))


# --------------------------------------------------------------------------- building the per-article state

def prepare_articles(articles, gazetteer=None) -> list[Article]:
    """One :class:`kit.names.Article` per row of a checked table of articles (see
    :func:`checked_articles`): its sentences, paragraphs, speech cues and the names in it.

    >>> import pandas as pd
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Gen. Ann Lee said it. Lee left."]}), "example"))[0]
    >>> art.sentences, list(art.persons.values())
    ([(0, 0, 21), (1, 22, 31)], ['Ann Lee'])
    """
    import pandas as pd

    cues = speech_cue_spans(articles)
    if len(cues):
        tone = cues["tone"].fillna("") if "tone" in cues.columns else pd.Series([""] * len(cues))
        cue_rows = sorted(zip(cues.article_id.tolist(), cues.start.tolist(), cues.end.tolist(),
                              cues.term.fillna("").tolist(), tone.tolist()))
    else:
        cue_rows = []
    by_cue: dict = {}
    for aid, s, e, term, t in cue_rows:
        by_cue.setdefault(aid, []).append((int(s), int(e), str(term), str(t)))

    sets = word_sets()  # one look at data/word_sets.csv (and at the gazetteer) for the whole table
    stamp = gazetteer_stamp(gazetteer)
    out = []
    for row in table_rows(articles):
        # the sentences and paragraphs of kit.sentences / kit.paragraphs (ids are unique: checked_articles),
        # read from kit.segment directly rather than through their tables: in text order, as Article needs
        sents = [(sid, s, e) for sid, (_pid, s, e) in enumerate(sentence_bounds(row.text))]
        out.append(Article(row, sents, paragraph_spans(row.text), by_cue.get(row.article_id, []), gazetteer, sets,
                           stamp))
    return out


def quotes(articles, gazetteer=None):
    """Every quotation: who says it, with which word, in quotation marks (direct) or not (indirect).

    One row per quotation with ``article_id, outlet, sentence_id, start, end, quote, kind, speaker,
    speaker_text, speaker_type, speaker_method, speaker_guess, cue, cue_tone, note``;
    ``articles.text[start:end] == quote``. ``speaker_guess`` is True when the speaker comes from a
    pronoun ("he added"), a description ("the general") or a quotation that follows another one,
    and the ``note`` says so in words. When no speaker is found, ``speaker`` is None (never a blank
    name) and the ``note`` says why ("no speaker found: the kit could not tell who said these words, so read the sentence yourself", "a scare quote").
    ``kind`` is ``direct`` (in quotation marks), ``indirect`` ("X said that ..."), ``partial`` (words
    quoted inside the writer's own sentence), ``title`` (the name of a report or an article),
    ``scare``, ``term`` or ``sign`` (words that nobody is said to speak).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["x"], "outlet": [""], "title": [""], "text": [
    ...     "Gen. Ann Lee spoke on Monday. “We will stay,” she said. Lee said that the base would grow."]})
    >>> quotes(arts)[["quote", "kind", "speaker", "speaker_method", "speaker_guess"]].values.tolist()
    [['We will stay,', 'direct', 'Ann Lee', 'pronoun', True], ['the base would grow', 'indirect', 'Ann Lee', 'named', False]]
    """
    from . import cache

    table = cache.per_article("quotes", checked_articles(articles, "quotes"),
                              lambda part: _quotes_table(part, gazetteer), ("quotes", data_version(gazetteer)))
    # no speaker found: a missing value (None), never a blank name; the note says why in words
    return table.assign(speaker=[s if isinstance(s, str) and s else None for s in table["speaker"]])


def speaker_name(value) -> str:
    """A ``speaker`` value of :func:`quotes` as text: "" when no speaker was found (None or NaN).

    >>> speaker_name("Ann Lee"), speaker_name(None), speaker_name(float("nan"))
    ('Ann Lee', '', '')
    """
    return value if isinstance(value, str) else ""


def source_key(name: str) -> str:
    """How :func:`sources` keys a name: "The company" and "the company" are one source.

    >>> source_key("The company"), source_key("An official"), source_key("Theresa May")
    ('the company', 'an official', 'Theresa May')
    """
    return re.sub(r"^(?:The|A|An)\b", lambda m: m.group(0).lower(), name)


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic garbage collector paused for a block, and switched back on after it (unless it
    was off already). Finding speakers makes hundreds of thousands of small lists, tuples and dicts
    that hold no reference cycles; the collector's passes over them cost 15-20% of :func:`quotes`
    (measured on 840 PolNeAR texts). Memory is freed as before (reference counting); any cycle
    is collected at the collector's next pass.

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _quotes_table(frame, gazetteer=None):
    """The quotes table for an already checked table of articles."""
    import pandas as pd

    # the word lists and sets looked at once for the call, not once per article (naming reports, tones)
    with collector_paused(), held_lexicon(), held_word_sets():
        rows, refusals = [], []
        prepared = prepare_articles(frame, gazetteer)
        sets = word_sets()
        for art in prepared:
            # who gave no comment, read off the article built here (before the speaker rules note any speaker)
            # for kit.sources, which would otherwise build the article again
            refusals.extend(no_comment_rows(art, sets))
            rows.extend(article_quotes(art))
        # the articles and the rows go before the collector is switched back on: its first pass then
        # walks only what stays (measured on 840 PolNeAR texts: 0.5-0.6 s with them, 0.13-0.19 s without)
        del prepared
        table = pd.DataFrame(rows, columns=QUOTE_COLUMNS).astype(
            {"start": "int64", "end": "int64", "sentence_id": "int64", "speaker_guess": bool,
             "speaker_start": "int64", "speaker_end": "int64"})
        del rows
    _keep_no_comment(frame, refusals, gazetteer)
    return table


#: The columns of the rows :func:`no_comment_rows` gives (kept per article in kit.cache, step ``"no_comment"``).
NO_COMMENT_COLUMNS = ["article_id", "speaker", "type", "start"]


def no_comment_rows(art: Article, sets=None) -> list[tuple]:
    """The parties ``art`` says gave no comment (:func:`kit.indirect_rows.no_comment_parties`), as rows of
    :data:`NO_COMMENT_COLUMNS`; none without a word such as "comment" and a way of saying it (the quick tests
    :func:`sources` has always made first). Read it off an article before the speaker rules run on it.

    >>> import pandas as pd
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The Kremlin declined to comment. The Pentagon did not respond to a request for comment."]}), "x"))[0]
    >>> [row[1] for row in no_comment_rows(art)]
    ['Kremlin', 'Pentagon']
    """
    sets = sets or word_sets()
    text, starts = art.text, art.sent_starts
    # the quick test of the whole text (may_say_no_comment), asked only of the sentences that hold such a word,
    # found by where the words are rather than by reading every sentence for them
    around = sorted({bisect.bisect_right(starts, a) - 1 for a, _b in no_comment_words(text)})
    if not any(may_say_no_comment(text, sets, art.sentences[k][1], art.sentences[k][2]) for k in around if k >= 0):
        return []
    return [(art.id, p["speaker"], p["type"], p["start"]) for p in no_comment_parties(art)]


def _no_comment_table(rows):
    import pandas as pd

    return pd.DataFrame(rows, columns=NO_COMMENT_COLUMNS)


def _keep_no_comment(frame, rows, gazetteer=None) -> None:
    """Keep in kit.cache the no-comment rows that :func:`_quotes_table` read off the articles of ``frame``."""
    from . import cache

    def kept(part):
        wanted = set(part["article_id"].tolist())
        return _no_comment_table([r for r in rows if r[0] in wanted])

    cache.per_article("no_comment", frame, kept, data_version(gazetteer))


def _no_comment_parties(frame, gazetteer=None):
    """The no-comment rows of ``frame``'s articles: those :func:`quotes` kept when it built the articles, else
    read off articles built for the few texts with a way of saying it."""
    from . import cache

    def compute(part):
        sets = word_sets()
        commented = part[part.text.str.contains(NO_COMMENT_WORDS)]  # a word such as "comment": about half
        commented = commented[[may_say_no_comment(t, sets) for t in commented.text.tolist()]]  # few
        return _no_comment_table([row for art in (prepare_articles(commented, gazetteer) if len(commented) else [])
                                  for row in no_comment_rows(art, sets)])

    return cache.per_article("no_comment", frame, compute, data_version(gazetteer))


# --------------------------------------------------------------------------- sources and citations

def sources(articles, gazetteer=None):
    """Who is given a voice in each article, and how often.

    One row per article and source with ``source, source_type`` (named person / organisation /
    media outlet / anonymous / document: "the report", "a city report"), ``speaks_for`` (the body or country the words with a named person's name give: kit.affiliations), ``role``, counts, and ``anonymous`` for unnamed or vague sources. ``role``:

    - ``quoted``: a direct or indirect quotation is credited to it (``n_quotes``);
    - ``quoted in part``: only a few of its words, quoted inside the writer's sentence (``n_partial``);
    - ``mentioned``: named, with no words credited to it (a media outlet, or a vague group such as
      "the US media" in "ignored by the US media");
    - ``vague``: a source with no name that the article leans on ("some experts", "it is well known"); a group
      named inside someone's direct quotation ("where most people will use it," said Ortiz) is theirs: no row;
    - ``no comment``: named as giving no words when asked ("The Kremlin declined to comment"): no quotation row.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["x"], "outlet": [""], "title": [""], "text": [
    ...     "Officials said the road was closed, the BBC reported. Some experts say it will reopen."]})
    >>> sources(arts)[["source", "source_type", "role", "anonymous"]].values.tolist()
    [['Officials', 'anonymous', 'vague', True], ['BBC', 'media outlet', 'quoted', False], ['Some experts', 'anonymous', 'quoted', True]]
    >>> arts.loc[0, "text"] = "Ministers vowed to “crush” the gangs. The story was ignored by the US media."
    >>> sources(arts)[["source", "role", "n_quotes", "n_partial"]].values.tolist()
    [['Ministers', 'quoted in part', 0, 1], ['US media', 'mentioned', 0, 0]]
    """
    from . import cache

    return cache.per_article("sources", checked_articles(articles, "sources"), lambda part: _sources(part, gazetteer),
                             data_version(gazetteer))


@collector_paused()
def _sources(frame, gazetteer=None):
    import pandas as pd

    q = quotes(frame, gazetteer)
    table: dict[tuple, dict] = {}
    order = []

    def entry(aid, outlet, source, stype, gtype):
        key = (aid, source_key(source))
        if key not in table:
            table[key] = {"article_id": aid, "outlet": outlet, "source": source, "source_type": stype,
                          "gazetteer_type": gtype, "role": "mentioned", "n_quotes": 0, "n_direct": 0,
                          "n_indirect": 0, "n_partial": 0, "n_mentions": 0, "anonymous": stype == "anonymous",
                          "guessed": 0, "example": "", "_pos": 10**12, "_partial": "", "_indirect": ""}
            order.append(key)
        return table[key]

    gaz = load_gazetteer(gazetteer)
    gaz_types = dict(zip(gaz["name"].tolist(), gaz["type"].tolist()))  # a name listed twice: its last type
    for r in table_rows(q):
        counted = r.kind in COUNTED_KINDS
        if not speaker_name(r.speaker) or not (counted or r.kind == "partial"):
            continue  # a title, a scare quote or a term: not something the source said
        e = entry(r.article_id, r.outlet, r.speaker, r.speaker_type, gaz_types.get(r.speaker, ""))
        example = r.quote if len(r.quote) <= 120 else r.quote[:117].rstrip() + "…"
        if counted:
            e["role"] = "quoted"
            e["n_quotes"] += 1
            e["n_direct" if r.kind == "direct" else "n_indirect"] += 1
            if r.kind == "direct":
                e["example"] = e["example"] or example
            else:
                e["_indirect"] = e["_indirect"] or example
        else:  # a few words quoted inside the writer's sentence: "vowed to “annihilate” ISIS"
            e["role"] = "quoted" if e["n_quotes"] else "quoted in part"
            e["n_partial"] += 1
            e["_partial"] = e["_partial"] or example
        e["guessed"] += int(r.speaker_guess)
        e["_pos"] = min(e["_pos"], r.speaker_start if r.speaker_start >= 0 else r.start)
    sets = word_sets()
    outlets = dict(zip(frame.article_id, frame.outlet))
    refused = _no_comment_parties(frame, gazetteer)  # kept by quotes() when it built the articles
    for aid, speaker, ptype, start in zip(*(refused[c].tolist() for c in NO_COMMENT_COLUMNS)):
        # "The Kremlin declined to comment": named, and gave no words
        e = entry(aid, outlets[aid], speaker, ptype, gaz_types.get(speaker, ""))
        e["role"] = "no comment" if e["role"] == "mentioned" else e["role"]
        e["_pos"] = min(e["_pos"], start)
    stamp = gazetteer_stamp(gazetteer)
    for row in table_rows(frame):
        for s, _e, name, kind in gazetteer_hits(row.text, gazetteer, stamp):  # as prepare_articles finds them
            stype = GAZETTEER_TYPES.get(kind, "organisation")
            key = (row.article_id, source_key(name))
            if stype != "media outlet" and key not in table:
                continue
            if kind in COUNTRY_WORD_KINDS and describes_noun(row.text, s, _e, sets):
                continue  # "the US embassy" names the embassy, not the government (kit.country_words)
            if backed_forces(row.text, s, _e):
                continue  # "US-backed Syrian forces" are not the Syrian military (kit.country_words)
            e = entry(row.article_id, row.outlet, name, stype, kind)
            e["n_mentions"] += 1
            e["_pos"] = min(e["_pos"], s)
    texts = dict(zip(frame.article_id, frame.text))
    vague, said = _speech_spans(frame, "vague_source", "attribution")  # one look at the cached pass for both
    if len(vague):
        speaker_spans, quoted_spans = {}, {}
        for aid, s, e, qs, qe, kind in zip(*(q[c].tolist() for c in ("article_id", "speaker_start", "speaker_end",
                                                                       "start", "end", "kind"))):
            if s >= 0:
                speaker_spans.setdefault(aid, []).append((s, e))
            if kind == "direct":
                quoted_spans.setdefault(aid, []).append((qs, qe))
        frame_sets = sets
        cue_ends: dict = {}
        for aid, e in zip(said.article_id.tolist(), said.end.tolist()):
            cue_ends.setdefault(aid, set()).add(e)
        for v in table_rows(vague):
            if any(a < v.end and v.start < b for a, b in speaker_spans.get(v.article_id, [])):
                continue  # already counted as the speaker of a quotation
            after = re.match(r"\s+([\w’'-]+)", texts[v.article_id][v.end:v.end + 40])
            if any(a <= v.start and v.end <= b for a, b in quoted_spans.get(v.article_id, [])) and not (
                    after and attribution_tone(after.group(1))):
                continue  # "where most people will use it," said Ortiz: the speaker's words, not a source (student
                # 49 #10); "an anonymous source claiming …" inside a quotation still reports what the source said
            if talks_about_sources(texts[v.article_id], v.start):
                continue  # "the questionable nature of anonymous sources": about sources, not one of them
            said_by = group_and_cue(texts[v.article_id], v.start, v.end) if v.rule == VAGUE_GROUP_RULE else ""
            name = vague_phrase_name(said_by or texts[v.article_id], v.start, len(said_by) or v.end, frame_sets) \
                or vague_name(texts[v.article_id], v.start, v.end, frame_sets.anonymous_words)  # not "officials said"
            e = entry(v.article_id, outlets.get(v.article_id, ""), name, "anonymous", "")
            if e["role"] == "mentioned" and not agent_of_deed(texts[v.article_id], v.start,
                                                                 cue_ends.get(v.article_id, ())):
                e["role"] = "vague"  # "ignored by the US media" says what the group did, not what it said
            e["anonymous"] = True
            e["n_mentions"] += 1
            e["_pos"] = min(e["_pos"], v.start)
    for (aid, _key), e in table.items():
        e["example"] = e["example"] or e["_partial"] or e["_indirect"]  # the source's own words first
        if not e["gazetteer_type"] and not e["n_mentions"]:  # not on the kit's lists: count the name itself
            e["n_mentions"] = times_named(texts[aid], e["source"], e["source_type"])
    rows = [table[k] for k in order]
    ids = {aid: i for i, aid in enumerate(frame.article_id)}
    rows.sort(key=lambda r: (ids.get(r["article_id"], 0), r["_pos"]))
    out = pd.DataFrame(rows, columns=[*SOURCE_COLUMNS, "_pos"]).drop(columns="_pos")
    out = with_speaks_for(out.astype({"n_quotes": "int64", "n_direct": "int64", "n_indirect": "int64",
                                      "n_partial": "int64", "n_mentions": "int64", "guessed": "int64",
                                      "anonymous": bool}), texts, gazetteer)
    # "The Eagles' coach": a role of the owner's, described, not named: the coach speaks for the Eagles
    owners = [owned_role(name.split(), sets) if stype == "anonymous" else ""
              for name, stype in zip(out["source"].tolist(), out["source_type"].tolist())]
    out["speaks_for"] = [o or f for o, f in zip(owners, out["speaks_for"].tolist())]
    return out


#: the names that moved to kit.citing (round 28), still read from here: looked up there when first asked for,
#: so that this module does not import the one built on it
MOVED_TO_CITING = ("citations", "plot_citations", "trace_claim", "attribution_lookup", "attribution_at",
                   "CITATION_COLUMNS", "TRACE_COLUMNS")


def __getattr__(name: str):
    if name in MOVED_TO_CITING:
        from . import citing

        return getattr(citing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
