"""03 Exercise 3 (teacher 44 #4-#6): the check beside the question fits 03's prompt (sources, who says what), and a
verdict on a source is the same fault whichever way it leans. Sentences are made up; the BBC words are the ones the
lesson's own model answer quotes."""
import re

import pytest

from kit import exercises

TAIL = (" The articles use the 4,000 and leave out the civilians the spokesman counts, so the accounts count different "
        "people. I would change my mind if the Department of Defense transcript gave another figure.")


@pytest.fixture(scope="module")
def check(lesson03_ex3_check):
    return lesson03_ex3_check


@pytest.mark.parametrize("bbc", ["hundreds of IS fighters",
                                 "hundreds of IS fighters, their families and tonnes of weapons and ammunition"])
def test_words_quoted_from_the_bbc_report_are_not_wrong_the_kit_cannot_check_them(check, bbc):
    result = check(f'The BBC report says "{bbc}" left, while the spokesman counts 3,500 civilians.' + TAIL)
    assert result.status == "mastery", result
    assert "is not in the article" not in str(result) and "highlighted text" not in str(result), result
    assert f"'{bbc}' is not in the spokesman's words or the five articles, so the kit cannot check it" in result.detail
    assert "say where it comes from" in result.detail


@pytest.mark.parametrize("held, wrong", [("3,500 civilians that came out of Raqqa", "3,000 civilians that came out of Raqqa"),
                                         ("all but about 500 of them armed ISIS fighters",
                                          "all but about 50 of them armed ISIS fighters")])
def test_a_misquote_of_the_texts_the_kit_holds_is_still_caught_either_side(check, held, wrong):
    assert check(f'One account gives "{held}".' + TAIL).status == "mastery"
    result = check(f'One account gives "{wrong}".' + TAIL)
    assert result.status == "emerging", result
    assert f"'{wrong}' is not in the spokesman's words or the five articles: quote its words exactly" in result.detail


def test_the_advice_speaks_of_03s_task_not_of_lesson_06(check):
    result = check("idk")
    text = str(result)
    assert "The kit flags" not in text and "highlighted text" not in text and "quotation marks" not in text, text
    assert "what each account counts" in text and "what would change your mind" in text, text


def test_no_quotation_marks_are_needed_as_the_prompt_asks_for_none(check):
    answer = ("The articles count 4000 and the spokesman counts 3500 civilians. They differ on who was in the convoy. "
              "The articles use Silo and leave out the spokesman's figure. I would change my mind if the BBC report or "
              "the transcript gave another number.")
    assert check(answer).status == "mastery", check(answer)


def test_more_evidence_would_change_my_mind_is_no_finding(check):
    result = check("They all say different numbers so nobody knows. More evidence would change my mind about the figure.")
    assert "Names what the analysis showed" not in result.detail, result


@pytest.mark.parametrize("who", ["The spokesman", "The Pentagon", "The Kremlin", "The articles", "Moscow", "Washington"])
def test_dismissing_a_source_is_the_same_fault_as_trusting_it(check, who):
    labels = []
    for word in ("cap", "sus", "legit"):
        sentence = f"{who} {'are' if who == 'The articles' else 'is'} {word}, so I go with the other account."
        result = check(sentence + TAIL)
        assert result.status == "beginning", result
        line = next(d for d in result.detail.splitlines() if sentence in d)
        assert "without checking" in line and not line.startswith("Points at the text"), line
        labels.append(re.sub(r"^(Trusts|Dismisses)", "Judges", line.split(":")[0]))
    assert len(set(labels)) == 1, labels


@pytest.mark.parametrize("who", ["The Pentagon", "The Kremlin"])
def test_lesson_06_reads_a_verdict_on_an_actor_either_way_alike(who):
    for word in ("cap", "legit"):
        result = exercises.check_reflection(f"The kit flags 'merciless' as loaded. {who} is {word}. I would check the "
                                            "BBC report.", min_words=5)
        assert result.status == "beginning" and any(  # round 29: a verdict on a party may judge a speaker's words
            f"{label} without checking: “{who} is {word}.”" in result.detail
            for label in ("Decides the claim", "Judges a speaker's words",  # round 30: a verdict on the body itself
                          f"Judges {who[0].lower() + who[1:]}")), result.detail
