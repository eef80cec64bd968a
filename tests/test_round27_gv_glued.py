"""Round 27 gv (teacher 51 #3, #4; student 43 #7): a verdict glued to a report or to the article's quoted words is
the student's verdict with a filler or a face before it ('"…" and honestly its cap', '"…" :/ cap') and at the end of
a clause that reports, with no comma ('… Silo says 4,000 people left lowkey sus.'): the same level as with commas,
for approval and dismissal, whichever side's words are quoted or credited. A sentence with a verdict each way is
named under both ("trusts" and "dismisses")."""
import pytest
from written_helpers import GLUED_ACCOUNTS as ACCOUNTS
from written_helpers import GLUED_CHECK as CHECK
from written_helpers import GLUED_TAIL as TAIL
from written_helpers import GLUED_TEXT as TEXT
from written_helpers import GLUED_WORDS as WORDS
from written_helpers import assert_glued_verdict

from kit import exercises
from kit.exercises.glued_verdicts import verdicts_apart


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("shape, how", [('The article calls it "{w}" and honestly its cap.', "dismisses"),
                                        ('The article calls it "{w}" and tbh its legit.', "trusts"),
                                        ('The article calls it "{w}" and like its sketchy.', "dismisses"),
                                        ('The article calls it "{w}" and ngl its legit.', "trusts"),
                                        ('The article calls it "{w}" :/ cap.', "dismisses"),
                                        ('The article calls it "{w}" :) legit.', "trusts")])
def test_a_filler_or_a_face_before_the_verdict_keeps_it_the_students(word, shape, how):
    assert_glued_verdict(shape.format(w=word) + CHECK, how)


@pytest.mark.parametrize("word", WORDS)
def test_a_filler_before_a_clause_of_its_own_is_no_verdict(word):
    result = exercises.check_reflection(f'The article calls it "{word}" and honestly the headline is one-sided.'
                                        + CHECK, TEXT)
    assert result.status != "beginning", str(result)




@pytest.mark.parametrize("first, second", [("The Pentagon", "the Kremlin"), ("The Kremlin", "the Pentagon"),
                                           ("Washington", "Moscow"), ("Moscow", "Washington"), ("Syria", "the US")])
@pytest.mark.parametrize("verdict, how", [("lowkey sus", "dismisses"), ("lowkey legit", "trusts"),
                                          ("sus", "dismisses"), ("kinda sketchy", "dismisses")])
def test_03_a_verdict_ending_a_report_with_no_comma_is_the_students(first, second, verdict, how):
    answer = f"{first} says 3,500 civilians came out while {second} says 4,000 people left {verdict}." + TAIL
    result = exercises.check_reflection(answer, ACCOUNTS, task="sources")
    assert result.status == "beginning", str(result)
    assert result.message.startswith(f"it {how} an account without checking it"), str(result)
    assert "take the verdict out" in result.detail, str(result)
    assert f"Names what the analysis showed: “{first} says" not in result.detail, str(result)


@pytest.mark.parametrize("who", ["the pentagon", "washington", "the kremlin", "moscow", "syria"])
def test_a_plain_word_or_a_verdict_after_is_stays_as_it_is(who):
    assert verdicts_apart(f"{who} says 4,000 left lowkey sus.") == f"{who} says 4,000 left; sus."
    assert verdicts_apart(f"{who} says 4,000 left true.") == f"{who} says 4,000 left true."
    assert verdicts_apart(f"{who} says the figure is sus.") == f"{who} says the figure is sus."
    assert verdicts_apart(f"the claim by {who} looks sus.") == f"the claim by {who} looks sus."
