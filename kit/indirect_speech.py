"""Indirect speech: which words of a sentence an indirect quotation reports ("Lee said that …").

kit.speaker_rules finds a reporting word and its speaker; :func:`indirect_content` returns the span
of what was said, without the writer's own additions ("– despite …"), and
:func:`reduced_relative` the noun a participle describes ("the toll acknowledged by the army").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speakers import speaker_for_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The mayor said that the road was closed – despite the traffic on it."]}), "example"))[0]
    >>> cue = art.cues[0]
    >>> s, e = indirect_content(art, cue, 0, len(art.text), speaker_for_cue(art, cue, 0, len(art.text)))
    >>> art.text[s:e]
    'the road was closed'
"""

from __future__ import annotations

import bisect
import re

from .attitude_cues import PEOPLE_PLURAL
from .clause_subjects import aside_end, cited_aside_end, report_set_inside
from .names import WORD, Article
from .relative_clauses import gap_report_end, object_relative_start, relative_report_end
from .report_chain import report_chain
from .report_checks import no_words_given
from .report_openings import NOT_BEFORE_VERB, group_reports, plain_words, plural_subject_verb, short_clause
from .reported_that import that_is_subject
from .speaker_phrases import DETERMINERS
from .speech_cues import TELL_VERBS, cited_tail, is_reporting_verb, passive_report

__all__ = ["indirect_content", "reduced_relative", "reports_clause", "writers_inference", "no_words_given",
           "INFERENCE_NOTE", "report_chain", "opening_phrase", "ASIDE_AFTER", "NEW_CLAUSE_AFTER", "NEXT_REPORT",
           "that_is_subject"]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_RX_THAT = re.compile(r"\bthat\b")


#: Words that make a participle after them part of a verb ("was reported by"), not a noun's description.
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets",
                          "got", "as", "than", "and", "or", "but", "not", "also", "first", "widely", "often"})
_NOUN_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+$",
                              re.IGNORECASE)


def reduced_relative(art: Article, cue, s: int) -> tuple[int, int] | None:
    """"the toll acknowledged by the Pentagon": a participle right after a noun, with "by" and who
    said it, describes that noun. What they said is the noun phrase ("the toll"), not the writer's
    sentence around it. Returns its span, or None.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It is ten times the toll acknowledged by the army."]}), "example"))[0]
    >>> s, e = reduced_relative(art, art.cues[0], 0)
    >>> art.text[s:e]
    'the toll'
    """
    text = art.text
    cs, ce = cue[0], cue[1]
    if not re.match(r"\s+by\s", text[ce:ce + 5]) or not re.search(r"(?:ed|[^s]s|told|said|made)$", text[cs:ce]) \
            or text[cs:ce].lower() in art.sets.report_nouns:  # "dismissed claims by Moscow that": a noun of report
        return None
    prev = re.search(r"([A-Za-z][\w’'-]*)\s+$", text[max(s, cs - 40):cs])
    if not prev or not prev.group(1).islower() or prev.group(1) in _AUXILIARIES \
            or prev.group(1) in art.sets.adverbs or prev.group(1).endswith("ly"):
        return None
    noun_end = cs - (len(prev.group(0)) - len(prev.group(1)))
    det = _NOUN_DETERMINER.search(text, max(s, noun_end - 60), noun_end)
    start = det.start() if det else noun_end - len(prev.group(1))
    return start, noun_end


#: What the writer adds after the reported words: "X claims it has won – despite …", "…, even though …".
_WRITER_ADDS = re.compile(r"\s*(?:(?:[–—]|\s-\s)\s*(?:despite|although|though|even though|even as|even if|in spite of"
                          r"|yet|but|while)|,\s*(?:despite|even though|in spite of)"
                          # ", while insisting that …": a verb with no subject of its own belongs to the main
                          # clause's subject, so it is not part of what was reported
                          r"|,\s*(?:while|whereas|even as|all the while)\s+(?=\w+ing\b))\b", re.IGNORECASE)


#: "is/was" and a noun phrase, then a second noun phrase right before the reporting word: "was the best friend
#: the council hoped to keep" (a clause describing "friend", with no "that").
_CONTACT_RELATIVE = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:the|a|an|his|her|its|their|our)\s+"
                               r"(?:[a-z][\w-]*\s+){0,2}(?!(?:what|that|which|who|whom)\s)[a-z][\w-]*\s+"
                               r"(?:the|a|an|his|her|its|their|our)\s+"
                               r"(?:[A-Za-z][\w-]*\s+){0,2}$")
#: "how much", "how many", "whether" … and the subject of a reporting word, with no mark between: an indirect question.
_QUESTION_BEFORE = re.compile(r"\b(?:how\s+(?:much|many|long|far|often|soon)|whether)\b[^,;:.!?“”\"()–—]*$",
                              re.IGNORECASE)
#: "to" and a verb right after a reporting word: "expects to make".
_TO_AFTER = re.compile(r"\s+to\s+[a-z]")
#: ", and" (or "but", "while") before a new clause: where a second report in the sentence may begin.
_JOINT = re.compile(r",\s+(?:and|but|while)\s+")
#: A joint before a new subject (a determiner, a pronoun or a capitalised word): ", and the Echo reported".
NEXT_REPORT = re.compile(r",\s+(?:and|but|while)\s+(?=(?:the|a|an|his|her|their|its|he|she|they|we|it|I)\s|[A-Z])")


def _next_verb_cue(art: Article, pos: int, hi: int) -> int:
    """Where the next reporting verb after ``pos`` starts (judged by :func:`kit.speech_cues.is_reporting_verb`: a noun
    such as "an official's claims" is skipped; a negated verb, "hadn't discussed that", still opens its own clause):
    the "that" of a later report ("…, and the Echo reported that …") is not this one's."""
    k = bisect.bisect_right(art.cue_starts, pos)
    while k < len(art.cue_starts) and art.cue_starts[k] < hi:
        start = art.cue_starts[k]  # the starts of art.cues, in the same order
        if is_reporting_verb(art, art.cues[k]) and not _JOINED_BY_TO.fullmatch(art.text, pos, start):
            return start  # "went on to explain that": one report, not two
        k += 1
    return hi


#: Only "to" between two reporting words: "went on to explain", "was forced to admit".
_JOINED_BY_TO = re.compile(r"\s+to\s+")


def _as_clause(art: Article, cue, s: int, found: dict) -> tuple[int, int] | None:
    """", as the ministry has claimed.": a comment clause after the words it reports. What was said is
    the clause just before it ("the priority is to win"), not the whole sentence."""
    text = art.text
    fs = found.get("start", -1)
    if not s <= fs < cue[0]:
        return None
    m = re.search(r",\s*as\s+(?:[\w.’'-]+\s+){0,2}$", text[s:fs])
    if not m or text[cue[1]:].lstrip()[:1] not in (".", "!", "?", ",", ";", ""):
        return None
    end = s + m.start()
    clause = text[s:end]
    k = max(clause.rfind(c) for c in ",;:—–")
    start = s + k + 1
    subs = list(re.finditer(r"\b(?:if|that|whether|because|since|when|while)\s+", text[start:end]))
    if subs:
        start += subs[-1].end()
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if start < end else None


#: "what" right before a speaker: "what voters are saying"; a mark that ends the clause right after the reporting word.
_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*[,;.!?]")


def indirect_content(art: Article, cue, s: int, e: int, found: dict) -> tuple[int, int]:
    """The reported content of an indirect quotation, as a span of the sentence, without what the
    writer adds after it ("– despite …").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speakers import speaker_for_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It costs more, a poor choice if the goal is to save, as the council has said."]}), "example"))[0]
    >>> cue = art.cues[0]
    >>> s, e = indirect_content(art, cue, 0, len(art.text), speaker_for_cue(art, cue, 0, len(art.text)))
    >>> art.text[s:e]
    'the goal is to save'
    """
    tail = cited_tail(art.text, s, e)
    e = tail if cue[1] <= tail else e  # "…, the Pentagon said, citing officials.": as "…, the Pentagon said."
    as_clause = _as_clause(art, cue, s, found)
    if as_clause:
        return as_clause
    if _CONTACT_RELATIVE.search(art.text, max(s, cue[0] - 80), cue[0]):
        # "the mayor was the best friend [the council hoped to keep]": a clause that describes the noun before
        # its subject, with no "that"; what it tells is the writer's, no words reported
        return cue[1], cue[1]
    if _QUESTION_BEFORE.search(art.text, max(s, cue[0] - 80), cue[0]) and _TO_AFTER.match(art.text, cue[1]):
        # "Officials asked how much profit it expects to make": a question about a plan, not a report of one; the
        # words after "to" have no object of their own (it is "how much profit")
        return cue[1], cue[1]
    fs = found.get("start", -1)
    if s <= fs < cue[0] and _WHAT_BEFORE.search(art.text, max(s, fs - 6), fs) and _CLAUSE_ENDS.match(art.text, cue[1]):
        # "her campaign has heard what voters are saying, and that …": "what" is the object of "saying", and the words
        # after the comma are not what was said ("what critics say is a scheme", "what they say they need" go on)
        return cue[1], cue[1]
    inside = report_set_inside(art.text, s, e, fs, cue[1]) if s < fs < cue[0] else None
    if inside is not None and _only_when(art, inside) and not art.text[found["end"]:cue[0]].strip():
        # "The plan was - the mayor said - a mistake": a report set between dashes or in brackets gives the sentence
        end = _rstrip(art.text, s, e)
        end -= art.text[end - 1] in ".!?"
        return s + len(art.text[s:end]) - len(art.text[s:end].lstrip()), end
    start, end = _reported_span(art, cue, s, e, found)
    if start < cue[0] < end:
        return start, end  # the content holds its own reporting word: leave it whole
    cut = _WRITER_ADDS.search(art.text, start, end)
    if cut and cut.start() > start:
        end = _rstrip(art.text, start, cut.start())
    if start >= cue[1]:
        end = aside_end(art.text, s, cue[0], start, end)
        rel = found["start"] if found.get("relative") else object_relative_start(art.text, found.get("start", -1), s,
                                                                                   art.sets)
        if rel is not None:  # "The council, which said the plan was dead, closed …", "The plan, which the council
            end = relative_report_end(art, rel, start, end)  # says will save money, passed …": the clause's end
        elif not art.text[cue[1]:start].strip():  # "The town the Pentagon says was hit is calm": "was hit"
            end = gap_report_end(art, start, end, s, found.get("start"))
    for joint in _JOINT.finditer(art.text, start, end if start >= cue[1] else start):
        # "…, and the Echo reported that …": a new report (not when the report closes the sentence: "…, and
        # it cited …, officials said" reports it all)
        if joint.start() > start and art.cue_after(joint.end() - 1, min(end, joint.end() + 60)) \
                and (NEXT_REPORT.match(art.text, joint.start()) or art.cue_after(joint.end() - 1, joint.end() + 1)
                     or group_reports(art, joint.end())):
            # a new subject, or a new verb of the same one (", and accused the council of …")
            return start, _rstrip(art.text, start, joint.start())
        if joint.start() > start and start >= cue[1] and _BUT_CLAUSE.match(art.text, joint.start()):
            # "The council said most came from outside, but it has not published the figures": "but" and a clause
            # with its own subject and verb is the writer's, set against what was reported
            return start, _rstrip(art.text, start, joint.start())
    return start, end


#: ", but", a subject (a pronoun, or a determiner or a capital and up to three words) and a finite verb: a clause of
#: its own ("…, but it has not published the figures", "…, but the council did not say").
_BUT_CLAUSE = re.compile(r",\s+but\s+(?:it|he|she|they|we|I|(?:the|a|an|his|her|their|its|this|these|those|"
                         r"[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,3}?)\s+(?:has|have|had|is|are|was|were|did|does|do|will|would|"
                         r"could|can|may|might|should|must)\b")


def _reported_span(art: Article, cue, s: int, e: int, found: dict) -> tuple[int, int]:
    """The reported content of an indirect quotation, as a span of the sentence."""
    text = art.text
    e = _rstrip(text, s, e)
    if e > s and text[e - 1] in ".!?":
        e -= 1
    cs, ce, term, _tone = cue
    if term.lower().startswith("according"):
        if text[s:cs].strip() == "":
            comma = text.find(",", ce, e)
            if comma != -1:
                start = comma + 1
                while start < e and text[start].isspace():
                    start += 1
                return start, e
            return s, e
        end = cs
        while end > s and (text[end - 1].isspace() or text[end - 1] in ",—–("):
            end -= 1
        comma = text.find(",", ce, e)
        if comma != -1 and _opener_only(art, s, end):
            # "But the next day, according to Roffman, Trump made demands": what Roffman says follows
            start = comma + 1
            while start < e and text[start].isspace():
                start += 1
            return start, e
        return s, end
    ce = cited_aside_end(text, ce, e)  # "said, citing officials, that …": what was said comes after the aside
    m = _RX_THAT.search(text, ce, min(e, ce + 60, _next_verb_cue(art, ce, e)))
    if m and _that_of_a_later_clause(art, ce, m.start(), e):
        m = None  # "reported it kept the emails that Lee sent": what was reported begins at "it"
    if m:
        start = m.start() if not text[ce:m.start()].strip() and that_is_subject(art, m.start(), e) else m.end()
        while start < e and (text[start].isspace() or text[start] == ","):  # "said that, in the end, …"
            start += 1
        if start < e:
            return start, e
    # no reported clause after it: "The report was confirmed by Silo, who …" reports the report
    passive = _PASSIVE_BEFORE.search(text, s, cs)
    if passive and _BY_AFTER.match(text, ce, e):  # "The report was confirmed by Silo, who …": what he confirmed
        end = _rstrip(text, s, passive.start())
        if end > s:
            return s, end
    before, after = text[s:cs], text[ce:e]
    if "," not in after and "," in before and (len(after.split()) <= 3 or _speaker_right_after(text, ce, found)) \
            and found.get("start", -1) > s + before.rfind(",") \
            and not short_clause(art, after) and _reports_before(art, cue, s, s + before.rfind(","), found):
        # "The road was closed, the BBC reported.", "…, said Secretary of State John Kerry": the speaker's
        # own words after the verb are no part of what was said
        end = s + before.rfind(",")
        return s, _rstrip(text, s, end)
    subject_first = found.get("start", -1) >= s and found.get("end", e) <= cs
    aside = ASIDE_AFTER.match(text, ce, e) if subject_first else None
    if aside and NEW_CLAUSE_AFTER.match(text, aside.end(), e) and text[s:found["start"]].rstrip().endswith(",") \
            and not text[found["end"]:cs].strip() and _only_when(art, text[ce:aside.end() - 1]):
        # "The road will close, organisers say, and a meeting is planned": the report set between commas
        # reports the clause before it; the new clause after "and" is the writer's
        end = _rstrip(text, s, text.rindex(",", s, found["start"]))
        if end > s:
            return s, end
    if subject_first and after.strip():
        start = ce
        while start < e and text[start] in " \t\n,:":
            start += 1
        # "told reporters the road was closed": who was told is not part of what was said
        told = re.match(r"(?:reporters|journalists|the press|the media)\s+(?=\w)", text[start:e])
        if told and term.lower().startswith("told"):
            start += told.end()
        end = e
        comma = after.rfind(",")
        if comma != -1 and art.cue_after(ce + comma, e):
            end = _rstrip(text, start, ce + comma)
        return start, end
    return s, e


def _speaker_right_after(text: str, ce: int, found: dict) -> bool:
    """Does the speaker stand right after the reporting word, perhaps after the person's role ("…, said the head
    of the Kremlin", "…, said a spokesman for the Pentagon")?"""
    return found.get("start", -1) >= ce and bool(_ROLE_BEFORE_BODY.fullmatch(text, ce, found["start"]))


#: Nothing, or a person's role before the body they speak for: " a spokesman for ", " the head of ".
_ROLE_BEFORE_BODY = re.compile(r"\s*(?:(?:a|an|the)\s+[a-z][a-z -]{0,30}?\s+(?:of|for|at|with)\s+)?")


def _that_of_a_later_clause(art: Article, ce: int, pos: int, end: int) -> bool:
    """Is the "that" at ``pos``, some words after the reporting word ending at ``ce``, part of a later clause
    rather than the word that opens what was said? It is when a clause with its own subject and verb began
    right after the reporting word ("reported [it kept] the emails that Lee sent", "said [he meets] families
    in a town that …"), or when "that" is followed by its own verb after a noun ("said, a plan that could
    help", "held up a banner that was torn"): a relative clause, which describes the noun before it.
    "told reporters that …", "said in a statement that …" keep their "that"."""
    between = plain_words(art.text[ce:pos])
    if not between:
        return False
    sets = art.sets
    if len(between) > 1 and between[0] in _SUBJECT_PRONOUNS and (
            between[1] in sets.auxiliaries or between[1] in sets.past_forms or _CONTRACTION.fullmatch(between[1])
            or len(between[1]) > 3 and between[1].endswith(("ed", "s")) and not between[1].endswith("ss")):
        return True
    return that_is_subject(art, pos, end)


#: Pronouns that are only subjects: after a reporting word they open the reported clause ("said he …").
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


#: A passive reporting verb's auxiliary right before it, and "by" right after: "was confirmed by".
_PASSIVE_BEFORE = re.compile(r"\s(?:was|were|is|are|has been|have been|had been|been)\s*$")
_BY_AFTER = re.compile(r"\s+by\b")

def _reports_before(art: Article, cue, s: int, comma: int, found: dict) -> bool:
    """Does a reporting word after the comma at ``comma`` report the words before it ("The road was closed, the
    BBC reported on Monday")? Only when nothing but the time, the place, the manner, the speaker or the person
    told follows the verb: "Later that day, the FBI said it would help" reports what follows, and
    "After the vote, Lee announced her resignation" reports nothing. And only when the words before are a
    clause, not only the writer's opening phrase ("Later that day", "After the vote")."""
    text = art.text
    lo = found["end"] if found.get("start", -1) >= cue[1] else cue[1]  # "…, says Lee on Monday"
    words = text[lo:].split(".")[0]
    words = words[:cited_tail(words, 0, len(words))]  # "…, the BBC reported, citing officials."
    told = text[cue[0]:cue[1]].lower() in art.sets.listener_verbs | TELL_VERBS
    back = [w.lower() for w in words.split()[:1]] in (["of"], ["it"], ["so"], ["this"])  # "…, the BBC reported it"
    return (told or back or _only_when(art, words)) and not _opener_only(art, s, comma)


def _only_when(art: Article, words: str) -> bool:
    """Do ``words`` (what stands between a reporting word and the next comma) only say when or how it was
    said ("", "on Monday", "in a statement", "last week")? Not an object: "refused to act," "told Lee,"."""
    first = words.split()[:1]
    return not first or first[0].lower() in _WHEN_WORDS | art.sets.time_words | art.sets.month_words


#: Words that open a phrase of time or manner after a reporting word: "said on Monday,", "said in a statement,".
_WHEN_WORDS = frozenset({"on", "in", "at", "last", "this", "late", "early", "during", "after", "before", "by",
                         "privately", "publicly", "simply", "flatly", "recently", "again", "also", "too", "then"})


#: What follows a reporting word set between commas: a few words, then the comma (", he says on Friday,").
ASIDE_AFTER = re.compile(r"[^,;:“”\"()\n]{0,20},")
#: A word that opens a new clause after such a comma (", organisers say, and …").
NEW_CLAUSE_AFTER = re.compile(r"\s*(?:and|but|or|yet|though|although|while|whereas|so)\b")

#: Why a sentence such as "the broader picture suggests that ..." is not in ``kit.quotes``.
INFERENCE_NOTE = "the writer's inference, not a person's words"

#: Words that, right before the content, show a reported clause follows: "said that", "asked whether".
_CLAUSE_OPENS = re.compile(r"(?:\bthat|\bwhether|\bif|[:“\"«])\s*$", re.IGNORECASE)
_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "who", "when", "where", "which"})
#: Where the first clause of the content ends: a comma or dash, or a word opening a clause of its own.
_CLAUSE_END = re.compile(r"[,;:()–—]|\s-\s|\b(?:as|while|because|after|before|when|since|although|though|despite"
                         r"|for|unless|until)\b", re.IGNORECASE)
#: "of"/"for" and a verb in -ing after the object: "accused the council of hiding", "blamed X for letting".
_GERUND = re.compile(r"\b(?:of|for)\s+(?:not\s+|[a-z]+ly\s+)?(?![a-z]*thing\b)[a-z]{2,}ing\b")
#: A pronoun with a verb joined to it, or a verb with "not": "he’d", "it's", "they’re", "can’t".
_CONTRACTION = re.compile(r"(?:he|she|it|they|we|i|you|there|that|who|what)'(?:s|re|ll|d|ve|m)|[a-z]+n't")
#: Words that follow a verb in -s more often than a plural noun: "enjoys the", "depends on", "prides itself".
_AFTER_VERB = DETERMINERS | {"a", "an", "that", "to", "on", "about", "itself", "himself", "herself", "themselves",
                             "him", "them", "us", "me", "no", "more", "what", "how", "why"}
#: A word that opens a clause of the writer's own after the content: "called for X, as did Y".
_SUBORDINATE = re.compile(r"\b(?:as|while|because|after|before|when|since|although|though|despite|unless|until"
                          r"|whereas)\b", re.IGNORECASE)
def reports_clause(art: Article, cue, start: int, end: int) -> bool:
    """Does the content ``text[start:end]`` of an indirect quotation report words, or is it only the
    object of the verb? Reported speech has a clause: "said *that* ...", a colon or a quotation mark,
    "asked *whether* ...", "vowed *to* ...", "accused the council *of hiding* ...", or words with their
    own subject and verb after the reporting word ("said the road *was* closed", "said militants *left*").
    A noun phrase alone ("blasted
    the coalition", "met with officials, discussing coordination") is not. Content before the reporting
    word ("..., the BBC reported"), "according to" and content holding the reporting word are kept.
    The helping verbs and irregular past forms are the ``auxiliaries`` and ``past_forms`` sets of
    data/word_sets.csv.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee blasted the coalition. Lee said the road was closed."]}), "example"))[0]
    >>> reports_clause(art, art.cues[0], 12, 25), reports_clause(art, art.cues[1], 36, 55)
    (False, True)
    """
    text = art.text
    ce = cue[1]
    every = plain_words(text[start:end]) if end - start <= 24 else None  # a few small words at most
    if every and all(w in art.sets.adverbs or w in _NO_CONTENT for w in every):
        return False  # "[And], as the Echo reported, …", "Lee rejected that, [too]": a small word alone says nothing
    if start < ce:
        # the content stands before the reporting word, or holds it: a clause, unless it is only the
        # writer's opening phrase ("For years, Lee hoped …", "But, according to the poll, …")
        return not opening_phrase(art, start, end, cue[0])
    if cue[2].lower().startswith("according"):
        return True
    between = text[ce:start]
    if text[cue[0]:ce].lower().endswith(" that") and not between.strip():
        return True  # a reporting word listed with its "that": "alleges that the base shelters …"
    if _CLAUSE_OPENS.search(between) or "," in between or text.startswith("that", start) \
            and that_is_subject(art, start, end):
        return True  # "said that ...", "asked: ...", "Sometimes, she says, the road floods", "said that was …"
    stop = _CLAUSE_END.search(text, start, end)
    words = plain_words(text[start:stop.start() if stop and stop.start() > start else end])
    if not words:
        return False
    sets = art.sets
    if words[0] not in _QUESTION_WORDS and words[0] not in ("to", "as", "not") and passive_report(art, cue):
        return False  # "the letter, which was first reported last week by …": what was reported is its subject
    if (re.fullmatch(r"[a-z]{3,}[^su']s", words[0]) or words[0] in sets.past_forms) and start - ce <= 1 \
            and (m := _WHICH_SUBJECT.search(text, max(0, cue[0] - 50), cue[0])) and m.group(1).lower() not in sets.auxiliaries:
        return True  # "The list, which the campaign says includes 2,000 donors, …": "which" is the subject of "includes"
    gerund = _GERUND.search(text, start, end)
    if gerund and len(WORD.findall(text[start:gerund.start()])) <= 8:
        return True  # "accused the US of colluding", "criticised the army for attacking": what they said it did
    if words[0] in _QUESTION_WORDS:
        return True
    if "to" in words[:4] and words.index("to") + 1 < len(words) and _to_verb(words[words.index("to") + 1]):
        return True  # "vowed to stay", "urged Congress to act"
    if words[0] in sets.pronouns_person | sets.pronouns_other | {"you", "there"} and len(words) > 1:
        return True  # "said they would stay"
    sub = _SUBORDINATE.search(text, start, end)
    if any(w in sets.auxiliaries or _CONTRACTION.fullmatch(w) for w in plain_words(text[start:sub.start() if sub else end])):
        return True  # "said Millennials, numbering 75 million, have overtaken ...", "says he’s ready"
    if plural_subject_verb(art, cue, words):
        return True  # "said many riders already pay more", "says the bills pay for it"
    for k, w in enumerate(words):
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if k and (w in sets.past_forms or len(w) > 4 and w.endswith("ed")):
            j = k - 1
            while j > 0 and (words[j].endswith("ly") or words[j] in sets.adverbs):
                j -= 1  # "militants recently made", but not "its illegally established base"
            if words[j] not in NOT_BEFORE_VERB and not words[j].endswith("ly") and after != "by":
                return True
        if k and re.fullmatch(r"[a-z]{3,}[^su']s", w) and before not in NOT_BEFORE_VERB \
                and (after in _AFTER_VERB or after[:1].isdigit()):
            return True  # "said Obama enjoys the event", "says the bill needs a vote", "said the site costs $100"
    return False


#: ", which" or ", who" and the subject of the reporting word right after it: ", which the campaign says".
_WHICH_SUBJECT = re.compile(r",[ \t]*(?:which|who|whom)[ \t]+([\w’'.-]+)[ \t]+(?:[\w’'.-]+[ \t]+){0,3}$")


#: Small words that are neither a clause nor a thing said, beside the ``adverbs`` of data/word_sets.csv ("and",
#: "too"): "[There], I said it", "talking about going that [far]".
_NO_CONTENT = frozenset({"there", "here", "far", "or", "nor"})
#: Object pronouns: after "to" they show a preposition ("responded to it"), not a verb ("vowed to stay").
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "you", "those", "these", "this"})


def _to_verb(word: str) -> bool:
    """Can ``word``, right after "to", be a verb ("vowed to stay")? Not a determiner, an object pronoun or a
    possessive: then "to" is a preposition and names what someone answered ("responded to Lee's tweet",
    "had to respond to it"), not what they said they would do.

    >>> _to_verb("stay"), _to_verb("lee's"), _to_verb("it"), _to_verb("the")
    (True, False, False, False)
    """
    return word not in DETERMINERS and word not in ("a", "an") and word not in _OBJECT_PRONOUNS \
        and not word.endswith("'s")


#: Words that open a phrase setting the scene, before the sentence's subject: "For years,", "In April,".
_OPENERS = re.compile(r"(?:for|in|with|after|before|during|among|at|on|by|from|since|until|under|over|across|amid"
                      r"|despite|following|beyond|through|throughout|within|without|shortly|earlier|later|now"
                      r"|meanwhile|instead|but|and|yet|so|still|also|then|finally|moreover|however|indeed|again"
                      r"|as for|as|while|when|once|because|although|though|whereas|if|unless|even)\b", re.IGNORECASE)


def opening_phrase(art: Article, start: int, end: int, cue_start: int) -> bool:
    """Is ``text[start:end]``, found before the reporting word at ``cue_start``, only the writer's
    opening phrase (a linking word, a phrase of time or place, or a clause that opens with "as",
    "when", "because" …), with the main clause of the sentence between it and the reporting word? It
    is not what anyone said: "[For years], President Clinton was a friend Lee hoped to keep". "[As a
    rule], the road floods, Lee said" has no clause of its own in between: what Lee said is the
    sentence (kept).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "For years, Lee was a friend he hoped to keep. As a rule, it floods, Roe said."]}), "example"))[0]
    >>> opening_phrase(art, 0, 9, 31), opening_phrase(art, 46, 55, 70)
    (True, False)
    """
    text = art.text
    if not re.match(r"\s*,", text[end:end + 3]) or not _opener_only(art, start, end):
        return False
    between = plain_words(text[end:cue_start])
    sets = art.sets
    return any(w in sets.auxiliaries or w in sets.past_forms or _CONTRACTION.fullmatch(w)
               or len(w) > 4 and w.endswith("ed") for w in between)


def _opener_only(art: Article, start: int, end: int) -> bool:
    """``text[start:end]`` is a linking word, a phrase of time or place with no verb ("In April",
    "But the next day"), or a clause opening with "as", "when", "because" …"""
    words = plain_words(art.text[start:end])
    if not words:
        return True
    if "," in art.text[start:end] or not _OPENERS.match(art.text, start, end):
        return False  # "In April, Lee won": a sentence of its own, not one opening phrase
    if len(words) == 1 or words[0] in ("as", "while", "when", "once", "because", "although", "though", "whereas",
                                        "if", "unless"):
        return True
    sets = art.sets
    return not any(w in sets.auxiliaries or w in sets.past_forms or _CONTRACTION.fullmatch(w)
                   or len(w) > 4 and w.endswith("ed") for w in words[1:])


def writers_inference(art: Article, cue, found: dict) -> bool:
    """Is the "speaker" an abstract subject, with a verb of inference: "the broader picture suggests",
    "the evidence shows"? That is the writer's own conclusion, not someone's words (:data:`INFERENCE_NOTE`),
    so ``kit.quotes`` leaves it out. A study, a poll or a report that "shows" something is a source and
    stays. In the passive with "by" the subject is a fact and the verb says what shows it: "The threat has
    been underscored by recent reports" is the writer's judgement unless the agent is a person or a group
    ("was stressed by officials"). The words are the ``inference_subjects`` and ``inference_verbs`` sets of
    data/word_sets.csv.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speakers import speaker_for_cue
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The broader picture shows that the plan failed."]}), "example"))[0]
    >>> writers_inference(art, art.cues[0], speaker_for_cue(art, art.cues[0], 0, len(art.text)))
    True
    """
    words = WORD.findall(found.get("text") or "")
    if not words or found.get("type") not in ("anonymous", "description"):
        return False  # a name, or a pronoun: a person or a group may speak
    verb = art.text[cue[0]:cue[1]].split()[0].lower()
    if verb not in art.sets.inference_verbs:
        return False
    last = words[-1].lower()
    if _PASSIVE_BEFORE.search(art.text, max(0, cue[0] - 20), cue[0]) and _BY_AFTER.match(art.text, cue[1]):
        # "The threat has been underscored by recent reports": the subject is a fact, and what shows it is a thing,
        # not a person or a group who spoke ("The point was stressed by officials" stays)
        things = art.sets.report_nouns | art.sets.document_nouns | art.sets.message_nouns | art.sets.inference_subjects
        return last in things or not (last in art.sets.anonymous_words or last[:-1] in art.sets.description_nouns
                                      or re.fullmatch(PEOPLE_PLURAL, last))
    return last in art.sets.inference_subjects
