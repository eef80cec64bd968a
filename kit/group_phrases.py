"""Group phrases: a source described by a noun phrase for a group of people ("Human rights groups", "Aid
agencies", "US officials"), named by the whole phrase.

A capitalised word that opens a sentence is not a name when a plural noun for people or groups follows it:
in "Human rights groups called the strike …" the groups speak, and "Human" is only the first word of their
description. :func:`opening_group` finds such a phrase for kit.names; :func:`vague_phrase_name` names a vague
source of the list ("officials said") by the people it describes ("US officials"), not by its verb.

    >>> from kit.wordsets import word_sets
    >>> vague_phrase_name("Top US officials said nothing.", 7, 21, word_sets())
    'Top US officials'
"""

from __future__ import annotations

import functools
import re

from .attitude_cues import PEOPLE_PLURAL, plural
from .lexicons import attribution_tone
from .wordsets import WordSets

__all__ = ["group_may_end", "group_noun", "opening_group", "vague_phrase_name"]

_PEOPLE = re.compile(PEOPLE_PLURAL)
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)(?![\w’'-])")
_OPENS_SENTENCE = " \t“\"‘'("
_NOTE = "the source is described, not named"


@functools.lru_cache(maxsize=4)
def _plurals(sets: WordSets) -> frozenset:
    """Plural nouns for people or for groups of them, for one version of the word sets."""
    singular = sets.org_words | sets.titles | sets.description_nouns
    return frozenset(sets.anonymous_words | sets.plural_nouns | {plural(w) for w in singular if w.isalpha()}
                     | {w for w in sets.org_words if w.endswith("s")})


def group_noun(word: str, sets: WordSets) -> bool:
    """Is ``word`` (in lower case) a plural noun for people or groups: "groups", "agencies", "officials",
    "activists", "commanders" (the ``anonymous_words``, ``plural_nouns``, and the plurals of ``org_words``,
    ``titles`` and ``description_nouns`` of data/word_sets.csv, or a plural for a person who does something)?

    >>> from kit.wordsets import word_sets
    >>> [group_noun(w, word_sets()) for w in ("groups", "agencies", "commanders", "rights", "strikes")]
    [True, True, True, False, False]
    """
    return word in _plurals(sets) or bool(_PEOPLE.fullmatch(word))


def opening_group(art, s: int, e: int) -> dict | None:
    """The described source that the one capitalised word ``art.text[s:e]`` opens, when it opens a
    sentence and up to three words in lower case after it end in a plural noun for people or groups
    ("Human rights groups", "Aid agencies", "Rebel commanders", "Rights groups"): the phrase as an
    anonymous source, or None. ``art`` is a :class:`kit.names.Article`. A person the article names
    ("Lee") is kept; no verb, reporting word or small word may stand inside ("Lee urged officials").
    A word in -s inside ("rights") is allowed only when the first word has a capital nowhere else in the
    article (so "Smith hires teachers" keeps Smith when Smith is named elsewhere).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Human rights groups called it a crime."]}), "example"))[0]
    >>> opening_group(art, 0, 5)["speaker"]
    'Human rights groups'
    """
    text, sets = art.text, art.sets
    word = text[s:e]
    if not re.fullmatch(r"[A-Z][a-z’'-]+", word) or art.knows_person(word):
        return None
    k = art.sentence_index(s)
    if k < 0 or text[art.sentences[k][1]:s].strip(_OPENS_SENTENCE):
        return None  # not the first word of its sentence: a capital there may be a name
    pos, words = e, []
    for _ in range(3):
        m = _WORD_AFTER.match(text, pos, min(len(text), pos + 40))
        if m is None:
            return None
        w = m.group(1)
        words.append(w)
        pos = m.end()
        if group_noun(w, sets):
            break
        if w in sets.stop_caps | sets.adverbs | sets.auxiliaries | sets.past_forms \
                or re.search(r"(?:ed|ing|ly)$", w) or w.endswith("s") and art.mid_cap(word):
            return None  # a verb or a small word: not one noun phrase ("Lee told officials")
    else:
        return None
    if art.cues_in(e, pos):
        return None  # a reporting word inside: "Lee urges teachers"
    phrase = text[s:pos]
    return {"start": s, "end": pos, "text": phrase, "speaker": phrase, "type": "anonymous", "gaz_type": "",
            "note": _NOTE}


# a capitalised word and up to two words in lower case, ending where the next word starts
_GROUP_START = re.compile(r"[A-Z][a-z’'-]+(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+$")


def group_may_end(art, start: int) -> bool:
    """Could a phrase of :func:`opening_group` end with the word at ``start``: does a capitalised word open
    the sentence up to three words before it? A quick test for :meth:`kit.names.Article.name_may_end`.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Aid agencies left. Ann Lee met the voters."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> group_may_end(art, t.index("agencies")), group_may_end(art, t.index("voters"))
    (True, False)
    """
    text = art.text
    m = _GROUP_START.search(text, max(0, start - 130), start)
    if m is None:
        return False
    k = art.sentence_index(m.start())
    return k >= 0 and not text[art.sentences[k][1]:m.start()].strip(_OPENS_SENTENCE)


_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.’'-]*[ \t]+){1,2}$")


def vague_phrase_name(text: str, start: int, end: int, sets: WordSets) -> str:
    """The name in the sources table of a vague source of the list that ends in a reporting word after a
    plural for people (``text[start:end]``: "officials said", "experts say"; the reporting words are those of
    data/lexicons/attribution.csv): the people it describes, without the verb, with up to two capitalised
    words just before that say whose they are ("US officials", "Top US officials", "Security officials");
    a small word opening the sentence ("But", "Yesterday": the ``stop_caps`` of data/word_sets.csv) is not
    part of it. '' for any other vague source ("some say", "it is believed").

    >>> from kit.wordsets import word_sets
    >>> t = "He left. But US officials said so. It is believed so."
    >>> vague_phrase_name(t, t.index("officials"), t.index(" so"), word_sets())
    'US officials'
    >>> vague_phrase_name(t, t.index("It"), t.index(" so."), word_sets())
    ''
    """
    words = text[start:end].split()
    if len(words) != 2 or not group_noun(words[0].lower(), sets) or not attribution_tone(words[-1]):
        return ""
    end = start + len(words[0])
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        found = list(re.finditer(r"\S+", before.group(0)))
        while found and found[0].group(0).lower() in sets.stop_caps:
            found.pop(0)
        if found:
            start = before.start() + found[0].start()
    return text[start:end]
