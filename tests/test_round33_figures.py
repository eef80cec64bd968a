"""Round 33 r33fig (teacher 57's findings 3, 9, 10, 12; student 48's 4): 03 Exercise 3, whom a speaker speaks for
and whose a figure is.

- t57 #3: a description set off by commas after a name belongs to that name, however long ("Silo, who used to speak
  for the SDF,", "Silo, the former SDF spokesman who defected to Turkey,"): the role word in it ("spokesman") names
  no one else; "Dillon, whom RT quoted," is no report of RT's.
- t57 #12: the side a description gives is read wherever English puts it (a relative clause, brackets, "from the
  Kremlin", "Moscow's Silo") and by the names the kit knows besides the parties (an outlet, a country word, "Assad's"),
  but not where the speaker went ("who defected to Turkey").
One case per rule and side, made-up answers (the seeds' figures, a made-up briefing for the mirror)."""
import pytest
from written_helpers import briefing_texts, figure_check, figure_notes, sources_texts

SPOKESMAN = "The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
SILO = " says 4,000 people left, all but about 500 armed."
DILLON = " says 3,500 civilians came out and fewer than 300 were screened as potential fighters. Silo says 4,000 left."
KONASHENKOV = " says 750 people left the town."


@pytest.fixture(scope="module")
def texts():
    return sources_texts()


@pytest.fixture(scope="module")
def briefing():
    return briefing_texts()


check, notes = figure_check, figure_notes


# --- t57 #3: a description after a name is that name's ------------------------------------------------------------

@pytest.mark.parametrize("who", ["Silo, who used to speak for the SDF,", "Silo, the former SDF spokesman who defected to Turkey,",
                                 "Silo, a former spokesman for the Kurdish-led SDF,", "Silo, who quit the SDF and went to Turkey,"])
def test_a_right_description_of_silo_is_his(texts, who):
    assert notes(SPOKESMAN + who + SILO, texts) == []
    assert check(SPOKESMAN + who + SILO, texts).startswith("● Mastery")


@pytest.mark.parametrize("who", ["Dillon, who speaks for the coalition,", "Dillon, the coalition spokesman who briefed reporters in Baghdad,",
                                 "Dillon, a spokesman for the US-led coalition,"])
def test_the_mirror_a_right_description_of_dillon_is_his(texts, who):
    assert notes(who + DILLON, texts) == []


@pytest.mark.parametrize("who", ["Konashenkov, who speaks for the Russian Defence Ministry,",
                                 "Konashenkov, the Russian spokesman who briefed reporters in Moscow,"])
def test_the_mirror_a_right_description_of_konashenkov_is_his(briefing, who):
    assert notes(who + KONASHENKOV, briefing) == []


@pytest.mark.parametrize("who, outlet", [("Dillon", "RT"), ("Silo", "Sputnik")])
def test_an_outlet_that_quoted_the_speaker_is_no_reporter_of_the_figure(texts, who, outlet):
    answer = f"{who}, whom {outlet} quoted," + (DILLON if who == "Dillon" else SILO)
    assert not any("holds no account" in n for n in notes(answer, texts)), notes(answer, texts)


# --- t57 #12: the side a description gives, wherever it stands ------------------------------------------------------

@pytest.mark.parametrize("who, wrong", [("Silo, Assad's spokesman,", "Assad"), ("Silo, a Turkish spokesman,", "Turkey"),
                                        ("Silo from the Kremlin", "the Kremlin"), ("Moscow's Silo", "Moscow"),
                                        ("Silo, who spoke for the Kremlin,", "the Kremlin"),
                                        ("Silo from the Pentagon", "the Pentagon"), ("Washington's Silo", "Washington"),
                                        ("Silo, who spoke for the Pentagon,", "the Pentagon")])
def test_silo_given_a_side_he_did_not_speak_for(texts, who, wrong):
    said = notes(SPOKESMAN + who + SILO, texts)
    assert said == [f"In the texts, Talal Silo is a former spokesman of the SDF, not of {wrong}: check whom each speaker "
                    "speaks for"], said


@pytest.mark.parametrize("who, wrong", [("Dillon, the WSWS spokesman,", "WSWS"), ("Dillon, the RT spokesman,", "RT"),
                                        ("Dillon (Russia)", "Russia"), ("Dillon, an Iranian spokesman,", "the Iranian side")])
def test_dillon_given_a_side_he_does_not_speak_for(texts, who, wrong):
    said = notes(who + DILLON, texts)
    assert said == [f"In the texts, Ryan Dillon speaks for the coalition, not for {wrong}: check whom each speaker "
                    "speaks for"], said


@pytest.mark.parametrize("who", ["Dillon (coalition)", "Dillon, the Pentagon's spokesman,", "Silo, a Kurdish spokesman,",
                                 "Silo, who defected to Turkey,", "Silo, not a Turkish spokesman,"])
def test_a_side_he_has_or_a_place_he_went_is_no_miscast(texts, who):
    answer = who + (DILLON if who.startswith("Dillon") else SILO)
    assert not any("check whom each speaker" in n for n in notes(answer, texts)), notes(answer, texts)


@pytest.mark.parametrize("who, wrong", [("Konashenkov, the WSWS spokesman,", "WSWS"), ("Konashenkov (US)", "the US"),
                                        ("Konashenkov, a Turkish spokesman,", "Turkey"),
                                        ("Konashenkov, who spoke for the Pentagon,", "the Pentagon")])
def test_the_mirror_konashenkov_given_a_side_he_does_not_speak_for(briefing, who, wrong):
    said = notes(who + KONASHENKOV, briefing)
    assert said == [f"In the texts, Igor Konashenkov speaks for Russia, not for {wrong}: check whom each speaker "
                    "speaks for"], said
