"""kit.cache: the tables are the same with and without the cache, and the cache stays within its limit."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit import cache

# Pieces of news-like text that exercise the detectors: speech cues, quotations, names, outlets,
# vague sources, figures, hedges, loaded words and scare quotes.
PIECES = [
    "Gen. Ann Lee said the base would grow.", "“We will stay,” she said.", "The BBC reported that",
    "more than 4,000 fighters left Raqqa", "Officials claimed it was over.", "Some experts say it may rain.",
    "the so-called “rebels” attacked", "According to Reuters, the convoy left on October 12.",
    "It is clearly a regime.", "\n\n", "“Nothing happened,” the minister insisted.", "allegedly",
    "The Assad regime and the Syrian government", "Sources told RT that", "Mr. Smith added:", "“Go.”",
]
ARTICLE = st.lists(st.sampled_from(PIECES), min_size=0, max_size=8).map(" ".join)
CORPUS = st.lists(st.tuples(ARTICLE, st.sampled_from(["Daily", "WSWS", ""])), min_size=1, max_size=5)
TABLES = [kit.annotate, kit.quotes, kit.sources, kit.citations, kit.profile, kit.figures,
          lambda articles: kit.trace_claim(articles, "said")]


def _articles(items):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(items))],
                         "outlet": [o for _t, o in items], "title": ["" for _ in items],
                         "text": [t for t, _o in items]})


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus=CORPUS, data=st.data())
def test_tables_are_identical_with_and_without_the_cache(corpus, data):
    articles = _articles(corpus)
    # the cache is filled by a random table over a random part of the corpus first, then every
    # table over a random selection (any order) must equal the table computed without the cache
    first = data.draw(st.sampled_from(TABLES))
    part = data.draw(st.lists(st.sampled_from(range(len(articles))), unique=True, min_size=1))
    first(articles.iloc[part])
    for table in TABLES:
        pick = data.draw(st.permutations(range(len(articles))))
        chosen = articles.iloc[list(pick)]
        got = table(chosen)
        with cache.disabled():
            expected = table(chosen)
        pd.testing.assert_frame_equal(got, expected)


def test_a_second_call_reads_the_rows_back():
    articles = kit.load_articles()
    first = kit.quotes(articles)
    before = cache.info()
    again = kit.quotes(articles)
    assert cache.info()["hits"] == before["hits"] + len(articles)
    pd.testing.assert_frame_equal(first, again)
    # citations -> sources -> quotes: the quotations are not computed again
    misses = cache.info()["misses"]
    kit.citations(articles)
    info = cache.info()
    assert info["steps"]["quotes"] == len(articles) and info["misses"] == misses + len(articles)  # sources only


def test_quotes_after_annotate_reads_annotates_speech_cues(monkeypatch):
    articles = kit.load_articles()
    with cache.disabled():
        expected = kit.quotes(articles), kit.figures(articles)
    kit.annotate(articles)  # every category, as a lesson calls it
    assert cache.lookup("annotate", kit.spans.as_articles(articles), kit.spans.spans_version()) is not None

    def no_second_pass(*args, **kwargs):
        raise AssertionError("the speech cues were found again")

    monkeypatch.setattr(kit.spans, "find_spans", no_second_pass)
    pd.testing.assert_frame_equal(kit.quotes(articles), expected[0])
    pd.testing.assert_frame_equal(kit.figures(articles), expected[1])


def test_an_edited_article_is_computed_afresh():
    articles = kit.load_articles()
    kit.annotate(articles)
    edited = articles.copy()
    edited.loc[0, "text"] = "The regime allegedly said so."
    got = kit.annotate(edited)
    assert got[got.article_id == edited.article_id[0]].text.tolist() == ["regime", "allegedly", "said"]


def test_changing_a_returned_table_does_not_change_the_cache():
    articles = kit.load_articles()
    table = kit.annotate(articles)
    table.loc[:, "term"] = "changed"
    assert "changed" not in set(kit.annotate(articles).term)


def test_another_word_list_is_another_version(tmp_path):
    words = tmp_path / "mine.csv"
    words.write_text("term,variants,category,tone,note,alternative,source,case_sensitive\n"
                     "convoy,,loaded_language,,a test word,,,no\n", encoding="utf-8")
    text = pd.DataFrame({"article_id": ["a"], "text": ["The convoy allegedly left."]})
    assert kit.annotate(text).text.tolist() == ["allegedly"]
    assert kit.annotate(text, lexicon=str(words)).text.tolist() == ["convoy"]
    assert kit.annotate(text).text.tolist() == ["allegedly"]


def test_memory_stays_within_the_limit():
    articles = kit.load_articles()
    old = cache.limit(0.05)  # 50 kB: room for a few articles' rows only
    try:
        for i in range(len(articles)):
            kit.annotate(articles.iloc[[i]])
            assert cache.info()["megabytes"] <= 0.05
        assert 0 < cache.info()["articles"] < len(articles)
        cache.limit(0)
        assert cache.info()["articles"] == 0
        pd.testing.assert_frame_equal(kit.annotate(articles), _uncached(kit.annotate, articles))
    finally:
        cache.limit(old)


def test_a_step_inside_a_step_may_drop_rows_the_outer_step_found():
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["one two", "three"]})

    def lengths(frame):
        return pd.DataFrame({"article_id": frame.article_id, "n": frame.text.str.len()})

    def dropping_everything(frame):  # as a step inside may, when the cache is full
        cache.clear()
        return lengths(frame)

    cache.per_article("lengths", arts.iloc[[0]], lengths)
    got = cache.per_article("lengths", arts, dropping_everything)
    pd.testing.assert_frame_equal(got, lengths(arts))


def _uncached(fn, *args):
    with cache.disabled():
        return fn(*args)


def test_rows_not_grouped_by_article_are_not_cached():
    arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["x", "y"]})

    def backwards(frame):
        return frame[::-1][["article_id"]].reset_index(drop=True)

    assert cache.per_article("backwards", arts, backwards).article_id.tolist() == ["b", "a"]
    assert cache.info()["articles"] == 0


def test_a_bad_limit_is_a_kit_error():
    with pytest.raises(kit.KitError, match="cache limit"):
        cache.limit(-1)
