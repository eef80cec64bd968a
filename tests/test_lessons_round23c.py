"""Round 23c: what student 35 found in lessons 02 and 03 (made-up sentences where a text is needed). Every actor is
tried alike: the US/Pentagon/Washington side and the Russia/Kremlin/Moscow/Syria side.
"""
from __future__ import annotations

import html
import re

import pytest


@pytest.fixture(scope="module")
def articles():
    import kit
    return kit.load_articles()


# 1. student 35 #1: the explorer counted quoted words too, so its rates were not the plot's
def test_the_explorer_counts_what_the_plot_counts_and_says_so(articles):
    import kit
    from kit import widgets

    view = widgets.explorer(articles)
    plotted = kit.profile(articles).set_index("article_id")
    for article_id in articles.article_id:
        view.article.value = article_id
        rows = re.findall(r"<td>(loaded language|label)</td><td>(\d+)</td><td>([\d.]+)</td><td>(\d+)</td>",
                          view.counts.value)
        assert len(rows) == 2, view.counts.value
        for name, count, rate, _quoted in rows:
            category = name.replace(" ", "_")
            assert int(count) == plotted.loc[article_id, category], (article_id, name)
            assert abs(float(rate) - plotted.loc[article_id, f"{category}_per_1k"]) < 0.06, (article_id, name)
    assert "only the writer's own words" in html.unescape(view.counts.value)


def test_the_explorer_shows_quoted_words_apart_and_both_sides_alike():
    from kit import widgets
    from kit.exercises.helpers import text_frame

    for side in ["Washington", "Moscow", "the Pentagon", "the Kremlin"]:
        text = f"{side} ran a brutal campaign. “It was a brutal and savage campaign,” Lee said."
        view = widgets.explorer(text_frame(text), categories=["loaded_language"])
        row = re.search(r"<td>loaded language</td><td>(\d+)</td><td>[\d.]+</td><td>(\d+)</td>", view.counts.value)
        assert row is not None and row.groups() == ("1", "2"), (side, view.counts.value)


ACTORS = ["the US", "Russia", "the Pentagon", "the Kremlin", "Washington", "Moscow", "Syria", "the White House"]


# 2. student 35 #3: the game gave the answer after three tries, then "✓ Correct" when it was ticked
@pytest.mark.parametrize("actor", ACTORS)
def test_the_answer_shown_after_three_tries_and_then_ticked_is_said_plainly_never_a_tick(actor):
    from kit import widgets

    text = f"{actor} called it a brutal plan and a terrorist raid, and the so-called experts agreed."  # made up
    game = widgets.spot_the_loaded_words(text)
    for tries in (["called"], ["plan"], ["raid"]):
        game.select(tries)
        result = game.check()
    assert "After three tries, here is the answer" in str(result), result
    game.select(["brutal", "terrorist"])
    ticked = game.check()
    assert str(ticked).startswith("◐ Partly right: ") and "✓ Correct" not in str(ticked), ticked
    assert ticked.message.startswith("you ticked the answer shown above after three tries"), ticked
    fresh = widgets.spot_the_loaded_words(text)  # a game started anew: a right answer is the student's own
    fresh.select(["brutal", "terrorist"])
    assert str(fresh.check()).startswith("✓ Correct"), fresh.check()


@pytest.mark.parametrize("actor", ACTORS)
def test_every_word_found_and_more_names_each_extra_word_once_and_says_one_thing_about_it(actor):
    from kit import exercises

    text = f"{actor} ignored the brutal report and debunks the so-called plan."  # made up
    result = exercises.check_loaded_words(["brutal", "ignored", "debunks", "so-called"], text)
    assert result.message.startswith("1 of 1 found"), result
    for word in ("ignored", "debunks", "so-called"):
        assert result.message.count(f"'{word}'") == 1, result.message
    assert "take out" in result.message and "reasonable choice" not in str(result), result


# 3. student 35 #2: "so-called" came in among the labels, and one scare quote counted where another did not
def test_lesson_02_and_its_checks_say_one_rule_for_scare_quotes():
    import json
    from pathlib import Path

    from kit import exercises
    from kit.exercises.word_checks import SCARE_RULE

    cells = json.loads((Path(__file__).resolve().parent.parent / "instructor" / "02-loaded-language.ipynb").read_text())["cells"]
    prose = " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown").replace("\n", " ")
    assert "Scare quotes do not count here" not in prose
    assert "**Scare quotes** (a list of their own)" in prose and "“fake news” (a label), not “rebels”" in prose
    for side in ["US", "Russian"]:
        text = f"The {side} “rebels” ran a brutal “fake news” campaign, the so-called experts said."  # made up
        for answer in (["rebels"], ["so-called"]):
            said = str(exercises.check_loaded_words(answer, text))
            assert SCARE_RULE.format(label="loaded words or labels") in said, said
        counted = exercises.check_loaded_words(["brutal", "fake news"], text)
        assert counted.correct and SCARE_RULE[:20] not in str(counted), counted


# 4. student 35 #5: "prediction = 6ish" showed a pink box of Python's SyntaxWarnings under the kit's hint
SHELL = """
import sys
from IPython.core.interactiveshell import InteractiveShell
shell = InteractiveShell.instance()
{setup}
for line in {lines!r}:
    shell.run_cell(line)
"""


@pytest.mark.parametrize("setup", ["shell.run_cell('from kit import exercises')",  # the lesson's set-up cell
                                   "from kit.exercises.friendly import KERNEL_STARTUP\n"  # the kernel start-up file
                                   "exec(KERNEL_STARTUP, {'get_ipython': lambda: shell})"])
def test_a_number_run_into_letters_gets_the_hint_and_no_python_warnings_in_a_real_shell(setup):
    import subprocess
    import sys

    lines = ["prediction = 6ish", "prediction = 3rd", "answer = 20ish"]
    run = subprocess.run([sys.executable, "-c", SHELL.format(setup=setup, lines=lines)], capture_output=True,
                         text=True, timeout=120)
    assert "SyntaxWarning" not in run.stderr and "SyntaxWarning" not in run.stdout, run.stderr + run.stdout
    assert "like this: prediction = 6" in run.stdout and "like this: prediction = 3" in run.stdout, run.stdout
    assert run.stdout.count("Python's own message: SyntaxError") == len(lines), run.stdout


# 5. student 35 #7: a prediction that is not a number is told the fix goes in the prediction's cell, and what to type
@pytest.mark.parametrize("said", ["idk", "no idea", "lots"])
def test_a_prediction_that_is_not_a_number_says_to_fix_it_in_its_own_cell_under_predict_first(said):
    from kit import exercises

    result = exercises.check_prediction(said, 40, "direct quotations")
    assert result.status == "not_answered", result  # teacher 48 #11: not marked, so no "! Wrong kind"
    assert "under \"Predict first\"" in result.detail and "prediction =" in result.detail and "digits" in result.detail, result
    assert "40" not in str(result), result  # never the kit's count


# student 35 #9: a second, different try that finds more got "First hint (of three)" again, with no word why
@pytest.mark.parametrize("side", ["US", "Russian"])
def test_a_second_try_that_finds_more_says_why_the_hints_start_again(side, fresh_hints):
    from kit import exercises

    text = f"The {side} imperialism and hegemony drove the regime change, the report said."  # made up
    first = exercises.check_loaded_words(["report"], text)
    assert "First hint (of three)" in first.detail, first
    second = exercises.check_loaded_words(["imperialism"], text)
    assert "You found more than last time, so the hints start again. First hint (of three)" in second.detail, second


# student 35 #8: typos and hedges in lesson 03's checks get check_speakers' "did you mean …?" and no full ✓
@pytest.mark.parametrize("typed, meant", [("the writter", "the writer"), ("washingtn", "Washington"),
                                          ("moskow", "Moscow"), ("pentagn", "Pentagon"), ("konashenko", "Konashenkov")])
def test_a_misspelt_name_for_a_guessed_speaker_gets_did_you_mean(typed, meant):
    import kit
    from kit import exercises

    result = exercises.check_speaker_guess(typed, kit.quotes(kit.load_articles()), "we", "russian-general-accuses")
    assert result.status == "incorrect" and result.message == f"{typed!r}: did you mean {meant!r}? Check the spelling.", result


@pytest.mark.parametrize("name", ["Sergei Surovikin", "Igor Konashenkov", "Washington", "Moscow"])
def test_a_hedged_name_is_read_without_the_hedge_and_asked_to_commit(name):
    import kit
    from kit import exercises

    quotes = kit.quotes(kit.load_articles())
    plain = exercises.check_speaker_guess(name, quotes, "we", "russian-general-accuses")
    hedged = exercises.check_speaker_guess(f"{name.lower()} prob", quotes, "we", "russian-general-accuses")
    assert hedged.status == plain.status == "incorrect" and "write a name" not in hedged.message, hedged
    assert "You wrote 'prob': your answer is read without it. Commit to one answer" in hedged.detail, hedged
    writer = exercises.check_speaker_guess("the writer prob", quotes, "we", "russian-general-accuses")
    assert writer.status == "partly" and "Commit to one answer" in writer.detail, writer  # right, but not a ✓ yet


def test_same_kind_reads_a_typo_and_never_ticks_an_unsure_answer(fresh_hints):
    import kit
    from kit import exercises

    quotes = kit.quotes(kit.load_articles())
    typo = exercises.check_same_kind("diffrent", quotes, "the civilian death toll", "The report")
    assert "'diffrent': did you mean 'different'? Check the spelling." in typo.detail, typo
    unsure = exercises.check_same_kind("idk theyre kinda the same?", quotes, "the civilian death toll", "The report")
    sure = exercises.check_same_kind("the same: both are things named", quotes, "the civilian death toll", "The report")
    assert sure.correct and not unsure.correct and unsure.status == "partly", unsure
    assert "'idk', 'kinda', '?'" in unsure.detail and "give a reason" in unsure.detail, unsure


# 6. student 35 #12: 03 Exercise 5's ✓ did not point to its second question
def test_every_loaded_verb_of_saying_found_points_to_the_second_question():
    import kit
    from kit import exercises
    from kit.exercises.helpers import text_frame

    for side in ["The Pentagon", "The Kremlin"]:
        articles = text_frame(f"{side} claimed the strike missed. Officials dismissed the report.")  # made up
        spans = kit.annotate(articles)
        loaded = list(spans[(spans.category == "attribution") & (spans.tone == "loaded")].text)
        assert loaded, spans
        result = exercises.check_loaded_attributions(loaded, articles, "your-text")
        assert result.correct and "does every one introduce someone's words?" in result.detail, result
