"""Property tests: hostile answers thrown at every public check (issue 24, item 6).

The strategies are written from issue 24's list, not from any existing fuzzer: text
subclasses whose ``__str__`` (or ``__eq__``, ``__iter__``, ``lower`` …) raises, lists whose
iteration never ends or whose ``__len__`` lies, generators that never stop, huge texts
and long lists of long texts, numbers too large to print, NaN and infinities, lone
surrogates and control characters, tables, dictionaries, bytes and nested lists.

``KIT_FUZZ_EXAMPLES=250`` (23 checks x 250, plus 17 listed cases each: 6,141 calls) runs the
full count; the everyday suite uses 40 per check. Every check must return a
:class:`CheckResult` (never raise, never hang): each call runs
under a hard 20-second alarm, which only a hang can reach (``benchmarks/bench_checks.py``
prints how long the checks take against their 1-second goal).
"""

from __future__ import annotations

import itertools
import math
import os
import signal

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lesson_checks import lesson_checks

import kit
from kit import exercises as ex
from kit.exercises import CheckResult
from kit.exercises.result import STATUSES

HANG_SECONDS = 20  # far above the 1 s goal: reaching it means the check hung
# examples per check: 40 in the everyday suite; KIT_FUZZ_EXAMPLES=250 gives issue 24's 5,000+ cases
EXAMPLES = int(os.environ.get("KIT_FUZZ_EXAMPLES", "40"))


class Hang(Exception):
    pass


def call_with_alarm(check, answer):
    def ring(signum, frame):
        raise Hang(f"{check} did not return within {HANG_SECONDS} s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(HANG_SECONDS)
    try:
        return check(answer)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# --------------------------------------------------------------------------- hostile values

def boom(*args, **kwargs):
    raise ZeroDivisionError("hostile")


STR_METHODS = ["__str__", "__repr__", "__eq__", "__hash__", "__iter__", "__len__", "__getitem__", "lower",
               "strip", "split", "__contains__", "__format__", "encode", "replace", "startswith"]
LIST_METHODS = ["__iter__", "__len__", "__getitem__", "__eq__", "__contains__", "__repr__", "__bool__"]


def hostile_str(text, methods):
    return type("HostileStr", (str,), {m: boom for m in methods})(text)


def hostile_list(items, methods):
    return type("HostileList", (list,), {m: boom for m in methods})(items)


def endless_list(items):
    class Endless(list):
        def __iter__(self):
            return itertools.cycle(items or ["x"])

        def __len__(self):
            return 3
    return Endless(items)


def lying_len(items):
    class Liar(list):
        def __len__(self):
            return 10**12
    return Liar(items)


class Opaque:
    """An object whose every conversion raises."""
    __str__ = __repr__ = __len__ = __iter__ = __bool__ = __eq__ = __hash__ = __format__ = boom


class BadClass:
    @property
    def __class__(self):
        raise ZeroDivisionError("hostile __class__")


def endless_generator():
    return (str(i) for i in itertools.count())


def slow_generator():
    import time
    for i in itertools.count():
        time.sleep(0.01)
        yield f"w{i}"


IDS = ["russia-charges-pentagon", "russian-general-accuses", "us-rescue-of-isis-in-raqqa",
       "us-fighting-isis-or-liquidating-assets", "washington-pretends-combating-isis"]
words = st.sampled_from(["brutal", "regime", "BBC", "Reuters", "Konashenkov", "imperialism", "allegedly",
                         "undoubtedly", "", " ", "Moallem", "WSWS", "the US", *IDS])
odd_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=5),
    st.text(alphabet=st.sampled_from("\x00\x1b\u202e\u200b\ufeff\n\t,;[]'\"“”×"), max_size=30),
    words,
    st.lists(words, min_size=2, max_size=5).map(", ".join),
    st.builds(lambda w, n: w * n, words, st.integers(1_000, 40_000)),  # huge text
)
numbers = st.one_of(st.integers(), st.integers(min_value=10**20, max_value=10**5000),
                    st.floats(allow_nan=True, allow_infinity=True), st.just(math.nan),
                    st.integers(-5, 20).map(np.int64), st.floats(0, 20).map(np.float32), st.booleans())
plain = st.one_of(odd_text, numbers, st.none(), st.just(...), st.just({"a": 1}), st.just(b"BBC"),
                  st.just(pd.DataFrame({"x": [1]})), st.just(pd.Series(["BBC", "Reuters"])),
                  st.just(pd.Series([1, None])), st.just(frozenset({"BBC"})), st.just({"a", "b"}))
lists = st.one_of(
    st.lists(st.one_of(odd_text, numbers, st.none()), max_size=8),
    st.lists(words, max_size=8).map(tuple),
    st.builds(lambda n, size: ["Mattis" * size] * n, st.integers(150, 200), st.integers(1_000, 20_000)),
    st.integers(201, 100_000).map(lambda n: ["x"] * n),
    st.lists(st.lists(words, max_size=3), max_size=3),
)
hostile = st.one_of(
    st.builds(hostile_str, words, st.lists(st.sampled_from(STR_METHODS), min_size=1, max_size=6, unique=True)),
    st.builds(hostile_list, st.lists(words, max_size=4),
              st.lists(st.sampled_from(LIST_METHODS), min_size=1, max_size=4, unique=True)),
    st.builds(lambda w: [hostile_str(w, ["__str__", "__eq__", "lower"])], words),
    st.builds(endless_list, st.lists(words, max_size=3)),
    st.builds(lying_len, st.lists(words, max_size=3)),
    st.builds(Opaque),  # BadClass is in test_issue_24_cases: hypothesis 6.100 itself calls isinstance on it
    st.builds(endless_generator), st.builds(slow_generator), st.builds(lambda: iter(int, 1)),
    st.builds(lambda: range(10**9)), st.builds(lambda: map(str, itertools.count())),
)
answers = st.one_of(plain, lists, hostile)


# --------------------------------------------------------------------------- every public check

@pytest.fixture(scope="module")
def checks():
    return lesson_checks(kit.load_articles())


CHECKS = ["article_count", "missing_outlet", "earliest", "boilerplate", "boilerplate_count", "top", "top_outlet",
          "prediction_choice", "prediction_number", "loaded_words", "hedges", "boosters", "doubt", "quote_count",
          "speakers", "cited_outlets", "loaded_attributions", "claim_source", "naming", "distinctive_word",
          "neutral_headline", "lateral_plan", "reflection", "reflection_article", "search_report", "same_kind",
          "speaker_guess"]


def test_every_public_check_is_covered():
    public = {n for n in ex.__all__ if n.startswith("check_")}
    called = {"check_article_count", "check_missing_outlet", "check_earliest_article", "check_boilerplate_share",
              "check_top", "check_prediction", "check_loaded_words", "check_hedges", "check_boosters",
              "check_flagged_words", "check_quote_count", "check_speakers", "check_cited_outlets",
              "check_loaded_attributions", "check_claim_source", "check_naming", "check_distinctive_word",
              "check_neutral_headline", "check_lateral_plan", "check_reflection", "check_search_report",
              "check_same_kind", "check_speaker_guess"}
    assert public == called


def assert_feedback(result, name, answer):
    assert isinstance(result, CheckResult), (name, type(answer))
    assert result.status in STATUSES
    text = str(result) + result._repr_html_()  # rendering never fails either
    assert result.message and text


@pytest.mark.parametrize("name", CHECKS)
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(answer=answers)
def test_hostile_answers_get_feedback(checks, name, answer):
    result = call_with_alarm(checks[name], answer)
    assert_feedback(result, name, answer)


@pytest.mark.parametrize("name", CHECKS)
@pytest.mark.parametrize("make", [
    lambda: hostile_str("BBC", ["__str__"]),  # issue 24's example: check_missing_outlet(S("BBC"), articles)
    lambda: hostile_str("Konashenkov, Moallem", STR_METHODS),
    lambda: [hostile_str("brutal", STR_METHODS)],
    endless_generator, slow_generator, lambda: iter(int, 1),
    lambda: endless_list(["BBC"]), lambda: lying_len(["BBC"]),
    lambda: ["x" * 20_000] * 200,  # issue 24: 200 strings of 20,000 characters
    lambda: "brutal " * 1_500_000, lambda: 10**5000, lambda: -(10**30), lambda: math.inf, lambda: math.nan,
    lambda: "\ud800", Opaque, BadClass,
], ids=["str__str__", "str-all", "list-of-hostile", "endless-gen", "slow-gen", "iter-int", "endless-list",
        "lying-len", "200x20000", "huge-text", "huge-int", "negative-int", "inf", "nan", "surrogate",
        "opaque", "bad-class"])
def test_issue_24_cases(checks, name, make):
    result = call_with_alarm(checks[name], make())
    assert_feedback(result, name, None)
    if make is Opaque:
        assert result.status == "wrong_type" and "fails when it is read" in result.detail


def test_hostile_str_is_read_as_its_text(checks):
    """A str subclass is read as the text it holds: its own methods never run."""
    result = checks["missing_outlet"](hostile_str("russia-charges-pentagon", STR_METHODS))
    assert result.correct
    listed = checks["speakers"]([hostile_str("Konashenkov", STR_METHODS), hostile_str("Moallem", STR_METHODS)])
    assert listed.correct


def test_finite_generator_is_read_as_a_list(checks):
    assert checks["speakers"](w for w in ["Konashenkov", "Moallem"]).correct


def test_endless_answers_say_so(checks):
    result = checks["speakers"](endless_generator())
    assert result.status == "incorrect" and "never stops" in result.message
    assert "100,000 items" in checks["speakers"](["x"] * 100_000).message


def test_every_public_check_reads_its_answer_through_the_guard():
    unguarded = [n for n in ex.__all__ if n.startswith("check_") and not hasattr(getattr(ex, n), "__wrapped__")]
    assert unguarded == []
