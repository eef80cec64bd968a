"""What the cell that runs a check tells it before it grades: an answer left over from another exercise, a list
with a comma missing.

Every lesson cell sets ``answer`` on the line above its check. A student who types over a check cell with
only its call (``exercises.check_speakers(answer, articles, "…")``) still has ``answer`` from the exercise
before: a number graded as a list of names ("Wrong kind of answer … You gave a number (3)"), or a plan graded as a
reflection. In IPython, each check the lessons call (:func:`remembered`) notes which question the answer it
read was checked for; when the running cell does not set ``answer`` and the same answer was last checked for
another question, the check says so instead of grading it:

    >>> CHECKED_FOR.clear()
    >>> note_checked(3, ("check_quote_count", ("raqqa",)))
    >>> print(left_over_result(3, ("check_speakers", ("raqqa",)), "Exercise 1"))
    … Not answered yet: this answer was written for Exercise 1: write yours in this cell.
      'answer' still holds 3, your answer to Exercise 1. Put answer = … (text in quotes, a number in digits) on a line above the check, then run this cell again.
    >>> left_over_result(3, ("check_quote_count", ("raqqa",)), "Exercise 1") is None
    True

A list typed with no comma between two words (``answer = ["hegemony" "imperialism"]``) raises no error: Python
joins the two words into one. The check finds that line in the running cell and says where the comma goes
(:func:`missing_comma_result`).

Outside IPython (a script, the tests) every check behaves as it always has.
"""

from __future__ import annotations

import functools
import re
import sys

from .result import INCORRECT, NOT_ANSWERED, NOT_CHECKED, CheckResult

__all__ = ["remembered", "question_of", "note_checked", "left_over_result", "sets_in_cell", "exercise_label",
           "CHECKED_FOR", "ANOTHER_EXERCISE", "set_since", "RUN_AT",
           "missing_comma_result", "misspelt_answer_result", "letters_apart", "bare_answer_hint",
           "note_bare_answer", "check_line_of", "CHECK_LINE", "CHECK_LINES", "cell_check_line",
           "not_loaded_result", "stopped_cell_result"]

#: which question each answer was last checked for: answer's key -> question (the newest 50)
CHECKED_FOR: dict = {}
#: how many cells had run when each answer was last checked (IPython's ``In``, the cell itself included)
RUN_AT: dict = {}
#: what the message calls the other exercise when the notebook's headings cannot be read
ANOTHER_EXERCISE = "another exercise"
#: what a check says when the words are the same as at the last check but are now written as a list, as asked
NOW_A_LIST = "Now it is a list, as the question asks: checked again."
#: and the mirror: the one item of a list, now written as one text, as asked
NOW_A_TEXT = "Now it is one text, as the question asks: checked again."
LAST_FORM: dict = {}  # each check and question: whether its last answer was one text or a list
PLAIN = (str, int, float, bool)


def answer_key(value):
    """A key that stands for an answer (its value for text, numbers and lists of them; else the object itself).

    >>> answer_key(["a", "b"]) == answer_key(["a", "b"]), answer_key(3) == answer_key("3")
    (True, False)
    """
    kind = type(value)
    if kind in PLAIN:
        return (kind.__name__, value)
    if kind in (list, tuple) and len(value) <= 200 and all(type(v) in PLAIN for v in value):
        return (kind.__name__, tuple((type(v).__name__, v) for v in value))
    return ("object", id(value))


def question_of(name: str, args, kwargs) -> tuple:
    """A question: the check's name and the plain values it was given after the answer (an article id, a
    column); tables and texts read from a file are left out.

    >>> question_of("check_top", ("loaded_language_per_1k", object()), {"largest": False})
    ('check_top', ('loaded_language_per_1k', ('largest', False)))
    """
    plain = [a for a in args if type(a) in PLAIN or (type(a) is tuple and all(type(v) in PLAIN for v in a))]
    plain += [(k, v) for k, v in sorted(kwargs.items()) if k not in ("answer", "prediction") and type(v) in PLAIN]
    return (name, tuple(plain))


def note_checked(answer, question: tuple) -> None:
    """Remember that ``answer`` was just checked for ``question`` (the three dots of an untouched answer are not
    an answer; only the newest 50 answers are kept).

    >>> CHECKED_FOR.clear(); note_checked(..., ("q",)); note_checked("x", ("q",)); len(CHECKED_FOR)
    1
    """
    if answer is ...:
        return
    key = answer_key(answer)
    CHECKED_FOR.pop(key, None)
    CHECKED_FOR[key] = question
    while len(CHECKED_FOR) > 50:
        RUN_AT.pop(next(iter(CHECKED_FOR)), None)
        CHECKED_FOR.pop(next(iter(CHECKED_FOR)))


def shown(value) -> str:
    """An answer as the message shows it: short.

    >>> shown(3), shown("x" * 80)[-4:]
    ('3', "...'")
    """
    text = repr(value) if type(value) in PLAIN or type(value) in (list, tuple) else "it"
    return text if len(text) <= 60 else text[:56] + "...'" * text.startswith("'")


def left_over_result(answer, question: tuple, label: str = ANOTHER_EXERCISE):
    """The result for an answer last checked for another question (``label``: what the lesson calls that
    exercise), or None when it was not (never checked, or checked for this ``question``).

    >>> CHECKED_FOR.clear(); note_checked("I would look up who runs the site.", ("check_lateral_plan", ()))
    >>> print(left_over_result("I would look up who runs the site.", ("check_reflection", ())).message)
    this answer was written for another exercise: write yours in this cell.
    """
    if answer is ...:
        return None
    other = CHECKED_FOR.get(answer_key(answer))
    if other is None or other == question:
        return None
    return CheckResult(NOT_ANSWERED, f"this answer was written for {label}: write yours in this cell.",
                       f"`answer` still holds {shown(answer)}, your answer to {label}. Put answer = … (text in "
                       "quotes, a number in digits) on a line above the check, then run this cell again.")


def sets_in_cell(name: str, variable: str, cell: str) -> bool | None:
    """Whether ``cell`` (the source of the cell that runs) gives ``variable`` a value itself; None when the cell
    does not call the check ``name`` with ``variable`` first, or ``variable`` is not an answer a cell sets.
    Any use of it other than the check's own argument counts as setting it (never flag what is not sure).

    >>> sets_in_cell("check_speakers", "answer", 'exercises.check_speakers(answer, articles, "x")  # your turn')
    False
    >>> sets_in_cell("check_speakers", "answer", 'answer = ["Lavrov"]\\nexercises.check_speakers(answer, articles)')
    True
    >>> sets_in_cell("check_prediction", "prediction", "exercises.check_prediction(prediction, 5)") is None
    True
    """
    from .friendly import SET_IN_THIS_CELL

    if not isinstance(cell, str) or not re.fullmatch(SET_IN_THIS_CELL, variable or ""):
        return None
    call = re.compile(rf"\b{re.escape(name)}\s*\(\s*{re.escape(variable)}\b")
    if not call.search(cell):
        return None
    code = "\n".join(line.split("#")[0] for line in call.sub("", cell).splitlines())
    return re.search(rf"(?<![\w.'\"]){re.escape(variable)}\b", code) is not None


def set_since(variable: str, history, start: int) -> bool:
    """True when a cell run after the first ``start`` cells of ``history`` (IPython's ``In``), before the running
    one, sets ``variable``: an answer typed in a cell of its own above the check is this exercise's answer.

    >>> set_since("answer", ["", "answer = 3", "check(answer)"], 1), set_since("answer", ["", "x = 1", "check(answer)"], 1)
    (True, False)
    """
    sets = re.compile(rf"(?m)^\s*{re.escape(variable)}\s*=(?!=)")
    return any(isinstance(cell, str) and sets.search(cell) for cell in list(history)[start:-1])


def exercise_label(question: tuple, cells) -> str:
    """What the notebook calls the exercise whose cell asks ``question``: the heading (``### Exercise 2``)
    above the code cell that calls its check with its values; :data:`ANOTHER_EXERCISE` when none is found.
    ``cells`` are the notebook's cells, (type, source) pairs.

    >>> cells = [("markdown", "### Exercise 1\\nHow many?"), ("code", 'check_quote_count(answer, articles, "a")'),
    ...          ("markdown", "### Exercise 2 (extension)"), ("code", 'check_speakers(answer, articles, "a")')]
    >>> exercise_label(("check_speakers", ("a",)), cells), exercise_label(("check_top", ()), cells)
    ('Exercise 2', 'another exercise')
    """
    name, values = question
    calls = [i for i, (kind, source) in enumerate(cells) if kind == "code" and re.search(rf"\b{name}\s*\(", source)]
    exact = [i for i in calls if all(repr(v) in cells[i][1] or f'"{v}"' in cells[i][1]
                                     for v in values if isinstance(v, str))]
    for i in (exact or calls)[:1]:
        for kind, source in reversed(cells[:i]):
            heading = re.search(r"(?m)^#{1,6}\s+(Exercise\s+\d+)\b", source) if kind == "markdown" else None
            if heading:
                return " ".join(heading.group(1).split())
    return ANOTHER_EXERCISE


def missing_comma_result(answer, variable: str, cell: str):
    """The result for a list answer with a comma missing between two words on the line of ``cell`` that sets
    ``variable`` (Python joined them into one item of ``answer``), or None.

    >>> print(missing_comma_result(["hegemonyimperialism"], "answer", 'answer = ["hegemony" "imperialism"]\\ncheck(answer)'))
    ✗ Not yet: a comma is missing between "hegemony" and "imperialism": Python joins two texts with nothing between them into one ('hegemonyimperialism').
      Put a comma between them, like this: answer = ["hegemony", "imperialism"]
    """
    from .quote_hints import hint_for_missing_comma

    if type(answer) not in (list, tuple):
        return None
    line = re.search(rf"(?m)^[ \t]*{re.escape(variable)}[ \t]*=(?!=).*$", cell or "")
    hint = hint_for_missing_comma(line.group(0)) if line else ""
    joined = re.search(r"\('(.*)'\)\. Put", hint)
    if not hint or not joined or joined.group(1) not in answer:
        return None
    what, fix = hint.split(". Put ", 1)
    return CheckResult(INCORRECT, what[0].lower() + what[1:] + ".", "Put " + fix)


def letters_apart(a: str, b: str) -> int:
    """How many letters one word is from another: letters added, left out, changed, or two side by side swapped.

    >>> letters_apart("anser", "answer"), letters_apart("asnwer", "answer"), letters_apart("mine", "answer")
    (1, 1, 5)
    """
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y)))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def misspelt_answer_result(variable: str, cell: str):
    """The result for a cell that gives a value to a name one or two letters from ``variable`` (``anser = "…"``)
    and not to ``variable`` itself: the check would grade the answer from before, so it asks instead; or None.

    >>> print(misspelt_answer_result("answer", 'anser = "I would look it up."\\nexercises.check_lateral_plan(answer)'))
    … Not answered yet: did you mean 'answer'? This cell sets 'anser', not 'answer', so the check would read the answer from before.
      Write 'answer = …' with that spelling on the line above the check, then run this cell again.
    >>> misspelt_answer_result("answer", 'answer = "x"\\nanswers = 2'), misspelt_answer_result("answer", "mine = 1")
    (None, None)
    """
    if not isinstance(cell, str) or not isinstance(variable, str) or len(variable) < 4:
        return None
    code = "\n".join(line.split("#")[0] for line in cell.splitlines())
    names = re.findall(r"(?m)^[ \t]*([A-Za-z_]\w*)[ \t]*=(?!=)", code)
    close = [n for n in dict.fromkeys(names) if 0 < letters_apart(n, variable) <= 2]
    if not close:
        return None
    if variable in names:  # "answer = …" above "anser = …": the check reads the line above, not the new one
        last = max(i for i, n in enumerate(names) if n == variable)
        later = [n for n in close if max(i for i, m in enumerate(names) if m == n) > last
                 and not n.startswith(variable)]  # "answers", "answer2": another name, not a misspelling
        if not later:
            return None
        return CheckResult(NOT_ANSWERED, f"did you mean `{variable}`? This cell sets `{later[0]}` below `{variable}`, "
                           f"so the check would read the `{variable} = …` line above it, not `{later[0]}`.",
                           f"Keep one line, spelt `{variable} = …`, above the check, then run this cell again.")
    return CheckResult(NOT_ANSWERED, f"did you mean `{variable}`? This cell sets `{close[0]}`, not `{variable}`, so the "
                       f"check would read the {variable} from before.",
                       f"Write `{variable} = …` with that spelling on the line above the check, then run this cell again.")


#: a lesson's check line: ``exercises.check_…(answer, …)``
CHECK_LINE = r"(?m)^[ \t]*(?:exercises\.|kit\.exercises\.)?check_\w+\(\s*answer\b.*$"


def bare_answer_hint(cell: str, check: str = "") -> str:
    """What to do when a cell holds only an answer (a text, a number, a list of them) and no check: with no
    ``answer =`` Jupyter only shows it back; with ``answer =`` alone nothing grades it. The hint shows the whole
    cell to type, the answer line and the check line (``check``, the line this cell had, when known); "" for any
    other cell.

    >>> print(bare_answer_hint('["imperialism", "regime"]', "exercises.check_loaded_words(answer, paragraph)"))
    This cell only shows your answer: nothing checks it. Type the whole cell, these two lines (Ctrl+Z brings back the lines you typed over):
    answer = ["imperialism", "regime"]
    exercises.check_loaded_words(answer, paragraph)
    >>> print(bare_answer_hint('answer = 4'))
    This cell sets answer, but nothing checks it. Type the whole cell: answer = 4 and, under it, the check line that was there (Ctrl+Z brings back the lines you typed over).
    >>> bare_answer_hint('answer = ["regime"]\\nexercises.check_x(answer)'), bare_answer_hint("articles.head()"), bare_answer_hint("3 + 4")
    ('', '', '')
    """
    import ast

    try:
        body = ast.parse(cell).body if isinstance(cell, str) else []
    except SyntaxError:
        return ""
    if len(body) != 1:
        return ""
    node = body[0]
    named = (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
             and node.targets[0].id == "answer")
    if not isinstance(node, ast.Expr) and not named:
        return ""
    value = node.value
    items = value.elts if isinstance(value, (ast.List, ast.Tuple, ast.Set)) else [value]
    if not items or not all(isinstance(v, ast.Constant) and type(v.value) in PLAIN for v in items):
        return ""
    line = cell.strip() if named else f"answer = {cell.strip()}"
    lead = ("This cell sets answer, but nothing checks it." if named else
            "This cell only shows your answer: nothing checks it.")
    if check:
        return (f"{lead} Type the whole cell, these two lines (Ctrl+Z brings back the lines you typed over):\n"
                f"{line}\n{check.strip()}")
    return (f"{lead} Type the whole cell: {line} and, under it, the check line that was there (Ctrl+Z brings back "
            "the lines you typed over).")


#: the check line each notebook cell had when it last ran with one (cell id -> line): JupyterLab saves the notebook
#: every two minutes, so after a cell is typed over its file no longer holds the line
CHECK_LINES: dict = {}


def check_line_of(cell_id, shell=None) -> str:
    """The check line of the notebook cell ``cell_id`` ("" when it is not found): the line the cell had when it last
    ran (:data:`CHECK_LINES`), else the line the notebook file holds, else the line of the same cell in the lesson's
    answer key or master (``answers/``, ``instructor/`` beside the notebook's folder: the lessons keep cell ids),
    which still hold it once the notebook has been saved with the cell typed over.

    >>> check_line_of(None)
    ''
    >>> CHECK_LINES["02-23"] = "exercises.check_loaded_words(answer, paragraph)"
    >>> check_line_of("02-23")
    'exercises.check_loaded_words(answer, paragraph)'
    >>> del CHECK_LINES["02-23"]
    """
    if not cell_id:
        return ""
    if cell_id in CHECK_LINES:
        return CHECK_LINES[cell_id]
    from pathlib import Path

    path = Path(str(getattr(shell, "user_ns", {}).get("__session__", "") or ""))
    if path.suffix != ".ipynb":
        return ""
    for copy in (path, path.parent.parent / "answers" / path.name, path.parent.parent / "instructor" / path.name):
        line = cell_check_line(copy, cell_id)
        if line:
            return line
    return ""


def cell_check_line(path, cell_id) -> str:
    """The check line of the cell ``cell_id`` in the notebook file ``path`` ("" when there is none).

    >>> cell_check_line("no-such-notebook.ipynb", "02-23")
    ''
    """
    import json
    from pathlib import Path

    try:
        cells = json.loads(Path(path).read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError, TypeError):
        return ""
    for c in cells if isinstance(cells, list) else []:
        if isinstance(c, dict) and c.get("id") == cell_id:
            found = re.search(CHECK_LINE, "".join(c.get("source", "")))
            return found.group(0).strip() if found else ""
    return ""


def note_bare_answer(result) -> None:
    """IPython's ``post_run_cell`` hook: print :func:`bare_answer_hint` under a cell that holds only an answer,
    with the check line the cell had in the notebook file when it is still there.

    >>> note_bare_answer(None)
    """
    info = getattr(result, "info", None)
    cell = getattr(info, "raw_cell", "")
    line = re.search(CHECK_LINE, cell) if isinstance(cell, str) else None
    if line and getattr(info, "cell_id", None):  # remembered: the saved notebook may lose it when the cell is typed over
        CHECK_LINES[info.cell_id] = line.group(0).strip()
    if getattr(result, "error_in_exec", None) is not None or not bare_answer_hint(cell):
        return
    shell = sys.modules["IPython"].get_ipython() if "IPython" in sys.modules else None
    print(bare_answer_hint(cell, check_line_of(getattr(info, "cell_id", None), shell)))


def running_cell():
    """The IPython shell and the source of the cell it runs now, or (None, "") outside IPython (or when the
    shell has no cell history).

    >>> shell, source = running_cell()
    >>> isinstance(source, str) and (shell is not None or source == "")
    True
    """
    if "IPython" not in sys.modules:
        return None, ""
    shell = sys.modules["IPython"].get_ipython()
    history = getattr(shell, "user_ns", {}).get("In") if shell is not None else None
    return (shell, history[-1]) if history and isinstance(history[-1], str) else (None, "")


def not_loaded_result(args, kwargs):
    """The result for a check given an article that is not loaded (the loading cell stopped: ``mine`` is a
    :class:`kit.articlefiles.NotLoaded`), or None: a neutral "could not check yet" with the fix, never a ✗, since the
    answer may be right.

    >>> from kit.articlefiles import NotLoaded
    >>> print(not_loaded_result(("My reflection.", NotLoaded()), {}))
    … Could not check yet: no article is loaded, because the cell with MY_FILE stopped. Your answer is kept.
      Read the message under that cell, fix MY_FILE there (or MY_TEXT) and run it again, then this cell.
    >>> not_loaded_result(("My reflection.",), {"articles": None}) is None
    True
    """
    from ..articlefiles import not_loaded

    for value in [*args, *kwargs.values()]:
        why = not_loaded(value)
        if why is not None:
            cell, fix = why
            return CheckResult(NOT_CHECKED, f"no article is loaded, because {cell} stopped. Your answer is kept.",
                               f"Read the message under that cell, {fix} and run it again, then this cell.")
    return None


def stopped_cell_result(variable: str, answer, history):
    """The result when ``variable`` still holds the three dots although the last cell run that sets it
    (``history``: IPython's ``In``, the running cell last) replaced them: that cell stopped with an error before it
    gave ``variable`` its new value; None otherwise (the dots are really still there, or no such cell ran).

    >>> print(stopped_cell_result("prediction", ..., ["", "prediction = ...", "prediction = three", "check(prediction)"]))
    … Not answered yet: the cell with 'prediction = three' stopped with an error, so 'prediction' still holds the three dots from before.
      Read the message under that cell and fix the line (text goes in quotes, a number in digits), run that cell again, then this one.
    >>> stopped_cell_result("prediction", ..., ["", "prediction = ...", "check(prediction)"]) is None
    True
    >>> stopped_cell_result("answer", ..., ["", "answer = 3; check(answer)", "answer = ...; check(answer)"]) is None
    True
    """
    if answer is not ... or not isinstance(variable, str):
        return None
    sets = re.compile(rf"(?m)^[ \t]*{re.escape(variable)}[ \t]*=(?!=)(.*)$")
    running = list(history)[-1:] or [""]
    if isinstance(running[0], str) and sets.search(running[0]):
        return None  # the running cell sets it itself ("answer = ..." above the check): not answered, nothing stopped
    for cell in reversed(list(history)[:-1]):
        lines = list(sets.finditer(cell)) if isinstance(cell, str) else []
        if lines:
            line = lines[-1]
            if line.group(1).split("#")[0].strip() in ("...", "…"):
                return None
            shown_line = " ".join(line.group(0).split("#")[0].split())
            shown_line = shown_line if len(shown_line) <= 60 else shown_line[:57] + "..."
            return CheckResult(NOT_ANSWERED, f"the cell with `{shown_line}` stopped with an error, so `{variable}` "
                               "still holds the three dots from before.",
                               "Read the message under that cell and fix the line (text goes in quotes, a number in "
                               "digits), run that cell again, then this one.")
    return None


def remembered(check):
    """``check`` that notes which question each answer was checked for, and, in IPython, says so when the running
    cell does not set ``answer`` and the answer was last checked for another question (:func:`left_over_result`).

    >>> from kit.exercises.corpus_checks import check_article_count
    >>> remembered(check_article_count)(..., articles=None).status
    'not_answered'
    """
    import inspect

    name = check.__name__
    first = next(iter(inspect.signature(check).parameters))  # "answer" ("prediction" for a prediction)

    @functools.wraps(check)
    def run(*args, **kwargs):
        answer = args[0] if args else kwargs.get(first, ...)
        note = None
        form = "text" if type(answer) is str else "list" if type(answer) in (list, tuple, set, frozenset) else ""
        was = ""
        try:
            note = not_loaded_result(args[1:], kwargs)  # the article is not loaded: the check cannot run at all
            question = question_of(name, args[1:] if args else (), kwargs)
            was = LAST_FORM.get((name, question), "")
            LAST_FORM[(name, question)] = form
            shell, cell = running_cell()
            variable = re.search(rf"\b{name}\s*\(\s*(\w+)", cell) if shell is not None else None
            history = list(shell.user_ns.get("In", ())) if shell is not None else []
            if note is None and variable:  # "prediction = three" stopped: the dots are not what the student sees
                note = stopped_cell_result(variable.group(1), answer, history)
            if note is None and variable:  # "anser = …": the answer from before would be graded
                note = misspelt_answer_result(variable.group(1), cell)
            if note is None and variable and sets_in_cell(name, variable.group(1), cell) is False and not set_since(
                    variable.group(1), history, RUN_AT.get(answer_key(answer), len(history))):
                note = left_over_result(answer, question, ANOTHER_EXERCISE)
                if note is not None:
                    from .friendly import notebook_cells

                    label = exercise_label(CHECKED_FOR[answer_key(answer)], notebook_cells(shell))
                    note = left_over_result(answer, question, label)
            if note is None and variable:
                note = missing_comma_result(answer, variable.group(1), cell)
            if note is None:
                note_checked(answer, question)
                RUN_AT[answer_key(answer)] = len(history)
        except Exception:  # noqa: BLE001  (noticing a left-over answer must never stop the check)
            note = None
        if note is not None:
            return note
        from .tries import EARLIER, REPEATED, REWORDED, same_answer_note

        REPEATED.clear()
        EARLIER.clear()
        REWORDED.clear()
        result = check(*args, **kwargs)
        if REPEATED and isinstance(result, CheckResult) and not result.passed:  # an answer tried before: no new try
            asks_list = "The question asks for a list." in result.detail  # a text where a list is asked
            again = (NOW_A_LIST if (was, form) == ("text", "list") else NOW_A_TEXT if (was, form) == ("list", "text")
                     and not asks_list else same_answer_note())  # the form changed
            result = CheckResult(result.status, result.message, [again, *result.detail.splitlines()],
                                 caution=result.caution, badge=result.badge)
        return result

    return run
