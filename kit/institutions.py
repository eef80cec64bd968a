"""Institutions by their whole names: "the Russian Ministry of Energy", "the US Geological Survey".

One rule for every country. A run of capitalised words that ends with a word for an institution
(``org_words`` of data/word_sets.csv: Ministry, Department, Academy, Survey, Programme, Agency, ...),
with the words "of"/"for" and more capitalised words after it ("of Energy", "of Ecology and Environment"),
is one organisation: the country's word or name in front of it ("US", "Russian", "China's") is part of
the name and says whose institution it is, as "Russian" does in "the Russian Academy of Sciences". So
"the US Department of Energy" is read as "the Russian Ministry of Energy" is, not as the US government.
The names found inside such a name (a country, "Environment Programme") give way to it; a gazetteer
name that ends where it ends stays ("the Russian Foreign Ministry", "US Defense Intelligence Agency").
Likewise "the mayor of {city}" is the city's own official, described and not named, for every city: the
mayor of Moscow does not speak for the Russian government, as the mayor of Chicago does not for the US one.

    >>> from kit.wordsets import word_sets
    >>> t = "A report by the US Geological Survey and the Chinese Ministry of Ecology and Environment."
    >>> [t[s:e] for s, e in institution_spans(t, 0, len(t), word_sets())]
    ['US Geological Survey', 'Chinese Ministry of Ecology and Environment']
"""

from __future__ import annotations

import re

from .name_runs import word_core
from .wordsets import WordSets

__all__ = ["institution_spans", "with_institutions"]

_CAP = r"[A-Z][\w.-]*(?:['’]s?)?"
#: Capitalised words, "of"/"for" (with "the") and "and" between them: a candidate for an institution's name.
_NAME = re.compile(rf"(?<![\w’'.-]){_CAP}(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?{_CAP})*")
_LINKS = frozenset({"of", "for", "and", "the"})
#: "the mayor of {city}": a city's own official, never the country's government ("the mayor of Moscow").
_MAYOR_OF = re.compile(r"(?<![\w’'-])(?:[Tt]he[ \t]+)?(?:[Dd]eputy[ \t]+)?[Mm]ayor[ \t]+of[ \t]+"
                       r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")
#: A word of a candidate name (the match holds no other space than " " and tab).
_WORD = re.compile(r"\S+")
#: Capitalised words that open a sentence before a name and are no part of it.
_OPENERS = frozenset({"The", "A", "An"})


def institution_spans(text: str, lo: int, hi: int, sets: WordSets) -> list[tuple[int, int]]:
    """Where text[lo:hi] names an institution by its whole name: capitalised words that end with an
    institution word or with "of"/"for" and capitalised words after one ("Ministry of Energy"). The name
    has at least two capitalised words, and the words before the institution word are all capitalised
    (so "Moscow" alone, or "Human Rights Watch", is no institution here).

    >>> from kit.wordsets import word_sets
    >>> t = "The Iranian Ministry of Health and Tehran said so."
    >>> [t[s:e] for s, e in institution_spans(t, 0, len(t), word_sets())]
    ['Iranian Ministry of Health']
    """
    out = []
    pos = lo
    org_words = sets.org_words
    while (m := _NAME.search(text, pos, hi)) is not None:
        pos = m.end()
        found = m.group(0)
        # one word names no institution here, nor do words with no institution word: most matches end here,
        # before their words' offsets are read
        if " " not in found and "\t" not in found or not any(w.lower() in org_words for w in found.split()):
            continue
        words = [(w.group(0), m.start() + w.start(), m.start() + w.end()) for w in _WORD.finditer(found)]
        heads = [k for k, (w, _, _) in enumerate(words) if w.lower() in org_words and w[0].isupper()]
        if not heads:
            continue
        head = heads[0]
        first = max([k + 1 for k in range(head) if words[k][0] in _LINKS], default=0)
        while first < head and (words[first][0] in _OPENERS or word_core(words[first][0]) in sets.stop_caps):
            first += 1  # "The Russian Ministry of Energy", "From US ...": words opening a sentence
        end = head + 1  # the name goes on with "of/for" and capitalised words ("of Ecology and Environment")
        if end + 1 < len(words) and words[end][0] in ("of", "for"):
            k = end + 1 + (words[end + 1][0] == "the")
            while k < len(words) and words[k][0] not in _LINKS:
                end = k + 1
                k += 1
                if k + 1 < len(words) and words[k][0] == "and" and words[k + 1][0] not in _LINKS \
                        and word_core(words[k + 1][0]) not in sets.demonyms | sets.places:
                    k += 1  # "of Ecology and Environment", not "of Energy and the Russian ..."
        if end - first < 2 or head < first:
            pos = words[head][2]
            continue
        stop = words[end - 1][1] + len(words[end - 1][0].rstrip("."))  # not the sentence's full stop
        out.append((words[first][1], stop))
        pos = stop
    return out


def with_institutions(text: str, lo: int, hi: int, found: list[dict], sets: WordSets) -> list[dict]:
    """The named things ``found`` in text[lo:hi] with each institution's whole name in place of the names
    inside it; a candidate that already spans the whole name stays as it is.

    >>> from kit.wordsets import word_sets
    >>> t = "the Russian Ministry of Energy and the mayor of Moscow said"
    >>> [c["speaker"] for c in with_institutions(t, 0, len(t), [{"start": 4, "end": 20,
    ...     "text": "Russian Ministry", "speaker": "Russian Ministry", "type": "organisation", "gaz_type": ""}],
    ...     word_sets())]
    ['Russian Ministry of Energy', 'the mayor of Moscow']
    """
    spans = institution_spans(text, lo, hi, sets)
    # every match holds "ayor": str.find skips the scan of a stretch without it (most stretches)
    mayors = [m.span() for m in _MAYOR_OF.finditer(text, lo, hi)] if text.find("ayor", lo, hi) != -1 else []
    if not spans and not mayors:
        return found
    out = list(found)
    for s, e in mayors:  # "the mayor of Moscow" speaks for the city, as "the mayor of Chicago" does
        inside = [c for c in out if s <= c["start"] and c["end"] <= e]
        if any(c["start"] < s < c["end"] or c["start"] < e < c["end"] for c in out):
            continue
        out = [c for c in out if c not in inside]
        out.append({"start": s, "end": e, "text": text[s:e], "speaker": text[s:e], "type": "anonymous",
                    "gaz_type": "", "note": "the source is described, not named"})
    for s, e in spans:
        # a name inside it, also one with "the" before it ("the United States' Ministry of Energy")
        inside = [c for c in out if c["end"] <= e and (s <= c["start"] or not text[c["start"]:s].lower().strip()
                                                       .removeprefix("the").strip() and c["end"] > s)]
        if any(c["start"] == s and c["end"] == e for c in inside) or any(
                c not in inside and (c["start"] < s < c["end"] or c["start"] < e < c["end"]) for c in out):
            continue  # a gazetteer name of the same words, or a name that crosses this one
        if any(c["end"] == e and c.get("gaz_type") for c in inside):
            continue  # "US Defense Intelligence Agency": the gazetteer's "Defense Intelligence Agency" names it
        out = [c for c in out if c not in inside]
        out.append({"start": s, "end": e, "text": text[s:e], "speaker": text[s:e], "type": "organisation",
                    "gaz_type": ""})
    out.sort(key=lambda c: c["start"])
    return out

