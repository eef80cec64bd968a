"""Speaker rows of round 19b (issue 22, branch r19spk2): rules of English behind speakers a reader found
missing. The texts are made up. Each rule is tested with parallel actors (a US, a Russian, a Chinese and a
Kenyan actor; a man and a woman): parallel sentences give parallel rows."""

import pytest
from quote_helpers import checked_quotes

#: (a person, the same person's country words) side by side: every rule gives each the same row.
PEOPLE = [("Ann Lee", "US"), ("Tom Roe", "US"), ("Sergei Lavrov", "Russian"), ("Maria Zakharova", "Russian"),
          ("Wang Yi", "Chinese"), ("Hua Chunying", "Chinese"), ("Raila Odinga", "Kenyan"),
          ("Martha Karua", "Kenyan")]
#: Country words before a plural or a title (also a US state, as papers write "the Florida senator"). Not yet
#: "Kenyan": until the demonyms of data/word_sets.csv name it (r19rows2), "a Kenyan official" is read as a name.
COUNTRIES = ["US", "Florida", "Russian", "Chinese", "Indian"]


def _rows(text):
    return checked_quotes(text)[["quote", "speaker", "speaker_text"]].values.tolist()


# --- a relative clause without "that": "a move [that] critics slammed" ---

@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("opening", ["The board passed the plan on Monday, a move", "The board passed the plan in a move",
                                     "The board passed the plan, a bold move"])
def test_a_plural_after_a_noun_with_a_opens_a_relative_clause(opening, country):
    text = f"{opening} {country} critics slammed as “a gift to the rich.”"
    assert _rows(text) == [["a gift to the rich.", f"{country} critics", f"{country} critics"]]
    text = f"{opening} critics slammed as “a gift to the rich.”"
    assert _rows(text) == [["a gift to the rich.", "critics", "critics"]]


@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_name_after_a_noun_with_a_is_the_speaker(who, country):
    text = f"The {country} board passed the plan in a move {who} slammed as “a gift to the rich.”"
    assert _rows(text) == [["a gift to the rich.", who, who]]


@pytest.mark.parametrize("subject", ["A few critics", "A dozen aides", "A union leader", "Another critic"])
def test_a_quantity_with_a_is_one_phrase(subject):
    text = f"{subject} called the plan “a gift to the rich.”"
    assert _rows(text) == [["a gift to the rich.", subject, subject]]


# --- the progressive form of a reporting verb reports as the simple form does ---

@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("verb", ["is predicting", "was warning", "has been saying", "is still predicting"])
def test_a_progressive_reporting_verb_gives_the_row(verb, country):
    simple = f"The {country} senator predicts that the treaty will fail."
    assert _rows(simple) == [["the treaty will fail", f"The {country} senator", f"The {country} senator"]]
    text = f"The {country} senator {verb} that the treaty will fail."
    assert _rows(text) == _rows(simple)


@pytest.mark.parametrize("who, _country", PEOPLE)
@pytest.mark.parametrize("verb", ["is predicting", "was warning", "are saying"])
def test_a_progressive_reporting_verb_after_a_name_or_a_plural(verb, who, _country):
    subject = "Officials" if verb.startswith("are") else who
    text = f"{subject} {verb} that the treaty will fail."
    assert _rows(text) == [["the treaty will fail", subject, subject]]


@pytest.mark.parametrize("country", COUNTRIES)
def test_a_plural_after_that_opens_the_relative_clause(country):
    text = f"The board passed the plan in a move that {country} critics slammed as “a gift to the rich.”"
    assert _rows(text) == [["a gift to the rich.", f"{country} critics", f"{country} critics"]]


# --- "was prompted to say": a verb of causing in the passive, then "to" and a reporting verb: she said it ---

@pytest.mark.parametrize("who, country", PEOPLE)
@pytest.mark.parametrize("verb", ["was prompted to say", "was moved to say"])
def test_prompted_to_say_in_a_clause_after_that(verb, who, country):
    text = (f"“We will win,” the {country} envoy said. The talks were so calm that {who} {verb}, "
            f"“So far, I am amazed.”")
    assert _rows(text) == [["We will win,", f"the {country} envoy", f"the {country} envoy"],
                           ["So far, I am amazed.", who, who]]


@pytest.mark.parametrize("country", COUNTRIES)
def test_prompted_to_say_after_a_description(country):
    text = f"The talks were so calm that the {country} envoy was prompted to say, “So far, I am amazed.”"
    assert _rows(text) == [["So far, I am amazed.", f"the {country} envoy", f"the {country} envoy"]]



@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("verb", ["said", "was prompted to say"])
def test_a_description_with_a_country_word_after_that(verb, country):
    text = f"The talks were so calm that the {country} envoy {verb}, “So far, I am amazed.”"
    assert _rows(text) == [["So far, I am amazed.", f"the {country} envoy", f"the {country} envoy"]]


@pytest.mark.parametrize("who, _country", PEOPLE)
def test_an_owner_before_a_plural_after_that_is_not_the_subject(who, _country):
    text = f"Aides were sure that {who}’s children would seek to block the deal."
    assert [r[1] for r in _rows(text)] != [who]


# --- a description set off by commas after the subject describes it: the subject is the name before it ---

@pytest.mark.parametrize("who, country", PEOPLE)
def test_a_description_between_commas_is_not_the_sentence_subject(who, country):
    text = f"{who}, a {country} lawyer, was “a menace to the party.”"
    assert _rows(text) == [["a menace to the party.", who, who]]
    text = f"In May, {who}, the new {country} envoy, was “a menace to the party.”"
    assert _rows(text) == [["a menace to the party.", who, who]]


@pytest.mark.parametrize("country", COUNTRIES)
def test_a_description_as_the_sentence_subject_is_still_found(country):
    text = f"In May, the {country} envoy was “a menace to the party.”"
    assert _rows(text) == [["a menace to the party.", f"the {country} envoy", f"the {country} envoy"]]
