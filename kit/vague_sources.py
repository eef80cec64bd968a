"""Is a vague phrase a source the article leans on? ("Some experts say …" is; "the use of anonymous
sources" and "ignored by the US media" are not.) Used by :func:`kit.sourcing.sources` for its ``role``.

    >>> t = "Critics noted the questionable nature of anonymous sources."
    >>> talks_about_sources(t, t.index("anonymous")), agent_of_deed("It was ignored by the US media.", 18)
    (True, True)
"""

from __future__ import annotations

import re

__all__ = ["talks_about_sources", "agent_of_deed", "vague_name", "outlet_group_at", "vague_groups", "group_before_cue",
           "group_and_cue", "owned_role",
           "OUTLET_GROUP_NOTE", "VAGUE_GROUP_RULE"]

#: The note of a speaker that is many news outlets taken together ("US media", "the Western press").
OUTLET_GROUP_NOTE = "a group of news outlets, none of them named"

# A verb's participle, then "by" and the source: "ignored by the US media", "blacked out by the media".
_BY_AGENT = re.compile(r"\b(\w+(?:ed|en|wn|ght))(?:\s+out|\s+up|\s+down)?\s+(?:\w+ly\s+)?by\s+(?:the\s+)?$",
                       re.IGNORECASE)


def agent_of_deed(text: str, start: int, cue_ends=None) -> bool:
    """Is the vague source at ``start`` the doer of a deed after "by" ("ignored by the US media"), so the
    article says what the group did, not what it said? A reporting word before "by" ("criticised by": its end
    is in ``cue_ends``, the ends of the article's attribution cues) keeps it a source.

    >>> t = "The story was largely ignored by the US media."
    >>> t2 = "It was denied by some experts."  # "denied" is a reporting word (a cue ending at 13)
    >>> agent_of_deed(t, t.index("US")), agent_of_deed(t2, t2.index("some"), {13}), agent_of_deed(t2, 17)
    (True, False, True)
    """
    m = _BY_AGENT.search(text, max(0, start - 60), start)
    if m is None:
        return False
    return m.end(1) not in (cue_ends or ())


#: Words for a quantity, not a noun: "one of", "some of"; "some say" names no group of people.
_QUANTITIES = ("one", "some", "none", "any", "each", "either", "neither", "several", "many", "few", "all", "most",
               "both", "two", "three", "four", "five", "half", "dozens", "hundreds", "thousands")
# "<noun> of [the] ..." just before a vague source, where the noun is not a quantity ("one of", "some of")
_ABOUT_SOURCES = re.compile(r"(?<![\w-])(?!(?:" + "|".join(_QUANTITIES) + r")\b)([a-z]{3,})\s+of\s+"
                            r"(?:the\s+|these\s+|those\s+|such\s+)?$", re.IGNORECASE)


def talks_about_sources(text: str, start: int) -> bool:
    """Does the vague source at ``start`` stand inside talk *about* sources ("the use of anonymous
    sources", "the questionable nature of anonymous sources"), so that nobody is cited?

    >>> t = "Critics noted the questionable nature of anonymous sources. One of the unnamed officials said no."
    >>> talks_about_sources(t, t.index("anonymous")), talks_about_sources(t, t.index("unnamed"))
    (True, False)
    """
    return _ABOUT_SOURCES.search(text, max(0, start - 40), start) is not None


_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")


def vague_name(text: str, start: int, end: int, source_words) -> str:
    """The vague source as the sources table names it: "anonymous" or "unnamed" alone is not a source, so the
    name runs on to the word for the source within three words ("an anonymous military-diplomatic official’s
    claims" -> "anonymous military-diplomatic official"); ``source_words`` are such words (the
    ``anonymous_words`` of data/word_sets.csv).

    >>> t = "It cited an anonymous military-diplomatic official’s claims."
    >>> vague_name(t, t.index("anonymous"), t.index("anonymous") + 9, {"official", "source"})
    'anonymous military-diplomatic official'
    """
    name, pos = text[start:end], end
    if name.lower() not in ("anonymous", "unnamed", "unidentified"):
        return name
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = re.sub(r"[’']s$", "", m.group(1))
        pos = m.start(1) + len(word)
        if word.lower() in source_words:
            return text[start:pos]
    return name


_OUTLET_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w’'-])(?:[ \t]+([a-z]+))?")


def outlet_group_at(text: str, pos: int, sets) -> int:
    """Where a word for many news outlets taken together (``outlet_group_words`` of data/word_sets.csv:
    "media", "press") ends, when it comes right after ``pos`` and is the head of its phrase: "US| media
    reported" names a vague group of outlets, not the US government. -1 when there is none, or when the word
    only describes the noun after it ("the White House| press secretary", "a US| press release").

    >>> from kit.wordsets import word_sets
    >>> t = "US media reported it. The US press secretary said so."
    >>> outlet_group_at(t, 2, word_sets()), outlet_group_at(t, t.index(" press"), word_sets())
    (8, -1)
    """
    m = _OUTLET_WORD.match(text, pos)
    if m is None or m.group(1) not in sets.outlet_group_words:
        return -1
    after = m.group(2) or ""
    nouns = sets.titles | sets.org_words | sets.message_nouns | sets.document_nouns | sets.mass_nouns \
        | sets.description_nouns
    return -1 if after in nouns or after.endswith("ing") and after != "during" else m.end(1)


#: The ``rule`` of a vague source found by a group of the list and any reporting word ("Critics slammed").
VAGUE_GROUP_RULE = "vague-group"


def vague_groups(entries, cue_forms, sets) -> dict:
    """The groups of the vague-source list that stay vague whatever reporting word they take: the first word of a
    two-word form "<group> <reporting word>" ("critics say", "officials said"; ``cue_forms`` are the forms of the
    attribution list) that is a bare plural for people or sources (kit.group_phrases.group_noun), not a word for a
    quantity ("some say", "many believe" stay as listed). ``entries`` are (entry id, term, variants); returns
    group -> the id of its entry, whose note explains the group.

    >>> from kit.wordsets import word_sets
    >>> vague_groups([(0, "critics say", "critics said"), (1, "some say", ""), (2, "it is said", "")], {"say", "said"},
    ...              word_sets())
    {'critics': 0}
    """
    from .group_phrases import group_noun
    from .lexicons import entry_forms

    groups: dict = {}
    for eid, term, variants in entries:
        for form in entry_forms(term, variants):
            words = form.lower().split()
            if len(words) == 2 and words[1] in cue_forms and words[0] not in _QUANTITIES \
                    and words[0].endswith("s") and group_noun(words[0], sets):
                groups.setdefault(words[0], eid)
    return groups


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z]+)[ \t]+$")  # the word just before a position


def group_before_cue(text: str, start: int, groups, adverbs=frozenset()) -> tuple:
    """(start, entry id) of a vague group of :func:`vague_groups` just before the reporting word at ``start``
    ("Critics| slammed", "Officials have| also warned": "have" or "had" and one adverb, a word in -ly or one of
    ``adverbs``, may stand between), or (-1, -1).

    >>> t = "Critics slammed the plan. Officials will meet. Experts have repeatedly warned."
    >>> g = {"critics": 0, "officials": 1, "experts": 2}
    >>> group_before_cue(t, 8, g), group_before_cue(t, t.index("meet"), g), group_before_cue(t, t.index("warned"), g)
    ((0, 0), (-1, -1), (47, 2))
    """
    between = ("adverb", "have")  # read backwards: "Critics have| repeatedly| slammed"
    while (m := _WORD_BEFORE.search(text, max(0, start - 30), start)) is not None:
        word = m.group(1).lower()
        if word in groups:
            return m.start(1), groups[word]
        if between and between[0] == "adverb" and (word.endswith("ly") or word in adverbs):
            between = between[1:]
        elif between and word in ("have", "has", "had"):
            between = ()
        else:
            break
        start = m.start(1)
    return -1, -1


def group_and_cue(text: str, start: int, end: int) -> str:
    """The text up to the group of a vague-group span ``text[start:end]``, then its reporting word: "have" and an
    adverb left out, so the sources table names the group as it names "officials said"
    (kit.group_phrases.vague_phrase_name).

    >>> t = "Yet US critics have long slammed it."
    >>> group_and_cue(t, t.index("critics"), t.index(" it"))
    'Yet US critics slammed'
    """
    words = text[start:end].split()
    return text[:start + len(words[0])] + " " + words[-1]


#: An owner: capitalised words, the last with "’s" or a plural's "s’" ("The Pentagon’s", "The Eagles'").
_OWNER_WORDS = re.compile(r"(?:[A-Z][\w.&-]*[ \t]+){0,2}[A-Z][\w.&-]*?(?:[’']s|s[’'])")
_ROLE_NOUN = re.compile(r"[a-z][a-z-]+")




def owned_role(words: list[str], sets) -> str:
    """The owner when the words are an owner and the person in a role of theirs: "The Eagles’ coach", "the
    Pentagon's spokesman", "Moscow's envoy" (one or two words in lower case after the owner, the last a noun).
    In English the noun after an owner is the head of its phrase: the coach speaks, for the Eagles. A message
    ("The Pentagon's statement") or a document noun of data/word_sets.csv is the owner's words, a body of the
    owner ("Russia's military", the ``owner_bodies`` set) is an organisation, and neither is a person:
    '' then, and for any other words.

    >>> from kit.wordsets import word_sets
    >>> [owned_role(p.split(), word_sets()) for p in ("The Eagles' coach", "Moscow's chief envoy", "The Kremlin's statement",
    ...                                               "It's well known")]
    ['Eagles', 'Moscow', '', '']
    """
    lead = 1 if words and words[0].lower() == "the" else 0
    for k in range(lead, min(len(words) - 1, lead + 3)):
        owner = " ".join(words[lead:k + 1])
        if not _OWNER_WORDS.fullmatch(owner):
            continue
        if re.sub(r"[’'].*$", "", words[k]).lower() in sets.stop_caps:
            return ""  # "It's well known", "That's what": "is", not an owner
        rest = words[k + 1:]
        if not 1 <= len(rest) <= 2 or not all(_ROLE_NOUN.fullmatch(w) for w in rest):
            return ""
        head = rest[-1]  # "Peskov’s aides" are staff: they speak for Peskov (kit.owned_reports.staff_owner)
        if head in sets.message_nouns | sets.document_nouns | sets.report_nouns | sets.mass_nouns | sets.org_words | sets.owner_bodies \
                or head.lower() in sets.staff_words \
                or head in sets.adverbs or head in sets.stop_caps or re.search(r"(?:ly|ing|ed)$", head):
            return ""
        return re.sub(r"(?:[’']s|[’'])$", "", owner)
    return ""
