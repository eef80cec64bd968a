"""kit.sources: partial quotations get their speaker a row (``quoted in part``, ``n_partial``), and a vague
group that only did something ("ignored by the US media") is ``mentioned``, not a source the article leans on.
Teacher 19 found both in lesson 06's example article; the sentences here are made up."""

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.sourcing import SOURCE_COLUMNS, sources
from kit.vague_sources import agent_of_deed


def table(text):
    arts = pd.DataFrame({"article_id": ["x"], "outlet": [""], "title": [""], "text": [text]})
    return sources(arts)


def row(text, source):
    s = table(text)
    assert source in set(s.source), f"{source!r} not in {s.source.tolist()}"
    return s[s.source == source].iloc[0]


def test_a_source_with_only_partial_quotations_gets_a_row():
    r = row("The story flies in the face of statements by leading officials vowing to “annihilate” the gangs.",
            "leading officials")
    assert (r.role, r.n_quotes, r.n_partial, r.example) == ("quoted in part", 0, 1, "annihilate")


def test_direct_and_partial_quotations_are_counted_apart_and_the_example_is_a_whole_quotation():
    text = ("Mayor Ann Lee vowed to “fix the roads” this year. “We will start in May,” Lee said on Monday.")
    r = row(text, "Ann Lee")
    assert (r.role, r.n_quotes, r.n_direct, r.n_partial) == ("quoted", 1, 1, 1)
    assert r.example == "We will start in May,"


def test_titles_and_scare_quotes_still_count_for_nobody():
    s = table("A report titled “Dirty Secret” ran on Monday. The “rebels” left the town.")
    assert s.n_quotes.sum() == 0 and s.n_partial.sum() == 0


@pytest.mark.parametrize("text, source", [
    ("The story has been largely ignored by the US media.", "US media"),
    ("The figure was blacked out by the US corporate media, which covers up the story.", "US corporate media"),
    ("The protest was overlooked by the Western media.", "Western media"),
])
def test_a_vague_group_that_did_something_is_mentioned(text, source):
    r = row(text, source)
    assert (r.role, r.anonymous, r.n_quotes) == ("mentioned", True, 0)


@pytest.mark.parametrize("text, source", [
    ("It's well known that the bridge is unsafe.", "It's well known"),
    ("The plan drew refutations from some experts.", "some experts"),
])
def test_a_vague_source_the_article_leans_on_stays_vague(text, source):
    assert row(text, source).role == "vague"


def test_a_reporting_word_before_by_keeps_the_source():
    t = "The claim was denied by some experts."
    cue_end = t.index("denied") + len("denied")
    assert agent_of_deed(t, t.index("some")) and not agent_of_deed(t, t.index("some"), {cue_end})


def test_columns_and_types():
    s = table("Officials vowed to “crush” the gangs. “We will win,” Lee said.")
    assert list(s.columns) == SOURCE_COLUMNS
    assert s.n_partial.dtype == "int64" and "n_partial" in SOURCE_COLUMNS


SUBJECTS = ["Ann Lee", "Officials", "Some experts", "The BBC", "leading officials", "Reuters", "He", "The council"]
VERBS = ["said", "vowed to", "claimed", "told reporters", "denied", "wrote"]
BODIES = ["“crush” the gangs", "the road was “unsafe”", "“We will stay,”", "that it was over",
          "“We will win the vote on Monday,”", "a “final battle”"]
TAILS = ["", " The story was ignored by the US media.", " It's well known that it rains.",
         " The plan was criticised by some experts.", " A report titled “Dirty Secret” ran."]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(BODIES),
                          st.sampled_from(TAILS)), min_size=1, max_size=4))
def test_counts_and_roles_agree_with_the_quotes_table(parts):
    """Whatever the sentences, each source's counts are those of kit.quotes, and its role follows from them."""
    from kit.sourcing import quotes

    text = " ".join(f"{s} {v} {b}.{t}" for s, v, b, t in parts)
    arts = pd.DataFrame({"article_id": ["x"], "outlet": [""], "title": [""], "text": [text]})
    s, q = sources(arts), quotes(arts)
    assert s.source.is_unique
    for r in s.itertuples():
        mine = q[q.speaker == r.source]
        assert r.n_direct == (mine.kind == "direct").sum() and r.n_indirect == (mine.kind == "indirect").sum()
        assert r.n_partial == (mine.kind == "partial").sum() and r.n_quotes == r.n_direct + r.n_indirect
        expected = ("quoted" if r.n_quotes else "quoted in part" if r.n_partial else r.role)
        assert r.role == expected and r.role in {"quoted", "quoted in part", "mentioned", "vague"}
        assert (r.role == "vague") <= r.anonymous
        if r.n_quotes or r.n_partial:
            assert r.example and r.example.rstrip("…") in text.replace("\n", " ") or len(r.example) > 100


def test_anonymous_alone_is_not_the_name_of_a_source():
    """Teacher 21: one source was named just 'anonymous' ("an anonymous military-diplomatic official's claims")."""
    r = row("The site reported an anonymous military-diplomatic official’s claims that the road was open.",
            "anonymous military-diplomatic official")
    assert r.anonymous and r.role == "vague"
