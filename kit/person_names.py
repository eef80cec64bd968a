"""Person names: is a capitalised run a person's name, and which name is shown for it?

The word-level half of the name finder (:mod:`kit.names` reads an article's runs with these): titles,
nationality words and roles in front are dropped, a nickname in quotation marks is left out, and a run
with a place, a group, an institution, an acronym or a date in it is not a person. The words come from
``data/word_sets.csv`` (:class:`kit.wordsets.WordSets`); the ``*_keyed`` functions take
``WordSets.key`` instead of the value and are cached.

    >>> person_name("Police Chief Anna Berg"), looks_like_person("University of Leeds")
    ('Anna Berg', False)
    >>> person_key("Abu Bakr al-Baghdadi"), one_edit("surovikin", "surkovikin")
    ('baghdadi', True)
"""

from __future__ import annotations

import bisect
import functools
import re

from .country_words import COUNTRY_WORD_KINDS
from .name_runs import MODIFIER, word_core
from .wordsets import WordSets, sets_for_key, word_sets

__all__ = ["PARTICLE_PREFIX", "person_name", "person_name_keyed", "is_title", "is_title_keyed", "person_key",
           "family_name_first", "family_name_for", "family_name_people", "looks_like_person", "looks_like_person_keyed", "looks_like_org_keyed", "one_edit", "nationality_surname",
           "place_as_first_name", "country_before_title"]

_NICKNAME_IN_RUN = re.compile(r"[“\"][A-Z][^”\"\n]{0,20}[”\"]")

#: A particle that opens an Arabic family name ("al-", "bin "): "al-Moallem" is found as "Moallem" too.
PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|bin|ibn|abu)[-\s]", re.IGNORECASE)
_SURNAME = re.compile(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*[.,]?")
_CAPS_GLUED = re.compile(r"[A-Z]{2,}[a-z]")


def person_name(run: str, sets: WordSets | None = None) -> str:
    """The name shown for a person: titles and nationality words in front, and a nickname in
    quotation marks inside the name, are dropped (Gen. James “Mad Dog” Mattis -> James Mattis). ``sets``: the
    :class:`kit.wordsets.WordSets` to use (by default the version of ``data/word_sets.csv`` in use).

    >>> person_name("Gen. James “Mad Dog” Mattis")
    'James Mattis'
    """
    return person_name_keyed(run, (sets or word_sets()).key)


@functools.lru_cache(maxsize=65536)
def person_name_keyed(run: str, key: int) -> str:
    """:func:`person_name` with the word sets given by ``WordSets.key`` (cached).

    >>> person_name_keyed("Police Chief Anna Berg", word_sets().key)
    'Anna Berg'
    """
    sets = sets_for_key(key)  # (keyed on WordSets.key: see there)
    words = _NICKNAME_IN_RUN.sub(" ", run).split()
    if _courtesy_and_surname(words):
        return words[1]  # "Mr. King": the word after Mr. is a surname, even a word that is also a title
    titles = sets.titles
    while len(words) > 1 and (words[0].lower() in titles or words[0].lower() in sets.demonyms
                              or _place_before_role(words, key)  # "Texas Gov. Ann Lee", as "Russian Gen. Ann Lee"
                              or words[0].lower().rstrip(".") in titles or _role_modifier(words, sets)):
        words.pop(0)
    # the end of a longer title before a title word ("[Director of] Operations Brig. Gen. Jonathan Braga"): the
    # name is the two or more words after the last title word
    last = max((i for i in range(1, len(words) - 2) if is_title_keyed(words[i], key)), default=0)
    if last and not any(is_title_keyed(w, key) for w in words[last + 1:]):
        words = words[last + 1:]
    return " ".join(words)



def is_title(word: str, sets: WordSets | None = None) -> bool:
    """A title, rank or role word ("Gen.", "spokeswoman"), from the ``titles`` word set (of ``sets``,
    by default the version in use).

    >>> is_title("Gen."), is_title("spokeswoman"), is_title("Lee")
    (True, True, False)
    """
    return is_title_keyed(word, (sets or word_sets()).key)


@functools.lru_cache(maxsize=65536)
def is_title_keyed(word: str, key: int) -> bool:
    """:func:`is_title` with the word sets given by ``WordSets.key`` (cached).

    >>> is_title_keyed("Gen.", word_sets().key), is_title_keyed("Lee", word_sets().key)
    (True, False)
    """
    sets = sets_for_key(key)
    return word_core(word) in sets.titles or word.lower().rstrip(",") in sets.titles


def _role_modifier(words: list[str], sets: WordSets) -> bool:
    """The first word qualifies a role word that follows it, and a name comes after both:
    "Police Chief Anna Berg", "Shop Owner Tom Lee" (but "John Major" is a name); or it opens a role of
    two words before a name of two ("Senate Majority Leader Ann Lee", "House Speaker Tom Roe"; but
    "Martin Luther King Jr." is a name); or it opens the name of a body of up to four words, then a title
    and a name of two or more words ("Fenwick National Committee Chairman Ed Rendt")."""
    key = sets.key
    if len(words) < 3 or is_title_keyed(words[0], key) or is_title_keyed(words[-1], key):
        return False
    if is_title_keyed(words[1], key):
        return True
    for j in range(2, min(5, len(words) - 2)):  # the title at words[j], a name of two words or more after it
        if is_title_keyed(words[j], key):
            return not any(is_title_keyed(w, key) for w in words[j + 1:]) and j + 3 <= len(words)
    return False


@functools.lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """The key a person is known by in an article: the last word, lower case, without "al-" and the like, and
    without "Jr.", "Sr." or a numeral of a generation after it ("John Smith III" … "Smith").

    >>> person_key("Abu Bakr al-Baghdadi"), person_key("Gen. Ann Lee"), person_key("Tom Lee Jr."), person_key("Tom Lee IV")
    ('baghdadi', 'lee', 'lee', 'lee')
    """
    words = name.split()
    if len(words) >= 3 and (words[-1].strip(",.") in GENERATION_NUMERALS or words[-1].lower().strip(",.") in ("jr", "sr")):
        words.pop()
    last = words[-1] if words else name
    last = PARTICLE_PREFIX.sub("", last)
    return last.lower().strip(".’'")


def family_name_first(names, text: str) -> dict[str, str]:
    """The people an article may name later by the FIRST word of their name, as many Chinese, Korean, Hungarian
    and Japanese names put the family name first ("Wang Yi … Wang said"): first word in lower case -> full name.
    ``names``: the full names (two or three words) of the people the article names. A first word counts only
    when it opens exactly one of those names and the article never uses that person's last word alone
    ("Sergei Lavrov … Lavrov said": there "Sergei" would be a given name, and stays a name of its own), and
    the first time the article uses the word is in the full name (a word used alone before it is someone else).
    A word that is also the last word of another person's name is left to that person (the caller asks
    :func:`person_key` first).

    >>> family_name_first(["Wang Yi", "Ann Lee"], "Wang Yi spoke. Wang said so. Ann Lee agreed.")
    {'wang': 'Wang Yi', 'ann': 'Ann Lee'}
    >>> family_name_first(["Sergei Lavrov"], "Sergei Lavrov spoke. Lavrov said so.")
    {}
    """
    firsts = dict.fromkeys(n.split()[0].lower() for n in names if len(n.split()) in (2, 3))
    return {first: found for first in firsts if (found := family_name_for(first, names, text))}


def family_name_for(word: str, names, text: str) -> str:
    """The one full name of ``names`` that ``word`` (lower case) opens and :func:`family_name_first` lets
    ``text`` shorten to it, or "" (asked one word at a time: cheaper than the whole table).

    >>> family_name_for("wang", ["Wang Yi"], "Wang Yi spoke. Wang said so."), family_name_for("li", ["Wang Yi"], "")
    ('Wang Yi', '')
    """
    found = [n for n in dict.fromkeys(names) if len(n.split()) in (2, 3) and n.split()[0].lower() == word]
    if len(found) == 1 and _named_in_full_first(found[0], text) and not _last_word_alone(found[0], text):
        return found[0]
    return ""


def family_name_people(word: str, names, text: str) -> list[str]:
    """All the full names of ``names`` that ``word`` (lower case) opens, as family names written first, when
    the article names more than one such person ("Wang Yi … Wang Wenbin … Wang said"): each never shortened to
    its last word, and the word first used in one of them. :func:`family_name_for` gives the one name when
    there is only one.

    >>> family_name_people("wang", ["Wang Yi", "Wang Wenbin"], "Wang Yi spoke. Wang Wenbin spoke. Wang said so.")
    ['Wang Yi', 'Wang Wenbin']
    >>> family_name_people("ann", ["Ann Lee", "Ann Roe"], "Ann Lee met Ann Roe. Lee said so.")
    []
    """
    found = [n for n in dict.fromkeys(names) if len(n.split()) in (2, 3) and n.split()[0].lower() == word
             and not _last_word_alone(n, text)]
    return found if any(_named_in_full_first(n, text) for n in found) else []


def _named_in_full_first(name: str, text: str) -> bool:
    """Is the first time ``text`` uses the first word of ``name`` the full name, and not after "the"? The word
    alone before it is someone or something else ("Trump said … Trump Train"), and a name after "the" names a
    thing, not a person ("the Trump Train")."""
    words = name.split()
    start = _free_word(text, words[0])  # str.find, not a pattern per name: compiling one costs more than the search
    return start >= 0 and _words_at(text, start, words) \
        and _THE_BEFORE.search(text[max(0, start - 5):start]) is None


#: "the" and spaces just before a name (compiled once: asked for every person ``kit.sources`` counts).
_THE_BEFORE = re.compile(r"(?<![\w’'-])the\s+$", re.IGNORECASE)


def _free(ch: str) -> bool:
    """Can ``ch`` stand before a name's word: not a letter, digit, "_", apostrophe or hyphen?"""
    return not (ch.isalnum() or ch in "_’'-")


def _free_word(text: str, word: str, after: int = 0) -> int:
    """Where ``word`` first stands alone in ``text`` from ``after`` on (no letter, digit, "_", apostrophe or
    hyphen before it; no letter, digit, "_" or hyphen after it), or -1."""
    i = text.find(word, after)
    while i >= 0 and word:
        end = i + len(word)
        if (i == 0 or _free(text[i - 1])) and (end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
            return i
        i = text.find(word, i + 1)
    return -1


def _words_at(text: str, i: int, words: list[str]) -> bool:
    """Do ``words`` stand at ``i``, with white space between them and no letter, digit, "_" or hyphen after?"""
    if not text.startswith(words[0], i):
        return False
    pos = i + len(words[0])
    for word in words[1:]:
        j = pos
        while j < len(text) and text[j].isspace():
            j += 1
        if j == pos or not text.startswith(word, j):
            return False
        pos = j + len(word)
    return pos == len(text) or not (text[pos].isalnum() or text[pos] in "_-")


def _last_word_alone(name: str, text: str) -> bool:
    """Does ``text`` use the last word of ``name`` without the word before it ("Lavrov said", "Minister
    Lavrov")? The particle of an Arabic family name may stand between ("Abu Bakr al-Baghdadi")."""
    words = name.split()
    core = PARTICLE_PREFIX.sub("", words[-1]).removesuffix("'s").removesuffix("’s").strip(".,’'")
    prev, last_end, i = words[-2], 0, text.find(core) if core else -1
    while i >= 0:  # each use of the surname, as the pattern (?<![\w’'-])(?:al-|bin …)?CORE(?![\w-]) finds it
        end = i + len(core)
        start = _said_start(text, i, last_end) \
            if end == len(text) or not (text[end].isalnum() or text[end] in "_-") else None
        if start is None:
            i = text.find(core, i + 1)
            continue
        j = start
        while j > max(0, start - len(prev) - 3) and text[j - 1].isspace():
            j -= 1
        k = j - len(prev)
        if not (j < start and k >= max(0, start - len(prev) - 3) and text.startswith(prev, k)
                and (k == 0 or _free(text[k - 1]))):
            return True  # not after the word before it in the name: the surname alone
        last_end, i = end, text.find(core, end)
    return False


#: The particles an Arabic family name may carry before it ("al-Baghdadi", "bin Salman").
_PARTICLES = ("abu", "ash", "bin", "ibn", "al", "el", "ad", "as")
#: The last letters of :data:`_PARTICLES` in either case: a particle can end before a name only at one of them
#: (no other character's ``str.lower`` ends in a plain a-z letter but the Kelvin sign's "k", which ends none).
_PARTICLE_ENDS = frozenset("".join(p[-1] for p in _PARTICLES) + "".join(p[-1] for p in _PARTICLES).upper())


def _said_start(text: str, i: int, last_end: int) -> int | None:
    """Where a use of the surname at ``i`` starts: at its particle ("al-", "bin "), if one stands before it,
    else at ``i``; None when a letter, apostrophe or hyphen touches it (and no particle explains it)."""
    if i > 1 and text[i - 2] in _PARTICLE_ENDS and (text[i - 1] == "-" or text[i - 1].isspace()):
        for particle in _PARTICLES:
            p = i - 1 - len(particle)
            if p >= last_end and text[p:i - 1].lower() == particle and (p == 0 or _free(text[p - 1])):
                return p
    return i if i == 0 or _free(text[i - 1]) else None


def _place_before_role(words: list[str], key: int) -> bool:
    """Does a place open the words before a title, a nationality, another place or a role word ("Texas Gov.
    Ann Lee", "Moscow Mayor Ann Lee")? A place before a plain name is a first name ("America Ferrera", as
    "Chelsea Lee")."""
    if len(words) < 2 or not _is_place_word(words[0], key):
        return False
    sets = sets_for_key(key)
    nxt = word_core(words[1])
    return is_title_keyed(words[1], key) or nxt in sets.demonyms or _is_place_word(words[1], key) \
        or nxt in sets.stop_caps or nxt in sets.org_words or _role_modifier(words[1:], sets)


@functools.lru_cache(maxsize=65536)
def _is_place_word(word: str, key: int) -> bool:
    sets = sets_for_key(key)
    low = word_core(word)
    return low in sets.places or low.split("-")[-1] in sets.places and low.split("-")[0] in sets.particles


#: Courtesy titles that stand only before a person's name ("Mr. King", "Ms. English").
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def _courtesy_and_surname(words: list[str]) -> bool:
    """Two words, a courtesy title and one capitalised word: a person, whatever the second word is."""
    return len(words) == 2 and words[0].lower().rstrip(".") in _COURTESY \
        and _SURNAME.fullmatch(words[1]) is not None


#: The numerals of a generation after a name of two words or more ("John Smith III", "Ann Lee II"), read as "Jr." is.
GENERATION_NUMERALS = frozenset({"II", "III", "IV"})


def looks_like_person(run: str, sets: WordSets | None = None) -> bool:
    """Could this capitalised run be a person's name? No if any word names a place, a group, an
    institution or a time, is an acronym ("ISIS", "SDF"), a lone letter, or a modifier ("-linked");
    no if only titles and nationality words are left once those in front are dropped. The words come
    from ``sets`` (a :class:`kit.wordsets.WordSets`; by default the version in use).

    >>> looks_like_person("Gen. Ann Lee"), looks_like_person("ISIS"), looks_like_person("Al Tanf")
    (True, False, False)
    >>> looks_like_person("John Smith III"), looks_like_person("Smith III")
    (True, False)
    """
    return looks_like_person_keyed(run, (sets or word_sets()).key)


@functools.lru_cache(maxsize=65536)
def looks_like_person_keyed(run: str, key: int) -> bool:
    """:func:`looks_like_person` with the word sets given by ``WordSets.key`` (cached).

    >>> looks_like_person_keyed("Gen. Ann Lee", word_sets().key), looks_like_person_keyed("ISIS", word_sets().key)
    (True, False)
    """
    sets = sets_for_key(key)
    words = _NICKNAME_IN_RUN.sub(" ", run).split()
    if _courtesy_and_surname(words):
        return True
    if not words or word_core(words[0]) in ("al", "el") or (len(words) == 1 and word_core(words[0]) in sets.particles):
        return False
    while words and (is_title_keyed(words[0], key) or word_core(words[0]) in sets.demonyms
                     or len(words) > 1 and _is_place_word(words[0], key)  # a place opens the run, as a nationality does
                     or word_core(words[0]) in sets.stop_caps or _role_modifier(words, sets)):
        words.pop(0)
    if len(words) >= 3 and words[-1].strip(",.;:’'") in GENERATION_NUMERALS:
        words.pop()  # "John Smith III": the numeral of a generation, read as "Jr." is
    if not words:
        return False
    if len(words) == 1 and word_core(words[0]) in sets.inference_subjects:
        return False  # "Data from the ministry shows …": a capital that opens the sentence, not a name
    for w in words:
        low = word_core(w)
        bare = w.strip(".,;:()’'")
        if low in sets.org_words or low in sets.anonymous_words or (low in sets.stop_caps and low not in sets.month_words) \
                or (low in sets.demonyms and low not in sets.compass and not _name_not_abbreviation(w, low)) \
                or _is_place_word(w, key) or MODIFIER.search(low):
            return False
        if len(bare) >= 2 and bare.isupper() and "." not in bare:
            return False  # an acronym: ISIS, SDF, AMN
        if _CAPS_GLUED.match(bare):
            return False  # an acronym glued to a word: "USled" (a lost hyphen)
        if len(bare) == 1 and not w.endswith("."):
            return False  # "(W)omen" -> W
        if any(map(str.isdigit, bare)):
            return False
    return True



def _name_not_abbreviation(word: str, low: str) -> bool:
    """A two-letter word that is a nationality only as an abbreviation ("UN", "US", "EU"), here written as a
    name's word with one capital ("Kim Jong Un"): an abbreviation is written in capitals."""
    return len(low) == 2 and word[:1].isupper() and word[1:2].islower()


def one_edit(a: str, b: str) -> bool:
    """Do two different words differ by one letter added, dropped or changed?

    >>> one_edit("surovikin", "surkovikin"), one_edit("lee", "lee"), one_edit("petrova", "pyetrowa")
    (True, False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@functools.lru_cache(maxsize=65536)
def looks_like_org_keyed(run: str, key: int) -> bool:
    """A run with an institution word that is not just a group adjective and a people word
    ("Islamist militias") or only group names ("Al Qaeda Islamist"); ``key``: ``WordSets.key`` (cached).

    >>> looks_like_org_keyed("Leeds City Council", word_sets().key), looks_like_org_keyed("Islamist militias", word_sets().key)
    (True, False)
    """
    sets = sets_for_key(key)
    words = [word_core(w) for w in run.split()]
    return any(w in sets.org_words and w not in sets.demonyms and w not in sets.anonymous_words
               and w not in sets.group_names for w in words)


#: A word in small letters right after a run.
_NEXT_LOWER = re.compile(r"[ \t]+([a-z][a-z’'-]*)")
#: One capitalised word right after a name ("Paris| Hilton said").
_NEXT_CAPITAL = re.compile(r"[ \t]([A-Z][a-z’'-]+)(?![\w’'-])")


def _verb_or_mark_after(text: str, end: int, cue_starts: list[int], sets: WordSets) -> bool:
    """Does a mark, a capital, the end, a verb form or a reporting word follow ``end``, not a noun?"""
    nxt = _NEXT_LOWER.match(text, end)
    if nxt is None:
        return True
    k = bisect.bisect_left(cue_starts, nxt.start(1))
    return nxt.group(1) in sets.past_forms | sets.auxiliaries or nxt.group(1).endswith("ed") \
        or k < len(cue_starts) and cue_starts[k] == nxt.start(1)


def nationality_surname(text: str, s: int, e: int, cue_starts: list[int], sets: WordSets) -> bool:
    """Is the two-word run ``text[s:e]`` a first name and a nationality word used as a surname? Yes when a verb
    or a mark follows, not a noun ("Mark Cuban said", "Ann English, a lawyer"; not "Top Russian officials",
    "Republican Jewish voters"). ``cue_starts``: where the article's reporting words start.

    >>> nationality_surname("Mark Cuban said so.", 0, 10, [11], word_sets())
    True
    >>> nationality_surname("Top Russian officials said so.", 0, 11, [22], word_sets())
    False
    """
    words = text[s:e].split()
    if not (len(words) == 2 and word_core(words[1]) in sets.demonyms and word_core(words[1]) not in sets.compass
            and looks_like_person_keyed(words[0], sets.key) and not is_title_keyed(words[0], sets.key)):
        return False
    return _verb_or_mark_after(text, e, cue_starts, sets)


_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")  # read by place_as_first_name
_ONE_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")  # read by place_as_first_name
_WORD_CHAR_OR_MARK = re.compile(r"[\w’'-]")  # read by place_as_first_name


def place_as_first_name(text: str, hit: tuple, cue_starts: list[int], sets: WordSets) -> bool:
    """Is the gazetteer hit ``(start, end, name, type)``, a one-word name of a country's government, the first
    name of a person ("Paris Hilton said", "Israel Katz said", as "Chelsea Lee said")? Yes when one capitalised
    word that is no title, nationality, place or institution follows it, and then a verb or a mark.

    >>> place_as_first_name("Paris Hilton said so.", (0, 5, "French government", "government"), [13], word_sets())
    True
    >>> place_as_first_name("Paris Mayor Ann Lee said so.", (0, 5, "French government", "government"), [20], word_sets())
    False
    """
    s, e, _name, kind = hit
    if kind != "government" or not _ONE_CAPITALISED_WORD.fullmatch(text[s:e]) or (s and _WORD_CHAR_OR_MARK.match(text[s - 1])):
        return False
    m = _NEXT_CAPITAL.match(text, e)
    if m is None:
        return False
    low = word_core(m.group(1))
    if is_title_keyed(m.group(1), sets.key) or low in sets.demonyms or _is_place_word(m.group(1), sets.key) \
            or low in sets.stop_caps or low in sets.org_words or low in sets.anonymous_words:
        return False
    if _CAPITAL_NEXT.match(text[m.end():m.end() + 3]):
        return False  # "Kremlin Security Council members": a longer name, not a first name and a surname
    return _verb_or_mark_after(text, m.end(), cue_starts, sets)


_FORMER_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z-]+)[ \t]+$")  # "Former |Arkansas Gov. Ann Lee"


def country_before_title(text: str, found: list[dict], sets: WordSets) -> list[dict]:
    """The candidates ``found`` in a stretch (kit.names), with a one-word country name right before a person's
    title joined to the person's words ("US Foreign Minister Ann Lee", as "Russian Foreign Minister Ann Lee": it
    says whose minister, and is no speaker of its own), and no government inside a person's words ("Ann Lee of
    Moscow", as "Ann Lee of Aleppo").

    >>> found = [{"start": 0, "end": 2, "text": "US", "type": "organisation", "gaz_type": "government"},
    ...          {"start": 3, "end": 23, "text": "Foreign Minister Ann", "type": "named person", "gaz_type": ""}]
    >>> country_before_title("US Foreign Minister Ann", found, word_sets())[0]["text"]
    'US Foreign Minister Ann'
    """
    key = sets.key
    out: list[dict] = []
    for cand in found:
        prev = out[-1] if out else None
        if prev is not None and prev["gaz_type"] in COUNTRY_WORD_KINDS and " " not in prev["text"] \
                and cand["type"] == "named person" and text[prev["end"]:cand["start"]] in (" ", "\t") \
                and is_title_keyed(cand["text"].split()[0], key):
            start = prev["start"]
            former = _FORMER_BEFORE.search(text, max(0, start - 20), start)  # "Former Arkansas Gov. Ann Lee"
            if former and former.group(1).lower() in sets.former_words:
                start = former.start()
                while len(out) > 1 and out[-2]["start"] >= start:
                    out.pop(-2)  # "Former" alone is no candidate of its own
            out[-1] = dict(cand, start=start, text=text[start:cand["end"]])
            continue
        out.append(cand)
    people = [(c["start"], c["end"]) for c in out if c["type"] == "named person"]  # "Ann Lee of Moscow"
    return [c for c in out if not (c["gaz_type"] in COUNTRY_WORD_KINDS and any(a < c["start"] and c["end"] <= b
                                                                             for a, b in people))]
