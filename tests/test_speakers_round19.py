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
    text = f"The {country} talks stalled{dash}{who} said the aide had “zero support” at home."
    assert _rows(text) == [["zero support", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_hyphen_inside_a_word_is_no_dash(who, country):
    text = f"The pro-{country} bloc met. {who} said the aide had “zero support” at home."
    assert _rows(text) == [["zero support", who, who]]


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
    text = f"The {country} envoy{dash}who has been in a row with {who}{dash}said she regretted her remarks."
    assert _rows(text) == [["she regretted her remarks", f"The {country} envoy", f"The {country} envoy"]]


@pytest.mark.parametrize("dash", [" - ", " — "])
@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_name_set_between_dashes_beside_a_description_is_the_speaker(dash, who, country):
    text = f"A former {country} minister{dash}{who}, who lost in 2012{dash}said the plan was “a trap.”"
    assert _rows(text) == [["a trap.", who, who]]
    text = f"A former {country} minister{dash}{who}{dash}said the plan was “a trap.”"
    assert _rows(text) == [["a trap.", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_possessive_between_dashes_is_not_the_speaker(who, country):
    text = f"Ann Boyd - {who}’s aide on the {country} desk - told the paper that the plan was “a trap.”"
    assert _rows(text) == [["a trap.", "Ann Boyd", "Ann Boyd"]]


# --- a clause opened by "when", "after" … hangs on the main clause: "saying" belongs to the main subject ---

@pytest.mark.parametrize("other, who", [(PEOPLE[i][0], PEOPLE[i + 1][0]) for i in range(0, len(PEOPLE), 2)]
                         + [(PEOPLE[i + 1][0], PEOPLE[i][0]) for i in range(0, len(PEOPLE), 2)])
def test_saying_takes_the_subject_after_an_opening_when_clause(other, who):
    text = f"When {other} met the press on Monday, {who} declined to claim victory, saying the vote was “close.”"
    assert _rows(text) == [["close.", who, who]]


@pytest.mark.parametrize("dash", [" - ", " — ", ", "])
@pytest.mark.parametrize("opener", ["When", "After", "Although", "Because", "Once"])
def test_saying_after_an_opening_clause_with_a_pronoun(opener, dash):
    text = f"{opener} she met the press on Monday, he declined to claim victory{dash}only saying the vote was “close.”"
    q = checked_quotes(text)
    assert q[["quote", "speaker_text"]].values.tolist() == [["close.", "he"]]
    assert q.speaker_start.tolist() == [text.index("he declined")]


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
    text = f"It has not helped that {who} has cycled through slogans, from “a new day” to “a fair deal.”"
    assert _rows(text) == [["a new day", who, who], ["a fair deal.", who, who]]
    text = f"It is clear that the {country} ministry has cycled through slogans, from “a new day” to “a fair deal.”"
    assert _rows(text) == [["a new day", f"the {country} ministry", f"the {country} ministry"],
                           ["a fair deal.", f"the {country} ministry", f"the {country} ministry"]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_dummy_it_without_a_clause_names_no_one(who, country):
    text = f"It is the key moment of the {country} film: a scene in which the chief orders his men to “wait.”"
    assert _rows(text) == [["wait.", None, ""]]


# --- a reporting verb after "and"/"but" with no subject of its own shares the subject of the verb before ---

@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_verb_after_and_shares_the_subject_not_the_object(who, country):
    text = f"The effect was clear when {who} lamented the “sad” state of the {country} race and criticized the " \
           "“identity politics” on show."
    assert _rows(text) == [["sad", who, who], ["identity politics", who, who]]
    text = f"{who}, speaking on {country} radio, called Ann Boyd a “blowhard,” and said her remarks were “propaganda.”"
    assert _rows(text) == [["blowhard,", who, who], ["propaganda.", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_name_after_did_not_mention_is_an_object(who, country):
    text = f"{who}, who was speaking to {country} mayors, did not mention Ann Boyd by name, but told city leaders " \
           "that the town should be “governed by law.”"
    assert _rows(text) == [["governed by law.", who, who]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_verb_after_and_is_not_given_to_a_name_inside_what_was_said(who, country):
    text = f"{who}, also campaigning in the {country} north, said Ann Boyd is responsible for the unrest and " \
           "accused her of “stoking anger.”"
    assert _rows(text)[-1] == ["stoking anger.", who, who]


#: "Kenyan", "Mexican", "Nigerian", "Brazilian" are not in the demonyms of data/word_sets.csv (the name finder's
#: list): "a former Kenyan official" reads as a person named "Kenyan", "a former Iranian official" as a description.
_DEMONYM_GAP = pytest.mark.xfail(strict=True, reason="'Kenyan' is missing from the demonyms (data/word_sets.csv)")


@pytest.mark.parametrize("who, country", [pytest.param(w, c, marks=_DEMONYM_GAP) if c == "Kenyan" else (w, c)
                                          for w, c in PEOPLE])
def test_a_verb_after_and_shares_an_inverted_subject(who, country):
    text = f"{who} “was treated so lightly that little can be done,” said a former {country} official who led " \
           "inquiries and described the affair as “a lesser case.”"
    rows = _rows(text)
    assert rows[-1] == ["a lesser case.", f"a former {country} official", f"a former {country} official"]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_verb_after_and_in_the_main_clause_after_a_question(who, country):
    text = f"When asked whom she backed in the {country} race, {who} smiled and said, “I am waiting for Ann Boyd.”"
    assert _rows(text) == [["I am waiting for Ann Boyd.", who, who]]
