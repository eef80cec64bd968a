"""Round 16b: what the teacher's review (teacher22) found in the exercise checks of lessons 02, 03 and 06.
Every example sentence is made up here, except where a check is asked about the bundled seed articles."""

from __future__ import annotations

import pytest
from kernel_cells import printed, run_cells

import kit
from kit import exercises

pytestmark = pytest.mark.usefixtures("fresh_hints")  # staged hints start again for each test


@pytest.fixture(scope="module")
def articles():
    return kit.load_articles()


def plan(text: str, **kw):
    result = exercises.check_lateral_plan(text, **kw)
    return result.status, result.message, result.detail


def credited(detail: str) -> str:
    return "\n".join(line for line in detail.splitlines() if line.startswith("Leaves the page"))


# ---------------------------------------------------------------- #3 03 Exercise 4: a trace table as the answer

def test_a_trace_table_given_as_the_claim_source_names_the_attribution_column(articles):
    trace = kit.trace_claim(articles, "convoy")
    assert {"outlet", "attribution"} <= set(trace.columns)
    result = exercises.check_claim_source(trace, articles, "convoy")
    assert result.status == "wrong_type"
    assert 'in its "attribution" column' in result.detail
    assert 'in its "outlet" column' not in result.detail  # the outlet column is the publisher
    # following the tip gives the right answer
    named = [a for a in trace["attribution"] if a.strip()]
    assert exercises.check_claim_source(named[0], articles, "convoy").passed


# ---------------------------------------------------------------- #4 06 Exercise 2: the hint's own SIFT words

WHO = "I would investigate the source to see who runs it."


@pytest.mark.parametrize("step, move", [
    ("Then I would find better coverage to see if others report the same number.", "looks for other coverage"),
    ("Then I would look for better coverage of the event to compare the numbers.", "looks for other coverage"),
    ("Then I would find better coverage.", "looks for other coverage"),
    ("Then I would trace claims to the original context to see what the first report said.",
     "traces the claim to its original"),
])
def test_each_sift_phrase_of_the_hint_is_the_move_it_names(step, move):
    status, _, detail = plan(f"{WHO} {step}")
    assert "finds out who is behind the source" in credited(detail)
    assert move in credited(detail)
    # round 25 (teacher 45 #3): "find better coverage" names the move but not what it would show: not Mastery
    assert status == ("emerging" if step == "Then I would find better coverage." else "mastery"), detail
    assert "Add a different way" not in detail


def test_the_sift_names_alone_are_still_not_steps():
    for text in ("Stop; Investigate the source; Find better coverage; Trace claims to the original context.",
                 "I would use SIFT: stop, investigate the source, find better coverage and trace claims to the original context."):
        assert plan(text)[0] == "beginning", text


def test_to_find_better_coverage_names_a_move_but_not_what_it_would_show():
    status, _, detail = plan("I would read the town council's minutes. Then I would search for other local news "
                             "to find better coverage.")
    assert status == "emerging" and "Say what each step would show you" in detail


# ---------------------------------------------------------------- #5 looks for one side only

@pytest.mark.parametrize("text", [
    "I would check a state TV channel to confirm the army is winning.",
    "I would check an opposition paper to prove the article is wrong.",
    "I would look for sources that agree with the article.",
    "I would look for sources that disagree with the article.",
    "I would find other articles that support this claim.",
    "I would search for reports that agree with the writer.",
])
def test_a_plan_for_or_against_the_article_is_told_it_looks_only_for_what_it_expects(text):
    status, message, detail = plan(text)
    assert status == "emerging", (text, message)
    assert "stays on the page" not in message + detail  # it leaves the page
    assert message.endswith("looks for one side only: what would you search to find both sides?")
    assert "agrees" not in message


@pytest.mark.parametrize("outlet", ["RT", "CNN", "the BBC", "Al Jazeera"])
@pytest.mark.parametrize("purpose", ["to see if the article is right", "to see whether the article is wrong"])
def test_an_open_question_is_not_flagged(outlet, purpose):
    status, message, detail = plan(f"I would check {outlet} {purpose}.")
    assert status == "emerging", message
    assert "one side only" not in message + detail
    assert "looks for other coverage" in credited(detail)


# ---------------------------------------------------------------- #6 two moves in one sentence

def test_two_moves_joined_by_comma_and_are_two_steps_like_a_semicolon():
    verdicts = set()
    for join in (", and", ";", ". Then I would"):
        text = (f"I would read the town council's minutes to see how many voted{join} look up who runs the "
                "blog to see who is behind it.")
        status, _, detail = plan(text)
        assert "traces the claim to its original" in credited(detail), text
        assert "finds out who is behind the source" in credited(detail), text
        assert "Add a different way" not in detail
        verdicts.add(status)
    assert verdicts == {"mastery"}


def test_two_steps_with_the_same_move_are_told_so():
    status, _, detail = plan("I would read the council's own statement to see what number it gives. Then I would "
                             "read the mayor's press release to see what number it gives.")
    assert status == "emerging"
    assert "Both steps trace the claim to its original. Add a different way to leave the page" in detail
    assert "or traces the claim" not in detail  # never asks for the move the plan has


# ---------------------------------------------------------------- #7 06 Exercise 1: the reflection

ARTICLE = ("The mayor called the report “patent nonsense”. Officials said the merciless cuts would go on. "
           "A local paper said 300 families signed the letter.")  # made up
FINDING = "The kit found several loaded words, and only officials are quoted by name."
EXAMPLE = "For example, the mayor calls the report 'patent nonsense'."
CHECK = "I would check the letter itself to see whether 300 families really signed it."


def reflect(text, **kw):
    return exercises.check_reflection(text, ARTICLE, **kw)


def test_mastery_needs_the_length_asked_and_a_note_above_it():
    short = " ".join([FINDING, EXAMPLE, CHECK])
    assert len(short.split()) < 40
    result = reflect(short)
    assert result.status == "emerging" and "the task asks for 40–80 words" in str(result)  # said once (17b)
    enough = " ".join([FINDING.replace(".", ", which makes one side sound calm and the other side loud."),
                       EXAMPLE, CHECK])
    assert 40 <= len(enough.split()) <= 80
    assert reflect(enough).status == "mastery" and "note on length" not in reflect(enough).detail
    long = enough + (" The writer also repeats the same words in the title and in the last lines. The mayor is named "
                     "twice, the families only once. No one from the paper is quoted at all. The numbers have no "
                     "source that a reader could look up.")
    assert len(long.split()) > 80
    assert reflect(long).status == "mastery" and "A note on length" in reflect(long).detail


def test_one_sentence_is_never_both_the_finding_and_the_check():
    both = "It quotes only officials, but I would still need to check the letter itself and who signed it."
    text = ("The writer uses loaded words like 'merciless' and 'patent nonsense' to make the officials look cruel "
            "and the mayor look careless. " + both + " The paper gives 300 families with no source at all.")
    result = reflect(text)
    lines = [line for line in result.detail.splitlines() if line.startswith(("Names what", "Points at", "Asks what"))]
    sentences = [line.split(":", 1)[1] for line in lines]
    assert result.status == "mastery" and len(sentences) == 3 == len(set(sentences)), result
    assert both in lines[2]  # the sentence that does both is the check; the finding is the first sentence
    # the finding and its example in one sentence, the check in another: the three parts the task asks for (17b)
    two = ("The writer uses loaded words like 'merciless' and 'patent nonsense' to make the officials look cruel "
           "and the mayor look careless, again and again in every part. " + both)
    assert reflect(two).status == "mastery", reflect(two)


def test_i_dont_know_is_not_a_question_to_check():
    text = " ".join([FINDING, EXAMPLE, "I don't know."]) + " The writer repeats the same loaded words again."
    result = reflect(text)
    assert "I don't know" not in "\n".join(line for line in result.detail.splitlines() if line.startswith("Asks what"))
    assert result.status != "mastery"
    assert "Asks what to check elsewhere" in reflect(f"{FINDING} {EXAMPLE} I don't know who signed the letter, "
                                                     "so I would look for it.").detail


# ---------------------------------------------------------------- #10 a check cell run first, outside JupyterLab

@pytest.mark.parametrize("lesson", ["02-loaded-language", "03-sourcing", "06-capstone"])
def test_every_check_cell_run_first_says_to_run_the_cells_above_never_to_add_quotes(lesson):
    """In a kernel started by nbclient (no JupyterLab ``__session__``, as in VS Code or Colab), each check cell of
    the student's notebook, run before the cells above it, says to run them first, before the error."""
    import json
    from pathlib import Path

    path = Path(__file__).parents[1] / "notebooks" / f"{lesson}.ipynb"
    cells = [c for c in json.loads(path.read_text("utf-8"))["cells"]
             if c["cell_type"] == "code" and "exercises.check" in "".join(c["source"])]
    assert cells
    for cell in cells:  # each in a kernel of its own: nothing above has run
        source = "".join(cell["source"])
        assert source.startswith("from kit import exercises"), cell["id"]
        [outputs] = run_cells([source])
        kinds = [o.output_type for o in outputs]
        said = printed(outputs)
        assert "put text in quotes" not in said, (cell["id"], said)
        if "error" in kinds and outputs[kinds.index("error")].ename == "NameError":
            before = "".join(o.get("text", "") for o in outputs[:kinds.index("error")] if o.output_type == "stream")
            assert "Run the cells above first" in before, (cell["id"], outputs)


# ---------------------------------------------------------------- #8 02 word game: the kit's own quotation table

MEMO = ('In 2019 a report by the city council, noting the danger of a "lawless" "enclave" near the river, '
        'was ignored by the mayor.')  # made up


def test_every_word_of_a_credited_quotation_gets_the_same_note_in_game_and_check():
    from kit import widgets
    from kit.exercises.helpers import text_frame

    quotes = kit.quotes(text_frame(MEMO))
    credited = quotes[(quotes.kind == "partial") & (quotes.speaker.str.strip() != "")]
    assert set(credited.quote) == {"lawless", "enclave"}  # the kit credits both words to the council
    game = widgets.spot_the_loaded_words(MEMO)
    game.select(['"lawless"', '"enclave"'])
    said = str(game.check())
    for word in ("lawless", "enclave"):
        assert f'"{word}" is inside a quotation: someone else\'s words' in said, said
    assert "no one quoted" not in said and "scare quote" not in said
    direct = str(exercises.check_loaded_words(["enclave"], MEMO))
    assert "someone else's words" in direct and "no one quoted" not in direct


SO_CALLED = "The so-called experts were ignored by the US media for a year."  # made up


def test_a_ticked_scare_quote_and_the_next_word_are_two_choices():
    from kit import widgets

    game = widgets.spot_the_loaded_words(SO_CALLED)
    game.select(["so-called", "experts"])
    assert game.selected() == ["so-called", "experts"]
    said = str(game.check())
    assert "'so-called' is a scare quote" in said and "so-called experts" not in said
    game2 = widgets.spot_the_loaded_words("It called the story fake news at once.")
    game2.select(["fake", "news"])  # a listed phrase is still one choice
    assert game2.selected() == ["fake news"]


def test_a_phrase_a_word_belongs_to_is_echoed_as_the_text_writes_it():
    from kit import widgets

    game = widgets.spot_the_loaded_words(SO_CALLED)
    game.select(["US"])
    said = str(game.check())
    assert "'US' is part of 'US media'" in said and "us media" not in said, said


# ---------------------------------------------------------------- #12 smaller points

PARA = ("The writer praised the “rebels” while the regime kept up its brutal siege; the paper blamed imperialism "
        "and the hegemony of the capital, and it called for regime change in the region by spring.")  # made up


def test_every_word_found_with_an_extra_scare_quote_names_the_extra_word():
    from kit.exercises.helpers import spans_in_text

    text = "The so-called “rebels” held the town, and the brutal siege and the regime went on."  # made up
    spans = spans_in_text(text)
    assert "scare_quote" in set(spans.category)
    words = list(spans[spans.category.isin(["loaded_language", "label"])].text)
    assert words
    result = exercises.check_loaded_words([*words, "“rebels”"], text)
    assert result.message.startswith(f"all {len(words)} found" if len(words) > 2 else "both found" if len(words) == 2
                                     else "1 of 1 found"), result  # "both found" for two (teacher 41 #12)
    assert "'rebels' is a scare quote" in result.message, result


def test_one_misspelt_word_is_named_once():
    result = exercises.check_loaded_words(["imperialsm", "rebels"], PARA)
    assert str(result).count("imperialsm") == 1, result
    assert "did you mean 'imperialism'?" in result.message


def test_the_second_hint_quotes_every_word_still_to_find():
    long = ("In a long and winding sentence about the old port and its many quiet streets, the council "
            "blamed imperialism for the decline, and after many more words about roads, schools and the weather "
            "in the hills, it called for regime change and an end to hegemony in the region.")  # made up
    for wrong in ("foo", "bar"):  # two different wrong tries (the same one again is not a new try)
        result = exercises.check_loaded_words([wrong], long)
    hint = next(line for line in result.detail.splitlines() if line.startswith("Second hint"))
    for word in ("imperialism", "regime change", "hegemony"):  # round 25 (student 38 #3): where, never the words
        assert word not in hint, hint
    assert "one sentence" in hint and "near its end" in hint, hint


def test_not_answered_shows_three_dots_only():
    result = exercises.check_prediction(..., 3, "direct quotations")
    assert "...." not in str(result) and "...." not in result._repr_html_().replace("</code>", "")
    assert "</code>. " not in result._repr_html_()


def test_an_empty_cell_taken_from_a_trace_table_is_not_called_empty_quotes(articles):
    trace = kit.trace_claim(articles, "convoy")
    empty = [a for a in trace["attribution"] if not a.strip()]
    if not empty:
        pytest.skip("every row of the trace names a source")
    result = exercises.check_claim_source(empty[0], articles, "convoy")
    assert result.status == "not_answered" and "an empty cell of a table" in result.message


# ---------------------------------------------------------------- student17: quotation marks in an answer

def test_quotation_marks_that_break_an_answer_get_a_plain_fix_in_a_kernel():
    cells = ['from kit import exercises',
             'answer = "The writer says the mayor "lied" to them."',
             'answer = [“merciless”, “brutal”]',
             "answer = ['merciless', 'brutal]"]
    said = [printed(outputs) for outputs in run_cells(cells)]
    assert "single quotes ' ' inside it" in said[1] and "'lied'" in said[1], said
    assert "straight quotes" in said[2] and '["merciless", "brutal"]' in said[2], said
    assert "a quote at its start but not at its end" in said[3], said


@pytest.mark.parametrize("step", ["Then I would find other news sites that say the same thing as the article.",
                                  "Then I would search for other articles that back up what it says.",
                                  "Then I would look for other websites that agree with the article."])
def test_student_ways_of_seeking_agreement_are_told_so(step):
    status, message, _ = plan(f"First I would find out who is behind the blog. {step}")
    assert status == "emerging" and "one side only" in message


def test_sentences_pasted_again_are_told_so():
    text = ("The writer uses loaded words like 'merciless' to make readers angry. I would check the letter itself "
            "to see whether 300 families signed it. ") * 4
    result = exercises.check_reflection(text)
    assert "repeats the same sentence" in result.message and "one word" not in result.message
