"""Checks for lesson 05 (frames): naming, distinctive words, a neutral headline.

    >>> check_neutral_headline("Russian general says US trained former ISIS fighters").status
    'correct'
"""

from __future__ import annotations

from .answers import MAX_CHARS, check_choice, match_choice, need_text, norm, quote_list
from .helpers import corpus_or_bundled, spans_in_text
from .result import CORRECT, INCORRECT, PARTLY, CheckResult

__all__ = ["check_naming", "check_distinctive_word", "check_neutral_headline", "MAX_HEADLINE_WORDS"]

MAX_HEADLINE_WORDS = 30  # a longer "headline" is refused before any word list is run


def check_naming(answer, concept: str, outlet: str, articles=None) -> CheckResult:
    """Which name does ``outlet`` use most often for ``concept`` (e.g. "United States")?

    >>> check_naming(3, "United States", "wsws.org").status
    'wrong_type'
    """
    import kit
    problem = need_text(answer, "name")
    if problem is not None:
        return problem
    table = kit.naming(corpus_or_bundled(articles))
    outlet_hit = match_choice(outlet, table["outlet"].astype(str)) or outlet
    rows = table[(table["concept"].astype(str).str.lower() == concept.lower())
                 & (table["outlet"].astype(str) == outlet_hit)]
    rows = rows.groupby("surface")["count"].sum()
    rows = rows[rows > 0]
    if rows.empty:
        return CheckResult(INCORRECT, f"{outlet_hit!r} never names {concept!r} in this corpus.")
    top = rows.max()
    best = [n for n, c in rows.items() if c == top]
    return check_choice(answer, best, list(rows.index), "name",
                        f"{outlet_hit} uses it {top} times. Compare with the other outlets' choices.",
                        lambda hit: f"{outlet_hit} uses {hit!r} {rows.get(hit, 0)} times; "
                        f"its most frequent name is used {top} times.")


def check_distinctive_word(answer, group: str, articles=None, by: str = "outlet", top: int = 10) -> CheckResult:
    """Name a word that is distinctive of ``group``: in its ``top`` by z-score, counted as the plot of
    :func:`kit.plot_distinctive_words` counts them (grammar words such as "the" and "will" left out).

    >>> check_distinctive_word(["a", "b"], "wsws.org").status
    'wrong_type'
    """
    import kit

    from ..framing import FUNCTION_WORDS, top_distinctive_words
    problem = need_text(answer, "word")
    if problem is not None:
        return problem
    table = kit.distinctive_words(corpus_or_bundled(articles), by=by)
    group_hit = match_choice(group, table[by].astype(str)) or group
    word = norm(answer)
    if word in FUNCTION_WORDS:
        return CheckResult(INCORRECT, f"'{word}' is a grammar word: the plot leaves these out, because they say "
                                      "little about how an outlet frames events.",
                           "Choose one of the bars in the plot: a word with meaning of its own.")
    mine = top_distinctive_words(table, group_hit, n=len(table))
    ranks = {w: i for i, w in enumerate(mine["word"].astype(str))}
    if word in ranks and ranks[word] < top:
        z = mine["z"].iloc[ranks[word]]
        return CheckResult(CORRECT, f"'{word}' is number {ranks[word] + 1} for {group_hit} (z = {z:.1f}).",
                           "A high z means the word is used far more by this group than by the others.")
    if word in ranks and ranks[word] < 5 * top:
        return CheckResult(PARTLY, f"'{word}' leans towards {group_hit}, but is only number {ranks[word] + 1}.",
                           f"The top {top}: {quote_list(mine['word'].head(top))}.")
    return CheckResult(INCORRECT, f"'{word}' is not distinctive of {group_hit}.",
                       f"The top {top}: {quote_list(mine['word'].head(top))}.")


def check_neutral_headline(answer, original: str = "", lexicon=None) -> CheckResult:
    """Is a rewritten headline free of the word lists' loaded language, labels and boosters?

    The word lists cannot judge fairness on their own, so a clean result says what was
    checked and what to ask yourself next. A "headline" over 30 words is refused before
    any word list runs, so the answer stays short however long the input.

    >>> check_neutral_headline("Russian general says US trained former ISIS fighters").status
    'correct'
    >>> check_neutral_headline(None).status
    'wrong_type'
    >>> print(check_neutral_headline("brutal " * 1_500_000))
    ✗ Not yet: your answer has 10,500,000 characters; this check reads at most 20,000.
      Write it in your own words, a few sentences long.
    """
    problem = need_text(answer, "headline")
    if problem is not None:
        return problem
    n_words = len(answer[:MAX_CHARS].split())
    if n_words < 3:
        return CheckResult(INCORRECT, "a headline needs a few words: who did or said what?")
    if n_words > MAX_HEADLINE_WORDS:
        return CheckResult(INCORRECT, f"that is {n_words} words; a headline has at most {MAX_HEADLINE_WORDS}.",
                           "Say who did or said what, in one line.")
    if original and norm(answer) == norm(original):
        return CheckResult(INCORRECT, "that is the original headline — rewrite it in your own words.")
    spans = spans_in_text(answer, categories=["loaded_language", "label", "booster", "scare_quote"],
                          lexicon=lexicon)
    follow_up = ("Also ask: does it say who makes the claim? Does it state a claim as a fact? "
                 "The word lists cannot check that for you.")
    if spans.empty:
        return CheckResult(CORRECT, "no loaded words, labels or boosters from the word lists.", follow_up)
    detail = [f"'{t}' ({c.replace('_', ' ')}): {n}" for t, c, n in
              zip(spans["text"], spans["category"], spans["note"])]
    return CheckResult(PARTLY, f"{len(spans)} word{'s' if len(spans) != 1 else ''} from the word lists "
                       "still push the reader.", detail + [follow_up])
