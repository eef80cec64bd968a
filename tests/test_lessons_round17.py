"""Round 17: what the last readers (teacher23, student18) left open in lessons 02, 03 and 06.
Every example sentence is made up here."""

from __future__ import annotations

import pytest
from kernel_cells import run_cells

import kit
from kit import exercises, widgets

pytestmark = pytest.mark.usefixtures("fresh_hints")  # staged hints start again for each test


def plan(text: str, **kw):
    result = exercises.check_lateral_plan(text, **kw)
    return result.status, result.message, result.detail


def tick(game, *indexes):
    for i, box in enumerate(game.words):
        box.value = i in indexes
    return str(game.check())


# ---------------------------------------------------------------- 1. a word of a phrase: by its place, not its letters

@pytest.mark.parametrize("side", ["US", "Russian"])
def test_a_ticked_word_is_part_of_a_phrase_only_where_it_stands_in_it(side):
    text = f"{side} media said so, but the so-called {side} plan went on."  # made up
    game = widgets.spot_the_loaded_words(text)
    shown = [box.description for box in game.words]
    first, second = shown.index(side), len(shown) - 1 - shown[::-1].index(side)
    assert first != second
    assert f"'{side}' is part of '{side} media'" in tick(game, first)
    said = tick(game, second)  # the word after "so-called", far from "... media"
    assert "part of" not in said and f"'{side}'" in said, said


def test_a_typed_word_is_part_of_a_phrase_only_if_it_stands_nowhere_else():
    one = "The US media said the plan went on."  # made up
    two = "The US media said the so-called US plan went on."
    assert "'US' is part of 'US media'" in str(exercises.check_loaded_words(["US"], one))
    assert "part of" not in str(exercises.check_loaded_words(["US"], two))


# ---------------------------------------------------------------- 2. the game keeps the text as written

@pytest.mark.parametrize("text", [
    "It was reported by the US media. It flies at night; the so-called war goes on!",
    "Lee (a nurse) left — at 4,000 feet, in 2.5 hours — and the brutal siege ended.",
    "Officials, he said, were wary: “No.” Then they left...",
])
def test_the_game_loses_no_stop_or_mark_of_the_text(text):  # made up
    shown = [box.description for box in widgets.spot_the_loaded_words(text).words]
    assert "".join(shown).replace(" ", "") == "".join(text.split()), shown  # every character but spaces, in order
    assert all(word in text for word in shown)


def test_a_word_shown_with_its_full_stop_is_still_the_word():
    game = widgets.spot_the_loaded_words("It called the story fake news. Then it left.")  # made up
    game.select(["fake", "news"])
    assert game.selected() == ["fake news"] and game.check().status == "correct"


# ---------------------------------------------------------------- 3. the line that says what to do comes first

class FakeShell:
    def __init__(self):
        self.user_ns, self.said = {"In": []}, []

    def showtraceback(self, exc_tuple=None, tb_offset=None, exception_only=False):
        self.said.append(("error", exception_only))

    def showsyntaxerror(self):
        self.said.append(("syntax error", True))


@pytest.mark.parametrize("line, name", [('answer = [claimed]', "claimed"), ("answer = russia-charges-pentagon", "russia"),
                                        ("exercises.check_claim_source(answer, articles)", "articles")])
def test_a_hint_comes_before_the_error_and_no_traceback_after_it(line, name, capsys):
    from kit.exercises.friendly import name_error_handler

    shell = FakeShell()
    try:
        exec(compile(line, "<cell>", "exec"), {"exercises": exercises, "answer": 1})  # noqa: S102
    except NameError as error:
        name_error_handler(shell, NameError, error, error.__traceback__)
    printed = capsys.readouterr()
    # round 17b: after a hint, Python's message is one plain line of the kit's, not IPython's traceback
    assert printed.out.strip() and shell.said == [] and len(printed.err.strip().splitlines()) == 1, (printed, shell.said)


def test_a_syntax_error_with_no_hint_is_shown_as_usual(capsys):
    from kit.exercises.friendly import name_error_handler

    shell = FakeShell()
    try:
        compile("for x in", "<cell>", "exec")
    except SyntaxError as error:
        name_error_handler(shell, SyntaxError, error, error.__traceback__)
    assert shell.said == [("syntax error", True)] and not capsys.readouterr().out


def test_in_a_kernel_the_hint_is_printed_first_and_the_error_is_one_line():
    cells = ["from kit import exercises",
             'answer = [claimed]\nexercises.check_loaded_words(answer, "A brutal siege.")']
    outputs = run_cells(cells)[1]
    assert [o.output_type for o in outputs] == ["stream", "error"], outputs
    assert 'answer = ["claimed"]' in outputs[0].text
    assert not any("---->" in line or "Traceback" in line for line in outputs[1].traceback), outputs[1].traceback


# ---------------------------------------------------------------- 4. a check cell typed over: only the call

def test_a_check_cell_with_only_its_call_says_to_run_the_cells_above_in_a_new_kernel(tmp_path, monkeypatch):
    """A student typed over the whole cell (no ``from kit import exercises``) in a kernel where nothing ran. The
    start-up file goes where IPython reads one (here a profile of its own, so the test writes nothing into the
    environment; ``run.py lab`` writes it into the environment's etc/ipython/startup)."""
    from kit.exercises.friendly import KERNEL_STARTUP

    startup = tmp_path / "profile_default" / "startup"
    startup.mkdir(parents=True)
    (startup / "50-kit-hints.py").write_text(KERNEL_STARTUP, encoding="utf-8")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path))
    source = 'answer = "BBC"\nexercises.check_claim_source(answer, articles, "convoy")'
    [outputs] = run_cells([source])
    assert outputs[0].output_type == "stream" and "Run the cells above first" in outputs[0].text, outputs
    assert outputs[-1].output_type == "error" and len(outputs[-1].traceback) <= 2


@pytest.mark.parametrize("lesson", ["02-loaded-language", "03-sourcing", "06-capstone"])
def test_the_set_up_cell_imports_what_every_check_call_needs(lesson):
    import json
    from pathlib import Path

    path = Path(__file__).parents[1] / "notebooks" / f"{lesson}.ipynb"
    code = ["".join(c["source"]) for c in json.loads(path.read_text("utf-8"))["cells"] if c["cell_type"] == "code"]
    assert "from kit import exercises" in code[0] and "import kit" in code[0]
    calls = [c for c in code if "exercises.check" in c]
    assert calls and all("import" not in c.split("exercises.check")[0].replace("from kit import exercises", "")
                         for c in calls)


# ---------------------------------------------------------------- 5. the plan rubric

@pytest.mark.parametrize("look", ["investigate WSWS", "research Global Research", "look into RT",
                                  "investigate TASS", "read up on the Guardian", "investigate Reuters"])
def test_a_search_verb_with_a_name_finds_out_who_is_behind_it(look):
    status, _, detail = plan(f"First I would {look} to see who runs it. Then I would read the Pentagon's "
                             "statement to see what it says about the convoy.")
    assert status == "mastery", detail
    assert "(finds out who is behind the source; says what it would show)" in detail


def test_a_search_verb_before_a_claim_is_not_a_name():
    status, _, detail = plan("I would investigate the US claim. Then I would research the Russian claim.")
    assert "Leaves the page (finds out who is behind" not in detail, detail


@pytest.mark.parametrize("hint", [
    "Stop. Investigate the source. Find better coverage. Trace claims to the original context.",
    "Stop, investigate the source, find better coverage, trace claims to the original context.",
    "Stop; investigate the source; find better coverage; trace claims to the original context.",
])
def test_the_hint_s_sift_line_copied_as_it_is_is_told_to_say_what_to_do(hint):
    status, message, detail = plan(hint)
    assert status == "beginning" and "named the SIFT moves" in message, (message, detail)
    assert "stays on the page" not in message + detail


@pytest.mark.parametrize("side", ["the US helped ISIS", "Russia helped ISIS", "the Kremlin armed the rebels",
                                  "the Pentagon armed the rebels"])
@pytest.mark.parametrize("search", ["Then I would google it to find more sites saying {}.",
                                    "Then I would search for articles claiming {}.",
                                    "Then I would look for reports that show that {}.",
                                    "Then I would find posts which say {}."])
def test_a_search_for_sources_that_state_the_claim_looks_only_for_what_it_expects(side, search):
    status, message, detail = plan("First I would find out who is behind WSWS. " + search.format(side))
    assert status == "emerging" and "looks for one side only" in message, (message, detail)
    assert "Make each move a step of its own" not in detail and "”. It leaves" not in detail


@pytest.mark.parametrize("step", ["Then I would find other reports saying how many people left.",
                                  "Then I would search for articles saying whether the convoy left.",
                                  "Then I would read what the BBC says about the convoy to see if it gives the same number."])
def test_an_open_search_is_not_flagged(step):
    status, message, detail = plan("First I would find out who is behind WSWS to see who funds it. " + step)
    assert "looks only for" not in message + detail, (message, detail)


# ---------------------------------------------------------------- 6. "Many parents are wary of the plan"

@pytest.mark.parametrize("sentence", ["Many parents are wary of the plan.", "Some local teachers were critical of the deal.",
                                      "Most voters are hopeful that talks resume.", "Several nurses were angry about the cuts.",
                                      "Many of the residents are wary of the plan.", "Many Russians are wary of the deal.",
                                      "Many Americans are wary of the deal."])
def test_a_quantifier_and_a_plural_for_people_is_a_group_with_a_view(sentence):
    cues = kit.annotate(sentence, categories=["attribution"])
    assert list(cues.term) == ["rule:attitude"], (sentence, cues)


@pytest.mark.parametrize("sentence", ["Many roads are wary of the plan.", "Many parents are eager to help.",
                                      "Many parents said they were wary of the plan.", "Some ideas are critical of nothing."])
def test_not_a_group_with_a_view(sentence):
    cues = kit.annotate(sentence, categories=["attribution"])
    assert "rule:attitude" not in set(cues.term), (sentence, cues)


# ---------------------------------------------------------------- 7. what else the findings left in these files

@pytest.mark.parametrize("answer", [[""], ["", " "], ""])
def test_empty_quotes_in_a_list_of_names_are_an_empty_list(answer):
    result = exercises.check_speakers(answer, kit.load_articles(), "washington-pretends-combating-isis")
    assert "not in this text" not in str(result)
    assert result.status == "not_answered" or "your list is empty" in result.message, str(result)


def test_a_named_outlet_looked_into_is_not_told_to_add_that_move():
    status, _, detail = plan("I would investigate WSWS. Then I would trace claims to the original context.")
    assert "Leaves the page (finds out who is behind the source)" in detail
    assert "Add a different way to leave the page: finds out who" not in detail, detail


@pytest.mark.parametrize("side", [("Pentagon", "US military", "Mattis and Dillon"),
                                  ("Kremlin", "Russian military", "Lavrov and Shoigu")])
def test_a_reflection_whose_finding_shares_a_sentence_is_labelled_where_each_part_is(side):
    """The first sentence gives the finding and the example; the second a fact and the question to check."""
    who, army, people = side
    text = (f"Officials said the {who} had “colluded” with the militants, in a “merciless” campaign.")  # made up
    answer = (f"The article uses loaded words like 'colluded' and 'merciless' to make the {who} and the {army} look "
              f"bad to the reader. It quotes {people}, but I would still need to check the BBC report to see if the "
              "figure is in it.")
    result = exercises.check_reflection(answer, text)
    first = answer.split(". ")[0][:40]
    lines = {line.split(":")[0]: line for line in result.detail.splitlines()}
    assert first in lines["Names what the analysis showed"] and first in lines["Points at the text"], result.detail
    assert result.status == "mastery", result  # the task asks for the three parts, not a sentence each (round 17b)


@pytest.mark.parametrize("line, fixed", [('answer = "It quotes two people and no one else.', 'answer = "It quotes two '
                                          'people and no one else."'),
                                         ("answer = 'The writer calls them rebels", "answer = 'The writer calls them rebels'")])
def test_a_sentence_with_no_closing_quote_gets_its_line_back_with_one(line, fixed):
    from kit.exercises.friendly import hint_for_quote_marks

    hint = hint_for_quote_marks("unterminated string literal (detected at line 1)", line)
    assert hint.endswith(fixed) and "A word" not in hint, hint


def test_a_short_reflection_says_its_length_once():
    text = "Officials said the army had “colluded” with the militants."  # made up
    answer = ("The article uses loaded words such as 'colluded' about the army. For example, it never names who saw "
              "it. I would check the officials' own statement to see if they really said it, and who they are.")
    result = exercises.check_reflection(answer, text)
    assert result.status == "emerging" and "shorter than the task asks" in result.message, str(result)
    assert str(result).count(f"{len(answer.split())} words") == 1, str(result)


def test_a_word_shown_with_a_dash_after_it_can_still_be_selected_by_name():
    game = widgets.spot_the_loaded_words("The brutal siege — it was said — ended.")  # made up
    assert "siege —" in [box.description for box in game.words]
    game.select(["siege"])
    assert game.selected() == ["siege"]
