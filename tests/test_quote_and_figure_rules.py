"""Rules found on a student's own article (lesson 06): a sign's words, plural group nouns, refusals to
comment, times of day and units after an adjective. The texts are made up."""

import pytest
from made_up import arts, rows

from kit.quantities import figures
from kit.sourcing import sources


@pytest.mark.parametrize("text, words", [
    ("Many held signs reading “Save our pool”.", "Save our pool"),
    ("Dozens of students waved placards that read “No cuts”.", "No cuts"),
    ("Protesters carried a banner emblazoned with “Hands off our school”.", "Hands off our school"),
    ("Lee wore a T-shirt reading “Vote no,” and left.", "Vote no,"),
])
def test_words_written_on_a_sign_are_not_a_quotation(text, words):
    q = rows(text)
    row = q[q.quote == words].iloc[0]
    assert row.kind == "sign" and row.speaker is None and row.speaker_type == "none"
    assert "written on a thing" in row.note
    assert (q.kind == "direct").sum() == 0
    assert words not in set(sources(arts(text)).example)  # no one is given a voice by a sign


@pytest.mark.parametrize("text, kind", [
    ("The ministry issued a statement reading “We regret the loss.”", "direct"),   # someone's written words
    ("Lee held up a sign and said: “We will not move.”", "direct"),                # a verb of saying
    ("Reading “Hamlet” aloud, Lee said “I love it.”", "direct"),                    # no thing bears the words
])
def test_a_message_or_a_verb_of_saying_keeps_the_quotation(text, kind):
    q = rows(text)
    assert kind in set(q.kind) and "sign" not in set(q.kind)


@pytest.mark.parametrize("text, speaker, kind", [
    ("Opponents of the cut argue that the council rushed the vote.", "Opponents", "anonymous"),
    ("Supporters say the timing was normal.", "Supporters", "anonymous"),
    ("Surveys there show that the vote was rushed.", "Surveys", "document"),  # a document (round 20)
])
def test_a_plural_group_noun_is_a_described_source_not_a_named_person(text, speaker, kind):
    q = rows(text)
    assert q.speaker.tolist() == [speaker] and q.speaker_type.tolist() == [kind]


@pytest.mark.parametrize("text, speaker", [
    ("Tom Jones spoke first. Jones said the road was closed.", "Tom Jones"),
    ("Voters met Roberts on Monday. Roberts said the road was closed.", "Roberts"),  # capitalised mid-sentence
])
def test_a_name_ending_in_s_stays_a_named_person(text, speaker):
    q = rows(text)
    assert q.speaker.tolist() == [speaker] and q.speaker_type.tolist() == ["named person"]


@pytest.mark.parametrize("text", [
    "The mayor’s office did not respond to a request for comment.",
    "The mayor’s office did not respond to requests to comment on the vote.",
    "The ministry declined to comment on the report.",
    "Lee refused to say whether the plant would close.",
    "A spokesman has not yet responded to questions about the vote.",
])
def test_a_refusal_to_comment_is_not_a_quotation(text):
    assert rows(text).empty


@pytest.mark.parametrize("text, quote", [
    ("Lee did not deny that the plant would close.", "the plant would close"),
    ("Lee vowed to keep the plant open.", "to keep the plant open"),
    ("Lee refused to endorse the plan.", "to endorse the plan"),  # a refusal to act, not to comment
])
def test_a_negated_or_to_clause_with_reported_words_stays(text, quote):
    assert rows(text).quote.tolist() == [quote]


def test_a_request_not_to_be_named_reports_no_words_and_hides_no_other_report():
    text = "One father, who asked not to be named, said his daughter had learned to code at the centre."
    q = rows(text)
    assert q.quote.tolist() == ["his daughter had learned to code at the centre"]
    assert q.speaker.tolist() == ["One father"]


def figure_rows(text):
    f = figures(arts(text))
    for r in f.itertuples():
        assert text[r.start:r.end] == r.number and text[r.phrase_start:r.phrase_end] == r.phrase
    return f


def test_a_time_of_day_is_one_figure_and_not_an_amount():
    f = figure_rows("The vote took place after 11 p.m. and ended at 9:30 am, or 23:15 in Paris.")
    assert f[["phrase", "kind", "amount"]].values.tolist() == [
        ["11 p.m.", "time", False], ["9:30 am", "time", False], ["23:15", "time", False]]


@pytest.mark.parametrize("text, phrase", [
    ("The centre serves about 300 young people every week.", "about 300 young people"),
    ("The city faces a shortfall of $2.3 million next year.", "$2.3 million"),
    ("Some 50 trucks left the city.", "Some 50 trucks"),
    ("Police said 5 armed men and 20 children were inside.", "5 armed men"),
    ("Officials counted 40 trucks left behind.", "40 trucks"),
])
def test_the_unit_is_the_noun_after_the_number(text, phrase):
    assert figure_rows(text).phrase.iloc[0] == phrase


@pytest.mark.parametrize("text, speaker", [
    ("“I come here every day,” said 15-year-old Jamal Reed.", "Jamal Reed"),
    ("“It is over,” said a 15-year-old student.", "a 15-year-old student"),
])
def test_an_age_before_a_name_or_a_description_keeps_the_speaker(text, speaker):
    """Second student reviewer's own article: "said 15-year-old Jamal" gave no speaker."""
    assert rows(text).speaker.tolist() == [speaker]


def test_dates_outside_the_reported_words_and_a_speakers_age_are_the_writers():
    """Teachers and a student reviewer: 'Monday' credited to Mattis ("told reporters Monday that …"),
    '16' to the 16-year-old speaker. A date inside the reported words stays the speaker's."""
    import pandas as pd

    table = pd.DataFrame({"article_id": ["a"], "title": [""], "text": [
        "Lee told reporters Monday that 300 people left the town. "
        "“We will see,” said 16-year-old Amira Khan. "
        "Kim said the vote on Friday was close."]})
    f = figures(table).set_index("phrase")["attribution"]
    assert f["Monday"] == "" and f["300 people"] == "Lee"
    assert f["16-year-old"] == ""
    assert f["Friday"] == "Kim"


def test_an_age_after_a_name_and_test_scores_are_not_amounts_from_a_source():
    """A student's own article (student 10): "Leo Park, 17," is his age, which the writer gives, and
    "test scores rose" holds no number word; "scores of people" does."""
    text = ("Student council president Leo Park, 17, blasted the vote. A study found that test scores rose. "
            "Scores of people came.")
    f = figures(arts(text))
    found = {r.number: (r.kind, bool(r.amount), r.attribution) for r in f.itertuples()}
    assert found["17"] == ("age", False, "")
    assert "scores" not in found and found["Scores"][0] == "number word"
