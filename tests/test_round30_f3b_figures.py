"""Round 30 f3b (teacher 55's findings 5, 6, 7, 13): 03 Exercise 3, which account gives which figure, second wave.

- 5: a speaker described after a comma ("Talal Silo, a former SDF spokesman, says 4,000") is that speaker: the
  description (an appositive) reports no figure of its own.
- 6: "leaves out Silo's name and the 3,500": the possessive owns the name, and the figure is one the article lacks.
- 7: a speaker given a side the texts do not give them ("Dillon, the Kremlin spokesman") is told whom they speak for.
- 13: "all but ~500" is "all but about 500".
- 1: a sentence about both articles ("The articles leave out the 4,000", "Both articles use the 3,500") is checked
  against each of the two (the texts held in full that share a figure).
- 2: a side's name or an outlet's possessive that names one of the two articles ("the Russian article", "WSWS's
  article") names it, from the titles and outlets; one that fits both is told so.
Seed-based (the coalition spokesman's briefing and the five articles) and a made-up briefing for the Russian side;
made-up answers only, each side alike."""
import pytest
from written_helpers import figure_check, figure_notes

from kit.exercises.evidence import misplaced_figures

SPOKESMAN = "The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "


check, notes = figure_check, figure_notes


# --- finding 5: an appositive describes the name before it -------------------------------------------------------

@pytest.mark.parametrize("silo", ["Talal Silo, a former SDF spokesman,", "Talal Silo, the SDF's former spokesman,",
                                  "Silo, the former SDF spokesman,"])
def test_silo_described_as_a_former_spokesman_is_silo(texts, silo):
    result = check(SPOKESMAN + f"{silo} says 4,000 people left, all but about 500 armed.", texts)
    assert result.startswith("● Mastery"), result
    assert "spokesman's words" not in result, result


@pytest.mark.parametrize("dillon", ["Ryan Dillon, the coalition's spokesman,", "Dillon, a coalition spokesman,",
                                    "Dillon, the Pentagon spokesman,"])
def test_dillon_described_by_his_own_side_is_dillon(texts, dillon):
    result = check(f"{dillon} says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
                   "Silo says 4,000 people left, all but about 500 armed.", texts)
    assert result.startswith("● Mastery"), result


def test_the_mirror_a_russian_spokesman_described_by_his_side(briefing):
    assert notes("Igor Konashenkov, the Russian ministry's spokesman, says 750 left.", briefing) == []
    assert notes("Konashenkov, a Kremlin spokesman, says 750 left.", briefing) == []


def test_a_description_still_does_not_move_a_wrong_figure(texts):
    said = notes("Talal Silo, a former SDF spokesman, says 3,500 left.", texts)
    assert any("'3,500' is not in Talal Silo's words" in n for n in said), said


# --- finding 6: "leaves out Silo's name and the 3,500" -----------------------------------------------------------

@pytest.mark.parametrize("left", ["Silo's name and the 3,500", "Silo and the 3,500"])
def test_leaving_out_a_name_and_a_figure_is_read_as_both_left_out(texts, left):
    assert notes(f"us-rescue-of-isis-in-raqqa leaves out {left}.", texts) == []
    result = check(SPOKESMAN + f"Silo says 4,000, all but about 500 armed. us-rescue-of-isis-in-raqqa leaves out {left}.",
                   texts)
    assert result.startswith("● Mastery"), result


@pytest.mark.parametrize("left", ["Dillon's name and the 3,500", "Dillon and the 3,500"])
def test_the_mirror_the_other_article_and_the_other_speaker(texts, left):
    assert notes(f"russia-charges-pentagon leaves out {left}.", texts) == []


@pytest.mark.parametrize("article, left, figure", [("us-rescue-of-isis-in-raqqa", "the BBC's name", "4,000"),
                                                   ("russia-charges-pentagon", "Silo's name", "4,000")])
def test_a_name_before_a_figure_the_article_gives_is_still_caught(texts, article, left, figure):
    said = notes(f"{article} leaves out {left} and the {figure}.", texts)
    assert any(f"'{figure}' is in {article}, but your sentence says it leaves it out" in n for n in said), said


# --- finding 7: a side the texts do not give the speaker ---------------------------------------------------------

@pytest.mark.parametrize("side, name", [("Kremlin", "the Kremlin"), ("Russian", "the Russian side"),
                                        ("Moscow", "Moscow")])
def test_dillon_given_the_russian_side_is_told_whom_he_speaks_for(texts, side, name):
    answer = f"Dillon, the {side} spokesman, says 3,500 civilians came out. Silo says 4,000 people left."
    said = notes(answer, texts)
    assert f"In the texts, Ryan Dillon speaks for the coalition, not for {name}: check whom each speaker speaks for" in said, said
    assert not check(answer, texts).startswith("● Mastery")


@pytest.mark.parametrize("side, name", [("Pentagon", "the Pentagon"), ("American", "the American side"),
                                        ("Washington", "Washington")])
def test_the_mirror_konashenkov_given_the_us_side(briefing, side, name):
    said = notes(f"Konashenkov, the {side} spokesman, says 750 people left.", briefing)
    assert f"In the texts, Igor Konashenkov speaks for Russia, not for {name}: check whom each speaker speaks for" in said, said


# --- finding 13: "all but ~500" ------------------------------------------------------------------------------

@pytest.mark.parametrize("about", ["~", "~ ", "about "])
def test_a_tilde_before_the_figure_is_about(texts, about):
    result = check(SPOKESMAN + f"Silo says 4,000 people left, all but {about}500 armed.", texts)
    assert result.startswith("● Mastery") and "comes after 'all but'" not in result, result


def test_a_real_misreading_of_all_but_is_still_told(texts):
    said = notes("Silo says 4,000 left and ~500 of them were armed.", texts)
    assert any("comes after 'all but'" in n for n in said), said


# --- finding 1: both articles ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["The articles leave out the 4,000.", "Neither article gives the 4,000.",
                                      "The two articles don't mention the 4,000.", "Both articles leave out the 4,000."])
def test_both_articles_leaving_out_a_figure_they_give_is_caught(texts, sentence):
    said = notes(sentence, texts)
    assert ("'4,000' is in russia-charges-pentagon and in us-rescue-of-isis-in-raqqa, but your sentence says the "
            "articles leave it out") in " ".join(said), said
    result = check(SPOKESMAN + "Silo says 4,000, all but about 500 armed. " + sentence, texts)
    assert not result.startswith("● Mastery") and f"Names what the analysis showed: “{sentence}" not in result, result


@pytest.mark.parametrize("sentence, missing", [("Both articles use the 3,500.", "russia-charges-pentagon or us-rescue-of-isis-in-raqqa"),
                                               ("Both articles give the 500.", "us-rescue-of-isis-in-raqqa"),
                                               ("The two articles give the 300.", "russia-charges-pentagon or us-rescue-of-isis-in-raqqa")])
def test_both_articles_giving_a_figure_one_lacks_is_caught(texts, sentence, missing):
    assert f"is not in {missing}, but your sentence says both articles give it" in " ".join(notes(sentence, texts))


@pytest.mark.parametrize("sentence", ["The articles use the 4,000.", "Both articles give the 4,000.",
                                      "The two articles use the 4,000 and leave out the 3,500 civilians.",
                                      "Neither article gives the 3,500 or the 300."])
def test_true_sentences_about_both_articles_pass(texts, sentence):
    assert notes(sentence, texts) == []


# --- finding 2: an article named by its side or its outlet ----------------------------------------------------

@pytest.mark.parametrize("name, article", [("The Russian article", "russia-charges-pentagon"),
                                           ("The Russia article", "russia-charges-pentagon"),
                                           ("The Moscow one", "russia-charges-pentagon"),
                                           ("WSWS's article", "us-rescue-of-isis-in-raqqa"),
                                           ("The WSWS article", "us-rescue-of-isis-in-raqqa")])
def test_an_article_named_by_its_side_or_outlet_is_checked(texts, name, article):
    said = notes(f"{name} leaves out the 4,000.", texts)
    assert f"'4,000' is in {article}, but your sentence says it leaves it out" in " ".join(said), said


@pytest.mark.parametrize("name, figure", [("The Russian article", "3,500"), ("WSWS's article", "500")])
def test_each_side_giving_a_figure_it_lacks_is_caught(texts, name, figure):
    said = notes(f"{name} gives the {figure}.", texts)
    assert any(f"'{figure}' is not in" in n for n in said), said


@pytest.mark.parametrize("name", ["The US article", "The ISIS article"])
def test_a_side_both_titles_name_is_said_to_fit_both(texts, name):
    said = notes(f"{name} leaves out the 4,000.", texts)
    assert any("The kit cannot tell which article gives '4,000'" in n and "russia-charges-pentagon or "
               "us-rescue-of-isis-in-raqqa" in n for n in said), said


# --- finding 9: "it came from X", "got it from X" ---------------------------------------------------------------

def wrong_notes(answer, texts):
    return [note for _, note, wrong in misplaced_figures(answer, texts) if wrong]


@pytest.mark.parametrize("answer", [
    "us-rescue-of-isis-in-raqqa got the 4,000 from Silo.",
    "russia-charges-pentagon got the 4,000 from the BBC.",
    "Both articles give 4,000. The WSWS one says it came from Silo.",
    "The WSWS article gives 4,000. russia-charges-pentagon got it from the BBC.",
    "russia-charges-pentagon gives 4,000. us-rescue-of-isis-in-raqqa got it from the BBC.",
    "The Russian article gives 4,000. The WSWS one says that figure came from Silo.",
])
def test_a_swapped_source_in_it_or_got_wording_is_caught(texts, answer):
    assert any("'4,000' as" in n for n in wrong_notes(answer, texts)), notes(answer, texts)


@pytest.mark.parametrize("answer", [
    "russia-charges-pentagon got the 4,000 from Silo.",
    "The WSWS article gives 4,000 with no source. The Russian one says it came from Silo.",
    "us-rescue-of-isis-in-raqqa gives 4,000 with no source. russia-charges-pentagon got it from Talal Silo.",
])
def test_the_true_way_round_passes(texts, answer):
    assert wrong_notes(answer, texts) == [], notes(answer, texts)


def test_it_stands_for_a_figure_only_when_the_sentence_before_gives_one(texts):
    assert wrong_notes("The articles differ. The WSWS one says it came from Silo.", texts) == []
