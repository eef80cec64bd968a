"""03 same/different (teacher 45 #11): a reason may name a row's speaker by another name the kit's own concepts data
gives it (data/concepts.csv, read through kit.concepts): "Washington" / "the US" for the Pentagon, "the SDF" for the
SDF's spokesman; in a made-up mirror, "Moscow" / "Russia" for the Kremlin. A name of the other side still is no
row's speaker."""
import pytest

import kit
from kit import exercises
from kit.exercises.helpers import text_frame

MIRROR = text_frame("The civilian death toll was acknowledged by the Kremlin on Monday. The report was confirmed by "
                    "the former spokesman of the Syrian government, Ali Haidar, on Tuesday.")


@pytest.fixture(scope="module")
def corpus():
    articles = kit.load_articles()
    return kit.quotes(articles), articles


def run(answer, quotes, toll, articles):
    exercises.tries.forget_attempts()
    return exercises.check_same_kind(answer, quotes, toll, "The report", articles)


@pytest.mark.parametrize("reason", ["because Washington acknowledged a number, not words",
                                    "because the US acknowledged a number, not words",
                                    "the SDF confirmed the report and the Pentagon acknowledged the toll, both things named"])
def test_a_metonym_of_a_us_or_sdf_speaker_names_the_speaker(corpus, reason):
    quotes, articles = corpus
    result = run(f"same: {reason}", quotes, "the civilian death toll", articles)
    assert result.status == "correct", result
    assert "neither row's speaker" not in str(result), result


@pytest.mark.parametrize("reason", ["because Moscow acknowledged a number, not words",
                                    "because Russia acknowledged a number, not words"])
def test_a_metonym_of_a_russian_speaker_names_the_speaker_in_the_mirror(reason):
    result = run(f"same: {reason}", kit.quotes(MIRROR), "The civilian death toll", MIRROR)
    assert result.status == "correct", result
    assert "neither row's speaker" not in str(result), result


@pytest.mark.parametrize("name, mirror", [("Moscow", False), ("the Kremlin", False), ("Washington", True), ("the US", True)])
def test_a_name_of_the_other_side_is_still_no_rows_speaker(corpus, name, mirror):
    quotes, articles = (kit.quotes(MIRROR), MIRROR) if mirror else corpus
    result = run(f"same: because {name} acknowledged a number, not words", quotes,
                 "The civilian death toll" if mirror else "the civilian death toll", articles)
    assert result.status == "partly", result
    assert "neither row's speaker is that" in result.message, result
