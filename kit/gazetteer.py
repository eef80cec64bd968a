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

from .cache import Memo
from .datafiles import data_path, file_stamp
from .errors import LexiconError, Problem
from .phrases import PhraseMatcher, phrase_forms

__all__ = ["read_table", "raise_problems", "yes", "load_gazetteer", "gazetteer_rows", "gazetteer_hits", "gazetteer_stamp", "GAZETTEER_COLUMNS",
           "GAZETTEER_TYPES", "country_words_of", "is_country_government"]

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
    frame = pd.DataFrame(gazetteer_rows(file_stamp(path)), columns=[*GAZETTEER_COLUMNS, "line"])
    for c in ("name", "type", "aliases", "country", "note"):
        frame[c] = frame[c].str.strip()
    return frame


@functools.lru_cache(maxsize=4)
def gazetteer_rows(stamp: tuple) -> tuple[dict, ...]:
    """The rows of the gazetteer file of :func:`kit.datafiles.file_stamp` ``stamp`` (its path first), checked
    and with the state bodies and governors written out, as :func:`load_gazetteer` shows them (values not yet
    stripped), read once per version of the file: the names matcher and the sources table both need them.
    A mistake raises :class:`kit.errors.LexiconError` each time. The rows are shared: do not change them.

    >>> gazetteer_rows(gazetteer_stamp())[0]["name"]
    'BBC'
    """
    path = Path(stamp[0])
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
            key = _folded(alias)
            if key in seen and seen[key] != line:
                problems.append(Problem(f"the name {alias!r} is already listed on line {seen[key]}",
                                        file=str(path), line=line, field="aliases",
                                        fix="Each name may appear only once: delete one of them."))
            seen.setdefault(key, line)
    raise_problems(problems, "gazetteer")
    return tuple(with_governors(with_state_bodies(rows)))


#: "<adjective> government": the words a gazetteer names a country's government with ("Russian", "UK").
_GOVERNMENT_OF = re.compile(r"((?:[A-Z][\w.]*[ \t]+)*[A-Z][\w.]*)[ \t]+government")
#: A name of a government with no word in small letters but a leading "the" ("Moscow", "the United States").
_COUNTRY_NAME = re.compile(r"(?:the[ \t]+)?[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*")


def with_state_bodies(rows: list[dict]) -> list[dict]:
    """The gazetteer's rows with its state-body rows written out for every country it lists a government of.

    A row whose name holds ``{adj}`` is a rule, not a body: "{adj} military" stands for every country's
    armed forces. ``{adj}`` is each word the gazetteer names a government with ("Chinese" of "Chinese
    government", "UK" of "UK government"); ``{owner}`` is a name of that government in capitals with an
    owner's 's ("China's", "Beijing's", "the United States'"). Where the gazetteer already has a row for one
    of a country's forms ("US military", "Pentagon" for "US Defense Department"), the other forms join that
    row; otherwise the country gets a new row named by the rule ("Chinese military"). So "the Chinese military"
    is named as "the US military" is, whatever countries the file lists.

    >>> rows = [{"name": "Chinese government", "type": "government", "aliases": "China", "country": "China",
    ...          "case_sensitive": True, "note": "", "line": 2},
    ...         {"name": "{adj} military", "type": "military", "aliases": "{adj} army|{owner} army",
    ...          "country": "", "case_sensitive": False, "note": "armed forces", "line": 3}]
    >>> [(r["name"], r["aliases"]) for r in with_state_bodies(rows)][1]
    ('Chinese military', "Chinese army|China's army")
    """
    rules = [r for r in rows if "{adj}" in r["name"]]
    out = [r for r in rows if "{adj}" not in r["name"]]
    if not rules:
        return out
    where = {_folded(a): k for k, r in enumerate(out) for a in _aliases(r)}
    for gov in [r for r in out if r["type"].strip() == "government"]:
        names = _aliases(gov)
        adjs = [m.group(1) for n in names if (m := _GOVERNMENT_OF.fullmatch(n))]
        if not adjs or not _GOVERNMENT_OF.fullmatch(gov["name"].strip()):
            continue  # "Kurdistan Regional Government", "White House": not a country's government by its word
        owners = [n + end for n in names if _COUNTRY_NAME.fullmatch(n) and "Government" not in n
                  for end in (("'", "'s") if n.endswith("s") else ("'s",))]
        for rule in rules:
            keys = [_folded(f) for f in _state_forms(_aliases(rule), adjs, owners)]
            k = next((where[key] for key in keys if key in where), None)
            if k is None:
                k = len(out)
                out.append({**rule, "name": rule["name"].replace("{adj}", adjs[0]), "aliases": "",
                            "country": gov["country"], "note": rule["note"].replace("{adj}", adjs[0])})
            templates = _aliases(rule)
            if out[k]["case_sensitive"]:  # a row that matches its capitals: "UK foreign ministry", "UK Foreign Ministry"
                templates = [v for t in templates for v in (t, t.lower(), _capitalised(t))]
            new = [f for f in _state_forms(templates, adjs, owners)
                   if _folded(f) not in where and f != out[k]["name"]]
            for key in keys:
                where.setdefault(key, k)
            out[k] = {**out[k], "aliases": "|".join(a for a in [out[k]["aliases"], *dict.fromkeys(new)] if a)}
    return out


#: A region's name written with the word for the region after it: "Kursk region", "Kursk Oblast", "Hubei province".
_REGION_FORM = re.compile(r"(?:the[ \t]+)?([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*)[ \t]+(?:region|[Oo]blast|[Pp]rovince)")


def with_governors(rows: list[dict]) -> list[dict]:
    """The gazetteer's rows with "governor of {place}" added to each government of a region that the file
    names only with the word for the region ("Kursk region"): a governor governs a region, so "the
    governor of Kursk" is named as "the governor of Hubei" and "the governor of Ohio" are (their bare
    names are already in the file), while "Kursk" alone, a city too, stays unnamed.

    >>> rows = [{"name": "Kursk regional government", "type": "government", "aliases": "Kursk region|Kursk Oblast"}]
    >>> with_governors(rows)[0]["aliases"]
    'Kursk region|Kursk Oblast|governor of Kursk'
    """
    out = []
    for row in rows:
        names = _aliases(row)
        places = [m.group(1) for n in names if (m := _REGION_FORM.fullmatch(n))] if row["type"].strip() == "government" else []
        new = [f"governor of {p}" for p in dict.fromkeys(places) if p not in names]
        out.append({**row, "aliases": "|".join(a for a in [row["aliases"], *new] if a)} if new else row)
    return out


def _state_forms(templates: list[str], adjs: list[str], owners: list[str]) -> list[str]:
    """A rule's forms written out for one country: each ``{adj}`` form with each adjective, each ``{owner}``
    form with each owner."""
    return [t.replace("{adj}", a) for t in templates if "{owner}" not in t for a in adjs] \
        + [t.replace("{owner}", o) for t in templates if "{owner}" in t for o in owners]


def _capitalised(name: str) -> str:
    """The name with its words in small letters capitalised, but "of" ("US defence ministry" -> "US Defence
    Ministry")."""
    return re.sub(r"(?<![\w'’{])(?!of\b)[a-z]", lambda m: m.group(0).upper(), name)


def _folded(name: str) -> str:
    """The form a name is matched by (:func:`kit.phrases.normalise_form`: straight quotes, single spaces, lowercase)."""
    return phrase_forms(name)[1]


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
    entries = []
    for row in gazetteer_rows(stamp):  # the rows load_gazetteer shows, without making its table
        value = (row["name"].strip(), row["type"].strip())
        for alias in _aliases(row):
            sensitive = row["case_sensitive"]
            if sensitive is None:
                # default: one-word names match only as capitalised ("Independent", "Post");
                # names of several words match in any case ("russian general staff").
                sensitive = len(alias.split()) == 1
            entries.append((alias, value, bool(sensitive)))
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


@functools.lru_cache(maxsize=4)
def _country_words_for(stamp: tuple) -> dict:
    out: dict = {}
    for row in gazetteer_rows(stamp):
        if row["type"].strip() == "government" and _GOVERNMENT_OF.fullmatch(row["name"].strip()):
            for name in _aliases(row):
                if (m := _GOVERNMENT_OF.fullmatch(name)) and row["country"].strip():
                    out.setdefault(m.group(1), row["country"].strip())
    return out


def is_country_government(name: str) -> bool:
    """Is ``name`` a gazetteer row of a country's government, named by its word ("Russian government", "US
    government"), not a state's or region's ("Florida state government") or a seat ("Kremlin")?

    >>> is_country_government("Russian government"), is_country_government("Florida state government")
    (True, False)
    """
    return bool(_GOVERNMENT_OF.fullmatch(name.strip()))


def country_words_of(gazetteer=None) -> dict:
    """Each word the gazetteer names a country's government with ("Russian" of "Russian government", "US" of
    "US government", "American" of "American government"), with that country: the same words the state-body
    rules use for ``{adj}``.

    >>> words = country_words_of()
    >>> words["Russian"], words["US"], words["American"]
    ('Russia', 'US', 'US')
    """
    return dict(_country_words_for(gazetteer_stamp(gazetteer)))
