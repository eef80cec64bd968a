"""Round 29 f3 (teacher 53's findings 1, 6, 7, 13): 03 Exercise 3's figures credited to the wrong party.

- A figure after "leaves out / omits / does not mention / ignores / skips" is what the account lacks, not what it
  gives: it is checked the other way (the account must not give it).
- A person the texts name (Lavrov, Mattis) is checked as an institution is: a figure none of the texts gives in
  their words is not theirs.
- An outlet of two texts (Global Research) is checked against its texts; an outlet of none (RT) gets the unknown
  reporter's note; WSWS (one text) is checked against its text.
- A note is printed once.
Seed-based: the coalition spokesman's briefing and the five articles; each side alike."""
import pytest

from kit import exercises
from kit.exercises.evidence import misplaced_figures

REST = (" The two accounts count different people. I would check the Department of Defense transcript and the SDF's own figures "
        "before I change my mind.")


def notes(answer, texts):
    return [(f, note, wrong) for f, note, wrong in misplaced_figures(answer, texts)]


@pytest.mark.parametrize("article", ["russia-charges-pentagon", "us-rescue-of-isis-in-raqqa"])
@pytest.mark.parametrize("verb", ["leaves out the", "omits the", "does not mention the", "ignores the", "skips the",
                                  "never mentions the", "doesn't give the"])
def test_a_figure_left_out_is_not_read_as_given(texts, article, verb):
    answer = f"{article} {verb} 3,500 civilians."
    assert not [n for n in notes(answer, texts) if n[0] == "3,500"], notes(answer, texts)
    control = f"{article} gives 3,500 civilians."
    assert [n for n in notes(control, texts) if n[0] == "3,500" and n[2]], notes(control, texts)


@pytest.mark.parametrize("article", ["russia-charges-pentagon", "us-rescue-of-isis-in-raqqa"])
def test_a_figure_left_out_that_the_account_gives_is_questioned(texts, article):
    answer = f"{article} leaves out the 4,000 and gives 3,500."
    hits = [n for n in notes(answer, texts) if n[0] == "4,000"]
    assert hits and hits[0][2] and "leaves it out" in hits[0][1], hits


@pytest.mark.parametrize("answer", [
    "russia-charges-pentagon uses Silo's 4,000 and leaves out the 3,500.",
    "us-rescue-of-isis-in-raqqa leaves out the 3,500 civilians the spokesman gives and uses 4,000 with no source.",
])
def test_teacher_53_left_out_answers_reach_mastery(texts, answer):
    result = exercises.check_reflection("The spokesman says 3,500 civilians came out. " + answer + REST, texts,
                                        task="sources")
    assert result.passed and "not in" not in str(result), str(result)


@pytest.mark.parametrize("person", ["Lavrov", "Mattis", "Sergei Lavrov", "Jim Mattis"])
def test_a_person_named_in_the_texts_is_checked_like_an_institution(texts, person):
    answer = f"{person} said 3,500 civilians came out and fewer than 300 were screened as potential fighters."
    hits = [n for n in notes(answer, texts) if n[0] == "3,500"]
    assert hits and hits[0][2] and "spokesman" in hits[0][1] and "give no figure of" in hits[0][1], hits
    result = exercises.check_reflection("The articles use the 4,000. " + answer + REST, texts, task="sources")
    assert not result.passed, str(result)


@pytest.mark.parametrize("outlet", ["Global Research", "RT"])
def test_an_outlet_that_does_not_give_the_figure_is_questioned(texts, outlet):
    answer = f"{outlet} says 4,000 ISIS fighters and families left, with no source."
    hits = [n for n in notes(answer, texts) if n[0] == "4,000"]
    assert hits, hits
    assert "holds no account by Global Research" not in hits[0][1], hits


def test_global_research_is_checked_in_its_articles(texts):
    hits = notes("Global Research says 4,000 ISIS fighters and families left.", texts)
    assert hits and hits[0][2] and "Global Research" in hits[0][1], hits


def test_an_outlet_the_kit_does_not_hold_gets_the_unknown_reporter_note(texts):
    hits = notes("RT says 4,000 ISIS fighters and families left.", texts)
    assert hits and "holds no account by RT" in hits[0][1] and hits[0][2], hits  # in no text: as Lavrov's (round 31)


def test_wsws_is_checked_in_its_article(texts):
    assert not notes("WSWS says 4,000 ISIS fighters and families left, with no source.", texts)
    hits = notes("WSWS says 3,500 civilians left.", texts)
    assert hits and hits[0][2], hits


def test_a_note_is_printed_once(texts):
    answer = ("The spokesman says 3,500 civilians came out. The BBC says 4,000 people left. russia-charges-pentagon "
              "uses the BBC's 4,000. I would check the BBC report itself and the transcript.")
    said = [note for _, note, _ in notes(answer, texts)]
    assert said and len(said) == len(set(said)), said
    result = str(exercises.check_reflection(answer, texts, task="sources"))
    assert result.count("BBC's words") <= 1, result


@pytest.mark.parametrize("answer, wrong", [
    ("us-rescue-of-isis-in-raqqa says Talal Silo counted some 4,000 ISIS fighters and their families.", True),
    ("russia-charges-pentagon says Talal Silo counted some 4,000 people.", False),
    ("us-rescue-of-isis-in-raqqa says the spokesman gave 3,500 civilians.", True),
    ("us-rescue-of-isis-in-raqqa says the Russian General Staff counted 750 fighters.", True),
    ("russia-charges-pentagon says the Russian General Staff counted 750 fighters.", False),
])
def test_a_text_must_credit_the_figure_to_the_person_named(texts, answer, wrong):
    hits = [n for n in notes(answer, texts) if n[2]]
    assert bool(hits) == wrong, hits
    if wrong:
        assert "does not give" in hits[0][1], hits


@pytest.mark.parametrize("speaker", ["The spokesman", "Talal Silo"])
def test_a_figure_written_in_words_is_told_to_be_written_as_the_texts_do(texts, speaker):
    answer = (f"{speaker} says three thousand five hundred civilians came out, fewer than three hundred screened. "
              "The articles use four thousand and leave out the civilians. I would check the transcript and the SDF's "
              "own figures before I change my mind about who was in the convoy.")
    result = str(exercises.check_reflection(answer, texts, task="sources"))
    assert "write them as the texts do ('3,500', '300' and '4,000')" in result, result
    assert result.count("written in words") == 1, result


@pytest.mark.parametrize("other", ["the spokesman", "Talal Silo"])
def test_a_new_clause_is_its_speakers_own_report(texts, other):
    answer = f"us-rescue-of-isis-in-raqqa says 3,500 civilians came out of Raqqa while {other} counts 40,000 fighters."
    hits = [n for n in notes(answer, texts) if n[0] == "40,000"]
    assert hits and "does not give" not in hits[0][1] and "40,000" in hits[0][1], hits
