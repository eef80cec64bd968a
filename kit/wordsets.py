"""Small sets of words the speaker finder and the figures table need, read from ``data/word_sets.csv``.

They are grammar, not judgement: titles that come before a name ("Gen.", "spokeswoman"), words of
nationality, place names, words that make a source anonymous ("officials"), the words that soften a
figure ("about", "more than"). The file has two columns, ``set`` and ``word``, one word (or phrase)
a line, so a teacher can read and extend each set. The sets:

=====================  =====================================================================
``titles``             titles, ranks and role words before a name; dropped from the name shown
``demonyms``           nationality, region, religion and ideology words; never a person alone
``stop_caps``          capitalised words that start sentences or name times, never people
``time_words``         weekdays and time words: inside a name run they end it
``month_words``        month names: they end a name run only before a number
``org_words``          words that show a capitalised run names a group or an institution
``places``             place names: a run made of these names a place, never a person
``anonymous_words``    words that make a source anonymous or vague when no name comes with them
``description_nouns``  descriptions that point back to a person already named ("the general")
``adverbs``            small words that may stand between a speaker and the reporting word
``place_prepositions`` an unknown one-word name right after one of these is a place ("in Manbij")
``compass``            compass words ("northern"), allowed inside names
``particles``          parts of names that cannot stand alone ("al", "bin", "de")
``before_name``        words that may stand before a name heading a phrase ("former", "senior")
``figure_hedges``      words before a number that soften or bound it ("about", "more than")
=====================  =====================================================================

>>> sets = word_sets()
>>> "spokeswoman" in sets["titles"], "about" in sets["figure_hedges"]
(True, True)
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from .datafiles import data_path, file_stamp
from .errors import LexiconError

__all__ = ["word_sets", "SET_NAMES"]

#: The sets the kit needs; a file without one of them is an error.
SET_NAMES = ("titles", "demonyms", "stop_caps", "time_words", "month_words", "org_words", "places",
             "anonymous_words", "description_nouns", "adverbs", "place_prepositions", "compass", "particles",
             "before_name", "figure_hedges")


def word_sets(path=None) -> dict[str, frozenset]:
    """The word sets, by name (read once per version of the file; lowercase).

    A file with another header, an unknown set or a missing set raises a :class:`kit.LexiconError`
    that names the file, the line and the fix.

    >>> sorted(word_sets())[:3]
    ['adverbs', 'anonymous_words', 'before_name']
    """
    return _read(file_stamp(Path(path) if path is not None else data_path("word_sets.csv")))


@functools.lru_cache(maxsize=4)
def _read(stamp: tuple) -> dict[str, frozenset]:
    path = Path(stamp[0])
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header != ["set", "word"]:
                raise LexiconError(f"{path.name}: the header is {header}", file=str(path), field="header",
                                   fix="The first line must be: set,word")
            found: dict[str, set] = {}
            for n, row in enumerate(reader, start=2):
                if not row or not "".join(row).strip():
                    continue
                if len(row) != 2 or row[0] not in SET_NAMES or not row[1].strip():
                    raise LexiconError(f"{path.name}, line {n}: {row!r} is not a set name and a word",
                                       file=str(path), field="set", line=n,
                                       fix=f"Write the set ({', '.join(SET_NAMES)}), a comma, then one word.")
                found.setdefault(row[0], set()).add(row[1].strip().lower())
    except OSError as err:
        raise LexiconError(f"cannot read the word sets file {path}: {err}", file=str(path),
                           fix="Check that data/word_sets.csv exists, or copy it from the kit.") from err
    missing = [n for n in SET_NAMES if n not in found]
    if missing:
        raise LexiconError(f"{path.name}: no words for the set {missing[0]!r}", file=str(path), field="set",
                           fix=f"Add at least one line '{missing[0]},<word>'.")
    return {name: frozenset(found[name]) for name in SET_NAMES}
