"""Round 19: what teacher 28 (#6-#8), student 23 (#6-#7) and the lead found in the 06 plan check and the hints
(made-up plans and answers only; actors and outlets of several countries)."""

import re

import pytest

from kit import exercises

ACTORS = ["the US", "the United States", "Russia", "China", "the Kremlin", "Washington", "the Americans",
          "the Russians", "Syria", "Iran", "the UK", "Turkey", "the Syrian government", "Israel", "Ukraine",
          "the Gulf States"]


def feedback(plan, name):
    """The grade, the verdict and the labels of the feedback, with the name put back as {X} (each plan as a first
    try: the same plan checked again says so)."""
    from kit.exercises.tries import forget_attempts

    forget_attempts()
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
    # round 26 (teacher 47 #6): what states said about it is their own statement, never "coverage"
    assert first.startswith("Leaves the page (traces the claim to its original)"), first


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
    assert f"did you mean 'answer'? This cell sets '{typo}' below 'answer'" in said, said
    assert "Beginning" not in said, said


@pytest.mark.parametrize("cell", ['["imperialism"]', '"I would look up who runs the site."', "3", "['a', 'b']"])
def test_a_cell_with_only_the_answer_says_nothing_checks_it(shell, cell):
    said = shell(cell)
    assert "This cell only shows your answer: nothing checks it. Type the whole cell" in said, said
    assert f"answer = {cell}" in said, said
    assert "This cell sets answer, but nothing checks it" in shell(f"answer = {cell}")  # round 19c: not silent


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
    ("02", "02-10", r"\*Hegemony\*: power over other countries"),  # the table of the commonest flagged words
    ("02", "02-10", r"\*sheikdoms\*:\s+lands ruled by sheikhs"),
    ("03", "03-09", r"\*\*vague sources\*\* \(`vague_source` in the table\)"),
    ("03", "03-40", r"Reading other sources like this, beyond\s+the page, is \*\*lateral reading\*\*"),
    ("06", "06-00", r"lateral-reading plan \(checking it by reading what other sites say\)"),
    ("06", "06-06", r"\*\*Hedges\*\* make a claim sound less sure"),
    ("06", "06-06", r"\*\*boosters\*\* make it sound surer"),
    ("06", "06-10", r"`partial` \(a few words quoted inside the writer's sentence\)"),
    ("06", "06-10", r"`indirect` \(the writer's\s+summary, no quotation marks\)"),
    ("06", "06-10", r"`cue_tone` \(empty: no verb found\): is the verb that brings the words in \(`cue`\) neutral"),
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
    fixed = re.search(r"in their place[^:]*: (answer = .*)", said).group(1)
    assert fixed == ('answer = "The article uses words like \'slammed\' to make the ban look bad. It quotes two '
                     'parents. I would check the survey."'), said
    assert shell(fixed + "\nlen(answer)").strip().endswith("112"), fixed


def test_a_list_on_two_lines_with_curly_quotes_is_fixed_whole(shell):
    said = shell("answer = [“Konashenkov”,\n“Moallem”]\nlen(answer)")
    assert 'answer = ["Konashenkov",\n"Moallem"]\nlen(answer)' in said, said


# teacher 29 #4, #7 and student 24 #4: formal names and roles before a name read as any name; more both-sides
# wordings; the article's own outlet is its own site
FORMAL = ["the US", "Russia", "the United States of America", "the People's Republic of China",
          "the Islamic Republic of Iran", "the Syrian Arab Republic", "the government of Iran",
          "the Russian Defence Ministry", "the US Defense Department", "the Chinese Foreign Ministry"]


@pytest.mark.parametrize("plan, verdict", [
    ("I would look for reports that {X} helped the convoy.", exercises.written.EXPECTS_ONLY),
    ("I would look for reports that {X} helped the convoy and reports that say it did not.",
     "a plan that starts to read laterally."),
])
def test_a_formal_name_is_read_as_any_name(plan, verdict):
    grades = {actor: feedback(plan.format(X=actor), actor) for actor in FORMAL}
    assert len(set(grades.values())) == 1, grades
    assert next(iter(grades.values()))[:2] == ("emerging", verdict), grades


@pytest.mark.parametrize("who", ["Linda Moss", "the board chair Linda Moss", "board chair Linda Moss",
                                 "the father Tom Reyes", "the reporter", "the author of the article",
                                 "the school's head teacher, Ana Ruiz", "the mayor"])
def test_a_role_before_a_name_keeps_the_step(who):
    plan = f"I would find the district survey to see if it really says 68 percent, and I would look up who {who} is."
    assert exercises.check_lateral_plan(plan).status == "mastery", exercises.check_lateral_plan(plan)


@pytest.mark.parametrize("plan", [
    "I would look at news from countries on both sides of the war.",
    "I would look for the same story in outlets that usually disagree with each other.",
    "I would read the {X} side and the other side.",
    "I would see how {X} explains the convoy and how the other side explains it.",
    "I would look for reports that back the claim and reports that doubt it.",
    "I would search for news that is critical of {X} and news that is friendly to it.",
    "I would look for sources from {X} and sources from its rivals.",
])
def test_more_both_sides_wordings_leave_the_page(plan):
    grades = {actor: feedback(plan.format(X=actor), actor) for actor in ACTORS}
    assert len(set(grades.values())) == 1, grades
    status, message, labels = next(iter(grades.values()))
    assert status == "emerging" and "one side" not in message and labels[0] == "Leaves the page", grades


@pytest.mark.parametrize("outlet", ["WSWS", "RT", "the Guardian", "Haaretz", "Xinhua", "Daily Sabah", "NHK", "Meduza"])
def test_more_articles_from_the_articles_own_outlet_stay_on_its_site(outlet):
    import pandas as pd

    article = pd.DataFrame({"article_id": ["made-up"], "outlet": [outlet], "title": ["A made-up title"],
                            "text": ["A made-up convoy left the city, the report said."]})
    own = exercises.check_lateral_plan(f"I would read other articles from {outlet} about the convoy.", article=article)
    assert own.status == "beginning" and "Stays on the page" in str(own.detail), own
    other = exercises.check_lateral_plan("I would read other articles from Le Monde about the convoy.", article=article)
    assert other.status == "emerging", other


def test_a_pasted_paragraph_of_the_article_is_not_the_students(tmp_path):
    text = ("The school board voted 5-2 on Monday to ban phones in class, a move critics called unfair. "
            "According to a district survey, 68 percent of parents support the ban. Two parents spoke at the meeting.")
    mine = exercises.my_article(text=text, title="Phones")
    pasted = ("The school board voted 5-2 on Monday to ban phones in class, a move critics called unfair. "
              "According to a district survey, 68 percent of parents support the ban.")
    plan, reflection = exercises.check_lateral_plan(pasted, article=mine), exercises.check_reflection(pasted, mine)
    assert plan.status == reflection.status == "beginning", (plan, reflection)
    # both sentences named (round 21: on one line, "Copied from the article (2 sentences): …")
    assert "Copied from the article (2 sentences)" in str(plan.detail) and "Copied from the article" in str(reflection.detail)


# student 24 #6, teacher 29 #8: 03's checks say only what is so
def test_a_count_between_direct_and_direct_plus_partial_is_not_called_partial():
    import kit

    articles = kit.load_articles()
    for article_id in articles.article_id:
        quotes = kit.quotes(articles[articles.article_id == article_id])
        direct, partial = int((quotes.kind == "direct").sum()), int((quotes.kind == "partial").sum())
        for number in range(direct + 1, direct + partial + 1):
            said = exercises.check_quote_count(number, articles, article_id).message
            assert ("counts partial quotations" in said) == (number == direct + partial), (article_id, number, said)
    assert exercises.check_quote_count(3.5, articles, articles.article_id.iloc[0]).status == "incorrect"


def test_the_same_count_twice_is_not_a_new_try():
    import kit

    articles = kit.load_articles()
    article_id = articles.article_id.iloc[0]
    exercises.check_quote_count(40, articles, article_id)
    again = exercises.check_quote_count(40, articles, article_id)
    assert "not a new try" in str(again.detail), again


def test_nobody_is_an_answer_where_the_kit_finds_no_named_speaker():
    import kit

    articles = kit.load_articles()
    for article_id in articles.article_id:
        quotes = kit.quotes(articles[articles.article_id == article_id])
        none = not ((quotes.kind == "direct") & (quotes.speaker_type.astype(str) == "named person")).any()
        assert (exercises.check_speakers([], articles, article_id).status == "correct") == none, article_id


# student 24 #9: a file name that is not there is explained in the lesson's words
@pytest.mark.parametrize("pasted", ["", "A pasted article about a made-up council vote."])
def test_a_missing_file_says_what_to_write_in_my_file(tmp_path, monkeypatch, pasted):
    from kit.errors import ArticleError

    monkeypatch.chdir(tmp_path)
    (tmp_path / "my-article.txt").write_text("A made-up article.", encoding="utf-8")
    with pytest.raises(ArticleError) as error:
        exercises.my_article(text=pasted, file="my-article")
    said = str(error.value)
    assert "MY_FILE" in said and 'Did you mean "my-article.txt"?' in said, said
    assert ('leave MY_FILE = ""' in said) == bool(pasted), said


# student 24 #10, #12, #13: 06 says what Mastery needs and what the three levels are before the first grade; 03 says
# what the gazetteer is; no check line runs off a 200 % window with a comment
def markdown_of(lesson, cell_id):
    return "".join(next(c for c in student_cells(lesson) if c.get("id") == cell_id)["source"])


def test_06_says_what_the_levels_are_and_what_mastery_needs():
    assert re.search(r"one of three levels: Beginning, Emerging or Mastery", markdown_of("06", "06-19"))
    assert re.search(r"two different ways of leaving the page \(Investigate, Find, Trace\), and what\s+each would "
                     r"show", markdown_of("06", "06-21"))
    assert "gazetteer (a list of known names)" in markdown_of("03", "03-00")


@pytest.mark.parametrize("lesson", ["02", "03", "06"])
def test_no_check_line_carries_a_long_comment(lesson):
    for cell in student_cells(lesson):
        for line in "".join(cell["source"]).splitlines() if cell["cell_type"] == "code" else []:
            if re.match(r"exercises\.check_", line):
                assert len(line) <= 100, (lesson, line)


# teacher 29 #7: labels that did not fit the step, the same for every side
@pytest.mark.parametrize("plan, label", [
    ("I would search for reports from {X} and American media and compare them.", "looks for other coverage"),
    ("I would find what each side says happened.", "looks for other coverage"),
    ("I would search for the convoy.", "looks for other coverage"),
])
def test_a_step_gets_the_label_of_what_it_does(plan, label):
    from kit.exercises.tries import forget_attempts

    for adjective in ["Russian", "Chinese", "Iranian", "British", "Israeli", "Turkish", "Syrian", "Ukrainian"]:
        forget_attempts()  # each plan as a first try
        first = str(exercises.check_lateral_plan(plan.format(X=adjective)).detail).splitlines()[0]
        assert first.startswith(f"Leaves the page ({label}"), (adjective, first)
