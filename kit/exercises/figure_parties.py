"""The names by which a student may credit a figure to a party (lesson 03, Exercise 3): "the Pentagon's number",
"Russia says 4,000", "the coalition says 4,000".

The names are those of ``data/concepts.csv``: each proper name (:func:`~kit.exercises.headline_sources.actor_names`:
"Pentagon", "Kremlin", "US-led coalition"), and each common noun the table writes with "the" as a party's name
("the coalition"), with the compounds that end in it ("international coalition", "anti-ISIS coalition"): "the
coalition" names one party as "the Kremlin" does, but "civilians" or "rebels" (written without "the") name none.

    >>> names = party_names()
    >>> names["coalition"], names["international coalition"], names["Pentagon"], names["Kremlin"]
    ('Coalition', 'Coalition', 'United States', 'Russia')
    >>> "civilians" in names, "rebels" in names
    (False, False)
"""

from __future__ import annotations

import re

__all__ = ["party_names"]


def party_names() -> dict[str, str]:
    """Each name of a party in ``data/concepts.csv`` a figure may be credited to, with the party: the proper names
    headlines use, and the common nouns the table writes with "the" ("the coalition"), with compounds ending in them.

    >>> names = party_names()
    >>> names["coalition"], names["US-led coalition"], names["Moscow"], names["Washington"]
    ('Coalition', 'Coalition', 'Russia', 'United States')
    """
    from ..concepts import load_concepts
    from .headline_sources import actor_names

    names = dict(actor_names())
    table = load_concepts()
    rows = list(zip(table["concept"].astype(str), table["surface"].astype(str)))
    # "the coalition": a common noun the table writes with "the" names one party, as "the Kremlin" does
    nouns = {surface[4:]: concept for concept, surface in rows if surface.startswith("the ") and surface[4:5].islower()}
    for concept, surface in rows:
        last = re.split(r"[\s-]", surface)[-1]
        if surface[:1].islower() and nouns.get(last) == concept:  # "international coalition", "the coalition"
            names.setdefault(re.sub(r"^the ", "", surface), concept)
    return names
