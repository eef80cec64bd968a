"""Round 34 r34fig (teacher 58's findings 5, 6, 10, 14; student 49's 7 and 11): whose figure, whose words, which
article, in 03 Exercise 3 and lesson 06.

- t58 #6: "<Person>'s <title>" set off after a name describes that name ("Mattis, Trump's defense secretary, says …"):
  the boss is no speaker; the name before the description is ("Peskov, Trump's spokesman, says …" is Peskov's).
- s49 #11: a figure in a condition ("if it counted fighters too I would believe the 4,000 more") is no one's figure.
One case per rule and side (mirror pairs), made-up answers."""
import pytest
from written_helpers import figure_check, figure_notes

from kit import exercises

SPOKESMAN = "The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
SILO = "Silo says 4,000 people left, all but about 500 armed. "
# the rest of a 06 reflection at Mastery on its own, for 002 (us-rescue-of-isis-in-raqqa) and for 000
REST_002 = (" The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its sentence. "
            "I would check the BBC report to see who counted the convoy before I decide anything.")
REST_000 = (" The kit flags 'imperialism' and 'damning' as loaded language. The 4,000 comes from Talal Silo. I would check "
            "the Komsomolskaya Pravda interview to see what Gerasimov really said before I believe it.")


@pytest.fixture(scope="module")
def russia(articles):
    """The bundled article russia-charges-pentagon (000), as a one-row table."""
    return articles[articles.article_id == "russia-charges-pentagon"]


def reflect(answer, article) -> str:
    return str(exercises.check_reflection(answer, article))


# --- t58 #6: "<Person>'s <title>" after a name describes the name ---------------------------------------------------

@pytest.mark.parametrize("answer", ["Mattis, Trump's defense secretary, says 'as long as they want to fight'.",
                                    "Dillon, Mattis's colonel, says 'We didn't want anyone to leave'."])
def test_a_us_boss_in_a_description_is_no_speaker(raqqa, answer):
    out = reflect(answer + REST_002, raqqa)
    assert out.startswith("● Mastery") and "words, not" not in out, out


@pytest.mark.parametrize("answer", ["Gerasimov, Putin's army chief, says 'They are in reality being trained there'.",
                                    "Lavrov, Putin's foreign minister, says 'the main anti-terrorist objective' is now Al Nusra."])
def test_the_mirror_a_russian_boss_in_a_description_is_no_speaker(russia, answer):
    out = reflect(answer + REST_000, russia)
    assert out.startswith("● Mastery") and "words, not" not in out, out


def test_the_described_name_still_owns_the_words(raqqa, russia):
    out = reflect("Peskov, Trump's spokesman, says 'as long as they want to fight'." + REST_002, raqqa)
    assert "are James Mattis's words, not Peskov's" in out, out
    out = reflect("Kirby, Putin's spokesman, says 'They are in reality being trained there'." + REST_000, russia)
    assert "are Valery Gerasimov's words, not Kirby's" in out, out


def test_a_wrong_side_in_the_description_is_still_caught(raqqa):
    out = reflect("Mattis, the Russian defense minister, says 'as long as they want to fight'." + REST_002, raqqa)
    assert "James Mattis speaks for the United States, not for the Russian side" in out, out


# --- s49 #11: a figure in a condition is no one's -------------------------------------------------------------------

def test_a_figure_in_a_condition_is_not_given_to_the_bbc(texts):
    answer = SPOKESMAN + SILO + "I would read the BBC report: if it counted fighters too I would believe the 4,000 more."
    assert figure_notes(answer, texts) == []
    assert figure_check(answer, texts).startswith("● Mastery")


def test_the_mirror_a_figure_in_a_condition_is_not_given_to_rt(texts):
    answer = SPOKESMAN + SILO + "I would read the RT report: if it counted civilians too I would believe the 4,000 more."
    assert figure_notes(answer, texts) == []
