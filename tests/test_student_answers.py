"""Every answer of tests/student_answers.yaml goes through its check: the check agrees with the teacher.

The file (written by a teacher before reading the checks' code) gives, per exercise, the
check call and answers a 16-year-old might give, each with the teacher's verdict:
``correct`` / ``not_yet`` for checks with a right answer (correct = the check passes),
``beginning`` / ``emerging`` / ``mastery`` for written plans, and optionally words the
feedback must (``says``) or must not (``never``) contain, and optionally ``tries``: how many
times in a row the answer is checked (hints come in stages; the last try's feedback is judged).
The verdicts are the truth here:
a disagreement is a fault of the check, never a reason to edit the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import kit
from kit import exercises
from kit.exercises.answers import forget_attempts

ANSWERS_FILE = Path(__file__).with_name("student_answers.yaml")


def load_cases():
    groups = yaml.safe_load(ANSWERS_FILE.read_text(encoding="utf-8"))
    cases = []
    for group in groups:
        for i, item in enumerate(group["answers"]):
            cases.append(pytest.param(group["call"], item, id=f"{group['exercise'][:20]}-{i}-{item['kind']}"))
    return cases


CASES = load_cases()


@pytest.fixture(scope="module")
def names():
    articles = kit.load_articles()
    return {
        "articles": articles, "exercises": exercises, "kit": kit,
        "paragraph_02": exercises.paragraph(articles, "us-rescue-of-isis-in-raqqa", 16),
        "paragraph_04a": exercises.paragraph(articles, "russian-general-accuses", 18),
        "paragraph_04c": exercises.paragraph(articles, "russian-general-accuses", 14),
        "paragraph_04b": exercises.paragraph(articles, "russia-charges-pentagon", 22),
        "original": articles.set_index("article_id").loc["us-rescue-of-isis-in-raqqa", "title"],
    }


def verdict_of(result) -> str:
    if result.status in ("beginning", "emerging", "mastery"):
        return result.status
    return "correct" if result.passed else "not_yet"


def test_the_file_has_enough_answers():
    assert len(CASES) >= 150


@pytest.mark.parametrize("call, item", CASES)
def test_check_agrees_with_the_teacher(names, call, item):
    forget_attempts()  # every answer is a first try, unless the file asks for more
    answer = ... if item["answer"] == "ELLIPSIS" else item["answer"]
    for n in range(int(item.get("tries", 1)) - 1, -1, -1):  # earlier tries: other wrong answers (the same is no new try)
        other = answer if n == 0 else [f"zzqx{n}"] if isinstance(answer, list) else f"zzqx{n}"
        result = eval(call, {}, {**names, "answer": other})  # noqa: S307  (the file's own call, trusted)
    shown = (str(result) + "\n" + result._repr_html_()).lower()
    got = verdict_of(result)
    if item["verdict"] in ("correct", "not_yet") and got in ("beginning", "emerging", "mastery"):
        got = "correct" if got == "mastery" else "not_yet"  # a reflection: "correct" means mastery
    assert got == item["verdict"], f"{item['answer']!r}: teacher {item['verdict']}, check {got}\n{result}"
    for words in item.get("says", []):
        assert words.lower() in shown, f"{item['answer']!r}: the feedback should say {words!r}\n{result}"
    for words in item.get("never", []):
        assert words.lower() not in shown, f"{item['answer']!r}: the feedback must not say {words!r}\n{result}"


def test_hints_count_tries_per_question_and_restart_on_progress(names):
    """The fourth teacher tried many answers in one session: the count of wrong tries is per question
    (this paragraph and this check), another question has its own, and a right answer or one that finds more
    than before starts it again; the words are named only after three tries at the same question with no
    new progress."""
    forget_attempts()
    p04, p02 = names["paragraph_04c"], names["paragraph_02"]
    first = exercises.check_boosters(["suggests"], p04)
    other = exercises.check_loaded_words(["asdf"], p02)  # another paragraph: its own count
    again = exercises.check_boosters(["asdf"], p04)
    assert "First hint (of three)" in str(first) and "First hint (of three)" in str(other) and "Second hint (of three)" in str(again)
    progress = exercises.check_boosters(["certianly"], p04)  # partly right (misspelt): new progress, hint 1 again
    assert progress.status == "partly", progress
    # a student reviewer sent the same partly right answer again and again and stayed at hint 1: a try with
    # no new progress now counts, so the next hint comes (the second quotes the sentence, never the answer)
    result = exercises.check_boosters(["the"], p04)
    assert "Second hint (of three)" in str(result) and "After three tries" not in str(result), result
    third = exercises.check_boosters(["of"], p04)  # another try (the same answer again is not a new one)
    assert "After three tries, here is the answer so you can go on: 'certainly'" in str(third), third
    assert "First hint (of three)" in str(exercises.check_loaded_words(["asdf"], names["paragraph_04b"]))
    forget_attempts()
