"""Round 15 of issue 25 (the tables' speed), and the figures of a vote tally or a score.

Every faster path is checked against the slower one it replaces, on made-up text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kit.mentions import count_whole, count_words, times_named

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


def _figures_of(*sentences):
    import pandas as pd

    from kit.quantities import figures

    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(sentences))], "outlet": "", "title": "",
                         "text": list(sentences)})
    return figures(arts)


def test_a_vote_tally_a_score_or_a_ratio_is_one_figure():
    f = _figures_of("The council approved it in a 5-2 vote.", "The Rovers won 3-1 on Sunday.",
                    "The ratio was 5-2 in favour.", "The Senate voted 51–49 to confirm her.",
                    "They lost 0-2 at home.", "It ended in a 1-3 loss.", "The match ended 2-2.")
    tallies = f[f.kind == "tally"]
    assert tallies.number.tolist() == ["5-2", "3-1", "5-2", "51–49", "0-2", "1-3", "2-2"]
    assert tallies.amount.all() and tallies.value.isna().all()
    assert tallies.phrase.tolist()[0] == "5-2 vote"
    assert not f.number.isin(["5", "2", "3", "1", "51", "49", "0"]).any()
    for r in tallies.itertuples():  # exact offsets (each article is one sentence)
        assert r.sentence[r.start:r.end] == r.number


def test_ranges_stay_two_numbers_and_a_date_in_numbers_is_one_date():
    f = _figures_of("The project ran from 2015-2019.", "Children aged 5-12 can join.", "It began in 1990-91.",
                    "The meeting was on 5-2-2019.", "The file is dated 2019-05-02.", "Prices rose 2-3% last year.")
    by = {aid: g for aid, g in f.groupby("article_id")}
    assert by["a0"][["number", "kind"]].values.tolist() == [["2015", "year"], ["2019", "year"]]
    assert by["a1"].number.tolist() == ["5", "12"]
    assert by["a2"].number.tolist() == ["1990", "91"]
    assert by["a3"][["number", "kind", "amount"]].values.tolist() == [["5-2-2019", "date", False]]
    assert by["a4"][["number", "kind"]].values.tolist() == [["2019-05-02", "date"]]
    assert by["a5"].number.tolist() == ["2", "3%"]
    text = "The meeting was on 5-2-2019."
    row = by["a3"].iloc[0]
    assert text[row.start:row.end] == "5-2-2019"


_LOWER_PIECES = ["the", "The", "therefore", "Therefore", " ", "-", "'", "’", "_", "x", "é", "2", ".", "\n", "the-",
                 "o'the", "rain", "having", "Having"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LOWER_PIECES), max_size=25),
       st.sampled_from(["the", "therefore", "having", "rain", "o'the", "the-rain", "x"]))
def test_written_lower_answers_as_the_set_of_lower_case_words(pieces, word):
    from kit.name_runs import written_lower

    text = "".join(pieces).replace("’", "'")
    assert written_lower(text, word) == (word in set(re.findall(r"(?<![\w'-])[a-z][a-z'-]*", text)))


_WORD_PIECES = ["some", "SOME", "Some", "experts", "Experts", "expert", " ", "  ", "\n", "\u00a0", "-", "_", "x",
                "é", "İ", "ſome", ".", ",", "'", "some-", "2"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=25),
       st.sampled_from([["some", "experts"], ["Some"], ["experts"], ["SOME", "EXPERTS"], ["some", "expérts"],
                        ["u.s.", "officials"]]))
def test_count_words_counts_what_the_pattern_finds(pieces, words):
    text = "".join(pieces)
    pattern = r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])"
    assert count_words(text, words) == len(re.findall(pattern, text, flags=re.IGNORECASE))
