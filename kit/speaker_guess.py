"""Speaker guesses: a pronoun ("he") or a description ("the general") linked to a person named nearby.

Every guess is marked (``guess`` True, ``method`` pronoun / description) and says in its ``note``
what it was taken from, so a table can show that the kit guessed.

    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speakers import speaker_for_cue
    >>> import pandas as pd
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Ann Lee arrived on Monday. He said the road was closed."]}), "example"))[0]
    >>> resolve_speaker(art, speaker_for_cue(art, art.cues[0], 26, len(art.text)), art.cues[0][0])["speaker"]
    'Ann Lee'
"""

from __future__ import annotations

import bisect
import functools
import re

from .corpus import UNKNOWN_OUTLET
from .names import Article, looks_like_person, person_name, word_core
from .short_mentions import called

__all__ = ["earlier_described", "outlet_label", "resolve_speaker"]


def outlet_label(outlet: str) -> str:
    """The outlet's name as shown, or ``kit.corpus.UNKNOWN_OUTLET`` when it is empty.

    >>> outlet_label(" Daily "), outlet_label("")
    ('Daily', '(outlet not given in the file)')
    """
    return outlet.strip() or UNKNOWN_OUTLET


def _named_next(art: Article, found: dict) -> dict:
    """"A Russian general ... has accused" followed by a sentence that names a person with that
    title ("Col. Gen. Sergei Surovikin ..."): the general is taken to be that person (a guess)."""
    words = found.get("text", "").lower().split()
    if len(words) < 2 or words[0] not in ("a", "an") or word_core(words[-1]) not in art.sets.titles:
        return found
    head = word_core(words[-1])
    titles = {head, *art.sets.title_forms.get(head, ())}
    k = art.sentence_index(found.get("start", 0))
    if k < 0 or k + 1 >= len(art.sentences):
        return found
    _sid, s, e = art.sentences[k + 1]
    for rs, re_ in art.runs(s, e):
        run = art.text[rs:re_]
        if {w.lower() for w in run.split()} & titles and looks_like_person(run, art.sets):
            name = art.canonical(person_name(run, art.sets), rs)
            return dict(found, speaker=name, type="named person", method="description", guess=True,
                        note=f"guess: '{found['text']}' taken to be {name}, named with that title in the "
                             "next sentence")
    return found


def _kind_named(art: Article, found: dict, pos: int) -> dict:
    """"the company" (an organisation described by its kind) after "Harbor Transit Corp, the company that runs the
    buses, said …": taken to be that name (a guess); else ``found`` as it is."""
    words = found.get("text", "").split()
    if len(words) != 2 or words[0].lower() != "the" or found.get("speaker") != found.get("text"):
        return found
    noun = words[1].lower()
    same = earlier_described(art, noun, min(pos, found.get("start", pos)))
    if same is None or same["type"] not in _NAMED_BODIES or same["speaker"].lower() == found["text"].lower():
        return found
    return dict(found, speaker=same["speaker"], type=same["type"], gaz_type=same.get("gaz_type", ""),
                method="description", guess=True,
                note=f"guess: '{found['text']}' taken to be {same['speaker']}, which the text calls "
                     f"'{same['described_as']}' before")


def _tied_person(art: Article, titles: set[str], pos: int) -> str:
    """The person the text ties to a role noun before ``pos``: "Maria Lopez, the mayor," / "Lopez, who is
    mayor" / "Lopez, mayor of ..."; '' when no name is tied to it."""
    text = art.text
    nouns = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    tie = re.compile(r"\s*,\s*(?:who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|became)\s+)?"
                     r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,4}?(?:" + nouns + r")\b",
                     re.IGNORECASE)
    for s, e in reversed(list(art.runs(max(0, pos - 4000), pos))):
        if tie.match(text, e) and looks_like_person(text[s:e], art.sets):
            return art.canonical(person_name(text[s:e], art.sets), s)
    return ""


#: Kinds of source that a name of a body gives; only these may be called "the company" or "the agency" later.
_NAMED_BODIES = ("organisation", "government", "military", "media outlet")

#: Prepositions that tie a described source to whom it speaks for: "a spokesperson for the company".
_FOR_WHOM = r"(?:for|of|at|with|to|from)"


@functools.lru_cache(maxsize=64)
def _report_patterns(noun: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The three patterns :func:`earlier_described` reads an earlier report's subject with, for the head noun
    ``noun`` (they depend on nothing else): compiled once per noun, not at every call."""
    head = re.compile(rf"\b(?:an?|the)\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(noun)}\s+{_FOR_WHOM}\s",
                      re.IGNORECASE)
    # a name the text calls by its kind: "Harbor Transit Corp, the company that runs the buses, said …"
    called_kind = re.compile(rf"\s*,\s*(?:an?|the)\s+(?:(?!{_FOR_WHOM}\s)[\w’'-]+\s+){{0,3}}?{re.escape(noun)}"
                             r"(?![\w’'-])", re.IGNORECASE)
    # the body before the noun: "A Kremlin spokesperson said …", "A Pentagon spokesperson said …"
    body_first = re.compile(rf"\b(?:an?|the)\s+((?:[\w’'-]+\s+){{1,3}}?){re.escape(noun)}\b", re.IGNORECASE)
    return head, called_kind, body_first


def earlier_described(art: Article, noun: str, pos: int) -> dict | None:
    """The speaker of the latest earlier report whose subject is an unnamed source with the head noun
    ``noun`` and a phrase after it ("A spokesperson for the company told reporters …") or a body before it ("A Kremlin
    spokesperson said …", whose speaker is the Kremlin), or a named body the text calls by the noun ("Harbor Transit
    Corp, the company that runs the buses, said …"; ``noun`` "company"): "the spokesperson" or "the company"
    later is taken to be that source (a guess; ``described_as`` gives the words from the noun phrase's start). Only the latest one: "a spokesman for the Pentagon" and
    then "a spokesman for the Kremlin" are two people, and "the spokesman" after both is the second.
    None when no report before ``pos`` has such a subject.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "A spokesperson for the council said it was safe. The spokesperson said so."]}), "example"))[0]
    >>> earlier_described(art, "spokesperson", 50)["speaker"]
    'A spokesperson for the council'
    """
    from .speakers import speaker_for_cue  # the finder the earlier report's row was made with

    head, called_kind, body_first = _report_patterns(noun)
    lo = max(0, pos - 4000)
    for cue in reversed(art.cues[bisect.bisect_left(art.cue_starts, lo):bisect.bisect_left(art.cue_starts, pos)]):
        k = art.sentence_index(cue[0])
        if k < 0:
            continue
        _sid, s, e = art.sentences[k]
        found = speaker_for_cue(art, cue, s, e)
        if not found or not found.get("speaker") or found.get("start") is None:
            continue
        kind = called_kind.match(art.text, found["end"])
        if kind is not None and found["type"] in _NAMED_BODIES:
            return dict(found, described_as=art.text[found["start"]:kind.end()])
        first = body_first.search(art.text, max(s, found["start"] - 5), min(e, found["end"] + len(noun) + 30))
        if first is not None and first.start(1) <= found["start"] and found["end"] < first.end(1):
            return dict(found, described_as=art.text[first.start():first.end()])  # "A Kremlin spokesperson"
        phrase = head.search(art.text, max(s, found["start"] - 40), found["end"])
        if phrase is None or phrase.start() > found["start"] \
                or art.text[phrase.start():found["start"]].count(",") or found["end"] <= phrase.end():
            continue  # the noun is not in this report's subject: "the spokesman" is not its speaker
        return dict(found, described_as=art.text[phrase.start():found["end"]])
    return None


def resolve_speaker(art: Article, found: dict, pos: int) -> dict:
    """Turn a pronoun or description into a name where a rule allows it; mark it as a guess.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Ann Lee arrived on Monday. He said the road was closed."]}), "example"))[0]
    >>> from kit.speakers import speaker_for_cue
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
    if kind == "anonymous":
        return _named_next(art, found)
    if kind == "organisation":
        return _kind_named(art, found, pos)
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
        found.update(speaker="", type="none", guess=False,  # no guess made: kit.quotes and kit.trace_claim say so
                     note=f"could not tell who '{found['text']}' is; no guess made")
        return found
    pos = min(pos, found.get("start", pos))
    if kind == "description":
        phrase = found.get("described", found["text"])  # "the mayor, who": the words "who" stands for
        noun = phrase.lower().split()[-1]
        titles = {noun, *art.sets.title_forms.get(noun, ())}
        runs = list(art.runs(max(0, pos - 4000), pos))
        for s, e in reversed(runs):
            words = {w.lower() for w in art.text[s:e].split()}
            if words & titles and looks_like_person(art.text[s:e], art.sets):
                name = art.canonical(person_name(art.text[s:e], art.sets), s)
                found.update(speaker=name, type="named person",
                             note=f"guess: '{phrase}' taken to be {name}, the last person "
                                  f"named with that title before")
                return found
        tied = _tied_person(art, titles, pos)
        if tied:
            found.update(speaker=tied, type="named person",
                         note=f"guess: '{phrase}' taken to be {tied}, whom the text calls a {noun} "
                              "earlier")
            return found
        if phrase.lower().split() == ["the", noun]:  # "the spokesperson" after "A spokesperson for the company"
            same = earlier_described(art, noun, pos)
            if same is not None:
                found.update(speaker=same["speaker"], type=same["type"], gaz_type=same.get("gaz_type", ""),
                             note=f"guess: '{phrase}' taken to be '{same['described_as']}', the last {noun} "
                                  "who spoke before")
                return found
        # a role noun is someone else unless the text ties it to a name: "The mayor said" after Lopez
        found.update(speaker=phrase, type="anonymous", guess=False,
                     note=f"a description: the text does not say who '{phrase}' is, so it is not "
                          "taken to be anyone named before")
        return found
    # he / she: someone quoted or named in the nearest sentence before, else the last speaker; never a
    # person the text calls by a word for the other sex ("she" is not "her husband Tom Berg")
    other = {"he": "f", "she": "m"}.get(word, "")
    k = art.sentence_index(pos)
    for back in range(k, max(-1, k - 4), -1):
        if back < 0:
            break
        _sid, s, e = art.sentences[back]
        quoted = [n for n in art.speakers_in(back, s, min(e, pos)) if not (other and other in called(art, n))]
        if quoted:
            found.update(speaker=quoted[-1], type="named person",
                         note=f"guess: '{found['text']}' taken to be {quoted[-1]}, the person quoted "
                              "just before")
            return found
        people = [c for c in art.candidates(s, min(e, pos), lenient=False) if c["type"] == "named person"
                  and not (other and other in called(art, c["speaker"]))]
        if people:
            name = people[0]["speaker"]
            found.update(speaker=name, type="named person",
                         note=f"guess: '{found['text']}' taken to be {name}, the first person named "
                              "in the sentences just before")
            return found
    earlier = art.last_speaker_before(pos)
    if earlier:
        found.update(speaker=earlier, type="named person",
                     note=f"guess: '{found['text']}' taken to be {earlier}, the last person quoted before")
        return found
    found.update(speaker="", type="none", guess=False, note=f"could not tell who '{found['text']}' is; no guess made")
    return found
