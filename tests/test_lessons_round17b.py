"""Round 17b: what teacher 24 found in lessons 02, 03 and 06 (made-up inputs only, parallel US and Russian sides)."""

import pytest
from kernel_cells import printed, run_cells

from kit import exercises

SIDES = [("Pentagon", "US", "Washington"), ("Kremlin", "Russian", "Moscow")]


def article_for(who):
    return (f"Officials said the {who}'s strikes were “merciless” and its denial was “patent nonsense”. "
            "Some 3,000 people left the town in a convoy, a report by the BBC said.")  # made up


@pytest.mark.parametrize("who, adj, city", SIDES)
def test_a_good_reflection_with_its_example_in_the_finding_sentence_reaches_mastery(who, adj, city):
    answer = (f"The kit shows that the article leans on loaded words such as 'merciless' and 'patent nonsense' about "
              f"the {who} and gives the figure of 3,000 with no source in its sentence. I would check the original "
              f"BBC report and the {adj} briefing in {city} to see whether they give the same number.")
    assert 40 <= len(answer.split()) <= 80
    result = exercises.check_reflection(answer, article_for(who))
    assert result.status == "mastery", result
    assert "sentence of its own" not in str(result) and "quotation marks" not in result.message


@pytest.mark.parametrize("who, adj, city", SIDES)
def test_a_one_sentence_reflection_within_length_is_never_told_to_say_more(who, adj, city):
    answer = (f"The kit flags 'merciless' and 'patent nonsense' as loaded words about the {who}, and the article gives "
              "3,000 people leaving with no source in that sentence, while it credits a BBC report for the convoy, "
              f"so I would check the original BBC report and the {adj} statements from {city} to compare how many "
              "people they say left the town and who counted them.")
    n = len(answer.split())
    assert 40 <= n <= 80, n
    result = exercises.check_reflection(answer, article_for(who))
    assert "say a little more" not in str(result) and "add a little more" not in str(result), result
    assert result.status == "mastery", result


@pytest.mark.parametrize("who, adj, city", SIDES)
def test_points_at_the_text_lands_on_the_sentence_that_quotes(who, adj, city):
    answer = f"The kit flags 'merciless' as loaded about the {who}. I would check the BBC report about the 3,000."
    result = exercises.check_reflection(answer, article_for(who))
    lines = {line.split(":")[0]: line for line in result.detail.splitlines()}
    assert "'merciless'" in lines["Points at the text"], result.detail
    assert "I would check" in lines["Asks what to check elsewhere"], result.detail


@pytest.mark.parametrize("who, adj, city", SIDES)
def test_a_short_reflection_has_one_length_wording(who, adj, city):
    for answer in [f"The kit flags 'merciless' as loaded about the {who}. I would check the BBC report about the 3,000.",
                   f"The article quotes only {adj} officials. I would check the BBC report."]:
        result = exercises.check_reflection(answer, article_for(who))
        text = str(result)
        n = len(answer.split())
        assert text.count(f"{n} words") == 1, text
        assert f"{n} words: the task asks for 40–80 words, so add a little more about each part." in text, text
        assert "Write more" not in text and "—" not in text, text


OUTLETS = ["WSWS", "RT", "Global Research", "Sputnik", "CNN", "Fox News", "Anti-Media", "the BBC", "Al Jazeera",
           "Xinhua", "TASS", "Press TV", "The Guardian", "Al-Masdar"]
PLANS = ["First I would find out who is behind {X} and who funds it, to see whose views it carries.",
         "First I would look up {X} on Wikipedia. Then I would find the city council's report to see what it says.",
         "First I would check out {X}. Then I would find the city council's report to see what it says.",
         "First I would google {X} to see who they are.",
         "I would read what {X} reported about the convoy, to compare the numbers."]


def plan_result(text):
    result = exercises.check_lateral_plan(text)
    moves = [line.split(")")[0] for line in result.detail.splitlines() if line.startswith("Leaves the page")]
    return result.status, result.message.replace("2 ways", "N ways"), moves


@pytest.mark.parametrize("plan", PLANS)
def test_one_plan_gets_one_grade_whichever_outlet_it_names(plan):
    results = {x: plan_result(plan.format(X=x)) for x in OUTLETS}
    assert len(set(map(repr, results.values()))) == 1, results


def test_finding_out_who_runs_an_outlet_is_not_other_coverage():
    for x in ["RT", "WSWS", "Fox News", "Sputnik"]:
        status, _, moves = plan_result(f"First I would find out who is behind {x} and who funds it, to see whose "
                                       "views it carries.")
        assert status == "emerging" and moves == ["Leaves the page (finds out who is behind the source; says what it "
                                                  "would show"], (x, moves)


@pytest.mark.parametrize("x", ["WSWS", "Sputnik", "CNN"])
def test_looking_up_or_googling_an_outlet_finds_out_who_is_behind_it(x):
    for verb in ["look up", "google"]:
        _, _, moves = plan_result(f"First I would {verb} {x}.")
        assert moves == ["Leaves the page (finds out who is behind the source"], (verb, x, moves)


@pytest.mark.parametrize("side", ["the US", "Russia", "the Pentagon", "the Kremlin"])
def test_one_side_searches_are_named_and_reports_that_count_as_leaving_the_page(side):
    status, message, moves = plan_result(f"Then I would look for reports that {side} helped ISIS.")
    assert moves and "looks for other coverage" in moves[0], moves
    for text in [f"Then I would look for sites saying {side} did not help ISIS.",
                 f"Then I would look for reports that {side} helped ISIS."]:
        result = exercises.check_lateral_plan(text)
        assert "Look for that too" not in str(result) and "count against it" not in str(result), result
        assert "what would you search to find both sides?" in str(result), result
        shown = text.removeprefix("Then I would look for ").rstrip(".")
        assert f"(“{shown}”)" in result.detail, result.detail


def test_reports_about_or_cited_by_the_article_are_not_one_side():
    for text in ["Then I would read the report that the article cites, to see what it says.",
                 "Then I would look for reports that cover the convoy, to compare the numbers."]:
        assert "one side" not in str(exercises.check_lateral_plan(text)), text


# ---------------------------------------------------------------- hints: an answer set in the check's own cell

class OneLineShell:
    """Records what the handler shows: IPython's own traceback, or the kit's one line."""

    def __init__(self, cells):
        self.user_ns, self.said = {"In": cells}, []

    def showtraceback(self, exc_tuple=None, tb_offset=None, exception_only=False):
        self.said.append("IPython's traceback")

    def _showtraceback(self, etype, value, stb):
        self.said.append(stb)


@pytest.mark.parametrize("cell, wanted", [
    ("exercises.check_reflection(answer, mine)", "Put answer = \"…\" (your answer, in quotes) on a line above the check"),
    ('answr = "It quotes two people."\nexercises.check_reflection(answer, mine)', "did not run, or spells 'answer'"),
    ('from kit import exercises\nexercises.check_lateral_plan(answer)', "it is set in this cell")])
def test_a_missing_answer_is_set_in_this_cell_not_above(cell, wanted, capsys):
    from kit.exercises.friendly import name_error_handler

    shell = OneLineShell(["", cell])
    try:
        exec(compile(cell, "<cell>", "exec"), {"exercises": exercises, "mine": None})  # noqa: S102
    except NameError as error:
        name_error_handler(shell, NameError, error, error.__traceback__)
    printed = capsys.readouterr().out
    assert wanted in printed and "Run the cells above" not in printed, printed
    assert shell.said == [["Python's own message: NameError: name 'answer' is not defined."]], shell.said


def test_the_error_after_a_hint_has_no_ipython_jargon():
    cells = ["from kit import exercises", "exercises.check_reflection(answer)"]
    outputs = run_cells(cells)[1]
    assert [o.output_type for o in outputs] == ["stream", "error"], outputs
    assert "it is set in this cell" in outputs[0].text and "Run the cells above" not in outputs[0].text
    shown = "\n".join(outputs[1].traceback)
    assert shown == "Python's own message: NameError: name 'answer' is not defined.", shown


# ---------------------------------------------------------------- 02 word game: echo as the box shows, say it once

@pytest.mark.parametrize("agency", ["Defense Intelligence Agency", "Russian Defence Ministry"])
def test_the_game_echoes_words_as_their_boxes_show_them_and_explains_brackets(agency):
    from kit import widgets

    text = (f"A memo by the {agency} said the so-called \"Salafist\" [Islamic] group could set up a new town, "
            "and officials called it a steep fall.")  # made up
    game = widgets.spot_the_loaded_words(text)
    for box in game.words:
        box.value = box.description in ('"Salafist"', "[Islamic]", "steep", "new")
    shown = str(game.check())
    assert "'[Islamic]'" in shown and "'Islamic'" not in shown, shown
    assert "square brackets: they mark the writer's own words, added to explain the quoted words" in shown, shown
    assert "'Salafist'" not in shown and '"Salafist"' in shown, shown
    assert shown.count("Word lists only hold") == 1, shown
    assert "'[Islamic]', 'new' and 'steep'" in shown or "'[Islamic]'" in shown.split("none of them")[0], shown


def test_the_06_extension_says_what_a_vague_source_row_is_and_which_question_each_table_asks():
    import json
    from pathlib import Path

    cells = json.loads(Path(__file__).parents[1].joinpath("instructor", "06-capstone.ipynb").read_text())["cells"]
    ext = "".join(next(c for c in cells if c.get("id") == "06-ext")["source"])
    assert "named only by its kind" not in ext and "answer different questions" not in ext
    assert "it is well known" in ext and "whose words the article reports" in ext


# ---------------------------------------------------------------- student 19: brackets and quote marks

def test_in_a_kernel_brackets_and_quote_marks_get_the_right_fix():
    cells = ["from kit import exercises\nmine = None",
             'exercises.check_quote_count(answer, articles, "us-town-in-the-north"',
             "answer = 'The article calls the spokesman's words nonsense. I would check the report.'",
             'answer = The article calls the words nonsense. I would check the report."',
             'answer = ["hegemony", "imperialism"']
    ran = run_cells(cells)
    said = [printed(outputs) for outputs in ran]
    assert said[1].startswith("A bracket ( is opened but not closed: add ) at the end of the line"), said[1]
    assert 'check_quote_count(answer, articles, "us-town-in-the-north")' in said[1] and "minus" not in said[1]
    assert said[2].startswith("The ' in spokesman's ends your text early"), said[2]
    assert 'answer = "The article calls the spokesman\'s words nonsense. I would check the report."' in said[2]
    assert said[3].startswith('Your answer has a quote mark (") at its end but not at its start'), said[3]
    assert said[4].startswith("A bracket [ is opened but not closed: add ]"), said[4]
    for outputs in ran[1:]:
        errors = [o for o in outputs if o.output_type == "error"]
        assert len(errors) == 1 and len(errors[0].traceback) == 1 and "%tb" not in errors[0].traceback[0], errors


@pytest.mark.parametrize("x", ["WSWS", "RT"])
def test_an_outlet_looked_up_next_to_another_outlets_report_is_two_moves(x):
    status, _, moves = plan_result(f"I would search the BBC report and Wikipedia for {x} to see who they are.")
    assert status == "mastery", moves


def test_the_outlet_that_published_it_is_not_a_one_sided_search():
    result = exercises.check_lateral_plan("I would read up on the outlet that published it to learn what it stands "
                                          "for. Then I would compare the figures with a Reuters report on the convoy.")
    assert result.status == "mastery" and "one side" not in str(result), result


@pytest.mark.parametrize("side", ["the US", "Russia"])
def test_what_other_sites_say_about_whether_a_claim_holds_is_other_coverage(side):
    _, _, moves = plan_result(f"Then I would look at what other sites say about whether {side} helped ISIS.")
    assert moves == ["Leaves the page (looks for other coverage; says what it would show"], moves
