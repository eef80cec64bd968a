"""Whose words a plan step quotes: a step that gives the article's quoted words to a person who does not say them in
the article ("read Lavrov's briefing to see what he meant by 'as long as they want to fight'", words that are
Mattis's) would trace them to the wrong place. One rule for every speaker, whichever side (teacher 53 #9).

    >>> from kit.exercises import my_article
    >>> art = my_article(text='Defense Secretary Jim Mattis said the troops would stay “as long as they want to fight.” ' * 30,
    ...                  title="Troops")
    >>> misowned_words("I would read Lavrov's briefing to see what he meant by 'as long as they want to fight'.", art)
    [('as long as they want to fight', 'Lavrov', 'Jim Mattis')]
"""

from __future__ import annotations

import re

from .evidence import article_text, exact_quotes
from .plan_outlets import reads_as_person, speaker, step_names, unknown_name

__all__ = ["misowned_words", "misowned_note"]

#: a name given words or a place where they were said: "Lavrov's briefing", "Mattis’s words"
OWNER = r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})(?:'s|’s)\b"


def _flat(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", str(text).lower().replace("’", "'")))


def misowned_words(sentence: str, article=None) -> list[tuple[str, str, str]]:
    """Each (words, person named, who says them in ``article``) of a plan step that quotes the article's words and
    names a person (:func:`reads_as_person`, :func:`unknown_name`) who is not the one the article gives them to
    (:func:`kit.quotes`); [] when the kit cannot tell (no table, no person named, words no one is quoted saying)."""
    import kit

    if not hasattr(article, "columns") or "text" not in article.columns:
        return []
    named = [n for n in dict.fromkeys(re.findall(OWNER, sentence) + step_names(sentence, article))
             if reads_as_person(n, sentence) or unknown_name(n)]
    words = exact_quotes(sentence, article_text(article)) if named else []
    if not words:
        return []
    try:
        table = kit.quotes(article)
    except Exception:  # a table kit.quotes cannot read: no one is known to say them
        return []
    said = [(_flat(q), str(s)) for q, s in zip(table["quote"], table["speaker"]) if isinstance(s, str) and s.strip()]
    out = []
    for quoted in words:
        owners = list(dict.fromkeys(s for q, s in said if f" {_flat(quoted)} " in f" {q} "))
        if len(owners) == 1 and reads_as_person(owners[0]):
            out += [(quoted, n, owners[0]) for n in named  # "al-Moallem", "Moallem": part of the speaker's name
                    if not speaker(n, owners) and f" {_flat(n)} " not in f" {_flat(owners[0])} "]
    return out


def misowned_note(sentence: str, wrong: list) -> str:
    """The line for a step whose quoted words are someone else's (``wrong``: :func:`misowned_words`)."""
    from .plan_steps import shorten

    words, name, owner = wrong[0]
    return (f"Whose words: {shorten(sentence)} In this article “{words}” are {owner}'s words, not {name}'s: trace "
            f"them to where {owner} said them.")


def with_misowned(detail: list, sentences: list, article=None) -> tuple[list, str]:
    """``detail`` with a line for each step (of ``sentences``) that gives quoted words to the wrong person, and why
    such a plan is not at Mastery yet ("" when none does).

    >>> with_misowned(["a line"], ["I would find other coverage."])
    (['a line'], '')
    """
    wrong = [(s, w) for s in sentences if (w := misowned_words(s, article))]
    if not wrong:
        return detail, ""
    words, name, owner = wrong[0][1][0]
    return detail + [misowned_note(s, w) for s, w in wrong], (
        f"the step that quotes “{words}” gives them to {name}: in this article they are {owner}'s words.")
