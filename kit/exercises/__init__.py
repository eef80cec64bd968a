"""Check functions for the lessons' "Your turn" exercises, and the result they return.

Every check takes the student's ``answer`` first and returns a :class:`CheckResult`:
a readable sentence first, the detail after. A check never raises on a student's
answer: an untouched stub (``answer = ...``) is "not answered", an answer of the wrong
kind (``None``, a number where words are expected, a table …) is "wrong kind of answer" and
says what was expected. A number written as text ("5", "six", "5 articles") is read as the number,
and a list written as one text ("imperialism, regime change", or "imperialism regime change": multi-word
entries of the word lists stay whole) as a list, wherever a list is accepted. Written answers get a rubric level (beginning, emerging,
mastery), never a tick.

Expected answers are computed from the data and the word lists at check time, never
stored: an instructor who changes the article, the paragraph or a word list keeps
working checks.

Every check reads its answer through plain, bounded conversions (:mod:`.reading`): an
object with its own ``__str__`` or ``__iter__``, an endless generator or a huge list
gets feedback, never a traceback or a hang. In Jupyter, importing this module also
adds a plain-words line under the ``NameError`` a student gets for an article id typed
without quotes (:mod:`.friendly`).

The parts: :mod:`.result` (the result object), :mod:`.answers` (reading an answer:
coercion, aliases, misspellings, caps, staged hints), :mod:`.helpers` (lesson helpers),
one module of checks per lesson group (:mod:`.corpus_checks`, :mod:`.word_checks`,
:mod:`.source_checks`, :mod:`.frame_checks`), :mod:`.written` (the rubric), :mod:`.evidence` (quoted
words checked against the article) and :mod:`.search_report` (a search done, reported).

    >>> from kit import exercises
    >>> exercises.check_article_count(...).status
    'not_answered'
    >>> print(exercises.check_article_count("a lot", articles=exercises.example_corpus()))
    ! Wrong kind of answer: the answer should be a whole number.
      You gave a piece of text ('a lot').
"""

from __future__ import annotations

from ..plots import plot_reading_level  # the chart lives in kit.plots; kept here for the lessons
from .cell_notes import remembered
from .corpus_checks import (
                            check_article_count,
                            check_boilerplate_share,
                            check_earliest_article,
                            check_missing_outlet,
                            check_prediction,
                            check_top,
)
from .frame_checks import check_distinctive_word, check_naming, check_neutral_headline
from .friendly import install_name_error_hint
from .helpers import (
                            EXAMPLE_ARTICLE,
                            PASTE_PLACEHOLDER,
                            example_corpus,
                            in_context,
                            is_placeholder,
                            my_article,
                            paragraph,
                            pasted_account,
                            short_article_warning,
                            whole_text,
                            with_corpus,
)
from .reflection import check_reflection
from .result import CheckResult, category_label
from .row_checks import check_same_kind, check_speaker_guess
from .search_report import check_search_report
from .source_checks import (
                            check_cited_outlets,
                            check_claim_source,
                            check_loaded_attributions,
                            check_quote_count,
                            check_speakers,
)
from .word_checks import check_boosters, check_flagged_words, check_hedges, check_loaded_words
from .written import check_lateral_plan

# each check a lesson calls notes which question an answer was checked for: an answer left over from another
# exercise (a cell typed over with only its check) is said to be so, not graded (:mod:`.cell_notes`)
for _name in [n for n in dir() if n.startswith("check_")]:
    globals()[_name] = remembered(globals()[_name])
del _name

install_name_error_hint()  # in Jupyter: a plain-words line under "NameError" for text typed without quotes

__all__ = [
    "CheckResult",
    "category_label",
    "paragraph",
    "check_article_count",
    "check_missing_outlet",
    "check_earliest_article",
    "check_boilerplate_share",
    "check_top",
    "check_prediction",
    "check_same_kind",
    "check_speaker_guess",
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
    "check_search_report",
    "in_context",
    "my_article",
    "pasted_account",
    "is_placeholder",
    "with_corpus",
    "short_article_warning",
    "example_corpus",
    "plot_reading_level",
    "whole_text",
    "PASTE_PLACEHOLDER",
    "EXAMPLE_ARTICLE",
]
