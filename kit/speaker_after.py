"""The speaker after a reporting word: "said Gen. Ann Lee", "according to the BBC", "by a source close to him".

kit.speakers decides where the speaker of a reporting word stands; when it stands after the word (a
quotation first, then "said" and the speaker; "according to"; a passive with "by"), the functions here read it.

    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> import pandas as pd
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "“The road is closed,” said Gen. Ann Lee."]}), "example"))[0]
    >>> speaker_after(art, art.cues[0][1], len(art.text), immediate=True)["speaker"]
    'Ann Lee'
"""

from __future__ import annotations

import re

from .clause_subjects import made_by_pattern
from .names import WORD, Article, is_abbreviation
from .speaker_phrases import (
    DETERMINERS,
    appositive_name,
    name_head,
    pick_speaker,
    plain_phrase,
    pronouns,
    words_span,
)

__all__ = ["PREPOSITIONS_AFTER", "described_closing", "described_object", "listener_dropped", "speaker_after"]


def described_object(art: Article, lo: int, hi: int) -> dict | None:
    """A source described, not named, right after the reporting word: "said a source close to the
    campaign" -> "a source", "wrote the authors of the report" -> "the authors", "according to people close to
    the mayor" -> "people".

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "“It is shut,” said a source close to the mayor."]}), "example"))[0]
    >>> described_object(art, art.cues[0][1], len(art.text))["text"]
    'a source'
    """
    words = words_span(art.text, lo, hi)
    if words and words[0].group(0) in art.sets.anonymous_words and (len(words) == 1 or words[1].group(0) in PREPOSITIONS_AFTER):
        # "according to someone in attendance", "people close to the mayor": the source, then what it is close to
        return plain_phrase(art, words[0].start(), words[0].end(), "object")
    if not words or words[0].group(0).lower() not in DETERMINERS | _COUNTS and not words[0].group(0).isdigit():
        return None  # "a source", "the authors", "two aides", "3 officials"
    k = 1
    if len(words) > 2 and words[1].group(0) == "of" and words[0].group(0).lower() in _PARTITIVES | _COUNTS:
        k = 2  # "one of those advisers", "some of the aides"
    while k < len(words) and k < 7 and (re.fullmatch(r"(?:\d+-)?[a-z][a-z’'-]*", words[k].group(0))
                                        or words[k].group(0).lower() in art.sets.demonyms) \
            and words[k].group(0) not in PREPOSITIONS_AFTER:
        k += 1  # "said a senior Russian official": a nationality word belongs to the description
    if k < 2:
        return None
    if k < len(words) and words[k].group(0) in ("from", "by") and re.sub(r"s$", "", words[k - 1].group(0).lower()) \
            in art.sets.message_nouns | art.sets.document_nouns:
        named = name_head(art, words[k].end(), hi) or plain_phrase(art, words[k].end(), hi, "object")
        if named is not None and named["type"] != "pronoun":
            return named  # "said the statement from Moscow": a message speaks for who sent it, as before the verb
    return plain_phrase(art, words[0].start(), words[k - 1].end(), "object")


def described_closing(art: Article, cue, hi: int) -> dict | None:
    """A source described, not named, after "said" that follows a comma and closes the sentence: "The plan
    will fail, said the head of the council." -> "the head" (as "said the head of the Kremlin" names the Kremlin's
    head). Only "said", "says", "added" or "wrote" turn round so; None otherwise.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The plan will fail, said the head of the council."]}), "example"))[0]
    >>> described_closing(art, art.cues[0], len(art.text))["text"]
    'the head'
    """
    text, (s, e) = art.text, cue[:2]
    sent = art.sentence_at(s)
    if sent is None or text[s:e].lower() not in ("said", "says", "added", "wrote") \
            or not text[sent[1]:s].rstrip().endswith(",") or text[sent[1]:s].count(",") > 1:
        return None
    m = _CLOSING_DESCRIPTION.fullmatch(text, e, min(hi, sent[2]))
    return described_object(art, e, m.end("words")) if m else None


#: A description that closes the sentence after the reporting word: " the head of the city council."
_CLOSING_DESCRIPTION = re.compile(r"[ \t]+(?P<words>(?:the|a|an)[ \t][a-z][^,;:“”\"()\n.!?]{1,80}?)[ \t]*[.!?]?[ \t\n]*")


#: Words that open a description as "a" does: "a source", "two aides", "dozens of officials".
_COUNTS = frozenset({"a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                     "hundreds"})

#: Words that name a part of a group before "of": "one of those advisers", "some of the aides".
_PARTITIVES = frozenset({"one", "some", "many", "most", "several", "two", "three", "each", "none", "few", "all"})

#: Words that end a description after a reporting word: "a source close to", "an aide who".
PREPOSITIONS_AFTER = frozenset({"who", "that", "which", "close", "to", "of", "in", "at", "on", "with", "for",
                                 "from", "familiar", "speaking", "said", "says", "told", "and", "but", "by"})


_SHORT_QUOTED_NAME = re.compile(r"(?<=[\w.]) [“\"][A-Z][^”\"\n]{0,20}[”\"](?= [A-Z])")  # read by speaker_after
_FULL_STOP = re.compile(r"\.(?=\s|$)")  # read by speaker_after
_COMMA_THEN_WORDS = re.compile(r",\s*([^,;:]+)")  # read by speaker_after
_COMMA_THEN_PLAIN_WORDS = re.compile(r",\s*([^,;:!?“”\"(]+)")  # read by speaker_after


def speaker_after(art: Article, lo: int, hi: int, immediate: bool = False, described: bool = False) -> dict | None:
    """The speaker right after a cue: "said Gerasimov", "according to U.S. News", "by the BBC". With
    ``immediate`` it must stand right after the cue ("“…,” said Lee"); with ``described`` a source described,
    not named, counts too (:func:`described_object`).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The road is shut, according to the BBC."]}), "example"))[0]
    >>> speaker_after(art, art.cues[0][1], len(art.text))["speaker"]
    'BBC'
    """
    text = art.text
    seg = text[lo:hi]
    stop = len(seg)
    # a nickname inside a name is not the start of a quotation: Gen. James “Mad Dog” Mattis
    masked = _SHORT_QUOTED_NAME.sub(lambda m: " " + "x" * (len(m.group(0)) - 1), seg)
    for ch in ",;:!?“”\"(":
        k = masked.find(ch)
        if k != -1:
            stop = min(stop, k)
    for m in _FULL_STOP.finditer(seg):
        before = seg[:m.start()].split()
        last = before[-1] if before else ""
        if is_abbreviation(last + "."):
            continue  # an abbreviation ("Gen.", "U.S.")
        stop = min(stop, m.start())
        break
    access = _ACCESS_BY.search(seg, 0, stop)
    head = WORD.findall(seg[:access.start()])[-1:] if access else []
    if head and head[0].lower().strip("’'") in art.sets.anonymous_words | art.sets.document_nouns:
        stop = access.start()  # "according to documents seen by this newspaper": the documents speak, not the paper
    hi2 = lo + stop
    if immediate:
        found = name_head(art, lo, hi2) or _role_then_name(art, lo, hi2) or _two_roles_then_name(art, lo, hi2)
        if found is None and seg[stop:stop + 1] == ",":
            # “...,” said the group’s leader, Ali Musa.
            m = _COMMA_THEN_PLAIN_WORDS.match(seg[stop:])
            if m:
                found = appositive_name(art, lo + stop + m.start(1), lo + stop + m.end(1), lo, hi2)
        if found is None:
            plain = plain_phrase(art, lo, hi2, "object")
            found = plain if plain and plain["type"] == "pronoun" else None
        if found is None and described:
            found = described_object(art, lo, hi2)
        return found
    cands = art.candidates(lo, hi2)
    words = [w.lower() for w in WORD.findall(seg[:stop])]
    first_cand = cands[0]["start"] if cands else hi2
    role_first = any(w in art.sets.description_nouns for w in WORD.findall(text[lo:first_cand].lower()))
    if seg[stop:stop + 1] == "," and (role_first or not cands):
        # "by the former spokesman of the SDF, Talal Silo, who ..."
        m = _COMMA_THEN_WORDS.match(seg[stop:])
        if m:
            more = art.candidates(lo + stop + m.start(1), lo + stop + m.end(1))
            if more and more[0]["type"] == "named person" and \
                    not text[more[0]["end"]:lo + stop + m.end(1)].strip(" \t.’'"):
                return more[0]  # the name is the whole part between commas (not "the results, Clinton leads")
    if words and words[-1].strip("’'") in art.sets.anonymous_words:
        plain = plain_phrase(art, lo, hi2, "object")  # "top US officials", "Western sources"
        if plain:
            return plain
    found = name_head(art, lo, hi2) or pick_speaker(cands)
    if found:
        return found
    found = plain_phrase(art, lo, hi2, "object")
    made_by = None if found else made_by_pattern(art.sets).match(seg, 0, stop)
    if made_by:  # "according to a survey by the council", "data from the ministry": who made it speaks
        return plain_phrase(art, lo + made_by.end(), hi2, "object")
    return found


#: A participle of access after the source: who saw or obtained the documents is not who speaks through them.
_ACCESS_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed|examined|acquired)\s+by\s")


def _role_then_name(art: Article, lo: int, hi: int) -> dict | None:
    """A person named after a role in lower case, right after the reporting word, up to the end of the
    clause: “…,” said master of ceremonies Asab Tabchi, a … -- English puts the subject there. The
    role holds no function word bar "of", no pronoun and no verb form ("said he would call Lee")."""
    people = [c for c in art.candidates(lo, hi) if c["type"] == "named person"]
    if len(people) != 1 or art.text[people[0]["end"]:hi].strip(" \t.’'"):
        return None
    if not _ROLE_WORDS.fullmatch(art.text, lo, people[0]["start"]):
        return None
    sets = art.sets
    for w in art.text[lo:people[0]["start"]].split():
        if w != "of" and (w in sets.stop_caps or w in pronouns(sets) or w in sets.adverbs
                          or re.search(r"(?:ly|ed|ing)$", w)):
            return None  # "said he would work with Lee": a clause, not a role
    return people[0]


#: Up to four words in lower case and nothing else: a role before a name ("master of ceremonies").
_ROLE_WORDS = re.compile(r"\s*(?:[a-z][a-z’'-]*\s+){1,4}")


def _two_roles_then_name(art: Article, lo: int, hi: int) -> dict | None:
    """A person named after two roles joined by "and", right after the reporting word, up to the end of the
    clause: “…,” said former Ohio Gov. and party Chairman Ed Rendt. -- one person who held both roles, as in
    :func:`_role_then_name`; each role may hold titles and names in capitals ("Ohio Gov."). Not a list of
    people ("said Lee and Ed Rendt": two names, each a candidate), not a time ("said Sunday and …"), not a clause ("said he and Ed Rendt would …")."""
    people = [c for c in art.candidates(lo, hi) if c["type"] == "named person"]
    if len(people) != 1 or art.text[people[0]["end"]:hi].strip(" \t.’'"):
        return None
    words = art.text[lo:people[0]["start"]].split()
    if not 3 <= len(words) <= 10 or "and" not in words[1:-1]:
        return None
    sets = art.sets
    for w in words:
        low = w.lower().strip(".")
        if w in ("and", "of"):
            continue
        if not re.fullmatch(r"[A-Za-z][\w’'.-]*", w) or low in pronouns(sets) or low in sets.adverbs \
                or w[:1].isupper() and low in sets.stop_caps | sets.time_words or w[:1].islower() and re.search(r"(?:ly|ed|ing)$", w):
            return None  # "said Sunday and Ed Rendt", "said he and Ed Rendt": not roles
    return people[0]


def listener_dropped(text: str, e: int, found: dict | None, told: bool) -> dict | None:
    """``found``, the words after a reporting word ending at ``e``, unless the verb is one of telling (``told``) and
    they stand right after it, perhaps after "the": that is the person told ("tells the Echo that"), never who
    speaks. After the one told, a name may still be the speaker ("“…,” told reporters Ann Lee").

    >>> t = "Lee tells the Echo that it is late."
    >>> listener_dropped(t, 9, {"start": 14, "end": 18}, told=True) is None
    True
    """
    return None if told and found is not None and _DETERMINER_ONLY.fullmatch(text, e, found["start"]) else found


#: Nothing but spaces and perhaps "the", "a" or "an" between a verb of telling and a name.
_DETERMINER_ONLY = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.IGNORECASE)
