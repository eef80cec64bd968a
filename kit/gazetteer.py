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
import re
from pathlib import Path

from .datafiles import data_path, file_stamp
from .errors import LexiconError, Problem

__all__ = ["read_table", "raise_problems", "yes", "load_gazetteer", "gazetteer_hits", "GAZETTEER_COLUMNS",
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
            key = alias.lower()
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


# The gazetteer names are found with one big alternation per case mode (sensitive / insensitive).
# Trying every alternative at every position of the text is slow, so the matcher only runs at the
# positions where a name can start (a word start whose first character opens some name), and there
# it runs a smaller alternation: only the names that start with the same two characters as the text,
# in the same order as in the big one. At any position the small alternation therefore finds exactly
# what the big one would find, and the scan skips past each match as ``finditer`` does.
_GAZ_LEFT = r"(?<![\w’'])(?<!\w-)"
_GAZ_RIGHT = r")(?:(?=[’']s?(?![\w’']))|(?![\w’']))(?!-\w)"


def _first_element(pattern: str) -> str:
    r"""The first element of an alias pattern made by :func:`_alias_pattern`: "['’]", r"\s+" or one
    (escaped) character."""
    for head in ("['’]", r"\s+"):
        if pattern.startswith(head):
            return head
    return pattern[:2] if pattern.startswith("\\") else pattern[:1]


class _GazetteerScanner:
    """Finds the same matches, in the same order, as ``re.compile(left + "|".join(patterns) + right,
    flags).finditer(text)``."""

    def __init__(self, patterns: list[str], aliases: list[str], sensitive: bool):
        self.sensitive = sensitive
        self.flags = 0 if sensitive else re.IGNORECASE
        self.patterns = patterns
        self.full = re.compile(_GAZ_LEFT + "(?:" + "|".join(patterns) + _GAZ_RIGHT, self.flags)
        self.key2: list[str | None] = []
        self.key1: list[str | None] = []
        for a in aliases:
            two, one = None, None
            if len(a) >= 2 and a[:2].isascii() and not any(c.isspace() or c in "'’" for c in a[:2]):
                two = a[:2] if sensitive else a[:2].lower()
            elif a[:1].isascii() and not (a[0].isspace() or a[0] in "'’"):
                one = a[0] if sensitive else a[0].lower()
            self.key2.append(two)
            self.key1.append(one)
        # where a name may start: a character that opens a name, followed by one that comes second in
        # one (names whose first two characters are not plain ASCII: their first pattern element alone)
        first2, second2, heads = set(), set(), set()
        for pattern, two, one in zip(patterns, self.key2, self.key1):
            if two is not None:
                first2.add(re.escape(two[0]))
                second2.add(re.escape(two[1]))
            elif one is not None:
                heads.add(re.escape(one))
            else:
                heads.add(_first_element(pattern))
        if first2:
            heads.add("[" + "".join(sorted(first2)) + "][" + "".join(sorted(second2)) + "]")
        self.starts = re.compile(_GAZ_LEFT + "(?=" + "|".join(sorted(heads)) + ")", self.flags)
        self.by_key: dict[str, re.Pattern | None] = {}

    def _for_key(self, key: str):
        rx = self.by_key.get(key, False)
        if rx is False:
            parts = [p for p, two, one in zip(self.patterns, self.key2, self.key1)
                     if (two is None and one is None) or (two is not None and two == key)
                     or (one is not None and one == key[:1])]
            rx = re.compile(_GAZ_LEFT + "(?:" + "|".join(parts) + _GAZ_RIGHT, self.flags) if parts else None
            self.by_key[key] = rx
        return rx

    def finditer(self, text: str):
        last_end = 0
        sensitive = self.sensitive
        by_key = self.by_key
        for c in self.starts.finditer(text):
            p = c.start()
            if p < last_end:
                continue
            key = text[p:p + 2]
            if not sensitive:
                if not key.isascii():
                    m = self.full.match(text, p)  # case folding beyond ASCII: use the whole alternation
                    if m:
                        last_end = m.end()
                        yield m
                    continue
                key = key.lower()
            rx = by_key.get(key, False)
            if rx is False:
                rx = self._for_key(key)
            if rx is None:
                continue
            m = rx.match(text, p)
            if m:
                last_end = m.end()
                yield m


def _gazetteer_matcher(path: str | None):
    return _gazetteer_matcher_for(file_stamp(path if path is not None else data_path("gazetteer.csv")))


@functools.lru_cache(maxsize=4)
def _gazetteer_matcher_for(stamp: tuple):
    gaz = load_gazetteer(stamp[0])
    entries = []
    for row in gaz.itertuples():
        for alias in _aliases({"name": row.name, "aliases": row.aliases}):
            sensitive = row.case_sensitive
            if sensitive is None:
                # default: one-word names match only as capitalised ("Independent", "Post");
                # names of several words match in any case ("russian general staff").
                sensitive = len(alias.split()) == 1
            entries.append((alias, row.name, row.type, bool(sensitive)))
    entries.sort(key=lambda e: -len(e[0]))
    lookup = {}
    sensitive_parts, insensitive_parts = [], []
    sensitive_aliases, insensitive_aliases = [], []
    for alias, name, kind, sensitive in entries:
        pattern = _alias_pattern(alias)
        key = alias if sensitive else alias.lower()
        lookup[(sensitive, _fold(key))] = (name, kind)
        (sensitive_parts if sensitive else insensitive_parts).append(pattern)
        (sensitive_aliases if sensitive else insensitive_aliases).append(alias)
    regexes = []
    # not inside a hyphenated word: "Al Qaeda-linked", "US-Russian", "anti-ISIS" are modifiers, not the name
    # a possessive may follow ("the United States’ military", "Reuters’s report")
    if sensitive_parts:
        regexes.append((True, _GazetteerScanner(sensitive_parts, sensitive_aliases, True)))
    if insensitive_parts:
        regexes.append((False, _GazetteerScanner(insensitive_parts, insensitive_aliases, False)))
    return regexes, lookup


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    return _SPACES.sub(" ", s.replace("’", "'"))


def _alias_pattern(alias: str) -> str:
    parts = []
    for ch in alias:
        if ch in "'’":
            parts.append("['’]")
        elif ch.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    return re.sub(r"(\\s\+)+", r"\\s+", "".join(parts))


def gazetteer_hits(text: str, gazetteer=None) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) for every gazetteer name in the text, longest match first, no overlaps.

    >>> gazetteer_hits("Reuters and the BBC saw it.")
    [(0, 7, 'Reuters', 'news_agency'), (16, 19, 'BBC', 'media_outlet')]
    """
    regexes, lookup = _gazetteer_matcher(None if gazetteer is None else str(gazetteer))
    hits = []
    for sensitive, rx in regexes:
        for m in rx.finditer(text):
            found = m.group(0)
            key = _fold(found if sensitive else found.lower())
            name, kind = lookup.get((sensitive, key), (found, "organisation"))
            hits.append((m.start(), m.end(), name, kind))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept, last_end = [], -1
    for h in hits:
        if h[0] >= last_end:
            kept.append(h)
            last_end = h[1]
    return kept

