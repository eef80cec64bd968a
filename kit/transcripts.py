"""Transcripts: an interview set out in turns, each opening with the speaker's name in capitals and a
colon ("TAPPER: …", "FALLIN: I think …", "Q: …"). kit.speaker_rules credits the words of a turn to
that name.

    >>> bool(TRANSCRIPT_LABEL.match("FALLIN: I think he is trying.")), bool(TRANSCRIPT_LABEL.match("Lee said: no."))
    (True, False)
"""

from __future__ import annotations

import bisect
import re

from .names import Article

__all__ = ["NO_SPEAKER_NOTE", "TRANSCRIPT_LABEL", "para_index", "transcript_speaker"]

#: The note of a quotation whose speaker the rules could not find (its ``speaker`` is None).
NO_SPEAKER_NOTE = "no speaker found: the sentence names none"


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
