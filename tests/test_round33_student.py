"""Round 33 (r33stud): what a 16-year-old writes about their own article (student 48 #2, #3, #5, #7, #8).

- 06 reflection and plan: asking, emailing or calling the source for its data ("ask the council for the poll",
  "email the Pentagon for the transcript") is checking elsewhere and traces the claim to its original; "find the
  council poll" is the poll itself, as "find the council's poll" is (#2).
- 06 reflection: "the kit flags 'slammed'" is checked against what the kit flags in that article (#3).
- 03 Exercise 3: two sentences that each give an account's figure are read together as the comparison; a figure the
  account gives, said to count something else, is labelled so, its quote not cut mid-phrase; "if the BBC report
  counted fighters too I would believe the 4,000 more, so I would read it" asks what to check (#5).
- 03 Exercise 1 "idk" gets the way to count; 03 Exercise 2 "moallem konashenkov" is two names, the list to copy in the
  kit's spellings (#7).
- 06 plan: the note on a quoted group says the step counts (#8).
Made-up articles only; one case per rule, per side.
"""

from __future__ import annotations

import pytest
from written_helpers import sources_texts

import kit
from kit import exercises
from kit.exercises.answers import forget_attempts
from kit.exercises.figure_counts import counted_note

# a made-up local story like student 48's: a council, its unpublished poll, a quoted group
SKATEPARK = """Skatepark to close after council vote

The town council voted 5-2 on Tuesday to close the riverside skatepark, a decision that local skaters slammed as a betrayal.

"The park costs too much to keep safe," said council leader Janet Ortiz. "We have to think of every family in town."

According to the council, 62 percent of residents backed the closure in an online poll last spring. The poll has not been published.

Skater Maya Chen, 17, said the park was the only place she could go after school. "Where are we supposed to go now?" she asked.

Critics say the council never asked young people what they wanted. Cafe owner Tom Baker said his business would lose customers.

The two councillors who voted against the closure, Sam Patel and Linda Moore, did not respond to requests for comment.

The group Safe Streets Millbrook said in a statement that the decision would "clearly make the riverside safer for families." """
FINDING = ("The kit flags 'betrayal' as loaded but that is the skaters' word, not the writer's. The article says \"62 percent "
           "of residents backed the closure\" but the poll has not been published. ")
ASKS = "Asks what to check elsewhere"
TRACES = "traces the claim to its original"
OTHER_NEWS = " Then id look for other news about the story to see what they say."


@pytest.fixture(autouse=True)
def fresh_tries():
    """Each test starts with no earlier tries (the same answer twice is otherwise "not a new try")."""
    forget_attempts()
    yield
    forget_attempts()


@pytest.fixture(scope="module")
def skatepark():
    return exercises.my_article(text=SKATEPARK, title="Skatepark to close")


@pytest.fixture(scope="module")
def raqqa():
    articles = kit.load_articles()
    return articles[articles.article_id == "us-rescue-of-isis-in-raqqa"]


# 1. asking the source for its data: the reflection's check elsewhere
@pytest.mark.parametrize("ask", ["I would ask the council for the poll and look at the town website.",
                                 "id email the council and ask for the poll results."])
def test_asking_the_council_for_its_poll_is_a_check_elsewhere(skatepark, ask):
    result = exercises.check_reflection(FINDING + ask, skatepark)
    assert f"{ASKS}: “{ask}”" in result.detail and "Add a sentence that asks" not in result.detail, result


@pytest.mark.parametrize("ask", ["I would email the Pentagon for the transcript of the briefing.",
                                 "I would ask the Russian defence ministry for its figures."])
def test_asking_either_side_for_its_data_is_a_check_elsewhere(raqqa, ask):
    answer = ("The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its "
              "sentence. " + ask)
    result = exercises.check_reflection(answer, raqqa)
    assert f"{ASKS}: “{ask}”" in result.detail, result


def test_asking_a_teacher_for_an_opinion_is_no_check(skatepark):
    result = exercises.check_reflection(FINDING + "I would ask my teacher for her opinion.", skatepark)
    assert ASKS not in result.detail and "Add a sentence that asks what to check elsewhere" in result.detail, result


# 1. the plan: asking for the poll, or finding "the council poll", traces the claim
@pytest.mark.parametrize("step", ["First id find the council poll to see if 62 percent is real.",
                                  "First id find the councils poll to see if 62 percent is real.",
                                  "Id ask the council for the poll to see if 62 percent is real."])
def test_the_council_poll_is_the_claims_original(skatepark, step):
    result = exercises.check_lateral_plan(step + OTHER_NEWS, article=skatepark)
    assert result.status == "mastery" and f"({TRACES}; says what it would show): “{step}”" in result.detail, result


@pytest.mark.parametrize("step", ["Id email the Pentagon for the transcript to see if it says 4,000.",
                                  "Id ask the Russian defence ministry for its figures to see if they say 4,000.",
                                  "Id find the Pentagon transcript to see if it says 4,000.",
                                  "Id find the Kremlin statement to see if it says 4,000."])
def test_asking_or_finding_either_sides_own_data_traces_the_claim(raqqa, step):
    result = exercises.check_lateral_plan(step + OTHER_NEWS, article=raqqa)
    assert f"{TRACES}; says what it would show): “{step}”" in result.detail, result


# 2. what the kit flags, checked in the article
def test_a_word_the_kit_does_not_flag_is_no_finding(skatepark):
    # round 34 (student 49 #6): 'slammed' is flagged, as a loaded verb of saying in the quotes table (cue_tone), so
    # "the kit flags 'slammed' as loaded" is true; a word no table flags is the wrong finding
    answer = FINDING.replace("'betrayal' as loaded but that is the skaters' word, not the writer's",
                             "'skatepark' as loaded so the writer is against the skaters") + "I would check the council website."
    result = exercises.check_reflection(answer, skatepark)
    assert result.status != "mastery", result
    assert ("The kit does not flag 'skatepark' in this article (its highlight marks 'betrayal'" in result.detail
            and "check the highlighted text again" in result.detail), result
    said = exercises.check_reflection(FINDING.replace("'betrayal' as loaded but that is the skaters' word, not the "
                                                      "writer's", "'slammed' as loaded") + "I would check the council website.",
                                      skatepark)
    assert "does not flag 'slammed'" not in said.detail, said


@pytest.mark.parametrize("side", ["Kremlin", "Pentagon"])
def test_the_kit_flag_check_is_the_same_for_either_side(side):
    text = (f"A {side} spokesman slammed the report as a betrayal. The lorries left at night. " * 12)
    art = exercises.my_article(text=text, title="A report")
    wrong = exercises.check_reflection(f"The kit flags 'lorries' as loaded. The {side} spokesman calls it a "
                                       "'betrayal'. I would check the original report to see who counted.", art, min_words=5)
    right = exercises.check_reflection(f"The kit flags 'betrayal' as loaded. The {side} spokesman calls it a "
                                       "'betrayal'. I would check the original report to see who counted.", art, min_words=5)
    assert "The kit does not flag 'lorries'" in wrong.detail and "does not flag" not in right.detail, (wrong, right)


# 3. 03 Exercise 3
@pytest.mark.parametrize("answer", [
    "the spokesman says 3500 civilians came out and less than 300 were fighters. russia-charges-pentagon says 4000 all "
    "but 500 fighters",
    "russia-charges-pentagon says 4000 all but 500 fighters. the spokesman says 3500 civilians came out and less than "
    "300 were fighters"])
def test_two_sentences_that_each_give_an_account_are_the_comparison(answer):
    result = exercises.check_reflection(answer, sources_texts(), task="sources")
    assert result.status == "emerging" and "Names what the analysis showed: “" + answer[:30] in result.detail, result


def test_a_figure_counted_differently_is_labelled_so_with_the_whole_phrase():
    result = exercises.check_reflection("the spokesman counts 3500 civilians and less than 300 potential fighters while "
                                        "russia-charges-pentagon counts 4000 all but 500 fighters", sources_texts(),
                                        task="sources")
    assert "with a figure that the account it names counts differently" in result.detail, result
    assert "does not give" not in result.detail and "potential ISIS [Daesh] fighters'" in result.detail, result


@pytest.mark.parametrize("side", ["Pentagon", "Kremlin"])
def test_what_a_figure_counts_is_quoted_to_the_end_of_its_phrase(side):
    text = f"Some 200 people left, listed as possible {side} army soldiers."
    assert counted_note("Lee says 200 possible soldiers left.", "200", text, "Lee's words") == (
        f"Lee's words: '{text[:-1]}'. Check what the 200 counts")


TWO = ("The spokesman counts 3,500 civilians while russia-charges-pentagon counts 4,000 mostly fighters. "
       "us-rescue-of-isis-in-raqqa says \"ISIS fighters and their families\" and leaves out the screening. ")


@pytest.mark.parametrize("mind", [
    "If the BBC report counted fighters too I would believe the 4,000 more, so I would read it.",
    "I would read the Pentagon transcript: if it counted civilians too I would trust the 3,500 less."])
def test_what_would_change_my_mind_with_a_place_asks_what_to_check(mind):
    result = exercises.check_reflection(TWO + mind, sources_texts(), task="sources")
    assert f"{ASKS}: “{mind}”" in result.detail, result


# 4. 03 Exercises 1 and 2
def test_idk_for_a_count_gets_the_way_to_count():
    result = exercises.check_quote_count("idk", kit.load_articles(), "us-rescue-of-isis-in-raqqa")
    assert result.status == "wrong_type" and 'rows[rows.kind == "direct"]' in result.detail, result
    assert "Hint" in result.detail and "without quotes" in result.detail, result


@pytest.mark.parametrize("answer", ["moallem konashenkov", "konashenkov moallem"])
def test_two_names_with_a_space_are_two_names(answer):
    result = exercises.check_speakers(answer, kit.load_articles(), "washington-pretends-combating-isis")
    assert result.correct and "1 of 2" not in result.message, result


def test_the_list_to_copy_spells_the_names_as_the_text_does():
    result = exercises.check_speakers("moalem konashenko", kit.load_articles(), "washington-pretends-combating-isis")
    assert "the kit reads this as more than one name" in result.detail, result
    assert 'answer = ["Walid al-Moallem", "Igor Konashenkov"]' in result.detail, result


# 5. a quoted group looked into: the step counts, said plainly
@pytest.mark.parametrize("who", ["Kremlin spokesman Dmitry Peskov", "Pentagon spokesman Eric Pahon"])
def test_looking_into_a_quoted_speaker_says_the_step_counts(who):
    text = f"{who} said the report was false. The convoy left at night. " * 25
    name = who.split()[-1]
    result = exercises.check_lateral_plan(f"I would look up {name} to see who he speaks for." + OTHER_NEWS,
                                          article=exercises.my_article(text=text, title="A convoy"))
    assert f"and this step counts: finding out who {name} speaks for" in result.detail, result
    assert "a step of its own" not in result.detail, result
