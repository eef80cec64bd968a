"""Where the kit reads its data: the articles, word lists, gazetteer and concept table.

The kit looks, in this order, for:

1. a folder you name: ``kit.use_data("path/to/data")`` in a notebook, or the ``KIT_DATA``
   environment variable (set once for a whole JupyterHub, for example);
2. the ``data/`` folder of the copy you are working in: the working directory or one of the
   folders above it that holds a ``data/`` folder with the kit's files. So a student who edits a
   word list in their own copy of the lessons sees the change, and nobody else does;
3. the data shipped inside the package.

A file missing from the chosen folder (say it has word lists but no gazetteer) is read from the
next place down the list. ``kit.data_dir()`` says which folder is in use.

    >>> import kit
    >>> (kit.data_dir() / "lexicons").is_dir()
    True
    >>> kit.data_path("gazetteer.csv").name
    'gazetteer.csv'
"""

from __future__ import annotations

import os
import time
from importlib import resources
from pathlib import Path

from .errors import KitError

__all__ = ["data_dir", "data_path", "data_folders", "use_data", "packaged_data_dir", "file_stamp", "data_stamp", "DATA_ENV"]

#: The environment variable that names a data folder for every kernel that sees it.
DATA_ENV = "KIT_DATA"

# The kit's own top-level entries: a folder holding one of them is a data folder.
_MARKERS = ("manifest.csv", "lexicons", "gazetteer.csv", "concepts.csv")

_chosen: Path | None = None
# data_folders() walks up from the working directory; tables call it per article, so the answer is
# kept for a second per (working directory, chosen folder, KIT_DATA).
_RECENT: dict = {}
_RECENT_SECONDS = 1.0


def packaged_data_dir() -> Path:
    """The data that came with the kit (inside the installed package, or the checkout's ``data/``).

    >>> (packaged_data_dir() / "manifest.csv").is_file()
    True
    """
    inside = Path(str(resources.files("kit"))) / "data"
    if (inside / "lexicons").is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / "data"


def _is_data_folder(folder: Path) -> bool:
    try:
        return folder.is_dir() and any((folder / marker).exists() for marker in _MARKERS)
    except OSError:
        return False


def _copy_in_use() -> Path | None:
    """The nearest ``data/`` folder with the kit's files, from the working directory upwards."""
    try:
        here = Path.cwd().resolve()
    except OSError:  # the working directory was deleted
        return None
    for folder in (here, *here.parents):
        if folder.name == "data" and _is_data_folder(folder):
            return folder
        if _is_data_folder(folder / "data"):
            return folder / "data"
    return None


def use_data(path=None) -> Path:
    """Use the data folder ``path`` for the rest of this session (``None`` goes back to the default).

    The folder holds any of ``articles/``, ``manifest.csv``, ``lexicons/``, ``gazetteer.csv``,
    ``concepts.csv``; what it lacks comes from the next place the kit looks (see ``data_dir``).

    >>> import kit, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> kit.use_data(folder)
    Traceback (most recent call last):
    ...
    kit.errors.KitError: ...
    >>> kit.use_data() == kit.data_dir()
    True
    """
    global _chosen
    if path is None:
        _chosen = None
        return data_dir()
    folder = Path(path).expanduser()
    if not _is_data_folder(folder):
        raise KitError("this folder holds none of the kit's data files", file=str(folder), field="data folder",
                       fix="Point to a folder holding articles/, manifest.csv, lexicons/, gazetteer.csv "
                           "or concepts.csv (for example the data/ folder of your copy of the kit).")
    _chosen = folder.resolve()
    return _chosen


def data_folders() -> list[Path]:
    """Every place the kit looks for data, in order (the first is ``data_dir()``).

    >>> data_folders()[-1] == packaged_data_dir()
    True
    """
    try:
        cwd = os.getcwd()
    except OSError:
        cwd = ""
    key = (cwd, _chosen, os.environ.get(DATA_ENV, ""))
    now = time.monotonic()
    hit = _RECENT.get(key)
    if hit is not None and now - hit[0] < _RECENT_SECONDS:
        return list(hit[1])
    found = _look()
    _RECENT.clear()
    _RECENT[key] = (now, found)
    return list(found)


def _look() -> list[Path]:
    found = []
    if _chosen is not None:
        found.append(_chosen)
    env = os.environ.get(DATA_ENV, "").strip()
    if env:
        folder = Path(env).expanduser()
        if not _is_data_folder(folder):
            raise KitError(f"the {DATA_ENV} environment variable names a folder without the kit's data files",
                           file=str(folder), field=DATA_ENV,
                           fix=f"Set {DATA_ENV} to a folder holding lexicons/, manifest.csv or articles/, "
                               "or unset it to use the data of the copy you are working in.")
        found.append(folder.resolve())
    copy = _copy_in_use()
    if copy is not None:
        found.append(copy)
    found.append(packaged_data_dir())
    return found


def data_dir() -> Path:
    """The data folder in use now (see the module's help for the order the kit looks in).

    >>> import kit
    >>> kit.data_dir().name
    'data'
    """
    return data_folders()[0]


def data_path(*parts: str) -> Path:
    """A file or folder of the data in use, e.g. ``data_path("lexicons")`` or ``data_path("gazetteer.csv")``.

    Taken from the first place that has it, so a folder that only overrides the word lists still
    gets the shipped gazetteer.

    >>> data_path("lexicons", "hedge.csv").name
    'hedge.csv'
    """
    candidates = data_folders()
    for folder in candidates:
        path = folder.joinpath(*parts)
        if path.exists():
            return path
    return candidates[0].joinpath(*parts)


def file_stamp(path) -> tuple:
    """A key that changes when a file, or any file in a folder, is edited (path, size, modification time).

    Caches use it, so a word list edited while a kernel runs takes effect on the next call.

    >>> stamp = file_stamp(data_path("gazetteer.csv"))
    >>> stamp == file_stamp(data_path("gazetteer.csv"))
    True
    """
    path = Path(path)
    try:
        if path.is_dir():
            return (str(path),) + tuple(file_stamp(p) for p in sorted(path.iterdir()) if p.is_file())
        info = path.stat()
    except OSError:
        return (str(path), None)
    return (str(path), info.st_size, info.st_mtime_ns)


#: The data files whose contents the analyses depend on (besides the articles).
ANALYSIS_FILES = ("lexicons", "gazetteer.csv", "concepts.csv", "context_rules.csv", "word_sets.csv")


def data_stamp() -> tuple:
    """One key for every data file the analyses read; it changes when any of them is edited.

    >>> data_stamp() == data_stamp()
    True
    """
    return tuple(file_stamp(data_path(name)) for name in ANALYSIS_FILES)


#: What :func:`csv_lines` last read, by file name: (stamp, lines).
CSV_LINES: dict = {}


def csv_lines(name: str, header: list[str]) -> tuple[tuple, list[tuple[int, list[str]]]]:
    """A small data CSV file's stamp and its lines after the header, each as (line number, cells), read again only
    when the file changes (so a teacher's edit counts on the next call); a header other than ``header`` raises
    :class:`~kit.errors.LexiconError` naming the file and the first line to write.

    >>> stamp, lines = csv_lines("headline_words.csv", ["set", "word"])
    >>> lines[0][0], len(lines[0][1])
    (2, 2)
    >>> csv_lines("headline_words.csv", ["set", "word"])[0] == stamp
    True
    """
    import csv

    from .errors import LexiconError

    path = data_path(name)
    stamp = file_stamp(path)
    held = CSV_LINES.get(name)
    if held is None or held[0] != stamp:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        if not rows or [cell.strip() for cell in rows[0]] != header:
            raise LexiconError(f"{path.name}: the header is {rows[:1]}", file=str(path), field="header",
                               fix="The first line must be: " + ",".join(header))
        held = CSV_LINES[name] = (stamp, list(enumerate(rows[1:], start=2)))
    return held
