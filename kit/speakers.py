"""Speakers: who says the words near a speech cue ("said", "according to", "told").

These functions find where the speaker of one reporting word stands (before it, after it, the
subject of its sentence) in a stretch of one :class:`kit.names.Article`; kit.speaker_phrases reads
the words found there (kit.speaker_after those after the reporting word), kit.speaker_guess links a
pronoun or a description to a name, and kit.speaker_rules decides which stretch to look at for each
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

from .clause_subjects import (
    appositive_names,
    dash_aside_start,
    government_before_verb,
    group_name,
    list_subject,
    lone_name,
    made_by_pattern,
    name_before_any_aside,
    name_in_relative_clause,
    nationality_alone,
    subject_before_aside,
    verb_before_subject,
)
from .described_subjects import PREPOSITIONS, described_subject, share_subject
from .group_phrases import group_noun
from .names import WORD, Article, kept_per_article
from .owned_reports import staff_owner
from .passive_agents import passive_agent
from .relative_clauses import relative_antecedent
from .relative_subjects import reduced_relative_subject
from .sentence_subjects import (
    main_subject_after_opener,
    opener_subject,
    opening_word,
    sentence_subject,
    subject_after_opening,
    subordinate_subject,
)
from .speaker_after import described_closing, described_object, listener_dropped, speaker_after
from .speaker_participles import PARTICIPLES, SUBORDINATORS, in_quotation, subject_of_verb_before
from .speaker_phrases import (
    DETERMINERS,
    after_dateline,
    clause_start,
    described_source,
    end_of_words,
    ends_with_comma,
    manner_adverb,
    name_head,
    only_skip_words,
    phrase_after_quotation,
    plain_phrase,
    pronouns,
    subject_before_appositives,
    words_span,
)
from .speech_cues import (
    TELL_VERBS,
    after_cue_is_by,
    agentless_passive,
    is_speech_cue,
    made_sure,
)
from .verb_groups import passive_cue, verb_group_start

__all__ = ["agentless_passive", "report_noun_subject", "described_subject", "passive_cue", "speaker_before", "speaker_for_cue", "is_speech_cue", "made_sure",
           "sentence_subject"]


_RELATIVE_WORD = re.compile(r"\s(?:who|which|whose)\s")  # read by speaker_before
_BY_OR_FROM = re.compile(r"\b(?:by|from)\s+")  # read by speaker_before


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
        aside = dash_aside_start(text, lo, hi)
        if aside is not None:  # "Lee — who met her aides on Monday — said": the subject is before the aside
            named = [c for c in art.candidates(aside, cut_hi) if c["type"] == "named person"]
            open_at = aside + 1 + len(text[aside + 1:cut_hi]) - len(text[aside + 1:cut_hi].lstrip(" -"))
            named = named[0] if named and named[0]["start"] == open_at else None
            if named is not None and not re.match(r"\s*(?:,|[-—–]+\s*$)", text[named["end"]:cut_hi]):
                named = None  # "— Lee’s partner —", "— Ohio and Iowa —": no name set beside the subject
            found = named or speaker_before(art, lo, aside)
            if found is not None:
                return found
        near = _pronoun_next_to_cue(art, lo, cut_hi) or name_in_relative_clause(art, lo, hi) \
            or government_before_verb(art, lo, hi)
        if near is not None:
            return near
        last = stripped[stripped.rfind(" ") + 1:].lower()
        words = words_span(text, clause_start(text, lo, cut_hi), cut_hi) if last.endswith("s") or last in \
            art.sets.plural_nouns | art.sets.adverbs or stripped[-len(last):].istitle() else []  # a plural, a name
        while words and words[-1].group(0).lower() in art.sets.adverbs:
            words.pop()  # "a move critics have slammed": the helping verb is not in the subject
        reduced = reduced_relative_subject(words, art.sets)
        if reduced is not None:  # "It passed in a move critics slammed": "a move [that] critics slammed"
            ws, we = words[reduced].start(), words[-1].end()
            named = name_head(art, ws, cut_hi)
            found = named if named is not None and named["end"] == we else plain_phrase(art, ws, we, "subject") \
                or described_subject(art, ws, cut_hi)  # not the owner in "that Lee’s aides": the aides
            if found is not None:
                return found
        inner = _subject_after_that(art, clause_start(text, lo, cut_hi), cut_hi)
        if inner is not None:  # "a move that Lee’s office slammed", "Roe said that Lee’s office slammed"
            return inner
        listed = list_subject(art, lo, cut_hi) if not stripped.endswith(",") \
            and text.find(" and ", max(lo, cut_hi - 160), cut_hi) != -1 else None  # not "Lee, head of the X and Y Fund, said"
        if listed is not None:
            return listed  # "Kim, Ann and Bo said": all three
    aside = _PREPOSITION_ASIDE.search(stripped, max(0, len(stripped) - 40)) \
        if not whole and stripped.endswith(",") else None
    if aside and aside.group(1).lower() in PREPOSITIONS - {"and", "or", "nor"} and aside.start() > 0:
        # "Tom Roe, the party's chairman, for example, said": a phrase with a preposition is never the subject
        return speaker_before(art, lo, lo + aside.start() + 1)
    if not whole and stripped.endswith(","):
        named = subject_before_appositives(art, lo, lo + len(stripped) - 1)
        if named is not None:
            return named
        inner = stripped[:-1]
        comma = inner.rfind(",")
        if comma != -1:
            # "the group’s leader, Ali Musa, said": the name, not the description
            named = appositive_names(art, lo + comma + 1, lo + len(inner), clause_start(text, lo, lo + comma),
                                     lo + comma)
            if named:
                return named
            named = name_head(art, lo + comma + 1, lo + len(inner))
            if named is not None and named["type"] == "named person" \
                    and _PARTY_OR_SPACE.fullmatch(text, named["end"], lo + len(inner)):
                return named  # "At the rally, Gov. Ann Lee (D-MA), said": a stray comma before the verb
            named = subject_before_aside(art, lo, lo + len(inner)) or name_before_any_aside(art, lo, lo + comma)
            if named is not None:
                return named
        cut_hi = lo + comma if comma != -1 else lo + len(inner)
    clause_lo = after_dateline(text, lo, cut_hi) if whole else clause_start(text, lo, cut_hi)
    first = words_span(text, clause_lo, cut_hi)
    if first and first[0].group(0).lower() in ("who", "which", "that") and clause_lo > lo:
        # "the Pentagon, which has denied" -> the words before the comma; the mention is "which"
        rel = first[0]
        inner = speaker_before(art, rel.end(), cut_hi) if len(first) > 1 else None
        if inner is not None and inner.get("start", -1) >= rel.end() and text[rel.end():inner["start"]].strip().lower() \
                in ("", "the"):  # "which the Pentagon said" as "which the Kremlin said" (a span with or without "the")
            return inner  # "the plan, which officials said would fail": the relative pronoun is the object
        found = relative_antecedent(art, lo, rel.start()) or speaker_before(art, lo, clause_lo - 1, whole=whole)
        if found is not None and (found.get("speaker") or found.get("described")):
            return dict(found, start=rel.start(), end=rel.end(), text=rel.group(0), relative=True)
        cut_hi = clause_lo - 1
        clause_lo = clause_start(text, lo, cut_hi)
    # a relative clause without commas: "A general who commands forces in Syria has accused"
    m = _RELATIVE_WORD.search(text[clause_lo:cut_hi])
    if m:
        cut_hi = clause_lo + m.start()
    if whole:
        parts = [p for p in re.finditer(r"[^,]+", text[clause_lo:cut_hi])]
        first = words_span(text, clause_lo + parts[0].start(), clause_lo + parts[0].end()) if parts else []
        if len(parts) > 1 and first and first[0].group(0).lower() in SUBORDINATORS:
            # "When she met her aides, Lee declined …, saying": the subject of the main clause, after the comma
            clause_lo += parts[1].start()
            parts = list(re.finditer(r"[^,]+", text[clause_lo:cut_hi]))
        for part in parts[:2]:
            # a pronoun opening the sentence: "But he focused on ..., saying"
            words = words_span(text, clause_lo + part.start(), clause_lo + part.end())
            while words and words[0].group(0).lower() in art.sets.adverbs:
                words.pop(0)
            if len(words) > 1 and words[0].group(0).lower() in pronouns(art.sets):
                return plain_phrase(art, words[0].start(), words[0].end(), "subject")
            if len(words) > 4:
                break  # not a short opening phrase ("This year,"): the subject is not further on
        found = name_head(art, clause_lo, cut_hi)
        if found is None or opening_word(art, found):
            # skip an opening adverb: "Separately, Moallem blasted ...", "Likewise, a paper from …"
            for part in parts[:2]:
                found = name_head(art, clause_lo + part.start(), cut_hi)
                if found and not opening_word(art, found):
                    break
                found = None
        return found
    opened = None if whole else main_subject_after_opener(art, clause_lo, cut_hi)
    if opened is not None:
        return opened  # "When Lavrov spoke Mattis said": Mattis, whose verb it is
    made_by = made_by_pattern(art.sets).match(text, clause_lo, cut_hi)
    if made_by and text[made_by.end() - 3:made_by.end() - 1] == "by" \
            and not _MAKER_HAS_VERB.search(text, made_by.end(), cut_hi):
        found = speaker_after(art, made_by.end(), cut_hi) or group_name(text, made_by.end(), cut_hi)
        if found is not None:
            return found  # "Research published by the OECD found": the OECD
    alone = nationality_alone(art, clause_lo, cut_hi) if not whole and text[clause_lo - 1:clause_lo] == "," else None
    if alone is not None:
        return alone
    share = share_subject(art, lo, clause_lo, cut_hi)
    if share is not None:  # "About four in 10 local voters say", "In a poll by the Echo, 38 percent said"
        return share
    plain = plain_phrase(art, clause_lo, cut_hi, "subject")
    if only_skip_words(text[clause_lo:cut_hi], art.sets) and clause_lo > lo \
            and not (plain and plain["type"] == "anonymous"):  # "In Damascus, a witness said" stays a witness
        return speaker_before(art, lo, hi, whole=True)  # "Russia, meanwhile, has announced"
    if plain and plain["type"] in ("pronoun", "description"):
        return plain
    found = name_head(art, clause_lo, cut_hi)
    if found:
        return found
    group = group_name(text, clause_lo, cut_hi)
    if group and plain is None:  # "the ACU said": a capitalised name the kit does not know, as the subject
        return group
    by = _BY_OR_FROM.search(text[clause_lo:cut_hi])
    if by:  # "a report last week by the Associated Press"
        found = speaker_after(art, clause_lo + by.end(), cut_hi)
        if found:
            return found
    if plain is None:  # "The Israeli newspaper Haaretz noted": a name after its kind, right before the verb
        named = [c for c in art.candidates(clause_lo, cut_hi) if c["end"] == cut_hi
                 and c["type"] in ("named person", "organisation", "media outlet")]
        if named and _KIND_BEFORE_NAME.fullmatch(text, clause_lo, named[-1]["start"]):
            return named[-1]
    return plain


#: "that", "which" or "whom" after a word, then the words up to the reporting word (the subject of a clause).
_THAT_CLAUSE = re.compile(r"\w[\s,]+(?:that|which|whom|what)\s+(?=\S)")
#: Words that open a noun phrase: a subject after "that" starts with one, a capital or an owner ("Lee’s").
_PHRASE_OPENERS = DETERMINERS | {"a", "an", "his", "her", "their", "its", "our", "my", "your"}


_LOWER_PLAIN = re.compile(r"[a-z]+")


def _subject_after_that(art: Article, lo: int, hi: int) -> dict | None:
    """The subject of a clause opened by "that", "which", "whom" or "what" that ends at the reporting word:
    "a move that Lee’s office slammed", "a move which the governor’s aides slammed", "Roe said that
    Lee’s spokeswoman denied", "it proves what critics have long said". The words between "that" and the verb are its subject, not the noun
    before "that" (the thing slammed) nor the subject of the sentence (who said it). None when the
    words after "that" do not open with a noun phrase ("a general who commands", "the report that was
    released"), or when nothing that speaks starts there."""
    text = art.text
    that = next(iter(reversed(list(_THAT_CLAUSE.finditer(text, lo, hi)))), None)  # the last "that" before the verb
    if that is None:
        return None
    words = words_span(text, that.end(), hi)
    while words and (words[-1].group(0).lower() in art.sets.adverbs or manner_adverb(words[-1].group(0))
                     or len(words) > 2 and words[-2].group(0).lower() in art.sets.auxiliaries):
        words.pop()  # "that Lee’s aides have quickly slammed", "what critics have long said": not the subject
    if not 1 <= len(words) <= 6 or re.search(r"[^\w\s’'.-]", text[words[0].start():words[-1].end()]):
        return None
    first = words[0].group(0)
    plural = len(words) in (2, 3) and all(_LOWER_PLAIN.fullmatch(w.group(0)) for w in words) \
        and re.search(r"[^s’']s$", words[-1].group(0)) is not None  # "a decision that local skaters slammed"
    if not (first[0].isupper() or first.lower() in _PHRASE_OPENERS or re.search(r"\w[’']s$", first)
            or group_noun(first.lower(), art.sets) or plural):  # "what critics have said": people named by a plural
        return None  # "a general who commands", "the claim that officials": not a subject this rule reads
    ws, we = words[0].start(), words[-1].end()
    found = speaker_before(art, ws, we) or described_subject(art, ws, hi) or name_head(art, ws, we)
    if found is None:  # "that Ann Lee’s spokeswoman denied": the owner, as "Ann Lee’s office said" gives Ann Lee
        found = next((c for c in art.candidates(ws, we) if c["start"] == ws and c["type"] == "named person"
                      and re.match(r"[’']s\s", text[c["end"]:c["end"] + 3])), None)
    return found if found is not None and (found.get("start", -1) == ws or found.get("end") == we  # "what the Pentagon said"
                                           and text[ws:found.get("start", ws)].strip().lower() == "the") else None


#: A verb after who made a document: the document is not the whole subject ("a study by Lee shows").
_MAKER_HAS_VERB = re.compile(r"\b(?:[a-z]{2,}ed|shows?|finds?|says?|said|found|was|is|were|are|has|have)\b")

#: "The Israeli newspaper ", "the conservative group ": a determiner and up to three words of kind before a name
#: (not "A producer for Yahoo": a preposition makes the name someone else).
_KIND_BEFORE_NAME = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|for|at|to|by|with|from|in|on|and|or)\s)[A-Za-z][\w’'-]*\s+){1,3}")


_LAST_WORD = re.compile(r"(\w+)\W*$")  # read by _pronoun_next_to_cue
_SPACES = re.compile(r"\s+")  # read by _pronoun_next_to_cue
_SPACES_OR_NONE = re.compile(r"\s*")  # read by _pronoun_next_to_cue
_SHORT_CAPITALS = re.compile(r"[A-Z]{2,3}")  # read by _pronoun_next_to_cue


def _pronoun_next_to_cue(art: Article, lo: int, hi: int) -> dict | None:
    """A pronoun that is the subject of the reporting word: the nearest word before it, past small
    words such as "also", "has", "not" ("Sometimes, they say", "Lee smiled as she noted",
    "he has also said"). The pronoun is the mention; kit.speakers.resolve_speaker may link it to a name."""
    text = art.text
    bracket = _BRACKET_END.search(text, lo, hi) if text[max(lo, end_of_words(text, hi) - 1):hi][:1] == ")" else None
    if bracket:
        hi = bracket.start()  # "Sen. Ann Lee (D-MA) said"
    words = words_span(text, lo, hi)
    while words and (words[-1].group(0).lower() in art.sets.adverbs or _LY_WORD.fullmatch(words[-1].group(0))):
        if words[-1].group(0).lower() in ("and", "but", "or"):
            return None  # "shook her head and said": the subject is that of the verb before
        words.pop()
    if not words:
        return None
    last = words[-1]
    if not _WORDS_AND_SPACES.fullmatch(text, last.end(), hi):
        return None  # punctuation between the word and the reporting word: not its subject
    low = last.group(0).lower()
    if low in pronouns(art.sets):
        return plain_phrase(art, last.start(), last.end(), "subject")
    short = _PRONOUN_CONTRACTED.fullmatch(low)
    if short and short.group(1) in pronouns(art.sets) - {"it"}:  # "he's said", "they've told": the pronoun
        return plain_phrase(art, last.start(), last.start() + len(short.group(1)), "subject")
    if _WHO_FORMS.fullmatch(low) and len(words) > 1:  # "who", or with a helping verb: "who’ve", "who'd"
        # "a consultant who said": the mention is "who"; the speaker is the person it points back to
        before = relative_antecedent(art, lo, last.start()) or speaker_before(art, lo, last.start())
        if before is not None and before.get("type") != "pronoun" and (before.get("speaker") or before.get("described")):
            return dict(before, start=last.start(), end=last.end(), text=last.group(0), relative=True)
        return None
    # "the trouble began when Mr. Roe questioned": a name right before the reporting word, opening its clause
    cands = [c for c in art.candidates(max(lo, last.start() - 80), last.end()) if c["end"] == last.end()
             or (c["end"] == last.end() - 1 and text[c["end"]] == ".")] \
        if art.name_may_end(last.start(), last.end()) else []  # none can end at a word in lower case
    if cands and cands[-1]["type"] in ("named person", "organisation", "media outlet", "anonymous"):
        c = cands[-1]  # also a described source the article names as one ("… but U.S. officials have said")
        prev = _LAST_WORD.search(text[max(lo, c["start"] - 30):c["start"]])
        opener = prev.group(1).lower() if prev else ""
        spaced = prev is None or _SPACES.fullmatch(text[prev.end(1) + max(lo, c["start"] - 30):c["start"]])
        if opener in _CLAUSE_OPENERS | {"after", "before", "until", "once"} and opener and spaced:
            return name_head(art, c["start"], last.end()) or c
        if c["type"] == "named person" and " " in c["text"] and opener not in PREPOSITIONS and spaced:
            return name_head(art, c["start"], last.end()) or c  # "at the convention Sen. Ann Lee said"
        if opener in ("and", "but") and spaced and _LOWER_BEFORE.search(text, max(lo, c["start"] - 40), c["start"]):
            return c  # "… has won a state and Cruz suggested": a new clause; not "Lee and Roe said"
        if opener == "and" and spaced and art.place_and_before(c["start"]):
            return name_head(art, c["start"], last.end()) or c  # "Texas and Ann Lee said": a place is not a source
    # "it turns out that the bureau asked": a description right before the reporting word
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[k].group(0).lower() == "what" or not _PLAIN_WORD.fullmatch(words[k].group(0)) and not (0 < k < len(words) - 1
                                                                   and _SHORT_CAPITALS.fullmatch(words[k].group(0))):
            break  # not "the US envoy", "the UN envoy": a short abbreviation before a noun is a country or body
        if words[k].group(0).lower() in DETERMINERS and k < len(words) - 1:
            prev = words[k - 1].group(0).lower() if k > 0 and _SPACES_OR_NONE.fullmatch(text[words[k - 1].end():
                                                                                           words[k].start()]) else ""
            if prev not in _CLAUSE_OPENERS or not _WORDS_AND_SPACES.fullmatch(text[words[k].start():hi]):
                return None  # "take back his words and said", "in the city": not a subject
            if described_source(text, words[k:], art.sets):
                return plain_phrase(art, words[k].start(), words[-1].end(), "subject")
            if art.candidates(words[k].start(), words[-1].end()):
                return None  # a name inside ("the Biden administration"): the name finder's, further on
            found = plain_phrase(art, words[k].start(), words[-1].end(), "subject") \
                or described_subject(art, words[k].start(), hi)  # with a country word: "that the US envoy said"
            return found if found is not None and words[k].start() <= found["start"] else None
    return None


#: A party and state in brackets, "(R-OH)": what may follow a name before a stray comma.
_PARTY_OR_SPACE = re.compile(r"\s*\([A-Z][^()]{0,11}\)\s*")

#: Words after which a new clause, with its own subject, may start: "it turns out that the bureau asked".
_CLAUSE_OPENERS = frozenset({"", "that", "when", "as", "because", "while", "if", "since", "where", "though",
                             "although", "whereas", "now", "then"})


#: A reporting word of two words whose first is an "-ing" form: "referring to", "pointing out", "calling for".
_PARTICIPLE_PHRASE = re.compile(r"[a-z]{2,}ing[ \t]+[a-z]+$")
#: "and" or "but" right before a reporting word with no subject of its own: "…, but said", "and also said".
_AND_BEFORE_CUE = re.compile(r"(?:^|[\s,])(?:and|but)\s+(?:\w+ly\s+|also\s+)?$")
#: A word in lower case, then "and" or "but", before a name: the name opens a new clause.
_LOWER_BEFORE = re.compile(r"\b[a-z][a-z’'-]*,?\s+(?:and|but)\s+$")
#: Patterns of _pronoun_next_to_cue, compiled once.
_BRACKET_END = re.compile(r"\s*\([^()]{1,30}\)\s*$")
_LY_WORD = re.compile(r"[a-z]+ly")
_WORDS_AND_SPACES = re.compile(r"[\s\w’'-]*")
_PLAIN_WORD = re.compile(r"[a-z][a-z’'-]*|[A-Z][a-z]+")



def _opens_clause(art: Article, lo: int, s: int) -> bool:
    """Does the reporting word at ``s`` open its clause (only little words such as "also" before it,
    after a comma, a quotation or the start of the sentence)? Only then can the speaker come after
    it: "..., said Lee" but not "polls show Lee ahead"."""
    text = art.text
    before = text[clause_start(text, lo, s):s]
    cut = max(before.rfind(ch) for ch in ("”", "\"", "''", "»"))
    if cut != -1:
        before = before[cut + 1:]
    return all(w.lower() in art.sets.adverbs for w in WORD.findall(before))


#: A reporting word in the passive: a form of "be" before it ("was rejected by"), or it follows a noun phrase set
#: off by a comma, a phrase about what came before ("…, a call echoed by Tokyo").
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$"
                             r"|,\s+(?:a|an|the|this|that|one)\s+(?:[a-z][a-z’'-]*\s+){0,2}[a-z][a-z’'-]*\s+$")


#: A word that opens a participle clause after a comma: ", while claiming", ", after saying", ", despite admitting".
#: A pronoun, or "who", with a helping verb run into it: "he's", "they've", "who’ve" ("the delegates who’ve said").
_PRONOUN_CONTRACTED, _WHO_FORMS = re.compile(r"([a-z]+)[’'](?:s|ve|d|ll)"), re.compile(r"who(?:[’'](?:ve|d|s|ll))?")

#: Nothing, or a word that joins a sentence to the one before, before a participle that opens the sentence.
_OPENERS_ONLY = re.compile(r"[ \t]*(?:(?:But|And|Yet|So|Still|Instead|Also)[ \t,]+)?")
_OPENS_PARTICIPLE_CLAUSE = re.compile(r",\s*(?:while|when|after|before|since|despite|without)\s+$", re.IGNORECASE)

#: A short phrase set off by commas right before the reporting word: ", for example,", ", in turn,".
_PREPOSITION_ASIDE = re.compile(r",\s*([A-Za-z]+)(?:\s+[\w’'-]+){1,2}\s*,$")

#: A form of "be" before a reporting word in "-ing", perhaps with a helping verb and adverbs: "is predicting",
#: "was already warning", "have been saying", "will be arguing" (the progressive form of the verb).
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:(?:has|have|had|will|would|could|may|might|must|should|can)[ \t]+(?:not[ \t]+)?)?"
                                 r"(?:am|is|are|was|were|be|been)[ \t]+(?:(?:also|still|now|not|already|even|again|"
                                 r"[a-z]+ly)[ \t]+){0,2}$")

#: Where a source described after "according to" ends: a mark, or the words "published", "released", "from".
_DESCRIPTION_END = re.compile(r"[,;:“”\"()]|\.(?=\s)|\s(?:published|released|issued|obtained|from|by)\s")


#: A verb that agrees with a plural subject, right after a word for words: "claims were", "reports are".
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:are|were|have|remain|remained)\b", re.IGNORECASE)


def report_noun_subject(art: Article, cue, lo: int) -> bool:
    """Is the reporting word at ``cue`` a plural noun for words (``report_nouns``, ``message_nouns`` of
    data/word_sets.csv), the head of its clause's subject: only names before it in the clause, and a verb that agrees
    with a plural after it ("Russian claims were false", "US claims were false", "Kremlin reports are wrong")? No one
    speaks there. "The towns the Pentagon claims were hit" has a noun before the name: "claims" is its verb.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Kremlin claims were false, Lee said."]}), "example"))[0]
    >>> report_noun_subject(art, art.cues[0], 0), report_noun_subject(art, art.cues[1], 0)
    (True, False)
    """
    text = art.text
    word = text[cue[0]:cue[1]].lower()
    if not word.endswith("s") or word not in art.sets.report_nouns | art.sets.message_nouns \
            or not _PLURAL_VERB_AFTER.match(text, cue[1]):
        return False
    before = words_span(text, clause_start(text, lo, cue[0]), cue[0])
    return bool(before) and all(w.group(0)[0].isupper() or w.group(0).lower() in ("the", "and") for w in before)


@kept_per_article
def speaker_for_cue(art: Article, cue, lo: int, hi: int) -> dict | None:
    """Speaker of a cue found in text[lo:hi] (lo..cue is before it, cue..hi after it).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The road was closed, Gen. Ann Lee said."]}), "example"))[0]
    >>> speaker_for_cue(art, art.cues[0], 0, len(art.text))["speaker"]
    'Ann Lee'
    """
    return staff_owner(art, _speaker_for_cue(art, cue, lo, hi))  # "aides close to Lee said": Lee's staff speak


def _speaker_for_cue(art: Article, cue, lo: int, hi: int) -> dict | None:
    """:func:`speaker_for_cue` before the staff's owner is read."""
    s, e, term, _tone = cue
    if term.lower().startswith("according"):
        stop = _DESCRIPTION_END.search(art.text, e, hi)  # "according to a person close to Lee"
        found = speaker_after(art, e, hi)
        if found is None and not re.match(r"\s*that\s", art.text[e:e + 8]):  # not "according to that …"
            found = described_object(art, e, stop.start() if stop else hi)
        return found
    if report_noun_subject(art, cue, lo):
        return None  # "Russian claims were false": a noun, no one speaks
    by = after_cue_is_by(art, e, hi)
    if by is not None:
        found = passive_agent(art, by, hi)
        if found is not None:
            return found  # "a report published by the BBC"; "Lee said by telephone" goes on below
        if _PASSIVE_BEFORE.search(art.text, max(lo, s - 60), s):
            return None  # "The plan was rejected by …", "…, a call echoed by …": the subject is what was said
    if passive_cue(art, cue):
        return None  # "Lee was asked to …", "it was reported that …": the subject did not say it, and no one is named
    participle = bool(PARTICIPLES.search(art.text[s:e]))
    phrase = _PARTICIPLE_PHRASE.match(art.text, s, e)  # "referring to": what follows is what is referred to
    s = verb_group_start(art, cue, lo)  # "The army was forced to admit": the subject ends before "was forced to"
    progressive = _PROGRESSIVE_BEFORE.search(art.text, max(lo, s - 40), s) if participle and s == cue[0] else None
    if progressive is not None:  # "The senator is predicting that": a form of "be" and the "-ing" form make one
        s, participle = progressive.start(), False  # verb, as "predicts" does; its subject stands before "is"
    # a verb of telling ("told reporters", "tells the Echo", "assured voters": TELL_VERBS and the listener_verbs of
    # data/word_sets.csv) has the person told right after it, never who speaks ("…,” told reporters Lee" may name both)
    told = art.text[cue[0]:e].lower() in TELL_VERBS or art.text[cue[0]:e].lower() in art.sets.listener_verbs
    if (art.text[lo:s].strip(" \t\n,.;:—–-”\"") == "" or art.text[s:e].lower() in ("said", "says", "added", "asked", "wrote", "reported")
            and phrase_after_quotation(art.text, lo, s)) and not participle:  # "“…” for the Kremlin, said Lee"
        if phrase:
            return None  # “…,” referring to the gang: the gang is referred to, it does not speak
        return listener_dropped(art.text, e, speaker_after(art, e, hi, immediate=True, described=True), told)  # “...,” said Lee.
    if not participle and ends_with_comma(art.text, s) and art.text[s:e].lower() in ("said", "says"):
        found = speaker_after(art, e, hi, immediate=True)  # "And Trump, said Sunshine, does not …": said Sunshine
        if found is not None and found["type"] in ("named person", "organisation", "media outlet") \
                and not art.text[e:found["start"]].strip() and re.match(r"\s*,", art.text[found["end"]:hi]):
            return found
    sent = art.sentence_at(s) if participle else None
    if sent is not None and _OPENERS_ONLY.fullmatch(art.text, sent[1], s):
        # "Noting that Reed and Lee faced the press, Ann Cole put …": a participle opening the sentence
        # shares the subject of the main clause after it, not a name inside it
        return subject_after_opening(art, e, sent[2])
    # "The army refused, saying …" / "Lee called it “absurd,” adding …": a participle never comes
    # before its subject, so the words after it are what was said or who was told, not the speaker
    if participle and (art.text[max(0, lo - 2):s].rstrip(" \t\n”\"’'").endswith(",")
                       or _OPENS_PARTICIPLE_CLAUSE.search(art.text, max(lo, s - 20), s)):
        sent = art.sentence_at(s)
        start = min(lo, sent[1]) if sent else lo  # the subject may stand before an earlier quotation
        found = subject_of_verb_before(art, start, s)  # "“…,” Lee said, adding …": Lee, as for "said"
        if found is not None:
            return found
        # "The army refused, saying that ...": the subject of the nearest clause, else of the sentence
        found = sentence_subject(art, start, s)
        if found is not None and in_quotation(art.text, start, found.get("start", start)):
            found = None  # "She said she thought, “this can’t be,” adding …": not a word inside the quotation
        found = found or speaker_before(art, start, s, whole=True)
        if found:
            return found
    joined = _AND_BEFORE_CUE.search(art.text, max(lo, s - 30), s)
    sent = art.sentence_at(s) if joined else None
    if sent is not None and sent[1] < joined.start():
        # "Lee called Roe “weak” and said …": a verb after "and" with no subject of its own shares the subject
        # of the verb before "and"; the name just before "and" is that verb's object, not the speaker
        before = art.cues_in(sent[1], joined.start())
        verb_lo = max([sent[1]] + [art.text.rfind(m, sent[1], before[-1][0]) + 1 for m in "”\"'"]) if before else 0
        verb_subject = speaker_for_cue(art, before[-1], verb_lo, joined.start()) if before else None
        if verb_subject is not None and not (sent[1] <= verb_subject.get("start", -1) < before[-1][0]
                                             or not art.text[before[-1][1]:verb_subject["start"]].strip()):
            verb_subject = None  # neither before its verb nor right after it ("…,” said an official who … and")
        found = sentence_subject(art, sent[1], joined.start())
        if found is not None and verb_before_subject(art, sent[1], found.get("start", -1)):
            found = None
        inner = subordinate_subject(art, sent[1], joined.start())  # "… when the board report was finalized and denied"
        if inner is not None and (found is None or inner.get("start", -1) > found.get("start", -1)):
            found = inner
        # the subject nearest "and": of the reporting verb before it ("when Lee lamented … and criticized"),
        # or of the clause ("When asked whom she backed, Ms. Roe smiled and said")
        found = max((f for f in (verb_subject, found) if f is not None), key=lambda f: f.get("start", -1),
                    default=None)
        if found is not None:
            return found
    found = speaker_before(art, lo, s)
    inner = opener_subject(art, lo, s)  # "Mattis left when a Kremlin aide said": the aide, not Mattis
    if inner is not None and (found is None or found.get("start", -1) < inner["start"]):
        found = inner
    if found is None and _AND_BEFORE_CUE.search(art.text, max(lo, s - 30), s) \
            and (art.text[lo:s].strip(" \t,").count(" ") < 2 or "," in art.text[max(lo, s - 30):s]):
        sent = art.sentence_at(s)  # "Lee said that ... “...,” and said that ...": the first verb's subject
        found = sentence_subject(art, sent[1], s) if sent else None
    if found is None:
        found = described_subject(art, lo, s) or lone_name(art, lo, s)
    if found is None and not _opens_clause(art, lo, s):
        return None  # "polls show Lee ahead", "he told reporters": the words after the verb are not its subject
    if found is None and phrase:
        return None  # "…, pointing to the report": the report is pointed to, it does not speak
    if found is None:
        found = listener_dropped(art.text, e, speaker_after(art, e, hi, immediate=True)
                                 or described_closing(art, cue, hi), told)  # ", said the head of the council."
        if found is not None and found.get("type") == "pronoun" and \
                not re.match(r"\s*(?:[.,;:!?]|$)", art.text[found["end"]:hi]):
            return None  # "Most said they were ...": the pronoun opens what was said, it is not the speaker
    return found
