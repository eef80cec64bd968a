"""When two values count as the same, and where one stands among others: one rule for charts and checks.

Two rates per 1,000 words tie when they are less than one word per 1,000 words apart (the rate of a
1,000-word article moves by 1 for each word); other columns of :func:`kit.profile` use a small step
(:data:`TIE_STEPS`: half a grade level, one point of reading ease). Values equal once rounded to one
decimal tie too, as a student sees them. Lesson 02 teaches this rule; ``kit.plots`` (the ranks under a
chart) and ``kit.exercises`` (``check_top``) both use it.

>>> tied(0.0, 0.4, "hedge_per_1k"), tied(3.0, 4.5, "hedge_per_1k")
(True, False)
>>> rank_text({"mine": 0.0, "a": 0.0, "b": 2.0, "c": 5.0}, "mine", "hedge_per_1k")
'tied for 3rd of 4'
"""

from __future__ import annotations

__all__ = ["RATE_TIE", "TIE_STEPS", "tied", "ordinal", "rank_text"]

#: Rates per 1,000 words closer than this tie.
RATE_TIE = 1.0

#: Differences up to these count as ties for the columns of kit.profile that are not rates per 1,000 words.
TIE_STEPS = {"flesch_kincaid_grade": 0.5, "flesch_reading_ease": 1.0, "avg_sentence_length": 0.5}


def tied(value: float, other: float, column: str) -> bool:
    """Do ``value`` and ``other`` (two values of ``column``) count as the same?

    >>> tied(12.6, 12.64, "flesch_reading_ease"), tied(30.0, 32.0, "flesch_reading_ease")
    (True, False)
    """
    gap = abs(value - other)
    if gap == 0 or f"{value:.1f}" == f"{other:.1f}":
        return True
    if column.endswith("_per_1k"):
        return gap < RATE_TIE
    return gap <= TIE_STEPS.get(column, 0.02 * max(abs(other), 1e-9))


def ordinal(k: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st.

    >>> [ordinal(k) for k in (1, 2, 3, 4, 11, 12, 21)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '21st']
    """
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


def rank_text(values, key, column: str) -> str:
    """Where ``values[key]`` stands, highest first: "2nd of 6", or "tied for 4th of 6" when another
    value ties with it (:func:`tied`). Values higher than it but tied with it do not push it down.

    >>> rank_text({"a": 9.0, "b": 3.0, "c": 1.0}, "b", "hedge_per_1k")
    '2nd of 3'
    """
    values = dict(values)
    value = float(values[key])
    others = [float(v) for k, v in values.items() if k != key]
    higher = sum(1 for v in others if v > value and not tied(v, value, column))
    ties = any(tied(v, value, column) for v in others)
    return f"{'tied for ' if ties else ''}{ordinal(higher + 1)} of {len(values)}"
