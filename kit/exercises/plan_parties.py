"""The parties a plan or an answer names that are not news outlets (a country, a government, a ministry, a military,
an organisation), each with every name of the same country, read from the gazetteer: one rule for every side.

    >>> "Moscow" in party_group("the Kremlin"), "Washington" in party_group("the Pentagon"), party_group("RT")
    (True, True, frozenset())
"""

from __future__ import annotations

import re

__all__ = ["party_group", "party_names", "PARTY_CACHE", "STATE_KINDS"]


def party_group(name: str) -> frozenset:
    """Every name, as written, of the country of ``name`` when the gazetteer knows it as something other than a news
    outlet ("the Kremlin", "the government of Iran", "Russian" as in "the Russian military"); else empty.

    >>> "Moscow" in party_group("the Kremlin"), "Tehran" in party_group("the government of Iran"), party_group("RT")
    (True, True, frozenset())
    >>> "Russia" in party_group("Russian"), party_group("the BBC")
    (True, frozenset())
    """
    from .answers import norm

    parties = party_names()
    bare = re.sub(r"^the ", "", norm(name))
    last = re.sub(r"^.*\bof (?:the )?", "", bare) if " of " in bare else ""  # "the People's Republic of China"
    return parties.get(bare) or parties.get(last) or frozenset()


def party_names() -> dict:
    """Each name (normalised, without "the") the gazetteer knows as something other than a news outlet (a country,
    a government, a ministry, a military, an organisation), with every name, as written, of the same country
    (``PARTY_CACHE["states"]``: the names of a state or its bodies).

    >>> names = party_names()
    >>> {"Moscow", "Russia", "Kremlin", "Russian military"} <= names["kremlin"], "RT" in names["kremlin"]
    (True, False)
    >>> {"china", "white house", "britain"} <= set(names), "reuters" in names
    (True, False)
    """
    from collections import Counter

    from ..datafiles import data_path, file_stamp
    from ..sourcing import load_gazetteer
    from .answers import norm

    stamp = file_stamp(data_path("gazetteer.csv"))
    if PARTY_CACHE.get("stamp") != stamp:
        table, groups, countries = load_gazetteer(), {}, set()
        for kind, name, aliases, country in zip(table["type"].astype(str), table["name"].astype(str),
                                                table["aliases"].fillna("").astype(str), table["country"].fillna("").astype(str)):
            if kind in ("media_outlet", "news_agency"):
                continue
            state = kind in STATE_KINDS and country.strip()  # a state's bodies are its country's; a group is its own
            names = [n.strip() for n in [name, *aliases.split("|"), country if state else ""] if n.strip()]
            countries.update([country.strip()] if state else [])
            groups.setdefault(country.strip() if state else name, set()).update(re.sub(r"^(?i:the) ", "", n) for n in names)
        names = {re.sub(r"^the ", "", norm(n)): frozenset(group) for group in groups.values() for n in group}
        firsts: dict = {}  # "Russian" as in "the Russian military": the adjective most of a group's names begin with
        for key, group in groups.items():
            for n in group:
                first = n.split()[0]
                if " " in n and n[:1].isupper() and first.endswith(("an", "ish", "ese", "ch", "i")):
                    firsts.setdefault(norm(first), Counter())[key] += 1
        for first, counts in firsts.items():
            names.setdefault(first, frozenset(groups[counts.most_common(1)[0][0]]))
        states = {re.sub(r"^the ", "", norm(n)) for key, group in groups.items() if key in countries for n in group}
        PARTY_CACHE.update(stamp=stamp, names=names, states=frozenset(states))
    return PARTY_CACHE["names"]


PARTY_CACHE: dict = {}
#: the gazetteer's kinds that are a state's own bodies: one country, whichever of its names a text gives
STATE_KINDS = frozenset({"government", "ministry", "military", "intelligence"})
