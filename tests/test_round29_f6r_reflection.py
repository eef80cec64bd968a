"""Round 29 f6r (teacher 53 #2, #3, #5, #8): how the reflection check (03 Exercise 3 and the 06 reflection) reads
a check and a verdict. "I would look for / look at / look into …" says where to check, as "I would search for …"
does (#3); "… to see which number is true" is a check's purpose, not trust (#2); calling the article one-sided
with its own words quoted describes its framing (#5); "the article says X is lying when it writes '… nonsense.'"
reports the article, and the student's own verdict is the one quoted (#8). Each side alike."""
import pytest
import written_helpers

from kit.exercises.prose import sentences_of

FINDING_03, FINDING_06 = written_helpers.FINDING_03, written_helpers.FINDING_06
SIDES = ["the Pentagon", "the Kremlin", "Washington", "Moscow", "the coalition", "Russia"]


sources, analysis = written_helpers.on_sources, written_helpers.on_article


# 3: "look for / look at / look into" is a check, said the way a 16-year-old says it
@pytest.mark.parametrize("verb", ["I would look for", "I'd look at", "I would look into", "I will look for",
                                  "We could look at", "I would also look for"])
@pytest.mark.parametrize("side", SIDES)
def test_looking_for_something_elsewhere_asks_what_to_check_03(verb, side):
    result = sources(FINDING_03 + f"{verb} {side}'s own screening numbers.")
    assert result.status == "mastery", str(result)
    assert f"Asks what to check elsewhere: “{verb} {side}'s own screening numbers.”" in result.detail, result.detail


@pytest.mark.parametrize("verb", ["I would look for", "I'd look at", "I would look into"])
@pytest.mark.parametrize("side", ["the Pentagon", "the Kremlin"])
def test_looking_for_something_elsewhere_asks_what_to_check_06(verb, side):
    result = analysis(FINDING_06 + f"{verb} reports from Raqqa residents and {side}'s statements.")
    assert result.status == "mastery", str(result)
    assert "Add a sentence that asks what to check elsewhere" not in result.detail, result.detail


@pytest.mark.parametrize("sentence", ["If you look at the headline, it calls the strikes 'merciless'.",
                                      "Look at the word 'merciless' in the first paragraph."])
def test_looking_at_the_article_itself_is_not_a_check(sentence):
    result = analysis("The article uses the word 'merciless' about the airstrikes. " + sentence)
    assert "Asks what to check elsewhere" not in result.detail, result.detail


# 2: "to see which number is true / right / accurate" is what the check is for, either way it would come out
@pytest.mark.parametrize("end", ["which number is true", "which number is right", "which number is accurate",
                                 "which number is false", "which one is wrong", "who is right",
                                 "which side is telling the truth", "which count is correct"])
@pytest.mark.parametrize("side", ["the Pentagon's", "the Kremlin's"])
def test_a_purpose_clause_is_a_check_not_trust(end, side):
    result = sources(FINDING_03 + f"I would check {side} transcript to see {end}.")
    assert result.status == "mastery", str(result)
    assert "without checking" not in result.detail, result.detail


@pytest.mark.parametrize("side", ["the Pentagon", "the Kremlin"])
def test_a_verdict_outside_the_purpose_clause_is_still_one(side):
    result = sources(FINDING_03 + f"{side} is telling the truth, and I would check the transcript to see which "
                     "number is true.")
    assert result.status == "beginning", str(result)


# 8: a sentence ends inside its closing quotation mark; the article's verdict is reported, the student's is quoted
@pytest.mark.parametrize("who", ["Dillon", "Peskov", "the Pentagon", "the Kremlin"])
def test_a_sentence_ends_inside_a_closing_quotation_mark(who):
    first = f"The article says {who} is lying when it writes 'This is patent nonsense.'"
    for mark in ("'", "’", '"', "”"):
        said = first[:-1] + mark if mark != "’" else first[:-1] + "’"
        assert sentences_of(f"{said} It quotes Mattis. Then stop.")[0] == said


@pytest.mark.parametrize("verdict", ["The article is right that the US rescued ISIS.",
                                     "The article is wrong that the US rescued ISIS.",
                                     "The article is right that Russia made the story up.",
                                     "The article is wrong that Russia made the story up."])
def test_the_students_own_verdict_is_the_one_quoted(verdict):
    reported = "The article says Dillon is lying when it writes 'This is patent nonsense.'"
    result = analysis(f"{reported} It quotes Mattis saying 'as long as they want to fight.' {verdict} I would still "
                      "check the BBC report to see the numbers about the convoy and who was in it.")
    assert result.status == "beginning", str(result)
    assert f"without checking: “{verdict}”" in result.detail, result.detail
    assert f"Points at the text: “{reported}”" in result.detail, result.detail
    assert "without checking: “The article says Dillon" not in result.detail, result.detail


# 5: "one-sided" with the article's own words quoted describes its framing, on either side's article; without its
# words, or with words it does not have, it is still a verdict; "balanced" is a verdict the quoted words do not back
REST = (" It does not say who counted the people who left Raqqa. I would check other reports of the convoy to see "
        "who counted them and what they found, because the article does not say.")
FRAMED = [("us-rescue-of-isis-in-raqqa", "it says 'merciless' and 'patent nonsense' about the US"),
          ("russian-general-accuses", "it calls the Syrian government 'the Assad regime'")]


@pytest.mark.parametrize("article_id, shown", FRAMED)
@pytest.mark.parametrize("called", ["The article is one-sided", "the article is super one sided lol",
                                    "The article is slanted"])
def test_one_sided_with_its_own_words_quoted_describes_the_framing(article_id, shown, called):
    result = analysis(f"{called}: {shown}.{REST}", article_id)
    assert result.status == "mastery", str(result)
    assert "without checking" not in result.detail, result.detail


@pytest.mark.parametrize("article_id, shown", FRAMED)
@pytest.mark.parametrize("sentence", ["The article is one-sided.", "The article is one-sided: it says 'ruthless'.",
                                      "The article is balanced: {shown}."])
def test_one_sided_without_its_words_and_balanced_stay_verdicts(article_id, shown, sentence):
    result = analysis(sentence.format(shown=shown) + REST, article_id)
    assert result.status == "beginning", str(result)
    assert "without checking: “The article is" in result.detail, result.detail
