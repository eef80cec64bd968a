"""Turn article records into the articles table: ids, dates, repaired text, skipped records, fixed columns.

Every loader in :mod:`kit.corpus` reads its source into :class:`ArticleItem` records and hands them to
:func:`finish_table`, so every table has the same columns and every problem is reported the same way::

    >>> item = ArticleItem({"text": "The council met.", "title": "Council", "published": "2024-04-02"},
    ...                    "a.txt", None, "council", True, "a.txt")
    >>> table = finish_table([item], "raise", label="a.txt")
    >>> table.article_id.item(), table.title.item(), int(table.n_words.item()), table.attrs["skipped"]
    ('council', 'Council', 3, [])
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections import Counter

import pandas as pd

from .cleaning import clean_document
from .errors import ArticleError, KitError, Problem
from .segment import count_words

__all__ = ["ARTICLE_COLUMNS", "TEXT_FIELDS", "METADATA_FIELDS", "COMPUTED_FIELDS", "KitWarning", "SkippedRecords",
           "ArticleItem", "warn_notes", "merge_metadata", "item_from_row", "table_from_dataframe",
           "repair_surrogates", "finish_table"]

ARTICLE_COLUMNS = ["article_id", "outlet", "author", "published", "title", "text", "boilerplate",
                   "n_words", "source_file", "url", "rights", "notes"]
#: Columns that always hold text ("" when empty).
TEXT_FIELDS = ["outlet", "author", "title", "url", "rights", "notes"]
#: Metadata a file, a manifest or a DataFrame may give (and that must be plain text).
METADATA_FIELDS = {"title", "author", "published", "outlet", "url", "rights", "notes", "article_id"}
#: Columns the loader computes itself (a value given for them is not metadata).
COMPUTED_FIELDS = {"file", "text", "boilerplate", "source_file", "n_words"}
_NOT_DATES = {"now", "today", "tomorrow", "yesterday"}
_SURROGATE = re.compile("[\ud800-\udfff]")


class KitWarning(UserWarning):
    """A problem the kit worked around (for example a file in another encoding)."""


class SkippedRecords(list):
    """The records in ``articles.attrs["skipped"]``: a list of dicts (file, line, field, problem, fix).

    pandas copies a table's ``attrs`` with every operation; this list is shared instead of copied
    (treat it as read-only), so a load that skipped 100,000 lines does not slow every later step.

    >>> import copy
    >>> records = SkippedRecords([{"file": "a.txt", "problem": "the file is empty"}])
    >>> copy.deepcopy(records) is records, records == [{"file": "a.txt", "problem": "the file is empty"}]
    (True, True)
    """

    def __deepcopy__(self, memo):
        return self



class ArticleItem:
    """One article on its way into the table: its record, where it came from, its id base."""

    __slots__ = ("record", "where", "line", "id_base", "id_exact", "suffix_from")

    def __init__(self, record: dict, where: str, line: int | None, id_base: str, id_exact: bool,
                 suffix_from: str | None):
        self.record, self.where, self.line = record, where, line  # where: a file name or "row 3"
        self.id_base, self.id_exact = id_base or "article", id_exact
        self.suffix_from = suffix_from  # a file name: a clashing id gets a suffix made from it



def warn_notes(notes, stacklevel: int = 4) -> None:
    """Show each note (a :class:`kit.errors.Problem`) as a :class:`KitWarning`.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_notes([Problem("read as cp1252", file="a.txt")])
    >>> str(caught[0].message)
    'a.txt: read as cp1252'
    """
    for note in notes:
        warnings.warn(str(note), KitWarning, stacklevel=stacklevel)



def merge_metadata(record: dict, given: dict, where: str, line: int | None = None) -> None:
    """Copy metadata into ``record``; an empty value keeps what the text says.

    >>> record = {"title": "From the text", "author": "Ann Lee"}
    >>> merge_metadata(record, {"title": "From the manifest", "author": "", "id": "x"}, "m.csv", 2)
    >>> record
    {'title': 'From the manifest', 'author': 'Ann Lee', 'article_id': 'x'}
    """
    for key, value in given.items():
        key = "article_id" if key == "id" else key
        if key in COMPUTED_FIELDS or value is None or (isinstance(value, float) and pd.isna(value)):
            continue
        if key in METADATA_FIELDS:
            if isinstance(value, (list, dict, tuple, set)):
                raise ArticleError(f"the {key} is a {type(value).__name__}, not plain text", file=where, line=line,
                                   field=key, fix=f"Write the {key} as one line of text, e.g. '{key}: ...'.")
            if str(value).strip() == "":
                continue
        record[key] = value



def item_from_row(row: dict, where: str, line: int | None = None) -> ArticleItem:
    """One row of a DataFrame or manifest (a ``text`` and metadata) -> an :class:`ArticleItem`.

    >>> item = item_from_row({"text": "The council met.", "title": "Council"}, "row 0")
    >>> item.record["text"], item.record["title"], item.id_base[:8]
    ('The council met.', 'Council', 'article-')
    """
    text = row.get("text")
    if not isinstance(text, str):
        raise ArticleError(f"the text is {type(text).__name__}, not a string", file=where, line=line, field="text",
                           fix="Put the article's text, as a string, in the 'text' column.")
    if not text.strip():
        raise ArticleError("the text is empty", file=where, line=line, field="text",
                           fix="Put the article's text in the 'text' column, or drop the row.")
    doc = clean_document(text, reflow=False)
    warn_notes((Problem(note, file=where, line=line, field="boilerplate",
                   fix="Check the 'boilerplate' column; if it holds article text, put that text back into "
                       "'text' yourself after loading.") for note in doc.notes), stacklevel=6)
    record = {"article_id": ""}
    for key, value in row.items():
        if key == "text":
            continue
        if key in METADATA_FIELDS and isinstance(value, (list, dict, tuple, set)):
            raise ArticleError(f"the {key} is a {type(value).__name__}, not plain text", file=where, line=line,
                               field=key,
                               fix=f"Put plain text in the '{key}' column.")
        record[key] = value
    record["text"] = doc.text
    given_bp = record.get("boilerplate")
    bp = "\n\n".join(doc.boilerplate)
    record["boilerplate"] = "\n\n".join(x for x in (given_bp if isinstance(given_bp, str) else "", bp) if x)
    if "published" in record and isinstance(record["published"], float) and pd.isna(record["published"]):
        record["published"] = None
    base = "article-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return ArticleItem(record, where, line, base, True, None)


def table_from_dataframe(frame: pd.DataFrame, errors: str) -> pd.DataFrame:
    """The articles table from a DataFrame with a ``text`` column (rows named ``row <label>`` in problems).

    >>> table_from_dataframe(pd.DataFrame({"text": ["The council met.", "The mayor spoke."]}), "raise").shape
    (2, 12)
    """
    columns = [str(c).strip() for c in frame.columns]
    doubled = sorted({c for c in columns if columns.count(c) > 1}) if len(set(columns)) < len(columns) else []
    if doubled:
        raise ArticleError(f"the DataFrame has more than one column named {doubled[0]!r}", field=doubled[0],
                           fix="Give every column its own name (df.columns = [...]) before loading.")
    if "text" not in columns:
        raise ArticleError("the DataFrame has no 'text' column", field="text",
                           fix="Rename the column that holds the article text to 'text'; the columns are: "
                               + ", ".join(columns) + ".")
    if frame.empty:
        raise ArticleError("the DataFrame has no rows", field="text", fix="Add at least one row with article text.")
    items, problems = [], []
    values = frame.to_numpy(dtype=object, copy=False)
    labels = frame.index if frame.index.is_unique else range(len(frame))  # repeated labels: count from 0
    for idx, cells in zip(labels, values):
        try:
            items.append(item_from_row(dict(zip(columns, cells)), f"row {idx}"))
        except KitError as exc:
            problems.extend(exc.problems)
    return finish_table(items, errors, label="the DataFrame", problems=problems)


# --------------------------------------------------------------------------- ids, dates, the table


def _assign_ids(items: list[ArticleItem], problems: list[Problem]) -> list[ArticleItem]:
    """Give every item a unique id in one pass; returns the items kept (a repeated given id is a problem).

    A given id is kept. Otherwise a file's id is its name as a slug; when several files share a
    slug, the file whose name is exactly the slug keeps it and the others get a short suffix made
    from their own file name, so an id does not depend on the order of the files. Text given in a
    table gets ``article-`` and a digest of the text; identical texts get ``-2``, ``-3`` ... in order.
    """
    kept, first_use = [], {}
    for item in items:
        given = item.record.get("article_id")
        given = "" if given is None or (isinstance(given, float) and pd.isna(given)) else str(given).strip()
        item.record["article_id"] = given
        if given and given in first_use:
            problems.append(Problem(f"the id '{given}' is used twice (also by {first_use[given]})", file=item.where,
                                    line=item.line, field="article_id", fix="Give every article its own article_id."))
            continue
        if given:
            first_use[given] = f"{item.where}:{item.line}" if item.line else item.where
        kept.append(item)
    taken = set(first_use)
    need = [it for it in kept if not it.record["article_id"]]
    counts = Counter(it.id_base for it in need)
    for it in need:  # the plain id, where nothing else claims it
        if it.id_base not in taken and (counts[it.id_base] == 1 or it.id_exact):
            it.record["article_id"] = it.id_base
            taken.add(it.id_base)
    next_n: dict[str, int] = {}
    for it in need:
        if it.record["article_id"]:
            continue
        if it.suffix_from is None:
            n = next_n.get(it.id_base, 2)
            while f"{it.id_base}-{n}" in taken:
                n += 1
            candidate = f"{it.id_base}-{n}"
            next_n[it.id_base] = n + 1
        else:
            digest = hashlib.sha1(it.suffix_from.encode("utf-8", "surrogatepass")).hexdigest()[:6]
            stem = candidate = f"{it.id_base}-{digest}"
            n = 2
            while candidate in taken:
                candidate = f"{stem}-{n}"
                n += 1
        it.record["article_id"] = candidate
        taken.add(candidate)
    return kept


def _parse_date(value, where: str, problems: list[Problem], line: int | None = None):
    if value is None or isinstance(value, pd.Timestamp) and pd.isna(value):
        return pd.NaT
    if not isinstance(value, pd.Timestamp):
        try:
            if pd.isna(value):
                return pd.NaT
        except (TypeError, ValueError):
            pass
    text = str(value).strip()
    if not text:
        return pd.NaT
    fix = "Write dates as YYYY-MM-DD, for example 2017-11-16, or leave the field empty."
    if text.lower() in _NOT_DATES:
        problems.append(Problem(f"'{text}' is not a date: it would change every day", file=where, line=line,
                                field="published", fix=fix))
        return pd.NaT
    try:
        stamp = value if isinstance(value, pd.Timestamp) else pd.Timestamp(text)
    except (ValueError, TypeError, OverflowError):
        shown = text if len(text) <= 60 else text[:57] + "..."
        problems.append(Problem(f"the date '{shown}' could not be understood", file=where, line=line,
                                field="published", fix=fix))
        return pd.NaT
    if pd.isna(stamp):
        return pd.NaT
    return stamp


def _check_time_zones(items: list[ArticleItem], problems: list[Problem]) -> list[ArticleItem]:
    """Dates with and without a time zone cannot share a column: the smaller group is reported."""
    aware = [it for it in items if isinstance(it.record["published"], pd.Timestamp)
             and pd.notna(it.record["published"]) and it.record["published"].tzinfo is not None]
    naive = [it for it in items if isinstance(it.record["published"], pd.Timestamp)
             and pd.notna(it.record["published"]) and it.record["published"].tzinfo is None]
    if not aware or not naive:
        return items
    odd = aware if len(aware) <= len(naive) else naive
    other = "without" if odd is aware else "with"
    for it in odd:
        problems.append(Problem(f"the date '{it.record['published']}' {'has a' if odd is aware else 'has no'} time zone, "
                                f"but {len(items) - len(odd)} other date(s) are written {other} one",
                                file=it.where, line=it.line, field="published",
                                fix="Write every date the same way: all as YYYY-MM-DD (no time), or all with a "
                                    "time zone such as 2017-11-16T10:00+02:00."))
    dropped = set(map(id, odd))
    return [it for it in items if id(it) not in dropped]


def repair_surrogates(value: str) -> str:
    """Text that can be saved and shown: every lone surrogate (an undecodable byte of a file name,
    a ``"\\ud800"`` escape in JSON) becomes the replacement character U+FFFD, one for one, so no offset moves.

    >>> repair_surrogates("a\\ud800b"), repair_surrogates("café")
    ('a�b', 'café')
    """
    return value if value.isascii() else _SURROGATE.sub("\ufffd", value)


def _repair_record(item: ArticleItem) -> list[Problem]:
    """Repair every text value (and column name) of ``item`` in place; a warning note per field repaired."""
    notes, record = [], {}
    for key, value in item.record.items():
        name = repair_surrogates(key) if isinstance(key, str) else key
        if isinstance(value, str):
            fixed = repair_surrogates(value)
            if fixed is not value and fixed != value:
                notes.append(Problem("the text holds characters that cannot be saved (lone surrogates, for example "
                                     "from bytes that are not UTF-8); each was replaced by �", file=item.where,
                                     line=item.line, field=name,
                                     fix="Check the text for � and save the source as UTF-8 to silence this."))
            value = fixed
        record[name] = value
    item.record = record
    item.where = repair_surrogates(str(item.where))
    return notes


def _repair_problem(p: Problem) -> Problem:
    for attr in ("message", "file", "field", "fix"):
        value = getattr(p, attr)
        if isinstance(value, str):
            setattr(p, attr, repair_surrogates(value))
    return p


def finish_table(items: list[ArticleItem], errors: str, label: str, problems=(), passed=()) -> pd.DataFrame:
    """Ids, dates and checks, then the table; raise or skip as ``errors`` says.

    >>> items = [ArticleItem({"text": "One.", "published": "2024-13-45"}, "a.txt", None, "a", True, "a.txt"),
    ...          ArticleItem({"text": "Two."}, "b.txt", None, "b", True, "b.txt")]
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     table = finish_table(items, "skip", label="folder")
    >>> table.article_id.tolist(), [s["field"] for s in table.attrs["skipped"]]
    (['b'], ['published'])
    """
    label = repair_surrogates(str(label))
    repaired = [note for it in items for note in _repair_record(it)]
    warn_notes(repaired, stacklevel=5)
    problems = list(problems)
    items = _assign_ids(items, problems)
    good = []
    for it in items:
        found: list[Problem] = []
        it.record["published"] = _parse_date(it.record.get("published"), it.where, found, it.line)
        if found:
            problems.extend(found)
        else:
            good.append(it)
    good = _check_time_zones(good, problems)
    problems = [_repair_problem(p) for p in problems]
    passed = [_repair_problem(p) for p in passed]
    problems.sort(key=lambda p: (str(p.file), p.line or 0))
    if problems and errors == "raise":
        if len(problems) == 1:
            raise ArticleError(problems=problems)
        raise ArticleError(f"{len(problems)} problems found while loading {label}", problems=problems)
    if not good:
        raise ArticleError(f"no article could be loaded from {label}", problems=problems or None,
                           file=label, fix="Fix the problems listed above.")
    df = _build_table([it.record for it in good])
    skipped = list(passed) + problems
    if passed:
        warnings.warn(f"{label}: {len(passed)} item(s) passed over, not read as articles:\n"
                      + _listing(passed), KitWarning, stacklevel=4)
    if problems:
        noun = "row(s)" if label == "the DataFrame" else "file(s)"
        warnings.warn(f"{len({(p.file, p.line) for p in problems})} {noun} skipped while loading {label}:\n"
                      + _listing(problems), KitWarning, stacklevel=4)
    # plain records, not a DataFrame: pandas compares .attrs when tables are combined
    df.attrs["skipped"] = SkippedRecords(p.as_dict() for p in skipped)
    return df


def _listing(problems: list[Problem], limit: int = 20) -> str:
    """Problems as a bulleted list, the first ``limit`` of them (all of them are in ``attrs["skipped"]``)."""
    lines = [f"- {p}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"- ... and {len(problems) - limit} more: see articles.attrs['skipped']")
    return "\n".join(lines)


def _build_table(records: list[dict]) -> pd.DataFrame:
    """Records -> the articles table with the fixed column order (extra columns after)."""
    df = pd.DataFrame.from_records(records)
    for col in TEXT_FIELDS + ["boilerplate", "source_file"]:
        if col not in df.columns:
            df[col] = ""
        df[col] = df[col].fillna("").astype(str)
    df["article_id"] = df["article_id"].astype(str)
    df["n_words"] = [count_words(t) for t in df["text"]]
    stamps = list(df["published"])
    zones = {s.tzinfo for s in stamps if isinstance(s, pd.Timestamp) and pd.notna(s) and s.tzinfo is not None}
    df["published"] = pd.to_datetime(pd.Series(stamps, dtype=object, index=df.index), utc=len(zones) > 1)
    extras = [c for c in df.columns if c not in ARTICLE_COLUMNS]
    return df[ARTICLE_COLUMNS + extras].reset_index(drop=True)

