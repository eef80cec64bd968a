"""Load articles into a tidy DataFrame, and split them into paragraphs and sentences.

    >>> import kit
    >>> articles = kit.load_articles()
    >>> articles[["article_id", "outlet"]].head(2)
                    article_id      outlet
    0  russia-charges-pentagon
    1   russian-general-accuses  Anti-Media
    >>> sents = kit.sentences(articles)
    >>> row = sents.iloc[0]
    >>> articles.set_index("article_id").text[row.article_id][row.start:row.end] == row.text
    True
"""

from __future__ import annotations

import hashlib
import json
import re
import warnings
from pathlib import Path

import pandas as pd

from .cleaning import clean_document
from .datafiles import data_dir, data_folders, data_path
from .errors import ArticleError, KitError, Problem
from .segment import count_words, paragraph_spans, sentence_bounds

__all__ = ["load_articles", "paragraphs", "sentences", "raw_text", "outlet_labels", "check_articles", "find_article",
           "KitWarning", "ARTICLE_COLUMNS", "UNKNOWN_OUTLET"]

ARTICLE_COLUMNS = ["article_id", "outlet", "author", "published", "title", "text", "boilerplate",
                   "n_words", "source_file", "url", "rights", "notes"]
_TEXT_FIELDS = ["outlet", "author", "title", "url", "rights", "notes"]
_ARTICLE_SUFFIXES = {".txt", ".md", ".markdown"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_SLUG = re.compile(r"[^a-z0-9]+")

#: How tables and plots show an article whose text names no outlet (never dropped, never guessed).
UNKNOWN_OUTLET = "(no outlet named)"


class KitWarning(UserWarning):
    """A problem the kit worked around (for example a file in another encoding)."""


# --------------------------------------------------------------------------- public API

def load_articles(source=None, *, errors: str = "raise", encoding: str | None = None) -> pd.DataFrame:
    """Load articles into a DataFrame with one row per article.

    ``source`` can be:

    - nothing: the five bundled articles (``data/manifest.csv``);
    - a folder of ``.txt`` / ``.md`` files (each may start with YAML front matter
      giving ``title``, ``outlet``, ``author``, ``published``, ``url``, ``rights``, ``notes``);
    - a CSV or JSON manifest with a ``file`` column (paths relative to the manifest)
      or a ``text`` column, plus any metadata columns;
    - one ``.txt`` / ``.md`` file;
    - a pandas DataFrame with at least a ``text`` column.

    ``errors="skip"`` loads the good files and reports every skipped one in a warning
    and in ``articles.attrs["skipped"]``: a list of records (file, line, field, problem, fix);
    ``pd.DataFrame(articles.attrs["skipped"])`` shows it as a table.
    ``encoding`` forces the text encoding of files (default: UTF-8, with a warning and a
    Windows-1252 fallback).

    >>> arts = load_articles()
    >>> list(arts.columns[:6])
    ['article_id', 'outlet', 'author', 'published', 'title', 'text']
    >>> arts.loc[arts.article_id == "us-rescue-of-isis-in-raqqa", "author"].item()
    'Bill Van Auken'
    """
    if errors not in ("raise", "skip"):
        raise KitError(f"errors={errors!r} is not an option", field="errors",
                       fix='Use errors="raise" (stop at the first bad file) or errors="skip".')
    if source is None:
        return _from_manifest(data_path("manifest.csv"), errors, encoding)
    if isinstance(source, pd.DataFrame):
        return _from_dataframe(source)
    if isinstance(source, (str, Path)):
        path = Path(source).expanduser()
        if not path.exists():
            raise ArticleError("no such file or folder", file=str(path),
                               fix="Check the spelling of the path, or call kit.load_articles() for the bundled articles.")
        if path.is_dir():
            return _from_folder(path, errors, encoding)
        if path.suffix.lower() in (".csv", ".json"):
            return _from_manifest(path, errors, encoding)
        if path.suffix.lower() in _ARTICLE_SUFFIXES:
            return _finish([_read_article_file(path, encoding)], label=str(path))
        raise ArticleError(f"cannot read a '{path.suffix}' file as articles", file=str(path),
                           fix="Give a .txt or .md article, a folder of them, or a .csv/.json manifest.")
    raise KitError(f"cannot load articles from a {type(source).__name__}", field="source",
                   fix="Pass a folder path, a manifest path, a pandas DataFrame with a 'text' column, or nothing.")


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph: ``article_id, paragraph_id, start, end, text``.

    ``articles.text[start:end] == text`` for every row.

    >>> paras = paragraphs(load_articles())
    >>> int((paras.article_id == "us-rescue-of-isis-in-raqqa").sum())
    17
    """
    check_articles(articles, "paragraphs")
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        for pid, (s, e) in enumerate(paragraph_spans(text)):
            rows.append((article_id, pid, s, e, text[s:e]))
    return pd.DataFrame(rows, columns=["article_id", "paragraph_id", "start", "end", "text"])


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: ``article_id, sentence_id, paragraph_id, start, end, text``.

    Sentences never cross paragraphs; "U.S.", "Gen.", initials, numbers and quotations
    do not end a sentence. ``articles.text[start:end] == text`` for every row.

    >>> s = sentences(load_articles())
    >>> s.loc[s.text.str.startswith("Col. Gen. Sergei Rudskoi"), "text"].item()[:40]
    'Col. Gen. Sergei Rudskoi of the Russian '
    """
    check_articles(articles, "sentences")
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        for sid, (pid, s, e) in enumerate(sentence_bounds(text)):
            rows.append((article_id, sid, pid, s, e, text[s:e]))
    return pd.DataFrame(rows, columns=["article_id", "sentence_id", "paragraph_id", "start", "end", "text"])


def outlet_labels(outlets) -> pd.Series:
    """Outlet names for grouping and plotting: an empty outlet becomes ``UNKNOWN_OUTLET``.

    >>> list(outlet_labels(pd.Series(["WSWS", "", None])))
    ['WSWS', '(no outlet named)', '(no outlet named)']
    """
    labels = pd.Series(outlets, dtype="object").fillna("").astype(str).str.strip()
    return labels.where(labels != "", UNKNOWN_OUTLET)


def raw_text(article) -> str:
    """The article's file exactly as it is on disk (for comparing raw and clean text).

    ``article`` is a row of the articles DataFrame or an id from the bundled corpus.

    >>> raw_text("russia-charges-pentagon").splitlines()[0]
    ' Russia charges Pentagon with training ex-'
    """
    if isinstance(article, str):
        article = find_article(article)
    path = article.get("source_file", "") if hasattr(article, "get") else ""
    if not path:
        raise KitError("this article was not loaded from a file, so there is no raw file to show",
                       field="source_file", fix="Look at the 'text' column instead.")
    full = Path(path)
    if not full.is_absolute():
        full = next((f.parent / path for f in data_folders() if (f.parent / path).exists()), data_dir().parent / path)
    return _decode(full.read_bytes(), full, None)[0]


# --------------------------------------------------------------------------- reading files

def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(data_dir().parent))
    except ValueError:
        return str(path)


def _decode(data: bytes, path: Path, encoding: str | None) -> tuple[str, list[str]]:
    """Bytes -> text, with clear errors for empty and binary files; returns (text, warnings)."""
    name = _display_path(path)
    notes: list[str] = []
    if not data.strip():
        raise ArticleError("the file is empty", file=name, field="text",
                           fix="Paste the article's text into the file and save it, or remove the file.")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") and not encoding:
        raise ArticleError("the file is saved as UTF-16, which the kit does not read", file=name, field="encoding",
                           fix="Save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8).")
    if b"\x00" in data[:8192] or data[:5] == b"%PDF-" or data[:2] == b"PK":
        raise ArticleError("this looks like a binary file (for example a PDF, Word or image file), not plain text",
                           file=name, field="text",
                           fix="Open it, copy the article's text into a plain .txt file (UTF-8) and load that instead.")
    if encoding:
        try:
            return data.decode(encoding), notes
        except (UnicodeDecodeError, LookupError) as exc:
            raise ArticleError(f"could not read the file as {encoding!r} ({exc})", file=name, field="encoding",
                               fix="Save the file as UTF-8, or pass the right encoding, e.g. encoding='cp1252'.") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        notes.append(str(Problem("the file starts with a byte-order mark (BOM); it was removed", file=name,
                                 field="encoding",
                                 fix="To avoid this message, save the file as 'UTF-8' rather than 'UTF-8 with BOM'.")))
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        enc = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        enc = "latin-1"
    notes.append(str(Problem(f"the file is not UTF-8; it was read as {enc} (Windows/Western European)", file=name,
                             field="encoding",
                             fix=f"Check its quotes and accents. To silence this, save it as UTF-8 or pass encoding='{enc}'.")))
    return text, notes


def _front_matter(text: str, name: str) -> tuple[dict, str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        if text.startswith("---\n") and re.search(r"^\w+\s*:", text[4:200], re.M):
            raise ArticleError("the front matter starts with '---' but is never closed", file=name, field="front matter",
                               fix="Add a line with just '---' after the last metadata line.")
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        raise ArticleError(f"the front matter is not valid YAML ({getattr(exc, 'problem', exc)})", file=name,
                           line=line, field="front matter",
                           fix="Write one 'key: value' per line, e.g. 'title: My article'; put values with a colon in quotes.") from None
    if not isinstance(meta, dict):
        raise ArticleError("the front matter must be a list of 'key: value' lines", file=name, field="front matter",
                           fix="Write one 'key: value' per line between the two '---' lines.")
    meta = {str(k).strip().lower(): v for k, v in meta.items()}
    return meta, text[m.end():]


def _read_article_file(path: Path, encoding: str | None, meta: dict | None = None) -> dict:
    name = _display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"could not open the file ({exc.strerror})", file=name,
                           fix="Check that the file exists and that you may read it.") from None
    text, notes = _decode(data, path, encoding)
    for note in notes:
        warnings.warn(note, KitWarning, stacklevel=4)
    front, body = _front_matter(text, name)
    if not body.strip():
        raise ArticleError("the file has metadata but no article text", file=name, field="text",
                           fix="Paste the article's text below the front matter.")
    doc = clean_document(body)
    if not doc.paragraphs:
        raise ArticleError("no article text was left after removing bylines and footers", file=name, field="text",
                           fix="Check that the file holds the article itself, not only its header or footer.")
    record = {
        "article_id": "", "title": doc.title, "author": doc.author, "published": doc.published,
        "outlet": "", "url": "", "rights": "", "notes": "",
        "text": doc.text, "boilerplate": "\n\n".join(doc.boilerplate), "source_file": name,
    }
    for given in (front, meta or {}):
        for key, value in given.items():
            if key in ("id",):
                key = "article_id"
            if key in ("file", "text", "boilerplate", "source_file", "n_words"):
                continue
            if value is None or (isinstance(value, float) and pd.isna(value)):
                continue
            if key in ("title", "author", "published", "outlet", "url", "rights", "notes", "article_id") \
                    and str(value).strip() == "":
                continue  # an empty manifest cell keeps what the text says
            record[key] = value
    record["_file"] = name
    problems: list[Problem] = []
    record["published"] = _parse_date(record.get("published"), name, problems)
    if problems:
        raise ArticleError(problems=problems)
    return record


def _from_folder(folder: Path, errors: str, encoding: str | None) -> pd.DataFrame:
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "_")))
    articles = [p for p in files if p.suffix.lower() in _ARTICLE_SUFFIXES and p.name.lower() != "readme.md"]
    others = [p for p in files if p not in articles and p.name.lower() != "readme.md"]
    if others:
        warnings.warn(
            f"{_display_path(folder)}: {len(others)} file(s) not loaded because only .txt and .md files are read: "
            + ", ".join(p.name for p in others) + ". Save articles as .txt to include them.", KitWarning, stacklevel=3)
    if not articles:
        raise ArticleError("the folder holds no articles (.txt or .md files)", file=_display_path(folder),
                           fix="Put each article in its own .txt file in this folder, or pass the path of a manifest.")
    return _collect([(p, None) for p in articles], errors, encoding, label=_display_path(folder))


def _from_manifest(path: Path, errors: str, encoding: str | None) -> pd.DataFrame:
    name = _display_path(path)
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            if isinstance(data, dict):
                data = data.get("articles", data)
            if not isinstance(data, list):
                raise ArticleError("the JSON manifest must be a list of articles", file=name,
                                   fix='Write [{"file": "a.txt", "title": "..."}, ...] or {"articles": [...]}.')
            table = pd.DataFrame(data)
            first_line = 1
        else:
            table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            first_line = 2
    except (json.JSONDecodeError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise ArticleError(f"the manifest could not be read ({exc})", file=name,
                           fix="Check that it is valid CSV (one header line, commas between fields) or JSON, saved as UTF-8.") from None
    table.columns = [str(c).strip().lower() for c in table.columns]
    if "file" not in table.columns and "text" not in table.columns:
        raise ArticleError("the manifest has neither a 'file' nor a 'text' column", file=name, field="file",
                           fix="Add a 'file' column with each article's file name (relative to the manifest).")
    if "text" in table.columns and "file" not in table.columns:
        return _from_dataframe(table)
    items = []
    problems = []
    for i, row in table.iterrows():
        line = i + first_line
        meta = {k: v for k, v in row.items() if k != "file"}
        file = str(row["file"]).strip() if row.get("file") is not None else ""
        if not file:
            problems.append(Problem("this row has no file name", file=name, line=line, field="file",
                                    fix="Write the article's file name in the 'file' column, or delete the row."))
            continue
        items.append((path.parent / file, meta | {"_line": line}))
    return _collect(items, errors, encoding, label=name, extra_problems=problems, manifest=name)


def _collect(items, errors, encoding, label, extra_problems=(), manifest=None) -> pd.DataFrame:
    records, problems = [], list(extra_problems)
    for path, meta in items:
        meta = dict(meta or {})
        line = meta.pop("_line", None)
        try:
            if manifest and not path.exists():
                raise ArticleError("the file named in the manifest does not exist", file=manifest, line=line,
                                   field="file", fix=f"Check the file name '{path.name}' and that it sits beside the manifest.")
            records.append(_read_article_file(path, encoding, meta))
        except KitError as exc:
            problems.extend(exc.problems)
    problems.sort(key=lambda p: (str(p.file), p.line or 0))
    if problems and errors == "raise":
        if len(problems) == 1:
            raise ArticleError(problems=problems)
        raise ArticleError(f"{len(problems)} problems found while loading {label}", problems=problems)
    if not records:
        raise ArticleError(f"no article could be loaded from {label}", problems=problems or None,
                           file=label, fix="Fix the problems listed above.")
    df = _finish(records, label=label)
    if problems:
        warnings.warn(f"{len(problems)} file(s) skipped while loading {label}:\n"
                      + "\n".join(f"- {p}" for p in problems), KitWarning, stacklevel=3)
    if errors == "skip":
        # plain records, not a DataFrame: pandas compares .attrs when tables are combined
        df.attrs["skipped"] = [p.as_dict() for p in problems]
    return df


def _slug(text: str) -> str:
    return _SLUG.sub("-", str(text).lower()).strip("-")[:60].strip("-")


def _finish(records: list[dict], label: str) -> pd.DataFrame:
    """Fill ids and metadata, parse dates, check for duplicates; fixed column order."""
    problems = []
    seen: dict[str, str] = {}
    for rec in records:
        given = str(rec.get("article_id") or "").strip()
        where = rec.get("_file", label)
        if given:
            if given in seen:
                problems.append(Problem(f"the id '{given}' is used twice (also by {seen[given]})", file=where,
                                        field="article_id", fix="Give every article its own article_id."))
            rec["article_id"] = given
        else:
            base = _slug(Path(rec.get("source_file", "")).stem) or "article"
            candidate = base
            if candidate in seen:
                candidate = f"{base}-{hashlib.sha1(rec['text'].encode()).hexdigest()[:6]}"
            rec["article_id"] = candidate
        seen[rec["article_id"]] = where
        rec["published"] = _parse_date(rec.get("published"), where, problems)
    if problems:
        raise ArticleError(problems=problems) if len(problems) == 1 else \
            ArticleError(f"{len(problems)} problems found while loading {label}", problems=problems)
    df = pd.DataFrame(records)
    df = df.drop(columns=[c for c in df.columns if c.startswith("_")])
    return _order(df)


def _parse_date(value, where, problems):
    if value is None or (not isinstance(value, pd.Timestamp) and pd.isna(value)) or str(value).strip() == "":
        return pd.NaT
    try:
        return pd.Timestamp(str(value).strip()) if not isinstance(value, pd.Timestamp) else value
    except (ValueError, TypeError):
        problems.append(Problem(f"the date '{value}' could not be understood", file=where, field="published",
                                fix="Write dates as YYYY-MM-DD, for example 2017-11-16, or leave the field empty."))
        return pd.NaT


def _order(df: pd.DataFrame) -> pd.DataFrame:
    for col in _TEXT_FIELDS + ["boilerplate", "source_file"]:
        if col not in df.columns:
            df[col] = ""
        df[col] = df[col].fillna("").astype(str)
    df["n_words"] = [count_words(t) for t in df["text"]]
    df["published"] = pd.to_datetime(df["published"])
    extras = [c for c in df.columns if c not in ARTICLE_COLUMNS]
    return df[ARTICLE_COLUMNS + extras].reset_index(drop=True)


# --------------------------------------------------------------------------- DataFrames

def _from_dataframe(frame: pd.DataFrame) -> pd.DataFrame:
    if "text" not in frame.columns:
        raise ArticleError("the DataFrame has no 'text' column", field="text",
                           fix="Rename the column that holds the article text to 'text'; the columns are: "
                               + ", ".join(map(str, frame.columns)) + ".")
    problems = []
    records = []
    for i, (idx, row) in enumerate(frame.iterrows()):
        text = row["text"]
        where = f"row {idx}"
        if not isinstance(text, str):
            problems.append(Problem(f"the text is {type(text).__name__}, not a string", file=where, field="text",
                                    fix="Put the article's text, as a string, in the 'text' column."))
            continue
        if not text.strip():
            problems.append(Problem("the text is empty", file=where, field="text",
                                    fix="Put the article's text in the 'text' column, or drop the row."))
            continue
        doc = clean_document(text, reflow=False)
        rec = {k: v for k, v in row.items()}
        rec["text"] = doc.text
        given_bp = rec.get("boilerplate")
        bp = "\n\n".join(doc.boilerplate)
        rec["boilerplate"] = "\n\n".join(x for x in (given_bp if isinstance(given_bp, str) else "", bp) if x)
        if not str(rec.get("article_id", "") or "").strip() or (isinstance(rec.get("article_id"), float)
                                                               and pd.isna(rec.get("article_id"))):
            digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
            rec["article_id"] = f"article-{digest}"
            # identical texts get -2, -3 ... in order of appearance (stable)
            n = sum(1 for r in records if str(r["article_id"]).startswith(rec["article_id"]))
            if n:
                rec["article_id"] += f"-{n + 1}"
        rec["_file"] = where
        for key in ("published",):
            if key in rec and isinstance(rec[key], float) and pd.isna(rec[key]):
                rec[key] = None
        records.append(rec)
        del i
    if problems:
        raise ArticleError(problems=problems) if len(problems) == 1 else \
            ArticleError(f"{len(problems)} problems found in the DataFrame", problems=problems)
    if not records:
        raise ArticleError("the DataFrame has no rows", field="text", fix="Add at least one row with article text.")
    for rec in records:
        rec["article_id"] = str(rec["article_id"])
    return _finish(records, label="the DataFrame")


def check_articles(articles, function: str = "this function") -> None:
    """Raise a clear KitError unless ``articles`` is a table with ``article_id`` and ``text``.

    Every analysis calls this first, so the message is the same everywhere.

    >>> check_articles(pd.DataFrame({"article_id": ["a"], "body": ["..."]}), "sentences")
    Traceback (most recent call last):
    ...
    kit.errors.KitError: field 'text': sentences() needs the column 'text', which this table does not have
      How to fix: Pass the table from kit.load_articles(), or load your own with kit.load_articles(your_dataframe).
    """
    if not isinstance(articles, pd.DataFrame):
        raise KitError(f"{function}() needs the articles table, not a {type(articles).__name__}", field="articles",
                       fix="Load the articles first: articles = kit.load_articles()")
    missing = [c for c in ("article_id", "text") if c not in articles.columns]
    if missing:
        raise KitError(f"{function}() needs the column {missing[0]!r}, which this table does not have",
                       field=missing[0],
                       fix="Pass the table from kit.load_articles(), or load your own with kit.load_articles(your_dataframe).")
    if not articles["article_id"].is_unique:
        dup = articles.loc[articles["article_id"].duplicated(), "article_id"].iloc[0]
        raise KitError(f"the article_id {dup!r} appears more than once", field="article_id",
                       fix="Give every article its own article_id.")


def find_article(article_id: str, articles: pd.DataFrame | None = None) -> pd.Series:
    """One article (a row) by its id; ``articles`` defaults to the bundled corpus.

    >>> find_article("us-rescue-of-isis-in-raqqa").author
    'Bill Van Auken'
    """
    if articles is None:
        articles = load_articles()
    match = articles[articles["article_id"] == article_id]
    if match.empty:
        raise KitError(f"there is no article with the id {article_id!r}", field="article_id",
                       fix="Use one of: " + ", ".join(map(str, articles["article_id"])) + ".")
    return match.iloc[0]
