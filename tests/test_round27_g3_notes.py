"""Round 27 g3 (teacher 51 #5): 03 Exercise 2's notes. "Named just before" is the same position as "named right
before" (the LAST person named; data/position_words.csv), and so is "named or quoted just/right before"; "quoted just
before" with no word of naming is the quotation-before kind. Made-up rows, a Kremlin, a Pentagon and a Syrian
spokesman alike, and the conftest's made-up articles (a Pentagon and a Kremlin spokesman)."""
import pytest

from kit.exercises.quote_hints import named_orders, reads_the_notes, wrong_way_note

FIRST = "guess: 'he' taken to be {}, the first person named in the sentences just before"
LAST = "guess: 'he' taken to be {}, the last person named before the quotation"
QUOTED = "guess: 'he' taken to be {}, the person quoted just before"
SPOKESMEN = ["Kremlin spokesman Ivan Petrov", "Pentagon spokesman John Lee", "Syrian minister Ali Hassan"]
NOTES = ["the person named just before the quote", "named just before",
         "the kit takes 'he' to be the person named or quoted right before",
         "he is the person named or quoted just before"]


@pytest.mark.parametrize("notes", NOTES)
def test_named_just_before_is_the_last_person_named(notes):
    assert list(named_orders(notes)) == ["last"], named_orders(notes)


@pytest.mark.parametrize("who", SPOKESMEN)
@pytest.mark.parametrize("notes", NOTES)
def test_it_does_not_count_where_the_note_takes_the_first(who, notes):
    rows = [{"note": FIRST.format(who)}]
    assert not reads_the_notes(notes, rows)
    assert "but the note says “the first person named”" in wrong_way_note(notes, rows)


@pytest.mark.parametrize("who", SPOKESMEN)
@pytest.mark.parametrize("notes", NOTES)
def test_it_counts_where_the_note_takes_the_last(who, notes):
    assert reads_the_notes(notes, [{"note": LAST.format(who)}])


@pytest.mark.parametrize("who", SPOKESMEN)
@pytest.mark.parametrize("notes", ["the person quoted just before", "whoever was quoted right before"])
def test_quoted_just_before_is_the_quotation_kind(who, notes):
    assert named_orders(notes) == {}
    assert reads_the_notes(notes, [{"note": QUOTED.format(who)}])


@pytest.mark.parametrize("notes", NOTES[:2])
def test_the_check_tells_named_just_before_as_named_right_before(he_said_article, speakers_notes_check, notes):
    first, arts = he_said_article
    right = speakers_notes_check([first.split()[-1]], arts, "the guy named right before the quote")
    just = speakers_notes_check([first.split()[-1]], arts, notes)
    assert (just.status, right.status) == ("partly", "partly"), (just, right)
    assert "but the note says “the first person named”" in str(just.detail), just.detail


@pytest.mark.parametrize("who", SPOKESMEN)
@pytest.mark.parametrize("notes", ["the first person named just before", "he is the first one named right before"])
def test_an_order_word_before_the_naming_word_decides(who, notes):
    assert list(named_orders(notes)) == ["first"], named_orders(notes)
    assert reads_the_notes(notes, [{"note": FIRST.format(who)}])
    assert not reads_the_notes(notes, [{"note": LAST.format(who)}])
