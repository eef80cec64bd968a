"""Names: finding the people, groups and places named in an article.

A name is a run of capitalised words ("Gen. James Mattis", "Al Tanf"), cut where a name cannot go
on (a weekday, a month before a number, a modifier such as "Qaeda-linked") and around the gazetteer's
names. The word sets it needs (titles, nationalities, places, group words, ...) come from
``data/word_sets.csv`` as one :class:`kit.wordsets.WordSets` value: an :class:`Article` holds the
version in use (``art.sets``), and the word functions take it as ``sets`` (by default the file's
current version, read again when the file changes).

:class:`Article` holds everything the speaker rules (kit.speakers, kit.speaker_rules) need to
know about one article: its sentences, paragraphs, speech cues, gazetteer names and person names. Whether
one run of words can be a person's name, and the name shown for it, is :mod:`kit.person_names` (the
public names are kept here too).

    >>> person_name("Gen. James “Mad Dog” Mattis")
    'James Mattis'
    >>> looks_like_person("Al Tanf"), looks_like_person("Ann Lee")
    (False, True)
"""

from __future__ import annotations

import bisect
import re

from .country_words import COUNTRY_WORD_KINDS, backed_forces, described_start, describes_noun
from .gazetteer import GAZETTEER_TYPES, gazetteer_hits
from .group_phrases import group_may_end, opening_group
from .institutions import with_institutions
from .kind_before import organisation_by_kind
from .name_runs import (
    MODIFIER,
    NAME_RUN,
    NUMBER_NEXT,
    clean_run,
    cut_piece,
    is_abbreviation,
    plain_pieces_keyed,
    prose_paragraph,
    word_core,
    written_lower,
    written_mid_cap,
)
from .per_article import kept_per_article
from .person_names import (
    PARTICLE_PREFIX,
    country_before_title,
    family_name_for,
    is_title,
    is_title_keyed,
    looks_like_org_keyed,
    looks_like_person,
    looks_like_person_keyed,
    nationality_surname,
    person_key,
    person_name,
    person_name_keyed,
    place_as_first_name,
)
from .short_mentions import person_for, plain_full_name
from .vague_sources import OUTLET_GROUP_NOTE, outlet_group_at
from .wordsets import WordSets, word_sets

__all__ = ["Article", "PARTICLE_PREFIX", "word_core", "is_title", "is_abbreviation", "person_name", "looks_like_person", "WORD",
           "MODIFIER", "kept_per_article"]

# The word sets (titles, nationalities, places, ...) come from data/word_sets.csv (kit.wordsets);
# speech verbs come from the attribution word list, data/lexicons/attribution.csv.

WORD = re.compile(r"[\w’'.\-]+")
#: An adjective of a medium before a name: "Arabic-language Al-Watan", "state-run the Thawra".
_ORG_OF_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")  # "University of |Leeds"
_UNNAMED_AFTER = re.compile(r"[ \t]+([a-z][a-z’'-]*)(?![\w-])")  # "US| officials"
#: A title that ends in "of" just before a capitalised run ("Coalition Director of | Operations Brig. Gen. Jonathan
#: Braga"): the run's first word finishes the title, and the speaker's words in the text start with the title.
_TITLE_OF_BEFORE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+of\s+(?:the\s+)?$")


_LONG_WORD = re.compile(r"([A-Za-z])[\w’'-]{3,}")  # a word of 4+ letters; findall gives its first letter
# patterns the name finder tries tens of thousands of times per corpus, compiled once
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z’'-]+")
_ROLE_AFTER = re.compile(r"[ \t]+([a-z][\w’'-]*)\b")
_CAPITALISED_PLURAL = re.compile(r"[A-Z][a-z’'-]{1,}[^su’'\W]s")  # "Fans", "Voters"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
#: A place after a preposition, then a comma, right before a word: "in Laredo, |Texas", "from Dayton, |Ohio".
_PLACE_COMMA_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z]+)[ \t]+(?:[A-Z][\w’'-]*[ \t]+){0,2}([A-Z][\w’'-]*),[ \t]*$")
#: The word right after a name, if a word follows (not a comma or a full stop): "Texas |and".
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_OF_PLACE = re.compile(r"[ \t]+of[ \t]+([A-Z][\w’'-]*)(?![\w’'-])")  # "Ann Lee| of Texas"
_PLACE_AND = re.compile(r"(?<![\w’'.-])([A-Z][a-z-]+)[ \t]+and[ \t]+$")  # "Texas and |Ann Lee"
_WORD_CHAR = re.compile(r"[\w’'.\-]")  # a letter of a WORD (and of a capitalised run's word)
_CAPITAL = re.compile(r"[A-Z]")  # every word of a capitalised run holds one (kit.name_runs.NAME_RUN)
_LOWER_WORD, _LOWER_SHAPE = re.compile(r"(?<![\w'-])[a-z][a-z'-]*"), re.compile(r"[a-z][a-z'-]*")  # written_lower's words


def _of_before(text: str, pos: int) -> bool:
    """Could a pattern that ends in "of " or "of the " end at ``pos`` (spaces, after "of" or "the")?
    A quick test before such a search."""
    if pos == 0 or not text[pos - 1].isspace():
        return False
    j = pos - 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return text.endswith("of", 0, j) or text.endswith("the", 0, j)


def _after_title_of(text: str, ps: int, pe: int, name: str, sets: WordSets) -> tuple[int, str]:
    """(start, name) of the person run text[ps:pe] named ``name``: a title ending in "of" just before it
    ("Director of Operations Jane Smith") starts the words, and the run's first word finishes the title."""
    if not _of_before(text, ps):
        return ps, name  # the pattern ends in "of " or "of the ": not here, no search needed
    title_of = _TITLE_OF_BEFORE.search(text, max(0, ps - 80), ps)
    if not title_of or not any(is_title_keyed(w, sets.key) for w in title_of.group(0).split()):
        return ps, name
    if len(name.split()) > 2:
        name = " ".join(name.split()[1:])
    return title_of.start(), name


def _spans_within(spans, starts, lo: int, hi: int) -> list:
    """The spans (sorted by start, ``starts`` their start offsets) that lie wholly inside [lo, hi)."""
    return [sp for sp in spans[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)] if sp[1] <= hi]


class Article:
    """Everything the speaker rules need to know about one article."""

    def __init__(self, row, sentences, paragraphs, cues, gazetteer=None, sets: WordSets | None = None,
                 gaz_stamp: tuple | None = None):
        self.sets = sets = sets or word_sets()  # the word sets in use (kit.wordsets.WordSets)
        self.id = row.article_id
        self.outlet = row.outlet
        self.text = row.text
        self.sentences = sentences          # list of (sentence_id, start, end)
        self.sent_starts = [s[1] for s in sentences]
        self.paragraphs = paragraphs        # list of (start, end)
        self.para_starts = [p[0] for p in paragraphs]
        self.cues = cues                    # list of (start, end, term, tone), sorted
        self.cue_starts = [c[0] for c in cues]
        self.gaz = gazetteer_hits(self.text, gazetteer, gaz_stamp)  # gaz_stamp: gazetteer_stamp(), if known
        self.gaz = [g for g in self.gaz if not place_as_first_name(self.text, g, self.cue_starts, sets)]
        self.gaz_starts = [g[0] for g in self.gaz]
        self.persons: dict[str, str] = {}  # key -> longest name seen
        self._pieces: dict[tuple[int, int], list[tuple[int, int]]] = {}  # runs() cache
        # the capitalised runs of the whole text, read once: runs() takes those of a stretch with bisect
        self._run_spans = [m.span() for m in NAME_RUN.finditer(self.text)]
        self._run_starts = [a for a, _b in self._run_spans]
        self._runs = None  # (lo, hi) -> runs, once __init__ has read the names (see runs())
        self._common = None  # (start, end) -> _common_word, likewise
        self.speakers: list[tuple[int, str]] = []  # (position, name) of named person speakers (add_speaker)
        self._speakers_by_sentence: dict[int, list[tuple[int, str]]] = {}
        self._speakers_sorted: list[tuple[int, str]] = []
        #: answers of kit.speakers.is_speech_cue, one per cue (the speaker rules ask for each cue many times)
        self.speech_cue: dict[tuple, bool] = {}
        self.kept: dict | None = None  # kit.per_article's answers, kept once the names are read (end of __init__)
        self._candidates: dict[tuple[int, int, bool], list[dict]] = {}  # candidates() per stretch
        self._run_cands: dict[tuple, dict | None] = {}  # what one run names (see _run_candidate)
        self.persons_by_shape: dict | None = None  # canonical(): known surnames by (first letter, length)
        self.full_names: dict[str, list[tuple[int, str]]] = {}  # key -> (start, name) of each full name
        self._family_first: dict[str, str] = {}  # family_first()'s answers: a family name written first
        # words this article writes in lower case: "Having", "Therefore" at the start of a sentence are
        # the same words, not names (asked word by word: written_lower)
        self._lower: dict[str, bool] = {}  # written_lower's answers (see _common_word)
        self._lower_words: set[str] | None = None  # every word written in lower case, after 40 asks (written_lower)
        self._apostrophes = None  # the text with ’ written as ', made when first needed
        self._mid_caps: dict[str, bool] = {}  # written_mid_cap's answers (see plural_group)
        # headings in title case ("What Becomes of Surrendering and Fleeing ISIS Militants?")
        self.headings = []
        for ps, pe in paragraphs:
            if pe - ps > 60 and prose_paragraph(self.text, ps, pe):
                continue  # six lower-case words of 4+ letters: not a heading (the test below allows five)
            initials = _LONG_WORD.findall(self.text, ps, pe)  # the first letter of each word of 4+ letters
            if 3 <= len(initials) <= 20 and sum(w.isupper() for w in initials) >= 0.75 * len(initials):
                self.headings.append((ps, pe))
        self.heading_starts = [ps for ps, _pe in self.headings]
        for s, e in self.runs(0, len(self.text)):
            run = self.text[s:e]
            if not self.person_run(s, e):
                continue
            name = person_name_keyed(run, sets.key)
            if len(name.split()) > 2:  # a title ending in "of" before it takes the first word (see _after_title_of)
                name = _after_title_of(self.text, s, e, name, sets)[1]
            if len(name.split()) >= 2 or name != run:
                key = person_key(name)
                if plain_full_name(self, s, name):
                    self.full_names.setdefault(key, []).append((s, name))
                if len(name) > len(self.persons.get(key, "")):
                    self.persons[key] = name
        # from here on self.persons is fixed: runs and the common-word test are kept per stretch
        self._runs: dict | None = {}
        self._common: dict | None = {}
        self.kept = {}

    def person_run(self, s: int, e: int) -> bool:
        """Does the run ``text[s:e]`` look like a person's name (kit.person_names.nationality_surname too)?"""
        return looks_like_person_keyed(self.text[s:e], self.sets.key) \
            or nationality_surname(self.text, s, e, self.cue_starts, self.sets)

    def runs(self, lo: int, hi: int):
        """Capitalised runs in text[lo:hi], cut around gazetteer names, trimmed."""
        if self._runs is None:  # inside __init__: self.persons grows while the runs are read
            return self._find_runs(lo, hi)
        # once built, self.persons no longer changes: the runs of a stretch are read once (the speaker
        # rules ask for the same sentences and windows many times)
        got = self._runs.get((lo, hi))
        if got is None:
            got = self._runs[(lo, hi)] = tuple(self._find_runs(lo, hi))
        return got

    def _run_spans_in(self, lo: int, hi: int):
        """The matches of NAME_RUN in text[lo:hi]: those of the whole text that lie inside it (found
        with bisect), unless one crosses ``lo`` or ``hi`` (then a scan of the stretch, which may find
        a shorter run there)."""
        spans, starts = self._run_spans, self._run_starts
        k = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi)
        if (k > 0 and spans[k - 1][1] > lo) or (j > k and spans[j - 1][1] > hi):
            return [m.span() for m in NAME_RUN.finditer(self.text, lo, hi)]
        return spans[k:j]

    def _find_runs(self, lo: int, hi: int):
        cache = self._pieces
        common = self._common
        for key in self._run_spans_in(lo, hi):
            pieces = cache.get(key)
            if pieces is None:
                pieces = cache[key] = self._run_pieces(*key)
            # checked each time: it depends on self.persons, which grows while __init__ reads the runs
            for qs, qe in pieces:
                if common is None:
                    is_common = self._common_word(qs, qe)
                else:
                    is_common = common.get((qs, qe))
                    if is_common is None:
                        is_common = common[(qs, qe)] = self._common_word(qs, qe)
                if not is_common:
                    yield qs, qe

    def _run_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of one capitalised run (a match of kit.name_runs.NAME_RUN), before the common-word check."""
        text = self.text
        out = []
        sets = self.sets
        k = bisect.bisect_left(self.gaz_starts, end)
        if not k or self.gaz[k - 1][1] <= start:  # no gazetteer name in it (see gaz_overlapping): the usual case,
            # where the pieces depend on the run's words alone and on whether a number is next (a month before
            # it is a date)
            pieces = plain_pieces_keyed(text[start:end], " 5" if NUMBER_NEXT.match(text, end, end + 4) else "", sets.key)
            return [(start + a, start + b) for a, b in pieces] if pieces else out
        s, e = clean_run(text, start, end, sets)
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
            out.extend(cut_piece(text, ps, pe, sets))
        return out

    def _common_word(self, s: int, e: int) -> bool:
        """A single capitalised word that opens a sentence (or a quotation), or stands in a heading
        written in title case, and is an ordinary word: written in lower case elsewhere in the
        article, or ending in -ly or -ing ("Having", "Therefore", "Surrendering"), or the first
        word of a role written in lower case ("Shop owner Tom Lee", "Police chief Anna Berg")."""
        word = self.text[s:e]
        if not _CAPITALISED_WORD.fullmatch(word):
            return False
        j = s - 1
        while j >= 0 and self.text[j] in " \t“\"‘'(":
            j -= 1
        k = bisect.bisect_right(self.sent_starts, s) - 1  # self.sentence_index(s), without the call
        at_start = j < 0 or self.text[j] in "\n:—–" or (k >= 0 and self.sentences[k][1] > j)
        h = bisect.bisect_right(self.heading_starts, s) - 1
        if h >= 0 and s < self.headings[h][1]:
            return person_key(word) not in self.persons  # in a heading every word has a capital
        if not at_start:
            return False
        low = word.lower().replace("’", "'")
        if low.endswith("ly") or low.endswith("ing") or self.written_lower(low):
            return True
        role = _ROLE_AFTER.match(self.text[e:e + 40])
        return bool(role) and is_title_keyed(role.group(1), self.sets.key) and person_key(word) not in self.persons

    def written_lower(self, low: str) -> bool:
        """Does this article write ``low`` in lower case as a word elsewhere ("therefore" for "Therefore")?"""
        got = self._lower.get(low)
        if got is None:
            if self._apostrophes is None:
                self._apostrophes = self.text.replace("’", "'")
            if len(self._lower) == 40:  # one scan of the text instead of a search per word (the same answers)
                self._lower_words = set(_LOWER_WORD.findall(self._apostrophes))
            if self._lower_words is not None and _LOWER_SHAPE.fullmatch(low):
                got = self._lower[low] = low in self._lower_words
            else:
                got = self._lower[low] = written_lower(self._apostrophes, low)
        return got

    def mid_cap(self, word: str) -> bool:
        """Does this article write the capitalised ``word`` inside a sentence, after a small word (a
        name, not a plural at a sentence's start)? Asked word by word: :func:`kit.name_runs.written_mid_cap`."""
        got = self._mid_caps.get(word)
        if got is None:
            got = self._mid_caps[word] = written_mid_cap(self.text, word)
        return got

    def plural_group(self, s: int, e: int) -> bool:
        """One capitalised plural that opens a sentence and is written with a capital nowhere else in
        the article, nor known as a person's name: a group described, not named ("Opponents of the
        cut argue", "Supporters say"). "Jones said" after "Tom Jones", and "Mattis said" (-is: "Yemenis"), stay names."""
        word = self.text[s:e]
        if not _CAPITALISED_PLURAL.fullmatch(word) or self.mid_cap(word) or self.knows_person(word) \
                or self.family_first(word.lower()) or word.endswith("is") and word_core(word)[:-1] not in self.sets.demonyms:  # "Mattis", not "Yemenis"
            return False
        k = self.sentence_index(s)
        return k >= 0 and not self.text[self.sentences[k][1]:s].strip(" \t“\"‘'(")

    def _unlikely_person(self, s: int, e: int, name: str) -> bool:
        """An unknown one-word name right after "in", "at", "near" ...: more likely a place ("in Manbij");
        or a word in -ed before "by", "about", "of" ...: a participle opening its clause ("Asked about
        the plan, Lee said", "Reached by phone, Roe told")."""
        if len(name.split()) != 1 or self.knows_person(name) or self.family_first(person_key(name)) \
                or name != self.text[s:e]:  # "Wang Yi … “No,” Wang said": no place
            return False
        if name.endswith("ed") and _PARTICIPLE_NEXT.match(self.text, e):
            return True
        before = _WORD_BEFORE.search(self.text[max(0, s - 20):s])
        if before and before.group(1).lower() in self.sets.place_prepositions:
            return True
        return self.place_of_place(s, e)

    def place_of_place(self, s: int, e: int) -> bool:
        """Is the one word ``text[s:e]`` the state or country of a place named just before it, after a comma
        ("a rally in Laredo, Texas and …", "from Dayton, Ohio."), rather than someone who acts? Only when no
        verb follows it ("In Paris, Macron said" names a person).

        >>> import pandas as pd
        >>> from kit.sourcing import checked_articles, prepare_articles
        >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
        ...     "She spoke in Laredo, Texas and left. In Paris, Macron said no."]}), "example"))[0]
        >>> art.place_of_place(21, 26), art.place_of_place(50, 56)
        (True, False)
        """
        text = self.text
        place = _PLACE_COMMA_BEFORE.search(text, max(0, s - 60), s)
        if place is None or not (place.group(1).lower() in self.sets.place_prepositions
                                 or place.group(2).lower() in self.sets.places):
            return False
        after = _WORD_AFTER.match(text, e)
        if after is not None and after.group(1) in ("and", "or") and _WORD_AFTER.match(text, after.end()) \
                and _WORD_AFTER.match(text, after.end()).group(1)[0].isupper():
            return False  # "In Paris, Macron and Lee said": a list of names
        return after is None or after.group(1).lower() in self.sets.stop_caps

    def place_and_before(self, pos: int) -> bool:
        """Is the name that starts at ``pos`` joined by "and" to a place right before it ("Texas and |Ann Lee",
        "Siberia and |Ann Lee")? A place (the ``places`` of data/word_sets.csv) is where something happens, not
        one of the sources: the name after "and" speaks alone. A name the gazetteer knows ("Moscow and Ann
        Lee") stands for its government and stays in the list.

        >>> import pandas as pd
        >>> from kit.sourcing import checked_articles, prepare_articles
        >>> t = "Siberia and Ann Lee said no. Moscow and Ann Lee said no."
        >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
        >>> art.place_and_before(t.index("Ann")), art.place_and_before(t.rindex("Ann"))
        (True, False)
        """
        m = _PLACE_AND.search(self.text, max(0, pos - 40), pos)
        return m is not None and m.group(1).lower() in self.sets.places and not self.gaz_overlapping(m.start(1), m.end(1))

    def gaz_overlapping(self, s: int, e: int):
        """The gazetteer names that overlap text[s:e], in text order. They never overlap one another
        (:func:`kit.gazetteer.gazetteer_hits`), so their ends are in order too: those that start before ``e``
        and end after ``s`` are the last ones that start before ``e``."""
        gaz = self.gaz
        k = j = bisect.bisect_left(self.gaz_starts, e)
        while j and gaz[j - 1][1] > s:
            j -= 1
        return gaz[j:k]

    def sentence_at(self, pos: int):
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if k < 0:
            return None
        return self.sentences[k]

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def cues_in(self, lo: int, hi: int):
        return _spans_within(self.cues, self.cue_starts, lo, hi)

    def cue_after(self, lo: int, hi: int) -> bool:
        """Does a cue start strictly between ``lo`` and ``hi`` (bisect, not a scan of every cue)?"""
        k = bisect.bisect_right(self.cue_starts, lo)
        return k < len(self.cue_starts) and self.cue_starts[k] < hi

    def add_speaker(self, pos: int, name: str) -> None:
        """Note a named person who speaks at ``pos`` (:attr:`speakers`, in the order noted), also by
        sentence and in text order, so that :meth:`speakers_in` and :meth:`last_speaker_before` need no scan."""
        self.speakers.append((pos, name))
        self._speakers_by_sentence.setdefault(self.sentence_index(pos), []).append((pos, name))
        bisect.insort(self._speakers_sorted, (pos, name))

    def speakers_in(self, k: int, lo: int, hi: int) -> list[str]:
        """The speakers noted at lo <= pos < hi, inside sentence ``k``, in the order noted."""
        return [n for p, n in self._speakers_by_sentence.get(k, ()) if lo <= p < hi]

    def last_speaker_before(self, pos: int) -> str:
        """The speaker noted last in text order before ``pos`` (the greatest (pos, name)); '' if none."""
        k = bisect.bisect_left(self._speakers_sorted, (pos,))
        return self._speakers_sorted[k - 1][1] if k else ""

    def _in_gazetteer(self, s: int, e: int) -> bool:
        k = bisect.bisect_right(self.gaz_starts, e) - 1
        while k >= 0 and self.gaz[k][1] > s:
            if self.gaz[k][0] < e:
                return True
            k -= 1
        return False

    def gaz_in(self, lo: int, hi: int):
        return _spans_within(self.gaz, self.gaz_starts, lo, hi)

    def canonical(self, name: str, pos: int | None = None) -> str:
        """The fullest form of a person's name ``name`` (found at ``pos``) in this article ("Lee" -> "Ann Lee",
        "Mr Wang" -> "Wang Yi"): :func:`kit.short_mentions.person_for`."""
        return person_for(self, name, pos)[0]

    def knows_person(self, name: str) -> bool:
        """Is this name (by its surname) a person named with a first name or a title in this article?"""
        return person_key(name) in self.persons

    def family_first(self, word: str) -> str:
        """The person this article may name by ``word`` (lower case), the first word of their name, or ""
        (:func:`kit.person_names.family_name_for`); "" while ``__init__`` still reads the names."""
        if self._runs is None:
            return ""
        if word not in self._family_first:  # only the names that open with the word: family_name_for keeps those
            if not self._family_first:
                self._by_first = {}
                for name in self.persons.values():
                    self._by_first.setdefault(name.split()[0].lower() if name.split() else "", []).append(name)
            self._family_first[word] = family_name_for(word, self._by_first.get(word, ()), self.text)
        return self._family_first[word]

    # ---------------------------------------------------------------- candidates in a stretch of text
    def candidates(self, lo: int, hi: int, lenient: bool = True) -> list[dict]:
        """Named things in text[lo:hi]: gazetteer names, person names, other capitalised groups
        (read once per stretch: the speaker rules ask for the same windows again; copies are returned)."""
        key = (lo, hi, lenient)
        got = self._candidates.get(key)
        if got is None:
            got = self._candidates[key] = self._find_candidates(lo, hi, lenient)
        return [dict(c) for c in got]

    def name_may_end(self, start: int, end: int) -> bool:
        """Could a candidate of :meth:`candidates` end with the word text[start:end] (at ``end`` or one
        letter before)? Only when the word holds a capital letter (a name's last word does: "Lee", "al-Assad")
        or a gazetteer name ends at most 40 letters before it ("US officials"), or a capitalised word stands up
        to three words before it and opens the sentence ("Human rights groups"). False lets the speaker rules
        skip reading the names of a stretch that can end with none (a quick test, no scan).

        >>> import pandas as pd
        >>> from kit.sourcing import checked_articles, prepare_articles
        >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
        ...     "Ann Lee met the voters, who said no."]}), "example"))[0]
        >>> art.name_may_end(4, 7), art.name_may_end(16, 22)
        (True, False)
        """
        text = self.text
        while start > 0 and _WORD_CHAR.match(text, start - 1):
            start -= 1  # the whole word, also when a stretch starts inside it
        # a gazetteer name's candidate ends at most 40 letters after it ("US officials", "US officials.")
        return _CAPITAL.search(text, start, end) is not None or bool(self.gaz_overlapping(end - 42, end)) \
            or group_may_end(self, start)

    def _find_candidates(self, lo: int, hi: int, lenient: bool) -> list[dict]:
        text = self.text
        sets = self.sets
        found = []
        covered: list[tuple[int, int]] = []  # words before a name that belong to an unnamed source ("Top")
        gaz = self.gaz_in(lo, hi)
        if not gaz and _CAPITAL.search(text, lo, hi) is None:
            return found  # no gazetteer name and no capital letter (every run holds one): nothing named
        for s, e, name, kind in gaz:
            group = self._unnamed_group(s, e, lo, hi)
            if group is not None and GAZETTEER_TYPES.get(kind) == "media outlet" and {
                    (w := word_core(group["text"].split()[-1])), w.removesuffix("s")} & self.sets.document_nouns:
                group = None  # "a CNN report said": the outlet's own reporting, as "a CNN article said"
            if group is not None:  # "top US officials": the name only says whose officials they are
                covered.append((group["start"], s))
                found.append(group)
                continue
            if kind in COUNTRY_WORD_KINDS and describes_noun(text, s, e, sets):
                continue  # "the US embassy": the embassy speaks, as "the Russian embassy" does (kit.country_words)
            if backed_forces(text, s, e):
                continue  # "US-backed Syrian forces": fighters described, not a state's armed forces
            found.append({"start": s, "end": e, "text": text[s:e], "speaker": name,
                          "type": GAZETTEER_TYPES.get(kind, "organisation"), "gaz_type": kind})
        for ps, pe in self.runs(lo, hi):
            if any(a <= ps and pe <= b for a, b in covered):
                continue
            # what a run's candidate depends on: the stretch's start only through "University of" before it
            key = (ps, pe, max(lo, ps - 40) if _of_before(text, ps) else -1, lenient)
            cand = self._run_cands.get(key, False)
            if cand is False:
                cand = self._run_cands[key] = self._run_candidate(*key)
            if cand is not None:
                found.append(self._of_place(cand, hi))
            elif word_core(text[ps:pe]) in sets.demonyms and (group := self._unnamed_group(ps, pe, lo, hi)) is not None \
                    and group["note"] != OUTLET_GROUP_NOTE:
                found.append(group)  # "by top Russian officials", as "by top US officials" (outlets: the vague list)
        found.sort(key=lambda c: c["start"])
        found = with_institutions(text, lo, hi, found, sets)  # "the US Department of Energy", one organisation
        return country_before_title(self.text, found, self.sets)

    def _unnamed_group(self, s: int, e: int, lo: int, hi: int) -> dict | None:
        """The unnamed people or outlets that the country name or nationality word ``text[s:e]`` only says
        whose they are ("top US officials", "a senior Russian official", "Chinese state media"), with the
        words that open the phrase; None if no such word follows before ``hi``."""
        text, sets = self.text, self.sets
        unnamed = _UNNAMED_AFTER.match(text, e, min(len(text), e + 40))
        outlets = unnamed is not None and outlet_group_at(text, e, sets) > 0
        if not (unnamed and (word_core(unnamed.group(1)) in sets.anonymous_words or outlets) and unnamed.end() <= hi):
            return None
        ws = described_start(text, lo, s, sets)  # "a senior US official", as "a senior Russian official"
        return {"start": ws, "end": unnamed.end(), "text": text[ws:unnamed.end()], "speaker": text[ws:unnamed.end()],
                "type": "anonymous", "gaz_type": "",
                "note": OUTLET_GROUP_NOTE if outlets else "the source is described, not named"}

    def _of_place(self, cand: dict, hi: int) -> dict:
        """A person's candidate with the place they are from when "of" and a place follow the name ("Sen. Ann
        Lee of Texas", "Ann Lee of Aleppo"), up to ``hi``: the place says where the person is from, and the
        words before the reporting word are still the person's."""
        m = _OF_PLACE.match(self.text, cand["end"], hi)
        if cand["type"] != "named person" or m is None:
            return cand
        gaz = self.gaz_overlapping(m.start(1), m.end(1))  # "of Texas", as "of Moscow": a government's place name
        if not (gaz and all(g[3] in COUNTRY_WORD_KINDS for g in gaz)) \
                and (word_core(m.group(1)) not in self.sets.places or gaz):
            return cand
        return dict(cand, end=m.end(), text=self.text[cand["start"]:m.end()])

    def _run_candidate(self, ps: int, pe: int, org_lo: int, lenient: bool) -> dict | None:
        """What the run text[ps:pe] names, for :meth:`candidates` (``org_lo``: where the words before it
        that may make it an institution, "University of", can start; -1 when no "of" stands before it); None
        if nothing."""
        text = self.text
        sets = self.sets
        run = text[ps:pe]
        org_of = _ORG_OF_BEFORE.search(text, org_lo, ps) if org_lo >= 0 else None  # org_lo: -1 unless _of_before
        if org_of and word_core(org_of.group(1)) in sets.org_words and len(run.split()) <= 3:
            # "the University of Birmingham": an institution named after a place, not a person
            return {"start": org_of.start(), "end": pe, "text": text[org_of.start():pe],
                    "speaker": text[org_of.start():pe], "type": "organisation", "gaz_type": ""}
        if self.person_run(ps, pe) or " " not in run and person_key(run) in self.persons:
            # a nationality word alone is a person where the article names someone by it ("Mark Cuban … Cuban")
            name = person_name_keyed(run, sets.key)
            known = person_key(name) in self.persons
            if not lenient and not (known or len(name.split()) >= 2):
                return None
            if self._unlikely_person(ps, pe, name):
                return None
            group = opening_group(self, ps, pe)
            if group is not None:
                return group  # "Human rights groups called": the groups, not a person "Human" (kit.group_phrases)
            if self.plural_group(ps, pe):
                return {"start": ps, "end": pe, "text": run, "speaker": run, "type": "anonymous",
                        "gaz_type": "", "note": "the source is described, not named"}
            if organisation_by_kind(text, ps, sets, known):
                # "state-run Al-Thawra", "the group Safe Streets Millbrook": an outlet or a body the gazetteer lacks
                return {"start": ps, "end": pe, "text": run, "speaker": run.removeprefix("The "),
                        "type": "organisation", "gaz_type": ""}
            title_start, name = _after_title_of(text, ps, pe, name, sets)
            ps, run = title_start, text[title_start:pe]
            speaker, note = person_for(self, name, ps)
            cand = {"start": ps, "end": pe, "text": run, "speaker": speaker, "type": "named person", "gaz_type": ""}
            if note:
                cand["note"] = note  # "Surkovikin" taken to be Surovikin; "Lavrov" after two people so named
            return cand
        if any(word_core(w) in sets.org_words for w in run.split()) and len(run.split()) > 1 \
                and looks_like_org_keyed(run, sets.key):
            return {"start": ps, "end": pe, "text": run, "speaker": run.removeprefix("The "),
                    "type": "organisation", "gaz_type": ""}
        return None


#: A preposition or "whether"/"if" right after a word: after a past participle, it opens the phrase that
#: the participle governs ("Asked about …", "Reached by phone", "Informed of …", "Pressed on whether …").
_PARTICIPLE_NEXT = re.compile(r"[ \t]+(?:by|about|of|on|for|whether|if|at|in|to|with|after|during|over)\b")
