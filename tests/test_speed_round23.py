"""Round 23's shortcuts (issue 25) give what the plain scans they replaced gave.

Each property compares one shortcut with the scan it replaced, on made-up text; tests/test_table_digests.py
compares every table as a whole.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kit import context
from kit.context import ContextRules
from kit.sourcing import checked_articles, prepare_articles

# the same kinds of names for both sides: a state, its government's seat, its capital
_GAZ_PIECES = ["The Pentagon said", "the Kremlin said", "US officials", "Russian officials", "Washington and Moscow",
               "Ann Lee", "Omar Haddad", "in Syria", "the United States’", "Russia’s", "NATO-led", "anti-US", ", ",
               ". ", "\n\n", "“No,” "]


def _article(text):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "test"))[0]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_GAZ_PIECES), max_size=14).map(" ".join), st.integers(0, 240), st.integers(0, 60))
def test_gazetteer_names_overlapping_a_stretch_are_those_a_scan_finds(text, lo, size):
    art = _article("The Pentagon and the Kremlin said no. " + text)
    assert len(art.gaz) >= 2
    for s, e in [(lo, lo + size), *((g[0] + 1, g[1] + 3) for g in art.gaz), *((g[0] - 2, g[0]) for g in art.gaz)]:
        assert art.gaz_overlapping(s, e) == [g for g in art.gaz if g[1] > s and g[0] < e]


_CLAUSE_TEXT = st.lists(st.sampled_from(["the plan", " ", ",", ";", ":", "—", "–", "(", ")", "[", "]", ".", "\n",
                                         "may", "allegedly"]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CLAUSE_TEXT, st.integers(0, 200), st.integers(0, 60))
def test_clause_start_is_after_the_last_break(text, start, back):
    start = min(start, len(text))
    lo = max(0, start - back)
    last_break = context._LAST_CLAUSE_BREAK.match(text, lo, start)
    found = last_break.end() if last_break else lo
    assert found == max(lo, max(text.rfind(ch, lo, start) for ch in context._CLAUSE_BREAK_CHARS) + 1)


_FIRSTS = ["use of", "risk of", "nature of", "value of", "talk about", "debate over"]
_RULES = pd.DataFrame([
    {"rule": "many-firsts", "category": "hedge", "terms": "", "look": "before", "words": "|".join(_FIRSTS),
     "action": "drop", "explanation": "Made up."},
    {"rule": "one-first", "category": "*", "terms": "", "look": "before", "words": "the word|the term",
     "action": "drop", "explanation": "Made up."},
])
_ENDS_TEXT = st.lists(st.sampled_from([*_FIRSTS, "Use Of", "abuse of", "the word", "The  Term", "risks of", "-use of",
                                       "_use of", "“", "’", " ", "  ", "\n\n", "\xa0", "K", "ſ", "é", "sources", "x"]),
                      max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ENDS_TEXT)
def test_rule_words_found_where_their_first_words_stand_end_where_a_scan_finds_them(text):
    rules = ContextRules(_RULES)
    rules._scans()
    assert rules._first_words["many-firsts"] is not None and rules._first_words["one-first"] is None
    scan = ContextRules(_RULES)
    scan._scans()
    scan._first_words = dict.fromkeys(scan._first_words)  # None: every rule scanned over the whole text
    for name in ("many-firsts", "one-first"):
        rules.start_text(text)
        scan.start_text(text)
        assert rules._ends_of(name) == scan._ends_of(name)


def test_first_words_of_plain_letters_only():
    assert context._first_word_matcher(frozenset(["use", "risk", "nature", "value", "talk"])) is not None
    assert context._first_word_matcher(frozenset(["use", "risk", "nature", "value", "<number>"])) is None
    assert context._first_word_matcher(frozenset(["the"])) is None


_HEDGE_TEXT = st.lists(st.sampled_from(["about", "About", "ABOUT", "more than", "More  than", "at least", "ſome", "some",
                                        "nearly", "(", "-", "50", "3,000", "forty", "people", "trucks", " ", "  ", "\n",
                                        ".", ",", "“", "K", "é"]), min_size=1, max_size=20).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_HEDGE_TEXT)
def test_figure_hedges_are_what_the_hedge_pattern_finds_before_each_number(text):
    from kit import quantities
    from kit.segment import sentence_bounds
    from kit.wordsets import word_sets

    text = "About 50 trucks left. " + text
    rows = quantities.figures(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert rows["hedge"].iloc[0] == "About"
    pattern = quantities._hedge_pattern(word_sets().figure_hedges)
    starts = [s for _p, s, _e in sentence_bounds(text)]
    for a, hedge in zip(rows["start"], rows["hedge"]):
        lo = max(max(s for s in starts if s <= a), a - 30)
        found = pattern.search(text, lo, a)
        assert hedge == (" ".join(text[found.start():a].split()) if found else "")
