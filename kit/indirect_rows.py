"""Indirect rows: the rows of ``kit.quotes`` for reported speech outside quotation marks ("Lee said that the
road was closed"), one for each reporting word whose speaker kit.speakers finds, with the words it reports
(kit.indirect_speech). kit.speaker_rules adds them to the rows of the quotations.
"""

from __future__ import annotations

import re

from .indirect_speech import (
    NEXT_REPORT,
    indirect_content,
    no_words_given,
    reduced_relative,
    reports_clause,
    writers_inference,
)
from .names import Article
from .nested_reports import aside_report, outer_report, trailing_report
from .quote_rows import quote_row
from .speaker_guess import resolve_speaker
from .speakers import speaker_for_cue

__all__ = ["AND_CLAUSE", "clause_after_quotations", "indirect_rows"]

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
    quoted_sentences |= {art.sentence_index(max(q["end"] - 1, q["open"])) for q in said}
    for idx, (sid, s, e) in enumerate(art.sentences):
        if text[s:e].rstrip().endswith(":"):
            continue
        if idx in quoted_sentences:  # 'Lee called it “unfair”, and the Echo reported that …': a second report
            s = clause_after_quotations(text, s, e, said)
            if s is None:
                continue
        seen_speakers = set()
        reported: list[tuple[int, int]] = []  # what the speakers before in this sentence said
        closing = trailing_report(art, s, e, speech(art.cues_in(s, e)))  # "…, Devine said."
        aside = aside_report(art, s, e, speech(art.cues_in(s, e)))  # "His wife, he says, plans …"
        for cue in speech(art.cues_in(s, e)):
            if cue[0] in used_cues or any(a <= cue[0] < b for a, b in reported):
                continue  # "Lee said Roe told her ...": Roe's words are part of what Lee reported
            found = speaker_for_cue(art, cue, s, e)
            if found is None:
                continue
            outer = outer_report(art, speech(art.cues_in(s, cue[1])), found, s)
            found = resolve_speaker(art, outer[0] if outer else found, cue[0])
            if not found.get("speaker") and not (found.get("method") == "pronoun" and found.get("text")):
                continue  # a pronoun that could not be linked to a name still shows who speaks: "they say"
            if found.get("type") == "named person":
                art.add_speaker(cue[0], found["speaker"])
            if found["speaker"] in seen_speakers and not (reported and cue[0] >= reported[-1][1]) \
                    or writers_inference(art, cue, found):
                continue  # "the broader picture suggests that ...": the writer's inference, not a speaker
            relative = reduced_relative(art, cue, s)
            start, end = relative or indirect_content(art, cue, s, e, found)
            if end <= start or not relative and not reports_clause(art, cue, start, end):
                continue  # "Lee blasted the coalition": an object, not reported words
            if not relative and no_words_given(art, cue, start, end):
                continue  # "declined to comment", "asked not to be named": no words reported
            if not found.get("relative"):
                seen_speakers.add(found["speaker"])  # "Cruz, who says …, said …": the main clause reports too
            if closing is not None and cue != closing[1] and end <= min(closing[0]["start"], closing[1][0]):
                # "Sanders plans to stay a Democrat, Devine said": what "plans" reports, Devine reports
                found, cue = resolve_speaker(art, closing[0], closing[1][0]), closing[1]
            elif aside is not None and (cue[0] > aside[1][1] and not AND_CLAUSE.search(text, aside[1][1], cue[0])
                                        or text[cue[1]:aside[0]["start"]].strip() == ","):  # "He hoped, he said, that"
                found, cue = resolve_speaker(art, aside[0], aside[1][0]), aside[1]
            rows.append(quote_row(art, sid, start, end, "indirect", found, cue))
            if start >= cue[1]:
                reported.append((start, end))
    return rows


def clause_after_quotations(text: str, s: int, e: int, said: list) -> int | None:
    """Where a new clause begins after the last quotation of the sentence ``text[s:e]`` (", and the Echo
    reported that …", ", but officials say …"), or None: a report there is not the quotation's.

    >>> t = "Lee called it “unfair”, and the Echo reported that it was late."
    >>> t[clause_after_quotations(t, 0, len(t), [{"open": 14, "end": 20}]):]
    'the Echo reported that it was late.'
    """
    last = max((q["end"] for q in said if s <= q["open"] < e), default=None)
    if last is None:
        return None
    joint = NEXT_REPORT.search(text, last, e)
    return joint.end() if joint else None
