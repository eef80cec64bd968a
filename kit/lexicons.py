"""Word lists (lexicons): editable CSV files that say which words the kit flags and why.

Each file in ``data/lexicons/`` has one row per entry and this header::

    term,variants,category,tone,note,alternative,source,case_sensitive

- ``term``: the headword reported when the entry fires (it may be several words);
- ``variants``: other forms of the same entry, separated by ``|`` (``alleges|alleged|allegedly``);
- ``category``: one of :data:`CATEGORIES`, or a new category of your own: a file named
  ``euphemism.csv`` whose rows all say ``euphemism`` defines the category ``euphemism``
  (see :func:`load_lexicon`);
- ``tone``: ``neutral`` or ``loaded`` for ``attribution`` entries, empty for every other category;
- ``note``: one plain sentence saying why the word shapes the reader's view;
- ``alternative``: a more neutral choice (optional);
- ``source``: where the entry comes from;
- ``case_sensitive``: ``yes`` to match only this exact use of capitals (empty or ``no`` otherwise).

>>> lex = load_lexicon()
>>> set(CATEGORIES) <= set(lex.category)
True
"""

from __future__ import annotations

import csv
import functools
import io
import re
from pathlib import Path

from .datafiles import data_path, file_stamp
from .errors import LexiconError, Problem
from .held import HeldValue
from .phrases import normalise_form

__all__ = ["load_lexicon", "attribution_tone", "default_lexicon", "CATEGORIES", "COLUMNS", "lexicon_dir", "default_lexicon_and_key", "normalise_form",
           "held_lexicon", "categories_in", "describe_category", "check_category_name", "category_name_fix"]

#: The columns every lexicon file must have, in this order.
COLUMNS = ["term", "variants", "category", "tone", "note", "alternative", "source", "case_sensitive"]

#: Category name -> what it means, in plain words (used by explain(), the legend and plots).
CATEGORIES = {
    "loaded_language": "loaded language: an emotional or exaggerated word that tells the reader how to feel",
    "label": "label: a name for a person, group or government that takes a side",
    "hedge": "hedge: a word that shows doubt, or that something is not confirmed",
    "doubt": "doubt: a word that casts doubt on someone else's claim (the writer is sure, not unsure)",
    "booster": "booster: a word that presents something as certain",
    "attribution": "attribution: a word that reports what someone said",
    "vague_source": "vague source: a claim credited to someone who is not named",
    "scare_quote": "scare quote: quotation marks or 'so-called' used to cast doubt on a word",
}

TONES = ("neutral", "loaded")

#: What a category name may look like: snake_case (lowercase letters, digits, underscores).
_CATEGORY_NAME = re.compile(r"[a-z][a-z0-9_]*")


def category_name_fix(name: str) -> str:
    """How to fix a category name that is not snake_case (used by the loader and annotate).

    >>> category_name_fix("War Words").split("for example ")[1][:11]
    "'war_words'"
    """
    suggestion = re.sub(r"[^a-z0-9]+", "_", str(name).lower()).strip("_")
    if not suggestion or not suggestion[0].isalpha():
        suggestion = "my_words"
    return (f"Use one of: {', '.join(CATEGORIES)} — or, for a new category, a snake_case name (lowercase "
            f"letters, digits and underscores, starting with a letter), for example {suggestion!r}, with its "
            f"words in a file named {suggestion}.csv.")


def check_category_name(name) -> str | None:
    """Why ``name`` cannot be a category name, or None when it can (snake_case).

    >>> check_category_name("euphemism") is None
    True
    >>> check_category_name("War Words")
    "the category name 'War Words' is not snake_case"
    """
    if not isinstance(name, str) or not name:
        return "the category is empty"
    if _CATEGORY_NAME.fullmatch(name) is None:
        return f"the category name {name!r} is not snake_case"
    return None


def categories_in(lexicon) -> list[str]:
    """The categories a word list can flag: the seven built-in ones, then its own in first-seen order.

    >>> import pandas as pd
    >>> categories_in(pd.DataFrame({"category": ["euphemism", "hedge", "war_words"]}))[-3:]
    ['scare_quote', 'euphemism', 'war_words']
    """
    extra = [c for c in dict.fromkeys(lexicon["category"]) if c not in CATEGORIES]
    return [*CATEGORIES, *extra]


def describe_category(category: str) -> str:
    """``"<name>: <what it means>"`` in plain words; a category of your own gets a generic description.

    >>> describe_category("euphemism")
    "euphemism: words from your list 'euphemism'"
    """
    if category in CATEGORIES:
        return CATEGORIES[category]
    return f"{category.replace('_', ' ')}: words from your list '{category}'"

def lexicon_dir() -> Path:
    """The folder of word lists in use (``lexicons/`` in the data folder, see ``kit.data_dir``).

    >>> lexicon_dir().name
    'lexicons'
    """
    return data_path("lexicons")


_HEADER_FIX = "Make the first line of the file exactly: " + ",".join(COLUMNS)

def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LexiconError("word list file not found", file=str(path),
                           fix="Check the file name and folder; use a path relative to the notebook "
                               "or an absolute path.") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise LexiconError(f"the file is not saved as UTF-8 text (byte {data[err.start]:#04x} cannot be read)",
                           file=str(path), line=line,
                           fix="Open the file in a spreadsheet or text editor and save it as "
                               "'CSV UTF-8' (comma-separated, UTF-8).") from None


def _parse_file(path: Path) -> tuple[list[dict], list[Problem]]:
    """Read one CSV word list into entry dicts, collecting every problem found."""
    text = _read_text(path)
    name = str(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return [], [Problem("the file is empty", file=name, line=1, fix=_HEADER_FIX)]
    header = [h.strip().lower() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return [], [Problem(f"missing column(s): {', '.join(missing)}", file=name, line=1, fix=_HEADER_FIX)]
    index = {c: header.index(c) for c in COLUMNS}
    entries, problems = [], []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            problems.append(Problem(f"the line cannot be read as CSV ({err})", file=name,
                                    line=reader.line_num,
                                    fix="Check the quotation marks on this line: a field that contains a "
                                        "comma must be wrapped in double quotes."))
            break
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank line
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            problems.append(Problem(f"this line has {len(row)} fields but the header has {len(header)}",
                                    file=name, line=line,
                                    fix="Wrap any field that contains a comma in double quotes."))
            continue
        row = row + [""] * (len(header) - len(row))
        entry = {c: row[index[c]].strip() for c in COLUMNS}
        entry["file"], entry["line"] = name, line
        problems.extend(_check_entry(entry, own=path.stem))
        entries.append(entry)
    return entries, problems


def _check_entry(entry: dict, own: str = "") -> list[Problem]:
    """Problems in one row. ``own`` is the file's name without ``.csv``: a category of that name is allowed."""
    name, line = entry["file"], entry["line"]
    found = []

    def bad(field, message, fix):
        found.append(Problem(message, file=name, line=line, field=field, fix=fix))

    if not entry["term"]:
        bad("term", "the term is empty", "Write the word or phrase to flag in the 'term' column.")
    elif not any(ch.isalnum() for ch in entry["term"]):
        bad("term", f"the term {entry['term']!r} has no letters or digits",
            "Write a word or phrase in the 'term' column.")
    category = entry["category"]
    known = category in CATEGORIES or (category == own and check_category_name(category) is None)
    if not known:
        wrong_name = check_category_name(category)
        if not category:
            bad("category", "the category is empty",
                f"Write the category in the 'category' column: one of {', '.join(CATEGORIES)}"
                + (f", or {own!r} (the name of this file)." if check_category_name(own) is None else "."))
        elif wrong_name:
            bad("category", wrong_name, category_name_fix(category))
        else:
            bad("category", f"unknown category {category!r}",
                f"Use one of: {', '.join(CATEGORIES)} — or, to start a new category, put its words in a "
                f"file named {category}.csv (with {category!r} in the 'category' column of every row).")
    tone = entry["tone"].lower()
    entry["tone"] = tone
    if category == "attribution" and tone not in TONES:
        bad("tone", f"attribution entries need a tone of 'neutral' or 'loaded', not {entry['tone']!r}",
            "Write 'neutral' for plain reporting verbs (said, told) and 'loaded' for verbs that "
            "suggest a judgement (claimed, admitted).")
    elif known and category != "attribution" and tone:
        bad("tone", f"only attribution entries have a tone; this {category} entry has {tone!r}",
            "Leave the 'tone' column empty for this entry.")
    if not entry["note"]:
        bad("note", "the note is empty",
            "Write one plain sentence saying why this word shapes the reader's view.")
    flag = entry["case_sensitive"].lower()
    if flag not in ("", "yes", "no"):
        bad("case_sensitive", f"case_sensitive must be 'yes' or empty, not {entry['case_sensitive']!r}",
            "Write 'yes' to match only this exact use of capitals, or leave it empty.")
    entry["case_sensitive"] = flag == "yes"
    variants = [v.strip() for v in entry["variants"].split("|")] if entry["variants"] else []
    if any(not v for v in variants):
        bad("variants", "the variants list has an empty item",
            "Separate variants with a single '|' and no '|' at the start or the end.")
    entry["variants"] = "|".join(v for v in variants if v)
    return found


def entry_forms(term: str, variants="") -> list[str]:
    """An entry's forms as written in its file: the term, then each variant ("|" between them).

    Every part of the kit that reads a word list's forms asks this function, so they all agree.

    >>> entry_forms("claimed", "claim|claims|claiming")
    ['claimed', 'claim', 'claims', 'claiming']
    >>> entry_forms("allegedly", float("nan"))   # an empty 'variants' cell read by pandas
    ['allegedly']
    """
    extra = variants.split("|") if isinstance(variants, str) and variants else []
    return [f for f in (term, *extra) if isinstance(f, str) and f.strip()]


def _forms(entry: dict) -> list[str]:
    return [normalise_form(f, entry["case_sensitive"]) for f in entry_forms(entry["term"], entry["variants"])]


def _check_duplicates(entries: list[dict]) -> list[Problem]:
    """Two entries of one category must not share a form (the kit could not say which one fired)."""
    seen: dict[tuple, dict] = {}
    problems = []
    for entry in entries:
        for form in dict.fromkeys(_forms(entry)):
            key = (entry["category"], entry["case_sensitive"], form)
            first = seen.setdefault(key, entry)
            if first is not entry:
                where = f"line {first['line']}" if first["file"] == entry["file"] else \
                    f"{first['file']}:{first['line']}"
                problems.append(Problem(f"duplicate entry: {form!r} ({entry['category']}) is already "
                                        f"listed on {where}", file=entry["file"], line=entry["line"],
                                        field="term",
                                        fix="Delete one of the two lines, or merge them into one entry "
                                            "(extra forms go in 'variants')."))
    return problems


def load_lexicon(path_or_paths=None):
    """Read word-list CSV files into a table with one row per entry.

    ``path_or_paths`` is a file, a folder of ``.csv`` files, or a list of them; by default the
    kit's own lists in ``data/lexicons/``. A file with a mistake raises
    :class:`kit.errors.LexiconError` naming the file, the line and how to fix it.

    Categories: every file may use the built-in :data:`CATEGORIES`. A file may also use one
    category of its own, the file's name without ``.csv``: ``euphemism.csv`` with
    ``euphemism`` in the ``category`` column defines the new category ``euphemism`` (a
    snake_case name). Any other category is reported as a mistake (so a typo such as
    ``hedgee`` in ``hedge.csv`` is caught, with its line).

    >>> lex = load_lexicon()
    >>> list(lex.columns)
    ['term', 'variants', 'category', 'tone', 'note', 'alternative', 'source', 'case_sensitive', 'file', 'line']
    >>> lex.loc[lex.term == "so-called", "category"].tolist()
    ['scare_quote']
    """
    import pandas as pd

    if path_or_paths is None:
        path_or_paths = lexicon_dir()
    if isinstance(path_or_paths, (str, Path)):
        path_or_paths = [path_or_paths]
    files: list[Path] = []
    for item in path_or_paths:
        p = Path(item)
        if p.is_dir():
            found = sorted(p.glob("*.csv"))
            if not found:
                raise LexiconError("the folder holds no .csv word lists", file=str(p),
                                   fix="Put one or more CSV files with the lexicon header in the folder.")
            files.extend(found)
        else:
            files.append(p)
    entries, problems = [], []
    for f in files:
        file_entries, file_problems = _parse_file(f)
        entries.extend(file_entries)
        problems.extend(file_problems)
    if not problems:
        problems = _check_duplicates(entries)
    if problems:
        if len(problems) == 1:
            raise LexiconError(problems=problems)
        raise LexiconError(f"{len(problems)} problems found in the word list(s)", problems=problems)
    columns = [*COLUMNS, "file", "line"]
    frame = pd.DataFrame(entries, columns=columns)
    frame["case_sensitive"] = frame["case_sensitive"].astype(bool)
    frame["line"] = frame["line"].astype("int64")
    return frame


@functools.lru_cache(maxsize=4)
def _lexicon_for(stamp: tuple):
    return load_lexicon(stamp[0])


def default_lexicon_and_key():
    """The word lists in use, shared (do not change it), and a key that changes when a file is edited.

    >>> table, key = default_lexicon_and_key()
    >>> key == default_lexicon_and_key()[1]
    True
    """
    held = _HELD.current()
    if held is not None:
        return held
    stamp = file_stamp(lexicon_dir())
    return _lexicon_for(stamp), stamp


# the (table, key) that held_lexicon() gives to every default_lexicon_and_key() call of its block (one per thread)
_HELD = HeldValue(default_lexicon_and_key)


def held_lexicon():
    """Inside the ``with`` block, :func:`default_lexicon_and_key` and :func:`attribution_tone` use the word
    lists as they were when the block began, without looking at the files again (a look checks every file of
    the folder, and one call of :func:`kit.annotate` asked once per article). An edit of a word list takes
    effect at the next block, as with :func:`kit.wordsets.held_word_sets`. Blocks may nest.

    >>> with held_lexicon() as (table, key):
    ...     default_lexicon_and_key()[1] is key
    True
    """
    return _HELD.block()


@functools.lru_cache(maxsize=4)
def _attribution_tones(stamp: tuple) -> dict:
    lex = _lexicon_for(stamp)
    rows = lex[lex["category"] == "attribution"]
    return {f.lower(): tone for term, variants, tone in zip(rows["term"], rows["variants"], rows["tone"])
            for f in entry_forms(term, variants) if isinstance(tone, str) and tone}


def attribution_tone(form: str) -> str:
    """The tone (``neutral`` or ``loaded``) the attribution word list gives a form, or "" when it is not listed;
    a teacher's edit of the list counts at once.

    >>> attribution_tone("charges"), attribution_tone("Said"), attribution_tone("accusations")
    ('loaded', 'neutral', '')
    """
    held = _HELD.current()
    return _attribution_tones(held[1] if held is not None else file_stamp(lexicon_dir())).get(form.lower(), "")


def default_lexicon():
    """The word lists in use (read again only when a file changes; you get a copy you may change).

    >>> lex = default_lexicon()
    >>> categories_in(lex)[:3]
    ['loaded_language', 'label', 'hedge']
    """
    return default_lexicon_and_key()[0].copy()
