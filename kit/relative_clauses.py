"""Relative clauses: the noun a ", who …" clause hangs on, and a quotation inside such a clause.

In "Lee met Roe, who called it “a disaster.”" the subject of "called" is "who", and "who" stands
for the noun right before it (Roe), not for the subject of the sentence (Lee). In "The voters, who
called it “a disaster,” rejected the plan" the quotation belongs to "called", inside the relative
clause; "rejected" is the main verb of "The voters" and reports nothing about the quotation.
A clause that describes a noun of someone's reported words ("Lee said the army would stay until the war
that the rebels began five years ago ends") is the writer's: kit.figures credits a figure there to the
writer (:func:`writer_clause_note`).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee met Ann Roe, who called it “a disaster.”"]}), "example"))[0]
    >>> relative_antecedent(art, 0, art.text.index("who"))["speaker"]
    'Ann Roe'
"""

from __future__ import annotations

import re

from .clause_subjects import source_list
from .described_subjects import PREPOSITIONS
from .group_phrases import group_noun
from .names import WORD, Article
from .speaker_phrases import DETERMINERS, end_of_words, name_head, plain_phrase

__all__ = ["gap_report_end", "names_a_source", "object_relative_start", "quote_in_relative_clause", "relative_antecedent", "relative_report_end", "whole_source",
           "writer_clause_note", "writer_clauses", "writer_clauses_note"]

#: Kinds of names a relative "who" or "which" can stand for when it reports words.
_SOURCE_TYPES = frozenset({"named person", "organisation", "media outlet", "anonymous"})

#: Words that open a noun phrase: "the", "a", "some", "his" …
_OPENERS = DETERMINERS | {"a", "an", "my", "your"}

#: A bracket after a name: "Ann Lee (D-MA), who".
_BRACKET = re.compile(r"\s*\([^()]{1,30}\)\s*$")


def relative_antecedent(art: Article, lo: int, rel: int) -> dict | None:
    """The noun that a relative pronoun starting at ``rel`` stands for: the name or the described
    source that ends right before it ("Lee met Ann Roe, who" -> Ann Roe; "The voters, who" -> the
    voters; "a consultant who" -> a consultant), looked for in text[lo:rel]. None when the words
    before it are not a source (a place, a thing: "the plan, which").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lavrov met the deputies, who called it “a disaster.”"]}), "example"))[0]
    >>> relative_antecedent(art, 0, art.text.index("who"))["text"]
    'the deputies'
    """
    text = art.text
    end = end_of_words(text, rel)
    comma = text[end - 1:end] == ","  # "shop owners, who": the clause adds to a noun already complete
    if comma:
        end = end_of_words(text, end - 1)
    bracket = _BRACKET.search(text, max(lo, end - 34), end) if text[end - 1:end] == ")" else None
    if bracket:
        end = end_of_words(text, bracket.start())
    if end <= lo:
        return None
    cands = [c for c in art.candidates(max(lo, end - 80), end) if c["end"] == end
             or (c["end"] == end - 1 and text[end - 1] == ".")]
    if cands:
        c = cands[-1]
        if c["type"] not in _SOURCE_TYPES:
            return None  # "in Moscow, who": not who the clause is about
        found = name_head(art, c["start"], end)
        return found if found is not None and found["start"] == c["start"] else c
    words = list(WORD.finditer(text, max(lo, end - 60), end))
    if not words or words[-1].end() != end:
        return None
    start = len(words) - 1
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if text[words[k].end():words[k + 1].start() if k + 1 < len(words) else end].strip(" \t-’'"):
            break  # punctuation: the phrase does not reach back past it
        if words[k].group(0).lower() in _OPENERS:
            start = k
            break
        if comma and k < len(words) - 1 and words[k].group(0) in PREPOSITIONS:
            break  # "rejected by shop owners, who", "60 percent of shop owners, who": the noun starts after it
        if k < len(words) - 1 and not words[k].group(0)[:1].isupper() and (
                words[k].group(0).lower().endswith(("ed", "s")) or words[k].group(0).lower() in art.sets.auxiliaries
                or words[k].group(0).lower() in art.sets.past_forms or words[k].group(0).lower() in ("been", "being")):
            break  # "Lee met voters, who": a verb before the noun is not part of it
        start = k
    found = plain_phrase(art, words[start].start(), end, "subject")
    last = words[-1].group(0)
    if found is None and text.startswith("who", rel) and re.fullmatch(r"[a-z]+s", last) \
            and (start == len(words) - 1 or comma and len(words) - start <= 3 and all(
                re.fullmatch(r"[a-z-]+", w.group(0)) and not w.group(0).endswith("ing")
                and w.group(0) not in PREPOSITIONS for w in words[start:])):
        # "Lee met voters, who said", "rejected by shop owners, who": a plural noun for people with no word
        # before it that opens a noun phrase
        phrase = text[words[start].start():end]
        return {"start": words[start].start(), "end": end, "text": phrase, "speaker": phrase, "type": "anonymous",
                "gaz_type": "", "note": "the source is described, not named"}
    if found is None or found.get("type") == "pronoun":
        return None
    if found.get("type") == "description":  # "the Mexican president, who": the mention becomes "who",
        found["described"] = found["text"]  # and the guess of who the president is reads these words
    return found


#: An opening relative clause before a quotation: ", who called it ", ", which described the deal as ".
_RELATIVE_OPEN = re.compile(r",[ \t]*(?:who|which)[ \t]+[^,;:“”\"()\n]*$")


def quote_in_relative_clause(art: Article, lo: int, o: int, speech) -> bool:
    """Is the quotation that opens at ``o`` inside a relative clause set off by a comma whose own
    reporting word stands before it ("The voters, who called it “a disaster,” rejected the plan")? Then
    the quotation is that word's, and a verb after the clause ("rejected") belongs to the noun the clause
    hangs on and reports nothing about the quotation. ``speech`` keeps the reporting words that report
    speech, as in kit.speaker_rules.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The voters, who called it “a disaster,” rejected the plan."]}), "example"))[0]
    >>> quote_in_relative_clause(art, 0, art.text.index("“"), lambda cues: cues)
    True
    """
    m = _RELATIVE_OPEN.search(art.text, max(lo, o - 100), o)
    return m is not None and bool(speech(art.cues_in(m.start(), o)))


def relative_report_end(art: Article, rel: int, start: int, end: int) -> int:
    """Where the words reported inside a relative clause set off by commas end: "The council, which said the plan was
    dead, closed the park" reports "the plan was dead". The relative pronoun at ``rel`` ("which", "who") is the
    subject of the reporting word, and ``start``-``end`` is the span found so far; the clause ends at the comma after
    which the main clause goes on with its own verb (a helping verb, an irregular past form of data/word_sets.csv
    or a verb in -ed: "closed"; perhaps after an adverb). A comma followed by anything else ("and that …", a name)
    stays inside what was said. ``end`` when the pronoun does not follow a comma or no such comma is found.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "The council, which said the plan was dead, closed the park."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> t[t.index("the plan"):relative_report_end(art, t.index("which"), t.index("the plan"), len(t) - 1)]
    'the plan was dead'
    """
    text = art.text
    if text[end_of_words(text, rel) - 1:end_of_words(text, rel)] != ",":
        return end  # "the man who said …": a clause with no commas, whose end the words do not show
    sets = art.sets
    commas = [start + m.start() for m in re.finditer(r",[ \t]+", text[start:end])]
    aside = False  # after ", drafted in May": the next comma closes that phrase, not the relative clause
    for k, comma in enumerate(commas):
        if text.count("“", start, comma) != text.count("”", start, comma) or text.count('"', start, comma) % 2:
            continue  # a comma inside a quotation
        words = [w.group(0) for w in WORD.finditer(text, comma + 1, min(end, comma + 60))][:3]
        while words and words[0].lower() in sets.adverbs - sets.auxiliaries - _JOINING:
            words.pop(0)  # ", later closed the park"
        if not words or not words[0].islower() or aside:
            aside = False
            continue
        verb, after = words[0].lower(), words[1].lower() if len(words) > 1 else ""
        if re.fullmatch(r"[a-z]{2,}ed", verb) and after in PREPOSITIONS and k + 1 < len(commas):
            aside = True  # "the plan, drafted in May, was dead": a participle describing the noun before it
        elif verb in sets.auxiliaries or verb in sets.past_forms or re.fullmatch(r"[a-z]{2,}ed", verb):
            return end_of_words(text, comma)
    return end


#: Words that open a new subject inside the reported words: then a helping verb is that subject's, not the main clause's.
_NEW_SUBJECT = frozenset({"it", "he", "she", "they", "we", "i", "you", "that", "this", "there", "and", "or", "but",
                          "not", "what", "who", "which"})


def gap_report_end(art: Article, start: int, end: int, lo: int | None = None, head: int | None = None) -> int:
    """Where words reported with no subject of their own end, before the main clause's verb: in "The town the Pentagon
    says was hit is calm" what was said is "was hit" (the town was hit); "is calm" is the writer's. The words at
    ``start`` open with a helping verb (``auxiliaries`` of data/word_sets.csv); they end before the next one, when
    up to four words in lower case stand between, none a pronoun, a determiner or a joining word that could open a
    subject of its own ("will prove it is safe" goes on). ``end`` when the words do not open so. Given the sentence's
    start ``lo`` and the speaker's start ``head``, with no verb between them, the words also end before the
    sentence's own verb in the past ("The plan the Pentagon says will cut costs passed on Monday").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> t = "The town the Kremlin says was hit is calm."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> t[t.index("was"):gap_report_end(art, t.index("was"), len(t) - 1)]
    'was hit'
    >>> t = "The plan the Kremlin says will cut costs passed on Monday."
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [t]}), "example"))[0]
    >>> t[t.index("will"):gap_report_end(art, t.index("will"), len(t) - 1, 0, t.index("Kremlin"))]
    'will cut costs'
    """
    text, aux = art.text, art.sets.auxiliaries
    words = list(WORD.finditer(text, start, end))
    if not words or words[0].group(0).lower() not in aux:
        return end
    for i, w in enumerate(words[1:6], 1):
        low = w.group(0).lower()
        if low in aux and i > 1 and words[i - 1].group(0).lower() not in aux:
            return words[i - 1].end()
        if low in _NEW_SUBJECT | DETERMINERS or not re.fullmatch(r"[a-z][a-z-]*", w.group(0)) \
                or re.search(r"[^\s]", text[words[i - 1].end():w.start()]):
            break  # a new subject, a name, a number or a mark: the clause may go on
    if lo is None or head is None or not _subject_noun(art, lo, head):
        return end  # the noun is not the sentence's subject ("Lee backs a plan the council says will cut costs")
    past = _main_past_verb(art, words, end)
    nouns = [w for w in WORD.findall(text, lo, head) if w.lower() not in DETERMINERS | {"a", "an"}]
    if past != end or not nouns:
        return past
    return _main_plural_verb(words, end) if _PLURAL_S.fullmatch(nouns[-1]) else _main_present_verb(words, end)


def _subject_noun(art: Article, lo: int, hi: int) -> bool:
    """Do the words text[lo:hi] open the sentence with a noun and its determiner, and nothing else ("The plan the",
    "The new town")? Then the sentence's own verb comes after the report."""
    words = [w.lower() for w in WORD.findall(art.text, lo, hi)]
    sets = art.sets
    return 2 <= len(words) <= 5 and words[0] in DETERMINERS | {"a", "an"} and not any(
        w in sets.auxiliaries or w in sets.past_forms or w in _NEW_SUBJECT or re.fullmatch(r"[a-z]{2,}(?:ed|s)", w)
        for w in words[1:-1])


def _main_past_verb(art: Article, words: list, end: int) -> int:
    """Where the sentence's own verb in the past stands after words reported with no subject of their own: in "The
    plan the Pentagon says will cut costs passed on Monday" the plan passed; "will cut costs" is what was said. The
    verb is a past form (``past_forms`` of data/word_sets.csv, or a word in -ed) with no helping verb, "to" or
    "not" before it ("was hit", "has passed", "to be finished" go on) and no "by" after it ("costs approved by
    Congress" describes the costs), no determiner before it ("a failed promise"), before any mark; ``end`` when
    there is none. Only when the sentence has no verb before the report's noun (``lo`` to ``head``).
    """
    text, sets = art.text, art.sets
    for i in range(2, min(len(words), 12)):
        w, before = words[i], words[i - 1].group(0).lower()
        if re.search(r"[^\s]", text[words[i - 1].end():w.start()]):
            return end  # a mark: the clause may go on past it
        low = w.group(0)
        if not (low in sets.past_forms or re.fullmatch(r"[a-z]{3,}ed", low)) or before in sets.auxiliaries \
                or low in sets.auxiliaries or before in DETERMINERS or before in _NEW_SUBJECT \
                or before in ("to", "never", "be", "been", "being", "get", "got", "a", "an") \
                or before.endswith("ly") or before in sets.adverbs:
            continue
        after = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if after == "by":
            continue
        return words[i - 1].end()
    return end


def _main_present_verb(words: list, end: int) -> int:
    """Where the sentence's own verb in the present stands after words reported with no subject of their own, when
    the subject is one thing: in "The plan the Pentagon says will cut costs needs a vote" the plan needs a vote. A
    word in -s can be a plural noun ("costs") or a verb that agrees with one thing ("needs"); after a helping verb
    and its verb, the first word in -s is the verb's object, so the verb is a word in -s right after a plural, not
    after a helping verb, with "a", "the", "to" or another determiner after it. ``end`` when there is none."""
    for i in range(3, min(len(words) - 1, 12)):
        w, prev, nxt = words[i], words[i - 1], words[i + 1].group(0).lower()
        if re.search(r"[^\s]", words[i - 1].string[prev.end():w.start()]):
            return end  # a mark: the clause may go on past it
        if _PLURAL_S.fullmatch(w.group(0)) and _PLURAL_S.fullmatch(prev.group(0)) \
                and nxt in DETERMINERS | {"a", "an", "to"}:
            return prev.end()
    return end


def _main_plural_verb(words: list, end: int) -> int:
    """Where the sentence's own verb in the present stands after words reported with no subject of their own, when
    the subject is more than one thing: in "The plans the Pentagon says will cut costs need a vote" the plans need a
    vote. A verb that agrees with a plural has no -s, so it is a plain word in lower case right after a word in -s
    (the reported verb's object, "costs"), with "a", "the", "to" or another determiner after it; not a preposition,
    a determiner or a word in -ly, -ing or -ed but -eed ("need", "exceed" are plain; "will cut costs across the state"
    goes on). ``end`` when there is none."""
    for i in range(3, min(len(words) - 1, 12)):
        w, prev, nxt = words[i], words[i - 1], words[i + 1].group(0).lower()
        if re.search(r"[^\s]", words[i - 1].string[prev.end():w.start()]):
            return end  # a mark: the clause may go on past it
        low = w.group(0)
        if _PLURAL_S.fullmatch(prev.group(0)) and nxt in DETERMINERS | {"a", "an", "to"} \
                and re.fullmatch(r"[a-z]{2,}", low) and not low.endswith(("s", "ly", "ing")) \
                and (not low.endswith("ed") or low.endswith("eed")) \
                and low not in PREPOSITIONS | DETERMINERS | _NOT_A_PLURAL_VERB:
            return prev.end()
    return end


#: Words that stand between a plural and a determiner and are no verb: prepositions beyond the PREPOSITIONS set,
#: joining words ("will cut jobs across the state", "will raise costs while the state …").
_NOT_A_PLURAL_VERB = frozenset({"across", "through", "throughout", "without", "within", "near", "toward", "towards",
                                "behind", "beyond", "along", "around", "despite", "via", "per", "upon", "onto", "off",
                                "out", "up", "down", "as", "but", "so", "if", "when", "while", "because", "though",
                                "unless", "until", "since", "than", "then", "that", "what", "who", "which", "where",
                                "how", "why", "not", "only", "even", "also", "all", "both", "each", "every", "more",
                                "most", "less", "few", "many", "much", "next", "last", "this", "these", "those"})


#: A word in lower case ending in -s that is no "-ss", "-us" or owner ("costs", "needs"; not "press", "bus").
_PLURAL_S = re.compile(r"[a-z][a-z-]*[^su’'s]s")


#: ", which", ", who" or ", whom" right before a speaker (perhaps with "the", which a speaker's span may or may not hold).
_OBJECT_RELATIVE = re.compile(r",[ \t]*(which|who|whom)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)


def object_relative_start(text: str, speaker_start: int, lo: int | None = None, sets=None) -> int | None:
    """Where the relative pronoun starts when the speaker at ``speaker_start`` opens a relative clause set off by a
    comma whose pronoun is the subject of the reported words: "The plan, which the council says will save money,
    passed on Monday" (the council says [the plan] will save money). :func:`relative_report_end` then ends what was
    said where that clause ends: "passed on Monday" is the writer's. None for any other speaker. Given the sentence's
    start ``lo`` and the word sets, also None when a verb stands before the clause ("Lee has blasted the plan, which
    he said leaves voters, especially the poor, disenfranchised"): the clause closes the sentence, no main verb follows.

    >>> t = "The plan, which the council says will save money, passed on Monday."
    >>> t[object_relative_start(t, t.index("council")):][:5], object_relative_start(t, 0)
    ('which', None)
    """
    m = _OBJECT_RELATIVE.search(text, max(0, speaker_start - 14), speaker_start) if speaker_start > 0 else None
    if m and sets is not None and lo is not None and any(
            w.lower() in sets.auxiliaries or w.lower() in sets.past_forms or re.fullmatch(r"[a-z]{2,}ed", w)
            for w in WORD.findall(text, lo, m.start())):
        return None
    return m.start(1) if m else None


#: Joining words among the ``adverbs`` of data/word_sets.csv: after a comma they go on with what was said.
_JOINING = frozenset("and but or so as because while though although if when whereas yet".split())


def whole_source(art: Article, lo: int, hi: int) -> dict | None:
    """The subject of a relative clause when the words text[lo:hi] are all of it and name a source:
    a described group ("what the critics have called"), a group named by its agency ("what Pentagon
    officials called") or a list ("what the Times and the Post each called"). None otherwise.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "It is what the critics have called a “scheme.”"]}), "example"))[0]
    >>> whole_source(art, 11, 22)["speaker"]
    'the critics'
    """
    found = source_list(art, lo, hi)
    if found is None or found["start"] != lo or found["end"] != end_of_words(art.text, hi):
        return None
    return found if found.get("type") in _SOURCE_TYPES else None


#: A noun phrase and the word that opens a clause describing it: "the war that", "a deal which", "the
#: men who". The noun is a word in lower case after a determiner and up to two more words.
_RELATIVE = re.compile(r"\b(?P<noun>(?:the|a|an|its|their|his|her|this|these|those)[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}"
                       r"[a-z][\w’'-]*),?[ \t]+(?P<rel>that|which|who|whom|whose)[ \t]+", re.IGNORECASE)

#: Words that show the main clause goes on after the describing clause ended: "the plan that he backed
#: would cost …", or punctuation that closes it.
_MAIN_AGAIN = re.compile(r"[,;:()–—]|\b(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had"
                         r"|does|do|did|that|which|who)\b")

#: Small words that are never the noun a clause describes.
_NOT_NOUNS = frozenset({"said", "says", "say", "told", "so", "such", "one", "all", "and", "or", "but"})


#: Pronouns that can be the subject of a describing clause: "the plan that they regarded as bloated".
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})

#: Words that may stand between a clause's subject and its verb: "the war that the CIA itself orchestrated".
_BETWEEN = frozenset({"itself", "himself", "herself", "themselves", "also", "never", "once", "first", "later"})


def _past_verb(word: str, past_forms) -> bool:
    """Is ``word`` a verb in the past, in small letters ("orchestrated", "began"), not a helping verb ("did")?"""
    return word.islower() and (word.endswith("ed") or word in past_forms) and not _MAIN_AGAIN.fullmatch(word)


def _described_noun(text: str, m: re.Match, content_nouns, past_forms) -> str:
    """The noun a match of :data:`_RELATIVE` describes ("the war"), or '' when the words after it are not
    surely a clause that describes it: a "that" that opens what the noun says ("the claim that …", "the chance
    that he will …"), a word that is no noun ("so that", "The Houseguest Who …" in capitals, "those reports show
    that"). The clause surely describes the noun when its verb in the past comes first ("the war that began …";
    after "who" or "which" also a verb in -s: "the group which provides …") or right after its own subject, a
    pronoun or a short noun phrase ("the war that the CIA itself orchestrated", "a plan that they regarded as
    bloated"). A verb in -ed or one of ``past_forms`` is a verb in the past."""
    words = m.group("noun").split()
    head = words[-1]
    if not head.islower() or head in _NOT_NOUNS or head in content_nouns or head.rstrip("s") in content_nouns \
            or head.endswith("ing") or head in past_forms or any(w in PREPOSITIONS for w in words[1:]):
        return ""
    after = [w.split("’")[0].split("'")[0] for w in re.findall(r"[A-Za-z][\w’'.-]*", text[m.end():m.end() + 80])]
    if not after:
        return ""
    rel = m.group("rel").lower()
    if _past_verb(after[0], past_forms) or rel in ("who", "which") and after[0].islower() \
            and re.fullmatch(r"[a-z]+[^s]s", after[0]) and after[0] not in PREPOSITIONS:
        return " ".join(words)  # "the war that began", "the group which provides"
    k = 0
    if after[0].lower() in _SUBJECT_PRONOUNS and after[0] != "I" or after[0] == "I":
        k = 1
    elif after[0].lower() in DETERMINERS | {"a", "an"}:
        k = 1
        while k < 3 and k < len(after) and after[k] not in PREPOSITIONS and not _past_verb(after[k], past_forms) \
                and not _MAIN_AGAIN.fullmatch(after[k]):
            k += 1
    else:
        while k < 3 and k < len(after) and after[k][:1].isupper():
            k += 1  # "which Mr. Putin opposed"
    while 0 < k < len(after) and after[k] in _BETWEEN or 0 < k < len(after) and after[k].endswith("ly"):
        k += 1
    if 0 < k < len(after) and _past_verb(after[k], past_forms):
        return " ".join(words)  # "the war that the CIA itself orchestrated"
    return ""


def writer_clause_note(text: str, lo: int, pos: int, who: str, content_nouns=frozenset(), past_forms=frozenset()) -> str:
    """A note for a figure at ``pos`` that stands in a clause describing a noun ("the war that the CIA
    orchestrated over five years ago") inside the reported words ``text[lo:…]`` of what ``who`` said,
    or '' when the figure is not in such a clause (the clause ended before it: "the plan that he backed
    would cost 5 million"). ``content_nouns`` are nouns whose "that" opens what they say, not a description
    ("the claim that 50 people died": the ``report_nouns``, ``message_nouns`` and ``document_nouns`` of
    data/word_sets.csv); ``past_forms`` are the irregular past forms of that file ("began").

    >>> t = "Lee said the plan that the council backed would cost 5 million."
    >>> writer_clause_note(t, 9, t.index("5"), "Lee")
    ''
    """
    last = None
    for m in _RELATIVE.finditer(text, lo, pos):
        last = m
    noun = _described_noun(text, last, content_nouns, past_forms) if last is not None else ""
    if not noun or _MAIN_AGAIN.search(text, last.end(), pos):
        return ""
    return f'in the writer\'s own words: a clause about "{noun}" inside the writer\'s report of what {who} said'


def writer_clauses(text: str, lo: int, hi: int, content_nouns=frozenset(),
                   past_forms=frozenset()) -> list[tuple[str, int, int]]:
    """The clauses describing a noun inside reported words ``text[lo:hi]``, as (noun, start, end): the same
    clauses as :func:`writer_clause_note`, from the word that opens one ("that", "which", "who") to where
    the main clause goes on (a helping verb, a comma …) or ``hi``.

    >>> t = "Lee said the army would stay until the war that the rebels began is over."
    >>> [(noun, t[a:b]) for noun, a, b in writer_clauses(t, 9, len(t) - 1, past_forms={"began"})]
    [('the war', 'that the rebels began')]
    """
    found = []
    for m in _RELATIVE.finditer(text, lo, hi):
        noun = _described_noun(text, m, content_nouns, past_forms)
        if not noun:
            continue
        again = _MAIN_AGAIN.search(text, m.end(), hi)
        end = end_of_words(text, again.start()) if again else hi
        if end > m.end():
            found.append((noun, m.start("rel"), end))
    return found


def writer_clauses_note(text: str, lo: int, hi: int, who: str, content_nouns=frozenset(), past_forms=frozenset()) -> str:
    """The note of an indirect row ``text[lo:hi]`` (what ``who`` said, in the writer's words) that holds a clause
    describing a noun: those words are the writer's own, as for a figure in them (:func:`writer_clause_note`);
    '' when it holds none.

    >>> t = "Lee said the troops would stay until the war that the rebels began is over."
    >>> print(writer_clauses_note(t, 9, len(t) - 1, "Lee", past_forms={"began"}))
    in the writer's own words: a clause about "the war" ("that the rebels began") inside the writer's report of what Lee said
    """
    return "; ".join(f'in the writer\'s own words: a clause about "{noun}" ("{" ".join(text[a:b].split())}") inside the '
                     f"writer's report of what {who} said" for noun, a, b in writer_clauses(text, lo, hi, content_nouns, past_forms))


def names_a_source(text: str, start: int, end: int, sets) -> bool:
    """Is the noun phrase ``text[start:end]`` that a participle describes ("the monitoring group cited by
    Washington", "an official quoted by the paper") a who, a source, rather than a what ("the toll
    acknowledged by the army", "the figures cited by Moscow")? Then the sentence reports no words: it says
    who was cited. Sources are the ``org_words``, ``titles``, ``anonymous_words`` and ``description_nouns``
    of data/word_sets.csv, and plurals for people ("activists", "groups").

    >>> from kit.wordsets import word_sets
    >>> t = "The so-called monitoring group cited by Washington left. The toll acknowledged by the army rose."
    >>> names_a_source(t, 0, 30, word_sets()), names_a_source(t, 56, 64, word_sets())
    (True, False)
    """
    words = re.findall(r"[A-Za-z][\w’'-]*", text[start:end])
    if not words:
        return False
    head = words[-1].lower()
    sources = (sets.org_words | sets.titles | sets.anonymous_words | sets.description_nouns) - sets.document_nouns
    return head in sources or head.removesuffix("s") in sources or group_noun(head, sets)
