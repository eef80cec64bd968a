"""The kit's own errors: each one names the file, the field and the fix.

Every user-facing problem is raised as a :class:`KitError` (or a subclass), built
with :func:`problem`, so that messages read the same everywhere::

    >>> err = KitError("article has no text", file="notes.txt", field="text",
    ...                fix="Paste the article's text into the file and save it.")
    >>> print(err)
    notes.txt: field 'text': article has no text
      How to fix: Paste the article's text into the file and save it.
"""

from __future__ import annotations

__all__ = ["KitError", "ArticleError", "LexiconError", "Problem"]


class Problem:
    """One problem found in one place (a file, optionally a line and a field). ``value`` is what was given
    and ``suggestion`` what was probably meant, when the kit can tell ("did you mean …?"), so a program
    can use them without reading the message.

    >>> Problem("'bbc' is not an outlet here", field="outlet", value="bbc", suggestion="BBC").suggestion
    'BBC'
    """

    def __init__(self, message: str, file: str | None = None, field: str | None = None,
                 fix: str | None = None, line: int | None = None, value=None, suggestion=None):
        self.message = message
        self.file = file
        self.field = field
        self.fix = fix
        self.line = line
        self.value = value
        self.suggestion = suggestion

    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(f"{self.file}:{self.line}" if self.line else str(self.file))
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        text = f"{where}: {self.message}" if where else self.message
        if self.fix:
            text += f"\n  How to fix: {self.fix}"
        return text

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "field": self.field,
                "problem": self.message, "fix": self.fix}


class KitError(ValueError):
    """An error in the user's input that the user can fix.

    It carries ``file``, ``field``, ``fix`` (and ``line`` where it helps), and
    ``problems``: every problem found, when several were collected at once. A problem may also carry the
    ``value`` given and the ``suggestion`` meant (see :class:`Problem`).
    """

    def __init__(self, message: str = "", file: str | None = None, field: str | None = None,
                 fix: str | None = None, line: int | None = None,
                 problems: list[Problem] | None = None, value=None, suggestion=None):
        if problems is None:
            problems = [Problem(message, file=file, field=field, fix=fix, line=line, value=value,
                                suggestion=suggestion)]
        self.problems = list(problems)
        first = self.problems[0] if self.problems else Problem(message)
        self.file, self.field, self.fix, self.line = first.file, first.field, first.fix, first.line
        if len(self.problems) == 1 and not message.startswith("\n"):
            text = str(self.problems[0])
        else:
            header = message or f"{len(self.problems)} problems found"
            text = header + "\n" + "\n".join(f"- {p}" for p in self.problems)
        super().__init__(text)

    #: the plain words that lead the message in Jupyter, before the class name (a student knows the words)
    plain = "The kit could not go on"

    def _render_traceback_(self) -> list[str]:
        """How Jupyter (IPython) shows this error: plain words first, the class name in brackets, then what went
        wrong and how to fix it, without the lines of Python internals that a traceback would add (they help
        nobody fix their input).

        >>> KitError("the file is empty", file="a.txt", fix="Add text.")._render_traceback_()
        ['The kit could not go on (KitError): a.txt: the file is empty', '  How to fix: Add text.']
        >>> ArticleError("no such file", file="my-article")._render_traceback_()
        ['A problem with the article (ArticleError): my-article: no such file']
        """
        return [f"{self.plain} ({type(self).__name__}): {line}" if i == 0 else line
                for i, line in enumerate(str(self).splitlines())]


class ArticleError(KitError):
    """A problem with an article file, a manifest or an articles DataFrame."""

    plain = "A problem with the article"


class LexiconError(KitError):
    """A problem with a word list (lexicon), gazetteer or concept table file."""

    plain = "A problem with a word list"
