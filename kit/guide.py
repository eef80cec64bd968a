"""Student help: what each kit tool does, in plain words, from the editable table data/student_help.csv.

``kit.help()`` lists the tools a lesson uses; ``kit.help("quotes")`` (or ``kit.help(kit.quotes)``)
shows one, with an example to copy. Python's own ``help(kit.quotes)`` is the programmer's page.

>>> print(help("headlines"))
kit.headlines
Puts each article's title and first paragraph side by side.
Try: kit.headlines(articles)
You get: One row per article: outlet, title and lead (the first paragraph).
"""

from __future__ import annotations

import csv
import difflib
import html

from .datafiles import data_path
from .errors import KitError

__all__ = ["help", "HELP_COLUMNS"]

#: The header of data/student_help.csv, in this order.
HELP_COLUMNS = ["name", "what_it_does", "example", "what_you_get"]


def _entries() -> dict[str, dict]:
    path = data_path("student_help.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != HELP_COLUMNS:
            raise KitError(f"{path.name} has the header {reader.fieldnames}, not {HELP_COLUMNS}",
                           file=str(path), field="header",
                           fix="Make the first line: " + ",".join(HELP_COLUMNS))
        return {row["name"].strip(): row for row in reader if row["name"] and row["name"].strip()}


class Help(str):
    """Help text that a notebook shows as a short, readable page (the text is escaped)."""

    def _repr_html_(self) -> str:
        lines = self.splitlines()
        body = "".join(f"<p style='margin:.2em 0'>{html.escape(line)}</p>" for line in lines[1:])
        return (f"<div style='font-family:system-ui,sans-serif;max-width:48em'><h4 style='margin:.2em 0'>"
                f"{html.escape(lines[0])}</h4>{body}</div>")


def help(name=None) -> Help:  # the verb students remember: kit.help()
    """Plain-words help for students: every tool (no argument) or one tool (its name or the function).

    >>> print(help().splitlines()[0])
    The kit's tools. For one of them, run kit.help("name"), for example kit.help("quotes").
    """
    entries = _entries()
    if name is None:
        lines = ['The kit\'s tools. For one of them, run kit.help("name"), for example kit.help("quotes").']
        lines += [f"kit.{key}: {row['what_it_does'].split('. ')[0].rstrip('.')}." for key, row in entries.items()]
        return Help("\n".join(lines))
    key = getattr(name, "__name__", str(name)).strip().removeprefix("kit.").removesuffix("()")
    row = entries.get(key)
    if row is None:
        close = difflib.get_close_matches(key, list(entries), n=1)
        hint = f' Did you mean kit.help("{close[0]}")?' if close else ""
        raise KitError(f"the kit has no tool called {key!r}.{hint}", field="name",
                       fix="Run kit.help() to see the names of all the tools.")
    return Help(f"kit.{key}\n{row['what_it_does']}\nTry: {row['example']}\nYou get: {row['what_you_get']}")
