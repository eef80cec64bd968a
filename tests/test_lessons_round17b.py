"""Round 17b: what teacher 24 found in lessons 02, 03 and 06 (made-up inputs only, parallel US and Russian sides)."""

import pytest

from kit import exercises

SIDES = [("Pentagon", "US", "Washington"), ("Kremlin", "Russian", "Moscow")]


def article_for(who):
    return (f"Officials said the {who}'s strikes were “merciless” and its denial was “patent nonsense”. "
            "Some 3,000 people left the town in a convoy, a report by the BBC said.")  # made up


@pytest.mark.parametrize("who, adj, city", SIDES)
def test_a_good_reflection_with_its_example_in_the_finding_sentence_reaches_mastery(who, adj, city):
    answer = (f"The kit shows that the article leans on loaded words such as 'merciless' and 'patent nonsense' about "
              f"the {who} and gives the figure of 3,000 with no source in its sentence. I would check the original "
              f"BBC report and the {adj} briefing in {city} to see whether they give the same number.")
    assert 40 <= len(answer.split()) <= 80
    result = exercises.check_reflection(answer, article_for(who))
    assert result.status == "mastery", result
    assert "sentence of its own" not in str(result) and "quotation marks" not in result.message


@pytest.mark.parametrize("who, adj, city", SIDES)
def test_a_one_sentence_reflection_within_length_is_never_told_to_say_more(who, adj, city):
    answer = (f"The kit flags 'merciless' and 'patent nonsense' as loaded words about the {who}, and the article gives "
              "3,000 people leaving with no source in that sentence, while it credits a BBC report for the convoy, "
              f"so I would check the original BBC report and the {adj} statements from {city} to compare how many "
              "people they say left the town and who counted them.")
    n = len(answer.split())
    assert 40 <= n <= 80, n
    result = exercises.check_reflection(answer, article_for(who))
    assert "say a little more" not in str(result) and "add a little more" not in str(result), result
    assert result.status == "mastery", result


@pytest.mark.parametrize("who, adj, city", SIDES)
def test_points_at_the_text_lands_on_the_sentence_that_quotes(who, adj, city):
    answer = f"The kit flags 'merciless' as loaded about the {who}. I would check the BBC report about the 3,000."
    result = exercises.check_reflection(answer, article_for(who))
    lines = {line.split(":")[0]: line for line in result.detail.splitlines()}
    assert "'merciless'" in lines["Points at the text"], result.detail
    assert "I would check" in lines["Asks what to check elsewhere"], result.detail


@pytest.mark.parametrize("who, adj, city", SIDES)
def test_a_short_reflection_has_one_length_wording(who, adj, city):
    for answer in [f"The kit flags 'merciless' as loaded about the {who}. I would check the BBC report about the 3,000.",
                   f"The article quotes only {adj} officials. I would check the BBC report."]:
        result = exercises.check_reflection(answer, article_for(who))
        text = str(result)
        n = len(answer.split())
        assert text.count(f"{n} words") == 1, text
        assert f"{n} words: the task asks for 40–80 words, so add a little more about each part." in text, text
        assert "Write more" not in text and "—" not in text, text
