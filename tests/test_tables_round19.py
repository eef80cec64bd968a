"""The benchmark of where a cold sourcing table's time goes (benchmarks/bench_table_parts.py, issue 25,
round 19) runs on a small table of articles, and leaves the kit's functions as it found them."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import bench_table_parts as parts  # noqa: E402

ARTICLES = pd.DataFrame({
    "article_id": ["a", "b"], "outlet": ["", ""], "title": ["", ""], "group": ["g", "h"],
    "text": ["Gen. Ann Lee said the road was closed. “We will stay,” she said. Lee met 40 voters on Monday.",
             "Officials told reporters that 2,000 people left. The BBC reported it, and Lee denied it."]})


def test_each_part_of_a_cold_table_is_timed():
    best = parts.best_parts(ARTICLES, repeat=1)
    for name in ("annotate", "quotes (cold, whole)", "  the cue pass", "  building the articles",
                 "  the speaker rules", "figures: its own part (quotes cached)",
                 "sources: its own part (quotes cached)"):
        assert best[name] > 0, name


def test_the_window_readers_are_counted_and_put_back():
    import kit.names
    import kit.speaker_phrases
    import kit.speakers

    before = (kit.names.Article.runs, kit.names.Article.candidates, kit.speaker_phrases.words_span,
              kit.speakers.words_span)
    spent = parts.reader_times(ARTICLES)
    assert spent["Article.candidates"][1] > 0 and spent["words_span"][1] > 0
    assert (kit.names.Article.runs, kit.names.Article.candidates, kit.speaker_phrases.words_span,
            kit.speakers.words_span) == before
