"""Load articles into a tidy DataFrame, and split them into paragraphs and sentences.

This module reads the sources (folders, manifests, files, addresses, pasted text); the table itself
(ids, dates, repaired text, skipped records, the columns) is built by :mod:`kit.articletable`.

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
import stat
from dataclasses import dataclass
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
    visible_name,
)
from .articletable import (
    ARTICLE_COLUMNS,
    ArticleItem,
    KitWarning,
    SkippedRecords,
    finish_table,
    item_from_row,
    merge_metadata,
    table_from_dataframe,
    warn_notes,
)
from .cleaning import clean_document
from .datafiles import data_dir, data_folders, data_path
from .errors import ArticleError, KitError, Problem
from .segment import paragraph_spans, sentence_bounds
from .web import is_url

__all__ = ["load_articles", "article", "paragraphs", "sentences", "raw_text", "outlet_labels", "check_articles",
           "find_article", "KitWarning", "ARTICLE_COLUMNS", "UNKNOWN_OUTLET", "ARTICLE_SUFFIXES", "MAX_FILE_BYTES",
           "SkippedRecords"]

#: How tables and plots show an article whose text names no outlet (never dropped, never guessed).
UNKNOWN_OUTLET = "(outlet not given in the file)"



def load_articles(source=None, *, errors: str = "raise", encoding: str | None = None, allow_outside: bool = False,
                  timeout: float | None = None) -> pd.DataFrame:
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
    A manifest reads only files in its own folder (and below it); ``allow_outside=True`` (or the
    environment variable ``KIT_ALLOW_OUTSIDE=1``) lets a trusted manifest name others.
    ``timeout`` is the seconds one web page may take to arrive (default 20, redirects included).

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
    opts = _Options(errors, encoding, bool(allow_outside), timeout)
    if source is None:
        return _from_manifest(data_path("manifest.csv"), opts)
    if isinstance(source, pd.DataFrame):
        return table_from_dataframe(source, errors)
    if _is_web_source(source):
        return _from_sources(source, opts)
    if isinstance(source, (str, Path)):
        return _from_path(Path(source).expanduser(), opts)
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
    merge_metadata(record, {k: v for k, v in given.items() if v is not None}, "the pasted text")
    base = slug(title or doc.title) or f"pasted-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return finish_table([ArticleItem(record, "the pasted text", None, base, True, None)], "raise", label="the pasted text")


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
    ['WSWS', '(outlet not given in the file)', '(outlet not given in the file)']
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
    return decode_bytes(read_regular_file(full, str(path)), str(path), None, newlines=False)[0]


# --------------------------------------------------------------------------- reading files

#: Set this environment variable to 1 to let every manifest name files outside its own folder.
ALLOW_OUTSIDE_ENV = "KIT_ALLOW_OUTSIDE"


@dataclass(frozen=True)
class _Options:
    errors: str = "raise"
    encoding: str | None = None
    allow_outside: bool = False
    timeout: float | None = None


def _display_path(path: Path) -> str:
    """A path as messages and ``source_file`` show it: relative to the kit's folder when inside it."""
    try:
        shown = str(path.resolve().relative_to(data_dir().parent))
    except (ValueError, OSError, RuntimeError):
        shown = str(path)
    return visible_name(shown)


def _probe(path: Path, shown: str) -> str:
    """``"dir"``, ``"file"``, ``"missing"``, ``"loop"`` or ``"broken-link"`` for a path (one system call when it
    exists); an OSError (a name too long, a folder that may not be opened) becomes an ArticleError naming it."""
    try:
        try:
            return "dir" if stat.S_ISDIR(os.stat(path).st_mode) else "file"
        except FileNotFoundError:
            os.lstat(path)  # the name exists, so it is a link to nothing
            return "broken-link"
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "loop"
        if exc.errno == errno.ENOTDIR:  # "a.txt/b.txt": a file where a folder should be
            return "missing"
        if exc.errno == errno.ENAMETOOLONG:
            raise ArticleError("the file name is too long for this computer's file system", file=shown[:200],
                               field="file", fix="Check the path; give the file a shorter name.") from None
        raise ArticleError(f"the path cannot be opened ({exc.strerror or exc})", file=shown,
                           fix="Check the path and that you may open it; if it is a link, point it at a real "
                               "file or folder.") from None
    except ValueError:  # a name with a NUL character
        raise ArticleError("the path holds a character that no file name can hold", file=repr(shown)[:200],
                           field="file", fix="Check the path: copy it again from the file browser.") from None


def _refuse_missing(kind: str, shown: str) -> None:
    if kind == "loop":
        raise ArticleError("this is a link that points back to itself (a loop)", file=shown,
                           fix="Delete the link, or point it at a real file or folder.")
    if kind == "broken-link":
        raise ArticleError("this is a link to a file or folder that does not exist", file=shown,
                           fix="Point the link at the real file, or pass the real path.")
    raise ArticleError("no such file or folder", file=shown,
                       fix="Check the spelling of the path, or call kit.load_articles() for the bundled articles.")


def _from_path(path: Path, opts: _Options) -> pd.DataFrame:
    shown = visible_name(str(path))
    kind = _probe(path, shown)
    if kind == "dir":
        return _from_folder(path, opts)
    if kind != "file":
        _refuse_missing(kind, shown)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".json"):
        return _from_manifest(path, opts)
    if suffix in ARTICLE_SUFFIXES:
        return finish_table([_read_article_file(path, _display_path(path), opts.encoding)], opts.errors, label=shown)
    raise ArticleError(f"cannot read a '{visible_name(path.suffix)}' file as articles", file=shown,
                       fix="Give a .txt, .md or .html article, a folder of them, or a .csv/.json manifest.")


def _name_note(path: Path, name: str) -> None:
    """A warning when a file name holds bytes that are not UTF-8 (shown as U+FFFD in ``name``)."""
    if visible_name(path.name) != path.name:
        warn_notes([Problem("the file name holds bytes that are not UTF-8 text; they are shown as \ufffd",
                            file=name, field="file",
                            fix="Rename the file (letters, digits and '-' are safest) to silence this.")], stacklevel=6)


def _read_article_file(path: Path, name: str, encoding: str | None, meta: dict | None = None,
                       line: int | None = None, manifest: str | None = None) -> ArticleItem:
    """Read, decode and clean one article file; ``meta`` (from line ``line`` of ``manifest``) overrides its
    front matter, and later problems (ids, dates) name that manifest line."""
    _name_note(path, name)
    if path.suffix.lower() in (".html", ".htm"):
        return _read_saved_page(path, name, meta, line, manifest)
    text, notes = decode_bytes(read_regular_file(path, name), name, encoding)
    warn_notes(notes, stacklevel=5)
    front, body = split_front_matter(text, name)
    if not body.strip():
        raise ArticleError("the file has metadata but no article text", file=name, field="text",
                           fix="Paste the article's text below the front matter.")
    keep_footer = str(front.pop("footer", "")).strip().lower() in ("no", "none", "false", "keep")
    doc = clean_document(body, find_footer=not keep_footer)
    if not doc.paragraphs:
        raise ArticleError("no article text was left after removing bylines and footers", file=name, field="text",
                           fix="Check that the file holds the article itself, not only its header or footer.")
    warn_notes((Problem(note, file=name, field="boilerplate",
                        fix="Check the 'boilerplate' column. If it holds article text, add the line 'footer: no' "
                            "to the file's front matter to keep everything in the text.") for note in doc.notes),
               stacklevel=5)
    record = {
        "article_id": "", "title": doc.title, "author": doc.author, "published": doc.published,
        "outlet": "", "url": "", "rights": "", "notes": "",
        "text": doc.text, "boilerplate": "\n\n".join(doc.boilerplate), "source_file": name,
    }
    merge_metadata(record, front, name)
    merge_metadata(record, meta or {}, manifest or name, line)
    stem = path.stem
    base = slug(stem)
    return ArticleItem(record, manifest or name, line, base, base == stem, path.name)


def _from_folder(folder: Path, opts: _Options) -> pd.DataFrame:
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
            items.append(_read_article_file(path, f"{shown}/{visible_name(path.name)}", opts.encoding))
        except KitError as exc:
            problems.extend(exc.problems)
    return finish_table(items, opts.errors, label=shown, problems=problems, passed=passed)


def _manifest_target(folder: Path, file: str, name: str, line: int | None, opts: _Options) -> Path:
    """The file a manifest row names: it must exist, be a file, and sit in the manifest's folder (or below)."""
    given = visible_name(file.strip())
    target = os.path.join(folder, file.strip())  # a Path only for a file that exists: a manifest may list 100,000
    kind = _probe(target, f"{name}:{line}")
    if kind == "dir":
        raise ArticleError(f"the manifest names a folder ('{given}'), not an article file", file=name, line=line,
                           field="file", fix="Write the name of one article file in the 'file' column; to load "
                                             "a whole folder, pass the folder itself: kit.load_articles('folder').")
    if kind != "file":
        raise ArticleError("the file named in the manifest does not exist", file=name, line=line, field="file",
                           fix=f"Check the file name '{given}' and that it sits beside the manifest.")
    target = Path(target)
    if not (opts.allow_outside or os.environ.get(ALLOW_OUTSIDE_ENV, "").strip() in ("1", "true", "yes")):
        try:
            inside = target.resolve().is_relative_to(folder.resolve())
        except (OSError, RuntimeError):
            inside = False
        if not inside:
            raise ArticleError(f"the file '{given}' is outside the manifest's folder, so it is not read (a "
                               "manifest shared with a class could otherwise read any file on the computer)",
                               file=name, line=line, field="file",
                               fix="Copy the article into the manifest's folder and name it there; or, if you "
                                   "trust this manifest, load it with kit.load_articles(path, allow_outside=True) "
                                   f"(or set the environment variable {ALLOW_OUTSIDE_ENV}=1).")
    return target


def _from_manifest(path: Path, opts: _Options) -> pd.DataFrame:
    name = _display_path(path)
    rows, problems = read_manifest(path, name)  # raises for a manifest that cannot be read at all
    items: list[ArticleItem] = []
    inline = []
    for line, row in rows:
        try:
            file = row.get("file")
            text = row.get("text")
            address = _web_address(row)
            if address:
                items.append(_read_address(address, opts, row, line, name))
            elif isinstance(file, str) and file.strip():
                target = _manifest_target(path.parent, file, name, line, opts)
                meta = {k: v for k, v in row.items() if k != "file"}
                items.append(_read_article_file(target, _display_path(target), opts.encoding, meta, line=line,
                                                manifest=name))
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
            items.append(item_from_row(row, name, line))
        except KitError as exc:
            problems.extend(exc.problems)
    return finish_table(items, opts.errors, label=name, problems=problems)


# --------------------------------------------------------------------------- web pages

def _is_web_source(source) -> bool:
    """A web address, or a list/tuple of addresses and files (saved pages, text files)."""
    if isinstance(source, (list, tuple)):
        return bool(source) and all(isinstance(s, (str, Path)) for s in source)
    return is_url(source)


def _web_address(row: dict) -> str:
    """The address a manifest row asks to fetch: a ``file`` that is an address, or a ``url`` with no file/text."""
    file, url, text = row.get("file"), row.get("url"), row.get("text")
    if is_url(file):
        return file.strip()
    if url is None or (isinstance(file, str) and file.strip()):  # the common rows: a file, or no address
        return ""
    if all(v is None or (isinstance(v, float) and pd.isna(v)) or str(v).strip() == "" for v in (file, text)) \
            and is_url(url):
        return url.strip()
    return ""


def _from_sources(source, opts: _Options) -> pd.DataFrame:
    """One address, or a list of addresses and files: one article each."""
    given = [source] if isinstance(source, str) else list(source)
    items, problems = [], []
    for entry in given:
        try:
            if is_url(entry):
                items.append(_read_address(str(entry).strip(), opts))
                continue
            path = Path(entry).expanduser()
            shown = visible_name(str(path))
            kind = _probe(path, shown)
            if kind == "dir":
                raise ArticleError("a folder cannot be one item of a list of sources", file=shown,
                                   fix="Load the folder on its own: kit.load_articles('folder').")
            if kind != "file":
                raise ArticleError("no such file", file=shown, fix="Check the spelling of the path.")
            items.append(_read_article_file(path, _display_path(path), opts.encoding))
        except KitError as exc:
            problems.extend(exc.problems)
    label = visible_name(str(source)) if isinstance(source, str) else f"the list of {len(given)} sources"
    return finish_table(items, opts.errors, label=label, problems=problems)


def _read_address(url: str, opts: _Options, meta: dict | None = None, line: int | None = None,
                  manifest: str | None = None) -> ArticleItem:
    """Fetch (or take from ``web-cache/``) one web article; ``meta`` from a manifest row overrides the page's."""
    from .web import record_from_url

    record = record_from_url(url, timeout=opts.timeout)
    base = slug(record.pop("_id_base", "")) or "page"
    merge_metadata(record, {k: v for k, v in (meta or {}).items() if k not in ("file", "url")}, manifest or url, line)
    return ArticleItem(record, manifest or url, line, base, False, url)


def _read_saved_page(path: Path, name: str, meta: dict | None, line: int | None, manifest: str | None) -> ArticleItem:
    """A page saved from a browser (.html): main text and metadata as for an address."""
    from .web import record_from_html

    record = record_from_html(read_regular_file(path, name), source=name)
    record["source_file"] = name
    merge_metadata(record, meta or {}, manifest or name, line)
    base = slug(path.stem)
    return ArticleItem(record, manifest or name, line, base, base == path.stem, path.name)


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
