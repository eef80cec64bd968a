"""Round 30 f6b (teacher 55 #8, #10, #4): the 03 and 06 reflections. "I would read the BBC report to see …" asks what to
check elsewhere, as "check the BBC report" does (#8); a verdict on a government or its body is not told to check "who
runs" it (#10); a sentence that gives the article's words to the wrong speaker or side does not point at the text
(#4). Each side alike."""
import pytest
import written_helpers

FINDING_03, FINDING_06 = written_helpers.FINDING_03, written_helpers.FINDING_06
sources, analysis = written_helpers.on_sources, written_helpers.on_article
SOURCES = ["the BBC report", "the coalition statements", "the Kremlin's statement", "the Pentagon briefing",
           "the TASS report", "Reuters' coverage"]


# 8: reading a named source to see something is a check, in both lessons
@pytest.mark.parametrize("verb", ["I would read", "I'd read", "I would read the full text of", "We could read"])
@pytest.mark.parametrize("source", SOURCES)
def test_reading_a_source_to_see_something_is_a_check_06(verb, source):
    result = analysis(FINDING_06 + f"{verb} {source} to see who counted the convoy.")
    assert result.status == "mastery", str(result)
    assert "Add a sentence that asks what to check elsewhere" not in result.detail, result.detail


@pytest.mark.parametrize("source", SOURCES)
def test_reading_a_source_to_see_something_is_a_check_03(source):
    result = sources(FINDING_03 + f"I would read {source} to see who counted the people in the convoy.")
    assert result.status == "mastery", str(result)
    assert f"Asks what to check elsewhere: “I would read {source} to see who counted the people in the convoy.”" in result.detail


@pytest.mark.parametrize("sentence", ["I would read the article again to see the word 'merciless' twice.",
                                      "I would read it to see how the word 'merciless' is used.",
                                      "I read the BBC report to see the convoy."])
def test_rereading_the_article_or_a_past_reading_is_not_a_check(sentence):
    result = analysis("The article uses the word 'merciless' about the airstrikes. " + sentence)
    assert "Asks what to check elsewhere" not in result.detail, result.detail
