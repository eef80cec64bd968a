"""Relative clauses: the noun a ", who …" clause hangs on, and a quotation inside such a clause.

In "Lee met Roe, who called it “a disaster.”" the subject of "called" is "who", and "who" stands
for the noun right before it (Roe), not for the subject of the sentence (Lee). In "The voters, who
called it “a disaster,” rejected the plan" the quotation belongs to "called", inside the relative
clause; "rejected" is the main verb of "The voters" and reports nothing about the quotation.

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
from .names import WORD, Article
from .speaker_phrases import DETERMINERS, end_of_words, name_head, plain_phrase

__all__ = ["relative_antecedent", "quote_in_relative_clause", "whole_source"]

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
    if text[end - 1:end] == ",":
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
        if k < len(words) - 1 and not words[k].group(0)[:1].isupper() and (
                words[k].group(0).lower().endswith(("ed", "s")) or words[k].group(0).lower() in art.sets.auxiliaries
                or words[k].group(0).lower() in art.sets.past_forms):
            break  # "Lee met voters, who": a verb before the noun is not part of it
        start = k
    found = plain_phrase(art, words[start].start(), end, "subject")
    last = words[-1].group(0)
    if found is None and text.startswith("who", rel) and re.fullmatch(r"[a-z]+s", last) and start == len(words) - 1:
        # "Lee met voters, who said": a plural noun for people with nothing before it
        return {"start": words[-1].start(), "end": end, "text": last, "speaker": last, "type": "anonymous",
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

