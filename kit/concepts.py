"""The concept table: the names each actor goes by (data/concepts.csv), and where they occur in a text.

:func:`concept_hits` finds every name of an actor in a text; the longest name of the same actor wins
where two overlap. :func:`kit.naming` counts them per outlet; :func:`kit.framing.distinctive_words`
keeps the names of two or more words whole.

>>> [(hit[2][0], hit[2][1]) for hit in concept_hits("The Assad regime and the US military.")]
[('Syrian government', 'Assad regime'), ('United States', 'US military')]
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .corpus import UNKNOWN_OUTLET
from .datafiles import data_path, file_stamp
from .errors import KitError, Problem
from .gazetteer import raise_problems, read_table, yes
from .phrases import PhraseMatcher, normalise_form

__all__ = ["load_concepts", "concept_hits", "concept_matcher", "describing_names", "group_labels", "spelling_key",
           "other_spellings",
           "CONCEPT_COLUMNS", "add_concept", "concept_line", "kernel_folder",
           "CONCEPT_LEFT", "CONCEPT_RIGHT"]

#: The header of a concept table, in this order.
CONCEPT_COLUMNS = ["concept", "surface", "note", "case_sensitive"]


def group_labels(articles, by: str = "outlet"):
    """The group of each article for :func:`naming` and :func:`distinctive_words`: the column ``by``,
    with an empty value shown as ``(outlet not given in the file)`` (or ``(no <by>)``).

    >>> import pandas as pd
    >>> group_labels(pd.DataFrame({"outlet": ["WSWS", ""]})).tolist()
    ['WSWS', '(outlet not given in the file)']
    """
    frame = articles
    if by not in frame.columns:
        raise KitError(f"the articles table has no column {by!r} to group by", field=by,
                       fix="Use by='outlet' or by='article_id', or add the column to the table.")
    labels = frame[by].fillna("").astype(str).str.strip()
    empty = UNKNOWN_OUTLET if by == "outlet" else f"(no {by})"
    return labels.where(labels != "", empty)


def load_concepts(path=None):
    """Read a concept table: one row per way of naming an actor.

    The header is ``concept,surface,note,case_sensitive``. ``case_sensitive`` is ``yes`` to match
    only these capitals (as for "IS" or "Washington"). A mistake raises
    :class:`kit.errors.LexiconError` naming the line.

    >>> table = load_concepts()
    >>> sorted(table.loc[table.concept == "ISIS", "surface"])[:3]
    ['Daesh', 'IS', 'ISIL']
    """
    import pandas as pd

    path = Path(path) if path is not None else data_path("concepts.csv")
    rows, problems = read_table(path, CONCEPT_COLUMNS, "concept table")
    seen: dict[str, int] = {}
    for row in rows:
        line = row["line"]
        for column, fix in (("concept", "Write the actor's name (for example 'Syrian government')."),
                            ("surface", "Write the word or phrase an article uses for the actor.")):
            if not row[column].strip():
                problems.append(Problem(f"the {column} is empty", file=str(path), line=line, field=column,
                                        fix=fix + " Or delete the line."))
        try:
            row["case_sensitive"] = bool(yes(row["case_sensitive"]))
        except ValueError:
            problems.append(Problem(f"case_sensitive must be yes, no or empty, not {row['case_sensitive']!r}",
                                    file=str(path), line=line, field="case_sensitive",
                                    fix="Write yes (match capitals exactly), no, or leave it empty."))
        key = normalise_form(row["surface"])
        if key and key in seen:
            problems.append(Problem(f"the surface form {row['surface'].strip()!r} is already listed on line "
                                    f"{seen[key]}", file=str(path), line=line, field="surface",
                                    fix="A phrase can belong to one concept only: delete one of the lines."))
        seen.setdefault(key, line)
    raise_problems(problems, "concept table")
    frame = pd.DataFrame(rows, columns=[*CONCEPT_COLUMNS, "line"])
    for c in ("concept", "surface", "note"):
        frame[c] = frame[c].str.strip()
    return frame


def concept_line(concept: str, surface: str, note: str = "") -> str:
    """The line of ``data/concepts.csv`` that adds one name of an actor, as a teacher would paste it (CSV quoting).

    >>> concept_line("Town council", "the council", "the plain name, no judgement")
    'Town council,the council,"the plain name, no judgement",'
    """
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([concept.strip(), surface.strip(), note.strip(), ""])
    return out.getvalue()


def add_concept(concept: str, surface: str, note: str = "", table=None) -> Path:
    """Add one name of an actor for this notebook's kernel only, and return the concept table to pass to
    :func:`kit.naming` (``concepts=…``): a copy of ``table`` (the kit's ``data/concepts.csv`` by default) with the
    new row checked like any other, in one temporary folder for the whole kernel (:func:`kernel_folder`, removed
    when the kernel stops; the same call run again gives the same file, so a cell run many times adds nothing).
    It prints the line to send the teacher, who can add it to ``data/concepts.csv`` for everyone. Call it again
    with the table it returned to add another name.

    >>> path = add_concept("Town council", "council", "the plain name")
    Added for this notebook: 'council' (Town council). To add it for everyone, send your teacher this line for data/concepts.csv:
      Town council,council,the plain name,
    >>> "council" in set(load_concepts(path).surface), "council" in set(load_concepts().surface)
    (True, False)
    """
    import hashlib

    for field, value in (("concept", concept), ("surface", surface)):
        if not isinstance(value, str) or not value.strip():
            raise KitError(f"add_concept needs the {field} as text, not {value!r}", field=field,
                           fix='Write both in quotes, e.g. add_concept("Town council", "the council", "the plain name").')
    source = Path(table) if table is not None else data_path("concepts.csv")
    line = concept_line(concept, surface, note if isinstance(note, str) else "")
    text = source.read_text(encoding="utf-8")
    text += ("" if text.endswith("\n") else "\n") + line + "\n"
    # named by what it holds: the same table is the same file (its stamp unchanged, so its matcher is reused)
    path = kernel_folder() / f"added-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}-concepts.csv"
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    try:
        load_concepts(path)  # a name already listed, or an empty field: said now, naming the file, line and fix
    except KitError:
        path.unlink(missing_ok=True)
        raise
    print(f"Added for this notebook: {surface.strip()!r} ({concept.strip()}). To add it for everyone, send your "
          f"teacher this line for data/concepts.csv:\n  {line}")
    return path


_KERNEL_FOLDER: list[Path] = []  # the folder of this kernel's added concept tables, made at the first add_concept


def kernel_folder() -> Path:
    """The one temporary folder where :func:`add_concept` writes this kernel's concept tables: made at the
    first call, the same folder for every later call, and removed when the kernel (the Python process) stops.

    >>> kernel_folder() == kernel_folder() and kernel_folder().is_dir()
    True
    """
    if not _KERNEL_FOLDER or not _KERNEL_FOLDER[0].is_dir():
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="kit-concepts-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _KERNEL_FOLDER[:] = [folder]
    return _KERNEL_FOLDER[0]


#: A concept's name is not part of a longer or hyphenated word ("anti-ISIS", "ISIS-held"); a possessive
# or another ending after an apostrophe may follow ("Assad’s").
CONCEPT_LEFT = r"(?<![\w’'-])"
CONCEPT_RIGHT = r"(?![\w-])"


def concept_matcher(path: str | None):
    """The phrase matcher for a concept table (the kit's own when ``path`` is None), made once per version.

    >>> concept_matcher(None).find("The Assad regime said no.")[0][2][:2]
    ('Syrian government', 'Assad regime')
    """
    return _concept_matcher_for(file_stamp(path if path is not None else data_path("concepts.csv")),
                                file_stamp(data_path("name_spellings.csv")))


@functools.lru_cache(maxsize=4)
def _concept_matcher_for(stamp: tuple, spellings_stamp: tuple) -> PhraseMatcher:
    phrases = []
    table = load_concepts(stamp[0])
    for r in table.itertuples(index=False):
        entry = (r.concept, r.surface, r.note)
        for surface in other_spellings(r.surface, spellings_stamp[0]):  # one row, however the name is spelt
            phrases.append((surface, entry, r.case_sensitive))
            first, _sep, rest = surface.partition(" ")
            if r.case_sensitive and first.lower() == "the":  # "the US" also opens a sentence: "The US"
                for the in ("the", "The"):
                    if the != first:
                        phrases.append((f"{the} {rest}", entry, True))
    matcher = PhraseMatcher(phrases, left=CONCEPT_LEFT, right=CONCEPT_RIGHT)
    matcher.describing = describing_names(table)
    return matcher


def describing_names(table) -> frozenset:
    """{(concept, word)}: the names listed with "the" ("the US", "the Chinese") whose word the same concept also
    lists before a noun ("US forces", "Chinese government"): before another noun, that word only says whose
    the noun is ("the US embassy", "the Chinese economy"), as "Russian" does in "the Russian embassy".

    >>> import pandas as pd
    >>> sorted(describing_names(pd.DataFrame({"concept": ["X", "X", "X"], "surface": ["the Ruritanians",
    ...     "the Ruritanian", "Ruritanian army"], "case_sensitive": [True, True, False]})))
    [('X', 'Ruritanian')]
    """
    firsts = {(c, s.split(" ")[0]) for c, s in zip(table.concept, table.surface) if " " in s}
    out = set()
    for concept, surface, sensitive in zip(table.concept, table.surface, table.case_sensitive):
        the, _sep, word = surface.partition(" ")
        if sensitive and the.lower() == "the" and word and " " not in word and (concept, word) in firsts:
            out.add((concept, word))
    return frozenset(out)


def concept_hits(text: str, concepts=None, matcher=None):
    """Each name of an actor in ``text``: ``(start, end, (concept, surface, note))`` in text order.

    Where names of the same actor overlap, the longest wins ("the US military" is one mention, of
    "US military", not also of "the US"). Names of the same actor side by side, with only a space
    between, are one longer name and one mention: "Daesh terrorists" is counted once, as the form
    "Daesh terrorists", not once as "Daesh" and once as "terrorists" (its note gives both parts'
    notes). A phrase can name two actors: "US-backed forces" names the SDF, and its "US-backed"
    names the United States as the backer. A name listed with "the" whose word the actor also has before a noun
    ("the US": "US forces"; "the Chinese": "Chinese government") is not counted before another noun ("the US
    embassy", "the Chinese economy", "the US Senate"), as "the Russian embassy" names no form of Russia
    (:func:`describing_names`; the matcher of :func:`concept_matcher` carries them).

    >>> [(e[1], text) for s, t, e in concept_hits("The US military and US-backed forces.")
    ...  for text in ["The US military and US-backed forces."[s:t]]]
    [('US military', 'US military'), ('US-backed forces', 'US-backed forces'), ('US-backed', 'US-backed')]
    """
    matcher = matcher or concept_matcher(None if concepts is None else str(concepts))
    kept: dict[str, list[tuple[int, int]]] = {}
    found = []
    for start, end, values in sorted(matcher.find_all(text), key=lambda h: (h[0] - h[1], h[0])):
        entry = values[0]
        spans = kept.setdefault(entry[0], [])
        if any(start < e and s < end for s, e in spans):
            continue
        spans.append((start, end))
        found.append((start, end, entry))
    describing = getattr(matcher, "describing", frozenset())
    found = [h for h in found if not (describing and _describes_noun(text, h, describing))]
    return _with_doubt_word(text, _join_side_by_side(text, sorted(found, key=lambda h: (h[0], -h[1]))))


_NEXT = re.compile(r"[ \t]+(\w[\w’'-]*)")


def _describes_noun(text: str, hit, describing: frozenset) -> bool:
    """Is the hit a name of :func:`describing_names` ("the US", "the Chinese") that only says whose the next
    word is: a capitalised word that goes on the name ("the US Senate", "the Chinese Communist Party"; not a
    capitalised little word of data/word_sets.csv's ``stop_caps``, which opens a sentence: "in the U.S. The") or a
    noun by :func:`kit.country_words.describes_noun` ("the US embassy", "the Chinese economy")? A reporting word
    from the attribution word list after it is a verb: "the Chinese say" names the people."""
    start, end, (concept, surface, _note) = hit
    word = surface.partition(" ")[2]
    if (concept, word) not in describing:
        return False
    from .country_words import describes_noun
    from .lexicons import attribution_tone
    from .wordsets import word_sets

    nxt = _NEXT.match(text, end, min(len(text), end + 40))
    if nxt is None:
        return False
    sets = word_sets()
    if nxt.group(1)[:1].isupper():  # not a word that opens a sentence: "… in the U.S. The next day"
        return nxt.group(1).lower() not in sets.stop_caps
    return not attribution_tone(nxt.group(1)) and describes_noun(text, end - len(word), end, sets)


def _with_doubt_word(text: str, hits: list) -> list:
    """A scare word just before a name ("so-called", "self-styled": the scare_quote word list) is part of how
    the article names that actor, for every actor: "the so-called SDF militia" is one mention of the form
    "so-called SDF", whose note says the word casts doubt on the name. A capitalised name that stands before
    another word ("the so-called US war on terror") is not what the scare word doubts, unless that word is a
    kind of group ("the so-called SDF militia")."""
    doubt, not_a_noun = _doubt_words(), _not_a_noun()
    out = []
    for start, end, (concept, surface, note) in hits:
        m = doubt.search(text, max(0, start - 40), start)
        nxt = re.match(r"\s+([a-z][\w’'-]*)", text[end:end + 40])
        modifier = surface[:1].isupper() and nxt is not None and nxt.group(1) not in not_a_noun \
            and not nxt.group(1).endswith("ed")
        if m and not modifier:
            word = " ".join(m.group(1).lower().split())
            out.append((m.start(), end, (concept, f"{word} {surface}",
                                         f'"{word}" casts doubt on the name; {surface}: {note or "-"}')))
        else:
            out.append((start, end, (concept, surface, note)))
    return out


def _doubt_words():
    """A pattern for a scare word (data/lexicons/scare_quote.csv) right before a name, a quotation mark between."""
    from .lexicons import default_lexicon_and_key

    table, key = default_lexicon_and_key()
    return _doubt_pattern(key, tuple(table.loc[table.category == "scare_quote", "term"])
                          + tuple(v for vs in table.loc[table.category == "scare_quote", "variants"]
                                  for v in str(vs or "").split("|") if v))


@functools.lru_cache(maxsize=4)
def _doubt_pattern(_key, forms: tuple):
    words = sorted({f.strip().lower() for f in forms if f.strip()}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(rf"(?<![\w-])({alternation})\s+[“\"‘']?$", re.IGNORECASE)


def _not_a_noun() -> frozenset:
    """Words after a name that show it is not a modifier: a kind of group ("the so-called SDF militia"), a
    function word ("at", "and") or a verb form ("ran", "has") from data/word_sets.csv."""
    from .wordsets import word_sets

    sets = word_sets()
    return sets.org_words | sets.stop_caps | sets.auxiliaries | sets.past_forms


_ONE_SPACE = re.compile(r"[ \t\xa0]{1,2}")


def _join_side_by_side(text: str, hits: list) -> list:
    """Join each hit to the hit of the same actor that ends right before it, a space away ("Daesh"
    + "terrorists" = "Daesh terrorists"): one mention, as :func:`concept_hits` says."""
    out: list = []
    last: dict[str, int] = {}  # concept -> index in out of its latest hit
    for start, end, entry in hits:
        k = last.get(entry[0])
        if k is not None and out[k][1] <= start and _ONE_SPACE.fullmatch(text, out[k][1], start):
            s0, _e0, (concept, surface, note) = out[k]
            parts = note if note.startswith("names side by side") else f"names side by side, counted once: " \
                f"{surface}: {note or '-'}"
            out[k] = (s0, end, (concept, f"{surface} {entry[1]}", f"{parts}; {entry[1]}: {entry[2] or '-'}"))
            continue
        last[entry[0]] = len(out)
        out.append((start, end, entry))
    return out


_ABBREVIATION = re.compile(r"\b(?:[A-Za-z]\.){2,}")  # "U.S.", "U.S.A.", "u.k."


def spelling_key(name: str, path=None) -> str:
    """The form all spellings of one name share, so kit.naming counts them as one name: letters in
    lower case, the periods of an abbreviation dropped ("U.S." -> "us"), curly quotes straightened,
    single spaces, and the other spellings of data/name_spellings.csv ("USA" is "US").

    >>> spelling_key("the U.S. military") == spelling_key("The US military")
    True
    >>> spelling_key("U.S.A.") == spelling_key("US"), spelling_key("U.S.-led coalition")
    (True, 'us-led coalition')
    """
    key = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), name)
    key = normalise_form(key)
    same = _name_spellings(file_stamp(path if path is not None else data_path("name_spellings.csv")))
    return re.sub(r"[^\W\d_]+", lambda m: same.get(m.group(0), m.group(0)), key)  # "al-muallem" as "al-moallem"


def other_spellings(surface: str, path=None) -> list[str]:
    """``surface`` and its other spellings by data/name_spellings.csv (:func:`spelling_key`): each word with other
    spellings written in each of them, in the word's capitals, so that the concept table's row matches every one
    ("Sergey" and "Sergei", "al-Muallem" and "al-Moallem", "Jim" and "James"). The one mechanism for a name's
    spellings; :func:`kit.naming` counts them as the row's name.

    >>> other_spellings("Foreign Minister Walid al-Moallem")[:2]
    ['Foreign Minister Walid al-Moallem', 'Foreign Minister Walid al-Muallem']
    >>> other_spellings("Foreign Minister Sergey Lavrov"), other_spellings("Raqqa")
    (['Foreign Minister Sergey Lavrov', 'Foreign Minister Sergei Lavrov'], ['Raqqa'])
    """
    import itertools

    same = _name_spellings(file_stamp(path if path is not None else data_path("name_spellings.csv")))
    groups: dict[str, list[str]] = {}
    for spelling, key in same.items():
        groups.setdefault(key, [key]).append(spelling)
    parts = re.split(r"([^\W\d_]+)", surface)
    choices = []
    for i, part in enumerate(parts):
        forms = groups.get(same.get(part.lower(), part.lower()), []) if i % 2 else []
        written = [f.upper() if part.isupper() and len(part) > 1 else f.capitalize() if part[:1].isupper() else f
                   for f in forms if f != part.lower()]
        choices.append([part, *written])
    return list(dict.fromkeys("".join(c) for c in itertools.product(*choices)))


@functools.lru_cache(maxsize=4)
def _name_spellings(stamp: tuple) -> dict[str, str]:
    """{spelling: same_as} of a name-spellings table, both as :func:`spelling_key` writes them."""
    path = Path(stamp[0])
    rows, problems = read_table(path, ["spelling", "same_as", "note"], "name spellings table")
    same = {}
    for row in rows:
        words = [normalise_form(_ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), row[c])) for c in
                 ("spelling", "same_as")]
        if not all(words) or any(" " in w for w in words):
            problems.append(Problem("spelling and same_as must each be one word", file=str(path), line=row["line"],
                                    field="spelling" if not words[0] or " " in words[0] else "same_as",
                                    fix="Write one word in each, for example: USA,US"))
            continue
        same[words[0]] = words[1]
    raise_problems(problems, "name spellings table")
    return same
