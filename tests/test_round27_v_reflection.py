"""Round 27 v (teacher 50 #1, #6): a verdict written straight after a report or after the article's quoted words is
the student's verdict in every shape (no comma, ', and that is …', ' - sus', '(cap)', '"…" is cap'), read before
what the article says is taken out: the same level and words as '"…", thats cap', for approval and dismissal alike,
whichever side's words are quoted or credited (06's reflection and 03 Exercise 3's written answer)."""
import pytest
from written_helpers import GLUED_ACCOUNTS as ACCOUNTS
from written_helpers import GLUED_CHECK as CHECK
from written_helpers import GLUED_TAIL as TAIL
from written_helpers import GLUED_TEXT as TEXT
from written_helpers import GLUED_WORDS as WORDS
from written_helpers import assert_glued_verdict

from kit import exercises
from kit.exercises.glued_verdicts import verdicts_apart

SHAPES = [('The article calls it "{w}" thats cap.', "dismisses"), ('The article calls it "{w}", and that is sketchy.', "dismisses"),
          ('The article calls it "{w}", and thats legit.', "trusts"), ('The article calls it "{w}" - sus.', "dismisses"),
          ('The article calls it "{w}" (cap).', "dismisses"), ('The article calls it "{w}" (legit).', "trusts"),
          ('"{w}" is cap.', "dismisses"), ('"{w}" is sus.', "dismisses"), ('"{w}" is legit.', "trusts"),
          ('The article calls it "{w}", thats cap.', "dismisses")]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("shape, how", SHAPES)
def test_a_verdict_glued_to_quoted_words_is_the_students(word, shape, how):
    assert_glued_verdict(shape.format(w=word) + CHECK, how)


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("shape", ['The article calls it "{w}", and the others call it a rescue.',
                                   'The article calls it "{w}" - a loaded label.', 'The word "{w}" is loaded.'])
def test_a_report_or_a_description_after_quoted_words_is_no_verdict(word, shape):
    result = exercises.check_reflection(shape.format(w=word) + CHECK, TEXT)
    assert result.status != "beginning", str(result)




@pytest.mark.parametrize("first, second", [("The Pentagon", "the Kremlin"), ("The Kremlin", "the Pentagon"),
                                           ("Washington", "Moscow"), ("Moscow", "Washington")])
@pytest.mark.parametrize("verdict, how", [("lowkey sus", "dismisses"), ("kinda sketchy", "dismisses"),
                                          ("lowkey legit", "trusts"), ("and thats legit", "trusts")])
def test_03_a_verdict_after_two_accounts_is_the_students(first, second, verdict, how):
    answer = f"{first} says 3,500 civilians came out, while {second} says 4,000 people left, {verdict}." + TAIL
    result = exercises.check_reflection(answer, ACCOUNTS, task="sources")
    assert result.status == "beginning", str(result)
    assert result.message.startswith(f"it {how} an account without checking it"), str(result)
    assert "take the verdict out" in result.detail, str(result)


@pytest.mark.parametrize("first, second", [("The Pentagon", "the Kremlin"), ("The Kremlin", "the Pentagon")])
def test_03_two_accounts_without_a_verdict_stay_a_finding(first, second):
    answer = f"{first} says 3,500 civilians came out, while {second} says 4,000 people left." + TAIL
    result = exercises.check_reflection(answer, ACCOUNTS, task="sources")
    assert result.status != "beginning", str(result)
    assert "without checking" not in result.detail, str(result)


@pytest.mark.parametrize("who", ["the pentagon", "washington", "the kremlin", "moscow", "syria"])
def test_the_verdict_is_set_apart_whoever_is_reported(who):
    assert verdicts_apart(f"{who} says 4,000 left - sus.") == f"{who} says 4,000 left; sus."
    assert verdicts_apart(f'{who} calls it "a rescue" thats cap.') == f'{who} calls it "a rescue"; thats cap.'
    assert verdicts_apart(f"{who} says 4,000 left, and the others say 3,500.") == f"{who} says 4,000 left, and the others say 3,500."
