"""Reading a number out of a student's answer: a number, "5", "five", "1,000", "5 articles", "I counted five".

    >>> read_number("six direct quotations"), read_number("5 or 6")
    (6, None)
"""

from __future__ import annotations

import re

__all__ = ["NUMBER_WORDS", "NOT_UNITS", "GUESS_WORDS", "as_number", "read_number", "number_in_sentence", "read_guess", "figures_in_words", "hedged_count"]


def as_number(answer):
    """The answer as an int/float (numpy numbers too), or None when it is not a number.

    >>> as_number(3), as_number("3"), as_number(True)
    (3, None, None)
    """
    import numpy as np

    if isinstance(answer, bool):
        return None
    if isinstance(answer, np.generic) and np.issubdtype(type(answer), np.number):
        return answer.item()
    if isinstance(answer, (int, float)):
        return answer
    return None


NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100, "one hundred": 100})


# words after a number that change what it means ("5 or 6", "5 more"): not a unit, so not read as one
NOT_UNITS = frozenset("or to and more less fewer plus minus times percent per point hundred thousand million "
                      "maybe ish about".split())
# words that only say a number is a guess ("about 5 i think"): a prediction is a guess, so it is read as that number
GUESS_WORDS = frozenset("about around maybe ish roughly probably prob".split())


def read_number(answer):
    """The answer as a number: a number itself, or text that is only a number ("5", " 6 ", "1,000",
    "five"), with at most two unit words after it ("5 articles", "six direct quotations"); None otherwise.

    >>> read_number(5), read_number("5"), read_number("six"), read_number("1,000"), read_number("a lot")
    (5, 5, 6, 1000, None)
    >>> read_number("5 articles"), read_number("five articles"), read_number("5 or 6"), read_number("5 more")
    (5, 5, None, None)
    """
    number = as_number(answer)
    if number is not None or not isinstance(answer, str) or len(answer) > 40:
        return number
    text = answer.strip().lower().rstrip(".")
    unit = re.fullmatch(r"(\S+)((?:\s+[a-z][a-z'-]*){1,2})", text)
    if unit and not set(unit.group(2).split()) & NOT_UNITS and read_number(unit.group(1)) is not None:
        return read_number(unit.group(1))
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+|[-+]?\d+", text):
        return int(text.replace(",", ""))
    if re.fullmatch(r"[-+]?\d+\.\d+", text):
        return float(text)
    return number_in_sentence(text)


def number_in_sentence(text: str, guess: bool = False):
    """The one number of a short sentence ("there are 5 articles", "I counted five"), or None when it holds
    none, several ("between 4 and 6") or a word that changes what the number means ("5 or 6", "about 5").

    >>> number_in_sentence("there are 5 articles"), number_in_sentence("i counted five")
    (5, 5)
    >>> number_in_sentence("between 4 and 6"), number_in_sentence("maybe 5 i think"), number_in_sentence("a lot")
    (None, None, None)
    >>> number_in_sentence("maybe 5 i think", guess=True)  # a guess: the words only say it is one
    5
    """
    words = re.findall(r"[a-z'-]+|\d[\d,.]*", text.lower())
    if guess:
        words = [w for w in words if w not in GUESS_WORDS]
    if not words or len(words) > 8 or set(words) & NOT_UNITS:
        return None
    numbers = [w for w in words if w[0].isdigit() or w in NUMBER_WORDS]
    if len(numbers) != 1:
        return None
    one = numbers[0].rstrip(".,")
    return NUMBER_WORDS.get(one) if one in NUMBER_WORDS else read_number(one)


def read_guess(answer):
    """A prediction as a number: what :func:`read_number` reads, or the one number of a short guess in words
    ("about 5 i think", "like 3 idk", "maybe five"); None when it gives none or several ("3 or 4", "idk").

    >>> read_guess("about 5 i think"), read_guess("like 3 idk"), read_guess("maybe five"), read_guess("3 or 4")
    (5, 3, 5, None)
    """
    number = read_number(answer)
    if number is None and isinstance(answer, str) and len(answer) <= 40:
        number = number_in_sentence(answer.strip().rstrip("."), guess=True)
    return number


def hedged_count(answer) -> tuple[int | None, str]:
    """A count given with a hedge ("like 3", "about 3", "maybe 3", "3ish", "3?"): (the number, "") ; two numbers ("3 or
    4", "3-4", "3 to 4"): (None, "two numbers"); anything else, a plain count included: (None, "").

    >>> hedged_count("like 3"), hedged_count("3 or 4"), hedged_count("3"), hedged_count("3 quotations"), hedged_count(3)
    ((3, ''), (None, 'two numbers'), (None, ''), (None, ''), (None, ''))
    """
    if not isinstance(answer, str) or len(answer) > 40 or read_number(answer) is not None and not re.search(
            r"\b(like|about|around|roughly|maybe|probably|prob|approximately)\b|ish\b|\?", answer.lower()):
        return None, ""
    numbers = re.findall(r"\d+|\b(?:" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")\b", answer.lower())
    if len(numbers) > 1:
        return None, "two numbers"
    number = read_guess(answer.replace("?", " ").replace("like", " "))
    return (int(number), "") if number is not None and float(number).is_integer() else (None, "")


#: the tens a figure written in words may hold, beyond :data:`NUMBER_WORDS` ("sixty", "ninety")
TENS = {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def figures_in_words(text: str) -> list[tuple[str, int]]:
    """(words, value) for each figure of a hundred or more that ``text`` writes in words ("three thousand five
    hundred", "four thousand", "fewer than three hundred"): a run of the number words of :data:`NUMBER_WORDS` and
    :data:`TENS` with "hundred" or "thousand" in it ("and" and hyphens inside it, as in "two hundred and fifty-one").

    >>> figures_in_words("Some three thousand five hundred came out, fewer than three hundred fighters, and five.")
    [('three thousand five hundred', 3500), ('three hundred', 300)]
    >>> figures_in_words("two hundred and fifty-one left, a hundred stayed")
    [('two hundred and fifty-one', 251), ('a hundred', 100)]
    """
    small = {w: v for w, v in {**NUMBER_WORDS, **TENS}.items() if " " not in w}
    word = r"(?:" + "|".join(sorted(small, key=len, reverse=True)) + r"|hundred|thousand)"
    run = rf"\b(?:a\s+)?{word}(?:(?:\s+and\s+|\s+|-){word})*\b"
    out = []
    for m in re.finditer(run, text.lower()):
        words = re.findall(r"[a-z]+", m.group(0))
        if not {"hundred", "thousand"} & set(words):
            continue
        total = current = 0
        for w in words:
            if w == "hundred":
                current = (current or 1) * 100
            elif w == "thousand":
                total, current = total + (current or 1) * 1000, 0
            elif w in small:
                current += small[w]
        if total + current >= 100:
            out.append((text[m.start():m.end()], total + current))
    return out
