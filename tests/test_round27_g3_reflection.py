"""Round 27 g3 (student 43 #1, #2): 03 Exercise 3's written answer. Two accounts set side by side with a comma
("the spokesman says 3,500 …, russia says 4000") name what the analysis showed, as with "but"; "What would change my
mind: <a report or a transcript>" names evidence and where, and counts as what to check elsewhere; a vague one is told
plainly what is missing (a site or a document). Made-up sentences, US/Pentagon/Washington and Russia/Kremlin/Moscow/
Syria alike, on a made-up text and on the lesson's own check."""
import pytest

from kit.exercises.reflection import check_reflection

TEXT = ("The Pentagon said 3,500 people left the city. The Kremlin said 4,000 left, and Damascus said 2,000. "
        "Washington and Moscow gave no list.")
SIDE_BY_SIDE = ["the Pentagon says 3,500 left and under 300 were fighters, the Kremlin says 4,000 and all fighters",
                "the Kremlin says 4,000 left and all were fighters, the Pentagon says 3,500",
                "Washington says 3,500 people left the city, Moscow says 4,000 left it",
                "Syria says 2,000 people left the city, the US says 3,500 left it"]
CHANGE_MIND = ["What would change my mind: the Pentagon's own transcript or a report from the Raqqa council.",
               "What would change my mind: the Kremlin's own transcript or a report from the Raqqa council.",
               "What would change my mind: a statement on the Russian defence ministry's site.",
               "What would change my mind: a statement on the US defense department's site."]
FINDING, CHECK = "Names what the analysis showed", "Asks what to check elsewhere"


@pytest.mark.parametrize("answer", SIDE_BY_SIDE)
def test_two_accounts_side_by_side_with_a_comma_are_a_finding(answer):
    result = check_reflection(answer + ".", TEXT, min_words=5, task="sources")
    assert f"{FINDING}:" in str(result.detail), result


@pytest.mark.parametrize("answer", SIDE_BY_SIDE[:2])
def test_the_exact_answer_gets_the_parts_the_sloppy_one_gets(answer):
    sloppy = answer.replace(",", " but", 1).replace("3,500", "like 3500 ppl")
    exact, loose = (check_reflection(a + ".", TEXT, min_words=5, task="sources") for a in (answer, sloppy))
    parts = [p for p in (FINDING, "Points at the text", CHECK) if p in str(loose.detail)]
    assert parts and all(p in str(exact.detail) for p in parts), (exact, loose)


@pytest.mark.parametrize("answer", CHANGE_MIND)
def test_change_my_mind_with_a_document_asks_what_to_check(answer):
    result = check_reflection(answer, TEXT, min_words=5, task="sources")
    assert f"{CHECK}:" in str(result.detail) and "which evidence would change" not in str(result.detail), result


@pytest.mark.parametrize("answer", ["More evidence from Washington would change my mind.",
                                    "More evidence from Moscow would change my mind."])
def test_a_vague_one_is_told_what_is_missing(answer):
    result = check_reflection(answer, TEXT, min_words=5, task="sources")
    assert f"{CHECK}:" not in str(result.detail), result
    assert "where you would look: a site or a document" in str(result.detail), result


def test_the_students_answers_in_the_lesson(lesson03_ex3_check):
    exact = lesson03_ex3_check("the coalition spokesman says 3,500 left and under 300 were fighters, russia says "
                               "4000 and all isis")
    assert f"{FINDING}:" in str(exact.detail), exact
    mind = lesson03_ex3_check("What would change my mind: the BBC report's own count or a list from the Raqqa "
                              "Civil Council.")
    assert f"{CHECK}:" in str(mind.detail), mind
