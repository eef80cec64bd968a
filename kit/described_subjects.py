"""Described subjects: a source described, not named, as the subject of a reporting word ("aides said").

"recent polls show", "a spokesman for the buyer said", "Several said", "The GOP front-runner complained":
kit.speakers falls back on these when no name or pronoun stands before the reporting word.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The GOP front-runner complained that the vote was rigged."]}), "example"))[0]
    >>> described_subject(art, 0, art.text.index("complained"))["text"]
    'The GOP front-runner'
"""

from __future__ import annotations

import functools
import re

from .attitude_cues import PEOPLE_PLURAL
from .names import WORD, Article
from .relative_subjects import PREPOSITIONS
from .speaker_phrases import DETERMINERS, MODIFIERS_ONLY, clause_start, end_of_words, pronouns, words_span

__all__ = ["PREPOSITIONS", "SUBJECT_OPENERS", "described_subject", "share_subject", "source_nouns"]

#: Little words that never stand inside a noun phrase that is a subject: modal verbs, prepositions.
_NOT_IN_SUBJECT = frozenset({"can", "must", "should", "shall", "without", "through", "toward", "towards", "across",
                             "despite", "until", "within", "around", "behind", "beyond", "near", "upon", "via",
                             "who", "which", "what", "there", "here", "not", "no", "always", "often", "sometimes",
                             "usually", "perhaps", "maybe", "just"} | PREPOSITIONS)

#: Words that may open a clause before its subject: "and recent polls show", "but aides said".
SUBJECT_OPENERS = frozenset({"and", "but", "so", "yet", "or", "also", "now", "then", "still", "that", "when", "as",
                              "because", "while", "if", "since", "though", "although", "whereas", "where"})


#: Words that link clauses, which the adverbs of data/word_sets.csv may hold: never dropped from a subject's end.
_LINKS = frozenset({"and", "but", "as", "so", "yet"})


@functools.lru_cache(maxsize=8)
def source_nouns(sets) -> frozenset:
    """The words for a person, a group or a message that a described source may end in ("a spokesman",
    "the council", "a statement"): ``description_nouns``, ``anonymous_words``, ``titles``, ``message_nouns`` and
    ``org_words`` of a :class:`kit.wordsets.WordSets`, joined once per version of the word sets (an edit of
    data/word_sets.csv makes a new version, read at the next call).

    >>> from kit.wordsets import word_sets
    >>> "spokesman" in source_nouns(word_sets()), source_nouns(word_sets()) is source_nouns(word_sets())
    (True, True)
    """
    return sets.description_nouns | sets.anonymous_words | sets.titles | sets.message_nouns | sets.org_words


@functools.lru_cache(maxsize=8)
def _outside_noun_phrase(sets) -> frozenset:
    """Words that never stand inside a described subject: pronouns, adverbs, capitalised stop words of
    ``sets`` and :data:`_NOT_IN_SUBJECT`, joined once per version of the word sets."""
    return pronouns(sets) | sets.adverbs | sets.stop_caps | _NOT_IN_SUBJECT


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
    end = end_of_words(text, hi)
    clause_lo = max(lo, clause_start(text, lo, end))
    words = words_span(text, clause_lo, end)
    last_end = words[-1].end() if words else end  # after the adverbs and helping verbs below
    while words and (w := words[-1].group(0).lower()) in art.sets.adverbs and w not in _LINKS:
        words.pop()  # "aides have also said"
    while words and words[0].group(0).lower() in SUBJECT_OPENERS:
        words.pop(0)
    modified = _post_modified(art, words)
    if modified is not None:
        return modified
    if not 1 <= len(words) <= 5:
        return None
    ws, we = words[0].start(), words[-1].end()
    if not re.fullmatch(r"(?:(?:[A-Z]\.){2,}\s+|[A-Za-z-]+(?:[’']s)?\s+)*[A-Za-z-]+", text[ws:we]) or text[last_end:end].strip() \
            or art.cues_in(ws, we):
        return None  # a word cut short ("didn’t"), a quotation mark or a number: not a plain noun phrase
    low = [w.group(0).lower() for w in words]
    last = low[-1]
    if low in (["others"], ["a", "few"]) or len(low) == 1 and low[0] in _QUANTIFIERS:
        phrase = text[ws:we]  # "Several said", "Another noted", "Others say": a quantifier as the whole subject
        return {"start": ws, "end": we, "text": phrase, "speaker": phrase, "type": "anonymous", "gaz_type": "",
                "note": "the source is described, not named"}
    if not re.fullmatch(r"[a-z][a-z-]*", words[-1].group(0)) or re.search(r"(?:ly|ed|ing)$", last) \
            or len(low) > 1 and last in MODIFIERS_ONLY:
        return None  # not a noun: "The most telling promise", "the mere mention" (the reporting word is a noun)
    outside = _outside_noun_phrase(art.sets)
    for i, w in enumerate(low):
        if w in outside and not (w in DETERMINERS | {"a", "an"} and i == 0) \
                and not (w == "of" and 0 < i < len(low) - 1):
            return None  # a verb, a preposition or a pronoun inside: not one noun phrase
        if 0 < i < len(low) - 1 and words[i].group(0)[0].isupper() and words[i - 1].group(0)[0].isupper() \
                and not (i == 1 and low[0] in DETERMINERS | {"a", "an"}) and not _PEOPLE_NOUN.fullmatch(last):
            return None  # two capitalised words in a row: a name the kit did not find (not "The GOP nominee",
            # nor a group of people named by the body they serve: "Border Patrol agents", "Senate Democrats aides")
    owner = re.search(r"[’']s$", low[0]) and len(low) > 1  # "Cameron’s spokesman", "the mayor’s aide"
    if low[0] not in DETERMINERS | {"a", "an"} and not owner and not (
            len(low) <= 3 and re.search(r"[^su’'s]s$", last) and not words[0].group(0)[0].islower() or
            len(low) <= 2 and re.search(r"[^su’'s]s$", last)):
        return None  # no determiner: only a short plural ("aides said", "recent polls show", "Labor leaders")
    phrase = text[ws:we]
    return {"start": ws, "end": we, "text": phrase, "speaker": phrase, "type": "anonymous", "gaz_type": "",
            "note": "the source is described, not named"}


#: A plural noun for people that may follow a name as its modifier: "Border Patrol agents", "Trump supporters".
_PEOPLE_NOUN = re.compile(rf"{PEOPLE_PLURAL}|[a-z-]+(?:aides|officials|members|leaders|voters|staff)")

#: Words of quantity that stand for people as the whole subject: "Several said", "Another noted", "Many fear".
_QUANTIFIERS = frozenset({"another", "several", "many", "some", "most", "both", "few", "each", "none"})

#: Prepositions that open what a described source is of or for: "a spokesman for the buyer".
_POST_MODIFIERS = frozenset({"for", "to", "at", "with", "from", "in", "on"})


def _post_modified(art: Article, words: list) -> dict | None:
    """A described source with a phrase after its noun, as the whole subject: "a spokesman for the
    buyer said", "an aide to Senator Lee told", "the head of research at the bank said". The
    words before the preposition must be a described source on their own ("a spokesman"), ending in
    a word for a person, a group or a message (``description_nouns``, ``anonymous_words``, ``titles``,
    ``org_words``, ``message_nouns`` of data/word_sets.csv); the speaker is the whole phrase, since
    the spokesman, not the buyer, speaks."""
    low = [w.group(0).lower() for w in words]
    people = source_nouns(art.sets)

    def speaks(word):  # a word for a person, a group or a message, singular or plural
        return word in people or word not in art.sets.anonymous_words and re.sub(r"s$", "", word) in people

    cut = next((i for i, w in enumerate(low) if w in _POST_MODIFIERS), -1)
    if 2 <= cut < len(low) - 1 and not speaks(low[cut - 1]) and speaks(low[cut - 2]) \
            and re.fullmatch(r"[a-z]+", low[cut - 1]):
        cut -= 1  # "a source familiar with the talks", "officials briefed on the plan": a word that says
        # how the source stands to something, then its preposition, describe the source
    if cut < 1 or not 1 <= len(words) - cut - 1 <= 5:
        return None
    alone = cut == 1 and (low[0].endswith("s") or low[0] == "people") and speaks(low[0])
    if low[0] not in DETERMINERS | {"a", "an"} and not alone:
        return None  # a determiner, or one plural alone before the phrase ("officials familiar with …")
    if cut == 1 and low[0] in DETERMINERS | {"a", "an"}:
        return None
    ws, we = words[0].start(), words[-1].end()
    if re.search(r"[^\w\s’'.-]", art.text[ws:we]) or art.cues_in(ws, we):
        return None  # a comma, a quotation mark or a reporting word inside: not one noun phrase
    if not speaks(low[cut - 1]):
        return None  # "the fight in Nevada", "an effort to …": not a person or a group that speaks
    head = described_subject(art, ws, words[cut - 1].end())
    if head is None and alone and words[0].group(0)[1:].islower():  # "Sources close to the Kremlin say", the
        # plural opening the sentence with its capital, as "sources close to the Pentagon say" after "and"
        head = {"start": ws, "type": "anonymous", "gaz_type": "", "note": "the source is described, not named"}
    if head is None:
        return None
    phrase = art.text[ws:we]
    return dict(head, end=we, text=phrase, speaker=phrase)


def share_subject(art: Article, lo: int, clause_lo: int, hi: int) -> dict | None:
    """A share of a group of people as the subject right before a reporting word at ``hi`` (its clause opens at
    ``clause_lo``): "About four in 10 local voters say", "At least half of voters in each town said", "Two-thirds of
    the delegates said". The whole phrase is the source, described, not named (not its first word, "About" or
    "Four", as a name). When the sentence (from ``lo``) opens with a phrase that names a poll or a report ("In a poll
    by the Echo last month, 38 percent of voters said"), the share is a figure the poll gives: the poll is the source.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "About four in 10 local voters say the plan is fair."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> share_subject(art, 0, 0, t.index(" say"))["text"]
    'About four in 10 local voters'
    """
    text = art.text
    share = _SHARE_SUBJECT.fullmatch(text, clause_lo, hi)
    if share is None:
        return None
    ss, se = share.start("share"), share.end("share")
    poll = _IN_DOCUMENT.fullmatch(text, lo, clause_lo) if lo < clause_lo else None
    if poll is not None and any(w.lower() in art.sets.document_nouns for w in WORD.findall(poll.group("doc"))):
        ss, se = poll.start("doc"), poll.end("doc")
    return {"start": ss, "end": se, "text": text[ss:se], "speaker": text[ss:se], "type": "anonymous",
            "gaz_type": "", "note": "the source is described, not named"}


#: A share of a group of people as a subject, right before its verb: "About four in 10 local voters", "At least half
#: of voters in each town", "Two-thirds of the delegates", "A majority of Republicans" (a number or a fraction, "in 10",
#: "percent of" or "of", then up to six words that end in a plural, perhaps with a place or a group after it).
_SHARE_SUBJECT = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]till|[Nn]ow)[ \t]+)?(?P<share>(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Jj]ust|"
    r"[Oo]nly|[Oo]ver|[Aa]t[ \t]+least|[Mm]ore[ \t]+than|[Ff]ewer[ \t]+than|[Ll]ess[ \t]+than|[Uu]p[ \t]+to)[ \t]+)?"
    r"(?:\d[\d,.]*|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|half|a[ \t]+third|a[ \t]+quarter|a[ \t]+fifth|"
    r"two-thirds|three-quarters|three[ \t]+in[ \t]+four|a[ \t]+majority|the[ \t]+majority))"
    r"[ \t]+(?:in[ \t]+(?:\d+|(?i:ten|five|four|three))[ \t]+|percent[ \t]+of[ \t]+|of[ \t]+)(?:(?:the|all|those|these)[ \t]+)?"
    r"(?:[\w’'-]+[ \t]+){0,5}?(?:[a-z][\w’'-]*(?:s|men)|people|children)"
    r"(?:[ \t]+(?:in|across|from|at)[ \t]+(?:[\w’'-]+[ \t]+){0,2}[\w’'-]+)?)[ \t]*")

#: A phrase that opens a sentence and names a poll or a report, then a comma: "In a poll by the Echo last month, ".
_IN_DOCUMENT = re.compile(r"\s*(?:[Bb]ut|[Aa]nd)?\s*(?:[Ii]n|[Ff]rom)\s+(?P<doc>[^,;:“”\"()]{3,90}?)\s*,\s*")
