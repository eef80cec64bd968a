"""Round 15 of issue 25 (the tables' speed), and the figures of a vote tally or a score.

Every faster path is checked against the slower one it replaces, on made-up text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kit.sourcing import count_whole, times_named

_PIECES = ["Lee", "lee", "Leeds", "Lee_", "_Lee", "Lee's", "O'Lee", "Lee-Ann", " ", ", ", ".", "\n", "é", "Lée",
           "2Lee", "Lee2", "(", ")", "-", "’", "al-Lee", "LeeLee", "ß", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from(["Lee", "LeeLee", "Lee-Ann", "e", "O'Lee"]))
def test_count_whole_counts_what_the_pattern_finds(pieces, name):
    text = "".join(pieces)
    assert count_whole(text, name) == len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def test_count_whole_treats_every_character_as_the_pattern_does():
    word = re.compile(r"\w")
    for code in range(0, 0x110000, 7):  # every seventh character, all planes
        ch = chr(code)
        assert count_whole(f"{ch}Lee{ch}", "Lee") == (0 if word.match(ch) else 1), hex(code)


def test_times_named_person_and_words():
    text = "Walid al-Moallem spoke. Moallem said no. Experts agree; some  experts do not; SOME EXPERTS left."
    assert times_named(text, "Walid al-Moallem", "named person") == 2
    assert times_named(text, "some experts", "anonymous") == 2
    assert times_named(text, "Ann Lee's", "named person") == 0
