"""Round 21: a verdict on what an actor did reads the same both ways in a reflection (06), while reports, hedges
and questions stay the student's open question (made-up article and answers; eight actors and outlets, so no name
is treated differently)."""

import pytest
from written_helpers import ACTORS, ARTICLE, BASE, capital, fresh_tries  # noqa: F401

import kit
from kit import exercises
from kit.exercises.tries import SAME_ANSWER, forget_attempts

pytestmark = pytest.mark.usefixtures("fresh_tries")


def graded(sentence, actor):
    return exercises.check_reflection(f"{BASE}. {capital(sentence.format(actor))}", ARTICLE)


# 1. what an actor did, said as the student's own fact either way, decides the article's claim without checking it
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("one, mirror", [("{} helped ISIS.", "{} fought ISIS."),
                                         ("{} did nothing wrong.", "{} did something wrong."),
                                         ("{} makes things up.", "{} does not make things up."),
                                         ("{} is more reliable than Reuters.", "{} is less reliable than Reuters."),
                                         ("I would say {} lied.", "I would say {} told the truth.")])
def test_a_verdict_on_what_an_actor_did_is_the_same_either_way(one, mirror, actor):
    first, second = graded(one, actor), graded(mirror, actor)
    assert (first.status, first.message) == (second.status, second.message)
    assert first.status == "beginning" and first.message.startswith("it decides the claim")


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("sentence", ["The article says {} helped ISIS.", "The writer claims {} fought ISIS.",
                                      "Maybe {} helped ISIS, but I would check the 300 people in another report.",
                                      "Did {} help ISIS?", "Has {} done something wrong?",
                                      "I wonder whether {} makes things up.", "I would check whether {} lied.",
                                      "The quotes helped me see how the article treats {}."])
def test_a_report_a_hedge_or_a_question_about_an_actor_is_not_a_verdict(sentence, actor):
    assert graded(sentence, actor).status == "mastery"


# 3. the same number typed another way ("five", then 5) is a new try: what the student typed changed
@pytest.mark.parametrize("word, digits", [("five", 5), ("seven", 7), ("5", 5), ("twelve", "12")])
def test_a_number_typed_another_way_is_a_new_try(word, digits):
    articles = kit.load_articles()
    exercises.check_quote_count(word, articles, "us-rescue-of-isis-in-raqqa")
    changed = exercises.check_quote_count(digits, articles, "us-rescue-of-isis-in-raqqa")
    again = exercises.check_quote_count(digits, articles, "us-rescue-of-isis-in-raqqa")
    assert "same as at your last check" not in changed.detail
    assert again.detail.splitlines()[0] == SAME_ANSWER


# 4. the right id in a list of one: the check's verdict, and the line to type next time
@pytest.mark.parametrize("column, largest", [("loaded_language_per_1k", True), ("label_per_1k", True),
                                             ("loaded_language_per_1k", False)])
def test_one_id_in_a_list_gets_its_verdict_and_the_line_to_type(column, largest):
    articles = kit.load_articles()
    ranked = kit.profile(articles).sort_values(column, ascending=not largest).article_id.tolist()
    right, wrong = (exercises.check_top([i], column, articles, largest=largest) for i in (ranked[0], ranked[-1]))
    assert right.status == "correct" and wrong.status == "incorrect"
    for result, shown in ((right, ranked[0]), (wrong, ranked[-1])):
        assert result.detail.splitlines()[-1] == f'answer = "{shown}"'
    as_text = exercises.check_top(ranked[-1], column, articles, largest=largest)
    assert as_text.detail.splitlines()[0] == "Now it is one text, as the question asks: checked again."


# 2. a plan that believes a named actor or not decides before checking, either way, with the same kind of words
def planned(plan, actor):
    return exercises.check_lateral_plan(capital(plan.format(actor)), article=ARTICLE)


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("trusting, dismissing", [
    ("I believe {}, so I would just read the BBC report.", "I don't believe {}, so I would just read the BBC report."),
    ("I believe {}, so I would just read their statement.", "I don't believe {}, so I would just read their statement."),
    ("{} is reliable, so I would accept the article.", "{} is biased, so I would ignore the article."),
])
def test_believing_an_actor_or_not_is_deciding_before_checking_either_way(trusting, dismissing, actor):
    one, other = planned(trusting, actor), planned(dismissing, actor)
    assert one.status == other.status
    assert one.message == other.message.replace("dismisses", "trusts")
    # round 22 (brief item 3): a verdict word on a name (data/verdict_words.csv) is named alike: "Decides before checking"
    assert ("Trusts the page without checking:" in one.detail and "Dismisses the page without checking:" in other.detail
            or "Decides before checking:" in one.detail and "Decides before checking:" in other.detail), (one, other)
    assert "about page" not in one.detail + other.detail  # an actor is not a site


@pytest.mark.parametrize("actor", ACTORS)
def test_a_stance_set_aside_to_check_is_the_same_either_way(actor):
    step = ", but I would check the BBC report to see how many people left."
    one, other = planned("I would trust {}" + step, actor), planned("I would not trust {}" + step, actor)
    assert (one.status, one.message) == (other.status, other.message)
    assert one.detail.replace("would trust", "would not trust") == other.detail


# 5. a pasted paragraph: every copied sentence is named (shortened), and the quotation ends cleanly
LIBRARY = ("The library board voted 6-3 on Monday to close the old reading room on Fridays, a plan parents attacked as "
           "“a step backwards.” Chair Dana Ortiz said the change “will save money for new books.” According to a city "
           "audit, visits to the room fell 40 percent last year. But students at the meeting were angry. “We study "
           "there every week,” said Omar Hale, 17.")


@pytest.mark.parametrize("check", ["reflection", "plan"])
def test_every_pasted_sentence_is_named_as_copied(check):
    article = ARTICLE.assign(text=[LIBRARY])
    pasted = LIBRARY.split(" “We study")[0]
    result = (exercises.check_reflection(pasted, article) if check == "reflection"
              else exercises.check_lateral_plan(pasted, article=article))
    line = next(d for d in result.detail.splitlines() if d.startswith("Copied from the article"))
    assert line.startswith("Copied from the article (4 sentences): “The library board")
    for start in ("“Chair Dana Ortiz", "“According to a city audit", "“But students at the meeting were angry.”"):
        assert start in line
    assert ".”." not in line and "…”." not in line.split(" and ")[-1]


# 8. long lines wrap in a lesson environment's JupyterLab: a long answer or check line stays in view at 200 % zoom
def test_jupyterlab_reads_code_lines_as_wrapped(tmp_path):
    from lab_server import lab_setting

    from kit.exercises.lab_settings import NOTEBOOK

    found = lab_setting(tmp_path, NOTEBOOK, token="r21")
    cells = found["schema"]["properties"]["codeCellConfig"]["default"]
    assert cells["lineWrap"] is True and cells["lineNumbers"] is False, cells


def test_the_code_a_quote_count_hint_shows_is_short_enough_to_copy():
    articles = kit.load_articles()
    result = exercises.check_quote_count(9, articles, "washington-pretends-combating-isis")
    code = [line for line in result.detail.splitlines() if "quotes" in line or "rows" in line][1:]
    assert code and all(len(line) <= 60 for line in code), code


# teacher 34 #1: stopping to read is where lateral reading starts, not a fault, when the plan then checks elsewhere
@pytest.mark.parametrize("stop", ["I would not read more of the article, but I", "I would not read more of the article. I",
                                  "I won't read more; I", "I would not read on. I", "Stop: I would not read any further. I"])
def test_stopping_to_check_elsewhere_is_not_trusting_the_page(stop):
    plan = f"{stop} would look up who runs the site, then find the BBC report to see how many people left."
    result = exercises.check_lateral_plan(plan, article=ARTICLE)
    assert result.status == "mastery" and "without checking" not in result.detail, result


# teacher 34 #3, #6: a refusal or a hedge grades and reads the same whether it names a government or an outlet
@pytest.mark.parametrize("actor", [*ACTORS, "RT"])
@pytest.mark.parametrize("plan", ["{} is spreading propaganda, so I would stop reading.",
                                  "{} is spreading the truth, so I would stop reading.",
                                  "{} is lying, so I wouldn't bother reading the rest.",
                                  "{} is trustworthy, so I would skip checking.",
                                  "Maybe {} is spreading propaganda, but I would check the Reuters report to see how many "
                                  "people left.",
                                  "I used to think {} was honest, but now I am not sure, so I would check the Reuters "
                                  "report to see how many people left."])
def test_a_refusal_or_a_hedge_reads_the_same_for_an_outlet_and_a_government(plan, actor):
    one = planned(plan, actor)
    forget_attempts()  # the same plan twice is otherwise "not a new try"
    other = planned(plan, "Russia")
    assert (one.status, one.message) == (other.status, other.message)
    assert [line.split(":")[0] for line in one.detail.splitlines()] == [line.split(":")[0] for line in other.detail.splitlines()]
    assert "other coverage" not in one.detail or "Reuters report" in plan


# teacher 34 #2, #4: a verdict either way is the same verdict; a hedge either way is the student's open question
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("one, mirror, status", [
    ("There is no doubt {} is lying.", "There is no doubt {} is telling the truth.", "beginning"),
    ("Everyone knows {} is lying.", "Everyone knows {} is telling the truth.", "beginning"),
    ("{} is accurate.", "{} is inaccurate.", "beginning"), ("{} is independent.", "{} is a mouthpiece.", "beginning"),
    ("{} is neutral.", "{} is one-sided.", "beginning"), ("{} is fake.", "{} is real.", "beginning"),
    ("I doubt {} is lying.", "I doubt {} is telling the truth.", "mastery"),
    ("I suspect {} is lying.", "I suspect {} is telling the truth.", "mastery"),
    ("It is possible that {} is lying.", "It is possible that {} is telling the truth.", "mastery"),
    ("{} is probably biased, but I am not sure.", "{} is probably reliable, but I am not sure.", "mastery")])
def test_a_verdict_or_a_hedge_reads_the_same_in_either_direction(one, mirror, status, actor):
    first = graded(one, actor)
    forget_attempts()
    second = graded(mirror, actor)
    assert (first.status, first.message) == (second.status, second.message)
    assert first.status == status


# student 29 #1: a short sentence copied from the article is the article's words, not the student's verdict
def test_a_short_copied_sentence_is_named_as_copied_not_as_a_verdict():
    article = ARTICLE.assign(text=[ARTICLE.text[0] + " This is patent nonsense."])
    result = exercises.check_reflection(f"{BASE}. This is patent nonsense.", article)
    assert "Copied from the article: “This is patent nonsense.”" in result.detail
    assert result.status == "mastery"


# student 29 #2: where a number comes from, and that the article does not say who counted it, is a finding
def test_where_a_number_comes_from_names_what_the_analysis_showed():
    answer = ("The 300 people come from the spokesman statement, but the article does not say who counted them. "
              "I would check other reports to see how many people left the town.")
    result = exercises.check_reflection(answer, ARTICLE, min_words=20)
    assert "Names what the analysis showed: “The 300 people come from" in result.detail
