"""Quote rows: the dict that is one row of ``kit.quotes`` (:func:`quote_row`), and the notes for quotations
that are no one's words (:data:`KIND_NOTES`). kit.speaker_rules and kit.indirect_rows make rows with it.
"""

from __future__ import annotations

from .partial_quotes import PARTIAL_NOTE
from .relative_clauses import writer_clauses_note
from .transcripts import NO_SPEAKER_NOTE

__all__ = ["DOCUMENT_NOTE", "DOCUMENT_SOURCE_NOTE", "INDIRECT_NOTE", "KIND_NOTES", "indirect_note", "is_document",
           "quote_row"]

#: The note of every indirect row: its words are the writer's, not the speaker's (a person's or a document's).
INDIRECT_NOTE = "reported speech: the writer's summary, in the writer's words, not a quotation"
#: The note of a row whose source is a document ("The report said …", "“…,” the statement said").
DOCUMENT_SOURCE_NOTE = "the source is a document (a report, an article, a statement), not a person"
#: The note of an indirect row whose source is a document ("The report said …", "the memo states …").
DOCUMENT_NOTE = f"{INDIRECT_NOTE}; the source is a document (a report, a study, a memo): the writer sums up what it says"
#: The ``speaker_type`` (and ``source_type`` in ``kit.sources``) of a document with no name of its own.
DOCUMENT_TYPE = "document"
#: The note of a source described, not named; a document keeps its own note instead.
_DESCRIBED_NOTE = "the source is described, not named"


def is_document(found, sets) -> bool:
    """Is the source ``found`` a document, not a person: its words as written end in one of the
    ``document_nouns`` or ``message_nouns`` of data/word_sets.csv ("The report", "a city report", "the
    article", "a Pentagon memo", "Court records")? A named person or a pronoun never is.

    >>> from kit.wordsets import word_sets
    >>> is_document({"text": "A city report", "type": "anonymous"}, word_sets())
    True
    >>> is_document({"text": "Ann Lee", "type": "named person"}, word_sets())
    False
    """
    words = (found or {}).get("text", "").split()
    if not words or found.get("type") in ("named person", "pronoun"):
        return False
    last = words[-1].lower().strip(".,’'")
    nouns = sets.document_nouns | sets.message_nouns
    return last in nouns or last.endswith("s") and last[:-1] in nouns


def indirect_note(found, sets) -> str:
    """The note of an indirect row: :data:`DOCUMENT_NOTE` when its source is a document (:func:`is_document`),
    else :data:`INDIRECT_NOTE`.

    >>> from kit.wordsets import word_sets
    >>> indirect_note({"text": "The report", "type": "anonymous"}, word_sets()) == DOCUMENT_NOTE
    True
    >>> indirect_note({"text": "Ann Lee", "type": "named person"}, word_sets()) == INDIRECT_NOTE
    True
    """
    return DOCUMENT_NOTE if is_document(found, sets) else INDIRECT_NOTE


def quote_row(art, sid, start, end, kind, found, cue, note="") -> dict:
    """One row of ``kit.quotes``: the quotation ``text[start:end]`` of sentence ``sid``, its ``kind``, the
    speaker ``found`` (None: no speaker, with a note that says so) and the reporting word ``cue``.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Roads are shut, Lee said."]}), "example"))[0]
    >>> r = quote_row(art, 0, 0, 14, "indirect", None, None)
    >>> r["quote"], r["speaker"], r["note"].split("; ")[1]
    ('Roads are shut', '', 'no speaker found: the kit could not tell who said these words, so read the sentence yourself')
    """
    if found is None:
        cue = None
    cue_term = art.text[cue[0]:cue[1]] if cue else ""
    tone = cue[3] if cue else ""
    if found is None:
        found = {"speaker": "", "text": "", "type": "none", "method": "none", "guess": False}
        if kind not in KIND_NOTES or kind in ("title", "partial"):
            note = "; ".join(n for n in (NO_SPEAKER_NOTE, note) if n)
    elif (found.get("type") == "anonymous" or found.get("type") == "organisation"
          and found.get("text", " ").split()[-1].islower()) and is_document(found, art.sets):
        # "The report said", "a city report found", "“…,” the article said": a document, whoever's it is; "a
        # council report" too (student 49 #10), but not a name ("the Drudge Report")
        found = dict(found, type=DOCUMENT_TYPE, note="; ".join(
            n for n in found.get("note", "").split("; ") if n and n != _DESCRIBED_NOTE))
        if kind != "indirect":
            note = "; ".join(n for n in (DOCUMENT_SOURCE_NOTE, note) if n)
    sets = art.sets
    clauses = writer_clauses_note(art.text, start, end, found.get("speaker") or found.get("text", ""), sets.report_nouns
                                  | sets.message_nouns | sets.document_nouns, sets.past_forms) if kind == "indirect" else ""
    notes = [n for n in (indirect_note(found, art.sets) if kind == "indirect" else "", clauses, note,
                         found.get("note", "")) if n]
    return {"article_id": art.id, "outlet": art.outlet, "sentence_id": sid, "start": start, "end": end,
            "quote": art.text[start:end], "kind": kind, "speaker": found.get("speaker", ""),
            "speaker_text": found.get("text", ""), "speaker_type": found.get("type", "none"),
            "speaker_method": found.get("method", "none"), "speaker_guess": bool(found.get("guess", False)),
            "cue": cue_term, "cue_tone": tone or "", "note": "; ".join(notes),
            "speaker_start": found.get("start", -1) if found.get("text") else -1,
            "speaker_end": found.get("end", -1) if found.get("text") else -1}


#: Notes for quotations that are not someone's words.
KIND_NOTES = {
    "title": "a title, not something said",
    "term": "a name or a word mentioned as a word (a nickname, 'the term'), not something said",
    "scare": "a scare quote: words the writer doubts; the kit found no one who said them, so read the sentence yourself",
    "sign": "words written on a thing (a sign, a banner, a shirt), not something said",
    "partial": PARTIAL_NOTE,
}
