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

import re

from .names import Article

__all__ = ["indirect_content", "reduced_relative"]


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
    if not re.match(r"\s+by\s", text[ce:ce + 5]) or not re.search(r"(?:ed|[^s]s|told|said|made)$", text[cs:ce]):
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
                          r"|yet|but|while)|,\s*(?:despite|even though|in spite of))\b", re.IGNORECASE)


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
    as_clause = _as_clause(art, cue, s, found)
    if as_clause:
        return as_clause
    start, end = _reported_span(art, cue, s, e, found)
    if start < cue[0] < end:
        return start, end  # the content holds its own reporting word: leave it whole
    cut = _WRITER_ADDS.search(art.text, start, end)
    if cut and cut.start() > start:
        end = _rstrip(art.text, start, cut.start())
    return start, end


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
        while end > s and (text[end - 1].isspace() or text[end - 1] in ",—–"):
            end -= 1
        return s, end
    m = _RX_THAT.search(text, ce, min(e, ce + 60))
    if m:
        start = m.end()
        while start < e and text[start].isspace():
            start += 1
        if start < e:
            return start, e
    before, after = text[s:cs], text[ce:e]
    if "," not in after and "," in before and len(after.split()) <= 3 and found.get("start", -1) > s + before.rfind(","):
        # "The road was closed, the BBC reported."
        end = s + before.rfind(",")
        return s, _rstrip(text, s, end)
    subject_first = found.get("start", -1) >= s and found.get("end", e) <= cs
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
        if comma != -1 and any(ce + comma < c[0] < e for c in art.cues):
            end = _rstrip(text, start, ce + comma)
        return start, end
    return s, e

