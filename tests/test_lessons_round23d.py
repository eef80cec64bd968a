"""Round 23d: lesson 06 findings of student 35 (#4 the plan, #6 figures, #13 the legend), with made-up sentences.

Each check is tried for parallel actors (the US side and the Russian/Syrian side, a council and a campaign): both
must get the same level and the same kind of message.
"""
from __future__ import annotations

import re

import pytest

from kit import exercises
from kit.exercises.written import TRACES, moves_of

# a made-up article (not the student's): a claim that comes from a petition, a report, a video, a filing
MADE_UP = ("The town board voted to shut the bus depot. Campaigners say a petition against it has 3,000 names. "
           "A video posted online shows the depot's roof, and a court filing by the drivers' union says the "
           "board broke its own rules.")

# 1. student 35 #4: opening, reading, finding or watching the thing a claim comes from is tracing it
GOES_TO_SOURCE = [
    "I would open the petition itself to see the real number of signatures.",
    "I would read the report the figure comes from.",
    "I would find the study to see what it really found.",
    "I would watch the video to see what it shows.",
    "I would read the court filing to see what it claims.",
    "I would look at the original post to see who wrote it first.",
    "I would check the statement to see its exact words.",
]


@pytest.mark.parametrize("step", GOES_TO_SOURCE)
def test_going_to_the_thing_a_claim_comes_from_traces_it(step):
    assert TRACES in moves_of(step.lower())


# the same step, whichever side made the thing: the Pentagon's and the Kremlin's, Washington's and Moscow's
MIRRORS = [("the Pentagon's", "the Kremlin's"), ("Washington's", "Moscow's"), ("the US army's", "the Syrian army's"),
           ("the White House's", "the Russian defence ministry's")]
THINGS = ["video", "original post", "court filing", "petition", "press release"]


@pytest.mark.parametrize("one, other", MIRRORS)
@pytest.mark.parametrize("thing", THINGS)
def test_the_thing_a_claim_comes_from_is_traced_alike_for_every_actor(one, other, thing):
    steps = [f"i would open {who} {thing} to see what it says." for who in (one.lower(), other.lower())]
    assert [TRACES in moves_of(step) for step in steps] == [True, True]


# the page itself, another outlet's piece, "other" reports, or reading again: not tracing
NOT_TRACING = [
    "I would read the article again to see what it says.",
    "I would read the report again carefully.",
    "I would read other reports about the vote.",
    "I would read the BBC report about the vote.",
    "I would read the news report about the vote.",
    "I would check the article's statement.",
]


@pytest.mark.parametrize("step", NOT_TRACING)
def test_the_page_or_other_coverage_is_not_tracing(step):
    assert TRACES not in moves_of(step.lower())


PLAN = ("I would check the 3,000 petition claim first. I would open the petition itself to see the real number of "
        "names, and I would look up who runs {X} to see who is behind it.")


def masked(result, name: str) -> tuple:
    text = re.sub(r"“[^”]*”", "“…”", f"{result.message} {result.detail}")
    text = re.sub(r" (You checked this answer before|Your answer is the same as)[^\n]*?check again\.", "", text)
    return result.status, re.sub(r"\s+", " ", text.replace(name, "X"))


@pytest.mark.parametrize("one, other", [("RT", "Reuters"), ("the Pentagon", "the Kremlin")])
def test_a_plan_that_opens_the_petition_reaches_mastery_alike(one, other):
    results = [exercises.check_lateral_plan(PLAN.format(X=x), article=MADE_UP) for x in (one, other)]
    assert results[0].status == "mastery"
    assert "traces the claim to its original" in results[0].detail
    assert masked(results[0], one) == masked(results[1], other)


# 2. student 35 #6: a number word and its multiplier, and a ratio, are one figure; a description of the speaker is
# the writer's (made-up sentences; parallel speakers get the same rows)
def figure_rows(text: str) -> list:
    import kit

    f = kit.figures(exercises.my_article(text=text, file=None, title="A made-up report"))
    return [(r.phrase, r.kind, round(r.value, 3), r.attribution) for r in f.itertuples()]


@pytest.mark.parametrize("who", ["The Pentagon", "The Kremlin"])
def test_a_number_word_and_its_multiplier_are_one_figure(who):
    rows = figure_rows(f"{who} said the new base would cost more than three million dollars.")
    assert rows == [("more than three million dollars", "number word", 3_000_000.0, who.removeprefix("The "))]


@pytest.mark.parametrize("text, phrase, value", [
    ("A survey by the union found that one in three drivers had no breaks.", "one in three drivers", 0.333),
    ("A poll found that nine out of ten riders want the buses back.", "nine out of ten riders", 0.9),
    ("Officials said 1 in 5 roads in the town were shut.", "1 in 5 roads", 0.2),
])
def test_a_ratio_is_one_figure(text, phrase, value):
    rows = figure_rows(text)
    assert [(r[0], r[1], r[2]) for r in rows] == [(phrase, "ratio", value)]


def test_a_count_in_a_stretch_of_time_is_not_a_ratio():
    assert [r[1] for r in figure_rows("The striker scored two in three days, the club said.")] == ["number word", "duration"]


@pytest.mark.parametrize("who", ["Senator Ann Lee", "Deputy Ivan Petrov"])
def test_a_figure_in_a_description_of_the_speaker_is_the_writers(who):
    rows = figure_rows(f"{who}, one of the four who voted against, told reporters that 40 families would move.")
    assert [(r[0], r[3]) for r in rows] == [("four", ""), ("40 families", who.split()[-2] + " " + who.split()[-1])]


# 3. student 35 #13: the legend calls the tag a tag ("label" is also a category), with the text's own tag 1
@pytest.mark.parametrize("word", ["regime", "terrorists"])
def test_the_legend_names_the_small_tag_with_a_real_example(word):
    import kit

    text = f"Officials said the {word} had moved. Ann Lee said “the {word} left”."
    view = kit.highlight(exercises.my_article(text=text, file=None, title="A made-up report"))
    legend = view.legend_html()
    first_tag = re.search(r'<span aria-hidden="true">([^<]*\b1)</span>', view.body_html()).group(1)
    assert "after a label" not in legend and "before the label" not in legend
    assert f"Each small tag after marked words, such as <b>{first_tag}</b>, ends in a number" in legend
