"""Round 31 (issue 25, r31fast): the tables cold, without work done twice, and not a row changed.

``kit.sources`` (and ``kit.citations``, built on it) used to build every article that may say "declined to comment"
a second time, after ``kit.quotes`` had built it, to find who gave no comment. ``kit.quotes`` now reads those parties
off the articles it builds, before its speaker rules run, and keeps them per article in ``kit.cache`` (step
``"no_comment"``); ``kit.sources`` reads them back. The tests compare the tables built that way with the tables built
the old way (the cache off: every article built again for ``sources``) on made-up text, the US and the Russian side
alike, and in the orders a lesson calls them.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit import cache
from kit.indirect_rows import may_say_no_comment, no_comment_parties, no_comment_words
from kit.sourcing import checked_articles, no_comment_rows, prepare_articles
from kit.wordsets import word_sets

# Made-up sentences: refusals to comment by parallel actors (the Pentagon / the Kremlin, Mattis / Lavrov,
# Kirby / Peskov, the coalition / Russia, Washington / Moscow), and sentences with "comment" or "question" in them
# that say no refusal, so the quick tests and the rules both have work.
US = ["The Pentagon declined to comment on the convoy.", "Mattis did not respond to a request for comment.",
      "Kirby said the convoy left on Monday.", "Washington had no comment.",
      "A coalition spokesman could not be reached for comment.", "The Pentagon said it would not comment."]
RUSSIA = ["The Kremlin declined to comment on the convoy.", "Lavrov did not respond to a request for comment.",
          "Peskov said the convoy left on Monday.", "Moscow had no comment.",
          "A Russian spokesman could not be reached for comment.", "The Kremlin said it would not comment."]
OTHER = ["Reporters asked questions about the 4,000 fighters.", "The comment section was closed.",
         "Neither the Pentagon nor the Kremlin responded to emailed questions.", "“We will stay,” Lee said.",
         "Officials said the inquiry would take months.", "\n\n", "The BBC reported that some 300 trucks left."]
ARTICLE = st.lists(st.sampled_from(US + RUSSIA + OTHER), min_size=0, max_size=9).map(" ".join)
CORPUS = st.lists(st.tuples(ARTICLE, st.sampled_from(["Daily", "RT", ""])), min_size=1, max_size=4)


def _articles(items):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(items))], "outlet": [o for _t, o in items],
                         "title": ["" for _ in items], "text": [t for t, _o in items]})


def _same(a, b):
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("side", [US, RUSSIA], ids=["US", "Russia"])
def test_quotes_keeps_who_gave_no_comment_so_sources_builds_no_article_again(side):
    arts = _articles([(" ".join(side), "Daily"), ("The road was closed.", "Daily")])
    kit.quotes(arts)
    assert cache.info()["steps"].get("no_comment") == 2  # one entry per article, even one with no party
    misses = cache.info()["misses"]
    kit.sources(arts)
    steps_computed = cache.info()["misses"] - misses
    assert steps_computed == 2  # the sources rows of the two articles; the no-comment rows were read back


@pytest.mark.parametrize("side,parties", [
    (US, ["Pentagon", "Mattis", "US government", "Pentagon"]),
    (RUSSIA, ["Kremlin", "Lavrov", "Russian government", "Kremlin"]),
], ids=["US", "Russia"])
def test_the_parties_that_gave_no_comment_are_the_same_whichever_table_comes_first(side, parties):
    arts = _articles([(" ".join(side), "Daily")])
    cold = kit.sources(arts)
    cache.clear()
    kit.quotes(arts)
    after_quotes = kit.sources(arts)
    with cache.disabled():
        old_way = kit.sources(arts)
    _same(cold, old_way)
    _same(after_quotes, old_way)
    no_comment = old_way[old_way.role == "no comment"].source.tolist()
    assert [p for p in parties if p not in no_comment] == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CORPUS)
def test_sources_and_citations_equal_the_old_way_on_made_up_articles(items):
    arts = _articles(items)
    cache.clear()
    new = {"sources": kit.sources(arts), "citations": kit.citations(arts)}
    cache.clear()
    kit.quotes(arts.iloc[::-1])  # quotes first, on the articles in another order
    later = {"sources": kit.sources(arts), "citations": kit.citations(arts)}
    with cache.disabled():
        old = {"sources": kit.sources(arts), "citations": kit.citations(arts)}
    for name in old:
        _same(new[name], old[name])
        _same(later[name], old[name])


@settings(max_examples=60, deadline=None)
@given(ARTICLE)
def test_the_quick_test_on_the_words_sentences_is_the_whole_texts_quick_test(text):
    sets = word_sets()
    art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "test"))[0]
    old = [(art.id, p["speaker"], p["type"], p["start"]) for p in no_comment_parties(art)] \
        if may_say_no_comment(text, sets) else []
    assert no_comment_rows(art, sets) == old


def test_no_comment_words_are_found_in_any_case_as_the_pattern_finds_them():
    text = "No COMMENT. Questions, an Inquiry and an enquiry. Commentary."
    assert [text[a:b].lower() for a, b in sorted(no_comment_words(text))] == [
        "comment", "question", "inquir", "enquir", "comment"]
