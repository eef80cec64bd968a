"""Checks for lessons 02 and 04: which words of a text are on a word list?

The expected words come from ``kit.annotate`` at check time. Feedback explains every
word: a missed one (hints come in stages: a direction first, the words themselves on
the third try), an extra one that is on a list but not in this text, one on another
list, a likely misspelling ("did you mean …?"), or one on no list at all.

    >>> check_loaded_words(["brutal"], "A brutal siege.").status
    'correct'
"""

from __future__ import annotations

import re

from .answers import as_word_list, did_you_mean, need_word_list, next_attempt, norm, quote_list
from .helpers import spans_in_text
from .result import CORRECT, INCORRECT, PARTLY, CheckResult, category_label

__all__ = ["check_flagged_words", "check_loaded_words", "check_hedges", "check_boosters", "word_feedback",
           "WHY_NOT_ON_LIST"]

WHY_NOT_ON_LIST = (
    "It is not on any word list. Word lists only hold words that push the reader in almost any "
    "context; a word can still carry weight in this sentence — that is a reasonable choice if you "
    "can say what it makes the reader feel or assume."
)


def listed_forms(lexicon=None) -> dict[str, str]:
    """Every form on the word lists (terms and their variants), normalised -> category.

    >>> listed_forms()["allegedly"]
    'hedge'
    """
    import kit
    table = kit.load_lexicon() if lexicon is None else lexicon
    out: dict[str, str] = {}
    for term, variants, category in zip(table["term"], table["variants"].fillna(""), table["category"]):
        for form in [term, *str(variants).split("|")]:
            if norm(form):
                out.setdefault(norm(form), str(category))
    return out


def sentence_numbers(spans, keys) -> str:
    """The sentence numbers (counting from 1) where the spans with these normalised texts are."""
    numbers = sorted({int(s) + 1 for t, s in zip(spans["text"], spans["sentence_id"]) if norm(t) in keys})
    if not numbers:
        return ""
    return ("sentence " if len(numbers) == 1 else "sentences ") + ", ".join(map(str, numbers))


def word_feedback(answer_words, spans, other_spans, label: str, question: tuple = (),
                  listed: dict | None = None, categories=()) -> CheckResult:
    """Compare a student's words to the flagged spans of a text, with a reason for each word.

    ``spans`` are the expected spans, ``other_spans`` those of other categories in the same
    text, ``listed`` every form on the word lists (see :func:`listed_forms`); ``question``
    identifies the question for staged hints.

    >>> spans = spans_in_text("A brutal siege.")
    >>> word_feedback(["brutal"], spans, spans.iloc[0:0], "loaded words").status
    'correct'
    """
    listed = listed or {}
    expected = {}
    for text, term, category, note in zip(spans["text"], spans["term"], spans["category"], spans["note"]):
        expected.setdefault(norm(text), (text, term, category, note))
    others = {}
    for text, category, note in zip(other_spans["text"], other_spans["category"], other_spans["note"]):
        others.setdefault(norm(text), (category, note))

    found, partial, extra = [], [], []
    for word in dict.fromkeys(norm(w) for w in answer_words):
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
    solved = not missed and not extra and not partial
    stage = next_attempt(question, solved) if question else 3

    detail = []
    for word, whole in partial:
        detail.append(f"'{word}' is part of the entry '{whole}' — the whole phrase is what is flagged.")
    if missed and stage == 1:
        detail.append(f"{len(missed)} still to find. Look again at {sentence_numbers(spans, set(missed))}.")
    elif missed and stage == 2:
        for k in missed:
            text, term, category, note = expected[k]
            detail.append(f"Still to find: a word starting with '{text[0]}' in "
                          f"{sentence_numbers(spans, {k})} ({category.replace('_', ' ')}): {note}")
    else:
        for k in missed:
            text, term, category, note = expected[k]
            detail.append(f"Missed '{text}' ({category.replace('_', ' ')}): {note}")
    for word in extra:
        guess = did_you_mean(word, [*expected, *listed])
        if word in others:
            category, note = others[word]
            detail.append(f"'{word}' is on a word list, but as {category.replace('_', ' ')}, not among the "
                          f"{label}: {note}")
        elif word in listed and listed[word] in categories:
            detail.append(f"'{word}' is on the {listed[word].replace('_', ' ')} list, but not in this paragraph.")
        elif word in listed:
            detail.append(f"'{word}' is on the word lists (as {listed[word].replace('_', ' ')}), "
                          "but not in this paragraph.")
        elif guess is not None:
            detail.append(f"'{word}': did you mean '{guess}'?")
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
        return CheckResult(CORRECT, f"all {total} found: {quote_list(found)}.", detail)
    if score > 0:
        return CheckResult(PARTLY, summary + ".", detail)
    return CheckResult(INCORRECT, f"none of your words is among the {label}.", detail)


def check_flagged_words(answer, text: str, categories=("loaded_language",), lexicon=None,
                        label: str | None = None) -> CheckResult:
    """Which words in ``text`` are flagged in ``categories``? The answer is a list of words.

    Missed words are explained with the word list's note (in stages: where to look
    first, the words themselves on the third try); extra words get a reason.

    >>> check_flagged_words(["brutal"], "A brutal siege.").status
    'correct'
    >>> check_flagged_words("brutal", "A brutal siege.").status
    'wrong_type'
    """
    label = label or category_label(categories)
    problem = need_word_list(answer)
    if problem is not None:
        return problem
    words = as_word_list(answer)
    if not words:
        return CheckResult(INCORRECT, "your list is empty.", "Add the words you think are flagged.")
    spans = spans_in_text(text, lexicon=lexicon)
    mine = spans[spans["category"].isin(list(categories))]
    return word_feedback(words, mine, spans[~spans["category"].isin(list(categories))], label,
                         question=("flagged", tuple(categories), text), listed=listed_forms(lexicon),
                         categories=tuple(categories))


def check_loaded_words(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as loaded language or labels?

    >>> check_loaded_words(["brutal", "war"], "A brutal war.").status
    'partly'
    """
    return check_flagged_words(answer, text, ("loaded_language", "label"), lexicon,
                               label="loaded words or labels")


def check_hedges(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as hedges (tentativeness)?

    >>> check_hedges(["alleged"], "The alleged attack.").status
    'correct'
    >>> print(check_hedges(["alleged"], "The attack, it seems."))
    ✗ Not yet: none of your words is among the hedges.
      1 still to find. Look again at sentence 1.
      'alleged' is on the hedge list, but not in this paragraph.
    """
    return check_flagged_words(answer, text, ("hedge",), lexicon, label="hedges")


def check_boosters(answer, text: str, lexicon=None) -> CheckResult:
    """Which words in ``text`` are flagged as boosters (certainty)?

    >>> check_boosters(["undoubtedly"], "It is undoubtedly true.").status
    'correct'
    """
    return check_flagged_words(answer, text, ("booster",), lexicon, label="boosters")
