"""Round 30 f3 (teacher 54's findings 3, 5, 6, 11, 13): 03 Exercise 3, which account gives which figure.

- 3: a figure credited to a person the kit holds no account by (Peskov, Kirby) is told so wherever the name stands
  (opening the sentence too), for every figure of the sentence, and it does not count as pointing at the text.
- 5: "came from X" / "with no source" / "according to X" say the source an account gives a figure: checked the way
  "gives Silo's 4,000" is.
- 6: an outlet that quotes someone else's figure (Global Research, CNN's 3,000) does not give it itself.
- 11: a figure with a noun the text's sentence does not say of it ("300 ISIS fighters left") is shown the text's words.
- 13: the note for a figure credited to a source no text gives it as is short and said once.
Seed-based: the coalition spokesman's briefing and the five articles; each side alike (made-up answers only)."""
import pytest

import kit
from kit import exercises
from kit.exercises.evidence import misplaced_figures

REST = (" They count different people. I would check the Department of Defense transcript and the SDF's own figures "
        "before I change my mind about the figure.")


@pytest.fixture(scope="module")
def texts():
    second = kit.load_articles(kit.data_path("second_accounts.csv"))
    return [second[second["article_id"] == "coalition-spokesman-2017-11-14"], kit.load_articles()]


def notes(answer, texts):
    return misplaced_figures(answer, texts)


def check(answer, texts):
    return exercises.check_reflection(answer, texts, task="sources")


# --- finding 3: a person the kit holds no account by -----------------------------------------------------------

@pytest.mark.parametrize("who", ["Peskov", "Kirby"])
def test_an_unknown_person_opening_the_sentence_is_told_for_each_figure(texts, who):
    answer = f"{who} said 3,500 civilians came out and fewer than 300 were screened as potential fighters."
    said = {f: note for f, note, _ in notes(answer, texts)}
    assert set(said) == {"3,500", "300"}, said
    assert all(f"The kit holds no account by {who}, so it cannot check" in n for n in said.values()), said


@pytest.mark.parametrize("who", ["Peskov", "Kirby"])
def test_an_unknown_persons_figures_do_not_point_at_the_text(texts, who):
    said = (f"{who} said 3,500 civilians came out and fewer than 300 were screened as potential fighters. The articles "
            "use a bigger count.")
    result = check(said + REST, texts)  # the only figures are the ones credited to him: no example
    assert not result.passed and f"no account by {who}" in str(result), str(result)
    # teacher 54's answer: its true first sentence ("The articles use the 4,000") is the example, never his figures
    result = check(f"The articles use the 4,000. {said}" + REST, texts)
    assert f"no account by {who}" in str(result) and f"Points at the text: “{who}" not in str(result), str(result)


@pytest.mark.parametrize("first, second", [("Kirby", "Peskov"), ("Peskov", "Kirby")])
def test_every_figure_of_a_sentence_is_checked(texts, first, second):
    answer = f"{first} said some 4,000 left Raqqa, {second} said 3,500 civilians."
    said = {f: note for f, note, _ in notes(answer, texts)}
    assert f"no account by {first}" in said.get("4,000", ""), said
    assert f"no account by {second}" in said.get("3,500", ""), said


@pytest.mark.parametrize("opening", ["Officials say", "Experts said", "Many say", "Everyone says", "They say"])
def test_a_common_word_opening_the_sentence_is_no_name(texts, opening):
    assert not [n for n in notes(f"{opening} 3,500 civilians came out.", texts) if "no account by" in n[1]]


@pytest.mark.parametrize("who", ["Lavrov", "Mattis"])
def test_a_person_the_texts_name_keeps_the_texts_note(texts, who):
    said = [n for n in notes(f"{who} said 3,500 civilians came out.", texts)]
    assert said and said[0][2] and "give no figure of" in said[0][1], said


# --- finding 6: an outlet that quotes someone else's figure does not give it ----------------------------------------

@pytest.mark.parametrize("answer, figure, whose", [
    ("Global Research says 3,000.", "3,000", "CNN"),  # us-fighting-isis-or-liquidating-assets, in CNN's words
    ("WSWS says 100 people left.", "100", "BBC"),  # us-rescue-of-isis-in-raqqa, in the BBC's words
])
def test_an_outlet_quoting_a_figure_does_not_give_it(texts, answer, figure, whose):
    said = [n for n in notes(answer, texts) if n[0] == figure]
    assert said and said[0][2] and f"in {whose}'s words" in said[0][1] and "Say whose figure it is" in said[0][1], said


@pytest.mark.parametrize("answer", ["WSWS says 4,000 people left with no source.",
                                    "russia-charges-pentagon gives Silo's 4,000."])
def test_an_outlets_own_figure_and_an_articles_quoted_one_still_pass(texts, answer):
    assert not [n for n in notes(answer, texts) if n[2]], notes(answer, texts)


@pytest.mark.parametrize("outlet, other", [("Global Research", "WSWS"), ("WSWS", "RT")])
def test_teacher_54_outlets_answer_is_not_mastery(texts, outlet, other):
    figure = "3,000" if outlet == "Global Research" else "100"
    result = check(f"{other} says 4,000 people left with no source. {outlet} says {figure}. The spokesman says 3,500 "
                   "civilians came out." + REST, texts)
    assert not result.passed and "only in" in str(result) and "Say whose figure it is" in str(result), str(result)
