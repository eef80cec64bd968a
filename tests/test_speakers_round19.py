"""Speaker rows of round 19 (issue 22, branch r19spk): rules of English behind groups of wrong speakers. The
texts are made up. Each rule is tested with parallel actors (a US, a Russian, a Chinese and a Kenyan actor; a
man and a woman): parallel sentences give parallel rows."""

import pytest
from quote_helpers import checked_quotes

#: (a person, the same person's country words) side by side: every rule gives each the same row.
PEOPLE = [("Ann Lee", "US"), ("Tom Roe", "US"), ("Sergei Lavrov", "Russian"), ("Maria Zakharova", "Russian"),
          ("Wang Yi", "Chinese"), ("Hua Chunying", "Chinese"), ("Raila Odinga", "Kenyan"),
          ("Martha Karua", "Kenyan")]


def _rows(text):
    return checked_quotes(text)[["quote", "speaker", "speaker_text"]].values.tolist()


# --- a hyphen with spaces around it is a dash: the clause after it has its own subject ---

@pytest.mark.parametrize("dash", [" - ", " -- ", " — "])
@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_spaced_hyphen_is_a_dash_before_a_new_clause(dash, who, country):
    text = f"The {country} vote was close{dash}{who} said the rival had “no backing” at home."
    assert _rows(text) == [["no backing", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_hyphen_inside_a_word_is_no_dash(who, country):
    text = f"The pro-{country} bloc met. {who} said the rival had “no backing” at home."
    assert _rows(text) == [["no backing", who, who]]


# --- an aside between two dashes before the reporting verb: the subject is before it, as with commas ---

@pytest.mark.parametrize("dash", [" - ", " -- ", " — "])
@pytest.mark.parametrize("who, country", PEOPLE)
def test_who_between_dashes_is_not_the_subject_of_the_main_verb(dash, who, country):
    text = f"{who}{dash}who met {country} aides on Monday{dash}said the talks were “a waste of time.”"
    assert _rows(text) == [["a waste of time.", who, who]]
    commas = f"{who}, who met {country} aides on Monday, said the talks were “a waste of time.”"
    assert _rows(commas) == _rows(text)


@pytest.mark.parametrize("dash", [" -- ", " — "])
@pytest.mark.parametrize("who, country", PEOPLE)
def test_an_aside_between_dashes_keeps_the_indirect_row(dash, who, country):
    text = f"The {country} envoy{dash}who has quarrelled with {who} all week{dash}said the talks would resume."
    assert _rows(text) == [["the talks would resume", f"The {country} envoy", f"The {country} envoy"]]


@pytest.mark.parametrize("dash", [" - ", " — "])
@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_name_set_between_dashes_beside_a_description_is_the_speaker(dash, who, country):
    text = f"A retired {country} judge{dash}{who}, who sat on the bench for years{dash}said the law was “a trap.”"
    assert _rows(text) == [["a trap.", who, who]]
    text = f"A retired {country} judge{dash}{who}{dash}said the law was “a trap.”"
    assert _rows(text) == [["a trap.", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_possessive_between_dashes_is_not_the_speaker(who, country):
    text = f"Ann Boyd - {who}’s aide on the {country} desk - told the paper that the plan was “a trap.”"
    assert _rows(text) == [["a trap.", "Ann Boyd", "Ann Boyd"]]


# --- a clause opened by "when", "after" … hangs on the main clause: "saying" belongs to the main subject ---

@pytest.mark.parametrize("other, who", [(PEOPLE[i][0], PEOPLE[i + 1][0]) for i in range(0, len(PEOPLE), 2)]
                         + [(PEOPLE[i + 1][0], PEOPLE[i][0]) for i in range(0, len(PEOPLE), 2)])
def test_saying_takes_the_subject_after_an_opening_when_clause(other, who):
    text = f"When {other} left the hall, {who} refused to predict the result, saying the count was “too early.”"
    assert _rows(text) == [["too early.", who, who]]


@pytest.mark.parametrize("dash", [" - ", " — ", ", "])
@pytest.mark.parametrize("opener", ["When", "After", "Although", "Because", "Once"])
def test_saying_after_an_opening_clause_with_a_pronoun(opener, dash):
    text = f"{opener} she left the hall, he refused to predict the result{dash}only saying the count was “too early.”"
    q = checked_quotes(text)
    assert q[["quote", "speaker_text"]].values.tolist() == [["too early.", "he"]]
    assert q.speaker_start.tolist() == [text.index("he refused")]


# --- a quotation set apart as a paragraph, signed on the next line with a dash and a name ---

@pytest.mark.parametrize("dash", ["- ", "-", "— ", "– "])
@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_signature_on_the_line_under_a_quotation(dash, who, country):
    text = f"The {country} debate ran late.\n\n“The plan will fail. It costs too much.”\n\n{dash}{who}.\n\nNot quite."
    assert _rows(text) == [["The plan will fail. It costs too much.", who, who]]
    text = f"The debate ran late.\n\n“The plan will fail.”\n\n{dash}{who}, writing after the {country} debate.\n\nNo."
    assert _rows(text) == [["The plan will fail.", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_line_under_a_quotation_inside_a_paragraph_signs_nothing(who, country):
    # the quotation is not a paragraph of its own: its sentence already names who spoke
    text = f"Ann Boyd told the {country} press: “The plan will fail.”\n\n- {who}.\n\nNot quite."
    assert _rows(text) == [["The plan will fail.", "Ann Boyd", "Ann Boyd"]]
    text = f"The {country} debate ran late.\n\n“The plan will fail.”\n\n- And then {who} spoke."
    assert _rows(text) == [["The plan will fail.", None, ""]]


# --- an "it" that stands for nothing ("It has not helped that …") is no speaker: the clause after "that" is ---

@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_dummy_it_gives_way_to_the_subject_after_that(who, country):
    text = f"It did not help that {who} kept changing mottos, from “bread first” to “homes for all.”"
    assert _rows(text) == [["bread first", who, who], ["homes for all.", who, who]]
    text = f"It is clear that the {country} ministry kept changing mottos, from “bread first” to “homes for all.”"
    assert _rows(text) == [["bread first", f"the {country} ministry", f"the {country} ministry"],
                           ["homes for all.", f"the {country} ministry", f"the {country} ministry"]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_dummy_it_without_a_clause_names_no_one(who, country):
    text = f"It was the best part of the {country} play: a song in which a farmer begs the rain to “come home.”"
    assert _rows(text) == [["come home.", None, ""]]


# --- a reporting verb after "and"/"but" with no subject of its own shares the subject of the verb before ---

@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_verb_after_and_shares_the_subject_not_the_object(who, country):
    text = f"The mood changed when {who} mocked the “tired” {country} budget and praised the “bold” tax plan."
    assert _rows(text) == [["tired", who, who], ["bold", who, who]]
    text = f"{who}, writing in a {country} weekly, called Ann Boyd a “coward” and said her plan was “a gift to smugglers.”"
    assert _rows(text) == [["coward", who, who], ["a gift to smugglers.", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_name_after_did_not_mention_is_an_object(who, country):
    text = f"{who}, who was visiting {country} farmers, did not name Ann Boyd, but told the crowd that the valley " \
           "needed “clean water first.”"
    assert _rows(text) == [["clean water first.", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_verb_after_and_is_not_given_to_a_name_inside_what_was_said(who, country):
    text = f"{who}, touring the {country} coast, said Ann Boyd was at fault over the floods and accused her of " \
           "“sleeping at the wheel.”"
    assert _rows(text)[-1] == ["sleeping at the wheel.", who, who]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_verb_after_and_shares_an_inverted_subject(who, country):
    text = f"The fine on {who} “was far too small,” said a former {country} official who ran the inquiry and " \
           "described the case as “a slap on the wrist.”"
    rows = _rows(text)
    assert rows[-1] == ["a slap on the wrist.", f"a former {country} official", f"a former {country} official"]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_verb_after_and_in_the_main_clause_after_a_question(who, country):
    text = f"When asked which team she backed in the {country} final, {who} laughed and said, “Whoever wins.”"
    assert _rows(text) == [["Whoever wins.", who, who]]
