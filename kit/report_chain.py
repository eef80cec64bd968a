"""Report chains: the sources nested inside reported words ("Lee reported that Roe had been informed by the
police that …"), for the figures table (kit.quantities).

    >>> from kit.wordsets import word_sets
    >>> t = "Lee reported that Ann Roe had been informed by the city police that 40 died."
    >>> report_chain(t, 18, t.index("40"), [], word_sets())
    ['Ann Roe', 'city police']
"""

from __future__ import annotations

import re

from .names import looks_like_person, person_name

__all__ = ["report_chain"]

#: "that" as a word.
_RX_THAT = re.compile(r"\bthat\b")


#: A capitalised run of words, the last of which names the one who passed the words on ("Hoshyar Zebari").
_CAPS_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+(?:(?:al|bin|ibn|de|van|von)[-\s])?[A-Z][\w’'.-]*)*")
#: Where a source's description ends: a comma, a semicolon, a dash or the "that" of the reported words.
_SOURCE_END = re.compile(r"\s*(?:[,;:()—–]|\bthat\b)")


def _source_after(text: str, start: int, hi: int) -> str:
    end = _SOURCE_END.search(text, start, hi)
    phrase = " ".join(text[start:end.start() if end else hi].split())
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)


def report_chain(text: str, lo: int, pos: int, cues, sets) -> list[str]:
    """The sources nested inside reported words ``text[lo:pos]``, before a statement at ``pos``: "Cockburn
    reported that [Zebari had been informed by the intelligence service ... that] the toll was over
    40,000" gives ['Hoshyar Zebari', 'intelligence service of ...'] (each one passes on the next one's
    words). ``cues`` are the reporting words of the article (start, end) ("according to", "citing",
    "said"); a passive verb of telling ("had been informed by X that") uses the ``listener_verbs`` of
    data/word_sets.csv. An empty list: nothing nested.

    >>> from kit.wordsets import word_sets
    >>> t = "Lee reported that Ann Roe had been informed by the city police that 40 died."
    >>> report_chain(t, 18, t.index("40"), [], word_sets())
    ['Ann Roe', 'city police']
    >>> t = "Lee said that, according to the city police, 40 died."
    >>> report_chain(t, 14, t.index("40"), [(15, 27)], word_sets())
    ['city police']
    """
    found: list[tuple[int, str]] = []
    verbs = "|".join(sorted(sets.listener_verbs, key=len, reverse=True))
    passive = re.compile(rf"\b(?:had|has|have)?\s*(?:been|was|were)\s+(?:[a-z]+ly\s+)?(?:{verbs})\s+by\s+",
                         re.IGNORECASE) if verbs else None
    for m in passive.finditer(text, lo, pos) if passive else ():
        if not _RX_THAT.search(text, m.end(), pos):
            continue  # "was informed by X" with no "that …" reports no words here
        heard = [h for h in _CAPS_RUN.finditer(text, lo, m.start()) if looks_like_person(h.group(0), sets)]
        if heard:
            found.append((heard[-1].start(), person_name(heard[-1].group(0), sets)))
        found.append((m.end(), _source_after(text, m.end(), pos)))
    for s, e in cues:
        if not lo <= s < pos:
            continue
        word = text[s:e].lower()
        if word.startswith(("according to", "cit")):
            found.append((e, _source_after(text, e, pos)))
        elif re.match(r"\s+that\b", text[e:pos]):  # "... that Zebari said that the toll ...": a named subject
            subject = list(_CAPS_RUN.finditer(text, lo, s))
            if subject and not text[subject[-1].end():s].strip(" ,") and looks_like_person(subject[-1].group(0), sets):
                found.append((subject[-1].start(), person_name(subject[-1].group(0), sets)))
    names: list[str] = []
    for _at, name in sorted(found):
        if name and name not in names:
            names.append(name)
    return names
