"""Round 19: what teacher 28 (#6-#8), student 23 (#6-#7) and the lead found in the 06 plan check and the hints
(made-up plans and answers only; actors and outlets of several countries)."""

import re

import pytest

from kit import exercises

ACTORS = ["the US", "the United States", "Russia", "China", "the Kremlin", "Washington", "the Americans",
          "the Russians", "Syria", "Iran", "the UK", "Turkey", "the Syrian government", "Israel", "Ukraine",
          "the Gulf States"]


def feedback(plan, name):
    """The grade, the verdict and the labels of the feedback, with the name put back as {X}."""
    result = exercises.check_lateral_plan(plan)
    detail = result.detail if isinstance(result.detail, list) else str(result.detail).splitlines()
    labels = [re.match(r"[^:“(]*", line).group(0).strip() for line in detail]
    return result.status, result.message.replace(name, "{X}"), tuple(labels)


# 1. both sides in other words leave the page, for both sides; one side and no more is one side
BOTH_SIDES = [
    "I would find reporting that confirms the claim about {X} and reporting that contradicts it.",
    "I would read coverage of {X} from the left and the right.",
    "I would search for both sides of the story about {X} and the convoy.",
    "I would look for people who say the story about {X} is true and people who say it is made up.",
    "I would look for reports about {X} with the opposite view.",
    "I would look for sources that see the role of {X} differently.",
    "I would look for reports that prove {X} helped the convoy and reports that disprove it.",
    "I would look for reports that challenge the claim about {X} and reports that repeat it.",
]


@pytest.mark.parametrize("plan", BOTH_SIDES)
def test_both_sides_in_other_words_leave_the_page(plan):
    grades = {actor: feedback(plan.format(X=actor), actor) for actor in ACTORS}
    assert len(set(grades.values())) == 1, grades
    status, message, labels = next(iter(grades.values()))
    assert status == "emerging" and "one side" not in message, grades
    assert labels[0] == "Leaves the page" and "Looks for one side only" not in labels, labels


@pytest.mark.parametrize("plan, status, label", [
    ("I would look for sites that agree that {X} helped the convoy and no other sites.", "emerging",
     "Looks for one side only"),
    ("I would scroll down to the author's other articles about {X}.", "beginning", "Stays on the page"),
    ("I would look at the writer's other articles on {X}.", "beginning", "Stays on the page"),
    ("{X} is obviously lying, so the article is right.", "beginning", "Trusts the page without checking"),
    ("The article quotes {X} without checking it.", "beginning", "Stays on the page"),
    ("I would trust it because it cites {X}.", "beginning", "Trusts the page"),
])
def test_plans_that_should_not_get_credit(plan, status, label):
    grades = {actor: feedback(plan.format(X=actor), actor) for actor in ACTORS}
    assert len(set(grades.values())) == 1, grades
    got, _, labels = next(iter(grades.values()))
    assert got == status and label in labels, grades
    assert status == "emerging" or "Leaves the page" not in labels, labels


@pytest.mark.parametrize("plan", ["I would check what the baltic states said about {X}.",
                                  "I would check what the gulf states have said about {X}."])
def test_states_written_in_lower_case_is_a_noun_before_a_verb(plan):
    grades = {actor: feedback(plan.format(X=actor), actor) for actor in ACTORS if "states" not in actor.lower()}
    assert len(set(grades.values())) == 1, grades
    assert next(iter(grades.values()))[2][0] == "Leaves the page"
    first = str(exercises.check_lateral_plan(plan.format(X="Russia")).detail).splitlines()[0]
    assert first.startswith("Leaves the page (looks for other coverage)"), first


# 2. hints: every line's curly quotes at once; an old answer line above a misspelt one; a cell with only the
# answer; an earlier answer again is not a new try; a name given to a check is never put in quotes
@pytest.fixture
def shell(capsys):
    from IPython.core.interactiveshell import InteractiveShell

    from kit.exercises.friendly import install_name_error_hint

    shell = InteractiveShell.instance()
    shell.run_cell("from kit import exercises\nparagraph = 'A made-up paragraph.'\nmine = 3", store_history=True)
    assert install_name_error_hint()
    capsys.readouterr()

    def run(cell):
        result = shell.run_cell(cell, store_history=True)
        out = capsys.readouterr()
        return out.out + out.err + (str(result.result) if result.result is not None else "")
    yield run
    InteractiveShell.clear_instance()


def test_curly_quotes_on_several_lines_are_fixed_at_once(shell):
    said = shell("answer = [“regime”, “hegemony”]\nmy_id = “made-up-id”\nprint(my_id)")
    assert 'answer = ["regime", "hegemony"]\nmy_id = "made-up-id"\nprint(my_id)' in said, said
    assert shell('answer = ["regime", "hegemony"]\nmy_id = "made-up-id"\nprint(my_id)').strip() == "made-up-id"


@pytest.mark.parametrize("name", ["paragraph", "mine"])
def test_a_name_made_above_is_never_put_in_quotes(shell, name):
    said = shell(f"exercises.check_loaded_words(answer, “{name}”)")
    assert f"exercises.check_loaded_words(answer, {name})" in said and f'"{name}"' not in said, said
    said = shell(f"answer = [“{name}”]")  # in the answer's own list: text, in straight quotes
    assert f'answer = ["{name}"]' in said, said


@pytest.mark.parametrize("typo", ["anser", "asnwer", "answr"])
def test_an_old_answer_line_above_a_misspelt_one_is_not_graded(shell, typo):
    said = shell(f'answer = "I would read it again."\n{typo} = "I would look up who runs the site."\n'
                 "exercises.check_lateral_plan(answer)")
    assert f"did you mean answer? This cell sets {typo} below answer" in said, said
    assert "Beginning" not in said, said


@pytest.mark.parametrize("cell", ['["imperialism"]', '"I would look up who runs the site."', "3", "['a', 'b']"])
def test_a_cell_with_only_the_answer_says_nothing_checks_it(shell, cell):
    said = shell(cell)
    assert "This cell only shows your answer: nothing checks it. Put answer = in front of it" in said, said
    assert "nothing checks it" not in shell(f"answer = {cell}")


def test_going_back_to_an_earlier_answer_is_not_a_new_try():
    from kit.exercises.tries import (
        EARLIER_ANSWER,
        SAME_ANSWER,
        forget_attempts,
        next_attempt,
        same_answer_note,
    )

    forget_attempts()
    tries = []
    for answer in (["regime"], ["hegemony"], ["Regime"], ["hegemony"], ["sheikdoms"], ["regime"]):
        tries.append((next_attempt(("made-up",), False, answer), same_answer_note()))
    assert [n for n, _ in tries] == [1, 2, 2, 2, 3, 3], tries
    assert [note for _, note in tries][2:4] == [EARLIER_ANSWER, EARLIER_ANSWER]
    forget_attempts()
    next_attempt(("made-up",), False, "RT"), next_attempt(("made-up",), False, "RT")
    assert same_answer_note() == SAME_ANSWER


# 3. words a student did not know (student 21) are explained where they first appear, in plain words: the gloss
# (a markdown cell a student sees) comes before or in the cell where the word is first shown
def student_cells(lesson):
    import json
    from pathlib import Path

    path = next((Path(__file__).parents[1] / "notebooks").glob(f"{lesson}-*.ipynb"))
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


@pytest.mark.parametrize("lesson, shown_in, gloss", [
    ("02", "02-10", r"\*Hegemony\*: control over other countries"),  # the table of the commonest flagged words
    ("02", "02-10", r"\*sheikdoms\*:\s+lands ruled by sheikhs"),
    ("03", "03-09", r"\*\*vague sources\*\* \(`vague_source` in the table\)"),
    ("03", "03-40", r"Reading other sources like this, not just\s+the page, is \*\*lateral reading\*\*"),
    ("06", "06-00", r"lateral-reading plan \(checking it by reading what other sites say\)"),
    ("06", "06-06", r"\*\*Hedges\*\* make a claim sound less sure"),
    ("06", "06-06", r"\*\*boosters\*\* make it sound surer"),
    ("06", "06-10", r"`partial` \(a few words quoted inside the writer's sentence\)"),
    ("06", "06-10", r"`indirect` \(the writer's\s+summary, no quotation marks\)"),
    ("06", "06-10", r"`cue_tone`: is the verb that brings the words in \(`cue`\) neutral"),
    ("06", "06-14b", r"\"a metonym\" means a place's name\s+stands for the people who govern there"),
])
def test_a_word_is_explained_before_it_is_shown(lesson, shown_in, gloss):
    cells = student_cells(lesson)
    ids = [c.get("id") for c in cells]
    at = [i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and re.search(gloss, "".join(c["source"]))]
    assert at and at[0] <= ids.index(shown_in), (lesson, gloss, at, ids.index(shown_in))


# 4. at 200 % zoom the file list takes half the window: each lesson's set-up cell (and 00's first list) says how to
# hide it (no JupyterLab setting opens a notebook with the left sidebar collapsed: that state is the user's workspace)
@pytest.mark.parametrize("lesson", ["00", "01", "02", "03", "04", "05", "06"])
def test_each_lesson_says_how_to_hide_the_file_list(lesson):
    cells = student_cells(lesson)
    said = [i for i, c in enumerate(cells) if re.search(r"Ctrl \+ B .*(hides|file list)", "".join(c["source"]))]
    first_code = next(i for i, c in enumerate(cells) if c["cell_type"] == "code")
    assert said and said[0] <= first_code + 2, (lesson, said, first_code)


# teacher 29 #1: a verdict about an outlet is not a step, and a real check is one, whether or not the outlet is on
# the kit's list (outlets of the US, UK, Russia, China, Qatar, Israel, Iran, Ukraine, Turkey, Korea, Japan)
OUTLETS_ANY = ["the BBC", "Reuters", "RT", "Xinhua", "Al Jazeera", "the Times of Israel", "the Global Times", "Haaretz",
               "Tasnim", "the Kyiv Independent", "Daily Sabah", "Yonhap", "NHK", "Meduza", "Breitbart", "Caixin"]


@pytest.mark.parametrize("plan, status", [
    ("{X} is trustworthy.", "beginning"),
    ("{X} says it is true, so it is true.", "beginning"),
    ("{X} is reliable, so if it says the same thing I would accept it.", "beginning"),
    ("{X} would never lie about this.", "beginning"),
    ("I would go with whatever {X} says.", "beginning"),
    ("{X} is state propaganda, so whatever it says is false.", "beginning"),
    ("I would accept the claim because {X} agrees with it.", "beginning"),
    ("If {X} says so, it must be true.", "beginning"),
    ("I would see if {X} agrees with the article.", "emerging"),
    ("I would check whether {X} reports the same story.", "emerging"),
])
def test_an_outlet_named_is_not_a_step_and_a_check_of_any_outlet_is(plan, status):
    grades = {outlet: feedback(plan.format(X=outlet), outlet) for outlet in OUTLETS_ANY}
    assert len(set(grades.values())) == 1, grades
    got, _, labels = next(iter(grades.values()))
    assert got == status and (status == "emerging") == ("Leaves the page" in labels), grades


# teacher 29 #2: the reflection check treats a verdict the same in both directions, and any actor alike
REFLECTION = ("The article uses loaded words like 'merciless' to make the reader distrust the officials. It quotes "
              "only two people by name. The number 4,000 has no source in its sentence. I would still need to check "
              "the BBC report and what the coalition said to see who left the city")


@pytest.mark.parametrize("trusting, dismissing", [
    (". The article is clearly true.", ". The article is clearly false."),
    (", because the article is clearly true.", ", because the article is clearly false."),
    (", but the article is obviously right.", ", but the article is obviously wrong."),
    (". I believe the article.", ". I don't believe the article."),
    (". I trust the article.", ". I do not trust the article."),
])
def test_a_verdict_on_the_article_is_judged_the_same_either_way(trusting, dismissing):
    trust, dismiss = (exercises.check_reflection(REFLECTION + end) for end in (trusting, dismissing))
    assert trust.status == dismiss.status == "beginning", (trust, dismiss)
    assert trust.message.startswith("it trusts the article") and dismiss.message.startswith("it dismisses the article")
    assert exercises.check_reflection(REFLECTION + ".").status == "mastery"


@pytest.mark.parametrize("verdict", [". {X} clearly lied about this.", ". {X} clearly helped the convoy.",
                                     ". Obviously {X} would never do that.", ". I think {X} made this up.",
                                     ". {X} is obviously lying."])
def test_a_verdict_on_an_actor_is_caught_for_every_actor(verdict):
    grades = {actor: exercises.check_reflection(REFLECTION + verdict.format(X=actor)) for actor in ACTORS}
    assert {(r.status, r.message) for r in grades.values()} == {
        ("beginning", "it decides the claim without checking it: a reflection asks what is still unknown, and where "
                      "to check it.")}, {a: r.message for a, r in grades.items()}


@pytest.mark.parametrize("end", ["true", "false", "obviously right", "obviously wrong"])
def test_a_plan_that_will_not_check_says_so_either_way(end):
    result = exercises.check_lateral_plan(f"The article is {end}, so I would not check it.")
    assert result.status == "beginning" and "without checking" in str(result.detail), result


# student 24 #1, #2, #5: an answer pasted on two lines (curly or straight quotes, quotations inside), a list on two
# lines: one hint that runs
@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"')])
def test_an_answer_pasted_on_two_lines_gets_one_line_that_runs(shell, opening, closing):
    cell = (f"answer = {opening}The article uses words like “slammed” to make the ban look bad.\n"
            f"It quotes two parents. I would check the survey.{closing}\nlen(answer)")
    said = shell(cell)
    fixed = re.search(r"like this: (answer = .*)", said).group(1)
    assert fixed == ('answer = "The article uses words like \'slammed\' to make the ban look bad. It quotes two '
                     'parents. I would check the survey."'), said
    assert shell(fixed + "\nlen(answer)").strip().endswith("112"), fixed


def test_a_list_on_two_lines_with_curly_quotes_is_fixed_whole(shell):
    said = shell("answer = [“Konashenkov”,\n“Moallem”]\nlen(answer)")
    assert 'answer = ["Konashenkov",\n"Moallem"]\nlen(answer)' in said, said
