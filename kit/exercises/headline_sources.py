"""Who a rewritten headline may credit: the article's own outlet or author, or a source the article credits
for the headline's claim.

A neutral rewrite of an article's headline says who makes the article's claim. The claim is the article's:
crediting it to another outlet ("BBC report says …" for a WSWS headline) is not what the article does, unless
the article itself credits that source in a sentence that makes the headline's claim (its own words, such as
"rescue" or "training").

    >>> import kit
    >>> original = "US rescue of ISIS in Raqqa exposed"
    >>> stranger(["bbc", "report"], original, kit.load_articles())
    ['bbc']
    >>> stranger(["wsws"], original, kit.load_articles()), stranger(["russian", "general"], "", kit.load_articles())
    ([], [])
"""

from __future__ import annotations

import re

from .answers import norm

__all__ = ["stranger", "own_shapes", "article_of", "claim_sentences"]

# words that name the article itself, or say nothing about who: never another source
SELF_WORDS = frozenset("article articles writer author website site web page outlet editorial socialist story piece "
                       "report reports reported new a an the its this that some media news source sources disputed "
                       "unconfirmed unverified critics".split())


def article_of(original: str, articles):
    """The row of ``articles`` whose title is ``original`` (None when no title is)."""
    if not original or articles is None or "title" not in articles:
        return None
    hits = articles[articles["title"].fillna("").astype(str).map(norm) == norm(original)]
    return None if hits.empty else hits.iloc[0]


def claim_sentences(original: str, text: str) -> list[str]:
    """The sentences of ``text`` that hold one of the headline's own claim words (its words written in lower case
    in the text, so not names such as "Raqqa" or "ISIS"), lower-cased.

    >>> claim_sentences("Russia charges Pentagon", "Russia charges the US. The Pentagon denies it.")
    ['russia charges the us.']
    """
    from ..framing import FUNCTION_WORDS

    words = [w for w in re.findall(r"[a-z]+", norm(original)) if len(w) > 3 and w not in FUNCTION_WORDS]
    lower = set(re.findall(r"(?<![.!?]\s)\b[a-z][a-z-]+", text))  # words the text writes in lower case
    stems = {w[:5] for w in words if w in lower or any(t.startswith(w[:5]) for t in lower if len(t) > 3)}
    sentences = [s.lower() for s in re.split(r"(?<=[.!?])\s+", text)]
    return [s for s in sentences if any(re.search(rf"\b{re.escape(stem)}", s) for stem in stems)]


def stranger(source: list[str], original: str, articles) -> list[str]:
    """The words of a headline's ``source`` that name neither the article's outlet or author nor a source the
    article credits for the headline's claim ([] when the original is not one of the articles' titles)."""
    row = article_of(original, articles)
    if row is None:
        return []
    own = {w for field in ("outlet", "author") for w in re.findall(r"[a-z]+", norm(str(row.get(field) or "")))}
    named = [w for w in source if w not in SELF_WORDS and w not in own]
    if not named or own & set(source):
        return []
    sentences = claim_sentences(original, str(row.get("text") or ""))
    return [w for w in named if not any(re.search(rf"\b{re.escape(w)}", s) for s in sentences)]


def own_shapes(original: str, articles) -> str:
    """The shapes a hint suggests for a rewrite: the article's outlet says it, or the article says it; never
    another source.

    >>> import kit
    >>> own_shapes("US rescue of ISIS in Raqqa exposed", kit.load_articles())
    '"WSWS says …" or "Article says …"'
    """
    row = article_of(original, articles)
    outlet = str(row.get("outlet") or "").strip() if row is not None else ""
    return (f'"{outlet} says …" or ' if outlet else "") + '"Article says …"'
