"""Reading an answer to "which article?": an id, a title, an outlet, words of an id, a date, a file name.

Every check that takes an article id reads it here the same way (lesson 02's prediction and its Exercises 2 and
3, lesson 00 and 01's id questions): :func:`read_article_id` says which article an answer is read as, or what to
say instead. Words that fit several articles are told how many and where to look, never which ones (in an
exercise, the answer is often one of them: a list would make it a coin toss).

    >>> import kit
    >>> read_article_id("the wsws article", kit.load_articles()).id
    'us-rescue-of-isis-in-raqqa'
    >>> print(read_article_id("the russia one", kit.load_articles()).problem.message)
    'the russia one' fits 2 articles in the table: copy the id of the one you mean from the article_id column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .answers import check_choice, loose, match_choice, repair_id, too_long
from .helpers import id_aliases
from .result import INCORRECT, NOT_ANSWERED, PARTLY, CheckResult
from .row_checks import HEDGE

__all__ = ["read_article_id", "IdReading", "which_one", "not_an_id", "articles_named", "id_choice", "file_name_of",
           "file_start", "unhedged", "ID_WHERE", "DATE"]

ID_WHERE = "Look for it in the article_id column of the table of articles."


def file_name_of(answer, articles) -> str:
    """The article whose file name ``answer`` is (with or without its number and ".txt"), or "".

    >>> import kit
    >>> file_name_of("russia-charges-pentagon-training-ex-isis", kit.load_articles())
    'russia-charges-pentagon'
    >>> file_name_of("russia-charges-pentagon", kit.load_articles())
    ''
    """
    import re
    from pathlib import PurePath
    if not isinstance(answer, str) or "source_file" not in articles:
        return ""
    wanted = loose(re.sub(r"\.txt\s*$", "", answer.strip()))
    prefix = re.fullmatch(r"\s*(\d{2,})-?(\.txt)?\s*", answer)  # "003", the start of a file name students see
    for aid, path in zip(articles["article_id"], articles["source_file"].fillna("").astype(str)):
        stem = PurePath(path).stem
        if path and wanted != loose(aid) and wanted in (loose(stem), loose(re.sub(r"^\d+-", "", stem))):
            return str(aid)
        if path and prefix and re.match(rf"{prefix.group(1)}-", stem):
            return str(aid)
    return ""


DATE = re.compile(r"\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/. ]+(\d{1,2}|[a-z]{3,9})[-/., ]+\d{2,4}|"
                  r"[a-z]{3,9} \d{1,2},? \d{4})\s*", re.IGNORECASE)


def not_an_id(answer, articles) -> CheckResult | None:
    """The answer to "which article?" when it is a date or an outlet, not an article id (else None): say what it
    is and ask for the id (an outlet can publish several articles; several articles can share a date).

    >>> import kit
    >>> print(not_an_id("2017-10-13", kit.load_articles()))
    ✗ Not yet: that is a date, not an article: give the article's id.
      Look for it in the article_id column of the table of articles.
    >>> not_an_id("Global Research", kit.load_articles()).message
    "'Global Research' is an outlet with 2 articles in the table: which of its articles do you mean? Copy its id from the article_id column."
    """
    if not isinstance(answer, str):
        return None
    if DATE.fullmatch(answer):
        return CheckResult(INCORRECT, "that is a date, not an article: give the article's id.", ID_WHERE)
    outlet, ids = articles_named(answer, articles)
    if outlet:
        return CheckResult(NOT_ANSWERED if len(ids) > 1 else INCORRECT, which_one(answer, len(ids), outlet),
                           "" if len(ids) > 1 else ID_WHERE)
    return None


def which_one(answer: str, fits: int, outlet: str = "") -> str:
    """What an answer that names no one article is told: how many articles it fits and where their ids are, never
    which ones (a list of two, one of them the answer, would make the question a coin toss).

    >>> which_one("the us one", 2)
    "'the us one' fits 2 articles in the table: copy the id of the one you mean from the article_id column."
    >>> which_one("global research", 2, "Global Research")
    "'Global Research' is an outlet with 2 articles in the table: which of its articles do you mean? Copy its id from the article_id column."
    """
    if outlet:
        return (f"{outlet!r} is an outlet with {fits} article{'s' if fits != 1 else ''} in the table: which of its "
                f"articles do you mean? Copy its id from the article_id column.") if fits > 1 else \
            f"{outlet!r} is an outlet: which of its articles? Give the article's id."
    return (f"{str(answer).strip()!r} fits {fits} articles in the table: copy the id of the one you mean from the "
            "article_id column.")


def unhedged(answer: str) -> str:
    """An answer without the words that say it is unsure (``row_checks.HEDGE``: "idk", "prob", "maybe" …), or the
    answer itself when nothing else is left.

    >>> unhedged("idk the wsws one prob"), unhedged("maybe russia-charges-pentagon?"), unhedged("idk")
    ('the wsws one', 'russia-charges-pentagon', 'idk')
    """
    bare = " ".join(re.sub(HEDGE, " ", answer, flags=re.IGNORECASE).split())
    return bare if loose(bare) else answer


@dataclass
class IdReading:
    """How :func:`read_article_id` reads an answer: ``id`` (None when it names no one article); ``typo``, what to
    say of an id a letter or a dash off (``id`` is the one meant, never read as it); ``outlet``, when an outlet with
    one article here was read as that article; ``problem``, what to say instead (several articles fit, a date …)."""

    id: str | None = None
    typo: str = ""
    outlet: str = ""
    problem: CheckResult | None = None
    text: str = ""  # the answer as it was read (without "idk", "prob" …)


def read_article_id(answer, articles, expected=()) -> IdReading:
    """Which article an answer to "which article?" is read as: the id (any case, spaced, a unique start, a title, or
    2 words or more of one id: :func:`kit.exercises.answers.repair_id`), an outlet with one article here, words
    that fit one article only ("the pentagon one"), words with "idk" or "prob" around them; else what to say:
    several articles fit (a question, "… Not answered yet", not a wrong answer), a date, the start of a file name (partly right when that article is in ``expected``). The US and the Russian
    articles are read alike.

    >>> import kit
    >>> arts = kit.load_articles()
    >>> read_article_id("idk the anti media one prob", arts).id, read_article_id("russian general one", arts).id
    ('russian-general-accuses', 'russian-general-accuses')
    >>> read_article_id("the pentagon one", arts).id, read_article_id("the washington one", arts).id
    ('russia-charges-pentagon', 'washington-pretends-combating-isis')
    >>> print(read_article_id("the us one", arts).problem.message)
    'the us one' fits 2 articles in the table: copy the id of the one you mean from the article_id column.
    >>> read_article_id("russia-charges-pentagn", arts).typo.startswith("'russia-charges-pentagn' is not one")
    True
    """
    if not isinstance(answer, str) or not loose(answer) or too_long(answer) is not None:
        return IdReading(text=str(answer))
    ids, titles = list(articles["article_id"]), id_aliases(articles)
    for text in dict.fromkeys([answer, unhedged(answer)]):
        typed, typo = repair_id(text, ids, titles)
        if typo:  # a letter or a dash off: "did you mean …?", as every check that takes an id says it
            return IdReading(typed, typo=typo, text=text)
        if typed is not None:
            return IdReading(typed, text=text)
        outlet, named = articles_named(text, articles)
        if len(named) == 1 and outlet:  # "the wsws article": the outlet's one article here
            return IdReading(named[0], outlet=outlet, text=text)
        if len(named) > 1:  # "the russia one", "the global research one": how many, and where, never which; a
            # question, not a wrong answer, in every cell that reads it (teacher 48 #13)
            return IdReading(problem=CheckResult(NOT_ANSWERED, which_one(answer, len(named), outlet)), text=text)
        if named:  # a word of one id only ("the pentagon one", "the washington one"): that id, as "the wsws one" is
            return IdReading(named[0], text=text)
        other = not_an_id(text, articles) or file_start(text, articles, list(expected))
        if other is not None:
            return IdReading(problem=other, text=text)
    return IdReading(text=answer)


def articles_named(answer, articles) -> tuple[str, list]:
    """The articles an informal answer to "which article?" names: ``(outlet, its ids)`` for an outlet, with or
    without "the … one/article" ("wsws", "the global research one"); ``("", ids)`` for words that fit the words of
    some ids or titles but name none of them ("the russia one": 'russia', 'russian'); ``("", [])`` else.

    >>> import kit
    >>> articles_named("the wsws article", kit.load_articles()), articles_named("the anti-media one", kit.load_articles())
    (('WSWS', ['us-rescue-of-isis-in-raqqa']), ('Anti-Media', ['russian-general-accuses']))
    >>> articles_named("the russia one", kit.load_articles())
    ('', ['russia-charges-pentagon', 'russian-general-accuses'])
    """
    from ..corpus import outlet_labels
    from .answers import ID_FILLERS
    from .entity_names import entity_aliases

    words = [w for w in loose(answer).split() if w not in ID_FILLERS] if isinstance(answer, str) else []
    if not words or len(words) > 8:
        return "", []
    named, aliases = " ".join(words), entity_aliases()
    labels = list(outlet_labels(articles["outlet"]).astype(str))
    outlets = [o for o in dict.fromkeys(labels) if o.strip() and not o.startswith("(")]
    hit = match_choice(named, outlets, aliases)
    if hit is not None and named in {loose(o) for o in outlets} | {loose(a) for a, o in aliases.items() if o == hit}:
        return hit, [i for i, o in zip(articles["article_id"], labels) if o == hit]
    keys = {i: [w for key in [i, *(t for t, v in id_aliases(articles).items() if v == i)] for w in loose(key).split()]
            for i in articles["article_id"]}

    def fits(word, key):  # "russia" fits "russian" and "russian" fits "russia"; "us" fits only "us"
        return word == key or (min(len(word), len(key)) >= 4 and (key.startswith(word) or word.startswith(key)))
    return "", [i for i, ws in keys.items() if all(any(fits(w, k) for k in ws) for w in words)]


def file_start(answer, articles, expected) -> CheckResult | None:
    """The answer "003" (the number an article's file name starts with, as data/articles/ shows it): say which
    article id it is, partly right when that article is the answer; None for any other answer.

    >>> import kit
    >>> print(file_start("000", kit.load_articles(), ["russia-charges-pentagon"]))
    ◐ Partly right: that is the start of an article's file name; the article id is 'russia-charges-pentagon'.
      Answer with the article id, as the article_id column of the table of articles writes it.
    """
    if not isinstance(answer, str) or not re.fullmatch(r"\s*\d{2,}-?(\.txt)?\s*", answer):
        return None
    hit = file_name_of(answer, articles)
    if not hit:
        return None
    return CheckResult(PARTLY if hit in expected else INCORRECT,
                       f"that is the start of an article's file name; the article id is '{hit}'.",
                       "Answer with the article id, as the article_id column of the table of articles writes it.")


def id_choice(answer, expected, articles, why: str = "", explain_wrong=None) -> CheckResult:
    """``check_choice`` for "which article?": an article's file name is told it is one ("nearly"), and a wrong
    answer is told where lesson 00's table of articles shows the ids.

    >>> import kit
    >>> id_choice("russia-charges-pentagon-training-ex-isis", ["russia-charges-pentagon"], kit.load_articles()).status
    'partly'
    """
    refused = too_long(answer)  # a pasted article: refuse it before any search of it
    if refused is not None:
        return refused
    ids = list(articles["article_id"])
    titles = id_aliases(articles)
    if isinstance(answer, str) and match_choice(answer, ids, titles) is None:
        other = not_an_id(answer, articles)
        if other is not None:
            return other
        start = file_start(answer, articles, expected)
        if start is not None:
            return start
        hit = file_name_of(answer, articles)
        if hit:
            return CheckResult(PARTLY if hit in expected else INCORRECT,
                               "nearly: that is the name of an article's file, not its article id.", ID_WHERE)
    return check_choice(answer, expected, ids, "article id", why, explain_wrong, aliases=titles, where=ID_WHERE)


