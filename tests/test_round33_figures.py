"""Round 33 r33fig (teacher 57's findings 3, 9, 10, 12; student 48's 4): 03 Exercise 3, whom a speaker speaks for
and whose a figure is.

- t57 #3: a description set off by commas after a name belongs to that name, however long ("Silo, who used to speak
  for the SDF,", "Silo, the former SDF spokesman who defected to Turkey,"): the role word in it ("spokesman") names
  no one else; "Dillon, whom RT quoted," is no report of RT's.
- t57 #12: the side a description gives is read wherever English puts it (a relative clause, brackets, "from the
  Kremlin", "Moscow's Silo") and by the names the kit knows besides the parties (an outlet, a country word, "Assad's"),
  but not where the speaker went ("who defected to Turkey").
- t57 #9: an article speaks through its byline ("Van Auken says …, but gives the 4,000") as through its outlet, and
  "the second article says …, but gives …" gives the figure to that article, not to a party named inside what it
  says; a party's "(they give …)" says in whose words each figure is.
- t57 #10: "<name>'s staff" is the body the text says the person heads ("chief of the … general staff").
- s48 #4: "the BBC report says 4000" is read as "the BBC says 4000"; a name inside a condition ("if the BBC counted
  …") is no report; a listed figure says what it counts ("100 vehicles").
One case per rule and side, made-up answers (the seeds' figures, a made-up briefing for the mirror)."""
import pandas as pd
import pytest
from written_helpers import figure_check, figure_notes

SPOKESMAN = "The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
SILO = " says 4,000 people left, all but about 500 armed."
DILLON = " says 3,500 civilians came out and fewer than 300 were screened as potential fighters. Silo says 4,000 left."
KONASHENKOV = " says 750 people left the town."


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


# --- t57 #9: the writer and an ordinal speak for the article -------------------------------------------------------

@pytest.mark.parametrize("actor", ["the Pentagon", "the Kremlin"])
@pytest.mark.parametrize("who", ["Van Auken", "The second article", "The other article"])
def test_the_writer_or_an_article_by_its_place_gives_the_figure(texts, who, actor):
    sentence = f"{who} says {actor} colluded with ISIS, but gives the 4,000 with no source."
    assert notes(sentence, texts) == [], notes(sentence, texts)


def test_the_writer_is_checked_as_his_article(texts):
    said = notes("Cartalucci says 4,000 people left.", texts)
    assert said and said[0].startswith("'4,000' is not in us-fighting-isis-or-liquidating-assets (they give 3,000"), said


@pytest.mark.parametrize("party, listed", [
    ("the Pentagon", "(they give 300 and 3,500 civilians in the spokesman's words, and 1,000 fighters in the Pentagon's words)"),
    ("the Kremlin", "(they give 350 and 750 militants in the Russian General Staff's words)")])
def test_a_party_note_says_in_whose_words_each_figure_is(texts, party, listed):
    said = notes(f"{party} says 4,000 left.", texts)
    assert any(listed in n for n in said), said


# --- t57 #10: a person's staff is the body the text says they head --------------------------------------------------

def lee_text(side: str) -> pd.DataFrame:
    army = "Russian military" if side == "Russian" else "US military"
    text = (f"The charge was made on Monday by General Ann Lee, chief of the {army}’s general staff. “They are being "
            f"trained there,” Lee said in an interview. According to the estimates of the {side} general staff, there "
            "are some 900 of the militants at the base.")
    return pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": ["Charges"], "author": [""], "text": [text]})


@pytest.mark.parametrize("side", ["Russian", "US"])
def test_a_persons_staff_is_the_body_they_head(side):
    table = lee_text(side)
    assert notes("a says Lee's staff counted 900.", table) == []
    assert notes("a says Lee counted 900.", table) == [f"No text gives '900' as Ann Lee's: a gives it as the {side} General "
                                                       "Staff's. Say whose it is"]
    assert notes("a says Lee's ministry counted 900.", table) != []  # the text names no ministry of hers


def test_gerasimovs_staff_and_the_pentagons(texts):
    assert notes("russia-charges-pentagon says Gerasimov's staff counted 750 and 350.", texts) == []
    said = notes("russia-charges-pentagon says the Pentagon's staff counted 750 and 350.", texts)
    assert len(said) == 2 and all("is in the Russian General Staff's words" in n for n in said), said


# --- s48 #4: the BBC's figure --------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["the bbc says 4000 the spokesman says 3500", "the bbc report says like 4000 people left."])
def test_the_bbc_and_the_bbc_report_get_the_same_note(texts, answer):
    said = notes(answer, texts)
    assert [n for n in said if "BBC" in n] == [
        "The kit holds only some of BBC's words, as the texts quote them (they give 100 vehicles): it cannot check '4000' "
        "as theirs, so it does not count as your example ('4000' is in an article's own words, and in Talal Silo's words)"], said


@pytest.mark.parametrize("answer", ["if the bbc counted fighters too id believe the 4000",
                                    "if the Kremlin counted civilians too id believe the 3,500",
                                    "unless the Pentagon counted fighters too I would not believe the 4,000"])
def test_a_name_inside_a_condition_is_no_report(texts, answer):
    assert notes(answer, texts) == [], notes(answer, texts)


# --- t57 #3: who quoted a speaker, where the texts say it ---------------------------------------------------------

def test_dillon_quoted_by_an_outlet_the_texts_do_not_name(texts):
    assert notes("Dillon, whom RT quoted," + DILLON, texts) == [
        "In the texts, Rudaw and Sputnik quote Ryan Dillon, not RT: check who quotes each speaker"]
    assert notes("Dillon, whom Sputnik quoted," + DILLON, texts) == []


def test_the_mirror_konashenkov_quoted_by_an_outlet_the_texts_do_not_name(briefing):
    table = briefing[0].assign(author="Maj. Gen. Igor Konashenkov (spokesman of the Russian Defence Ministry), as quoted by RT")
    mirror = [table, briefing[1]]
    assert notes("Konashenkov, whom Rudaw quoted," + KONASHENKOV, mirror) == [
        "In the texts, RT quotes Igor Konashenkov, not Rudaw: check who quotes each speaker"]
    assert notes("Konashenkov, whom RT quoted," + KONASHENKOV, mirror) == []
