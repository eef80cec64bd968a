"""A friendly line under the error a student gets for text typed without quotes.

``answer = russia-charges-pentagon`` fails before any check runs: Python reads the id as
names and subtraction and raises ``NameError: name 'russia' is not defined``. In Jupyter,
``from kit import exercises`` registers a handler for ``NameError`` and ``SyntaxError``
(ids holding "in" or "or", such as ``us-rescue-of-isis-in-raqqa``, are a syntax error;
IPython's ``set_custom_exc``) that shows the usual error and then, when the failing line gives an
answer or calls a check, one line in plain words with the fix:

    >>> print(hint_for_name_error("russia", 'answer = russia-charges-pentagon'))
    Python read russia-charges-pentagon as names joined by minus signs, not as text: put text in quotes, like this: answer = "russia-charges-pentagon"
    >>> hint_for_name_error("x", "y = x + 1")
    ''

Outside IPython nothing is registered. IPython keeps one custom handler per session: this
one replaces any other registered before it.
"""

from __future__ import annotations

import linecache
import re

__all__ = ["hint_for_name_error", "install_name_error_hint"]

ANSWER_LINE = re.compile(r"^\s*(answer|prediction|answer_\w+|\w*_answer)\s*=|check_\w+\s*\(")


def hint_for_name_error(name: str, line: str) -> str:
    """The plain-words fix for ``NameError: name <name>`` raised on ``line``, or "" when it is not an answer.

    With ``name=""`` (a ``SyntaxError``: an id with "in" or "or" in it), any word-hyphen-word
    run on the line is taken as the unquoted text.

    >>> print(hint_for_name_error("BBC", "exercises.check_claim_source(BBC, articles)"))
    Python read BBC as a name, not as text: put text in quotes, like this: exercises.check_claim_source("BBC", articles)
    """
    if not isinstance(name, str) or not isinstance(line, str) or not ANSWER_LINE.search(line):
        return ""
    for match in re.finditer(r"(?<![\w.'\"])[A-Za-z_][\w]*(?:\s*-\s*[A-Za-z_0-9][\w]*)*", line):
        token = match.group(0)
        if (name and name not in re.split(r"\s*-\s*", token)) or (not name and "-" not in token):
            continue
        if re.match(r"\s*[=(]", line[match.end():]) and "-" not in token:
            continue  # a name being assigned to, or a function being called
        text = re.sub(r"\s*-\s*", "-", token)
        fixed = line[:match.start()] + f'"{text}"' + line[match.end():]
        what = "names joined by minus signs" if "-" in text else "a name"
        return (f"Python read {text} as {what}, not as text: put text in quotes, like this: "
                f"{fixed.strip()}")
    return ""


def failing_line(tb) -> str:
    """The source line where a traceback ends (the student's cell, in Jupyter)."""
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return ""
    return linecache.getline(tb.tb_frame.f_code.co_filename, tb.tb_lineno)


def name_error_handler(shell, etype, value, tb, tb_offset=None):
    """IPython custom-exception handler: the usual error display, then the hint (if any)."""
    if issubclass(etype, SyntaxError):
        shell.showsyntaxerror()
    else:
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
    try:
        if issubclass(etype, SyntaxError):
            hint = hint_for_name_error("", getattr(value, "text", "") or "")
        else:
            hint = hint_for_name_error(getattr(value, "name", "") or "", failing_line(tb))
    except Exception:  # noqa: BLE001  (a hint must never hide the error itself)
        hint = ""
    if hint:
        print(hint)
    return None


def install_name_error_hint() -> bool:
    """Register the hint in the running IPython shell; False when there is none (plain Python).

    >>> install_name_error_hint() in (True, False)
    True
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    shell.set_custom_exc((NameError, SyntaxError), name_error_handler)
    return True
