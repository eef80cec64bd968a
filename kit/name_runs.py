"""Name runs: a run of capitalised words cut into the pieces that can be names.

A run ("Gen. James Mattis December 5", "Turkey’s Erdogan") is trimmed of stop words and a
sentence's full stop, and cut where a name cannot go on (a time word, a month before a number, a
modifier such as "Qaeda-linked", a possessive). kit.names reads the runs of an article with these
functions and judges the pieces (a person, a group, a common word).

    >>> from kit.wordsets import word_sets
    >>> text = "Mattis December 5"
    >>> cut_piece(text, 0, 15, word_sets())
    [(0, 6)]
"""

from __future__ import annotations

import functools
import re

from .wordsets import WordSets, sets_for_key

__all__ = ["NAME_RUN", "MODIFIER", "NUMBER_NEXT", "word_core", "is_abbreviation", "clean_run", "strip_span",
           "split_run", "name_word_after_title", "cut_piece", "plain_pieces", "plain_pieces_keyed", "written_lower", "written_mid_cap", "prose_paragraph"]

_CAP_TOKEN = r"(?:(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von|der|di|du|la|le)[-\s])?[A-Z][\w’'.\-]*"
#: A nickname: one to three words in quotation marks, no punctuation inside ("Mad Dog", "Tig"); a quoted remark
#: ("The plan is dead,") is not one.
_NICKNAME = "(?:[“\"][A-Z][\\w’'-]*(?: [\\w’'-]+){0,2}[”\"][ \t]+)?"
#: A run of capitalised words, perhaps with a particle ("al-", "van") or a nickname in quotation marks.
#: (The look-ahead names the letters a run can start with, those of _CAP_TOKEN: a quick first test at each place.)
NAME_RUN = re.compile(rf"(?=[A-Zabdeilv])(?<![\w’'])(?:{_CAP_TOKEN})(?:[ \t]+{_NICKNAME}{_CAP_TOKEN})*")

#: A hyphenated adjective, never part of a name: "Qaeda-linked", "Arabic-language", "US-supported",
#: "NATO-member", "pro-Assad".
MODIFIER = re.compile(r"^(?!(?:al|el|ad|as|ash|abu|abd|abdel|abdul|bin|ibn|ben)-)[^-]+(?:-[^-]+)*"
                       r"-(?:language|based|backed|led|linked|speaking|born|run|owned|funded|aligned|allied|old|"
                       r"held|style|friendly|leaning|majority|minded|member|\w{3,}ed|\w{3,}ing)$"
                       r"|^(?:pro|anti|ex|post|pre|neo)-|^(?:us|u\.s\.?|uk|u\.k\.?|un|u\.n\.?|eu|nato)-\w",
                       re.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def word_core(word: str) -> str:
    """A word lowercased, without outer punctuation, a possessive or a contraction:
    "Turkey’s," -> "turkey", "We’re" -> "we".

    >>> word_core("Turkey’s,"), word_core("We’re")
    ('turkey', 'we')
    """
    w = word.lower().strip(".,;:!?()[]“”\"‘")
    if "’" not in w and "'" not in w:
        return w  # every ending _CONTRACTION drops holds an apostrophe
    return _CONTRACTION.sub("", w)


_CONTRACTION = re.compile(r"(?:[’'](?:s|re|ve|ll|d|m)?|n[’']t)$")
_NON_SPACE = re.compile(r"\S+")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


def clean_run(text: str, start: int, end: int, sets: WordSets) -> tuple[int, int]:
    """Trim a capitalised run: drop leading stop words, and a sentence-final full stop or possessive.

    >>> from kit.wordsets import word_sets
    >>> text = "But Ann Lee’s"
    >>> clean_run(text, 0, len(text), word_sets())
    (4, 11)
    """
    s, e = _clean_offsets(text[start:end], sets.key)
    return start + s, start + e


@functools.lru_cache(maxsize=65536)
def _clean_offsets(run: str, key: int) -> tuple[int, int]:
    """:func:`clean_run` on the run alone: offsets into ``run`` (``key``: a :class:`kit.wordsets.WordSets` value's
    ``key``, as in the other word caches here)."""
    sets = sets_for_key(key)
    words = list(_NON_SPACE.finditer(run))
    # a lower-case particle cannot open a name ("de Wednesday" once "Wednesday" is cut off);
    # a capitalised one can ("Abu Mohammed al-Julani")
    while words and (word_core(words[0].group(0)) in sets.stop_caps or words[0].group(0) in sets.particles
                     or (len(words) == 1 and words[0].group(0).lower() in sets.particles)):
        words.pop(0)
    while words and words[-1].group(0).lower() in sets.particles:
        words.pop()
    if not words:
        return 0, 0
    s = words[0].start()
    e = words[-1].end()
    last = run[s:e].split()[-1]
    if last.endswith(".") and not is_abbreviation(last.split("-")[-1]):
        e -= 1
    for suffix in ("’s", "'s", "’", "'"):
        if run[s:e].endswith(suffix):
            e -= len(suffix)
            break
    return s, e


@functools.lru_cache(maxsize=65536)
def is_abbreviation(token: str) -> bool:
    """"Gen.", "U.S.", "J." (an initial) -- but not "Lee." at the end of a sentence.

    >>> is_abbreviation("Gen."), is_abbreviation("U.S."), is_abbreviation("Lee.")
    (True, True, False)
    """
    from .segment import ABBREVIATIONS

    if _INITIALS.fullmatch(token):
        return True
    return token.lower().rstrip(".") in ABBREVIATIONS


# a nickname in quotation marks, or a word (split_run)
_RUN_TOKEN = re.compile(r"[“\"][^”\"\n]{1,20}[”\"]|\S+")
#: A number right after a word (within four characters): a month before it is a date ("December 5"), not a name.
NUMBER_NEXT = re.compile(r"\s*\d")
_POSSESSIVE_END = re.compile(r"[’']s?$")


@functools.lru_cache(maxsize=65536)
def _word_cuts(word: str, key: int) -> tuple[bool, bool, bool, bool, bool]:
    """What :func:`split_run` needs to know of one word of a run, read once per word: is it always
    cut out (a time word, a modifier, "Syrian-Iraqi"), a month (cut before a number), a capitalised
    function word (cut unless it opens the run), does it end in a possessive, or in a full stop that
    is not an abbreviation's."""
    sets = sets_for_key(key)
    low = word_core(word)
    parts = [p for p in low.split("-") if p]
    always = (low in sets.time_words or bool(MODIFIER.search(low))
              or (len(parts) > 1 and all(p in sets.demonyms or p in sets.places for p in parts)))
    month = low in sets.month_words
    stop_cap = low in sets.stop_caps and not month and low not in sets.particles
    possessive = _POSSESSIVE_END.search(word) is not None
    full_stop = word.endswith(".") and not is_abbreviation(word.split("-")[-1])
    return always, month, stop_cap, possessive, full_stop


def name_word_after_title(before: str, word: str, after: str, sets: WordSets) -> bool:
    """Is the capitalised pronoun ``word`` ("He") a name's word here: right after a title and right before a
    capitalised word that is no function word or title ("Vice Premier He Lifeng")? A pronoun does not come
    between a title and a name; "He said" at a sentence's start stays a pronoun ("President On Trump", in a
    heading, is no name either).

    >>> from kit.wordsets import word_sets
    >>> name_word_after_title("Premier", "He", "Lifeng", word_sets()), name_word_after_title("Lee", "He", "Said", word_sets())
    (True, False)
    """
    if not (before and after[:1].isupper() and after[1:2].islower()):
        return False
    key = sets.key
    titles = sets.titles
    return (before.lower() in titles or before.lower().rstrip(".") in titles) and word_core(word) in sets.pronouns_person \
        and not _word_cuts(after, key)[2] and not (after.lower() in titles or word_core(after) in titles)


def split_run(text: str, s: int, e: int, sets: WordSets):
    """Cut a capitalised run where a name cannot go on: at a weekday or other time word, a
    capitalised function word, a month before a number ("Mattis December 5"), a modifier such
    as "Qaeda-linked" or "Syrian-Iraqi" (dropped), a possessive ("Turkey’s | Erdogan") and a
    full stop that ends a sentence ("Al-Tanf. | Just"). A nickname in quotation marks stays.

    >>> from kit.wordsets import word_sets
    >>> text = "Mattis December 5"
    >>> [text[a:b] for a, b in split_run(text, 0, 15, word_sets())]
    ['Mattis ']
    """
    if e <= s:
        return
    cur = s
    tokens = list(_RUN_TOKEN.finditer(text, s, e))
    for i, m in enumerate(tokens):
        ts, te, w = m.start(), m.end(), m.group(0)
        if w[0] in "“\"":
            continue
        always, month, stop_cap, possessive, full_stop = _word_cuts(w, sets.key)
        if stop_cap and 0 < i < len(tokens) - 1 \
                and name_word_after_title(tokens[i - 1].group(0), w, tokens[i + 1].group(0), sets):
            stop_cap = False  # "Vice Premier He Lifeng"
        if always or (month and NUMBER_NEXT.match(text, te, te + 4) is not None) or (stop_cap and ts > s):
            if ts > cur:
                yield cur, ts
            cur = te
            continue
        if (possessive or full_stop) and te < e:
            yield cur, te
            cur = te
    if e > cur:
        yield cur, e


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without the punctuation around it (a full stop at its end stays).

    >>> strip_span("(Ann Lee),", 0, 10)
    (1, 8)
    """
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] == "."):
        e -= 1
    return s, e


def cut_piece(text: str, ps: int, pe: int, sets: WordSets) -> list[tuple[int, int]]:
    """The names in text[ps:pe], a run or the part of a run beside a gazetteer name: trimmed
    (:func:`clean_run`, :func:`strip_span`) and cut (:func:`split_run`).

    >>> from kit.wordsets import word_sets
    >>> text = "Turkey’s Erdogan"
    >>> [text[a:b] for a, b in cut_piece(text, 6, len(text), word_sets())]
    ['Erdogan']
    """
    if text[ps:ps + 2] in ("’s", "'s"):
        ps += 2  # the rest of a possessive after a gazetteer name: "Turkey’s Erdogan"
    ps, pe = clean_run(text, *strip_span(text, ps, pe), sets)
    out = []
    for qs, qe in split_run(text, ps, pe, sets):
        qs, qe = clean_run(text, *strip_span(text, qs, qe), sets)
        if qe > qs:
            out.append((qs, qe))
    return out


def plain_pieces(run: str, after: str, sets: WordSets) -> tuple[tuple[int, int], ...]:
    """The names in a run (a match of :data:`NAME_RUN`) with no gazetteer name in it, as offsets into
    ``run``: :func:`clean_run`, then :func:`cut_piece`. The answer depends only on the run and on
    whether the four characters ``after`` it start with a number (:data:`NUMBER_NEXT`: a month before a
    number is cut off), so kit.names passes " 5" or "" and each distinct run is read once or twice.

    >>> from kit.wordsets import word_sets
    >>> plain_pieces("But Mattis December", " 5. ", word_sets()), plain_pieces("Mattis December", " was", word_sets())
    (((4, 10),), ((0, 15),))
    """
    return plain_pieces_keyed(run, after, sets.key)


@functools.lru_cache(maxsize=65536)
def plain_pieces_keyed(run: str, after: str, key: int) -> tuple[tuple[int, int], ...]:
    """:func:`plain_pieces` with the word sets given by their ``key`` (:attr:`kit.wordsets.WordSets.key`), each
    answer kept: kit.names asks for every run of an article.

    >>> from kit.wordsets import word_sets
    >>> plain_pieces_keyed("But Mattis December", " 5. ", word_sets().key)
    ((4, 10),)
    """
    sets = sets_for_key(key)  # (keyed on WordSets.key: see there)
    words = run.split(" ")
    if all(w.isalpha() for w in words):  # the usual run: words of letters and single spaces ("Donald Trump")
        return _letter_word_pieces(words, after, sets)
    s, e = clean_run(run, 0, len(run), sets)
    if e <= s:
        return ()
    return tuple(cut_piece(run + after, s, e, sets))


def _letter_word_pieces(words: list[str], after: str, sets: WordSets) -> tuple[tuple[int, int], ...]:
    """:func:`plain_pieces` of a run of words made of letters only, one space apart (two runs in three),
    worked out on the words: :func:`clean_run`, then :func:`split_run`'s cuts and :func:`clean_run` of
    each piece, as :func:`cut_piece` makes them (the same answers: tests/test_sourcing_speed.py)."""
    starts = [0] * len(words)
    for k in range(1, len(words)):
        starts[k] = starts[k - 1] + len(words[k - 1]) + 1

    def clean(i: int, j: int) -> tuple[int, int]:  # _clean_offsets on words[i:j], as word indices
        while i < j and (word_core(words[i]) in sets.stop_caps or words[i] in sets.particles
                         or (j - i == 1 and words[i].lower() in sets.particles)):
            i += 1
        while i < j and words[j - 1].lower() in sets.particles:
            j -= 1
        return i, j

    first, stop = clean(0, len(words))
    out = []
    cur = first
    for k in range(first, stop + 1):
        if k < stop:
            always, month, stop_cap = _word_cuts(words[k], sets.key)[:3]
            number_next = month and k == len(words) - 1 and NUMBER_NEXT.match(after) is not None
            if stop_cap and k > first and k + 1 < len(words) \
                    and name_word_after_title(words[k - 1], words[k], words[k + 1], sets):
                stop_cap = False  # "Vice Premier He Lifeng"
            if not (always or number_next or (stop_cap and k > first)):
                continue  # (a word of letters is never a possessive or a sentence's end)
        a, b = clean(cur, k)  # the piece before a cut word, or the last one
        if a < b:
            out.append((starts[a], starts[b - 1] + len(words[b - 1])))
        cur = k + 1
    return tuple(out)


def written_lower(text: str, word: str) -> bool:
    """Does ``text`` write ``word`` (lower-case letters, ``'`` or ``-`` after the first; ``text`` with ’ written
    as ') as a word of its own: not after a letter, a digit, "_", "'" or "-", and not followed by a letter,
    "'" or "-"? The same answer as ``word in set(re.findall(r"(?<![\\w'-])[a-z][a-z'-]*", text))``, found
    with ``str.find`` for the few words asked about instead of a scan of every word of the text.

    >>> written_lower("The rain. Therefore the-rain fell", "the"), written_lower("The rain", "the")
    (False, False)
    >>> written_lower("Having left, they were having lunch", "having")
    True
    """
    size, end = len(word), len(text)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else ""
        after = text[i + size] if i + size < end else ""
        if not (before and (before.isalnum() or before in "_'-")) \
                and not (after and ("a" <= after <= "z" or after in "'-")):
            return True
        i = text.find(word, i + 1)
    return False


_MID_CAP_WORD = re.compile(r"[A-Z][a-z’'-]+")
_MID_CAP_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;")
_MID_CAP_GOES_ON = frozenset("abcdefghijklmnopqrstuvwxyz’'-")


def written_mid_cap(text: str, word: str) -> bool:
    """Does ``text`` write ``word`` (a capital, then lower-case letters, ’, ' or -) inside a sentence: after a
    lower-case letter, "," or ";" and one space, and not followed by a lower-case letter, ’, ' or -? The same
    answer as ``word in set(re.findall(r"(?<=[a-z,;] )[A-Z][a-z’'-]+", text))``, found with ``str.find`` for
    the few words asked about instead of a scan of the whole text.

    >>> written_mid_cap("Critics say so. He met critics and Critics again", "Critics")
    True
    >>> written_mid_cap("Critics say so. Then Critics-led groups left", "Critics")
    False
    """
    if not _MID_CAP_WORD.fullmatch(word):
        return False
    size, end = len(word), len(text)
    i = text.find(word, 2)
    while i >= 0:
        if text[i - 1] == " " and text[i - 2] in _MID_CAP_BEFORE \
                and (i + size == end or text[i + size] not in _MID_CAP_GOES_ON):
            return True
        i = text.find(word, i + 1)
    return False


_LOWER_WORD_AFTER_SPACE = re.compile(r" [a-z][\w’'-]{3}")


def prose_paragraph(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold six words of four or more characters that start with a lower-case letter
    after a space? Then it is prose, not a heading in title case (a heading lets at most five of its twenty
    long words start in lower case). Stops at the sixth: a quick first test for long paragraphs.

    >>> prose_paragraph("What Becomes of Surrendering and Fleeing Militants?", 0, 51)
    False
    >>> t = "The plan was dead, said the mayor, while many people still hoped"
    >>> prose_paragraph(t, 0, len(t))
    True
    """
    pos, found = start, 0
    search = _LOWER_WORD_AFTER_SPACE.search
    while found < 6:
        m = search(text, pos, end)
        if m is None:
            return False
        found += 1
        pos = m.end()
    return True
