"""Checks for lesson 03 (sourcing): quotations, speakers, cited outlets, verbs of saying.

Computed with ``kit.quotes``, ``kit.citations`` and ``kit.annotate`` at check time.
Other names for the same outlet or organisation (the gazetteer's aliases: "the BBC",
"BBC News") count as the same answer; lists longer than ``MAX_ITEMS`` are refused with
a message, so every check stays fast.

    >>> from kit.exercises.helpers import example_corpus
    >>> check_quote_count(None, article_id="a", articles=example_corpus()).status
    'wrong_type'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .answers import (
    as_word_list,
    check_choice,
    did_you_mean,
    match_choice,
    need_text,
    need_word_list,
    next_attempt,
    norm,
    quote_list,
)
from .corpus_checks import whole_number
from .entity_names import entity_aliases, same_entity
from .guess_notes import (  # noqa: F401
    guess_kinds,
    named_orders,
    note_ways,
    position_words,
    reads_the_notes,
    rows_described,
    with_people_named,
    wrong_way,
    wrong_way_note,
)
from .helpers import corpus_or_bundled, example_corpus, one_article  # noqa: F401  (example_corpus: doctests)
from .numbers import hedged_count, read_number
from .reading import as_list_written, guarded
from .result import CORRECT, INCORRECT, PARTLY, WRONG_TYPE, CheckResult
from .tries import also_tried
from .word_checks import hint_stage, listed_forms, listed_terms, reveal, sentence_table, word_feedback

__all__ = ["kit_name", "names_apart", "check_quote_count", "check_speakers", "check_cited_outlets", "check_loaded_attributions",
           "check_claim_source", "check_names", "names_feedback", "skeleton", "transliterated", "cited_media", "title_named", "named_outlet",
           "reads_the_notes", "position_words", "wrong_way", "note_ways", "wrong_way_note", "guesses_said"]


@guarded
def check_quote_count(answer, articles=None, article_id: str | None = None, kind: str | None = "direct") -> CheckResult:
    """How many quotations (``kind="direct"`` by default) does one article contain?

    Counted with ``kit.quotes`` at check time. One off counts as partly right: where a
    quotation starts and ends is sometimes a judgement call.

    >>> check_quote_count(None, article_id="a", articles=example_corpus()).status
    'wrong_type'
    """
    import kit
    hedged, two = hedged_count(answer)  # "like 3": that number, with a line asking for the exact count (student 45 #10)
    if two:
        return CheckResult(INCORRECT, f"'{answer.strip()}' gives {two}: a count is one number. Count the rows and "
                           "write just that number, like this: answer = 3")
    problem = None if hedged is not None else whole_number(answer)
    if problem is not None and not (problem.status == WRONG_TYPE and isinstance(answer, str) and answer.strip()):
        return problem
    one, hit = one_article(articles, article_id or corpus_or_bundled(articles)["article_id"].iloc[0])
    # lines short enough to copy at 200 % zoom: one step a line
    count_them = (f'quotes = kit.quotes(articles)\nthis_id = "{hit}"\nrows = quotes[quotes.article_id == this_id]\n'
                  + (f'rows[rows.kind == "{kind}"]' if kind else "rows"))
    if problem is not None:  # "idk": the way to the number, as a wrong number gets it (student 48 #7)
        return CheckResult(WRONG_TYPE, problem.message, [*problem.detail.splitlines(), "To find the number, count the "
                           f"rows of `kit.quotes` for {hit!r}" + (f' whose kind is "{kind}"' if kind else "") + " (the "
                           "Hint shows how):", count_them, "Then write just that number, without quotes."])
    number = read_number(answer) if hedged is None else hedged
    exact = [f"You wrote '{answer.strip()}': a count is exact: write just the number, {number}."] if hedged is not None else []
    every_row = kit.quotes(one)
    quotes = every_row[every_row["kind"] == kind] if kind else every_row
    expected = len(quotes)
    word = f"{kind} quotations" if kind else "quotations"
    # the same answer again is not a new try; the same number typed another way ("five", then 5) is one
    next_attempt(("quote count", hit, kind), number == expected, answer)
    if number == expected:
        return CheckResult(CORRECT, f"{hit!r} has {expected} {word}.", exact)
    partial = every_row[every_row["kind"] == "partial"]
    if kind == "direct" and partial.size and number == expected + len(partial):  # exactly: not a guess
        short = sorted(partial["quote"].astype(str), key=lambda q: (len(q.split()) < 3, len(q)))
        example = short[0].strip(" ,.")
        return CheckResult(PARTLY, f"{number} looks like it counts partial quotations too.",
                           exact + [f"A partial quotation is words in quotation marks inside the writer's own "
                            f"sentence (“{example}”): you see only the words the writer picked. A direct "
                            f"quotation stands as the speaker's whole sentence. Keep only the rows whose kind "
                            f"is \"direct\":", count_them])
    if abs(number - expected) == 1:
        return CheckResult(PARTLY, f"close: {number} is one off the number of {word} the kit counts.",
                           exact + ["A quotation split across two paragraphs, or a short quoted phrase, is easy to count "
                            "twice or miss. Count again, one row per quotation:", count_them])
    if kind and number == len(every_row):
        others = list(dict.fromkeys(k for k in every_row["kind"].astype(str) if k != kind))
        return CheckResult(INCORRECT, f"{number} is the number of all rows for {hit!r}, of every kind. Keep only "
                           f"the rows whose kind is \"{kind}\".",
                           exact + [f"The table also has rows of other kinds ({', '.join(others)}). Count only these rows:",
                            count_them])
    maybe = (["More than the kit counts: if you counted words quoted inside the writer's own sentence, those are "
              "partial quotations, not direct ones."] if kind == "direct" and expected < number < expected + len(partial)
             else [])  # a possibility, said as one: not "it counts partial quotations too", which would be a guess
    return CheckResult(INCORRECT, f"{number} is not the number of {word} in {hit!r}.",
                       exact + maybe + [f"Count the rows of `kit.quotes` for that article whose kind is \"{kind}\":" if kind else
                                "Count the rows of `kit.quotes` for that article:", count_them])


def skeleton(name: str) -> str:
    """A name's consonants in order (vowels, "al-", spaces and hyphens left out): two transliterations of one
    name share it ("Muallem", "Moallem", "Mouallem"); a dropped or changed consonant does not ("Konashenko").

    >>> skeleton("Walid Muallem") == skeleton("Walid al-Moallem"), skeleton("Konashenko") == skeleton("Konashenkov")
    (True, False)
    """
    words = [w for w in re.split(r"[\s-]+", norm(name)) if w and w not in ("al", "el", "ul")]
    return "".join(re.sub(r"[aeiouy]", "", w) for w in words)


def transliterated(word: str, names: Sequence[str]) -> str | None:
    """The name in ``names`` that ``word`` writes with other vowels (a transliteration: "Muallem" for
    "al-Moallem"), whole or as its last name; None when there is none.

    >>> transliterated("Walid Muallem", ["Walid al-Moallem"]), transliterated("Moalem", ["Walid al-Moallem"])
    ('Walid al-Moallem', None)
    """
    mine = skeleton(word)
    if len(norm(word)) < 5 or len(mine) < 3:
        return None
    for name in names:
        last = re.split(r"[\s-]+", norm(name))[-1]
        if mine in (skeleton(name), skeleton(last)) and norm(word) != norm(name):
            return name
    return None


ROLE_WORDS = frozenset("spokesman spokeswoman spokesperson minister general official officials president leader "
                       "commander ministry military army government source sources analyst expert".split())


BODY_WORDS = frozenset("ministry government army military department agency office council forces coalition "
                       "embassy committee administration command".split())


def not_a_person(name: str) -> str:
    """"a country", "an organisation" or "" for a name: the gazetteer's countries and bodies are not people.

    >>> not_a_person("Russia"), not_a_person("the Pentagon"), not_a_person("Moallem")
    ('a country', 'an organisation', '')
    """
    from ..gazetteer import load_gazetteer

    table = load_gazetteer()
    key = re.sub(r"^(the|a|an)\s+", "", norm(name))
    if key.split()[-1:] and key.split()[-1] in BODY_WORDS:  # "Syria's Foreign Ministry", "the Russian army"
        return "an organisation"
    countries = {norm(c) for c in table["country"].dropna().astype(str)} | {"united states", "america", "usa"}
    if key in countries:
        return "a country"
    bodies = {norm(a) for n, a in zip(table["name"], table["aliases"].fillna("").astype(str))
              for a in [n, *a.split("|")] if a}
    return "an organisation" if key in bodies or norm(name) in bodies else ""


@guarded
def check_names(answer, names: Sequence[str], what: str, why: str = "", text: str = "",
                aliases: dict | None = None, not_one: str = "", rows: str = "", author: str = "",
                spellings: bool = False) -> CheckResult:
    """Compare a list of names with the expected ``names``: last names and aliases are enough.

    When all are found and one more is given, the message says which is extra and why (``not_one``, e.g.
    "not quoted in this article"; by default "not among the {what}"). ``rows`` says where the names are (the
    second hint), ``author`` names the article's author (named as such, not as a speaker), and ``spellings``
    accepts a person's name written with other vowels (:func:`transliterated`).

    >>> check_names(["Moallem"], ["Walid al-Moallem"], "people quoted").status
    'correct'
    """
    problem = need_word_list(answer, what)
    if problem is not None:
        return problem
    words = [w for w in as_word_list(answer) if str(w).strip()]  # [""]: empty quotes are no name
    if not words:
        return CheckResult(INCORRECT, "your list is empty.", "Add what you found, in quotes, like ['one', 'another'].")
    typed, words = words, names_apart(words, names, aliases, spellings) if isinstance(answer, str) else words
    result = names_feedback(words, names, what, why, text, aliases, not_one, rows, author, spellings)
    joined = [w for w in typed if w not in words]  # "moallem konashenkov": two names with a space (student 48 #7)
    if joined and result.status != CORRECT:
        result = CheckResult(result.status, result.message, [f"{quote_list(joined)}: the kit reads "
                             "this as more than one name. In a list, each name goes in its own quotes, with a comma between.",
                             *result.detail.splitlines()], caution=result.caution, badge=result.badge)
    # the list to copy spells each name as the text does, never a typo kept (student 48 #7)
    missed = [n for n in names if not any(same_entity(w, n, aliases) for w in words)]
    shown = [w if any(same_entity(w, n, aliases) for n in names) else kit_name(w, missed, aliases, spellings) or w
             for w in words]
    return as_list_written(answer, result, shown, "outlet" if "outlet" in what else "name")


def kit_name(word: str, names: Sequence[str], aliases: dict | None = None, spellings: bool = False) -> str | None:
    """The one of ``names`` that ``word`` names (:func:`same_entity`), writes with other vowels (with ``spellings``:
    :func:`transliterated`) or misspells (a part of it within a letter or two); None when none.

    >>> kit_name("konashenko", ["Walid al-Moallem", "Igor Konashenkov"]), kit_name("Putin", ["Igor Konashenkov"])
    ('Igor Konashenkov', None)
    """
    same = [n for n in names if same_entity(word, n, aliases)]
    if same or spellings and transliterated(word, names):
        return same[0] if same else transliterated(word, names)
    guess = did_you_mean(word, [p for n in names for p in [n, *re.split(r"[\s-]+", n)] if len(p) > 2], endings=False)
    return next((n for n in names if guess == n or guess in re.split(r"[\s-]+", n)), None) if guess else None


def names_apart(words: list, names: Sequence[str], aliases: dict | None = None, spellings: bool = False) -> list:
    """``words`` with each item that holds several of ``names`` with spaces between ("moallem konashenkov") read as
    those names, one item each (a first and a last name of one person stay one item).

    >>> names_apart(["moallem konashenkov", "Walid al-Moallem"], ["Walid al-Moallem", "Igor Konashenkov"])
    ['moallem', 'konashenkov', 'Walid al-Moallem']
    """
    out = []
    for word in words:
        parts = str(word).split()
        whose = [kit_name(p, names, aliases, spellings) if len(p) > 4 or any(same_entity(p, n, aliases) for n in names)
                 else None for p in parts]  # "said" is no misspelt "Walid"
        if len(parts) < 2 or len({w for w in whose if w}) < 2:
            out.append(word)
            continue
        groups: list = []  # consecutive words of one person's name stay together ("walid moallem")
        for part, name in zip(parts, whose):
            if groups and name is not None and groups[-1][1] == name:
                groups[-1][0].append(part)
            else:
                groups.append(([part], name))
        out += [" ".join(group) for group, _ in groups]
    return out


def names_feedback(words, names, what, why, text, aliases, not_one, rows, author, spellings) -> CheckResult:
    """:func:`check_names` for a list of names already read (``words``).

    >>> names_feedback(["Moallem"], ["Walid al-Moallem"], "people quoted", "", "", None, "", "", "", False).status
    'correct'
    """
    names = list(dict.fromkeys(n for n in names if n))
    found = [n for n in names if any(same_entity(w, n, aliases) for w in words)]
    extra = [w for w in dict.fromkeys(words) if not any(same_entity(w, n, aliases) for n in names)]
    missed = [n for n in names if n not in found]
    variants = {w: transliterated(w, missed) for w in extra} if spellings else {}  # people's names only
    variants = {w: n for w, n in variants.items() if n}  # "Walid Muallem": the same name, another spelling
    found += [n for n in dict.fromkeys(variants.values()) if n not in found]
    extra = [w for w in extra if w not in variants]
    missed = [n for n in names if n not in found]
    spelled = {w: kit_name(w, missed) for w in extra}
    spelled = {w: n for w, n in spelled.items() if n}
    missed = [n for n in missed if n not in spelled.values()]
    extra = [w for w in extra if w not in spelled]
    plain_text = norm(text)
    text_words = set(re.findall(r"[^\W_]+(?:['-][^\W_]+)*", plain_text))
    by_author = [w for w in extra if author and same_entity(w, author)]  # the byline: the writer, not a speaker
    bodies = [w for w in extra if w not in by_author and not_a_person(w)]  # "Russia", "the Pentagon": not people
    described = [w for w in extra if w not in by_author and w not in bodies and (norm(w).split()[:1] in (["the"], ["a"], ["an"])
                                                             or set(norm(w).split()) & ROLE_WORDS)]
    extra_notes = [*(f"'{w}' is the author of the article, not a quoted speaker." for w in by_author),
                   *(f"'{w}' describes someone: give their names, as the article writes them." for w in described)]
    extra_notes += [f"'{w}' is {not_a_person(w)}, not a person: the exercise asks for people quoted by name."
                    for w in bodies]
    # each reason in a few words, for the one sentence that says why every name found is followed by one too many
    short_notes = [*(f"'{w}' is the author of the article, not a quoted speaker" for w in by_author),
                   *(f"'{w}' describes someone rather than naming them" for w in described),
                   *(f"'{w}' is {not_a_person(w)}, not a person" for w in bodies)]
    extra = [w for w in extra if w not in by_author and w not in described and w not in bodies]
    in_text = [w for w in extra if plain_text and norm(w) and
               re.search(rf"(?<![\w-]){re.escape(norm(w))}(?![\w-])", plain_text)]  # "Putin" is not in "disputing"
    not_in_text = [w for w in extra if w not in in_text]
    # "check the spelling" only when the text has a close word: a real name that is not there is not a typo
    close = {w: did_you_mean(w, text_words) for w in not_in_text if len(norm(w)) > 2}
    typo = [w for w in not_in_text if close.get(w)]
    absent = [w for w in not_in_text if w not in typo]
    solved = not missed and not extra and not spelled and not extra_notes
    # the count is per question (these names in this text); a right or partly right answer starts it again
    stage = hint_stage(("names", what, tuple(names), text), solved, len(found) + len(spelled), words)
    # how many are still to find, never who, before three wrong tries in a row; the second adds where to look
    # (the rows that hold them); then the answer, said plainly
    still = (f"First hint (of three): {len(missed)} still to find: read the text again for the {what}." if stage == 1 else
             f"Second hint (of three): {len(missed)} still to find. " + (rows or "Look at the words around each quotation: "
                                                              "who is it credited to ('X said', 'according to X')?")
             if stage == 2 else reveal(missed))
    detail = [*(f"You wrote '{w}' for '{n}': the same name, spelt another way (names from other alphabets are "
                "written in several ways); accepted." for w, n in variants.items()),
              *(f"'{w}': did you mean '{n}'? Check the spelling." for w, n in spelled.items()),
              *extra_notes,
              still if missed else "",
              # one line per name: the text only mentions it (student 45 #6), and how to check that
              f"{quote_list(in_text)} {'is' if len(in_text) == 1 else 'are'} only mentioned in the text: the kit finds no "
              f"words in quotation marks credited to {'this name' if len(in_text) == 1 else 'these names'}. To check, find "
              "the name and look for quotation marks with 'said' or 'according to' next to it." if in_text else "",
              *(f"'{w}': not found in the text — did you mean '{close[w]}'? Check the spelling." for w in typo),
              f"{quote_list(absent)}: not in this text." if absent else "",
              why]
    if not names:
        return CheckResult(CORRECT if not words else INCORRECT, f"the kit finds no {what} here.", detail)
    if not missed and not extra and not spelled and not extra_notes:
        every = "found it" if len(names) == 1 else "both found" if len(names) == 2 else f"all {len(names)} found"
        return CheckResult(CORRECT, f"{every}: {quote_list(names)}.", [d for d in detail[:len(variants)]] + [why])
    if not missed and not extra and not extra_notes:
        every = "both" if len(names) == 2 else f"all {len(names)}"
        return CheckResult(PARTLY, f"{every} found, but {len(spelled)} spelt differently from the text.", detail)
    if not missed and not spelled:  # every name found, and more: say which, and why each is not one of them
        everyone = "both names" if len(names) == 2 else f"all {len(names)} names"
        out = [w for w in extra if w not in in_text]  # a name the text mentions: only mentioned, not quoted
        why_not = [f"{quote_list(out)} {'is' if len(out) == 1 else 'are'} {not_one or 'not among the ' + what}"] if out else []
        why_not += [f"{quote_list(in_text)} {'is' if len(in_text) == 1 else 'are'} only mentioned in this article, not "
                    f"{'quoted' if not_one else 'among the ' + what}"] if in_text else []
        why_not = short_notes + why_not
        n_out = len(extra) + len(short_notes)
        return CheckResult(PARTLY, f"{everyone} found ({quote_list(names)}), but {'; and '.join(why_not)}: leave "
                           f"{'it' if n_out == 1 else 'them'} out.",
                           [(f"To check {quote_list(in_text)}: find the name in the text and look for quotation marks with "
                             "'said' or 'according to' next to it." if in_text and d.startswith(quote_list(in_text)) else d)
                            for d in detail if d and not d.startswith("Hint") and d not in extra_notes])
    if found or spelled or len(extra_notes) > len(bodies):  # a country or a body alone is no start
        return CheckResult(PARTLY, f"{len(found) + len(spelled)} of {len(names)} found.", detail)
    return CheckResult(INCORRECT, f"none of those is among the {what}.", detail)


def guesses_said(guessed, quotes) -> str:
    """What the ✓ and the hints say of how the kit found the ``guessed`` rows of ``quotes``: each kind of guess with
    its number of rows, read from their notes (:func:`.guess_notes.guess_kinds`), not cues the kit did not use.

    >>> import pandas as pd
    >>> rows = [{"note": "guess: 'he' taken to be Ann Lee, the person quoted just before"}]
    >>> guesses_said(rows, pd.DataFrame(rows))
    'The kit guessed the speaker of this row, not from a cue that names the speaker: 1 takes “he” to be the person quoted just before.'
    """
    share = ("this row" if len(quotes) == 1 else f"all {len(guessed)} of these rows") if len(guessed) == len(quotes) \
        else f"{len(guessed)} of the {len(quotes)} rows"
    return (f"The kit guessed the speaker of {share}, not from a cue that names the speaker: "
            f"{', '.join(guess_kinds(guessed))}.")


def notes_feedback(result: CheckResult, notes, quotes, rows: str, articles=None) -> CheckResult:
    """``result`` of the names, with what ``notes`` says of the kit's guesses (the rows of ``quotes`` whose speaker
    it guessed): a ✓ for the names stays a ✓ only when the notes say what the guesses rest on, each guess read against
    the people named in the sentence it rests on, in ``articles`` (:func:`.guess_notes.with_people_named`).

    >>> notes_feedback(CheckResult(INCORRECT, "none of those is among the named people quoted."), ..., None, "").status
    'incorrect'
    """
    guessed = [] if quotes is None else [r for _, r in quotes[quotes["speaker_guess"].fillna(False).astype(bool)].iterrows()]
    if not guessed:
        return result
    guessed = with_people_named(guessed, articles)  # "named just before" is right where one person is named there
    said_how = guesses_said(guessed, quotes)  # the guesses each kind by its number, not cues the kit did not use
    detail = str(result.detail or "").replace(CUES, said_how) if CUES in str(result.detail or "") else \
        "\n".join(d for d in (str(result.detail or ""), said_how) if d)
    wrong = wrong_way_note(notes, guessed) if isinstance(notes, str) else ""
    if not result.correct:  # the names first: notes do not rescue them, but a half-right list is told if they count
        if result.status != PARTLY:
            return result
        counts = ("Your notes already say what the kit's guesses rest on: they count once the names are right."
                  if reads_the_notes(notes, guessed) else wrong + " They count once the names are right and they say "
                  "what the note says." if wrong else "Your notes do not count yet: once the "
                  "names are right, they need to say where the kit's names come from (read a row's `note`).")
        return CheckResult(result.status, result.message, [detail, counts])
    # "'he' taken to be …": the row of the person the notes name, if they name one (teacher 46 #13)
    theirs = rows_described(notes, guessed)
    # the note of the kind the notes describe ("the quotation just before"), never one they did not write (t49 #6)
    words = set(re.findall(r"[a-z]+", str(notes or "").lower())) if isinstance(notes, str) else set()
    orders = set(named_orders(notes)) if isinstance(notes, str) else set()  # "the first person named": if they say so
    first = max(theirs, key=lambda r: (set(named_orders(r["note"])) <= orders,
                                       len(words & set(re.findall(r"[a-z]+", str(r["note"] or "").lower()))),
                                       "taken to be" in str(r["note"] or "")))
    if reads_the_notes(notes, guessed):
        return CheckResult(CORRECT, result.message, [detail, "Your notes say what the kit's guesses rest on, as the "
                           f"note of a row does: “{str(first['note']).strip()}”" + (
                               "" if set(named_orders(first["note"])) <= orders else ", and there one person is named, "
                               "so the first person named is the last") + ". A guess is a reading: check it in "
                           "the sentence."])
    look = rows.splitlines()[1:]  # the lines that show the rows, then their speaker words and notes
    told = "You wrote nothing in `notes` yet." if notes is ... or not str(notes or "").strip() else \
        wrong or f"Your notes ({str(notes).strip()!r}) do not yet say where the kit's names come from."
    share = f"all {len(guessed)}" if len(guessed) == len(quotes) else f"{len(guessed)} of the {len(quotes)}"
    return CheckResult(PARTLY, f"{result.message.rstrip('.')}; now the notes: {share} rows are the kit's guesses.", [told, "Read the `note` of two rows: whom does the kit take "
                       f"“{first['speaker_text']}” to be, and where in the text is that name?",
                       *look[:-1], look[-1] + '[["speaker", "speaker_text", "note"]]',
                       'Then write it in your own words: notes = "…"'])


@guarded
def check_speakers(answer, articles=None, article_id: str | None = None, kind: str | None = "direct",
                   notes=None) -> CheckResult:
    """Who is quoted by name in one article (``kind="direct"``: in quotation marks)? A list of
    people's names; last names are enough. Computed with ``kit.quotes`` at check time. With ``notes`` (the lesson
    passes what a student read in the rows' ``note``), a ✓ for the names asks, where the kit guessed speakers, that
    the notes say what the guesses rest on (:func:`reads_the_notes`).

    >>> check_speakers(..., article_id="a", articles=example_corpus()).status
    'not_answered'
    >>> check_speakers([], article_id="a", articles=example_corpus()).status  # the kit finds no one there
    'correct'
    >>> check_speakers(["x"] * 100_000, article_id="a", articles=example_corpus()).message
    'your list has 100,000 items; this check reads at most 200.'
    """
    import kit
    said = [answer] if isinstance(answer, str) and answer.strip() else answer  # "nobody" reads as ["nobody"]
    nobody = isinstance(said, (list, tuple)) and all(  # [] or ["nobody"]: an answer when the kit finds no one
        isinstance(a, str) and re.fullmatch(r"\s*(nobody|no one|none|no-one)?\s*", a, re.I) for a in said)
    problem = None if nobody else need_word_list(answer, "names")
    if problem is not None:
        return problem
    one, hit = one_article(articles, article_id or corpus_or_bundled(articles)["article_id"].iloc[0])
    quotes = kit.quotes(one)
    people = quotes[quotes["speaker_type"].astype(str) == "named person"]
    if kind:
        people = people[people["kind"] == kind]
    names = [s for s in people["speaker"].fillna("").astype(str) if s.strip()]
    if nobody and not names:  # "nobody" typed as text: right, and shown as the empty list
        return as_list_written(answer, CheckResult(CORRECT, f"the kit finds no named people quoted"
                               f"{' directly' if kind == 'direct' else ''} in {hit!r}: nobody is the answer."), [])
    rows = "\n".join(["Look at the rows of the quotations table for this article, and read the speaker column:",
                      "quotes = kit.quotes(articles)", f'this_id = "{hit}"', "rows = quotes[quotes.article_id == this_id]",
                      f'rows[rows.kind == "{kind}"]' if kind else "rows"])  # one step a line: short enough to copy
    author = str(one["author"].iloc[0]) if "author" in one and isinstance(one["author"].iloc[0], str) else ""
    with also_tried(*([] if notes is None else [notes])):  # the same names with new notes: a new try (student 43 #3)
        result = check_names(answer, names, "named people quoted", CUES, text=str(one["text"].iloc[0]),
                             not_one="not quoted in this article", rows=rows, author=author, spellings=True)
    return result if notes is None else notes_feedback(result, notes, people, rows, one)


#: how the kit finds most speakers: said with a ✓ for the names, unless the rows are the kit's guesses
CUES = "The kit finds speakers from cues like 'X said' and 'according to X'."


def cited_media(articles):
    """Names of the media outlets the articles cite (``kit.citations``), most mentioned first.

    >>> cited_media(example_corpus())
    []
    """
    import kit
    table = kit.citations(articles)
    counts = table.groupby("cited")["n_mentions"].sum().sort_values(ascending=False, kind="stable")
    return list(counts.index)


@guarded
def check_cited_outlets(answer, articles=None, article_id: str | None = None) -> CheckResult:
    """Which media outlets does an article cite (or the whole corpus, without ``article_id``)?

    Other names for the same outlet ("the BBC", "AP") count.

    >>> check_cited_outlets([1, 2]).status
    'wrong_type'
    """
    problem = need_word_list(answer, "media outlets")
    if problem is not None:
        return problem
    articles = corpus_or_bundled(articles)
    if article_id is not None:
        articles, _ = one_article(articles, article_id)
    return check_names(answer, cited_media(articles), "media outlets cited",
                       "Citing a well-known outlet is not the same as reporting what it said: "
                       "open the original and compare.", aliases=entity_aliases())


@guarded
def check_loaded_attributions(answer, articles=None, article_id: str | None = None) -> CheckResult:
    """Which loaded verbs of saying ("claimed", "blasted" …) does an article use? A list of words; another form
    of the same entry of the word list ("dismissed" for "dismisses") counts, and the feedback names the form the
    article uses (the one word-form policy of :func:`.word_checks.word_feedback`).

    >>> check_loaded_attributions(42).status
    'wrong_type'
    """
    import kit
    problem = need_word_list(answer)
    if problem is not None:
        return problem
    one, hit = one_article(articles, article_id or corpus_or_bundled(articles)["article_id"].iloc[0])
    spans = kit.annotate(one)
    attr = spans[spans["category"] == "attribution"]
    loaded = attr[attr["tone"].astype(str) == "loaded"]
    neutral = attr[attr["tone"].astype(str) != "loaded"]
    words = as_word_list(answer, phrases=set(listed_forms()))
    return as_list_written(answer, word_feedback(
        words, loaded, neutral.assign(category="neutral attribution"), "loaded verbs of saying",
        question=("loaded attributions", hit), listed=listed_forms(), categories=("attribution",),
        sentences=sentence_table(one), text=str(one["text"].iloc[0]), terms=listed_terms(), scope="article"), words)


def title_named(answer: str, articles) -> str:
    """The title of a work the articles quote (``kit.quotes`` rows of kind "title") that ``answer`` names,
    whole or at least two of its words in a row, or "" when it names none.

    >>> title_named("dirty secret", example_corpus())
    ''
    """
    import kit
    quotes = kit.quotes(articles)
    wanted = norm(answer)
    for title in quotes.loc[quotes["kind"] == "title", "quote"].astype(str):
        shown = title.strip(" ,.;:")
        whole = norm(shown)
        if wanted == whole or (len(wanted.split()) >= 2 and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", whole)):
            return shown
    return ""


def named_outlet(answer: str, outlets, aliases: dict) -> str:
    """The one outlet that a longer answer names as whole words ("the bbc report raqqas dirty secret"), or an
    acronym written with dots ("B.B.C."); "" when it names none or several.

    >>> named_outlet("the bbc report raqqas dirty secret", ["BBC", "Reuters"], {"bbc": "BBC"})
    'BBC'
    >>> named_outlet("B.B.C.", ["BBC"], {}), named_outlet("BBC and Reuters", ["BBC", "Reuters"], {})
    ('BBC', '')
    """
    if re.fullmatch(r"\s*(?:[A-Za-z]\.){2,}[A-Za-z]?\s*", answer):
        answer = answer.replace(".", "")
    text = norm(answer)
    names = {norm(o): o for o in outlets}
    keys = {**{k: names[norm(v)] for k, v in aliases.items() if norm(v) in names}, **names}
    found = {o for k, o in keys.items() if len(k) >= 2 and re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", text)}
    return found.pop() if len(found) == 1 else ""


@guarded
def check_claim_source(answer, articles=None, phrase: str = "convoy") -> CheckResult:
    """Which outlet's report do the articles cite for a claim (the sentences that mention ``phrase``)?

    Computed from ``kit.trace_claim``: the outlet named most often in those sentences.

    >>> check_claim_source(None).status
    'wrong_type'
    """
    import kit
    problem = need_text(answer, "outlet", holds="claim source")  # not the publisher
    if problem is not None:
        return problem
    articles = corpus_or_bundled(articles)
    trace = kit.trace_claim(articles, phrase)
    outlets = cited_media(articles)
    counts = {}
    for sentence in trace["text"].astype(str):
        for outlet in outlets:
            if re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", sentence, flags=re.IGNORECASE):
                counts[outlet] = counts.get(outlet, 0) + 1
    if not counts and re.fullmatch(r"\s*(nobody|no one|no-one|none|no outlet|not given|no source)\W*", answer, re.I):
        return CheckResult(CORRECT, f"no outlet is named in the sentences that mention {phrase!r}: none is the "
                           "answer.",
                           "Read the trace for who the claim is credited to instead.")
    if not counts:
        return CheckResult(INCORRECT, f"no outlet is named in the sentences that mention {phrase!r}, so this "
                           "phrase has no outlet's report to find.",
                           "Read the trace for who the claim is credited to, or try a phrase whose sentences name an "
                           "outlet (for example \"convoy\").")
    top = max(counts.values())
    best = [o for o, n in counts.items() if n == top]
    from ..corpus import outlet_labels
    publishers = [o for o in dict.fromkeys(outlet_labels(articles["outlet"]).astype(str)) if o.strip()]
    aliases = entity_aliases()
    if isinstance(answer, str) and match_choice(answer, outlets, aliases) is None:
        answer = named_outlet(answer, outlets, aliases) or answer  # "the bbc report raqqas dirty secret", "B.B.C."
        own = match_choice(answer, publishers, aliases)
        if own is not None:
            return CheckResult(INCORRECT, f"{own!r} published one of the articles; the question asks whose "
                               "report the articles cite for the claim.",
                               f"Read the sentences that mention {phrase!r}: which outlet do they name as "
                               "the source?")
        title = title_named(answer, articles)
        if title:  # "Raqqa's dirty secret": the headline of a cited report, not who published it
            return CheckResult(INCORRECT, f"“{title}” is the headline of a report the articles cite, not the "
                               "name of an outlet: who published that report?",
                               "Read the sentence that gives the headline: which outlet does it say the report "
                               "is by?")
    return check_choice(answer, best, outlets, "outlet",
                        f"{top} sentences about {phrase!r} name it. Next step: find that report itself "
                        "and compare what it says with what the articles say it says.",
                        lambda hit: f"{hit!r} is named in {counts.get(hit, 0)} of those sentences; "
                        f"another outlet in {top}.", aliases=aliases,
                        where=f"Read the sentences that mention {phrase!r} (`kit.trace_claim(articles, {phrase!r})`): "
                        "which outlet do they name as the source of the claim?")
