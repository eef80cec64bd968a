"""Check functions for the lessons' "Your turn" exercises, and the result they return.

Every check takes the student's ``answer`` first and returns a :class:`CheckResult`:
a readable sentence first, the detail after. A check never raises on a student's
answer: an untouched stub (``answer = ...``) is "not answered", an answer of the wrong
kind (``None``, a number where words are expected, a table …) is "wrong type" and
says what was expected.

Expected answers are computed from the data and the word lists at check time, never
stored: an instructor who changes the article, the paragraph or a word list keeps
working checks.

    >>> result = check_article_count(...)
    >>> result.status
    'not_answered'
    >>> print(check_article_count("5", articles=_tiny_corpus()))
    ! Wrong type: write the number itself, without quotes (for example 5, not "5").
      You gave a piece of text ('5').
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from .corpus import outlet_labels
from .plots import plot_reading_level  # the chart lives in kit.plots; kept here for the lessons

__all__ = [
    "CheckResult",
    "paragraph",
    "check_article_count",
    "check_missing_outlet",
    "check_earliest_article",
    "check_boilerplate_share",
    "check_top",
    "check_flagged_words",
    "check_loaded_words",
    "check_hedges",
    "check_boosters",
    "check_quote_count",
    "check_speakers",
    "check_cited_outlets",
    "check_loaded_attributions",
    "check_claim_source",
    "check_naming",
    "check_distinctive_word",
    "check_neutral_headline",
    "check_lateral_plan",
    "check_reflection",
    "in_context",
    "my_article",
    "with_corpus",
    "plot_reading_level",
]

CORRECT, PARTLY, INCORRECT = "correct", "partly", "incorrect"
WRONG_TYPE, NOT_ANSWERED = "wrong_type", "not_answered"
STATUSES = (CORRECT, PARTLY, INCORRECT, WRONG_TYPE, NOT_ANSWERED)

# symbol and label for each status: never colour alone
_BADGES = {
    CORRECT: ("✓", "Correct"),
    PARTLY: ("◐", "Partly right"),
    INCORRECT: ("✗", "Not yet"),
    WRONG_TYPE: ("!", "Wrong type"),
    NOT_ANSWERED: ("…", "Not answered yet"),
}

# ---------------------------------------------------------------------------
# the user-facing messages that several checks share
NUDGE = "Replace the three dots after `answer =` with your answer, then run the cell again."
WHY_NOT_ON_LIST = (
    "It is not on the word list. Word lists only hold words that push the reader in almost any "
    "context; a word can still carry weight in this sentence — that is a reasonable choice if you "
    "can say what it makes the reader feel or assume."
)
PLURALS = {"loaded_language": "loaded words", "label": "labels", "hedge": "hedges", "booster": "boosters",
           "attribution": "verbs of saying", "vague_source": "vague sources", "scare_quote": "scare quotes"}


def category_label(categories) -> str:
    """Plain words for a set of categories.

    >>> category_label(["loaded_language", "label"])
    'loaded words or labels'
    """
    return " or ".join(PLURALS.get(c, c.replace("_", " ")) for c in categories)


class CheckResult:
    """The outcome of one check: ``status``, a one-sentence ``message`` and ``detail``.

    ``status`` is one of "correct", "partly", "incorrect", "wrong_type", "not_answered".
    In a notebook it shows as HTML (a symbol plus the sentence, escaped); as text, the
    sentence comes first and the detail after.

    >>> r = CheckResult("partly", "2 of 3 found.", "You missed 'brutal'.")
    >>> r
    ◐ Partly right: 2 of 3 found.
      You missed 'brutal'.
    >>> bool(r), r.correct
    (False, False)
    >>> "<b>no</b>" in CheckResult("incorrect", "<b>no</b>")._repr_html_()
    False
    """

    def __init__(self, status: str, message: str, detail: str | Sequence[str] = ""):
        if status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, not {status!r}")
        self.status = status
        self.message = message
        if not isinstance(detail, str):
            detail = "\n".join(d for d in detail if d)
        self.detail = detail

    @property
    def correct(self) -> bool:
        return self.status == CORRECT

    def __bool__(self) -> bool:
        return self.correct

    def __eq__(self, other):
        if isinstance(other, str):
            return self.status == other
        if isinstance(other, CheckResult):
            return (self.status, self.message, self.detail) == (other.status, other.message, other.detail)
        return NotImplemented

    __hash__ = None

    def __str__(self) -> str:
        symbol, label = _BADGES[self.status]
        text = f"{symbol} {label}: {self.message}"
        if self.detail:
            text += "\n" + "\n".join("  " + line for line in self.detail.splitlines())
        return text

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        symbol, label = _BADGES[self.status]
        style = {
            CORRECT: "border-left:6px double #1b7837",
            PARTLY: "border-left:6px dashed #b35806",
            INCORRECT: "border-left:6px solid #762a83",
            WRONG_TYPE: "border-left:6px dotted #762a83",
            NOT_ANSWERED: "border-left:6px dotted #777777",
        }[self.status]
        lines = "".join(f"<li>{html.escape(line.strip())}</li>"
                        for line in self.detail.splitlines() if line.strip())
        detail = f"<ul style='margin:0.3em 0 0 0'>{lines}</ul>" if lines else ""
        return (f"<div class='kit-check kit-check-{self.status}' role='status' "
                f"style='{style};padding:0.3em 0.8em;margin:0.3em 0'>"
                f"<span aria-hidden='true' style='font-weight:bold'>{html.escape(symbol)}</span> "
                f"<b>{html.escape(label)}:</b> {html.escape(self.message)}{detail}</div>")


# ---------------------------------------------------------------------------
# small helpers


def _describe(value) -> str:
    """Say in plain words what kind of value a student gave.

    >>> _describe(None)
    'nothing (None) — maybe a function that prints its result instead of returning it'
    >>> _describe([1, 2])
    'a list of 2 items'
    """
    if value is None:
        return "nothing (None) — maybe a function that prints its result instead of returning it"
    if value is ...:
        return "the three dots (...)"
    if isinstance(value, bool):
        return f"True/False ({value})"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"a piece of text ({shown!r})"
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a {type(value).__name__} of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "a dictionary"
    kind = type(value).__name__
    if kind == "DataFrame":
        return "a table (DataFrame)"
    if kind == "Series":
        return "a column (Series)"
    return f"a value of type {kind}"


def _not_answered() -> CheckResult:
    return CheckResult(NOT_ANSWERED, "the exercise still has `answer = ...`.", NUDGE)


def _wrong_type(expected: str, value, tip: str = "") -> CheckResult:
    detail = [f"You gave {_describe(value)}."]
    if tip:
        detail.append(tip)
    return CheckResult(WRONG_TYPE, expected, detail)


def _norm(text) -> str:
    """Lower-case, straighten quotes, drop surrounding punctuation and extra spaces.

    >>> _norm("  “Brutal,” ")
    'brutal'
    >>> _norm("So-called")
    'so-called'
    """
    text = str(text).lower()
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    text = re.sub(r"\s+", " ", text)
    return text.strip(" \t\n\"'.,;:!?()[]")


def _is_ellipsis(answer) -> bool:
    return answer is ...


def _as_number(answer):
    """The answer as an int/float, or None when it is not a number."""
    if isinstance(answer, bool):
        return None
    try:
        import numpy as np
        if isinstance(answer, np.generic) and np.issubdtype(type(answer), np.number):
            return answer.item()
    except ImportError:  # pragma: no cover - numpy comes with pandas
        pass
    if isinstance(answer, (int, float)):
        return answer
    return None


def _as_word_list(answer):
    """A list of strings, or None when the answer is not a list/tuple/set of strings."""
    if isinstance(answer, (list, tuple, set, frozenset)) and all(isinstance(a, str) for a in answer):
        return list(answer)
    try:
        import pandas as pd
        if isinstance(answer, pd.Series) and all(isinstance(a, str) for a in answer):
            return list(answer)
    except ImportError:  # pragma: no cover
        pass
    return None


def _quote_list(words: Iterable[str]) -> str:
    words = list(words)
    return ", ".join(f"'{w}'" for w in words) if words else "none"


def _articles(articles):
    import kit
    return kit.load_articles() if articles is None else articles


def _match_choice(answer: str, choices: Iterable[str]):
    """The one choice the answer names: exact (ignoring case), else a unique prefix or part.

    >>> _match_choice("000", ["000-russia", "001-antimedia"])
    '000-russia'
    >>> _match_choice("wsws", ["wsws.org", "Global Research"])
    'wsws.org'
    >>> _match_choice("0", ["000-a", "001-b"]) is None
    True
    """
    wanted = _norm(answer)
    if not wanted:
        return None
    choices = [c for c in dict.fromkeys(choices) if isinstance(c, str)]
    for c in choices:
        if _norm(c) == wanted:
            return c
    for test in (lambda c: _norm(c).startswith(wanted), lambda c: wanted in _norm(c)):
        found = [c for c in choices if test(c)]
        if len(found) == 1:
            return found[0]
    return None


def _need_text(answer, what: str):
    """None when the answer is text; otherwise the not-answered / wrong-type result."""
    if _is_ellipsis(answer):
        return _not_answered()
    if isinstance(answer, str):
        return None
    tip = ""
    if _as_number(answer) is not None:
        tip = f"Write the {what} as text in quotes, for example 'like this'."
    elif isinstance(answer, (list, tuple, set)):
        tip = "Give just one, as text in quotes."
    elif type(answer).__name__ in ("DataFrame", "Series"):
        tip = "Pick the single value out of the table, for example with `.iloc[0]`."
    return _wrong_type(f"the answer should be one {what}, written in quotes.", answer, tip)


def _check_choice(answer, expected: Sequence[str], choices: Sequence[str], what: str,
                  why: str = "", explain_wrong=None) -> CheckResult:
    """Shared logic for 'name one thing from this list' questions (ids, outlets, words)."""
    problem = _need_text(answer, what)
    if problem is not None:
        return problem
    picked = _match_choice(answer, choices)
    if picked is None:
        several = [c for c in choices if _norm(answer) and _norm(answer) in _norm(c)]
        if len(several) > 1:
            return CheckResult(INCORRECT, f"{answer!r} fits several {what}s: write it in full.",
                               f"It fits: {_quote_list(several)}.")
        return CheckResult(INCORRECT, f"{answer!r} is not one of the {what}s in this data.",
                           f"The {what}s are: {_quote_list(choices)}.")
    if picked in expected:
        return CheckResult(CORRECT, f"{picked!r} is right.", why)
    detail = explain_wrong(picked) if explain_wrong else ""
    return CheckResult(INCORRECT, f"{picked!r} is not it — look again.", detail)


# ---------------------------------------------------------------------------
# helpers used in the lessons


def paragraph(articles, article_id: str, paragraph_id: int = 0) -> str:
    """The text of one paragraph (``paragraph_id`` counts from 0) of one article.

    An id that matches one article's id by its start ("000") is accepted.

    >>> paragraph(_tiny_corpus(), "a", 1)
    'A brutal siege, critics say.'
    """
    import kit
    article, found = _one_article(articles, article_id)
    paras = kit.paragraphs(article)
    if not 0 <= paragraph_id < len(paras):
        raise kit.KitError(f"article {found!r} has {len(paras)} paragraphs (0 to {len(paras) - 1})",
                           field="paragraph_id", fix="Pick a number in that range.")
    return str(paras["text"].iloc[paragraph_id])


def _text_frame(text: str):
    import pandas as pd

    import kit
    return kit.load_articles(pd.DataFrame({"article_id": ["your-text"], "title": [""], "text": [text]}))


def _spans_in_text(text: str, categories=None, lexicon=None):
    import kit
    return kit.annotate(_text_frame(text), categories=categories, lexicon=lexicon)


def _profile_with_outlet(articles):
    import kit
    prof = kit.profile(articles)
    if "outlet" not in prof.columns:
        prof = prof.merge(articles[["article_id", "outlet"]], on="article_id", how="left")
    prof = prof.copy()
    prof["outlet"] = outlet_labels(prof["outlet"]).to_numpy()
    return prof


# ---------------------------------------------------------------------------
# lesson 00 and 01: the corpus


def check_article_count(answer, articles=None) -> CheckResult:
    """How many articles are in the corpus?

    >>> check_article_count(2, articles=_tiny_corpus()).status
    'correct'
    >>> check_article_count(3, articles=_tiny_corpus()).status
    'incorrect'
    """
    if _is_ellipsis(answer):
        return _not_answered()
    number = _as_number(answer)
    if number is None:
        tip = ""
        if isinstance(answer, str) and answer.strip().isdigit():
            return _wrong_type('write the number itself, without quotes (for example 5, not "5").', answer)
        if type(answer).__name__ == "DataFrame":
            tip = "`len(articles)` gives the number of rows in a table."
        return _wrong_type("the answer should be a whole number.", answer, tip)
    expected = len(_articles(articles))
    if number == expected:
        return CheckResult(CORRECT, f"there are {expected} articles, one row each.")
    return CheckResult(INCORRECT, f"{number} is not the number of articles.",
                       "Count the rows of the table, or run `len(articles)`.")


def check_missing_outlet(answer, articles=None) -> CheckResult:
    """Which article names no outlet? (an article id, or a list of ids when several do)

    >>> check_missing_outlet("b", articles=_tiny_corpus()).status
    'correct'
    >>> check_missing_outlet(["a"], articles=_tiny_corpus()).status
    'incorrect'
    """
    articles = _articles(articles)
    ids = list(articles["article_id"])
    missing = [i for i, o in zip(ids, articles["outlet"].fillna("").astype(str)) if not o.strip()]
    why = ("Its outlet field is empty: the text itself never says who published it. "
           "Finding out is a job for lateral reading.")
    if _is_ellipsis(answer):
        return _not_answered()
    if isinstance(answer, (list, tuple, set)) and all(isinstance(a, str) for a in answer):
        picked = {_match_choice(a, ids) for a in answer}
        unknown = [a for a in answer if _match_choice(a, ids) is None]
        if unknown:
            return CheckResult(INCORRECT, f"{_quote_list(unknown)} is not an article id here.",
                               f"The ids are: {_quote_list(ids)}.")
        hits, extra = picked & set(missing), picked - set(missing)
        if hits == set(missing) and not extra:
            return CheckResult(CORRECT, f"{_quote_list(sorted(hits))} names no outlet.", why)
        if hits:
            return CheckResult(PARTLY, f"{len(hits)} of {len(missing)} found.",
                               [f"{_quote_list(sorted(extra))} does name an outlet." if extra else "",
                                f"Still missing: {len(set(missing) - hits)}." if set(missing) - hits else ""])
        return CheckResult(INCORRECT, "none of those is missing its outlet.",
                           "Look for the empty cells in the `outlet` column.")
    if isinstance(answer, str) and len(missing) > 1:
        hit = _match_choice(answer, ids)
        if hit in missing:
            return CheckResult(PARTLY, f"{hit!r} is one of them, but {len(missing)} articles name no outlet.",
                               "Give them all in a list: ['…', '…'].")
    if not missing:
        return CheckResult(CORRECT if answer in ([], "", None) else INCORRECT,
                           "every article in this corpus names its outlet.")
    return _check_choice(answer, missing, ids, "article id", why,
                         lambda hit: f"{hit!r} names its outlet: "
                         f"{articles.loc[articles['article_id'] == hit, 'outlet'].iloc[0]!r}.")


def check_earliest_article(answer, articles=None) -> CheckResult:
    """Which article was published first (among those that state a date)?

    >>> check_earliest_article("a", articles=_tiny_corpus()).status
    'correct'
    """
    articles = _articles(articles)
    dated = articles.dropna(subset=["published"])
    if dated.empty:
        return CheckResult(INCORRECT, "no article in this corpus states its date.")
    first = dated.loc[dated["published"] == dated["published"].min(), "article_id"].tolist()
    day = dated["published"].min()
    undated = articles.loc[articles["published"].isna(), "article_id"].tolist()
    why = f"It is dated {day:%d %B %Y}." + (
        f" {_quote_list(undated)} state{'s' if len(undated) == 1 else ''} no date, so we cannot place "
        f"{'it' if len(undated) == 1 else 'them'} — yet." if undated else "")
    return _check_choice(answer, first, list(articles["article_id"]), "article id", why,
                         lambda hit: (f"{hit!r} states no date at all." if hit in undated else
                                      f"{hit!r} is dated "
                                      f"{articles.loc[articles['article_id'] == hit, 'published'].iloc[0]:%d %B %Y}."))


def check_boilerplate_share(answer, articles=None, article_id: str | None = None) -> CheckResult:
    """Which article carries the most boilerplate words (bylines, footers, disclaimers)?

    With ``article_id``, the question is instead "how many boilerplate words does it
    have?", and the answer is a number (within 10% counts as right).

    >>> check_boilerplate_share("b", articles=_tiny_corpus()).status
    'correct'
    """
    articles = _articles(articles)
    counts = {i: len(str(b or "").split()) for i, b in zip(articles["article_id"], articles["boilerplate"])}
    if article_id is not None:
        if _is_ellipsis(answer):
            return _not_answered()
        number = _as_number(answer)
        if number is None:
            return _wrong_type("the answer should be a number of words.", answer)
        hit = _match_choice(article_id, counts)
        expected = counts.get(hit, 0)
        if abs(number - expected) <= max(2, 0.1 * expected):
            return CheckResult(CORRECT, f"about {expected} words of {hit!r} are boilerplate.")
        return CheckResult(INCORRECT, f"{number} is not close to the number of boilerplate words.",
                           "Count the words of the `boilerplate` column, e.g. `len(text.split())`.")
    top = max(counts.values())
    best = [i for i, n in counts.items() if n == top]
    return _check_choice(answer, best, list(counts), "article id",
                         f"{top} words of it are not the article itself: they sell, credit or disclaim.",
                         lambda hit: f"{hit!r} has {counts[hit]} boilerplate words; one article has {top}.")


def check_top(answer, column: str, articles=None, by: str = "article_id", largest: bool = True) -> CheckResult:
    """Which article (or outlet, with ``by="outlet"``) has the highest value of a profile column?

    ``column`` is any column of ``kit.profile`` — for example ``"loaded_language_per_1k"``,
    ``"hedge_booster_ratio"`` or ``"flesch_reading_ease"`` (with ``largest=False``: the
    hardest to read). Outlets are compared by their mean.

    >>> check_top(..., "loaded_language_per_1k").status
    'not_answered'
    """
    problem = _need_text(answer, "article id" if by == "article_id" else by)
    if problem is not None:
        return problem
    articles = _articles(articles)
    prof = _profile_with_outlet(articles)
    if column not in prof.columns:
        return CheckResult(INCORRECT, f"the profile has no column {column!r}.",
                           f"Columns: {', '.join(map(str, prof.columns))}.")
    values = prof.groupby(by)[column].mean().dropna()
    target = values.max() if largest else values.min()
    best = [k for k, v in values.items() if v == target]
    word = "highest" if largest else "lowest"
    what = "article id" if by == "article_id" else by
    plural = "articles" if by == "article_id" else f"{by}s"
    mean = "" if by == "article_id" else "average "
    return _check_choice(
        answer, best, list(values.index), what,
        f"Its {mean}{column} is {target:.1f}, the {word} of the {len(values)} {plural}.",
        lambda hit: f"{hit!r} has {mean}{column} = {values[hit]:.1f}; the {word} is {target:.1f}.")


# ---------------------------------------------------------------------------
# lessons 02 and 04: words on the word lists


def _word_feedback(answer_words, spans, other_spans, label: str) -> CheckResult:
    """Compare a student's words to the flagged spans of a text, with reasons."""
    expected = {}
    for text, term, category, note in zip(spans["text"], spans["term"], spans["category"], spans["note"]):
        expected.setdefault(_norm(text), (text, term, category, note))
    others = {}
    for text, category, note in zip(other_spans["text"], other_spans["category"], other_spans["note"]):
        others.setdefault(_norm(text), (category, note))

    found, partial, extra = [], [], []
    for word in dict.fromkeys(_norm(w) for w in answer_words):
        if not word:
            continue
        if word in expected:
            found.append(word)
            continue
        # a word inside a multi-word entry ("patent" of "patent nonsense"), or a phrase around one
        inside = [k for k in expected if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", k)]
        around = [k for k in expected if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", word)]
        if around:
            found.extend(around)
        elif inside:
            partial.append((word, inside[0]))
        else:
            extra.append(word)
    found = list(dict.fromkeys(found))
    missed = [k for k in expected if k not in found and k not in {p[1] for p in partial}]

    detail = []
    for word, whole in partial:
        detail.append(f"'{word}' is part of the entry '{whole}' — the whole phrase is what is flagged.")
    for k in missed:
        text, term, category, note = expected[k]
        detail.append(f"Missed '{text}' ({category.replace('_', ' ')}): {note}")
    for word in extra:
        if word in others:
            category, note = others[word]
            detail.append(f"'{word}' is on a word list, but as {category.replace('_', ' ')}, not among the "
                          f"{label}: {note}")
        else:
            detail.append(f"'{word}': {WHY_NOT_ON_LIST}")

    total = len(expected)
    if total == 0:
        if not found and not extra and not partial:
            return CheckResult(CORRECT, f"right — the word lists flag no {label} in this text.")
        return CheckResult(PARTLY, f"the word lists flag no {label} in this text.",
                           detail + ["Your choices may still be defensible: say why in the discussion."])
    score = len(found) + 0.5 * len(partial)
    summary = f"{len(found)} of {total} found"
    if extra:
        summary += f"; {len(extra)} of your words {'is' if len(extra) == 1 else 'are'} not among the {label}"
    if len(found) == total and not extra:
        return CheckResult(CORRECT, f"all {total} found: {_quote_list(found)}.", detail)
    if score > 0:
        return CheckResult(PARTLY, summary + ".", detail)
    return CheckResult(INCORRECT, f"none of your words is among the {label}.", detail)


def check_flagged_words(answer, text: str, categories=("loaded_language",), lexicon=None,
                        label: str | None = None) -> CheckResult:
    """Which words in ``text`` are flagged in ``categories``? The answer is a list of words.

    The expected words come from ``kit.annotate`` on the text at check time. Missed words
    are explained with the word list's note; extra words get a reason ("on another list",
    or "not on the list, and why that can still be a reasonable choice").

    >>> check_flagged_words(["brutal"], "A brutal siege.").status
    'correct'
    >>> check_flagged_words("brutal", "A brutal siege.").status
    'wrong_type'
    """
    label = label or category_label(categories)
    if _is_ellipsis(answer):
        return _not_answered()
    words = _as_word_list(answer)
    if words is None:
        tip = ""
        if isinstance(answer, str):
            tip = f"Put each word in quotes inside square brackets: [{', '.join(repr(w) for w in answer.split()[:2])}]."
        return _wrong_type("the answer should be a list of words, like ['word', 'another word'].",
                           answer, tip)
    if not words:
        return CheckResult(INCORRECT, "your list is empty.", "Add the words you think are flagged.")
    spans = _spans_in_text(text, lexicon=lexicon)
    mine = spans[spans["category"].isin(list(categories))]
    return _word_feedback(words, mine, spans[~spans["category"].isin(list(categories))], label)


def check_loaded_words(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as loaded language or labels?

    >>> check_loaded_words(["brutal", "war"], "A brutal war.").status
    'partly'
    """
    return check_flagged_words(answer, text, ("loaded_language", "label"), lexicon,
                               label="loaded words or labels")


def check_hedges(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as hedges (doubt, tentativeness)?

    >>> check_hedges(["alleged"], "The alleged attack.").status
    'correct'
    """
    return check_flagged_words(answer, text, ("hedge",), lexicon, label="hedges")


def check_boosters(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as boosters (certainty)?

    >>> check_boosters(["undoubtedly"], "It is undoubtedly true.").status
    'correct'
    """
    return check_flagged_words(answer, text, ("booster",), lexicon, label="boosters")


# ---------------------------------------------------------------------------
# lesson 03: sourcing


def _one_article(articles, article_id):
    articles = _articles(articles)
    ids = list(articles["article_id"])
    hit = article_id if article_id in ids else _match_choice(str(article_id), ids)
    if hit is None:
        import kit
        raise kit.KitError(f"no article with id {article_id!r}", field="article_id",
                           fix=f"Use one of: {', '.join(ids)}.")
    return articles[articles["article_id"] == hit], hit


def check_quote_count(answer, articles=None, article_id: str | None = None, kind: str | None = "direct") -> CheckResult:
    """How many quotations (``kind="direct"`` by default) does one article contain?

    Counted with ``kit.quotes`` at check time. One off counts as partly right: where a
    quotation starts and ends is sometimes a judgement call.

    >>> check_quote_count(None, article_id="a", articles=_tiny_corpus()).status
    'wrong_type'
    """
    import kit
    if _is_ellipsis(answer):
        return _not_answered()
    number = _as_number(answer)
    if number is None:
        if isinstance(answer, str) and answer.strip().isdigit():
            return _wrong_type('write the number itself, without quotes (for example 5, not "5").', answer)
        tip = "`len(table)` counts the rows of a table." if type(answer).__name__ == "DataFrame" else ""
        return _wrong_type("the answer should be a whole number.", answer, tip)
    one, hit = _one_article(articles, article_id or _articles(articles)["article_id"].iloc[0])
    quotes = kit.quotes(one)
    if kind and "kind" in quotes.columns:
        quotes = quotes[quotes["kind"] == kind]
    expected = len(quotes)
    word = f"{kind} quotations" if kind else "quotations"
    if number == expected:
        return CheckResult(CORRECT, f"{hit!r} has {expected} {word}.")
    if abs(number - expected) == 1:
        return CheckResult(PARTLY, f"close: the kit counts {expected} {word}.",
                           "A quotation split across two paragraphs, or a short quoted phrase, "
                           "is easy to count twice or miss. Check with `kit.quotes`.")
    return CheckResult(INCORRECT, f"{number} is not the number of {word} in {hit!r}.",
                       "Count the rows of `kit.quotes(...)` for that article.")


def _name_matches(answer: str, name: str) -> bool:
    """A name matches when it is the same, or shares its last word ("Gerasimov").

    >>> _name_matches("Moallem", "Walid al-Moallem"), _name_matches("Lavrov", "Sergei Shoigu")
    (True, False)"""
    a, n = _norm(answer), _norm(name)
    if not a or not n:
        return False
    parts = re.split(r"[\s-]+", n)
    if a == n or a in parts or n in a:
        return True
    return re.split(r"[\s-]+", a)[-1] == parts[-1]


def _check_names(answer, names: Sequence[str], what: str, why: str = "", text: str = "") -> CheckResult:
    if _is_ellipsis(answer):
        return _not_answered()
    words = _as_word_list(answer)
    if words is None:
        tip = "Put each name in quotes inside square brackets: ['First Name', 'Another'] ."
        return _wrong_type(f"the answer should be a list of {what}.", answer, tip)
    if not words:
        return CheckResult(INCORRECT, "your list is empty.")
    names = list(dict.fromkeys(n for n in names if n))
    found = [n for n in names if any(_name_matches(w, n) for w in words)]
    extra = [w for w in words if not any(_name_matches(w, n) for n in names)]
    missed = [n for n in names if n not in found]
    in_text = [w for w in extra if text and _norm(w) and _norm(w) in _norm(text)]
    not_in_text = [w for w in extra if w not in in_text]
    detail = [f"Missed: {_quote_list(missed)}." if missed else "",
              f"{_quote_list(in_text)} appear{'s' if len(in_text) == 1 else ''} in the text, but not among "
              f"the {what} the kit finds — only mentioned, or quoted indirectly? If you are sure, "
              "the kit may have missed it: rules are not perfect." if in_text else "",
              f"{_quote_list(not_in_text)}: not found in the text — check the spelling." if not_in_text else "",
              why]
    if not names:
        return CheckResult(CORRECT if not words else INCORRECT, f"the kit finds no {what} here.", detail)
    if not missed and not extra:
        return CheckResult(CORRECT, f"all {len(names)} found: {_quote_list(names)}.", why)
    if found:
        return CheckResult(PARTLY, f"{len(found)} of {len(names)} found.", detail)
    return CheckResult(INCORRECT, f"none of those is among the {what}.", detail)


def check_speakers(answer, articles=None, article_id: str | None = None, kind: str | None = "direct") -> CheckResult:
    """Who is quoted by name in one article (``kind="direct"``: in quotation marks)? A list of
    people's names; last names are enough. Computed with ``kit.quotes`` at check time.

    >>> check_speakers(..., article_id="a", articles=_tiny_corpus()).status
    'not_answered'
    """
    import kit
    if _is_ellipsis(answer):
        return _not_answered()
    one, hit = _one_article(articles, article_id or _articles(articles)["article_id"].iloc[0])
    quotes = kit.quotes(one)
    people = quotes[quotes["speaker_type"].astype(str) == "named person"]
    if kind:
        people = people[people["kind"] == kind]
    names = [s for s in people["speaker"].fillna("").astype(str) if s.strip()]
    return _check_names(answer, names, "named people quoted",
                        "The kit finds speakers from cues like 'X said' and 'according to X'.",
                        text=str(one["text"].iloc[0]))


def _cited_media(articles):
    """Names of the media outlets the articles cite (``kit.citations``), most mentioned first."""
    import kit
    table = kit.citations(articles)
    counts = table.groupby("cited")["n_mentions"].sum().sort_values(ascending=False, kind="stable")
    return list(counts.index)


def check_cited_outlets(answer, articles=None, article_id: str | None = None) -> CheckResult:
    """Which media outlets does an article cite (or the whole corpus, without ``article_id``)?

    >>> check_cited_outlets([1, 2]).status
    'wrong_type'
    """
    if _is_ellipsis(answer):
        return _not_answered()
    if _as_word_list(answer) is None:
        return _check_names(answer, [], "media outlets cited")
    articles = _articles(articles)
    if article_id is not None:
        articles, _ = _one_article(articles, article_id)
    return _check_names(answer, _cited_media(articles), "media outlets cited",
                        "Citing a well-known outlet is not the same as reporting what it said: "
                        "open the original and compare.")


def check_loaded_attributions(answer, articles=None, article_id: str | None = None) -> CheckResult:
    """Which loaded verbs of saying ("claimed", "blasted" …) does an article use? A list of words.

    >>> check_loaded_attributions(42).status
    'wrong_type'
    """
    import kit
    if _is_ellipsis(answer):
        return _not_answered()
    if _as_word_list(answer) is None:
        return check_flagged_words(answer, "", ("attribution",))
    one, hit = _one_article(articles, article_id or _articles(articles)["article_id"].iloc[0])
    spans = kit.annotate(one)
    attr = spans[spans["category"] == "attribution"]
    loaded = attr[attr["tone"].astype(str) == "loaded"]
    neutral = attr[attr["tone"].astype(str) != "loaded"]
    return _word_feedback(answer, loaded, neutral.assign(category="neutral attribution"),
                          "loaded verbs of saying")


def check_claim_source(answer, articles=None, phrase: str = "convoy") -> CheckResult:
    """Which outlet's report do the articles cite for a claim (the sentences that mention ``phrase``)?

    Computed from ``kit.trace_claim``: the outlet cited most often in those sentences.

    >>> check_claim_source(None).status
    'wrong_type'
    """
    import kit
    problem = _need_text(answer, "outlet")
    if problem is not None:
        return problem
    articles = _articles(articles)
    trace = kit.trace_claim(articles, phrase)
    outlets = _cited_media(articles)
    counts = {}
    for sentence in trace["text"].astype(str):
        for outlet in outlets:
            if re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", sentence, flags=re.IGNORECASE):
                counts[outlet] = counts.get(outlet, 0) + 1
    if not counts:
        return CheckResult(INCORRECT, f"no outlet is named in the sentences that mention {phrase!r}.",
                           "Read the trace: who is the claim attributed to?")
    top = max(counts.values())
    best = [o for o, n in counts.items() if n == top]
    return _check_choice(answer, best, outlets, "outlet",
                         f"{top} sentences about {phrase!r} name it. Next step: find that report itself "
                         "and compare what it says with what the articles say it says.",
                         lambda hit: f"{hit!r} is named in {counts.get(hit, 0)} of those sentences; "
                         f"another outlet in {top}.")


# ---------------------------------------------------------------------------
# lesson 05: frames


def check_naming(answer, concept: str, outlet: str, articles=None) -> CheckResult:
    """Which name does ``outlet`` use most often for ``concept`` (e.g. "United States")?

    >>> check_naming(3, "United States", "wsws.org").status
    'wrong_type'
    """
    import kit
    problem = _need_text(answer, "name")
    if problem is not None:
        return problem
    articles = _articles(articles)
    table = kit.naming(articles)
    concept_col = "concept" if "concept" in table.columns else table.columns[0]
    name_col = next(c for c in ("surface", "name", "variant", "term") if c in table.columns)
    count_col = next(c for c in ("count", "n", "mentions") if c in table.columns)
    outlet_hit = _match_choice(outlet, table["outlet"].astype(str)) or outlet
    rows = table[(table[concept_col].astype(str).str.lower() == concept.lower())
                 & (table["outlet"].astype(str) == outlet_hit)]
    rows = rows.groupby(name_col)[count_col].sum()
    rows = rows[rows > 0]
    if rows.empty:
        return CheckResult(INCORRECT, f"{outlet_hit!r} never names {concept!r} in this corpus.")
    top = rows.max()
    best = [n for n, c in rows.items() if c == top]
    return _check_choice(answer, best, list(rows.index), "name",
                         f"{outlet_hit} uses it {top} times. Compare with the other outlets' choices.",
                         lambda hit: f"{outlet_hit} uses {hit!r} {rows.get(hit, 0)} times; "
                         f"its most frequent name is used {top} times.")


def check_distinctive_word(answer, group: str, articles=None, by: str = "outlet", top: int = 10) -> CheckResult:
    """Name a word that is distinctive of ``group`` (in its ``top`` by z-score).

    >>> check_distinctive_word(["a", "b"], "wsws.org").status
    'wrong_type'
    """
    import kit
    problem = _need_text(answer, "word")
    if problem is not None:
        return problem
    articles = _articles(articles)
    table = kit.distinctive_words(articles, by=by)
    group_hit = _match_choice(group, table[by].astype(str)) or group
    mine = table[table[by].astype(str) == group_hit].sort_values("z", ascending=False)
    word = _norm(answer)
    ranks = {w: i for i, w in enumerate(mine["word"].astype(str))}
    if word in ranks and ranks[word] < top:
        z = mine["z"].iloc[ranks[word]]
        return CheckResult(CORRECT, f"'{word}' is number {ranks[word] + 1} for {group_hit} (z = {z:.1f}).",
                           "A high z means the word is used far more by this group than by the others.")
    if word in ranks and ranks[word] < 5 * top:
        return CheckResult(PARTLY, f"'{word}' leans towards {group_hit}, but is only number {ranks[word] + 1}.",
                           f"The top {top}: {_quote_list(mine['word'].head(top))}.")
    return CheckResult(INCORRECT, f"'{word}' is not distinctive of {group_hit}.",
                       f"The top {top}: {_quote_list(mine['word'].head(top))}.")


def check_neutral_headline(answer, original: str = "", lexicon=None) -> CheckResult:
    """Is a rewritten headline free of the word lists' loaded language, labels and boosters?

    The word lists cannot judge fairness on their own, so a clean result says what was
    checked and what to ask yourself next.

    >>> check_neutral_headline("Russian general says US trained former ISIS fighters").status
    'correct'
    >>> check_neutral_headline(None).status
    'wrong_type'
    """
    if _is_ellipsis(answer):
        return _not_answered()
    if not isinstance(answer, str):
        return _wrong_type("the answer should be your headline, as text in quotes.", answer)
    if len(answer.split()) < 3:
        return CheckResult(INCORRECT, "a headline needs a few words: who did or said what?")
    if original and _norm(answer) == _norm(original):
        return CheckResult(INCORRECT, "that is the original headline — rewrite it in your own words.")
    spans = _spans_in_text(answer, categories=["loaded_language", "label", "booster", "scare_quote"],
                           lexicon=lexicon)
    follow_up = ("Also ask: does it say who makes the claim? Does it state a claim as a fact? "
                 "The word lists cannot check that for you.")
    if spans.empty:
        return CheckResult(CORRECT, "no loaded words, labels or boosters from the word lists.", follow_up)
    detail = [f"'{t}' ({c.replace('_', ' ')}): {n}" for t, c, n in
              zip(spans["text"], spans["category"], spans["note"])]
    return CheckResult(PARTLY, f"{len(spans)} word{'s' if len(spans) != 1 else ''} from the word lists "
                       "still push the reader.", detail + [follow_up])


# ---------------------------------------------------------------------------
# written answers: feedback on what is there, not a grade

_SIFT_MOVES = {
    "Stop": r"\b(stop|pause|slow down|before sharing|my (own )?reaction)",
    "Investigate the source": (r"\b(who (publish|wrote|runs|owns|is behind)|author|outlet|publisher|"
                               r"about (page|us)|wikipedia|funded|ownership|website|domain|site)"),
    "Find better coverage": (r"\b(other (sources|outlets|news|articles|reports|coverage)|search|google|"
                             r"look (it )?up|fact[- ]?check|compare|reuters|ap news|bbc)"),
    "Trace claims to the original": (r"\b(original|trace|primary|the report|the bbc report|archive|"
                                     r"wayback|cited|quote[sd]? (in|from)|where it came from|title)"),
}


def check_lateral_plan(answer, min_words: int = 15) -> CheckResult:
    """Feedback on a written plan for checking a source: which SIFT moves does it use?

    >>> r = check_lateral_plan("I would search the title on Google and look at other outlets "
    ...                        "that covered it, then trace the quote to the original report.")
    >>> r.status
    'correct'
    """
    if _is_ellipsis(answer):
        return _not_answered()
    if not isinstance(answer, str):
        return _wrong_type("the answer should be your plan, written as text in quotes.", answer)
    text = answer.lower()
    used = [move for move, pattern in _SIFT_MOVES.items() if re.search(pattern, text)]
    unused = [m for m in _SIFT_MOVES if m not in used]
    n_words = len(answer.split())
    if n_words < min_words:
        return CheckResult(INCORRECT, f"say a little more ({n_words} words; aim for {min_words} or more).",
                           "Which steps would you take, in what order, and what would each tell you?")
    detail = [f"Your plan uses: {', '.join(used) or 'none of the SIFT moves yet'}.",
              f"You could add: {', '.join(unused)}." if unused else ""]
    if len(used) >= 2:
        return CheckResult(CORRECT, "a workable plan.", detail)
    return CheckResult(PARTLY, "a start — add at least one more move.", detail)


def check_reflection(answer, min_words: int = 40) -> CheckResult:
    """Feedback on a written reflection: long enough, and does it point at evidence?

    >>> check_reflection("Too short.").status
    'incorrect'
    """
    if _is_ellipsis(answer):
        return _not_answered()
    if not isinstance(answer, str):
        return _wrong_type("the answer should be your reflection, written as text in quotes.", answer)
    n_words = len(answer.split())
    if n_words < min_words:
        return CheckResult(INCORRECT, f"{n_words} words — aim for at least {min_words}.",
                           "Name one thing the analysis showed, one example from the text, and one "
                           "question you would check elsewhere.")
    cites = bool(re.search(r"[\"“'‘]|\d|for example|e\.g\.|such as", answer))
    if not cites:
        return CheckResult(PARTLY, f"{n_words} words — now point at the text.",
                           "Quote a word or a number from the article to back up what you say.")
    return CheckResult(CORRECT, f"{n_words} words, with examples from the text.",
                       "Share it in the discussion: did others see the same things?")


# ---------------------------------------------------------------------------
# more lesson helpers (loops that do not belong in a notebook cell)


def in_context(spans, articles=None):
    """Add each span's whole sentence (column ``sentence``) to a table of spans from ``kit.annotate``.

    >>> import kit
    >>> arts = _tiny_corpus()
    >>> in_context(kit.annotate(arts, categories=["booster"]), arts)["sentence"].tolist()
    ['It was undoubtedly a merciless attack, he claimed.']
    """
    import kit
    articles = _articles(articles)
    sents = kit.sentences(articles)[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"})
    return spans.merge(sents, on=["article_id", "sentence_id"], how="left")


PASTE_PLACEHOLDER = "PASTE YOUR ARTICLE HERE"
EXAMPLE_ARTICLE = "us-rescue-of-isis-in-raqqa"


def my_article(text: str = "", file: str = "", title: str = "My article"):
    """The capstone's article as a one-row articles table: pasted ``text``, or a ``file`` in this folder.

    With neither (or the untouched placeholder), it returns one of the bundled articles
    and says so, so that the notebook still runs from top to bottom.

    >>> my_article("It was, undoubtedly, a brutal week.", title="Test")["n_words"].item()
    6
    >>> my_article()["article_id"].item()
    No text pasted and no file given: using the bundled article 'us-rescue-of-isis-in-raqqa' as an example.
    'us-rescue-of-isis-in-raqqa'
    """
    import pandas as pd

    import kit
    if file and str(file).strip():
        return kit.load_articles(str(file).strip())
    if isinstance(text, str) and text.strip() and text.strip() != PASTE_PLACEHOLDER:
        return kit.load_articles(pd.DataFrame({"article_id": ["my-article"], "title": [title], "text": [text]}))
    articles = kit.load_articles()
    print(f"No text pasted and no file given: using the bundled article {EXAMPLE_ARTICLE!r} as an example.")
    return articles[articles["article_id"] == EXAMPLE_ARTICLE].reset_index(drop=True)


def with_corpus(mine, articles=None):
    """The student's article(s) and the bundled corpus in one table (the student's first).

    >>> len(with_corpus(my_article("A short text of my own.")))
    6
    """
    import pandas as pd
    articles = _articles(articles)
    extra = articles[~articles["article_id"].isin(mine["article_id"])]
    return pd.concat([mine, extra], ignore_index=True)


# ---------------------------------------------------------------------------
# a tiny corpus for the doctests (no files needed)


def _tiny_corpus():
    import pandas as pd

    import kit
    return kit.load_articles(pd.DataFrame({
        "article_id": ["a", "b"],
        "outlet": ["Example News", ""],
        "title": ["First", "Second"],
        "published": [pd.Timestamp("2017-10-13"), pd.NaT],
        "text": ["The siege ended, officials said.\n\nA brutal siege, critics say.",
                 "It was undoubtedly a merciless attack, he claimed."],
        "boilerplate": ["", "Note to readers: please share. Copyright 2019."],
    }))
