"""Partial quotations: a speaker's words in quotation marks, set inside the writer's own sentence.

"Officials vowed to “annihilate” ISIS" and "Mattis said the troops would stay “as long as they want
to fight.”" quote some of what was said, but the sentence around the quotation is the writer's: the
reader does not see the whole remark, only the words the writer picked out of it, in the writer's
frame. ``kit.quotes`` gives such a quotation the kind ``partial`` (with its speaker, when one is
found). One or two quoted words are a ``scare`` quote when the words around them show no speaker
(:mod:`kit.quote_kinds`, the judgement ``kit.annotate`` flags too) and the speaker rules find none either;
words after a reporting word stay ``partial`` even when no speaker is found. Neither counts among the
direct quotations of ``kit.sources``.

A quotation stays ``direct`` when it stands as a whole utterance: it opens its sentence ("“Never,”
Lee said."), follows a colon or a comma ("Lee said: “No.”"; but not inside a that-clause: "Lee said that,
after the war, “the base would grow”", nor when it starts in small letters and the writer's sentence runs on
after it: "Across town, “shouting from the rooftops” for Sanders"; nor when a noun for a remark follows it:
"his “Look over here!” line"), ends with "!" or "?" ("a man yelled
“Stay there!”"), ends with a full stop straight after its reporting word ("saying “Too many.”"; also in small letters
after a verb whose object is the clause said: "Trump says “the game has gone soft.”"; but not after
"asked", "urged" …: "He asked “the other side to explain.”"), or is
longer than two words and starts with a capital letter ("Lee said “We will stay.”"; not in a headline, where
every word has one: "Lee Says Plan Is ‘Not What We Hoped For’").

    >>> t = "Officials vowed to “annihilate” ISIS. “Never,” Lee said."
    >>> is_partial(t, t.index("annihilate"), t.index("” ISIS"), 0), is_partial(t, 39, 44, 38)
    (True, False)
"""

from __future__ import annotations

import re

from .titles import headline_cased, in_title_case

__all__ = ["is_partial", "n_words", "SCARE_MAX_WORDS", "PARTIAL_NOTE"]

#: A quotation of at most this many words that the words around it show as a scare quote stays one when
#: no speaker is found.
SCARE_MAX_WORDS = 2

#: The note of a ``partial`` row of ``kit.quotes``.
PARTIAL_NOTE = ("a partial quotation: words quoted inside the writer's own sentence, not counted among "
                "the direct quotations")

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
# a colon or comma before the opening mark, not one after a closing mark (a list: ‘stupid’, ‘useless’)
_OPENS_UTTERANCE = re.compile(r"(?<![’”\"'])[:,]\s*[“„«\"'‘]*\s*$")
_QUOTE_MARKS = "“”„«»\"'"
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_LEADING = _QUOTE_MARKS + "‘’ \t\n([.…"
#: Verbs of saying whose object is the clause said ("Trump says “the game has gone soft.”"): a quotation
#: right after one of them that ends the sentence is the whole remark, even in small letters. Not "asked",
#: "urged", "called", "promised" ...: their quotation is the writer's object or infinitive ("asked “the
#: side to explain.”").
CLAUSE_VERBS = frozenset(f"{stem}{end}" for stem, ends in (
    ("say", ("", "s", "ing")), ("said", ("",)), ("writ", ("e", "es", "ing")), ("wrote", ("",)),
    ("add", ("", "s", "ed", "ing")), ("declar", ("e", "es", "ed", "ing")), ("stat", ("e", "es", "ed", "ing")),
    ("argu", ("e", "es", "ed", "ing")), ("insist", ("", "s", "ed", "ing")), ("claim", ("", "s", "ed", "ing")),
    ("explain", ("", "s", "ed", "ing")), ("announc", ("e", "es", "ed", "ing")), ("tweet", ("", "s", "ed", "ing")),
    ("repl", ("y", "ies", "ied", "ying")), ("respond", ("", "s", "ed", "ing")), ("not", ("e", "es", "ed", "ing")),
    ("admit", ("", "s", "ted", "ting")), ("acknowledg", ("e", "es", "ed", "ing")), ("conced", ("e", "es", "ed", "ing")),
    ("conclud", ("e", "es", "ed", "ing")), ("continu", ("e", "es", "ed", "ing")), ("stress", ("", "es", "ed", "ing")),
    ("maintain", ("", "s", "ed", "ing")), ("contend", ("", "s", "ed", "ing")), ("assert", ("", "s", "ed", "ing")),
    ("answer", ("", "s", "ed", "ing")), ("declar", ("e",)), ("proclaim", ("", "s", "ed", "ing")),
    ("warn", ("", "s", "ed", "ing")), ("predict", ("", "s", "ed", "ing")), ("complain", ("", "s", "ed", "ing")))
    for end in ends)
_LAST_WORD = re.compile(r"(\w+)\W*$")
#: More words of a headline after the closing mark, on the same line.
_HEADLINE_RUNS_ON = re.compile(r"[”»\"'’]*[ \t]+[^\W\d_]")
#: A noun for a remark right after the closing mark: the quotation names the remark, inside the writer's
#: sentence (his “Second Amendment people” remark, earned “is it over?” headlines).
_NOUN_AFTER = re.compile(r"[”»\"'’]*[ \t]+(?:remarks?|comments?|line|quips?|slogans?|promise|pledge|headlines?|"
                         r"mantra|refrain|rhetoric|moment|tirade|gaffe)\b(?![’'-])")
#: A small word that carries the writer's sentence on past the closing mark: “he left” with …
_RUNS_ON = re.compile(r"[”»\"'’]*[ \t]+(?:with|for|from|into|to|in|on|at|of|about|than)\b")


def n_words(text: str, start: int, end: int) -> int:
    """How many words ``text[start:end]`` holds.

    >>> n_words("He vowed to “wipe out” ISIS.", 13, 21)
    2
    """
    return len(_WORD.findall(text, start, end))


def is_partial(text: str, start: int, end: int, sentence_start: int, cue_end: int = -1) -> bool:
    """Is ``text[start:end]`` (the words inside quotation marks) set inside the writer's own
    sentence, rather than a whole utterance? ``sentence_start`` is where its sentence starts;
    ``cue_end`` where the reporting word found for it ends (-1: none). See the module docstring.

    >>> t = "Lee called the plan a “disaster”. Lee said: “No.” Lee kept saying “Too many.”"
    >>> is_partial(t, 22, 30, 0), is_partial(t, 44, 47, 33), is_partial(t, 67, 76, 50, 65)
    (True, False, False)
    >>> t = "Lee said the troops would stay “as long as needed.” Lee said “We will stay here.”"
    >>> is_partial(t, 32, 50, 0), is_partial(t, 62, 80, 52, 60)
    (True, False)
    >>> t = "Lee says “the game has gone soft.” Lee asked “the side to explain.”"
    >>> is_partial(t, 10, 33, 0, 8), is_partial(t, 46, 66, 35, 44)
    (False, True)
    """
    words = n_words(text, start, end)
    if not words:
        return False
    if _NOUN_AFTER.match(text, end):
        return True  # his “Look at my supporter over here!” line: the quoted words name a remark
    first = text[start:end].lstrip(_LEADING)[:1]
    lower = first.islower() or first.isdigit()  # stay “as long as needed”; included “50 trucks …”
    headline = False
    if not lower and first.isupper() and (in_title_case(text, start, end) or headline_cased(text[start:end])):
        # in a headline every word has a capital, the quoted ones too: the capital says nothing there
        line_end = text.find("\n", end, end + 120)
        headline = lower = headline_cased(text[sentence_start:start] + " " + text[end:line_end if line_end >= 0
                                                                                     else end + 120])
    last = text[start:end].rstrip()[-1:]
    right_after_cue = 0 <= cue_end < start and not text[cue_end:start].strip(_QUOTE_MARKS + " \t")
    if last in "!?" or last == "." and right_after_cue and not (lower and words > SCARE_MAX_WORDS):
        return False  # yelled “Stay there!”, saying “Too many.”: a whole utterance (not: asked “the side to …”)
    if last == "." and right_after_cue:
        verb = _LAST_WORD.search(text, max(0, cue_end - 30), cue_end)
        if verb and verb.group(1).lower() in CLAUSE_VERBS:
            return False  # Trump says “the whole game has gone soft.”: the clause said, whole
    before = text[sentence_start:start].rstrip(_QUOTE_MARKS + " \t")
    if not any(ch.isalnum() for ch in before):
        return False  # “Never,” Lee said: the quotation opens the sentence
    in_that_clause = lower and 0 <= cue_end < start and _THAT.search(text, cue_end, start)
    # the writer's sentence runs on after it: the team left, “he left” with the contractors
    runs_on = lower and text[start:end].rstrip()[-1:].isalnum() and _RUNS_ON.match(text, end) \
        or headline and _HEADLINE_RUNS_ON.match(text, end)  # Ryan: ‘Hateful Images’ Have No Place
    if _OPENS_UTTERANCE.search(text, sentence_start, start) and not in_that_clause and not runs_on:
        return False  # Lee said: “No.” (but: Lee said that, after the war, “the base would grow”)
    return words <= SCARE_MAX_WORDS or lower
