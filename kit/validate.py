"""Check an instructor's articles, word lists and concept tables before class.

Every file is read with the same loader the lessons use (``kit.load_articles``,
``kit.load_lexicon``, the concept-table and gazetteer loaders), so what passes
here loads in the notebooks. Every problem is collected, not just the first::

    >>> report = validate(["no/such/folder"])
    >>> report.ok
    False
    >>> print(report.problems[0].message)
    there is no file or folder here
"""

from __future__ import annotations

import csv
import difflib
import io
import os
import re
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .articlefiles import ARTICLE_SUFFIXES, article_files
from .datafiles import data_dir
from .errors import KitError, Problem

__all__ = ["validate", "Report", "format_problem", "shown_path"]

#: The kit's own data folder (used when no path is given and there is no ``data/`` here).

MANIFEST_NAMES = ("manifest.csv", "manifest.json")
_LEXICON_HEADER_START = "term"

# kind -> (module, candidate loader names, what the file is called in messages)
LOADERS = {
    "articles": ("corpus", ("load_articles",), "the articles"),
    "lexicon": ("lexicons", ("load_lexicon",), "the word list(s)"),
    "concepts": ("framing", ("load_concepts", "load_concept_table"), "the concept table"),
    "gazetteer": ("sourcing", ("load_gazetteer",), "the gazetteer"),
}
_BUG_FIX = "This looks like a bug in the kit, not in your file: please report it with the file attached."


@dataclass
class Report:
    """What :func:`validate` found: problems, warnings, and what was checked."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    checked: list[tuple[str, str, int]] = field(default_factory=list)  # (kind, path, rows)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One short sentence about what was checked, e.g. ``5 articles, 42 word-list entries``."""
        totals: dict[str, int] = {}
        for kind, _path, rows in self.checked:
            totals[kind] = totals.get(kind, 0) + rows
        nouns = {"articles": "article(s)", "lexicon": "word-list entries", "concepts": "concept-table row(s)",
                 "gazetteer": "gazetteer row(s)"}
        parts = [f"{n} {nouns[k]}" for k, n in totals.items()]
        return ", ".join(parts) if parts else "nothing"


def shown_path(path) -> str:
    """A path as the user should see it: relative to the current folder when inside it.

    >>> import os
    >>> shown_path(os.path.join(os.getcwd(), "data", "manifest.csv")) == os.path.join("data", "manifest.csv")
    True
    """
    if path is None:
        return ""
    text = str(path)
    try:
        p = Path(text)
        if p.is_absolute():
            rel = os.path.relpath(p, Path.cwd())
            if not rel.startswith(".."):
                return rel
    except (ValueError, OSError):
        pass
    return text


def format_problem(problem: Problem, label: str = "") -> str:
    """``file:line: problem — fix`` (the form every editor and terminal can jump to).

    >>> format_problem(Problem("unknown tone 'angry'", file="loaded.csv", line=7, field="tone",
    ...                        fix="Use 'neutral' or 'loaded'."))
    "loaded.csv:7: field 'tone': unknown tone 'angry' — Use 'neutral' or 'loaded'."
    """
    where = shown_path(problem.file)
    if where and problem.line:
        where = f"{where}:{problem.line}"
    text = problem.message
    if problem.field:
        text = f"field '{problem.field}': {text}"
    if label:
        text = f"{label}: {text}"
    out = f"{where}: {text}" if where else text
    if problem.fix:
        out += f" — {problem.fix}"
    return out


# --------------------------------------------------------------------------- what is this file?

def _header(path: Path) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            row = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return []
    return [c.strip().lower() for c in row]


def _module_columns(kind: str) -> list[str]:
    """The header a kit module declares for a table (``COLUMNS`` or similar), if any."""
    import importlib

    module_name, _, _ = LOADERS[kind]
    try:
        module = importlib.import_module(f"kit.{module_name}")
    except Exception:  # noqa: BLE001 - a missing or broken module just gives no hint
        return []
    for name in (f"{kind.upper()}_COLUMNS", "CONCEPT_COLUMNS", "GAZETTEER_COLUMNS"):
        value = getattr(module, name, None)
        if isinstance(value, (list, tuple)) and (kind.upper()[:6] in name):
            return [str(c).lower() for c in value]
    return []


def _csv_kind(path: Path) -> str | None:
    name = path.name.lower()
    header = _header(path)
    if header[:1] == [_LEXICON_HEADER_START] or {"term", "category"} <= set(header):
        return "lexicon"
    if "concept" in name:
        return "concepts"
    if "gazetteer" in name:
        return "gazetteer"
    if name.startswith("manifest") or {"article_id", "file"} & set(header) or "text" in header:
        return "articles"
    for kind in ("concepts", "gazetteer"):
        columns = _module_columns(kind)
        if columns and set(columns[:2]) <= set(header):
            return kind
    if path.parent.name.lower() == "lexicons":
        return "lexicon"
    return None


def _is_data_folder(folder: Path) -> bool:
    return any((folder / n).exists() for n in ("articles", "lexicons", *MANIFEST_NAMES,
                                              "concepts.csv", "gazetteer.csv"))


def _targets(path: Path) -> tuple[list[tuple[str, Path]], list[Problem]]:
    """Split one user-given path into (kind, path) jobs."""
    kind_of_path = _path_kind(path)
    if kind_of_path != "file" and kind_of_path != "folder":
        return [], [kind_of_path]
    if kind_of_path == "file":
        suffix = path.suffix.lower()
        if suffix in ARTICLE_SUFFIXES or suffix == ".json":
            return [("articles", path)], []
        if suffix == ".csv":
            kind = _csv_kind(path)
            if kind:
                return [(kind, path)], []
            return [], [Problem("cannot tell what this table is from its first line", file=str(path), line=1,
                                fix="Start a word list with 'term,variants,category,tone,note,alternative,"
                                    "source,case_sensitive'; name a concept table 'concepts*.csv' and a "
                                    "gazetteer 'gazetteer*.csv'; give an article manifest a 'file' or "
                                    "'text' column.")]
        return [], [Problem(f"the kit does not read '{suffix or 'extensionless'}' files", file=str(path),
                            fix="Save articles as .txt, .md or .html, and tables as .csv.")]
    # a folder
    if _is_data_folder(path):
        jobs: list[tuple[str, Path]] = []
        manifest = next((path / n for n in MANIFEST_NAMES if (path / n).is_file()), None)
        if manifest is not None:
            jobs.append(("articles", manifest))
        elif (path / "articles").is_dir():
            jobs.append(("articles", path / "articles"))
        if (path / "lexicons").is_dir():
            jobs.append(("lexicon", path / "lexicons"))
        for name, kind in (("concepts.csv", "concepts"), ("gazetteer.csv", "gazetteer")):
            if (path / name).is_file():
                jobs.append((kind, path / name))
        return jobs, []
    if path.name.lower() == "lexicons":
        return [("lexicon", path)], []
    try:
        articles, passed = article_files(path)  # the loader's own rule for what a folder offers
    except KitError as exc:
        return [], exc.problems
    jobs, problems = [], []
    if articles:
        jobs.append(("articles", path))  # a folder of articles may also hold word lists or tables
    names = [Path(p.file).name for p in passed]
    csvs = [path / n for n in names if n.lower().endswith(".csv") and not n.startswith(".")
            and _path_kind(path / n) == "file"]
    if csvs:
        lexicons = [p for p in csvs if _csv_kind(p) == "lexicon"]
        if lexicons:
            jobs.append(("lexicon", path if len(lexicons) == len(csvs) else lexicons))
        for p in csvs:
            if p not in lexicons:
                more, trouble = _targets(p)
                jobs.extend(more)
                problems.extend(trouble)
    if jobs or problems:
        return jobs, problems
    return [], [Problem("found no articles (.txt, .md, .markdown, .html), manifest or tables (.csv) in this folder",
                        file=str(path), fix="Point the command at a file, or at a folder that holds them.")]


def _path_kind(path: Path):
    """'file' (a regular file), 'folder', or a Problem saying why the path cannot be checked."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and not os.path.islink(path):
            return Problem("there is no file or folder here", file=str(path),
                           fix="Check the spelling of the path, or run the command from the kit's folder.")
        return Problem(f"this path cannot be opened ({exc.strerror or exc})", file=str(path),
                       fix="Check the path and its permissions; if it is a link, point it at a real file.")
    if stat.S_ISDIR(info.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            return Problem("this folder cannot be read (permission denied)", file=str(path),
                           fix="Check the folder's permissions, or copy the files to a folder you can read.")
        return "folder"
    if stat.S_ISREG(info.st_mode):
        return "file"
    return Problem("this is not a regular file or folder (it is a device, a named pipe or a socket)",
                   file=str(path), fix="Point the command at your article files or tables.")


# --------------------------------------------------------------------------- running the loaders

def _loader(kind: str):
    import importlib

    module_name, names, _ = LOADERS[kind]
    module = importlib.import_module(f"kit.{module_name}")
    for name in names:
        if callable(getattr(module, name, None)):
            return getattr(module, name)
    raise AttributeError(f"kit.{module_name} has no {' or '.join(names)}")


def _rows(value) -> int:
    try:
        return len(value)
    except TypeError:
        return 1


def _run(kind: str, target, report: Report) -> None:
    start = len(report.problems)
    result = _run_loader(kind, target, report)
    if kind == "lexicon":
        _check_word_lists(target, result, report, start)


def _run_loader(kind: str, target, report: Report):
    label = LOADERS[kind][2]
    shown = shown_path(target) if isinstance(target, (str, Path)) else ", ".join(shown_path(t) for t in target)
    try:
        loader = _loader(kind)
    except Exception as exc:  # noqa: BLE001
        report.problems.append(Problem(f"cannot check {label}: {exc}", file=shown, fix=_BUG_FIX))
        return
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = loader(target)
        for w in caught:
            if issubclass(w.category, (DeprecationWarning, PendingDeprecationWarning)):
                continue
            text = str(w.message)
            report.warnings.append(Problem(f"warning: {text}", file=None if shown in text else shown))
        report.checked.append((kind, shown, _rows(result)))
        return result
    except KitError as exc:
        for problem in exc.problems:
            if not problem.file:
                problem.file = shown
            report.problems.append(problem)
    except Exception as exc:  # noqa: BLE001 - never a bare traceback for the instructor
        report.problems.append(Problem(f"could not check {label} ({type(exc).__name__}: {exc})",
                                       file=shown, fix=_BUG_FIX))


def _is_address(value) -> bool:
    from .web import is_url

    return is_url(value)


# --------------------------------------------------------------------------- word lists: checks beyond the loader

def _csv_files(target) -> list[Path]:
    items = target if isinstance(target, (list, tuple)) else [target]
    files: list[Path] = []
    for item in map(Path, items):
        files.extend(sorted(item.glob("*.csv")) if item.is_dir() else [item])
    return files


def _long_rows(files: list[Path]) -> dict[tuple[str, int], tuple[int, int]]:
    """(file, line) -> (values, columns) for every row with more values than the header names."""
    found = {}
    for f in files:
        try:
            text = f.read_text(encoding="utf-8-sig")
            reader = csv.reader(io.StringIO(text, newline=""))
            header = next(reader, [])
            for row in reader:
                if len(row) > len(header) and any(c.strip() for c in row):
                    found[(os.path.abspath(f), reader.line_num)] = (len(row), len(header))
        except (OSError, UnicodeDecodeError, csv.Error):
            continue  # the loader reports a file it cannot read
    return found


def _check_word_lists(target, lexicon, report: Report, start: int) -> None:
    """A comma in a note, a category close to a known one, and a form in two categories."""
    from .lexicons import CATEGORIES, entry_forms, normalise_form

    files = _csv_files(target)
    long_rows = _long_rows(files)
    own = [f.stem for f in files]
    kept = report.problems[:start]
    reported = set()
    for problem in report.problems[start:]:
        key = (os.path.abspath(problem.file or ""), problem.line)
        if key in long_rows:
            continue  # a value split by a comma: the row's other problems follow from it
        if problem.field == "category":
            _suggest_category(problem, [*CATEGORIES, *own])
        kept.append(problem)
    for (file, line), (values, columns) in sorted(long_rows.items()):
        if (file, line) in reported:
            continue
        reported.add((file, line))
        kept.append(Problem(f"this line has {values} values but the header has {columns} columns: a comma inside "
                            "a value (most often the note) splits it in two", file=shown_path(file), line=line,
                            field="note",
                            fix='Put the note in double quotes, e.g. ...,"Suggests doubt, not proof.",... '
                                "(a spreadsheet saved as CSV adds them for you)."))
    ours = sorted(kept[start:], key=lambda p: (str(p.file), p.line or 0))
    report.problems[:] = kept[:start] + ours
    if lexicon is None or not hasattr(lexicon, "itertuples"):
        return
    first: dict[tuple, tuple] = {}
    for row in lexicon.itertuples(index=False):
        for form in dict.fromkeys(normalise_form(f, row.case_sensitive) for f in entry_forms(row.term, row.variants)):
            other = first.setdefault((form, row.case_sensitive), (row.category, row.file, row.line))
            if other[0] != row.category:
                report.warnings.append(Problem(
                    f"warning: {form!r} is listed as {row.category!r} here and as {other[0]!r} in "
                    f"{shown_path(other[1])}:{other[2]}", file=row.file, line=row.line, field="term",
                    fix="Keep each word in one category, unless you mean it to be marked twice."))


def _suggest_category(problem: Problem, known: list[str]) -> None:
    """Add "did you mean 'hedge'?" to a problem about an unknown or misspelt category."""
    m = re.search(r"'([^']*)'", problem.message)
    if not m or "did you mean" in problem.message:
        return
    name = m.group(1)
    close = difflib.get_close_matches(re.sub(r"[\s-]+", "_", name.strip().lower()), known, n=1, cutoff=0.6)
    if close and close[0] != name:
        problem.message += f" (did you mean {close[0]!r}?)"


def validate(paths=None) -> Report:
    """Check files and folders (by default the data folder in use: see ``kit.data_dir()``).

    A path may be a web address (``https://...``), a data folder (``articles/``, ``lexicons/``, ``manifest.csv``, ``concepts.csv``,
    ``gazetteer.csv``), a folder of articles or word lists, an article file, a manifest, a word
    list, a concept table or a gazetteer.

    >>> validate().ok   # the data in use: articles, word lists, gazetteer, concepts
    True
    """
    if not paths:
        paths = [data_dir()]
    report = Report()
    for raw in paths:
        if _is_address(raw):  # a web address: fetched (or taken from web-cache/) like kit.load_articles does
            _run("articles", str(raw).strip(), report)
            continue
        jobs, problems = _targets(Path(raw))
        report.problems.extend(problems)
        for kind, target in jobs:
            _run(kind, target, report)
    return report
