"""The word game's own rules (kit.widgets.spot_the_loaded_words): what a try of ticked words may be told.

    >>> short_choice("The story has been largely ignored by the US media")
    'The story … media'
"""

from __future__ import annotations

import re

from .result import PARTLY, CheckResult

__all__ = ["TICK_FEWER", "short_choice", "ticked_words", "tick_fewer_first", "with_short_choices"]

#: what the game asks when most of the ticked words are not on the lists: choose first, then learn why
TICK_FEWER = ("Tick fewer words first: only the ones you think push the reader. While most of your ticks are off "
              "the word lists, the game does not say which ones match the lists and why.")

_A_WORD = re.compile(r"[^\W_](?:[\w’'.-]*\w)?")


def short_choice(words: str) -> str:
    """A long run of ticked words named as short as a word is: its first two words and its last.

    >>> short_choice("In one sense"), short_choice("campaign in the hills,")
    ('In one sense', 'campaign in … hills')
    """
    found = _A_WORD.findall(words)
    return words if len(found) <= 3 else f"{found[0]} {found[1]} … {found[-1]}"


def ticked_words(text: str, runs, spans) -> tuple[int, int]:
    """How many ticked words (``runs``: ``(start, end)`` in ``text``) lie inside a flagged span, and how many outside.

    >>> ticked_words("A brutal siege ended.", [(2, 20)], __import__("pandas").DataFrame({"start": [2], "end": [8]}))
    (1, 2)
    """
    places = list(zip(spans["start"].astype(int), spans["end"].astype(int)))
    inside = outside = 0
    for a, b in runs:
        for m in _A_WORD.finditer(text, a, b):
            if any(s <= m.start() and m.end() <= e for s, e in places):
                inside += 1
            else:
                outside += 1
    return inside, outside


def tick_fewer_first(result, text: str, runs, spans, label: str):
    """None, or when more ticked words lie outside the flagged words than inside (most of a paragraph ticked), a
    result that keeps the count found and the hints but gives no word and no note of the lists: the game asks
    for a choice before it says why a word is listed.

    >>> import pandas as pd
    >>> r = CheckResult("partly", "found it. To match …", "'brutal' …")
    >>> print(tick_fewer_first(r, "A brutal siege ended.", [(0, 20)], pd.DataFrame({"start": [2], "end": [8]}), "x"))
    ◐ Partly right: found it, but 3 of your ticked words are not among the x, more than those that are.
      Tick fewer words first: only the ones you think push the reader. While most of your ticks are off the word lists, the game does not say which ones match the lists and why.
    """
    inside, outside = ticked_words(text, runs, spans)
    if not inside or outside <= inside:
        return None
    head = re.match(r"(all \d+ found|both found|found it|\d+ of \d+ found)", result.message)
    hints = [line for line in result.detail.splitlines() if "hint (of three)" in line or line.startswith("After three")]
    return CheckResult(PARTLY, (f"{head.group(1)}, but " if head else "") + f"{outside} of your ticked words are not "
                       f"among the {label}, more than those that are.", [TICK_FEWER, *hints])


def with_short_choices(result, text: str, runs):
    """``result`` with each long run of ticked words named short (:func:`short_choice`).

    >>> print(with_short_choices(CheckResult("partly", "take out ('a big long run').", ""), "a big long run", [(0, 14)]))
    ◐ Partly right: take out ('a big … run').
    """
    for a, b in runs:
        if (short := short_choice(text[a:b])) != text[a:b]:
            result.message = result.message.replace(f"'{text[a:b]}'", f"'{short}'")
            result.detail = result.detail.replace(f"'{text[a:b]}'", f"'{short}'")
    return result
