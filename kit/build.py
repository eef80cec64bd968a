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
  "_Write your answer here._" cell;
- an exercise cell (one with solution lines) whose last line calls a check,
  e.g. ``exercises.check_top(answer, "hedge_per_1k", articles)``, gets a hidden
  check in the answer key: a cell right after it that runs the same call and
  fails when the model solution is no longer marked correct (tag the exercise
  cell ``no-hidden-check`` to leave it out). Masters hold no hidden-check cells.

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
import os
import re
import subprocess
from pathlib import Path

from .errors import KitError, Problem

__all__ = [
    "BuildError", "strip_solutions", "check_call", "student_version", "answer_key", "notebook_bytes",
    "build", "out_of_sync", "strip_master", "execute_masters",
    "INSTRUCTOR_TAG", "SOLUTION_TAG", "CHECK_OUTPUT_TAG", "NO_HIDDEN_CHECK_TAG", "ANSWER_PLACEHOLDER",
]

INSTRUCTOR_TAG = "instructor"
SOLUTION_TAG = "solution"
CHECK_OUTPUT_TAG = "nbval-check-output"  # nbval compares the stored outputs of these cells (kept by the build)
NO_HIDDEN_CHECK_TAG = "no-hidden-check"  # an exercise whose check gives feedback only (no hidden check)
ANSWER_PLACEHOLDER = "_Write your answer here._"
HIDDEN_TAGS = {INSTRUCTOR_TAG, SOLUTION_TAG, NO_HIDDEN_CHECK_TAG}
HIDDEN_CHECK_HEADER = "# Hidden check, made by `python -m kit build-student` from the check line above (answer key only)."

_SOLUTION_LINE = re.compile(r"#\s*SOLUTION\b(?:\s*[:\-\u2013\u2014]\s.*|\s*:)?\s*$")  # "# SOLUTION: a note" too
_LOOSE_MARKER = re.compile(r"#.*\bSOLUTION\b")  # a marker the build would not recognise
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


def _comment_lines_naming_solution(source: str) -> set[int]:
    """Line numbers of comments (not strings) that contain the word SOLUTION."""
    import io
    import tokenize

    found = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT and _LOOSE_MARKER.search(token.string):
                found.add(token.start[0])
    except (tokenize.TokenError, SyntaxError):  # an unfinished cell: fall back to a plain look at each line
        found = {n for n, line in enumerate(source.split("\n"), start=1)
                 if _LOOSE_MARKER.search(line) and "'" not in line and '"' not in line}
    return found


def strip_solutions(source: str) -> str:
    """Return the student version of one code cell's source.

    >>> strip_solutions("x = 1\\nprint(x)  # SOLUTION")
    'x = 1'
    >>> strip_solutions("a, b = 1, 2  # SOLUTION")
    'a, b = ..., ...'
    >>> strip_solutions("answer = 42  # SOLUTION: the longest bar")
    'answer = ...'
    """
    lines = source.split("\n")
    marked = _comment_lines_naming_solution(source)
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
        if number in marked:
            raise BuildError(f"line {number}: 'SOLUTION' in a comment the build does not recognise, so the "
                             "solution would reach students", line=number,
                             fix="End a solution line with '# SOLUTION' (a note may follow: '# SOLUTION: why'), "
                                 "or wrap lines in '# BEGIN SOLUTION' / '# END SOLUTION'.")
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


def _has_solution(source: str) -> bool:
    return any(_SOLUTION_LINE.search(line) or _BEGIN.match(line) for line in source.split("\n"))


def check_call(source: str) -> str | None:
    """The check call on the last line of an exercise cell (comments dropped), or None.

    An exercise cell has solution lines and ends with a call to a function whose name starts with ``check``.

    >>> check_call("answer = 3  # SOLUTION\\nexercises.check_count(answer, articles)  # CHANGE THIS")
    'exercises.check_count(answer, articles)'
    >>> check_call("answer = 3  # SOLUTION\\nprint(answer)") is None
    True
    """
    if not _has_solution(source):
        return None
    plain = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.split("\n"))
    try:
        tree = ast.parse(plain)
    except SyntaxError:
        return None
    last = tree.body[-1] if tree.body else None
    if not (isinstance(last, ast.Expr) and isinstance(last.value, ast.Call)):
        return None
    func = last.value.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if not name.startswith("check"):
        return None
    return ast.get_source_segment(plain, last.value)


def _exercise_label(source: str) -> str | None:
    """``### Exercise 2`` in a markdown cell -> ``Exercise 2``."""
    match = re.search(r"^#+\s*(Exercise\s+\w+)", source, re.MULTILINE)
    return match.group(1) if match else None


def _hidden_check(call: str, where: str) -> str:
    return (f"{HIDDEN_CHECK_HEADER}\n"
            f"outcome = {call}\n"
            f"assert outcome.passed, {where + ': the model solution no longer passes its check. '!r} "
            f"+ str(outcome)")


def answer_key(master, name: str = "notebook"):
    """Return the answer key: the master with its solutions and a hidden check after each exercise,
    outputs cleared (except on cells tagged ``nbval-check-output``), metadata clean.

    >>> import nbformat.v4 as v4
    >>> master = v4.new_notebook(cells=[v4.new_code_cell("answer = 42  # SOLUTION\\ncheck(answer)", id="a")])
    >>> key = answer_key(master, name="01-x.ipynb")
    >>> key.cells[0].source
    'answer = 42  # SOLUTION\\ncheck(answer)'
    >>> print(key.cells[1].source.split("\\n", 1)[1])
    outcome = check(answer)
    assert outcome.passed, '01-x, cell 1: the model solution no longer passes its check. ' + str(outcome)
    """
    nb, path = _read(master)
    name = path.name if path else name
    lesson = Path(name).stem
    seen: set[str] = set()
    cells, label = [], None
    for index, cell in enumerate(nb.cells, start=1):
        source, tags = _source(cell), _tags(cell)
        cells.append(_clean_cell(cell, _cell_id(cell, index, name, seen), source, tags))
        if cell.get("cell_type") == "markdown":
            label = _exercise_label(source) or label
            continue
        if cell.get("cell_type") != "code" or INSTRUCTOR_TAG in tags or NO_HIDDEN_CHECK_TAG in tags:
            continue
        call = check_call(source)
        if call is None:
            continue
        cid = cells[-1]["id"][:58] + "-check"
        if cid in seen:
            cid = hashlib.sha1(f"{name}:{index}:check".encode()).hexdigest()[:12]
        seen.add(cid)
        where = f"{lesson}, {label or f'cell {index}'}"
        cells.append({"cell_type": "code", "id": cid, "metadata": {"tags": [INSTRUCTOR_TAG]},
                      "source": _hidden_check(call, where), "execution_count": None, "outputs": []})
        label = None
    return _notebook(cells)


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


def _holds_solutions(path: Path) -> bool:
    """Does a notebook hold solutions or teacher cells (a master or an answer key)?"""
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # noqa: BLE001 - an unreadable file is no master; the build replaces it
        return False
    for cell in nb.cells:
        if HIDDEN_TAGS & set(_tags(cell)):
            return True
        if cell.get("cell_type") == "code" and _has_solution(_source(cell)):
            return True
    return False


def _same(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def _refuse_unsafe(masters_dir: Path, out_dir: Path, answers_dir: Path, names) -> None:
    """Raise BuildError (before anything is written) when the build would overwrite masters or mix up
    the student and answer-key folders."""
    fix_out = "Pass --out and --answers two different folders, neither of them the masters folder."
    for option, folder in (("--out", out_dir), ("--answers", answers_dir)):
        if folder.exists() and not folder.is_dir():
            raise BuildError(f"{option} is a file, not a folder", file=str(folder), field=option,
                             fix=f"Give {option} a folder (a new or an existing one).")
        if _same(folder, masters_dir):
            raise BuildError(f"{option} is the folder of master notebooks: the build would overwrite "
                             "the masters (solutions and teacher notes would be lost)",
                             file=str(folder), field=option, fix=fix_out)
    if _same(out_dir, answers_dir):
        raise BuildError("--out and --answers are the same folder: the answer keys would overwrite the "
                         "student notebooks", file=str(out_dir), field="--answers", fix=fix_out)
    if out_dir.is_dir():
        for path in _masters(out_dir):
            if _holds_solutions(path):
                raise BuildError("the student folder holds a notebook with solutions or teacher cells "
                                 "(a master or an answer key): students would get the answers",
                                 file=str(path), field="--out",
                                 fix="Check --out and --answers (were they swapped?), or move that "
                                     "notebook out of the student folder.")


def _write_all(files: dict[Path, bytes]) -> None:
    """Write every file through a temporary folder next to it, then move them into place: a folder that
    cannot be written or a full disk stops the build before any old file is replaced."""
    import shutil
    import tempfile

    staged: list[tuple[Path, Path]] = []
    temps: dict[Path, Path] = {}
    try:
        for target, data in files.items():
            folder = target.parent
            if folder not in temps:
                folder.mkdir(parents=True, exist_ok=True)
                temps[folder] = Path(tempfile.mkdtemp(prefix=".build-", dir=folder))
            staged_path = temps[folder] / target.name
            staged_path.write_bytes(data)
            staged.append((staged_path, target))
        for staged_path, target in staged:
            os.replace(staged_path, target)
    except OSError as exc:
        where = getattr(exc, "filename", None) or next(iter(files), "")
        raise BuildError(f"cannot write the notebooks ({exc.strerror or exc}); the old files are unchanged",
                         file=str(where),
                         fix="Make the folder writable and free some disk space, or pass --out/--answers "
                             "folders you can write to.") from exc
    finally:
        for temp in temps.values():
            shutil.rmtree(temp, ignore_errors=True)


def build(masters_dir="instructor", out_dir="notebooks", answers_dir="answers") -> dict:
    """Write student notebooks to ``out_dir`` and answer keys to ``answers_dir``.

    Returns ``{"written": [paths changed], "unchanged": [paths], "extra": [student notebooks with no
    master], "stripped": [masters whose unchecked outputs were removed]}``. Files whose bytes would not
    change are not touched. Refuses (BuildError, nothing written) to write into the masters folder, to
    write both versions into one folder, or into a student folder that holds solutions.

    >>> import os, tempfile
    >>> out = tempfile.mkdtemp()
    >>> result = build("instructor", os.path.join(out, "students"), os.path.join(out, "keys"))
    >>> sorted(os.listdir(os.path.join(out, "students"))) == sorted(os.listdir("instructor"))
    True
    """
    masters_dir, out_dir, answers_dir = Path(masters_dir), Path(out_dir), Path(answers_dir)
    if not masters_dir.is_dir():
        raise BuildError("the folder of master notebooks does not exist", file=str(masters_dir),
                         fix="Run the command from the kit's folder, or pass --masters DIR.")
    rendered = _render_all(masters_dir)
    if not rendered:
        raise BuildError("no master notebooks (*.ipynb) in this folder", file=str(masters_dir),
                         fix="Put the instructor notebooks there, or pass --masters DIR.")
    _refuse_unsafe(masters_dir, out_dir, answers_dir, rendered)
    result: dict[str, list[Path]] = {"written": [], "unchanged": [], "extra": [], "stripped": []}
    files: dict[Path, bytes] = {}
    for folder, which in ((out_dir, 0), (answers_dir, 1)):
        for name, pair in rendered.items():
            target = folder / name
            if target.is_file() and target.read_bytes() == pair[which]:
                result["unchanged"].append(target)
            else:
                files[target] = pair[which]
                result["written"].append(target)
    _write_all(files)
    result["extra"] = [p for p in _masters(out_dir) if p.name not in rendered]
    result["stripped"] = [path for path in _masters(masters_dir) if strip_master(path)]
    return result


def out_of_sync(masters_dir="instructor", out_dir="notebooks", answers_dir="answers") -> list[str]:
    """Describe every generated notebook that differs from what the masters give (empty: in sync).

    >>> out_of_sync()   # the committed student notebooks and answer keys follow the masters
    []
    """
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
    for path in _masters(Path(masters_dir)):
        nb, _ = _read(path)
        if _unchecked_outputs_cleared(nb):
            messages.append(f"{path}: the master holds outputs the build removes (only cells tagged "
                            f"{CHECK_OUTPUT_TAG} keep theirs)")
    return messages


# --------------------------------------------------------------------------- masters: outputs

def _unchecked_outputs_cleared(nb) -> bool:
    """Clear outputs and counts of code cells not tagged nbval-check-output; True when anything changed."""
    changed = False
    for cell in nb.cells:
        if cell.get("cell_type") != "code" or CHECK_OUTPUT_TAG in _tags(cell):
            continue
        if cell.get("outputs") or cell.get("execution_count") is not None:
            cell["outputs"], cell["execution_count"] = [], None
            changed = True
    return changed


def _write_master(nb, path: Path) -> None:
    _write_all({path: notebook_bytes(nb)})


def strip_master(path) -> bool:
    """Remove from a master the outputs the build does not keep (every cell not tagged
    ``nbval-check-output``); sources, tags and checked outputs stay. True when the file changed.

    A master run and saved in JupyterLab keeps every output (tables, plots, widgets: hundreds of KB);
    the build strips them so that what is committed stays small and readable in a diff.

    >>> import nbformat, os, tempfile
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1", outputs=[
    ...     nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=1)])])
    >>> path = os.path.join(tempfile.mkdtemp(), "lesson.ipynb")
    >>> nbformat.write(nb, path)
    >>> strip_master(path), strip_master(path)
    (True, False)
    """
    nb, path = _read(Path(path))
    if not _unchecked_outputs_cleared(nb):
        return False
    _write_master(nb, path)
    return True


def _output_text(outputs: list[dict]) -> str:
    parts = []
    for output in outputs:
        parts.append(output.get("text") or (output.get("data") or {}).get("text/plain", ""))
    text = "".join(parts).strip()
    return text if len(text) <= 200 else text[:200] + "…"


def _first_line(source: str) -> str:
    line = source.strip().split("\n", 1)[0]
    return line if len(line) <= 60 else line[:60] + "…"


def _failure(executed, lesson: str) -> str:
    """The first error in an executed notebook: lesson, exercise (or cell) and the error's message."""
    label = None
    for index, cell in enumerate(executed.cells, start=1):
        if cell.cell_type == "markdown":
            label = _exercise_label(cell.source) or label
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                message = f"{output.get('ename')}: {output.get('evalue')}"
                if cell.source.startswith(HIDDEN_CHECK_HEADER):
                    return message  # the hidden check's message starts with the lesson and the exercise
                return f"{lesson}, {label + ', ' if label else ''}cell {index} ({_first_line(cell.source)}): {message}"
    return f"{lesson}: a cell failed"


def execute_masters(masters_dir="instructor", timeout: int = 600, write: bool = True) -> list[str]:
    """Run every master's answer key (hidden checks included) top to bottom in a fresh kernel and store in
    the master the fresh outputs of its cells tagged ``nbval-check-output`` (all other outputs removed).

    Returns warnings, one per stored checked output that was stale (it differed from the fresh one).
    With ``write=False`` nothing is written: the warnings only report what is stale (a read-only check).
    Raises BuildError naming the lesson, the exercise and the check's message when a cell fails (for
    example a model solution that no longer passes its check); no master is changed then.

    >>> import tempfile
    >>> execute_masters(tempfile.mkdtemp())   # a folder without masters: nothing to run, nothing stale
    []
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    masters_dir = Path(masters_dir)
    warnings, problems, updated = [], [], {}
    for path in _masters(masters_dir):
        nb, _ = _read(path)
        key = answer_key(path)
        lesson = path.stem
        client = NotebookClient(key, timeout=timeout, kernel_name="python3",
                                resources={"metadata": {"path": str(masters_dir.resolve())}})
        try:
            client.execute(stderr=subprocess.DEVNULL)  # the kernel's own log lines help no teacher
        except CellExecutionError:
            problems.append(Problem(_failure(key, lesson), file=str(path),
                                    fix="Update the solution in the master, or undo the change to the data "
                                        "or word lists that made it fail."))
            continue
        executed = [c for c in key.cells if not c.source.startswith(HIDDEN_CHECK_HEADER)]
        for index, (cell, done) in enumerate(zip(nb.cells, executed), start=1):
            if cell.get("cell_type") != "code" or CHECK_OUTPUT_TAG not in _tags(cell):
                continue
            fresh = _kept_outputs(done)
            odd = [o for o in fresh if o["output_type"] != "stream" and set(o.get("data", {})) != {"text/plain"}]
            if odd:
                problems.append(Problem(
                    f"cell {index} ({_first_line(cell.source)}) is tagged {CHECK_OUTPUT_TAG} but shows "
                    f"{', '.join(sorted(odd[0].get('data', {})))}, not plain text", file=str(path),
                    fix="Tag only cells that print text or end with a plain value (never a table, plot or widget)."))
                continue
            stored = _kept_outputs(cell)
            for output in stored:
                output.pop("execution_count", None)
            fresh_plain = [{k: v for k, v in o.items() if k != "execution_count"} for o in fresh]
            if stored != fresh_plain:
                done_what = "and is now updated" if write else "(not changed: read-only check)"
                warnings.append(f"{path}: cell {index} ({_first_line(cell.source)}): the stored output is stale "
                                f"{done_what}.\n    was: {_output_text(stored) or '(nothing)'}\n"
                                f"    now: {_output_text(fresh_plain) or '(nothing)'}")
            for output in fresh:
                if output["output_type"] == "execute_result":
                    output["execution_count"] = done.execution_count
            cell["outputs"] = [nbformat.from_dict(o) for o in fresh]
            cell["execution_count"] = done.execution_count if fresh else None
        _unchecked_outputs_cleared(nb)
        updated[path] = nb
    if problems:
        raise BuildError(f"{len(problems)} problem(s) when running the masters", problems=problems)
    if not write:
        return warnings
    files = {path: notebook_bytes(nb) for path, nb in updated.items() if notebook_bytes(nb) != path.read_bytes()}
    _write_all(files)
    return warnings
