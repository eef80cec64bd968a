"""Speaker rules: which stretch of text names the speaker of each quotation.

:data:`SPEAKER_RULES` is an ordered table of named rules for a quotation in quotation marks; the
first that finds a speaker wins, and its name is the quotation's ``speaker_method``.
:func:`article_quotes` applies them to one article, then adds block quotations (a paragraph after
a colon) and indirect speech ("X said that ...").

    >>> [name for name, _why, _rule in SPEAKER_RULES]
    ['named', 'named', 'report-owner', 'named', 'named', 'subject-after', 'signature', 'colon', 'named', 'continuation', 'reported-clause', 'sentence-subject', 'sentence-name', 'reported-before', 'subject-before']
"""

from __future__ import annotations

import bisect
import re

from .guess_rules import (
    rule_continuation,
    rule_reported_before,
    rule_sentence_name,
    rule_sentence_subject,
    rule_subject_before,
)
from .indirect_rows import AND_CLAUSE, indirect_rows
from .indirect_speech import indirect_content
from .names import Article
from .naming_reports import naming_rows
from .nested_reports import opening_account, outer_report, subordinate_report, trailing_report
from .owned_reports import report_owner
from .partial_quotes import SCARE_MAX_WORDS, is_partial, n_words
from .passive_agents import quote_agent, rule_passive_naming
from .quote_grammar import (
    DISTANCE_WORD,
    NEW_PREDICATE,
    SHORT_SAID,
    answer_after_asked,
    dash_signature,
    headline_name,
    inside_report_before,
    inverted_subject,
    named_by_subject,
    subject_between,
    written_on_thing,
)
from .quote_rows import KIND_NOTES, quote_row
from .relative_clauses import quote_in_relative_clause, whole_source
from .sentence_subjects import opening_word
from .speaker_guess import resolve_speaker
from .speaker_phrases import end_of_words, name_head, pick_speaker, plain_phrase, pronouns
from .speakers import is_speech_cue, passive_cue, sentence_subject, speaker_before, speaker_for_cue
from .titles import TITLE_BEFORE, quoted_title
from .transcripts import TRANSCRIPT_LABEL, set_out_not_quoted, transcript_speaker

__all__ = ["article_quotes", "SPEAKER_RULES"]

_QUOTE_MARKS = "“„«”»\""




_SPACES = re.compile(r"[ \t]+")


def _sentence_after_quote(art: Article, q: dict, c_end: int, sent_hi: int) -> int | None:
    """The end of the sentence that goes on after a quotation ending in “?” or “!” when the sentence
    splitter cut there and the words that follow, on the same line, open in lower case or name the
    speaker with a reporting word ("“Why not?” Lee asked.")."""
    text = art.text
    last = text[q["start"]:q["end"]].rstrip().rstrip("’'‘\"”")[-1:]
    if q["close"] is None or last not in "?!…." or c_end < sent_hi - 1:
        return None
    k = art.sentence_index(c_end)
    m = _SPACES.match(text, c_end)
    start = m.end() if m else c_end
    if k < 0 or k + 1 >= len(art.sentences) or art.sentences[k + 1][1] != start:
        if not (k >= 0 and art.sentences[k][1] == start):
            return None
        nxt = art.sentences[k]
    else:
        nxt = art.sentences[k + 1]
    if not m or "\n" in text[c_end:start]:
        return None
    if text[start:start + 1].isupper() and _introduced(art, q["open"]):
        return None  # Lee replied: “Why now?” Roe then wrote back …: a new sentence, not this quotation's
    if last in "?!…" and (text[start:start + 1].islower() or any(is_speech_cue(art, c) and c[0] - start < 60
                                                                  for c in art.cues_in(start, nxt[2]))):
        return nxt[2]
    if last in "?!…" and text[start:start + 1].isupper():
        # “… win Loudoun?” Will Estrada, the chairman for the exurb, said: the name opening the next
        # sentence is the subject of its reporting word, after an aside between commas
        cues = [c for c in art.cues_in(start, nxt[2]) if is_speech_cue(art, c)]
        found = speaker_for_cue(art, cues[0], start, nxt[2]) if cues and "," in text[start:cues[0][0]] else None
        if found is not None and found.get("start") == start and found.get("type") == "named person":
            return nxt[2]
    m = _SUBJECT_VERB_AFTER.match(text, start, nxt[2]) if last in "?!…" else None
    if m and all(w[:1].isupper() for w in m.group("subject").split()):
        return nxt[2]  # “… 11 million?” Hannity pressed.: a name and a verb that end their clause
    # “… the end.” Lee said. -- the splitter cut after the full stop, but the sentence that follows is
    # only a short subject and a reporting word that ends its clause: it names who spoke
    m = SHORT_SAID.match(text, start, nxt[2])
    if m and any(is_speech_cue(art, c) and c[0] == m.start("cue") for c in art.cues_in(start, nxt[2])):
        return nxt[2]
    return None


def _introduced(art: Article, o: int) -> bool:
    """Is the quotation that opens at ``o`` introduced by a reporting word of its own sentence, with a comma
    or a colon right before its mark ("Lee replied: “…”", "Lee wrote back, “…”")?"""
    sent = art.sentence_at(o)
    if sent is None or not art.text[sent[1]:o].rstrip().endswith((",", ":")):
        return False
    return any(is_speech_cue(art, c) for c in art.cues_in(sent[1], o))


def _colon_sentence(art: Article, lo: int, o: int, prev_close: int):
    """If the quotation at ``o`` is introduced by a colon, the span of the words before that colon."""
    text = art.text
    before = text[lo:o].rstrip()
    if before.endswith(":"):
        return lo, lo + len(before)
    if before.strip():
        return None
    j = o - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j >= 0 and text[j] == ":":
        prev = art.sentence_at(j)
        if prev:
            return max(prev[1], prev_close), j
    return None


def _speaker_of_intro(art: Article, cs: int, ce: int, outside) -> tuple[dict | None, tuple | None]:
    """Speaker of an introducing sentence ("Rudskoi also questioned the motives:")."""
    cues = [k for k in art.cues_in(cs, ce) if outside(k) and is_speech_cue(art, k)]
    if cues:
        found = speaker_for_cue(art, cues[-1], cs, ce)
        if found:
            return found, cues[-1]
    signed = _NAME_BEFORE_COLON.search(art.text, cs, ce)
    if signed:  # "… for Republican contests - Philip Bump: “…”", "More from Pew Research: “…”"
        found = name_head(art, signed.start("who"), signed.end("who"))
        if found is not None and found["start"] == signed.start("who") and found["end"] == signed.end("who") \
                and found["type"] in ("named person", "organisation", "media outlet"):
            return found, None
    for m in re.finditer(r"\w+", art.text[cs:ce]):
        word = m.group(0).lower()
        if word in pronouns(art.sets):
            return plain_phrase(art, cs + m.start(), cs + m.end(), "subject"), None
        if word not in art.sets.adverbs:
            break
    found = sentence_subject(art, cs, ce) or speaker_before(art, cs, ce, whole=True) \
        or pick_speaker([c for c in art.candidates(cs, ce) if not opening_word(art, c)])  # not "Likewise,"
    return found, None


#: A name right before the colon that introduces a quotation, after a dash or "from": "- Philip Bump:".
_NAME_BEFORE_COLON = re.compile(r"(?:\s[-–—]\s*|\b[Ff]rom\s+)(?P<who>[A-Z][^-–—:;,.!?“”\"]{1,50}?)\s*:?\s*$")


class _QuoteContext:
    """What the speaker rules know about one quotation: its marks, its sentence, the quotations before."""

    __slots__ = ("art", "q", "o", "c_end", "lo", "tail_hi", "prev_close", "results", "speech", "outside")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def _rule_cue_after(ctx):
    """“...,” Gerasimov said / said Gerasimov / U.S. News reported / a spokesman for the group said."""
    tail = ctx.speech(ctx.art.cues_in(ctx.c_end, ctx.tail_hi))
    if tail and (_NEW_CLAUSE.match(ctx.art.text, ctx.c_end, tail[0][0])
                 or AND_CLAUSE.search(ctx.art.text, ctx.c_end, tail[0][0])
                 or _SUBORDINATE_CLAUSE.search(ctx.art.text, ctx.c_end, tail[0][0])):
        # “…,” and donations began to pick up, Gilbert said.: a report that closes the sentence still speaks
        return trailing_report(ctx.art, ctx.c_end, ctx.tail_hi, tail, alone=True) or (None, None)  # “...,” but he also noted … / “…” on tax, and since 2008 she has told: a new clause
    if tail and _RELATIVE_REPORT.search(ctx.art.text, ctx.c_end, tail[0][0]) \
            and ctx.speech(ctx.art.cues_in(ctx.lo, ctx.o)):
        return None, None  # Cruz says he is “…” with Rubio, in a finish that he said …: the cue before reports it
    if tail and _PARTICIPLES.search(ctx.art.text[tail[0][0]:tail[0][1]]) and not re.match(r"[\s,]*$", ctx.art.text[ctx.c_end:tail[0][0]]) \
            and ctx.speech(ctx.art.cues_in(ctx.art.sentences[ctx.art.sentence_index(ctx.o)][1], ctx.o)):
        return None, None  # memos noting a “Salafist” [Islamic] “principality”, to other memos noting …: the first reports it
    if tail and quote_in_relative_clause(ctx.art, ctx.lo, ctx.o, ctx.speech):
        return None, None  # The voters, who called it “a disaster,” rejected the plan: "called" reports it
    if tail and inside_report_before(ctx.art, ctx.q, ctx.lo, ctx.c_end, tail[0], ctx.speech):
        return None, None  # Lee said the deal has “kept us safe” on Twitter before claiming …: Lee's words
    if tail:
        found = speaker_for_cue(ctx.art, tail[0], ctx.c_end, ctx.tail_hi)
        if found is None and not ctx.art.text[tail[0][0]:tail[0][1]].lower().endswith(("ing", "according to")):
            # not "“…,” a nod to him acknowledging", and "according to" has no subject before it
            found = subject_between(ctx.art, ctx.c_end, tail[0][0])
        if found is None and len(tail) > 1:
            return _closing_cue(ctx, tail)
        relayed = trailing_report(ctx.art, ctx.c_end, ctx.tail_hi, tail, according=True) if len(tail) > 1 else None
        if found is not None and relayed is not None and relayed[1] != tail[0] and relayed[0].get("start") != found.get("start") \
                and not relayed[1][2].lower().startswith("according"):  # “…,” Lee said, according to X: Lee's words (round 17)
            return relayed  # Lee welcomed it, saying it was “right,” suggesting …, CNN reported.: CNN reports all the sentence
        return found, tail[0]
    return None, None


def _closing_cue(ctx, tail):
    """“…” that would respond to requests, Lee wrote in a filing: the first reporting word after the
    quotation ("respond") names no speaker; a later one whose subject follows a comma, with no new
    clause before it, closes the sentence and names who spoke."""
    art, text = ctx.art, ctx.art.text
    for cue in tail[1:]:
        if AND_CLAUSE.search(text, ctx.c_end, cue[0]):
            return None, None
        comma = text.rfind(",", ctx.c_end, cue[0])
        if comma == -1:
            continue
        found = speaker_for_cue(art, cue, comma + 1, ctx.tail_hi)
        if found is not None and found.get("start", -1) > comma and found.get("type") != "pronoun" \
                and _ROLE_ONLY.fullmatch(text, comma + 1, found["start"]) and _CLOSE_AFTER.match(text, cue[1], ctx.tail_hi) \
                and not any(w.lower() in art.sets.stop_caps for w in text[comma + 1:found["start"]].split()):
            return found, cue  # the subject, perhaps after its role: ", Justice Department counsel Ann Lee wrote"
    return None, None


#: Words of a role before a name, and nothing else: "Justice Department senior trial counsel ".
_ROLE_ONLY = re.compile(r"\s*(?:[\w.’'-]+\s+){0,6}")
#: What may follow a reporting word that closes its sentence: a few words, no comma or quotation mark.
_CLOSE_AFTER = re.compile(r"[^,;:“”\"()\n]{0,40}$")


#: A clause of its own between a quotation and a later reporting word: "“…” regarding her links while Roe suggests".
_SUBORDINATE_CLAUSE = re.compile(r"\s(?:while|whereas|although|because|though)\s")
#: A relative clause whose subject reports, right before a reporting word: "that he said", "whom she called", "an
#: acknowledgment that advisers to Lee quickly trumpeted" (a subject of up to five words, no punctuation). Not "what"
#: with a subject that is not a pronoun ("…, which is what Lee called it": Lee's words).
_RELATIVE_REPORT = re.compile(r"\b(?:that|which|whom|what)\s+(?:he|she|they|it|we|I)\s+(?:[a-z]+\s+)?$"
                              r"|\b(?:that|which|whom)\s+(?:(?!(?:what|is|was|are|were)\b)[\w’'.-]+\s+){1,5}?"
                              r"(?:[a-z]+ly\s+)?$")
_PARTICIPLES = re.compile(r"\w+ing$")
_NEW_CLAUSE = re.compile(r"[\s,;—–-]*(?:and|but(?![ \t]+to\b)|while|as|because|although|though|whereas|yet)\b", re.IGNORECASE)

#: After a closing quotation mark: a short subject, then one verb in the past or present tense, then
#: the end of the clause (“...,” Lee continued. / “...?” she wondered aloud. / “...,” one user wrote on ...).
_SUBJECT_VERB_AFTER = re.compile(
    r"[ \t]*(?P<subject>(?:[\w’'.-]+[ \t]+){1,6}?)(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]{2,}(?:ed|es|s)|went on|shot back|wrote|spoke|chimed in|read|"
    r"state|say|note|add|argue|write|explain|insist|claim|warn|contend|conclude|agree)\b"
    r"(?=[ \t]*[.,;:!?—–]|[ \t]+(?:[a-z]+ly|to|in|on|at|during|after|before|about|from|outside|via|when|while|as|"
    r"with|later|then|again|back|of|into|through)\b)")


def _rule_subject_after(ctx):
    """“...,” Lee continued. / “...?” the candidate wondered: whoever is named right after the
    quotation, as the subject of a verb that ends the clause, spoke it (any verb, not only the
    reporting words of the attribution list); also with the verb first (“...,” read one. / “...,”
    opined the Plain Dealer.)."""
    art, text = ctx.art, ctx.art.text
    if ctx.q["close"] is None:
        return None, None
    inner = text[ctx.q["start"]:ctx.q["end"]].rstrip()
    if inner[-1:] not in ",!?—–…":
        return None, None
    m = _SUBJECT_VERB_AFTER.match(text, ctx.c_end, ctx.tail_hi)
    if not m or "\n" in m.group(0):
        return inverted_subject(art, ctx.c_end, ctx.tail_hi)
    verb = m.group("verb")
    if verb in art.sets.adverbs or verb.endswith("ss"):
        return None, None
    vs = m.start("verb")
    found = speaker_before(art, ctx.c_end, vs)
    if found is None or found.get("start", -1) < ctx.c_end:
        found = subject_between(art, ctx.c_end, vs)  # “…!” a welcome message on the website reads.
    return (found, (vs, m.end("verb"), verb, "")) if found is not None else (None, None)


def _rule_cue_before(ctx):
    """Gerasimov said: “...” / According to X, “...” (the cue is in the same sentence)."""
    head = ctx.speech(ctx.art.cues_in(ctx.lo, ctx.o))
    if head:
        outer = subordinate_report(ctx.art, head, ctx.lo, ctx.o, ctx.c_end)
        if outer is not None:
            return outer  # "Lee said that when the Kremlin railed against X, “…”": Lee's words
        found = quote_agent(ctx.art, head[-1], ctx.o, ctx.c_end, ctx.tail_hi) \
            or answer_after_asked(ctx.art, head[-1], ctx.o) \
            or speaker_for_cue(ctx.art, head[-1], ctx.lo, ctx.o)  # The plan, dubbed “a farce” by Lavrov, …
        outer = outer_report(ctx.art, head, found, ctx.lo)
        if outer is not None:
            return outer  # "Rubio said …, whom he called “a con artist”": the outer speaker reports it
        if found is None and not passive_cue(ctx.art, head[-1]):  # "Another source speaking to the BBC said, “...”"
            found = sentence_subject(ctx.art, ctx.lo, head[-1][0])
        if found is None and len(head) > 1 and _PARTICIPLES.search(ctx.art.text[head[-1][0]:head[-1][1]]):
            # "As Lee put it in a memo explaining the deal, “…”": the participle hangs on the verb before it
            return speaker_for_cue(ctx.art, head[-2], ctx.lo, head[-1][0]), head[-2]
        return found, head[-1]
    return None, None


def rule_report_owner(ctx):
    """“…” inside the words of a noun of report that someone owns: "the Pentagon's claim that the base was
    “closed”" -> the Pentagon (:func:`kit.owned_reports.report_owner`), not the sentence's subject."""
    return report_owner(ctx.art, ctx.lo, ctx.o), None


def _rule_called_by(ctx):
    """“…” right after "that" or "what", a named person or group and a naming verb: "in a clip that U.S.
    District Judge Michael W. Mosman called “distasteful,”", "what the New York Times called a “rough
    week”": the words are that subject's, not a name mentioned as a word."""
    m = _CALLED_BY.search(ctx.art.text, max(ctx.lo, ctx.o - 120), ctx.o)
    if m is None:
        return None, None
    found = name_head(ctx.art, m.start("who"), m.end("who"))
    if found is None or found["end"] != m.end("who") \
            or found["type"] not in ("named person", "organisation", "media outlet") \
            or any(w[:1].islower() and w not in ("the", "a", "and")
                   for w in ctx.art.text[m.start("who"):found["start"]].split()):
        return whole_source(ctx.art, m.start("who"), m.end("who")), None  # "what former employees have called"
    return found, None


#: "that Judge Ann Lee called ", "what the Times each called a ": who calls the quoted words so.
_CALLED_BY = re.compile(r"\b(?:that|what)\s+(?P<who>[^,;:“”\"()]{2,80}?)\s+(?:each\s+|also\s+|has\s+|have\s+|had\s+|once\s+)?"
                        r"(?:called|dubbed|termed|labell?ed|branded|described\s+as)\s+(?:it\s+|them\s+|him\s+|her\s+)?"
                        r"(?:an?\s+|the\s+)?$")


def _rule_colon(ctx):
    """"Rudskoi also questioned the motives:" then the quotation; or a line that opens with a name
    and a colon, as headlines do ("Lee: Plan Is ‘A Disaster’")."""
    lo, prev_close = ctx.lo, ctx.prev_close
    sent = ctx.art.sentence_at(ctx.o)
    if sent is not None and sent[1] < prev_close == lo and ctx.results and ctx.results[-1][0]["open"] > sent[1] \
            and n_words(ctx.art.text, ctx.results[-1][0]["start"], ctx.results[-1][0]["end"]) <= _FEW_QUOTED_WORDS:
        # "Another said he hoped with his “whole heart” that Reed wins: “…”": a few quoted words inside the
        # sentence do not cut it; the colon's sentence starts where the sentence does
        lo, prev_close = sent[1], sent[1]
    colon = _colon_sentence(ctx.art, lo, ctx.o, prev_close)
    if colon:
        return _speaker_of_intro(ctx.art, *colon, ctx.outside)
    return headline_name(ctx.art, ctx.o), None


#: At most this many quoted words inside a sentence are a phrase of it, not a quotation that ends a clause.
_FEW_QUOTED_WORDS = 6

_SCARE_BEFORE = re.compile(r"\b(?:the|a|an|so-called|this|these|those|its|their|our)\s+$", re.IGNORECASE)


def _scare_word_before(text: str, o: int) -> bool:
    """_SCARE_BEFORE.search(text, 0, o), read from just before the spaces that end at ``o`` (the
    word it looks for is at most nine letters long): the same answer without a scan from the start."""
    return _SCARE_BEFORE.search(text, max(0, end_of_words(text, o) - 12), o) is not None


def _said_by_subject(ctx) -> bool:
    """A short quotation in a sentence whose subject is a person (a name or "he"/"she"): the
    words are theirs, not the writer's scare quote ("Lee called the plan a “disaster”")."""
    if len(ctx.art.text[ctx.q["start"]:ctx.q["end"]].split()) < 2 and _scare_word_before(ctx.art.text, ctx.o):
        return False  # one word after "the" or "so-called" ("the “rebels”") stays a scare quote
    found = sentence_subject(ctx.art, ctx.lo, ctx.o)
    return found is not None and (found.get("type") in ("named person", "organisation", "media outlet")
                                  or found.get("pronoun") in ctx.art.sets.pronouns_person | {"they"})


def _rule_reported_clause(ctx):
    """A short quotation inside the words a reporting verb before it reports, in the same sentence:
    "Bush said that Roe is a “loser,” a “liar” and a “whiner”". The quoted words are part of what the
    subject said, so they are that speaker's words (a partial quotation), not the writer's scare quote. Not
    after "so-called" or "supposed" (the writer's own distance), and not past the end of the report
    ("…, as the council has said", "– despite …": :func:`kit.indirect_speech.indirect_content`)."""
    art = ctx.art
    sent = art.sentence_at(ctx.o)
    if sent is None or DISTANCE_WORD.search(art.text, max(ctx.lo, ctx.o - 30), ctx.o):
        return None, None
    head = ctx.speech(art.cues_in(sent[1], ctx.o))
    if not head:
        return None, None
    cue = head[-1]
    found = speaker_for_cue(art, cue, sent[1], ctx.o)
    if found is None:
        return None, None
    outer = outer_report(art, head, found, sent[1])
    if outer is not None:
        found, cue = outer[0], cue  # the content is that of the inner report; the outer speaker reports it
    start, end = indirect_content(art, cue, sent[1], sent[2], found)
    if NEW_PREDICATE.search(art.text, cue[1], ctx.o):
        return None, None  # "… vowing to “annihilate” ISIS and debunks the “fake news” story": the writer's again
    if cue[1] <= start <= ctx.o and ctx.c_end <= end + 2:
        return found, cue
    return None, None


#: The speaker rules for a quotation in quotation marks, tried in this order; the first that finds
#: a speaker wins, and its name is the quotation's ``speaker_method`` (unless the speaker is then
#: found through a pronoun or a description: ``pronoun``, ``description``).
SPEAKER_RULES = [
    ("named", "a name before a naming verb right before it: a clip that Judge Lee called “distasteful”",
     _rule_called_by),
    ("named", "a reporting word after the quotation names who speaks: “...,” Lee said", _rule_cue_after),
    ("report-owner", "it lies in what someone's claim, warning or statement says: Lee mocked the Pentagon's claim "
     "that the base was “closed”", rule_report_owner),
    ("named", "a reporting word before it, in the same sentence: Lee said: “...”", _rule_cue_before),
    ("named", "a naming verb in the passive, who named it after: labeled a “witch hunt” by critics", rule_passive_naming),
    ("subject-after", "a subject and a verb right after it end the sentence: “...,” Lee continued",
     _rule_subject_after),
    ("signature", "a dash and a name follow it, as under a quotation set apart: “...” – Lee", dash_signature),
    ("colon", "a sentence ending in a colon introduces it: Lee questioned the motives: “...”", _rule_colon),
    ("named", "no one else is named for it, and its sentence opens with “According to X,”: X's account", opening_account),
    ("continuation", "it follows straight on from a quotation by a known speaker", rule_continuation),
    ("reported-clause", "it lies in what a reporting word before it reports: Lee said Roe is a “liar”",
     _rule_reported_clause),
    ("sentence-subject", "no reporting word: the subject of the sentence that holds it: Lee called it “a disaster”",
     rule_sentence_subject),
    ("sentence-name", "no subject read: the first person or group its sentence names before it: Whitman, …, "
     "labeled Roe “unfit”", rule_sentence_name),
    ("reported-before", "the sentence before reports what someone said; this one goes on in their words",
     rule_reported_before),
    ("subject-before", "it opens a sentence right after a short one whose subject is a person: Lee pressed. “...”",
     rule_subject_before),
]


#: Speaker rules that guess (no reporting word ties the speaker to the quotation).
_GUESSES = frozenset({"continuation", "reported-before", "sentence-subject", "sentence-name", "subject-before"})

#: A colon that ends a note on the page's layout, not an introduction of someone's words: a
#: bracket ("(all times EST):") or a pointer to what is shown ("Watch the video below:").
_LAYOUT_COLON = re.compile(r"(?:\)|\bbelow|\babove)\s*:$", re.IGNORECASE)


def article_quotes(art: Article) -> list[dict]:
    """The rows of ``kit.quotes`` for one prepared article: quotations in quotation marks (with the
    speaker found by :data:`SPEAKER_RULES`), block quotations and indirect speech, in text order.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "“We will stay,” Gen. Ann Lee said."]}), "example"))[0]
    >>> [(r["quote"], r["speaker"], r["speaker_method"]) for r in article_quotes(art)]
    [('We will stay,', 'Ann Lee', 'named')]
    """
    from .segment import quotations

    text = art.text
    spans = quotations(text, cues=[c[:2] for c in art.cues if is_speech_cue(art, c)])
    inside = [(q["open"], (q["close"] if q["close"] is not None else q["end"]) + 1) for q in spans]
    inside_opens = [a for a, _ in inside]

    def outside(c):
        k = bisect.bisect_right(inside_opens, c[0]) - 1
        return k < 0 or c[0] >= inside[k][1]

    def speech(cues):
        return [k for k in cues if outside(k) and is_speech_cue(art, k)]

    # the next quotation that is not a name, for each one (one backward pass: linear)
    next_open = [len(text)] * len(spans)
    nxt = len(text)
    for qi in range(len(spans) - 1, -1, -1):
        next_open[qi] = nxt
        if spans[qi]["kind"] != "term":
            nxt = spans[qi]["open"]

    rows: list[dict] = []
    results = []  # (span, found, cue)
    waiting: list = []  # quotations with no speaker yet: (row index, span, sentence id, end)
    prev_close = -1
    for qi, q in enumerate(spans):
        o = q["open"]
        c_end = q["close"] + 1 if q["close"] is not None else q["end"]
        sent_o = art.sentence_at(o)
        sent_c = art.sentence_at(max(q["end"] - 1, o))
        sent_hi = sent_c[2] if sent_c else len(text)
        after = _sentence_after_quote(art, q, c_end, sent_hi)
        if after is not None:
            sent_hi = after  # “Why not?” Lee asked. -- the splitter ends a sentence at “?” or “!”
        tail_hi = max(min(sent_hi, next_open[qi]), c_end)
        lo = max(sent_o[1] if sent_o else 0, prev_close)
        found, cue, kind, note = None, None, "direct", q["note"]
        ctx = _QuoteContext(art=art, q=q, o=o, c_end=c_end, lo=lo, tail_hi=tail_hi, prev_close=prev_close,
                            results=results, speech=speech, outside=outside)
        if q["kind"] in ("scare", "term") and (named_by_subject(art, ctx.lo, ctx.o) or _rule_called_by(ctx)[0]) or \
                q["kind"] == "scare" and (_rule_subject_after(ctx)[0] is not None or _said_by_subject(ctx)
                                          or _rule_reported_clause(ctx)[0] is not None
                                          or report_owner(art, ctx.lo, ctx.o) is not None) or \
                q["kind"] in ("scare", "term") and (headline_name(art, ctx.o) is not None):
            q = dict(q, kind="direct")  # “Not now,” Lee snapped: a short quotation with a speaker is speech
            ctx.q = q
        if q["kind"] != "term" and written_on_thing(art, ctx.lo, ctx.o):
            q = dict(q, kind="sign")  # Many held signs reading “Save our centre”: a sign's words
        elif q["kind"] in ("speech", "scare", "title") and q["close"] is not None \
                and quoted_title(text, o, q["close"], ctx.lo, sent_hi) \
                and not (q["kind"] == "title" and TITLE_BEFORE.search(text, max(ctx.lo, o - 60), o)):
            q = dict(q, kind="work")  # said on NBC’s “Meet the Press.”: the name of a show, not words said
        if q["kind"] == "work":
            q = dict(q, kind="title")
            note = "; ".join(n for n in (note, KIND_NOTES["title"]) if n)
            rows.append(quote_row(art, sent_o[0] if sent_o else -1, q["start"], q["end"], "title", None, None, note))
            continue
        if q["kind"] in ("term", "scare", "sign"):
            # Gen. James “Mad Dog” Mattis, the term “X”, “rebels” held at arm's length: not something said
            why = KIND_NOTES[q["kind"]]
            note = "; ".join(n for n in (note, why) if n)
            rows.append(quote_row(art, sent_o[0] if sent_o else -1, q["start"], q["end"], q["kind"], None, None, note))
            continue
        if q["kind"] == "title":
            # a title of an article, a book or a report: credit it to whoever published it
            kind = "title"
            found = speaker_before(art, lo, o, whole=True) or pick_speaker(art.candidates(lo, o))
            note = "; ".join(n for n in (note, KIND_NOTES["title"]) if n)
            if found is not None:
                found = resolve_speaker(art, found, o)
        else:
            for name, _why, rule in SPEAKER_RULES:
                found, cue = rule(ctx)
                if found is None:
                    continue
                if name in ("continuation", "reported-before", "sentence-subject", "sentence-name"):
                    found = dict(found, method=name)
                    cue = None
                else:
                    found = resolve_speaker(art, found, o)
                    if found["method"] == "named":
                        found["method"] = name
                break
            if is_partial(text, q["start"], q["end"], sent_o[1] if sent_o else 0, cue[1] if cue else -1):
                # a scare quote is the kind's judgement (kit.quote_kinds), as kit.annotate flags it: words the kind
                # gives a reporting word or a speaker's sign stay a partial quotation when no speaker is found
                scare = found is None and q["kind"] != "speech" and n_words(text, q["start"], q["end"]) <= SCARE_MAX_WORDS
                kind = "scare" if scare else "partial"  # vowed to “annihilate” ISIS; stay “as long as needed”
                note = "; ".join(n for n in (note, KIND_NOTES[kind]) if n)
                cue = cue if found is not None else None
        if found is not None and found.get("type") == "named person" and found.get("speaker"):
            art.add_speaker(o, found["speaker"])
        if found is not None and cue is not None and cue[0] >= c_end and kind in ("direct", "partial"):
            _credit_earlier(art, rows, waiting, q, found, cue, speech)
        if (found is None or found.get("method") in _GUESSES) and kind in ("direct", "scare", "partial") \
                and q["kind"] != "scare":
            # no speaker, or only a guess: a report later in the sentence may name who spoke
            waiting.append((len(rows), q, sent_o[0] if sent_o else -1, c_end))
        results.append((q, found, cue))
        rows.append(quote_row(art, sent_o[0] if sent_o else -1, q["start"], q["end"], kind, found, cue, note))
        prev_close = c_end
    # block quotations: "CNN also claims:" then a paragraph with no quotation marks
    quoted_paragraph_starts = {q["open"] for q in spans}
    for k, (ps, pe) in enumerate(art.paragraphs[:-1]):
        para = text[ps:pe].rstrip()
        if not para.endswith(":") or _LAYOUT_COLON.search(para):
            continue  # "(all times EST):", "Watch the video below:": a note on the layout, not someone's words
        ns, ne = art.paragraphs[k + 1]
        if any(ns <= o < ne for o in quoted_paragraph_starts) or text[ns] in _QUOTE_MARKS \
                or set_out_not_quoted(text, ns, ne):
            continue  # a list item, a heading or bare markup: set out by the writer, not quoted
        sent = art.sentence_at(pe - 1)
        found, cue = _speaker_of_intro(art, max(sent[1], ps), ps + len(para) - 1, outside)
        if found is None:
            continue
        found = resolve_speaker(art, found, ns)
        if found["method"] == "named":
            found["method"] = "colon"
        nsent = art.sentence_at(ns)
        rows.append(quote_row(art, nsent[0] if nsent else -1, ns, ne, "direct", found, cue,
                         "no quotation marks: the paragraph after the colon is taken to be a quotation "
                         "(a block quotation)"))
        inside.append((ns, ne))
    # indirect speech: sentences with a speech cue outside quotation marks (after a quotation's clause, if any)
    said = [q for q in spans if q["kind"] != "term"]
    used_cues = {c[0] for _q, _f, c in results if c is not None}  # a cue that already names a quotation's speaker
    rows = naming_rows(art, rows + indirect_rows(art, said, used_cues, speech))  # "critics called it reckless"
    turns = [m for _sid, ss, se in art.sentences if (m := TRANSCRIPT_LABEL.match(text, ss, se))]
    if len(turns) >= 2:  # a transcript has turns: one "UPDATE:" is a heading, not a speaker
        for row in rows:
            transcript_speaker(art, row)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def _credit_earlier(art: Article, rows: list, waiting: list, q: dict, found: dict, cue, speech) -> None:
    """“A” and “B,” Lee said: the reporting word after the last quotation of a sentence goes with
    the quotations before it in that sentence too, when only a few words without a reporting word
    of their own join them ("Guns are “a crisis” and “stunt growth,” Dean said"; "“They are
    painful” but necessary “for the business,” he said")."""
    text = art.text
    sid = art.sentence_index(q["open"])
    for item in [w for w in waiting if w[2] == art.sentences[sid][0]] if sid >= 0 else []:
        idx, earlier, _sid, end = item
        between = text[end:q["open"]]
        if len(between.split()) > 8 or re.search(r"[;:.!?]", between) or speech(art.cues_in(end, q["open"])):
            continue
        kind = "partial" if is_partial(text, earlier["start"], earlier["end"], art.sentences[sid][1], cue[1]) \
            else "direct"
        note = "; ".join(n for n in (earlier["note"], KIND_NOTES["partial"] if kind == "partial" else "") if n)
        rows[idx] = quote_row(art, rows[idx]["sentence_id"], earlier["start"], earlier["end"], kind, found, cue, note)
        waiting.remove(item)
