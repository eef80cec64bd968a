"""kit.naming gives every actor the same scrutiny (teacher review 3), on made-up sentences about other topics.

- a scare word right before any name ("so-called", "self-styled") makes its own form, with a note that it
  casts doubt on that name; a name that only stands before another word ("the so-called US war on terror")
  is not what the word doubts;
- a name listed with "the" ("the Pentagon") counts where the article writes it so, and its note says that
  "Pentagon" before another noun ("a Pentagon briefing") is not counted.
"""

import pandas as pd
import pytest

import kit


def forms(text):
    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Daily"], "title": [""], "text": [text]})
    t = kit.naming(arts)
    return {r.surface: (r.count, r.note) for r in t[t["count"] > 0].itertuples(index=False)}


@pytest.mark.parametrize("text, form", [
    ("The so-called SDF militia opened the market road.", "so-called SDF"),
    ("The so-called rebels held the hill for a week.", "so-called rebels"),
    ("Officials of the self-styled Islamic State ran the town.", "self-styled Islamic State"),
    ("Diplomats met the so-called Syrian Democratic Forces at the river.", "so-called Syrian Democratic Forces"),
    ("The so-called “Daesh” fighters left at dawn.", "so-called Daesh"),
])
def test_a_scare_word_before_any_name_is_its_own_form(text, form):
    found = forms(text)
    assert form in found, found
    assert found[form][1].startswith(f'"{form.split()[0]}" casts doubt on the name')


def test_a_name_before_another_word_is_not_what_so_called_doubts():
    found = forms("He mocked the so-called US war on drugs, and the US answered.")
    assert not any(f.startswith("so-called") for f in found), found
    assert found["the US"][0] == 1


def test_the_same_name_without_a_scare_word_is_counted_apart():
    found = forms("The SDF said no. The so-called SDF militia said yes.")
    assert found["SDF"][0] == 1 and found["so-called SDF"][0] == 1


def test_a_name_with_the_says_how_a_name_before_a_noun_is_counted():
    found = forms("The Pentagon said no. At a Pentagon briefing, reporters asked the Pentagon again.")
    assert found["the Pentagon"][0] == 2
    assert "before another noun" in found["the Pentagon"][1]
