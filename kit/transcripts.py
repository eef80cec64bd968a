"""Transcripts and other layouts: an interview set out in turns, each opening with the speaker's name in
capitals and a colon ("TAPPER: …", "FALLIN: I think …", "Q: …"), whose words kit.speaker_rules credits
to that name; and the paragraphs after a colon that are set out as a list or a heading, not quoted.

    >>> bool(TRANSCRIPT_LABEL.match("FALLIN: I think he is trying.")), bool(TRANSCRIPT_LABEL.match("Lee said: no."))
    (True, False)
"""

from __future__ import annotations

import bisect
import re

from .names import Article
from .titles import in_title_case

__all__ = ["NO_SPEAKER_NOTE", "TRANSCRIPT_LABEL", "para_index", "set_out_not_quoted", "transcript_speaker"]

#: The note of a quotation whose speaker the rules could not find (its ``speaker`` is None).
NO_SPEAKER_NOTE = "no speaker found: the kit could not tell who said these words, so read the sentence yourself"


def para_index(art: Article, pos: int) -> int:
    """The index of the paragraph of ``art`` that holds ``pos``.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "One.\\n\\nTwo."]}), "example"))[0]
    >>> para_index(art, 0), para_index(art, art.text.index("Two"))
    (0, 1)
    """
    return bisect.bisect_right(art.para_starts, pos) - 1


#: A speaker's name as a transcript gives it, at the start of a paragraph: "TAPPER: …", "Q: …", "A: …".
TRANSCRIPT_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+){0,2}|[QA]):[ \t]")


def transcript_speaker(art: Article, row: dict) -> None:
    """In a transcript (sentences that open with a speaker's name in capitals and a colon,
    "FALLIN: I think …"), the words up to the next name or the end of the paragraph are that
    speaker's: a row with no speaker, or with "I"/"we" as its speaker, is credited to the name
    (method ``transcript``). "Q:" and "A:" name no one: they are given only to a row with no speaker.

    >>> import pandas as pd, kit
    >>> t = "BASH: Do you think so?\\n\\nFALLIN: Well, I told them the plan would work."
    >>> kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [t]}))[["speaker", "speaker_method"]].values.tolist()
    [['FALLIN', 'transcript']]
    """
    if row["kind"] not in ("direct", "indirect") or not art.paragraphs:
        return
    ps, _pe = art.paragraphs[max(0, para_index(art, row["start"]))]
    m = None
    k = art.sentence_index(row["start"])
    while k >= 0 and art.sentences[k][1] >= ps and m is None:
        _sid, ss, se = art.sentences[k]
        m = TRANSCRIPT_LABEL.match(art.text, ss, se)
        k -= 1
    if not m or row["start"] < m.end():
        return
    if row["speaker_method"] not in ("none", "continuation") and row["speaker_text"].lower() not in ("i", "we"):
        return  # someone the answer names: "A: My own folks say …" stays theirs
    label = m.group("label")
    if len(label) == 1 and row["speaker_text"]:
        return  # "A: I think …": "A" names no one, and "I" is the speaker as the text gives it
    row.update(speaker=label, speaker_text=label, speaker_start=m.start("label"), speaker_end=m.end("label"),
               speaker_type="named person" if len(label) > 1 else "anonymous", speaker_method="transcript",
               speaker_guess=False)
    kept = [n for n in row["note"].split("; ") if n and n != NO_SPEAKER_NOTE
            and not n.startswith(("could not tell", "no guess made", "guess", "speaker guessed"))]
    row["note"] = "; ".join([*kept, f"a transcript: the words follow the speaker's name ({label}) and a colon"])


#: A list item's mark at the start of a paragraph: a dash or bullet, a number ("1.", "2)"), a rule ("___").
_LIST_MARK = re.compile(r"[ \t]*(?:[—–•*-]|\d{1,2}[.)](?=\s)|_{2,})")
_TAG = re.compile(r"<[^<>]*>")
_WORDS = re.compile(r"[^\W_]+")


def set_out_not_quoted(text: str, start: int, end: int) -> bool:
    """Is the paragraph ``text[start:end]`` an item of a list ("— Carol Lee of the Journal", "1. Turnout
    fell."), a heading or a bare name (at most six words in title case: "Hillary Clinton."), or markup with
    no words (an embedded post: "<tweet id="1"></tweet>")? After a colon ("This year's winners are:") such
    a paragraph is set out by the writer, not a block quotation of someone's words.

    >>> t = "— Carol Lee of the Journal.|Declared 2016 Candidates.|<tweet id='7'><tweet/>.|We will stay here."
    >>> [set_out_not_quoted(t, m.start(), m.end()) for m in re.finditer(r"[^|]+", t)]
    [True, True, True, False]
    """
    if _LIST_MARK.match(text, start, end):
        return True
    words = _WORDS.findall(text, start, end)
    if len(words) <= 6 and in_title_case(text, start, end):
        return True
    return not _WORDS.search(_TAG.sub(" ", text[start:end]))
