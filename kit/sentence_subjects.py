"""The subject of the clause that holds a quotation, read from the words alone: "In May, Lee called the plan a
“disaster”" -> Lee (kit.speakers finds the speaker of one reporting word; this module the subject of a
sentence with none, or with a verb in the passive).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Tom Roe, a new chairman, was “a menace” to the party."]}), "example"))[0]
    >>> sentence_subject(art, 0, art.text.index("“"))["speaker"]
    'Tom Roe'
"""

from __future__ import annotations

import re

from .described_subjects import PREPOSITIONS, described_subject
from .group_phrases import group_noun
from .names import Article
from .passive_agents import passive_agent
from .speaker_participles import CLAUSE_OPENING_WORDS
from .speaker_phrases import (
    DETERMINERS,
    after_dateline,
    name_head,
    plain_phrase,
    pronouns,
    role_before_name,
    words_span,
)

__all__ = ["PASSIVE_COMPLEMENT", "main_subject_after_opener", "opener_subject", "opening_word", "sentence_subject", "subject_after_opening",
           "subordinate_subject"]


#: What follows the name that is a sentence's subject: its verb in lower case, perhaps after brackets, an
#: "of" and a place, an aside between commas and a time ("Ann Lee (D) of Ohio, the mayor, on Tuesday called");
#: the group ``verb`` is the verb.
_SUBJECT_VERB = re.compile(r"[’']s?\b|[ \t]*(?:\([^()]*\)[ \t]*)?(?P<of>of[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]*)?"
                           r"(?:,[^,]{1,80},[ \t]*)?"
                           r"(?:(?:on|last|this|late|early|earlier)[ \t]+(?:[A-Z][a-z]+day|week|month|year|night|"
                           r"morning|afternoon|evening)[ \t]+)?(?P<verb>[a-z][\w’'-]*)")

#: One capitalised owner right before a person's name and title: "Germany’s Chancellor Angela Merkel".
_OWNER_BEFORE = re.compile(r"[A-Z][\w.-]*[’']s?[ \t]+")

#: A pronoun and a contracted verb: "he’s", "they’re", "i’m", "we’ll", "she’d".
_CONTRACTION = re.compile(r"([a-z]+)[’'](?:s|re|m|ll|d|ve)")
_LOWER_WORD = re.compile(r"[a-z][\w’'-]*")
_QUOTE_BEFORE = re.compile(r"[“\"'‘]$")


#: A phrase of time that opens a clause: "A few minutes later", "Two days earlier", "Moments later" (the unit is one of
#: the ``duration_units`` of data/word_sets.csv).
_TIME_LATER = re.compile(r"(?:(?:[Aa][ \t]+few|[Aa][ \t]+couple[ \t]+of|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+|[Aa]n?)[ \t]+)?"
                         r"(?P<unit>[A-Za-z]+)[ \t]+(?:later|earlier|ago|before|after)\b,?")

_VERB_LIKE = re.compile(r"[a-z]{2,}(?:ed|s|ing)$|said|told|wrote")


def sentence_subject(art: Article, lo: int, hi: int) -> dict | None:
    """The subject of the clause that holds text[lo:hi]: a pronoun, a name or a description at the
    start of the sentence (or after an opening phrase ending in a comma), followed by a word in
    lower case (its verb). "In May, Lee called the plan a “disaster”" -> Lee. When text[lo:hi] ends
    in a verb in the passive whose complement starts at ``hi`` ("The deal was hailed as a “…”"), the
    subject is what the words are about: who acted is the phrase after "by" ("was hailed by Lee
    as"), else no one.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The deal was hailed as a “first step.” It was hailed by Ann Lee as a “first step.”"]}), "example"))[0]
    >>> sentence_subject(art, 0, art.text.index("“")) is None
    True
    >>> sentence_subject(art, 38, art.text.rindex("“"))["speaker"]
    'Ann Lee'
    """
    found = _clause_subject(art, lo, hi)
    if found is None or found.get("end", hi) > hi:
        return found
    m = PASSIVE_COMPLEMENT.match(art.text, found["end"], hi) if hi < len(art.text) and art.text[hi] in "“\"‘'" \
        else None
    if m is None or m.group("part").lower() in _NOT_PASSIVE or m.end() != hi:
        return found
    if m.group("by") is None:
        return None
    by = m.start("agent")
    return passive_agent(art, by, m.end("agent"), cut=False)


#: After a subject: a verb in the passive ("was hailed", "has been widely described", ", hailed") whose
#: complement is what follows ("as a", "a", "in Moscow as the", ", “…”"), perhaps with who acted ("by Lee as").
PASSIVE_COMPLEMENT = re.compile(
    r"(?:[ \t]+(?:(?:has|have|had|will|would|could|may|might|must|should|can)[ \t]+)?(?:is|are|was|were|be|been|being)"
    r"[ \t]+|[ \t]*,[ \t]*)(?:(?:been|being|[a-z]+ly|also|not|now|never|still|once|often|even)[ \t]+){0,2}"
    r"(?P<part>[a-z]+(?:ed|en)|seen|known|thought|held|told|made|sold|put|cast|hit)"
    r"(?:[ \t]+(?:in|at|on|across|around)[ \t]+[^,;:“”\"()\n]{1,40}?(?=[ \t]+(?:as|by)\b))?"
    r"(?P<by>[ \t]+by[ \t]+(?P<agent>[^,;:“”\"()\n]{1,60}?))?"
    r"(?:[ \t]+as)?(?:[ \t]+(?:an?|the|its|their|his|her|one|some))?[ \t]*[,:]?[ \t]*$")
#: Words in "-ed" or "-en" after a form of "be" that are no verb in the passive here.
_NOT_PASSIVE = frozenset("need speed greed creed seed red open often even sudden seven eleven ten".split())


#: A reflexive pronoun that opens a description set off by commas: "Roe, herself a Lee supporter, …".
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})


def _clause_subject(art: Article, lo: int, hi: int) -> dict | None:
    """The subject of :func:`sentence_subject` as the words read, whatever the voice of its verb.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "In May, Gen. Ann Lee called the plan a disaster."]}), "example"))[0]
    >>> sentence_subject(art, 0, 40)["speaker"]
    'Ann Lee'
    """
    text = art.text
    sent = art.sentence_at(lo)
    if sent is not None and sent[1] < lo and sent[2] >= hi:
        lo = sent[1]  # from the start of the sentence, also when an earlier quotation is in it
    lo = after_dateline(text, lo, hi)  # "Washington (AFP) – Ann Lee has …": not the place
    starts = [lo] + [lo + m.end() for m in re.finditer(r"[,;]\s*", text[lo:hi])]
    for p in reversed(starts[-4:] if len(starts) > 4 else starts):  # the clause nearest the quotation first
        words = words_span(text, p, hi)
        if p > starts[0] and words and words[0].group(0).lower() in _REFLEXIVES:
            continue  # "Ann Roe, herself a Lee supporter, drew boos": a description of the subject before it
        while words and words[0].group(0).lower() in art.sets.adverbs:
            words.pop(0)
        later = _TIME_LATER.match(text, words[0].start()) if words else None
        if later is not None and later.group("unit").lower().rstrip("s") in {u.rstrip("s") for u in art.sets.duration_units}:
            words = [w for w in words if w.start() >= later.end()]  # "A few minutes later they reversed": not "A few"
        if len(words) < 2:
            continue
        first = words[0].group(0)
        low = first.lower()
        short = _CONTRACTION.fullmatch(low)
        if short and short.group(1) in pronouns(art.sets) - {"it"} and p == starts[0] \
                and _LOWER_WORD.fullmatch(words[1].group(0)) and not _QUOTE_BEFORE.search(text, 0, words[0].start()):
            ws = words[0].start()  # "He’s predicting he will do “very well”": the pronoun before the contraction
            return plain_phrase(art, ws, ws + len(short.group(1)), "subject")
        if low in pronouns(art.sets):
            if re.fullmatch(r"[a-z][\w’'-]*", words[1].group(0)) and text[words[0].end():words[1].start()].isspace():
                return plain_phrase(art, words[0].start(), words[0].end(), "subject")
            continue
        if low in ("who", "which"):
            continue
        found = name_head(art, words[0].start(), hi)
        if found is not None and found["type"] == "named person" and " " not in found["text"].strip() \
                and not art.knows_person(found["speaker"]):
            found = None  # one capitalised word not known as a name: "Good information can ..."
        if found is not None and (found["start"] == words[0].start()
                                  or role_before_name(text[words[0].start():found["start"]], art.sets)
                                  or found["type"] == "named person"
                                  and _OWNER_BEFORE.fullmatch(text, words[0].start(), found["start"])):
            after = _SUBJECT_VERB.match(text[found["end"]:hi])
            if after and after.group("of") and not (found["type"] == "named person" and " " in found["text"].strip()):
                after = None  # "of Maryland" only after a person's full name: "Senator Ben Cardin of Maryland"
            if after and after.group("verb") and after.group("verb") not in ("of", "and", "or", "for", "in", "at", "on"):
                return found
            continue
        # a description: "the campaign projects that", "most voters have said"
        k = 1
        while k < len(words) and not (words[k].group(0) in art.sets.adverbs or k > 1 and (
                _VERB_LIKE.match(words[k].group(0)) or words[k].group(0) in art.sets.past_forms
                or words[k].group(0) in art.sets.auxiliaries) and not (
                    words[k - 1].group(0) in PREPOSITIONS and group_noun(words[k].group(0), art.sets))):
            k += 1  # "The billionaire businessman began by …"; not "a group of voters": people after "of"
        if k < len(words) and k <= 6 and low in DETERMINERS | {"a", "an"} \
                and re.fullmatch(r"[\w\s’'-]*", text[words[0].start():words[k - 1].end()]):
            plain = plain_phrase(art, words[0].start(), words[k - 1].end(), "subject")
            kinds = ("anonymous", "description", "organisation") if low == "the" else ("anonymous", "description")
            if plain and plain["type"] in kinds and not plain["text"].endswith("ly"):  # "The council voted"
                if p > starts[0] and re.match(r"[ \t]*,", text[plain["end"]:hi]):
                    continue  # "Roe, a new chairman, was": a description set off by commas after the subject
                    # describes it (an appositive); the subject stands before it
                named = found is not None and found["end"] == plain["end"] and plain["type"] == "organisation"
                return found if named else plain  # "The Pentagon": the name, as in the sentence's other rows
    return None


def opening_word(art: Article, found: dict) -> bool:
    """Is the name found one capitalised word that opens its sentence before a colon or before a comma and a clause
    with a subject of its own ("Likewise, a paper from …", "However, he …", "Meanwhile: “…”"), and that the article
    does not know as a person (named with a first name or a title)? Such a word is an adverb that links the sentence
    to the one before, never a speaker. A word followed by an aside and its verb is the subject ("Democrats,
    historically, have …"), as is a name with a description set off by commas ("Kelly, a nurse, said").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Likewise, a group of voters had this to say: “No.”"
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> opening_word(art, {"start": 0, "end": 8, "text": "Likewise", "speaker": "Likewise", "type": "named person"})
    True
    """
    start, end = found.get("start", -1), found.get("end", -1)
    sent = art.sentence_at(start) if start >= 0 else None
    text, sets = art.text, art.sets
    if sent is None or found.get("type") != "named person" or " " in found.get("text", "").strip() \
            or text[end:end + 1] not in (",", ":") or text[sent[1]:start].strip(" \t\n“\"‘'"):
        return False
    if found["text"].lower() in sets.adverbs:
        return True
    if art.knows_person(found.get("speaker", "")):
        return False
    if text[end] == ":":
        return True
    first = _FIRST_WORD.match(text, end + 1, sent[2])
    if first is None or not (first.group(1)[0].isupper() or first.group(1).lower() in DETERMINERS | {"a", "an"}
                             or first.group(1).lower() in pronouns(sets)):
        return False  # "Democrats, historically, have …": no subject of its own after the comma
    aside = _APPOSITIVE.match(text, end + 1, sent[2])
    verb = aside.group(1) if aside else ""
    return not (verb in sets.auxiliaries or verb in sets.past_forms or _VERB_LIKE.match(verb))


#: The first word after a comma; a phrase up to the next comma and the word after it ("Kelly, a nurse, said").
_FIRST_WORD = re.compile(r"[ \t]*([\w’'-]+)")
_APPOSITIVE = re.compile(r"[^,;:.“”\"]{1,60},[ \t]*([a-z]+)")


def subject_after_opening(art: Article, pos: int, hi: int) -> dict | None:
    """The subject of the main clause that follows an opening phrase ending in a comma after ``pos`` (up to
    ``hi``, the end of the sentence): "Noting that both Reed and Lee faced the press, Ann Cole put her finger on
    it" -> Ann Cole. An "-ing" phrase that opens a sentence has no subject of its own; it shares the one of the
    clause after it, not a name inside it ("Reed"). The first comma after which a name, a pronoun or a
    description stands before a verb in lower case ends the opening phrase; None when there is none.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Noting that Reed and Lee faced the press, Ann Cole put her finger on it."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> subject_after_opening(art, 0, len(t))["speaker"]
    'Ann Cole'
    """
    text = art.text
    for m in re.finditer(r",[ \t]*", text[pos:hi]):
        p = pos + m.end()
        if text.count("“", pos, p) != text.count("”", pos, p) or text.count('"', pos, p) % 2:
            continue  # a comma inside a quotation
        found = _clause_subject_at(art, p, hi)
        if found is not None:
            return found
    return None


def _clause_subject_at(art: Article, p: int, hi: int) -> dict | None:
    """A name, a pronoun or a description right at ``p`` that a verb in lower case follows."""
    text = art.text
    words = words_span(text, p, hi)
    if len(words) < 2:
        return None
    first = words[0].group(0)
    if first.lower() in pronouns(art.sets) - {"it"}:
        return plain_phrase(art, words[0].start(), words[0].end(), "subject") \
            if _LOWER_WORD.fullmatch(words[1].group(0)) and text[words[0].end():words[1].start()].isspace() else None
    found = name_head(art, p, hi)
    if found is None or found["start"] != words[0].start() or found["type"] not in ("named person", "organisation",
                                                                                   "media outlet"):
        return None
    after = _SUBJECT_VERB.match(text[found["end"]:hi])
    if after and after.group("verb") and not after.group("of") \
            and after.group("verb") not in ("of", "and", "or", "for", "in", "at", "on", "to", "who", "which"):
        return found
    return None


#: CLAUSE_OPENING_WORDS as a regex alternation, and with either case of its first letter (a sentence's first word).
_OPENING_WORDS = "|".join(CLAUSE_OPENING_WORDS)
_OPENING_WORDS_CAPITAL = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in CLAUSE_OPENING_WORDS)
#: A word that opens a subordinate clause, then its subject: "when the board report was finalized and denied".
_SUBORDINATE_OPEN = re.compile(rf"\b(?:{_OPENING_WORDS})[ \t]+")


def subordinate_subject(art: Article, lo: int, hi: int) -> dict | None:
    """The subject of the last subordinate clause in text[lo:hi] when that clause runs on to ``hi`` with no comma
    ("That forecast looked right when the board report was finalized and" -> "the board report"): a verb after
    "and" at ``hi`` shares it. A name, a pronoun, or a description opened by "the", "a" or the like, up to its
    verb (a helping verb, an irregular past form or a word in -ed). None when there is no such clause.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "It looked right when the board report was finalized and denied the change."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> subordinate_subject(art, 0, t.index(" and"))["text"]
    'the board report'
    """
    text = art.text
    m = max(_SUBORDINATE_OPEN.finditer(text, lo, hi), key=lambda x: x.start(), default=None)
    if m is None or re.search(r"[,;:“”\"]", text[m.end():hi]):
        return None
    found = _clause_subject_at(art, m.end(), hi)
    if found is not None:
        return found
    words = words_span(text, m.end(), hi)
    if len(words) < 3 or words[0].group(0).lower() not in DETERMINERS | {"a", "an"}:
        return None
    sets = art.sets
    for k, w in enumerate(words[1:6], start=1):
        low = w.group(0).lower()
        if low in sets.auxiliaries or low in sets.past_forms or k > 1 and re.fullmatch(r"[a-z]{3,}ed", low):
            plain = plain_phrase(art, words[0].start(), words[k - 1].end(), "subject")
            return plain if plain is not None and plain["type"] in ("anonymous", "description", "organisation") else None
        if not re.fullmatch(r"[a-z][a-z’'-]*", low):
            return None
    return None


#: A word inside a sentence that opens a clause of time, reason or contrast: " when ", " after ", " as " (not "such
#: as", "as well as", "as many as": a comparison, no clause).
_CLAUSE_OPENER = re.compile(rf"[ \t](?:{_OPENING_WORDS})[ \t]+")
#: The words before "as" that make it a comparison: "such as", "as well as", "as many as".
_COMPARISON_BEFORE = re.compile(r"(?:[Ss]uch|[Ww]ell|[Mm]any|[Mm]uch|[Ll]ong|[Ss]ame|[Ss]oon)$")
#: What may stand between the subject of that clause and its verb: a phrase of place or time ("in his speech", "on
#: Saturday"), then helping verbs and adverbs ("had", "also", "later").
_TO_VERB = re.compile(r"(?:[ \t]+(?:in|on|at|during|from|of|with)[ \t]+(?:[\w’'.-]+[ \t]+){0,3}?[\w’'.-]+)?[ \t]*"
                      r"(?:(?:had|has|have|was|were|is|are|also|then|later|again|first|publicly|reportedly|just|once|"
                      r"recently|repeatedly)[ \t]+)*$")


def opener_subject(art: Article, lo: int, hi: int) -> dict | None:
    """The subject of a verb at ``hi`` that stands in a clause opened by "when", "after", "as", "because" … inside
    the sentence: "Mattis left the room when a Kremlin aide said" -> the Kremlin aide, not Mattis. The clause has a
    subject of its own, right after the word that opens it (a name, perhaps after "the", or a described source), then
    perhaps a phrase of place or time ("when Lavrov in his speech called") or one aside between commas ("after
    Lavrov, asked about it, said"); no other comma. None when no such clause holds the verb, after "as" in a
    comparison ("as much … as"), or when only a noun phrase stands before the word ("the turmoil after the vote").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Mattis left the room after Lavrov in his speech called"
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> opener_subject(art, 0, len(t) - len("called"))["text"]
    'Lavrov'
    """
    text = art.text
    m = max(_CLAUSE_OPENER.finditer(text, max(lo, hi - 120), hi), key=lambda x: x.start(), default=None)
    if m is None or re.search(r"[;:“”\"()\n]", text[m.start():hi]) or text.count(",", m.start(), hi) not in (0, 2):
        return None
    if m.group(0).strip() == "as" and (_COMPARISON_BEFORE.search(text, max(lo, m.start() - 5), m.start())
                                       or re.search(r"\bas[ \t]", text[max(lo, m.start() - 60):m.start()])):
        return None  # "as much a fixture of rallies as the chants": a comparison, not a clause
    head = re.split(r"\b(?:that|which|who)\b|[,;:]", text[max(lo, m.start() - 120):m.start()])[-1].split()
    if head and head[0].lower() in DETERMINERS | {"a", "an"} and not any(
            w.lower() in art.sets.auxiliaries or w.lower() in art.sets.past_forms or w.endswith("ed") for w in head):
        return None  # "that the turmoil after the vote underscores": a noun and a phrase, no clause before
    at = m.end() + (4 if text.startswith("the ", m.end()) else 0)
    for c in art.candidates(m.end(), hi):
        if c["start"] in (m.end(), at) and c["type"] in _CLAUSE_SUBJECTS and _reaches_verb(text, c["end"], hi):
            return c
    found = described_subject(art, m.end(), hi)
    if found is not None and found.get("start") == m.end() and _reaches_verb(text, found["end"], hi) \
            and found["text"].split()[-1].lower() not in DETERMINERS | {"a", "an"}:
        return found
    return None


#: An aside between commas right after a subject: ", asked about the deaths," / ", in response to the charge,".
_ASIDE = re.compile(r",[^,]{1,120},")


def _reaches_verb(text: str, end: int, hi: int) -> bool:
    """Do the words from a subject's ``end`` reach its verb at ``hi``, perhaps past one aside between commas?"""
    aside = _ASIDE.match(text, end, hi)
    return _TO_VERB.match(text, aside.end() if aside else end, hi) is not None and (
        aside is not None or "," not in text[end:hi])


#: The kinds of subject :func:`opener_subject` reads.
_CLAUSE_SUBJECTS = ("named person", "organisation", "media outlet", "government", "military", "anonymous")


#: A clause of time, reason or contrast opening a sentence: "When Lavrov spoke", "As the convoy left Raqqa".
_OPENING_CLAUSE = re.compile(rf"(?:{_OPENING_WORDS_CAPITAL})[ \t]+(?!of\b|for\b|well\b|part\b|a[ \t]+result\b)")


def main_subject_after_opener(art: Article, lo: int, hi: int) -> dict | None:
    """The subject of the verb at ``hi`` when a clause of time or reason opens the sentence at ``lo`` with no comma
    after it: "When Lavrov spoke Mattis said" -> Mattis, not Lavrov (the opening clause's subject is its own). The
    subject stands right before the verb: a name (not the one that opens the clause), or a description opened by
    "the", "a" or "an" ("As the convoy left Raqqa the SDF commander said"). None when the sentence opens otherwise,
    or a comma or quotation mark stands between (the rules for those read it).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "When Lavrov spoke Mattis said"
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> main_subject_after_opener(art, 0, t.index(" said"))["text"]
    'Mattis'
    """
    text = art.text
    m = _OPENING_CLAUSE.match(text, lo, hi)
    if m is None or re.search(r"[,;:“”\"()\n—–]", text[lo:hi]):
        return None
    for c in reversed(art.candidates(m.end(), hi)):
        if c["start"] > m.end() + 4 and c["type"] in _CLAUSE_SUBJECTS and _TO_VERB.match(text, c["end"], hi):
            return c  # "When Lavrov spoke Mattis said" (not "When Lavrov said": that clause's own verb)
    words = words_span(text, m.end(), hi)
    for k in range(len(words) - 2, max(1, len(words) - 6), -1):
        if words[k].group(0).lower() in ("the", "a", "an"):
            found = plain_phrase(art, words[k].start(), hi, "subject") or described_subject(art, words[k].start(), hi)
            if found is not None and found.get("type") in ("anonymous", "description", "organisation") \
                    and found.get("start") == words[k].start():
                return found  # "As the convoy left Raqqa the SDF commander said"
            return None
    return None
