"""Round 33, lead: fixes from teacher 58's and student 49's readings of the merged round, each side alike."""
import pytest
from written_helpers import sources_texts

import kit
from kit import exercises
from kit.exercises.cell_notes import stopped_cell_result
from kit.exercises.reason_checks import swapped_actor_note

B = ("The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. Silo says "
     "4,000 left, all but about 500 armed. They count different people. ")


@pytest.mark.parametrize("makers", ["Russia and Iran", "Russia", "Iran and the Syrian government"])
def test_those_who_made_the_charge_are_not_put_in_the_accused_place(makers):
    # teacher 58 #1: "… says Russia and Iran made the charge first" is true of 002 and was told "not Russia"
    assert swapped_actor_note(f"us-rescue-of-isis-in-raqqa says {makers} made the charge first.", kit.load_articles()) == ""


def test_a_swapped_deed_is_still_caught():
    assert "not the Kremlin" in swapped_actor_note("us-rescue-of-isis-in-raqqa says the Kremlin colluded with ISIS.",
                                                   kit.load_articles())


@pytest.mark.parametrize("sentence", ["I would want the BBC's own count before I believe either.",
                                      "Before I believe the Pentagon I would read the BBC report.",
                                      "Before I believe the Kremlin I would read the BBC report.",
                                      "I would not believe either until I read the BBC report."])
def test_belief_held_back_until_a_check_is_a_check(sentence):
    # teacher 58 #2: the first was Beginning ("decides the claim"), the others missed the check (Emerging)
    result = exercises.check_reflection(B + sentence, sources_texts(), task="sources")
    assert result.status == "mastery", str(result)


@pytest.mark.parametrize("side", ["the Pentagon", "the Kremlin"])
def test_believing_one_side_now_is_still_a_verdict(side):
    result = exercises.check_reflection(B + f"I believe {side}.", sources_texts(), task="sources")
    assert result.status != "mastery", str(result)


def test_an_unanswered_cell_after_an_answered_one_is_not_called_stopped():
    # student 49 #1: Ex 2 run with its dots after Ex 1's right answer said Ex 1's cell "stopped with an error"
    history = ["", "answer = 3\ncheck_quote_count(answer)", "answer = ...\ncheck_speakers(answer)"]
    assert stopped_cell_result("answer", ..., history) is None


def test_a_cell_that_stopped_is_still_named():
    history = ["", "answer = three\ncheck(answer)", "check(answer)"]
    assert "stopped with an error" in str(stopped_cell_result("answer", ..., history))


def test_a_quoted_local_group_is_a_speaker_in_the_plan_note():
    # student 49 #3: once "the group Safe Streets Millbrook" was an organisation, the plan called it "a person this
    # text does not quote"
    text = ("The council voted to close the park. The group Safe Streets Millbrook said in a statement that the decision "
            "would \"make the riverside safer.\" Skater Maya Chen said the park mattered. ") * 12
    mine = exercises.my_article(text=text, title="Park to close")
    result = exercises.check_lateral_plan("id look up safe streets millbrook to see who runs it. then id ask the "
                                          "council for the poll to see how many people answered", article=mine)
    assert "Safe Streets Millbrook is quoted in this text" in str(result) and "a person this text" not in str(result)


@pytest.mark.parametrize("who", ["the spokesman", "Silo", "the Pentagon", "the Kremlin"])
@pytest.mark.parametrize("word", ["right", "lying"])
def test_def_is_definitely_either_way(who, word):
    # student 49 #4: "the spokesman is def right" was Mastery while "… def lying" was caught: belief slipped through
    result = exercises.check_reflection(B + f"I would check the DoD transcript. {who} is def {word}", sources_texts(),
                                        task="sources")
    assert result.status == "beginning", str(result)


@pytest.mark.parametrize("figure", ["3,500", "4,000"])
def test_a_figure_in_a_belief_held_back_is_no_ones(figure):
    # teacher 58 #7: "before I believe the 3,500" gave the 3,500 to the BBC
    result = exercises.check_reflection(B + f"I would check the BBC's count before I believe the {figure}.",
                                        sources_texts(), task="sources")
    assert result.status == "mastery" and "BBC's words" not in str(result), str(result)


@pytest.mark.parametrize("thing", ["the bbc report", "the pentagon transcript", "the russian ministry statement"])
def test_google_is_a_way_to_look(thing):
    # student 49 #5: "id google the bbc report to see what it says" was told to add a sentence that says where to check
    result = exercises.check_reflection(B + f"id google {thing} to see what it says", sources_texts(), task="sources")
    assert "Add a sentence that asks what to check elsewhere" not in str(result), str(result)
