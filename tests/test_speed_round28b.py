"""Round 28 (r28spd2): the tables' own parts after quotes, made faster with the same rows.

Each faster reading is checked against the slower one it replaces, on made-up text, and with mirrored
actors (US/Pentagon/Washington and Russia/Kremlin/Moscow/Syria) treated alike.
"""

import random
import re

import pandas as pd
import pytest

from kit.affiliations import speaks_for, without_first_names

_NICKNAME_END = re.compile(r"[“\"][^”\"\n]{1,25}[”\"]\s*$")
_FIRST_NAMES_END = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*$")


def _slow_without_first_names(before: str) -> str:
    """The two patterns as round 27 ran them, tried at every place of the text."""
    return _FIRST_NAMES_END.sub("", _NICKNAME_END.sub("", before).rstrip() + " ")


PIECES = ["the", "The", "US", "Russian", "defense", "secretary", "Gen.", "James", "Ann", "Lee", "“Mad Dog”",
          '"Big"', ",", ".", "\n", " ", "  ", "\t", "theAnn", "O'Neil", "al-Assad", "spokesman", "(", ")", "’s",
          "Kremlin", "Pentagon", "Moscow", "Washington", ";", "“", "”"]


def test_without_first_names_is_the_two_patterns_on_random_text():
    rng = random.Random(28)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(0, 30)))
        assert without_first_names(text) == _slow_without_first_names(text), text


@pytest.mark.parametrize("before, expected", [
    ("The US defense secretary Gen. James “Mad Dog” ", "The US defense secretary "),
    ("The Russian defense minister Gen. Ivan “Big” ", "The Russian defense minister "),
    ("said Pentagon spokesman Eric ", "said Pentagon spokesman "),
    ("said Kremlin spokesman Dmitry ", "said Kremlin spokesman "),
    ("He flew to Washington to meet Ann ", "He flew to Washington to meet "),
    ("He flew to Moscow to meet Ann ", "He flew to Moscow to meet "),
])
def test_without_first_names_mirrored(before, expected):
    assert without_first_names(before) == expected


@pytest.mark.parametrize("text, name, party", [
    ("The US defense secretary Gen. James “Mad Dog” Mattis spoke.", "Mattis", "US"),
    ("The Russian defense secretary Gen. Ivan “Big” Petrov spoke.", "Petrov", "Russia"),
    ("Pentagon spokesman Eric Pahon said so. Pahon left.", "Eric Pahon", "Pentagon"),
    ("Kremlin spokesman Ivan Pahon said so. Pahon left.", "Ivan Pahon", "Kremlin"),
    ("Former Pentagon aide Ann Lee spoke.", "Ann Lee", ""),
    ("Former Kremlin aide Ann Lee spoke.", "Ann Lee", ""),
    ("Ann Lee of Washington spoke.", "Ann Lee", ""),
    ("Ann Lee of Moscow spoke.", "Ann Lee", ""),
])
def test_speaks_for_mirrored_after_the_faster_reading(text, name, party):
    assert without_first_names(text[:text.rindex(name.split()[-1])]) == \
        _slow_without_first_names(text[:text.rindex(name.split()[-1])])
    assert speaks_for(text, name) == party


FIGURE_PIECES = ["one", "One", "in", "IN", "out of", "every", "three", "Three", "a hundred", "1", "5", "10,000",
                 "twenty", "dozens of", "thousands", "tens of thousands", "two million", "scores", "of", "US",
                 "Russian", "troops", "Pentagon", "Kremlin", "Syria", "-", ",", ".", " ", "\n", "Moscow", "Washington"]


def test_figure_hints_find_what_the_patterns_find_on_random_text():
    from kit import quantities as q

    rng = random.Random(2028)
    for _ in range(2000):
        text = " ".join(rng.choice(FIGURE_PIECES) for _ in range(rng.randint(0, 25)))
        hints = q._Hints(text)
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text))):
            if list(q._RATIO.finditer(text, lo, hi)):
                assert hints.has_ratio(lo, hi), text
            assert [m.span() for m in hints.number_words(lo, hi)] == \
                [m.span() for m in q._NUMBER_WORD.finditer(text, lo, hi)], text


@pytest.mark.parametrize("text, phrase", [
    ("One in three US soldiers stayed, the Pentagon said.", "One in three"),
    ("One in three Russian soldiers stayed, the Kremlin said.", "One in three"),
    ("Nine out of ten Washington residents left.", "Nine out of ten"),
    ("Nine out of ten Moscow residents left.", "Nine out of ten"),
])
def test_ratios_mirrored_with_the_ratio_hint(text, phrase):
    from kit import quantities as q

    hints = q._Hints(text)
    assert hints.has_ratio(0, len(text))
    arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})
    rows = q.figures(arts)
    assert rows[rows.kind == "ratio"].number.tolist() == [phrase]


@pytest.mark.parametrize("cited, other", [("Pentagon", "Kremlin"), ("Kremlin", "Pentagon")])
def test_citing_is_its_own_module_and_the_old_names_still_work(cited, other):
    import kit
    import kit.citing
    import kit.sourcing

    for name in ("citations", "plot_citations", "trace_claim", "attribution_lookup", "attribution_at"):
        assert getattr(kit.sourcing, name) is getattr(kit.citing, name)
    arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
                         "text": [f"The {cited} said the convoy left. The {other} said it did not."]})
    assert callable(kit.citations) and callable(kit.trace_claim)
    assert kit.trace_claim(arts, "convoy")[["match", "attribution"]].values.tolist() == [["convoy", cited]]
