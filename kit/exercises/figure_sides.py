"""Whom a text says a speaker speaks for (lesson 03, Exercise 3): the description with a role word it sets next to the
speaker's name ("the former official spokesman of the Syrian Democratic Forces, Talal Silo", "Ann Lee, a Pentagon
spokesman,", "Kremlin spokesman Ivan Petrov"), read as the coalition spokesman's own text is read from its author
field (teacher 56 #8: Silo as Dillon).

    >>> found = described_sides("The report was confirmed by the former spokesman of the SDF, Ann Lee, on Monday.", ("ann lee", "lee"))
    >>> sorted(found["sides"]), found["former"], found["role"]
    (['SDF'], True, 'spokesman')
"""

from __future__ import annotations

import re

__all__ = ["ROLE", "MODIFIER", "role_words", "described_sides", "longest_parties", "shown_around"]


def role_words() -> str:
    """The role words of a description (:data:`.source_checks.ROLE_WORDS`: "spokesman", "minister", "official"), as
    one pattern.

    >>> bool(re.fullmatch(role_words(), "spokesman")), bool(re.fullmatch(role_words(), "convoy"))
    (True, False)
    """
    from .source_checks import ROLE_WORDS

    return r"(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")"


#: a word that may stand before a role word in a description ("former", "official", "Pentagon", "Kremlin's"): not a
#: verb or a little word that ends the phrase ("was confirmed by the former spokesman": the phrase is "the former
#: spokesman")
MODIFIER = (r"(?:(?!(?:by|was|were|is|are|be|been|said|says|told|and|or|but|that|to|from|with|in|on|at|as|also)\b)"
            r"[\w'’.-]+\s+)")

#: a role word with what follows it: "spokesman of the Syrian Democratic Forces", "spokesman"
ROLE = r"\b{role}\b(?:\s+(?:of|for)\s+(?:the\s+)?[\w'’.-]+(?:\s+[A-Z][\w'’.-]*){{0,3}})?"


def described_sides(text: str, names) -> dict:
    """The description a text gives a speaker (``names``: the speaker's names, lowered), in the first sentence that
    sets one next to a name: the parties it names (``sides``), whether it says "former" (``former``), its role word
    (``role``), the sentence, and where the description and the name are in it (``span``). Empty where none does.

    >>> found = described_sides("Kremlin spokesman Ivan Petrov said so.", ("ivan petrov", "petrov"))
    >>> sorted(found["sides"]), found["former"], found["span"]
    (['Russia'], False, (0, 29))
    >>> described_sides("Ann Lee, a Pentagon spokesman, said so.", ("ann lee",))["sides"]
    frozenset({'United States'})
    >>> described_sides("Col. Ann Lee, spokesman for Operation Inherent Resolve, said so.", ("ann lee",))["role"]
    'spokesman'
    >>> described_sides("Silo also charged that ISIS fighters left Manbij.", ("silo",))
    {}
    """
    from ..segment import sentence_bounds

    role = ROLE.format(role=role_words())
    before = re.compile(rf"((?:\b(?:the|a|an)\s+)?{MODIFIER}{{0,4}}{role})\s*,?\s*$", re.IGNORECASE)
    # after the name, with or without "the" ("Ryan Dillon, spokesman for Operation Inherent Resolve,": teacher 57 #1)
    after = re.compile(rf"^\s*,\s*((?:(?:the|a|an|his|her)\s+)?{MODIFIER}{{0,4}}?{role})", re.IGNORECASE)
    for _p, start, end in sentence_bounds(str(text)):
        sentence = str(text)[start:end]
        for name in sorted(names, key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence, re.IGNORECASE):
                pre, post = before.search(sentence[:m.start()]), after.match(sentence[m.end():])
                phrase = pre.group(1) if pre else post.group(1) if post else ""
                if not phrase:
                    continue
                spot = (pre.start(1), m.end()) if pre else (m.start(), m.end() + post.end(1))
                return {"sides": longest_parties(phrase), "former": bool(re.search(r"\b(?:former|ex)\b", phrase, re.IGNORECASE)),
                        "role": re.findall(rf"\b{role_words()}\b", phrase, re.IGNORECASE)[-1].lower(),
                        "sentence": sentence.strip(), "span": (spot[0] - (len(sentence) - len(sentence.lstrip())),
                                                               spot[1] - (len(sentence) - len(sentence.lstrip())))}
    return {}


def longest_parties(phrase: str) -> frozenset:
    """The parties a description names (``data/concepts.csv``, as written, with capitals), each name read whole: a
    name inside a longer one is the longer one's ("Syrian" in "Syrian Democratic Forces": the SDF only).

    >>> sorted(longest_parties("spokesman of the Syrian Democratic Forces")), sorted(longest_parties("Kremlin spokesman"))
    (['SDF'], ['Russia'])
    """
    from .headline_sources import actor_names

    found = [(m.start(), m.end(), concept) for name, concept in actor_names().items()
             for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", phrase)]
    return frozenset(c for s, e, c in found if not any(o[0] <= s and e <= o[1] and o[1] - o[0] > e - s for o in found))


def shown_around(sentence: str, span: tuple, most: int = 200) -> str:
    """``sentence`` as a note quotes it: whole where it is ``most`` characters or fewer; else the words of ``span``
    (where the description and the name are) with whole words around them up to ``most`` characters, and "…" where
    words are left out. A quotation never starts or ends inside a word (teacher 56 #1).

    >>> shown_around("Ann Lee, a Pentagon spokesman, said so.", (0, 29))
    'Ann Lee, a Pentagon spokesman, said so.'
    >>> shown_around("One two three four five six seven", (8, 18), most=20)
    '…two three four five…'
    """
    if len(sentence) <= most:
        return sentence
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence)]
    inside = [i for i, (s, e) in enumerate(words) if e > span[0] and s < span[1]] or [0]
    first, last = inside[0], inside[-1]
    while True:  # add a word on the right, then on the left, while it fits
        grown = False
        for step in ((0, 1), (-1, 0)):
            a, b = first + step[0], last + step[1]
            if 0 <= a and b < len(words) and words[b][1] - words[a][0] <= most:
                first, last, grown = a, b, True
        if not grown:
            break
    shown = sentence[words[first][0]:words[last][1]]
    return ("…" if first else "") + shown + ("…" if last < len(words) - 1 else "")
