"""Small sets of words the speaker finder and the figures table need, read from ``data/word_sets.csv``.

They are grammar, not judgement: titles that come before a name ("Gen.", "spokeswoman"), words of
nationality, place names, words that make a source anonymous ("officials"), the words that soften a
figure ("about", "more than"). The file has two columns, ``set`` and ``word``, one word (or phrase)
a line, so a teacher can read and extend each set. The sets:

=====================  =====================================================================
``titles``             titles, ranks and role words before a name; dropped from the name shown
``demonyms``           nationality, region, religion and ideology words; never a person alone
``stop_caps``          capitalised words that start sentences or name times, never people
``time_words``         weekdays and time words: inside a name run they end it
``month_words``        month names: they end a name run only before a number
``org_words``          words that show a capitalised run names a group or an institution
``places``             place names: a run made of these names a place, never a person
``anonymous_words``    words that make a source anonymous or vague when no name comes with them
``unnamed_words``      words that say outright a source is not named ("anonymous", "unnamed"),
                       anywhere in the speaker's phrase
``description_nouns``  descriptions that point back to a person already named ("the general")
``adverbs``            small words that may stand between a speaker and the reporting word
``place_prepositions`` an unknown one-word name right after one of these is a place ("in Manbij")
``compass``            compass words ("northern"), allowed inside names
``particles``          parts of names that cannot stand alone ("al", "bin", "de")
``before_name``        words that may stand before a name heading a phrase ("former", "senior")
``figure_hedges``      words before a number that soften or bound it ("about", "more than")
``pronouns_person``    pronouns that stand for one person ("he", "she")
``pronouns_other``     other pronouns a speaker may be ("they", "it", "we", "i")
``group_names``        names of armed and political groups: a run of them and group words
                       ("Al Qaeda Islamist") names the group, not an institution
``former_words``       words that say a role is no longer held ("former", "ex-"): a former
                       spokesman of a group does not speak for it
``listener_verbs``     reporting verbs that need the person told ("assured reporters that");
                       followed straight by "that" they mean "made sure" and report no speech
``title_forms``        a title and other forms of it that name the same role, separated by ``|``
                       ("general|gen.|gen"): "the general" then finds "Gen. Lee"
``auxiliaries``        finite helping verbs ("was", "has", "will"): after a reporting word they show
                       a reported clause ("said the road was closed"), not only an object
``past_forms``         English irregular simple-past forms, the whole list ("made", "left", "sank"): like a word in -ed, the verb
                       of a reported clause ("said militants left the city")
``inference_subjects`` abstract, non-human subjects ("the picture", "the evidence", "the data"):
                       with an ``inference_verbs`` word they give the writer's inference, not a source
``inference_verbs``    verbs of inference ("suggests", "shows", "indicates")
``view_verbs``         verbs of appearance, view and stance ("seemed", "sees", "supports"): "she seemed to
                       agree", "voters see him as a winner" or "she supports the plan" report how someone came
                       across or where they stand, not their words: an attribution cue, no row in kit.quotes
``inscription_words``  words that put quoted words on a thing, not in a mouth ("signs reading
                       “…”", "a banner emblazoned with “…”"): a sign's words, not a quotation
``message_nouns``      messages someone writes to speak ("statement", "letter", "tweet"): "a
                       statement reading “…”" is their words, not a sign's
``refusal_verbs``      reporting verbs of refusal ("declined", "refused"): followed by "to …" they
                       report that no words were given ("declined to comment")
``comment_verbs``      verbs of giving a comment ("comment", "respond", "say"): after a refusal ("declined
                       to comment") or a "not" ("did not respond to …") no words are reported
``naming_verbs``       verbs of naming a source ("named", "identified"): "asked not to be named"
                       asks for anonymity; it reports no words
``plural_nouns``       plurals without an -s ("people", "children"): a unit after an adjective
                       ("300 young people")
``denial_verbs``       verbs of denial ("deny", "dispute"): "did not deny that …" still reports
                       something; any other reporting verb after "not" or "never" reports no words
``duration_units``     units of time ("years", "days"): "over five years", "an 8 year war" measure a
                       stretch of time, not an amount (figure kind ``duration``)
``rank_words``         superlatives and ranks ("largest", "top") after a number: "the two largest
                       powers" ranks things, it is not an amount (figure kind ``rank``)
``tally_nouns``        nouns after a figure such as "1-3" that make it one tally or score ("a 1-3
                       loss", "a 4-5 vote"); a higher number first ("a 5-2 vote") is a tally anyway
``tally_verbs``        verbs before such a figure that make it a tally or score ("lost 0-2")
``document_nouns``     things made to tell findings ("survey", "study", "research"), singular: "a survey
                       by the council", "Research published by the OECD found" credit who made it
``mass_nouns``         nouns that need no "a" or "the" ("money", "crime"): "said that money is tight"
                       opens a reported clause; "said that figure is low" points at one figure
``report_nouns``       nouns that report words ("claims", "charges", "warning"): "the charges by Iran that
                       the base shelters fighters" gives Iran's words, after "that"
``outlet_group_words`` nouns for many news outlets taken together ("media", "press"): "US media", "the
                       Western press" name a vague group of outlets, not a government or one outlet
``attitude_adjectives`` words of feeling or judgement ("wary", "hopeful", "critical"): "voters are wary
                       of the plan" reports how someone feels about something (kit.attitude_cues)
``man_words``          titles and family words that say a man ("mr.", "husband"); ``woman_words``
                       the same for a woman ("mrs.", "ms.", "wife"): "Mrs. Berg" is not the person
                       the text calls "her husband Tom Berg" (kit.short_mentions.told_apart)
``other_side_words``   words for the other side of a claim ("deny", "against", "wrong"): a search for reports
                       that confirm it and (or) reports that say one of these weighs both ways (the 06 plan)
``office_words``       roles of office ("spokesman", "minister", "general", "director"): only these say whom a named
                       person speaks for ("Russian General Ann Lee"); "US farmer Ann Lee" speaks for no one
``search_engines``     search engines ("google", "yandex", "baidu"): where a student searched, never the site a
                       text came up on (lesson 01's search report: "found it on yandex" names no site)
``link_words``         words that end the words naming a person's office before the name ("with", "of", "said"):
                       "in an interview with the Russian daily …" names no office (kit.affiliations.party_before_name)
``staff_words``        people who work for one person or body and speak for it ("aides", "advisers"): "Lee's aides",
                       "aides to Lee", "aides close to Lee" speak for Lee (kit.owned_reports.staff_owner)
``owner_bodies``       bodies an owner has, not people in a role ("military", "government", "police"): "Russia's
                       military" and "Washington's government" are organisations (kit.vague_sources.owned_role)
=====================  =====================================================================

:func:`word_sets` returns them as one :class:`WordSets` value that cannot be changed; it is read
again when the file changes, so an edit takes effect on the next call (no restart).

>>> sets = word_sets()
>>> "spokeswoman" in sets.titles, "about" in sets.figure_hedges, sets.title_forms["general"]
(True, True, ('gen.', 'gen'))
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import itertools
import weakref
from pathlib import Path
from types import MappingProxyType

from .datafiles import data_path, file_stamp
from .errors import LexiconError
from .held import HeldValue

__all__ = ["word_sets", "held_word_sets", "WordSets", "SET_NAMES", "sets_for_key"]

#: The sets the kit needs; a file without one of them is an error.
SET_NAMES = ("titles", "demonyms", "stop_caps", "time_words", "month_words", "org_words", "places",
             "anonymous_words", "unnamed_words", "description_nouns", "adverbs", "place_prepositions", "compass", "particles",
             "before_name", "figure_hedges", "pronouns_person", "pronouns_other", "group_names", "title_forms",
             "former_words", "listener_verbs", "auxiliaries", "past_forms", "inference_subjects", "inference_verbs",
             "inscription_words", "message_nouns", "refusal_verbs", "comment_verbs", "naming_verbs", "plural_nouns",
             "denial_verbs", "duration_units", "rank_words", "view_verbs", "document_nouns", "mass_nouns",
             "tally_nouns", "tally_verbs", "report_nouns", "attitude_adjectives", "outlet_group_words",
             "man_words", "woman_words", "other_side_words", "office_words", "search_engines", "link_words",
             "staff_words", "owner_bodies")

#: Sets a file may leave out (added later; an older copy of the file still loads, without them).
OPTIONAL_SETS = ("former_words", "listener_verbs", "auxiliaries", "past_forms", "inference_subjects",
                 "inference_verbs", "inscription_words", "message_nouns", "refusal_verbs", "comment_verbs", "naming_verbs", "plural_nouns",
                 "denial_verbs", "duration_units", "rank_words", "view_verbs", "document_nouns", "mass_nouns",
                 "tally_nouns", "tally_verbs", "report_nouns", "attitude_adjectives", "outlet_group_words",
             "man_words", "woman_words", "other_side_words", "office_words", "search_engines", "link_words",
             "staff_words", "owner_bodies")


@dataclasses.dataclass(frozen=True, eq=False)
class WordSets:
    """The word sets of one version of ``data/word_sets.csv``: one frozenset per set (lowercase words).

    Two values are the same only if they are the same object, so a cache keyed on a ``WordSets``
    is fast and never mixes two versions of the file. ``skip_words`` (words that may stand before a
    name heading a phrase) joins ``stop_caps``, ``adverbs``, ``demonyms``, ``titles`` and
    ``before_name``; ``title_forms`` maps a title to its other forms.

    >>> sets = word_sets()
    >>> "former" in sets.skip_words, "gen." in sets.titles
    (True, True)
    """

    stamp: tuple
    titles: frozenset
    demonyms: frozenset
    stop_caps: frozenset
    time_words: frozenset
    month_words: frozenset
    org_words: frozenset
    places: frozenset
    anonymous_words: frozenset
    unnamed_words: frozenset
    description_nouns: frozenset
    adverbs: frozenset
    place_prepositions: frozenset
    compass: frozenset
    particles: frozenset
    before_name: frozenset
    figure_hedges: frozenset
    pronouns_person: frozenset
    pronouns_other: frozenset
    group_names: frozenset
    former_words: frozenset
    listener_verbs: frozenset
    auxiliaries: frozenset
    past_forms: frozenset
    inference_subjects: frozenset
    inference_verbs: frozenset
    inscription_words: frozenset
    message_nouns: frozenset
    refusal_verbs: frozenset
    comment_verbs: frozenset
    naming_verbs: frozenset
    plural_nouns: frozenset
    denial_verbs: frozenset
    duration_units: frozenset
    rank_words: frozenset
    view_verbs: frozenset
    document_nouns: frozenset
    mass_nouns: frozenset
    tally_nouns: frozenset
    tally_verbs: frozenset
    report_nouns: frozenset
    attitude_adjectives: frozenset
    outlet_group_words: frozenset
    man_words: frozenset
    woman_words: frozenset
    other_side_words: frozenset
    office_words: frozenset
    search_engines: frozenset
    link_words: frozenset
    staff_words: frozenset
    owner_bodies: frozenset
    title_forms: MappingProxyType
    skip_words: frozenset
    #: A number that stands for this value in the name finder's word caches (``functools.lru_cache``):
    #: keyed on ``(word, key)`` rather than ``(word, WordSets)``, a cache entry holds no object that
    #: Python's cyclic garbage collector must visit again at each of its full passes (a word set
    #: value is an object it tracks; a tuple of a string and a number is not, once visited).
    #: :func:`sets_for_key` gives the value back.
    key: int = dataclasses.field(default_factory=lambda: next(_KEYS))

    def __post_init__(self):
        key = self.key
        _BY_KEY[key] = weakref.ref(self, lambda _ref: _BY_KEY.pop(key, None))


_KEYS = itertools.count()
# key -> a weak reference to its WordSets: a plain dict, read with one call per look (the name finder looks
# tens of thousands of times per table); the entry goes when its value does
_BY_KEY: dict[int, weakref.ref] = {}


def sets_for_key(key: int) -> WordSets:
    """The :class:`WordSets` value whose ``key`` this is (while the value is in use).

    >>> sets_for_key(word_sets().key) is word_sets()
    True
    """
    found = _BY_KEY[key]()
    if found is None:
        raise KeyError(key)
    return found


def word_sets(path=None) -> WordSets:
    """The word sets in use (read again only when the file changes; lowercase).

    A file with another header, an unknown set or a missing set raises a :class:`kit.LexiconError`
    that names the file, the line and the fix.

    >>> sorted(word_sets().pronouns_person)
    ['he', 'she']
    """
    if path is None:
        held = _HELD.current()
        if held is not None:
            return held
    return _read(file_stamp(Path(path) if path is not None else data_path("word_sets.csv")))


# the sets that held_word_sets() gives to every word_sets() call of its block (one per thread)
_HELD = HeldValue(word_sets)


def held_word_sets():
    """Inside the ``with`` block, :func:`word_sets` gives the sets read when the block began, without
    looking at the file again (a look costs a file check, and one call of :func:`kit.annotate` asks for the
    sets thousands of times). An edit of the file takes effect at the next block. Blocks may nest.

    >>> with held_word_sets() as sets:
    ...     word_sets() is sets
    True
    """
    return _HELD.block()


@functools.lru_cache(maxsize=4)
def _read(stamp: tuple) -> WordSets:
    path = Path(stamp[0])
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header != ["set", "word"]:
                raise LexiconError(f"{path.name}: the header is {header}", file=str(path), field="header",
                                   fix="The first line must be: set,word")
            found: dict[str, set] = {}
            forms: dict[str, tuple] = {}
            for n, row in enumerate(reader, start=2):
                if not row or not "".join(row).strip():
                    continue
                if len(row) != 2 or row[0] not in SET_NAMES or not row[1].strip():
                    raise LexiconError(f"{path.name}, line {n}: {row!r} is not a set name and a word",
                                       file=str(path), field="set", line=n,
                                       fix=f"Write the set ({', '.join(SET_NAMES)}), a comma, then one word.")
                word = row[1].strip().lower()
                if row[0] == "title_forms":
                    title, *others = [w.strip() for w in word.split("|")]
                    if not title or not others or not all(others):
                        raise LexiconError(f"{path.name}, line {n}: {row[1]!r} is not a title and its other forms",
                                           file=str(path), field="word", line=n,
                                           fix="Write the title, then each other form after a '|', "
                                               "for example: title_forms,general|gen.|gen")
                    forms[title] = tuple(dict.fromkeys([*forms.get(title, ()), *others]))
                found.setdefault(row[0], set()).add(word)
    except OSError as err:
        raise LexiconError(f"cannot read the word sets file {path}: {err}", file=str(path),
                           fix="Check that data/word_sets.csv exists, or copy it from the kit.") from err
    missing = [n for n in SET_NAMES if n not in found and n not in OPTIONAL_SETS]
    if missing:
        raise LexiconError(f"{path.name}: no words for the set {missing[0]!r}", file=str(path), field="set",
                           fix=f"Add at least one line '{missing[0]},<word>'.")
    sets = {name: frozenset(found.get(name, ())) for name in SET_NAMES if name != "title_forms"}
    skip = sets["stop_caps"] | sets["adverbs"] | sets["demonyms"] | sets["titles"] | sets["before_name"]
    return WordSets(stamp=stamp, **sets, title_forms=MappingProxyType(forms), skip_words=skip)
