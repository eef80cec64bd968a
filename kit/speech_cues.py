"""Speech cues: which reporting words in an article report someone's words, and whether their
subject is the speaker (a passive such as "Lee was asked to …" names no speaker).

kit.speakers finds the speaker of each cue these functions let through.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee did not say it. Roe said the claims were false."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], is_speech_cue(art, c)) for c in art.cues]
    [('say', False), ('said', True), ('claims', False)]
"""

from __future__ import annotations

import re

from .attitude_cues import attitude_word
from .names import Article
from .report_checks import intention_to, negated_cue, view_cue
from .speaker_phrases import ends_with_comma

__all__ = ["TELL_VERBS", "after_aside_report", "after_cue_is_by", "agentless_passive", "cited_tail", "done_to", "done_to_start", "is_reporting_verb",
           "is_speech_cue", "made_sure", "where_said", "neither_subject", "participle_before_verb", "passive_report"]

#: Only a comma between two reporting words: ", he says, plans …".
_COMMA_ONLY = re.compile(r"[ \t]*,[ \t]*")


def after_aside_report(art: Article, cue) -> bool:
    """Does the reporting word follow a report set between commas, with only the comma between them ("His wife,
    he says, plans to leave the party")? Then the words after it are what the aside's speaker reports
    (kit.nested_reports.aside_report credits them to that speaker).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "His wife, he says, plans to leave. Roe plans to leave."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], after_aside_report(art, c)) for c in art.cues]
    [('says', False), ('plans', True), ('plans', False)]
    """
    return any(c[1] <= cue[0] and _COMMA_ONLY.fullmatch(art.text, c[1], cue[0]) for c in art.cues)


#: "by" after a reporting word, perhaps after an adverb: "was confirmed by", "said repeatedly by".
_BY_AFTER = re.compile(r"\s+(?:(?:repeatedly|also|later|first|widely)\s+)?by\s+")


def after_cue_is_by(art: Article, cue_end: int, hi: int) -> int | None:
    """Where the words after "by" start, when "by" follows the reporting word ending at ``cue_end``.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It was reported by the BBC."]}), "example"))[0]
    >>> art.text[after_cue_is_by(art, art.cues[0][1], len(art.text)):]
    'the BBC.'
    """
    m = _BY_AFTER.match(art.text, cue_end, hi)
    return m.end() if m else None


def agentless_passive(art: Article, cue) -> bool:
    """A reporting verb in the passive with no "by …" after it ("Lee was asked to name one", "it was
    reported that …", "Roe is expected to win"): its subject is who the words are about or who was
    told, not who said them, and the sentence names no speaker. "was quoted as saying" keeps its
    subject, who did speak.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee was asked to leave. Roe said Lee was told by aides that it was over."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], agentless_passive(art, c)) for c in art.cues]
    [('asked', True), ('said', False), ('told', False)]
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The plan, announced in March, would close the centre."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], agentless_passive(art, c)) for c in art.cues]
    [('announced', True)]
    """
    text = art.text
    word = text[cue[0]:cue[1]].split()[0].lower() if text[cue[0]:cue[1]].strip() else ""
    if word.endswith("ed") and _REDUCED_RELATIVE.match(text, cue[1]) and ends_with_comma(text, cue[0]):
        # "The decision, announced in March, would …": the decision was announced; it says nothing
        return after_cue_is_by(art, cue[1], min(len(text), cue[1] + 60)) is None
    if not word or word.endswith("ing") or word.startswith("quot"):
        return False
    aux = _PASSIVE_AUX.search(text[max(0, cue[0] - 30):cue[0]])
    if not aux or not aux.group(0).islower():
        return False  # "IS said": a name in capitals, not "is"
    return after_cue_is_by(art, cue[1], min(len(text), cue[1] + 60)) is None


#: After a past participle between commas: a time or place, then the comma that closes the phrase.
_REDUCED_RELATIVE = re.compile(r"[ \t]+(?:in|on|at|last|earlier|early|late)\b[^,.;:“”\"]{0,40},")


def is_speech_cue(art: Article, cue) -> bool:
    """Leave out nouns ("the claims", "its claims"), words inside others ("self-proclaimed") and
    negated reporting words ("did not say": :func:`kit.report_checks.negated_cue`), verbs of view
    ("seemed", "supports": :func:`kit.report_checks.view_cue`) and of intention before "to" ("plans to
    build": :func:`kit.report_checks.intention_to`), which report no words. A plan right after a report set
    between commas ("His wife, he says, plans to leave") stays: what follows is what that speaker reports
    (:func:`after_aside_report`).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee said the claims were false."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], is_speech_cue(art, c)) for c in art.cues]
    [('said', True), ('claims', False)]
    """
    got = art.speech_cue.get(cue)  # each cue is judged once per article
    if got is None:
        got = art.speech_cue[cue] = is_reporting_verb(art, cue) and not made_sure(art, cue) \
            and not negated_cue(art, cue) and not view_cue(art.text, cue[0], cue[1], art.sets.view_verbs) \
            and not (intention_to(art.text, cue[0], cue[1]) and not after_aside_report(art, cue)) \
            and not attitude_word(art.text[cue[0]:cue[1]], art.sets) \
            and not neither_subject(art.text, cue[0]) \
            and not where_said(art, cue)  # "wary of": a view (kit.attitude_cues); "Neither … nor … said"
    return got


#: A phrase that opens with a preposition: "in a statement", "at a briefing".
_WHERE_OPENS = re.compile(r"(?:in|at|on|during|through|via|from|with)\b", re.IGNORECASE)


def where_said(art: Article, cue) -> bool:
    """Is the cue a phrase with a preposition right after a reporting word ("claimed *in a statement* that …")?
    It tells where the words were said; the verb before it is the cue (the Pentagon's and the Kremlin's alike).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee claimed in a statement that it was shut. In a statement, Roe denied it."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], where_said(art, c)) for c in art.cues]
    [('claimed', False), ('in a statement', True), ('In a statement', False), ('denied', False)]
    """
    text = art.text
    if not _WHERE_OPENS.match(text, cue[0]):
        return False
    j = cue[0]
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j < cue[0] and any(c[1] == j for c in art.cues)


#: A subject opened by "neither" that runs to the reporting word: "Neither the Kremlin nor the Pentagon said",
#: "But neither side has said". No clause of its own in between ("Neither side won, and Lee said": not this).
_NEITHER_SUBJECT = re.compile(r"(?:^|[.!?;:,“”\"()\n—–]\s*)(?:(?:but|and|yet|so|still)\s+)?neither\s+"
                              r"(?:(?!\b(?:and|but|or|that|who|which|when|while|because|if)\b)[^.!?;:,“”\"()\n—–]){1,120}$",
                              re.IGNORECASE)


#: A participle naming where a report comes from, closing the sentence: ", citing officials.", ", quoting a source."
_CITED_TAIL = re.compile(r",[ \t]+(?:citing|quoting)[ \t]+[^,;:“”\"()\n]{2,120}?[.!?]?[ \t]*$")


def cited_tail(text: str, s: int, e: int) -> int:
    """Where a closing ", citing …" or ", quoting …" starts in the sentence text[s:e] ("The convoy left, the Pentagon
    said, citing officials."), else ``e``. It names where the report came from, so the report before it closes the
    sentence as "…, the Pentagon said." does.

    >>> t = "The convoy left Raqqa, the Kremlin said, citing sources."
    >>> t[:cited_tail(t, 0, len(t))], cited_tail("Lee said it.", 0, 12)
    ('The convoy left Raqqa, the Kremlin said', 12)
    """
    m = _CITED_TAIL.search(text, s, e)
    return m.start() if m else e


def neither_subject(text: str, cue_start: int) -> bool:
    """Is the subject of the reporting word at ``cue_start`` opened by "neither" ("Neither the Kremlin nor the
    Pentagon said the base was closed")? Then, as with "did not say", no party said the words: the reporting word
    reports none, and no party is credited with them.

    >>> t = "Neither the Kremlin nor the Pentagon said the base was closed."
    >>> neither_subject(t, t.index("said")), neither_subject("Lee said neither side won.", 4)
    (True, False)
    """
    lo = max(0, cue_start - 160)
    window = text[lo:cue_start]
    if "neither" not in window.lower() and "\u0130" not in window and "\u0131" not in window:
        return False  # no "neither" in any case (the pattern's case-blind "i" also matches "İ" and "ı")
    return _NEITHER_SUBJECT.search(text, lo, cue_start) is not None


def is_reporting_verb(art: Article, cue) -> bool:
    """Is the reporting word a verb here, said or not ("Lee said", "did not say", "was forced to admit"),
    rather than a noun ("the claims") or part of an idiom ("that says it all")? :func:`is_speech_cue` asks
    this first; :mod:`kit.indirect_speech` asks it to find where a later verb begins its own clause.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee did not say it. The claims were false."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], is_reporting_verb(art, c), is_speech_cue(art, c)) for c in art.cues]
    [('say', True, False), ('claims', False, False)]
    """
    key = ("verb", cue)  # judged once per article, beside is_speech_cue's answers
    got = art.speech_cue.get(key)
    if got is None:
        from . import segment

        got = art.speech_cue[key] = segment.is_speech_cue(art.text, cue[0], cue[1]) or done_to(art, cue)
    return got


#: A verb that says the act after "to" took place (an implicative verb, Karttunen 1971): "was forced to
#: acknowledge that", "had to admit that", "went on to say that", "was quick to point out that", "continued to insist
#: that"; also a verb of causing with no object before "to", which English allows only in the passive or a
#: participle: "was prompted to say", "was moved to write", "spurred to declare" (the act took place); and "took to" a
#: medium "to": "took to Twitter to say", "took to the airwaves to argue" (the medium was used to say it).
_DONE_TO = re.compile(r"\b(?:forced|compelled|obliged|had|managed|bothered|dared|proceeded|hastened|rushed|quick|"
                      r"continued|continues|went\s+on|goes\s+on|go\s+on|going\s+on|prompted|moved|spurred|provoked|"
                      r"(?:took|takes|take|taking|taken)\s+to\s+(?:[\w’'-]+\s+){1,2})\s*to\s+$", re.IGNORECASE)


def done_to(art: Article, cue) -> bool:
    """A reporting word after "to" that reports speech because the verb before "to" says the act took place
    ("the army was forced to acknowledge that …"), unlike "plans to say" or "refused to say".

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The army was forced to acknowledge that it left. Lee hopes to announce that she runs."]}), "x"))[0]
    >>> [(art.text[c[0]:c[1]], done_to(art, c)) for c in art.cues if art.text[c[0]:c[1]] != "hopes"]
    [('acknowledge', True), ('announce', False)]
    """
    return done_to_start(art, cue) is not None


def done_to_start(art: Article, cue) -> int | None:
    """Where the verb before "to" of :func:`done_to` starts ("forced" in "was forced to admit"), or None.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The army was forced to admit that it left."]}), "x"))[0]
    >>> art.text[done_to_start(art, art.cues[0]):]
    'forced to admit that it left.'
    """
    m = _DONE_TO.search(art.text, max(0, cue[0] - 30), cue[0])
    return m.start() if m else None


#: Forms of "be" and "get": before a listener verb they make it a passive ("was assured that").
_PASSIVE_AUX = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+"
                          r"(?:(?:\w+ly|both|also|all|still|not|now|never|each|first|later|then)\s+){0,2})$", re.IGNORECASE)


def made_sure(art: Article, cue) -> bool:
    """A verb that reports speech only with the person told ("assured reporters that …") followed
    straight by "that": it means "made sure" ("the army assured that no one left"), not speech.
    The verbs are the ``listener_verbs`` set of data/word_sets.csv.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The army reassured that no one left. Lee reassured reporters that all was well."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], made_sure(art, c)) for c in art.cues]
    [('reassured', True), ('reassured', False)]
    """
    text = art.text
    if text[cue[0]:cue[1]].lower() not in art.sets.listener_verbs:
        return False
    if not re.match(r"\s+that\b", text[cue[1]:cue[1] + 8]):
        return False
    return not _PASSIVE_AUX.search(text[max(0, cue[0] - 30):cue[0]])


#: Verbs of telling that take the person told: "…, Lee told reporters."
TELL_VERBS = frozenset({"told", "tell", "tells", "telling"})


def passive_report(art: Article, cue) -> bool:
    """Is the reporting word a verb in the passive ("was first reported", "is widely noted"), with or without "by"?
    Then what was reported is the subject before it, and the words after it (a time, a place, "by" and who) are no
    clause someone said: "The letter was first reported last week by the Daily". A verb of telling keeps the clause
    after it ("he was told the road was closed": :data:`TELL_VERBS` and the ``listener_verbs`` of
    data/word_sets.csv), and so does "was asked to …" or "was asked whether …" (the caller looks at the first word
    after it). The forms of "be" are those of :func:`agentless_passive`.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The plan was first reported last week by the Daily. Lee was told the road was closed."]}), "x"))[0]
    >>> [(art.text[c[0]:c[1]], passive_report(art, c)) for c in art.cues]
    [('reported', True), ('told', False)]
    """
    verb = art.text[cue[0]:cue[1]].split()[0].lower()
    if verb in art.sets.listener_verbs or verb in TELL_VERBS or not (verb.endswith("ed") or verb in art.sets.past_forms):
        return False
    aux = _PASSIVE_AUX.search(art.text[max(0, cue[0] - 30):cue[0]])
    return aux is not None and aux.group(0).islower() or participle_before_verb(art, cue)


#: After a past participle: a time ("Monday", "on Friday", "in March", "last week", "March 23, 2016"), perhaps set
#: off by commas, then the next word (see participle_before_verb).
_TIME_THEN_WORD = re.compile(r"[ \t]+(?:(?:on|in|last|this|early|earlier|late|later)[ \t]+)?([A-Za-z]+)"
                             r"(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ \t]+\d{4})?[ \t]*,?[ \t]+([a-z]+(?:n['’]t)?)\b")


def participle_before_verb(art: Article, cue) -> bool:
    """Is the reporting word a past participle that describes the noun before it, as a time and then the
    sentence's verb show: "The merger announced Monday would close two plants", "The deal, announced Friday, will
    last four years"? A verb that reports would need a clause with its own subject after the time ("The firm
    announced Monday it would close"); here the helping verb after the time has none, so it is the noun's. The
    time words and helping verbs are the ``time_words``, ``month_words``, ``duration_units`` and ``auxiliaries``
    of data/word_sets.csv.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The merger announced Monday would close two plants. The firm announced Monday it would close."]}), "x"))[0]
    >>> [(art.text[c[0]:c[1]], participle_before_verb(art, c)) for c in art.cues]
    [('announced', True), ('announced', False)]
    """
    m = _TIME_THEN_WORD.match(art.text, cue[1], min(len(art.text), cue[1] + 50))
    if m is None or cue[0] == 0 or not art.text[cue[0] - 1].isspace():
        return False
    sets = art.sets
    when = m.group(1).lower()
    return (when in sets.time_words or when in sets.month_words or when in sets.duration_units) \
        and m.group(2).replace("’", "'") in sets.auxiliaries
