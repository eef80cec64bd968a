"""Who acted in the passive: the words after "by" that name the speaker of a reporting verb in the
passive ("a call echoed by Tokyo", "rejected by 60 percent of the voters"), also when "by" comes after
the quotation the verb introduces ("The truce, hailed as a “breakthrough” by Moscow, began").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The plan was rejected by 60 percent of the voters."]}), "example"))[0]
    >>> passive_agent(art, art.text.index("60"), len(art.text))["speaker"]
    '60 percent of the voters'
"""

from __future__ import annotations

import re

from .clause_subjects import lone_name
from .names import WORD, Article
from .quote_kinds import passive_naming_by
from .speaker_after import speaker_after
from .speaker_phrases import plain_phrase

__all__ = ["passive_agent", "agent_after_quote", "quote_agent", "rule_passive_naming"]


def passive_agent(art: Article, lo: int, hi: int, cut: bool = True) -> dict | None:
    """Who acted, in the words text[lo:hi] that follow "by": a name the kit knows, one capitalised
    word, a number of people or a described source. With ``cut`` the words end before a helping verb
    or a phrase of time or place ("by the army | was high", "by Japan | on Saturday").

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The call was echoed by local officials on Monday."]}), "example"))[0]
    >>> passive_agent(art, art.text.index("local"), len(art.text))["text"]
    'local officials'
    """
    end = _agent_end(art, lo, hi) if cut else hi
    return speaker_after(art, lo, end, immediate=True, described=True) or _agent(art, lo, end)


#: "by" right after a quotation's closing mark: "hailed as a “breakthrough” by Moscow".
_BY_AFTER_QUOTE = re.compile(r"[ \t]+by[ \t]+(?=\S)")


def agent_after_quote(art: Article, c_end: int, hi: int) -> dict | None:
    """Who acted, named after "by" right after the quotation that ends at ``c_end``, when the
    quotation is the complement of a reporting verb in the passive: "The truce, hailed as a
    “breakthrough” by Moscow, began", "The plan was called “reckless” by critics". The words after
    "by" end at a comma or the end of the clause.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The truce, hailed as a “breakthrough” by Moscow, began on Monday."]}), "example"))[0]
    >>> agent_after_quote(art, art.text.index("”") + 1, len(art.text))["speaker"]
    'Russian government'
    """
    m = _BY_AFTER_QUOTE.match(art.text, c_end, hi)
    if m is None:
        return None
    stop = _CLAUSE_END.search(art.text, m.end(), hi)
    return passive_agent(art, m.end(), stop.start() if stop else hi)


def quote_agent(art: Article, cue, o: int, c_end: int, hi: int) -> dict | None:
    """Who acted, when the reporting word ``cue`` is a verb in the passive whose complement is the
    quotation opening at ``o`` (a form of "be" or a comma before it, only "as", "a", "the" between it
    and the quotation) and "by …" follows the quotation: "The plan, dubbed “a farce” by Lavrov,
    failed", "It was called “reckless” by critics". None otherwise.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The plan, dubbed “a farce” by Lavrov, failed."]}), "example"))[0]
    >>> cue = [c for c in art.cues if c[2] == "dubbed"][0]
    >>> quote_agent(art, cue, art.text.index("“"), art.text.index("”") + 1, len(art.text))["speaker"]
    'Lavrov'
    """
    text = art.text
    if not _PASSIVE_FORM.fullmatch(text, cue[0], cue[1]) or not _TO_COMPLEMENT.fullmatch(text, cue[1], o) \
            or not _BE_OR_COMMA.search(text, max(0, cue[0] - 40), cue[0]):
        return None
    return agent_after_quote(art, c_end, hi)


def rule_passive_naming(ctx):
    """A speaker rule (see kit.speaker_rules.SPEAKER_RULES): a verb of naming in the passive right before
    the quotation, and who named it after "by" right after it ("The inquiry — often labeled a “witch hunt”
    by Democrats — goes on"): the words are theirs. Returns (found, None).

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> from kit.speaker_rules import article_quotes
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The inquiry — often labeled a “witch hunt” by Democrats — goes on."]}), "example"))[0]
    >>> [(r["speaker"], r["kind"]) for r in article_quotes(art)]
    [('Democrats', 'partial')]
    """
    if ctx.q["close"] is None or not passive_naming_by(ctx.art.text, ctx.o, ctx.q["close"]):
        return None, None
    return agent_after_quote(ctx.art, ctx.c_end, ctx.tail_hi), None


#: A verb in the passive form: "called", "hailed", "seen", "described as".
_PASSIVE_FORM = re.compile(r"[A-Za-z]+(?:ed|en)(?:[ \t]+as)?")
#: Between the verb and its quoted complement: "as", "a", "the".
_TO_COMPLEMENT = re.compile(r"[ \t]+(?:as[ \t]+)?(?:(?:a|an|the)[ \t]+)?")
#: Right before a verb in the passive: a form of "be", a comma or a dash (perhaps with an adverb: "— often labeled").
_BE_OR_COMMA = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)[ \t]+|[,—–][ \t]*)(?:(?:[a-z]+ly|often)[ \t]+)?$")


#: Where the words naming who acted end at the latest: a comma, a colon, a quotation mark, the end of a line.
_CLAUSE_END = re.compile(r"[,;:“”\"()\n]|\.(?:\s|$)")


def _agent_end(art: Article, lo: int, hi: int) -> int:
    """Where the words after "by" that name who acted end: before a helping verb or a phrase of time or
    place ("the toll acknowledged by the army | was high", "a call echoed by Japan | on Saturday")."""
    for m in WORD.finditer(art.text, lo, hi):
        w = m.group(0).lower()
        if m.start() > lo and (w in art.sets.auxiliaries or w in _AGENT_STOPS):
            return m.start()
    return hi


def _agent(art: Article, lo: int, hi: int) -> dict | None:
    """Who acted, after "by", when it is no name the kit knows: one capitalised word ("echoed by Tokyo") or a
    number of people ("rejected by 60 percent of the voters", "endorsed by the 300 delegates")."""
    text = art.text
    hi = lo + len(text[lo:hi].rstrip(" \t\n.,;:!?"))
    if _ONE_CAPITAL.fullmatch(text, lo, hi):
        return lone_name(art, lo, hi)
    if _COUNTED_PEOPLE.fullmatch(text, lo, hi):
        return {"start": lo, "end": hi, "text": text[lo:hi], "speaker": text[lo:hi], "type": "anonymous",
                "gaz_type": "", "note": "the source is described, not named"}
    cut = _AFTER_AGENT.search(text, lo, hi)  # "rebuked by critics for his plan"
    hi = cut.start() if cut else hi
    plain = plain_phrase(art, lo, hi, "object")  # "echoed by local officials"
    return plain if plain is not None and plain["type"] in ("anonymous", "description") and plain["end"] == hi \
        else None


#: A preposition after who acted, opening what they acted over: "rebuked by critics | for his plan".
_AFTER_AGENT = re.compile(r"\s+(?:for|over|about|with|to|from)\s")
#: One capitalised word: "Tokyo", "Minsk".
_ONE_CAPITAL = re.compile(r"[A-Z][a-z]+")
#: A number of people, the agent of a passive: "60 percent of the voters", "the 300 delegates", "two-thirds of voters".
_COUNTED_PEOPLE = re.compile(r"(?:the\s+|some\s+|about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)*"
                             r"(?:\d[\d,.]*|[a-z]+-(?:thirds|quarters|fifths)|a\s+majority|a\s+third|half)"
                             r"(?:\s*%|\s+percent|\s+per\s+cent)?(?:\s+of)?(?:\s+(?:the|all|those|its|their))?"
                             r"(?:\s+[a-z][a-z’'-]*){1,3}")

#: Words that end the phrase after "by" naming who acted: time, place, a new clause.
_AGENT_STOPS = frozenset({"on", "in", "at", "during", "last", "this", "after", "before", "when", "while", "that",
                          "who", "which", "as"})
