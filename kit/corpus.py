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

import errno
import hashlib
import os
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from .articlefiles import (
    ARTICLE_SUFFIXES,
    MAX_FILE_BYTES,
    article_files,
    decode_bytes,
    read_manifest,
    read_regular_file,
    slug,
    split_front_matter,
)
from .cleaning import clean_document
from .datafiles import data_dir, data_folders, data_path
from .errors import ArticleError, KitError, Problem
from .segment import count_words, paragraph_spans, sentence_bounds

__all__ = ["load_articles", "article", "paragraphs", "sentences", "raw_text", "outlet_labels", "check_articles", "find_article",
           "KitWarning", "ARTICLE_COLUMNS", "UNKNOWN_OUTLET", "ARTICLE_SUFFIXES", "MAX_FILE_BYTES"]

ARTICLE_COLUMNS = ["article_id", "outlet", "author", "published", "title", "text", "boilerplate",
                   "n_words", "source_file", "url", "rights", "notes"]
_TEXT_FIELDS = ["outlet", "author", "title", "url", "rights", "notes"]
_METADATA = {"title", "author", "published", "outlet", "url", "rights", "notes", "article_id"}
_COMPUTED = {"file", "text", "boilerplate", "source_file", "n_words"}
_NOT_DATES = {"now", "today", "tomorrow", "yesterday"}

#: How tables and plots show an article whose text names no outlet (never dropped, never guessed).
UNKNOWN_OUTLET = "(no outlet named)"


class KitWarning(UserWarning):
    """A problem the kit worked around (for example a file in another encoding)."""


class _Item:
    """One article on its way into the table: its record, where it came from, its id base."""

    __slots__ = ("record", "where", "line", "id_base", "id_exact", "suffix_from")

    def __init__(self, record: dict, where: str, line: int | None, id_base: str, id_exact: bool,
                 suffix_from: str | None):
        self.record, self.where, self.line = record, where, line  # where: a file name or "row 3"
        self.id_base, self.id_exact = id_base or "article", id_exact
        self.suffix_from = suffix_from  # a file name: a clashing id gets a suffix made from it


# --------------------------------------------------------------------------- public API

def load_articles(source=None, *, errors: str = "raise", encoding: str | None = None) -> pd.DataFrame:
    """Load articles into a DataFrame with one row per article.

    ``source`` can be:

    - nothing: the five bundled articles (``data/manifest.csv``);
    - a folder of ``.txt`` / ``.md`` / ``.markdown`` files (each may start with YAML front
      matter giving ``title``, ``outlet``, ``author``, ``published``, ``url``, ``rights``,
      ``notes``); hidden files, names starting with ``_``, README files, subfolders and other
      file types are passed over and listed in a warning and in ``articles.attrs["skipped"]``;
    - a CSV or JSON manifest with a ``file`` column (paths relative to the manifest)
      or a ``text`` column, plus any metadata columns;
    - one ``.txt`` / ``.md`` file;
    - a web address (``"https://..."``), a list of addresses or files, or a saved web page
      (``.html`` / ``.htm``); folders and manifests may mix them, and a manifest row with a
      ``url`` but no ``file`` is fetched (see :mod:`kit.web`: pages are kept in ``web-cache/``);
    - a pandas DataFrame with at least a ``text`` column.

    ``errors="skip"`` loads the good articles and reports every skipped one in a warning;
    ``articles.attrs["skipped"]`` lists everything given but not loaded as records
    (file, line, field, problem, fix): ``pd.DataFrame(articles.attrs["skipped"])`` shows it.
    ``encoding`` forces the text encoding of files (default: UTF-8, with a warning and a
    Windows-1252 fallback). Files larger than ``MAX_FILE_BYTES`` are refused.

    >>> arts = load_articles()
    >>> list(arts.columns[:6])
    ['article_id', 'outlet', 'author', 'published', 'title', 'text']
    >>> arts.loc[arts.article_id == "us-rescue-of-isis-in-raqqa", "author"].item()
    'Bill Van Auken'
    >>> arts.attrs["skipped"]
    []
    """
    if errors not in ("raise", "skip"):
        raise KitError(f"errors={errors!r} is not an option", field="errors",
                       fix='Use errors="raise" (stop at the first bad file) or errors="skip".')
    if source is None:
        return _from_manifest(data_path("manifest.csv"), errors, encoding)
    if isinstance(source, pd.DataFrame):
        return _from_dataframe(source, errors)
    if _is_web_source(source):
        return _from_sources(source, errors, encoding)
    if isinstance(source, (str, Path)):
        return _from_path(Path(source).expanduser(), errors, encoding)
    raise KitError(f"cannot load articles from a {type(source).__name__}", field="source",
                   fix="Pass a folder path, a manifest path, a web address, a list of them, "
                       "a pandas DataFrame with a 'text' column, or nothing.")


def article(text: str, *, title: str = "", outlet: str = "", author: str = "", published=None, url: str = "",
            article_id: str = "", rights: str = "", notes: str = "") -> pd.DataFrame:
    """One article from text pasted into a notebook cell: the same one-row table every loader gives.

    The text is cleaned like a file (wrapped lines joined, bylines and footers moved to
    ``boilerplate``). Without ``title``, a short first line is taken as the title.

    >>> one = article("Council approves plan\\n\\nThe council voted on Tuesday.", outlet="Riverton Gazette",
    ...               published="2024-04-02")
    >>> one[["article_id", "title", "outlet", "text"]].iloc[0].tolist()
    ['council-approves-plan', 'Council approves plan', 'Riverton Gazette', 'The council voted on Tuesday.']
    >>> pd.concat([load_articles(), one], ignore_index=True).shape[0]
    6
    """
    if not isinstance(text, str) or not text.strip():
        raise ArticleError("kit.article() needs the article's text as a string" if not isinstance(text, str)
                           else "the pasted text is empty", field="text",
                           fix='Paste the text between triple quotes: kit.article("""...""", title="...").')
    doc = clean_document(text, find_title=not str(title).strip())
    if doc.paragraphs and " ".join(doc.paragraphs[0].split()).casefold() == " ".join(str(title).split()).casefold():
        doc.boilerplate.insert(0, doc.paragraphs.pop(0))  # the headline, pasted with the text
    if not doc.paragraphs:
        raise ArticleError("no article text was left after removing bylines and footers", field="text",
                           fix="Check that you pasted the article itself, not only its header or footer.")
    record = {"article_id": "", "title": doc.title, "author": doc.author, "published": doc.published,
              "outlet": "", "url": "", "rights": "", "notes": "", "text": doc.text,
              "boilerplate": "\n\n".join(doc.boilerplate), "source_file": ""}
    given = {"article_id": article_id, "title": title, "outlet": outlet, "author": author, "published": published,
             "url": url, "rights": rights, "notes": notes}
    _merge_metadata(record, {k: v for k, v in given.items() if v is not None}, "the pasted text")
    base = slug(title or doc.title) or f"pasted-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return _finish([_Item(record, "the pasted text", None, base, True, None)], "raise", label="the pasted text")


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
    return decode_bytes(read_regular_file(full, str(path)), str(path), None)[0]


# --------------------------------------------------------------------------- reading files

def _display_path(path: Path) -> str:
    """A path as messages and ``source_file`` show it: relative to the kit's folder when inside it."""
    try:
        return str(path.resolve().relative_to(data_dir().parent))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def _warn(notes, stacklevel: int = 4) -> None:
    for note in notes:
        warnings.warn(str(note), KitWarning, stacklevel=stacklevel)


def _from_path(path: Path, errors: str, encoding: str | None) -> pd.DataFrame:
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except OSError as exc:  # e.g. a link that points to itself
        raise ArticleError(f"the path cannot be opened ({exc.strerror or exc})", file=str(path),
                           fix="Check the path; if it is a link, point it at a real file or folder.") from None
    if not exists:
        if path.is_symlink():
            try:
                os.stat(path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise ArticleError("this is a link that points back to itself (a loop)", file=str(path),
                                       fix="Delete the link, or point it at a real file or folder.") from None
            raise ArticleError("this is a link to a file or folder that does not exist", file=str(path),
                               fix="Point the link at the real file, or pass the real path.")
        raise ArticleError("no such file or folder", file=str(path),
                           fix="Check the spelling of the path, or call kit.load_articles() for the bundled articles.")
    if is_dir:
        return _from_folder(path, errors, encoding)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".json"):
        return _from_manifest(path, errors, encoding)
    if suffix in ARTICLE_SUFFIXES:
        return _finish([_read_article_file(path, _display_path(path), encoding)], errors, label=str(path))
    raise ArticleError(f"cannot read a '{path.suffix}' file as articles", file=str(path),
                       fix="Give a .txt, .md or .html article, a folder of them, or a .csv/.json manifest.")


def _read_article_file(path: Path, name: str, encoding: str | None, meta: dict | None = None,
                       line: int | None = None, manifest: str | None = None) -> _Item:
    """Read, decode and clean one article file; ``meta`` (from line ``line`` of ``manifest``) overrides its
    front matter, and later problems (ids, dates) name that manifest line."""
    if path.suffix.lower() in (".html", ".htm"):
        return _read_saved_page(path, name, meta, line, manifest)
    text, notes = decode_bytes(read_regular_file(path, name), name, encoding)
    _warn(notes, stacklevel=5)
    front, body = split_front_matter(text, name)
    if not body.strip():
        raise ArticleError("the file has metadata but no article text", file=name, field="text",
                           fix="Paste the article's text below the front matter.")
    keep_footer = str(front.pop("footer", "")).strip().lower() in ("no", "none", "false", "keep")
    doc = clean_document(body, find_footer=not keep_footer)
    if not doc.paragraphs:
        raise ArticleError("no article text was left after removing bylines and footers", file=name, field="text",
                           fix="Check that the file holds the article itself, not only its header or footer.")
    _warn((Problem(note, file=name, field="boilerplate",
                   fix="Check the 'boilerplate' column. If it holds article text, add the line 'footer: no' "
                       "to the file's front matter to keep everything in the text.") for note in doc.notes),
          stacklevel=5)
    record = {
        "article_id": "", "title": doc.title, "author": doc.author, "published": doc.published,
        "outlet": "", "url": "", "rights": "", "notes": "",
        "text": doc.text, "boilerplate": "\n\n".join(doc.boilerplate), "source_file": name,
    }
    _merge_metadata(record, front, name)
    _merge_metadata(record, meta or {}, manifest or name, line)
    stem = path.stem
    base = slug(stem)
    return _Item(record, manifest or name, line, base, base == stem, path.name)


def _merge_metadata(record: dict, given: dict, where: str, line: int | None = None) -> None:
    """Copy metadata into ``record``; an empty value keeps what the text says."""
    for key, value in given.items():
        key = "article_id" if key == "id" else key
        if key in _COMPUTED or value is None or (isinstance(value, float) and pd.isna(value)):
            continue
        if key in _METADATA:
            if isinstance(value, (list, dict, tuple, set)):
                raise ArticleError(f"the {key} is a {type(value).__name__}, not plain text", file=where, line=line,
                                   field=key, fix=f"Write the {key} as one line of text, e.g. '{key}: ...'.")
            if str(value).strip() == "":
                continue
        record[key] = value


def _from_folder(folder: Path, errors: str, encoding: str | None) -> pd.DataFrame:
    shown = _display_path(folder)
    files, passed = article_files(folder, shown=shown)
    if not files:
        raise ArticleError("the folder holds no articles (.txt, .md, .markdown or .html files)", file=shown,
                           fix="Put each article in its own .txt file in this folder, or pass the path of a manifest."
                           + (f" Passed over: {', '.join(p.file.rsplit('/', 1)[-1] for p in passed[:10])}."
                              if passed else ""))
    items, problems = [], []
    for path in files:
        try:
            items.append(_read_article_file(path, f"{shown}/{path.name}", encoding))
        except KitError as exc:
            problems.extend(exc.problems)
    return _finish(items, errors, label=shown, problems=problems, passed=passed)


def _from_manifest(path: Path, errors: str, encoding: str | None) -> pd.DataFrame:
    name = _display_path(path)
    rows, problems = read_manifest(path, name)  # raises for a manifest that cannot be read at all
    items: list[_Item] = []
    inline = []
    for line, row in rows:
        try:
            file = row.get("file")
            text = row.get("text")
            address = _web_address(row)
            if address:
                items.append(_read_address(address, row, line, name))
            elif isinstance(file, str) and file.strip():
                target = path.parent / file.strip()
                shown = _display_path(target)
                try:
                    is_file = target.exists()
                except OSError:
                    is_file = False
                if not is_file:
                    raise ArticleError("the file named in the manifest does not exist", file=name, line=line,
                                       field="file",
                                       fix=f"Check the file name '{file.strip()}' and that it sits beside the manifest.")
                meta = {k: v for k, v in row.items() if k != "file"}
                items.append(_read_article_file(target, shown, encoding, meta, line=line, manifest=name))
            elif text is not None and not (isinstance(text, float) and pd.isna(text)) and str(text) != "":
                inline.append((line, row))
            else:
                raise ArticleError("this row has no file name" + (" and no text" if "text" in row else ""),
                                   file=name, line=line, field="file",
                                   fix="Write the article's file name in the 'file' column, or delete the row.")
        except KitError as exc:
            problems.extend(exc.problems)
    for line, row in inline:
        try:
            items.append(_item_from_row(row, name, line))
        except KitError as exc:
            problems.extend(exc.problems)
    return _finish(items, errors, label=name, problems=problems)


# --------------------------------------------------------------------------- web pages

def _is_web_source(source) -> bool:
    """A web address, or a list/tuple of addresses and files (saved pages, text files)."""
    from .web import is_url

    if isinstance(source, (list, tuple)):
        return bool(source) and all(isinstance(s, (str, Path)) for s in source)
    return is_url(source)


def _web_address(row: dict) -> str:
    """The address a manifest row asks to fetch: a ``file`` that is an address, or a ``url`` with no file/text."""
    from .web import is_url

    file, url, text = row.get("file"), row.get("url"), row.get("text")
    if is_url(file):
        return file.strip()
    if all(v is None or (isinstance(v, float) and pd.isna(v)) or str(v).strip() == "" for v in (file, text)) \
            and is_url(url):
        return url.strip()
    return ""


def _from_sources(source, errors: str, encoding: str | None) -> pd.DataFrame:
    """One address, or a list of addresses and files: one article each."""
    from .web import is_url

    given = [source] if isinstance(source, str) else list(source)
    items, problems = [], []
    for entry in given:
        try:
            if is_url(entry):
                items.append(_read_address(str(entry).strip()))
                continue
            path = Path(entry).expanduser()
            if path.is_dir():
                raise ArticleError("a folder cannot be one item of a list of sources", file=str(path),
                                   fix="Load the folder on its own: kit.load_articles('folder').")
            if not path.is_file():
                raise ArticleError("no such file", file=str(path), fix="Check the spelling of the path.")
            items.append(_read_article_file(path, _display_path(path), encoding))
        except KitError as exc:
            problems.extend(exc.problems)
    label = str(source) if isinstance(source, str) else f"the list of {len(given)} sources"
    return _finish(items, errors, label=label, problems=problems)


def _read_address(url: str, meta: dict | None = None, line: int | None = None, manifest: str | None = None) -> _Item:
    """Fetch (or take from ``web-cache/``) one web article; ``meta`` from a manifest row overrides the page's."""
    from .web import record_from_url

    record = record_from_url(url)
    base = slug(record.pop("_id_base", "")) or "page"
    _merge_metadata(record, {k: v for k, v in (meta or {}).items() if k not in ("file", "url")}, manifest or url, line)
    return _Item(record, manifest or url, line, base, False, url)


def _read_saved_page(path: Path, name: str, meta: dict | None, line: int | None, manifest: str | None) -> _Item:
    """A page saved from a browser (.html): main text and metadata as for an address."""
    from .web import record_from_html

    record = record_from_html(read_regular_file(path, name), source=name)
    record["source_file"] = name
    _merge_metadata(record, meta or {}, manifest or name, line)
    base = slug(path.stem)
    return _Item(record, manifest or name, line, base, base == path.stem, path.name)


# --------------------------------------------------------------------------- DataFrames

def _item_from_row(row: dict, where: str, line: int | None = None) -> _Item:
    text = row.get("text")
    if not isinstance(text, str):
        raise ArticleError(f"the text is {type(text).__name__}, not a string", file=where, line=line, field="text",
                           fix="Put the article's text, as a string, in the 'text' column.")
    if not text.strip():
        raise ArticleError("the text is empty", file=where, line=line, field="text",
                           fix="Put the article's text in the 'text' column, or drop the row.")
    doc = clean_document(text, reflow=False)
    _warn((Problem(note, file=where, line=line, field="boilerplate",
                   fix="Check the 'boilerplate' column; if it holds article text, put that text back into "
                       "'text' yourself after loading.") for note in doc.notes), stacklevel=6)
    record = {"article_id": ""}
    for key, value in row.items():
        if key == "text":
            continue
        if key in _METADATA and isinstance(value, (list, dict, tuple, set)):
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
    return _Item(record, where, line, base, True, None)


def _from_dataframe(frame: pd.DataFrame, errors: str) -> pd.DataFrame:
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
            items.append(_item_from_row(dict(zip(columns, cells)), f"row {idx}"))
        except KitError as exc:
            problems.extend(exc.problems)
    return _finish(items, errors, label="the DataFrame", problems=problems)


# --------------------------------------------------------------------------- ids, dates, the table

def _assign_ids(items: list[_Item], problems: list[Problem]) -> list[_Item]:
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


def _check_time_zones(items: list[_Item], problems: list[Problem]) -> list[_Item]:
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


def _finish(items: list[_Item], errors: str, label: str, problems=(), passed=()) -> pd.DataFrame:
    """Ids, dates and checks, then the table; raise or skip as ``errors`` says."""
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
    problems.sort(key=lambda p: (str(p.file), p.line or 0))
    if problems and errors == "raise":
        if len(problems) == 1:
            raise ArticleError(problems=problems)
        raise ArticleError(f"{len(problems)} problems found while loading {label}", problems=problems)
    if not good:
        raise ArticleError(f"no article could be loaded from {label}", problems=problems or None,
                           file=label, fix="Fix the problems listed above.")
    df = _table([it.record for it in good])
    skipped = list(passed) + problems
    if passed:
        warnings.warn(f"{label}: {len(passed)} item(s) passed over, not read as articles:\n"
                      + "\n".join(f"- {p}" for p in passed), KitWarning, stacklevel=4)
    if problems:
        noun = "row(s)" if label == "the DataFrame" else "file(s)"
        warnings.warn(f"{len({(p.file, p.line) for p in problems})} {noun} skipped while loading {label}:\n"
                      + "\n".join(f"- {p}" for p in problems), KitWarning, stacklevel=4)
    # plain records, not a DataFrame: pandas compares .attrs when tables are combined
    df.attrs["skipped"] = [p.as_dict() for p in skipped]
    return df


def _table(records: list[dict]) -> pd.DataFrame:
    """Records -> the articles table with the fixed column order (extra columns after)."""
    df = pd.DataFrame.from_records(records)
    for col in _TEXT_FIELDS + ["boilerplate", "source_file"]:
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
