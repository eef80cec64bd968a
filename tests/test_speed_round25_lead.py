"""Round 25 (lead): kit.quotes reads for naming reports only the sentences where one can be, as annotate does."""
import pandas as pd

import kit.naming_reports as nr
from kit.sourcing import checked_articles, prepare_articles


def _article(text):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "example"))[0]


def test_naming_rows_reads_only_sentences_with_a_naming_verb(monkeypatch):
    text = ("The Pentagon said the base would stay. Officials met on Monday. The Kremlin dubbed the plan a trap. "
            "Moscow said it would reply.")
    art = _article(text)
    seen = []
    real = nr.naming_reports

    def spy(t, bounds=None):
        seen.append([t[s:e] for s, e in bounds])
        return real(t, bounds)

    monkeypatch.setattr(nr, "naming_reports", spy)
    rows = nr.naming_rows(art, [])
    assert seen == [["The Kremlin dubbed the plan a trap."]]
    assert [(r["quote"], r["speaker"]) for r in rows] == [("a trap", "Kremlin")]


def test_naming_rows_mirror_us_side(monkeypatch):
    text = "Moscow said the base would stay. The Pentagon dubbed the plan a trap."
    art = _article(text)
    rows = nr.naming_rows(art, [])
    assert [(r["quote"], r["speaker"]) for r in rows] == [("a trap", "Pentagon")]
