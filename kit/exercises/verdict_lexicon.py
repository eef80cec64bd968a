"""The verdict words of ``data/verdict_words.csv`` (mirrored pairs, intensifiers, other spellings, tone words), read
once and cached: the word list every verdict reader (:mod:`.verdicts`) uses.

    >>> ("true", "false", "is") in verdict_pairs(), verdict_tone("lol"), "cap" in page_only_words()
    (True, 'mocks', True)
"""

from __future__ import annotations

import re

__all__ = ["verdict_pairs", "verdict_tone", "plain_verdict_words", "verdict_intensifiers", "verdict_words",
           "page_only_words", "VERDICT_CACHE", "VERDICT_HEADER", "PERCENT", "NOT_FULLY_SURE", "EXTRA_VERDICT_WORDS",
           "EXTRA_NOUNS"]

VERDICT_CACHE: dict = {}
VERDICT_HEADER = ["vouches", "doubts", "after"]


def verdict_pairs() -> list[tuple[str, str, str]]:
    """The mirrored verdict pairs of ``data/verdict_words.csv``: (vouches, doubts, after), where ``after`` is
    "is" (the words follow "is", "are", "was", "must be" …), "alone" (the words are a verdict on their own) or
    "page" (words with a plain meaning too, "cap", "spin": a verdict only when said of the page itself, "that's cap",
    "it's all spin", never "it is a cap on spending") or "headline" (a verdict only when a headline says it of its
    claim, "…, unproven": in a student's own words, "the claim is unproven" says what is still unknown). A pair
    marked "plain" is read as "is": its words are also plain words of truth (:func:`plain_verdict_words`).

    >>> ("true", "false", "is") in verdict_pairs(), ("checks out", "does not check out", "alone") in verdict_pairs()
    (True, True)
    """
    from ..datafiles import csv_lines, data_path
    from ..errors import LexiconError

    stamp, lines = csv_lines("verdict_words.csv", VERDICT_HEADER)
    if VERDICT_CACHE.get("stamp") != stamp:
        path = data_path("verdict_words.csv")
        pairs, intensifiers, spellings, plain, tones, nouns = [], [], {}, set(), {}, {}
        for line, row in lines:
            row = [re.sub(r"(?<=\w)-(?=\w)", " ", cell.strip().lower()) for cell in row]  # "made-up" = "made up"
            if not any(row):
                continue
            if len(row) == 3 and row[2] == "intensifier" and row[0] and row[1] in ("before", "after", "either", "clause"):
                intensifiers.append((row[0], row[1]))
                continue
            if len(row) == 3 and row[2] == "tone" and row[0] and re.fullmatch(r"[a-z]+s", row[1]):
                tones[row[0]] = row[1]
                continue
            if len(row) == 3 and row[2] == "noun" and row[0] and row[1]:  # "sketch": "a sketch" is a drawing
                nouns[row[0]] = row[1]
                continue
            if len(row) == 3 and row[2] == "spelling" and row[0] and row[1] and row[0] != row[1]:
                spellings[row[1]] = row[0]
                continue
            if len(row) == 3 and row[2] == "plain" and row[0] and row[1] and row[0] != row[1]:
                plain |= {row[0], row[1]}
                row[2] = "is"
            if len(row) != 3 or not row[0] or not row[1] or row[0] == row[1] or row[2] not in ("is", "alone", "page", "headline"):
                raise LexiconError(f"{path.name}: line {line} is {row}", file=str(path), field="vouches", line=line,
                                   fix="Write a verdict, its mirror (the same verdict the other way), and 'is' or "
                                       "'alone' (or 'page': only said of the page itself; 'headline': only in a "
                                       "headline; 'plain': as 'is', and both are plain words of truth, true,false,plain), with commas between, e.g. honest,lying,is; or a word that "
                                       "strengthens or softens a verdict, where it stands ('before', 'after', "
                                       "'either' or 'clause': only at the start of a verdict's clause) and 'intensifier' (e.g. fr,after,intensifier); or a listed word, another way to write it and "
                                       "'spelling' (e.g. cap,🧢,spelling); or a word that judges by its tone, what it does to the claim and "
                                       "'tone' (e.g. lol,mocks,tone); or a verdict word that is a plain noun after 'a' or 'the', what it "
                                       "names and 'noun' (e.g. sketch,a drawing,noun)")
            pairs.append((row[0], row[1], row[2]))
        VERDICT_CACHE.update(stamp=stamp, pairs=pairs, intensifiers=intensifiers, spellings=spellings, pattern=None, plain=frozenset(plain), tones=tones, nouns=nouns,
                             its=None, strong=None, fragment=None, words=None, run_on=None,
                             nouns_of=None, qualified=None)
    return VERDICT_CACHE["pairs"]


def verdict_tone(word: str) -> str:
    """What a word of ``data/verdict_words.csv`` marked "tone" does to the claim ("lol": "mocks"), or "" for any other
    word: it judges by laughing at the claim, not by calling it true or false.

    >>> verdict_tone("lol"), verdict_tone("fake")
    ('mocks', '')
    """
    verdict_pairs()
    return VERDICT_CACHE["tones"].get(word.lower(), "")


def plain_verdict_words() -> frozenset:
    """The plain words of truth of ``data/verdict_words.csv`` (pairs marked "plain": true/false, right/wrong,
    real/fake …), both words of each pair: a question a check can answer ("to see if the story is true"), and words
    that also qualify a noun or agree ("real numbers", "true, both …"), unlike "sus", "legit" or "cap".

    >>> sorted({"true", "false", "right", "wrong", "sus", "legit"} & plain_verdict_words())
    ['false', 'right', 'true', 'wrong']
    """
    verdict_pairs()
    return VERDICT_CACHE["plain"]


def verdict_intensifiers() -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The words of ``data/verdict_words.csv`` that strengthen or soften a verdict next to them, with where they stand
    ("big" before, "ngl" or "fr" either side: rows ending in "intensifier"), and the other spellings of its words
    ("🧢" for "cap", rows ending in "spelling").

    >>> words, spellings = verdict_intensifiers()
    >>> ("lowkey", "either") in words, ("fr", "either") in words, spellings["🧢"]
    (True, True, 'cap')
    """
    verdict_pairs()
    return VERDICT_CACHE["intensifiers"], VERDICT_CACHE["spellings"]

#: a percentage ("100%", "50 %", "99.9 percent"): next to a verdict word it says how sure, not a figure
PERCENT = r"\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)"
#: "not 100% sure", "not totally convinced": doubts as "not sure" does, and the percentage is no figure (student 48)
NOT_FULLY_SURE = rf"\bnot (?:{PERCENT}|completely|totally|entirely|fully|quite|too|so|that|very|really) (?=sure\b|convinced\b)"

def verdict_words() -> str:
    """One regular-expression alternation of the verdict words of ``data/verdict_words.csv`` said after "is" (both
    sides, longest first: "is", "plain" and "page" rows), for a check that reads them inside its own phrases.

    >>> [bool(re.fullmatch(verdict_words(), w)) for w in ("sketchy", "legit", "cap", "biased", "the")]
    [True, True, True, True, False]
    """
    verdict_pairs()
    if VERDICT_CACHE.get("words") is None:
        found = sorted({w for a, b, after in verdict_pairs() if after in ("is", "page") for w in (a, b)}, key=len,
                       reverse=True)
        VERDICT_CACHE["words"] = "(?:" + "|".join(re.escape(w) for w in found) + ")"
    return VERDICT_CACHE["words"]

def page_only_words() -> frozenset:
    """The words of ``data/verdict_words.csv`` that are a verdict only when said of the page (in "page" pairs only).

    >>> "cap" in page_only_words(), "true" in page_only_words()
    (True, False)
    """
    pairs = verdict_pairs()
    anywhere = {w for a, b, after in pairs if after != "page" for w in (a, b)}
    return frozenset(w for a, b, after in pairs if after == "page" for w in (a, b) if w not in anywhere)

#: words that judge as the verdict words do, read after "its" and next to an intensifier too
EXTRA_VERDICT_WORDS = ("lies", "lying", "propaganda", "biased", "wrong", "right", "real", "nonsense", "rubbish", "a lie",
                       "a hoax")
#: verdict words that are nouns with no article (the rest are read by their article: "a lie", "the truth")
EXTRA_NOUNS = ("propaganda", "nonsense", "rubbish", "bs", "trash", "spin", "misinformation", "disinformation")
