"""Other names for the same outlet, organisation or person: the gazetteer's aliases, and a name's last part.

    >>> entity_aliases()["bbc news"], same_entity("Moallem", "Walid al-Moallem")
    ('BBC', True)
"""

from __future__ import annotations

import functools
import re

from .answers import norm

__all__ = ["entity_aliases", "kit_aliases", "same_entity"]


@functools.lru_cache(maxsize=4)
def kit_aliases(stamp: tuple) -> dict[str, str]:
    """:func:`entity_aliases` of the kit's gazetteer file of :func:`kit.gazetteer.gazetteer_stamp` ``stamp``,
    worked out once per version of the file (a teacher's edit counts at the next call). Shared: do not change it.

    >>> from kit.gazetteer import gazetteer_stamp
    >>> kit_aliases(gazetteer_stamp()) is kit_aliases(gazetteer_stamp())
    True
    """
    from ..gazetteer import load_gazetteer

    return entity_aliases(load_gazetteer(stamp[0]))


def entity_aliases(gazetteer=None) -> dict[str, str]:
    """Other names for the same outlet or organisation, from the gazetteer: normalised alias -> name.

    "the BBC", "BBC News" and "British Broadcasting Corporation" all lead to "BBC".

    >>> aliases = entity_aliases()
    >>> aliases["the bbc"], aliases["bbc news"]
    ('BBC', 'BBC')
    """
    if gazetteer is None:  # the kit's own file: worked out once per version of it, a fresh copy each call
        from ..gazetteer import gazetteer_stamp

        return dict(kit_aliases(gazetteer_stamp()))
    out: dict[str, str] = {}
    table = gazetteer
    for name, aliases in zip(table["name"], table["aliases"].fillna("")):
        for other in [name, *str(aliases).split("|")]:
            key = norm(other)
            if not key:
                continue
            bare = re.sub(r"^the ", "", key)
            for variant in (key, bare, "the " + bare):
                out.setdefault(variant, name)
    return out


def same_entity(answer: str, name: str, aliases: dict | None = None) -> bool:
    """True when ``answer`` names ``name``: the same words, its last name, or a gazetteer alias.

    >>> same_entity("Moallem", "Walid al-Moallem"), same_entity("Lavrov", "Sergei Shoigu")
    (True, False)
    >>> same_entity("the BBC", "BBC", {"the bbc": "BBC"})
    True
    """
    a, n = norm(answer), norm(name)
    if not a or not n:
        return False
    if aliases and norm(aliases.get(a, "")) == n:
        return True
    parts = re.split(r"[\s-]+", n)
    if a == n or a in parts or n in a:
        return True
    return re.split(r"[\s-]+", a)[-1] == parts[-1]
