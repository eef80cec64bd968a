"""Reading article files safely: which files a folder offers, bytes to text, front matter, manifests.

Every function here either returns what it read or raises :class:`kit.errors.ArticleError`
naming the file, the field and the fix. Only regular files are read, never more than
``MAX_FILE_BYTES``, so a named pipe or a link to ``/dev/zero`` cannot hang the kit::

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> for name in ("one.txt", "notes.pdf", "README.md"):
    ...     open(os.path.join(folder, name), "w").close()
    >>> files, passed = article_files(folder)
    >>> [f.name for f in files], [p.file.rsplit("/", 1)[-1] for p in passed]
    (['one.txt'], ['README.md', 'notes.pdf'])
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import unicodedata
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import ArticleError, Problem

__all__ = ["ARTICLE_SUFFIXES", "MAX_FILE_BYTES", "MAX_FRONT_MATTER_CHARS", "article_files", "read_regular_file",
           "decode_bytes", "split_front_matter", "read_manifest", "slug", "visible_name", "NotLoaded",
           "NoArticleLoaded", "not_loaded", "watch_loading_cells"]

#: The file endings read as articles (in a folder, or given one by one).
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: The largest file the kit reads (an article is rarely more than 100 KB; a book is about 1 MB).
MAX_FILE_BYTES = 10_000_000
#: The longest front matter (the metadata between the two ``---`` lines) the kit reads.
MAX_FRONT_MATTER_CHARS = 20_000

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_SLUG = re.compile(r"[\W_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_MB = 1_000_000


def visible_name(name: str) -> str:
    """A name that can be shown and saved: bytes that are not UTF-8 (which Python keeps as lone
    surrogates) become the replacement character U+FFFD, one for one.

    >>> visible_name("bad\\udcff.txt"), visible_name("café.txt")
    ('bad�.txt', 'café.txt')
    """
    name = str(name)
    return name if name.isascii() else _SURROGATE.sub("\ufffd", name)


# --------------------------------------------------------------------------- folders

def _passed(name: str, shown: str, message: str, fix: str) -> Problem:
    return Problem(message, file=f"{shown}/{visible_name(name)}", fix=fix)


def article_files(folder, shown: str | None = None) -> tuple[list[Path], list[Problem]]:
    """The article files directly in ``folder`` (sorted by name), and every other entry with why it is passed over.

    Passed over, each with a reason and a fix: hidden entries (``.name``), names starting with
    ``_``, README files, subfolders, links that lead nowhere or in a loop, named pipes and
    devices, and files that do not end in ``.txt``, ``.md``, ``.markdown``, ``.html`` or ``.htm``. ``shown`` is how
    the folder is named in messages (default: as given).

    >>> import tempfile
    >>> files, passed = article_files(tempfile.mkdtemp())
    >>> files, passed
    ([], [])
    """
    folder = Path(folder)
    shown = str(folder) if shown is None else shown
    try:
        with os.scandir(folder) as entries:
            listing = sorted(entries, key=lambda e: e.name)
    except OSError as exc:
        raise ArticleError(f"the folder cannot be read ({exc.strerror or exc})", file=shown,
                           fix="Check that the folder exists and that you may open it (its permissions).") from None
    files: list[Path] = []
    passed: list[Problem] = []
    suffixes = ", ".join(ARTICLE_SUFFIXES)
    for entry in listing:
        name = entry.name
        if name.startswith("."):
            passed.append(_passed(name, shown, "a hidden file or folder (its name starts with '.') is not read",
                                  "Rename it without the leading '.' if it is an article."))
            continue
        if name.startswith("_"):
            passed.append(_passed(name, shown, "names starting with '_' are kept for notes and drafts, not read",
                                  "Rename it without the leading '_' if it is an article."))
            continue
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
            target_ok = is_dir or is_file or not entry.is_symlink() or os.path.exists(entry.path)
        except OSError as exc:  # a link that points to itself
            passed.append(_passed(name, shown, f"a link that cannot be followed ({exc.strerror or exc})",
                                  "Delete the link, or point it at a real file."))
            continue
        if not target_ok:
            passed.append(_passed(name, shown, "a link to a file that does not exist (or a link that loops)",
                                  "Delete the link, or point it at a real file."))
            continue
        if is_dir:
            passed.append(_passed(name, shown, "a subfolder: only the files directly in this folder are read",
                                  f"Move its articles up into this folder, or load it on its own: "
                                  f"kit.load_articles('{shown}/{name}')."))
            continue
        if Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
            if not is_file:
                passed.append(_passed(name, shown, "not a regular file (a named pipe, device or socket)",
                                      "Save the article as a plain .txt file."))
            elif name.lower().startswith("readme"):
                passed.append(_passed(name, shown, "a README holds notes about the folder, not an article",
                                      "Rename it if it is an article."))
            else:
                passed.append(_passed(name, shown, f"only {suffixes} files are read as articles",
                                      "Save it as a .txt file (UTF-8) to include it."))
            continue
        if name.lower().startswith("readme."):
            passed.append(_passed(name, shown, "a README holds notes about the folder, not an article",
                                  "Rename it if it is an article."))
            continue
        if not is_file:
            passed.append(_passed(name, shown, "not a regular file (a named pipe, device or socket), so it is not "
                                               "read", "Save the article as a plain .txt file."))
            continue
        files.append(folder / name)
    return files, passed


# --------------------------------------------------------------------------- files

def read_regular_file(path, shown: str | None = None, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (a pipe, device or larger file is refused).

    >>> read_regular_file("/dev/null")
    Traceback (most recent call last):
    ...
    kit.errors.ArticleError: /dev/null: not a regular file (it is a device, a named pipe or a socket), so the kit does not read it
      How to fix: Save the article as a plain .txt file and load that.
    """
    shown = str(path) if shown is None else shown
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ArticleError(f"could not open the file ({exc.strerror or exc})", file=shown,
                           fix="Check that the file exists and that you may read it.") from None
    except ValueError:  # a NUL character in the name
        raise ArticleError("the file name holds a character that no file name can hold", file=repr(shown),
                           fix="Check the file name: copy it again from the file browser.") from None
    try:
        return _read_open_file(fd, shown, limit)
    except OSError as exc:  # a read error: a failing disk, a network drive gone, a link to /proc/self/mem
        raise ArticleError(f"the file could not be read ({exc.strerror or exc})", file=shown,
                           fix="Copy the article's text into a new .txt file and load that.") from None


def _read_open_file(fd: int, shown: str, limit: int) -> bytes:
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError("this is a folder, not a file", file=shown,
                               fix="Name an article file here, or load the folder itself: kit.load_articles(folder).")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError("not a regular file (it is a device, a named pipe or a socket), so the kit does "
                               "not read it", file=shown, fix="Save the article as a plain .txt file and load that.")
        if info.st_size > limit:
            raise ArticleError(f"the file is {info.st_size / _MB:.1f} MB; the kit reads files of up to "
                               f"{limit / _MB:g} MB", file=shown, field="text",
                               fix="Check that this is the right file; split a long text into one file per article.")
        data = handle.read(info.st_size + 1)  # a buffer of the file's size, not of the limit
        if len(data) > info.st_size:  # the file grew while being read
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:
        raise ArticleError(f"the file is larger than {limit / _MB:g} MB, the most the kit reads", file=shown,
                           field="text", fix="Check that this is the right file; split a long text into one "
                                             "file per article.")
    return data


def decode_bytes(data: bytes, shown: str, encoding: str | None = None,
                 newlines: bool = True) -> tuple[str, list[Problem]]:
    """Bytes -> text, and notes to show as warnings (a BOM, a non-UTF-8 file).

    Empty, UTF-16 and binary files raise an ArticleError. With ``newlines=True`` Windows
    (``\\r\\n``) and old Mac (``\\r``) line ends become ``\\n``.

    >>> decode_bytes(b"caf\\xe9\\r\\nsociety", "a.txt")[0]
    'café\\nsociety'
    """
    notes: list[Problem] = []
    if not data.strip():
        raise ArticleError("the file is empty", file=shown, field="text",
                           fix="Paste the article's text into the file and save it, or remove the file.")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") and not encoding:
        raise ArticleError("the file is saved as UTF-16, which the kit does not read", file=shown, field="encoding",
                           fix="Save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8).")
    if b"\x00" in data[:8192] or data[:5] == b"%PDF-" or data[:2] == b"PK":
        raise ArticleError("this looks like a binary file (for example a PDF, Word or image file), not plain text",
                           file=shown, field="text",
                           fix="Open it, copy the article's text into a plain .txt file (UTF-8) and load that instead.")
    if encoding:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ArticleError(f"could not read the file as {encoding!r} ({exc})", file=shown, field="encoding",
                               fix="Save the file as UTF-8, or pass the right encoding, e.g. encoding='cp1252'.") from None
        return _newlines(text, newlines), notes
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        notes.append(Problem("the file starts with a byte-order mark (BOM); it was removed", file=shown,
                             field="encoding",
                             fix="To avoid this message, save the file as 'UTF-8' rather than 'UTF-8 with BOM'."))
    try:
        return _newlines(data.decode("utf-8"), newlines), notes
    except UnicodeDecodeError:
        pass
    try:
        text, enc = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, enc = data.decode("latin-1"), "latin-1"
    notes.append(Problem(f"the file is not UTF-8; it was read as {enc} (Windows/Western European)", file=shown,
                         field="encoding",
                         fix=f"Check its quotes and accents. To silence this, save it as UTF-8 or pass encoding='{enc}'."))
    return _newlines(text, newlines), notes


def _newlines(text: str, convert: bool = True) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if convert and "\r" in text else text


class _AliasFound(Exception):
    """Raised by the front-matter loader at the first alias (``*name``); carries the file's line number."""


@lru_cache(maxsize=1)
def _front_matter_loader():
    """A YAML loader that keeps every value as the text written (no dates, numbers or yes/no) and allows no aliases."""
    import yaml

    class FrontMatterLoader(yaml.BaseLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                raise _AliasFound(self.peek_event().start_mark.line + 2)
            return super().compose_node(parent, index)

    return FrontMatterLoader


def split_front_matter(text: str, shown: str) -> tuple[dict, str]:
    """Split YAML front matter (between ``---`` lines at the top) from the article text.

    Keys are lowercased; every value stays the text that was written (``2017-11-16`` and
    ``yes`` are not turned into a date or True). Aliases and front matter longer than
    ``MAX_FRONT_MATTER_CHARS`` are refused.

    >>> split_front_matter("---\\nTitle: Yes\\npublished: 2017-11-16\\n---\\nThe text.", "a.md")
    ({'title': 'Yes', 'published': '2017-11-16'}, 'The text.')
    """
    if not text.startswith("---"):
        return {}, text
    m = _FRONT_MATTER.match(text)
    if not m:
        if text.startswith("---\n") and re.search(r"^\w+\s*:", text[4:200], re.M):
            raise ArticleError("the front matter starts with '---' but is never closed", file=shown,
                               field="front matter", fix="Add a line with just '---' after the last metadata line.")
        return {}, text
    block = m.group(1) or ""
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise ArticleError(f"the front matter is {len(block):,} characters long; the kit reads up to "
                           f"{MAX_FRONT_MATTER_CHARS:,}", file=shown, field="front matter",
                           fix="Keep only short 'key: value' lines between the '---' lines; put the article "
                               "text below the second '---'.")
    import yaml

    # libyaml's loader (about 8 times faster) when the block cannot hold an alias, the checking loader otherwise
    loader = getattr(yaml, "CBaseLoader", None) if "*" not in block else None
    try:
        meta = yaml.load(block, Loader=loader or _front_matter_loader()) or {}  # noqa: S506 - builds no objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        raise ArticleError(f"the front matter is not valid YAML ({getattr(exc, 'problem', None) or exc})", file=shown,
                           line=line, field="front matter",
                           fix="Write one 'key: value' per line, e.g. 'title: My article'; put values with a colon "
                               "in quotes.") from None
    except _AliasFound as found:
        raise ArticleError("the front matter repeats a value with an alias (*name), which the kit does not read "
                           "(aliases can make a few lines grow to millions of words)", file=shown,
                           line=found.args[0], field="front matter",
                           fix="Write each value out in full, without '&name' and '*name'.") from None
    except RecursionError:
        raise ArticleError("the front matter is nested too deeply to read", file=shown, field="front matter",
                           fix="Write one 'key: value' per line, e.g. 'title: My article'.") from None
    if not isinstance(meta, dict):
        raise ArticleError("the front matter must be a list of 'key: value' lines", file=shown, field="front matter",
                           fix="Write one 'key: value' per line between the two '---' lines.")
    return {str(k).strip().lower(): v for k, v in meta.items()}, text[m.end():]


def slug(name: str, limit: int = 60) -> str:
    """A readable id from a file name: lowercase words joined by ``-`` (letters of any alphabet kept).

    >>> slug("A b"), slug("a-b"), slug("A_B"), slug("Café №5"), slug("???")
    ('a-b', 'a-b', 'a-b', 'café-no5', '')
    """
    text = _SLUG.sub("-", unicodedata.normalize("NFKC", str(name)).casefold()).strip("-")
    return text[:limit].strip("-")


# --------------------------------------------------------------------------- manifests

_ONE_LINE_COLUMNS = ("file", "article_id", "title", "outlet", "author", "published", "url")
_MANIFEST_FIX = "Check that it is valid CSV (one header line, commas between fields) or JSON, saved as UTF-8."


def read_manifest(path, shown: str | None = None) -> tuple[list[tuple[int, dict]], list[Problem]]:
    """Rows of a CSV or JSON manifest as ``(line, {column: value})``, and problems found in single rows.

    A manifest that cannot be read at all (empty, not CSV/JSON, no ``file`` or ``text``
    column) raises an ArticleError. Column names are lowercased; empty trailing cells
    (extra commas from a spreadsheet) are ignored. JSON rows are numbered from 1.

    >>> import os, tempfile
    >>> path = os.path.join(tempfile.mkdtemp(), "manifest.csv")
    >>> _ = open(path, "w").write("file,Title,,\\na.txt,Alpha,,\\n")
    >>> read_manifest(path)
    ([(2, {'file': 'a.txt', 'title': 'Alpha'})], [])
    """
    path = Path(path)
    shown = str(path) if shown is None else shown
    data = read_regular_file(path, shown)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ArticleError("the manifest is not saved as UTF-8", file=shown, line=line,
                           fix="Save it as 'CSV UTF-8' (or UTF-8 JSON) in your spreadsheet or editor.") from None
    if not text.strip():
        raise ArticleError("the manifest is empty", file=shown,
                           fix="Write a header line such as 'file,title,outlet' and one line per article.")
    if path.suffix.lower() == ".json":
        rows, problems = _json_rows(text, shown)
        columns = {k for _, row in rows for k in row}
    else:
        columns, rows, problems = _csv_rows(text, shown)
    if "file" not in columns and "text" not in columns and "url" not in columns:
        raise ArticleError("the manifest has neither a 'file' nor a 'text' column", file=shown, field="file",
                           fix="Add a 'file' column with each article's file name (relative to the manifest), "
                               "or a 'url' column with each article's web address.")
    return rows, problems


def _swallowed_row(header: list[str], row: dict) -> tuple[str, str] | None:
    """(column, line) when a value running over several lines holds a line that looks like a row of the
    manifest (as many commas as the header, and a file name without spaces where the 'file' column is):
    a quote closed in the wrong place swallowed it."""
    if "file" not in header or len(header) < 2:
        return None
    at = header.index("file")
    for column, value in row.items():
        if "\n" not in value and "\r" not in value:
            continue
        for inner in value.replace("\r", "\n").split("\n")[1:]:
            if inner.count(",") < len(header) - 1:
                continue
            cell = inner.split(",")[at].strip().strip('"')
            if cell and not any(c.isspace() for c in cell):
                return column, inner[:60]
    return None


def _json_rows(text: str, shown: str) -> tuple[list[tuple[int, dict]], list[Problem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"the manifest could not be read as JSON ({exc.msg})", file=shown, line=exc.lineno,
                           fix=_MANIFEST_FIX) from None
    except RecursionError:
        raise ArticleError("the JSON manifest is nested too deeply to read", file=shown,
                           fix='Write [{"file": "a.txt", "title": "..."}, ...].') from None
    if isinstance(data, dict):
        data = data.get("articles", data)
    if not isinstance(data, list):
        raise ArticleError("the JSON manifest must be a list of articles", file=shown,
                           fix='Write [{"file": "a.txt", "title": "..."}, ...] or {"articles": [...]}.')
    if not data:
        raise ArticleError("the JSON manifest lists no articles", file=shown,
                           fix='Write [{"file": "a.txt", "title": "..."}, ...].')
    rows, problems = [], []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            problems.append(Problem(f"article {number} is a {type(item).__name__}, not a set of fields", file=shown,
                                    line=number, fix='Write each article as {"file": "a.txt", "title": "..."}.'))
            continue
        rows.append((number, {str(k).strip().lower(): v for k, v in item.items()}))
    if not rows:
        raise ArticleError("no article in the JSON manifest has fields", problems=problems, file=shown,
                           fix='Write each article as {"file": "a.txt", "title": "..."}.')
    return rows, problems


_UNCLOSED_FIX = ("Add the closing double quote (\") at the end of the value that starts on this line; a value that "
                 "contains a comma must be wrapped in double quotes, and every opening quote needs a closing one.")


def _csv_rows(text: str, shown: str) -> tuple[list[str], list[tuple[int, dict]], list[Problem]]:
    # strict: a quote that is never closed, or text after a closing quote, is an error with its line,
    # never a value that silently swallows the lines below it
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
        while header and not header[-1]:
            header.pop()  # trailing commas after the last column name
    except csv.Error as exc:
        raise ArticleError(f"the header line cannot be read as CSV ({exc})", file=shown, line=1,
                           fix=_MANIFEST_FIX) from None
    blank = [i + 1 for i, h in enumerate(header) if not h]
    if blank:
        raise ArticleError(f"column {blank[0]} of the header has no name", file=shown, line=1,
                           fix="Give every column a name in the first line, or delete the empty column.")
    doubled = sorted({h for h in header if header.count(h) > 1})
    if doubled:
        raise ArticleError(f"the column {doubled[0]!r} appears twice in the header", file=shown, line=1,
                           field=doubled[0], fix="Give every column its own name.")
    rows, problems = [], []
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # the lines after this one cannot be trusted: refuse the manifest
            if "end of data" in str(exc):
                raise ArticleError("a double quote (\") opened on this line is never closed, so every line below "
                                   "it would be read as part of one value", file=shown, line=start,
                                   fix=_UNCLOSED_FIX) from None
            raise ArticleError(f"the manifest cannot be read from this line on ({exc})", file=shown, line=start,
                               fix="Check the quotation marks from this line on: a value that contains a comma "
                                   "must be wrapped in double quotes, and every opening quote needs a closing one.") \
                from None
        line, start = start, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue  # a blank line
        extra = cells[len(header):]
        if any(c.strip() for c in extra):
            problems.append(Problem(f"this line has {len(cells)} values but the header names {len(header)} columns",
                                    file=shown, line=line,
                                    fix="Wrap any value that contains a comma in double quotes, or add a name for "
                                        "the extra column to the header."))
            continue
        row = dict(zip(header, cells))
        swallowed = _swallowed_row(header, row)
        if swallowed:
            raise ArticleError(f"the {swallowed[0]} that starts on this line runs over several lines, and one of "
                               f"them looks like a row of its own ({swallowed[1]!r})", file=shown, line=line,
                               field=swallowed[0], fix=_UNCLOSED_FIX)
        broken = [k for k in _ONE_LINE_COLUMNS if "\n" in row.get(k, "") or "\r" in row.get(k, "")]
        if broken:  # most often an opening quote with no closing one, which swallows the lines below it
            value = row[broken[0]].replace("\r\n", "\n").replace("\r", "\n").strip("\n")
            lines_spanned = value.count("\n") + 1
            problems.append(Problem(f"the {broken[0]} runs over {lines_spanned} lines", file=shown, line=line,
                                    field=broken[0],
                                    fix="Check the quotation marks: every opening quote needs a closing one, and "
                                        f"the {broken[0]} must fit on one line."))
            continue
        rows.append((line, row))
    if not rows and not problems:
        raise ArticleError("the manifest has a header but lists no articles", file=shown,
                           fix="Add one line per article below the header.")
    return header, rows, problems


class NoArticleLoaded(ArticleError):
    """The error every use of a :class:`NotLoaded` article raises: in Jupyter it says so in a student's words, with no
    class name and no field name (an :class:`kit.errors.ArticleError` still, for code that catches those).

    >>> NoArticleLoaded("No article is loaded yet.", fix="Fix MY_FILE.")._render_traceback_()
    ['No article is loaded yet.', '  How to fix: Fix MY_FILE.']
    """

    def _render_traceback_(self) -> list[str]:
        """The message and its fix, as the cell shows them (no traceback, no class name)."""
        return str(self).splitlines()


class NotLoaded(pd.DataFrame):
    """What ``mine`` holds while lesson 06's loading cell runs: until ``exercises.my_article`` has loaded an article,
    every use of it stops with a :class:`NoArticleLoaded` error that says no article is loaded and what to fix, so
    a cell after a failed load never shows the article loaded before. It is an articles table to every function that
    checks the type, and raises on the first thing any of them reads.

    >>> mine = NotLoaded()
    >>> mine["text"]
    Traceback (most recent call last):
    ...
    kit.articlefiles.NoArticleLoaded: No article is loaded yet: the cell with MY_FILE stopped, so this cell has nothing to show (no article is loaded, not even the one before).
      How to fix: Read the message under that cell, fix MY_FILE there (or MY_TEXT) and run it again, then this cell.
    >>> isinstance(mine, pd.DataFrame)
    True
    """

    def __init__(self, cell: str = "the cell with MY_FILE", fix: str = "fix MY_FILE there (or MY_TEXT)", said=""):
        object.__setattr__(self, "why", (cell, fix))  # never pandas' own set-up: there is no table
        object.__setattr__(self, "said", said or f"No article is loaded yet: {cell} stopped")
        watch_loading_cells()  # in IPython: a later run of this cell that stops before this line leaves one too

    def __getattribute__(self, attribute):
        if attribute in ("__class__", "__dict__"):
            return object.__getattribute__(self, attribute)
        fix, said = not_loaded(self)[1], object.__getattribute__(self, "__dict__")["said"]
        raise NoArticleLoaded(f"{said}, so this cell has nothing to show (no article is loaded, not even the one "
                              "before).", fix=f"Read the message under that cell, {fix} and run it again, then this cell.")

    def __setattr__(self, attribute, value):
        self.__getattribute__(attribute)  # raises: nothing can be stored in an article that is not loaded


def not_loaded(value) -> tuple[str, str] | None:
    """For a :class:`NotLoaded` article, the cell that stopped and what to fix there; None for anything else.

    >>> not_loaded(NotLoaded()), not_loaded(pd.DataFrame())
    (('the cell with MY_FILE', 'fix MY_FILE there (or MY_TEXT)'), None)
    """
    if not isinstance(value, NotLoaded):
        return None
    return object.__getattribute__(value, "__dict__")["why"]


#: A cell's line that sets a name to :class:`NotLoaded` (lesson 06's paste cell: ``mine = kit.articlefiles.NotLoaded()``).
SETS_NOT_LOADED = re.compile(r"(?m)^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:[A-Za-z_][\w.]*\.)?NotLoaded\(")
_BEFORE: dict = {}  # while such a cell runs: each name it sets, with the value the name had when the cell started


def watch_loading_cells() -> bool:
    """In IPython, keep the promise of a cell's ``mine = NotLoaded()`` line also when a run of that cell stops before
    the line, or never starts because Python cannot read the cell (a ``SyntaxError``: a pasted text that ends with a
    quotation mark right before the closing triple quotes, student 45 #1): after such a run, a name the cell did not
    set holds a :class:`NotLoaded` that says the new text did not load, never the article from before. Two IPython
    hooks, registered once (``pre_run_cell`` notes the names' values, ``post_run_cell`` compares); False outside IPython.

    >>> watch_loading_cells()
    False
    """
    import sys

    shell = sys.modules["IPython"].get_ipython() if "IPython" in sys.modules else None
    events = getattr(shell, "events", None)
    if events is None:
        return False
    for event, hook in (("pre_run_cell", note_loading_cell), ("post_run_cell", after_loading_cell)):
        if hook not in events.callbacks.get(event, []):
            events.register(event, hook)
    return True


def note_loading_cell(info) -> None:
    """IPython's ``pre_run_cell`` hook: note the value of each name a loading cell sets to :class:`NotLoaded`."""
    import sys

    _BEFORE.clear()
    names = SETS_NOT_LOADED.findall(getattr(info, "raw_cell", "") or "")
    if names:
        space = sys.modules["IPython"].get_ipython().user_ns
        _BEFORE.update({name: space.get(name, _BEFORE) for name in names})  # _BEFORE itself: not set before


def after_loading_cell(result) -> None:
    """IPython's ``post_run_cell`` hook: a loading cell that did not finish and left a name as it was before the run
    gives it a :class:`NotLoaded`; when Python could not read the cell, one that says so and what to fix."""
    import sys

    before, error = dict(_BEFORE), getattr(result, "error_before_exec", None)
    _BEFORE.clear()
    if not before or getattr(result, "success", True):
        return
    space = sys.modules["IPython"].get_ipython().user_ns
    cell, fix, said = "the cell with MY_FILE", "fix MY_FILE there (or MY_TEXT)", ""
    if error is not None:  # the cell never ran: the error is in the text the student pasted or typed
        from .exercises.quote_hints import hint_for_pasted_quotes

        ends = hint_for_pasted_quotes(getattr(error, "msg", ""), getattr(error, "text", "")).startswith("Python finds")
        cell, said = "the cell with MY_TEXT", "Your new text did not load: Python could not read the cell with MY_TEXT"
        fix = ('put a space before the closing """ (your text ends with a quotation mark)' if ends
               else "fix the line it points to")
    for name, value in before.items():
        if value is not _BEFORE and space.get(name, _BEFORE) is value:  # the run never set it: no article from before
            space[name] = NotLoaded(cell, fix, said)
