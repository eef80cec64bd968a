"""Reading an answer safely: plain copies of bounded size, whatever the student's cell produced.

Every public check reads its ``answer`` through :func:`read_answer` first (the
:func:`guarded` decorator does it). Only plain conversions are used — ``str.__str__``,
``int.__int__``, ``list.__getitem__`` — so an object that overrides ``__str__``,
``__eq__`` or ``__iter__`` never runs its own code inside a check, a list is read up
to ``MAX_ITEMS`` items, and an iterable that never ends (or reads too slowly) is cut
off with a message instead of a hang. What cannot be read becomes an
:class:`Unreadable` value that every check answers with "wrong kind of answer".

    >>> read_answer(("a", "b"))
    ['a', 'b']
    >>> class S(str):
    ...     def __str__(self): return 1 / 0
    >>> read_answer(S("BBC")), type(read_answer(S("BBC"))).__name__
    ('BBC', 'str')
"""

from __future__ import annotations

import functools
import itertools
import time

from .answers import MAX_ITEMS
from .result import (
    COMPARED,
    CORRECT,
    INCORRECT,
    NOT_ANSWERED,
    PARTLY,
    WRONG_TYPE,
    CheckResult,
    Unreadable,
    python_tool,
    wrong_type,
)

__all__ = ["read_answer", "guarded", "READ_SECONDS", "MAX_NUMBER", "as_list_written", "as_text_written",
           "list_to_type"]

READ_SECONDS = 0.3  # reading an iterable the student made (a generator …) stops after this long
MAX_NUMBER = 10**15  # a larger number is refused: printing a huge int can itself fail


class AnswerTooLong(Exception):
    """Raised while reading an answer that has more items than a check reads."""


def type_name(value) -> str:
    """The name of a value's type, read without running the value's own code.

    >>> type_name(3)
    'int'
    """
    try:
        name = type.__dict__["__name__"].__get__(type(value))
        return name if isinstance(name, str) else "object"
    except Exception:  # noqa: BLE001  (a hostile metaclass)
        return "object"


def read_item(value):
    """One element of a list, as a plain value (str, number, bool, None) or an :class:`Unreadable`."""
    import numpy as np

    kind = type(value)
    if value is None or value is ... or kind is bool:
        return value
    if issubclass(kind, str):
        return str.__str__(value)
    if issubclass(kind, bool):
        return bool(int.__int__(value))
    if issubclass(kind, int):
        number = int.__int__(value)
        return number if abs(number) <= MAX_NUMBER else Unreadable("a number too large to read")
    if issubclass(kind, float):
        return float.__float__(value)
    if issubclass(kind, np.generic):
        try:
            item = value.item()
        except Exception:  # noqa: BLE001
            return Unreadable(f"a value of type {type_name(value)}")
        return item if type(item) in (int, float, bool, str) else Unreadable(f"a value of type {type_name(value)}")
    return Unreadable(describe_kind(value))


def describe_kind(value) -> str:
    """Plain words for a value that is not text or a number (its contents are not read).

    >>> describe_kind({"a": 1})
    'a dictionary'
    """
    import pandas as pd

    kind = type(value)
    for base, words in ((dict, "a dictionary"), (pd.DataFrame, "a table (DataFrame)"),
                        (pd.Series, "a column (Series)"), (bytes, "bytes (b'...')"),
                        (list, "a list"), (tuple, "a tuple"), ((set, frozenset), "a set")):
        if issubclass(kind, base):
            return words
    return python_tool(value) or f"a value of type {type_name(value)}"


def bounded_items(value):
    """Up to ``MAX_ITEMS`` plain items of a list, tuple, set, Series or other iterable.

    Raises :class:`AnswerTooLong` (with the length, when it is known) for a longer one,
    and for one that is still giving items after ``READ_SECONDS``.
    """
    import pandas as pd

    kind = type(value)
    if issubclass(kind, list) or issubclass(kind, tuple):
        base = list if issubclass(kind, list) else tuple
        n = base.__len__(value)
        if n > MAX_ITEMS:
            raise AnswerTooLong(n)
        return [read_item(base.__getitem__(value, i)) for i in range(n)]
    if issubclass(kind, (set, frozenset)):
        base = set if issubclass(kind, set) else frozenset
        n = base.__len__(value)
        if n > MAX_ITEMS:
            raise AnswerTooLong(n)
        return [read_item(v) for v in itertools.islice(base.__iter__(value), MAX_ITEMS)]
    if kind is pd.Series:
        if len(value) > MAX_ITEMS:
            raise AnswerTooLong(len(value))
        return [read_item(v) for v in value.tolist()]
    # a generator or another iterable: read one item at a time, within a time limit
    start, items = time.monotonic(), []
    for item in iter(value):
        items.append(read_item(item))
        if len(items) > MAX_ITEMS:
            raise AnswerTooLong(None)
        if time.monotonic() - start > READ_SECONDS:
            raise AnswerTooLong(None)
    return items


def is_iterable(value) -> bool:
    """True for a value whose type (not the value itself) defines ``__iter__`` (generators, ranges …)."""
    try:
        return any("__iter__" in vars(k) for k in type(value).__mro__ if k is not object)
    except Exception:  # noqa: BLE001
        return False


def read_answer(answer):
    """The answer as a plain value a check can compare, or a :class:`CheckResult` when it cannot be read.

    Text and numbers become plain ``str``/``int``/``float``; lists, tuples, sets, Series and
    generators become a plain list (at most ``MAX_ITEMS`` items); tables and dictionaries stay
    as they are when they are of the exact pandas/dict type; anything else is :class:`Unreadable`.

    >>> read_answer(x for x in "ab")
    ['a', 'b']
    >>> print(read_answer(iter(int, 1)))
    ✗ Not yet: your answer never stops giving items; this check reads at most 200.
      Give only the words or names the question asks for, in a list like ['one', 'another'].
    """
    import pandas as pd

    kind = type(answer)
    try:
        if kind is pd.DataFrame or kind is dict:
            return answer
        if kind is pd.Series or issubclass(kind, (list, tuple, set, frozenset)):
            items = bounded_items(answer)
            if kind is pd.Series:
                return pd.Series(items, dtype=object)
            return set(items) if issubclass(kind, (set, frozenset)) else items
        item = read_item(answer)
        if not isinstance(item, Unreadable) or issubclass(kind, (dict, pd.DataFrame, bytes)):
            return item
        if is_iterable(answer):
            return bounded_items(answer)
        return item
    except AnswerTooLong as long:
        size = long.args[0]
        said = (f"your list has {size:,} items" if size is not None
                else "your answer never stops giving items")
        return CheckResult(INCORRECT, f"{said}; this check reads at most {MAX_ITEMS}.",
                           "Give only the words or names the question asks for, in a list like "
                           "['one', 'another'].")
    except Exception as error:  # noqa: BLE001  (the student's own object failed while being read)
        return wrong_type("the answer should be text in quotes, a number, or a list like ['one', 'another'].",
                          Unreadable(f"{describe_kind(answer)} that fails when it is read "
                                     f"({type_name(error)})"))


def guarded(check=None, *, empty_is_unanswered: bool = True):
    """Make a check read its answer (first argument) with :func:`read_answer`, and turn a
    :class:`~kit.KitError` about the other arguments (an article id that is not in the data …)
    into feedback instead of an error. Empty quotes (``answer = ""``) are no answer yet, unless the check
    says what to write itself (``empty_is_unanswered=False``: the written answers).

    >>> @guarded
    ... def echo(answer):
    ...     return CheckResult("correct", repr(answer))
    >>> print(echo(range(2)))
    ✓ Correct: [0, 1]
    >>> print(echo(""))
    … Not answered yet: 'answer' is empty text: nothing between its quotes, or an empty cell of a table.
      Write your answer between the quotes (or take it from a row that has one), then run the cell again.
    """
    if check is None:
        return functools.partial(guarded, empty_is_unanswered=empty_is_unanswered)
    import inspect

    from ..errors import KitError

    name = next(iter(inspect.signature(check).parameters), "answer")

    @functools.wraps(check)
    def wrapper(answer=..., *args, **kwargs):
        plain = read_answer(answer)
        if isinstance(plain, CheckResult):
            return plain
        if empty_is_unanswered and isinstance(plain, str) and not plain.strip():
            then = "run that cell, then this one" if name == "prediction" else "then run the cell again"
            # "" typed, or an empty cell taken from a table (a trace row with no attribution): say both
            return CheckResult(NOT_ANSWERED, f"`{name}` is empty text: nothing between its quotes, or an empty "
                               "cell of a table.",
                               f"Write your {name} between the quotes (or take it from a row that has one), {then}.")
        try:
            result = check(plain, *args, **kwargs)
            if (isinstance(result, CheckResult) and result.status == WRONG_TYPE and type(plain) is list
                    and len(plain) == 1 and type(plain[0]) is str and plain[0].strip()
                    and result.message.startswith("the answer should be one ")):  # ["the-id"]: one text asked
                return as_text_written(name, check(plain[0], *args, **kwargs), plain[0])
            return result
        except KitError as error:
            first = error.problems[0] if error.problems else None
            message = first.message if first else str(error)
            fix = (first.fix if first else "") or ""
            if first is not None and first.suggestion is not None:  # an article id one letter off
                return _with_typo(check, plain, args, kwargs, first, fix)
            return CheckResult(INCORRECT, f"the check could not run: {message}", fix)

    return wrapper


def _with_typo(check, plain, args, kwargs, problem, fix: str) -> CheckResult:
    """An article id one letter off in the check's own line: the answer is checked against the id meant
    (``problem.suggestion``, in place of ``problem.value``), and the typo is pointed out: partly right when
    the answer is right, else the check's own verdict with the note."""
    message = problem.message

    def swap(value):
        return problem.suggestion if isinstance(value, str) and value == problem.value else value

    try:
        result = check(plain, *map(swap, args), **{k: swap(v) for k, v in kwargs.items()})
    except Exception:  # noqa: BLE001  (the id meant fails too: say only what is known)
        return CheckResult(PARTLY, message, fix)
    if result.passed:
        return CheckResult(PARTLY, message, [result.message, fix])
    return CheckResult(result.status, result.message, [result.detail, f"Also: {message} {fix}"])


def list_to_type(items) -> str:
    """A list as a student types it in Python: square brackets, each item in straight double quotes.

    >>> print(list_to_type(["imperialism", "regime change"]), list_to_type([]))
    ["imperialism", "regime change"] []
    """
    import json

    return "[" + ", ".join(json.dumps(str(item), ensure_ascii=False) for item in items) + "]"


def as_list_written(answer, result, items, what: str = "word") -> CheckResult:
    """The result for a question that asks for a list, answered with one text (``answer = "imperialism, hegemony"``).

    The check reads the text as a list (``items``), so its grade stands (the words are what the lesson asks
    about; a teacher does not mark a right answer down for its Python form), and every grade shows the list to
    type, so the student learns the form. ``what`` names one item ("word", "name", "outlet"). A list answer, or a
    result that is not a grade (wrong type, not answered), is returned as is.

    >>> print(as_list_written("imperialism, hegemony", CheckResult("correct", "both found."), ["imperialism", "hegemony"]))
    ✓ Correct: right words. Next time, write them as a list: ["imperialism", "hegemony"]
      A list goes in square brackets, each item in its own quotes, with commas between, like this:
      answer = ["imperialism", "hegemony"]
    >>> print(as_list_written("nobody", CheckResult("correct", "nobody is the answer."), [], "name"))
    ✓ Correct: right. Next time, write it as a list: []
      An empty list is two square brackets with nothing between them, like this:
      answer = []
    >>> as_list_written(["hegemony"], CheckResult("correct", "found it."), ["hegemony"]).status
    'correct'
    """
    if type(answer) is not str or not isinstance(result, CheckResult) or result.status not in (CORRECT, PARTLY,
                                                                                               INCORRECT):
        return result
    shown = list_to_type(items)
    how = ("An empty list is two square brackets with nothing between them." if not items else
           "A list goes in square brackets, each item in its own quotes, with commas between.")
    if result.status == CORRECT:
        one = len(items) == 1
        head = ("right. Next time, write it as a list: []" if not items else
                f"right {what if one else what + 's'}. Next time, write {'it' if one else 'them'} as a list: {shown}")
        return CheckResult(CORRECT, head, [f"{how[:-1]}, like this:", f"answer = {shown}"], caution=result.caution,
                           badge=result.badge)
    return CheckResult(result.status, result.message,
                       [*result.detail.splitlines(), f"The question asks for a list. {how} Your answer as a list:",
                        f"answer = {shown}"], caution=result.caution, badge=result.badge)


def as_text_written(name: str, result, item: str) -> CheckResult:
    """The result for a question that asks for one text, answered with a list of one (``answer = ["the-id"]``).

    The check reads the one item, so its grade stands, and every grade shows the line to type, without the
    square brackets (the mirror of :func:`as_list_written`). A result that is not a grade is returned as is.

    >>> print(as_text_written("answer", CheckResult("correct", "'a-b' is right."), "a-b"))
    ✓ Correct: 'a-b' is right.
      The question asks for one text, not a list: next time, leave out the square brackets, like this:
      answer = "a-b"
    """
    import json

    if not isinstance(result, CheckResult) or result.status not in (CORRECT, PARTLY, INCORRECT, COMPARED):
        return result
    line = f"{name} = {json.dumps(item.strip(), ensure_ascii=False)}"
    return CheckResult(result.status, result.message,
                       [*result.detail.splitlines(), "The question asks for one text, not a list: next time, leave "
                        "out the square brackets, like this:", line], caution=result.caution, badge=result.badge)
