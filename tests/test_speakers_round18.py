"""Speaker rows of round 18 (issue 22, branch r18speakers): rows readers found wrong, and the rules of English
behind the largest groups of wrong speakers left. The texts are made up. Each rule is tested with a US and a
Russian actor: parallel sentences give parallel rows."""

import pytest
from quote_helpers import checked_quotes


def _rows(text):
    return checked_quotes(text)[["quote", "kind", "speaker"]].values.tolist()


# --- ", who …": the relative pronoun stands for the noun right before it, not the sentence's subject ---

@pytest.mark.parametrize("met, who", [("Ann Lee", "Tom Roe"), ("Sergei Lavrov", "Igor Ivanov")])
def test_who_stands_for_the_noun_before_it(met, who):
    q = checked_quotes(f"{met} met {who}, who called it “a disaster.”")
    assert q[["quote", "speaker", "speaker_text"]].values.tolist() == [["a disaster.", who, "who"]]
    q = checked_quotes(f"{met} met {who}, who said “it is a disaster.”")
    assert q[["speaker", "speaker_text"]].values.tolist() == [[who, "who"]]


@pytest.mark.parametrize("group", ["voters", "deputies"])
def test_a_quotation_inside_a_relative_clause_is_that_clauses_words(group):
    q = checked_quotes(f"The {group}, who called it “a disaster,” rejected the plan.")
    assert q[["quote", "kind", "speaker", "speaker_text", "cue"]].values.tolist() == [
        ["a disaster,", "partial", f"The {group}", "who", "called"]]


@pytest.mark.parametrize("country", ["Mexican", "Russian"])
def test_who_after_a_description_keeps_the_description(country):
    q = checked_quotes(f"Lee heard a lecture from the {country} president, who said the deal was “good for both.”")
    assert q[["speaker", "speaker_text"]].values.tolist() == [[f"the {country} president", "who"]]


def test_which_after_a_thing_still_reads_the_sentence():
    # "the plan, which …": no source right before "which"; the rule before this round decides
    q = checked_quotes("The Pentagon, which has called the plan “a disaster,” met Lee.")
    assert q[["speaker", "speaker_text"]].values.tolist() == [["Pentagon", "which"]]


# --- a reporting verb in the passive with its agent after the quotation: "by X" is the speaker ---

@pytest.mark.parametrize("who, speaker", [("Washington", "US government"), ("Moscow", "Russian government")])
def test_hailed_as_by_after_the_quotation(who, speaker):
    q = checked_quotes(f"The truce, hailed as a “breakthrough” by {who}, began on Monday.")
    assert q[["quote", "kind", "speaker", "speaker_text"]].values.tolist() == [
        ["breakthrough", "partial", speaker, who]]


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_dubbed_after_a_comma_by_after_the_quotation(who):
    q = checked_quotes(f"The plan, dubbed “a farce” by {who}, failed.")
    assert q[["quote", "speaker"]].values.tolist() == [["a farce", who]]


@pytest.mark.parametrize("critics", ["critics", "Kremlin critics", "Pentagon critics"])
def test_called_in_the_passive_by_critics_is_someones_words(critics):
    q = checked_quotes(f"The plan was called “reckless” by {critics}.")
    assert q[["quote", "kind", "speaker"]].values.tolist() == [["reckless", "partial", critics]]


def test_a_name_given_in_the_passive_stays_a_name():
    assert _rows("The plan was called “Red Dawn” by its authors.")[0][:2] == ["Red Dawn", "term"]
    assert _rows("The plan was called “reckless.”")[0][1] == "term"  # no one named: a word mentioned as a word


def test_a_passive_with_no_agent_still_names_no_one():
    q = checked_quotes("The deal was hailed as a “turning point.”")
    assert q.speaker.isna().all()


# --- people named by their agency are that group, not the government ---

@pytest.mark.parametrize("group", ["US Border Patrol agents", "Kremlin Security Council members", "FBI agents",
                                   "FSB officers"])
def test_people_named_by_their_agency_are_that_group(group):
    q = checked_quotes(f"{group} said the fence was breached.")
    assert q[["speaker", "speaker_type"]].values.tolist() == [[group, "anonymous"]]
    q = checked_quotes(f"“The fence was breached,” {group} said.")
    assert q.speaker.tolist() == [group]


@pytest.mark.parametrize("agency, speaker", [("The Pentagon", "Pentagon"), ("The Kremlin", "Kremlin")])
def test_the_agency_itself_stays_the_agency(agency, speaker):
    assert checked_quotes(f"{agency} said the fence was breached.").speaker.tolist() == [speaker]


# --- a document that "states that" gives the same row as one that "said that" ---

@pytest.mark.parametrize("doc", ["The memo", "The Pentagon memo", "The Kremlin memo", "The law"])
@pytest.mark.parametrize("verb", ["states that", "said that", "notes that", "concludes that", "finds that"])
def test_a_document_that_states_gives_a_row(doc, verb):
    q = checked_quotes(f"{doc} {verb} the base is closed.")
    assert q[["quote", "kind"]].values.tolist() == [["the base is closed", "indirect"]]


def test_states_as_a_noun_reports_nothing():
    assert checked_quotes("The swing states that voted for Lee are closed.").empty
    assert checked_quotes("It is the United States that decides.").empty


# --- an appositive chain: the person, not the paper the description names ---

@pytest.mark.parametrize("who, paper", [("Ann Lee", "The Courier"), ("Olga Petrova", "Izvestia"),
                                        ("Olga Petrova", "The Tver Courier")])
@pytest.mark.parametrize("end", ["said “we will stay.”", "said the base is closed."])
def test_an_appositive_chain_credits_the_person(who, paper, end):
    q = checked_quotes(f"{who}, the editor of the city's paper, {paper}, {end}")
    assert q.speaker.tolist() == [who]


# --- a surname in -ing before a verb of saying is a name; a gerund before "shows" is not ---

@pytest.mark.parametrize("who", ["Schilling", "Fleming", "Dering"])
def test_a_lone_surname_in_ing_is_a_name(who):
    q = checked_quotes(f"{who} told the radio station: “I replied to the post.”")
    assert q[["speaker", "speaker_text"]].values.tolist() == [[who, who]]


def test_a_gerund_subject_is_no_name():
    assert checked_quotes("Polling shows Lee “far ahead.”").speaker.isna().all()
    assert checked_quotes("Nothing said it better than “the road is open.”").speaker.isna().all()


# --- a quotation that opens its sentence right after a short sentence whose subject is a person ---

@pytest.mark.parametrize("who", ["Ann Roe", "Sergei Lavrov"])
@pytest.mark.parametrize("before", ["{who} continued his remarks.", "{who} pressed on.",
                                    "{who} went on, as if he had not heard her."])
def test_a_quotation_after_a_sentence_about_its_speaker(who, before):
    q = checked_quotes(before.format(who=who) + " “Eight years ago she was the favourite.”")
    assert q[["speaker", "speaker_method"]].values.tolist() == [[who, "subject-before"]]


def test_no_guess_after_a_sentence_that_quotes_someone_or_names_no_person():
    q = checked_quotes("Ann Roe said “the road is open.” The bridge was closed. “Eight years ago it was open.”")
    assert q.speaker_method.tolist()[-1] != "subject-before"
    q = checked_quotes("Sergei Lavrov arrived in Paris. “Make America Great Again” hats were on sale.")
    assert q.speaker.isna().all()


# --- "what X has called “…”": a described group or a list of names is X as a single name is ---

@pytest.mark.parametrize("who", ["the critics", "Pentagon officials", "Kremlin officials", "the Times and the Post",
                                 "Izvestia and Kommersant"])
def test_what_a_group_has_called(who):
    q = checked_quotes(f"The fight is over what {who} have called a “fraudulent scheme” in court.")
    assert q[["quote", "kind", "speaker"]].values.tolist() == [["fraudulent scheme", "partial", who]]


def test_what_a_thing_is_called_stays_a_term():
    assert _rows("It is a town that is called “the Crossroads” by no one in particular.")[0][1] == "term"


@pytest.mark.parametrize("who, speaker", [("Democrats", "Democrats"), ("Kremlin critics", "Kremlin critics"),
                                          ("the Pentagon", "Pentagon")])
def test_a_naming_verb_in_the_passive_after_a_dash(who, speaker):
    q = checked_quotes(f"The inquiry — often labeled a “witch hunt” by {who} — goes on.")
    assert q[["quote", "kind", "speaker"]].values.tolist() == [["witch hunt", "partial", speaker]]


# --- "Asked …, X demurred: “…”": the one asked answers; a name inside the question is not the speaker ---

@pytest.mark.parametrize("place, who", [("Iowa", "Ann Roe"), ("Tver", "Sergei Lavrov"), ("Tver", "Lavrov")])
def test_the_one_asked_answers(place, who):
    q = checked_quotes(f"Asked which {place} county was his favorite, {who} demurred: “Whichever one I am in at the moment.”")
    assert q[["speaker", "speaker_text"]].values.tolist() == [[who, who]]


def test_asked_then_a_reporting_verb_is_unchanged():
    q = checked_quotes("Asked about it, Ann Lee said “it is fine.”")
    assert q[["speaker", "cue"]].values.tolist() == [["Ann Lee", "said"]]


@pytest.mark.parametrize("met, group", [("Ann Lee", "voters"), ("Sergei Lavrov", "deputies"),
                                        ("Ann Lee", "local officials")])
def test_who_after_a_plural_noun_is_that_group(met, group):
    q = checked_quotes(f"{met} met {group}, who said it is a disaster.")
    assert q[["quote", "speaker", "speaker_text"]].values.tolist() == [["it is a disaster", group, "who"]]


# --- "commissioner" is a title before a name, as "chief" and "mayor" are ---

@pytest.mark.parametrize("who", ["Ann Lee", "Igor Petrov"])
@pytest.mark.parametrize("role", ["Police Commissioner", "Commissioner"])
def test_a_commissioner_is_the_person_named(role, who):
    q = checked_quotes(f"{role} {who} said the protests were “very peaceful.”")
    assert q[["speaker", "speaker_text"]].values.tolist() == [[who, f"{role} {who}"]]
