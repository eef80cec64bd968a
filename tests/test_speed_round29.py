"""Round 29, r29spd (issue 25): answers the speaker rules ask for again are kept per article.

``kit.short_mentions.called`` (what the text calls a person: "her husband Tom Berg"), asked for each "he" or "she"
near a person, is kept per article (kit.per_article).
Every sentence is made up; each check is run on both sides (US/Pentagon/Washington and Russia/Kremlin/Moscow).
"""

from __future__ import annotations

import pandas as pd
import pytest

from kit.short_mentions import called
from kit.sourcing import checked_articles, prepare_articles
from kit.speaker_rules import article_quotes

SIDES = [("Pentagon", "Washington", "Kirby", "US"), ("Kremlin", "Moscow", "Peskov", "Russian")]


def _text(body, place, spokesman, adj):
    return (f"{body} spokesman John {spokesman} said on Monday in {place} that the {adj}-backed forces had "
            f"left. “It is over,” {spokesman} told reporters, and Mrs. Ann Lee’s husband, Tom Lee, said so too. "
            f"Al-Assad’s aide (the {adj} envoy) did not reply; he said the talks would go on.")


def _article(text):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "test"))[0]


@pytest.mark.parametrize("side", SIDES)
def test_what_the_text_calls_a_person_is_read_once_per_article(side):
    art = _article(_text(*side))
    article_quotes(art)  # the article is built: its answers are kept
    first = called(art, "Tom Lee")
    assert first == {"m"} and called(art, "Tom Lee") is first  # kept, not read again


def test_both_sides_get_the_same_rows():
    tables = []
    for body, place, spokesman, adj in SIDES:
        rows = article_quotes(_article(_text(body, place, spokesman, adj)))
        tables.append([(r["kind"], r["speaker"].replace(body, "B").replace(spokesman, "S"), r["speaker_method"])
                       for r in rows])
    assert tables[0] == tables[1] and tables[0]
