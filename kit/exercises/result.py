"""The result every check returns: a readable sentence first, the detail after.

Right/wrong answers get one of five statuses; a prediction that missed gets "compared" (how far it
was, no tick and no cross: a prediction is not graded); written answers get one of three rubric
levels (beginning, emerging, mastery, as Civic Online Reasoning scores students) and
never a ✓: a rubric level says what the writing does, not that it is "right".

    >>> print(CheckResult("partly", "2 of 3 found.", "You missed one."))
    ◐ Partly right: 2 of 3 found.
      You missed one.
    >>> print(CheckResult("emerging", "a plan that leaves the page once."))
    ◑ Emerging: a plan that leaves the page once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

__all__ = ["is_code_line", "CheckResult", "STATUSES", "LEVELS", "CORRECT", "PARTLY", "INCORRECT", "WRONG_TYPE", "NOT_ANSWERED", "NOT_CHECKED",
           "BEGINNING", "EMERGING", "MASTERY", "NUDGE", "NUDGE_APART", "Unreadable", "not_answered", "wrong_type", "describe",
           "category_label", "COMPARED"]

CORRECT, PARTLY, INCORRECT = "correct", "partly", "incorrect"
COMPARED = "compared"  # a prediction that missed: not graded, so no tick and no cross, only how far it was
WRONG_TYPE, NOT_ANSWERED = "wrong_type", "not_answered"
NOT_CHECKED = "not_checked"  # the check could not run (no article loaded): neither the answer's fault nor a verdict
BEGINNING, EMERGING, MASTERY = "beginning", "emerging", "mastery"
LEVELS = (BEGINNING, EMERGING, MASTERY)
STATUSES = (CORRECT, PARTLY, INCORRECT, WRONG_TYPE, NOT_ANSWERED, NOT_CHECKED, COMPARED, *LEVELS)

# symbol and label for each status: never colour alone; written answers never get a tick
BADGES = {
    CORRECT: ("✓", "Correct"),
    PARTLY: ("◐", "Partly right"),
    INCORRECT: ("✗", "Not yet"),
    WRONG_TYPE: ("!", "Wrong kind of answer"),
    NOT_ANSWERED: ("…", "Not answered yet"),
    NOT_CHECKED: ("…", "Could not check yet"),
    COMPARED: ("↔", "Your prediction and the kit"),
    BEGINNING: ("○", "Beginning"),
    EMERGING: ("◑", "Emerging"),
    MASTERY: ("●", "Mastery"),
}
STYLES = {
    CORRECT: "border-left:6px double #1b7837",
    PARTLY: "border-left:6px dashed #b35806",
    INCORRECT: "border-left:6px solid #762a83",
    WRONG_TYPE: "border-left:6px dotted #762a83",
    NOT_ANSWERED: "border-left:6px dotted #777777",
    NOT_CHECKED: "border-left:6px dotted #777777",
    COMPARED: "border-left:6px double #777777",
    BEGINNING: "border-left:6px dotted #2166ac",
    EMERGING: "border-left:6px dashed #2166ac",
    MASTERY: "border-left:6px solid #2166ac",
}

NUDGE = "Replace the three dots after `{name} =` with your {what}, then run the cell again."
#: The same, when the answer is typed in a cell above the check (a prediction).
NUDGE_APART = "Replace the three dots after `{name} =` with your {what}, run that cell, then this one."

PLURALS = {"loaded_language": "loaded words", "label": "labels", "hedge": "hedges", "booster": "boosters",
           "attribution": "verbs of saying", "vague_source": "vague sources", "scare_quote": "scare quotes",
           "doubt": "words of doubt"}


def category_label(categories) -> str:
    """Plain words for a set of categories.

    >>> category_label(["loaded_language", "label"])
    'loaded words or labels'
    """
    return " or ".join(PLURALS.get(c, c.replace("_", " ")) for c in categories)


class CheckResult:
    """The outcome of one check: ``status``, a one-sentence ``message`` and ``detail``.

    A ``caution`` (what the check cannot judge for you) is shown first, under "Check this first:", before the mark (✓, ◐, ✗),
    so that a reader in a hurry sees it.

    ``status`` is one of "correct", "partly", "incorrect", "wrong_type", "not_answered",
    "compared" (a prediction that missed: not graded), or, for written answers, a rubric level: "beginning", "emerging", "mastery". In a
    notebook it shows as HTML (a symbol and a word, everything escaped); as text, the
    sentence comes first and the detail after. ``passed`` is True for a right answer
    and for a written answer at mastery level (what an answer key must reach).

    >>> r = CheckResult("partly", "2 of 3 found.", "You missed 'brutal'.")
    >>> r
    ◐ Partly right: 2 of 3 found.
      You missed 'brutal'.
    >>> bool(r), r.correct, r.passed
    (False, False, False)
    >>> CheckResult("mastery", "a plan that leaves the page.").passed
    True
    >>> "<b>no</b>" in CheckResult("incorrect", "<b>no</b>")._repr_html_()
    False
    """

    def __init__(self, status: str, message: str, detail: str | Sequence[str] = "", caution: str = "",
                 badge: str = ""):
        if status not in STATUSES or (badge and badge not in STATUSES):
            raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
        self.status = status
        # the status whose symbol and word are shown, when not the status's own: a prediction that matches the kit
        # passes, but is shown as a comparison ("↔"), never a tick: a prediction is not graded
        self.badge = badge or status
        if not isinstance(detail, str):
            detail = "\n".join(d for d in detail if d)
        # a quoted sentence keeps its own stop: “… trust it.” ends there, never “… trust it.”.
        self.message, self.detail = (re.sub(r"([.!?])”\.", r"\1”", text) for text in (message, detail))
        self.caution = caution

    @property
    def correct(self) -> bool:
        """True for a right answer (status "correct")."""
        return self.status == CORRECT

    @property
    def passed(self) -> bool:
        """True for a right answer or a written answer at mastery level."""
        return self.status in (CORRECT, MASTERY)

    def __bool__(self) -> bool:
        return self.passed

    def __eq__(self, other):
        if isinstance(other, str):
            return self.status == other
        if isinstance(other, CheckResult):
            return (self.status, self.message, self.detail) == (other.status, other.message, other.detail)
        return NotImplemented

    __hash__ = None

    def __str__(self) -> str:
        symbol, label = BADGES[self.badge]
        text = f"{symbol} {label}: {self.message}"
        if self.caution:
            text = f"Check this first: {self.caution}\n{text}"
        if self.detail:
            text += "\n" + "\n".join("  " + line for line in self.detail.splitlines())
        return CODE.sub(r"'\1'", text)  # code is marked `like this` in the messages: in quotes, never a backtick

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        symbol, label = BADGES[self.badge]
        lines = "".join(f"<li style='list-style:none'><pre style='margin:0.2em 0;white-space:pre-wrap;word-break:normal;overflow-wrap:normal'><code>{html.escape(line.strip())}"
                        "</code></pre></li>" if is_code_line(line) else f"<li>{as_html(line.strip())}</li>"
                        for line in self.detail.splitlines() if line.strip())
        detail = f"<ul style='margin:0.3em 0 0 0'>{lines}</ul>" if lines else ""
        caution = (f"<div style='margin-bottom:0.3em'><b>Check this first:</b> {as_html(self.caution)}</div>"
                   if self.caution else "")
        return (f"<div class='kit-check kit-check-{self.status}' role='status' "
                f"style='{STYLES[self.badge]};padding:0.3em 0.8em;margin:0.3em 0'>{caution}"
                f"<span aria-hidden='true' style='font-weight:bold'>{html.escape(symbol)}</span> "
                f"<b>{html.escape(label)}:</b> {as_html(self.message)} {detail}</div>")


def is_code_line(line: str) -> bool:
    """True when a line of feedback is a line of code to type (it is Python that calls, sets or picks something),
    shown as code, not as a bullet point of prose.

    >>> is_code_line("quotes = kit.quotes(articles)"), is_code_line('quotes[quotes.kind == "direct"]')
    (True, True)
    >>> is_code_line("Count the rows of the table:"), is_code_line("Hint"), is_code_line("It is 3 (of 4).")
    (False, False, False)
    """
    import ast

    try:
        tree = ast.parse(line.strip())
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(node, (ast.Call, ast.Assign, ast.Subscript, ast.Attribute)) for node in ast.walk(tree))


# code in a message, marked `like this` where the message is written
CODE = re.compile(r"`([^`\n]+)`")


def as_html(text: str) -> str:
    """A message line as HTML: escaped, with code marked `like this` shown as code (never a literal backtick).

    >>> as_html("the exercise still has `answer = ...` <here>")
    'the exercise still has <code>answer = ...</code> &lt;here&gt;'
    """
    return CODE.sub(r"<code>\1</code>", html.escape(text))


class Unreadable:
    """An answer a check cannot read as text, a number or a list; ``description`` says what it was.

    >>> Unreadable("a value of type Widget")
    a value of type Widget
    """

    def __init__(self, description: str, tip: str = ""):
        self.description = description
        self.tip = tip

    def __repr__(self) -> str:
        return self.description


def describe(value) -> str:
    """Say in plain words what kind of value a student gave.

    >>> describe(None)
    'nothing (None): the check got no answer. If you used print(…), that only shows words on the screen; write the answer itself after the = sign instead'
    >>> describe([1, 2])
    'a list of 2 items'
    >>> describe(all)
    "'all', a word Python already knows (one of its tools), not an answer: put text in quotes and write numbers in digits"
    """
    import pandas as pd

    if isinstance(value, Unreadable):
        return value.description
    if value is None:
        return ("nothing (None): the check got no answer. If you used print(…), that only shows words on the "
                "screen; write the answer itself after the = sign instead")
    if value is ...:
        return "the three dots (...)"
    if isinstance(value, bool):
        return f"True/False ({value})"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"a piece of text ({shown!r})"
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a {type(value).__name__} of {len(value):,} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "a dictionary"
    if isinstance(value, pd.DataFrame):
        return "a table (DataFrame)"
    if isinstance(value, pd.Series):
        return "a column (Series)"
    tool = python_tool(value)
    return tool or f"a value of type {type(value).__name__}"


def python_tool(value) -> str:
    """Plain words for a function given as an answer ("prediction = all": a word Python already
    knows, so that line raised no error), or "" for anything else. Reads nothing a hostile object
    could change: only built-in functions and plain functions, which cannot be subclassed.

    >>> python_tool(all)
    "'all', a word Python already knows (one of its tools), not an answer: put text in quotes and write numbers in digits"
    >>> python_tool("all")
    ''
    """
    import types

    if type(value) not in (types.BuiltinFunctionType, types.FunctionType):
        return ""
    return (f"'{value.__name__}', a word Python already knows (one of its tools), not an answer: put text in quotes "
            "and write numbers in digits")


def not_answered(name: str = "answer") -> CheckResult:
    """The result for an untouched ``answer = ...``; ``name`` is the variable the cell uses
    (``prediction`` for a prediction), so the message names what the student sees.

    >>> not_answered().status
    'not_answered'
    >>> print(not_answered("prediction"))
    … Not answered yet: the three dots in 'prediction = ...' are still there.
      Replace the three dots after 'prediction =' with your prediction, run that cell, then this one.
    """
    # a prediction sits in a cell of its own, above the table that answers it
    nudge = (NUDGE_APART if name == "prediction" else NUDGE).format(name=name, what=name)
    return CheckResult(NOT_ANSWERED, f"the three dots in `{name} = ...` are still there.", nudge)


def wrong_type(expected: str, value, tip: str = "") -> CheckResult:
    """The result for an answer of the wrong kind: what was expected, what was given, a tip.

    >>> print(wrong_type("the answer should be a number.", "five"))
    ! Wrong kind of answer: the answer should be a number.
      You gave a piece of text ('five').
    """
    detail = [f"You gave {describe(value)}."]
    if tip:
        detail.append(tip)
    return CheckResult(WRONG_TYPE, expected, detail)
