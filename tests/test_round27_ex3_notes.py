"""Round 27 ex3 (teacher 50 #8): 03 Exercise 2's notes. "Named right before the quote" is the LAST person named
before it (data/position_words.csv: last,right before), as "the last person named" is: where the rows' note says
"the first person named", such notes are told so and do not count; where it says the last, they do. Made-up notes
and rows, a Kremlin and a Pentagon spokesman alike."""
import pytest

from kit.exercises.quote_hints import named_orders, reads_the_notes, wrong_way_note

FIRST = "guess: 'he' taken to be {}, the first person named in the sentences just before"
LAST = "guess: 'he' taken to be {}, the last person named before the quotation"
SPOKESMEN = ["Kremlin spokesman Ivan Petrov", "Pentagon spokesman John Lee", "Syrian minister Ali Hassan"]
NOTES = ["the guy named right before the quote", "the person named immediately before the quotation",
         "he = whoever was named right before"]


@pytest.mark.parametrize("notes", NOTES)
def test_named_right_before_is_the_last_person_named(notes):
    assert list(named_orders(notes)) == ["last"], named_orders(notes)


@pytest.mark.parametrize("who", SPOKESMEN)
@pytest.mark.parametrize("notes", NOTES + ["the last person named"])
def test_it_does_not_count_where_the_note_takes_the_first(who, notes):
    rows = [{"note": FIRST.format(who)}]
    assert not reads_the_notes(notes, rows)
    told = wrong_way_note(notes, rows)
    assert "but the note says “the first person named”" in told, told


@pytest.mark.parametrize("who", SPOKESMEN)
@pytest.mark.parametrize("notes", NOTES)
def test_it_counts_where_the_note_takes_the_last(who, notes):
    assert reads_the_notes(notes, [{"note": LAST.format(who)}])


@pytest.mark.parametrize("notes", ["the first person named", "the person quoted just before", "their names right before the quote"])  # r28g3: "the name right before" is the last (teacher 52 #3)
def test_other_notes_are_read_as_before(notes):
    assert "last" not in named_orders(notes)  # no word of naming next to it: a position, not an order
