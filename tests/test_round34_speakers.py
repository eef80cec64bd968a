"""Round 34 (issue 22, branch r34spk): a quotation set out as a paragraph of its own goes on from the short sentence
that ends the paragraph before ("Lavrov continued his remarks." then, alone, "“Eight years ago …”"). Made-up sentences
only (none from the corpora); each case has its mirror on the other side (Mattis / Lavrov, the Pentagon / the Kremlin)."""

import pytest
from quote_helpers import checked_quotes


def _rows(text):
    table = checked_quotes(text)
    return [(r[0], r[1], r[2]) for r in table[["quote", "speaker", "speaker_method"]].values.tolist()]


# --- the short sentence that ends the paragraph before names the speaker -------------------------------------------

@pytest.mark.parametrize("body, name", [("The Pentagon", "Jim Mattis"), ("The Kremlin", "Sergei Lavrov")])
def test_a_quotation_paragraph_goes_on_from_the_subject_of_the_paragraph_before(body, name):
    # on 8e4a9c7 the quotation had no speaker: the guess stopped at the paragraph's edge
    text = f"{body} spoke on Monday.\n\n{name} continued his remarks.\n\n“Eight years ago the plan failed.”"
    assert _rows(text) == [("Eight years ago the plan failed.", name, "subject-before")]


@pytest.mark.parametrize("name", ["Jim Mattis", "Sergei Lavrov"])
def test_a_pronoun_that_ends_the_paragraph_before_is_linked_to_the_name(name):
    # on 8e4a9c7: no speaker
    text = f"The talks ended.\n\n{name} spoke first.\n\nHe paused.\n\n“We will stay. The talks go on.”"
    assert _rows(text) == [("We will stay. The talks go on.", name, "pronoun")]


# --- where the guess stops -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Jim Mattis", "Sergei Lavrov"])
def test_a_paragraph_between_stops_the_guess(name):
    text = f"{name} continued his remarks.\n\nThe hall was quiet.\n\n“Eight years ago the plan failed.”"
    assert _rows(text)[0][1:] == (None, "none")


@pytest.mark.parametrize("name", ["Jim Mattis", "Sergei Lavrov"])
def test_another_sentence_after_the_subject_stops_the_guess(name):
    # the paragraph before ends with a sentence whose subject is not a person: whose words follow is not clear
    text = f"{name} continued his remarks. The hall was quiet.\n\n“Eight years ago the plan failed.”"
    assert _rows(text)[0][1:] == (None, "none")


@pytest.mark.parametrize("name", ["Jim Mattis", "Sergei Lavrov"])
def test_words_before_the_quotation_in_its_own_paragraph_stop_the_guess(name):
    # the quotation does not open its paragraph: the sentence it is in starts with the writer's words
    text = f"{name} continued his remarks.\n\nThe hall was quiet. “Eight years ago the plan failed.”"
    assert _rows(text)[-1][1:] == (None, "none")


# --- a report that closes the sentence gives the words; "according to" after the speaker does not -------------------

@pytest.mark.parametrize("name, outlet", [("Jim Mattis", "CNN"), ("Sergei Lavrov", "TASS")])
def test_a_closing_report_after_a_participle_gives_the_words(name, outlet):
    # on 8e4a9c7 the speaker of "saying" was named, though the sentence closes with the outlet's report, as
    # "Lee said, “We stay,” CNN reported." already gave CNN
    text = f"{name} welcomed the news, saying the truce was “the right thing,” suggesting he might visit, {outlet} reported."
    assert _rows(text)[0][:2] == ("the right thing,", outlet)


@pytest.mark.parametrize("name, source", [("Jim Mattis", "a pool report"), ("Sergei Lavrov", "TASS")])
def test_according_to_after_the_speaker_leaves_the_words_to_the_speaker(name, source):
    # kept on purpose since round 17: the words in quotation marks are the speaker's
    text = f"“We will stay,” {name} said, according to {source}. “The talks go on.”"
    assert _rows(text) == [("We will stay,", name, "named"), ("The talks go on.", name, "continuation")]


@pytest.mark.parametrize("name", ["Jim Mattis", "Sergei Lavrov"])
def test_a_speaker_with_no_closing_report_keeps_the_words(name):
    assert _rows(f"“We will stay,” {name} said on Monday.") == [("We will stay,", name, "named")]
    assert _rows(f"“We will stay,” {name} told reporters, adding that the talks go on.")[0][:2] == ("We will stay,", name)


# --- a sentence that opens with "According to X," is X's account when it names no one else -------------------------

@pytest.mark.parametrize("source", ["CNN", "TASS"])
def test_according_to_at_the_start_gives_words_no_one_else_is_named_for(source):
    # on 8e4a9c7 no speaker: "were told" names no one, and the sentence is the source's account
    assert _rows(f"According to {source}, the troops were told, “Stay home.”") == [("Stay home.", source, "named")]


@pytest.mark.parametrize("name, source", [("Jim Mattis", "CNN"), ("Sergei Lavrov", "TASS")])
def test_according_to_at_the_start_leaves_a_named_speaker_the_words(name, source):
    assert _rows(f"According to {source}, {name} called the plan “a farce.”")[0][:2] == ("a farce.", name)
    assert _rows(f"{name}, according to {source}, called the plan “a farce.”")[0][:2] == ("a farce.", name)
