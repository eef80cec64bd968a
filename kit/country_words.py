"""Country words: a country's name used to describe the noun after it ("the US embassy", "a US strike").

One rule for every country. The gazetteer knows governments by short names ("US", "Moscow", "Russia",
"London"), while most countries are written before a noun as an adjective ("Russian", "Chinese") that names
no government. So when such a short name stands right before a noun ("the US embassy said", "a US
diplomat said", "the US side said", "a US strike", "US officials"), it is read as the adjective is: it only
says whose embassy, diplomat or strike it is. The noun phrase is who acts or speaks ("A US diplomat", as
"A Russian diplomat"), and the name is not counted as a mention of the government. A spokesman or a
statement speaks for the body named before it ("a Kremlin spokesman", "a Washington spokesman", "a
Moscow statement"), so those stay the body's. The little words and verbs that show no noun follows
come from data/word_sets.csv (``stop_caps``, ``adverbs``, ``auxiliaries``, ``past_forms``).

    >>> from kit.wordsets import word_sets
    >>> t = "The US embassy said so. The US said so."
    >>> describes_noun(t, 4, 6, word_sets()), describes_noun(t, 28, 30, word_sets())
    (True, False)
"""

from __future__ import annotations

import functools
import re

from .attitude_cues import plural
from .wordsets import WordSets

__all__ = ["describes_noun", "described_start", "backed_forces", "COUNTRY_WORD_KINDS"]

#: The gazetteer types whose one-word names are countries or capitals standing for a state.
COUNTRY_WORD_KINDS = frozenset({"government"})

_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w’'-])")


@functools.lru_cache(maxsize=4)
def _not_nouns(sets: WordSets) -> frozenset:
    """Words that never start the noun a country word describes: little words, helping verbs, adverbs and
    irregular past forms ("the US said", "Russia has", "Moscow also", "Beijing struck")."""
    return frozenset(sets.stop_caps | sets.adverbs | sets.auxiliaries | sets.past_forms
                     | _MODALS | {"and", "or", "to"})


#: Helping verbs that may be missing from the word sets' auxiliaries.
_MODALS = frozenset({"will", "can", "may", "might", "must", "shall", "do", "does", "did"})


def _verb_like(word: str, sets: WordSets) -> bool:
    """A helping verb, a past form or a word in -ed: what a plural noun is followed by ("US strikes killed")."""
    return word in sets.auxiliaries | sets.past_forms | _MODALS or word.endswith("ed")


#: The nouns for who speaks for the body named before them: "a Kremlin spokesman", "a Moscow statement".
_SPEAKS_FOR = re.compile(r"spokes(?:man|men|woman|women|person|persons|people)")


def describes_noun(text: str, start: int, end: int, sets: WordSets) -> bool:
    """Does the one-word name ``text[start:end]`` ("US", "Moscow") stand right before a noun it describes
    ("the US embassy", "US officials", "a US strike", "the US side"), so that the noun, not the name, is who
    acts or speaks, as after "Russian" or "Chinese"?

    The word after the name is a noun when it is in lower case and is not a little word, a helping verb, an
    adverb or a past form ("the US said", "Moscow has", "China also"), does not end in -ed, -ly or -ing
    ("Iran arming"), and, if it ends in -s, is a noun for a body or for people ("US officials") or is
    followed by a verb ("US strikes killed"; in "Moscow says" it is the verb). A spokesman or a statement
    speaks for the body ("a Moscow statement").

    >>> from kit.wordsets import word_sets
    >>> t = "Moscow officials met. A US strike hit. Russia says no. US strikes killed two. The US side met."
    >>> [describes_noun(t, t.index(w), t.index(w) + len(w.split()[0]), word_sets())
    ...  for w in ("Moscow officials", "US strike ", "Russia says", "US strikes", "US side")]
    [True, True, False, True, True]
    """
    name = text[start:end]
    if not re.fullmatch(r"[\w.]+|[Tt]he[ \t]+[A-Z.]+", name):
        return False  # "the Kremlin", "United States": the name of a body, or of more than one word
    nxt = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    if nxt is None:
        return False
    word = nxt.group(1)
    if word in _not_nouns(sets) or re.search(r"(?:ed|ly|ing)$", word) or _SPEAKS_FOR.fullmatch(word) \
            or word in sets.message_nouns:
        return False
    if word.endswith("s") and not word.endswith("ss") and word not in _nouns(sets):
        after = _NEXT_WORD.match(text, nxt.end(), min(len(text), nxt.end() + 40))
        return after is not None and _verb_like(after.group(1), sets)  # "US strikes killed", not "Russia says the"
    return True


@functools.lru_cache(maxsize=4)
def _nouns(sets: WordSets) -> frozenset:
    """The plural nouns for a body or for people a country word may describe ("US officials", "Russian
    troops"), for one version of the word sets."""
    words = sets.org_words | sets.anonymous_words
    return frozenset(words | {plural(w) for w in words if w.isalpha()})


#: Words that open a noun phrase before a name that describes a group: "a US official", "two Russian diplomats".
_OPENERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "one", "two", "three", "four", "five",
                      "another", "some", "many", "most", "several", "both", "all", "each", "few"})
#: Up to two words ending right before a name ("a senior |US officials").
_WORDS_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Za-z][a-z-]*[ \t]+){1,2})$")


def described_start(text: str, lo: int, start: int, sets: WordSets) -> int:
    """Where the noun phrase starts whose name at ``start`` only says whose people they are: "top" and
    "senior" belong to it, and so do "a", "the" or "two" that open it ("a senior US official", "Two US
    diplomats"), as they do for "a senior Russian official"; a little word that is not such an opener ends
    it ("said a US official": "said" is not part of it).

    >>> from kit.wordsets import word_sets
    >>> t = "Later, a senior US official and top US aides said so."
    >>> t[described_start(t, 0, t.index("US"), word_sets()):t.index("US")]
    'a senior '
    >>> t[described_start(t, 0, t.rindex("US"), word_sets()):t.rindex("US")]
    'top '
    """
    before = _WORDS_BEFORE.search(text, max(lo, start - 40), start)
    if before is None:
        return start
    ws = start
    for word in reversed(list(re.finditer(r"[A-Za-z][a-z-]*", before.group(1)))):
        low = word.group(0).lower()
        if low in _OPENERS:
            return before.start() + word.start()
        if low in sets.stop_caps or low in sets.adverbs or low in sets.past_forms or low.endswith("ed"):
            return ws  # "said", "and": the phrase starts after it
        ws = before.start() + word.start()
    return ws


#: A word for another side's support right before a name: "US-backed |Syrian forces", "Iran-allied |Iraqi forces".
_BACKED_BEFORE = re.compile(r"[\w.]-(?:backed|led|allied|aligned|trained|funded|sponsored|supported|armed)[ \t]+$")


def backed_forces(text: str, start: int, end: int) -> bool:
    """Are the gazetteer's words ``text[start:end]`` a country's "forces" that another side backs ("US-backed
    Syrian forces", "Iran-allied Iraqi forces")? Those are fighters the writer describes, not the state's armed
    forces, whichever countries are named; "the Syrian forces" or "Syrian army" alone are the state's.

    >>> t = "US-backed Syrian forces met Syrian forces."
    >>> backed_forces(t, 10, 23), backed_forces(t, 28, 41)
    (True, False)
    """
    return text[start:end].lower().endswith("forces") and _BACKED_BEFORE.search(text, max(0, start - 40), start) \
        is not None
