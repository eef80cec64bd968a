"""Round 16 of issue 25 (the tables' speed).

Every faster path is checked against the slower one it replaces, on made-up text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kit.name_runs import prose_paragraph, written_mid_cap

_MID_PIECES = ["Critics", "critics", "Critic", "Critics-led", "Critics’", "Critics'", "CriticsX", " ", "  ", "a", "z",
               ",", ";", ".", "\n", "é", "2", "-", "’", "Supporters", "x Critics", "(", "Ann"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MID_PIECES), max_size=25),
       st.sampled_from(["Critics", "Supporters", "Critic", "CriticsX", "Critics-led", "Ann", "critics", "X"]))
def test_written_mid_cap_answers_as_the_set_of_mid_sentence_capitals(pieces, word):
    text = "".join(pieces)
    assert written_mid_cap(text, word) == (word in set(re.findall(r"(?<=[a-z,;] )[A-Z][a-z’'-]+", text)))


def _heading_by_count(text: str, start: int, end: int) -> bool:
    """The heading test of names.Article: 3 to 20 words of 4+ characters, three in four capitalised."""
    initials = re.findall(r"([A-Za-z])[\w’'-]{3,}", text[:end][start:])
    return 3 <= len(initials) <= 20 and sum(w.isupper() for w in initials) >= 0.75 * len(initials)


_HEADING_PIECES = ["What", "Becomes", "of", "the", "plan", "Plan", "people", " ", "  ", "\n", ",", "-", "’", "é",
                   "2020", "_word", "x", "Fleeing", "fleeing", "mayor", "(said)"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HEADING_PIECES), max_size=60), st.integers(0, 10), st.integers(0, 10))
def test_a_prose_paragraph_is_never_a_heading(pieces, cut_start, cut_end):
    text = "".join(pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    if prose_paragraph(text, start, end):
        assert not _heading_by_count(text, start, end)


def test_headings_are_found_as_before():
    import pandas as pd

    from kit.names import Article
    from kit.segment import paragraph_spans, sentence_bounds

    text = ("What Becomes of Surrendering and Fleeing Militants?\n\n"
            "The plan was dead, said the mayor, while many people still hoped for a better one.\n\n"
            "Officials Say The Bridge Will Reopen After Repairs In The Spring Of Next Year, Before The Summer\n\n"
            "A Short Line")
    row = pd.DataFrame({"article_id": ["a"], "outlet": [""], "text": [text]}).itertuples(index=False).__next__()
    art = Article(row, [(i, s, e) for i, (_p, s, e) in enumerate(sentence_bounds(text))], paragraph_spans(text), [])
    expected = [(s, e) for s, e in paragraph_spans(text) if _heading_by_count(text, s, e)]
    assert art.headings == expected
    assert [text[s:e][:12] for s, e in art.headings] == ["What Becomes", "Officials Sa"]
