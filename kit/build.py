"""Turn instructor master notebooks into student notebooks and answer keys.

A master notebook (``instructor/NN-name.ipynb``) carries the solutions, the
instructor notes and the hidden checks. The markings follow otter-grader and
nbgrader:

- a code line ending with ``# SOLUTION`` is a solution line: an assignment
  ``answer = expr  # SOLUTION`` becomes the stub ``answer = ...``; any other
  solution line is removed;
- the lines between ``# BEGIN SOLUTION`` and ``# END SOLUTION`` become one
  ``...`` line (with the indentation of the ``# BEGIN SOLUTION`` line);
- cells tagged ``instructor`` are removed from the student version;
- markdown cells tagged ``solution`` (model answers) become a
  "_Write your answer here._" cell.

Both versions have their outputs cleared and only clean metadata, except code
cells tagged ``nbval-check-output``: they keep their stored text outputs (stream,
execute_result and display_data, without output metadata), numbered as a run from
the top would number them, so that nbval (``--nbval-lax``) compares them when the
notebook runs. The same master always gives byte-identical files::

    >>> strip_solutions("answer = 3 * 4  # SOLUTION\\ncheck(answer)")
    'answer = ...\\ncheck(answer)'
    >>> print(strip_solutions("def f(x):\\n    # BEGIN SOLUTION\\n    return x + 1\\n    # END SOLUTION"))
    def f(x):
        ...
"""

from __future__ import annotations

import ast
import hashlib
import re
from pathlib import Path

from .errors import KitError, Problem

__all__ = [
    "BuildError", "strip_solutions", "student_version", "answer_key", "notebook_bytes",
    "build", "out_of_sync", "INSTRUCTOR_TAG", "SOLUTION_TAG", "CHECK_OUTPUT_TAG", "ANSWER_PLACEHOLDER",
]

INSTRUCTOR_TAG = "instructor"
SOLUTION_TAG = "solution"
CHECK_OUTPUT_TAG = "nbval-check-output"  # nbval compares the stored outputs of these cells (kept by the build)
ANSWER_PLACEHOLDER = "_Write your answer here._"
HIDDEN_TAGS = {INSTRUCTOR_TAG, SOLUTION_TAG}

_SOLUTION_LINE = re.compile(r"#\s*SOLUTION\s*$")
_BEGIN = re.compile(r"^(\s*)#+\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#+\s*END SOLUTION\s*$")
_VALID_ID = re.compile(r"^[a-zA-Z0-9-_]{1,64}$")

_KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}
_REBUILD_FIX = "Run `python -m kit build-student` from the kit's folder."


class BuildError(KitError):
    """A master notebook that cannot be turned into a student version."""


# --------------------------------------------------------------------------- code cells

def _stub(line: str) -> str | None:
    """``answer = expr  # SOLUTION`` -> ``answer = ...``; None when the line is no assignment."""
    code = _SOLUTION_LINE.sub("", line).rstrip()
    indent = code[: len(code) - len(code.lstrip())]
    try:
        tree = ast.parse(code.strip())
    except SyntaxError:
        # e.g. the first line of a multi-line call; a plain ``name =`` still counts
        match = re.match(r"^\s*([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)", code)
        return f"{indent}{match.group(1)} = ..." if match else None
    if len(tree.body) != 1:
        return None
    node = tree.body[0]
    if isinstance(node, ast.Assign):
        targets = node.targets[-1]  # ``a = b = expr`` -> ``a = b = ...``
        names = [ast.get_source_segment(code.strip(), t) for t in node.targets]
        if isinstance(targets, (ast.Tuple, ast.List)):
            value = ", ".join(["..."] * len(targets.elts))
        else:
            value = "..."
        return f"{indent}{' = '.join(names)} = {value}"
    if isinstance(node, ast.AnnAssign) and node.value is not None:
        target = ast.get_source_segment(code.strip(), node.target)
        annotation = ast.get_source_segment(code.strip(), node.annotation)
        return f"{indent}{target}: {annotation} = ..."
    return None


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


def _opens_block(line: str) -> bool:
    code = line.split("#", 1)[0].rstrip()
    return code.endswith(":")


def strip_solutions(source: str) -> str:
    """Return the student version of one code cell's source.

    >>> strip_solutions("x = 1\\nprint(x)  # SOLUTION")
    'x = 1'
    >>> strip_solutions("a, b = 1, 2  # SOLUTION")
    'a, b = ..., ...'
    """
    lines = source.split("\n")
    kept: list[str] = []
    removed_at: list[tuple[int, str]] = []  # (position in kept, indentation) of removed lines
    begin: tuple[int, str] | None = None
    for number, line in enumerate(lines, start=1):
        if begin is not None:
            if _BEGIN.match(line):
                raise BuildError(f"line {number}: '# BEGIN SOLUTION' inside another solution block",
                                 line=number, fix="Close the first block with '# END SOLUTION'.")
            if _END.match(line):
                kept.append(begin[1] + "...")
                begin = None
            continue
        match = _BEGIN.match(line)
        if match:
            begin = (number, match.group(1))
            continue
        if _END.match(line):
            raise BuildError(f"line {number}: '# END SOLUTION' without a '# BEGIN SOLUTION' above it",
                             line=number, fix="Add '# BEGIN SOLUTION' where the solution starts.")
        if _SOLUTION_LINE.search(line):
            stub = _stub(line)
            if stub is not None:
                kept.append(stub)
            else:
                removed_at.append((len(kept), line[: _indent_of(line)]))
            continue
        kept.append(line)
    if begin is not None:
        raise BuildError(f"line {begin[0]}: '# BEGIN SOLUTION' is never closed", line=begin[0],
                         fix="Add a '# END SOLUTION' line after the solution.")
    # A removed line may leave a block (``def``, ``if``, ``for``...) with no body: put ``...`` there.
    for position, indent in reversed(removed_at):
        before = next((kept[i] for i in range(position - 1, -1, -1) if kept[i].strip()), None)
        after = next((kept[i] for i in range(position, len(kept)) if kept[i].strip()), None)
        if before is not None and _opens_block(before) and len(indent) > _indent_of(before) and (
                after is None or _indent_of(after) <= _indent_of(before)):
            kept.insert(position, indent + "...")
    if lines[-1].strip():  # a removed last line leaves no trailing blank lines behind
        while kept and not kept[-1].strip():
            kept.pop()
    return "\n".join(kept)


def _check_compiles(source: str) -> str | None:
    """Return a syntax problem in a code cell, ignoring IPython magics and shell lines."""
    plain = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.split("\n"))
    try:
        ast.parse(plain)
    except SyntaxError as exc:
        return f"line {exc.lineno}: {exc.msg}"
    return None


# --------------------------------------------------------------------------- notebooks

def _source(cell) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _tags(cell) -> list[str]:
    tags = cell.get("metadata", {}).get("tags", [])
    return [str(t) for t in tags] if isinstance(tags, list) else []


def _cell_id(cell, index: int, name: str, seen: set[str]) -> str:
    cid = cell.get("id")
    if not isinstance(cid, str) or not _VALID_ID.match(cid) or cid in seen:
        cid = hashlib.sha1(f"{name}:{index}".encode()).hexdigest()[:12]
    seen.add(cid)
    return cid


def _kept_outputs(cell) -> list[dict]:
    """The outputs a ``nbval-check-output`` cell keeps: text and rich results, no metadata, no errors.

    >>> _kept_outputs({"metadata": {"tags": ["nbval-check-output"]}, "outputs": [
    ...     {"output_type": "stream", "name": "stdout", "text": "hi\\n"},
    ...     {"output_type": "error", "ename": "E", "evalue": "", "traceback": []}]})
    [{'output_type': 'stream', 'name': 'stdout', 'text': 'hi\\n'}]
    >>> _kept_outputs({"metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": "x"}]})
    []
    """
    if CHECK_OUTPUT_TAG not in _tags(cell):
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


def _clean_cell(cell, cid: str, source: str, tags: list[str], cell_type: str | None = None) -> dict:
    cell_type = cell_type or cell.get("cell_type", "code")
    metadata = {"tags": tags} if tags else {}
    new = {"cell_type": cell_type, "id": cid, "metadata": metadata, "source": source}
    if cell_type == "code":
        new["execution_count"] = None
        new["outputs"] = _kept_outputs(cell)
    elif cell_type == "markdown" and cell.get("attachments") and cell.get("cell_type") == "markdown":
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


def _notebook(cells: list[dict]):
    import nbformat

    return nbformat.from_dict({
        "cells": _number(cells),
        "metadata": {"kernelspec": dict(_KERNELSPEC), "language_info": {"name": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    })


def _read(master):
    import nbformat

    if isinstance(master, (str, Path)):
        path = Path(master)
        try:
            return nbformat.read(path, as_version=4), path
        except Exception as exc:  # noqa: BLE001 - any unreadable notebook gets the same advice
            raise BuildError(f"cannot read the notebook: {exc}", file=str(path),
                             fix="Open it in JupyterLab and save it again, or restore it from git.") from exc
    return master, None


def student_version(master, name: str = "notebook"):
    """Return the student version of a master notebook (a path or a NotebookNode).

    >>> import nbformat.v4 as v4
    >>> master = v4.new_notebook(cells=[
    ...     v4.new_code_cell("answer = 42  # SOLUTION", id="a"),
    ...     v4.new_markdown_cell("Say it loud.", id="b", metadata={"tags": ["instructor"]})])
    >>> [c.source for c in student_version(master).cells]
    ['answer = ...']
    """
    nb, path = _read(master)
    name = path.name if path else name
    cells, seen, problems = [], set(), []
    for index, cell in enumerate(nb.cells, start=1):
        tags = _tags(cell)
        if INSTRUCTOR_TAG in tags:
            continue
        kept_tags = [t for t in tags if t not in HIDDEN_TAGS]
        cid = _cell_id(cell, index, name, seen)
        source = _source(cell)
        if cell.get("cell_type") == "code":
            try:
                source = strip_solutions(source)
            except BuildError as exc:
                problems.append(Problem(f"cell {index}, {exc.problems[0].message}", file=str(path or name),
                                        fix=exc.fix))
                continue
            syntax = _check_compiles(source)
            if syntax and not _check_compiles(_source(cell)):
                problems.append(Problem(
                    f"cell {index}: the student version is not valid Python ({syntax})",
                    file=str(path or name),
                    fix="Mark the whole solution with '# BEGIN SOLUTION' / '# END SOLUTION' lines, "
                        "or put '# SOLUTION' on every line of it."))
        elif cell.get("cell_type") == "markdown" and SOLUTION_TAG in tags:
            source = ANSWER_PLACEHOLDER
        cells.append(_clean_cell(cell, cid, source, kept_tags))
    if problems:
        raise BuildError(f"{len(problems)} problem(s) in {path or name}", problems=problems)
    return _notebook(cells)


def answer_key(master, name: str = "notebook"):
    """Return the answer key: the master with its solutions, outputs cleared (except on cells tagged
    ``nbval-check-output``), metadata clean.

    >>> import nbformat.v4 as v4
    >>> master = v4.new_notebook(cells=[v4.new_code_cell("answer = 42  # SOLUTION", id="a")])
    >>> answer_key(master).cells[0].source
    'answer = 42  # SOLUTION'
    """
    nb, path = _read(master)
    name = path.name if path else name
    seen: set[str] = set()
    cells = [_clean_cell(cell, _cell_id(cell, i, name, seen), _source(cell), _tags(cell))
             for i, cell in enumerate(nb.cells, start=1)]
    return _notebook(cells)


def notebook_bytes(nb) -> bytes:
    """Serialise a notebook the same way every time (sorted keys, one-space indent, final newline)."""
    import nbformat

    text = nbformat.writes(nb, version=4)
    if not text.endswith("\n"):
        text += "\n"
    return text.encode("utf-8")


# --------------------------------------------------------------------------- folders

def _masters(masters_dir: Path) -> list[Path]:
    return sorted(p for p in Path(masters_dir).glob("*.ipynb") if not p.name.startswith("."))


def _render_all(masters_dir: Path) -> dict[str, tuple[bytes, bytes]]:
    """name -> (student bytes, answer-key bytes); every problem in every master in one error."""
    rendered, problems = {}, []
    for path in _masters(masters_dir):
        try:
            rendered[path.name] = (notebook_bytes(student_version(path)), notebook_bytes(answer_key(path)))
        except BuildError as exc:
            problems.extend(exc.problems)
    if problems:
        raise BuildError(f"{len(problems)} problem(s) in the master notebooks", problems=problems)
    return rendered


def build(masters_dir="instructor", out_dir="notebooks", answers_dir="answers") -> dict:
    """Write student notebooks to ``out_dir`` and answer keys to ``answers_dir``.

    Returns ``{"written": [paths changed], "unchanged": [paths], "extra": [student notebooks with no
    master]}``. Files whose bytes would not change are not touched.
    """
    masters_dir, out_dir, answers_dir = Path(masters_dir), Path(out_dir), Path(answers_dir)
    if not masters_dir.is_dir():
        raise BuildError("the folder of master notebooks does not exist", file=str(masters_dir),
                         fix="Run the command from the kit's folder, or pass --masters DIR.")
    rendered = _render_all(masters_dir)
    if not rendered:
        raise BuildError("no master notebooks (*.ipynb) in this folder", file=str(masters_dir),
                         fix="Put the instructor notebooks there, or pass --masters DIR.")
    result: dict[str, list[Path]] = {"written": [], "unchanged": [], "extra": []}
    for folder, which in ((out_dir, 0), (answers_dir, 1)):
        folder.mkdir(parents=True, exist_ok=True)
        for name, pair in rendered.items():
            target = folder / name
            if target.is_file() and target.read_bytes() == pair[which]:
                result["unchanged"].append(target)
            else:
                target.write_bytes(pair[which])
                result["written"].append(target)
    result["extra"] = [p for p in _masters(out_dir) if p.name not in rendered]
    return result


def out_of_sync(masters_dir="instructor", out_dir="notebooks", answers_dir="answers") -> list[str]:
    """Describe every generated notebook that differs from what the masters give (empty: in sync)."""
    rendered = _render_all(Path(masters_dir))
    messages = []
    for folder, which, kind in ((Path(out_dir), 0, "student notebook"), (Path(answers_dir), 1, "answer key")):
        for name, pair in rendered.items():
            target = folder / name
            if not target.is_file():
                messages.append(f"{target}: {kind} is missing")
            elif target.read_bytes() != pair[which]:
                messages.append(f"{target}: {kind} differs from {Path(masters_dir) / name}")
        for extra in _masters(folder):
            if extra.name not in rendered:
                messages.append(f"{extra}: {kind} has no master in {masters_dir}/ (delete it, or add its master)")
    return messages
