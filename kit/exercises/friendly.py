"""A friendly line, before the error, for a student who typed text without quotes or ran a cell too early.

``answer = russia-charges-pentagon`` fails before any check runs: Python reads the id as
names and subtraction and raises ``NameError: name 'russia' is not defined``. In Jupyter,
``from kit import exercises`` registers a handler for ``NameError`` and ``SyntaxError``
(ids holding "in" or "or", such as ``us-rescue-of-isis-in-raqqa``, are a syntax error;
IPython's ``set_custom_exc``) that, when the failing line gives an answer or calls a check, first shows one
line in plain words with the fix, then only the error's own last line (no traceback):

    >>> print(hint_for_name_error("russia", 'answer = russia-charges-pentagon'))
    Python read russia-charges-pentagon as names joined by minus signs, not as text: put text in quotes, like this: answer = "russia-charges-pentagon"
    >>> hint_for_name_error("x", "y = x + 1")
    ''

A number typed as a word (``answer = five``) gets digits instead (``answer = 5``). A line that
gives an answer and is not Python at all (``answer = the US``, a ``SyntaxError``) gets the line
with quotes above the error. A name the notebook sets itself (``prediction``, set in an earlier
cell that failed) gets "the cell where you set it did not run", not the quotes advice:

    >>> print(hint_for_unset_name("prediction", ["prediction = us-rescue", "check(prediction)"]))
    'prediction' has no value yet: the cell where you set it did not run (look for an error there). Fix that cell - text goes in quotes - and run it again, then this one.

Outside IPython nothing is registered. IPython keeps one custom handler per session: this
one replaces any other registered before it.

A student who types over a whole check cell loses its ``from kit import exercises`` line; in a kernel where the
set-up cell has not run either, nothing of the kit has been imported to give the hint. So setting up the kit
(``python3 run.py lab``) writes a small IPython start-up file into its virtual environment
(:func:`install_kernel_startup`): every kernel started there registers the handler before any cell runs, and
imports the kit only when an error comes. A kernel never writes it (a class's shared environment stays as it is).
"""

from __future__ import annotations

import linecache
import re

from .quote_hints import (  # noqa: F401  (public here too: where the handler's hints were first)
    ANSWER_NAMES,
    CLOSING,
    hint_for_brackets,
    hint_for_curly_cell,
    hint_for_curly_quotes,
    hint_for_indent,
    hint_for_leftover_line,
    hint_for_missing_comma,
    hint_for_pasted_quotes,
    hint_for_quote_marks,
    hint_for_text_on_lines,
)

__all__ = ["quote_all", "hint_for_name_error", "hint_for_unset_name", "hint_for_unrun_name", "hint_for_syntax_error",
           "hint_for_unknown_name", "RUN_ABOVE", "hint_for_quote_marks", "LESSON_NAMES", "made_above",
           "hint_for_pasted_quotes", "notebook_code_cells", "notebook_cells", "install_name_error_hint", "name_error_handler",
           "install_kernel_startup", "KERNEL_STARTUP", "hint_for_answer_in_cell", "plain_error_line",
           "show_one_line", "SET_IN_THIS_CELL", "hint_for_brackets", "CLOSING", "ANSWER_NAMES",
           "hint_for_missing_comma", "hint_for_misspelt_name", "NUMBER_WARNING", "quiet_number_warnings", "just_the_number",
           "read_as_number", "one_number"]

# (and an id given to a lesson's tool: "spot_the_loaded_words(article_id=russian-general-accuses)")
ANSWER_LINE = re.compile(rf"^\s*({ANSWER_NAMES})\s*=|check_\w+\s*\(|\b\w*_id\s*=(?!=)")


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
        what = "names joined by minus signs" if "-" in text else "a name"
        number = number_word(text)
        if number is not None:
            fixed = line[:match.start()] + str(number) + line[match.end():]
            return (f"Python read {text} as {what}, not as a number: write the number in digits, like this: "
                    f"{fixed.strip()}")
        fixed = quote_all(line) or line[:match.start()] + f'"{text}"' + line[match.end():]
        return (f"Python read {text} as {what}, not as text: put text in quotes, like this: "
                f"{fixed.strip()}")
    return ""


_BARE = re.compile(r"""("[^"]*"|'[^']*')|(?<![\w.])([A-Za-z_][\w]*(?:\s*-\s*[A-Za-z_0-9][\w]*)*)(?![\w(.])""")


def quote_all(line: str) -> str:
    """An answer line (``answer = ...``) with every word typed without quotes put in quotes, and
    several answers separated by commas made a list; "" for any other line.

    >>> quote_all("answer = brutal, regime"), quote_all('answer = ["alleged", claimed]')
    ('answer = ["brutal", "regime"]', 'answer = ["alleged", "claimed"]')
    """
    m = re.match(rf"^(\s*(?:{ANSWER_NAMES})\s*=\s*)(.+?)\s*$", line)
    if not m:
        return ""
    head, rhs = m.groups()

    def fix(word):
        if word.group(1) or word.group(2) in {"True", "False", "None"}:
            return word.group(0)
        number = number_word(word.group(2))
        return str(number) if number is not None else '"' + re.sub(r"\s*-\s*", "-", word.group(2)) + '"'

    fixed = _BARE.sub(fix, rhs)
    if "," in _BARE.sub("", fixed) and not fixed.startswith(("[", "(")):
        fixed = f"[{fixed}]"
    return head + fixed


def number_word(text: str):
    """The number a word names ("five" -> 5), or None.

    >>> number_word("five"), number_word("BBC")
    (5, None)
    """
    from .numbers import NUMBER_WORDS
    return NUMBER_WORDS.get(text.lower())


def one_number(text: str):
    """The one number, in digits, among the words of a prediction ("like 2", "about 30", "like 3 idk"), or None
    when it gives none or several.

    >>> one_number("like 3 idk"), one_number("5 or 6"), one_number("five")
    ('3', None, None)
    """
    digits = re.findall(r"\d+(?:\.\d+)?", text) if isinstance(text, str) else []
    return digits[0] if len(digits) == 1 else None


def just_the_number(name: str, number) -> str:
    """The one advice for a prediction written with words around its number, in every message that gives it.

    >>> just_the_number("prediction", 3)
    'a prediction is a number, so write just the number in digits, like this: prediction = 3'
    """
    return f"a prediction is a number, so write just the number in digits, like this: {name} = {number}"


def read_as_number(prediction, number, name: str = "prediction") -> str:
    """What a check says of a prediction in words that it reads as their one number ("" for a number itself).

    >>> read_as_number("like 3 idk", 3)
    "'like 3 idk' is read as 3. Next time, a prediction is a number, so write just the number in digits, like this: prediction = 3"
    >>> read_as_number(3, 3), read_as_number(" 3 ", 3)
    ('', '')
    """
    if not isinstance(prediction, str) or re.fullmatch(r"\s*[-+]?[\d,.]+\s*", prediction):
        return ""
    return f"{prediction.strip()!r} is read as {number:g}. Next time, {just_the_number(name, f'{number:g}')}"


def hint_for_unset_name(name: str, history) -> str:
    """The fix for ``NameError: name <name>`` when an earlier cell of ``history`` sets ``name`` ("" if none does).

    ``history`` is IPython's list of the cells run so far (``In``). Such a name is not text typed
    without quotes: the cell that sets it failed, or was never run.

    >>> hint_for_unset_name("densest", ["densest = profile.article_id.iloc[-1]"])
    "'densest' has no value yet: the cell where you set it did not run (look for an error there). Fix that cell and run it again, then this one."
    >>> hint_for_unset_name("BBC", ["answer = BBC"])
    ''
    >>> "numbers go in digits" in hint_for_unset_name("prediction", ["prediction = five"])
    True
    >>> print(hint_for_unset_name("prediction", ["prediction = like 2"]))  # the advice its own cell gave
    'prediction' has no value yet: the cell where you set it did not run (look for an error there). Fix that cell - a prediction is a number, so write just the number in digits, like this: prediction = 2 - and run it again, then this one.
    """
    if not isinstance(name, str) or not name.isidentifier():
        return ""
    sets = re.compile(rf"^\s*{re.escape(name)}\s*=(?!=)[ \t]*(.*)$", re.MULTILINE)
    given = [m.group(1) for cell in history or () if isinstance(cell, str) for m in sets.finditer(cell)]
    if not given:
        return ""
    quotes = ""
    if re.fullmatch(ANSWER_NAMES, name):
        # the failed cell gave a number as a word ("prediction = five"): numbers go in digits, not in quotes
        typed = given[-1].split("#")[0].strip()
        is_number = number_word(typed) is not None
        quotes = " - numbers go in digits -" if is_number else " - text goes in quotes -"
        if name.startswith("prediction") and not re.match(r"[\"']", typed) and one_number(typed) is not None:
            quotes = f" - {just_the_number(name, one_number(typed))} -"  # "prediction = like 2" (student 40 #9)
    return (f"'{name}' has no value yet: the cell where you set it did not run (look for an error there). "
            f"Fix that cell{quotes} and run it again, then this one.")


def hint_for_unrun_name(name: str, cells) -> str:
    """The fix for ``NameError: name <name>`` when a code cell of the notebook sets ``name`` but has
    not run since the kernel started (skipped, or run before a restart); "" if no cell sets it.

    ``cells`` is the source of the notebook's code cells (:func:`notebook_code_cells`).

    >>> print(hint_for_unrun_name("paragraph_2", ['paragraph_2 = exercises.paragraph(articles, "x", 3)  # CHANGE THIS']))
    'paragraph_2' is made in a cell above that has not run since the notebook started (paragraph_2 = exercises.paragraph(articles, "x", 3)). Run the cells above first: Run › Run All Above Selected Cell (in the menu), then this one.
    >>> hint_for_unrun_name("BBC", ["answer = 1"])
    ''
    """
    if not isinstance(name, str) or not name.isidentifier():
        return ""
    sets = re.compile(rf"^\s*{re.escape(name)}\s*=(?!=)[ \t]*(.*)$", re.MULTILINE)
    for cell in cells or ():
        found = sets.search(cell) if isinstance(cell, str) else None
        if found:
            shown = found.group(0).split("#")[0].strip()
            shown = shown if len(shown) <= 90 else shown[:87] + "..."
            return (f"'{name}' is made in a cell above that has not run since the notebook started ({shown}). "
                    f"{RUN_ABOVE}")
    return ""


#: What to do when a cell uses a name that the cells above make, before they have run.
RUN_ABOVE = "Run the cells above first: Run › Run All Above Selected Cell (in the menu), then this one."

#: Names the lessons make in a cell above and pass to a check (never text a student types as an answer).
LESSON_NAMES = frozenset("articles paragraph paragraph_2 profile quotes mine trace spans attributions certainty spokesman "
                         "figures kit exercises".split())


def made_above(name: str, line: str) -> bool:
    """True when ``name`` on ``line`` is something a cell above makes, not text typed without quotes: a name the
    lessons make (``articles``, ``paragraph``, ``profile``, ``quotes``, ``mine`` …), a name used as a table or
    tool (``profile.sort_values``, ``quotes[...]``), or a check's argument after the answer.

    >>> made_above("articles", 'exercises.check_top(answer, "loaded_language_per_1k", articles)')
    True
    >>> made_above("spokes", 'x = exercises.check_speakers(answer, spokes)'), made_above("BBC", "check_claim_source(BBC, articles)")
    (True, False)
    >>> made_above("russia", "answer = russia-charges-pentagon"), made_above("prediction", "check_prediction(prediction, 5)")
    (False, True)
    >>> made_above("spokesman", "answer = spokesman"), made_above("spokesman", "check_reflection(answer, [spokesman])")
    (False, True)
    """
    if not isinstance(name, str) or not name.isidentifier() or not isinstance(line, str):
        return False
    if name in LESSON_NAMES:  # but "answer = spokesman" is a word typed without quotes: the whole value of an
        # answer is no table a lesson makes (where the notebook makes one, hint_for_unrun_name says so first)
        return not re.fullmatch(rf"\s*(?:{ANSWER_NAMES})\s*=\s*{re.escape(name)}\s*(?:#.*)?", line)
    if re.fullmatch(ANSWER_NAMES, name) and not re.match(rf"\s*{re.escape(name)}\s*=(?!=)", line):
        return True  # "check_prediction(prediction, …)": the prediction is set in a cell above
    if re.search(rf"(?<![\w.'\"]){re.escape(name)}\s*[.\[]", line):  # "profile.sort_values", "quotes[...]"
        return True
    call = re.search(r"check_\w+\s*\((.*)\)", line)
    if call:
        args = [a.strip() for a in call.group(1).split(",")]
        return name in args[1:] and "=" not in name
    return False


def hint_for_unknown_name(name: str, line: str) -> str:
    """The fix for ``NameError: name <name>`` that no cell run so far sets, on a line that is not an answer typed
    without quotes (a check cell run before the cells above it, in a kernel just started); "" otherwise.

    >>> print(hint_for_unknown_name("profile", 'sparsest = profile.sort_values("x").article_id.iloc[0]'))
    'profile' has no value yet. Run the cells above first: Run › Run All Above Selected Cell (in the menu), then this one. If it still says this, check the spelling of 'profile'.
    >>> hint_for_unknown_name("russia", "answer = russia-charges-pentagon")
    ''
    """
    if not isinstance(name, str) or not name.isidentifier() or (
            hint_for_name_error(name, line or "") and not made_above(name, line or "")):
        return ""
    return f"'{name}' has no value yet. {RUN_ABOVE} If it still says this, check the spelling of '{name}'."


def hint_for_misspelt_name(name: str, line: str, defined) -> str:
    """The fix for ``NameError: name <name>`` when a name that has a value now (``defined``: the kernel's names) is
    spelt almost the same ("article" for "articles"): the spelling, not the cells above; "" otherwise (and for
    text typed without quotes, which gets the quotes hint).

    >>> print(hint_for_misspelt_name("article", 'exercises.check_quote_count(answer, article, "x")', {"articles": 1}))
    'article' has no value, but 'articles' has: did you mean 'articles'? Fix the spelling, then run this cell again.
    >>> hint_for_misspelt_name("brutl", "answer = brutl", {"brutal": 1}), hint_for_misspelt_name("x", "x", {"y": 1})
    ('', '')
    """
    import difflib

    if not isinstance(name, str) or not name.isidentifier() or not isinstance(line, str):
        return ""
    if hint_for_name_error(name, line) and not made_above(name, line):
        return ""  # text typed without quotes
    names = [n for n in defined or () if isinstance(n, str) and n.isidentifier() and not n.startswith("_")
             and n not in ("In", "Out", "exit", "quit", "get_ipython")]
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.8) if len(name) >= 4 else []
    if not close:
        return ""
    return (f"'{name}' has no value, but '{close[0]}' has: did you mean '{close[0]}'? Fix the spelling, then run this "
            "cell again.")


def notebook_cells(shell) -> list:
    """The cells of the notebook the kernel runs, as (type, source) pairs ("code", "markdown"), read from the file
    JupyterLab names in ``__session__`` ([] outside JupyterLab, or when the file cannot be read).

    >>> notebook_cells(None)
    []
    """
    import json
    from pathlib import Path

    path = str(getattr(shell, "user_ns", {}).get("__session__", "") or "")
    if not path.endswith(".ipynb"):
        return []
    try:
        cells = json.loads(Path(path).read_text(encoding="utf-8")).get("cells", [])
        return [(c.get("cell_type"), "".join(c.get("source", ""))) for c in cells]
    except (OSError, ValueError, AttributeError, TypeError):
        return []


def notebook_code_cells(shell) -> list:
    """The code cells' source of the notebook the kernel runs (:func:`notebook_cells`).

    >>> notebook_code_cells(None)
    []
    """
    return [source for kind, source in notebook_cells(shell) if kind == "code"]


def hint_for_syntax_error(line: str) -> str:
    """The fix for a ``SyntaxError`` on a line that gives an answer: the words after ``=`` in quotes.

    >>> print(hint_for_syntax_error("answer = the US"))
    Python could not read the US: put text in quotes, like this: answer = "the US"
    >>> print(hint_for_syntax_error("prediction = about 30"))
    Python could not read about 30: a prediction is a number, so write just the number in digits, like this: prediction = 30
    >>> hint_for_syntax_error("for x in") == hint_for_syntax_error('answer = "the US"') == ""
    True
    """
    if not isinstance(line, str):
        return ""
    match = re.match(rf"^(\s*(?:{ANSWER_NAMES})\s*=\s*)([^\"'\[\](){{}}#\n]+?)\s*(#.*)?$", line.rstrip("\n"))
    if not match:
        return hint_for_name_error("", line)
    text = match.group(2)
    number = " ".join(text.split())
    if re.fullmatch(r"\d{1,3}(,\d{3})+", number):  # "1,000" is a tuple to Python, not a syntax error
        return ""
    digits = re.findall(r"\d+(?:\.\d+)?", number)
    if match.group(1).strip().startswith("prediction") and len(digits) == 1:
        # "prediction = about 30", "like 3 idk": one number among words (whatever the words) is the prediction, and a
        # prediction is a number; quotes would make it text, the wrong type (student 39 #10)
        return f"Python could not read {number}: {just_the_number(match.group(1).strip().rstrip('= '), digits[0])}"
    return (f"Python could not read {number}: put text in quotes, like this: "
            f'{match.group(1).strip()} "{number}"')


def failing_line(tb) -> str:
    """The source line where a traceback ends (the student's cell, in Jupyter)."""
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return ""
    return linecache.getline(tb.tb_frame.f_code.co_filename, tb.tb_lineno)


#: the names a student sets in the check's own cell, on the line above the check (never in a cell above)
SET_IN_THIS_CELL = r"answer|answer_\w+|\w*_answer"


def hint_for_answer_in_cell(name: str, line: str, cell: str = "") -> str:
    r"""The fix for ``NameError`` on ``answer`` in a check's own cell: the answer is set in this cell, never in a cell
    above, so "Run the cells above" would not help. ``cell`` is the cell that ran ("" when unknown); "" when
    ``name`` is not such a name or ``line`` sets it.

    >>> print(hint_for_answer_in_cell("answer", "exercises.check_reflection(answer, mine)"))
    'answer' has no value yet: it is set in this cell. Put answer = "…" (your answer, in quotes) on a line above the check, then run this cell again.
    >>> print(hint_for_answer_in_cell("answer", "check_plan(answer)", 'answr = "I would look it up."\ncheck_plan(answer)'))
    'answer' has no value yet: the line in this cell that sets it did not run, or spells 'answer' differently. Write it answer = "…" (your answer, in quotes), then run this cell again.
    >>> hint_for_answer_in_cell("articles", "check_top(answer, articles)"), hint_for_answer_in_cell("answer", "answer = x")
    ('', '')
    """
    if not isinstance(name, str) or not re.fullmatch(SET_IN_THIS_CELL, name) or not isinstance(line, str):
        return ""
    if re.match(rf"\s*{re.escape(name)}\s*=(?!=)", line):
        return ""
    tried = isinstance(cell, str) and re.search(r"^\s*\w*\s*=(?!=)", cell.split(line.strip())[0] if line.strip()
                                                and line.strip() in cell else cell, re.MULTILINE)
    if tried:
        return (f"'{name}' has no value yet: the line in this cell that sets it did not run, or spells '{name}' "
                f'differently. Write it {name} = "…" (your answer, in quotes), then run this cell again.')
    return (f"'{name}' has no value yet: it is set in this cell. Put {name} = \"…\" (your answer, in quotes) on a "
            "line above the check, then run this cell again.")


def plain_error_line(etype, value) -> str:
    """Python's own message, as one plain line of the kit's (shown after a hint, instead of a traceback).

    >>> plain_error_line(NameError, NameError("name 'answer' is not defined"))
    "Python's own message: NameError: name 'answer' is not defined."
    """
    what = getattr(value, "msg", None) if issubclass(etype, SyntaxError) else None
    return f"Python's own message: {etype.__name__}: {str(what or value).rstrip('.')}."


def show_one_line(shell, etype, value) -> None:
    """Show :func:`plain_error_line` as the cell's error: one line, with no traceback and none of IPython's own
    words ("use %tb to see the full traceback"); printed to the error stream where there is no notebook."""
    import sys

    line = plain_error_line(etype, value)
    show = getattr(shell, "_showtraceback", None)  # IPython's way to send a notebook an error with our own lines
    if callable(show):
        show(etype, value, [line])
    else:
        print(line, file=sys.stderr)


def name_error_handler(shell, etype, value, tb, tb_offset=None):
    """IPython custom-exception handler: the hint (if any), then the error.

    The line that says what to do comes first: for text typed without quotes, for a name the cells above make (not
    run yet), for an answer set in the check's own cell, for a ``SyntaxError`` (Python's "invalid syntax" says
    nothing to a beginner). After a hint, the error is one plain line of the kit's (:func:`plain_error_line`),
    never a traceback; with no hint, the usual error.
    """
    try:
        if issubclass(etype, SyntaxError):
            text = getattr(value, "text", "") or ""
            msg = getattr(value, "msg", "") or ""
            names = getattr(shell, "user_ns", {})  # a name a cell above makes loses its curly quotes, not gains straight
            cell = (list(names.get("In", ())) or [""])[-1]
            cell = cell if text.strip() in cell else ""  # the cell that failed (its line is in it)
            hint = (hint_for_indent(msg, text)  # a line moved right: "unexpected indent"
                    or hint_for_leftover_line(cell) or hint_for_text_on_lines(cell)  # a leftover line, then every line
                    or hint_for_curly_cell(msg, cell, names)
                    or hint_for_pasted_quotes(msg, text) or hint_for_quote_marks(msg, text)
                    or hint_for_curly_quotes(msg, text, names) or hint_for_brackets(msg, text) or hint_for_syntax_error(text))
        else:
            name = getattr(value, "name", "") or ""
            history = list(getattr(shell, "user_ns", {}).get("In", ()))  # the cells run so far
            line = failing_line(tb)
            first = hint_for_answer_in_cell(name, line, history[-1] if history else "")
            first = first or hint_for_unset_name(name, history) or hint_for_unrun_name(name, notebook_code_cells(shell))
            first = first or hint_for_misspelt_name(name, line, getattr(shell, "user_ns", {}))
            # a name a cell above makes (outside JupyterLab too: no notebook file to read): never "put it in quotes"
            first = first or (hint_for_unknown_name(name, line) if made_above(name, line) else "")
            hint = first or hint_for_name_error(name, line) or hint_for_unknown_name(name, line)
    except Exception:  # noqa: BLE001  (a hint must never hide the error itself)
        hint = ""
    if hint:  # what to do comes first, where a student starts reading; then Python's message, in one line
        print(hint)
        show_one_line(shell, etype, value)
    elif issubclass(etype, SyntaxError):
        shell.showsyntaxerror()
    else:
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
    return None


#: The IPython start-up file (:func:`install_kernel_startup`): registers :func:`name_error_handler` in each new
#: kernel, importing the kit only when a ``NameError`` or ``SyntaxError`` comes.
KERNEL_STARTUP = """\
# Written by the kit (kit.exercises.friendly.install_kernel_startup). In every kernel of this environment, a
# NameError or SyntaxError gets the kit's plain-words hint ("Run the cells above first", "put text in quotes"),
# even in a check cell run before the lesson's set-up cell. Delete this file to turn it off.
def _kit_hint(shell, etype, value, tb, tb_offset=None):
    try:
        from kit.exercises.friendly import name_error_handler
    except Exception:  # the kit is gone: the usual error
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
        return None
    return name_error_handler(shell, etype, value, tb, tb_offset)


get_ipython().set_custom_exc((NameError, SyntaxError), _kit_hint)  # noqa: F821 (IPython's own name here)
# "prediction = 6ish": Python's warnings about the number, before the error, would bury the kit's hint
__import__("warnings").filterwarnings("ignore", r"invalid \\w+ literal", SyntaxWarning)
"""

#: Python's warning for a number run into letters ("6ish", "3rd"), given before the ``SyntaxError`` whose hint says
#: what to type: a student in JupyterLab sees it as a pink box of warnings under the hint (:func:`quiet_number_warnings`)
NUMBER_WARNING = r"invalid \w+ literal"


def quiet_number_warnings() -> None:
    """Hide Python's :data:`NUMBER_WARNING` (``SyntaxWarning``): the kit's hint for the error after it says what to type.

    >>> import warnings
    >>> quiet_number_warnings()
    >>> with warnings.catch_warnings(record=True) as seen:
    ...     warnings.simplefilter("default"); quiet_number_warnings()
    ...     _ = compile("x = 1if True else 2", "<cell>", "exec")
    >>> [str(w.message) for w in seen]
    []
    """
    import warnings

    warnings.filterwarnings("ignore", NUMBER_WARNING, SyntaxWarning)


def install_kernel_startup(prefix: str | None = None):
    """Write :data:`KERNEL_STARTUP` to ``<prefix>/etc/ipython/startup/50-kit-hints.py`` (``prefix``: the running
    virtual environment's folder), where IPython runs it in each new kernel; the path, or None outside a virtual
    environment (never into a system Python) or when the folder cannot be written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = install_kernel_startup(folder)
    ...     print(path.relative_to(folder).as_posix(), "set_custom_exc" in path.read_text())
    etc/ipython/startup/50-kit-hints.py True
    """
    import sys
    from pathlib import Path

    if prefix is None:
        if sys.prefix == sys.base_prefix:
            return None
        prefix = sys.prefix
    path = Path(prefix) / "etc" / "ipython" / "startup" / "50-kit-hints.py"
    try:
        if not path.exists() or path.read_text(encoding="utf-8") != KERNEL_STARTUP:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(KERNEL_STARTUP, encoding="utf-8")
    except OSError:
        return None
    return path


def dollars_as_written() -> None:
    """Tables in a lesson show "$" as written: pandas otherwise lets JupyterLab read "$400 a year … $2 million" in a
    table as mathematics (italic letters, no spaces, the "$" gone: student 38 #1). Called when the lessons' checks
    are imported in Jupyter; the kit's own views of text carry kit.explaining.NO_MATH.

    >>> import pandas as pd
    >>> before = pd.get_option("display.html.use_mathjax"), pd.get_option("styler.html.mathjax")
    >>> dollars_as_written(); pd.get_option("display.html.use_mathjax"), pd.get_option("styler.html.mathjax")
    (False, False)
    >>> pd.set_option("display.html.use_mathjax", before[0]); pd.set_option("styler.html.mathjax", before[1])
    """
    import pandas as pd

    pd.set_option("display.html.use_mathjax", False)
    pd.set_option("styler.html.mathjax", False)  # a pandas Styler's table (whole_text(...).highlight_max(...)) alike


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
    quiet_number_warnings()
    dollars_as_written()
    from .cell_notes import note_bare_answer

    events = getattr(shell, "events", None)  # a cell typed over with only the answer: say that nothing checks it
    if events is not None and note_bare_answer not in events.callbacks.get("post_run_cell", []):
        events.register("post_run_cell", note_bare_answer)
    return True
