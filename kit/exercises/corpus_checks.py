"""Checks for lessons 00 and 01 (the corpus and its profile), and for predictions.

Expected answers are computed from the data at check time. Rates per 1,000 words that
differ by less than one word per 1,000 words (other columns: by less than a small step)
count as a tie, and the message says so.

    >>> from kit.exercises.helpers import example_corpus
    >>> check_article_count(2, articles=example_corpus()).status
    'correct'
"""

from __future__ import annotations

import re

import pandas as pd

from ..ranking import TIE_STEPS, tied
from .answers import (
    COPY_THE_ID,
    check_choice,
    did_you_mean,
    id_typo_note,
    loose,
    match_choice,
    near_miss,
    need_text,
    norm,
    quote_list,
    repair_id,
)
from .article_ids import (  # noqa: F401  (public here too: where the checks first imported them)
    DATE,
    ID_WHERE,
    articles_named,
    file_name_of,
    file_start,
    id_choice,
    not_an_id,
    read_article_id,
)
from .helpers import corpus_or_bundled, example_corpus, id_aliases, one_article  # noqa: F401  (example_corpus: doctests)
from .numbers import read_guess, read_number
from .reading import guarded
from .result import (
    COMPARED,
    CORRECT,
    INCORRECT,
    NOT_ANSWERED,
    PARTLY,
    CheckResult,
    category_label,
    not_answered,
    wrong_type,
)

__all__ = ["check_article_count", "check_missing_outlet", "check_earliest_article", "check_boilerplate_share",
           "check_top", "check_prediction", "near_ties", "whole_number", "not_an_id", "articles_named", "column_words", "id_choice", "file_name_of", "file_start",
           "ID_WHERE"]


def whole_number(answer):
    """None when the answer is a number (or text that is only a number: "5", "five");
    otherwise the not-answered / wrong-type result.

    >>> whole_number(5) is None, whole_number("5") is None, whole_number("a lot").status, whole_number(3.5).status
    (True, True, 'wrong_type', 'incorrect')
    >>> print(whole_number(3.5))
    ✗ Not yet: a count is a whole number, and 3.5 is not one: rows are counted one by one.
      Write a whole number, like 3 or 4.
    """
    if answer is ...:
        return not_answered()
    number = read_number(answer)
    if number is not None and float(number).is_integer():
        return None
    if number is not None and abs(float(number)) < 1e15:  # "3.5": rows are counted whole (not nan, not inf)
        return CheckResult(INCORRECT, f"a count is a whole number, and {answer} is not one: rows are counted one by "
                           f"one.", [f"Write a whole number, like {int(number)} or {int(number) + 1}."])
    tip = "`len(...)` gives the number of rows in a table." if isinstance(answer, pd.DataFrame) else ""
    digits = re.findall(r"\d+", answer) if isinstance(answer, str) else []
    if len(digits) == 1 and not tip:  # "about 30", in quotes as an earlier message said: the number alone
        tip = f"Write just the number, without quotes: {digits[0]}"
    return wrong_type("the answer should be a whole number.", answer, tip)


@guarded
def check_article_count(answer, articles=None) -> CheckResult:
    """How many articles are in the corpus?

    >>> check_article_count(2, articles=example_corpus()).status
    'correct'
    >>> check_article_count(3, articles=example_corpus()).status
    'incorrect'
    """
    problem = whole_number(answer)
    if problem is not None:
        return problem
    number = read_number(answer)
    expected = len(corpus_or_bundled(articles))
    if number == expected:
        return CheckResult(CORRECT, f"there are {expected} articles, one row each.")
    return CheckResult(INCORRECT, f"{number} is not the number of articles.",
                       "Count the rows of the table, or run `len(articles)`.")


@guarded
def check_missing_outlet(answer, articles=None) -> CheckResult:
    """Which article names no outlet? (an article id, or a list of ids when several do)

    >>> check_missing_outlet("b", articles=example_corpus()).status
    'correct'
    >>> check_missing_outlet(["a"], articles=example_corpus()).status
    'incorrect'
    """
    articles = corpus_or_bundled(articles)
    ids = list(articles["article_id"])
    missing = [i for i, o in zip(ids, articles["outlet"].fillna("").astype(str)) if not o.strip()]
    titles = id_aliases(articles)
    why = ("Its outlet field is empty: the text itself never says who published it. "
           "Finding out is a job for lateral reading.")
    if answer is ...:
        return not_answered()
    if isinstance(answer, (list, tuple, set)) and all(isinstance(a, str) for a in answer):
        if len(answer) > len(ids):
            return CheckResult(INCORRECT, f"your list has {len(answer):,} ids; the corpus has {len(ids)} articles.")
        picked = {match_choice(a, ids, titles) for a in answer}
        unknown = [a for a in answer if match_choice(a, ids, titles) is None]
        typos = {a: near_miss(a, ids, titles) for a in answer if near_miss(a, ids, titles)}
        if unknown:
            meant = [f"{a!r}: did you mean {typos[a]!r}?" for a in unknown if a in typos]
            return CheckResult(INCORRECT, f"{quote_list(unknown)} is not an article id here.",
                               [*meant, COPY_THE_ID if meant else f"The ids are: {quote_list(ids)}."])
        hits, extra = picked & set(missing), picked - set(missing)
        if hits == set(missing) and not extra:
            return CheckResult(CORRECT, f"{quote_list(sorted(hits))} names no outlet.",
                               [*(id_typo_note(a, m) for a, m in typos.items()), why])
        if hits:
            return CheckResult(PARTLY, f"{len(hits)} of {len(missing)} found.",
                               [f"{quote_list(sorted(extra))} does name an outlet." if extra else "",
                                f"Still missing: {len(set(missing) - hits)}." if set(missing) - hits else ""])
        return CheckResult(INCORRECT, "none of those is missing its outlet.",
                           "Look for the empty cells in the `outlet` column.")
    if isinstance(answer, str) and len(missing) > 1:
        hit = match_choice(answer, ids, titles)
        if hit in missing:
            return CheckResult(PARTLY, f"{hit!r} is one of them, but {len(missing)} articles name no outlet.",
                               "Give them all in a list: ['…', '…'].")
    if not missing:
        nothing = answer is None or (isinstance(answer, (str, list)) and not answer)
        return CheckResult(CORRECT if nothing else INCORRECT,
                           "every article in this corpus names its outlet.")
    return id_choice(answer, missing, articles, why,
                     lambda hit: f"{hit!r} names its outlet: "
                     f"{articles.loc[articles['article_id'] == hit, 'outlet'].iloc[0]!r}.")


@guarded
def check_earliest_article(answer, articles=None) -> CheckResult:
    """Which article was published first, among those whose metadata states a date?

    An article without a date may still be older: its text can hold clues (events it
    calls recent), which is a question for lateral reading, not for this check.

    >>> check_earliest_article("a", articles=example_corpus()).status
    'correct'
    """
    articles = corpus_or_bundled(articles)
    dated = articles.dropna(subset=["published"])
    if dated.empty:
        return CheckResult(INCORRECT, "no article in this corpus states its date.")
    first = dated.loc[dated["published"] == dated["published"].min(), "article_id"].tolist()
    day = dated["published"].min()
    undated = articles.loc[articles["published"].isna(), "article_id"].tolist()
    why = f"It is the earliest stated date: {day:%d %B %Y}." + (
        f" {quote_list(undated)} state{'s' if len(undated) == 1 else ''} no date: read "
        f"{'its' if len(undated) == 1 else 'their'} text for clues before you rank "
        f"{'it' if len(undated) == 1 else 'them'}." if undated else "")
    return id_choice(answer, first, articles, why,
                     lambda hit: (f"{hit!r} states no date at all." if hit in undated else
                                  f"{hit!r} is dated "
                                  f"{articles.loc[articles['article_id'] == hit, 'published'].iloc[0]:%d %B %Y}."))


@guarded
def check_boilerplate_share(answer, articles=None, article_id: str | None = None) -> CheckResult:
    """Which article carries the most boilerplate words (bylines, footers, disclaimers)?

    With ``article_id``, the question is instead "how many boilerplate words does it
    have?", and the answer is a number (within 10% counts as right).

    >>> check_boilerplate_share("b", articles=example_corpus()).status
    'correct'
    """
    articles = corpus_or_bundled(articles)
    counts = {i: len(str(b or "").split()) for i, b in zip(articles["article_id"], articles["boilerplate"])}
    if article_id is not None:
        problem = whole_number(answer)
        if problem is not None:
            return problem
        number = read_number(answer)
        hit = one_article(articles, article_id)[1]  # an id one letter off: "did you mean …?"
        expected = counts.get(hit, 0)
        if abs(number - expected) <= max(2, 0.1 * expected):
            return CheckResult(CORRECT, f"about {expected} word{'s' if expected != 1 else ''} of {hit!r} {'are' if expected != 1 else 'is'} boilerplate.")
        return CheckResult(INCORRECT, f"{number} is not close to the number of boilerplate words.",
                           "Count the words of the `boilerplate` column, e.g. `len(text.split())`.")
    top = max(counts.values())
    best = [i for i, n in counts.items() if n == top]
    return id_choice(answer, best, articles,
                     f"{top} word{'s' if top != 1 else ''} of it {'are' if top != 1 else 'is'} not the article itself: they sell, credit or disclaim.",
                     lambda hit: f"{hit!r} has {counts[hit]} boilerplate words; one article has {top}.")


def near_ties(values: pd.Series, column: str, target: float) -> dict:
    """The keys whose value is within a tie of ``target``, with the gap in plain words.

    The rule: two rates per 1,000 words tie when they are less than one word per 1,000
    words apart (the rate of a 1,000-word article moves by 1 for each word). Other columns
    use a small step (half a grade level, one point of reading ease). Values equal once
    rounded to one decimal are "the same" (the gap is ""), as the student sees them.

    >>> rates = pd.Series({"a": 12.9, "b": 12.6, "c": 5.0, "d": 12.88})
    >>> near_ties(rates, "hedge_per_1k", 12.9)
    {'a': '', 'b': '0.3 words per 1,000 words apart: less than one word per 1,000', 'd': ''}
    """
    out = {}
    for key, value in values.items():
        gap = abs(value - target)
        if not tied(value, target, column):  # the one rule of kit.ranking, also used by the charts
            continue
        if gap == 0 or f"{value:.1f}" == f"{target:.1f}":
            out[key] = ""
        elif column.endswith("_per_1k"):
            out[key] = f"{gap:.1f} words per 1,000 words apart: less than one word per 1,000"
        else:
            out[key] = f"{gap:.2f} points apart"
    return out


@guarded
def check_top(answer, column: str, articles=None, by: str = "article_id", largest: bool = True) -> CheckResult:
    """Which article (or outlet, with ``by="outlet"``) has the highest value of a profile column?

    ``column`` is any column of ``kit.profile`` — for example ``"loaded_language_per_1k"``,
    ``"hedge_booster_ratio"`` or ``"flesch_reading_ease"`` (with ``largest=False``: the
    hardest to read). Outlets are compared by their mean. Near-ties count as ties.

    >>> check_top(..., "loaded_language_per_1k").status
    'not_answered'
    """
    import kit

    from ..corpus import outlet_labels

    what = "article id" if by == "article_id" else by
    problem = need_text(answer, what)
    if problem is not None:
        return problem
    prof = kit.profile(corpus_or_bundled(articles))
    prof["outlet"] = outlet_labels(prof["outlet"]).to_numpy()
    if column not in prof.columns:
        return CheckResult(INCORRECT, f"the profile has no column {column!r}.",
                           f"Columns: {', '.join(map(str, prof.columns))}.")
    values = prof.groupby(by)[column].mean().dropna()
    target = values.max() if largest else values.min()
    ties = near_ties(values, column, target)
    word = "highest" if largest else "lowest"
    plural = "articles" if by == "article_id" else f"{by}s"
    mean = "" if by == "article_id" else "average "
    label = column_words(column)
    leaders = [k for k in values.index if values[k] == target]
    leader = leaders[0]

    def explain_wrong(hit):  # where to look, never the value to look for: that would end the search at a glance
        where = (f"sort the profile by {column!r} and read its {'last' if largest else 'first'} row" if by == "article_id"
                 else f"compare the {mean}{label} of each {by} in the plot or the table")
        return (f"{hit!r} scores {values[hit]:.1f} on {mean}{label}; the {word} scores "
                f"{'more' if largest else 'less'}: {where}.")

    titles = id_aliases(corpus_or_bundled(articles)) if by == "article_id" else None
    reading = read_article_id(answer, corpus_or_bundled(articles), list(ties)) if titles is not None else None
    typed, outlet = (reading.id, reading.outlet) if reading is not None else (None, "")
    if reading is not None and reading.typo:  # an id a letter or a dash off: "did you mean …?", never a ✓
        return CheckResult(PARTLY, reading.typo) if typed in ties else \
            CheckResult(INCORRECT, reading.typo, explain_wrong(typed))
    if reading is not None and reading.problem is not None:  # "the russia one", a date: what to say instead
        return reading.problem
    if typed is not None and match_choice(answer, list(values.index), titles) is None:  # "russian general one"
        titles = {**titles, norm(answer): typed}  # read as the id read_article_id gives, like any other title
    result = check_choice(answer, list(ties), list(values.index), what, "", explain_wrong, aliases=titles)
    if not result.correct:
        if outlet:  # "wsws" is told how it was read, right or wrong
            result.message = f"{outlet!r} is an outlet; its one article here is {typed!r}. {result.message}"
        return result
    hit = match_choice(answer, list(values.index), titles)
    others = [k for k in ties if k != hit]
    rule = ("less than one word per 1,000 words apart" if column.endswith("_per_1k")
            else f"within {TIE_STEPS.get(column, 0.02 * abs(target)):g} points")
    unit = " per 1,000 words" if column.endswith("_per_1k") else " points"
    if hit in leaders:
        message = f"{hit!r} has the {word} {mean}{label} of the {len(values)} {plural} ({values[hit]:.1f})."
        detail = [(f"{k!r} ties with it ({values[k]:.1f}), so it is accepted too: values {rule} count as equal."
                   if not ties[k] else
                   f"{k!r} ({values[k]:.1f}) is accepted too: a near-tie, {abs(values[k] - target):.1f}{unit} apart, "
                   "too small a difference to mean anything.")
                  for k in others]
    elif not ties[hit]:
        message = (f"{hit!r} ties with the {word} {mean}{label} ({values[hit]:.1f}, like {leader!r}): "
                   "within a tie of it, so it is accepted.")
        detail = [f"A tie here means {rule}: a difference that small means nothing, so they count as equal."]
    else:
        scores = f"{values[hit]:.1f} {label}" if column.endswith("_per_1k") and not mean else \
            f"{values[hit]:.1f} on {mean}{label}"
        message = (f"{hit!r} is accepted: it scores {scores}, within {abs(values[hit] - target):.1f}{unit} "
                   f"of the {word}, {leader!r} at {target:.1f}.")
        detail = [f"A near-tie: {rule} is too small a difference to mean anything, so the two count as equal."]
    if outlet:  # "wsws": an outlet with one article here is read as that article, and said
        detail.insert(0, f"{outlet!r} is an outlet; it has one article here, so your answer is read as {hit!r}: "
                         "give the id, as other checks read it.")
    elif isinstance(answer, str) and loose(answer) != loose(hit) and norm(answer) not in (titles or {}):
        # "us fighting isis": a part of the id, read as the one id it can mean, and said
        detail.insert(0, f"You wrote {answer.strip()!r}, read as {hit!r}: copy ids exactly, as other checks read them.")
    return CheckResult(CORRECT, message, detail)


COLUMN_WORDS = {"per_1k": "per 1,000 words", "flesch_reading_ease": "reading ease (Flesch: higher is easier)",
                "flesch_kincaid_grade": "school grade level (Flesch-Kincaid)",
                "avg_sentence_length": "words per sentence", "hedge_booster_ratio": "hedges per booster"}


def column_words(column: str) -> str:
    """A profile column in plain words.

    >>> column_words("loaded_language_per_1k"), column_words("label_per_1k")
    ('loaded words per 1,000 words', 'labels per 1,000 words')
    >>> column_words("flesch_reading_ease")
    'reading ease (Flesch: higher is easier)'
    """
    if column.endswith("_per_1k"):
        return category_label([column[: -len("_per_1k")]]) + " per 1,000 words"
    return COLUMN_WORDS.get(column, column.replace("_", " "))


#: where a prediction that is not a number is fixed: in its own cell, above the check
PREDICTION_CELL = ("Your prediction is set in its own cell, the one under \"Predict first\" further up: there, write "
                   "your guess as a number in digits after `prediction =` (no quotes), run that cell, then this one. "
                   "A guess is fine: it is not marked.")
#: what the "↔" a prediction gets means (a student asked)
NOT_MARKED = "↔ means a prediction is not marked: it is set beside what the kit finds."


#: where a prediction that names no one article is fixed
COPY_INTO = "Copy the id from the table into `prediction = …` (in quotes), run that cell, then this one."


def articles_of(ids, articles=None):
    """The articles table a prediction's choices come from: ``articles``, or the bundled articles when every id is
    one of theirs (the lessons pass ``articles.article_id``); None when they are not article ids.

    >>> len(articles_of(["russia-charges-pentagon", "us-rescue-of-isis-in-raqqa"])), articles_of(["Mattis"])
    (5, None)
    """
    if articles is not None:
        return articles
    bundled = corpus_or_bundled(None)
    return bundled if set(ids) <= set(bundled["article_id"]) else None


@guarded
def check_prediction(prediction, actual, what: str | None = None, choices=None, articles=None) -> CheckResult:
    """Compare a prediction made before computing with the computed ``actual`` value.

    A prediction is not graded: one that matches the kit passes (status "correct") but is shown as a comparison
    ("↔"), never a tick; any other gets neither a tick nor a cross (status "compared"), only how it compares. A
    prediction of a choice (an article id, an outlet) is checked after the table or plot that answers it, so a
    different one is told the kit's ranking (the lesson may argue the other reading is better: never "your guess
    was off"). A number gets the gap ("close" within 10%); each time the student is asked to compare with the reason
    they had. ``what`` says what is counted or ranked ("direct quotations", "has the most hedges"); ``choices``
    (the article ids or names of the table) lets a misspelt choice get "did you mean …?". Article ids are read as
    every check reads them (:func:`read_article_id`: "the wsws article", "the russia one"), from ``articles`` or,
    when the choices are ids of the bundled articles, from those.

    >>> print(check_prediction(3, 5, "direct quotations"))
    ↔ Your prediction and the kit: you predicted 3 direct quotations; the kit's count is 5, 2 more than you predicted.
      Compare it with what you expected: what made you expect 3?
      ↔ means a prediction is not marked: it is set beside what the kit finds.
    >>> check_prediction("b", "b").status
    'correct'
    >>> print(check_prediction("a", "b"))
    ↔ Your prediction and the kit: you predicted 'a'; the kit finds 'b': its ranking puts it first.
      Find both in the table or plot above and compare their numbers.
      Keep your prediction as it is, and think back: what made you pick 'a'?
      ↔ means a prediction is not marked: it is set beside what the kit finds.
    >>> print(check_prediction("a", "b", "has the fewest loaded words per 1,000 words").message)
    you predicted 'a'; in the kit's count, 'b' has the fewest loaded words per 1,000 words.
    >>> print(check_prediction("russia-charges-pentgon", "syria-us-isis", choices=["russia-charges-pentagon",
    ...                                                                            "syria-us-isis"]))
    … Not answered yet: 'russia-charges-pentgon' is not one of the article ids here: did you mean 'russia-charges-pentagon'?
      Copy the id from the table into 'prediction = …' (in quotes), run that cell, then this one.
    """
    if prediction is ...:
        return not_answered("prediction")
    if isinstance(actual, str):
        # say what kind of text: an article id (from the table above) or a name
        problem = need_text(prediction, "article_id from the table above" if "-" in actual else "name")
        if problem is not None:
            return problem
        picked = prediction
        if choices is not None:
            choices = [c for c in dict.fromkeys(choices) if isinstance(c, str)]
            table = articles_of([*choices, actual], articles)
            reading = read_article_id(prediction, table) if table is not None else None
            typed, typo = (reading.id, reading.typo) if reading is not None else repair_id(prediction, [*choices, actual])
            if reading is not None and reading.problem is not None and not typo:  # "the russia one", a date
                return CheckResult(NOT_ANSWERED, reading.problem.message,
                                   "Then put it in `prediction = …` (in quotes), run that cell, then this one.")
            picked = typed if typed is not None and not typo else prediction
            if typed is None or typo:  # not a choice of the table, or one a letter or a dash off: not read as it
                kind = "article ids" if "-" in actual else "names"
                guess = did_you_mean(prediction, [*choices, actual], endings=False)
                return CheckResult(NOT_ANSWERED, typo.removesuffix(" " + COPY_THE_ID) if typo and kind == "article ids"
                                   else f"{prediction!r} is not one of the {kind} in the table"
                                   + (f": did you mean {guess!r}?" if guess else "."),
                                   COPY_INTO if "-" in actual else COPY_INTO.replace("the id", "the name"))
        read_as = f"{prediction.strip()!r} (read as {picked!r})" if loose(picked) != loose(prediction) else ""
        ranked = f"{what} too" if what else "the kit's ranking puts it first too"
        if match_choice(picked, [actual]) == actual:
            return CheckResult(CORRECT, f"you predicted {read_as or repr(actual)}, and in the kit's count it {ranked}.",
                               ["Think back: what told you?", NOT_MARKED], badge=COMPARED)
        finds = f"in the kit's count, {actual!r} {what}." if what else \
            f"the kit finds {actual!r}: its ranking puts it first."
        return CheckResult(COMPARED, f"you predicted {read_as or repr(prediction)}; {finds}",
                           ["Find both in the table or plot above and compare their numbers.",
                            f"Keep your prediction as it is, and think back: what made you pick "
                            f"{str(prediction).strip()!r}?", NOT_MARKED])
    what = f" {what}" if what else ""
    number = read_guess(prediction)  # "about 5 i think" is read as 5, as "like 3 idk" is as 3 (teacher 48 #11)
    if number is None and isinstance(prediction, str):  # not marked, so not a "wrong kind of answer" either
        many = len(re.findall(r"\d+(?:[.,]\d+)*", prediction)) > 1
        return CheckResult(NOT_ANSWERED, f"{prediction.strip()!r} " + (
            "gives more than one number: a prediction is one number, so pick one." if many else
            "is not read as one number, so there is nothing to set beside the kit's count."), PREDICTION_CELL)
    if number is None:  # the fix goes in the prediction's own cell, above this one (student 35 #7)
        result = whole_number(prediction)
        result.detail = "\n".join([result.detail, PREDICTION_CELL]).strip("\n")
        return result
    from .friendly import read_as_number  # "like 3 idk" is read as 3, and said (teacher 47 #13): one message

    read = [read_as_number(prediction, number)] if read_as_number(prediction, number) else []
    gap = actual - number
    if gap == 0:
        return CheckResult(CORRECT, f"you predicted {number:g}{what}, exactly: the kit's count is {actual:g}.",
                           [*read, "Think back: what told you?", NOT_MARKED], badge=COMPARED)
    said = (f"you predicted {number:g}{what}; the kit's count is {actual:g}, "
            f"{abs(gap):g} {'more' if gap > 0 else 'fewer'} than you predicted.")
    negative = "A count is never below 0." if number < 0 <= actual else ""
    compare = f"Compare it with what you expected: what made you expect {number:g}?"
    if abs(gap) <= 0.1 * abs(actual):
        return CheckResult(COMPARED, "close: " + said, [*read, compare, NOT_MARKED])
    return CheckResult(COMPARED, said, [*read, negative, compare, NOT_MARKED])
