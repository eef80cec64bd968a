"""Indirect rows: the rows of ``kit.quotes`` for reported speech outside quotation marks ("Lee said that the
road was closed"), one for each reporting word whose speaker kit.speakers finds, with the words it reports
(kit.indirect_speech). kit.speaker_rules adds them to the rows of the quotations.
"""

from __future__ import annotations

import functools
import re

from .clause_subjects import source_list
from .indirect_speech import (
    NEXT_REPORT,
    indirect_content,
    no_words_given,
    reduced_relative,
    reports_clause,
    writers_inference,
)
from .lexicons import attribution_tone
from .names import Article
from .nested_reports import aside_report, outer_report, trailing_report
from .quote_rows import quote_row
from .relative_clauses import names_a_source
from .segment import sentence_bounds
from .speaker_guess import resolve_speaker
from .speakers import speaker_before, speaker_for_cue
from .wordsets import WordSets

__all__ = ["AND_CLAUSE", "NO_COMMENT_WORDS", "SAID_NO_COMMENT", "clause_after_quotations", "each_party", "indirect_rows",
           "may_say_no_comment", "no_comment_parties", "no_comment_words", "noun_report_rows", "object_relative"]

#: Up to three words before a noun: "the", "earlier", "the new" in "denied the new charges by …".
_FEW_WORDS = re.compile(r"(?:[\w’'-]+\s+){0,3}")

#: ", and" or ", but" before a new clause.
AND_CLAUSE = re.compile(r",\s+(?:and|but)\s")


def indirect_rows(art: Article, said: list, used_cues: set, speech) -> list[dict]:
    """The indirect rows of one article. ``said`` are its quotations in quotation marks that are someone's
    words (dicts with "open" and "end"), ``used_cues`` the starts of reporting words that already name a
    quotation's speaker, ``speech`` keeps the reporting words that report speech outside quotation marks.
    A sentence with a quotation gives rows only for a report in a new clause after it
    (:func:`clause_after_quotations`).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speech_cues import is_speech_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee called the plan “unfair”, and the Echo reported that 2,000 parents signed."]}), "example"))[0]
    >>> said = [{"open": 20, "end": 26}]
    >>> speech = lambda cues: [c for c in cues if is_speech_cue(art, c) and c[0] > 27]
    >>> [(r["quote"], r["speaker"]) for r in indirect_rows(art, said, set(), speech)]
    [('2,000 parents signed', 'Echo')]
    """
    text = art.text
    rows: list[dict] = []
    quoted_sentences = {art.sentence_index(q["open"]) for q in said}
    last_end: dict[int, int] = {}  # the end of the last quotation that opens in each sentence
    for q in said:
        k = art.sentence_index(q["open"])
        last_end[k] = max(last_end.get(k, -1), q["end"])
    quoted_sentences |= {art.sentence_index(max(q["end"] - 1, q["open"])) for q in said}
    for idx, (sid, s, e) in enumerate(art.sentences):
        if text[s:e].rstrip().endswith(":"):
            continue
        if idx in quoted_sentences:  # 'Lee called it “unfair”, and the Echo reported that …': a second report
            after = clause_after_quotations(text, last_end.get(idx), e)
            if after is None:  # 'A report titled “…” confirmed charges by Iran that …': the charges are Iran's
                rows.extend(noun_report_rows(art, sid, max(s, last_end.get(idx, s)), e))
                continue
            s = after
        first = len(rows)  # the rows of this sentence start here
        seen_speakers = set()
        reported: list[tuple[int, int]] = []  # what the speakers before in this sentence said
        said_here = speech(art.cues_in(s, e))  # the sentence's speech cues, judged once
        # both need a second reporting word in the sentence (the one that closes it, or the aside's, and another)
        closing = trailing_report(art, s, e, said_here, according=True) if len(said_here) > 1 else None  # "…, Devine said."
        aside = aside_report(art, s, e, said_here) if len(said_here) > 1 else None  # "His wife, he says, plans …"
        nouns = noun_report_rows(art, sid, s, e)  # "denied the charges by parents that …": the words after "that"
        owned = [(text.rfind(r["cue"], s, r["start"]), r["start"]) for r in nouns]  # (the noun, its words)
        for cue in said_here:
            if cue[0] in used_cues or any(a <= cue[0] < b for a, b in reported):
                continue  # "Lee said Roe told her ...": Roe's words are part of what Lee reported
            found = speaker_for_cue(art, cue, s, e)
            if found is None:
                continue
            outer = outer_report(art, [c for c in said_here if c[0] < cue[1] and c[1] <= cue[1]], found, s)
            found = resolve_speaker(art, outer[0] if outer else found, cue[0])
            if not found.get("speaker") and not (found.get("method") == "pronoun" and found.get("text")):
                continue  # a pronoun that could not be linked to a name still shows who speaks: "they say"
            if found.get("type") == "named person":
                art.add_speaker(cue[0], found["speaker"])
            if found["speaker"] in seen_speakers and not (reported and cue[0] >= reported[-1][1]) \
                    or writers_inference(art, cue, found):
                continue  # "the broader picture suggests that ...": the writer's inference, not a speaker
            relative = reduced_relative(art, cue, s)
            if relative and names_a_source(text, *relative, art.sets):
                continue  # "the group cited by Washington has not …": who was cited, no words reported
            start, end = relative or indirect_content(art, cue, s, e, found)
            if text[cue[0]:cue[1]].lower() not in art.sets.report_nouns and any(
                    start == words or start <= noun and _FEW_WORDS.fullmatch(text, start, noun) for noun, words in owned):
                continue  # "Lopez denied the charges by parents that …": the parents' words, none of Lopez's
            if end <= start or not relative and not reports_clause(art, cue, start, end):
                continue  # "Lee blasted the coalition": an object, not reported words
            if not relative and start >= cue[1] and object_relative(art, found, cue):
                continue  # "the country that critics will depict on Monday": the country is what they depict
            if not relative and no_words_given(art, cue, start, end) or SAID_NO_COMMENT.match(text, start, end) \
                    or _ASKED_FOR_COMMENT.fullmatch(text, start, end):
                continue  # "declined to comment", "said it would not comment", "asked not to be named": no words
            if not found.get("relative"):
                seen_speakers.add(found["speaker"])  # "Cruz, who says …, said …": the main clause reports too
            own = cue  # the sentence's own reporting word of these words, before a closing report takes them
            if closing is not None and cue != closing[1] and (end <= min(closing[0]["start"], closing[1][0])
                                                              or closing[1][2].lower().startswith("according")):
                # "Sanders plans to stay a Democrat, Devine said": what "plans" reports, Devine reports
                found, cue = resolve_speaker(art, closing[0], closing[1][0]), closing[1]
            elif aside is not None and (cue[0] > aside[1][1] and not AND_CLAUSE.search(text, aside[1][1], cue[0])
                                        or text[cue[1]:aside[0]["start"]].strip() == ","):  # "He hoped, he said, that"
                found, cue = resolve_speaker(art, aside[0], aside[1][0]), aside[1]
            rows.append(quote_row(art, sid, start, end, "indirect", found, cue))
            if start >= own[1]:  # the words after this reporting word: a reporting word inside them is reported too
                reported.append((start, end))
        for r in nouns:  # "Iran denied the charges by the US that …": the US's words
            same = [x for x in rows[first:] if x["start"] == r["start"]]
            if same and any(x["speaker"] == r["speaker"] and x["end"] <= r["end"] for x in same):
                continue  # the same report, read from its verb: kept (not when it runs over the main verb)
            rows = rows[:first] + [x for x in rows[first:] if x["start"] != r["start"]] + [r]
    return rows


#: A noun phrase, then "that", "which" or "whom", then the speaker: "a move that", "the plan which".
_NOUN_THEN_RELATIVE = re.compile(r"\b(?:(?P<det>the|a|an|this|these|those|another|his|her|their|its|our)\s+"
                                 r"(?:[\w’'-]+\s+){0,2}(?P<noun>[\w’'-]+)\s+that|(?P<prep>\w+)\s+(?:which|whom)|one\s+that)"
                                 r"\s+$", re.IGNORECASE)
#: Words that open a phrase of time, place or condition after a verb: "the country that critics will depict on
#: Monday", "a man whom Lee mentioned later". After a verb whose object stands before it, nothing is reported.
_ADJUNCT_AFTER = re.compile(r"\s+(?:on|in|at|during|later|earlier|last|next|when|while|after|before|with|yesterday|"
                            r"today|since|if|into|throughout|across|over|from)\b", re.IGNORECASE)
#: Prepositions before "which" or "whom": "in which Lee said" is no object of "said".
_RELATIVE_PREPOSITIONS = frozenset({"in", "to", "on", "of", "by", "for", "with", "from", "at", "under", "during",
                                    "through", "after", "before", "about", "among", "against", "whereby"})


def object_relative(art: Article, found: dict, cue: tuple) -> bool:
    """True when the speaker opens a relative clause whose object is the noun before it, and a phrase of
    time, place or condition follows the reporting word: "the country that critics will depict on Monday",
    "a man whom Lee mentioned later". The reporting word's object is that noun, so those words are not what
    the speaker said. A clause or a "to" after the verb may be ("the plan that Lee said would fail", "a bill
    that Lee vowed to block"); a relative clause after a preposition ("a speech in which Lee said …") and a
    clause after a verb ("Roe said that Lee denied …") are not relative clauses of this kind.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It is the plan that critics mocked on Monday."]}), "example"))[0]
    >>> t = art.text
    >>> object_relative(art, {"start": t.index("critics")}, (t.index("mocked"), t.index(" on")))
    True
    """
    text = art.text
    fs = found.get("start", -1)
    if fs < 0 or not text[fs:cue[0]].strip() or not _ADJUNCT_AFTER.match(text, cue[1]):
        return False
    m = _NOUN_THEN_RELATIVE.search(text, max(0, fs - 80), fs)
    if m is None:
        return False
    if m.group("prep") is not None:
        return m.group("prep").lower() not in _RELATIVE_PREPOSITIONS
    noun = m.group("noun")
    return noun is None or not (art.cues_in(m.start("noun"), m.end("noun")) or re.search(r"(?:ed|ly)$", noun))


def clause_after_quotations(text: str, last: int | None, e: int) -> int | None:
    """Where a new clause begins after ``last``, the end of the last quotation that opens in a sentence
    ending at ``e`` (", and the Echo reported that …", ", but officials say …"), or None: a report there is
    not the quotation's.

    >>> t = "Lee called it “unfair”, and the Echo reported that it was late."
    >>> t[clause_after_quotations(t, 20, len(t)):]
    'the Echo reported that it was late.'
    """
    if last is None:
        return None
    joint = NEXT_REPORT.search(text, last, e)
    return joint.end() if joint else None


@functools.lru_cache(maxsize=8)
def _noun_report(sets: WordSets) -> re.Pattern:
    """A noun of report (the ``report_nouns`` of data/word_sets.csv), "by" or "from", who made it, and "that"."""
    nouns = "|".join(sorted((re.escape(w) for w in sets.report_nouns), key=len, reverse=True))
    return re.compile(rf"\b(?P<noun>{nouns})\s+(?:by|from)\s+(?P<who>[^.;:!?“”\"()]{{2,100}}?),?\s+that\s+",
                      re.IGNORECASE)


#: Words that open a sentence before its subject: "The", "But the", "Yet such".
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now)\s+)?(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch|[Aa]ny|[Nn]ew|[Rr]ecent)"
                              r"(?:\s+[a-z][\w-]*){0,2}\s+$")
#: A helping verb that opens a predicate: "were denied", "have been rejected", "was later withdrawn".
_PREDICATE = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|remain|remained)\s")


def noun_report_rows(art: Article, sid: int, s: int, e: int) -> list[dict]:
    """Reports in a noun in the sentence ``text[s:e]``: "The charges by Iran, Russia and the Syrian government
    that the base shelters fighters were denied." The words after "that" are what the charges say, and those
    who made them are the speakers (a noun of report, the ``report_nouns`` of data/word_sets.csv, then "by"
    or "from", the sources and "that"). When the noun opens the sentence the words end before the
    sentence's own verb ("were denied"); otherwise at the end of the sentence or of its clause.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The claims from local officials that the water was safe were later withdrawn."]}), "example"))[0]
    >>> [(r["quote"], r["speaker"], r["cue"]) for r in noun_report_rows(art, 0, 0, len(art.text))]
    [('the water was safe', 'local officials', 'claims')]
    """
    text = art.text
    rows: list[dict] = []
    that = text.find(" that ", s, e)
    if that == -1 or text.find(" by ", s, that) == -1 and text.find(" from ", s, that) == -1:
        return rows  # most sentences: no "by"/"from" before a "that"
    pattern = _noun_report(art.sets)
    for m in pattern.finditer(text, s, e):
        inner = pattern.search(text, m.end("noun"), m.end())
        while inner is not None and inner.end() == m.end():  # "a report by the BBC confirmed charges by Iran that"
            m, inner = inner, pattern.search(text, inner.end("noun"), m.end())
        found = source_list(art, m.start("who"), m.end("who"))
        if found is None and m.group(0)[m.end("noun") - m.start():].split()[0].lower() == "by":
            found = _described_makers(art, m.start("who"), m.end("who"))  # "charges by parents"; not "from the start"
        if found is None:
            continue
        start, end = m.end(), _rstrip_end(text, m.end(), e)
        if _SUBJECT_OPENING.fullmatch(text, s, m.start("noun")) or text[s:m.start("noun")].strip() == "":
            # the noun is the sentence's subject: its own verb comes last ("… were denied")
            verbs = [v for v in _PREDICATE.finditer(text, start, end)]
            if len(verbs) < 2 and not _SECOND_VERB.search(text, start, verbs[-1].start() if verbs else start):
                continue  # no verb left for the report itself: not a clause
            end = _rstrip_end(text, start, verbs[-1].start()) if verbs else end
        else:
            joint = NEXT_REPORT.search(text, start, end)
            if joint:
                end = _rstrip_end(text, start, joint.start())
        if end <= start:
            continue
        cue = next((c for c in art.cues_in(m.start("noun"), m.end("noun")) if c[0] == m.start("noun")),
                   (m.start("noun"), m.end("noun"), m.group("noun").lower(),
                    report_noun_tone(m.group("noun"))))  # "charges": the list's tone of "charged"
        found = dict(found, method=found.get("method", "named"))
        rows.append(quote_row(art, sid, start, end, "indirect", found, cue,
                              f"reported in a noun: '{m.group('noun')} {text[m.end('noun'):m.start('who')].strip()} "
                              f"…': what comes after 'that' sums up what they said"))
    return rows


def report_noun_tone(noun: str) -> str:
    """The tone of a noun of report: the attribution list's tone of the noun, else of its verb, found by how
    English makes such nouns ("accusations" from "accuse", "allegation" from "allege", "assertion" from
    "assert", "warning" from "warn", "insistence" from "insist"); "neutral" when neither is listed. The noun
    and its verb then get the same tone (data/lexicons/attribution.csv).

    >>> report_noun_tone("accusations"), report_noun_tone("allegation"), report_noun_tone("statements")
    ('loaded', 'loaded', 'neutral')
    """
    low = noun.lower()
    tone = attribution_tone(low)
    if tone:
        return tone
    one = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    for suffix, ends in _NOUN_SUFFIXES:
        if one.endswith(suffix) and len(one) > len(suffix) + 2:
            stem = one[:-len(suffix)]
            for end in ends:
                tone = attribution_tone(stem + end)
                if tone:
                    return tone
    return attribution_tone(one) or "neutral"


#: How English makes a noun of report from its verb: the ending, and what the verb ends with instead.
_NOUN_SUFFIXES = (("ation", ("e", "")), ("ion", ("", "e")), ("ment", ("",)), ("ence", ("",)), ("ing", ("", "e")))


def _described_makers(art: Article, lo: int, hi: int) -> dict | None:
    """Who made a report, named by a plain description in lower case after "by" ("the charges by parents that",
    "claims by local residents that"): up to four words, the last not a small function word. After "from" it may
    be a time ("claims from the start that"), so only the sources :func:`source_list` knows count there."""
    words = art.text[lo:hi].split()
    if not 1 <= len(words) <= 4 or not all(re.fullmatch(r"[a-z][a-z’'-]*", w) for w in words) \
            or any(w in art.sets.stop_caps for w in words[-1:]) or words[-1] in art.sets.adverbs:
        return None
    return {"start": lo, "end": hi, "text": art.text[lo:hi], "speaker": art.text[lo:hi], "type": "anonymous",
            "gaz_type": "", "note": "the source is described, not named"}


#: A verb of the reported clause itself: a word in -s or -ed after its subject ("the base shelters").
_SECOND_VERB = re.compile(r"\b[a-z]{3,}(?:s|ed)\b")


def _rstrip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces, commas and a full stop."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;"):
        end -= 1
    return end


#: What an answer was asked for, in a few words: "for comment", "seeking comment", "to comment", "to emailed questions".
_ASKED_WORDS = r"(?:(?:for|seeking|to)\s+comment|to\s+(?:[\w’'-]+\s+){0,2}(?:questions|inquiries|enquiries))"
#: A "not" ("not", "never", "n't", or "nt" without its apostrophe: "didnt"), a verb of answering (perhaps after an
#: adverb and "be"), and a few words on "for comment" (or "seeking comment", "to comment", or questions): "did not
#: respond to a request for comment", "could not be reached for comment", "did not return messages seeking comment",
#: "was not available for comment", "did not reply to emailed questions". The verb is checked in
#: :func:`no_comment_parties`.
_NOT_FOR_COMMENT = re.compile(r"\b(?:not|never|(?:did|does|do|could|would|has|have|had|was|were|is|are|ca|wo)?n[’']?t)"
                              r"\s+(?:(?:(?!reply\b)[a-z]+ly|be)\s+){0,3}(?P<verb>[a-z]+)\b[^.;:,“”\"()]{0,50}?"
                              rf"\b{_ASKED_WORDS}\b", re.IGNORECASE)
#: Verbs of that idiom beside the ``comment_verbs`` of data/word_sets.csv: "return calls", "be reached", "available".
_ANSWER_VERBS = frozenset({"return", "returned", "returning", "reached", "contacted", "available"})
#: The helping verb of that "not": where the subject before it ends ("The Kremlin [did not] respond …").
_HELPER_NOT = re.compile(r"\b(?:did|does|do|has|have|had|could|can|would|will|was|were|is|are)\s*(?:not\b|n[’']?t\b)",
                         re.IGNORECASE)
#: "Neither … nor …", then a verb of answering and "for comment" (or questions): the parties stand before the verb.
_NEITHER_NOR = re.compile(r"\bneither\s+[^.;:“”\"()]{1,80}?\bnor\s", re.IGNORECASE)
#: What an answer was asked for: "(responded) to requests for comment", "(replied) to emailed questions".
_FOR_COMMENT = re.compile(rf"[^.;:,“”\"()]{{0,50}}?\b{_ASKED_WORDS}\b", re.IGNORECASE)
#: "had no comment", "had no immediate comment", "offered no further comment": the subject ends before the verb.
_HAD_NO = r"\b(?:had|has|have|offered|gave|made)\s+no\s+(?:[a-z]+\s+)?comment"
_HAD_NO_COMMENT = re.compile(_HAD_NO + r"\b", re.IGNORECASE)
#: A report whose words only say that its speaker gives none: "The Kremlin said it would not comment on …", "Lee said
#: he had no comment". A pronoun subject (the speaker itself), then a "not" and a verb of commenting, or "no comment".
_SAID_NO = (r"(?:it|he|she|they|we)\s+(?:(?:would|will|could|can|did|does|do)\s*(?:not\s+|never\s+|"
            r"n[’']?t\s+)(?:[a-z]+ly\s+)?|(?:had|has|have)\s+no\s+(?:[a-z]+\s+)?)comment")
SAID_NO_COMMENT = re.compile(_SAID_NO + r"\b(?![^.;]*\b(?:because|but|since)\b)", re.IGNORECASE)
#: What a verb of answering is about, when no words follow: "(responded) to requests for comment", "(replied) to
#: emailed questions".
_ASKED_FOR_COMMENT = re.compile(r"to\s+(?:[\w’'-]+\s+){0,3}(?:for|seeking)\s+comment(?:\s+[\w’'-]+){0,3}|to\s+"
                                r"(?:[\w’'-]+\s+){0,2}(?:questions|inquiries|enquiries)", re.IGNORECASE)
#: Words that join the parties of one subject: "The Pentagon and the Kremlin", "Neither Moscow nor Washington".
_PARTY_JOINT = re.compile(r"\s*,?\s+(?:and|or|nor)\s+")
#: "of" and capitalised words before "and": "the Department of Health [and Human Services]" is one name.
_OF_NAME = re.compile(r"\bof\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
#: "Neither", "Either" or "Both" before the first party.
_PAIR_OPENING = re.compile(r"(?:neither|either|both)\s+", re.IGNORECASE)
#: Words in the text that may say a party gave no comment (a quick test before the sentences are read).
NO_COMMENT_WORDS = re.compile(r"comment|question|inquir|enquir", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _no_comment_hint(refusal_verbs: frozenset, comment_verbs: frozenset) -> re.Pattern:
    def words(ws):
        return "|".join(sorted(map(re.escape, ws), key=len, reverse=True))
    # the start of each way :func:`no_comment_parties` finds a party (nothing checked after the last word, so a
    # match inside a sentence is a match in the whole text): "declined to comment", "… for comment", "had no
    # comment", "said it would not comment"
    return re.compile(rf"(?:{words(refusal_verbs)})\s+to\s+(?:{words(comment_verbs)})|{_ASKED_WORDS}|{_HAD_NO}|{_SAID_NO}",
                      re.IGNORECASE)


#: The words of :data:`NO_COMMENT_WORDS`, and the letters that it matches (ignoring case) but ``str.lower`` does not
#: turn into them: "İ", "ı" (i) and "ſ" (s). Without them, the words' places in the lower-case text are its matches.
_NO_COMMENT_PLAIN = tuple(NO_COMMENT_WORDS.pattern.split("|"))
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")


def no_comment_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every match of :data:`NO_COMMENT_WORDS` in ``text`` (overlapping ones too): found with
    ``str.find`` in its lower-case copy, eight times faster than the pattern (which ignores case) on news text.

    >>> no_comment_words("No Comment on the QUESTION.")
    [(3, 10), (18, 26)]
    """
    if _CASE_ODD.search(text):
        return [m.span() for m in NO_COMMENT_WORDS.finditer(text)]
    lower, found = text.lower(), []
    for word in _NO_COMMENT_PLAIN:
        at = lower.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = lower.find(word, at + 1)
    return found


def may_say_no_comment(text: str, sets: WordSets, start: int = 0, end: int | None = None) -> bool:
    """A quick test of ``text`` (or of ``text[start:end]``, one sentence) before :func:`no_comment_parties` reads
    its sentences: False when no sentence has one of its ways of saying that a party gave no comment ("declined to
    comment", "… for comment", "to emailed questions", "had no comment", "it would not comment"), so no party can
    be found. A whole text is read only in its sentences (``kit.segment``) that have a word such as "comment".

    >>> from kit.wordsets import word_sets
    >>> may_say_no_comment("The Kremlin declined to comment.", word_sets()), may_say_no_comment(
    ...     "The Pentagon answered questions.", word_sets())
    (True, False)
    """
    hint = _no_comment_hint(sets.refusal_verbs, sets.comment_verbs)
    if start or (end is not None and end != len(text)):
        return NO_COMMENT_WORDS.search(text, start, end) is not None and hint.search(text, start, end) is not None
    words = no_comment_words(text)
    if not words:
        return False
    # the hint's pattern tried at every place of a long text costs more than reading the few sentences again
    return any(any(a < e and b > s for a, b in words) and hint.search(text, s, e) is not None
               for _pid, s, e in sentence_bounds(text))


def no_comment_parties(art: Article) -> list[dict]:
    """The parties that the article says gave no comment: "The Kremlin declined to comment", "The Pentagon did not
    respond to a request for comment", "… could not be reached for comment", "refused to comment", "had no comment",
    "did not reply to emailed questions", "said it would not comment". A refusal verb and "to" and a verb of
    commenting (the ``refusal_verbs`` and ``comment_verbs`` of data/word_sets.csv, as
    :func:`kit.report_checks.no_words_given` reads them; not "refused to endorse", not "asked not to be named"),
    or a "not" with "for comment" after it. Each is the subject of that clause, named as ``kit.quotes`` names
    speakers (one dict per mention, in text order); every party joined by "and", "or" or "nor" is one
    (:func:`each_party`), in either order. ``kit.sources`` lists them with the role ``no comment``;
    ``kit.quotes`` gives them no row, since no words were given.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The Kremlin declined to comment. The Pentagon did not respond to a request for comment."]}), "x"))[0]
    >>> [p["speaker"] for p in no_comment_parties(art)]
    ['Kremlin', 'Pentagon']
    """
    text, sets = art.text, art.sets
    if not NO_COMMENT_WORDS.search(text):
        return []
    found_all = []
    for _sid, s, e in art.sentences:
        if not may_say_no_comment(text, sets, s, e):
            continue
        found, verb_at = None, -1
        for cue in art.cues_in(s, e):
            to = re.match(r"\s+to\s+([a-z]+)\b", text[cue[1]:e])
            verb = text[cue[0]:cue[1]].lower()
            if to and verb in sets.refusal_verbs and to.group(1) in sets.comment_verbs \
                    and no_words_given(art, cue, cue[1], e):
                found, verb_at = speaker_for_cue(art, cue, s, e), cue[0]  # "The Kremlin declined to comment"
                break
            said = re.match(r"\s*(?:that\s+)?", text[cue[1]:e])
            if SAID_NO_COMMENT.match(text, cue[1] + said.end(), e) and verb not in sets.refusal_verbs:
                found, verb_at = speaker_for_cue(art, cue, s, e), cue[0]  # "The Kremlin said it would not comment"
                break
        m = _NOT_FOR_COMMENT.search(text, s, e) if found is None else None
        if m and m.group("verb").lower() not in sets.comment_verbs | _ANSWER_VERBS:
            m = None  # "is not the host and is asked to comment": no refusal
        helper = _HELPER_NOT.search(text, max(s, m.start() - 8), m.end()) if m else None
        nor = _NEITHER_NOR.search(text, s, e) if found is None and helper is None else None
        verb = next((w for w in re.finditer(r"[a-z]+", text[nor.end():e]) if w.group() in sets.comment_verbs
                     | _ANSWER_VERBS), None) if nor is not None else None
        if verb is not None and _FOR_COMMENT.match(text, nor.end() + verb.end(), e):
            verb_at = nor.end() + verb.start()  # "Neither the Kremlin nor the Pentagon responded to … for comment"
        elif helper is not None and helper.start() > s:
            verb_at = helper.start()  # "The Pentagon did not respond to … for comment"
        had = _HAD_NO_COMMENT.search(text, s, e) if found is None and verb_at < 0 else None
        verb_at = had.start() if had is not None and had.start() > s else verb_at  # "The Pentagon had no comment"
        if found is None and verb_at > s:
            found = speaker_before(art, s, verb_at)
        pos = found.get("start", -1) if found else -1
        if pos < s or text.count("“", s, pos) > text.count("”", s, pos) or text.count('"', s, pos) % 2:
            continue  # no subject, or one inside someone's quotation
        for party in each_party(art, s, found, verb_at):
            party = resolve_speaker(art, party, party["start"])
            if party.get("speaker"):
                found_all.append(_office(art, party))
    return found_all


def each_party(art: Article, s: int, found: dict, verb_at: int) -> list[dict]:
    """Each party of the subject ``found`` of a clause whose verb starts at ``verb_at``: "The Pentagon and the
    Kremlin", "Officials in Damascus and Washington", "Neither the Kremlin nor the Pentagon" give two, in text
    order, whichever comes first. The subject runs from the start of its clause (after the last comma before
    ``found``) to the verb; each part joined by "and", "or" or "nor" is named as ``kit.quotes`` names
    speakers. When a part names no one, or the words before "and" end with "of" and a name ("the Ministry of
    Trade and Industry"), the subject is one party.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Neither Moscow nor Washington replied."]}), "x"))[0]
    >>> t = art.text
    >>> [p["speaker"] for p in each_party(art, 0, {"start": 8}, t.index("replied"))]
    ['Russian government', 'US government']
    """
    text = art.text
    if verb_at <= found["start"]:
        return [found]
    lo = max(s, text.rfind(",", s, found["start"]) + 1)
    lo += len(text[lo:verb_at]) - len(text[lo:verb_at].lstrip())
    opening = _PAIR_OPENING.match(text, lo, verb_at)
    lo = opening.end() if opening else lo
    joints = list(_PARTY_JOINT.finditer(text, lo, verb_at))
    if not joints:
        return [found]
    if _OF_NAME.search(text, lo, joints[0].start()) and text[joints[0].end()].isupper():
        return [found]  # "the Ministry of Trade and Industry": one name
    parties, pos = [], lo
    for joint in joints + [None]:
        end = joint.start() if joint else verb_at
        party = speaker_before(art, pos, end) if end > pos else None
        if party is None or not party.get("speaker") or party.get("start", -1) < pos \
                or party.get("method") == "pronoun":
            return [found]  # "the head of Smith and Wesson": not parties of their own
        parties.append(party)
        pos = joint.end() if joint else verb_at
    return parties


def _office(art: Article, party: dict) -> dict:
    """A person's office is the party, not the person: "Putin's office declined to comment" → "Putin's office",
    alike for every leader."""
    office = re.match(r"[’']s\s+office\b", art.text[party.get("end", 0):])
    if party.get("type") != "named person" or office is None:
        return party
    end = party["end"] + office.end()
    name = f"{party['speaker']}'s office"
    return dict(party, end=end, text=art.text[party["start"]:end], speaker=name, type="organisation",
                note="a person's office: the office gave no comment")
