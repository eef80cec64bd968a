"""One phrase matcher: find many words and phrases in a text at once, with exact offsets.

The word lists (:func:`kit.annotate`), the gazetteer's names (:func:`kit.gazetteer.gazetteer_hits`)
and the concept table's names (:func:`kit.naming`) are all found with :class:`PhraseMatcher`, an
Aho-Corasick automaton (the ``pyahocorasick`` library) that reads the text once, however many
phrases there are. The kit's matching rules live here, once:

- quotes, dashes and spaces: curly quotes count as straight ones, look-alike hyphens as "-", every
  kind of space as " ", and a run of spaces inside a paragraph as one (:func:`normalise_form`);
- case: a phrase matches in any case, unless it is marked case-sensitive; then only the capitals
  written in the phrase match;
- word edges: a phrase does not start or end inside a word. By default a letter or digit may not
  touch a letter or digit of the phrase ("regime" is found in "anti-regime" but not in "regimes");
  a table of names passes its own, stricter edges (``left`` / ``right``).

>>> m = PhraseMatcher([("the regime", "label"), ("US", "country", True)])
>>> m.find("The  Regime and the US, not us.")
[(0, 11, 'label'), (20, 22, 'country')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .cache import Memo

__all__ = ["PhraseMatcher", "normalise_form", "phrase_forms", "normalise_chars", "fold_case", "SPACE_CHARS"]

# Characters that are normalised before matching: curly quotes and apostrophes become
# straight ones, dashes that look like hyphens become "-", every kind of space becomes " ".
QUOTE_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-",
}
#: The characters that count as a space when matching.
SPACE_CHARS = "\n\r\t\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
              "\u2028\u2029\u202f\u205f\u3000"
CHAR_MAP = {**QUOTE_MAP, **{c: " " for c in SPACE_CHARS}}

_MULTISPACE = re.compile(r" {2,}")
#: Two or more spaces of any kind in a row: a run that is not only line breaks is a run of spaces inside a
#: paragraph (the same test as ``[^\S\n]{2,}|[^\S\n]\n|\n[^\S\n]``, which is slower to search for).
_SPACE_RUN = re.compile(r"\s{2,}")
_ODD_SPACES = tuple(c for c in SPACE_CHARS if not c.isascii())


def fold_case(text: str) -> str:
    """Lowercase ``text`` without changing its length (characters whose lowercase is longer stay as they are).

    >>> fold_case("Straße İstanbul")
    'straße İstanbul'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def normalise_chars(text: str) -> str:
    """Replace curly quotes, look-alike hyphens and unusual spaces, one character for one character.

    >>> normalise_chars("it\u2019s\u00a0\u201cso\u201d")
    'it\\'s "so"'
    """
    if text.isascii() and text.isprintable():  # nothing to replace (the usual case for a word list)
        return text
    for old, new in CHAR_MAP.items():  # faster than str.translate on a long text
        if old in text:
            text = text.replace(old, new)
    return text


def normalise_form(form: str, case_sensitive: bool = False) -> str:
    """The form of a phrase used for matching: straight quotes, single spaces, lowercase unless case-sensitive.

    >>> normalise_form("Didn\u2019t  SAY ")
    "didn't say"
    """
    form = " ".join(normalise_chars(form).split())
    return form if case_sensitive else fold_case(form)


def phrase_forms(phrase: str) -> tuple[str, str]:
    """A phrase's case-sensitive form and its lowercase form, as :func:`normalise_form` makes them (one call for
    both: a matcher is built from thousands of phrases).

    >>> phrase_forms("Didn\u2019t  SAY "), phrase_forms("UN")
    (("Didn't SAY", "didn't say"), ('UN', 'un'))
    """
    if phrase.isascii() and phrase.isprintable():  # the usual case: nothing to replace, lower() keeps the length
        exact = " ".join(phrase.split())
        return exact, exact.lower()
    exact = normalise_form(phrase, case_sensitive=True)
    return exact, fold_case(exact)


def _needs_collapse(text: str) -> bool:
    """Does the text hold a run of spaces inside a paragraph (not just blank lines between paragraphs)?"""
    if "  " in text or " \n" in text or "\n " in text or "\t" in text or "\r" in text:
        return True
    if text.isascii():
        return False
    return any(c in text for c in _ODD_SPACES) and any(m.group().strip("\n") for m in _SPACE_RUN.finditer(text))


def _same_case(seen: str, exact: str) -> bool:
    """Does the text ``seen`` match the case-sensitive form ``exact`` (quotes and spaces normalised)?"""
    if seen == exact:
        return True
    if seen.isascii() and seen.isprintable() and "  " not in seen:
        return False  # nothing to normalise, so it really differs
    return normalise_form(seen, case_sensitive=True) == exact


def _collapse_spaces(norm: str):
    """Collapse runs of spaces to one; return the new string and the offset shifts to undo it."""
    runs = [m.span() for m in _MULTISPACE.finditer(norm)]
    shifts = [0, *accumulate(end - start - 1 for start, end in runs)]
    breaks = [0, *(end - removed for (_start, end), removed in zip(runs, shifts[1:]))]
    return _MULTISPACE.sub(" ", norm), (breaks, shifts)


# text -> what _normalised_text makes of it: the word lists' matcher and the gazetteer's read the same
# texts (kit.quotes runs both over every article); part of kit.cache
_NORMALISED = Memo()


def _normalised_text(text: str):
    """The text as the automaton reads it (same length, lowercase) and, if spaces were collapsed, the shifts."""
    got = _NORMALISED.get(text)
    if got is None:
        got = _normalise_text(text)
        _NORMALISED.put(text, got)
    return got


def _normalise_text(text: str):
    if text.isascii():
        norm = text.lower()
        for ch in "\n\r\t\x0b\x0c":
            if ch in norm:
                norm = norm.replace(ch, " ")
    else:
        norm = fold_case(normalise_chars(text))
    if _needs_collapse(text):
        return _collapse_spaces(norm)
    return norm, None


class PhraseMatcher:
    """Finds many phrases in a text at once (Aho-Corasick), each with a value of your choice.

    ``phrases`` holds ``(phrase, value)`` or ``(phrase, value, case_sensitive)`` items. Phrases that
    differ only in case, quotes or spacing share one place in the automaton; where the text matches
    several of them, :meth:`find_all` reports every value whose case rule fits, case-sensitive
    phrases first, then the others, each in the order given.

    ``left`` and ``right`` replace the default word edges: a regular expression that must match at
    the phrase's start (a look-behind such as ``(?<![\\w-])``) and at its end (a look-ahead).

    >>> PhraseMatcher([("so-called", 1)]).find_all("A so-called deal; so called.")
    [(2, 11, (1,))]
    """

    def __init__(self, phrases, left: str | None = None, right: str | None = None):
        import ahocorasick

        table: dict[str, list] = {}
        for item in phrases:
            phrase, value = item[0], item[1]
            sensitive = bool(item[2]) if len(item) > 2 else False
            exact, key = phrase_forms(phrase)
            if not exact:
                continue
            table.setdefault(key, []).append((exact if sensitive else None, value))
        self.left = re.compile(left) if left is not None else None
        self.right = re.compile(right) if right is not None else None
        self.automaton = ahocorasick.Automaton()
        for key, items in table.items():
            items = tuple(sorted(items, key=lambda it: it[0] is None))  # case-sensitive ones first (stable)
            fixed = tuple(v for _e, v in items) if all(e is None for e, _v in items) else None
            self.automaton.add_word(key, (len(key), key[0].isalnum(), key[-1].isalnum(), fixed, items))
        self.empty = not table
        if not self.empty:
            self.automaton.make_automaton()

    def find_all(self, text: str) -> list[tuple[int, int, tuple]]:
        """Every place a phrase occurs, overlaps included: ``(start, end, values)``, in the order of their ends.

        >>> PhraseMatcher([("Free Syrian Army", "FSA"), ("Syrian", "demonym")]).find_all("the Free Syrian Army")
        [(9, 15, ('demonym',)), (4, 20, ('FSA',))]
        """
        if self.empty or not text:
            return []
        norm, shifts = _normalised_text(text)
        n = len(text)
        left, right = self.left, self.right
        hits = []
        append = hits.append
        if shifts is None and left is None:  # the usual case, in a loop of its own (the checks as below)
            for last, (length, needs_left, needs_right, fixed, items) in self.automaton.iter(norm):
                end = last + 1
                start = end - length
                if (needs_left and start and text[start - 1].isalnum()) or (needs_right and end < n
                                                                           and text[end].isalnum()):
                    continue
                if fixed is None:
                    seen = text[start:end]
                    fixed = tuple(v for exact, v in items if exact is None or _same_case(seen, exact))
                    if not fixed:
                        continue
                append((start, end, fixed))
            return hits
        breaks, moved = shifts if shifts is not None else (None, None)
        for last, (length, needs_left, needs_right, fixed, items) in self.automaton.iter(norm):
            start = last - length + 1
            if shifts is None:
                end = last + 1
            else:  # back to the text's offsets: add the spaces collapsed before the first and the last letter
                start, end = start + moved[bisect_right(breaks, start) - 1], last + moved[bisect_right(breaks, last) - 1] + 1
            if left is None:
                if needs_left and start and text[start - 1].isalnum():
                    continue
                if needs_right and end < n and text[end].isalnum():
                    continue
            elif left.match(text, start) is None or right.match(text, end) is None:
                continue
            if fixed is not None:
                append((start, end, fixed))
                continue
            seen = text[start:end]
            values = tuple(v for exact, v in items if exact is None or _same_case(seen, exact))
            if values:
                append((start, end, values))
        return hits

    def find(self, text: str) -> list[tuple[int, int, object]]:
        """The leftmost, longest matches that do not overlap: ``(start, end, value)`` in text order.

        >>> PhraseMatcher([("Free Syrian Army", "FSA"), ("Syrian", "demonym")]).find("the Free Syrian Army")
        [(4, 20, 'FSA')]
        """
        kept, last_end = [], -1
        for start, end, values in sorted(self.find_all(text), key=lambda h: (h[0], -h[1])):
            if start >= last_end:
                kept.append((start, end, values[0]))
                last_end = end
        return kept
