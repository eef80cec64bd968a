"""Report checks: is a reporting word negated ("did not say"), or a verb of view ("seemed", "sees … as")?
Either way it reports no words. :func:`kit.speech_cues.is_speech_cue` asks both for ``kit.quotes``;
``kit.annotate`` asks :func:`negated_at` and :func:`view_cue` on plain text. A refusal to comment ("declined to
comment": :func:`no_words_given`) reports none either; kit.indirect_rows asks it.

    >>> negated_at("Lee never said so.", 10, 14), view_cue("Lee seemed calm.", 4, 10, {"seemed"})
    (True, True)
"""

from __future__ import annotations

import re

from .names import Article

__all__ = ["NEGATED_BEFORE", "intention_to", "negated_at", "negated_cue", "no_words_given", "view_cue"]

#: A reporting word said not to have happened: "did not respond", "would not say", "has never commented".
NEGATED_BEFORE = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+(?:[a-z]+ly\s+|yet\s+)?(?:(?:be|have|been)\s+)?$", re.IGNORECASE)
#: "not only", "not just": the reporting word that follows is not negated ("not only said but …").
_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|simply)\s+$", re.IGNORECASE)


def negated_cue(art: Article, cue) -> bool:
    """Is the reporting word negated ("has not made it clear", "did not say", "never claimed")? Then it
    reports no words: ``kit.quotes`` finds no speaker through it, and a short quotation in its
    sentence is the writer's scare quote, not the subject's words. A verb of denial ("did not deny
    that …", the ``denial_verbs`` of data/word_sets.csv) still reports something, and "not only said"
    is not a negation.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "The US never claimed it would happen. Lee did not deny that it was late. Roe said no."]}),
    ...     "example"))[0]
    >>> [(art.text[c[0]:c[1]], negated_cue(art, c)) for c in art.cues]
    [('claimed', True), ('deny', False), ('said', False)]
    """
    return negated_at(art.text, cue[0], cue[1], art.sets.denial_verbs)


def negated_at(text: str, start: int, end: int, denial_verbs=frozenset()) -> bool:
    """:func:`negated_cue` on plain text: is the reporting word ``text[start:end]`` negated? (Used by
    ``kit.annotate`` too, so a quoted word after "has not made it clear" is a scare quote there as well.)

    >>> t = "The US has not made it clear what happens to others “fleeing”."
    >>> negated_at(t, t.index("made"), t.index(" what")), negated_at("Lee did not deny it.", 12, 16, {"deny"})
    (True, False)
    """
    lo = max(0, start - 30)
    if not NEGATED_BEFORE.search(text, lo, start) or _NOT_ONLY.search(text, lo, start):
        return False
    return text[start:end].lower() not in denial_verbs


def view_cue(text: str, start: int, end: int, view_verbs) -> bool:
    """Is the attribution cue ``text[start:end]`` a verb of appearance, view or stance ("seemed", "sees …
    as", "supports": the ``view_verbs`` of data/word_sets.csv)? It reports how someone came across or
    where they stand, not words they said: ``kit.annotate`` flags it as an attribution cue, but it makes
    no quotation speech and gives no row in ``kit.quotes`` (“war on terror” near "which it views as …"
    stays the writer's scare quote).

    >>> t = "Lee seemed to agree. Roe said no."
    >>> view_cue(t, 4, 10, {"seemed"}), view_cue(t, 25, 29, {"seemed"})
    (True, False)
    """
    words = text[start:end].split()
    return bool(words) and words[0].lower() in view_verbs


#: A form of "plan", then "to" and a verb: "plans to build", "planned to sell". It says what the
#: subject means to do, not words said or a view held (a promise is speech: "promised to build" is not one of these;
#: a wish or an expectation is a view the subject holds: "hopes to win", "expects to win" stay).
_INTENTION_TO = re.compile(r"(?:plan|plans|planned|planning)\s+to\s+(?!say\b|tell\b|announce\b)[a-z]+\b", re.IGNORECASE)


def intention_to(text: str, start: int, end: int) -> bool:
    """Is the reporting word ``text[start:end]`` a form of "plan" followed by "to" and a verb ("The firm
    plans to build flats", "The council planned to sell the land")? A plan is what the subject means to do, not
    words said, so it makes no quotation (as a verb of view does). "plans to say that …" still reports the
    words to come, and a wish or an expectation ("Lee hopes to win") is a view the subject holds.

    >>> t = "Lee plans to build a road. Roe hopes to win."
    >>> intention_to(t, 4, 9), intention_to(t, t.index("hopes"), t.index("hopes") + 5)
    (True, False)
    """
    return _INTENTION_TO.match(text, start, min(len(text), end + 40)) is not None


_TO_VERB = re.compile(r"\s*(?:not\s+)?to\s+(?:be\s+)?([a-z]+)\b", re.IGNORECASE)


def no_words_given(art: Article, cue, start: int, end: int) -> bool:
    """Does the reporting word say that no words were given? A refusal to comment ("declined to
    comment", "refused to say whether …", "did not respond to a request for comment") or a request
    not to be named ("asked not to be named") reports no one's words, so ``kit.quotes`` gives it no
    row. A refusal to act ("refused to endorse Lee") and "did not deny that …" still report something.
    The words are the ``refusal_verbs``, ``comment_verbs`` and ``naming_verbs`` sets of data/word_sets.csv.

    >>> import pandas as pd
    >>> from kit.sourcing import checked_articles, prepare_articles
    >>> art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [
    ...     "Lee declined to comment. Roe refused to endorse Lee. Ray refused to say that it fell."]}), "x"))[0]
    >>> [(art.text[c[0]:c[1]], no_words_given(art, c, c[1] + 1, c[1] + 11)) for c in art.cues][:3]
    [('declined', True), ('refused', False), ('endorse', False)]
    >>> t = art.text
    >>> no_words_given(art, art.cues[-2], t.index("it fell"), len(t))  # "refused to say that it fell"
    True
    """
    if start < cue[1]:
        return False
    text = art.text
    sets = art.sets
    to = _TO_VERB.match(text, start, end)
    verb = text[cue[0]:cue[1]].split()[0].lower()
    negated = bool(NEGATED_BEFORE.search(text, max(0, cue[0] - 30), cue[0]))
    if to and re.match(r"\s*(?:not\s+)?to\s+be\s", text[start:end]) and to.group(1).lower() in sets.naming_verbs:
        return True  # "asked not to be named": a request for anonymity
    if to and to.group(1).lower() in sets.comment_verbs and (negated or verb in sets.refusal_verbs):
        return True  # "declined to comment", "would not agree to say"
    if verb in sets.refusal_verbs and re.match(r"\s+to\s+\w+", text[cue[1]:start]):
        return True  # "refused to say that …", "declined to accept that …": what follows was not said
    return negated and verb in sets.comment_verbs and re.match(r"\s*to\b", text[start:end]) is not None
