"""Speakers: who says the words near a speech cue ("said", "according to", "told").

These functions look at a stretch of one :class:`kit.names.Article` and return the speaker found
there as a dict (``speaker``, ``text``, ``type``, ``start``, ``end``, and for a guess ``method``,
``guess`` and ``note``), or None. kit.speaker_rules decides which stretch to look at for each
quotation.

    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> import pandas as pd
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The road was closed, said Gen. Ann Lee."]}), "example"))[0]
    >>> speaker_for_cue(art, art.cues[0], 0, len(art.text))["speaker"]
    'Ann Lee'
"""

from __future__ import annotations

import re

from .corpus import UNKNOWN_OUTLET
from .names import (
    MODIFIER,
    WORD,
    Article,
    is_abbreviation,
    is_title,
    looks_like_person,
    person_name,
    word_core,
)

__all__ = ["outlet_label", "pick_speaker", "plain_phrase", "speaker_before", "speaker_for_cue", "is_speech_cue",
           "resolve_speaker"]


def outlet_label(outlet: str) -> str:
    """The outlet's name as shown, or ``kit.corpus.UNKNOWN_OUTLET`` when it is empty.

    >>> outlet_label(" Daily "), outlet_label("")
    ('Daily', '(no outlet named)')
    """
    return outlet.strip() or UNKNOWN_OUTLET



def pick_speaker(cands: list[dict]) -> dict | None:
    """Prefer the first person named, else the first organisation or outlet.

    >>> pick_speaker([{"type": "media outlet", "speaker": "BBC"}, {"type": "named person", "speaker": "Ann Lee"}])
    {'type': 'named person', 'speaker': 'Ann Lee'}
    """
    for c in cands:
        if c["type"] == "named person":
            return c
    return cands[0] if cands else None


def _words_span(text: str, lo: int, hi: int) -> list[re.Match]:
    return list(WORD.finditer(text, lo, hi))


def _only_skip_words(text: str, sets) -> bool:
    """True if ``text`` holds only little words, titles and punctuation (no other content word)."""
    for w in WORD.findall(text):
        low = w.lower().strip(".’'")
        if low in sets.skip_words or low.rstrip("s") in sets.skip_words or MODIFIER.search(low) or low == "s":
            continue
        if re.search(r"[’']s?$", w) and (word_core(w) in sets.places or word_core(w) in sets.demonyms):
            continue  # a place as owner: "Iraq’s former foreign minister Hoshyar Zebari"
        return False
    return True


def plain_phrase(art: Article, lo: int, hi: int, method: str) -> dict | None:
    """A speaker phrase with no name in it: a pronoun, a description, or an anonymous source.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Officials said the road was closed."]}), "example"))[0]
    >>> plain_phrase(art, 0, 9, "subject")["type"]
    'anonymous'
    """
    text = art.text
    words = _words_span(text, lo, hi)
    while words and words[0].group(0).lower() in art.sets.adverbs:
        words.pop(0)
    while words and words[-1].group(0).lower() in art.sets.adverbs:
        words.pop()
    if not words:
        return None
    first = words[0].group(0).lower()
    phrase_s, phrase_e = words[0].start(), words[-1].end()
    phrase = text[phrase_s:phrase_e]
    lowered = [w.group(0).lower().strip(".,’'") for w in words]
    if len(words) == 1 and first in art.sets.pronouns_person | art.sets.pronouns_other:
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": "", "type": "pronoun",
                "gaz_type": "", "pronoun": first}
    if len(words) > 8:
        return None
    if first in ("the", "this", "that") and len(words) <= 4 and lowered[-1] in art.sets.description_nouns:
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": "", "type": "description",
                "gaz_type": ""}
    if lowered[-1] in art.sets.anonymous_words or any(w in ("anonymous", "unnamed", "unidentified") for w in lowered) \
            or (first in ("a", "an") and len(words) <= 4):
        return {"start": phrase_s, "end": phrase_e, "text": phrase, "speaker": phrase, "type": "anonymous",
                "gaz_type": "", "note": "the source is not named"}
    return None


def _role_before_name(text: str, sets) -> bool:
    """Words in lower case that describe the person named right after them: "shop owner",
    "local farmer", "city spokesman", "the mayor’s spokesman", "Police chief". No function word,
    verb form or punctuation may come between them and the name ("in a statement to Reuters" is not one)."""
    if re.search(r"[^\w\s’'.-]", text):
        return False
    words = WORD.findall(text)
    if not words or len(words) > 4:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if i == 0 and low in ("the", "a", "an"):
            continue
        if re.search(r"\w[’']s$", w):
            continue  # an owner: "the mayor’s spokesman"
        if not re.fullmatch(r"[a-z][a-z-]*", w if i else w[0].lower() + w[1:]):
            return False  # a capital inside, a number, an abbreviation
        if low in sets.titles or low in sets.demonyms:
            continue
        if low in sets.stop_caps or low in sets.adverbs or low.endswith("ly") or low.endswith("ing"):
            return False
    last = word_core(words[-1])
    return last in sets.titles or last in sets.description_nouns or last in sets.org_words or all(w.islower() for w in words)


def _head(art: Article, lo: int, hi: int) -> dict | None:
    """The name that heads the words text[lo:hi], if they open with one ("the Pentagon itself"),
    perhaps after a role in lower case ("shop owner Tom Lee")."""
    cands = art.candidates(lo, hi)
    if not cands:
        return None
    first = cands[0]
    before = art.text[lo:first["start"]].replace("(", " ").replace(")", " ")
    if not _only_skip_words(before, art.sets) and not _role_before_name(before, art.sets):
        return None
    # "Russian Foreign Ministry spokesman General Igor Konashenkov": the person, not the ministry
    if len(cands) > 1 and first["type"] != "named person" and cands[1]["type"] == "named person" \
            and _only_skip_words(art.text[first["end"]:cands[1]["start"]], art.sets):
        return cands[1]
    # "Lavrov’s deputy": a person as the owner of a role is not the one speaking
    owned = re.match(r"[’']s?[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)\b", art.text[first["end"]:hi])
    if first["type"] == "named person" and owned and any(is_title(w, art.sets) for w in owned.group(1).split()):
        nxt = cands[1] if len(cands) > 1 else None
        if nxt and nxt["type"] == "named person" and _role_before_name(art.text[first["end"] + owned.start(1):nxt["start"]], art.sets):
            return nxt  # "Lavrov’s deputy Sergei Ryabkov"
        return None
    return first


def _appositive_name(art: Article, name_lo: int, name_hi: int, role_lo: int, role_hi: int) -> dict | None:
    """A person named between commas after a role or a description: "the group’s leader, Ali Musa,
    said", "said the mayor’s spokesman, Tim Roe". text[role_lo:role_hi] must hold a role word
    and no other person (an owner such as "Lavrov’s deputy" is allowed); text[name_lo:name_hi]
    must be the name alone (with its titles)."""
    text = art.text
    cands = art.candidates(name_lo, name_hi)
    if len(cands) != 1 or cands[0]["type"] != "named person":
        return None
    name = cands[0]
    if not _only_skip_words(text[name_lo:name["start"]], art.sets) or text[name["end"]:name_hi].strip(" \t.’'"):
        return None
    words = [word_core(w) for w in WORD.findall(text[role_lo:role_hi])]
    if not words or len(words) > 8 or not any(w in art.sets.titles or w in art.sets.description_nouns for w in words):
        return None
    for c in art.candidates(role_lo, role_hi):
        if c["type"] == "named person" and text[c["end"]:c["end"] + 1] not in ("’", "'"):
            return None
    return name


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause ending at ``hi`` starts. A bracket closed before ``hi`` is skipped:
    "the Islamic State (ISIS) resides in Syria" is one clause, not "ISIS) resides in Syria"."""
    clause = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text[lo:hi])
    k = max(clause.rfind(c) for c in ",;:—–(")
    return lo + k + 1 if k != -1 else lo


def speaker_before(art: Article, lo: int, hi: int, whole: bool = False) -> dict | None:
    """The speaker in the words just before a speech cue: "Gerasimov", "he", "Silo, who defected,".

    With ``whole`` (a cue such as "saying" that hangs on the main clause) the subject is looked
    for at the start of the sentence instead of just before the cue.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Gen. Ann Lee said the road was closed."]}), "example"))[0]
    >>> speaker_before(art, 0, 13)["speaker"]
    'Ann Lee'
    """
    text = art.text
    stripped = text[lo:hi].rstrip()
    cut_hi = lo + len(stripped)
    if not whole and stripped.endswith(","):
        inner = stripped[:-1]
        comma = inner.rfind(",")
        if comma != -1:
            # "the group’s leader, Ali Musa, said": the name, not the description
            named = _appositive_name(art, lo + comma + 1, lo + len(inner), _clause_start(text, lo, lo + comma),
                                     lo + comma)
            if named:
                return named
        cut_hi = lo + comma if comma != -1 else lo + len(inner)
    clause_lo = lo if whole else _clause_start(text, lo, cut_hi)
    first = _words_span(text, clause_lo, cut_hi)
    if first and first[0].group(0).lower() in ("who", "which", "that") and clause_lo > lo:
        # "the Pentagon, which has denied" -> the words before the comma
        cut_hi = clause_lo - 1
        clause_lo = _clause_start(text, lo, cut_hi)
    # a relative clause without commas: "A general who commands forces in Syria has accused"
    m = re.search(r"\s(?:who|which|whose)\s", text[clause_lo:cut_hi])
    if m:
        cut_hi = clause_lo + m.start()
    if whole:
        m = re.search(r",", text[clause_lo:cut_hi])
        found = _head(art, clause_lo, cut_hi)
        if found is None:
            # skip an opening adverb: "Separately, Moallem blasted ..."
            parts = [p for p in re.finditer(r"[^,]+", text[clause_lo:cut_hi])]
            for part in parts[:2]:
                found = _head(art, clause_lo + part.start(), cut_hi)
                if found:
                    break
        return found
    plain = plain_phrase(art, clause_lo, cut_hi, "subject")
    if _only_skip_words(text[clause_lo:cut_hi], art.sets) and clause_lo > lo \
            and not (plain and plain["type"] == "anonymous"):  # "In Damascus, a witness said" stays a witness
        return speaker_before(art, lo, hi, whole=True)  # "Russia, meanwhile, has announced"
    if plain and plain["type"] in ("pronoun", "description"):
        return plain
    found = _head(art, clause_lo, cut_hi)
    if found:
        return found
    by = re.search(r"\b(?:by|from)\s+", text[clause_lo:cut_hi])
    if by:  # "a report last week by the Associated Press"
        found = _object(art, clause_lo + by.end(), cut_hi)
        if found:
            return found
    return plain


def _object(art: Article, lo: int, hi: int, immediate: bool = False) -> dict | None:
    """The speaker right after a cue: "said Gerasimov", "according to U.S. News", "by the BBC"."""
    text = art.text
    seg = text[lo:hi]
    stop = len(seg)
    # a nickname inside a name is not the start of a quotation: Gen. James “Mad Dog” Mattis
    masked = re.sub(r"(?<=[\w.]) [“\"][A-Z][^”\"\n]{0,20}[”\"](?= [A-Z])", lambda m: " " + "x" * (len(m.group(0)) - 1), seg)
    for ch in ",;:!?“”\"(":
        k = masked.find(ch)
        if k != -1:
            stop = min(stop, k)
    for m in re.finditer(r"\.(?=\s|$)", seg):
        before = seg[:m.start()].split()
        last = before[-1] if before else ""
        if is_abbreviation(last + "."):
            continue  # an abbreviation ("Gen.", "U.S.")
        stop = min(stop, m.start())
        break
    hi2 = lo + stop
    if immediate:
        found = _head(art, lo, hi2)
        if found is None and seg[stop:stop + 1] == ",":
            # “...,” said the group’s leader, Ali Musa.
            m = re.match(r",\s*([^,;:!?“”\"(]+)", seg[stop:])
            if m:
                found = _appositive_name(art, lo + stop + m.start(1), lo + stop + m.end(1), lo, hi2)
        if found is None:
            plain = plain_phrase(art, lo, hi2, "object")
            found = plain if plain and plain["type"] == "pronoun" else None
        return found
    cands = art.candidates(lo, hi2)
    words = [w.lower() for w in WORD.findall(seg[:stop])]
    first_cand = cands[0]["start"] if cands else hi2
    role_first = any(w in art.sets.description_nouns for w in WORD.findall(text[lo:first_cand].lower()))
    if seg[stop:stop + 1] == "," and (role_first or not cands):
        # "by the former spokesman of the SDF, Talal Silo, who ..."
        m = re.match(r",\s*([^,;:]+)", seg[stop:])
        if m:
            more = art.candidates(lo + stop + m.start(1), lo + stop + m.end(1))
            if more and more[0]["type"] == "named person" and \
                    _only_skip_words(seg[stop + m.start(1):stop + m.start(1) + 0] or "", art.sets):
                return more[0]
    if words and words[-1].strip("’'") in art.sets.anonymous_words:
        plain = plain_phrase(art, lo, hi2, "object")  # "top US officials", "Western sources"
        if plain:
            return plain
    found = _head(art, lo, hi2) or pick_speaker(cands)
    if found:
        return found
    return plain_phrase(art, lo, hi2, "object")


_PARTICIPLES = re.compile(r"\w+ing$")


def _after_cue_is_by(art: Article, cue_end: int, hi: int) -> int | None:
    m = re.match(r"\s+(?:(?:repeatedly|also|later|first|widely)\s+)?by\s+", art.text[cue_end:hi])
    return cue_end + m.end() if m else None


def speaker_for_cue(art: Article, cue, lo: int, hi: int) -> dict | None:
    """Speaker of a cue found in text[lo:hi] (lo..cue is before it, cue..hi after it).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The road was closed, Gen. Ann Lee said."]}), "example"))[0]
    >>> speaker_for_cue(art, art.cues[0], 0, len(art.text))["speaker"]
    'Ann Lee'
    """
    s, e, term, _tone = cue
    if term.lower().startswith("according"):
        return _object(art, e, hi)
    by = _after_cue_is_by(art, e, hi)
    if by is not None:
        return _object(art, by, hi)
    if art.text[lo:s].strip(" \t\n,.;:—–-”\"") == "":
        return _object(art, e, hi, immediate=True)  # “...,” said Gerasimov.
    if _PARTICIPLES.search(art.text[s:e]) and art.text[lo:s].rstrip().endswith(","):
        found = speaker_before(art, lo, s, whole=True)  # "The army refused, saying that ..."
        if found:
            return found
    found = speaker_before(art, lo, s)
    if found is None:
        found = _object(art, e, hi, immediate=True)
    return found


def is_speech_cue(art: Article, cue) -> bool:
    """Leave out nouns ("the claims", "its claims") and words inside others ("self-proclaimed").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee said the claims were false."]}), "example"))[0]
    >>> [(art.text[c[0]:c[1]], is_speech_cue(art, c)) for c in art.cues]
    [('said', True), ('claims', False)]
    """
    from . import segment

    return segment.is_speech_cue(art.text, cue[0], cue[1])


def resolve_speaker(art: Article, found: dict, pos: int) -> dict:
    """Turn a pronoun or description into a name where a rule allows it; mark it as a guess.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Ann Lee arrived on Monday. He said the road was closed."]}), "example"))[0]
    >>> found = speaker_for_cue(art, art.cues[0], 26, len(art.text))
    >>> found["type"]
    'pronoun'
    >>> resolved = resolve_speaker(art, found, art.cues[0][0])
    >>> resolved["speaker"], resolved["method"], resolved["guess"]
    ('Ann Lee', 'pronoun', True)
    """
    found = dict(found)
    found.setdefault("method", "named")
    found["guess"] = False
    kind = found["type"]
    if kind not in ("pronoun", "description"):
        return found
    found["guess"] = True
    found["method"] = kind
    word = found.get("pronoun", found["text"].lower())
    if kind == "pronoun" and word == "we":
        found.update(speaker=outlet_label(art.outlet), type="media outlet",
                     note="guess: 'we' taken to be the article's own outlet")
        return found
    if kind == "pronoun" and word not in art.sets.pronouns_person:
        found.update(speaker="", type="none",
                     note=f"could not tell who '{found['text']}' is; no guess made")
        return found
    pos = min(pos, found.get("start", pos))
    if kind == "description":
        noun = found["text"].lower().split()[-1]
        titles = {noun, *art.sets.title_forms.get(noun, ())}
        runs = list(art.runs(max(0, pos - 4000), pos))
        for s, e in reversed(runs):
            words = {w.lower() for w in art.text[s:e].split()}
            if words & titles and looks_like_person(art.text[s:e], art.sets):
                name = art.canonical(person_name(art.text[s:e], art.sets))
                found.update(speaker=name, type="named person",
                             note=f"guess: '{found['text']}' taken to be {name}, the last person "
                                  f"named with that title before")
                return found
    # he / she / the general: someone quoted or named in the nearest sentence before, else the last speaker
    k = art.sentence_index(pos)
    for back in range(k, max(-1, k - 4), -1):
        if back < 0:
            break
        _sid, s, e = art.sentences[back]
        quoted = [n for p, n in art.speakers if s <= p < min(e, pos)]
        if quoted:
            found.update(speaker=quoted[-1], type="named person",
                         note=f"guess: '{found['text']}' taken to be {quoted[-1]}, the person quoted "
                              "just before")
            return found
        people = [c for c in art.candidates(s, min(e, pos), lenient=False) if c["type"] == "named person"]
        if people:
            name = people[0]["speaker"]
            found.update(speaker=name, type="named person",
                         note=f"guess: '{found['text']}' taken to be {name}, the first person named "
                              "in the sentences just before")
            return found
    earlier = [n for p, n in sorted(art.speakers) if p < pos]
    if earlier:
        found.update(speaker=earlier[-1], type="named person",
                     note=f"guess: '{found['text']}' taken to be {earlier[-1]}, the last person quoted before")
        return found
    found.update(speaker="", type="none", note=f"could not tell who '{found['text']}' is; no guess made")
    return found
