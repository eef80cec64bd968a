"""Speakers: who says the words near a speech cue ("said", "according to", "told").

These functions look at a stretch of one :class:`kit.names.Article` and return the speaker found
there as a dict (``speaker``, ``text``, ``type``, ``start``, ``end``, and for a guess ``method``,
``guess`` and ``note``), or None. kit.speaker_rules decides which stretch to look at for each
quotation.

    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> import pandas as pd
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The road was closed, said Gen. Ann Lee."]}), "example"))[0]
    >>> speaker_for_cue(art, art.cues[0], 0, len(art.text))["speaker"]
    'Ann Lee'
"""

from __future__ import annotations

import re

from .corpus import UNKNOWN_OUTLET
from .names import (
    MODIFIER,
    WORD,
    Article,
    is_abbreviation,
    is_title,
    looks_like_person,
    person_name,
    word_core,
)

__all__ = ["described_subject", "outlet_label", "pick_speaker", "plain_phrase", "speaker_before", "speaker_for_cue", "is_speech_cue",
           "resolve_speaker", "sentence_subject"]


def outlet_label(outlet: str) -> str:
    """The outlet's name as shown, or ``kit.corpus.UNKNOWN_OUTLET`` when it is empty.

    >>> outlet_label(" Daily "), outlet_label("")
    ('Daily', '(no outlet named)')
    """
    return outlet.strip() or UNKNOWN_OUTLET



def pick_speaker(cands: list[dict]) -> dict | None:
    """Prefer the first person named, else the first organisation or outlet.

    >>> pick_speaker([{"type": "media outlet", "speaker": "BBC"}, {"type": "named person", "speaker": "Ann Lee"}])
    {'type': 'named person', 'speaker': 'Ann Lee'}
    """
    for c in cands:
        if c["type"] == "named person":
            return c
    return cands[0] if cands else None


def _words_span(text: str, lo: int, hi: int) -> list[re.Match]:
    return list(WORD.finditer(text, lo, hi))


def _only_skip_words(text: str, sets) -> bool:
    """True if ``text`` holds only little words, titles and punctuation (no other content word)."""
    for w in WORD.findall(text):
        low = w.lower().strip(".’'-")
        if not low or low in sets.skip_words or low.rstrip("s") in sets.skip_words or MODIFIER.search(low) \
                or low == "s":
            continue
        if re.search(r"[’']s?$", w) and (word_core(w) in sets.places or word_core(w) in sets.demonyms):
            continue  # a place as owner: "Iraq’s former foreign minister Hoshyar Zebari"
        return False
    return True


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
    words = _words_span(text, lo, hi)
    while words and words[0].group(0).lower() in art.sets.adverbs:
        words.pop(0)
    while words and words[-1].group(0).lower() in art.sets.adverbs:
        words.pop()
    if not words:
        return None
    first = words[0].group(0).lower()
    phrase_s, phrase_e = words[0].start(), words[-1].end()
    phrase = text[phrase_s:phrase_e]
    lowered = [w.group(0).lower().strip(".,’'") for w in words]
    if len(words) == 1 and first in art.sets.pronouns_person | art.sets.pronouns_other:
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": "", "type": "pronoun",
                "gaz_type": "", "pronoun": first}
    if len(words) > 8:
        return None
    if first in ("the", "this", "that") and len(words) <= 4 and lowered[-1] in art.sets.description_nouns:
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": "", "type": "description",
                "gaz_type": ""}
    if lowered[-1] in art.sets.anonymous_words or any(w in art.sets.unnamed_words for w in lowered) \
            or (first in ("a", "an") and len(words) <= 4):
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": phrase, "type": "anonymous",
                "gaz_type": "", "note": "the source is not named"}
    if _described_source(text, words, art.sets):
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": phrase, "type": "anonymous",
                "gaz_type": "", "note": "the source is described, not named"}
    return None


#: Words that open a description of a source: "the email", "one user", "his campaign".
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "one", "another", "some", "many", "most",
                          "several", "both", "all", "his", "her", "their", "its", "our", "each", "few"})


def _described_source(text: str, words: list, sets) -> bool:
    """A description with no name in it, as the subject of a reporting word: a determiner and up to
    five words in lower case ("the email", "one user", "the campaign’s statement", "most voters")."""
    if not 2 <= len(words) <= 6 or words[0].group(0).lower() not in _DETERMINERS:
        return False
    if re.search(r"[^\w\s’'-]", text[words[0].end():words[-1].end()]):
        return False  # punctuation inside: not one phrase
    rest = [w.group(0) for w in words[1:]]
    if not all(re.fullmatch(r"[a-z][a-z’'-]*", w) for w in rest):
        return False  # a name, a number or an abbreviation inside
    low = [word_core(w) for w in rest]
    return not any(w in sets.adverbs or w in sets.stop_caps for w in low)


def _role_before_name(text: str, sets) -> bool:
    """Words in lower case that describe the person named right after them: "shop owner",
    "local farmer", "city spokesman", "the mayor’s spokesman", "Police chief". No function word,
    verb form or punctuation may come between them and the name ("in a statement to Reuters" is not one)."""
    if re.search(r"[^\w\s’'.-]", text):
        return False
    words = WORD.findall(text)
    if not words or len(words) > 4:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if i == 0 and low in ("the", "a", "an"):
            continue
        if re.search(r"\w[’']s$", w):
            continue  # an owner: "the mayor’s spokesman"
        if not re.fullmatch(r"[a-z][a-z-]*", w if i else w[0].lower() + w[1:]):
            return False  # a capital inside, a number, an abbreviation
        if low in sets.titles or low in sets.demonyms:
            continue
        if low in sets.stop_caps or low in sets.adverbs or low.endswith("ly") or low.endswith("ing"):
            return False
    last = word_core(words[-1])
    return last in sets.titles or last in sets.description_nouns or last in sets.org_words or all(w.islower() for w in words)


def _named_role_before(before: str, first: dict, sets) -> bool:
    """A role that names its group before a person's name: "Wyoming GOP chairman Ann Lee",
    "campaign spokesman Tom Roe", "DFA spokesman Tom Roe": capitalised words or role words only,
    the last one a role word in lower case."""
    words = WORD.findall(before)
    if first["type"] != "named person" or not 2 <= len(words) <= 5 or re.search(r"[^\w\s’'.-]", before):
        return False
    if word_core(words[-1]) not in sets.titles:
        return False
    return all(w[0].isupper() or word_core(w) in sets.titles or w.lower() in ("the", "a", "an")
               or (re.fullmatch(r"[a-z]+", w) and w not in sets.adverbs and w not in sets.stop_caps
                   and not re.search(r"(?:ed|ing|ly)$", w))
               for w in words[:-1])


def _head(art: Article, lo: int, hi: int) -> dict | None:
    """The name that heads the words text[lo:hi], if they open with one ("the Pentagon itself"),
    perhaps after a role in lower case ("shop owner Tom Lee")."""
    cands = art.candidates(lo, hi)
    if not cands:
        return None
    first = cands[0]
    before = art.text[lo:first["start"]].replace("(", " ").replace(")", " ")
    if not _only_skip_words(before, art.sets) and not _role_before_name(before, art.sets) \
            and not _named_role_before(before, first, art.sets):
        return None
    # "Russian Foreign Ministry spokesman General Igor Konashenkov": the person, not the ministry
    if len(cands) > 1 and first["type"] != "named person" and cands[1]["type"] == "named person" \
            and _only_skip_words(art.text[first["end"]:cands[1]["start"]], art.sets):
        return cands[1]
    # "Lavrov’s deputy": a person as the owner of a role is not the one speaking
    owned = re.match(r"[’']s?[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)\b", art.text[first["end"]:hi])
    if first["type"] == "named person" and owned and any(is_title(w, art.sets) for w in owned.group(1).split()):
        nxt = cands[1] if len(cands) > 1 else None
        if nxt and nxt["type"] == "named person" and _role_before_name(art.text[first["end"] + owned.start(1):nxt["start"]], art.sets):
            return nxt  # "Lavrov’s deputy Sergei Ryabkov"
        return None
    return first


def _appositive_name(art: Article, name_lo: int, name_hi: int, role_lo: int, role_hi: int) -> dict | None:
    """A person named between commas after a role or a description: "the group’s leader, Ali Musa,
    said", "said the mayor’s spokesman, Tim Roe". text[role_lo:role_hi] must hold a role word
    and no other person (an owner such as "Lavrov’s deputy" is allowed); text[name_lo:name_hi]
    must be the name alone (with its titles)."""
    text = art.text
    cands = art.candidates(name_lo, name_hi)
    if len(cands) != 1 or cands[0]["type"] != "named person":
        return None
    name = cands[0]
    if not _only_skip_words(text[name_lo:name["start"]], art.sets) or text[name["end"]:name_hi].strip(" \t.’'"):
        return None
    words = [word_core(w) for w in WORD.findall(text[role_lo:role_hi])]
    if not words or len(words) > 8 or not any(w in art.sets.titles or w in art.sets.description_nouns for w in words):
        return None
    for c in art.candidates(role_lo, role_hi):
        if c["type"] == "named person" and text[c["end"]:c["end"] + 1] not in ("’", "'"):
            return None
    return name


#: A part between commas that describes the person named before it: an age, a home town, a role.
_APPOSITIVE = re.compile(r"\s*(?:\d{1,3}|of\s|from\s|the\s|a\s|an\s|who\s|whose\s|[a-z][\w-]*\s+(?:of|for|at)\s"
                         r"|[A-Z][a-z]+\.?\s*$|[A-Z]{2}\s*$)")


def _subject_before_appositives(art: Article, lo: int, hi: int) -> dict | None:
    """A person named before parts between commas that describe them: "Ann Lee, 22, of Leeds, said",
    "Lee, 35, the daughter of a farmer, said" -> Ann Lee / Lee."""
    text = art.text
    parts = [(m.start() + lo, m.end() + lo) for m in re.finditer(r"[^,]+", text[lo:hi])]
    if len(parts) < 2:
        return None
    k = len(parts) - 1
    while k > 0 and _APPOSITIVE.match(text, parts[k][0], parts[k][1]):
        k -= 1
    if k == len(parts) - 1 or k < 0:
        return None
    ps, pe = parts[k]
    cands = art.candidates(ps, pe)
    if not cands or cands[-1]["type"] not in ("named person", "organisation", "media outlet") \
            or text[cands[-1]["end"]:pe].strip():
        return None
    found = _head(art, ps, pe)
    return found if found is not None and found["start"] == cands[-1]["start"] else None


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause ending at ``hi`` starts. A bracket closed before ``hi`` is skipped:
    "the Islamic State (ISIS) resides in Syria" is one clause, not "ISIS) resides in Syria"."""
    clause = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text[lo:hi])
    k = max(clause.rfind(c) for c in ",;:—–(")
    return lo + k + 1 if k != -1 else lo


def speaker_before(art: Article, lo: int, hi: int, whole: bool = False) -> dict | None:
    """The speaker in the words just before a speech cue: "Gerasimov", "he", "Silo, who defected,".

    With ``whole`` (a cue such as "saying" that hangs on the main clause) the subject is looked
    for at the start of the sentence instead of just before the cue.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Gen. Ann Lee said the road was closed."]}), "example"))[0]
    >>> speaker_before(art, 0, 13)["speaker"]
    'Ann Lee'
    """
    text = art.text
    stripped = text[lo:hi].rstrip()
    cut_hi = lo + len(stripped)
    if not whole:
        near = _pronoun_next_to_cue(art, lo, cut_hi)
        if near is not None:
            return near
    if not whole and stripped.endswith(","):
        named = _subject_before_appositives(art, lo, lo + len(stripped) - 1)
        if named is not None:
            return named
        inner = stripped[:-1]
        comma = inner.rfind(",")
        if comma != -1:
            # "the group’s leader, Ali Musa, said": the name, not the description
            named = _appositive_name(art, lo + comma + 1, lo + len(inner), _clause_start(text, lo, lo + comma),
                                     lo + comma)
            if named:
                return named
        cut_hi = lo + comma if comma != -1 else lo + len(inner)
    clause_lo = lo if whole else _clause_start(text, lo, cut_hi)
    first = _words_span(text, clause_lo, cut_hi)
    if first and first[0].group(0).lower() in ("who", "which", "that") and clause_lo > lo:
        # "the Pentagon, which has denied" -> the words before the comma; the mention is "which"
        rel = first[0]
        found = speaker_before(art, lo, clause_lo - 1, whole=whole)
        if found is not None and found.get("speaker"):
            return dict(found, start=rel.start(), end=rel.end(), text=rel.group(0), relative=True)
        cut_hi = clause_lo - 1
        clause_lo = _clause_start(text, lo, cut_hi)
    # a relative clause without commas: "A general who commands forces in Syria has accused"
    m = re.search(r"\s(?:who|which|whose)\s", text[clause_lo:cut_hi])
    if m:
        cut_hi = clause_lo + m.start()
    if whole:
        parts = [p for p in re.finditer(r"[^,]+", text[clause_lo:cut_hi])]
        for part in parts[:2]:
            # a pronoun opening the sentence: "But he focused on ..., saying"
            words = _words_span(text, clause_lo + part.start(), clause_lo + part.end())
            while words and words[0].group(0).lower() in art.sets.adverbs:
                words.pop(0)
            if len(words) > 1 and words[0].group(0).lower() in art.sets.pronouns_person | art.sets.pronouns_other:
                return plain_phrase(art, words[0].start(), words[0].end(), "subject")
            if len(words) > 4:
                break  # not a short opening phrase ("This year,"): the subject is not further on
        found = _head(art, clause_lo, cut_hi)
        if found is None:
            # skip an opening adverb: "Separately, Moallem blasted ..."
            for part in parts[:2]:
                found = _head(art, clause_lo + part.start(), cut_hi)
                if found:
                    break
        return found
    plain = plain_phrase(art, clause_lo, cut_hi, "subject")
    if _only_skip_words(text[clause_lo:cut_hi], art.sets) and clause_lo > lo \
            and not (plain and plain["type"] == "anonymous"):  # "In Damascus, a witness said" stays a witness
        return speaker_before(art, lo, hi, whole=True)  # "Russia, meanwhile, has announced"
    if plain and plain["type"] in ("pronoun", "description"):
        return plain
    found = _head(art, clause_lo, cut_hi)
    if found:
        return found
    group = _GROUP_NAME.fullmatch(text, clause_lo, cut_hi)
    if group and plain is None:  # "the ACU said": a capitalised name the kit does not know, as the subject
        gs, ge = group.span("name")
        return {"start": gs, "end": ge, "text": text[gs:ge], "speaker": text[gs:ge], "type": "organisation",
                "gaz_type": ""}
    by = re.search(r"\b(?:by|from)\s+", text[clause_lo:cut_hi])
    if by:  # "a report last week by the Associated Press"
        found = _object(art, clause_lo + by.end(), cut_hi)
        if found:
            return found
    return plain


def _pronoun_next_to_cue(art: Article, lo: int, hi: int) -> dict | None:
    """A pronoun that is the subject of the reporting word: the nearest word before it, past small
    words such as "also", "has", "not" ("Sometimes, they say", "Lee smiled as she noted",
    "he has also said"). The pronoun is the mention; kit.speakers.resolve_speaker may link it to a name."""
    text = art.text
    bracket = re.search(r"\s*\([^()]{1,30}\)\s*$", text[lo:hi])
    if bracket:
        hi = lo + bracket.start()  # "Sen. Ann Lee (D-MA) said"
    words = _words_span(text, lo, hi)
    while words and (words[-1].group(0).lower() in art.sets.adverbs or re.fullmatch(r"[a-z]+ly", words[-1].group(0))):
        if words[-1].group(0).lower() in ("and", "but", "or"):
            return None  # "shook her head and said": the subject is that of the verb before
        words.pop()
    if not words:
        return None
    last = words[-1]
    if not re.fullmatch(r"[\s\w’'-]*", text[last.end():hi]):
        return None  # punctuation between the word and the reporting word: not its subject
    low = last.group(0).lower()
    if low in art.sets.pronouns_person | art.sets.pronouns_other:
        return plain_phrase(art, last.start(), last.end(), "subject")
    if low == "who" and len(words) > 1:
        # "a consultant who said": the mention is "who"; the speaker is the person it points back to
        before = speaker_before(art, lo, last.start())
        if before is not None and before.get("type") != "pronoun" and before.get("speaker"):
            return dict(before, start=last.start(), end=last.end(), text=last.group(0), relative=True)
        return None
    # "the trouble began when Mr. Roe questioned": a name right before the reporting word, opening its clause
    cands = [c for c in art.candidates(max(lo, last.start() - 80), last.end()) if c["end"] == last.end()
             or (c["end"] == last.end() - 1 and text[c["end"]] == ".")]
    if cands and cands[-1]["type"] in ("named person", "organisation", "media outlet"):
        c = cands[-1]
        prev = re.search(r"(\w+)\W*$", text[max(lo, c["start"] - 30):c["start"]])
        opener = prev.group(1).lower() if prev else ""
        spaced = prev is None or re.fullmatch(r"\s+", text[prev.end(1) + max(lo, c["start"] - 30):c["start"]])
        if opener in _CLAUSE_OPENERS | {"after", "before", "until", "once"} and opener and spaced:
            return _head(art, c["start"], last.end()) or c
        if c["type"] == "named person" and " " in c["text"] and opener not in _PREPOSITIONS and spaced:
            return _head(art, c["start"], last.end()) or c  # "at the convention Sen. Ann Lee said"
    # "it turns out that the bureau asked": a description right before the reporting word
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if not re.fullmatch(r"[a-z][a-z’'-]*|[A-Z][a-z]+", words[k].group(0)):
            break
        if words[k].group(0).lower() in _DETERMINERS and k < len(words) - 1:
            prev = words[k - 1].group(0).lower() if k > 0 and re.fullmatch(r"\s*", text[words[k - 1].end():
                                                                                           words[k].start()]) else ""
            if prev not in _CLAUSE_OPENERS or not re.fullmatch(r"[\s\w’'-]*", text[words[k].start():hi]):
                return None  # "take back his words and said", "in the city": not a subject
            if _described_source(text, words[k:], art.sets):
                return plain_phrase(art, words[k].start(), words[-1].end(), "subject")
            return None
    return None


#: Words that put the noun after them in a phrase of place, time or manner: "a letter to Ann Lee said".
_PREPOSITIONS = frozenset({"in", "of", "at", "for", "from", "with", "on", "by", "to", "into", "about", "over",
                           "under", "after", "before", "during", "against", "among", "between", "like", "than",
                           "and", "or", "nor"})

#: Words after which a new clause, with its own subject, may start: "it turns out that the bureau asked".
_CLAUSE_OPENERS = frozenset({"", "that", "when", "as", "because", "while", "if", "since", "where", "though",
                             "although", "whereas", "now", "then"})


#: A short capitalised name with "the" before it, the whole subject: "the ACU", "The Sierra Club".
_GROUP_NAME = re.compile(r"\s*(?:[Tt]he\s+)(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*")

_VERB_LIKE = re.compile(r"[a-z]{2,}(?:ed|s|ing)$|said|told|wrote")


def sentence_subject(art: Article, lo: int, hi: int) -> dict | None:
    """The subject of the clause that holds text[lo:hi]: a pronoun, a name or a description at the
    start of the sentence (or after an opening phrase ending in a comma), followed by a word in
    lower case (its verb). "In May, Lee called the plan a “disaster”" -> Lee.

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
    starts = [lo] + [lo + m.end() for m in re.finditer(r"[,;]\s*", text[lo:hi])]
    for p in reversed(starts[-4:] if len(starts) > 4 else starts):  # the clause nearest the quotation first
        words = _words_span(text, p, hi)
        while words and words[0].group(0).lower() in art.sets.adverbs:
            words.pop(0)
        if len(words) < 2:
            continue
        first = words[0].group(0)
        low = first.lower()
        if low in art.sets.pronouns_person | art.sets.pronouns_other:
            if re.fullmatch(r"[a-z][\w’'-]*", words[1].group(0)) and text[words[0].end():words[1].start()].isspace():
                return plain_phrase(art, words[0].start(), words[0].end(), "subject")
            continue
        if low in ("who", "which"):
            continue
        found = _head(art, words[0].start(), hi)
        if found is not None and found["type"] == "named person" and " " not in found["text"].strip() \
                and not art.knows_person(found["speaker"]):
            found = None  # one capitalised word not known as a name: "Good information can ..."
        if found is not None and found["start"] == words[0].start() or (
                found is not None and _role_before_name(text[words[0].start():found["start"]], art.sets)):
            after = re.match(r"[’']s?\b|[ \t]*(?:\([^()]*\))?[ \t]*(?:,[^,]{1,80},[ \t]*)?([a-z][\w’'-]*)",
                             text[found["end"]:hi])
            if after and after.group(1) and after.group(1) not in ("of", "and", "or", "for", "in", "at", "on"):
                return found
            continue
        # a description: "the campaign projects that", "most voters have said"
        k = 1
        while k < len(words) and not (words[k].group(0) in art.sets.adverbs or _VERB_LIKE.match(words[k].group(0))
                                      and k > 1):
            k += 1
        if k < len(words) and k <= 6 and low in _DETERMINERS | {"a", "an"} \
                and re.fullmatch(r"[\w\s’'-]*", text[words[0].start():words[k - 1].end()]):
            plain = plain_phrase(art, words[0].start(), words[k - 1].end(), "subject")
            if plain and plain["type"] in ("anonymous", "description") and not plain["text"].endswith("ly"):
                return plain
    return None


#: Little words that never stand inside a noun phrase that is a subject: modal verbs, prepositions.
_NOT_IN_SUBJECT = frozenset({"can", "must", "should", "shall", "without", "through", "toward", "towards", "across",
                             "despite", "until", "within", "around", "behind", "beyond", "near", "upon", "via",
                             "who", "which", "what", "there", "here", "not", "no", "always", "often", "sometimes",
                             "usually", "perhaps", "maybe", "just"} | _PREPOSITIONS)

#: Words that may open a clause before its subject: "and recent polls show", "but aides said".
_SUBJECT_OPENERS = frozenset({"and", "but", "so", "yet", "or", "also", "now", "then", "still", "that", "when", "as",
                              "because", "while", "if", "since", "though", "although", "whereas", "where"})


def described_subject(art: Article, lo: int, hi: int) -> dict | None:
    """A source described, not named, as the subject just before a reporting word at ``hi``: a short
    noun phrase that opens its clause and ends in a noun in lower case ("and recent polls show",
    "But aides said", "three-quarters of the voters said", "Jewish leaders point to").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It was close, and recent polls show Lee ahead."]}), "example"))[0]
    >>> described_subject(art, 0, 31)["text"]
    'recent polls'
    """
    text = art.text
    end = len(text[:hi].rstrip())
    clause_lo = max(lo, _clause_start(text, lo, end))
    words = _words_span(text, clause_lo, end)
    while words and words[-1].group(0).lower() in art.sets.adverbs - {"and", "but", "as", "so", "yet"}:
        words.pop()  # "aides have also said"
    while words and words[0].group(0).lower() in _SUBJECT_OPENERS:
        words.pop(0)
    if not 1 <= len(words) <= 5:
        return None
    ws, we = words[0].start(), words[-1].end()
    if not re.fullmatch(r"(?:[A-Za-z-]+(?:[’']s)?\s+)*[A-Za-z-]+", text[ws:we]) or text[we:end].strip() \
            or art.cues_in(ws, we):
        return None  # a word cut short ("didn’t"), a quotation mark or a number: not a plain noun phrase
    low = [w.group(0).lower() for w in words]
    last = low[-1]
    if not re.fullmatch(r"[a-z][a-z-]*", words[-1].group(0)) or re.search(r"(?:ly|ed|ing)$", last):
        return None
    for i, w in enumerate(low):
        if w in art.sets.pronouns_person | art.sets.pronouns_other | art.sets.adverbs | art.sets.stop_caps \
                | _NOT_IN_SUBJECT and not (w in _DETERMINERS | {"a", "an"} and i == 0) \
                and not (w == "of" and 0 < i < len(low) - 1):
            return None  # a verb, a preposition or a pronoun inside: not one noun phrase
        if 0 < i < len(low) - 1 and words[i].group(0)[0].isupper() and words[i - 1].group(0)[0].isupper():
            return None  # two capitalised words in a row: a name the kit did not find
    owner = re.search(r"[’']s$", low[0]) and len(low) > 1  # "Cameron’s spokesman", "the mayor’s aide"
    if low[0] not in _DETERMINERS | {"a", "an"} and not owner and not (
            len(low) <= 3 and re.search(r"[^su’'s]s$", last) and not words[0].group(0)[0].islower() or
            len(low) <= 2 and re.search(r"[^su’'s]s$", last)):
        return None  # no determiner: only a short plural ("aides said", "recent polls show", "Labor leaders")
    phrase = text[ws:we]
    return {"start": ws, "end": we, "text": phrase, "speaker": phrase, "type": "anonymous", "gaz_type": "",
            "note": "the source is described, not named"}


def _described_object(art: Article, lo: int, hi: int) -> dict | None:
    """A source described, not named, right after the reporting word: "said a source close to the
    campaign" -> "a source", "wrote the authors of the report" -> "the authors"."""
    words = _words_span(art.text, lo, hi)
    if not words or words[0].group(0).lower() not in _DETERMINERS | {"a", "an"}:
        return None
    k = 1
    while k < len(words) and k < 5 and re.fullmatch(r"[a-z][a-z’'-]*", words[k].group(0)) \
            and words[k].group(0) not in _PREPOSITIONS_AFTER:
        k += 1
    if k < 2:
        return None
    return plain_phrase(art, words[0].start(), words[k - 1].end(), "object")


#: Words that end a description after a reporting word: "a source close to", "an aide who".
_PREPOSITIONS_AFTER = frozenset({"who", "that", "which", "close", "to", "of", "in", "at", "on", "with", "for",
                                 "from", "familiar", "speaking", "said", "says", "told", "and", "but", "by"})


def _object(art: Article, lo: int, hi: int, immediate: bool = False, described: bool = False) -> dict | None:
    """The speaker right after a cue: "said Gerasimov", "according to U.S. News", "by the BBC"."""
    text = art.text
    seg = text[lo:hi]
    stop = len(seg)
    # a nickname inside a name is not the start of a quotation: Gen. James “Mad Dog” Mattis
    masked = re.sub(r"(?<=[\w.]) [“\"][A-Z][^”\"\n]{0,20}[”\"](?= [A-Z])", lambda m: " " + "x" * (len(m.group(0)) - 1), seg)
    for ch in ",;:!?“”\"(":
        k = masked.find(ch)
        if k != -1:
            stop = min(stop, k)
    for m in re.finditer(r"\.(?=\s|$)", seg):
        before = seg[:m.start()].split()
        last = before[-1] if before else ""
        if is_abbreviation(last + "."):
            continue  # an abbreviation ("Gen.", "U.S.")
        stop = min(stop, m.start())
        break
    hi2 = lo + stop
    if immediate:
        found = _head(art, lo, hi2)
        if found is None and seg[stop:stop + 1] == ",":
            # “...,” said the group’s leader, Ali Musa.
            m = re.match(r",\s*([^,;:!?“”\"(]+)", seg[stop:])
            if m:
                found = _appositive_name(art, lo + stop + m.start(1), lo + stop + m.end(1), lo, hi2)
        if found is None:
            plain = plain_phrase(art, lo, hi2, "object")
            found = plain if plain and plain["type"] == "pronoun" else None
        if found is None and described:
            found = _described_object(art, lo, hi2)
        return found
    cands = art.candidates(lo, hi2)
    words = [w.lower() for w in WORD.findall(seg[:stop])]
    first_cand = cands[0]["start"] if cands else hi2
    role_first = any(w in art.sets.description_nouns for w in WORD.findall(text[lo:first_cand].lower()))
    if seg[stop:stop + 1] == "," and (role_first or not cands):
        # "by the former spokesman of the SDF, Talal Silo, who ..."
        m = re.match(r",\s*([^,;:]+)", seg[stop:])
        if m:
            more = art.candidates(lo + stop + m.start(1), lo + stop + m.end(1))
            if more and more[0]["type"] == "named person" and \
                    _only_skip_words(seg[stop + m.start(1):stop + m.start(1) + 0] or "", art.sets):
                return more[0]
    if words and words[-1].strip("’'") in art.sets.anonymous_words:
        plain = plain_phrase(art, lo, hi2, "object")  # "top US officials", "Western sources"
        if plain:
            return plain
    found = _head(art, lo, hi2) or pick_speaker(cands)
    if found:
        return found
    return plain_phrase(art, lo, hi2, "object")


_PARTICIPLES = re.compile(r"\w+ing$")


def _after_cue_is_by(art: Article, cue_end: int, hi: int) -> int | None:
    m = re.match(r"\s+(?:(?:repeatedly|also|later|first|widely)\s+)?by\s+", art.text[cue_end:hi])
    return cue_end + m.end() if m else None


def _lone_name(art: Article, lo: int, s: int) -> dict | None:
    """One capitalised word that is the whole subject of the reporting word, opening its clause
    ("Kelly said", "..., and Devine added"): a name the kit does not know."""
    text = art.text
    words = _words_span(text, _clause_start(text, lo, s), s)
    while words and words[0].group(0).lower() in _SUBJECT_OPENERS:
        words.pop(0)
    if len(words) != 1 or text[words[0].end():s].strip():
        return None
    w = words[0]
    word = w.group(0)
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", word) or word.lower() in art.sets.stop_caps \
            or word.lower() in art.sets.pronouns_person | art.sets.pronouns_other | art.sets.adverbs \
            or word.lower() in _DETERMINERS or is_title(word, art.sets) or word.endswith("ing"):
        return None
    if re.search(r"[^su]s$", word) and not art.knows_person(word):  # "Polls show", "Aides said"
        return {"start": w.start(), "end": w.end(), "text": word, "speaker": word, "type": "anonymous",
                "gaz_type": "", "note": "the source is described, not named"}
    return {"start": w.start(), "end": w.end(), "text": word, "speaker": word, "type": "named person",
            "gaz_type": "", "note": "a capitalised word just before the reporting word, taken to be a name"}


def _opens_clause(art: Article, lo: int, s: int) -> bool:
    """Does the reporting word at ``s`` open its clause (only little words such as "also" before it,
    after a comma, a quotation or the start of the sentence)? Only then can the speaker come after
    it: "..., said Lee" but not "polls show Lee ahead"."""
    text = art.text
    before = text[_clause_start(text, lo, s):s]
    cut = max(before.rfind(ch) for ch in ("”", "\"", "''", "»"))
    if cut != -1:
        before = before[cut + 1:]
    return all(w.lower() in art.sets.adverbs for w in WORD.findall(before))


def speaker_for_cue(art: Article, cue, lo: int, hi: int) -> dict | None:
    """Speaker of a cue found in text[lo:hi] (lo..cue is before it, cue..hi after it).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The road was closed, Gen. Ann Lee said."]}), "example"))[0]
    >>> speaker_for_cue(art, art.cues[0], 0, len(art.text))["speaker"]
    'Ann Lee'
    """
    s, e, term, _tone = cue
    if term.lower().startswith("according"):
        return _object(art, e, hi)
    by = _after_cue_is_by(art, e, hi)
    if by is not None:
        found = _object(art, by, hi, immediate=True, described=True)
        if found is not None:
            return found  # "a report published by the BBC"; "Lee said by telephone" goes on below
    if art.text[lo:s].strip(" \t\n,.;:—–-”\"") == "":
        return _object(art, e, hi, immediate=True, described=True)  # “...,” said Gerasimov.
    if _PARTICIPLES.search(art.text[s:e]) and art.text[lo:s].rstrip().endswith(","):
        sent = art.sentence_at(s)
        start = min(lo, sent[1]) if sent else lo  # the subject may stand before an earlier quotation
        # "The army refused, saying that ...": the subject of the nearest clause, else of the sentence
        found = sentence_subject(art, start, s) or speaker_before(art, start, s, whole=True)
        if found:
            return found
    found = speaker_before(art, lo, s)
    if found is None and re.fullmatch(r"[\s,]*(?:and|but)\s+(?:\w+ly\s+|also\s+)?", art.text[lo:s]):
        sent = art.sentence_at(s)  # "Lee said that ... “...,” and said that ...": the first verb's subject
        found = sentence_subject(art, sent[1], s) if sent else None
    if found is None:
        found = described_subject(art, lo, s) or _lone_name(art, lo, s)
    if found is None and not _opens_clause(art, lo, s):
        return None  # "polls show Lee ahead", "he told reporters": the words after the verb are not its subject
    if found is None:
        found = _object(art, e, hi, immediate=True)
        if found is not None and found.get("type") == "pronoun" and \
                not re.match(r"\s*(?:[.,;:!?]|$)", art.text[found["end"]:hi]):
            return None  # "Most said they were ...": the pronoun opens what was said, it is not the speaker
    return found


def is_speech_cue(art: Article, cue) -> bool:
    """Leave out nouns ("the claims", "its claims") and words inside others ("self-proclaimed").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee said the claims were false."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], is_speech_cue(art, c)) for c in art.cues]
    [('said', True), ('claims', False)]
    """
    from . import segment

    return segment.is_speech_cue(art.text, cue[0], cue[1])


def _named_next(art: Article, found: dict) -> dict:
    """"A Russian general ... has accused" followed by a sentence that names a person with that
    title ("Col. Gen. Sergei Surovikin ..."): the general is taken to be that person (a guess)."""
    words = found.get("text", "").lower().split()
    if len(words) < 2 or words[0] not in ("a", "an") or word_core(words[-1]) not in art.sets.titles:
        return found
    head = word_core(words[-1])
    titles = {head, *art.sets.title_forms.get(head, ())}
    k = art.sentence_index(found.get("start", 0))
    if k < 0 or k + 1 >= len(art.sentences):
        return found
    _sid, s, e = art.sentences[k + 1]
    for rs, re_ in art.runs(s, e):
        run = art.text[rs:re_]
        if {w.lower() for w in run.split()} & titles and looks_like_person(run, art.sets):
            name = art.canonical(person_name(run, art.sets))
            return dict(found, speaker=name, type="named person", method="description", guess=True,
                        note=f"guess: '{found['text']}' taken to be {name}, named with that title in the "
                             "next sentence")
    return found


def resolve_speaker(art: Article, found: dict, pos: int) -> dict:
    """Turn a pronoun or description into a name where a rule allows it; mark it as a guess.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Ann Lee arrived on Monday. He said the road was closed."]}), "example"))[0]
    >>> found = speaker_for_cue(art, art.cues[0], 26, len(art.text))
    >>> found["type"]
    'pronoun'
    >>> resolved = resolve_speaker(art, found, art.cues[0][0])
    >>> resolved["speaker"], resolved["method"], resolved["guess"]
    ('Ann Lee', 'pronoun', True)
    """
    found = dict(found)
    found.setdefault("method", "named")
    found["guess"] = False
    kind = found["type"]
    if kind == "anonymous":
        return _named_next(art, found)
    if kind not in ("pronoun", "description"):
        return found
    found["guess"] = True
    found["method"] = kind
    word = found.get("pronoun", found["text"].lower())
    if kind == "pronoun" and word == "we":
        found.update(speaker=outlet_label(art.outlet), type="media outlet",
                     note="guess: 'we' taken to be the article's own outlet")
        return found
    if kind == "pronoun" and word not in art.sets.pronouns_person:
        found.update(speaker="", type="none",
                     note=f"could not tell who '{found['text']}' is; no guess made")
        return found
    pos = min(pos, found.get("start", pos))
    if kind == "description":
        noun = found["text"].lower().split()[-1]
        titles = {noun, *art.sets.title_forms.get(noun, ())}
        runs = list(art.runs(max(0, pos - 4000), pos))
        for s, e in reversed(runs):
            words = {w.lower() for w in art.text[s:e].split()}
            if words & titles and looks_like_person(art.text[s:e], art.sets):
                name = art.canonical(person_name(art.text[s:e], art.sets))
                found.update(speaker=name, type="named person",
                             note=f"guess: '{found['text']}' taken to be {name}, the last person "
                                  f"named with that title before")
                return found
    # he / she / the general: someone quoted or named in the nearest sentence before, else the last speaker
    k = art.sentence_index(pos)
    for back in range(k, max(-1, k - 4), -1):
        if back < 0:
            break
        _sid, s, e = art.sentences[back]
        quoted = [n for p, n in art.speakers if s <= p < min(e, pos)]
        if quoted:
            found.update(speaker=quoted[-1], type="named person",
                         note=f"guess: '{found['text']}' taken to be {quoted[-1]}, the person quoted "
                              "just before")
            return found
        people = [c for c in art.candidates(s, min(e, pos), lenient=False) if c["type"] == "named person"]
        if people:
            name = people[0]["speaker"]
            found.update(speaker=name, type="named person",
                         note=f"guess: '{found['text']}' taken to be {name}, the first person named "
                              "in the sentences just before")
            return found
    earlier = [n for p, n in sorted(art.speakers) if p < pos]
    if earlier:
        found.update(speaker=earlier[-1], type="named person",
                     note=f"guess: '{found['text']}' taken to be {earlier[-1]}, the last person quoted before")
        return found
    found.update(speaker="", type="none", note=f"could not tell who '{found['text']}' is; no guess made")
    return found
