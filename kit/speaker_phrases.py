"""Speaker phrases: what one stretch of words names as a speaker (a pronoun, a description, a name and its role).

kit.speakers decides where the speaker of a reporting word stands; the functions here read the
words found there and return the speaker as a dict (``speaker``, ``text``, ``type``, ``start``,
``end``), or None.

    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> import pandas as pd
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Shop owner Tom Lee said so."]}), "example"))[0]
    >>> name_head(art, 0, 18)["speaker"]
    'Tom Lee'
"""

from __future__ import annotations

import functools
import re

from .names import MODIFIER, WORD, Article, is_title, word_core
from .relative_subjects import CARDINALS, DETERMINERS, ONE_THING, PREPOSITIONS, reduced_relative_subject
from .vague_sources import OUTLET_GROUP_NOTE, owned_role

__all__ = ["DETERMINERS", "MODIFIERS_ONLY", "after_dateline", "appositive_name", "clause_start", "described_organisation", "end_of_words", "ends_with_comma", "described_source", "is_former", "name_head", "named_role_before",
           "only_skip_words", "pick_speaker", "plain_phrase", "pronouns", "role_before_name", "subject_before_appositives",
           "words_span"]


def pick_speaker(cands: list[dict]) -> dict | None:
    """Prefer the first person named, else the first organisation or outlet.

    >>> pick_speaker([{"type": "media outlet", "speaker": "BBC"}, {"type": "named person", "speaker": "Ann Lee"}])
    {'type': 'named person', 'speaker': 'Ann Lee'}
    """
    for c in cands:
        if c["type"] == "named person":
            return c
    return cands[0] if cands else None


@functools.lru_cache(maxsize=8)
def pronouns(sets) -> frozenset:
    """The pronouns that can be a speaker (``pronouns_person`` and ``pronouns_other`` of a
    :class:`kit.wordsets.WordSets`), joined once per version of the word sets.

    >>> from kit.wordsets import word_sets
    >>> "she" in pronouns(word_sets()), "they" in pronouns(word_sets())
    (True, True)
    """
    return sets.pronouns_person | sets.pronouns_other


def words_span(text: str, lo: int, hi: int) -> list[re.Match]:
    """The words of text[lo:hi], as matches (their offsets are offsets into ``text``).

    >>> [m.group(0) for m in words_span("Gen. Ann Lee said", 5, 12)]
    ['Ann', 'Lee']
    """
    return list(WORD.finditer(text, lo, hi))


_OWNER_END = re.compile(r"[’']s?$")
_BRACKETED = re.compile(r"\([^()]*\)")
#: A hyphen or two with a space on each side, typed for a dash ("She left - Lee said so"); a hyphen inside a
#: word ("pro-Kurdish", "Seitz-Wald") has no spaces around it.
_SPACED_HYPHEN = re.compile(r"\s--?\s")


def only_skip_words(text: str, sets) -> bool:
    """True if ``text`` holds only little words, titles and punctuation (no other content word).

    >>> from kit.wordsets import word_sets
    >>> only_skip_words("the former ", word_sets()), only_skip_words("a letter to ", word_sets())
    (True, False)
    """
    for w in WORD.findall(text):
        low = w.lower().strip(".’'-")
        if not low or low in sets.skip_words or low.rstrip("s") in sets.skip_words or MODIFIER.search(low) \
                or low == "s":
            continue
        if _OWNER_END.search(w) and (word_core(w) in sets.places or word_core(w) in sets.demonyms):
            continue  # a place as owner: "Iraq’s former foreign minister Hoshyar Zebari"
        return False
    return True


@functools.lru_cache(maxsize=4096)
def manner_adverb(word: str) -> bool:
    """A lower-case word in -ly made from an English word ("quietly", "privately", "angrily"), not a noun in
    -ly ("family", "rally", "assembly").

    >>> manner_adverb("quietly"), manner_adverb("angrily"), manner_adverb("family"), manner_adverb("Kelly")
    (True, True, False, False)
    """
    if not word.islower() or not word.endswith("ly") or len(word) < 6:
        return False
    from .pronouncing import syllables_of

    def known(w: str) -> bool:
        # a word of the CMU dictionary (``w in pronouncing.words()``), found by bisection in its lines:
        # a cold kit.quotes asks about a hundred words, which a search of the dictionary's text made slow
        return syllables_of(w) is not None

    return known(word[:-2]) or (word.endswith("ily") and known(word[:-3] + "y")) or (
        word.endswith("ably") or word.endswith("ibly")) and known(word[:-1] + "e")


def plain_phrase(art: Article, lo: int, hi: int, method: str) -> dict | None:
    """A speaker phrase with no name in it: a pronoun, a description, or an anonymous source.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Officials said the road was closed."]}), "example"))[0]
    >>> plain_phrase(art, 0, 9, "subject")["type"]
    'anonymous'
    """
    text = art.text
    words = words_span(text, lo, hi)
    while words and words[0].group(0).lower() in art.sets.adverbs:
        words.pop(0)
    while words and (words[-1].group(0).lower() in art.sets.adverbs or manner_adverb(words[-1].group(0))):
        words.pop()  # "some headteachers quietly admitted": the adverb is not part of who speaks
    if not words:
        return None
    first = words[0].group(0).lower()
    tail = reduced_relative_subject(words, art.sets) if first in ONE_THING | {"the"} else None
    if tail is not None:  # "a move critics slammed": "a move [that] critics slammed"; the critics speak
        return plain_phrase(art, words[tail].start(), hi, method)
    phrase_s, phrase_e = words[0].start(), words[-1].end()
    phrase = text[phrase_s:phrase_e]
    lowered = [w.group(0).lower().strip(".,’'") for w in words]
    if len(words) == 1 and first in pronouns(art.sets):
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": "", "type": "pronoun",
                "gaz_type": "", "pronoun": first}
    if len(words) > 8:
        return None
    if first in ("the", "this", "that") and len(words) <= 4 and lowered[-1] in art.sets.description_nouns \
            or len(words) <= 6 and owned_role([w.group(0) for w in words], art.sets):  # "The Eagles' coach"
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": "", "type": "description",
                "gaz_type": ""}
    if outlet_group(lowered, art.sets):  # "Russian media", "the Western press": many outlets, none named
        if first == "the" and len(words) > 2:  # "Western media", as the list of vague sources names it; "The media"
            phrase_s = words[1].start()
        return {"start": phrase_s, "end": phrase_e, "text": text[phrase_s:phrase_e], "speaker": text[phrase_s:phrase_e],
                "type": "anonymous", "gaz_type": "", "note": OUTLET_GROUP_NOTE}
    if described_organisation([word_core(w.group(0)) for w in words], art.sets):
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": phrase, "type": "organisation",
                "gaz_type": "", "note": "an organisation described by its kind, not by its name"}
    if lowered[-1] in art.sets.anonymous_words or any(w in art.sets.unnamed_words for w in lowered) \
            or (first in ("a", "an") and len(words) <= 4):
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": phrase, "type": "anonymous",
                "gaz_type": "", "note": "the source is described, not named"}
    if described_source(text, words, art.sets):
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": phrase, "type": "anonymous",
                "gaz_type": "", "note": "the source is described, not named"}
    return None


#: Words that point to one particular organisation: "the teachers' union", "its board".
_ONE_OF_A_KIND = frozenset({"the", "this", "that", "his", "her", "their", "its", "our"})


def outlet_group(low: list[str], sets) -> bool:
    """Many news outlets taken together, named by where they are or what they are like: "the Western media",
    "Russian media", "the mainstream press" (``low``: the words in lower case; the last is one of the
    ``outlet_group_words`` of data/word_sets.csv, the others nationality or describing words).

    >>> from kit.wordsets import word_sets
    >>> [outlet_group(p.split(), word_sets()) for p in ("russian media", "the western media", "the media", "his press")]
    [True, True, True, False]
    """
    if not low or low[-1] not in sets.outlet_group_words or len(low) > 4:
        return False
    rest = low[1:-1] if low[0] == "the" else low[:-1]
    return not any(w in DETERMINERS or w in sets.stop_caps and w not in sets.demonyms or not re.fullmatch(r"[a-z.-]+", w)
                   for w in rest)


def described_organisation(low: list[str], sets) -> bool:
    """An organisation named by its kind, or a document it wrote: "the teachers' union", "the city
    council", "a council report", "the ministry's statement" (``low``: the words as :func:`word_core` gives
    them). A kind of organisation is not an anonymous source; "a new report" or "a union official" names
    no author and stays anonymous.

    >>> from kit.wordsets import word_sets
    >>> [described_organisation(p.split(), word_sets()) for p in ("the teachers union", "a council report",
    ...                                                             "a new report", "a union official")]
    [True, True, False, False]
    """
    if len(low) < 2 or any(w in sets.unnamed_words for w in low):
        return False
    head, before = low[-1], low[:-1]
    if head in sets.org_words and head not in sets.anonymous_words:
        return before[0] in _ONE_OF_A_KIND
    if head in sets.message_nouns or head in ("report", "reports"):
        return any(w in sets.org_words and w not in sets.anonymous_words for w in before[1:] or before)
    return False


_PUNCTUATION_NOT_HYPHEN = re.compile(r"[^\w\s’'-]")  # read by described_source
_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*")  # read by described_source


def described_source(text: str, words: list, sets) -> bool:
    """A description with no name in it, as the subject of a reporting word: a determiner and up to
    five words in lower case ("the email", "one user", "the campaign’s statement", "most voters", "two councillors").

    >>> from kit.names import WORD
    >>> from kit.wordsets import word_sets
    >>> described_source("one of those aides", list(WORD.finditer("one of those aides")), word_sets())
    True
    """
    opening = words[0].group(0).lower() if words else ""
    number = opening.isdigit() and len(words) > 1 and words[1].group(0).lower() not in ("percent", "per")
    if not 2 <= len(words) <= 6 or opening not in DETERMINERS and opening not in CARDINALS and not number:
        return False  # "most voters", "two councillors", "300 residents" (a share, "39 percent", is read on its own)
    if _PUNCTUATION_NOT_HYPHEN.search(text[words[0].end():words[-1].end()]):
        return False  # punctuation inside: not one phrase
    rest = [w.group(0) for w in words[1:]]
    if not all(_LOWER_WORD.fullmatch(w) or opening not in DETERMINERS and w.lower() in sets.demonyms for w in rest):
        return False  # a name, a number or an abbreviation inside (after a number a nationality: "two Syrian officers")
    low = [word_core(w) for w in rest]
    if opening not in DETERMINERS and not low[-1].endswith("s"):
        return False  # a number and no plural noun at its end: "two senators present" is read another way
    if low[-1] in MODIFIERS_ONLY or low[-1] == "of" or low[-2:-1] in (["most"], ["least"]) and low[-1].endswith("ing"):
        return False  # not a noun at the end: "the mere mention", "the extent of" (the reporting word is the noun)
    return not any(w in sets.adverbs or (w in sets.stop_caps and w not in DETERMINERS and w != "of") for w in low)


#: Words that stand before a noun and never end a noun phrase: after "the" or "a" they show that the
#: reporting word after them is itself a noun ("the mere mention of", "the most telling promise").
MODIFIERS_ONLY = frozenset({"most", "least", "mere", "very", "such", "same", "own", "recent", "latest", "sheer",
                            "utter", "entire", "whole", "only"})


_PUNCTUATION_NOT_POINT = re.compile(r"[^\w\s’'.-]")  # read by role_before_name, named_role_before
_OWNER_WORD = re.compile(r"\w[’']s$")  # read by role_before_name
_LOWER_PLAIN_WORD = re.compile(r"[a-z][a-z-]*")  # read by role_before_name


def role_before_name(text: str, sets) -> bool:
    """Words in lower case that describe the person named right after them: "shop owner",
    "local farmer", "city spokesman", "the mayor’s spokesman", "Police chief". No function word,
    verb form or punctuation may come between them and the name ("in a statement to Reuters" is not one).

    >>> from kit.wordsets import word_sets
    >>> role_before_name("shop owner ", word_sets()), role_before_name("in a statement to ", word_sets())
    (True, False)
    """
    if _PUNCTUATION_NOT_POINT.search(text):
        return False
    words = WORD.findall(text)
    if not words or len(words) > 4:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if i == 0 and low in ("the", "a", "an"):
            continue
        if _OWNER_WORD.search(w):
            continue  # an owner: "the mayor’s spokesman"
        if not _LOWER_PLAIN_WORD.fullmatch(w if i else w[0].lower() + w[1:]):
            return False  # a capital inside, a number, an abbreviation
        if low in sets.titles or low in sets.demonyms:
            continue
        if low in sets.stop_caps or low in sets.adverbs or low.endswith("ly") or low.endswith("ing"):
            return False
    last = word_core(words[-1])
    return last in sets.titles or last in sets.description_nouns or last in sets.org_words or all(w.islower() for w in words)


_LOWER_LETTERS = re.compile(r"[a-z]+")  # read by named_role_before
_VERB_OR_ADVERB_END = re.compile(r"(?:ed|ing|ly)$")  # read by named_role_before


def named_role_before(before: str, first: dict, sets) -> bool:
    """A role that names its group before a person's name: "Wyoming GOP chairman Ann Lee",
    "campaign spokesman Tom Roe", "DFA spokesman Tom Roe": capitalised words or role words only,
    the last one a role word in lower case.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Wyoming GOP chairman Ann Lee said so."]}), "example"))[0]
    >>> named_role_before("Wyoming GOP chairman ", art.candidates(0, 28)[-1], art.sets)
    True
    """
    words = WORD.findall(before)
    if first["type"] != "named person" or not 2 <= len(words) <= 5 or _PUNCTUATION_NOT_POINT.search(before):
        return False
    if word_core(words[-1]) not in sets.titles:
        return False
    return all(w[0].isupper() or word_core(w) in sets.titles or w.lower() in ("the", "a", "an")
               or (_LOWER_LETTERS.fullmatch(w) and w not in sets.adverbs and w not in sets.stop_caps
                   and not _VERB_OR_ADVERB_END.search(w))
               for w in words[:-1])


_WORD_THEN_OF = re.compile(r"([A-Za-z-]+)\s+of\s+(?:the\s+)?$")  # read by role_of


def role_of(words: str, sets) -> bool:
    """Do the words end in a role and "of" before the body it serves ("The head of the", "the deputy chief of")?
    The role is a word of the ``titles`` set of data/word_sets.csv; the person who holds it is who speaks.

    >>> from kit.wordsets import word_sets
    >>> role_of("The head of the ", word_sets()), role_of("the spokesman of ", word_sets()), role_of("in ", word_sets())
    (True, True, False)
    """
    m = _WORD_THEN_OF.search(words)
    return m is not None and m.group(1).lower() in sets.titles


_LOWER_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)?")  # read by is_former


def is_former(words: str, sets) -> bool:
    """Do the words say a role is no longer held ("the former spokesman of", "an ex-member of")?
    Words from the ``former_words`` set of data/word_sets.csv.

    >>> from kit.wordsets import word_sets
    >>> is_former("the former official spokesman of the", word_sets()), is_former("a spokesman for", word_sets())
    (True, False)
    """
    low = words.lower()
    return any(w in sets.former_words or w.split("-")[0] + "-" in sets.former_words
               for w in _LOWER_HYPHENATED.findall(low))


_OWNED_ROLE = re.compile(r"[’']s?[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)\b")  # read by name_head


def name_head(art: Article, lo: int, hi: int) -> dict | None:
    """The name that heads the words text[lo:hi], if they open with one ("the Pentagon itself"),
    perhaps after a role in lower case ("shop owner Tom Lee").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Shop owner Tom Lee said so."]}), "example"))[0]
    >>> name_head(art, 0, 18)["speaker"]
    'Tom Lee'
    """
    cands = art.candidates(lo, hi)
    if not cands:
        return None
    first = cands[0]
    before = art.text[lo:first["start"]].replace("(", " ").replace(")", " ")
    if not only_skip_words(before, art.sets) and not role_before_name(before, art.sets) \
            and not named_role_before(before, first, art.sets):
        return None
    # "Russian Foreign Ministry spokesman General Igor Konashenkov": the person, not the ministry
    if len(cands) > 1 and first["type"] != "named person" and cands[1]["type"] == "named person" \
            and only_skip_words(art.text[first["end"]:cands[1]["start"]], art.sets):
        return cands[1]
    if len(cands) > 1 and _group_before_role(art, first, cands[1]):
        return cands[1]  # "Blaze co-host Stu Burguiere": a group the kit does not know, a role, the name
    if first["type"] != "named person" and is_former(before, art.sets):
        return None  # "the former spokesman of the SDF": someone who left a group does not speak for it
    if first["type"] != "named person" and role_of(before, art.sets):
        # "The head of the Pentagon": the head speaks for the body, as in "the head of the council"
        return plain_phrase(art, lo, hi, "subject") or first
    # "Lavrov’s deputy": a person as the owner of a role is not the one speaking
    owned = _OWNED_ROLE.match(art.text[first["end"]:hi])
    if first["type"] == "named person" and owned and any(is_title(w, art.sets) for w in owned.group(1).split()):
        nxt = cands[1] if len(cands) > 1 else None
        if nxt and nxt["type"] == "named person" and role_before_name(art.text[first["end"] + owned.start(1):nxt["start"]], art.sets):
            return nxt  # "Lavrov’s deputy Sergei Ryabkov"
        return None
    return agency_group(art, first, hi) or first


#: After an organisation's name: more capitalised words of its name, then one word in small letters that ends
#: the phrase ("US| Border Patrol agents", "Kremlin| Security Council members").
_AFTER_AGENCY = re.compile(r"(?:[ \t]+[A-Z][\w.&’'-]*){0,3}[ \t]+(?P<noun>[a-z][a-z-]+)[ \t]*$")
#: A plural noun for people: "agents", "members", "officers", "employees", "staffers".
_PEOPLE_PLURAL = re.compile(r"[a-z][a-z-]+(?:ers|ors|ists|ents|ants|ans|ees|ives)")


def agency_group(art: Article, first: dict, hi: int) -> dict | None:
    """People named by the organisation they belong to, when a plural noun for people ends the words
    text[first end:hi] ("US Border Patrol agents", "Kremlin Security Council members", "Pentagon staff"):
    that group speaks, not the organisation or the government. None otherwise.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "US Border Patrol agents said so."]}), "example"))[0]
    >>> name_head(art, 0, 23)["speaker"]
    'US Border Patrol agents'
    """
    if first["type"] != "organisation":
        return None
    m = _AFTER_AGENCY.match(art.text, first["end"], hi)
    if m is None:
        return None
    noun = m.group("noun")
    if noun not in art.sets.anonymous_words and noun not in art.sets.plural_nouns and not _PEOPLE_PLURAL.fullmatch(noun):
        return None
    end = m.end("noun")
    phrase = art.text[first["start"]:end]
    return {"start": first["start"], "end": end, "text": phrase, "speaker": phrase, "type": "anonymous", "gaz_type": "",
            "note": "a group of people named by the organisation they belong to"}


def _group_before_role(art: Article, first: dict, second: dict) -> bool:
    """One capitalised word that is not a name the article gives in full, then one or two words of a
    role in lower case, then a person's name: "Blaze co-host Stu Burguiere", "Band member Flea". The
    capitalised word says whose role it is (a show, a band), as "Wyoming GOP chairman Ann Lee" does."""
    if first["type"] != "named person" or " " in first["text"] or art.knows_person(first["speaker"]) \
            or second["type"] != "named person":
        return False
    m = _ROLE_BETWEEN.fullmatch(art.text, first["end"], second["start"])
    if not m:
        return False
    last = word_core(m.group("role")).split("-")[-1]
    return last in art.sets.titles or last in art.sets.description_nouns


#: One or two words in lower case between two names, the last the role: " co-host ", " band member ".
_ROLE_BETWEEN = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?P<role>[a-z]+(?:-[a-z]+)?)[ \t]+")


def appositive_name(art: Article, name_lo: int, name_hi: int, role_lo: int, role_hi: int) -> dict | None:
    """A person named between commas after a role or a description: "the group’s leader, Ali Musa,
    said", "said the mayor’s spokesman, Tim Roe". text[role_lo:role_hi] must hold a role word
    and no other person (an owner such as "Lavrov’s deputy" is allowed); text[name_lo:name_hi]
    must be the name alone (with its titles).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The group’s leader, Ali Musa, said so."]}), "example"))[0]
    >>> appositive_name(art, 20, 28, 0, 18)["speaker"]
    'Ali Musa'
    """
    text = art.text
    cands = art.candidates(name_lo, name_hi)
    if len(cands) != 1 or cands[0]["type"] != "named person":
        return None
    name = cands[0]
    if not only_skip_words(text[name_lo:name["start"]], art.sets) or text[name["end"]:name_hi].strip(" \t.’'"):
        return None
    words = [word_core(w) for w in WORD.findall(text[role_lo:role_hi])]
    words = words[:words.index("who")] if "who" in words[2:] else words  # "The two councillors who voted no, A and B,"
    # a known role word, or a short description with "the", "a" or an owner: "The headteacher of X, Ann Lee,"
    described = len(words) <= 6 and (words[0] in DETERMINERS | CARDINALS | {"a", "an"} or "’s" in text[role_lo:role_hi]
                                      or "'s" in text[role_lo:role_hi]) if words else False
    if not words or len(words) > 12 or not (described or any(w in art.sets.titles or w in art.sets.description_nouns
                                                             for w in words)):
        return None
    for c in art.candidates(role_lo, role_hi):
        owner = text[c["end"]:c["end"] + 1] in ("’", "'")  # "Lavrov’s deputy, Ann Lee,"
        of_whom = re.search(r"\b(?:of|at|from|for|on|in|with)\s+(?:the\s+)?$", text[role_lo:c["start"]])  # "The head of Leeds High,"
        if c["type"] == "named person" and not owner and not of_whom:
            return None
    return name


#: A part between commas that describes the person named before it: an age, a home town, a role.
_APPOSITIVE = re.compile(r"\s*(?:\d{1,3}|of\s|from\s|the\s|a\s|an\s|who\s|whose\s|which\s|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:of|for|at)\s"
                         r"|[A-Z][a-z]+\.?\s*$|[A-Z]{2}\s*$)")


def subject_before_appositives(art: Article, lo: int, hi: int) -> dict | None:
    """A person named before parts between commas that describe them: "Ann Lee, 22, of Leeds, said",
    "Lee, 35, the daughter of a farmer, said" -> Ann Lee / Lee.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Ann Lee, 22, of Leeds, said so."]}), "example"))[0]
    >>> subject_before_appositives(art, 0, 21)["speaker"]
    'Ann Lee'
    """
    text = art.text
    parts = [(m.start() + lo, m.end() + lo) for m in re.finditer(r"[^,]+", text[lo:hi])]
    if len(parts) < 2:
        return None
    k = len(parts) - 1
    while k > 0 and (_APPOSITIVE.match(text, parts[k][0], parts[k][1]) or _renames_object(art, parts, k)):
        k -= 1
    if k == len(parts) - 1 or k < 0:
        return None
    ps, pe = parts[k]
    cands = art.candidates(ps, pe)
    if not cands or cands[-1]["type"] not in ("named person", "organisation", "media outlet") \
            or text[cands[-1]["end"]:pe].strip() or _COMPARED.match(text, ps, cands[-1]["start"]):
        return None  # not "CNN, like The Associated Press, which …, declared": the one compared is not the subject
    if text[ps:cands[-1]["start"]].strip().split(" ")[0].lower() in PREPOSITIONS - {"and", "or", "nor"}:
        return None  # not "Of the Kremlin, Lee, who …, said": a name after a preposition is never the subject
    found = name_head(art, ps, pe)
    return found if found is not None and found["start"] == cands[-1]["start"] else None


def _renames_object(art: Article, parts: list, k: int) -> bool:
    """Is part ``k`` only the name of a group or an outlet that renames the object of the description
    before it ("Ann Lee, the editor of the city's paper, The Courier, said": The Courier is the paper)?"""
    if k < 2 or not _DESCRIPTION.match(art.text, parts[k - 1][0], parts[k - 1][1]):
        return False
    ps, pe = parts[k]
    cands = art.candidates(ps, pe)
    if len(cands) != 1 or art.text[cands[0]["end"]:pe].strip():
        return False
    before = art.text[ps:cands[0]["start"]].strip()
    return before in ("The", "the") or not before and cands[0]["type"] in ("organisation", "media outlet")


#: A word that sets a name beside the subject in comparison: "like", "unlike", "as well as", "along with".
_COMPARED = re.compile(r"\s*(?:like|unlike|as\s+well\s+as|along\s+with|including)\s", re.IGNORECASE)

#: A description that ends in a noun with "of" or "for" before it: " the editor of the city's paper", " a reporter for".
_DESCRIPTION = re.compile(r"\s*(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+(?:of|for|at)\s")


def end_of_words(text: str, hi: int) -> int:
    """``len(text[:hi].rstrip())`` without copying the text before ``hi`` (a cost that grew with
    the article for every reporting word): where the words before ``hi`` end.

    >>> end_of_words("Lee said,   ", 12)
    9
    """
    while hi > 0 and text[hi - 1].isspace():
        hi -= 1
    return hi


def phrase_after_quotation(text: str, lo: int, hi: int) -> bool:
    """Are ``text[lo:hi]`` only a phrase with a preposition and a comma, right after a closing quotation mark
    ('“A test” for the Kremlin, said Lee')? A phrase with a preposition is never the subject: the speaker follows.

    >>> t = "“A test” for the Kremlin, said Lee."
    >>> phrase_after_quotation(t, 8, 26), phrase_after_quotation("“A test” the Kremlin said.", 8, 21)
    (True, False)
    """
    m = _PREPOSITION_PHRASE.fullmatch(text, lo, hi)
    return bool(m) and text[lo - 1:lo] in "”\"'’" and lo > 0 and m.group(1).lower() in PREPOSITIONS - {"and", "or", "nor"}


#: A phrase that opens with a preposition and ends with a comma: " for the Kremlin, ".
_PREPOSITION_PHRASE = re.compile(r"\s*([a-z]+)\s[^,.;:!?”\"]{1,60},\s*")


def ends_with_comma(text: str, pos: int) -> bool:
    """Do the words before ``pos`` end with a comma (``text[:pos].rstrip().endswith(",")``, without the copy)?

    >>> ends_with_comma("The plan, announced", 9), ends_with_comma("The plan", 8)
    (True, False)
    """
    end = end_of_words(text, pos)
    return text[max(0, end - 1):end] == ","


#: A dateline that opens a news story: a place (in capitals, or with an agency in brackets), then a dash:
#: "WASHINGTON (AP) — ", "Washington (AFP) – ", "LONDON — ", "NEW YORK, N.Y. - ".
_DATELINE = re.compile(r"[ \t]*(?:[A-Z][A-Za-z.’'-]*(?:[ \t]+[A-Z][A-Za-z.’'-]*){0,3}(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+\d{1,2})?)?[ \t]*"
                       r"\((?:AP|AFP|Reuters|UPI|CNN|dpa|Xinhua|Bloomberg|[A-Z]{2,6})\)"
                       r"|[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,3}(?:,[ \t]*[A-Z][\w.]*)?)[ \t]*(?:--?|[–—])[ \t]+")


def after_dateline(text: str, lo: int, hi: int) -> int:
    """Where the words of the sentence at ``lo`` start after a dateline ("Washington (AFP) – Ann Lee
    said …"): the place where a story was written is not the subject of its first sentence.
    ``lo`` itself when no dateline opens it.

    >>> text = "Washington (AFP) – Ann Lee said so."
    >>> text[after_dateline(text, 0, len(text)):]
    'Ann Lee said so.'
    >>> after_dateline("Lee said so.", 0, 12)
    0
    """
    m = _DATELINE.match(text, lo, hi)
    return m.end() if m else lo


def clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause ending at ``hi`` starts. A bracket closed before ``hi`` is skipped:
    "the Islamic State (ISIS) resides in Syria" is one clause, not "ISIS) resides in Syria".

    >>> text = "In May, the group (ISIS) said"
    >>> text[clause_start(text, 0, len(text)):]
    ' the group (ISIS) said'
    >>> text = "She drew his ire - Lee said"
    >>> text[clause_start(text, 0, len(text)):]
    ' Lee said'
    """
    clause = text[lo:hi]
    if "(" in clause:  # (no bracket, nothing to blank out)
        clause = _BRACKETED.sub(lambda m: " " * len(m.group(0)), clause)
    k = max(clause.rfind(","), clause.rfind(";"), clause.rfind(":"), clause.rfind("—"), clause.rfind("–"),
            clause.rfind("("))
    if "-" in clause:
        for m in _SPACED_HYPHEN.finditer(clause):
            k = max(k, m.end() - 2)
    return lo + k + 1 if k != -1 else lo

