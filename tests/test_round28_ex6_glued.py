"""Round 28 ex6: a verdict word that ends a clause reporting someone is glued on (the student's verdict) unless the
clause reads it as its own predicate, read as every verdict is read (after "is", "seems", "looks" …: what the
clause says of its subject; or what a verb of naming calls something): the stop-word list NOT_GLUED_AFTER is gone. So
a softener ("so sus", "too legit") no longer hides the student's verdict, and "The Pentagon calls the claim fake
news" reports the Pentagon's words. Made-up sentences, each actor alike."""
import pytest

from kit.exercises.glued_verdicts import page_verdict_sides, verdicts_apart

SIDES = ["the pentagon says 3,500 civilians came out", "russia says 350 civilians came out",
         "washington says 3,500 civilians came out", "the kremlin says 350 civilians came out"]
WORDS = [("sus", "doubts"), ("legit", "vouches")]


@pytest.mark.parametrize("report", SIDES)
@pytest.mark.parametrize("word, side", WORDS)
@pytest.mark.parametrize("glue", [" while silo says 4,000 people left so {}.",
                                  " while silo says 4,000 people left too {}."])
def test_a_verdict_after_a_softener_is_the_students(report, word, side, glue):
    sentence = report + glue.format(word)
    assert page_verdict_sides(sentence) == {side}, verdicts_apart(sentence)
    # what someone says, judged by "is …", stays a sentence about the claim, as in round 27
    said = report.split(" says ")[0]
    assert verdicts_apart(f"what {said} says is not credible.") == f"what {said} says is not credible."


@pytest.mark.parametrize("party", ["the pentagon", "the kremlin", "washington", "moscow", "the article"])
@pytest.mark.parametrize("word", ["fake news", "propaganda", "legit"])
def test_what_a_verb_of_naming_calls_something_is_the_report(party, word):
    sentence = f"{party} calls the claim {word}."
    assert verdicts_apart(sentence) == sentence
    assert page_verdict_sides(sentence) == set()
