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

__all__ = ["title_names", "article_text", "cited_words", "misquoted", "misquote_note", "near_copy", "misfigured", "misfigure_note", "PERCENT", "figure_giver",
           "figures_given", "unchecked_figures", "unchecked_figure_note", "exact_quotes",
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


#: a share the answer gives as someone's: "70 percent", "62 per cent", "62%"
PERCENT = r"(?<![\w.,])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)"
#: whoever gives a figure in the answer's own words: the article, the text, the writer (not a speaker in it)
ARTICLE_GIVER = r"(?:the|this|that)\s+(?:article|text|story|piece|writer|author|report|headline)|it|they|the kit|i|we|you"


def figure_giver(answer: str, at: int) -> str:
    """Who the clause of the figure at ``at`` says gives it: the subject before its verb of saying or giving ("the
    spokesman gives 3,500", "and the council says 70 percent", "Silo says 4,000"); "" where no such subject opens
    the clause.

    >>> figure_giver("It has no source, and the spokesman gives 3,500 civilians.", 43)
    'the spokesman'
    >>> figure_giver("the council says 70 percent backed it", 17), figure_giver("Some 5,000 left.", 5)
    ('the council', '')
    """
    from .figure_reports import FIGURE_VERBS, reporting_words

    floor = max((m.end() for m in re.finditer(r"[.!?;:(]|,|\b(?:and|but|while|whereas)\b", answer[:at])), default=0)
    m = re.match(r"\s*((?:[Tt]he|[Aa]n?)\s+[\w'-]+(?:\s+[\w'-]+)?|[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+([a-z]+)\b",
                 answer[floor:at])
    if not m or not (reporting_words(m.group(2)) or m.group(2) in FIGURE_VERBS):
        return ""
    return re.sub(r"^(?:The|An?)\b", lambda d: d.group().lower(), m.group(1))  # "the council", as a note writes it


def figures_given(answer: str) -> list[tuple[str, str, str]]:
    """(figure as written, its number, who gives it: :func:`figure_giver`) for each figure of an answer: 100 or more,
    not a year and not a rate ("9.1 per 1,000 words"), or a share given as someone's ("the council says 70 percent").

    >>> figures_given("The council says 70 percent backed it and 4000 came, in 2017, at 9.1 per 1,000 words, 62% of them.")
    [('70 percent', '70', 'the council'), ('4000', '4000', '')]
    """
    out = []
    for m in re.finditer(FIGURE, answer):
        figure = m.group(1)
        year = "," not in figure and 1900 <= int(figure) <= 2099
        if not year and not re.search(r"\bper\s*$", answer[:m.start()]):
            out.append((m.start(), figure, figure.replace(",", ""), figure_giver(answer, m.start())))
    for m in re.finditer(PERCENT, answer):
        who = figure_giver(answer, m.start())
        if who and not re.fullmatch(r"the kit|i|we|you", who.lower()):  # the kit's own share is no one's figure
            out.append((m.start(), m.group(0), m.group(1), who))
    return [found[1:] for found in sorted(out)]


def misfigured(answer: str, text: str) -> list[str]:
    """The figures an answer gives (100 or more, not a year; or a share it gives as someone's) that the article does
    not have ("4000" is "4,000"; "62%" is "62 percent": student 49 #7).

    >>> misfigured("It says some 5,000 fighters left, not 4000, in 2017, at 9.1 per 1,000 words.", "some 4,000 people")
    ['5,000']
    >>> misfigured("The council says 70 percent backed it.", "According to the council, 62 percent backed it.")
    ['70 percent']
    """
    have = {m.replace(",", "") for m in re.findall(r"\d[\d,]*(?:\.\d+)?|\d", text)}
    return list(dict.fromkeys(figure for figure, number, _ in figures_given(answer) if number not in have))


def unchecked_figures(answer: str, article) -> dict[str, str]:
    """The figures of :func:`misfigured` an answer gives as a speaker's when the article gives none of that speaker's
    figures (no figure the kit traces to them, none in a sentence that names them), each with the speaker: the kit
    holds only the article, so it cannot check them; they are not wrong (teacher 58 #7: "the spokesman gives 3,500
    civilians" is the spokesman's figure, from his briefing, not the article's).

    >>> from kit.exercises import my_article
    >>> art = my_article(text="“We will stay,” said a spokesman. According to the council, 62 percent backed it. " * 30, title="A")
    >>> unchecked_figures("The spokesman gives 3,500 civilians, and the council says 70 percent.", art)
    {'3,500': 'the spokesman'}
    """
    text = article_text(article)
    sentences = re.split(r"(?<=[.!?])\s+", text)
    accounts = held_accounts(article) if hasattr(article, "columns") else []
    wrong = set(misfigured(answer, text))
    out = {}
    for figure, _, who in figures_given(answer):
        low = who.lower()
        if figure not in wrong or not who or re.fullmatch(ARTICLE_GIVER, low):
            continue
        head = low.split()[-1]
        known = [a for a in accounts if not a.get("party") and any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low) for n in a["names"])]
        if any(a.get("figures") for a in known) or any(re.search(rf"(?i)(?<![\w-]){re.escape(head)}(?![\w-])", s) and re.search(r"\d", s)
                                                       for s in sentences):
            continue  # the article gives their figures: the kit checks this one against them
        out[figure] = who
    return out


def unchecked_figure_note(figure: str, who: str) -> str:
    """The note for a figure the answer gives as a speaker's that the kit cannot check (:func:`unchecked_figures`).

    >>> unchecked_figure_note("3,500", "the spokesman")
    "'3,500' is not in the article, and it gives none of the spokesman's figures: the kit cannot check the spokesman's own words here. Say where the spokesman gives it"
    """
    return (f"'{figure}' is not in the article, and it gives none of {who}'s figures: the kit cannot check {who}'s own "
            f"words here. Say where {who} gives it")


def misfigure_note(figure: str, where: str = "the article") -> str:
    """The feedback for a figure given as the article's (or as one of the texts' in ``where``) that is not in it.

    >>> misfigure_note("5,000")
    "'5,000' is not in the article: give its figures exactly"
    """
    return f"'{figure}' is not in {where}: give its figures exactly"
