"""Speaker rows of round 17 (issue 22, branch r17speakers): rows readers found wrong on the seed articles, and
the agent of a passive reporting verb. The texts are made up. Each rule is tested with a US and a Russian actor:
parallel sentences give parallel rows."""

import pytest
from quote_helpers import checked_quotes, frame

import kit
from kit.quote_rows import DOCUMENT_NOTE, INDIRECT_NOTE

# --- a noun of report that is the sentence's subject: its words end before the main verb ---

@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
@pytest.mark.parametrize("verb", ["were denied", "have been rejected", "were later withdrawn"])
def test_noun_report_words_end_before_the_main_verb(who, verb):
    text = f"The claims by {who} that the road is shut {verb}."
    q = checked_quotes(text)
    assert q[["quote", "speaker", "cue"]].values.tolist() == [["the road is shut", who, "claims"]]


# --- a noun of report and its verb get the same tone ---

@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
@pytest.mark.parametrize("noun, verb", [("accusations", "accused"), ("allegations", "alleges"),
                                        ("claims", "claimed"), ("charges", "charged")])
def test_noun_of_report_has_the_tone_of_its_verb(who, noun, verb):
    noun_row = checked_quotes(f"The {noun} by {who} that the base shelters fighters were denied.")
    verb_row = checked_quotes(f"{who} {verb} that the base shelters fighters.")
    assert noun_row.cue.tolist() == [noun] and verb_row.cue.str.split().str[0].tolist() == [verb]
    assert noun_row.cue_tone.tolist() == verb_row.cue_tone.tolist() == ["loaded"]


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_a_reporting_word_listed_with_its_that_reports_a_clause(who):
    q = checked_quotes(f"{who} alleged that the base shelters fighters.")
    assert q[["quote", "speaker", "cue"]].values.tolist() == [["the base shelters fighters", who, "alleged that"]]


def test_a_plain_noun_of_report_stays_neutral():
    q = checked_quotes("The statements by Lavrov that the base shelters fighters were denied.")
    assert q.cue_tone.tolist() == ["neutral"]


# --- an indirect row whose source is a document has a note that fits a document ---

@pytest.mark.parametrize("text, source", [
    ("The report said the road was shut.", "The report"),
    ("A leaked memo said that the plan failed.", "A leaked memo"),
    ("The new study found that the plan failed.", "The new study"),
    ("According to the study, the road was shut.", "the study"),
])
def test_a_document_source_gets_a_document_note(text, source):
    q = checked_quotes(text)
    assert q.speaker_text.tolist() == [source]
    note = q.note.item()
    assert note.startswith(DOCUMENT_NOTE) and INDIRECT_NOTE in note
    assert " he " not in f" {note} " and "what was said" not in note


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_a_person_gets_the_indirect_note_alone(who):
    q = checked_quotes(f"{who} said the road was shut.")
    assert q.note.tolist() == [INDIRECT_NOTE]


# --- a figure is the speaker's own only inside their quoted words ---

@pytest.mark.parametrize("who, country", [("Mattis", "the US"), ("Lavrov", "Russia")])
def test_figure_in_an_indirect_row_is_the_writers_summary(who, country):
    summary = f"{who} said {country} would spend $5 billion over five years on the plan."
    quoted = f"{who} said {country} would spend “$5 billion over five years” on the plan."
    f = kit.figures(frame(summary, quoted))
    assert set(f.attribution) == {who}  # the writer still names who the figure comes from
    for r in f.itertuples():
        if r.article_id == "a0":
            assert not r.in_quote and r.credit.startswith("in the writer's words, not a quotation")
        else:
            assert r.in_quote and r.credit.startswith("inside quotation marks")
        assert f"({who})" in r.credit


def test_figure_in_the_writers_own_voice_has_no_credit():
    f = kit.figures(frame("About 300 trucks crossed the border on Monday."))
    assert set(f.credit) == {""} and set(f.attribution) == {""}


# --- the agent of a passive reporting verb is the speaker, never its subject ---

@pytest.mark.parametrize("text, speaker_text, words", [
    ("Washington urged its allies to back the ruling, a call echoed by Tokyo on Saturday.", "Tokyo", "a call"),
    ("Moscow urged its allies to back the ruling, a call echoed by Minsk on Saturday.", "Minsk", "a call"),
    ("The proposal by Mattis was rejected by 64 percent of the senators.", "64 percent of the senators",
     "The proposal by Mattis"),
    ("The proposal by Lavrov was rejected by two-thirds of the deputies.", "two-thirds of the deputies",
     "The proposal by Lavrov"),
    ("Mattis dismissed the plan, a view endorsed by the 300 delegates in the hall.", "the 300 delegates", "a view"),
    ("Lavrov dismissed the plan, a view endorsed by the 300 delegates in the hall.", "the 300 delegates", "a view"),
    ("The warning was echoed by local officials.", "local officials", "The warning"),
])
def test_passive_reporting_verb_credits_who_acted(text, speaker_text, words):
    q = checked_quotes(text)
    row = q[q.quote == words]
    assert row.speaker_text.tolist() == [speaker_text]
    # "Tokyo" and "Minsk" speak for their governments (round 19b: a government row for every country)
    assert row.speaker_method.item() and row.speaker_type.item() in ("named person", "anonymous", "organisation")


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_passive_with_no_agent_found_credits_no_one(who):
    # "by" names a way, not who acted: the subject of the passive is still not the speaker
    q = checked_quotes(f"The plan by {who} was announced by telephone.")
    assert f"The plan by {who}" not in q.speaker_text.tolist()
