"""Round 16: what the last teacher (teacher21) and student (student16) found in the lessons' exercises and
feedback. Every example sentence is made up here; parallel actors get a parallel test table."""

from __future__ import annotations

import pytest
from kernel_cells import run_cells

from kit import exercises

pytestmark = pytest.mark.usefixtures("fresh_hints")  # staged hints start again for each test


def plan(text: str, **kw):
    result = exercises.check_lateral_plan(text, **kw)
    return result.status, result.message, result.detail.replace(text, "PLAN")


def moves_credited(detail: str) -> str:
    """The moves a plan's feedback credits (the advice after them is left out)."""
    return "\n".join(line for line in detail.splitlines() if line.startswith("Leaves the page"))


# ---------------------------------------------------------------- 06 Exercise 2: two different moves

# the same step for both sides of a story, at a briefing or a press conference: one verdict
PAIRS = [("Mattis", "the Pentagon"), ("Lavrov", "the Kremlin")]
VENUES = ["at the {place} briefing", "at his press conference", "at a news conference", "in a statement"]


@pytest.mark.parametrize("venue", VENUES)
def test_what_a_named_party_said_is_its_original_for_every_party(venue):
    verdicts = {}
    for person, place in PAIRS:
        text = f"I would read what {person} said {venue.format(place=place.split()[-1].capitalize())} to see if " \
               "the article quotes him fairly."
        verdicts[person] = plan(text)
    for status, _, detail in verdicts.values():
        assert status == "emerging", verdicts  # one step, however many nouns it has: not Mastery
        assert "traces the claim to its original" in moves_credited(detail)
        assert "other coverage" not in moves_credited(detail)
    assert len({(status, detail) for status, _, detail in verdicts.values()}) == 1, verdicts


@pytest.mark.parametrize("who", ["the Pentagon", "the Kremlin", "Russia", "Dillon"])
def test_one_sentence_at_a_briefing_is_one_step_not_mastery(who):
    status, _, detail = plan(f"I would find what {who} said at its briefing to see if it matches.")
    assert status == "emerging" and "Add a different way" in detail


@pytest.mark.parametrize("parties", ["Iran, Russia and the Syrian government", "the US and the coalition"])
def test_their_own_statements_in_the_plural_are_the_original(parties):
    status, _, detail = plan(f"I would check what {parties} said in their own statements.")
    assert status == "emerging" and "traces the claim to its original" in moves_credited(detail)


@pytest.mark.parametrize("noun", ["petition", "report", "survey"])
def test_a_document_the_article_names_is_its_original(noun):
    for text in (f"I would find the {noun} the local newspaper reported, to see what it asks for.",
                 f"I would find the {noun} that the article names to see what it says."):
        status, _, detail = plan(text)
        assert "traces the claim to its original" in moves_credited(detail), text
        assert "other coverage" not in moves_credited(detail), text


def test_two_traces_to_the_original_are_one_move_and_the_advice_says_so():
    status, _, detail = plan("First I would find the report the article names, to see whether it really says "
                             "4,000. Then I would look up the spokesman's own briefing to see what number he gives.")
    assert status == "emerging" and "Add a different way to leave the page" in detail


def test_two_different_moves_in_two_steps_are_mastery():
    status, _, _ = plan("I would read the coalition's statement to see what number it gives. Then I would look "
                        "up who runs the website on Wikipedia to see who funds it.")
    assert status == "mastery"
    status, _, _ = plan("I would look up who runs the website on Wikipedia to see who funds it, then search for "
                        "other news reports of the convoy to compare the numbers.")
    assert status == "mastery"


# looking only for agreement, on either side: told that it leaves the page, and what is missing
@pytest.mark.parametrize("text", ["I would check Russian state media RT to confirm the US is helping the group.",
                                  "I would check CNN to confirm the US is not helping the group.",
                                  "I would check Fox News to prove the article is wrong."])
def test_a_plan_that_seeks_only_agreement_is_told_so(text):
    # round 16b (teacher22 #5): the message fits a plan for or against the article; open questions
    # ("to see if the article is right") are no longer flagged (tests/test_lessons_round16b.py)
    status, message, detail = plan(text)
    assert status == "emerging", (text, message)
    assert "stays on the page" not in message + detail
    assert "looks for one side only" in message and "find both sides" in message


def test_a_title_s_full_stop_does_not_cut_the_quoted_evidence():
    for title in ("Col.", "Gen.", "Dr."):
        text = f"I would read {title} Ann Lee's statement to see what number she gives."
        detail = exercises.check_lateral_plan(text).detail
        assert f"“{text}”" in detail, detail


# ---------------------------------------------------------------- 06 Exercise 1: two sentences and a quotation

ARTICLE = ("Officials said the storm was merciless. The mayor called the report patent nonsense. "
           "About 4,000 people left the town.")  # made up


def reflect(text: str):
    return exercises.check_reflection(text, ARTICLE)


def test_a_finding_and_its_example_in_one_sentence_are_not_two_parts():
    result = reflect("The kit flags loaded words such as 'merciless' and 'patent nonsense' to make readers angry. "
                     "I would still need to check the original report to see what it says about the storm.")
    # round 17b (teacher 24 #1): the task asks for a finding, a quoted example and a check, not a sentence each:
    # this one is Emerging only for its length
    assert result.status == "emerging" and "same sentence" not in str(result), str(result)
    assert "shorter than the task asks" in result.message, str(result)


def test_mastery_needs_one_exact_quotation_from_the_article():
    unquoted = ("The article uses lots of loaded words like merciless to make the officials look bad. It quotes "
                "the mayor but I would still need to check the report itself.")
    assert reflect(unquoted).status == "emerging" and "quotation marks" in reflect(unquoted).message
    quoted = ("The article uses loaded language to make the officials look bad. For example, the mayor calls the "
              "report 'patent nonsense'. I would still need to check the report itself to see what it says about the "
              "numbers, and who else was there.")  # 40 words or more: the length asked (round 16b)
    assert reflect(quoted).status == "mastery", str(reflect(quoted))
    lines = {line.split(":")[0].strip(): line.split(":", 1)[1] for line in reflect(quoted).detail.splitlines()}
    assert lines["Names what the analysis showed"] != lines["Points at the text"]  # never one sentence twice
    misspelt = quoted.replace("patent nonsense", "pattent nonsense")
    assert reflect(misspelt).status == "emerging"


def test_the_length_asked_is_one_range_everywhere():
    short = reflect("The article uses loaded language. For example 'merciless'. I would check the report.")
    assert "40–80 words" in str(short) and "about 40" not in str(short)
    assert "40–80 words" in str(exercises.check_reflection(""))


# ---------------------------------------------------------------- 02: a check cell run before the cells above it

def test_a_check_cell_run_first_in_a_new_kernel_says_to_run_the_cells_above():
    """Student16: 02's prediction check, run in a kernel just started, gave a bare NameError. In a real kernel
    (nbclient), the cell itself imports the kit's tools, so the plain-words line comes first, the error after."""
    import json
    from pathlib import Path

    lesson = json.loads((Path(__file__).parents[1] / "notebooks" / "02-loaded-language.ipynb").read_text("utf-8"))
    cell = next(c for c in lesson["cells"] if c.get("id") == "02-12a")
    [outputs] = run_cells(["".join(cell["source"])])
    kinds = [o.output_type for o in outputs]
    assert "error" in kinds and outputs[kinds.index("error")].ename == "NameError"  # the error is still shown
    said = "".join(o.get("text", "") for o in outputs[:kinds.index("error")] if o.output_type == "stream")
    assert "Run the cells above first: Run › Run All Above Selected Cell" in said, outputs
    assert "`" not in said


# ---------------------------------------------------------------- feedback wording (02 Exercise 1 and others)

PARAGRAPH = ("The regime’s brutal siege went on, and the so-called “rebels” were blamed by the state media, "
             "which praised the hegemony of the capital.")  # made up


def test_a_misspelt_word_is_named_once_and_a_scare_quote_explained_once():
    result = exercises.check_loaded_words(["brutl", "rebels"], PARAGRAPH)
    shown = str(result)
    assert shown.count("did you mean 'brutal'") + shown.count("looks like 'brutal'") == 1, shown
    assert shown.lower().count("casts doubt") == 1, shown
    assert "§" not in shown and "lesson 02 §1" not in shown


def test_no_literal_backticks_in_feedback():
    result = exercises.check_loaded_words(..., PARAGRAPH)
    assert "`" not in str(result)
    assert "<code>answer = ...</code>" in result._repr_html_() and "`" not in result._repr_html_()


@pytest.mark.parametrize("empty", ["", "   "])
def test_empty_quotes_are_no_answer_yet(empty):
    import kit

    result = exercises.check_top(empty, "label_per_1k", kit.load_articles())
    assert result.status == "not_answered" and "empty" in result.message, str(result)
    assert "not one of the article ids" not in str(result)
    assert exercises.check_reflection(empty).status == "beginning"  # a written answer says what to write


def test_quotation_notes_say_it_in_plain_words():
    import kit
    from kit.exercises.quoted_words import quotation_note

    text = "Officials vowed to “annihilate” the group, Lee said. It debunks the “fake news” story."  # made up
    spans = kit.annotate(text)
    notes = [quotation_note(row, spans, text) for _, row in spans.iterrows()]
    assert any("inside a quotation" in n for n in notes) and any("in the writer's own words" in n for n in notes)
    assert not any("voice:" in n or "§" in n for n in notes)


# ---------------------------------------------------------------- 02 §6: the word game shows the text as it is

GAME_TEXT = ('Memos noted a "Salafist" [Islamic] "principality" [State] in the east, and Lee said the strikes '
             'killed “thousands...(W)omen and children.” The U.S. ignored it.')  # made up


def test_the_game_keeps_the_writer_s_marks_of_editing():
    from kit import widgets

    shown = [box.description for box in widgets.spot_the_loaded_words(GAME_TEXT).words]
    assert "[Islamic]" in shown and "[State]" in shown and '"Salafist"' in shown
    assert "“thousands..." in shown and "(W)omen" in shown and "U.S." in shown


def test_the_game_echoes_ticked_words_as_shown_with_quotation_notes():
    from kit import widgets

    game = widgets.spot_the_loaded_words(GAME_TEXT)
    for box in game.words:
        box.value = box.description in {'"Salafist"', "(W)omen", "U.S."}
    shown = str(game.check())
    assert '"Salafist"' in shown and "'(W)omen'" in shown  # as its box shows it, quotation marks and all (17b) and "'U.S.'" in shown, shown
    assert "'salafist'" not in shown and "'women'" not in shown and "'u.s.'" not in shown
    assert '"Salafist" is inside a quotation' in shown and "'(W)omen' is inside a quotation" in shown
    for box in game.words:
        box.value = box.description == "ignored"
    assert "'ignored': it is not on any word list" in str(game.check())


def test_one_list_of_quotation_marks():
    from kit import quote_marks
    from kit.exercises import quoted_words

    assert quoted_words.OPENING_MARKS is quote_marks.OPENING_MARKS
    assert quoted_words.CLOSING_MARKS is quote_marks.CLOSING_MARKS
    assert set("“„«‘\"'") == set(quote_marks.OPENING_MARKS) and set("”»’\"'") == set(quote_marks.CLOSING_MARKS)


# ---------------------------------------------------------------- 06 §3, 03 heatmap: what a chart's words mean

def test_a_chart_summary_that_says_tied_says_what_a_tie_is():
    import pandas as pd

    import kit

    profile = pd.DataFrame({"article_id": ["a", "b", "c"], "label_per_1k": [12.6, 10.9, 10.3],
                            "hedge_per_1k": [5.0, 2.0, 0.0]})  # made up
    tied = kit.plot_profile(profile, categories=["label"], mark="c").summary
    assert "tied for 2nd of 3" in tied and "less than 1 per 1,000 words apart" in tied
    apart = kit.plot_profile(profile, categories=["hedge"], mark="c").summary
    assert "tied" not in apart.lower()


def test_an_article_without_an_outlet_is_labelled_as_not_given_in_the_file():
    import pandas as pd

    import kit

    articles = pd.DataFrame({"article_id": ["x"], "outlet": [""], "title": ["T"],
                             "text": ["The BBC said the convoy left."]})  # made up
    assert set(kit.citations(articles).outlet) == {"(outlet not given in the file)"}
    assert kit.corpus.UNKNOWN_OUTLET == "(outlet not given in the file)"
