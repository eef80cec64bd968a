"""The solution markers in a master's code: strip them for students, and stop on any that is mistyped.

The exact markers (the promise in docs/INSTRUCTORS.md) are ``# SOLUTION`` at the end of a line of code
(a note may follow: ``# SOLUTION: why``) and a block between ``# BEGIN SOLUTION`` and ``# END SOLUTION``
lines. Any other comment that reads like one of them once case, full-width letters, look-alike letters
and invisible characters are set aside (``# solution``, ``# SOLUTIONS``, ``# ＳＯＬＵＴＩＯＮ``,
``# begin solution``, a ``# SOLUTION`` line above the code it means) stops the build with the exact
marker to use, so a mistyped marker never hands students the answer::

    >>> strip_solutions("answer = 3 * 4  # SOLUTION\\ncheck(answer)")
    'answer = ...\\ncheck(answer)'
    >>> print(strip_solutions("def f(x):\\n    # BEGIN SOLUTION\\n    return x + 1\\n    # END SOLUTION"))
    def f(x):
        ...
    >>> strip_solutions("answer = 3  # Solution")
    Traceback (most recent call last):
    ...
    kit.solution_markers.BuildError: line 1: '# Solution' looks like a solution marker but is not one, so the solution would reach students
      How to fix: Write the marker exactly '# SOLUTION' (capitals, plain letters) at the end of the solution line. A comment meant for students cannot use the word: write 'answer' instead.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import unicodedata

from .errors import KitError

__all__ = ["BuildError", "strip_solutions", "has_solution", "solution_line_numbers", "looks_like_marker",
           "marker_fix", "plain_letters"]

_SOLUTION_LINE = re.compile(r"#\s*SOLUTION\b(?:\s*[:\-\u2013\u2014]\s.*|\s*:)?\s*$")  # "# SOLUTION: a note" too
_BEGIN = re.compile(r"^(\s*)#+\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#+\s*END SOLUTION\s*$")
_ODD_HASHES = ("\uff03", "\ufe5f")  # the characters other than '#' that NFKC turns into '#'  (＃ ﹟)
# Letters from other alphabets that look like the Latin letters of SOLUTION, BEGIN and END.
_LOOK_ALIKES = str.maketrans("ОоЅѕТтІіΟοΤτΙιΝΕЕеВвМмıℓ", "OoSsTtIiOoTtIiNEEeBbMmil")


class BuildError(KitError):
    """A master notebook that cannot be turned into a student version."""


def plain_letters(text: str) -> str:
    """Case, width, accents, look-alike letters and invisible characters set aside.

    >>> plain_letters("＃ Ｓolu\\u200btioN")
    '# solution'
    """
    text = unicodedata.normalize("NFKD", text).translate(_LOOK_ALIKES)
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Cf"))
    return kept.casefold()


def looks_like_marker(text: str) -> bool:
    """Does a comment, a tag or a name read like a solution marker (whatever its case or letters)?

    >>> looks_like_marker("# SOLUTIONS"), looks_like_marker("solution.png"), looks_like_marker("# resolution")
    (True, True, False)
    """
    return re.search(r"(?<![a-z])solution", re.sub(r"[\s_\-]+", " ", plain_letters(text))) is not None


def marker_fix(comment: str, code_before: str = "x") -> str:
    """The exact marker to use instead of a comment that looks like one.

    >>> marker_fix("# begin solution")
    "Write the line exactly '# BEGIN SOLUTION' (capitals, plain letters), and close the block with '# END SOLUTION'."
    """
    plain = plain_letters(comment)
    if re.search(r"\bbegin|\bstart", plain):
        return ("Write the line exactly '# BEGIN SOLUTION' (capitals, plain letters), and close the block "
                "with '# END SOLUTION'.")
    if re.search(r"\bend|\bstop", plain):
        return "Write the line exactly '# END SOLUTION' (capitals, plain letters), after a '# BEGIN SOLUTION' line."
    if not code_before.strip():
        return ("Put '# SOLUTION' at the end of the solution line itself (answer = ...  # SOLUTION), "
                "or wrap the lines in '# BEGIN SOLUTION' / '# END SOLUTION'.")
    return ("Write the marker exactly '# SOLUTION' (capitals, plain letters) at the end of the solution line"
            + (" (a note may follow: '# SOLUTION: why')." if ":" in comment else ".")
            + " A comment meant for students cannot use the word: write 'answer' instead.")


def _comments(source: str) -> dict[int, tuple[str, str]]:
    """line number -> (code before the comment, the comment) for comments (not strings)."""
    found: dict[int, tuple[str, str]] = {}
    lines = source.split("\n")
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                line = lines[token.start[0] - 1]
                found[token.start[0]] = (line[: token.start[1]], token.string)
    except (tokenize.TokenError, SyntaxError, IndentationError):  # an unfinished cell: look at each line
        for number, line in enumerate(lines, start=1):
            for at, char in enumerate(line):  # the first '#' outside quotes
                if char == "#" and line[:at].count("'") % 2 == 0 and line[:at].count('"') % 2 == 0:
                    found[number] = (line[:at], line[at:])
                    break
    for number, line in enumerate(lines, start=1):  # a full-width or small '#' starts no comment in Python
        if number not in found:
            at = next((i for i, ch in enumerate(line) if ch in _ODD_HASHES
                       and line[:i].count("'") % 2 == 0 and line[:i].count('"') % 2 == 0), None)
            if at is not None:
                found[number] = (line[:at], line[at:])
    return found


def solution_line_numbers(source: str) -> set[int]:
    """Line numbers (from 1) of the solution: ``# SOLUTION`` lines and whole ``BEGIN``/``END`` blocks.

    >>> sorted(solution_line_numbers("x = 1\\n# BEGIN SOLUTION\\ny = 2\\n# END SOLUTION\\nz = 3  # SOLUTION"))
    [2, 3, 4, 5]
    """
    numbers, inside = set(), False
    for number, line in enumerate(source.split("\n"), start=1):
        if _BEGIN.match(line):
            inside = True
        if inside or _SOLUTION_LINE.search(line):
            numbers.add(number)
        if _END.match(line):
            inside = False
    return numbers


def has_solution(source: str) -> bool:
    """Does a code cell hold a solution line or block?

    >>> has_solution("answer = 1  # SOLUTION"), has_solution("answer = 1")
    (True, False)
    """
    return any(_SOLUTION_LINE.search(line) or _BEGIN.match(line) for line in source.split("\n"))


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
    return line.split("#", 1)[0].rstrip().endswith(":")


def _near_marker(number: int, code: str, comment: str) -> BuildError:
    shown = comment.strip() if len(comment.strip()) <= 40 else comment.strip()[:40] + "…"
    if not code.strip() and _SOLUTION_LINE.match(comment.strip()):
        what = f"'{shown}' on a line of its own marks nothing, so the solution below it would reach students"
    else:
        what = f"'{shown}' looks like a solution marker but is not one, so the solution would reach students"
    return BuildError(f"line {number}: {what}", line=number, fix=marker_fix(comment, code))


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
    comments = _comments(source)
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
        marker = _SOLUTION_LINE.search(line)
        if marker:
            if not line[: marker.start()].strip():  # a marker on a line of its own: the code it means stays
                raise _near_marker(number, "", marker.group(0))
            stub = _stub(line)
            if stub is not None:
                kept.append(stub)
            else:
                removed_at.append((len(kept), line[: _indent_of(line)]))
            continue
        code, comment = comments.get(number, (line, ""))
        if comment and looks_like_marker(comment):
            raise _near_marker(number, code, comment)
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
