"""Round 21: a quotation that opens a sentence after a capitalised word and a full stop ("… in Moscow. “We are
ready,” Lee said.") is someone's words, not a nickname inside a name (Gen. James “Mad Dog” Mattis). A nickname
stands inside a name, inside one sentence, and does not end a clause with a comma or a full stop inside its
marks. Every sentence here is made up."""

import pytest
from quote_helpers import checked_quotes, frame

import kit

#: What ends the sentence before the quotation: places, months, days, names, "the US" (capitalised), and
#: words in small letters, which never had the problem.
ENDINGS = ["in Moscow.", "in Nairobi.", "in Beijing.", "in Washington.", "in May.", "in June.", "on Friday.",
           "on Monday.", "by Ana Ruiz.", "by Tom Reed.", "in the US.", "in the UK.", "in the U.S.", "soon.",
           "at last."]
#: Straight and curly double marks.
MARKS = [('"', '"'), ("“", "”")]
#: Where the quotation stands: in the middle of a paragraph, at its end, or after a paragraph break.
PLACES = ["{before} {q} Kim Obi said. She left.", "{before} {q} Kim Obi said.", "{before}\n\n{q} Kim Obi said."]


def _rows(text):
    q = checked_quotes(text)
    return [(r.kind, r.quote, r.speaker if isinstance(r.speaker, str) and r.speaker else None) for r in q.itertuples()]


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize("place", PLACES)
def test_a_quotation_opening_a_sentence_is_direct_speech(ending, marks, place):
    o, c = marks
    text = place.format(before=f"The talks ended {ending}", q=f"{o}We are ready,{c}")
    assert _rows(text) == [("direct", "We are ready,", "Kim Obi")]


@pytest.mark.parametrize("ending", ["in Moscow.", "in May.", "on Friday.", "in the US."])
@pytest.mark.parametrize("marks", MARKS)
def test_the_sentence_before_is_still_reported_when_someone_said_it(ending, marks):
    o, c = marks
    text = f"Kim Obi said the next round is {ending} {o}We are ready,{c} Obi said."
    assert _rows(text) == [("indirect", f"the next round is {ending[:-1]}", "Kim Obi"),
                           ("direct", "We are ready,", "Kim Obi")]


def test_the_sentences_split_before_the_quotation():
    text = "The talks ended in Moscow. “We are ready,” Kim Obi said."
    assert list(kit.sentences(frame(text)).text) == ["The talks ended in Moscow.", "“We are ready,” Kim Obi said."]


@pytest.mark.parametrize("marks", MARKS)
def test_a_nickname_inside_a_name_is_still_a_term(marks):
    o, c = marks
    for text in (f"Gen. Omar {o}Iron Hand{c} Bello spoke to troops.",
                 f"Troops met Omar {o}Iron Hand{c} Bello in Moscow.",
                 f"The talks ended in Moscow. Gen. Omar {o}Iron Hand{c} Bello left."):
        assert ("term", "Iron Hand", None) in _rows(text)


@pytest.mark.parametrize("marks", MARKS)
def test_a_title_after_a_capitalised_word_is_not_speech(marks):
    o, c = marks
    text = f"She watched a film titled {o}Moscow.{c} {o}We are ready,{c} Kim Obi said."
    assert _rows(text)[0][:2] == ("title", "Moscow.")
    assert _rows(text)[1] == ("direct", "We are ready,", "Kim Obi")
    # "called" names a word or a work: a name either way, never someone's words
    assert _rows(f"She watched a film called {o}Moscow.{c}")[0][0] in ("term", "title")


@pytest.mark.parametrize("marks", MARKS)
def test_abbreviations_do_not_end_the_sentence(marks):
    o, c = marks
    assert list(kit.sentences(frame("U.S. officials met Gen. Omar Bello in Moscow. They left.")).text) == ["U.S. officials met Gen. Omar Bello in Moscow.", "They left."]
    text = f"U.S. officials met Gen. Omar Bello. {o}We are ready,{c} Bello said."
    assert _rows(text) == [("direct", "We are ready,", "Omar Bello")]
