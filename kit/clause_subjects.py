"""Subjects the speaker finder reads from the shape of a clause: a name before an aside, a name in a
relative clause, a lone capitalised name, "the" and a name it does not know, a document and who made it.

    >>> from kit.wordsets import word_sets
    >>> made_by_pattern(word_sets()).match("a survey by the council found").end()
    12
"""

from __future__ import annotations

import functools
import re

from .country_words import COUNTRY_WORD_KINDS
from .described_subjects import PREPOSITIONS, SUBJECT_OPENERS, described_subject
from .gazetteer import GAZETTEER_TYPES
from .names import WORD, Article, is_title
from .naming_reports import names_or_describes
from .speaker_phrases import (
    DETERMINERS,
    appositive_name,
    clause_start,
    end_of_words,
    name_head,
    plain_phrase,
    pronouns,
    words_span,
)

__all__ = ["appositive_names", "cited_aside_end", "government_before_verb", "DASH", "aside_end", "dash_aside_start", "report_set_inside", "verb_before_subject", "list_subject", "people_source", "source_list", "group_name", "lone_name", "made_by_pattern", "name_before_any_aside", "nationality_alone",
           "name_in_relative_clause", "subject_before_aside", "SEVERAL_SOURCES"]

#: The note on a quotation row whose speaker is several sources named together ("Iran, Russia and the Syrian
#: government"): kit.quotes shows it, and the exercises read it to tell a list of parties from one group's name.
SEVERAL_SOURCES = "several sources together"


def name_before_any_aside(art: Article, lo: int, comma: int) -> dict | None:
    """A person or group named at the end of the opening part of a sentence, then one part between commas,
    then the reporting word: "Minnesota state delegate Mary Susan, clad in a red cape, said" -> Mary Susan.
    ``comma`` is where the aside starts.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "State delegate Mary Susan, clad in a red cape, said it could fail."]}), "example"))[0]
    >>> name_before_any_aside(art, 0, art.text.index(","))["text"]
    'Mary Susan'
    """
    text = art.text
    ps = clause_start(text, lo, comma)
    if ps != lo and text[lo:ps].strip() or "," in text[ps:comma] or any(ch in text[ps:comma] for ch in "“”\"("):
        return None
    cands = art.candidates(ps, comma)
    if not cands or cands[-1]["type"] not in ("named person", "organisation", "media outlet") \
            or text[cands[-1]["end"]:comma].strip(" \t.’'"):
        return None
    start = cands[-1]["start"]
    if len(cands) > 1 and _INITIAL_BETWEEN.fullmatch(text, cands[-2]["end"], start):
        start = cands[-2]["start"]  # "James A. Lewis": one name around an initial
    for w in words_span(text, ps, start):
        word = w.group(0)
        if word.lower() in PREPOSITIONS or word in art.sets.stop_caps or word.islower() and \
                _VERB_ENDING.search(word) and word not in art.sets.titles and word not in art.sets.description_nouns:
            return None  # "In Leeds, …", "One pastor supporting Mr. Cruz, …", "Lee wins Ohio, …": not the subject
    return name_head(art, start, comma) or cands[-1]


#: A dash: "—", "–", or one or two hyphens with a space on each side, typed for a dash ("Lee - who left -").
#: A dash that opens or closes an aside: "—", "–", "--", or a hyphen with spaces around it.
DASH = re.compile(r"[—–]|--|(?<=\s)-(?=\s)")


#: Up to three helping verbs or adverbs between an aside and its reporting word: "— has since", "— also".
_AUXILIARIES = re.compile(r"\s*(?:(?:has|have|had|is|was|are|were|will|would|can|could|may|might|should|did|does|do|"
                          r"not|never|also|then|later|still|since|already|again|[a-z]+ly)\s+){0,3}")


def dash_aside_start(text: str, lo: int, hi: int) -> int | None:
    """Where an aside between two dashes starts, when the words before ``hi`` (a reporting word) end with
    the second dash: in "Ann Lee — who met her aides on Monday — said", the subject is before the aside,
    as it is before an aside between commas. None when the words do not end with a dash, or no first dash
    opens the aside after ``lo``.

    >>> text = "Ann Lee - who met her aides on Monday - said"
    >>> text[:dash_aside_start(text, 0, text.index("said"))]
    'Ann Lee '
    >>> text = "Ann Lee — who met her aides — has since said"
    >>> text[:dash_aside_start(text, 0, text.index("said"))]
    'Ann Lee '
    >>> dash_aside_start("Ann Lee said", 0, 8) is None
    True
    """
    dashes = list(DASH.finditer(text, lo, hi))
    if len(dashes) < 2 or not _AUXILIARIES.fullmatch(text, dashes[-1].end(), hi):
        return None
    first = dashes[-2]
    if not text[lo:first.start()].strip() or any(c in text[first.end():dashes[-1].start()] for c in ".;:!?“”\""):
        return None
    return first.start()


def aside_end(text: str, s: int, cue_start: int, start: int, end: int) -> int:
    """Where the words a reporting word reports end when the reporting word stands inside an aside, between
    dashes or in brackets, in the sentence starting at ``s``: at the closing dash or bracket. "Lee — who told
    reporters the plan was dead — left early": what Lee told reporters ends at the second dash; "left early"
    is the writer's sentence again. ``start``-``end`` is the span found so far.

    >>> t = "Lee — who told reporters the plan was dead — left early."
    >>> t[t.index("the plan"):aside_end(t, 0, t.index("told"), t.index("the plan"), len(t) - 1)]
    'the plan was dead'
    """
    before = text[s:cue_start]
    if before.count("(") > before.count(")"):
        close = text.find(")", start, end)
    elif len(DASH.findall(before)) % 2:
        dash = DASH.search(text, start, end)
        close = dash.start() if dash else -1
    else:
        return end
    if close <= start:
        return end
    close = max(start, end_of_words(text, close))
    return close - 1 if text[close - 1] in ".!?" and close - 1 > start else close  # "(Lee said it fell.)"


#: What may stand between a reporting word set inside a sentence and the mark that closes the aside: a few words
#: with no mark of their own ("on Monday"), then the closing dash or bracket (the group ``close``).
_ASIDE_TAIL = re.compile(r"(?P<words>[^,;:“”\"()\n—–]{0,40}?)[ \t]*(?P<close>[—–]|--|(?<=\s)-(?=\s)|\))")


def report_set_inside(text: str, s: int, e: int, subject: int, cue_end: int) -> str | None:
    """The words between the reporting word and the closing mark ('' or " on Monday") when a report, its subject
    at ``subject`` and its reporting word ending at ``cue_end``, is set between two dashes or in brackets in the
    middle of the sentence ``text[s:e]``, with the sentence's own words on both sides: "The plan was - the mayor
    said - a mistake". When those words say only when or how it was said, what the report gives is the sentence
    around it (kit.indirect_speech). None when the report is not so set.

    >>> t = "The plan was - the mayor said - a mistake."
    >>> report_set_inside(t, 0, len(t), t.index("the mayor"), t.index(" - a"))
    ''
    >>> t = "Lee - who told reporters it was dead - left."
    >>> report_set_inside(t, 0, len(t), t.index("who"), t.index(" reporters"))  # words of its own: not only a time
    ' reporters it was dead'
    """
    head = re.sub(r"(?<=[\s(—–-])(?:the|a|an)$", "", text[s:subject].rstrip(), flags=re.IGNORECASE).rstrip()  # "- the Pentagon"
    opening = re.search(r"(?:\(|[—–]|--|(?<=\s)-)$", head)
    if opening is None or not head[:opening.start()].strip() \
            or opening.group(0) != "(" and len(DASH.findall(text, s, subject)) % 2 == 0:
        return None  # no mark right before the subject, no words before it, or a dash that closes an aside
    closing = ")" if opening.group(0) == "(" else "dash"
    m = _ASIDE_TAIL.match(text, cue_end, e)
    if m is None or (m.group("close") == ")") != (closing == ")") \
            or not text[m.end():e].strip(" \t.!?"):
        return None
    return m.group("words")


def nationality_alone(art: Article, lo: int, hi: int) -> dict | None:
    """A nationality word standing alone as the subject after a comma ("…, Cuban said"): a surname. A
    nationality word describes a noun ("Cuban officials", "a Russian diplomat"); with no noun after it and
    no "the" before it, it is a person's name ("Mark Cuban … Cuban said"), as any lone capitalised word is.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "Mark Cuban spoke. The team, Cuban said, will win."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> nationality_alone(art, t.index("Cuban said"), t.index(" said"))["speaker"]
    'Mark Cuban'
    """
    words = words_span(art.text, lo, hi)
    if len(words) != 1 or art.text[words[0].end():hi].strip():
        return None
    word = words[0].group(0)
    if not re.fullmatch(r"[A-Z][a-z]+(?<!s)", word) or word.lower() not in art.sets.demonyms:
        return None  # "Russians said": a people, not a person
    named = [c for c in art.candidates(words[0].start(), words[0].end()) if c["type"] == "named person"
             and (c["start"], c["end"]) == words[0].span()]
    return named[0] if named else lone_name(art, lo, hi)


#: An initial between two parts of one name: " A. ".
_INITIAL_BETWEEN = re.compile(r"\s+[A-Z]\.\s+")
#: Endings of a verb form in a word in lower case: "supporting", "wins", "backed".
_VERB_ENDING = re.compile(r"(?:ing|ed|s)$")


def name_in_relative_clause(art: Article, lo: int, hi: int) -> dict | None:
    """A capitalised name right after "what" or "as", right before a reporting word at ``hi`` that names or
    describes (:func:`kit.naming_reports.names_or_describes`): the subject of that clause ("a third would be what *Sroka* called a “…” approach",
    "on what *Zimmerman* described as a “piece of history”").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It would be what Sroka called a “lazy” plan."]}), "example"))[0]
    >>> name_in_relative_clause(art, 0, art.text.index(" called"))["text"]
    'Sroka'
    """
    m = _RELATIVE_NAME.search(art.text, max(lo, hi - 80), hi)
    if m is None or m.group("name").split()[0].lower() in art.sets.stop_caps | DETERMINERS:
        return None
    verb = _WORD_AT.match(art.text, hi, hi + 40)  # read the word list only here: a rare shape of the words
    if verb is None or not names_or_describes(verb.group(1)):
        return None
    ns, ne = m.span("name")
    found = name_head(art, ns, ne)
    if found is not None and found["start"] == ns and found["end"] == ne:
        return found
    return lone_name(art, ns, ne) if " " not in m.group("name") else None


#: ", citing officials," or ", quoting a source," set off by commas: where a report came from.
_CITED_ASIDE = re.compile(r",[ \t]+(?:citing|quoting)[ \t]+[^,;:“”\"()\n]{2,120}?,[ \t]*")


def cited_aside_end(text: str, pos: int, hi: int) -> int:
    """Where the words reported start when ", citing …," or ", quoting …," follows the reporting word that ends at
    ``pos`` ("The Pentagon said, citing officials, that the convoy left"): the aside names where the report came
    from, and what was said comes after it. ``pos`` itself when no such aside ends before ``hi``.

    >>> t = "The Kremlin said, citing officials, that the convoy left."
    >>> t[cited_aside_end(t, 16, len(t)):], cited_aside_end("Lee said, in fact, no.", 8, 22)
    ('that the convoy left.', 8)
    """
    m = _CITED_ASIDE.match(text, pos, hi)
    return m.end() if m is not None else pos


def government_before_verb(art: Article, lo: int, hi: int) -> dict | None:
    """A one-word name that stands for a government ("Washington", "Moscow", "Russia"; kind ``government`` in
    data/gazetteer.csv) right before the reporting word at ``hi``: its subject, as "the Pentagon" or "the Kremlin"
    is. The name finder leaves out a country word before a noun it describes ("US strikes killed"); a reporting
    word right after the name is its verb, also when a verb follows it ("which Moscow says will cut costs"), when it
    agrees with one subject ("says", "warned", "said") and is not also a noun for words (``report_nouns``,
    ``message_nouns`` of data/word_sets.csv: "US claims were false"; "the US pledge" is a noun).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The plan, which Washington says will cut costs, passed."]}), "example"))[0]
    >>> government_before_verb(art, 15, art.text.index(" says"))["speaker"]
    'US government'
    """
    verb = _WORD_AT.match(art.text, hi, hi + 40)
    word = verb.group(1).lower() if verb is not None else ""
    if not (word.endswith(("s", "ed")) or word in art.sets.past_forms) or word in art.sets.report_nouns \
            or word in art.sets.message_nouns:
        return None  # "the US pledge", "US claims were false": a noun the name describes, not a verb that agrees
    end = end_of_words(art.text, hi)
    hit = next((g for g in art.gaz_in(lo, end) if g[1] == end and g[3] in COUNTRY_WORD_KINDS), None)
    if hit is None or not art.text[end:hi].isspace() and end != hi or art.candidates(hit[0], end):
        return None  # no such name there, or the name finder reads it already
    s, e, name, kind = hit
    return {"start": s, "end": e, "text": art.text[s:e], "speaker": name, "type": GAZETTEER_TYPES.get(kind, "organisation"),
            "gaz_type": kind}


#: The word that starts at or after a position: the reporting word of :func:`name_in_relative_clause`.
_WORD_AT = re.compile(r"\s*([A-Za-z]+)")
#: "what Sroka ", "as Ann Lee has ": a name as the subject of a relative clause, before its verb.
_RELATIVE_NAME = re.compile(r"\b(?:what|as)[ \t]+(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})"
                            r"(?:[ \t]+(?:has|had|have|once|later|also))?[ \t]*$")


@functools.lru_cache(maxsize=4)
def made_by_pattern(sets) -> re.Pattern:
    """A thing made to tell findings (a ``document_nouns`` word of data/word_sets.csv), then who made it:
    "a survey by the council", "data from the ministry", "Research published by the OECD".

    >>> from kit.wordsets import word_sets
    >>> made_by_pattern(word_sets()).match("Research published by the OECD found").end()
    22
    """
    nouns = "|".join(sorted((re.escape(w) for w in sets.document_nouns), key=len, reverse=True))
    return re.compile(rf"\s*(?:[\w’'-]+\s+){{0,3}}?(?i:{nouns})s?\s+(?:(?:published|released|conducted|"
                      rf"commissioned|issued|carried\s+out|done|led|compiled|gathered)\s+)?(?:by|from)\s+")


def lone_name(art: Article, lo: int, s: int) -> dict | None:
    """One capitalised word that is the whole subject of the reporting word, opening its clause
    ("Kelly said", "..., and Devine added"): a name the kit does not know.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Kelly said the plan was dead."]}), "example"))[0]
    >>> lone_name(art, 0, art.text.index(" said"))["speaker"]
    'Kelly'
    """
    text = art.text
    words = words_span(text, clause_start(text, lo, s), s)
    while words and words[0].group(0).lower() in SUBJECT_OPENERS:
        words.pop(0)
    if len(words) != 1 or text[words[0].end():s].strip():
        return None
    w = words[0]
    word = w.group(0)
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", word) or word.lower() in art.sets.stop_caps \
            or word.lower() in pronouns(art.sets) | art.sets.adverbs \
            or word.lower() in DETERMINERS or is_title(word, art.sets) \
            or word.endswith("ing") and not (_SAID_AFTER.match(text, s) and word.lower() not in _THING_WORDS):
        return None  # "Polling shows", "Speaking …": an -ing word is a name ("Schilling said") only before a verb of saying
    if re.search(r"[^su]s$", word) and not art.knows_person(word):  # "Polls show", "Aides said"
        return {"start": w.start(), "end": w.end(), "text": word, "speaker": word, "type": "anonymous",
                "gaz_type": "", "note": "the source is described, not named"}
    return {"start": w.start(), "end": w.end(), "text": word, "speaker": word, "type": "named person",
            "gaz_type": "", "note": "a capitalised word just before the reporting word, taken to be a name"}


#: A verb of saying right after a lone subject: "Schilling| said", "King| told".
_SAID_AFTER = re.compile(r"\s*(?:said|says|told|tells|wrote|writes|added|adds|asked|asks|replied|recalled|explained)\b")
#: Pronouns that end in -ing: "Nothing", "Something".
_THING_WORDS = frozenset({"nothing", "something", "everything", "anything"})


#: A short capitalised name with "the" before it, the whole subject: "the ACU", "The Sierra Club".
_GROUP_NAME = re.compile(r"\s*(?:[Tt]he\s+)(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s*")


def group_name(text: str, lo: int, hi: int) -> dict | None:
    """text[lo:hi] is "the" and a short capitalised name the kit does not know ("the ACU"): an organisation.

    >>> group_name("the ACU said", 0, 7)["speaker"]
    'ACU'
    """
    group = _GROUP_NAME.fullmatch(text, lo, hi)
    if group is None:
        return None
    gs, ge = group.span("name")
    return {"start": gs, "end": ge, "text": text[gs:ge], "speaker": text[gs:ge], "type": "organisation", "gaz_type": ""}


#: Where a list of sources splits: "Iran, Russia and the Syrian government".
_LIST_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def source_list(art: Article, lo: int, hi: int) -> dict | None:
    """Who made a report: one source ("local officials", "the ministry") or a list of them ("Iran, Russia
    and the Syrian government"), each a name, a described source or an anonymous one; None otherwise.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Ann Lee, Tom Roe and local officials said so."]}), "example"))[0]
    >>> source_list(art, 0, 36)["speaker"]
    'Ann Lee, Tom Roe and local officials'
    """
    parts, pos = [], lo
    for joint in list(_LIST_JOINT.finditer(art.text, lo, hi)) + [None]:
        end = joint.start() if joint else hi
        found = name_head(art, pos, end) or people_source(art, plain_phrase(art, pos, end, "subject"))
        rest = art.text[found["end"]:end].split() if found is not None else []
        if found is None or found.get("type") in (None, "pronoun", "description") or not found.get("speaker") \
                or rest and found.get("type") == "named person" and rest[0].islower() \
                or rest and (rest[0] in art.sets.auxiliaries or rest[0] in art.sets.past_forms
                             or re.fullmatch(r"[a-z]{3,}ed", rest[0])):
            return None  # "the BBC has confirmed charges by Iran": a subject never runs over its own verb
        parts.append(found)
        pos = joint.end() if joint else hi
    if len(parts) == 1:
        return parts[0]
    return dict(parts[0], start=lo, end=hi, text=art.text[lo:hi], speaker=art.text[lo:hi],
                note=SEVERAL_SOURCES)


def appositive_names(art: Article, name_lo: int, name_hi: int, role_lo: int, role_hi: int) -> dict | None:
    """The person or people named between commas after a description of them: "the group’s leader, Ali Musa,
    said" (as :func:`kit.speaker_phrases.appositive_name` reads it), and "the two councillors, Sam Patel and Linda
    Moore, said": both names, each of them a name that description could have alone.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "The two councillors, Sam Patel and Linda Moore, said so."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> appositive_names(art, t.index(",") + 1, t.rindex(","), 0, t.index(","))["speaker"]
    'Sam Patel and Linda Moore'
    """
    one = appositive_name(art, name_lo, name_hi, role_lo, role_hi)
    role = WORD.findall(re.split(r"\s+who\s", art.text[role_lo:role_hi])[0])
    plural = bool(role) and re.search(r"[^s’']s$", role[-1]) is not None  # "the two councillors": not "the head of X"
    joints = list(_LIST_JOINT.finditer(art.text, name_lo, name_hi)) if one is None and plural else []
    if not joints or "and" not in joints[-1].group(0):
        return one
    pos = name_lo
    for joint in joints + [None]:
        end = joint.start() if joint else name_hi
        if appositive_name(art, pos, end, role_lo, role_hi) is None:
            return None  # "the head of Smith and Wesson": not two people
        pos = joint.end() if joint else name_hi
    lo = name_lo + len(art.text[name_lo:name_hi]) - len(art.text[name_lo:name_hi].lstrip())
    return source_list(art, lo, name_hi - (len(art.text[lo:name_hi]) - len(art.text[lo:name_hi].rstrip())))


def people_source(art: Article, found: dict | None) -> dict | None:
    """A described source that names people or a body ("local officials", "the council"), not a time or a
    place ("the start", "the village"): its last word is one of the ``anonymous_words``, ``org_words``,
    ``titles`` or ``description_nouns`` of data/word_sets.csv.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": ["x"]}), "example"))[0]
    >>> people_source(art, {"text": "local officials"}) is not None, people_source(art, {"text": "the start"})
    (True, None)
    """
    if found is None:
        return None
    sets = art.sets
    last = found["text"].split()[-1].lower().strip(".,’'")
    return found if last in sets.anonymous_words | sets.org_words | sets.titles | sets.description_nouns else None


def list_subject(art: Article, lo: int, hi: int) -> dict | None:
    """A list of sources as the subject right before a reporting word ("Kim, Ann Lee and Bo said"; the words
    ``text[lo:hi]`` end at the verb, perhaps after a helping verb: "and Bo had"): the whole list, not its
    last name. Only sources are listed: "In Leeds, Ann Lee and Kim Roe said" lists Ann Lee and Kim Roe.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "In Leeds, Kim Roe, Ann Lee and local officials have said so."]}), "example"))[0]
    >>> list_subject(art, 0, 52)["speaker"]
    'Kim Roe, Ann Lee and local officials'
    """
    text = art.text
    words = words_span(text, max(lo, hi - 160), hi)
    helpers = (art.sets.auxiliaries | art.sets.adverbs | {"been", "be"}) - {"and", "or"}
    while words and words[-1].group(0).lower() in helpers:
        words.pop()
    if len(words) < 3:
        return None
    region, end = words[0].start(), words[-1].end()
    joints = list(_LIST_JOINT.finditer(text, region, end))
    if not joints or "and" not in joints[-1].group(0) or joints[-1].end() >= end:
        return None  # a list ends with "and": "Kim, Ann and Bo"
    pos, start, pieces = end, None, 0
    for joint in reversed(joints):
        if _whole_source(art, joint.end(), pos) is None:
            break
        pos, start, pieces = joint.start(), joint.end(), pieces + 1
    if start is None:
        return None
    first = next((f for w in words_span(text, max(region, pos - 60), pos)
                  if (f := _whole_source(art, w.start(), pos)) is not None), None)
    if first is not None:
        start, pieces = first["start"], pieces + 1
    if pieces < 2 or "," in joints[-1].group(0) and pieces < 3:
        return None  # "…, and Trump refused": ", and" before a second item opens a new clause, not a list
    for before in reversed(_TOKEN.findall(text, max(lo, start - 60), start)[-5:]):
        low = before.lower()
        if low in PREPOSITIONS - {"and", "or", "nor"} or before in "—–-":
            return None  # "a spokesperson for the Parks and Recreation Department", "serving in Iran, Turkey and France"
        if not (before[0].isupper() or low in DETERMINERS or low.endswith(("’s", "'s"))):
            break  # a word of the clause before the list: "In Leeds, Ann and Bo", "contenders Ann and Bo"
    return source_list(art, start, end)


#: Words and marks before a list, read backwards: a preposition or a dash before it means it is not a subject.
_TOKEN = re.compile(r"[\w’'.-]+|[,;:()—–]")


def _whole_source(art: Article, lo: int, hi: int) -> dict | None:
    """A source that is all of ``text[lo:hi]``: a name, or people or a body described."""
    for found in (name_head(art, lo, hi), people_source(art, plain_phrase(art, lo, hi, "subject"))):
        if found is not None and found.get("type") in _SOURCE_TYPES \
                and not art.text[lo:found["start"]].strip(" ").lower() not in ("", "the") and found["end"] == hi:
            return found  # "Russia", "the Syrian government"
    return None


#: Speakers a list may hold: people, bodies and outlets, named or described.
_SOURCE_TYPES = frozenset({"named person", "organisation", "media outlet", "anonymous"})


def verb_before_subject(art: Article, lo: int, start: int) -> bool:
    """Whether a verb stands between the start of the clause and ``start`` ("did not mention Tom Roe", "said
    Roe is"): then the words at ``start`` are an object or what was said, not the subject that a verb after
    "and" shares.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee did not mention Roe and said so."]}), "example"))[0]
    >>> verb_before_subject(art, 0, art.text.index("Roe")), verb_before_subject(art, 0, 0)
    (True, False)
    """
    if start < lo:
        return True
    text = art.text
    piece = max(lo, text.rfind(",", lo, start) + 1, text.rfind(";", lo, start) + 1)
    return bool(art.cues_in(piece, start)) or any(w.lower() in art.sets.auxiliaries or w.lower() == "not" or w.islower() and w.endswith("ed")
               for w in WORD.findall(text[piece:start]))


def subject_before_aside(art: Article, lo: int, hi: int) -> dict | None:
    """The subject before words set off by commas between it and its verb: "The two lawmakers,
    however, argue", "The complaint, which was filed in May, alleged", "Lee, during a town hall in
    Leeds, said", also after an opening phrase ("Of Carson, Levine, who backs Rubio, said"). The
    subject is the whole part before the aside: a name, a pronoun or a described source.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The two lawmakers, however, argue it could fail."]}), "example"))[0]
    >>> subject_before_aside(art, 0, art.text.index(", argue"))["text"]
    'The two lawmakers'
    """
    text = art.text
    parts = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^,]+", text[lo:hi])]
    for k in range(min(2, len(parts) - 1)):
        if not _ASIDE.match(text, *parts[k + 1]):
            continue
        if k and text[parts[0][0]:parts[0][1]].split()[0].lower() not in art.sets.stop_caps:
            return None  # the part before the subject must be an opening phrase: "Of Carson,", "In May,"
        ps, pe = parts[k]
        ps += len(text[ps:pe]) - len(text[ps:pe].lstrip())
        found = name_head(art, ps, pe)
        if found is not None and found["type"] in ("named person", "organisation", "media outlet") \
                and found["start"] == ps and not text[found["end"]:pe].strip(" \t.’'"):
            return found
        found = plain_phrase(art, ps, pe, "subject")
        if found is not None and found["start"] == ps and found["end"] == end_of_words(text, pe):
            return found
        return described_subject(art, ps, pe) or lone_name(art, ps, end_of_words(text, pe))
    return None


#: The first word of an aside between a subject and its verb: "however", "which …", "during …", "in …".
_ASIDE = re.compile(r"\s*(?:however|though|too|meanwhile|moreover|in turn|for (?:his|her|its|their) part|which|who"
                    r"|whose|asked|during|at|in|on|after|before|speaking|writing|citing|like|including)\b", re.IGNORECASE)
