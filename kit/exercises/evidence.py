"""The words a written answer cites as the article's own: each must be in the article.

A reflection backs its point with "a quoted word or a number". A word the student puts in
quotation marks, or names as "words like X", is offered as the article's word: if the
article does not have it, the example is not evidence yet (a misspelling, or a word the
student supplied). These helpers find such words and say which are not in the article,
with the article's nearest word or phrase.

    >>> text = "The coalition called it patent nonsense. The strikes were merciless."
    >>> misquoted("It uses words like 'mercyless' and patent nonsense.", text)
    [('mercyless', 'merciless')]
    >>> misquoted("It uses words like merciless and patent nonsense to make you angry.", text)
    []
"""

from __future__ import annotations

import functools
import re

from .figure_accounts import FIGURE, held_accounts, party_accounts, title_names

# the figure checks live in .figure_checks; their names stay importable from here
from .figure_checks import (
    credited_figures,
    figure_holders,
    misplaced_figures,
    named_with,
    stand_against,
    unknown_reported,
)

__all__ = ["title_names", "article_text", "cited_words", "misquoted", "misquote_note", "near_copy", "misfigured", "misfigure_note", "exact_quotes",
           "held_accounts", "credited_figures", "figure_holders", "unknown_reported", "stand_against", "misplaced_figures",
           "listed_items", "named_with", "party_accounts"]

# "...", “...”, ‘...’ and '...' (an apostrophe inside a word, as in Raqqa's, does not end a quotation)
QUOTED = r"[\"“]([^\"”]{1,200}?)[\"”]|‘([^’]{1,200}?)’|(?<![\w'])'(.{1,200}?)'(?![\w])"
# words named as the article's without quotation marks: "words like merciless and patent nonsense", "the word brutal"
NAMED = (r"\b(?:words?|phrases?|terms?|labels?|language|expressions?)\s+(?:like|such as)\s+([a-z][a-z' ,-]*)|"
         r"\bthe (?:words?|phrases?|terms?|labels?)\s+([a-z][a-z' ,-]*)")
# where a list of named words stops: the rest of the sentence is the student's own
NAMED_STOP = (r"\b(to|that|which|who|so|in|as|because|for|make|makes|made|about|when|while|is|are|was|were|it|"
              r"they|this|these|the|a|an|i|we|you|but|then|again|over|many|lots|all|only|quotes?|quoted|of|on|at|by|"
              r"with|from|used|uses|use|chosen|shows?|showed|can|could|would|will|has|have|had|do|does|did|not)\b")
# the kit's own names for what it found: quoting them cites the kit, not the article
KIT_TERMS = frozenset("loaded language label labels hedge hedges booster boosters doubt doubt words scare quote scare "
                      "quotes direct partial fragment vague source vague sources attribution attributions figure figures "
                      "quotation quotations neutral".split())


def article_text(article) -> str:
    """The words an answer may cite: the title and text of an article (a row, a table of rows, or plain text).

    >>> article_text("Plain text.")
    'Plain text.'
    >>> article_text(42)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kit.errors.KitError: the article to check quoted words against is int, not an article
    """
    if article is None:
        return ""
    if isinstance(article, str):
        return article
    if isinstance(article, (list, tuple)):  # several tables: the texts of each (lesson 03: the spokesman, the articles)
        return "\n".join(article_text(a) for a in article)
    if hasattr(article, "columns"):  # a table: every row
        return "\n".join(v for c in ("title", "text") if c in article.columns for v in article[c] if isinstance(v, str))
    if hasattr(article, "index") and hasattr(article, "get"):  # one row
        return "\n".join(v for v in (article.get("title"), article.get("text")) if isinstance(v, str))
    from ..errors import KitError

    raise KitError(f"the article to check quoted words against is {type(article).__name__}, not an article",
                   field="article", fix="Pass the table of the analysed article (in lesson 06: mine), one of its rows, "
                                        "or its text.")


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))


def cited_words(answer: str) -> list[str]:
    """The words an answer offers as the article's: in quotation marks, or named as "words like X".

    >>> cited_words("It calls them 'terrorists' and uses words like merciless and brutal to make us angry.")
    ['terrorists', 'merciless', 'brutal']
    >>> cited_words('It uses words like "patent nonsense" and gives 4,000 with no source; the words used are strong.')
    ['patent nonsense']
    """
    found = [piece.strip(" .,;:!?") for m in re.finditer(QUOTED, answer)  # "US rescue ... exposed": each piece
             for piece in re.split(r"\.\.\.|…|\[\.*\]", next(g for g in m.groups() if g is not None))]
    # a quotation ends a named list: in 'words like "patent nonsense" and gives 4,000', 'gives' is the student's
    plain = re.sub(QUOTED, " \x00 ", answer)
    for m in re.finditer(NAMED, plain, flags=re.IGNORECASE):
        listed = re.split(NAMED_STOP, next(g for g in m.groups() if g is not None), maxsplit=1, flags=re.IGNORECASE)[0]
        found += listed_items(listed)
    return [w for w in found if tokens(w) and not set(tokens(w)) <= KIT_TERMS]


def listed_items(listed: str) -> list[str]:
    """The items of a list written out ("merciless, brutal and patent nonsense"): it ends with the item after its
    first "and" or "or"; what follows another "and" is the writer's own sentence going on.

    >>> listed_items("merciless and patent nonsense and gives"), listed_items("brutal, savage or merciless")
    (['merciless', 'patent nonsense'], ['brutal', 'savage', 'merciless'])
    """
    items, last = [], False
    for piece in re.split(r"(,|\band\b|\bor\b)", listed):
        if piece in (",",) or re.fullmatch(r"and|or", piece.strip(), flags=re.IGNORECASE):
            last = last or piece != ","
            continue
        if piece.strip(" '-"):
            items.append(piece.strip(" '-"))
            if last:
                break
    return items


@functools.lru_cache(maxsize=32)
def vocabulary_of(text: str) -> tuple[str, frozenset]:
    words = tokens(text)
    return " " + " ".join(words) + " ", frozenset(words)


def misquoted(answer: str, text: str) -> list[tuple[str, str]]:
    """(word as cited, the article's nearest words or "") for each cited word the article does not have.

    >>> misquoted("The article calls them 'terrorist scum'.", "ISIS terrorists left the city.")
    [('terrorist scum', '')]
    """
    from .answers import did_you_mean

    joined, vocabulary = vocabulary_of(text)
    out = []
    for cited in cited_words(answer):
        words = tokens(cited)
        if f" {' '.join(words)} " in joined:
            continue
        near = [w if w in vocabulary else (did_you_mean(w, vocabulary) or close_word(w, vocabulary)) for w in words]
        out.append((cited, " ".join(near) if all(near) and f" {' '.join(near)} " in joined else ""))
    return out


def exact_quotes(answer: str, text: str = "") -> list[str]:
    """The quotations (in quotation marks) of an answer that are the article's words exactly; without the
    article's ``text``, every quotation in marks (nothing to check them against). The kit's own terms do not count.

    >>> exact_quotes("It calls it 'patent nonsense' and uses words like merciless.", "This is patent nonsense.")
    ['patent nonsense']
    >>> exact_quotes("It calls it 'pattent nonsense'.", "This is patent nonsense."), exact_quotes("No quotes here.")
    ([], [])
    """
    joined, _ = vocabulary_of(text) if text else ("", None)
    found = []
    for m in re.finditer(QUOTED, answer):
        quoted = next(g for g in m.groups() if g is not None)
        pieces = [p for p in re.split(r"\.\.\.|…|\[\.*\]", quoted) if tokens(p)]
        if not pieces or all(set(tokens(p)) <= KIT_TERMS for p in pieces):
            continue
        if not text or all(f" {' '.join(tokens(p))} " in joined for p in pieces):
            found.append(quoted.strip(" .,;:!?"))
    return found


def close_word(word: str, vocabulary: frozenset) -> str:
    """The article's word one letter away from a cited word of five letters or more ("merciles"), or "".

    >>> close_word("merciles", frozenset({"merciless", "mercy"}))
    'merciless'
    """
    import difflib

    near = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.85) if len(word) >= 5 else []
    return near[0] if near else ""


def misquote_note(cited: str, meant: str, where: str = "the article",
                  copy: str = " (copy them from the highlighted text)") -> str:
    """The feedback for a cited word that is not in the article (or in ``where``, the texts a lesson checks
    against, with ``copy`` saying where to copy them from).

    >>> misquote_note("mercyless", "merciless")
    "'mercyless' is not in the article: quote its words exactly (did you mean 'merciless'?)"
    >>> misquote_note("of them armd", "", "the spokesman's words or the five articles", "")
    "'of them armd' is not in the spokesman's words or the five articles: quote its words exactly"
    """
    return (f"'{cited}' is not in {where}: quote its words exactly"
            + (f" (did you mean '{meant}'?)" if meant else copy))


def near_copy(cited: str, text: str, run: int = 3) -> bool:
    """True when cited words copy ``text`` in part: at least ``run`` of their words in a row, and at least half of
    them, are the text's (a misquote of the text, not words from somewhere else that share a phrase with it).

    >>> near_copy("all but about 5,000 of them armed ISIS fighters", "all but about 500 of them armed ISIS fighters")
    True
    >>> near_copy("hundreds of IS fighters", "ISIS fighters and their families")
    False
    >>> near_copy("hundreds of IS fighters, their families and tonnes of weapons", "ISIS fighters and their families and")
    False
    """
    joined, _ = vocabulary_of(text)
    words = tokens(cited)
    longest = max((j - i for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                   if f" {' '.join(words[i:j])} " in joined), default=0)
    return longest >= max(run, len(words) / 2)


def misfigured(answer: str, text: str) -> list[str]:
    """The figures an answer gives (100 or more, not a year) that the article does not have ("4000" is "4,000").

    >>> misfigured("It says some 5,000 fighters left, not 4000, in 2017, at 9.1 per 1,000 words.", "some 4,000 people")
    ['5,000']
    """
    have = {m.replace(",", "") for m in re.findall(r"\d[\d,]*\d|\d", text)}
    out = []
    for m in re.finditer(FIGURE, answer):
        figure = m.group(1)
        year = "," not in figure and 1900 <= int(figure) <= 2099
        after_per = re.search(r"\bper\s*$", answer[:m.start()])
        if not year and not after_per and figure.replace(",", "") not in have and figure not in out:
            out.append(figure)
    return out


def misfigure_note(figure: str, where: str = "the article") -> str:
    """The feedback for a figure given as the article's (or as one of the texts' in ``where``) that is not in it.

    >>> misfigure_note("5,000")
    "'5,000' is not in the article: give its figures exactly"
    """
    return f"'{figure}' is not in {where}: give its figures exactly"
