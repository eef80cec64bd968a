"""Round 24, second speed branch (issue 25): ``kit.sources``' own part reads the cached speech pass once for its
cues and its vague sources, and reads the word sets once however often a country's government is named
(made-up sentences, US and Russian sides alike). The tables themselves are pinned by tests/table_digests.py."""

import pandas as pd
import pytest

import kit
import kit.cache
import kit.sourcing as sourcing

SIDES = ["Washington", "Moscow"]


def _articles(capital: str, times: int) -> pd.DataFrame:
    text = f"{capital} said the talks failed. " + " ".join(f"{capital} later spoke again." for _ in range(times)) \
        + " Some experts say the talks will resume."
    return pd.DataFrame({"article_id": ["a"], "text": [text]})


@pytest.mark.parametrize("capital", SIDES)
def test_sources_reads_the_speech_pass_once(capital, monkeypatch):
    arts = _articles(capital, 1)
    kit.cache.clear()
    kit.quotes(arts)  # a lesson's order: the quotes first, then the table built on them
    steps = []
    lookup = kit.cache.lookup

    def counted(step, frame, version=""):
        steps.append(step)
        return lookup(step, frame, version)

    monkeypatch.setattr(kit.cache, "lookup", counted)
    table = kit.sources(arts)
    assert "Some experts" in table.source.tolist()  # a vague source: its rows were read
    assert steps.count("annotate") == 1


@pytest.mark.parametrize("capital", SIDES)
def test_word_sets_read_once_however_often_a_government_is_named(capital, monkeypatch):
    calls = {}
    word_sets = sourcing.word_sets
    for times in (1, 6):
        kit.cache.clear()
        arts = _articles(capital, times)
        kit.quotes(arts)
        n = [0]

        def counted(n=n):
            n[0] += 1
            return word_sets()

        monkeypatch.setattr(sourcing, "word_sets", counted)
        table = kit.sources(arts)
        monkeypatch.setattr(sourcing, "word_sets", word_sets)
        row = table[table.gazetteer_type == "government"]
        assert row.n_mentions.tolist() == [times + 1]  # every mention read past the word sets' checks
        calls[times] = n[0]
    assert calls[1] == calls[6]
