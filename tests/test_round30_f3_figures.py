"""Round 30 f3 (teacher 54's findings 3, 5, 6, 11, 13): 03 Exercise 3, which account gives which figure.

- 3: a figure credited to a person the kit holds no account by (Peskov, Kirby) is told so wherever the name stands
  (opening the sentence too), for every figure of the sentence, and it does not count as pointing at the text.
- 5: "came from X" / "with no source" / "according to X" say the source an account gives a figure: checked the way
  "gives Silo's 4,000" is.
- 6: an outlet that quotes someone else's figure (Global Research, CNN's 3,000) does not give it itself.
- 11: a figure with a noun the text's sentence does not say of it ("300 ISIS fighters left") is shown the text's words.
- 13: the note for a figure credited to a source no text gives it as is short and said once.
Seed-based: the coalition spokesman's briefing and the five articles; each side alike (made-up answers only)."""
import pytest

from kit import exercises
from kit.exercises.evidence import misplaced_figures

REST = (" They count different people. I would check the Department of Defense transcript and the SDF's own figures "
        "before I change my mind about the figure.")


def notes(answer, texts):
    return misplaced_figures(answer, texts)


def check(answer, texts):
    return exercises.check_reflection(answer, texts, task="sources")


# --- finding 3: a person the kit holds no account by -----------------------------------------------------------

@pytest.mark.parametrize("who", ["Peskov", "Kirby"])
def test_an_unknown_person_opening_the_sentence_is_told_for_each_figure(texts, who):
    answer = f"{who} said 3,500 civilians came out and fewer than 300 were screened as potential fighters."
    said = {f: note for f, note, _ in notes(answer, texts)}
    assert set(said) == {"3,500", "300"}, said
    assert all(f"The kit holds no account by {who}, so it cannot check" in n for n in said.values()), said


@pytest.mark.parametrize("who", ["Peskov", "Kirby"])
def test_an_unknown_persons_figures_do_not_point_at_the_text(texts, who):
    said = (f"{who} said 3,500 civilians came out and fewer than 300 were screened as potential fighters. The articles "
            "use a bigger count.")
    result = check(said + REST, texts)  # the only figures are the ones credited to him: no example
    assert not result.passed and f"no account by {who}" in str(result), str(result)
    # teacher 54's answer: its true first sentence ("The articles use the 4,000") is the example, never his figures
    result = check(f"The articles use the 4,000. {said}" + REST, texts)
    assert f"no account by {who}" in str(result) and f"Points at the text: “{who}" not in str(result), str(result)


@pytest.mark.parametrize("first, second", [("Kirby", "Peskov"), ("Peskov", "Kirby")])
def test_every_figure_of_a_sentence_is_checked(texts, first, second):
    answer = f"{first} said some 4,000 left Raqqa, {second} said 3,500 civilians."
    said = {f: note for f, note, _ in notes(answer, texts)}
    assert f"no account by {first}" in said.get("4,000", ""), said
    assert f"no account by {second}" in said.get("3,500", ""), said


@pytest.mark.parametrize("opening", ["Officials say", "Experts said", "Many say", "Everyone says", "They say"])
def test_a_common_word_opening_the_sentence_is_no_name(texts, opening):
    assert not [n for n in notes(f"{opening} 3,500 civilians came out.", texts) if "no account by" in n[1]]


@pytest.mark.parametrize("who", ["Lavrov", "Mattis"])
def test_a_person_the_texts_name_keeps_the_texts_note(texts, who):
    said = [n for n in notes(f"{who} said 3,500 civilians came out.", texts)]
    assert said and said[0][2] and "give no figure of" in said[0][1], said


# --- finding 6: an outlet that quotes someone else's figure does not give it ----------------------------------------

@pytest.mark.parametrize("answer, figure, whose", [
    ("Global Research says 3,000.", "3,000", "CNN"),  # us-fighting-isis-or-liquidating-assets, in CNN's words
    ("WSWS says 100 people left.", "100", "BBC"),  # us-rescue-of-isis-in-raqqa, in the BBC's words
])
def test_an_outlet_quoting_a_figure_does_not_give_it(texts, answer, figure, whose):
    said = [n for n in notes(answer, texts) if n[0] == figure]
    assert said and said[0][2] and f"in {whose}'s words" in said[0][1] and "Say whose figure it is" in said[0][1], said


@pytest.mark.parametrize("answer", ["WSWS says 4,000 people left with no source.",
                                    "russia-charges-pentagon gives Silo's 4,000."])
def test_an_outlets_own_figure_and_an_articles_quoted_one_still_pass(texts, answer):
    assert not [n for n in notes(answer, texts) if n[2]], notes(answer, texts)


@pytest.mark.parametrize("outlet, other", [("Global Research", "WSWS"), ("WSWS", "RT")])
def test_teacher_54_outlets_answer_is_not_mastery(texts, outlet, other):
    figure = "3,000" if outlet == "Global Research" else "100"
    result = check(f"{other} says 4,000 people left with no source. {outlet} says {figure}. The spokesman says 3,500 "
                   "civilians came out." + REST, texts)
    assert not result.passed and "only in" in str(result) and "Say whose figure it is" in str(result), str(result)


# --- finding 5: "came from X", "from X", "according to X", "with no source" name the source an account gives -------

@pytest.mark.parametrize("answer, wrong", [
    ("russia-charges-pentagon says the 4,000 came from the BBC.", True),  # it gives it as Talal Silo's
    ("us-rescue-of-isis-in-raqqa says the 4,000 came from Silo.", True),  # it gives it with no source
    ("russia-charges-pentagon says the 4,000 came from Silo.", False),
    ("us-rescue-of-isis-in-raqqa says the 4,000 came from Talal Silo.", True),
    ("russia-charges-pentagon uses the 4,000 from the BBC.", True),
    ("us-rescue-of-isis-in-raqqa uses the 4,000 from Silo.", True),
    ("russia-charges-pentagon gives 4,000, according to the BBC.", True),
    ("russia-charges-pentagon gives 4,000, according to Silo.", False),
])
def test_came_from_names_the_source_an_account_gives(texts, answer, wrong):
    hits = [n for n in notes(answer, texts) if n[0] == "4,000" and n[2]]
    assert bool(hits) == wrong, notes(answer, texts)
    if wrong:
        assert "does not give '4,000' as" in hits[0][1] or "No text gives '4,000' as" in hits[0][1], hits


@pytest.mark.parametrize("answer, wrong", [
    ("russia-charges-pentagon gives 4,000 with no source.", True),  # it credits Talal Silo
    ("russia-charges-pentagon gives 4,000 people without a source.", True),
    ("us-rescue-of-isis-in-raqqa gives 4,000 with no source.", False),
    ("us-rescue-of-isis-in-raqqa gives 100 with no source.", True),  # it credits the BBC
    ("russia-charges-pentagon gives 750 with no source.", True),  # it credits the Russian General Staff
])
def test_with_no_source_is_checked_against_the_account(texts, answer, wrong):
    figure = answer.split(" gives ")[1].split()[0]
    hits = [n for n in notes(answer, texts) if n[0] == figure and n[2]]
    assert bool(hits) == wrong, notes(answer, texts)
    if wrong:
        assert "not with no source" in hits[0][1] and "words" in hits[0][1], hits


@pytest.mark.parametrize("first, second", [("russia-charges-pentagon", "us-rescue-of-isis-in-raqqa"),
                                           ("us-rescue-of-isis-in-raqqa", "russia-charges-pentagon")])
def test_teacher_54_swapped_sources_are_both_told(texts, first, second):
    answer = (f"The spokesman says 3,500 civilians came out. {first} gives 4,000 with no source, and {second} gives "
              "Silo's 4,000." + REST)
    result = check(answer, texts)
    swapped = first == "russia-charges-pentagon"
    assert result.passed != swapped, str(result)
    if swapped:
        assert "russia-charges-pentagon gives '4,000' as Talal Silo's" in str(result), str(result)
        assert "us-rescue-of-isis-in-raqqa does not give '4,000' as Talal Silo's" in str(result), str(result)


# --- finding 13: a source no text gives the figure as: one short note, said once ---------------------------------

@pytest.mark.parametrize("source", ["the BBC", "CNN", "the Associated Press"])
def test_a_source_no_text_gives_the_figure_as_gets_one_short_note(texts, source):
    owner = source.replace("the ", "")
    answer = (f"The spokesman says 3,500 civilians came out. {source[0].upper() + source[1:]} says 4,000 people left. "
              f"russia-charges-pentagon uses {source}'s 4,000. I would check the report itself and the Department of "
              "Defense transcript to see.")
    said = [note for f, note, _ in notes(answer, texts) if f == "4,000"]
    assert len(said) == 1, said
    assert said[0].startswith(f"No text gives '4,000' as {owner}'s:"), said
    assert "russia-charges-pentagon gives it as Talal Silo's" in said[0], said
    assert "us-rescue-of-isis-in-raqqa gives it with no source" in said[0], said
    assert len(said[0].split()) <= 30 and "(" not in said[0], said
    assert not check(answer + REST, texts).passed


@pytest.mark.parametrize("answer, note", [
    ("russia-charges-pentagon uses the BBC's 3,500.", "No text gives '3,500' as BBC's: the spokesman gives it"),
    ("us-rescue-of-isis-in-raqqa uses Silo's 750.",
     "No text gives '750' as Talal Silo's: russia-charges-pentagon gives it as the Russian General Staff's"),
])
def test_the_short_note_is_computed_from_the_texts(texts, answer, note):
    said = [n for _, n, wrong in notes(answer, texts) if wrong]
    assert said == [note + ". Say whose it is"], said


# --- finding 11: what a figure counts, read against the text's own phrase ----------------------------------------

@pytest.mark.parametrize("answer, figure, shown", [
    ("The spokesman says 300 ISIS fighters left.", "300",
     "The spokesman's words: '…approximately less than 300 were identified and screened as potential ISIS [Daesh] "
     "fighters'. Check what the 300 counts"),
])
def test_a_noun_the_text_puts_elsewhere_is_shown_in_the_texts_words(texts, answer, figure, shown):
    said = [n for n in notes(answer, texts) if n[0] == figure]
    assert said and said[0][2] and said[0][1] == shown, said


@pytest.mark.parametrize("answer", [
    "The spokesman says 3,500 civilians came out.", "Silo says 4,000 people left.",
    "The spokesman says fewer than 300 were screened as potential fighters.",
    "The spokesman speaks of 3,500 civilians and fewer than 300 screened as possible fighters.",  # the lesson's key
    "us-rescue-of-isis-in-raqqa gives 4,000 ISIS fighters and their families with no source.",
    "Silo says the coalition let 4,000 fighters leave.",  # round 27's stored Mastery: most of them were, he says
    "russia-charges-pentagon says the Russian General Staff counts 750 militants.",
])
def test_a_noun_the_text_gives_the_figure_is_no_note(texts, answer):
    assert not [n for n in notes(answer, texts) if n[2]], notes(answer, texts)


def test_teacher_54_count_misreading_is_not_mastery(texts):
    result = check("The spokesman says 300 ISIS fighters left. That is not what the other side counts. The articles "
                   "leave out the 3,500. I would check the transcript of the briefing and other news reports to see "
                   "which number is right.", texts)
    assert not result.passed and "Check what the 300 counts" in str(result), str(result)


@pytest.mark.parametrize("speaker, side, who", [("Igor Konashenkov", "the Russian Defence Ministry", "Kurdish"),
                                                ("Jo Bell", "the US-led coalition", "Syrian")])
def test_a_role_after_as_is_read_alike_for_each_side(speaker, side, who):
    import pandas as pd
    said = pd.DataFrame({"article_id": ["briefing"], "outlet": [""], "title": [""],
                         "author": [f"{speaker} (spokesman of {side})"],
                         "text": [f"Of the 2,000 people who left, fewer than 200 were identified as potential {who} fighters."]})
    last = speaker.split()[-1]
    hits = [n for n in misplaced_figures(f"{last} says 200 {who} fighters left.", said) if n[0] == "200"]
    assert hits and hits[0][2] and hits[0][1] == (
        f"The spokesman's words: '…left, fewer than 200 were identified as potential {who} fighters'. "
        "Check what the 200 counts"), hits
    assert not misplaced_figures(f"{last} says 2,000 people left.", said)
