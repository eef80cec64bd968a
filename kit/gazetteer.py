"""Small CSV tables and the gazetteer of media outlets, governments and organisations.

- :func:`read_table` reads a small CSV table (the gazetteer, the concept table) and collects its
  problems with line numbers; :func:`raise_problems` turns them into one clear error;
  :func:`yes` reads a yes/no cell.
- :func:`load_gazetteer` reads ``data/gazetteer.csv`` (or a teacher's own file);
  :func:`gazetteer_hits` finds its names in a text.

    >>> [(name, kind) for _s, _e, name, kind in gazetteer_hits("Reuters and the BBC saw it.")]
    [('Reuters', 'news_agency'), ('BBC', 'media_outlet')]
"""

from __future__ import annotations

import csv
import functools
import io
from pathlib import Path

from .cache import Memo
from .datafiles import data_path, file_stamp
from .errors import LexiconError, Problem
from .phrases import PhraseMatcher, normalise_form

__all__ = ["read_table", "raise_problems", "yes", "load_gazetteer", "gazetteer_hits", "gazetteer_stamp", "GAZETTEER_COLUMNS",
           "GAZETTEER_TYPES"]

#: The kit's own gazetteer of media outlets, news agencies, governments and organisations.

#: The header of a gazetteer file, in this order.
GAZETTEER_COLUMNS = ["name", "type", "aliases", "country", "case_sensitive", "note"]

#: Allowed values of the gazetteer's ``type`` column -> the ``speaker_type`` / ``source_type`` shown.
GAZETTEER_TYPES = {
    "media_outlet": "media outlet",
    "news_agency": "media outlet",
    "government": "organisation",
    "ministry": "organisation",
    "military": "organisation",
    "intelligence": "organisation",
    "international_organisation": "organisation",
    "organisation": "organisation",
    "political_party": "organisation",
    "armed_group": "organisation",
}


def yes(value: str) -> bool | None:
    """Read a yes/no cell: True, False, or None when it is empty; anything else raises ValueError.

    >>> yes(" Yes"), yes("no"), yes("")
    (True, False, None)
    """
    v = value.strip().lower()
    if v in ("yes", "y", "true", "1"):
        return True
    if v in ("no", "n", "false", "0"):
        return False
    if v == "":
        return None
    raise ValueError(v)


def load_gazetteer(path=None):
    """Read the gazetteer: one row per outlet, news agency, government or organisation.

    The file has the header ``name,type,aliases,country,case_sensitive,note``; ``aliases`` are other
    names separated by ``|``. A mistake raises :class:`kit.errors.LexiconError` naming the line.

    >>> gaz = load_gazetteer()
    >>> gaz.loc[gaz.name == "Reuters", "type"].item()
    'news_agency'
    """
    import pandas as pd

    path = Path(path) if path is not None else data_path("gazetteer.csv")
    rows, problems = read_table(path, GAZETTEER_COLUMNS, "gazetteer")
    seen: dict[str, int] = {}
    for row in rows:
        line = row["line"]
        if not row["name"].strip():
            problems.append(Problem("the name is empty", file=str(path), line=line, field="name",
                                    fix="Write the organisation's usual name in the first column, "
                                        "or delete the line."))
        if row["type"].strip() not in GAZETTEER_TYPES:
            problems.append(Problem(f"unknown type {row['type']!r}", file=str(path), line=line, field="type",
                                    fix="Use one of: " + ", ".join(GAZETTEER_TYPES) + "."))
        try:
            row["case_sensitive"] = yes(row["case_sensitive"])
        except ValueError:
            problems.append(Problem(f"case_sensitive must be yes, no or empty, not {row['case_sensitive']!r}",
                                    file=str(path), line=line, field="case_sensitive",
                                    fix="Write yes (match capitals exactly), no, or leave it empty."))
        for alias in _aliases(row):
            key = normalise_form(alias)
            if key in seen and seen[key] != line:
                problems.append(Problem(f"the name {alias!r} is already listed on line {seen[key]}",
                                        file=str(path), line=line, field="aliases",
                                        fix="Each name may appear only once: delete one of them."))
            seen.setdefault(key, line)
    raise_problems(problems, "gazetteer")
    frame = pd.DataFrame(rows, columns=[*GAZETTEER_COLUMNS, "line"])
    for c in ("name", "type", "aliases", "country", "note"):
        frame[c] = frame[c].str.strip()
    return frame


def _aliases(row) -> list[str]:
    names = [row["name"], *row["aliases"].split("|")]
    return [n.strip() for n in names if n.strip()]


def raise_problems(problems, what: str) -> None:
    """Raise one :class:`kit.errors.LexiconError` for the problems found in a table (nothing if none).

    >>> from kit.errors import LexiconError, Problem
    >>> raise_problems([], "gazetteer")
    >>> try:
    ...     raise_problems([Problem("the name is empty", file="my.csv", line=3, field="name")], "gazetteer")
    ... except LexiconError as err:
    ...     print(type(err).__name__)
    LexiconError
    """
    if not problems:
        return
    if len(problems) == 1:
        raise LexiconError(problems=problems)
    raise LexiconError(f"{len(problems)} problems found in the {what}", problems=problems)


def read_table(path: Path, columns: list[str], what: str) -> tuple[list[dict], list[Problem]]:
    """Read a small CSV table (gazetteer or concept table), collecting problems with line numbers.

    Returns (rows, problems): each row is a dict of the ``columns`` plus its ``line`` number; lines
    that are empty or start with ``#`` are skipped. A missing or unreadable file raises at once.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "table.csv"
    >>> _ = path.write_text("name,type\\nBBC,media_outlet\\n# a comment\\n", encoding="utf-8")
    >>> read_table(path, ["name", "type"], "example table")
    ([{'name': 'BBC', 'type': 'media_outlet', 'line': 2}], [])
    """
    header_fix = "Make the first line of the file exactly: " + ",".join(columns)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LexiconError(f"{what} file not found", file=str(path),
                           fix="Check the file name and folder, or leave the argument out to use the "
                               "kit's own file.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise LexiconError("the file is not saved as UTF-8 text", file=str(path),
                           line=data[:err.start].count(b"\n") + 1,
                           fix="Save it from your spreadsheet as 'CSV UTF-8'.") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    if not header:
        return [], [Problem("the file is empty", file=str(path), line=1, fix=header_fix)]
    missing = [c for c in columns if c not in header]
    if missing:
        return [], [Problem(f"missing column(s): {', '.join(missing)}", file=str(path), line=1,
                            fix=header_fix)]
    rows, problems = [], []
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if values[0].lstrip().startswith("#"):
            continue
        if len(values) > len(header):
            problems.append(Problem(f"the line has {len(values)} fields but the header has {len(header)}",
                                    file=str(path), line=line,
                                    fix="Put double quotes around any value that contains a comma."))
            continue
        values = values + [""] * (len(header) - len(values))
        row = {c: values[header.index(c)] for c in columns}
        row["line"] = line
        rows.append(row)
    return rows, problems


# A gazetteer name is not part of a hyphenated word ("Al Qaeda-linked", "US-Russian", "anti-ISIS" are
# modifiers, not the name) nor of a longer word, but a possessive may follow ("the United States’
# military", "Reuters’s report").
NAME_LEFT = r"(?<![\w’'])(?<!\w-)"
NAME_RIGHT = r"(?:(?=[’']s?(?![\w’']))|(?![\w’']))(?!-\w)"


@functools.lru_cache(maxsize=4)
def _gazetteer_matcher_for(stamp: tuple) -> PhraseMatcher:
    gaz = load_gazetteer(stamp[0])
    entries = []
    for row in gaz.itertuples():
        for alias in _aliases({"name": row.name, "aliases": row.aliases}):
            sensitive = row.case_sensitive
            if sensitive is None:
                # default: one-word names match only as capitalised ("Independent", "Post");
                # names of several words match in any case ("russian general staff").
                sensitive = len(alias.split()) == 1
            entries.append((alias, (row.name, row.type), bool(sensitive)))
    return PhraseMatcher(entries, left=NAME_LEFT, right=NAME_RIGHT)


def gazetteer_stamp(gazetteer=None) -> tuple:
    """The stamp of the gazetteer file in use (``gazetteer``: its path; by default the kit's): a table
    that reads the names of many texts looks at the file once and passes it to :func:`gazetteer_hits`.

    >>> gazetteer_stamp() == gazetteer_stamp()
    True
    """
    return file_stamp(str(gazetteer) if gazetteer is not None else data_path("gazetteer.csv"))


def gazetteer_hits(text: str, gazetteer=None, stamp: tuple | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) for every gazetteer name in the text, longest match first, no overlaps.
    ``stamp``: :func:`gazetteer_stamp` of ``gazetteer``, when the caller has it.

    >>> gazetteer_hits("Reuters and the BBC saw it.")
    [(0, 7, 'Reuters', 'news_agency'), (16, 19, 'BBC', 'media_outlet')]
    """
    if stamp is None:
        stamp = gazetteer_stamp(gazetteer)
    key = (stamp, text)
    hits = _HITS.get(key)  # quotes and sources read the names of a text once (kept in kit.cache)
    if hits is None:
        hits = [(s, e, name, kind) for s, e, (name, kind) in _gazetteer_matcher_for(stamp).find(text)]
        _HITS.put(key, hits)
    return list(hits)


_HITS = Memo()
