"""Round 30 q (teacher 54 #10): "I would try to find …" asks what to check elsewhere, in 03 Exercise 3 and in the 06
reflection alike: one reading (kit/exercises/seeking.py), a verb of seeking (find, look for, look up, check, search,
track down, dig up, compare) with a word of intent before it ("try to", "would", "I'd", "want to"). Each side alike."""
import pytest
import written_helpers

FINDING_03, FINDING_06 = written_helpers.FINDING_03, written_helpers.FINDING_06
SIDES = ["the SDF", "the Pentagon", "the Kremlin", "Washington", "Moscow", "the coalition", "Russia"]
SEEKING = ["I would try to find", "I'd try to find", "I want to find", "id try to track down", "I would dig up",
           "I would try to dig up", "I'd want to look up", "I will try to find"]


sources, analysis = written_helpers.on_sources, written_helpers.on_article


@pytest.mark.parametrize("verb", SEEKING)
@pytest.mark.parametrize("side", SIDES)
def test_trying_to_find_something_elsewhere_asks_what_to_check_03(verb, side):
    result = sources(FINDING_03 + f"{verb} {side}'s own screening numbers.")
    assert result.status == "mastery", str(result)
    assert f"Asks what to check elsewhere: “{verb} {side}'s own screening numbers.”" in result.detail, result.detail


@pytest.mark.parametrize("verb", SEEKING)
@pytest.mark.parametrize("side", ["the Pentagon", "the Kremlin", "Washington", "Moscow"])
def test_trying_to_find_something_elsewhere_asks_what_to_check_06(verb, side):
    result = analysis(FINDING_06 + f"{verb} {side}'s own statements about the convoy.")
    assert result.status == "mastery", str(result)
    assert "Add a sentence that asks what to check elsewhere" not in result.detail, result.detail


@pytest.mark.parametrize("sentence", ["The kit did find the word 'merciless' twice.",
                                      "I would find it hard to believe the word 'merciless'.",
                                      "I found the word 'merciless' in the first paragraph."])
def test_finding_in_the_article_itself_is_not_a_check(sentence):
    result = analysis("The article uses the word 'merciless' about the airstrikes. " + sentence)
    assert "Asks what to check elsewhere" not in result.detail, result.detail
