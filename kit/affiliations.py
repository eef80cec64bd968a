"""Whom a named source speaks for: the body or country the article puts with the person's name.

One rule for every country and body. English says whose official someone is in the words it writes with the
name, and the kit reads only those words, never a surname:

- a title before the name that names a body or a country: "Pentagon spokesman Eric Pahon", "Russian General
  Sergei Surovikin", "Russian Foreign Ministry spokesman General Igor Konashenkov", "US Colonel Ann Lee";
- an apposition after the name: "Col. Ryan Dillon, spokesman for Operation Inherent Resolve,", "Ann Lee, a
  Kremlin spokeswoman,"; or before it: "the spokesman for the Pentagon, John Lee,"; or "of" and a body: "Col. Gen.
  Sergei Rudskoi of the Russian military's General Staff";
- a news lead that first describes the person and names them in the next sentence: "A Russian general has
  accused … . Col. Gen. Sergei Surovikin said …" (the title before the name is a form of the word that described
  them: "Gen." of "general", from ``title_forms`` of data/word_sets.csv).

A body is a name of data/gazetteer.csv (its first name is given: "Pentagon", "US-led coalition", "Russian General
Staff"); a country word is a word the gazetteer names a government with ("Russian", "US", "American"), given as
the country ("Russia", "US"). The words between it and the name must be titles or role words (``titles``,
``description_nouns`` and ``before_name`` of data/word_sets.csv): "Kremlin critic Ann Lee" says no such thing, and
a role no longer held (``former_words``: "former Pentagon spokesman Ann Lee") speaks for no one.

    >>> t = "Pentagon spokesman Eric Pahon said so. Ann Lee of Moscow agreed."
    >>> speaks_for(t, "Eric Pahon"), speaks_for(t, "Ann Lee")
    ('Pentagon', '')
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .gazetteer import country_words_of, gazetteer_hits, gazetteer_stamp, is_country_government
from .mentions import word_char
from .name_runs import word_core
from .segment import sentence_bounds
from .wordsets import word_sets

__all__ = ["speaks_for", "party_before_name", "with_speaks_for", "former_role", "without_first_names",
           "SPEAKS_FOR_COLUMN"]

#: the column of kit.sources this module fills, placed after ``gazetteer_type``
SPEAKS_FOR_COLUMN = "speaks_for"
_TOKEN_BEFORE = re.compile(r"(\S+)[ \t]+$")
_LITTLE = frozenset({"the", "a", "an"})
#: words that tie a role to a body in an apposition; not "to" ("ambassador to Israel" is another country's)
_LINKS = frozenset({"for", "of", "at", "with", "in", "from", "and"})
#: a nickname inside a name: James “Mad Dog” Mattis
_NICKNAME = r"(?:[“\"][^”\"\n]{1,25}[”\"][ \t]+)?"
_THE = re.compile(r"^(?i:the)[ \t]+")
_CAPITALISED = re.compile(r"(?<![\w’'.-])(?=([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?))")
_COMMA_END = re.compile(r",\s*$")
_FOR_BEFORE = re.compile(r"((?:\S+\s+){1,4})(?:for|of|at)\s+(?:the\s+)?$")
_WORD = re.compile(r"\S+")
_OF_AFTER = re.compile(r"[ \t]+(?:of|from)[ \t]+((?:the[ \t]+)?)")
_NEXT_WORD = re.compile(r"[ \t]+([\w’'-]+)")
_APPOSITION = re.compile(r",\s+((?:(?!\n[ \t]*\n)[^,.;:()“”\"]){2,90}?)(?=[,.;:)]|$)")
_LONGER_NAME = re.compile(r"[ \t]+(?!(?:and|of|for)\b)[A-Z]")
_A_DESCRIBED = re.compile(r"(?<![\w’'])(?:A|An|a|an)[ \t]+((?:[\w.’'-]+[ \t]+){1,3}?)([a-z]+)(?![\w’'-])")
#: (word sets, their role words): the union is made once per word-sets object, not for every word looked at
_ROLES_HELD: tuple = (None, frozenset())


def _roles(sets) -> frozenset:
    global _ROLES_HELD
    held = _ROLES_HELD
    if held[0] is not sets:
        held = _ROLES_HELD = (sets, sets.titles | sets.description_nouns | sets.before_name | sets.rank_words)
    return held[1]


def _party(text: str, s: int, e: int, name: str, kind: str, words: dict) -> str:
    """A gazetteer hit as a party: a country word gives the country, any other name the body's first name."""
    return words.get(_THE.sub("", text[s:e]), "") or name


def _parties_in(text: str, lo: int, hi: int, hits: list, words: dict) -> list[tuple[int, int, str]]:
    """(start, end, party) of every body or country word in text[lo:hi]."""
    found = [(s, e, _party(text, s, e, name, kind, words)) for s, e, name, kind in hits if lo <= s and e <= hi]
    taken = [(s, e) for s, e, _p in found]
    for m in _CAPITALISED.finditer(text[lo:hi]):
        for w in (m.group(1), m.group(1).split()[0]):
            s = lo + m.start()
            if w in words and not any(a < s + len(w) and s < b for a, b in taken):
                found.append((s, s + len(w), words[w]))
                taken.append((s, s + len(w)))
                break
    return sorted(found)


def _city(written: str, sets, words: dict, countries: set) -> bool:
    """Is the gazetteer name ``written`` a place that is not a country's own name or word ("Washington", "Moscow")?"""
    written = _THE.sub("", written)
    return word_core(written) in sets.places and written not in words and written not in countries


def _name_start(text: str, name: str, s: int) -> int:
    """Where the whole name ends up starting when ``s`` is its surname: "James “Mad Dog” Mattis".

    The same answer as searching ``text[max(0, s - 80):s]`` for the first names, each followed by spaces or tabs,
    then :data:`_NICKNAME`, at its end, after no letter, digit, "_", "’" or "'"; read with string operations, as a
    pattern compiled for every name cost more than the rest of the column."""
    first = name.split()[:-1]
    if not first:
        return s
    lo, stop = max(0, s - 80), s
    if stop > lo and text[stop - 1] == "\n":  # the pattern's "$" also matches before a last line break,
        stop -= 1  # and the match, one character shorter than the span, moved the start one to the right
    ends = []  # where the last first name may end: before the spaces at the end, or before a nickname's spaces
    run = _blank_run_start(text, lo, stop)
    if run < stop:
        ends.append(run)
        close = run - 1
        if close > lo and text[close] in "”\"":
            for o in range(close - 1, max(lo, close - 26) - 1, -1):
                if text[o] in "”\"\n" and text[o] != '"':
                    break
                if text[o] in "“\"" and o < close - 1:
                    if (space := _blank_run_start(text, lo, o)) < o:
                        ends.append(space)
                if text[o] == '"':
                    break
    best = None
    for end in ends:
        start = _words_before(text, lo, end, first)
        if start is not None and (start == lo or not _word_char_before(text[start - 1])):
            best = start if best is None else min(best, start)
    return s if best is None else best + (s - stop)


def _blank_run_start(text: str, lo: int, end: int) -> int:
    """The start of the spaces and tabs that end at ``end`` (not before ``lo``); ``end`` when there are none."""
    while end > lo and text[end - 1] in " \t":
        end -= 1
    return end


def _words_before(text: str, lo: int, end: int, words: list) -> int | None:
    """Where ``words``, with spaces or tabs between them, start when they end at ``end`` (not before ``lo``)."""
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        start = end - len(w)
        if start < lo or not text.startswith(w, start):
            return None
        if k:
            end = _blank_run_start(text, lo, start)
            if end == start:
                return None
    return start


def _word_char_before(c: str) -> bool:
    """Does ``c`` keep a name from starting after it (a letter, digit, "_", "’" or "'": the pattern's ``[\\w’']``)?"""
    return word_char(c) or c in "’'"


def _mentions(text: str, surname: str):
    """The (start, end) of every ``surname`` in ``text`` standing alone (no letter, digit, "_" or "-" after it, none
    of those nor "’" or "'" before it), left to right, as ``re.finditer`` finds them."""
    size, at = len(surname), text.find(surname)
    while at >= 0:
        after = text[at + size:at + size + 1]
        if (at == 0 or not (_word_char_before(text[at - 1]) or text[at - 1] == "-")) \
                and not (after and (word_char(after) or after == "-")):
            yield at, at + size
            at = text.find(surname, at + size)
        else:
            at = text.find(surname, at + 1)


def _title_run(text: str, start: int, sets, hits: list) -> tuple[int, list[str]]:
    """The start of the titles, role words and capitalised words right before ``start``, and its role words."""
    roles, pos, found = _roles(sets), start, []
    while (span := _token_before(text, max(0, pos - 60), pos)) is not None:
        tok, s = text[span[0]:span[1]].strip("*_"), span[0]  # "**Foreign Minister Walid al-Moallem**": bold marks
        core = word_core(tok)
        if not tok:
            break
        if tok.lower() in _LITTLE:
            return s, found
        if tok.endswith((",", ";", ":", ")", "”", '"')) or (tok.endswith(".") and tok.lower() not in sets.titles):
            break
        if core in roles or tok.lower() in roles:
            found.append(tok.lower())
        elif not (tok[0].isupper() or _inside_hit(hits, s)):
            break
        pos = s
    return pos, found


#: (hits, their starts), or (hits, None) when they overlap: the last list of hits looked into
_STARTS_HELD: tuple = (None, None)


def _inside_hit(hits: list, at: int) -> bool:
    """Does a hit of ``hits`` cover the place ``at``? The hits of a text are in order and do not overlap (the
    gazetteer's matcher gives them so), so only the last hit starting at or before ``at`` can: found by bisection."""
    global _STARTS_HELD
    held = _STARTS_HELD
    if held[0] is not hits:
        starts = [h[0] for h in hits]
        ordered = all(hits[k][1] <= hits[k + 1][0] for k in range(len(hits) - 1))
        held = _STARTS_HELD = (hits, starts if ordered else None)
    if held[1] is None:
        return any(a <= at < b for a, b, *_ in hits)
    k = bisect_right(held[1], at) - 1
    return k >= 0 and at < hits[k][1]


def _token_before(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """The span of the word before the spaces or tabs that end at ``pos``, not before ``lo``: what
    ``_TOKEN_BEFORE.search(text, lo, pos)`` finds (its "$" also matches before a line break at ``pos``), read back
    from ``pos`` instead of tried at every place of the window."""
    end = pos - 1 if pos > lo and text[pos - 1] == "\n" else pos
    run = end
    while run > lo and text[run - 1] in " \t":
        run -= 1
    start = run
    while start > lo and not text[start - 1].isspace():
        start -= 1
    return (start, run) if start < run < end else None


def former_role(words, sets=None) -> bool:
    """Do the words say the role is no longer held (``former_words`` of data/word_sets.csv: "former", "ex-")?
    Someone who left an office does not speak for it.

    >>> former_role(["former", "Pentagon", "spokesman"]), former_role("ex-Kremlin adviser".split()), former_role(["Kremlin"])
    (True, True, False)
    """
    sets = sets or word_sets()
    return any(w.lower() in sets.former_words or w.lower().split("-")[0] + "-" in sets.former_words for w in words)


def _role_word(w: str, sets) -> bool:
    w = w.strip("*_")
    return word_core(w) in _roles(sets) or w.lower() in _roles(sets)


def _office(words, sets) -> bool:
    """Is one of ``words`` a role of office (``office_words``: "spokesman", "general")? Only an office speaks for a
    body or a state: "US farmer Ann Lee" does not."""
    return any(word_core(w.strip("*_")) in sets.office_words or w.strip("*_").lower() in sets.office_words
               for w in words)


def _outlet(hits: list, s: int, e: int) -> bool:
    """Is text[s:e] a news outlet of the gazetteer? Its columnist or correspondent writes for it, with no office."""
    return any(h[0] == s and h[1] == e and h[3] == "media_outlet" for h in hits)


def _before(text: str, start: int, sets, hits: list, words: dict) -> tuple[str, list[str] | None]:
    lo, roles = _title_run(text, start, sets, hits)
    if former_role(roles, sets):
        return "", None
    comma = _COMMA_END.search(text[max(0, start - 4):start])
    hit = next((h for h in hits if comma and h[1] == start - len(comma.group(0))), None)
    if hit is not None and not roles:  # "the spokesman of the Syrian Democratic Forces, Talal Silo"
        pre = _FOR_BEFORE.search(text[max(0, hit[0] - 80):hit[0]])
        said = pre.group(1).split() if pre else []
        if said and _role_word(said[-1], sets) and _office(said[-1:], sets):
            return ("", None) if former_role(said, sets) else (_party(text, hit[0], hit[1], hit[2], hit[3], words), [])
        return "", []
    if not roles:  # no role word, no party: the parties are not looked for
        return "", roles
    parties = _parties_in(text, lo, start, hits, words)
    if not parties:
        return "", roles
    s, e, party = parties[-1]  # the one nearest the name
    between = _WORD.findall(text[e:start])
    fine = between and all(_role_word(w, sets) for w in between) \
        and (_office(between, sets) or _outlet(hits, s, e))  # "Daily Post columnist Ann Lee"; not "US farmer …"
    return (party if fine else ""), roles


def _after(text: str, end: int, sets, hits: list, words: dict) -> str:
    if text[end:end + 1] not in (",", " ", "\t"):  # neither ", a spokesman for …" nor " of the …" can follow
        return ""
    roles = _roles(sets)
    of = _OF_AFTER.match(text[end:end + 20])
    if of:  # "Sergei Rudskoi of the Russian military's General Staff"; not "Ann Lee of Moscow" (a place)
        at = end + of.end()  # a body named with "the" ("the Pentagon", "the Kremlin"): its hit starts at "the"
        hit = next((h for h in hits if h[0] in (at, end + of.start(1))), None)
        more = _NEXT_WORD.match(text[hit[1]:hit[1] + 30]) if hit else None  # "of the New York delegation"
        written = _THE.sub("", text[hit[0]:hit[1]]) if hit else ""
        if hit and word_core(written) not in sets.places and written not in words \
                and not (more and word_core(more.group(1)) in sets.org_words):
            return _party(text, *hit[:2], hit[2], hit[3], words)
    m = _APPOSITION.match(text[end:end + 120])
    if not m:
        return ""
    lo, hi = end + m.start(1), end + m.end(1)
    apposition = [w.strip("*_") or w for w in _WORD.findall(text[lo:hi])]
    if former_role(apposition, sets):
        return ""
    inside = [(s, e) for s, e, *_ in hits if lo <= s and e <= hi]
    pos, fine, role = lo, True, False
    for w in apposition:
        s = text.index(w, pos)
        pos = s + len(w)
        low = word_core(w)
        if low in roles or w.lower() in roles:
            role = True if _office([w], sets) else role or "press"  # a correspondent writes for an outlet
        elif not (low in _LITTLE or low in _LINKS or w[:1].isupper() or any(a <= s < b for a, b in inside)):
            fine = False
            break
    parties = _parties_in(text, lo, hi, hits, words) if fine and role else []
    # a name inside a longer one is not the party: "the president of the United States Hispanic Chamber"
    parties = [p for p in parties if not _LONGER_NAME.match(text[p[1]:p[1] + 3])]
    if role == "press":  # no office: only a news outlet's own people ("the correspondent of the Independent")
        parties = [p for p in parties if _outlet(hits, *p[:2])]
    return parties[0][2] if parties else ""


def _lead(text: str, start: int, roles: list[str], sets, hits: list, words: dict) -> str:
    """The party of "A Russian general …" in the sentence before "Col. Gen. Sergei Surovikin"."""
    if not roles:
        return ""
    nearest = word_core(roles[0])
    if not _office(roles[:1], sets):  # "A Russian farmer …": no office, no party
        return ""
    forms = next(({word_core(x) for x in (t, *f)} for t, f in sets.title_forms.items()
                  if nearest in {word_core(x) for x in (t, *f)}), None)
    bounds = [(s, e) for _p, s, e in sentence_bounds(text)]
    here = next((k for k, (s, e) in enumerate(bounds) if s <= start < e), None)
    if not forms or not here:
        return ""
    lo, hi = bounds[here - 1]
    for m in _A_DESCRIBED.finditer(text[lo:hi]):
        if word_core(m.group(2)) in forms:
            s = lo + m.start(1)
            parties = _parties_in(text, s, s + len(m.group(1).rstrip()), hits, words)
            if parties:
                return parties[-1][2]
    return ""


def speaks_for(text: str, name: str, gazetteer=None) -> str:
    """The body or country (a name of the gazetteer, or a country) a named person ``name`` speaks for, read
    from the words ``text`` writes with the name at its first mention that gives one, else from the words right before
    the name (:func:`party_before_name`); "" when none does. One rule for kit.sources and the lessons' checks.

    >>> speaks_for("Col. Ryan Dillon, spokesman for Operation Inherent Resolve, said so.", "Ryan Dillon")
    'US-led coalition'
    >>> speaks_for("Russian General Ivan Petrov said so.", "Ivan Petrov"), speaks_for("Ivan Petrov said so.", "Ivan Petrov")
    ('Russia', '')
    >>> speaks_for("The Russian defense secretary Gen. Ivan “Big” Petrov spoke.", "Petrov")
    'Russia'
    """
    if not _may_name(name):
        return ""
    sets, words = word_sets(), country_words_of(gazetteer)
    return _speaks_for(text, name, sets, words, _party_hits(text, sets, words, gazetteer), gazetteer)


def _may_name(name: str) -> bool:
    """Is the last word of ``name`` a surname the rules read ("al-Moallem" is; "he" is not)?"""
    return bool(re.search(r"[A-Z]", name.split()[-1] if name.split() else ""))


def _party_hits(text: str, sets, words: dict, gazetteer=None, stamp=None) -> list:
    """The gazetteer hits of ``text`` that can be a party: a state's, a region's or a city's name says where someone
    is from, works or was elected ("Florida Sen. Ann Lee", "Ann Lee of New York", "a Washington lawyer", "a Moscow
    lawyer"), not whom they speak for; a country's name or word does ("Russian General", "US Colonel", "Russia's
    top general")."""
    countries = set(words.values())
    return [h for h in gazetteer_hits(text, gazetteer, stamp) if not (h[3] == "government" and not is_country_government(h[2])
                                                                      and h[2].endswith(" government"))
            and not _city(text[h[0]:h[1]], sets, words, countries)]


def _speaks_for(text: str, name: str, sets, words: dict, hits: list, gazetteer=None) -> str:
    mentions = list(_mentions(text, name.split()[-1]))  # read once for both rules
    for s, e in mentions:
        start = _name_start(text, name, s)
        party, roles = _before(text, start, sets, hits, words)
        if roles is None:
            continue  # "former Pentagon spokesman Ann Lee": a role no longer held
        party = party or _after(text, e, sets, hits, words) or _lead(text, start, roles, sets, hits, words)
        if party:
            return party
    return _party_before_name(text, name, sets, words, gazetteer, mentions)  # "The US defense secretary Gen. James “Mad Dog” Mattis"


def party_before_name(text: str, name: str, gazetteer=None) -> str:
    """The one body or country the words right before a named person give, read back to a word that ends a role
    (``link_words`` and ``place_prepositions`` of data/word_sets.csv, a word in -ed, a comma) and past the person's
    first names and nickname, when the last word there in lower case is a role and one of them an office ("The US
    defense secretary Gen. James “Mad Dog” Mattis": the US); "" when none or two, when the role is no longer held or
    is no office ("US farmer Ann Lee"), or when that word is no role ("with the Russian daily Evening Star": a paper).

    >>> party_before_name("The US defense secretary Gen. James “Mad Dog” Mattis spoke.", "Mattis")
    'US'
    >>> party_before_name("He told the Russian daily Evening Star.", "Star"), party_before_name("Former Kremlin aide Ann Lee spoke.", "Ann Lee")
    ('', '')
    """
    if not _may_name(name):
        return ""
    return _party_before_name(text, name, word_sets(), country_words_of(gazetteer), gazetteer)


_NICKNAME_END = re.compile(r"[“\"][^”\"\n]{1,25}[”\"]\s*$")
_FIRST_NAMES_END = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*$")
#: the characters a match of _FIRST_NAMES_END is made of, read from the end of a reversed text
_NAME_CHARS = re.compile(r"[\w.'’\s-]*")
_CLAUSE_MARK = re.compile(r"[.,;:!?“”\"()]")


def without_first_names(before: str) -> str:
    """``before`` without the capitalised words (and a nickname: “Mad Dog”) at its end, after spaces are stripped
    and one is added: the words before a person's first names.

    The same text as ``_FIRST_NAMES_END.sub("", _NICKNAME_END.sub("", before).rstrip() + " ")``; a nickname is looked
    for only when the text ends with a closing quotation mark, and the first names only in the run of letters,
    digits, spaces and ".'’-" at the end (a match holds no other character), not tried at every place of the text.

    >>> without_first_names("The US defense secretary Gen. James “Mad Dog” "), without_first_names("He met Ann Lee ")
    ('The US defense secretary ', 'He met ')
    """
    tail = before.rstrip()
    if tail[-1:] in ("”", '"'):
        before = _NICKNAME_END.sub("", before)  # a nickname: “Mad Dog”
        tail = before.rstrip()
    tail += " "
    keep = len(tail) - _NAME_CHARS.match(tail[::-1]).end()
    return tail[:keep] + _FIRST_NAMES_END.sub("", tail[keep:])


def _party_before_name(text: str, name: str, sets, words: dict, gazetteer=None, mentions=None) -> str:
    roles = _roles(sets) | sets.office_words
    for s, _e in _mentions(text, name.split()[-1]) if mentions is None else mentions:
        before = without_first_names(text[max(0, s - 300):s])  # the person's first names and nickname
        said = _CLAUSE_MARK.split(before)[-1].split()[-6:]
        stops = [i for i, w in enumerate(said) if w in sets.place_prepositions or w in sets.link_words or w.endswith("ed")]
        said = said[stops[-1] + 1 if stops else 0:]  # "… with the Russian daily": cut
        lower = [w for w in said if w == w.lower() and w not in _LITTLE]
        if lower and lower[-1] not in roles or former_role(said, sets) or not _office(said, sets):
            continue  # "the Russian daily Evening Star": a paper; "Russian farmer": no office; "former": no longer held
        words_before = " ".join(said)
        found = {p for _s, _e2, p in _parties_in(words_before, 0, len(words_before),
                                                _party_hits(words_before, sets, words, gazetteer), words)}
        if len(found) == 1:
            return found.pop()
    return ""


def with_speaks_for(table, texts: dict, gazetteer=None):
    """The sources table ``table`` (kit.sources) with its ``speaks_for`` column after ``gazetteer_type``: for a
    named person, :func:`speaks_for` in the article's text (``texts``: article id to text); else "".

    >>> import pandas as pd
    >>> t = pd.DataFrame({"article_id": ["a"], "source": ["Ann Lee"], "source_type": ["named person"],
    ...                   "gazetteer_type": [""]})
    >>> with_speaks_for(t, {"a": "Kremlin spokeswoman Ann Lee said so."}).speaks_for.tolist()
    ['Kremlin']
    """
    sets, words, stamp = word_sets(), country_words_of(gazetteer), gazetteer_stamp(gazetteer)
    held: dict = {}  # article id: its text and party hits, read once for all its named sources
    values = []
    for aid, source, stype in zip(table["article_id"].tolist(), table["source"].tolist(), table["source_type"].tolist()):
        if stype != "named person" or not _may_name(source):
            values.append("")
            continue
        if aid not in held:
            text = texts.get(aid, "")
            held[aid] = (text, _party_hits(text, sets, words, gazetteer, stamp))
        text, hits = held[aid]
        values.append(_speaks_for(text, source, sets, words, hits, gazetteer))
    out = table.copy()
    if SPEAKS_FOR_COLUMN in out.columns:  # the sources table lists it in its columns: fill it in
        out[SPEAKS_FOR_COLUMN] = pd_strings(values)
    else:
        out.insert(list(out.columns).index("gazetteer_type") + 1, SPEAKS_FOR_COLUMN, pd_strings(values))
    return out


def pd_strings(values: list):
    """``values`` as a column of text (object dtype), empty or not.

    >>> pd_strings([]).dtype
    dtype('O')
    """
    import pandas as pd

    return pd.Series(values, dtype=object).values
