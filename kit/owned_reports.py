"""Owned reports: quoted words inside someone's claim, warning or statement are the owner's ("Lee's claim that …").

A noun that reports words (the ``report_nouns`` and ``message_nouns`` of data/word_sets.csv: "claim",
"warning", "statement", "accusation", "tweet") with an owner before it ("Trump's", "the Kremlin's", "her") holds
what the owner said: in "the Kremlin's claim that the base was “closed for good”" the quoted words are the
Kremlin's, as in "the Kremlin claimed that …". The owner is who speaks, not the subject of the sentence
("Lee mocked the Pentagon's claim that …": the Pentagon's words).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Lee mocked the Pentagon’s claim that the base was “closed for good.”"
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> report_owner(art, 0, t.index("“"))["speaker"]
    'Pentagon'
"""

from __future__ import annotations

import functools
import re

from .names import Article
from .sentence_subjects import sentence_subject
from .speech_cues import is_speech_cue
from .wordsets import WordSets

__all__ = ["report_owner", "staff_owner"]

#: A possessive pronoun as an owner, and the pronoun that stands for the same person or group.
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


#: Where a noun phrase is the subject of its clause: the start of the text searched, or after "that" or a comma.
_SUBJECT_PLACE = re.compile(r"(?:^|\bthat|[,;])[ \t]*(?:the[ \t]+)?$")
#: Small words that never stand between an owner and its noun ("Lee's spokeswoman challenged the claim": not Lee's
#: claim): determiners, owners, "to", "and", "of".
_NOT_MODIFIERS = r"(?:the|a|an|this|that|these|those|his|her|their|its|our|to|and|or|of|by|for|with)"


@functools.lru_cache(maxsize=8)
def _owned_noun(sets: WordSets) -> re.Pattern:
    """An owner ("Ann Lee's", "the Kremlin’s", "his"), up to three words in small letters ("recent
    evidence-free"), a noun of report or message, a short phrase of time or place ("on Wednesday", "during the
    debate") and "that", "of" or "about", at the end of the text searched."""
    nouns = "|".join(sorted((re.escape(w) for w in sets.report_nouns | sets.message_nouns), key=len, reverse=True))
    return re.compile(
        r"(?:(?<![\w’'])(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<name>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.-]*)[’'](?:s|(?<=s[’']))?)"
        rf"[ \t]+(?:(?!{_NOT_MODIFIERS}[ \t])[a-z][\w-]*[ \t]+){{0,3}}?(?P<noun>{nouns})"
        r"(?:[ \t]+(?:on|in|at|during|before|last|this|earlier)[ \t]+[^,;:.!?“”\"()\n]{1,40}?)?"
        r"[ \t]+(?P<link>that|of|about)[ \t]+(?P<words>[^.;:!?“”\"()\n]{0,120})$")


def report_owner(art: Article, lo: int, o: int) -> dict | None:
    """The owner of the noun of report whose words run from its "that", "of" or "about" to a quotation opened at
    ``o`` (searched in text[lo:o], one sentence): a person, a group or an outlet named, or a possessive pronoun
    ("his", linked to a name as "he" would be; the named subject of its clause when the pronoun stands for it:
    "Ann Lee repeated her warning" -> Ann Lee). None when no such noun stands before the quotation, when more
    than twelve words or another reporting word stand between ("Lee's claim that Roe said “…”": Roe's words), or
    when the owner is not read as a name.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Ann Lee repeated her warning on Monday that the deal was “a trap.” Lee's view that it was “bad” stood."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> report_owner(art, 0, t.index("“"))["text"], report_owner(art, 67, t.rindex("“"))
    ('Ann Lee', None)
    """
    text = art.text
    m = _owned_noun(art.sets).search(text, max(lo, o - 220), o)
    if m is None or len(m.group("words").split()) > 12:
        return None
    if any(is_speech_cue(art, c) for c in art.cues_in(m.start("words"), o) if c[1] <= o):
        return None  # "Lee's claim that Roe said “…”": the inner report names who spoke
    own = m.start("pron") if m.group("pron") else m.start("name")
    helpers = [w for w in m.group("words").lower().split() if w in art.sets.auxiliaries]
    if len(helpers) >= 2 and _SUBJECT_PLACE.search(text, max(lo, own - 12), own):
        return None  # "said that Rubio's claim that Cruz is in favor of it is “not true”": the claim's own verb
    if re.search(r"(?:^|\s)as\s*$", m.group("words")):
        return None  # "describing Obama's statement that he opposed the war as “a fairy tale”": what it was called
    if m.group("pron"):
        return _pronoun_owner(art, lo, m.start("pron"), m.end("pron"))
    ns, ne = m.start("name"), m.end("name")
    the = text.rfind("the", max(0, ns - 4), ns)
    cands = [c for c in art.candidates(the if the != -1 and not text[the + 3:ns].strip() else ns, ne)
             if c["end"] == ne and c["type"] in ("named person", "organisation", "media outlet")]
    return cands[-1] if cands else None


#: The owners a possessive pronoun can stand for, by the kind of name: "his"/"her" a person, "its" a group.
_PRONOUN_OWNS = {"his": ("named person",), "her": ("named person",), "its": ("organisation", "media outlet")}


def _pronoun_owner(art: Article, lo: int, ps: int, pe: int) -> dict:
    """The owner a possessive pronoun at text[ps:pe] stands for: the named subject of its clause when it agrees and
    no other name stands between ("De Blasio repeated his claim that …" -> De Blasio), else the pronoun itself,
    linked to a name as "he" would be (``pronoun``: the pronoun of the same person)."""
    word = art.text[ps:pe]
    subject = sentence_subject(art, lo, ps)
    kinds = _PRONOUN_OWNS.get(word.lower(), ())
    if subject is not None and subject.get("type") in kinds and subject.get("end", pe) <= ps \
            and not [c for c in art.candidates(subject["end"], ps) if c["start"] >= subject["end"]]:
        return subject  # the same owner, by name: the subject that does what the noun names
    return {"start": ps, "end": pe, "text": word, "speaker": "", "type": "pronoun", "gaz_type": "",
            "pronoun": _OWNER_PRONOUNS[word.lower()]}


#: A name, then its possessive ("Ann Lee's", "the Kremlin’s"), at the start of a described source.
_POSSESSIVE_OWNER = re.compile(r"(?:[Tt]he[ \t]+)?(?P<name>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.-]*)[’'](?:s|(?<=s[’']))?[ \t]+")
#: "to" or "close to" after the word for the staff, then the owner: "aides to Lee", "advisers close to the Kremlin".
_TO_OWNER = re.compile(r"[ \t]+(?:(?:very[ \t]+)?close[ \t]+)?to[ \t]+(?:the[ \t]+)?")
#: The kinds of name that have staff to speak for them.
_OWNER_KINDS = ("named person", "organisation", "media outlet")


def staff_owner(art: Article, found: dict | None) -> dict | None:
    """The person or body that a described source of staff speaks for: "Ann Lee's aides", "aides to Lavrov",
    "advisers close to the Kremlin" (a word of the ``staff_words`` set of data/word_sets.csv, with its owner
    before it or after "to" or "close to") speak for Lee, Lavrov, the Kremlin, as "Lee's office" does. Any
    other ``found`` (a source of no one's staff: "critics of the Pentagon", "aides", "officials close to the
    Kremlin") comes back as it is.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Aides close to the Kremlin said so."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> staff_owner(art, {"start": 0, "end": 26, "text": t[:26], "type": "anonymous"})["text"]
    'the Kremlin'
    """
    if not found or found.get("type") != "anonymous" or "start" not in found:
        return found
    text, s, e = art.text, found["start"], found["end"]
    words = list(re.finditer(r"[\w’'.-]+", text[s:e]))
    staff = [w for w in words if w.group(0).lower() in art.sets.staff_words]
    if not staff:
        return found
    noun = staff[0]
    owner = None
    m = _POSSESSIVE_OWNER.match(text, s, s + noun.start())
    if m is not None and m.end() == s + noun.start():
        owner = (m.start(), m.end("name"))  # "Ann Lee's aides", "the Kremlin's advisers"
    else:
        to = _TO_OWNER.match(text, s + noun.end(), e)
        if to is not None and len(staff) == 1:
            owner = (s + noun.end(), e)  # "aides to Lavrov", "advisers close to the Pentagon"
    if owner is None:
        return found
    cands = [c for c in art.candidates(*owner) if c["type"] in _OWNER_KINDS and c["end"] == owner[1]]
    return cands[-1] if cands else found
