"""Round 29, r29spd (issue 25): the words of a stretch are taken from one read of the whole article.

``kit.per_article.read_whole`` reads a text once for a pattern and ``matches_within`` gives any stretch's matches
with two bisects (a scan of the stretch only where a match crosses its edge): the one mechanism behind
``kit.names``' capitalised runs and ``kit.speaker_phrases.words_span``, which every speaker rule asks for its
window. ``kit.short_mentions.called`` (what the text calls a person: "her husband Tom Berg") is kept per article.
Every sentence is made up; each check is run on both sides (US/Pentagon/Washington and Russia/Kremlin/Moscow).
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from kit.names import NAME_RUN, WORD
from kit.per_article import matches_within, read_whole, words_within
from kit.short_mentions import called
from kit.sourcing import checked_articles, prepare_articles
from kit.speaker_phrases import words_span
from kit.speaker_rules import article_quotes

SIDES = [("Pentagon", "Washington", "Kirby", "US"), ("Kremlin", "Moscow", "Peskov", "Russian")]


def _text(body, place, spokesman, adj):
    return (f"{body} spokesman John {spokesman} said on Monday in {place} that the {adj}-backed forces had "
            f"left. “It is over,” {spokesman} told reporters, and Mrs. Ann Lee’s husband, Tom Lee, said so too. "
            f"Al-Assad’s aide (the {adj} envoy) did not reply; he said the talks would go on.")


def _article(text):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "test"))[0]


def _every_stretch(text, step=3):
    return [(lo, hi) for lo in range(0, len(text) + 1, step) for hi in range(lo, len(text) + 1, step)]


@pytest.mark.parametrize("side", SIDES)
@pytest.mark.parametrize("pattern", [WORD, NAME_RUN], ids=["WORD", "NAME_RUN"])
def test_a_stretch_read_from_the_whole_text_is_what_a_scan_of_it_finds(side, pattern):
    text = _text(*side)
    read = read_whole(pattern, text)
    for lo, hi in _every_stretch(text):  # also stretches that start or end inside a word or a run
        scan = list(pattern.finditer(text, lo, hi))
        got = matches_within(read, lo, hi)
        assert [m.span() for m in got] == [m.span() for m in scan], (lo, hi)
        assert [m.group(0) for m in got] == [m.group(0) for m in scan], (lo, hi)
        assert matches_within(read, lo, hi, spans=True) == [m.span() for m in scan], (lo, hi)


@pytest.mark.parametrize("side", SIDES)
def test_words_span_reads_an_article_once_and_gives_what_a_scan_gives(side):
    text = _text(*side)
    other = text.replace("spokesman", "spokeswoman")
    for lo, hi in _every_stretch(text, 7):
        for t in (text, text, other):  # texts that take turns, and the same text asked again
            assert [m.span() for m in words_span(t, lo, hi)] == [m.span() for m in WORD.finditer(t, lo, hi)]
    words_within(WORD, other, 0, 40)
    first = words_within(WORD, text, 0, len(text))  # asked once: a scan of the stretch, new matches each time
    assert all(a is not b for a, b in zip(first, words_within(WORD, text, 0, len(text)), strict=True)) and first
    again = words_within(WORD, text, 0, len(text))  # from here on the whole text's read: the same matches
    assert all(a is b for a, b in zip(again, words_within(WORD, text, 0, len(text)), strict=True))
    assert [m.span() for m in again] == [m.span() for m in first]


def test_a_pattern_with_nothing_after_its_match_is_read_the_same_at_any_edge():
    pattern = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")
    text = "Washington and Moscow said Ann Lee met Ivan Petrov."
    read = read_whole(pattern, text)
    assert matches_within(read, 0, len(text), spans=True) == [m.span() for m in pattern.finditer(text)]
    assert [m.group(0) for m in matches_within(read, 31, 51)] == ["Lee", "Ivan Petrov"]  # cut inside "Ann Lee"
    assert [m.group(0) for m in matches_within(read, 0, 13)] == ["Washington"]


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
