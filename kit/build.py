"""Build the student notebooks and answer keys from the instructor master notebooks (``build-student``).

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
  "_Write your answer here._" cell (their attachments removed);
- an exercise cell (one with solution lines) whose last line calls a check,
  e.g. ``exercises.check_top(answer, "hedge_per_1k", articles)``, gets a hidden
  check in the answer key: a cell right after it that runs the same call and
  fails when the model solution is no longer marked correct (tag the exercise
  cell ``no-hidden-check`` to leave it out). Masters hold no hidden-check cells.

A comment, tag or attachment that looks like a marker but is not exactly one stops the build
(kit/solution_markers.py, kit/notebook_versions.py); so do output folders that hold a master, the
project's own folder and folders outside it (kit/build_safety.py). Every file is written, or none.

Both versions have their outputs cleared and only clean metadata, except code
cells tagged ``nbval-check-output``: they keep their stored text outputs (stream,
execute_result and display_data, without output metadata), numbered as a run from
the top would number them, so that nbval (``--nbval-lax``) compares them when the
notebook runs. The same master always gives byte-identical files::

    >>> strip_solutions("answer = 3 * 4  # SOLUTION\\ncheck(answer)")
    'answer = ...\\ncheck(answer)'
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from .build_safety import refuse_unsafe, write_all
from .errors import Problem
from .notebook_cells import (
    ANSWER_PLACEHOLDER,
    CHECK_OUTPUT_TAG,
    HIDDEN_CHECK_HEADER,
    INSTRUCTOR_TAG,
    NO_HIDDEN_CHECK_TAG,
    SOLUTION_TAG,
    kept_outputs,
    notebook_bytes,
    notebooks_in,
    read_notebook,
    tags_of,
)
from .notebook_versions import answer_key, check_call, exercise_label, student_version
from .solution_markers import BuildError, strip_solutions

__all__ = [
    "BuildError", "strip_solutions", "check_call", "student_version", "answer_key", "notebook_bytes",
    "build", "out_of_sync", "strip_master", "execute_masters",
    "INSTRUCTOR_TAG", "SOLUTION_TAG", "CHECK_OUTPUT_TAG", "NO_HIDDEN_CHECK_TAG", "ANSWER_PLACEHOLDER",
]


def _render_all(masters_dir: Path) -> dict[str, tuple[bytes, bytes]]:
    """name -> (student bytes, answer-key bytes); every problem in every master in one error."""
    rendered, problems = {}, []
    for path in notebooks_in(masters_dir):
        try:
            rendered[path.name] = (notebook_bytes(student_version(path)), notebook_bytes(answer_key(path)))
        except BuildError as exc:
            problems.extend(exc.problems)
    if problems:
        raise BuildError(f"{len(problems)} problem(s) in the master notebooks", problems=problems)
    return rendered


def build(masters_dir="instructor", out_dir="notebooks", answers_dir="answers", force: bool = False) -> dict:
    """Write student notebooks to ``out_dir`` and answer keys to ``answers_dir``.

    Returns ``{"written": [paths changed], "unchanged": [paths], "extra": [student notebooks with no
    master], "stripped": [masters whose unchecked outputs were removed]}``. Files whose bytes would not
    change are not touched. Refuses (BuildError, nothing written) to write into a folder that holds a
    master, to write both versions into one folder, into a student folder that holds solutions, and
    (unless ``force``) into the project's folder (the one holding the masters folder) or outside it.
    Every file is written, or none (the masters' stripped outputs included).

    >>> import os, tempfile
    >>> out = tempfile.mkdtemp()
    >>> result = build("instructor", os.path.join(out, "students"), os.path.join(out, "keys"), force=True)
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
    refuse_unsafe(masters_dir, out_dir, answers_dir, force=force)
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
    for path in notebooks_in(masters_dir):
        nb, _ = read_notebook(path)
        if _unchecked_outputs_cleared(nb):
            files[path] = notebook_bytes(nb)
            result["stripped"].append(path)
    write_all(files)
    result["extra"] = [p for p in notebooks_in(out_dir) if p.name not in rendered]
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
        for extra in notebooks_in(folder):
            if extra.name not in rendered:
                messages.append(f"{extra}: {kind} has no master in {masters_dir}/ (delete it, or add its master)")
    for path in notebooks_in(Path(masters_dir)):
        nb, _ = read_notebook(path)
        if _unchecked_outputs_cleared(nb):
            messages.append(f"{path}: the master holds outputs the build removes (only cells tagged "
                            f"{CHECK_OUTPUT_TAG} keep theirs)")
    return messages


# --------------------------------------------------------------------------- masters: outputs

def _unchecked_outputs_cleared(nb) -> bool:
    """Clear outputs and counts of code cells not tagged nbval-check-output; True when anything changed."""
    changed = False
    for cell in nb.cells:
        if cell.get("cell_type") != "code" or CHECK_OUTPUT_TAG in tags_of(cell):
            continue
        if cell.get("outputs") or cell.get("execution_count") is not None:
            cell["outputs"], cell["execution_count"] = [], None
            changed = True
    return changed


def _write_master(nb, path: Path) -> None:
    write_all({path: notebook_bytes(nb)})


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
    nb, path = read_notebook(Path(path))
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
            label = exercise_label(cell.source) or label
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
    for path in notebooks_in(masters_dir):
        nb, _ = read_notebook(path)
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
            if cell.get("cell_type") != "code" or CHECK_OUTPUT_TAG not in tags_of(cell):
                continue
            fresh = kept_outputs(done)
            odd = [o for o in fresh if o["output_type"] != "stream" and set(o.get("data", {})) != {"text/plain"}]
            if odd:
                problems.append(Problem(
                    f"cell {index} ({_first_line(cell.source)}) is tagged {CHECK_OUTPUT_TAG} but shows "
                    f"{', '.join(sorted(odd[0].get('data', {})))}, not plain text", file=str(path),
                    fix="Tag only cells that print text or end with a plain value (never a table, plot or widget)."))
                continue
            stored = kept_outputs(cell)
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
    write_all(files)
    return warnings
