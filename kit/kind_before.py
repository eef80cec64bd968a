"""What kind of thing a capitalised name is, read from the words right before it: an outlet ("state-run Al-Thawra",
"Arabic-language Al-Watan") or an organisation ("the group Safe Streets Millbrook", "the charity Save the Park").

>>> from kit.wordsets import word_sets
>>> t = "The group Safe Streets Millbrook said so."
>>> organisation_by_kind(t, t.index("Safe"), word_sets()), organisation_by_kind("Tom Lee said so.", 0, word_sets())
(True, False)
"""

from __future__ import annotations

import re

from .person_names import is_title
from .relative_subjects import PREPOSITIONS
from .wordsets import WordSets

__all__ = ["organisation_by_kind"]

#: The words before an outlet's name that say it is an outlet: "Arabic-language", "state-run".
_MEDIUM_BEFORE = re.compile(r"(?:-language|-run|state-owned|state-funded)\s+(?:[Tt]he\s+)?$")

#: A word in lower case right before a name, and the word before it: "the group |Safe Streets Millbrook".
_KIND_BEFORE = re.compile(r"(?<![\w’'-])([\w’'-]+)[ \t]+([a-z]+)[ \t]+$")


def organisation_by_kind(text: str, ps: int, sets: WordSets, known: bool = False) -> bool:
    """Does the name starting at ``ps`` follow a word that says it is an outlet or an organisation? A medium
    ("state-run", "Arabic-language"), unless the name is ``known`` as a person's in the article; or, in lower case,
    a kind of body of the ``org_words`` of data/word_sets.csv ("the group", "the charity", "the union"), unless the
    name opens with a title ("the army General Ann Lee").

    >>> from kit.wordsets import word_sets
    >>> t = "The army General Ann Lee said so, as did the secretary of state Tom Roe."
    >>> organisation_by_kind(t, t.index("General"), word_sets()), organisation_by_kind(t, t.index("Tom"), word_sets())
    (False, False)
    """
    before = text[max(0, ps - 30):ps]
    if not known and _MEDIUM_BEFORE.search(before):
        return True
    kind = _KIND_BEFORE.search(before)
    if kind is None or kind.group(2) not in sets.org_words or kind.group(1).lower() in PREPOSITIONS:
        return False  # not "the secretary of state Hillary Clinton": "of state" says what she is secretary of
    first = re.match(r"[\w’'.-]+", text[ps:])
    return not (first and is_title(first.group(0), sets))
