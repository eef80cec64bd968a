"""Figures: every number, date and amount in the articles, with its unit, a hedge word ("some",
"more than"), and who the sentence credits it to.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily"], "title": ["T"],
...                      "text": ["Some 4,000 people left Raqqa on October 12."]})
>>> figures(arts)[["phrase", "hedge", "kind", "amount"]].values.tolist()
[['Some 4,000 people', 'Some', 'number', True], ['October 12', '', 'date', False]]
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from .citing import attribution_at, attribution_lookup
from .indirect_speech import report_chain
from .relative_clauses import object_relative_start, writer_clause_note
from .segment import sentence_bounds
from .sourcing import (
    checked_articles,
    collector_paused,
    data_version,
    quotes,
    speech_cue_spans,
)

__all__ = ["figures", "FIGURE_COLUMNS", "NOT_AMOUNTS"]

FIGURE_COLUMNS = ["article_id", "outlet", "sentence_id", "start", "end", "number", "value", "kind", "amount", "unit",
                  "hedge", "phrase", "phrase_start", "phrase_end", "sentence", "in_quote", "attribution",
                  "attribution_type", "cue", "cue_tone", "speaker_guess", "chain", "credit"]


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE = re.compile(
    rf"(?<![\w])(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{4}}"
    rf"|(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)(?:{_MONTHS}|{_DAYS})"
    rf"|(?:{_MONTHS.replace('May|', '')}|{_DAYS}))(?![\w])")
#: A time of day: "11 p.m.", "9:30 am", "23:15" -- a point in time, not an amount.
_TIME = re.compile(r"(?<![\w.,:])\d{1,2}(?::[0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)|(?<![\w.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\w:]|[.,]\d)")
_NUMBER = re.compile(r"(?<![\w.,])[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*%|\s+per\s?cent\b|\s+percent\b)?"
                     r"(?:\s+(?:million|billion|trillion)\b)?(?![\w]|[.,]\d)")
_DIGIT = re.compile(r"\d")  # _TIME and _NUMBER match only where the text holds one
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "dozens": None, "hundreds": None,
    "thousands": None, "millions": None, "billions": None, "tens": None, "scores": None,
}
_WORD_NUMBERS.pop("one")  # "one" is far more often a pronoun ("one should not ...") than a figure
# "scores" is a number word only before "of" ("scores of people"), not in "test scores rose"
_NUMBER_WORD = re.compile(r"(?<![\w-])(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|scores(?=\s+of\b)|"
                          + "|".join(sorted(set(_WORD_NUMBERS) - {"scores"}, key=len, reverse=True))
                          # "two million", "three hundred thousand": a number word and its multipliers, one figure
                          + r")(?:\s+(?:hundred|thousand|million|billion))*(?![\w])", re.IGNORECASE)
_SMALL = "two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand"
#: A ratio, one figure: "one in three children", "1 in 5", "nine out of ten", "one in every four" (not "one in 2019")
_RATIO = re.compile(rf"(?<![\w-])(one|{_SMALL}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?"
                    rf"(a\s+hundred|a\s+thousand|{_SMALL}|\d{{1,3}}(?:,\d{{3}})?)(?![\w%]|[.,]\d)", re.IGNORECASE)
#: Two or three numbers joined by hyphens or dashes with no space: "5-2", "2015-2019", "5-2-2019", "2019-05-02".
#: :func:`_joined_kind` tells a tally or score (one figure) and a date from a range (two numbers, as before).
_JOINED = re.compile(r"(?<![\w.,\-–/])(\d{1,4})[-–](\d{1,4})(?:[-–](\d{1,4}))?(?![\w%/\-–]|[.,]\d|\s*(?:%|per\s?cent\b|percent\b))")
_JOINED_HINT = re.compile(r"\d[-–]\d")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:by\s+)?$")
# patterns asked for each figure, compiled once
_OF_THE = re.compile(r"\s+of\s+(?:the\s+|them\s+|those\s+)?")  # "750| of the |militants"
_PLURAL = re.compile(r"[a-z’'-]*[^su’'\W]s")  # "trucks", "cities" (lower case)
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w’'-]*)")  # a word of the unit
_YEAR = re.compile(r"(1[89]|20)\d\d")
_VERSION = re.compile(r"\d+\.0")  # "2.0"
_PERCENT = re.compile(r"%|per\s?cent|percent")
#: A number set off by commas right after a name is the person's age: "Leo Park, 17, said".
_AGE_AFTER_NAME = re.compile(r"[A-Z][\w’'.-]+,[ \t]*$")

# Whole-text pre-scans that tell which sentences the patterns above can match in, and from where
# (see _Hints). Each finds at least one hit in every sentence with a match, so skipping the others
# changes nothing: every date names a month or a day; every time of day has "1:30" or "1 pm"/"1 a.m."
# in it. Unlike the patterns, they have no look-behind, so the regular-expression engine skips quickly to
# the places they can start.
_DATE_HINT = re.compile(f"{_MONTHS}|{_DAYS}")
_TIME_HINT = re.compile(r"\d(?::[0-5]\d|\s?[apAP][.mM])")
#: every ratio holds spaces, "in" or "out of", and the start of its second number: "1 in 5", "nine out of ten"
_RATIO_HINT = re.compile(rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:a\s|{_SMALL}|\d)", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _number_words():
    """The number words, found by the kit's phrase matcher (:class:`kit.phrases.PhraseMatcher`: in any case,
    not inside a longer word). Every match of :data:`_NUMBER_WORD` starts where one of them stands as a whole
    word (its own edges are stricter), so where they are tells where to look for it: one pass of the automaton
    over the text, faster than a pattern that stops at every "t", "f" or "s".

    >>> [hit[:2] for hit in _number_words().find_all("Forty, not fourteenth: tens of thousands")]
    [(0, 5), (23, 27), (31, 40)]
    """
    from .phrases import PhraseMatcher

    return PhraseMatcher((w, w) for w in _WORD_NUMBERS)


#: Characters that case folding matches with a plain a-z letter though ``str.lower`` does not turn
#: them into one (İ also changes length): a text with one is scanned without the number-word hint.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


class _Hints:
    """Where the pre-scans of one text found something, to ask per sentence.

    >>> h = _Hints("It rained. On May 3 about forty people left at 9 pm.")
    >>> h.has_date(0, 10), h.has_date(11, 52), h.has_time(11, 52), h.number_word_from(11, 52)
    (False, True, True, 26)
    """

    def __init__(self, text: str):
        self.text = text
        self.date = _spans(_DATE_HINT.finditer(text))
        self.time = _spans(_TIME_HINT.finditer(text))
        self.joined = [m.start() for m in _JOINED_HINT.finditer(text)]
        self.ratio = _spans(_RATIO_HINT.finditer(text))
        # where a number word stands (see _number_words): a match of _NUMBER_WORD starts at one of them
        self.words = None if _FOLDS_TO_ASCII.search(text) else sorted(
            start for start, _end, _words in _number_words().find_all(text))

    def has_date(self, lo: int, hi: int) -> bool:
        return _overlaps(self.date, lo, hi)

    def has_time(self, lo: int, hi: int) -> bool:
        return _overlaps(self.time, lo, hi)

    def joined_from(self, lo: int, hi: int):
        """Where numbers joined by a hyphen or a dash may start in text[lo:hi] (None: there are none)."""
        k = bisect.bisect_left(self.joined, lo)
        return max(lo, self.joined[k] - 3) if k < len(self.joined) and self.joined[k] < hi else None

    def has_ratio(self, lo: int, hi: int) -> bool:
        """Can a ratio ("one in three") be in text[lo:hi]? A hint overlaps it when there is one."""
        return _overlaps(self.ratio, lo, hi)

    def number_words(self, lo: int, hi: int):
        """The matches of :data:`_NUMBER_WORD` in text[lo:hi], left to right as ``finditer`` gives them, tried only
        where a number word stands (every match starts at one)."""
        if self.words is None:
            yield from _NUMBER_WORD.finditer(self.text, lo, hi)
            return
        last = lo
        for k in range(bisect.bisect_left(self.words, lo), len(self.words)):
            at = self.words[k]
            if at >= hi:
                break
            if at >= last and (m := _NUMBER_WORD.match(self.text, at, hi)):
                last = m.end()
                yield m

    def number_word_from(self, lo: int, hi: int):
        """Where to start looking for number words in text[lo:hi] (None: there are none)."""
        if self.words is None:
            return lo
        k = bisect.bisect_left(self.words, lo)
        return self.words[k] if k < len(self.words) and self.words[k] < hi else None


def _spans(matches):
    starts, ends = [], []
    for m in matches:
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _overlaps(spans, lo: int, hi: int) -> bool:
    """Does a hit (non-overlapping, in text order) overlap text[lo:hi]?"""
    starts, ends = spans
    k = bisect.bisect_right(ends, lo)
    return k < len(starts) and starts[k] < hi


@functools.lru_cache(maxsize=4)
def _hedge_pattern(words: frozenset) -> re.Pattern:
    """Words before a number that soften or bound it ("about", "more than"), from data/word_sets.csv."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w])(?:(?:{alts})\s+)+)$", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _hedge_last_words(words: frozenset) -> tuple[str, ...]:
    """The last word of each hedge, lower-cased: a match of :func:`_hedge_pattern` ends with one, then spaces.

    >>> _hedge_last_words(frozenset({"more than", "About"})), _hedge_last_words(frozenset({"about", " "}))
    (('about', 'than'), ('',))
    """
    if any(not w.split() for w in words):
        return ("",)  # an empty hedge matches spaces alone: every place is worth a search
    return tuple(sorted({w.split()[-1].lower() for w in words}))


_UNIT_STOP = frozenset("""
a an the and or but of in on at to for from by with as is are was were be been has have had will would
could should may might that which who this these those it its their his her them they than then there
were all some more other such into over under about after before during since while per not no
next last every each ago later earlier perhaps
""".split())


def _unit(text: str, end: int, sets) -> tuple[str, int]:
    """The unit after a number: "people", "trucks", "ISIS fighters" (at most two words)."""
    i = end + 1 if text[end:end + 1] == "-" else end
    of = _OF_THE.match(text[i:i + 20])
    if of:  # "750 of the militants"
        i += of.end()
        owner = _OWNER.match(text, i)
        if owner and of.group(0).rstrip().endswith("the"):  # "100 of the Islamic State group’s own vehicles"
            unit, end = _unit_words(text, owner.end(), sets)
            if unit:
                return unit, end
    return _unit_words(text, i, sets)


#: An owner before the unit, after "of the": "(100 of the) Islamic State group’s own (vehicles)".
_OWNER = re.compile(r"(?:[A-Za-z][\w-]*\s+){0,4}[A-Za-z][\w-]*[’']s\s+(?:own\s+)?")


def _plural(word: str, sets) -> bool:
    """A plural noun: "trucks", "cities", or one of the ``plural_nouns`` of data/word_sets.csv ("people")."""
    low = word.lower()
    return low in sets.plural_nouns or bool(_PLURAL.fullmatch(low))


def _noun_after(first: str, second: str, sets) -> bool:
    """Is ``second`` a plural noun that ``first`` describes ("young people", "armed men")? Not after
    a plural, an adverb or a verb in the past ("trucks left", "reportedly talks", "went perhaps")."""
    low = first.lower()
    return second.islower() and _plural(second, sets) and second not in sets.adverbs \
        and not _plural(first, sets) and not low.endswith("ly") and low not in sets.adverbs | sets.past_forms


def _unit_words(text: str, i: int, sets) -> tuple[str, int]:
    """At most two words: a second one after a name ("ISIS fighters"), or a plural noun after a word
    that is not one ("300 young people", "5 armed men"; but "50 trucks left" stops at "trucks")."""
    words = []
    for w in _NEXT_WORD.finditer(text[i:i + 80]):
        if w.start() != (words[-1][2] - i if words else 0):
            break
        low = w.group(1).lower()
        if low in _UNIT_STOP:
            break
        if len(words) == 1 and not words[0][0][0].isupper() and not _noun_after(words[0][0], w.group(1), sets):
            break  # after a plain first word, only a plural noun goes on: "young people", not "trucks left"
        words.append((w.group(1), i + w.start(1), i + w.end(1)))
        if len(words) == 2 or not w.group(1)[0].isupper() and _plural(w.group(1), sets):
            break
    if not words:
        return "", i
    return text[words[0][1]:words[-1][2]], words[-1][2]


def _joined_kind(m: re.Match, text: str, sets) -> str:
    """``date`` for a date written in numbers ("5-2-2019", "2019-05-02"), ``tally`` for one figure made of
    two counts, a vote tally, a score or a ratio ("a 5-2 vote", "won 3-1", "lost 0-2", "a 1-3 loss"), or ""
    for two numbers, a range ("2015-2019", "1990-91", "aged 5-12"). A range is written low to high, so a
    higher (or equal) number first is a tally, unless it is a year and the end of a range of years ("1990-91",
    "2008-9");
    a lower number first is a tally when a word of the ``tally_nouns`` set follows ("a 1-3 loss") or of the
    ``tally_verbs`` set comes before it ("lost 0-2").

    >>> from kit.wordsets import word_sets
    >>> [_joined_kind(_JOINED.search(t), t, word_sets()) for t in
    ...  ("a 5-2 vote", "lost 0-2", "from 2015-2019", "in 1990-91", "in 2008-9", "on 5-2-2019", "on 2019-05-02",
    ...   "3-2-1")]
    ['tally', 'tally', '', '', '', 'date', 'date', '']
    """
    a, b, c = m.groups()
    if c is not None:
        day_month = len(c) in (2, 4) and len(a) <= 2 and len(b) <= 2 and 1 <= min(int(a), int(b)) <= 12 \
            and max(int(a), int(b)) <= 31
        iso = len(a) == 4 and len(b) <= 2 and len(c) <= 2 and 1 <= int(b) <= 12 and 1 <= int(c) <= 31
        return "date" if day_month or iso else ""
    if int(a) >= int(b):
        return "" if _YEAR.fullmatch(a) and len(b) <= 2 else "tally"  # "1990-91", "2008-9"
    after = _WORD_AFTER.match(text, m.end())
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return "tally" if (after and after.group(1).lower() in sets.tally_nouns) \
        or (before and before.group(1).lower() in sets.tally_verbs) else ""


def _value(number: str):
    """The figure as a number: "2 million" and "two million" are 2,000,000, "one in three" (a ratio) is 1/3.

    >>> _value("£2 million"), _value("two million"), _value("three hundred thousand"), round(_value("one in three"), 3)
    (2000000.0, 2000000.0, 300000.0, 0.333)
    """
    ratio = _RATIO.fullmatch(number)
    if ratio:
        return _value(ratio.group(1)) / _value(ratio.group(2))
    words = number.lower().split()
    if len(words) > 1 and all(w in _WORD_NUMBERS or w == "a" for w in words):  # "two million", "a hundred"
        value = 1.0
        for w in words:
            value *= _WORD_NUMBERS[w] or 1 if w != "a" else 1
        return value
    s = number.lower().replace(",", "").replace("$", "").replace("€", "").replace("£", "").strip()
    scale = 1
    for word, mult in (("million", 1e6), ("billion", 1e9), ("trillion", 1e12)):
        if word in s:
            scale = mult
            s = s.replace(word, "")
    s = _PERCENT.sub("", s).strip()
    try:
        return float(s) * scale
    except ValueError:
        word = {"one": 1, **_WORD_NUMBERS}.get(s)
        return float(word) if word is not None else float("nan")


#: Kinds of figure that are not amounts: they place something in time or name a version, so a
#: missing source is not a question to ask of them.
NOT_AMOUNTS = frozenset({"date", "time", "year", "version", "duration", "rank", "age"})


def _unit_kind(unit: str, sets) -> str:
    """``duration`` for a stretch of time ("five years", "an 8 year war": the ``duration_units`` of
    data/word_sets.csv), ``rank`` for a superlative or a rank ("the two largest", "two of the
    largest": ``rank_words``), else ""."""
    first = unit.split()[0].lower() if unit else ""
    if first in sets.duration_units:
        return "duration"
    return "rank" if first in sets.rank_words else ""


def _kind(number: str, unit: str = "") -> str:
    if not unit and _VERSION.fullmatch(number):
        return "version"  # "regime change 2.0", "Web 2.0": a name, not an amount
    if number[:1] in "$€£":
        return "money"
    if "%" in number or "cent" in number:
        return "percent"
    if _YEAR.fullmatch(number):
        return "year"
    if number[:1].isdigit():
        return "number"
    return "number word"


#: A relative clause about the speaker, from the end of the name to the figure: ", who has used ... for"
_ABOUT_SPEAKER = re.compile(r"\s*,\s*(?:who|whose|whom)\b[^,;:.!?“”\"]*")
#: A description after the speaker's name, before the reported words: ", a father of two", ", the head of 40
#: schools", ", one of the three who voted against" ("Tom Roe, a father of two, said …")
_DESCRIBES_SPEAKER = re.compile(r"\s*,\s*(?:a|an|the|(?:one|some|many|most|each|both|either|neither|several) of|"
                                r"among)\b[^,;:.!?“”\"]*")  # "Ben Ali, one of the three who voted against, said"

#: A number alone after the speaker's name, at the end of a phrase: an age ("said Maya Lin, 14.")
_AGE_OF_SPEAKER = re.compile(r"\s*,\s*\d{1,3}(?=[ \t]*(?:[,;.!?)]|$))")
#: A comma, then a noun the rest of the sentence is about and the speaker's relative clause ("…, a plan
#: |neighbours slammed as …", "…, which critics called …"): the words before the comma are the writer's.
_NOUN_THEN_SPEAKER = re.compile(r"[,;][ \t]+(?:(?:a|an|the|this|that|one)[ \t]+[a-z][\w’'-]*|which)[ \t]+$")


def writer_describes(row, pos: int, phrase_end: int, text: str = "") -> bool:
    """Is the figure at ``pos`` (its phrase ending at ``phrase_end``) part of the words that name the
    speaker ("said 16-year-old Amira Khan") or of a relative clause or a description after the name ("said
    Maria Lopez, who has used the library for 30 years", "Tom Roe, a father of two, said", given the article
    ``text``)? Those are the writer's
    description of the speaker, not the speaker's figure.

    >>> from types import SimpleNamespace
    >>> writer_describes(SimpleNamespace(speaker_start=10, speaker_end=30), 12, 14)
    True
    >>> writer_describes(SimpleNamespace(speaker_start=12, speaker_end=30), 0, 11)
    True
    >>> t = '"Shut," said Ann Lee, who has lived here for 30 years.'
    >>> writer_describes(SimpleNamespace(speaker_start=13, speaker_end=20), t.index("30"), 47, t)
    True
    >>> t = "Ann Lee, a mother of two, said 40 left."
    >>> writer_describes(SimpleNamespace(speaker_start=0, speaker_end=7, start=31), t.index("two"), 22, t)
    True
    >>> writer_describes(SimpleNamespace(speaker_start=0, speaker_end=7, start=31), t.index("40"), 33, t)
    False
    >>> t = "The plan, which Ann Lee says will save money, passed by six votes to three."
    >>> writer_describes(SimpleNamespace(speaker_start=16, speaker_end=23, start=29, end=44), t.index("six"), 62, t)
    True
    >>> t = "The council voted 5-4, a plan Ann Lee called “a waste”."
    >>> writer_describes(SimpleNamespace(speaker_start=30, speaker_end=37, start=46, end=53), 18, 21, t)
    True
    """
    start, end = getattr(row, "speaker_start", None), getattr(row, "speaker_end", None)
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):  # no speaker span (NaN)
        return False
    if start <= pos < end or 0 <= start - phrase_end <= 1:
        return True
    if not text:
        return False
    words_start, words_end = int(getattr(row, "start", -1)), int(getattr(row, "end", -1))
    if phrase_end <= start < words_start and _NOUN_THEN_SPEAKER.search(text[phrase_end:start]):
        return True  # "The council voted 5-4, a plan neighbours slammed as …": the writer's main clause
    if 0 <= words_end <= pos and text[words_end:words_end + 1] == "," and (
            object_relative_start(text, start) is not None or text[start:end].lower() in ("which", "who")):
        return True  # "The plan, which the council says will save money, passed by six votes to three": the main clause
    about = _ABOUT_SPEAKER.match(text, end) if end <= pos else None
    if about is None and end <= pos and (pos < words_start or words_end <= start):
        # before the reported words start, or after a speaker who comes after them ("…,” said Tom Reyes,
        # a father of two.", "…,” said Maya Lin, 14.")
        about = _DESCRIBES_SPEAKER.match(text, end) or _AGE_OF_SPEAKER.match(text, end)
    return about is not None and about.end() >= pos


def credit_note(r, in_quote: bool) -> str:
    """How a figure is credited, in plain words: inside the speaker's quoted words it is theirs; in a report
    without quotation marks ("Mattis said the plan would take five years") it is the writer's summary of what
    the speaker said, in the writer's words; '' when the article states it in its own voice.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["Lee said 50 trucks left.", "Lee said “50 trucks left.”"]})
    >>> for credit in figures(arts)["credit"]:
    ...     print(credit)
    in the writer's words, not a quotation: the writer sums up what the source (Lee) said or wrote
    inside quotation marks: the source's own words (Lee)
    """
    who = (r.speaker or r.speaker_text) if r is not None else ""
    if not who:
        return ""
    if in_quote:
        return f"inside quotation marks: the source's own words ({who})"
    return f"in the writer's words, not a quotation: the writer sums up what the source ({who}) said or wrote"


def _chain(r, text: str, pos: int, cues, sets, in_quote: bool, amount: bool) -> str:
    """"Outer, citing inner, citing innermost" for an amount in reported words that nest reports; '' if none."""
    if r is None or in_quote or not amount or r.kind != "indirect" or not r.start <= pos < r.end:
        return ""
    nested = [n for n in report_chain(text, int(r.start), pos, cues, sets) if n != (r.speaker or r.speaker_text)]
    return ", citing ".join([r.speaker or r.speaker_text, *nested]) if nested else ""


def figures(articles, gazetteer=None):
    """Every number, date and amount, with its unit, a hedge word, and who the sentence credits it to.

    One row per figure: ``number`` (as written), ``value`` (as a number where it can be read),
    ``kind`` (number / number word / date / time / year / version / duration / rank / age / percent / money /
    tally: a vote tally, a score or a ratio written "5-2", one figure; two numbers for a range, "2015-2019";
    ratio: "one in three", "9 out of 10", one figure, its value the fraction),
    ``amount`` (True for a quantity a reader could check: not a date, a time of day such as "11 p.m.",
    a year, a version such as "2.0", a stretch of time such as "over five years", a rank such as
    "the two largest" or an age set off by commas after a name, "Leo Park, 17,"), ``unit`` ("people"; after "of the" and an owner, the owner's noun:
    "100 of the group's own vehicles"),
    ``hedge`` ("some", "more than"), ``phrase`` (hedge + number + unit, exact text), the sentence,
    and its attribution (empty: the article states it in its own voice). ``chain`` shows reports nested
    in the reported words ("Patrick Cockburn, citing Hoshyar Zebari, citing intelligence service of ...":
    Cockburn reported that Zebari had been informed by it); empty when no report is nested.
    ``attribution`` stays the outer source, the one the article itself names as its source. ``credit`` says
    whether the figure is in that source's quoted words or in the writer's summary of what they reported.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
    ...     "text": ["The BBC reported that more than 50 trucks left."]})
    >>> figures(arts)[["phrase", "value", "hedge", "attribution"]].values.tolist()
    [['more than 50 trucks', 50.0, 'more than', 'BBC']]
    """
    from . import cache

    frame = checked_articles(articles, "figures")
    return cache.per_article("figures", frame, lambda part: _figures(part, gazetteer), data_version(gazetteer))


class _Sentence(NamedTuple):
    article_id: str
    sentence_id: int
    start: int
    end: int


@collector_paused()
def _figures(frame, gazetteer=None):
    import pandas as pd

    lookup = attribution_lookup(quotes(frame, gazetteer))
    from .wordsets import word_sets

    sets = word_sets()
    hedge_rx = _hedge_pattern(sets.figure_hedges)
    said = speech_cue_spans(frame)  # the cues quotes() has just read (one cached pass)
    cues: dict = {}
    # (columns read as lists: stepping through a column of Arrow strings costs a call per value)
    for aid, cs, ce in zip(said["article_id"].tolist(), said["start"].tolist(), said["end"].tolist()):
        cues.setdefault(aid, []).append((int(cs), int(ce)))
    ids = frame["article_id"].tolist()
    texts = dict(zip(ids, frame["text"].tolist()))
    outlets = dict(zip(ids, frame["outlet"].tolist()))
    rows = []
    for article_id, own_text in zip(frame["article_id"].tolist(), frame["text"].tolist()):
        text = texts[article_id]
        hints = _Hints(text)
        # the sentences of kit.sentences, read from kit.segment directly rather than through its table
        for sentence_id, (_pid, start, end) in enumerate(sentence_bounds(own_text)):
            rows.extend(_sentence_figures(_Sentence(article_id, sentence_id, start, end), text, hints, sets,
                                          hedge_rx, lookup, outlets, cues))
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def _sentence_figures(s, text, hints, sets, hedge_rx, lookup, outlets, cues) -> list[dict]:
    """The rows of :func:`figures` for one sentence."""
    rows = []
    found = []
    taken: list[tuple[int, int]] = []
    # a time of day and a number hold a digit: a sentence without one is not searched for them
    digit = _DIGIT.search(text, s.start, s.end)
    scans = []
    if hints.has_date(s.start, s.end):
        scans.append((_DATE, "date", s.start))
    if digit and hints.has_time(s.start, s.end):
        scans.append((_TIME, "time", digit.start()))  # a time of day starts with its first digit
    for rx, kind, lo in scans:
        for m in rx.finditer(text, lo, s.end):
            if not any(x < m.end() and m.start() < y for x, y in taken):
                found.append((m.start(), m.end(), kind))
                taken.append((m.start(), m.end()))
    word_from = hints.number_word_from(s.start, s.end)
    first = min(x for x in (digit.start() if digit else None, word_from, s.end) if x is not None)
    lo = max(s.start, first - 24)
    for m in _RATIO.finditer(text, lo, s.end) if first < s.end and hints.has_ratio(lo, s.end) else ():
        after = _WORD_AFTER.match(text, m.end())  # "two in three days" counts goals in a stretch of time
        if not any(x < m.end() and m.start() < y for x, y in taken) and not (
                after and after.group(1).lower() in sets.duration_units):  # "one in three children": one figure
            found.append((m.start(), m.end(), "ratio"))
            taken.append((m.start(), m.end()))
    joined = hints.joined_from(s.start, s.end) if digit else None
    if joined is not None:  # "a 5-2 vote", "5-2-2019": one figure; "2015-2019": two, found below
        for m in _JOINED.finditer(text, joined, s.end):
            kind = _joined_kind(m, text, sets)
            if kind and not any(x < m.end() and m.start() < y for x, y in taken):
                found.append((m.start(), m.end(), kind))
                taken.append((m.start(), m.end()))
    scans = [_NUMBER.finditer(text, max(s.start, digit.start() - 2), s.end)] if digit else []  # "$ 5": two before
    if word_from is not None:
        scans.append(hints.number_words(word_from, s.end))
    for matches in scans:
        for m in matches:
            a, b = m.start(), m.end()
            while a < b and text[a].isspace():
                a += 1
            if any(x < b and a < y for x, y in taken):
                continue
            found.append((a, b, ""))
            taken.append((a, b))
    for a, b, when in sorted(found):
        number = text[a:b]
        kind = when or _kind(number)
        unit, unit_end = ("", b) if kind in ("date", "time", "year") else _unit(text, b, sets)
        kind = when or _unit_kind(unit, sets) or _kind(number, unit)
        if kind == "number" and not unit and len(number) <= 3 and _AGE_AFTER_NAME.search(text, max(s.start, a - 40), a) \
                and text[b:b + 1] in (",", ";", ".", "!", "?", ")") and (text[b:b + 1] == "," or b + 1 >= s.end - 1):
            kind = "age"  # "Student council president Leo Park, 17, blasted …", "said Leo Park, 17.": the writer's
        unit_end = min(unit_end, s.end)
        before = text[max(s.start, a - 30):a]
        # a quick test first: no hedge ends there (plain ASCII, where case folding is lower-casing)
        h = None if before.isascii() and not before.rstrip().lower().endswith(_hedge_last_words(sets.figure_hedges)) \
            else hedge_rx.search(text, max(s.start, a - 30), a)
        hedge_start = h.start() if h else a
        hedge = " ".join(text[h.start():a].split()) if h else ""
        phrase_end = unit_end if unit else b
        r, in_quote = attribution_at(lookup, s.article_id, a, s.sentence_id, s.start, s.end)
        clause = writer_clause_note(text, int(r.start), a, r.speaker or r.speaker_text, sets.report_nouns
                                    | sets.message_nouns | sets.document_nouns, sets.past_forms) \
            if r is not None and not in_quote and r.kind == "indirect" and r.start <= a < r.end else ""
        if r is not None and not in_quote and (
                kind == "age" or (kind in ("date", "time", "year") and not r.start <= a < r.end)
                or writer_describes(r, a, unit_end if unit else b, text) or clause):
            # a date outside the reported words ("Mattis told reporters Monday that …", "the AP reported last
            # July") or a figure in the words naming the speaker ("said 16-year-old Amira Khan") or in a
            # relative clause about the speaker ("said Maria Lopez, who has used ... for 30 years"): the writer's
            r = None
        rows.append({"article_id": s.article_id, "outlet": outlets[s.article_id],
                     "sentence_id": s.sentence_id, "start": a, "end": b, "number": number,
                     "value": float("nan") if kind in ("date", "time", "tally") else _value(number), "kind": kind,
                     "amount": kind not in NOT_AMOUNTS,
                     "unit": unit, "hedge": hedge, "phrase": text[hedge_start:phrase_end],
                     "phrase_start": hedge_start, "phrase_end": phrase_end,
                     "sentence": text[s.start:s.end], "in_quote": in_quote,
                     "attribution": (r.speaker or r.speaker_text) if r is not None else "",
                     "attribution_type": r.speaker_type if r is not None else "",
                     "cue": r.cue if r is not None else "", "cue_tone": r.cue_tone if r is not None else "",
                     "speaker_guess": bool(r.speaker_guess) if r is not None else False,
                     "chain": _chain(r, text, a, cues.get(s.article_id, ()), sets, in_quote,
                                     kind not in NOT_AMOUNTS),
                     "credit": credit_note(r, in_quote) or clause})
    return rows
