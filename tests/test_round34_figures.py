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


# --- t58 #14: a side's name that takes "the" keeps it in a note ----------------------------------------------------

@pytest.mark.parametrize("who, figure, holder", [("Silo", "1,000", "is in the Pentagon's words"),
                                                 ("Silo", "750", "is in the Russian General Staff's words")])
def test_a_body_keeps_its_the_in_whose_words(texts, who, figure, holder):
    said = figure_notes(f"{who} says {figure} people left.", texts)
    assert any(holder in n for n in said), said


# --- t58 #10: a description in brackets, "The Pentagon's Dillon", "the former SDF spokesman" -----------------------

@pytest.mark.parametrize("who", ["Silo, a former spokesman for the SDF (the US-backed militia),",
                                 "Silo, a former spokesman for the SDF (a Kurdish militia),"])
def test_a_bracket_inside_a_description_of_silo_is_his(texts, who):
    answer = SPOKESMAN + who + " says 4,000 people left, all but about 500 armed."
    assert figure_notes(answer, texts) == []
    assert figure_check(answer, texts).startswith("● Mastery")


def test_the_mirror_a_bracket_inside_a_description_of_konashenkov_is_his(briefing):
    answer = "Konashenkov, a spokesman for the ministry (the Russian defence ministry), says 750 people left the town."
    assert figure_notes(answer, briefing) == []


def test_a_wrong_side_in_brackets_is_still_caught(texts):
    said = figure_notes(SPOKESMAN + "Silo, a former spokesman for the SDF (a Kremlin militia), says 4,000 people left.", texts)
    assert any("not of the Kremlin" in n for n in said), said


@pytest.mark.parametrize("answer, texts_of", [("The Pentagon's Dillon says 3,500 civilians came out.", "texts"),
                                              ("The Kremlin's Konashenkov says 750 people left the town.", "briefing")])
def test_a_body_before_a_name_describes_the_name(request, answer, texts_of):
    assert figure_notes(answer, request.getfixturevalue(texts_of)) == []


@pytest.mark.parametrize("answer, texts_of, wrong", [("The Kremlin's Dillon says 3,500 civilians came out.", "texts", "not for the Kremlin"),
                                                     ("The Pentagon's Konashenkov says 750 people left the town.", "briefing", "not for the Pentagon")])
def test_a_body_of_the_other_side_before_a_name_is_still_caught(request, answer, texts_of, wrong):
    said = figure_notes(answer, request.getfixturevalue(texts_of))
    assert any(wrong in n for n in said), said


def test_the_former_sdf_spokesman_is_silo_not_dillon(texts):
    assert figure_notes("The former SDF spokesman says 4,000 people left, nearly all armed.", texts) == []
    said = figure_notes("The former SDF spokesman says 3,500 civilians came out.", texts)
    assert any("not in Talal Silo's words" in n for n in said), said


def test_the_mirror_the_coalition_spokesman_is_still_dillon(texts):
    assert figure_notes("The coalition spokesman says 3,500 civilians came out.", texts) == []
    said = figure_notes("The coalition spokesman says 4,000 people left.", texts)
    assert any("not in the spokesman's words" in n for n in said), said


# --- s49 #7, t58 #7: 06 checks a figure given as the article's or a source's; a speaker's it cannot check, it says so -

TOWN = ("Millbrook council voted on Monday to close the riverside park. According to the council, 62 percent of "
        "residents backed the plan. The Pentagon said 400 soldiers would help, and the Kremlin said 300 observers "
        "would come. “We will not stay silent,” a local spokesman said. The poll has not been published. ")
REST_TOWN = (" The article quotes only one side, and 'silent' is its only strong word. I would look for the poll on the "
             "council website to see if it is real, and ask the two councillors who voted against it.")


@pytest.fixture(scope="module")
def town():
    return exercises.my_article(text=TOWN * 12, file="", title="Millbrook closes riverside park")


def test_a_wrong_share_without_quotation_marks_is_caught(town):
    out = reflect("The council says 70 percent backed it, but the poll is not published." + REST_TOWN, town)
    assert "'70 percent' is not in the article: give its figures exactly" in out, out
    out = reflect("The council says 62% backed it, but the poll is not published." + REST_TOWN, town)
    assert "is not in the article" not in out, out


@pytest.mark.parametrize("side, figure", [("The Pentagon", "500"), ("The Kremlin", "500")])
def test_a_sides_wrong_figure_is_caught_for_either_side(town, side, figure):
    out = reflect(f"{side} says {figure} people would come." + REST_TOWN, town)
    assert f"'{figure}' is not in the article: give its figures exactly" in out, out


@pytest.mark.parametrize("who", ["Kirby", "Peskov"])
def test_a_figure_of_a_speaker_the_article_gives_none_of_is_not_called_wrong(town, who):
    out = reflect(f"The poll has no source, and {who} gives 3,500 people." + REST_TOWN, town)
    assert "is not in the article: give its figures exactly" not in out, out
    assert f"it gives none of {who}'s figures: the kit cannot check {who}'s own words here" in out, out


def test_the_spokesmans_figure_on_the_raqqa_article_is_not_called_wrong(raqqa):
    out = reflect("The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its "
                  "sentence, and the spokesman gives 3,500 civilians. I would check the BBC report to see who counted "
                  "the convoy before I decide anything.", raqqa)
    assert out.startswith("● Mastery") and "the kit cannot check the spokesman's own words here" in out, out


# --- t58 #5: which article names whom ------------------------------------------------------------------------------

CHECK = " I would ask the Pentagon for the briefing transcript to see how they counted."


def test_articles_swapped_on_who_names_silo_are_told_and_not_the_finding(texts):
    out = figure_check(SPOKESMAN + "russia-charges-pentagon says 4,000 people left but names no one who counted. "
                       "us-rescue-of-isis-in-raqqa names Silo." + CHECK, texts)
    assert "us-rescue-of-isis-in-raqqa does not name Talal Silo; russia-charges-pentagon does" in out, out
    assert "russia-charges-pentagon names Talal Silo with '4,000'" in out, out
    assert not out.startswith("● Mastery") and "Names what the analysis showed: “us-rescue" not in out, out


def test_the_right_way_round_keeps_mastery(texts):
    out = figure_check(SPOKESMAN + "us-rescue-of-isis-in-raqqa says 4,000 people left but names no one who counted. "
                       "russia-charges-pentagon names Silo." + CHECK, texts)
    assert out.startswith("● Mastery") and "which article names whom" not in out, out


@pytest.mark.parametrize("answer, note", [
    ("russia-charges-pentagon names Dillon.", "russia-charges-pentagon does not name Ryan Dillon; us-rescue-of-isis-in-raqqa does"),
    ("us-rescue-of-isis-in-raqqa names Gerasimov.", "us-rescue-of-isis-in-raqqa does not name Valery Gerasimov; russia-charges-pentagon does"),
    ("russia-charges-pentagon never names Silo.", "russia-charges-pentagon names Talal Silo"),
    ("us-rescue-of-isis-in-raqqa does not name Dillon.", "us-rescue-of-isis-in-raqqa names Ryan Dillon")])
def test_either_sides_speaker_given_to_the_wrong_article_is_told(texts, answer, note):
    out = figure_check(SPOKESMAN + SILO + answer + CHECK, texts)
    assert note in out, out


@pytest.mark.parametrize("answer", ["us-rescue-of-isis-in-raqqa names Dillon.", "russia-charges-pentagon names Gerasimov."])
def test_either_sides_speaker_given_to_the_right_article_is_no_note(texts, answer):
    assert "which article names whom" not in figure_check(SPOKESMAN + SILO + answer + CHECK, texts)
