"""Sourcing: who is quoted, who is cited, and where a claim comes from.

Four questions a reader can ask of any news text, each answered with a tidy table:

- :func:`quotes` -- every quotation (direct, in quotation marks, or indirect, "X said that ..."),
  with the speaker, the word that introduces it (``cue``) and its tone;
- :func:`sources` -- who is given a voice, how often, in which article (people, organisations,
  media outlets, anonymous sources);
- :func:`citations` / :func:`plot_citations` -- which article cites which media outlet;
- :func:`trace_claim` -- every sentence that mentions a phrase or a figure, with who it is credited to.

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
import csv
import functools
import io
import re
from pathlib import Path

from .corpus import UNKNOWN_OUTLET, check_articles
from .datafiles import data_path, file_stamp
from .errors import KitError, LexiconError, Problem

__all__ = ["quotes", "sources", "citations", "plot_citations", "trace_claim", "load_gazetteer", "data_version",
           "GAZETTEER_COLUMNS", "GAZETTEER_TYPES"]

#: The kit's own gazetteer of media outlets, news agencies, governments and organisations.

#: The header of a gazetteer file, in this order.
GAZETTEER_COLUMNS = ["name", "type", "aliases", "country", "case_sensitive", "note"]

#: Allowed values of the gazetteer's ``type`` column -> the ``speaker_type`` / ``source_type`` shown.
GAZETTEER_TYPES = {
    "media_outlet": "media outlet",
    "news_agency": "media outlet",
    "government": "organisation",
    "ministry": "organisation",
    "military": "organisation",
    "intelligence": "organisation",
    "international_organisation": "organisation",
    "organisation": "organisation",
    "political_party": "organisation",
    "armed_group": "organisation",
}

QUOTE_COLUMNS = ["article_id", "outlet", "sentence_id", "start", "end", "quote", "kind", "speaker",
                 "speaker_text", "speaker_type", "speaker_method", "speaker_guess", "cue", "cue_tone", "note",
                 "speaker_start", "speaker_end"]
SOURCE_COLUMNS = ["article_id", "outlet", "source", "source_type", "gazetteer_type", "role", "n_quotes",
                  "n_direct", "n_indirect", "n_mentions", "anonymous", "guessed", "example"]
CITATION_COLUMNS = ["article_id", "outlet", "cited", "cited_type", "n_mentions", "n_quotes", "self_citation"]
TRACE_COLUMNS = ["article_id", "outlet", "sentence_id", "start", "end", "text", "match", "match_start",
                 "match_end", "n_matches", "in_quote", "attribution", "attribution_type", "attribution_kind",
                 "cue", "cue_tone", "speaker_guess"]


# --------------------------------------------------------------------------- small word lists
# Grammar words the speaker finder needs, read from data/word_sets.csv (kit.wordsets) on first use;
# speech verbs come from the attribution word list, data/lexicons/attribution.csv.

#: Titles, ranks and role words that come before a name ("Gen.", "spokeswoman", "shop owner"); they are
#: dropped from the name shown in ``speaker``. A capitalised role word is a role, not a name.
TITLES: frozenset = frozenset()  # from data/word_sets.csv (titles)

#: Adjectives of nationality, region, religion and ideology that often open a name run ("Russian Foreign
#: Minister ...", "Sunni tribes"); on their own they never name a person.
DEMONYMS: frozenset = frozenset()  # from data/word_sets.csv (demonyms)

#: Capitalised words that start sentences or name times, never people: function words, adverbs,
#: quantifiers, weekdays and months. Leading ones are cut from a name run; inside a run they end it.
STOP_CAPS: frozenset = frozenset()  # from data/word_sets.csv (stop_caps)

#: Weekdays and time words: inside a run they always end it ("Mattis Wednesday" -> "Mattis").
#: Month names end a run only before a number ("Theresa May" stays a name, "Mattis December 5" does not).
_TIME_WORDS: frozenset = frozenset()  # from data/word_sets.csv (time_words)
_MONTH_WORDS: frozenset = frozenset()  # from data/word_sets.csv (month_words)

#: Words that show a capitalised run names a group or an institution, not a person.
ORG_WORDS: frozenset = frozenset()  # from data/word_sets.csv (org_words)

#: Places: a capitalised run made of these names a place, never a person ("Al Tanf", "Manbij").
#: The gazetteer adds its own names (capitals such as "Moscow" stand for governments there).
PLACES: frozenset = frozenset()  # from data/word_sets.csv (places)

#: Words that make a source anonymous or vague when no name comes with them ("officials",
#: "Kurdish fighters", "the Kurds"): unnamed people and collective groups.
ANONYMOUS_WORDS: frozenset = frozenset()  # from data/word_sets.csv (anonymous_words)

#: Prepositions of place: an unknown one-word name right after one of them is a place ("in Manbij").
_PLACE_PREPOSITIONS: frozenset = frozenset()  # from data/word_sets.csv (place_prepositions)

_COMPASS: frozenset = frozenset()  # from data/word_sets.csv (compass)

#: Words of Arabic and other names that cannot stand alone as a name ("Al", "al-", "bin", "de").
_PARTICLES: frozenset = frozenset()  # from data/word_sets.csv (particles)

#: Definite descriptions that point back to a person already named ("the general said").
DESCRIPTION_NOUNS: frozenset = frozenset()  # from data/word_sets.csv (description_nouns)

_PRONOUNS_PERSON = {"he", "she"}
_TITLE_ABBREVIATIONS = {"general": ("gen.", "gen"), "colonel": ("col.", "col"), "lieutenant": ("lt.", "lt"),
                        "major": ("maj.",), "captain": ("capt.",), "senator": ("sen.",), "governor": ("gov.",),
                        "spokesman": ("spokesperson",), "spokeswoman": ("spokesperson",),
                        "president": ("pres.",)}
_PRONOUNS_OTHER = {"they", "it", "we", "i"}
_ADVERBS: frozenset = frozenset()  # from data/word_sets.csv (adverbs)

#: Words that may stand before the name heading a phrase: "the former official spokesman".
_SKIP: frozenset = frozenset()  # stop_caps, adverbs, demonyms, titles and before_name

#: A speech word right after one of these is a noun ("the claims", "its report"), not a verb.
_QUOTE_OPENERS = "“„«"
_QUOTE_CLOSERS = "”»"
_QUOTE_MARKS = _QUOTE_OPENERS + _QUOTE_CLOSERS + '"'
_QUOTE_MARK_RX = re.compile("[" + re.escape(_QUOTE_MARKS) + "]")
_SPACE_BEFORE_OPEN = set(" \t\n\r\xa0([{—–-/")
_AFTER_CLOSE = set(" \t\n\r\xa0.,;:!?)]}—–-…")

_CAP_TOKEN = r"(?:(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von|der|di|du|la|le)[-\s])?[A-Z][\w’'.\-]*"
_NICKNAME = "(?:[“\"][A-Z][^”\"\n]{0,20}[”\"][ \t]+)?"
_NAME_RUN = re.compile(rf"(?<![\w’'])(?:{_CAP_TOKEN})(?:[ \t]+{_NICKNAME}{_CAP_TOKEN})*")
_WORD = re.compile(r"[\w’'.\-]+")
#: A hyphenated adjective, never part of a name: "Qaeda-linked", "Arabic-language", "US-supported",
#: "NATO-member", "pro-Assad".
_MODIFIER = re.compile(r"^(?!(?:al|el|ad|as|ash|abu|abd|abdel|abdul|bin|ibn|ben)-)[^-]+(?:-[^-]+)*"
                       r"-(?:language|based|backed|led|linked|speaking|born|run|owned|funded|aligned|allied|"
                       r"held|style|friendly|leaning|majority|minded|member|\w{3,}ed|\w{3,}ing)$"
                       r"|^(?:pro|anti|ex|post|pre|neo)-|^(?:us|u\.s\.?|uk|u\.k\.?|un|u\.n\.?|eu|nato)-\w",
                       re.IGNORECASE)
#: An adjective of a medium before a name: "Arabic-language Al-Watan", "state-run the Thawra".
_MEDIUM_BEFORE = re.compile(r"(?:-language|-run|state-owned|state-funded)\s+(?:[Tt]he\s+)?$")
_NICKNAME_IN_RUN = re.compile(r"[“\"][A-Z][^”\"\n]{0,20}[”\"]")


_SETS_LOADED: tuple = ()


def _use_word_sets() -> None:
    """Read data/word_sets.csv into the module's sets (again when the file changes)."""
    global TITLES, DEMONYMS, STOP_CAPS, _TIME_WORDS, _MONTH_WORDS, ORG_WORDS, PLACES, ANONYMOUS_WORDS
    global DESCRIPTION_NOUNS, _ADVERBS, _PLACE_PREPOSITIONS, _COMPASS, _PARTICLES, _SKIP, _SETS_LOADED
    from .wordsets import word_sets

    sets = word_sets()
    if _SETS_LOADED and _SETS_LOADED[0] is sets:
        return
    TITLES, DEMONYMS, STOP_CAPS = sets["titles"], sets["demonyms"], sets["stop_caps"]
    _TIME_WORDS, _MONTH_WORDS, ORG_WORDS = sets["time_words"], sets["month_words"], sets["org_words"]
    PLACES, ANONYMOUS_WORDS, DESCRIPTION_NOUNS = sets["places"], sets["anonymous_words"], sets["description_nouns"]
    _ADVERBS, _PLACE_PREPOSITIONS, _COMPASS = sets["adverbs"], sets["place_prepositions"], sets["compass"]
    _PARTICLES = sets["particles"]
    _SKIP = STOP_CAPS | _ADVERBS | DEMONYMS | TITLES | sets["before_name"]
    for cached in (_clean_offsets, _is_abbreviation, _person_name, _is_title, _person_key, _core, _is_place_word,
                   _looks_like_person, _looks_like_org):
        cached.cache_clear()
    _SETS_LOADED = (sets,)


def _guard(articles, function: str):
    """Check the articles table and return a copy with ``outlet`` and ``title`` filled in."""
    check_articles(articles, function)
    frame = articles.copy()
    for column in ("outlet", "title"):
        if column not in frame.columns:
            frame[column] = ""
    frame["text"] = frame["text"].fillna("").astype(str)
    frame["outlet"] = frame["outlet"].fillna("").astype(str)
    return frame


def _outlet_label(outlet: str) -> str:
    return outlet.strip() or UNKNOWN_OUTLET


# --------------------------------------------------------------------------- adapters to the shared modules

def _sentence_table(articles):
    """Sentences from kit.corpus (the kit's one sentence splitter)."""
    from .corpus import sentences

    return sentences(articles)


def _paragraph_table(articles):
    from .corpus import paragraphs

    return paragraphs(articles)


def _speech_spans(articles, category: str):
    """One category of kit.annotate; attribution and vague_source come from one (cached) pass, since
    each category's spans do not depend on the other categories."""
    from .annotation import annotate

    spans = annotate(articles, categories=["attribution", "vague_source"])
    return spans[spans["category"] == category].reset_index(drop=True)


def _cue_table(articles):
    """Speech cues: the attribution spans of kit.annotate (word list data/lexicons/attribution.csv)."""
    return _speech_spans(articles, "attribution")


def _vague_table(articles):
    return _speech_spans(articles, "vague_source")


def data_version(gazetteer=None) -> tuple:
    """What the sourcing tables depend on besides the text: the gazetteer and the word lists (their
    files' stamps). kit.cache keys their rows on it, so an edited file is read and used afresh.

    >>> data_version() == data_version()
    True
    """
    from .lexicons import lexicon_dir

    return (file_stamp(gazetteer if gazetteer is not None else data_path("gazetteer.csv")),
            file_stamp(lexicon_dir()))


# --------------------------------------------------------------------------- the gazetteer

def _yes(value: str) -> bool | None:
    v = value.strip().lower()
    if v in ("yes", "y", "true", "1"):
        return True
    if v in ("no", "n", "false", "0"):
        return False
    if v == "":
        return None
    raise ValueError(v)


def load_gazetteer(path=None):
    """Read the gazetteer: one row per outlet, news agency, government or organisation.

    The file has the header ``name,type,aliases,country,case_sensitive,note``; ``aliases`` are other
    names separated by ``|``. A mistake raises :class:`kit.errors.LexiconError` naming the line.

    >>> gaz = load_gazetteer()
    >>> gaz.loc[gaz.name == "Reuters", "type"].item()
    'news_agency'
    """
    import pandas as pd

    path = Path(path) if path is not None else data_path("gazetteer.csv")
    rows, problems = _read_table(path, GAZETTEER_COLUMNS, "gazetteer")
    seen: dict[str, int] = {}
    for row in rows:
        line = row["line"]
        if not row["name"].strip():
            problems.append(Problem("the name is empty", file=str(path), line=line, field="name",
                                    fix="Write the organisation's usual name in the first column, "
                                        "or delete the line."))
        if row["type"].strip() not in GAZETTEER_TYPES:
            problems.append(Problem(f"unknown type {row['type']!r}", file=str(path), line=line, field="type",
                                    fix="Use one of: " + ", ".join(GAZETTEER_TYPES) + "."))
        try:
            row["case_sensitive"] = _yes(row["case_sensitive"])
        except ValueError:
            problems.append(Problem(f"case_sensitive must be yes, no or empty, not {row['case_sensitive']!r}",
                                    file=str(path), line=line, field="case_sensitive",
                                    fix="Write yes (match capitals exactly), no, or leave it empty."))
        for alias in _aliases(row):
            key = alias.lower()
            if key in seen and seen[key] != line:
                problems.append(Problem(f"the name {alias!r} is already listed on line {seen[key]}",
                                        file=str(path), line=line, field="aliases",
                                        fix="Each name may appear only once: delete one of them."))
            seen.setdefault(key, line)
    _raise(problems, "gazetteer")
    frame = pd.DataFrame(rows, columns=[*GAZETTEER_COLUMNS, "line"])
    for c in ("name", "type", "aliases", "country", "note"):
        frame[c] = frame[c].str.strip()
    return frame


def _aliases(row) -> list[str]:
    names = [row["name"], *row["aliases"].split("|")]
    return [n.strip() for n in names if n.strip()]


def _raise(problems, what: str) -> None:
    if not problems:
        return
    if len(problems) == 1:
        raise LexiconError(problems=problems)
    raise LexiconError(f"{len(problems)} problems found in the {what}", problems=problems)


def _read_table(path: Path, columns: list[str], what: str) -> tuple[list[dict], list[Problem]]:
    """Read a small CSV table (gazetteer or concept table), collecting problems with line numbers."""
    header_fix = "Make the first line of the file exactly: " + ",".join(columns)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LexiconError(f"{what} file not found", file=str(path),
                           fix="Check the file name and folder, or leave the argument out to use the "
                               "kit's own file.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise LexiconError("the file is not saved as UTF-8 text", file=str(path),
                           line=data[:err.start].count(b"\n") + 1,
                           fix="Save it from your spreadsheet as 'CSV UTF-8'.") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    if not header:
        return [], [Problem("the file is empty", file=str(path), line=1, fix=header_fix)]
    missing = [c for c in columns if c not in header]
    if missing:
        return [], [Problem(f"missing column(s): {', '.join(missing)}", file=str(path), line=1,
                            fix=header_fix)]
    rows, problems = [], []
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if values[0].lstrip().startswith("#"):
            continue
        if len(values) > len(header):
            problems.append(Problem(f"the line has {len(values)} fields but the header has {len(header)}",
                                    file=str(path), line=line,
                                    fix="Put double quotes around any value that contains a comma."))
            continue
        values = values + [""] * (len(header) - len(values))
        row = {c: values[header.index(c)] for c in columns}
        row["line"] = line
        rows.append(row)
    return rows, problems


# The gazetteer names are found with one big alternation per case mode (sensitive / insensitive).
# Trying every alternative at every position of the text is slow, so the matcher only runs at the
# positions where a name can start (a word start whose first character opens some name), and there
# it runs a smaller alternation: only the names that start with the same two characters as the text,
# in the same order as in the big one. At any position the small alternation therefore finds exactly
# what the big one would find, and the scan skips past each match as ``finditer`` does.
_GAZ_LEFT = r"(?<![\w’'])(?<!\w-)"
_GAZ_RIGHT = r")(?:(?=[’']s?(?![\w’']))|(?![\w’']))(?!-\w)"


def _first_element(pattern: str) -> str:
    r"""The first element of an alias pattern made by :func:`_alias_pattern`: "['’]", r"\s+" or one
    (escaped) character."""
    for head in ("['’]", r"\s+"):
        if pattern.startswith(head):
            return head
    return pattern[:2] if pattern.startswith("\\") else pattern[:1]


class _GazetteerScanner:
    """Finds the same matches, in the same order, as ``re.compile(left + "|".join(patterns) + right,
    flags).finditer(text)``."""

    def __init__(self, patterns: list[str], aliases: list[str], sensitive: bool):
        self.sensitive = sensitive
        self.flags = 0 if sensitive else re.IGNORECASE
        self.patterns = patterns
        self.full = re.compile(_GAZ_LEFT + "(?:" + "|".join(patterns) + _GAZ_RIGHT, self.flags)
        self.key2: list[str | None] = []
        self.key1: list[str | None] = []
        for a in aliases:
            two, one = None, None
            if len(a) >= 2 and a[:2].isascii() and not any(c.isspace() or c in "'’" for c in a[:2]):
                two = a[:2] if sensitive else a[:2].lower()
            elif a[:1].isascii() and not (a[0].isspace() or a[0] in "'’"):
                one = a[0] if sensitive else a[0].lower()
            self.key2.append(two)
            self.key1.append(one)
        # where a name may start: a character that opens a name, followed by one that comes second in
        # one (names whose first two characters are not plain ASCII: their first pattern element alone)
        first2, second2, heads = set(), set(), set()
        for pattern, two, one in zip(patterns, self.key2, self.key1):
            if two is not None:
                first2.add(re.escape(two[0]))
                second2.add(re.escape(two[1]))
            elif one is not None:
                heads.add(re.escape(one))
            else:
                heads.add(_first_element(pattern))
        if first2:
            heads.add("[" + "".join(sorted(first2)) + "][" + "".join(sorted(second2)) + "]")
        self.starts = re.compile(_GAZ_LEFT + "(?=" + "|".join(sorted(heads)) + ")", self.flags)
        self.by_key: dict[str, re.Pattern | None] = {}

    def _for_key(self, key: str):
        rx = self.by_key.get(key, False)
        if rx is False:
            parts = [p for p, two, one in zip(self.patterns, self.key2, self.key1)
                     if (two is None and one is None) or (two is not None and two == key)
                     or (one is not None and one == key[:1])]
            rx = re.compile(_GAZ_LEFT + "(?:" + "|".join(parts) + _GAZ_RIGHT, self.flags) if parts else None
            self.by_key[key] = rx
        return rx

    def finditer(self, text: str):
        last_end = 0
        sensitive = self.sensitive
        by_key = self.by_key
        for c in self.starts.finditer(text):
            p = c.start()
            if p < last_end:
                continue
            key = text[p:p + 2]
            if not sensitive:
                if not key.isascii():
                    m = self.full.match(text, p)  # case folding beyond ASCII: use the whole alternation
                    if m:
                        last_end = m.end()
                        yield m
                    continue
                key = key.lower()
            rx = by_key.get(key, False)
            if rx is False:
                rx = self._for_key(key)
            if rx is None:
                continue
            m = rx.match(text, p)
            if m:
                last_end = m.end()
                yield m


def _gazetteer_matcher(path: str | None):
    return _gazetteer_matcher_for(file_stamp(path if path is not None else data_path("gazetteer.csv")))


@functools.lru_cache(maxsize=4)
def _gazetteer_matcher_for(stamp: tuple):
    gaz = load_gazetteer(stamp[0])
    entries = []
    for row in gaz.itertuples():
        for alias in _aliases({"name": row.name, "aliases": row.aliases}):
            sensitive = row.case_sensitive
            if sensitive is None:
                # default: one-word names match only as capitalised ("Independent", "Post");
                # names of several words match in any case ("russian general staff").
                sensitive = len(alias.split()) == 1
            entries.append((alias, row.name, row.type, bool(sensitive)))
    entries.sort(key=lambda e: -len(e[0]))
    lookup = {}
    sensitive_parts, insensitive_parts = [], []
    sensitive_aliases, insensitive_aliases = [], []
    for alias, name, kind, sensitive in entries:
        pattern = _alias_pattern(alias)
        key = alias if sensitive else alias.lower()
        lookup[(sensitive, _fold(key))] = (name, kind)
        (sensitive_parts if sensitive else insensitive_parts).append(pattern)
        (sensitive_aliases if sensitive else insensitive_aliases).append(alias)
    regexes = []
    # not inside a hyphenated word: "Al Qaeda-linked", "US-Russian", "anti-ISIS" are modifiers, not the name
    # a possessive may follow ("the United States’ military", "Reuters’s report")
    if sensitive_parts:
        regexes.append((True, _GazetteerScanner(sensitive_parts, sensitive_aliases, True)))
    if insensitive_parts:
        regexes.append((False, _GazetteerScanner(insensitive_parts, insensitive_aliases, False)))
    return regexes, lookup


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    return _SPACES.sub(" ", s.replace("’", "'"))


def _alias_pattern(alias: str) -> str:
    parts = []
    for ch in alias:
        if ch in "'’":
            parts.append("['’]")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return re.sub(r"(\\s\+)+", r"\\s+", "".join(parts))


def _gazetteer_hits(text: str, gazetteer=None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) for every gazetteer name in the text, longest match first, no overlaps."""
    regexes, lookup = _gazetteer_matcher(None if gazetteer is None else str(gazetteer))
    hits = []
    for sensitive, rx in regexes:
        for m in rx.finditer(text):
            found = m.group(0)
            key = _fold(found if sensitive else found.lower())
            name, kind = lookup.get((sensitive, key), (found, "organisation"))
            hits.append((m.start(), m.end(), name, kind))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept, last_end = [], -1
    for h in hits:
        if h[0] >= last_end:
            kept.append(h)
            last_end = h[1]
    return kept


# --------------------------------------------------------------------------- quotation marks

def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# --------------------------------------------------------------------------- names and speakers

def _tokens(s: str) -> list[str]:
    return s.split()


_RX_THAT = re.compile(r"\bthat\b")
_RX_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|bin|ibn|abu)[-\s]", re.IGNORECASE)


def _clean_run(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a capitalised run: drop leading stop words, and a sentence-final full stop or possessive."""
    s, e = _clean_offsets(text[start:end])
    return start + s, start + e


@functools.lru_cache(maxsize=65536)
def _clean_offsets(run: str) -> tuple[int, int]:
    """:func:`_clean_run` on the run alone: offsets into ``run``."""
    words = list(re.finditer(r"\S+", run))
    # a lower-case particle cannot open a name ("de Wednesday" once "Wednesday" is cut off);
    # a capitalised one can ("Abu Mohammed al-Julani")
    while words and (_core(words[0].group(0)) in STOP_CAPS or words[0].group(0) in _PARTICLES
                     or (len(words) == 1 and words[0].group(0).lower() in _PARTICLES)):
        words.pop(0)
    while words and words[-1].group(0).lower() in _PARTICLES:
        words.pop()
    if not words:
        return 0, 0
    s = words[0].start()
    e = words[-1].end()
    last = run[s:e].split()[-1]
    if last.endswith(".") and not _is_abbreviation(last.split("-")[-1]):
        e -= 1
    for suffix in ("’s", "'s", "’", "'"):
        if run[s:e].endswith(suffix):
            e -= len(suffix)
            break
    return s, e


@functools.lru_cache(maxsize=65536)
def _is_abbreviation(token: str) -> bool:
    """"Gen.", "U.S.", "J." (an initial) -- but not "Lee." at the end of a sentence."""
    from .segment import ABBREVIATIONS

    if re.fullmatch(r"(?:[A-Za-z]\.)+", token):
        return True
    return token.lower().rstrip(".") in ABBREVIATIONS


@functools.lru_cache(maxsize=65536)
def _person_name(run: str) -> str:
    """The name shown for a person: titles and nationality words in front, and a nickname in
    quotation marks inside the name, are dropped (Gen. James “Mad Dog” Mattis -> James Mattis)."""
    words = _NICKNAME_IN_RUN.sub(" ", run).split()
    while len(words) > 1 and (words[0].lower() in TITLES or words[0].lower() in DEMONYMS
                              or words[0].lower().rstrip(".") in TITLES or _role_modifier(words)):
        words.pop(0)
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def _is_title(word: str) -> bool:
    return _core(word) in TITLES or word.lower().rstrip(",") in TITLES


def _role_modifier(words: list[str]) -> bool:
    """The first word qualifies a role word that follows it, and a name comes after both:
    "Police Chief Anna Berg", "Shop Owner Tom Lee" (but "John Major" is a name)."""
    return len(words) > 2 and not _is_title(words[0]) and _is_title(words[1]) and not _is_title(words[-1])


@functools.lru_cache(maxsize=65536)
def _person_key(name: str) -> str:
    last = name.split()[-1] if name.split() else name
    last = _RX_PARTICLE_PREFIX.sub("", last)
    return last.lower().strip(".’'")


@functools.lru_cache(maxsize=65536)
def _core(word: str) -> str:
    """A word lowercased, without outer punctuation, a possessive or a contraction:
    "Turkey’s," -> "turkey", "We’re" -> "we"."""
    w = word.lower().strip(".,;:!?()[]“”\"‘")
    return re.sub(r"(?:[’'](?:s|re|ve|ll|d|m)?|n[’']t)$", "", w)


@functools.lru_cache(maxsize=65536)
def _is_place_word(word: str) -> bool:
    low = _core(word)
    return low in PLACES or low.split("-")[-1] in PLACES and low.split("-")[0] in _PARTICLES


@functools.lru_cache(maxsize=65536)
def _looks_like_person(run: str) -> bool:
    """Could this capitalised run be a person's name? No if any word names a place, a group, an
    institution or a time, is an acronym ("ISIS", "SDF"), a lone letter, or a modifier ("-linked");
    no if only titles and nationality words are left once those in front are dropped."""
    words = _NICKNAME_IN_RUN.sub(" ", run).split()
    if not words or _core(words[0]) in ("al", "el") or (len(words) == 1 and _core(words[0]) in _PARTICLES):
        return False
    while words and (_is_title(words[0]) or _core(words[0]) in DEMONYMS or _core(words[0]) in STOP_CAPS
                     or _role_modifier(words)):
        words.pop(0)
    if not words:
        return False
    for w in words:
        low = _core(w)
        bare = w.strip(".,;:()’'")
        if low in ORG_WORDS or low in ANONYMOUS_WORDS or (low in STOP_CAPS and low not in _MONTH_WORDS) \
                or (low in DEMONYMS and low not in _COMPASS) or _is_place_word(w) or _MODIFIER.search(low):
            return False
        if len(bare) >= 2 and bare.isupper() and "." not in bare:
            return False  # an acronym: ISIS, SDF, AMN
        if re.match(r"[A-Z]{2,}[a-z]", bare):
            return False  # an acronym glued to a word: "USled" (a lost hyphen)
        if len(bare) == 1 and not w.endswith("."):
            return False  # "(W)omen" -> W
        if any(ch.isdigit() for ch in bare):
            return False
    return True


def _spans_within(spans, starts, lo: int, hi: int) -> list:
    """The spans (sorted by start, ``starts`` their start offsets) that lie wholly inside [lo, hi)."""
    k = bisect.bisect_left(starts, lo)
    out = []
    while k < len(spans) and spans[k][0] < hi:
        if spans[k][1] <= hi:
            out.append(spans[k])
        k += 1
    return out


class _Article:
    """Everything the speaker rules need to know about one article."""

    def __init__(self, row, sentences, paragraphs, cues, gazetteer=None):
        _use_word_sets()
        self.id = row.article_id
        self.outlet = row.outlet
        self.text = row.text
        self.sentences = sentences          # list of (sentence_id, start, end)
        self.sent_starts = [s[1] for s in sentences]
        self.paragraphs = paragraphs        # list of (start, end)
        self.para_starts = [p[0] for p in paragraphs]
        self.cues = cues                    # list of (start, end, term, tone), sorted
        self.cue_starts = [c[0] for c in cues]
        self.gaz = _gazetteer_hits(self.text, gazetteer)
        self.gaz_starts = [g[0] for g in self.gaz]
        self.persons: dict[str, str] = {}  # key -> longest name seen
        self._pieces: dict[tuple[int, int], list[tuple[int, int]]] = {}  # runs() cache
        self.speakers: list[tuple[int, str]] = []  # (position, name) of named person speakers
        # words this article writes in lower case: "Having", "Therefore" at the start of a sentence are
        # the same words, not names
        self.lower_words = {w.replace("’", "'") for w in re.findall(r"(?<![\w’'-])[a-z][a-z’'-]*", self.text)}
        # headings in title case ("What Becomes of Surrendering and Fleeing ISIS Militants?")
        self.headings = []
        for ps, pe in paragraphs:
            long_words = re.findall(r"[A-Za-z][\w’'-]{3,}", self.text[ps:pe])
            if 3 <= len(long_words) <= 20 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words):
                self.headings.append((ps, pe))
        for s, e in self.runs(0, len(self.text)):
            run = self.text[s:e]
            name = _person_name(run)
            if _looks_like_person(run) and (len(name.split()) >= 2 or name != run):
                key = _person_key(name)
                if len(name) > len(self.persons.get(key, "")):
                    self.persons[key] = name

    def runs(self, lo: int, hi: int):
        """Capitalised runs in text[lo:hi], cut around gazetteer names, trimmed."""
        cache = self._pieces
        for m in _NAME_RUN.finditer(self.text, lo, hi):
            key = m.span()
            pieces = cache.get(key)
            if pieces is None:
                pieces = cache[key] = self._run_pieces(*key)
            # checked each time: it depends on self.persons, which grows while __init__ reads the runs
            for qs, qe in pieces:
                if not self._common_word(qs, qe):
                    yield qs, qe

    def _run_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of one capitalised run (a match of _NAME_RUN), before the common-word check."""
        text = self.text
        out = []
        s, e = _clean_run(text, start, end)
        if e <= s:
            return out
        pieces = [(s, e)]
        for gs, ge, _n, _k in self.gaz_overlapping(s, e):
            new = []
            for ps, pe in pieces:
                if ge <= ps or gs >= pe:
                    new.append((ps, pe))
                    continue
                if gs > ps:
                    new.append((ps, gs))
                if ge < pe:
                    new.append((ge, pe))
            pieces = new
        for ps, pe in pieces:
            if text[ps:ps + 2] in ("’s", "'s"):
                ps += 2  # the rest of a possessive after a gazetteer name: "Turkey’s Erdogan"
            ps, pe = _clean_run(text, *_strip_span(text, ps, pe))
            for qs, qe in self._split(ps, pe):
                qs, qe = _clean_run(text, *_strip_span(text, qs, qe))
                if qe > qs:
                    out.append((qs, qe))
        return out

    def _split(self, s: int, e: int):
        """Cut a capitalised run where a name cannot go on: at a weekday or other time word, a
        capitalised function word, a month before a number ("Mattis December 5"), a modifier such
        as "Qaeda-linked" or "Syrian-Iraqi" (dropped), a possessive ("Turkey’s | Erdogan") and a
        full stop that ends a sentence ("Al-Tanf. | Just"). A nickname in quotation marks stays."""
        text = self.text
        if e <= s:
            return
        cur = s
        for m in re.finditer(r"[“\"][^”\"\n]{1,20}[”\"]|\S+", text[s:e]):
            ts, te, w = s + m.start(), s + m.end(), m.group(0)
            if w[0] in "“\"":
                continue
            low = _core(w)
            parts = [p for p in low.split("-") if p]
            drop = (low in _TIME_WORDS
                    or (low in _MONTH_WORDS and re.match(r"\s*\d", text[te:te + 4]) is not None)
                    or (low in STOP_CAPS and low not in _MONTH_WORDS and low not in _PARTICLES and ts > s)
                    or bool(_MODIFIER.search(low))
                    or (len(parts) > 1 and all(p in DEMONYMS or p in PLACES for p in parts)))
            if drop:
                if ts > cur:
                    yield cur, ts
                cur = te
                continue
            possessive = re.search(r"[’']s?$", w) is not None and te < e
            sentence_end = w.endswith(".") and te < e and not _is_abbreviation(w.split("-")[-1])
            if possessive or sentence_end:
                yield cur, te
                cur = te
        if e > cur:
            yield cur, e

    def _common_word(self, s: int, e: int) -> bool:
        """A single capitalised word that opens a sentence (or a quotation), or stands in a heading
        written in title case, and is an ordinary word: written in lower case elsewhere in the
        article, or ending in -ly or -ing ("Having", "Therefore", "Surrendering"), or the first
        word of a role written in lower case ("Shop owner Tom Lee", "Police chief Anna Berg")."""
        word = self.text[s:e]
        if not re.fullmatch(r"[A-Z][a-z’'-]+", word):
            return False
        j = s - 1
        while j >= 0 and self.text[j] in " \t“\"‘'(":
            j -= 1
        k = self.sentence_index(s)
        at_start = j < 0 or self.text[j] in "\n:—–" or (k >= 0 and self.sentences[k][1] > j)
        if any(ps <= s < pe for ps, pe in self.headings):
            return _person_key(word) not in self.persons  # in a heading every word has a capital
        if not at_start:
            return False
        low = word.lower().replace("’", "'")
        if low in self.lower_words or low.endswith("ly") or low.endswith("ing"):
            return True
        role = re.match(r"[ \t]+([a-z][\w’'-]*)\b", self.text[e:e + 40])
        return bool(role) and _is_title(role.group(1)) and _person_key(word) not in self.persons

    def _unlikely_person(self, s: int, e: int, name: str) -> bool:
        """An unknown one-word name right after "in", "at", "near" ...: more likely a place ("in Manbij")."""
        if len(name.split()) != 1 or _person_key(name) in self.persons or name != self.text[s:e]:
            return False
        before = re.search(r"([A-Za-z]+)\W*$", self.text[max(0, s - 20):s])
        return bool(before) and before.group(1).lower() in _PLACE_PREPOSITIONS

    def gaz_overlapping(self, s: int, e: int):
        k = bisect.bisect_left(self.gaz_starts, e)
        out = []
        k -= 1
        while k >= 0:
            g = self.gaz[k]
            if g[1] > s and g[0] < e:
                out.append(g)
            if g[1] <= s and g[0] < s - 200:
                break
            k -= 1
        return out[::-1]

    def sentence_at(self, pos: int):
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if k < 0:
            return None
        return self.sentences[k]

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def cues_in(self, lo: int, hi: int):
        return _spans_within(self.cues, self.cue_starts, lo, hi)

    def _in_gazetteer(self, s: int, e: int) -> bool:
        k = bisect.bisect_right(self.gaz_starts, e) - 1
        while k >= 0 and self.gaz[k][1] > s:
            if self.gaz[k][0] < e:
                return True
            k -= 1
        return False

    def gaz_in(self, lo: int, hi: int):
        return _spans_within(self.gaz, self.gaz_starts, lo, hi)

    def canonical(self, name: str) -> str:
        return self.persons.get(_person_key(name), name)

    # ---------------------------------------------------------------- candidates in a stretch of text
    def candidates(self, lo: int, hi: int, lenient: bool = True) -> list[dict]:
        """Named things in text[lo:hi]: gazetteer names, person names, other capitalised groups."""
        text = self.text
        found = []
        for s, e, name, kind in self.gaz_in(lo, hi):
            found.append({"start": s, "end": e, "text": text[s:e], "speaker": name,
                          "type": GAZETTEER_TYPES.get(kind, "organisation"), "gaz_type": kind})
        for ps, pe in self.runs(lo, hi):
            run = text[ps:pe]
            if _looks_like_person(run):
                name = _person_name(run)
                known = _person_key(name) in self.persons
                if not lenient and not (known or len(name.split()) >= 2):
                    continue
                if self._unlikely_person(ps, pe, name):
                    continue
                if not known and _MEDIUM_BEFORE.search(text[max(0, ps - 30):ps]):
                    # "Arabic-language Al-Watan", "state-run Al-Thawra": an outlet missing from the gazetteer
                    found.append({"start": ps, "end": pe, "text": run, "speaker": run.removeprefix("The "),
                                  "type": "organisation", "gaz_type": ""})
                    continue
                found.append({"start": ps, "end": pe, "text": run, "speaker": self.canonical(name),
                              "type": "named person", "gaz_type": ""})
            elif any(_core(w) in ORG_WORDS for w in run.split()) and len(run.split()) > 1 \
                    and _looks_like_org(run):
                found.append({"start": ps, "end": pe, "text": run, "speaker": run.removeprefix("The "),
                              "type": "organisation", "gaz_type": ""})
        found.sort(key=lambda c: c["start"])
        return found


@functools.lru_cache(maxsize=65536)
def _looks_like_org(run: str) -> bool:
    """A run with an institution word that is not just a group adjective and a people word
    ("Islamist militias") or only group names ("Al Qaeda Islamist")."""
    words = [_core(w) for w in run.split()]
    return any(w in ORG_WORDS and w not in DEMONYMS and w not in ANONYMOUS_WORDS
               and w not in ("qaeda", "nusra", "isis", "isil", "daesh", "taliban", "hezbollah", "hamas",
                             "houthi", "houthis", "ypg", "pkk", "sdf")
               for w in words)


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] == "."):
        e -= 1
    return s, e


def _pick(cands: list[dict]) -> dict | None:
    """Prefer the first person named, else the first organisation or outlet."""
    for c in cands:
        if c["type"] == "named person":
            return c
    return cands[0] if cands else None


def _words_span(text: str, lo: int, hi: int) -> list[re.Match]:
    return list(_WORD.finditer(text, lo, hi))


def _only_skip_words(text: str) -> bool:
    """True if ``text`` holds only little words, titles and punctuation (no other content word)."""
    for w in _WORD.findall(text):
        low = w.lower().strip(".’'")
        if low in _SKIP or low.rstrip("s") in _SKIP or _MODIFIER.search(low) or low == "s":
            continue
        if re.search(r"[’']s?$", w) and (_core(w) in PLACES or _core(w) in DEMONYMS):
            continue  # a place as owner: "Iraq’s former foreign minister Hoshyar Zebari"
        return False
    return True


def _plain_phrase(art: _Article, lo: int, hi: int, method: str) -> dict | None:
    """A speaker phrase with no name in it: a pronoun, a description, or an anonymous source."""
    text = art.text
    words = _words_span(text, lo, hi)
    while words and words[0].group(0).lower() in _ADVERBS:
        words.pop(0)
    while words and words[-1].group(0).lower() in _ADVERBS:
        words.pop()
    if not words:
        return None
    first = words[0].group(0).lower()
    phrase_s, phrase_e = words[0].start(), words[-1].end()
    phrase = text[phrase_s:phrase_e]
    lowered = [w.group(0).lower().strip(".,’'") for w in words]
    if len(words) == 1 and first in _PRONOUNS_PERSON | _PRONOUNS_OTHER:
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": "", "type": "pronoun",
                "gaz_type": "", "pronoun": first}
    if len(words) > 8:
        return None
    if first in ("the", "this", "that") and len(words) <= 4 and lowered[-1] in DESCRIPTION_NOUNS:
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": "", "type": "description",
                "gaz_type": ""}
    if lowered[-1] in ANONYMOUS_WORDS or any(w in ("anonymous", "unnamed", "unidentified") for w in lowered) \
            or (first in ("a", "an") and len(words) <= 4):
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": phrase, "type": "anonymous",
                "gaz_type": "", "note": "the source is not named"}
    return None


def _role_before_name(text: str) -> bool:
    """Words in lower case that describe the person named right after them: "shop owner",
    "local farmer", "city spokesman", "the mayor’s spokesman", "Police chief". No function word,
    verb form or punctuation may come between them and the name ("in a statement to Reuters" is not one)."""
    if re.search(r"[^\w\s’'.-]", text):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > 4:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if i == 0 and low in ("the", "a", "an"):
            continue
        if re.search(r"\w[’']s$", w):
            continue  # an owner: "the mayor’s spokesman"
        if not re.fullmatch(r"[a-z][a-z-]*", w if i else w[0].lower() + w[1:]):
            return False  # a capital inside, a number, an abbreviation
        if low in TITLES or low in DEMONYMS:
            continue
        if low in STOP_CAPS or low in _ADVERBS or low.endswith("ly") or low.endswith("ing"):
            return False
    last = _core(words[-1])
    return last in TITLES or last in DESCRIPTION_NOUNS or last in ORG_WORDS or all(w.islower() for w in words)


def _head(art: _Article, lo: int, hi: int) -> dict | None:
    """The name that heads the words text[lo:hi], if they open with one ("the Pentagon itself"),
    perhaps after a role in lower case ("shop owner Tom Lee")."""
    cands = art.candidates(lo, hi)
    if not cands:
        return None
    first = cands[0]
    before = art.text[lo:first["start"]].replace("(", " ").replace(")", " ")
    if not _only_skip_words(before) and not _role_before_name(before):
        return None
    # "Russian Foreign Ministry spokesman General Igor Konashenkov": the person, not the ministry
    if len(cands) > 1 and first["type"] != "named person" and cands[1]["type"] == "named person" \
            and _only_skip_words(art.text[first["end"]:cands[1]["start"]]):
        return cands[1]
    # "Lavrov’s deputy": a person as the owner of a role is not the one speaking
    owned = re.match(r"[’']s?[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)\b", art.text[first["end"]:hi])
    if first["type"] == "named person" and owned and any(_is_title(w) for w in owned.group(1).split()):
        nxt = cands[1] if len(cands) > 1 else None
        if nxt and nxt["type"] == "named person" and _role_before_name(art.text[first["end"] + owned.start(1):nxt["start"]]):
            return nxt  # "Lavrov’s deputy Sergei Ryabkov"
        return None
    return first


def _appositive_name(art: _Article, name_lo: int, name_hi: int, role_lo: int, role_hi: int) -> dict | None:
    """A person named between commas after a role or a description: "the group’s leader, Ali Musa,
    said", "said the mayor’s spokesman, Tim Roe". text[role_lo:role_hi] must hold a role word
    and no other person (an owner such as "Lavrov’s deputy" is allowed); text[name_lo:name_hi]
    must be the name alone (with its titles)."""
    text = art.text
    cands = art.candidates(name_lo, name_hi)
    if len(cands) != 1 or cands[0]["type"] != "named person":
        return None
    name = cands[0]
    if not _only_skip_words(text[name_lo:name["start"]]) or text[name["end"]:name_hi].strip(" \t.’'"):
        return None
    words = [_core(w) for w in _WORD.findall(text[role_lo:role_hi])]
    if not words or len(words) > 8 or not any(w in TITLES or w in DESCRIPTION_NOUNS for w in words):
        return None
    for c in art.candidates(role_lo, role_hi):
        if c["type"] == "named person" and text[c["end"]:c["end"] + 1] not in ("’", "'"):
            return None
    return name


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause ending at ``hi`` starts. A bracket closed before ``hi`` is skipped:
    "the Islamic State (ISIS) resides in Syria" is one clause, not "ISIS) resides in Syria"."""
    clause = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text[lo:hi])
    k = max(clause.rfind(c) for c in ",;:—–(")
    return lo + k + 1 if k != -1 else lo


def _subject(art: _Article, lo: int, hi: int, whole: bool = False) -> dict | None:
    """The speaker in the words just before a speech cue: "Gerasimov", "he", "Silo, who defected,".

    With ``whole`` (a cue such as "saying" that hangs on the main clause) the subject is looked
    for at the start of the sentence instead of just before the cue.
    """
    text = art.text
    stripped = text[lo:hi].rstrip()
    cut_hi = lo + len(stripped)
    if not whole and stripped.endswith(","):
        inner = stripped[:-1]
        comma = inner.rfind(",")
        if comma != -1:
            # "the group’s leader, Ali Musa, said": the name, not the description
            named = _appositive_name(art, lo + comma + 1, lo + len(inner), _clause_start(text, lo, lo + comma),
                                     lo + comma)
            if named:
                return named
        cut_hi = lo + comma if comma != -1 else lo + len(inner)
    clause_lo = lo if whole else _clause_start(text, lo, cut_hi)
    first = _words_span(text, clause_lo, cut_hi)
    if first and first[0].group(0).lower() in ("who", "which", "that") and clause_lo > lo:
        # "the Pentagon, which has denied" -> the words before the comma
        cut_hi = clause_lo - 1
        clause_lo = _clause_start(text, lo, cut_hi)
    # a relative clause without commas: "A general who commands forces in Syria has accused"
    m = re.search(r"\s(?:who|which|whose)\s", text[clause_lo:cut_hi])
    if m:
        cut_hi = clause_lo + m.start()
    if whole:
        m = re.search(r",", text[clause_lo:cut_hi])
        found = _head(art, clause_lo, cut_hi)
        if found is None:
            # skip an opening adverb: "Separately, Moallem blasted ..."
            parts = [p for p in re.finditer(r"[^,]+", text[clause_lo:cut_hi])]
            for part in parts[:2]:
                found = _head(art, clause_lo + part.start(), cut_hi)
                if found:
                    break
        return found
    plain = _plain_phrase(art, clause_lo, cut_hi, "subject")
    if _only_skip_words(text[clause_lo:cut_hi]) and clause_lo > lo \
            and not (plain and plain["type"] == "anonymous"):  # "In Damascus, a witness said" stays a witness
        return _subject(art, lo, hi, whole=True)  # "Russia, meanwhile, has announced"
    if plain and plain["type"] in ("pronoun", "description"):
        return plain
    found = _head(art, clause_lo, cut_hi)
    if found:
        return found
    by = re.search(r"\b(?:by|from)\s+", text[clause_lo:cut_hi])
    if by:  # "a report last week by the Associated Press"
        found = _object(art, clause_lo + by.end(), cut_hi)
        if found:
            return found
    return plain


def _object(art: _Article, lo: int, hi: int, immediate: bool = False) -> dict | None:
    """The speaker right after a cue: "said Gerasimov", "according to U.S. News", "by the BBC"."""
    text = art.text
    seg = text[lo:hi]
    stop = len(seg)
    # a nickname inside a name is not the start of a quotation: Gen. James “Mad Dog” Mattis
    masked = re.sub(r"(?<=[\w.]) [“\"][A-Z][^”\"\n]{0,20}[”\"](?= [A-Z])", lambda m: " " + "x" * (len(m.group(0)) - 1), seg)
    for ch in ",;:!?“”\"(":
        k = masked.find(ch)
        if k != -1:
            stop = min(stop, k)
    for m in re.finditer(r"\.(?=\s|$)", seg):
        before = seg[:m.start()].split()
        last = before[-1] if before else ""
        if _is_abbreviation(last + "."):
            continue  # an abbreviation ("Gen.", "U.S.")
        stop = min(stop, m.start())
        break
    hi2 = lo + stop
    if immediate:
        found = _head(art, lo, hi2)
        if found is None and seg[stop:stop + 1] == ",":
            # “...,” said the group’s leader, Ali Musa.
            m = re.match(r",\s*([^,;:!?“”\"(]+)", seg[stop:])
            if m:
                found = _appositive_name(art, lo + stop + m.start(1), lo + stop + m.end(1), lo, hi2)
        if found is None:
            plain = _plain_phrase(art, lo, hi2, "object")
            found = plain if plain and plain["type"] == "pronoun" else None
        return found
    cands = art.candidates(lo, hi2)
    words = [w.lower() for w in _WORD.findall(seg[:stop])]
    first_cand = cands[0]["start"] if cands else hi2
    role_first = any(w in DESCRIPTION_NOUNS for w in _WORD.findall(text[lo:first_cand].lower()))
    if seg[stop:stop + 1] == "," and (role_first or not cands):
        # "by the former spokesman of the SDF, Talal Silo, who ..."
        m = re.match(r",\s*([^,;:]+)", seg[stop:])
        if m:
            more = art.candidates(lo + stop + m.start(1), lo + stop + m.end(1))
            if more and more[0]["type"] == "named person" and \
                    _only_skip_words(seg[stop + m.start(1):stop + m.start(1) + 0] or ""):
                return more[0]
    if words and words[-1].strip("’'") in ANONYMOUS_WORDS:
        plain = _plain_phrase(art, lo, hi2, "object")  # "top US officials", "Western sources"
        if plain:
            return plain
    found = _head(art, lo, hi2) or _pick(cands)
    if found:
        return found
    return _plain_phrase(art, lo, hi2, "object")


_PARTICIPLES = re.compile(r"\w+ing$")


def _after_cue_is_by(art: _Article, cue_end: int, hi: int) -> int | None:
    m = re.match(r"\s+(?:(?:repeatedly|also|later|first|widely)\s+)?by\s+", art.text[cue_end:hi])
    return cue_end + m.end() if m else None


def _speaker_for_cue(art: _Article, cue, lo: int, hi: int) -> dict | None:
    """Speaker of a cue found in text[lo:hi] (lo..cue is before it, cue..hi after it)."""
    s, e, term, _tone = cue
    if term.lower().startswith("according"):
        return _object(art, e, hi)
    by = _after_cue_is_by(art, e, hi)
    if by is not None:
        return _object(art, by, hi)
    if art.text[lo:s].strip(" \t\n,.;:—–-”\"") == "":
        return _object(art, e, hi, immediate=True)  # “...,” said Gerasimov.
    if _PARTICIPLES.search(art.text[s:e]) and art.text[lo:s].rstrip().endswith(","):
        found = _subject(art, lo, s, whole=True)  # "The army refused, saying that ..."
        if found:
            return found
    found = _subject(art, lo, s)
    if found is None:
        found = _object(art, e, hi, immediate=True)
    return found


def _is_speech_cue(art: _Article, cue) -> bool:
    """Leave out nouns ("the claims", "its claims") and words inside others ("self-proclaimed")."""
    from .segment import is_speech_cue

    return is_speech_cue(art.text, cue[0], cue[1])


def _resolve(art: _Article, found: dict, pos: int) -> dict:
    """Turn a pronoun or description into a name where a rule allows it; mark it as a guess."""
    found = dict(found)
    found.setdefault("method", "named")
    found["guess"] = False
    kind = found["type"]
    if kind not in ("pronoun", "description"):
        return found
    found["guess"] = True
    found["method"] = kind
    word = found.get("pronoun", found["text"].lower())
    if kind == "pronoun" and word == "we":
        found.update(speaker=_outlet_label(art.outlet), type="media outlet",
                     note="guess: 'we' taken to be the article's own outlet")
        return found
    if kind == "pronoun" and word not in _PRONOUNS_PERSON:
        found.update(speaker="", type="none",
                     note=f"could not tell who '{found['text']}' is; no guess made")
        return found
    pos = min(pos, found.get("start", pos))
    if kind == "description":
        noun = found["text"].lower().split()[-1]
        titles = {noun, *_TITLE_ABBREVIATIONS.get(noun, ())}
        runs = list(art.runs(max(0, pos - 4000), pos))
        for s, e in reversed(runs):
            words = {w.lower() for w in art.text[s:e].split()}
            if words & titles and _looks_like_person(art.text[s:e]):
                name = art.canonical(_person_name(art.text[s:e]))
                found.update(speaker=name, type="named person",
                             note=f"guess: '{found['text']}' taken to be {name}, the last person "
                                  f"named with that title before")
                return found
    # he / she / the general: someone quoted or named in the nearest sentence before, else the last speaker
    k = art.sentence_index(pos)
    for back in range(k, max(-1, k - 4), -1):
        if back < 0:
            break
        _sid, s, e = art.sentences[back]
        quoted = [n for p, n in art.speakers if s <= p < min(e, pos)]
        if quoted:
            found.update(speaker=quoted[-1], type="named person",
                         note=f"guess: '{found['text']}' taken to be {quoted[-1]}, the person quoted "
                              "just before")
            return found
        people = [c for c in art.candidates(s, min(e, pos), lenient=False) if c["type"] == "named person"]
        if people:
            name = people[0]["speaker"]
            found.update(speaker=name, type="named person",
                         note=f"guess: '{found['text']}' taken to be {name}, the first person named "
                              "in the sentences just before")
            return found
    earlier = [n for p, n in sorted(art.speakers) if p < pos]
    if earlier:
        found.update(speaker=earlier[-1], type="named person",
                     note=f"guess: '{found['text']}' taken to be {earlier[-1]}, the last person quoted before")
        return found
    found.update(speaker="", type="none", note=f"could not tell who '{found['text']}' is; no guess made")
    return found


def _row(art, sid, start, end, kind, found, cue, note=""):
    if found is None:
        cue = None
    cue_term = art.text[cue[0]:cue[1]] if cue else ""
    tone = cue[3] if cue else ""
    if found is None:
        found = {"speaker": "", "text": "", "type": "none", "method": "none", "guess": False}
    notes = [n for n in (note, found.get("note", "")) if n]
    return {"article_id": art.id, "outlet": art.outlet, "sentence_id": sid, "start": start, "end": end,
            "quote": art.text[start:end], "kind": kind, "speaker": found.get("speaker", ""),
            "speaker_text": found.get("text", ""), "speaker_type": found.get("type", "none"),
            "speaker_method": found.get("method", "none"), "speaker_guess": bool(found.get("guess", False)),
            "cue": cue_term, "cue_tone": tone or "", "note": "; ".join(notes),
            "speaker_start": found.get("start", -1) if found.get("text") else -1,
            "speaker_end": found.get("end", -1) if found.get("text") else -1}


#: Notes for quotations that are not someone's words.
KIND_NOTES = {
    "title": "a title, not something said",
    "term": "a name or a word mentioned as a word (a nickname, 'the term'), not something said",
    "scare": "a scare quote: words held at arm's length, with no speaker named in the sentence",
}


def _said_like(quote: str) -> bool:
    """A quotation that reads like words said (three words or more, ending with punctuation),
    not a scare quote such as “fake news”."""
    return len(quote.split()) >= 3 and quote.rstrip()[-1:] in ".,!?…"


def _colon_sentence(art: _Article, lo: int, o: int, prev_close: int):
    """If the quotation at ``o`` is introduced by a colon, the span of the words before that colon."""
    text = art.text
    before = text[lo:o].rstrip()
    if before.endswith(":"):
        return lo, lo + len(before)
    if before.strip():
        return None
    j = o - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j >= 0 and text[j] == ":":
        prev = art.sentence_at(j)
        if prev:
            return max(prev[1], prev_close), j
    return None


def _speaker_of_intro(art: _Article, cs: int, ce: int, outside) -> tuple[dict | None, tuple | None]:
    """Speaker of an introducing sentence ("Rudskoi also questioned the motives:")."""
    cues = [k for k in art.cues_in(cs, ce) if outside(k) and _is_speech_cue(art, k)]
    if cues:
        found = _speaker_for_cue(art, cues[-1], cs, ce)
        if found:
            return found, cues[-1]
    for m in re.finditer(r"\w+", art.text[cs:ce]):
        word = m.group(0).lower()
        if word in _PRONOUNS_PERSON | _PRONOUNS_OTHER:
            return _plain_phrase(art, cs + m.start(), cs + m.end(), "subject"), None
        if word not in _ADVERBS:
            break
    found = _subject(art, cs, ce, whole=True) or _pick(art.candidates(cs, ce))
    return found, None


class _QuoteContext:
    """What the speaker rules know about one quotation: its marks, its sentence, the quotations before."""

    __slots__ = ("art", "q", "o", "c_end", "lo", "tail_hi", "prev_close", "results", "speech", "outside")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def _rule_cue_after(ctx):
    """“...,” Gerasimov said / said Gerasimov / U.S. News reported."""
    tail = ctx.speech(ctx.art.cues_in(ctx.c_end, ctx.tail_hi))
    if tail:
        return _speaker_for_cue(ctx.art, tail[0], ctx.c_end, ctx.tail_hi), tail[0]
    return None, None


_WHO_WHICH = re.compile(r"\b(?:who|which)\s+$")


def _rule_cue_before(ctx):
    """Gerasimov said: “...” / According to X, “...” (the cue is in the same sentence)."""
    text = ctx.art.text
    head = [k for k in ctx.speech(ctx.art.cues_in(ctx.lo, ctx.o))
            if not _WHO_WHICH.search(text, max(0, k[0] - 12), k[0])]
    if head:
        return _speaker_for_cue(ctx.art, head[-1], ctx.lo, ctx.o), head[-1]
    return None, None


def _rule_colon(ctx):
    """"Rudskoi also questioned the motives:" then the quotation."""
    colon = _colon_sentence(ctx.art, ctx.lo, ctx.o, ctx.prev_close)
    if colon:
        return _speaker_of_intro(ctx.art, *colon, ctx.outside)
    return None, None


def _rule_continuation(ctx):
    """A quotation that follows straight on from one by a known speaker: the next sentence opens
    with it, or it is in the same sentence and the cue of the quotation before lies between the two
    (“A,” he said, “B.”) or before both (Moallem told Lavrov ... “destroy Syria,” ... “as long as
    possible.”). A lone quoted word is not more of the speech."""
    if not ctx.results:
        return None, None
    art, text, q, o = ctx.art, ctx.art.text, ctx.q, ctx.o
    p_span, p_found, p_cue = ctx.results[-1]
    p_end = p_span["close"] + 1 if p_span["close"] is not None else p_span["end"]
    gap_sentences = art.sentence_index(o) - art.sentence_index(max(p_end - 1, 0))
    follows = (gap_sentences == 1 and text[art.sentence_at(o)[1]:o].strip() == "") or \
        (gap_sentences == 0 and p_cue is not None
         and (p_end <= p_cue[0] < o
              or (p_cue[1] <= p_span["open"] and _said_like(text[q["start"]:q["end"]]))))
    lone = len(text[q["start"]:q["end"]].split()) < 2
    if p_found and p_found.get("speaker") and follows and not lone:
        return dict(p_found, guess=True, note="guess: no speaker is named here; taken to be the speaker of "
                                              "the quotation just before"), None
    return None, None


def _rule_reported_before(ctx):
    """The sentence before (or the one before that, in the same or the previous paragraph) reports
    what someone said, and this sentence goes on with their words in quotation marks:
    "Moallem blasted the coalition, saying ... It’s “annihilating the Syrian people,” ..."."""
    art, text = ctx.art, ctx.art.text
    k = art.sentence_index(ctx.o)
    if k < 1 or len(text[ctx.q["start"]:ctx.q["end"]].split()) < 2:
        return None, None
    sid, s, e = art.sentences[k]
    if any(c for c in ctx.speech(art.cues_in(s, e))):
        return None, None  # a reporting word of its own that found no speaker: do not guess
    para_start = art.paragraphs[max(0, _para_index(art, s) - 1)][0] if art.paragraphs else 0
    for j in (k - 1, k - 2):
        if j < 0 or art.sentences[j][1] < para_start:
            break
        _, ps, pe = art.sentences[j]
        for cue in reversed(ctx.speech(art.cues_in(ps, pe))):
            found = _speaker_for_cue(art, cue, ps, pe)
            if found:
                found = _resolve(art, found, cue[0])
                if found.get("speaker") and found.get("type") in ("named person", "organisation", "media outlet"):
                    return dict(found, guess=True, note="guess: no speaker is named here; taken to be the "
                                                        "speaker reported in the sentence before"), None
    return None, None


def _para_index(art: _Article, pos: int) -> int:
    return bisect.bisect_right(art.para_starts, pos) - 1


#: The speaker rules for a quotation in quotation marks, tried in this order; the first that finds
#: a speaker wins, and its name is the quotation's ``speaker_method`` (unless the speaker is then
#: found through a pronoun or a description: ``pronoun``, ``description``).
SPEAKER_RULES = [
    ("named", "a reporting word after the quotation names who speaks: “...,” Lee said", _rule_cue_after),
    ("named", "a reporting word before it, in the same sentence: Lee said: “...”", _rule_cue_before),
    ("colon", "a sentence ending in a colon introduces it: Lee questioned the motives: “...”", _rule_colon),
    ("continuation", "it follows straight on from a quotation by a known speaker", _rule_continuation),
    ("reported-before", "the sentence before reports what someone said; this one goes on in their words",
     _rule_reported_before),
]


def _article_quotes(art: _Article) -> list[dict]:
    from .segment import quotations

    text = art.text
    spans = quotations(text, cues=[c[:2] for c in art.cues if _is_speech_cue(art, c)])
    inside = [(q["open"], (q["close"] if q["close"] is not None else q["end"]) + 1) for q in spans]
    inside_opens = [a for a, _ in inside]

    def outside(c):
        k = bisect.bisect_right(inside_opens, c[0]) - 1
        return k < 0 or c[0] >= inside[k][1]

    def speech(cues):
        return [k for k in cues if outside(k) and _is_speech_cue(art, k)]

    # the next quotation that is not a name, for each one (one backward pass: linear)
    next_open = [len(text)] * len(spans)
    nxt = len(text)
    for qi in range(len(spans) - 1, -1, -1):
        next_open[qi] = nxt
        if spans[qi]["kind"] != "term":
            nxt = spans[qi]["open"]

    rows: list[dict] = []
    results = []  # (span, found, cue)
    prev_close = -1
    for qi, q in enumerate(spans):
        o = q["open"]
        c_end = q["close"] + 1 if q["close"] is not None else q["end"]
        sent_o = art.sentence_at(o)
        sent_c = art.sentence_at(max(q["end"] - 1, o))
        tail_hi = max(min(sent_c[2] if sent_c else len(text), next_open[qi]), c_end)
        lo = max(sent_o[1] if sent_o else 0, prev_close)
        found, cue, kind, note = None, None, "direct", q["note"]
        if q["kind"] in ("term", "scare"):
            # Gen. James “Mad Dog” Mattis, the term “X”, “rebels” held at arm's length: not something said
            why = KIND_NOTES[q["kind"]]
            note = "; ".join(n for n in (note, why) if n)
            rows.append(_row(art, sent_o[0] if sent_o else -1, q["start"], q["end"], q["kind"], None, None, note))
            continue
        if q["kind"] == "title":
            # a title of an article, a book or a report: credit it to whoever published it
            kind = "title"
            found = _subject(art, lo, o, whole=True) or _pick(art.candidates(lo, o))
            note = "; ".join(n for n in (note, KIND_NOTES["title"]) if n)
            if found is not None:
                found = _resolve(art, found, o)
        else:
            ctx = _QuoteContext(art=art, q=q, o=o, c_end=c_end, lo=lo, tail_hi=tail_hi, prev_close=prev_close,
                                results=results, speech=speech, outside=outside)
            for name, _why, rule in SPEAKER_RULES:
                found, cue = rule(ctx)
                if found is None:
                    continue
                if name in ("continuation", "reported-before"):
                    found = dict(found, method=name)
                    cue = None
                else:
                    found = _resolve(art, found, o)
                    if found["method"] == "named":
                        found["method"] = name
                break
        if found is not None and found.get("type") == "named person" and found.get("speaker"):
            art.speakers.append((o, found["speaker"]))
        results.append((q, found, cue))
        rows.append(_row(art, sent_o[0] if sent_o else -1, q["start"], q["end"], kind, found, cue, note))
        prev_close = c_end
    # block quotations: "CNN also claims:" then a paragraph with no quotation marks
    quoted_paragraph_starts = {q["open"] for q in spans}
    for k, (ps, pe) in enumerate(art.paragraphs[:-1]):
        para = text[ps:pe].rstrip()
        if not para.endswith(":"):
            continue
        ns, ne = art.paragraphs[k + 1]
        if any(ns <= o < ne for o in quoted_paragraph_starts) or text[ns] in _QUOTE_MARKS:
            continue
        sent = art.sentence_at(pe - 1)
        found, cue = _speaker_of_intro(art, max(sent[1], ps), ps + len(para) - 1, outside)
        if found is None:
            continue
        found = _resolve(art, found, ns)
        if found["method"] == "named":
            found["method"] = "colon"
        nsent = art.sentence_at(ns)
        rows.append(_row(art, nsent[0] if nsent else -1, ns, ne, "direct", found, cue,
                         "no quotation marks: the paragraph after the colon is taken to be a quotation "
                         "(a block quotation)"))
        inside.append((ns, ne))
    # indirect speech: sentences with a speech cue outside quotation marks and no direct quotation
    said = [q for q in spans if q["kind"] != "term"]
    quoted_sentences = {art.sentence_index(q["open"]) for q in said}
    quoted_sentences |= {art.sentence_index(max(q["end"] - 1, q["open"])) for q in said}
    for idx, (sid, s, e) in enumerate(art.sentences):
        if idx in quoted_sentences or text[s:e].rstrip().endswith(":"):
            continue
        seen_speakers = set()
        for cue in speech(art.cues_in(s, e)):
            found = _speaker_for_cue(art, cue, s, e)
            if found is None:
                continue
            found = _resolve(art, found, cue[0])
            if not found.get("speaker"):
                continue
            if found.get("type") == "named person":
                art.speakers.append((cue[0], found["speaker"]))
            if found["speaker"] in seen_speakers:
                continue
            seen_speakers.add(found["speaker"])
            start, end = _indirect_content(art, cue, s, e, found)
            if end <= start:
                continue
            rows.append(_row(art, sid, start, end, "indirect", found, cue))
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def _indirect_content(art: _Article, cue, s: int, e: int, found: dict) -> tuple[int, int]:
    """The reported content of an indirect quotation, as a span of the sentence."""
    text = art.text
    e = _rstrip(text, s, e)
    if e > s and text[e - 1] in ".!?":
        e -= 1
    cs, ce, term, _tone = cue
    if term.lower().startswith("according"):
        if text[s:cs].strip() == "":
            comma = text.find(",", ce, e)
            if comma != -1:
                start = comma + 1
                while start < e and text[start].isspace():
                    start += 1
                return start, e
            return s, e
        end = cs
        while end > s and (text[end - 1].isspace() or text[end - 1] in ",—–"):
            end -= 1
        return s, end
    m = _RX_THAT.search(text, ce, min(e, ce + 60))
    if m:
        start = m.end()
        while start < e and text[start].isspace():
            start += 1
        if start < e:
            return start, e
    before, after = text[s:cs], text[ce:e]
    if "," not in after and "," in before and len(after.split()) <= 3:
        # "The road was closed, the BBC reported."
        end = s + before.rfind(",")
        return s, _rstrip(text, s, end)
    subject_first = found.get("start", -1) >= s and found.get("end", e) <= cs
    if subject_first and after.strip():
        start = ce
        while start < e and text[start] in " \t\n,:":
            start += 1
        # "told reporters the road was closed": who was told is not part of what was said
        told = re.match(r"(?:reporters|journalists|the press|the media)\s+(?=\w)", text[start:e])
        if told and term.lower().startswith("told"):
            start += told.end()
        end = e
        comma = after.rfind(",")
        if comma != -1 and any(ce + comma < c[0] < e for c in art.cues):
            end = _rstrip(text, start, ce + comma)
        return start, end
    return s, e


# --------------------------------------------------------------------------- building the per-article state

def _prepare(articles, gazetteer=None) -> list[_Article]:
    import pandas as pd

    sent = _sentence_table(articles)
    paras = _paragraph_table(articles)
    cues = _cue_table(articles)
    by_sent = {k: list(zip(g.sentence_id, g.start, g.end)) for k, g in sent.groupby("article_id", sort=False)}
    by_para = {k: list(zip(g.start, g.end)) for k, g in paras.groupby("article_id", sort=False)}
    if len(cues):
        tone = cues["tone"].fillna("") if "tone" in cues.columns else pd.Series([""] * len(cues))
        cue_rows = sorted(zip(cues.article_id, cues.start, cues.end, cues.term.fillna(""), tone))
    else:
        cue_rows = []
    by_cue: dict = {}
    for aid, s, e, term, t in cue_rows:
        by_cue.setdefault(aid, []).append((int(s), int(e), str(term), str(t)))
    out = []
    for row in articles.itertuples(index=False):
        sents = sorted((int(i), int(s), int(e)) for i, s, e in by_sent.get(row.article_id, []))
        sents.sort(key=lambda x: x[1])
        paragraphs = sorted((int(s), int(e)) for s, e in by_para.get(row.article_id, []))
        out.append(_Article(row, sents, paragraphs, by_cue.get(row.article_id, []), gazetteer))
    return out


def quotes(articles, gazetteer=None):
    """Every quotation: who says it, with which word, in quotation marks (direct) or not (indirect).

    One row per quotation with ``article_id, outlet, sentence_id, start, end, quote, kind, speaker,
    speaker_text, speaker_type, speaker_method, speaker_guess, cue, cue_tone, note``;
    ``articles.text[start:end] == quote``. ``speaker_guess`` is True when the speaker comes from a
    pronoun ("he added"), a description ("the general") or a quotation that follows another one.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["x"], "outlet": [""], "title": [""], "text": [
    ...     "Gen. Ann Lee spoke on Monday. “We will stay,” she said. Lee said that the base would grow."]})
    >>> quotes(arts)[["quote", "kind", "speaker", "speaker_method", "speaker_guess"]].values.tolist()
    [['We will stay,', 'direct', 'Ann Lee', 'pronoun', True], ['the base would grow', 'indirect', 'Ann Lee', 'named', False]]
    """
    from . import cache

    return cache.per_article("quotes", _guard(articles, "quotes"),
                             lambda part: _quotes_table(part, gazetteer)[0], ("quotes", data_version(gazetteer)))


def _quotes_table(frame, gazetteer=None):
    """(the quotes table, the prepared articles) for an already checked table of articles."""
    import pandas as pd

    rows = []
    arts = _prepare(frame, gazetteer)
    for art in arts:
        rows.extend(_article_quotes(art))
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS).astype(
        {"start": "int64", "end": "int64", "sentence_id": "int64", "speaker_guess": bool,
         "speaker_start": "int64", "speaker_end": "int64"})
    return table, arts


# --------------------------------------------------------------------------- sources and citations

def sources(articles, gazetteer=None):
    """Who is given a voice in each article, and how often.

    One row per article and source with ``source, source_type`` (named person / organisation /
    media outlet / anonymous), ``role`` (``quoted``: a quotation is credited to it; ``mentioned``:
    a media outlet that is named but not quoted), counts, and ``anonymous`` for unnamed or vague sources.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["x"], "outlet": [""], "title": [""], "text": [
    ...     "Officials said the road was closed, the BBC reported. Some experts say it will reopen."]})
    >>> sources(arts)[["source", "source_type", "role", "anonymous"]].values.tolist()
    [['Officials', 'anonymous', 'quoted', True], ['BBC', 'media outlet', 'quoted', False], ['Some experts', 'anonymous', 'quoted', True]]
    """
    from . import cache

    return cache.per_article("sources", _guard(articles, "sources"), lambda part: _sources(part, gazetteer),
                             data_version(gazetteer))


def _sources(frame, gazetteer=None):
    import pandas as pd

    q = quotes(frame, gazetteer)
    table: dict[tuple, dict] = {}
    order = []

    def entry(aid, outlet, source, stype, gtype):
        key = (aid, source)
        if key not in table:
            table[key] = {"article_id": aid, "outlet": outlet, "source": source, "source_type": stype,
                          "gazetteer_type": gtype, "role": "mentioned", "n_quotes": 0, "n_direct": 0,
                          "n_indirect": 0, "n_mentions": 0, "anonymous": stype == "anonymous",
                          "guessed": 0, "example": "", "_pos": 10**12}
            order.append(key)
        return table[key]

    gaz_types = {}
    gaz = load_gazetteer(gazetteer)
    for row in gaz.itertuples():
        gaz_types[row.name] = row.type
    for r in q.itertuples(index=False):
        if not r.speaker:
            continue
        e = entry(r.article_id, r.outlet, r.speaker, r.speaker_type, gaz_types.get(r.speaker, ""))
        e["role"] = "quoted"
        e["n_quotes"] += 1
        e["n_direct" if r.kind == "direct" else "n_indirect"] += 1
        e["guessed"] += int(r.speaker_guess)
        if not e["example"]:
            e["example"] = r.quote if len(r.quote) <= 120 else r.quote[:117].rstrip() + "…"
        e["_pos"] = min(e["_pos"], r.speaker_start if r.speaker_start >= 0 else r.start)
    for row in frame.itertuples(index=False):
        for s, _e, name, kind in _gazetteer_hits(row.text, gazetteer):  # as _prepare finds them
            stype = GAZETTEER_TYPES.get(kind, "organisation")
            key = (row.article_id, name)
            if stype != "media outlet" and key not in table:
                continue
            e = entry(row.article_id, row.outlet, name, stype, kind)
            e["n_mentions"] += 1
            e["_pos"] = min(e["_pos"], s)
    vague = _vague_table(frame)
    if len(vague):
        outlets = dict(zip(frame.article_id, frame.outlet))
        speaker_spans = {}
        for r in q.itertuples(index=False):
            if r.speaker_start >= 0:
                speaker_spans.setdefault(r.article_id, []).append((r.speaker_start, r.speaker_end))
        for v in vague.itertuples(index=False):
            if any(a < v.end and v.start < b for a, b in speaker_spans.get(v.article_id, [])):
                continue  # already counted as the speaker of a quotation
            e = entry(v.article_id, outlets.get(v.article_id, ""), v.text, "anonymous", "")
            if e["role"] == "mentioned":
                e["role"] = "vague"
            e["anonymous"] = True
            e["n_mentions"] += 1
            e["_pos"] = min(e["_pos"], v.start)
    rows = [table[k] for k in order]
    ids = {aid: i for i, aid in enumerate(frame.article_id)}
    rows.sort(key=lambda r: (ids.get(r["article_id"], 0), r["_pos"]))
    out = pd.DataFrame(rows, columns=[*SOURCE_COLUMNS, "_pos"]).drop(columns="_pos")
    return out.astype({"n_quotes": "int64", "n_direct": "int64", "n_indirect": "int64",
                       "n_mentions": "int64", "guessed": "int64", "anonymous": bool})


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

    frame = _guard(articles, "citations")
    src = sources(frame, gazetteer)
    src = src[src.source_type == "media outlet"]
    rows = []
    for r in src.itertuples(index=False):
        own = r.outlet.strip().lower()
        rows.append({"article_id": r.article_id, "outlet": _outlet_label(r.outlet), "cited": r.source,
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

def _claim_pattern(phrase: str) -> re.Pattern:
    """A pattern for a phrase: any case, any spacing, curly or straight quotes, 4,000 = 4000."""
    phrase = phrase.strip()
    if not phrase:
        raise KitError("the phrase to trace is empty", field="phrase",
                       fix='Give a word, a phrase or a figure, for example kit.trace_claim(articles, "4,000").')
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


def _attribution_lookup(q):
    """Per article: direct quotation spans and indirect/direct rows by sentence, for attribution."""
    by_article: dict = {}
    for r in q.itertuples(index=False):
        d = by_article.setdefault(r.article_id, {"direct": [], "sentence": {}})
        if r.kind == "direct":
            d["direct"].append(r)
        d["sentence"].setdefault(r.sentence_id, []).append(r)
    return by_article


def _attribution_at(lookup, article_id, pos: int, sentence_id: int, s: int, e: int):
    """(quotation row or None, in_quote): who a statement at ``pos`` is credited to."""
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

    Matching ignores case and spacing, and treats "4,000" and "4000" as the same figure.
    ``attribution`` is the speaker or source the sentence credits (empty: the article says it in
    its own voice); ``in_quote`` tells whether the phrase sits inside quotation marks.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["", ""], "title": ["", ""], "text": [
    ...     "Some 4,000 people left, the BBC reported.", "About 4000 fighters left."]})
    >>> trace_claim(arts, "4000")[["article_id", "match", "attribution"]].values.tolist()
    [['a', '4,000', 'BBC'], ['b', '4000', '']]
    """
    from . import cache

    frame = _guard(articles, "trace_claim")
    if not isinstance(phrase, str):
        phrase = str(phrase)
    pattern = _claim_pattern(phrase)
    return cache.per_article("trace_claim", frame, lambda part: _trace(part, pattern, gazetteer),
                             (phrase, data_version(gazetteer)))


def _trace(frame, pattern, gazetteer=None):
    import pandas as pd

    sent = _sentence_table(frame)
    q = quotes(frame, gazetteer)
    lookup = _attribution_lookup(q)
    texts = dict(zip(frame.article_id, frame.text))
    outlets = dict(zip(frame.article_id, frame.outlet))
    rows = []
    for s in sent.itertuples(index=False):
        text = texts[s.article_id]
        matches = list(pattern.finditer(text, s.start, s.end))
        if not matches:
            continue
        m = matches[0]
        r, in_quote = _attribution_at(lookup, s.article_id, m.start(), s.sentence_id, s.start, s.end)
        rows.append({"article_id": s.article_id, "outlet": outlets[s.article_id], "sentence_id": s.sentence_id,
                     "start": s.start, "end": s.end, "text": text[s.start:s.end], "match": m.group(0),
                     "match_start": m.start(), "match_end": m.end(), "n_matches": len(matches),
                     "in_quote": in_quote,
                     "attribution": (r.speaker or r.speaker_text) if r is not None else "",
                     "attribution_type": r.speaker_type if r is not None else "",
                     "attribution_kind": r.kind if r is not None else "",
                     "cue": r.cue if r is not None else "", "cue_tone": r.cue_tone if r is not None else "",
                     "speaker_guess": bool(r.speaker_guess) if r is not None else False})
    return pd.DataFrame(rows, columns=TRACE_COLUMNS)
