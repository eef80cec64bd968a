"""Lesson 03, Exercise 2: what a student's notes say of the kit's guessed speakers, read against the rows' notes.

The rows of ``kit.quotes`` whose speaker the kit guessed each say in their ``note`` what the guess rests on ("speaker
guessed from the quotation just before", "guess: 'he' taken to be …, the first person named in the sentences just
before"). A student's notes count when they say the same (:func:`reads_the_notes`), with the words of position of
``data/position_words.csv``; notes that point the other way, or take another of the people named, are told so
(:func:`wrong_way_note`).

    >>> rows = [{"note": "guess: 'he' taken to be Ann Lee, the person quoted just before"}]
    >>> reads_the_notes("he is the person quoted earlier", rows)
    True
"""

from __future__ import annotations

import re

__all__ = ["position_words", "named_orders", "people_named", "with_people_named", "rows_described", "first_is_last",
           "wrong_order", "note_ways", "wrong_way", "reads_the_notes", "wrong_way_note",
           "guess_kinds"]



#: the ways of data/position_words.csv that point in a text; "first"/"last" say which of the people named it takes
POINTING = ("before", "after")
ORDERS = ("first", "last")


def position_words() -> dict[str, str]:
    """The words that say where in a text something is, by the way they point ("before", "after"), each way as a
    pattern of its words, read from ``data/position_words.csv`` (an instructor can add one): a guess's note says
    where the name it gives comes from ("the person quoted just before", "named in the next sentence"). The ways
    "first" and "last" say which of the people named it takes, and "named" the words that say a person was named.

    >>> position_words()["before"].split("|")[:3], "next" in position_words()["after"].split("|")
    (['before', 'earlier', 'previous'], True)
    """
    from ..datafiles import csv_lines, data_path
    from ..errors import LexiconError

    ways: dict[str, list[str]] = {way: [] for way in (*POINTING, *ORDERS, "named")}
    for line, row in csv_lines("position_words.csv", ["way", "word"])[1]:
        row = [cell.strip().lower() for cell in row]
        if not any(row):
            continue
        if len(row) != 2 or row[0] not in ways or not re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*", row[1]):
            raise LexiconError(f"position_words.csv: line {line} is {row}", file=str(data_path("position_words.csv")),
                               field="way", line=line, fix="Write 'before' or 'after' (or 'first', 'last', 'named'), "
                                                           "a comma, and one word of position, e.g. before,earlier")
        ways[row[0]].append(re.escape(row[1]).replace(r"\ ", r"\s+"))
    return {way: "|".join(words) or "(?!)" for way, words in ways.items()}


def named_orders(text) -> dict[str, str]:
    """Which of the people named ``text`` says a name is ("first", "last"), each with the words that say it: an
    order word up to two words before a word of naming, or just after one, or after one "or"/"and" another word
    ("the first person named", "mentioned last", "named or quoted just before"); "last names" is no order. An order
    word before the word of naming says which person: "the first person named just before" is the first.

    >>> named_orders("he is whoever was mentioned last"), named_orders("the first person named before")
    ({'last': 'mentioned last'}, {'first': 'first person named'})
    >>> named_orders("the person named or quoted just before"), named_orders("the person quoted just before")
    ({'last': 'named or quoted just before'}, {})
    >>> named_orders("the first person named just before"), named_orders("I used their last names")
    ({'first': 'first person named'}, {})
    """
    words, low = position_words(), str(text or "").lower()
    named, hits = words["named"], {}
    for way in ORDERS:
        order = words[way]
        before = [(m.end(), m) for m in re.finditer(rf"\b(?:{order})\b(?:\s+[a-z]+){{0,2}}?\s+(?:{named})\b", low)]
        after = [(m.start() + len(m.group(1)), m) for m in re.finditer(
            rf"\b({named})(?:\s+(?:or|and)\s+[a-z]+)?\s+(?:{order})\b", low)]  # where its word of naming ends
        hits[way] = (before, after)
    # a word of naming with an order word before it takes that order, not the order of the words after it
    ordered = {end for before, _ in hits.values() for end, _ in before}
    found = {}
    for way, (before, after) in hits.items():
        hit = min([m for _, m in before] + [m for end, m in after if end not in ordered], key=lambda m: m.start(),
                  default=None)
        if hit:
            found[way] = re.sub(r"\s+", " ", hit.group(0))
    return found


def people_named(row, articles) -> list[str]:
    """The people named, in turn, in the sentence the kit read for a ``row`` whose note takes "he" or "she" to be
    "the first person named in the sentences just before": the nearest sentence, from the speaker words' own back to
    three before it, that names the person taken (read as the kit reads a sentence's people, ``Article.candidates``);
    [] for any other row, or when ``articles`` does not hold its article.

    >>> import kit
    >>> from kit.exercises.helpers import text_frame
    >>> arts = text_frame("Gen. Ann Lee met Gen. Bo Kim on Monday. “The road is open to all,” he said.")
    >>> people_named(kit.quotes(arts).iloc[0], arts)
    ['Ann Lee', 'Bo Kim']
    """
    from ..sourcing import checked_articles, prepare_articles

    pos = row.get("speaker_start") if hasattr(row, "get") else None
    if articles is None or "first" not in named_orders(row.get("note")) or pos is None or pos != pos:
        return []
    one = articles[articles["article_id"] == row["article_id"]]
    if one.empty:
        return []
    art, pos = prepare_articles(checked_articles(one, "check_speakers"))[0], int(pos)
    k = art.sentence_index(pos)
    for back in range(k, max(-1, k - 4), -1):
        _sid, s, e = art.sentences[back]
        people = [c["speaker"] for c in art.candidates(s, min(e, pos), lenient=False) if c["type"] == "named person"]
        if row["speaker"] in people:
            return people
    return []


def with_people_named(guessed, articles) -> list[dict]:
    """The ``guessed`` rows, each as a dict with ``people_named`` (:func:`people_named`) added, so that the notes are
    read against the sentence each row's guess rests on.

    >>> with_people_named([{"note": "speaker guessed from the quotation just before"}], None)
    [{'note': 'speaker guessed from the quotation just before', 'people_named': []}]
    """
    return [{**dict(r), "people_named": people_named(r, articles)} for r in guessed]


def rows_described(notes, guessed) -> list:
    """The ``guessed`` rows ``notes`` describe: those of the person the notes name, if they name one, else all.

    >>> rows = [{"speaker": "Anna Lee", "note": "a"}, {"speaker": "Boris Kim", "note": "b"}]
    >>> [r["speaker"] for r in rows_described("Anna's rows: the quote before", rows)], len(rows_described("he", rows))
    (['Anna Lee'], 2)
    """
    said = {w for w in re.findall(r"[a-z]+", str(notes or "").lower()) if len(w) > 3}
    return [r for r in guessed if set(re.findall(r"[a-z]+", str(r.get("speaker", "")).lower())) & said] or guessed


def first_is_last(rows) -> bool:
    """Is the first person named the last, in the sentence each of ``rows`` whose note takes "the first person named"
    rests on (one person named there)? False when the kit could not read that sentence (no ``people_named``).

    >>> first_is_last([{"note": "guess: 'he' taken to be Ann Lee, the first person named before", "people_named": ["Ann Lee"]}])
    True
    >>> first_is_last([{"note": "guess: 'he' taken to be Ann Lee, the first person named before", "people_named": ["Ann Lee", "Bo Kim"]}])
    False
    """
    return all(len(set(r.get("people_named") or ())) == 1 for r in rows if "first" in named_orders(r.get("note")))


def wrong_order(notes, guessed) -> list[str]:
    """The words of ``notes`` that take another of the people named than the ``guessed`` rows' note does ("mentioned
    last", where the note says "the first person named"), or that name an order where no note names one. "The last
    person named" is right where the note says "the first person named" and the sentence it rests on names one
    person only, in each of the rows the notes describe (:func:`first_is_last`).

    >>> rows = [{"note": "guess: 'he' taken to be Ann Lee, the first person named in the sentences just before"}]
    >>> wrong_order("he = the one mentioned last", rows), wrong_order("he = the first one named", rows)
    (['mentioned last'], [])
    >>> wrong_order("he = the one named just before", [{**rows[0], "people_named": ["Ann Lee"]}])
    []
    """
    theirs = named_orders(" ".join(str(r["note"] or "") for r in guessed))
    one = "first" in theirs and first_is_last(rows_described(notes, guessed))
    return [words for way, words in named_orders(notes).items() if way not in theirs and not (way == "last" and one)]


def note_ways(guessed) -> list[str]:
    """The ways ("before", "after") the words of position in the ``guessed`` rows' note point.

    >>> note_ways([{"note": "guess: 'he' taken to be Ann Lee, the person quoted just before"}])
    ['before']
    """
    text = " ".join(str(r["note"] or "") for r in guessed).lower()
    words = position_words()
    return [way for way in POINTING if re.search(rf"\b(?:{words[way]})\b", text)]


def wrong_way(notes, guessed) -> list[str]:
    """The words of position in ``notes`` that point the other way from the ``guessed`` rows' note ("the next
    sentence", where the note says "just before").

    >>> wrong_way("the name comes from after the quote", [{"note": "guess: 'he' taken to be Ann Lee, quoted just before"}])
    ['after']
    """
    used, ways = note_ways(guessed), position_words()
    return [m.group(0) for way in POINTING if way not in used
            for m in re.finditer(rf"\b(?:{ways[way]})\b", notes.lower())] if used and isinstance(notes, str) else []


def reads_the_notes(notes, guessed) -> bool:
    """Does a student's ``notes`` say what the kit's guesses rest on, as the ``note`` of the ``guessed`` rows says it:
    where the name comes from (a word of position that points the way the notes point: "before", "earlier", "the
    sentence above"), with another word of its own ("he", "named", "quoted"), and no other of the people named than
    the note takes ("mentioned last" where it says "the first person named")? "They are guesses" does not: the
    exercise says so; only the notes say where each name comes from.

    >>> rows = [{"note": "guess: 'he' taken to be Ann Lee, the person quoted just before"}]
    >>> reads_the_notes("he is taken to be the person quoted earlier", rows), reads_the_notes("they are guesses", rows)
    (True, False)
    >>> reads_the_notes("the name in the next sentence", rows), reads_the_notes("before", rows)
    (False, False)
    >>> reads_the_notes("whoever was quoted last", rows), reads_the_notes("whoever was mentioned last before", rows)
    (True, False)
    >>> first = [{"note": "guess: 'he' taken to be Ann Lee, the first person named in the sentences just before"}]
    >>> reads_the_notes("the first person named", first), reads_the_notes("the last person named", first)
    (True, False)
    >>> reads_the_notes("the last person named", [{**first[0], "people_named": ["Ann Lee"]}])  # one person named
    True
    """
    from ..words import FUNCTION_WORDS

    if not isinstance(notes, str) or wrong_order(notes, guessed):
        return False
    low = notes.lower()
    position, ways = position_words(), note_ways(guessed)
    # a word or a phrase of position ("earlier", "quoted last"), then the other words
    where = [m.group(0) for way in ways for m in re.finditer(rf"\b(?:{position[way]})\b", low)]
    # "the first person named": words for which person it takes say where the name comes from too (none of them
    # takes another person than the note does: wrong_order said so above)
    agreed = list(named_orders(low).values())
    said = re.findall(r"[a-z]+", re.sub("|".join(re.escape(w) for w in where) or "(?!)", " ", low))
    other = [w for w in said if (w not in FUNCTION_WORDS or w in ("he", "she", "they")) and len(w) > 1]
    return bool(where or agreed) and bool(other)


def wrong_way_note(notes, guessed) -> str:
    """What to tell notes that point the other way from the rows' note, or take another of the people named.

    >>> print(wrong_way_note("the next sentence", [{"note": "guess: 'he' taken to be Ann Lee, quoted just before"}]))
    Your notes ('the next sentence') point the wrong way: they say 'next', but the note says the name comes from before.
    >>> print(wrong_way_note("he = the one mentioned last", [{"note": "guess: 'he' taken to be Ann Lee, the first person named before"}]))
    Your notes ('he = the one mentioned last') say 'mentioned last', but the note says “the first person named”: read which person it takes.
    """
    from .answers import quote_list

    shown, told = str(notes).strip(), []
    if wrong_way(notes, guessed):
        told.append(f"Your notes ({shown!r}) point the wrong way: they say {quote_list(wrong_way(notes, guessed))}, "
                    f"but the note says the name comes from {' and '.join(note_ways(guessed))}.")
    order = wrong_order(notes, guessed)
    if order:
        theirs = named_orders(" ".join(str(r["note"] or "") for r in guessed))
        says = (f"the note says {' and '.join('“the ' + w + '”' for w in theirs.values())}" if theirs
                else "no row's note says which of the people named it takes")
        told.append(f"{'They' if told else f'Your notes ({shown!r})'} say {quote_list(order)}, but {says}: read which "
                    "person it takes.")
    return " ".join(told)


def guess_kinds(guessed) -> list[str]:
    """How the kit guessed the speakers of the ``guessed`` rows, one phrase a kind with its number of rows, read from
    the rows' notes, most rows first.

    >>> guess_kinds([{"note": "speaker guessed from the quotation just before: no speaker is named here"},
    ...              {"note": "guess: 'he' taken to be Ann Lee, the person quoted just before"}])
    ['1 says “speaker guessed from the quotation just before”', '1 takes “he” to be the person quoted just before']
    """
    kinds: dict[tuple[bool, str], int] = {}
    for row in guessed:
        note = str(row["note"] or "").strip()
        taken = re.match(r"guess: '([^']+)' taken to be .+?, (.+)$", note)
        kind = ((True, f"“{taken.group(1)}” to be {taken.group(2)}") if taken
                else (False, f"“{re.split(r'[:;]', note.removeprefix('guess: '))[0].strip()}”"))
        kinds[kind] = kinds.get(kind, 0) + 1
    return [f"{n} {'take' if taken else 'say'}{'s' if n == 1 else ''} {kind}"
            for (taken, kind), n in sorted(kinds.items(), key=lambda item: -item[1])]
