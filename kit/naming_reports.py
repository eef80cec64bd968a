"""Naming reports: words someone else used for a person or a thing, given by a reporting verb and no
quotation marks ("critics slammed the plan as a disaster", "a decision critics slammed as reckless", "a parents
group called the vote reckless", "what Moscow called a peace plan").

English puts such a characterisation after the verb's object: "X <verb> Y as Z" (any reporting word of the
attribution word list: slammed, described, hailed, dismissed …), or, with a verb of naming, "X called Y Z"
(the word list's ``called`` and the words whose ``alternative`` there is ``called``: dubbed, branded …); the
object is left out after a noun the clause describes ("a decision critics slammed as Z") and after "what"
("what X called Z"). Z is X's words, not the writer's: kit.quotes gives it an indirect row with X as the speaker
(:func:`naming_rows`), and kit.annotate counts the flagged words in it as someone else's, as it does the words
in quotation marks. An instructor adds a verb of naming ("labelled", "termed") to data/lexicons/attribution.csv
with the alternative ``called``.

>>> text = "Critics slammed the plan as a disastrous attack on students. Lee called the vote reckless."
>>> [text[s:e] for _cs, _ce, s, e in naming_reports(text)]
['a disastrous attack on students', 'reckless']
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

from .lexicons import attribution_tone, default_lexicon_and_key, entry_forms
from .wordsets import word_sets

__all__ = ["PASSIVE_BY", "naming_reports", "naming_verbs", "names_or_describes", "naming_rows", "trim_before_naming",
           "sentences_to_read", "NAMING_NOTE"]

#: The note of a kit.quotes row for a characterisation reported with a naming verb.
NAMING_NOTE = "a characterisation the writer reports as the speaker's (X called Y Z, X slammed Y as Z): the speaker's words"

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
#: Before the verb, these make it passive ("was described as") or an infinitive: the speaker is not before it.
_NOT_SUBJECT = frozenset({"was", "were", "is", "are", "be", "been", "being", "to", "get", "gets", "got", "the", "a", "an",
                          "so", "self", "and", "or", "but"})
#: Where the words end: a clause mark, a dash, a quotation mark, or a word that opens the writer's next clause.
_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?()“”\"]|\s[–—-]\s|[–—])|\s+(?:because|after|before|while|when|since|although|though"
                         r"|despite|amid|following|until|unless|whereas|and\s+(?:then|later|said|added)|but)\b")
#: "as" that opens a clause or a fixed phrase, not a characterisation: "said as he left", "as soon as", "as well".
_AS_NOT_NAMING = re.compile(r"(?:he|she|they|it|we|I|you|there|soon|well|long|much|many|far|if|though|part|usual|"
                            r"expected|of|to|for|in|on|at|from|with|a\s+result|such|the\s+(?:day|week|year|month)"
                            r"|[\w’'-]+\s+(?:was|were|is|are|had|has|have|did|does|do|will|would|could|can|said|says))\b",
                            re.IGNORECASE)
#: The object of a verb of naming: a pronoun, a name, or a determiner and a noun ("the vote", "his own plan").
_OBJECT = re.compile(r"(?:it|them|him|her|this|that|these|those|us|me|himself|herself|itself|themselves)\b"
                     r"|(?:the|this|that|these|those|his|her|their|its|our|my|your)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?=\s)"
                     r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:[’']s\s+[a-z][\w’'-]*)?(?=\s)")
#: A word that starts no characterisation after a verb of naming: "called for", "called the meeting to order",
#: "called him last week", "called them back".
_NOT_A_NAME = re.compile(r"(?:for|on|off|in|up|out|to|at|back|by|from|into|with|over|about|last|next|this|every|each"
                         r"|yesterday|today|tonight|tomorrow|again|earlier|later|twice|once|and|or|but|that|who|which"
                         r"|when|where|if|because|after|before|several|many|on)\b", re.IGNORECASE)
#: Between the verb and "as", a clause rather than an object: "saying it’s not combating ISIS as claimed".
_CLAUSE_OBJECT = re.compile(r"\b(?:that|what|who|which|whether|if|not|never|he|she|they|we|I|you|there)\b"
                            r"|\b(?:it|that|there|what)[’']s\b|n[’']t\b", re.IGNORECASE)
#: "as claimed", "as reported", "as expected": a past form alone after "as" compares, it names nothing.
_AS_DONE = re.compile(r"[a-z]+(?:ed|en|wn|ld|id)")
#: The object before "as": a pronoun, a name, a noun phrase with a determiner, or a plural ("critics").
_AS_OBJECT = re.compile(r"(?:it|them|him|her|this|that|these|those|us|me|himself|herself|itself|themselves"
                        r"|(?:the|this|that|these|those|his|her|their|its|our|my|your|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}"
                        r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:[’']s(?:\s+[\w’'-]+){1,3})?"
                        r"|[a-z][\w’'-]*[^su\W]s)")
#: A clause left without its object: "a decision critics slammed", "a move that the Kremlin branded".
_RELATIVE_BEFORE = re.compile(r"(?:\b(?:a|an|another|this)\s+(?:(?!(?:of|for|at|in|on|from|with|to|by)\s)[\w’'-]+\s+){2,5}"
                              r"|\b(?:that|which)\s+(?:[\w’'-]+\s+){1,4})$", re.IGNORECASE)
_BEFORE_WHAT = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,4}$", re.IGNORECASE)
_ARTICLE = re.compile(r"\s(?:a|an)\s")


@functools.lru_cache(maxsize=4)
def _forms(key: str) -> tuple[frozenset, frozenset, frozenset]:
    """(every one-word form of the attribution word list, the forms of its verbs of naming, the forms of its verbs
    of naming or describing)."""
    lex = default_lexicon_and_key()[0]
    rows = lex[lex["category"] == "attribution"]
    every, naming, describing = set(), set(), set()
    for term, variants, alt in zip(rows["term"], rows["variants"], rows["alternative"]):
        forms = [f.lower() for f in entry_forms(term, variants) if " " not in f]
        every.update(forms)
        if term.lower() == "called" or str(alt).strip().lower() == "called":
            naming.update(forms)
        if term.lower() == "described" or str(alt).strip().lower() == "described":
            describing.update(forms)
    return frozenset(every), frozenset(naming), frozenset(naming | describing)


def naming_verbs() -> frozenset:
    """The forms of the verbs of naming ("X called Y Z"): the attribution word list's ``called`` and the
    entries whose alternative is ``called``.

    >>> {"called", "dubbed", "branded"} <= naming_verbs()
    True
    """
    return _forms(default_lexicon_and_key()[1])[1]


def names_or_describes(word: str) -> bool:
    """Is ``word`` a verb that names or describes a person or a thing: a verb of naming (:func:`naming_verbs`),
    the attribution word list's ``described`` or a word whose alternative there is ``described`` ("portrayed",
    "characterized")? "what Sroka called", "what Lee described as" have the name before the verb as its subject.

    >>> [names_or_describes(w) for w in ("called", "Described", "portrayed", "said")]
    [True, True, True, False]
    """
    return word.lower() in _forms(default_lexicon_and_key()[1])[2]


def _clause_end(text: str, pos: int, hi: int) -> int:
    m = _CLAUSE_END.search(text, pos, hi)
    if m is not None and m.group().strip()[:1] in "“\"‘":
        return pos  # 'called Ann Boyd a “coward”': the quotation rules give the quoted words to the speaker
    end = m.start() if m else hi
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


def _subject_before(text: str, lo: int, s: int) -> bool:
    words = _WORD.findall(text[max(lo, s - 80):s])
    return bool(words) and words[-1].lower() not in _NOT_SUBJECT


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    from .segment import sentence_bounds

    return [(s, e) for _p, s, e in sentence_bounds(text)]


def naming_reports(text: str, bounds=None) -> list[tuple[int, int, int, int]]:
    """Each characterisation reported with a naming verb in ``text``: ``(verb start, verb end, words start,
    words end)``, where the words are what the verb's subject called the thing. ``bounds``: the sentences'
    ``(start, end)`` when the caller has them.

    >>> t = "The Pentagon dismissed what the Kremlin called a peace plan. The Kremlin called it a trap."
    >>> [(t[cs:ce], t[s:e]) for cs, ce, s, e in naming_reports(t)]
    [('called', 'a peace plan'), ('called', 'a trap')]
    >>> naming_reports("He called for calm. She said it as she left. A town called Hope.")
    []
    """
    out = []
    every, names, _described = _forms(default_lexicon_and_key()[1])
    every = every - word_sets().view_verbs  # "Lee sees the plan as a trap": a view, not words (as in kit.quotes)
    for lo, hi in (bounds if bounds is not None else _sentence_ends(text)):
        for m in _WORD.finditer(text, lo, hi):
            word = m.group().lower()
            if word not in every:
                continue
            if not _subject_before(text, lo, m.start()):
                found = _passive_characterisation(text, lo, m.start(), m.end(), hi, word in names)
                if found is not None:  # "The plan was branded a failure by the Kremlin"
                    out.append((m.start(), m.end(), *found))
                continue
            found = _characterisation(text, m.end(), hi, word in names, bool(_BEFORE_WHAT.search(text, lo, m.start())),
                                      bool(_RELATIVE_BEFORE.search(text, max(lo, m.start() - 60), m.start())))
            if found is not None:
                out.append((m.start(), m.end(), *found))
    return out


#: "… as Z" needs "as" between spaces, as :func:`_characterisation` reads it (found with the space after; the one
#: before is checked in Python: a pattern that starts with the plain letters is searched much faster).
_AS_WORD = re.compile(r"as(?=\s)")
#: What no object before "as" holds (:func:`_characterisation`: ``[^,;:“”"()]``): the verb is after the last one.
_CLAUSE_MARKS = ",;:“”\"()"


@functools.lru_cache(maxsize=4)
def _naming_starts(key: tuple) -> tuple[str, ...]:
    """The forms of the verbs of naming that no shorter one begins ("call" for "called", "calls" …)."""
    names = _forms(key)[1]
    return tuple(sorted(f for f in names if not any(g != f and f.startswith(g) for g in names)))


def sentences_to_read(text: str, bounds, after=None) -> list[tuple[int, int]]:
    """The sentences of ``bounds`` (``(start, end)`` pairs, in order) in which :func:`naming_reports` can find a
    characterisation, found by a quick scan of the text instead of a look at every word: those with a form of a
    verb of naming ("called", "dubbed"), or with "as" after a space and a reporting word before it in the same
    clause ("slammed the move as …"). It follows :func:`naming_reports`' rules (keep the two together):
    ``naming_reports(text, sentences_to_read(text, b))`` is ``naming_reports(text, b)``. With ``after`` (offsets
    in order, such as where flagged words start), only the sentences where one of them comes after such a verb
    or "as": the others can hold no characterisation that holds one of them.

    >>> t = "The Pentagon said it would stay. Critics slammed the move as reckless. The Kremlin dubbed it a trap."
    >>> b = [(0, 32), (33, 70), (71, 101)]
    >>> [t[s:e] for s, e in sentences_to_read(t, b)]
    ['Critics slammed the move as reckless.', 'The Kremlin dubbed it a trap.']
    >>> [t[s:e] for s, e in sentences_to_read(t, b, after=[33, 61])]
    ['Critics slammed the move as reckless.']
    >>> sentences_to_read("It was as good as new.", [(0, 22)])
    []
    """
    low = text.lower()  # naming_reports lower-cases each word: a verb of naming is a piece of the lower-case text
    if len(low) != len(text):  # a letter such as "İ" lower-cases to two: the offsets would not line up
        return list(bounds)
    key = default_lexicon_and_key()[1]
    marks = [(at - 1, True) for at in (m.start() for m in _AS_WORD.finditer(text)) if at and text[at - 1].isspace()]
    for form in _naming_starts(key):
        at = low.find(form)
        while at >= 0:
            marks.append((at, False))
            at = low.find(form, at + 1)
    if not marks:
        return []
    marks.sort()
    starts = [lo for lo, _hi in bounds]
    every = _forms(key)[0]
    chosen = []
    for at, is_as in marks:
        k = bisect_right(starts, at) - 1
        if k < 0 or (chosen and chosen[-1] == k):
            continue
        lo, hi = bounds[k]
        if at >= hi:
            continue
        if after is not None:
            j = bisect_right(after, at)
            if j == len(after) or after[j] >= hi:
                continue
        if is_as:  # "X slammed the move as Z": a reporting word before "as", with no comma or colon between
            clause = max(lo, *(text.rfind(c, lo, at) + 1 for c in _CLAUSE_MARKS))
            if not any(w.lower() in every for w in _WORD.findall(text, clause, at)):
                continue
        chosen.append(k)
    return [bounds[k] for k in chosen]


#: A form of "be" right before a reporting verb, perhaps with an adverb: "was branded", "has been widely described".
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
#: "by" and who acted, after a characterisation in the passive: " by the Kremlin".
PASSIVE_BY = re.compile(r"\s+by\s+(?=[\w“\"])")


def _passive_characterisation(text: str, lo: int, s: int, e: int, hi: int, naming: bool) -> tuple[int, int] | None:
    """The span of Z in the passive "Y was branded Z by X" (a verb of naming) or "Y was slammed as Z by X" (any
    reporting word): Z is X's words, as in the active "X branded Y Z". None without "by" and who acted, after
    which the writer does not say whose words they are."""
    if not _BE_BEFORE.search(text, max(lo, s - 30), s):
        return None
    end = _clause_end(text, e, hi)
    m = re.match(r"\s+as\s+", text[e:end])
    if m is None and not naming:
        return None
    start = e + (m.end() if m else len(text[e:end]) - len(text[e:end].lstrip()))
    by = list(PASSIVE_BY.finditer(text, start, end))
    if not by or by[-1].start() <= start or _NOT_A_NAME.match(text, start, end) or _AS_NOT_NAMING.match(text, start, end) \
            or m is None and text[start:start + 1].isupper():
        return None  # "was called for by …", "was described as he left", "was called Hope by its founders": a name
    z_end = by[-1].start()
    if set(text[start:z_end].lower().split()) & word_sets().auxiliaries:
        return None  # "was called as the vote was held by …": a clause, not a name
    return start, z_end


def _characterisation(text: str, e: int, hi: int, naming: bool, after_what: bool,
                      relative: bool = False) -> tuple[int, int] | None:
    """The span of Z after a verb that ends at ``e``: "… as Z", or with a verb of naming "… Y Z" ("called the
    vote reckless") and "what X called Z"."""
    end = _clause_end(text, e, hi)
    tail = text[e:end]
    m = re.match(r"(\s+[^,;:“”\"()]{0,60}?)??\s+as\s+", tail)
    if m is not None:
        obj = m.group(1)
        if obj is None and not (after_what or relative):
            return None  # "he said as the crowd booed": no object left out, so "as" opens a clause
        if obj is not None and (_CLAUSE_OBJECT.search(obj) or not _AS_OBJECT.fullmatch(obj.strip())):
            return None  # "saying it’s not combating ISIS as claimed", "sought to bolster … as": not an object
        start = e + m.end()
        if start < end and not _AS_NOT_NAMING.match(text, start, end) and not _AS_DONE.fullmatch(text, start, end) \
                and not set(text[start:end].lower().split()) & word_sets().auxiliaries:
            return start, end  # not "as the roll call was punctuated …": a clause
        return None
    if not naming:
        return None
    if after_what:  # "what Moscow called a peace plan"
        start = e + len(tail) - len(tail.lstrip())
        return (start, end) if start < end and not _NOT_A_NAME.match(text, start, end) else None
    obj = _OBJECT.match(text, e + 1, end) if tail[:1].isspace() else None
    if obj is None:
        return None
    rest = text[obj.end():end]
    art = _ARTICLE.search(rest)
    if art is not None:  # "called the new plan a trap": the name starts at "a"
        start = obj.end() + art.start() + 1
        gap = text[obj.end():start].split()
        if len(gap) > 2 or any(_NOT_A_NAME.fullmatch(w) for w in gap):
            return None  # "called Ford’s plans to open a …", "calling the race for … less than a half-hour"
    else:
        words = list(_WORD.finditer(text, obj.end(), end))
        if not words or words[0].group()[:1].isupper():
            return None  # "Lee called the vote": no name given
        start = words[0].start()
    low = text[start:end].lower().split()
    if _NOT_A_NAME.match(text, start, end) or set(low) & word_sets().auxiliaries or low[0].endswith("ly"):
        return None  # "called Our Principles is ramping up …", "called Sanders shortly after": no name given
    return start, end


def trim_before_naming(text: str, start: int, end: int, reports) -> int:
    """The end of an indirect report's words ``text[start:end]`` cut before a new clause (", and …") whose verb
    is a naming report: "Experts say phones help, and a parents group called the vote reckless" — the group's
    words are not the experts'.

    >>> t = "Experts say phones help, and a parents group called the vote reckless."
    >>> t[12:trim_before_naming(t, 12, 69, naming_reports(t))]
    'phones help'
    """
    for cs, _ce, _s, _e in reports:
        if start < cs < end:
            joints = list(re.finditer(r",\s+(?:and|but|while)\s+", text[start:cs]))
            if joints:
                return start + joints[-1].start()
    return end


def naming_rows(art, rows: list) -> list[dict]:
    """The kit.quotes rows of ``art``'s naming reports, with ``rows`` (its other rows) trimmed: an indirect row
    that runs into a naming report's clause ends before it, and one that holds just the same words gives way.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The Kremlin branded the report a fake."]}), "example"))[0]
    >>> [(r["quote"], r["speaker"], r["cue"], r["cue_tone"]) for r in naming_rows(art, [])]
    [('a fake', 'Kremlin', 'branded', 'loaded')]
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The report was branded a fake by the Pentagon."]}), "example"))[0]
    >>> [(r["quote"], r["speaker"]) for r in naming_rows(art, [])]
    [('a fake', 'Pentagon')]
    """
    from .passive_agents import passive_agent
    from .quote_rows import quote_row
    from .speaker_guess import resolve_speaker
    from .speakers import speaker_for_cue

    text = art.text
    reports = naming_reports(text, sentences_to_read(text, [(s, e) for _sid, s, e in art.sentences]))
    if not reports:
        return rows
    new = []
    for cs, ce, s, e in reports:
        if any((r["start"] <= cs < r["end"] or s <= r["start"] < e + 2) and r["kind"] != "indirect" for r in rows):
            continue  # inside someone's quotation, or holding one: the quotation rules give it
        sent = art.sentence_at(cs)
        sid, lo, hi = sent if sent else (-1, 0, len(text))
        cue = next((c for c in art.cues if c[0] == cs), None) or (cs, ce, text[cs:ce], attribution_tone(text[cs:ce]))
        by = PASSIVE_BY.match(text, e)
        found = passive_agent(art, by.end(), hi) if by else speaker_for_cue(art, cue, lo, hi)  # "… by the Kremlin"
        if found is None:
            continue  # no one before the verb: kit.quotes does not guess whose words they are
        found = resolve_speaker(art, found, cs)
        if not found.get("speaker") and not (found.get("method") == "pronoun" and found.get("text")):
            continue  # as for other indirect rows: a speaker, or a pronoun that shows who speaks
        row = quote_row(art, sid, s, e, "indirect", found, cue, NAMING_NOTE)
        new.append(row)
    kept = []
    for r in rows:
        if r["kind"] == "indirect":
            if any(r["start"] <= n["start"] and n["end"] <= r["end"] and r["cue"] == n["cue"] for n in new):
                continue  # the same verb's report, read as a clause: the naming row says it better
            end = trim_before_naming(text, r["start"], r["end"], reports)
            if end != r["end"]:
                r = dict(r, end=end, quote=text[r["start"]:end])
        kept.append(r)
    return kept + new
