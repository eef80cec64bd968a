"""Round 21d: student 31's keyboard and feedback findings in 02's word game (made-up paragraphs)."""
from __future__ import annotations

import pytest

from kit import exercises, widgets


def test_a_second_check_button_follows_the_words():
    """Student 31 #2: after ticking the last word, a keyboard user needed 47-51 Shift+Tabs to reach Check."""
    game = widgets.spot_the_loaded_words("In the 21st century, a brutal siege ended.")
    order = list(game.children)
    after = [row for row in order[order.index(game.word_row) + 1:]
             if any(getattr(c, "description", "").startswith("Check my choices") for c in getattr(row, "children", ()))]
    assert after, "no Check button after the words"
    button = next(c for c in after[0].children if c.description.startswith("Check my choices"))
    row = after[0].children
    assert row.index(button) == 0  # before "Show the word lists' choices": Tab reaches Check first
    game.select(["brutal"])
    button.click()
    assert "found" in game.feedback_after.value  # under the button pressed (student 37 #12), not by the first one


def test_an_empty_check_tells_a_keyboard_user_how_to_tick():
    game = widgets.spot_the_loaded_words("In the 21st century, a brutal siege ended.")
    game.check_button.click()
    assert "Tab to it and press Space" in game.feedback.value


@pytest.mark.parametrize("side", ["US", "Russian", "Chinese", "Iranian"])
def test_both_counts_of_extra_words_are_named(side):
    """Student 31 #3: "1 of your words is not among …" then "take out the 2 words": name the words."""
    text = f"The brutal {side} so-called report debunks the plan."  # made up
    result = exercises.check_loaded_words(["brutal", "so-called", "debunks"], text)
    if "take out the 2 words" in result.message:
        assert "'so-called'" in result.message.split("take out the 2 words")[1], result.message
        assert "'debunks'" in result.message.split("take out the 2 words")[1], result.message


SAYS_SAME = ["same", "The same", "no", "nope", "not really", "alike", "No, it is not different", "nothing different",
             "No. Both are things, not words", "It is just like The report",
             "Like the report row, it's not something the Pentagon said"]
SAYS_DIFFERENT = ["different", "yes", "They are different", "It's not the same", "not similar", "It isn't the same",
                  "Not the same: the Pentagon acknowledged the toll, it did not say it",
                  "different, the same mistake is not made", "they are not alike"]


@pytest.fixture(scope="module")
def seed_quotes():
    import kit
    return kit.quotes(kit.load_articles())


@pytest.mark.parametrize("answer", SAYS_SAME + SAYS_DIFFERENT)
def test_the_death_toll_question_reads_a_negation(answer, seed_quotes):
    """Teacher 37 #1: 'It's not the same' was marked Correct; the expected answer is computed from the rows."""
    from kit.exercises.row_checks import names_a_thing

    rows = [seed_quotes[seed_quotes["quote"].astype(str).str.strip() == q].iloc[0]
            for q in ("the civilian death toll", "The report")]
    expected = "same" if all(names_a_thing(r) for r in rows) else "different"
    result = exercises.check_same_kind(answer, seed_quotes)
    said = "same" if answer in SAYS_SAME else "different"
    # the right choice is never ✗ (a bare one is ◐ since round 24: the question asks for a reason), the wrong one is
    assert (result.status != "incorrect") == (said == expected), (answer, result)


@pytest.mark.parametrize("answer", ["idk", "not sure", "5", "samee"])
def test_an_unreadable_answer_is_not_shown_the_answer(answer, seed_quotes):
    result = exercises.check_same_kind(answer, seed_quotes)
    assert not result.correct
    assert 'answer = "same" or answer = "different"' in str(result), result


@pytest.mark.parametrize("pasted", ["The kit flags words like … as loaded.", "The quotes table names ... as speakers."])
def test_the_feedbacks_example_with_its_dots_is_not_a_finding(pasted):
    """Teacher 37 #6: the example of a finding, pasted as it stands, counted as one on any article."""
    base = "I would check the BBC report on the convoy."
    def finds(text):
        said = str(exercises.check_reflection(text + " " + base))
        return "names a finding" in said or "Names what the analysis showed:" in said
    assert not finds(pasted)
    assert finds(pasted.replace("…", "“nexus”").replace("...", "Gerasimov and Silo"))


def test_the_example_of_a_finding_hands_no_conclusion():
    from kit.exercises.reflection import add_parts
    said = add_parts(["names what the analysis showed"])
    assert "one side" not in said.lower() and "filled in" in said


@pytest.mark.parametrize("plan", ["I would not read on.", "I will stop reading.", "I won't read any more of it."])
def test_stopping_alone_is_named_as_sifts_stop(plan):
    """Student 31 #4: "I would not read on." got no word for being the Stop step, and the moves read
    "Fact-checkers … finds out"."""
    said = str(exercises.check_lateral_plan(plan))
    assert "SIFT's Stop" in said and "with a step that finds out" in said, said


def test_a_plan_with_no_stop_is_not_told_it_stopped():
    assert "SIFT's Stop" not in str(exercises.check_lateral_plan("I like the article."))


@pytest.mark.parametrize("plan", ["I would not read on. I would not trust it.", "I would not read on. I would trust it.",
                                  "I would not read on. Russia is lying.", "I would not read on. The US is lying."])
def test_stopping_then_a_verdict_is_not_called_a_good_start(plan):
    """Teacher 38 #2: the Stop line praised a refusal followed by a verdict."""
    assert "SIFT's Stop" not in str(exercises.check_lateral_plan(plan))


# round 22b (teacher 39 #7): a written "same"/"different" decides, whatever "yes"/"no" comes before it
@pytest.mark.parametrize("answer, said", [("No, they're different", "different"), ("yes, it's the same", "same"),
                                          ("nope", "same"), ("yes", "different")])
def test_a_first_no_or_yes_gives_way_to_the_words_after_it(answer, said):
    """Teacher 38 #3: "No, they're different" was read as same, "yes, it's the same" as different."""
    from kit.exercises.row_checks import read_same
    assert read_same(answer) == said


@pytest.mark.parametrize("source", ["WSWS", "the BBC", "Russia", "the US", "Xinhua", "RT"])
@pytest.mark.parametrize("verb", ["says", "reports"])
def test_a_source_after_the_verb_is_read_as_one_before_it(source, verb):
    """Student 32 #1: "US helped ISIS escape Raqqa, says WSWS" was Partly right while "…, WSWS says" was Correct."""
    original = "US rescue of ISIS in Raqqa exposed"
    before = exercises.check_neutral_headline(f"US helped ISIS escape Raqqa, {source} {verb}", original)
    after = exercises.check_neutral_headline(f"US helped ISIS escape Raqqa, {verb} {source}", original)
    assert (before.status, before.message) == (after.status, after.message), (before, after)
