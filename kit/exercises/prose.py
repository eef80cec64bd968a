"""Written answers as prose: their sentences, whether they read as sentences at all (not a list of keywords),
their length, and sentences copied from the article (for the rubrics in :mod:`kit.exercises.written` and
:mod:`kit.exercises.reflection`).

    >>> sentences_of("I would look it up. Then compare.")
    ['I would look it up.', 'Then compare.']
"""

from __future__ import annotations

import re
from collections import Counter

from .answers import MAX_CHARS
from .plan_steps import shorten
from .result import BEGINNING, CheckResult, not_answered, wrong_type

__all__ = ["ABBREVIATION", "sentences_of", "reads_as_prose", "written_answer", "word_count", "copied_from",
           "copied_sentences", "copied_note", "end_quoted", "length_asked", "length_note"]


# titles and short forms whose full stop does not end a sentence
ABBREVIATION = (r"(?:^|[\s(“\"'])(?:Col|Gen|Lt|Sgt|Capt|Maj|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Pres|Rev|St|Jr|Sr|"
                r"No|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N|[A-Z])\.$")


def sentences_of(text: str) -> list[str]:
    """The sentences (and semicolon clauses) of a written answer.

    >>> sentences_of("I would search it. Then compare; and stop!")
    ['I would search it.', 'Then compare;', 'and stop!']
    >>> sentences_of("I would read Col. Ryan Dillon's statement. Then stop.")
    ["I would read Col. Ryan Dillon's statement.", 'Then stop.']
    >>> sentences_of("It writes 'This is patent nonsense.' It quotes “as long as they want to fight.” Then 'no.' and stop.")
    ["It writes 'This is patent nonsense.'", 'It quotes “as long as they want to fight.”', "Then 'no.' and stop."]
    """
    # a sentence may end inside a closing quotation mark ("… 'This is patent nonsense.' It quotes …")
    parts = [p.strip() for p in re.split(r"(?<=[.!?;])\s+|(?<=[.!?;][\"”'’])\s+(?=[\"“'‘]?[A-Z])|\n+", text.strip())
             if p.strip()]
    joined: list[str] = []
    for part in parts:  # "Col. Ryan Dillon's statement": a title's full stop does not end the sentence
        if joined and re.search(ABBREVIATION, joined[-1]):
            joined[-1] += " " + part
        else:
            joined.append(part)
    return joined


def reads_as_prose(text: str) -> str:
    """"" when the text reads as sentences; otherwise why not (a keyword list, one word repeated).

    >>> reads_as_prose("blah " * 30)
    "one word ('blah') makes up most of it"
    >>> reads_as_prose("SIFT lateral reading Wikipedia search compare trace original source outlet BBC Reuters")
    'it is a list of keywords, not sentences'
    >>> reads_as_prose("I would look up who runs the site, then compare it with the BBC report.")
    ''
    >>> reads_as_prose("I would look up who runs the site. " * 3)
    'it repeats the same sentence more than once'
    """
    words = re.findall(r"[a-z']+", text.lower())
    if not words:
        return "it has no words"
    said = [" ".join(re.findall(r"[a-z0-9']+", s.lower())) for s in re.split(r"(?<=[.!?])\s+", text.strip())]
    said = [s for s in said if len(s.split()) >= 4]
    if len(said) > len(set(said)):  # the same sentences pasted again: say so, not "one word makes up most of it"
        return "it repeats the same sentence more than once"
    word, n = Counter(words).most_common(1)[0]
    if len(words) >= 8 and (n / len(words) > 0.3 or len(set(words)) / len(words) < 0.4):
        return f"one word ({word!r}) makes up most of it"
    # words that glue a sentence together: keyword lists have almost none
    from ..framing import FUNCTION_WORDS

    if len(words) >= 6 and sum(w in FUNCTION_WORDS for w in words) / len(words) < 0.2:
        return "it is a list of keywords, not sentences"
    return ""


def written_answer(answer, what: str, min_words: int, too_short: str, short_hint: str, prose_hint: str):
    """None when the answer is prose a rubric can read; otherwise the result to return (not answered,
    not text, too long, shorter than ``min_words`` or not written in sentences).
    ``too_short`` is the message with ``{n}`` ("1 word", "3 words": what was written) and ``{min}`` (words wanted).

    >>> print(written_answer("Hi.", "plan", 5, "say more ({n}).", "Add steps.", "Write sentences."))
    ○ Beginning: say more (1 word).
      Add steps.
    """
    if answer is ...:
        return not_answered()
    if not isinstance(answer, str):
        return wrong_type(f"the answer should be your {what}, written as text in quotes.", answer)
    if len(answer) > MAX_CHARS:
        return CheckResult(BEGINNING, f"your {what} has {len(answer):,} characters; this check reads at most "
                           f"{MAX_CHARS:,}.", "Write it in your own words, a few sentences long.")
    n_words = len(answer.split())
    if n_words < min_words:
        return CheckResult(BEGINNING, too_short.format(n=word_count(n_words), min=min_words),
                           short_hint)
    not_prose = reads_as_prose(answer)
    if not_prose:
        return CheckResult(BEGINNING, f"this is not yet a {what}: {not_prose}.", prose_hint)
    return None


def word_count(n: int) -> str:
    """A number of words in plain words.

    >>> word_count(0), word_count(1), word_count(12)
    ('no words', '1 word', '12 words')
    """
    return "no words" if n == 0 else f"{n} word{'s' if n != 1 else ''}"


def copied_from(sentence: str, text: str, words: int = 8) -> bool:
    """True when ``sentence`` (of ``words`` words or more) is copied from ``text`` (the article), word for word:
    the article's words, not the student's (case, quotation marks and spacing aside).

    >>> text = "The school board voted 5-2 on Monday to ban phones. Parents said it was unfair."
    >>> copied_from("The school board voted 5-2 on Monday to ban phones.", text)
    True
    >>> copied_from("I would check whether the school board voted 5-2 on Monday.", text), copied_from("Parents said so.", text)
    (False, False)
    """
    def plain(t):
        return " ".join(re.findall(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*", t.lower().replace("’", "'")))
    said = plain(sentence)
    return bool(text) and len(said.split()) >= words and f" {said} " in f" {plain(text)} "


def copied_sentences(sentences: list, text: str, alone: int = 8) -> dict:
    """The sentences of an answer that are the article's words, pasted, each with the article's sentences it holds
    (split where a sentence ends, after a closing quotation mark too). A sentence of 8 words or more copied word for
    word is pasted (``alone`` words or more, for a rubric that reads a short copied sentence as the student's own
    verdict otherwise); in an answer with one, so is a shorter one copied word for word (a pasted paragraph).

    >>> text = "The board voted 5-2 on Monday to ban phones, a rule parents called “unfair.” Pupils were angry. It ends now."
    >>> copied_sentences(["The board voted 5-2 on Monday to ban phones, a rule parents called “unfair.” Pupils were angry.",
    ...                   "It ends now.", "I would check it."], text)
    {'The board voted 5-2 on Monday to ban phones, a rule parents called “unfair.” Pupils were angry.': ['The board voted 5-2 on Monday to ban phones, a rule parents called “unfair.”', 'Pupils were angry.'], 'It ends now.': ['It ends now.']}
    """
    if not text or not any(copied_from(s, text, words=alone) for s in sentences):
        return {}
    return {s: [p for p in re.split(r"(?<=[.!?][”\"’])\s+|(?<=[.!?])\s+(?=[“\"A-Z0-9])", s) if p.strip()]
            for s in sentences if copied_from(s, text) or copied_from(s, text, words=3)}


def end_quoted(quoted: str) -> str:
    """A quoted sentence ended with a full stop, unless it already ends on one inside its closing quotation mark.

    >>> end_quoted("“It is late.”"), end_quoted("“It is late…”")
    ('“It is late.”', '“It is late…”.')
    """
    return quoted if re.search(r"[.!?][”\"’]*”$", quoted) else quoted + "."


def copied_note(pieces: list, advice: str) -> str:
    """One line naming every sentence pasted from the article (each shortened), then ``advice``.

    >>> print(copied_note(["The board voted 5-2 on Monday to ban phones.", "Pupils were angry."], "Say what it shows."))
    Copied from the article (2 sentences): “The board voted 5-2 on Monday to ban phones.” and “Pupils were angry.” Say what it shows.
    """
    quoted = [shorten(piece, 60) for piece in pieces]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    many = f" ({len(quoted)} sentences)" if len(quoted) > 1 else ""
    return f"Copied from the article{many}: {end_quoted(listed)} {advice}"


def length_asked(min_words: int) -> str:
    """The length a reflection is asked to be, in words.

    >>> length_asked(40)
    '40–80 words'
    """
    return f"{min_words}–{2 * min_words} words"


def length_note(n_words: int, min_words: int) -> str:
    """The one wording for a reflection shorter than asked.

    >>> length_note(17, 40)
    '17 words: the task asks for 40–80 words, so add a little more about each part.'
    """
    return f"{word_count(n_words)}: the task asks for {length_asked(min_words)}, so add a little more about each part."
