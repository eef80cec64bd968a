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

__all__ = ["ROLE", "MODIFIER", "NOT_SIDE", "role_words", "described_sides", "longest_parties", "shown_around",
           "description_span", "side_position", "other_sides", "quoters", "described_speaker"]


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


#: the words before a party's name in a description that make it a place or a partner, not whom the speaker speaks
#: for: "who defected to Turkey", "talks with the Kremlin", "quoted by RT" (teacher 57 #3)
NOT_SIDE = r"\b(?:to|into|in|at|against|with|by|about|on|towards?|near|than)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$"


def side_position(description: str, start: int) -> bool:
    """Does the name at ``start`` of ``description`` say whom the speaker speaks for, not where they went or whom they
    met (:data:`NOT_SIDE`)?

    >>> d = "who defected to Turkey and spoke for the Kremlin"
    >>> side_position(d, d.index("Turkey")), side_position(d, d.index("Kremlin"))
    (False, True)
    """
    return not re.search(NOT_SIDE, description[:start], re.IGNORECASE)


def description_span(low: str, end: int, verb=None) -> tuple[int, int] | None:
    """Where the description a student sets next to a name that ends at ``end`` of ``low`` is, as (start, end): a
    phrase set off by commas up to a comma before the next word ("Silo, who used to speak for the SDF, says"; "Silo, a
    former spokesman for the Kurdish-led SDF, says"), or in brackets ("Dillon (Russia) says"), or "from"/"of" a body
    before the verb of saying ("Silo from the Kremlin says": ``verb(word)`` tells a verb of saying); None where there
    is none. A description holds no figure and no other clause (teacher 57 #3, #12).

    >>> low = "silo, who used to speak for the sdf, says 4,000 left"
    >>> low[slice(*description_span(low, 4))]
    'who used to speak for the sdf'
    >>> low = "dillon (russia) says 3,500"
    >>> description_span("silo, dillon and the bbc say 4,000", 4), low[slice(*description_span(low, 6))]
    (None, 'russia')
    """
    # a bracket inside the description is part of it: "Silo, a former spokesman for the SDF (a Kurdish militia), says"
    m = (re.match(r"\s*,\s*((?:[^,;:.!?()\d\n]|\([^()\d]{1,60}\)){1,120}?)\s*,\s*(?=[a-z])", low[end:])
         or re.match(r"\s*\(\s*([^()\d]{1,60}?)\s*\)", low[end:]))
    if m and not re.search(r"\b(?:and|or|but|while)\s*$|^(?:and|or|but|while)\b", m.group(1)):
        return end + m.start(1), end + m.end(1)
    m = re.match(r"\s+((?:from|of)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?)\s+([a-z]+)\b", low[end:])
    if m and verb is not None and verb(m.group(2)):
        return end + m.start(1), end + m.end(1)
    return None


def other_sides(description: str) -> dict[str, str]:
    """The sides a student's description of a speaker gives that are no party of ``data/concepts.csv`` by its names
    (:func:`longest_parties` reads those), each with how a note names it: a news outlet or agency, or a country by
    the word the gazetteer names its government with ("Turkish": Turkey), written before a role word ("the WSWS
    spokesman", "a Turkish spokesman") or after "of", "for" or "from" ("spokesman for RT"); and a concept's name
    with "'s" ("Assad's spokesman": the concepts' "Assad's forces"). Not "quoted by RT" (teacher 57 #12).

    >>> other_sides("a Turkish spokesman"), other_sides("the WSWS spokesman"), other_sides("whom RT quoted")
    ({'Turkey': 'Turkey'}, {'World Socialist Web Site': 'WSWS'}, {})
    >>> other_sides("Assad's spokesman")
    {'Syrian government': 'Assad'}
    """
    from ..concepts import load_concepts
    from ..gazetteer import country_words_of, gazetteer_hits

    role = role_words()
    found: dict[str, str] = {}

    def placed(start, end):  # before a role word, or after "of"/"for"/"from"
        return bool(re.match(rf"(?:'s?|’s?)?\s+(?:[\w-]+\s+){{0,2}}?{role}\b", description[end:], re.IGNORECASE)
                    or re.search(r"\b(?:of|for|from)\s+(?:the\s+)?$", description[:start], re.IGNORECASE))
    taken: list = []
    table = load_concepts()
    for concept, surface in zip(table["concept"].astype(str), table["surface"].astype(str)):
        owner = re.match(r"([A-Z][\w-]+)'s\s", surface)  # "Assad's forces": "Assad's" names the concept
        for m in re.finditer(rf"\b{re.escape(owner.group(1))}(?='s?\s)", description) if owner else ():
            if placed(m.start(), m.end()):
                found.setdefault(concept, owner.group(1))
                taken.append(m.start())
    for start, end, name, kind in gazetteer_hits(description):
        if kind in ("media_outlet", "news_agency") and placed(start, end):
            found.setdefault(name, description[start:end])
    for word, country in country_words_of().items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", description):
            if placed(m.start(), m.end()) and not longest_parties(word) and m.start() not in taken:
                found.setdefault(country, country)
    return found


def quoters(words: str) -> dict[str, str]:
    """The news outlets and agencies (data/gazetteer.csv) that ``words`` say quoted someone, each by its gazetteer
    name with the name as written: "whom RT quoted", "quoted by Rudaw and by Sputnik" (an author field); none where
    the words say no quoting (teacher 57 #3: "Dillon, whom RT quoted," names the wrong outlet).

    >>> quoters("Col. Ryan Dillon (spokesman), as quoted by Rudaw and by Sputnik"), quoters("the RT spokesman")
    ({'Rudaw': 'Rudaw', 'Sputnik': 'Sputnik'}, {})
    """
    from ..gazetteer import gazetteer_hits

    if not re.search(r"\bquot(?:e|es|ed|ing)\b", words, re.IGNORECASE):
        return {}
    return {name: words[s:e] for s, e, name, kind in gazetteer_hits(words) if kind in ("media_outlet", "news_agency")}


def described_speaker(low: str, at: tuple, named: list, accounts: list) -> tuple[int, int, dict] | None:
    """The speaker a student names by a description with a role word ("the former SDF spokesman", "the Kurdish
    spokesman", "the former spokesman of the SDF") when the texts describe another speaker that way, not the one the
    role word alone names (in 03, "the spokesman" is Dillon; the texts call Silo "the former official spokesman of the
    Syrian Democratic Forces"): (start, end, account) over the whole description, or None. ``at`` is the (start, end)
    of the role word in the lowered sentence ``low``, ``named`` the (start, end, account) names found in it; a
    description that fits the role word's own speaker, or two speakers, changes nothing (teacher 57 #3, 58 #10).

    >>> silo = {"names": ("silo",), "one_voice": True, "described": {"sides": frozenset({"SDF"}), "former": True, "role": "spokesman"}}
    >>> dillon = {"names": ("spokesman", "dillon"), "one_voice": True, "parties": frozenset({"Coalition"})}
    >>> sdf = {"names": ("sdf",), "party": "SDF"}
    >>> low = "the former sdf spokesman says 4,000"
    >>> described_speaker(low, (15, 24), [(11, 14, sdf), (15, 24, dillon)], [silo, dillon])[:2]
    (4, 24)
    >>> described_speaker("the coalition spokesman says 3,500", (14, 23), [(4, 13, {"party": "Coalition"}), (14, 23, dillon)], [silo, dillon])
    """
    start, end = at
    front = re.search(r"\b(?:the|a|an|their|its)\s+((?:[\w'-]+\s+){1,3})$", low[:start])
    first = start - len(front.group(1)) if front else start
    back = re.match(r"\s+(?:of|for|from)\s+(?:the\s+)?", low[end:])
    after = [e for s, e, a in named if back and s == end + back.end() and a.get("party")]
    last = after[0] if after else end
    inside = [a for s, e, a in named if first <= s and e <= last and a.get("party")]
    former = bool(re.search(r"\b(?:former|ex)\b", low[first:start]))
    sides = frozenset(a["party"] for a in inside)
    if not (former or sides):
        return None
    role = low[start:end]

    def fits(account):
        told = account.get("described") or {}
        has = told.get("sides") or account.get("sides") or account.get("parties") or frozenset()
        return (not former or told.get("former")) and (not sides or sides & has) and \
            (told.get("role") == role or role in account.get("names", ()))
    own = [a for s, e, a in named if (s, e) == at]
    found = [a for a in accounts if a.get("one_voice") and not a.get("party") and fits(a)]
    if len(found) != 1 or any(fits(a) for a in own):
        return None
    return first, last, found[0]
