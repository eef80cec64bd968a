"""What a student reader (student 13, 5 December) found in lesson 06 with an article of their own."""

import pandas as pd

import kit


def quotes_of(text):
    return kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))


def test_a_quoted_remark_is_not_a_nickname_inside_a_name():
    # '… on Monday. "The plan is dead," Lee said.' gave the speaker 'dead," Lee'
    q = quotes_of('Mayor Dana Lee met Ortiz on Monday. "The plan is dead," Lee said.')
    assert q.speaker.tolist() == ["Dana Lee"]
    nick = quotes_of('General James "Mad Dog" Mattis spoke. "We stay," Mattis said.')  # a nickname still joins
    assert nick[nick.kind == "direct"].speaker.tolist() == ["James Mattis"]


def test_a_passive_expectation_with_both_or_also_names_no_speaker():
    # "Lee and Ortiz are both expected to stand" is nobody's reported words, as "Lee is expected to" already was
    text = "Mayor Dana Lee and Ortiz spoke. Lee and Ortiz are both expected to stand for re-election."
    assert quotes_of(text).empty
    assert quotes_of("Mayor Dana Lee spoke. Lee is expected to stand again.").empty


def test_documents_and_records_are_a_source_described():
    q = quotes_of("The park would have cost 2.4 million pounds, according to council documents.")
    assert q.speaker.tolist() == ["council documents"] and q.kind.tolist() == ["indirect"]
    assert quotes_of("Court records show he paid.").speaker.tolist() == ["Court records"]


def test_who_saw_the_documents_is_not_who_speaks_through_them():
    # student 14: "according to council documents seen by this newspaper" had no source at all
    q = quotes_of("Repairs would cost $4.2 million, according to council documents seen by this newspaper.")
    assert q.speaker.tolist() == ["council documents"]
    assert quotes_of("It failed, according to emails obtained by The Intercept.").speaker.tolist() == ["The Intercept"]


def test_an_unanswered_prediction_says_which_cells_to_run():
    from kit import exercises

    detail = str(exercises.check_prediction(..., 14, "direct quotations"))
    assert "run that cell, then this one" in detail and "run the cell again" not in detail


def test_sources_described_alike_get_the_same_note():
    # student 14: 'planning records' said "the source is not named", 'organisers' "described, not named"
    notes = {quotes_of(t).note.item() for t in ["Council officials say the bridge is safe.",
                                                "The bridge is safe, organisers say."]}
    # (round 16b: an indirect row's note also says it is the writer's summary: kit.quote_rows.INDIRECT_NOTE)
    assert {n.split("; ")[-1] for n in notes} == {"the source is described, not named"} and len(notes) == 1
    # round 20: records are a document, as a report is, with the note every document gets
    from kit.quote_rows import DOCUMENT_NOTE

    records = quotes_of("Planning records show the bridge is safe.")
    assert records.note.item() == DOCUMENT_NOTE and records.speaker_type.item() == "document"
