"""Notebook cells as the build reads and writes them: tags, clean cells, stable ids, the same bytes every time.

    >>> cell = {"cell_type": "code", "source": ["x = 1\\n", "x"], "metadata": {"tags": ["instructor"]}}
    >>> source_of(cell), tags_of(cell)
    ('x = 1\\nx', ['instructor'])
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .solution_markers import BuildError

__all__ = [
    "INSTRUCTOR_TAG", "SOLUTION_TAG", "CHECK_OUTPUT_TAG", "NO_HIDDEN_CHECK_TAG", "ANSWER_PLACEHOLDER",
    "HIDDEN_TAGS", "HIDDEN_CHECK_HEADER", "source_of", "tags_of", "cell_id", "kept_outputs", "clean_cell",
    "new_notebook", "kernel_metadata", "built_metadata", "read_notebook", "notebook_bytes", "notebooks_in", "is_hidden_check",
]

INSTRUCTOR_TAG = "instructor"
SOLUTION_TAG = "solution"
CHECK_OUTPUT_TAG = "nbval-check-output"  # nbval compares the stored outputs of these cells (kept by the build)
NO_HIDDEN_CHECK_TAG = "no-hidden-check"  # an exercise whose check gives feedback only (no hidden check)
ANSWER_PLACEHOLDER = "_Write your answer here._"
HIDDEN_TAGS = {INSTRUCTOR_TAG, SOLUTION_TAG, NO_HIDDEN_CHECK_TAG}
HIDDEN_CHECK_HEADER = "# Hidden check, made by `python -m kit build-student` from the check line above (answer key only)."

_VALID_ID = re.compile(r"^[a-zA-Z0-9-_]{1,64}$")
_KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def kernel_metadata() -> dict:
    """The notebook metadata the lessons' kernel (python3, ipykernel) gives JupyterLab when it starts: its kernelspec
    and its language_info (this Python's version too), as ipykernel writes them. A notebook whose metadata differs is
    marked changed as soon as it opens (student 39), so the build writes this. Written out here rather than asked of
    ipykernel and jupyter_client, which the kit does not depend on (only JupyterLab does).

    >>> meta = kernel_metadata()
    >>> meta["kernelspec"]["name"], meta["language_info"]["name"], meta["language_info"]["file_extension"]
    ('python3', 'python', '.py')
    """
    import sys

    info = {"name": "python", "version": sys.version.split()[0], "mimetype": "text/x-python",
            "codemirror_mode": {"name": "ipython", "version": sys.version_info[0]},
            "pygments_lexer": f"ipython{sys.version_info[0]}", "nbconvert_exporter": "python",
            "file_extension": ".py"}
    return {"kernelspec": dict(_KERNELSPEC), "language_info": info}


def built_metadata(metadata) -> bool:
    """True when notebook metadata has the form a build writes: :func:`kernel_metadata` of any Python version, or
    the older builds' ``{"name": "python"}`` language_info (a key built then is not a hand-made notebook).

    >>> built_metadata(kernel_metadata()), built_metadata({"kernelspec": {}, "language_info": {"name": "python"}})
    (True, True)
    >>> built_metadata({"kernelspec": {}, "language_info": {"name": "python", "version": "3.11.7"}})
    False
    """
    info = metadata.get("language_info", {}) if isinstance(metadata, dict) else {}
    return set(metadata or {}) == {"kernelspec", "language_info"} and set(info) in (
        {"name"}, set(kernel_metadata()["language_info"]))


def source_of(cell) -> str:
    """A cell's source as one string (nbformat allows a list of lines).

    >>> source_of({"source": ["x = 1\\n", "x"]})
    'x = 1\\nx'
    """
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def tags_of(cell) -> list[str]:
    """A cell's tags (an empty list when it has none or they are malformed).

    >>> tags_of({"metadata": {"tags": ["solution"]}}), tags_of({"metadata": {"tags": "solution"}})
    (['solution'], [])
    """
    tags = cell.get("metadata", {}).get("tags", [])
    return [str(t) for t in tags] if isinstance(tags, list) else []


def is_hidden_check(cell) -> bool:
    """Is this a hidden-check cell the build wrote into an answer key?

    >>> is_hidden_check({"cell_type": "code", "source": HIDDEN_CHECK_HEADER + "\\nx"})
    True
    """
    return cell.get("cell_type") == "code" and source_of(cell).startswith(HIDDEN_CHECK_HEADER)


def cell_id(cell, index: int, name: str, seen: set[str]) -> str:
    """The cell's own id if valid and new, else a stable one made from the notebook's name and the position.

    >>> cell_id({"id": "a"}, 1, "x.ipynb", set()), cell_id({}, 1, "x.ipynb", set())
    ('a', '37ac0c8304ef')
    """
    cid = cell.get("id")
    if not isinstance(cid, str) or not _VALID_ID.match(cid) or cid in seen:
        cid = hashlib.sha1(f"{name}:{index}".encode()).hexdigest()[:12]
    seen.add(cid)
    return cid


def kept_outputs(cell) -> list[dict]:
    """The outputs a ``nbval-check-output`` cell keeps: text and rich results, no metadata, no errors.

    >>> kept_outputs({"metadata": {"tags": ["nbval-check-output"]}, "outputs": [
    ...     {"output_type": "stream", "name": "stdout", "text": "hi\\n"},
    ...     {"output_type": "error", "ename": "E", "evalue": "", "traceback": []}]})
    [{'output_type': 'stream', 'name': 'stdout', 'text': 'hi\\n'}]
    >>> kept_outputs({"metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": "x"}]})
    []
    """
    if CHECK_OUTPUT_TAG not in tags_of(cell):
        return []
    kept = []
    for output in cell.get("outputs", []) or []:
        kind = output.get("output_type")
        if kind == "stream":
            text = output.get("text", "")
            kept.append({"output_type": "stream", "name": output.get("name", "stdout"),
                         "text": "".join(text) if isinstance(text, list) else text})
        elif kind in ("execute_result", "display_data"):
            data = {mime: ("".join(value) if isinstance(value, list) else value)
                    for mime, value in (output.get("data") or {}).items()}
            kept.append({"output_type": kind, "data": data, "metadata": {}})
            if kind == "execute_result":
                kept[-1]["execution_count"] = None  # numbered by _number
    return kept


def clean_cell(cell, cid: str, source: str, tags: list[str], attachments: bool = True) -> dict:
    """A cell with only what the build keeps: id, tags, source, checked outputs (and attachments when asked).

    >>> clean_cell({"cell_type": "markdown", "attachments": {"a.png": {}}}, "x", "Hi", [], attachments=False)
    {'cell_type': 'markdown', 'id': 'x', 'metadata': {}, 'source': 'Hi'}
    """
    cell_type = cell.get("cell_type", "code")
    new = {"cell_type": cell_type, "id": cid, "metadata": {"tags": tags} if tags else {}, "source": source}
    if cell_type == "code":
        new["execution_count"] = None
        new["outputs"] = kept_outputs(cell)
    elif cell_type == "markdown" and cell.get("attachments") and attachments:
        new["attachments"] = cell["attachments"]
    return new


def _number(cells: list[dict]) -> list[dict]:
    """Give cells with kept outputs the execution count a run from the top would give them.

    nbval only compares the outputs of cells that have an execution count; the other cells keep none.
    """
    count = 0
    for cell in cells:
        if cell["cell_type"] != "code" or not cell["source"].strip():
            continue
        count += 1
        if cell["outputs"]:
            cell["execution_count"] = count
            for output in cell["outputs"]:
                if output["output_type"] == "execute_result":
                    output["execution_count"] = count
    return cells


def new_notebook(cells: list[dict]):
    """A notebook of clean cells with clean metadata, checked outputs numbered as a run from the top would.

    >>> len(new_notebook([]).cells)
    0
    """
    import nbformat

    return nbformat.from_dict({
        "cells": _number(cells),
        "metadata": kernel_metadata(),  # as the kernel fills it in: the notebook opens unchanged in JupyterLab
        "nbformat": 4,
        "nbformat_minor": 5,
    })


def read_notebook(master):
    """(notebook, path) from a path, or (the notebook, None) when given a NotebookNode.

    >>> read_notebook("no-such-file.ipynb")
    Traceback (most recent call last):
    ...
    kit.solution_markers.BuildError: no-such-file.ipynb: cannot read the notebook: [Errno 2] No such file or directory: 'no-such-file.ipynb'
      How to fix: Open it in JupyterLab and save it again, or restore it from git.
    """
    import nbformat

    if isinstance(master, (str, Path)):
        path = Path(master)
        try:
            return nbformat.read(path, as_version=4), path
        except Exception as exc:  # noqa: BLE001 - any unreadable notebook gets the same advice
            raise BuildError(f"cannot read the notebook: {exc}", file=str(path),
                             fix="Open it in JupyterLab and save it again, or restore it from git.") from exc
    return master, None


def notebook_bytes(nb) -> bytes:
    """Serialise a notebook the same way every time (sorted keys, one-space indent, final newline).

    >>> import nbformat
    >>> notebook_bytes(nbformat.v4.new_notebook()).decode().endswith("}" + chr(10))
    True
    """
    import nbformat

    text = nbformat.writes(nb, version=4)
    if not text.endswith("\n"):
        text += "\n"
    return text.encode("utf-8")


def notebooks_in(folder) -> list[Path]:
    """The notebooks directly in a folder (hidden ones left out), sorted by name.

    >>> notebooks_in("no-such-folder")
    []
    """
    return sorted(p for p in Path(folder).glob("*.ipynb") if not p.name.startswith("."))
