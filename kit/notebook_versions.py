"""One master notebook -> its student version and its answer key, with every cell that could leak a solution stopped.

    >>> import nbformat.v4 as v4
    >>> master = v4.new_notebook(cells=[v4.new_code_cell("answer = 42  # SOLUTION\\ncheck(answer)", id="a")])
    >>> student_version(master).cells[0].source
    'answer = ...\\ncheck(answer)'
    >>> len(answer_key(master).cells)   # the exercise and its hidden check
    2
"""

from __future__ import annotations

import ast
import hashlib
import re
import unicodedata
from pathlib import Path

from .errors import Problem
from .notebook_cells import (
    ANSWER_PLACEHOLDER,
    CHECK_OUTPUT_TAG,
    HIDDEN_CHECK_HEADER,
    HIDDEN_TAGS,
    INSTRUCTOR_TAG,
    NO_HIDDEN_CHECK_TAG,
    SOLUTION_TAG,
    cell_id,
    clean_cell,
    is_hidden_check,
    new_notebook,
    read_notebook,
    source_of,
    tags_of,
)
from .solution_markers import (
    BuildError,
    has_solution,
    looks_like_marker,
    plain_letters,
    solution_line_numbers,
    strip_solutions,
)

__all__ = ["student_version", "answer_key", "check_call", "leak_problems", "exercise_label"]

_TAG_FIX_CODE = ("Remove the tag and mark the solution in the code: '# SOLUTION' at the end of each solution line, "
                 "or a '# BEGIN SOLUTION' / '# END SOLUTION' block; tag the cell 'instructor' if students must "
                 "not see it at all.")


def _plain_code(source: str) -> str:
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.split("\n"))


def _check_compiles(source: str) -> str | None:
    """Return a syntax problem in a code cell, ignoring IPython magics and shell lines."""
    try:
        ast.parse(_plain_code(source))
    except SyntaxError as exc:
        return f"line {exc.lineno}: {exc.msg}"
    return None


def _names(node, ctx) -> set[str]:
    found = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ctx)}
    if ctx is ast.Store:
        found |= {n.name for n in ast.walk(node) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    return found


def _taint(source: str, tainted: set[str]) -> set[str]:
    """Add to ``tainted`` the names a cell sets from a solution (or from a name already tainted)."""
    try:
        tree = ast.parse(_plain_code(source))
    except SyntaxError:
        return tainted
    solution = solution_line_numbers(source)
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt):
            continue
        lines = set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
        if lines & solution or _names(node, ast.Load) & tainted:
            tainted |= _names(node, ast.Store)
    return tainted


def _tag_problem(cell, tag: str) -> tuple[str, str] | None:
    kind = cell.get("cell_type")
    if tag == SOLUTION_TAG and kind == "markdown":
        return None
    if tag == SOLUTION_TAG or (looks_like_marker(tag) and kind != "markdown"):
        return (f"it is a {kind} cell tagged '{tag}': only a markdown cell's text is replaced for students, "
                "so this solution would reach them", _TAG_FIX_CODE)
    if looks_like_marker(tag):
        return (f"its tag '{tag}' looks like the tag 'solution' but is not it, so the model answer would reach "
                "students", "Write the tag exactly 'solution' (lower case, plain letters).")
    plain = re.sub(r"[^a-z]", "", plain_letters(tag))
    if tag != INSTRUCTOR_TAG and ("instructor" in plain or plain in ("teacher", "teachers", "teachernotes")):
        return (f"its tag '{tag}' looks like the tag 'instructor' but is not it, so students would see the cell",
                "Write the tag exactly 'instructor' (lower case, plain letters).")
    return None


def leak_problems(nb, name: str = "notebook") -> list[tuple[int, Problem]]:
    """Every cell of a master that would hand students a solution although it looks marked: (cell number, problem).

    Tags that look like ``solution`` or ``instructor`` but are not exactly them, a code or raw cell tagged
    ``solution``, markdown with a solution comment or attachment but no ``solution`` tag, a hidden-check
    cell (masters hold none), and a ``nbval-check-output`` cell whose output would show a solution.

    >>> import nbformat.v4 as v4
    >>> nb = v4.new_notebook(cells=[v4.new_code_cell("answer = 42", metadata={"tags": ["solution"]})])
    >>> print(leak_problems(nb, "01-x.ipynb")[0][1])
    01-x.ipynb: cell 1: it is a code cell tagged 'solution': only a markdown cell's text is replaced for students, so this solution would reach them
      How to fix: Remove the tag and mark the solution in the code: '# SOLUTION' at the end of each solution line, or a '# BEGIN SOLUTION' / '# END SOLUTION' block; tag the cell 'instructor' if students must not see it at all.
    """
    problems, tainted = [], set()
    for index, cell in enumerate(nb.cells, start=1):
        source, tags, kind = source_of(cell), tags_of(cell), cell.get("cell_type")
        found: list[tuple[str, str]] = []
        if kind == "code":
            tainted = _taint(source, tainted)
        if INSTRUCTOR_TAG in tags:
            continue
        found += [p for p in (_tag_problem(cell, tag) for tag in tags) if p]
        if is_hidden_check(cell):
            found.append(("it is a hidden check, which only answer keys hold",
                          "Delete the cell (the build writes hidden checks), or pass --masters the folder of "
                          "masters, not of answer keys."))
        if kind in ("markdown", "raw") and (SOLUTION_TAG not in tags or kind == "raw"):
            what = _text_marker(source, markdown=kind == "markdown") or next(
                (f"the attachment '{f}'" for f in (cell.get("attachments") or {}) if looks_like_marker(f)), None)
            if what:
                why = "the cell is not tagged 'solution'" if kind == "markdown" else "a raw cell reaches them as it is"
                found.append((f"{what} marks a solution, but {why}, so students would see it",
                              "Tag the cell 'solution' (a markdown cell: students get 'Write your answer here.') or "
                              "'instructor' (students do not get the cell), or put the code in a code cell."))
        if kind == "code" and CHECK_OUTPUT_TAG in tags:
            used = sorted(_names_used(source) & tainted)
            if has_solution(source) or used:
                why = f"uses {', '.join(used)}, set by a solution" if used else "holds a solution"
                found.append((f"it is tagged {CHECK_OUTPUT_TAG} and {why}: its stored output would show "
                              "students the answer", f"Remove the {CHECK_OUTPUT_TAG} tag, or check the output "
                              "of a cell that does not depend on an answer."))
        problems += [(index, Problem(f"cell {index}: {message}", file=name, fix=fix)) for message, fix in found]
    return problems


_HEADING_MARKER = re.compile(r"(model |possible |sample |the )?solutions?(\s*[:\-\u2013\u2014].*| to\b.*| for\b.*)?\W*")


def _text_marker(source: str, markdown: bool = True) -> str | None:
    """A marker in markdown or raw text: an HTML comment or a '#' comment naming a solution (in a raw cell or a
    code block), or a markdown heading that is only "Solution" ("## Solution", "## Solution: why",
    "## Solution to Exercise 2"; not "## Solutions journalism").

    >>> _text_marker("## Solution"), _text_marker("## Solutions journalism")
    ("the line '## Solution'", None)
    """
    for comment in re.findall(r"<!--(.*?)-->", source, re.DOTALL):
        if looks_like_marker(comment):
            return f"the comment '<!--{comment.strip()[:40]}-->'"
    fenced = False
    for line in source.split("\n"):
        plain = unicodedata.normalize("NFKC", line)  # a full-width '＃' too
        if plain.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if "#" not in plain:
            continue
        text = plain[plain.index("#"):]
        heading = markdown and not fenced and not plain[: plain.index("#")].strip()
        if heading and _HEADING_MARKER.fullmatch(plain_letters(text.lstrip("#").strip())) and looks_like_marker(text):
            return f"the line '{line.strip()[:60]}'"
        if not heading and looks_like_marker(text):
            return f"the line '{line.strip()[:60]}'"
    return None


def _names_used(source: str) -> set[str]:
    try:
        return _names(ast.parse(_plain_code(source)), ast.Load)
    except SyntaxError:
        return set(re.findall(r"[A-Za-z_]\w*", source))


def student_version(master, name: str = "notebook"):
    """Return the student version of a master notebook (a path or a NotebookNode).

    >>> import nbformat.v4 as v4
    >>> master = v4.new_notebook(cells=[
    ...     v4.new_code_cell("answer = 42  # SOLUTION", id="a"),
    ...     v4.new_markdown_cell("Say it loud.", id="b", metadata={"tags": ["instructor"]})])
    >>> [c.source for c in student_version(master).cells]
    ['answer = ...']
    """
    nb, path = read_notebook(master)
    name = str(path) if path else name
    cells, seen, problems = [], set(), leak_problems(nb, name)
    for index, cell in enumerate(nb.cells, start=1):
        tags = tags_of(cell)
        if INSTRUCTOR_TAG in tags:
            continue
        kept_tags = [t for t in tags if t not in HIDDEN_TAGS]
        cid = cell_id(cell, index, Path(name).name, seen)
        source, model_answer = source_of(cell), False
        if cell.get("cell_type") == "code":
            try:
                source = strip_solutions(source)
            except BuildError as exc:
                problems.append((index, Problem(f"cell {index}, {exc.problems[0].message}", file=name,
                                                fix=exc.fix)))
                continue
            syntax = _check_compiles(source)
            if syntax and not _check_compiles(source_of(cell)):
                problems.append((index, Problem(
                    f"cell {index}: the student version is not valid Python ({syntax})", file=name,
                    fix="Mark the whole solution with '# BEGIN SOLUTION' / '# END SOLUTION' lines, "
                        "or put '# SOLUTION' on every line of it.")))
        elif cell.get("cell_type") == "markdown" and SOLUTION_TAG in tags:
            source, model_answer = ANSWER_PLACEHOLDER, True
        cells.append(clean_cell(cell, cid, source, kept_tags, attachments=not model_answer))
    if problems:
        problems.sort(key=lambda pair: pair[0])  # in the order of the cells
        raise BuildError(f"{len(problems)} problem(s) in {name}", problems=[p for _, p in problems])
    return new_notebook(cells)


def check_call(source: str) -> str | None:
    """The check call on the last line of an exercise cell (comments dropped), or None.

    An exercise cell has solution lines and ends with a call to a function whose name starts with ``check``.

    >>> check_call("answer = 3  # SOLUTION\\nexercises.check_count(answer, articles)  # CHANGE THIS")
    'exercises.check_count(answer, articles)'
    >>> check_call("answer = 3  # SOLUTION\\nprint(answer)") is None
    True
    """
    if not has_solution(source):
        return None
    plain = _plain_code(source)
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


def exercise_label(source: str) -> str | None:
    """``### Exercise 2`` in a markdown cell -> ``Exercise 2``.

    >>> exercise_label("### Exercise 2: your turn")
    'Exercise 2'
    """
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
    nb, path = read_notebook(master)
    name = path.name if path else name
    lesson = Path(name).stem
    seen: set[str] = set()
    cells, label = [], None
    for index, cell in enumerate(nb.cells, start=1):
        source, tags = source_of(cell), tags_of(cell)
        cells.append(clean_cell(cell, cell_id(cell, index, name, seen), source, tags))
        if cell.get("cell_type") == "markdown":
            label = exercise_label(source) or label
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
    return new_notebook(cells)
