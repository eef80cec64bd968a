"""Round 18: what teacher 25 and student 20 found in lessons 02, 03 and 06 (made-up inputs only, parallel US and
Russian sides where a rubric names one)."""

import json

import pytest
from kernel_cells import printed, run_cells

from kit import exercises


def shown(outputs) -> str:
    """Everything a cell showed as text: what it printed, its result, its error's name."""
    parts = [printed(outputs)]
    for o in outputs:
        parts.append(o.get("data", {}).get("text/plain", "") if o.output_type in ("execute_result", "display_data")
                     else o.get("ename", ""))
    return "\n".join(parts)


MADE_UP_LESSON = [("markdown", "### Exercise 1\nHow many quotations?"),
                  ("code", 'answer = 3\nexercises.check_quote_count(answer, articles, "us-rescue-of-isis-in-raqqa")'),
                  ("markdown", "### Exercise 2\nWho is quoted?"),
                  ("code", 'answer = ["A"]\nexercises.check_speakers(answer, articles, "washington-pretends-combating-isis")'),
                  ("markdown", "### Exercise 3\nYour plan."),
                  ("code", 'answer = "…"\nexercises.check_lateral_plan(answer)'),
                  ("markdown", "### Exercise 4\nYour reflection."),
                  ("code", 'answer = "…"\nexercises.check_reflection(answer, mine)')]


def test_an_answer_left_over_from_another_exercise_is_said_to_be_so_not_graded(tmp_path):
    lesson = tmp_path / "made-up.ipynb"
    lesson.write_text(json.dumps({"cells": [{"cell_type": k, "source": s, "metadata": {}} for k, s in MADE_UP_LESSON],
                                  "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    outputs = run_cells([
        f"import kit\nfrom kit import exercises\narticles = kit.load_articles()\n__session__ = {str(lesson)!r}",
        'answer = 3\nexercises.check_quote_count(answer, articles, "us-rescue-of-isis-in-raqqa")',
        'exercises.check_speakers(answer, articles, "washington-pretends-combating-isis")',  # typed over: only the call
        'exercises.check_quote_count(answer, articles, "us-rescue-of-isis-in-raqqa")',  # its own exercise: graded
        'answer = "First I would look up who runs the site, to see who pays for it."\nexercises.check_lateral_plan(answer)',
        'mine = "A made-up text: officials said 3,000 people left the town in a convoy."\n'
        "exercises.check_reflection(answer, mine)",
        'answer = ["Lavrov", "Mattis"]',  # an answer typed in a cell of its own above the check: this exercise's
        'exercises.check_speakers(answer, articles, "washington-pretends-combating-isis")',
        'del __session__\nexercises.check_quote_count(answer, articles, "us-rescue-of-isis-in-raqqa")',
    ])
    texts = [shown(o) for o in outputs]
    assert "this answer was written for Exercise 1: write yours in this cell." in texts[2], texts[2]
    assert "Wrong kind of answer" not in texts[2] and "still holds 3, your answer to Exercise 1" in texts[2], texts[2]
    assert "Correct" in texts[3], texts[3]
    assert "this answer was written for Exercise 3: write yours in this cell." in texts[5], texts[5]
    assert "Beginning" not in texts[5] and "Mastery" not in texts[5], texts[5]
    assert "written for" not in texts[7], texts[7]
    # no notebook file to read the headings from: the exercise is not named, but the answer is still not graded
    assert "this answer was written for another exercise: write yours in this cell." in texts[8], texts[8]


def test_outside_ipython_a_check_grades_what_it_is_given_as_before(articles):
    first = exercises.check_quote_count(3, articles, "us-rescue-of-isis-in-raqqa")
    second = exercises.check_speakers(3, articles, "washington-pretends-combating-isis")
    assert first.status == "correct" and second.status == "wrong_type", (first, second)


def test_a_check_keeps_its_name_signature_and_example():
    import inspect
    for name in [n for n in exercises.__all__ if n.startswith("check_")]:
        check = getattr(exercises, name)
        assert check.__name__ == name and ">>>" in (inspect.getdoc(check) or ""), name
        assert list(inspect.signature(check).parameters)[0] in ("answer", "prediction"), name


@pytest.fixture
def articles():
    import kit
    return kit.load_articles()


# 2. Hints for answer lines Python cannot read (student 20 #1, teacher 25 #6): what to type, with the line corrected
QUOTE_LINES = [
    ("answer = 'the Pentagon's and the Kremlin's statements'",
     """The ' in Pentagon's and Kremlin's ends your text early: put the whole answer in double quotes " " instead, """
     '''like this: answer = "the Pentagon's and the Kremlin's statements"'''),
    ("answer = 'the Kremlin's and the Pentagon's statements'",
     """The ' in Kremlin's and Pentagon's ends your text early: put the whole answer in double quotes " " instead, """
     '''like this: answer = "the Kremlin's and the Pentagon's statements"'''),
    ("answer = 'the Pentagon's statements",
     "The ' in Pentagon's ends your text early, and the text has no mark at its end: put the whole answer in double "
     '''quotes " " instead, one at each end, like this: answer = "the Pentagon's statements"'''),
    ("answer = 'the Kremlin's statements",
     "The ' in Kremlin's ends your text early, and the text has no mark at its end: put the whole answer in double "
     '''quotes " " instead, one at each end, like this: answer = "the Kremlin's statements"'''),
    ("answer = ['America's war', 'hegemony']",
     '''The ' in America's ends that word early: put the words in double quotes " " instead, like this: '''
     '''answer = ["America's war", "hegemony"]'''),
    ("answer = ['Russia's war', 'hegemony']",
     '''The ' in Russia's ends that word early: put the words in double quotes " " instead, like this: '''
     '''answer = ["Russia's war", "hegemony"]'''),
    ("answer = ['Moallem', 'Lavrov's aide']",
     '''The ' in Lavrov's ends that word early: put the words in double quotes " " instead, like this: '''
     '''answer = ["Moallem", "Lavrov's aide"]'''),
    ("answer = ['Mattis', 'Dillon's aide']",
     '''The ' in Dillon's ends that word early: put the words in double quotes " " instead, like this: '''
     '''answer = ["Mattis", "Dillon's aide"]'''),
    ("answer = ['hegemony', 'regime change]",
     "A word has a quote at its start but not at its end: each word needs one before and one after, like this: "
     'answer = ["hegemony", "regime change"]'),
]


def test_quote_mark_hints_say_what_to_type_in_a_kernel_with_no_traceback():
    outputs = run_cells(["from kit import exercises"] + [line for line, _ in QUOTE_LINES])
    for (line, hint), out in zip(QUOTE_LINES, outputs[1:]):
        text = printed(out)
        assert hint in text, (line, text)
        assert "Traceback" not in text and not any(o.output_type == "error" and o.get("traceback", [""])[1:]
                                                   for o in out), (line, out)


@pytest.mark.parametrize("words, joined, fixed", [
    ('"hegemony" "imperialism"', "hegemonyimperialism", '"hegemony", "imperialism"'),
    ("'imperialism' 'hegemony', 'regime change'", "imperialismhegemony", "'imperialism', 'hegemony', 'regime change'"),
])
def test_a_list_with_a_comma_missing_is_told_where_the_comma_goes(words, joined, fixed):
    cells = ["from kit import exercises\nparagraph = 'A made-up text on US hegemony, Russian imperialism and regime change.'",
             f"answer = [{words}]\nexercises.check_loaded_words(answer, paragraph)",
             f"answer = [{fixed}]\nexercises.check_loaded_words(answer, paragraph)"]
    texts = [shown(o) for o in run_cells(cells)]
    assert "a comma is missing between" in texts[1] and f"('{joined}')" in texts[1], texts[1]
    assert f"Put a comma between them, like this: answer = [{fixed}]" in texts[1], texts[1]
    assert "comma is missing" not in texts[2], texts[2]


# 3. The 06 plan rubric: finding out who is behind an outlet is investigating the source only for this article's own
# outlet or one it names (student 19 #7, teacher 25 #3); a search verb with the claim leaves the page (teacher 25 #4)
def made_up_article(outlet, cited):
    import pandas as pd
    return pd.DataFrame({"article_id": ["made-up"], "outlet": [outlet], "title": ["A made-up story about a convoy"],
                         "text": [f"Officials said 4,000 people left the town in a long convoy, a report by {cited} "
                                  "said. The claim was denied by the government."]})


# (the article's outlet, the outlet it cites, an outlet it does not name), every leaning alike
ARTICLES = [("WSWS", "the BBC", "RT"), ("RT", "TASS", "WSWS"), ("Fox News", "Reuters", "Sputnik"),
            ("Sputnik", "Xinhua", "Fox News"), ("Global Research", "Al Jazeera", "CNN"), ("CNN", "AP", "Global Research")]
LOOKS_INTO = ["I would look into {X}.", "I would investigate {X}.", "I would research {X} to see who runs it.",
              "First I would find out who is behind {X} and who funds it.", "I would look up {X} on Wikipedia.",
              "I would google {X} to see who they are."]
THEN_CITED = " Then I would check the {C} report the article cites, to see whether it gives the same number."
# round 25 (teacher 45 #3): Mastery needs each step to say what it would show; "I would look into X." does not
SAYS_WHAT = {"I would research {X} to see who runs it.", "First I would find out who is behind {X} and who funds it.",
             "I would google {X} to see who they are."}


def expected_level(step):
    return "mastery" if step in SAYS_WHAT else "emerging"


@pytest.mark.parametrize("own, cited, other", ARTICLES)
@pytest.mark.parametrize("step", LOOKS_INTO)
def test_looking_into_an_outlet_the_article_does_not_name_is_not_investigating_its_source(own, cited, other, step):
    article = made_up_article(own, cited)
    plan = step.format(X=other) + THEN_CITED.format(C=cited.removeprefix("the "))
    result = exercises.check_lateral_plan(plan, article=article)
    assert result.status == "emerging", (plan, str(result))
    assert (f"{other} did not publish this article and is not named in it: finding out who is behind {other} shows "
            f"you {other}, not this article's source. Look up who is behind {own}, which published it, or the source "
            "the article cites.") in result.detail, result.detail
    assert "Leaves the page (finds out who is behind the source" not in result.detail, result.detail
    for name in (own, cited):  # the article's own outlet, and the one it cites: who is behind the source
        plan = step.format(X=name) + THEN_CITED.format(C=cited.removeprefix("the "))
        result = exercises.check_lateral_plan(plan, article=article)
        assert result.status == expected_level(step) and "another outlet" not in result.detail, (plan, str(result))
        assert (step in SAYS_WHAT) != ("does not say what it would show" in str(result)), (plan, str(result))


@pytest.mark.parametrize("step", LOOKS_INTO)
def test_with_no_outlet_known_any_named_outlet_may_be_the_source(step):
    for name in ("RT", "WSWS", "Fox News", "Sputnik"):
        plan = step.format(X=name) + THEN_CITED.format(C="BBC")
        pasted = made_up_article("", "the BBC")
        assert exercises.check_lateral_plan(plan, article=pasted).status == expected_level(step), plan
        assert exercises.check_lateral_plan(plan).status == expected_level(step), plan


def test_only_another_outlet_looked_into_says_what_that_step_does():
    result = exercises.check_lateral_plan("I would look into RT.", article=made_up_article("WSWS", "the BBC"))
    assert result.status == "beginning", result
    assert result.message == ("this plan looks into an outlet this article does not name: that shows you that outlet, "
                              "not who is behind this article or its claim."), result.message


@pytest.mark.parametrize("plan", [
    "I would investigate the 4,000 claim.", "I would look into the convoy.", "I would research the deal.",
    "I would look up the figure of 4,000.", "I would verify the number of people who left.",
    "I would investigate the claim that the US helped the fighters leave.",
    "I would investigate the claim that Russia helped the fighters leave.",
    "I would look into the charges by the Pentagon.", "I would look into the charges by the Kremlin."])
def test_a_search_verb_with_the_claim_leaves_the_page(plan):
    result = exercises.check_lateral_plan(plan, article=made_up_article("WSWS", "the BBC"))
    assert result.status == "emerging", (plan, str(result))
    assert "Leaves the page (looks for other coverage)" in result.detail, result.detail


@pytest.mark.parametrize("plan", ["I would read the article again carefully.", "I would investigate the article.",
                                  "I would look into the text again."])
def test_the_page_itself_is_not_a_claim_to_look_into(plan):
    assert exercises.check_lateral_plan(plan).status == "beginning", plan


@pytest.mark.parametrize("plan, move", [
    ("I would check wsws.org (named in the article's footer) on Wikipedia.", "finds out who is behind the source"),
    ("I would research rt.com, named in the article's footer, on Wikipedia.", "finds out who is behind the source"),
    ("I would look up the publisher (wsws.org, named in the article's footer).", "finds out who is behind the source"),
    ("I would look up the publisher (rt.com, named in the article's footer).", "finds out who is behind the source"),
])
def test_a_site_named_in_the_articles_footer_is_the_page_not_a_report_it_cites(plan, move):
    result = exercises.check_lateral_plan(plan)
    line = result.detail.splitlines()[0]
    assert line.startswith(f"Leaves the page ({move}") and "traces the claim" not in line, result.detail


# 4. The 02 word game (student 19 #9, student 20 #13, teacher 25 #8 and #10): one true note for a quoted flagged word;
# no second note for a word of a phrase that has one; what square brackets in a quotation mark
@pytest.mark.parametrize("who, side", [("Lee", "US"), ("Lavrov", "Russian")])
def test_a_flagged_word_inside_a_quotation_is_found_and_its_note_says_one_thing(who, side):
    from kit.widgets import spot_the_loaded_words
    text = f"{side} officials vowed to “annihilate” the group, {who} said. The report was ignored."  # made up
    game = spot_the_loaded_words(text)
    game.select(["annihilate"])
    result = game.check()
    assert result.status == "correct", result
    notes = result.detail.split("Why the word lists hold the words you found:")[0]  # round 23b: the list's reason after
    note = [line for line in notes.splitlines() if "annihilate" in line]
    assert note == ["“annihilate” is on the word list, so it counts here; it is inside a quotation, someone else's "
                    "words, not the writer's own, so the kit's rates count it apart from the writer's words."], note
    assert "The kit counts it apart" not in result.detail


@pytest.mark.parametrize("side", ["US", "Russian"])
def test_a_word_of_a_ticked_phrase_that_has_its_note_gets_no_second_note(side):
    from kit.widgets import spot_the_loaded_words
    text = f"The story was ignored by the {side} media. {side} officials spoke of a brutal siege."  # made up
    game = spot_the_loaded_words(text)
    game.select([side, "media."])
    assert game.selected() == [f"{side} media", side], game.selected()
    result = game.check()
    assert "vague sources" in result.detail, result.detail
    assert "not on any word list" not in result.detail, result.detail
    game.select([side])  # on its own, the word gets its note
    assert f"'{side}': it is not on any word list" in game.check().detail


def test_square_brackets_are_said_to_mark_the_writers_own_words():
    from kit.widgets import spot_the_loaded_words
    text = 'A leaked memo spoke of a "Salafist" [Islamic] "principality" [State] in the east, the paper said.'  # made up
    game = spot_the_loaded_words(text)
    game.select(["Islamic"])
    detail = game.check().detail
    assert ("'[Islamic]' is in square brackets: they mark the writer's own words, added to explain the quoted words."
            in detail), detail
    assert "speaker said" not in detail, detail


# 5. JupyterLab's "Would you like to get notified about official Jupyter news?" pop-up covers the game's words
# (student 20 #14): off for lessons started with `python3 run.py lab` and on Binder
def test_run_lab_and_binder_run_the_same_set_up_line():
    import importlib.util
    import shlex
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("run_script_r18", root / "run.py")
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    [command] = [shlex.split(ln) for ln in (root / "postBuild").read_text().splitlines() if ln.startswith("python ")]
    assert command == ["python", "-c", run.SET_UP_ENVIRONMENT]
    assert "set_up_environment(sys.prefix)" in run.SET_UP_ENVIRONMENT


def test_jupyterlab_reads_the_news_and_update_check_as_off(tmp_path):
    from lab_server import lab_setting

    found = lab_setting(tmp_path, "@jupyterlab/apputils-extension:notification", token="r18")
    defaults = {k: v.get("default") for k, v in found["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False, defaults


# 6. Smaller points (teacher 25 #10, student 19 #11)
@pytest.mark.parametrize("who", ["the Pentagon", "the Kremlin"])
def test_words_named_without_quotation_marks_end_where_the_list_does(who):
    text = (f"Officials said the strikes by {who} were merciless, and its denial was patent nonsense. Some 3,000 "
            "people left the town in a convoy.")  # made up
    answer = (f"The article uses loaded words such as merciless and patent nonsense and gives the figure of 3,000 "
              f"with no source in its sentence. It is about {who}. I would check other reports of the convoy to see "
              "whether they give the same number and who counted the people who left.")
    result = exercises.check_reflection(answer, text)
    assert "not in the article" not in str(result), str(result)
    assert "'gives'" not in str(result), str(result)


def test_a_name_typed_a_letter_off_a_defined_one_is_asked_about():
    outputs = run_cells(["import kit\nfrom kit import exercises\narticles = kit.load_articles()",
                         'answer = 3\nexercises.check_quote_count(answer, article, "us-rescue-of-isis-in-raqqa")',
                         "answer = brutl"])
    said = printed(outputs[1])
    assert ("'article' has no value, but 'articles' has: did you mean 'articles'? Fix the spelling, then run this "
            "cell again.") in said, said
    assert "Run the cells above" not in said, said
    assert "put text in quotes" in printed(outputs[2]), printed(outputs[2])  # text typed without quotes, as before


# Teacher 26 and student 21 on the 06 plan rubric: both sides in ordinary words; "news reports that mention …"; other
# verbs of coverage; an outlet's coverage, whoever it is; the cited report whatever its step is for; the one-side label
@pytest.mark.parametrize("side", ["the US", "Russia"])
@pytest.mark.parametrize("search", [
    "I would look for sites saying {side} helped ISIS and sites saying the opposite.",
    "I would look for sites saying {side} helped ISIS and sites saying it is false.",
    "I would look for reports claiming {side} helped ISIS or reports denying it.",
    "I would look for evidence that {side} helped ISIS, and evidence against it.",
    "I would look for reports that support the claim about {side} and reports that deny it.",
    "I would look for reports that agree with the claim about {side} and reports that question it.",
    "I would look for reports that confirm the claim about {side} and reports that deny it.",
    "I would search for reports that support the claim about {side} and reports that oppose it.",
    "I would look for sources that agree with the article about {side} and sources that don't.",
    "I would look for articles that say {side} is right and articles that say it is wrong.",
    "I would search for news for and against the claim about {side}.",
    "I would look for sources on both sides of the argument about {side}.",
])
def test_a_search_for_both_sides_in_ordinary_words_is_other_coverage_not_one_side(search, side):
    result = exercises.check_lateral_plan(search.format(side=side))
    assert "one side only" not in str(result), str(result)
    assert "Leaves the page (looks for other coverage" in result.detail, result.detail
    plan = "First I would look up who runs WSWS on Wikipedia to see who funds it. " + search.format(side=side)
    assert exercises.check_lateral_plan(plan).status == "mastery", str(exercises.check_lateral_plan(plan))


@pytest.mark.parametrize("outlet", ["Fox News", "Sky News", "ABC News", "CNN", "RT", "TASS", "Al Jazeera", ""])
def test_news_reports_that_mention_the_event_are_other_coverage_for_every_outlet(outlet):
    step = f"I would look for {outlet + ' ' if outlet else ''}news reports that mention the convoy.".replace(
        "News news", "News")
    result = exercises.check_lateral_plan(step)
    assert "one side only" not in str(result) and "Leaves the page (looks for other coverage" in result.detail, result
    plan = ("First I would look up who runs WSWS on Wikipedia to see who funds it. Then I would look for news reports "
            "that mention the convoy, to see how many people they say left.")
    assert exercises.check_lateral_plan(plan).status == "mastery"


@pytest.mark.parametrize("step", [
    "I would look for reports that say how many people left the town.",
    "I would look for reports that give a different number for the convoy.",
    "I would look for articles that talk about the convoy.",
    "I would look for articles that report on the convoy.",
    "I would find out if other journalists reported the convoy.",
    "I would check the Daily Herald's coverage of the convoy to see if it gives the same number.",
    "I would check Rudaw's coverage of the convoy to see if it gives the same number.",
    "I would check Breitbart's reporting on the convoy to see if it gives the same number.",
    "I would read reports from Reuters about the convoy.", "I would read reports from RT about the convoy.",
])
def test_other_wordings_of_other_coverage_leave_the_page(step):
    result = exercises.check_lateral_plan(step)
    assert result.status == "emerging" and "Leaves the page (looks for other coverage" in result.detail, str(result)
    assert "traces the claim" not in result.detail.splitlines()[0]


@pytest.mark.parametrize("outlet, who", [("the BBC", "US"), ("Al Jazeera", "Russian")])
def test_the_report_the_article_cites_is_its_original_whatever_the_step_is_for(outlet, who):
    article = made_up_article("WSWS", outlet)
    name = outlet.removeprefix("the ")
    plan = (f"I would read the {name} report to see how many people it says left. Then I would search for other news "
            f"reports of the convoy to compare their numbers with what {who} officials said.")
    result = exercises.check_lateral_plan(plan, article=article)
    assert result.status == "mastery", str(result)
    assert "Leaves the page (traces the claim to its original" in result.detail.splitlines()[0], result.detail


def test_a_partys_own_page_is_the_claims_original():
    result = exercises.check_lateral_plan("I would read the council's own budget page to see the real cost of the lanes.")
    assert "traces the claim to its original" in result.detail and result.status == "emerging", str(result)


@pytest.mark.parametrize("side", ["the US", "Russia"])
def test_the_one_side_feedback_names_the_side_once_and_asks_its_question_once(side):
    result = exercises.check_lateral_plan(f"I would find sites saying {side} helped ISIS and then look up who runs WSWS.")
    text = str(result)
    assert "Looks only for what you expect" not in text and "Looks for one side only:" in text, text
    assert text.count("what would you search to find both sides?") == 1, text
    assert f"(“sites saying {side} helped ISIS”): search for what the other side says too." in text, text
    figure = exercises.check_lateral_plan(f"I would find news reports saying 4,000 left because of {side}.")
    assert "(“reports saying 4,000 left because of" in str(figure), str(figure)


# Teacher 26 #10, student 21 #2 #8 #9 #10: the word game and exercise 1
@pytest.mark.parametrize("side", ["US", "Russian"])
def test_checking_the_same_ticks_again_is_not_a_new_try(side):
    from kit.exercises.answers import forget_attempts
    from kit.widgets import SAME_TICKS, spot_the_loaded_words
    forget_attempts()
    game = spot_the_loaded_words(f"The {side} regime's brutal siege went on, and the town was ignored.")  # made up
    game.select(["ignored"])
    first = game.check()
    again = [game.check() for _ in range(3)]
    assert "First hint (of three)" in first.detail, first
    for result in again:
        assert result.detail.splitlines()[0] == SAME_TICKS and "First hint (of three)" in result.detail, result
        assert "After three tries" not in str(result) and "Second hint" not in str(result), result
    game.select(["town"])  # a change is a new try
    assert "Second hint (of three)" in game.check().detail


def test_a_typo_in_the_games_article_id_is_said_never_another_article():
    import kit
    from kit.widgets import spot_the_loaded_words
    articles = kit.load_articles()
    ids = list(articles.article_id)
    typo = ids[1][:-3] + ids[1][-2:]  # one letter left out
    game = spot_the_loaded_words(articles=articles, article_id=typo)
    page = game._repr_html_()
    assert f"did you mean &#x27;{ids[1]}&#x27;? Copy the id from the table." in page, page
    assert not hasattr(game, "words")


def test_an_id_typed_without_quotes_in_the_games_cell_gets_the_quotes_hint():
    line = 'widgets.spot_the_loaded_words(articles=articles, article_id={})'
    outputs = run_cells(["import kit\nfrom kit import exercises, widgets\narticles = kit.load_articles()",
                         line.format("russian-general-accuses"), line.format("us-rescue-of-isis-in-raqqa")])
    for out, name in zip(outputs[1:], ["russian-general-accuses", "us-rescue-of-isis-in-raqqa"]):
        said = printed(out)
        assert f'put text in quotes, like this: {line.format(chr(34) + name + chr(34))}' in said, said
        assert "Run the cells above" not in said, said


@pytest.mark.parametrize("side", ["US", "Russian"])
def test_every_word_found_and_more_says_what_finishes_it(side):
    text = f"The brutal {side} regime change went on, the report said."  # made up
    result = exercises.check_loaded_words(["brutal", "regime change", "report"], text)
    assert result.status == "partly", result
    # round 22 (student 32 #3): the word to take out is named, as the words are when there are more
    assert result.message.endswith("To match the word lists, take out the word not among the loaded words or "
                                   "labels ('report')."), result.message


# Teacher 26 #11 and student 21 #11 #12 #13: smaller wordings
def test_a_prediction_says_the_kits_count_once_and_what_the_arrow_means():
    for prediction, actual in [(5, 3), (3, 3), (40, 41)]:
        text = str(exercises.check_prediction(prediction, actual, "direct quotations"))
        assert text.count(f"count is {actual}") + text.count(f"count: {actual}") == 1, text
        assert "the kit counts" not in text, text
        assert "↔ means a prediction is not marked: it is set beside what the kit finds." in text, text


def test_the_paste_hints_name_the_text_and_start_at_a_whole_word():
    from kit.exercises.quote_hints import hint_for_pasted_quotes, hint_for_quote_marks
    hint = hint_for_pasted_quotes("unterminated string literal (detected at line 9)",
                                  'The mayor told the Daily Herald. "It is a mistake.""""')  # made up
    assert 'like this: …the Daily Herald. "It is a mistake." """' in hint, hint
    title = hint_for_quote_marks("invalid syntax", 'MY_TITLE = "Mayor calls lanes "a great day""')
    assert title.startswith("Your text has") and "MY_TITLE = \"Mayor calls lanes 'a great day'\"" in title, title
    assert hint_for_quote_marks("invalid syntax", 'answer = "It says "no" here."').startswith("Your answer has")


def test_lesson_02_says_whose_quotation_marks_count_apart():
    import json
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    for name in ("02-loaded-language.ipynb", "06-capstone.ipynb"):
        lesson = json.loads((root / "instructor" / name).read_text())
        assert all(c.get("id") for c in lesson["cells"]), name
    lesson = (root / "instructor" / "02-loaded-language.ipynb").read_text()
    assert "inside someone's quotation marks is counted apart" in lesson


# Student 21 #3 and teacher 26 #11: the reflection rubric
@pytest.mark.parametrize("against, for_", [("the US strikes", "the Pentagon"), ("the Russian strikes", "the Kremlin")])
def test_a_finding_about_who_gets_to_speak_counts_in_any_words(against, for_):
    text = (f"Residents are furious about {against}. Critics call the raid a disaster. {for_} said the raid was a "
            "success. It will cost 4 million dollars.")  # made up
    answer = (f"The analysis showed that the article gives more space to people against {against}: residents are "
              f"'furious' and critics call the raid 'a disaster', while only {for_} speaks for it. I would still need "
              "to check the claim that it costs 4 million dollars on an official website.")
    result = exercises.check_reflection(answer, text)
    assert result.status == "mastery", str(result)
    assert "Add a sentence that names what the analysis showed" not in str(result)


@pytest.mark.parametrize("side", ["the Pentagon", "the Kremlin"])
def test_an_example_not_in_the_article_is_not_labelled_as_pointing_at_it_plainly(side):
    text = f"{side} said the strikes were merciless. Officials colluded, the report said. Some 3,000 left."  # made up
    answer = (f"The article quotes only officials and calls the strikes 'ruthless'. It says {side} 'collaborated' "
              "with them. I would check the original report to see how many people left and whether it gives the "
              "same number as the article does here.")
    result = exercises.check_reflection(answer, text)
    assert result.status == "emerging", str(result)
    assert "Points at the text, with words not in the article (see below):" in result.detail, result.detail
    assert "'collaborated' is not in the article" in result.detail


def test_the_button_that_shows_the_answer_comes_after_the_words():
    from kit.widgets import spot_the_loaded_words
    game = spot_the_loaded_words("A brutal siege ended.")  # made up
    order = list(game.children)
    shows = next(i for i, c in enumerate(order) if any(getattr(b, "description", "") == "Show the word lists' choices"
                                                         for b in getattr(c, "children", ())))
    assert order.index(game.check_button.parent_row) < order.index(game.word_row) < shows


@pytest.mark.parametrize("plan", ["I would check who wrote it and if other sites say the same thing.",
                                  "I would check who runs the site and if other sites say the same thing."])
def test_two_ways_off_the_page_joined_by_and_if_are_both_credited(plan):
    result = exercises.check_lateral_plan(plan)
    line = result.detail.splitlines()[0]
    assert "finds out who is behind the source" in line and "looks for other coverage" in line, result.detail
    assert "Add a different way to leave the page" not in result.detail, result.detail


@pytest.mark.parametrize("plan, move", [
    ("I would search the convoy on Google News to see what comes up.", "looks for other coverage"),
    ("I would read the Wikipedia page on the Raqqa deal to see what sources it cites.", "looks for other coverage"),
    ("I would read the Wikipedia page on the Pentagon.", "finds out who is behind the source"),
    ("I would read the Wikipedia page on the Kremlin.", "finds out who is behind the source"),
    ("I would look up WSWS on Wikipedia.", "finds out who is behind the source"),
    ("I would google RT to see who they are.", "finds out who is behind the source"),
])
def test_google_news_and_wikipedias_page_on_an_event_are_other_coverage(plan, move):
    line = exercises.check_lateral_plan(plan).detail.splitlines()[0]
    assert line.startswith("Leaves the page (") and line[len("Leaves the page ("):].split(")")[0].split(";")[0] == move, line


@pytest.mark.parametrize("side", ["the US", "Russia"])
def test_a_one_sided_search_then_another_step_credits_both_steps(side):
    result = exercises.check_lateral_plan(f"I would find sites saying {side} helped ISIS and then look up who runs WSWS.")
    line = result.detail.splitlines()[0]
    assert "looks for other coverage" in line and "finds out who is behind the source" in line, result.detail
    assert result.status == "emerging" and "one side only" in result.message, str(result)
