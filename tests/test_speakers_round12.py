"""Speaker rules of round 12 (issue 22, branch r12speakers): who said the words, read by English word order.
All texts are made up; each test fails without its rule."""

import pandas as pd
from made_up import speaker_rows as rows

import kit


def test_a_reporting_word_in_a_relative_clause_after_the_quotation_leaves_it_to_the_cue_before():
    # "in a finish that he said …": that "he said" reports the finish, not the quoted words
    got = rows("Ann Lee said last week he was “effectively tied for second place” with Tom Roe, in a finish "
               "that he said defied the polls.")
    assert [(k, t) for _q, k, _s, t, _m in got if k == "partial"] == [("partial", "Ann Lee")]


def test_a_report_set_between_commas_is_the_speaker_of_the_rest_of_the_sentence():
    # "His wife, he says, plans …": what "plans" reports, he reports
    got = rows("Tom Roe left the party in May. His wife, he says, plans to leave the party because of the fight.")
    assert [(k, t) for _q, k, _s, t, _m in got if k == "indirect"] == [("indirect", "he")]
    # also when the reporting word stands right before the aside: "He hoped, he said, that …"
    got = rows("Tom Roe called the paper. He hoped, she said, that the paper would shy away from such reports.")
    assert [(k, t) for _q, k, _s, t, _m in got if k == "indirect"] == [("indirect", "she")]
    # a new clause after the aside keeps its own speaker
    got = rows("The jet was insured for $35 million in 2011, records show, and aviation experts say it is worth less.")
    assert ("indirect", "aviation experts") in [(k, t) for _q, k, _s, t, _m in got]


def test_a_report_that_closes_the_sentence_after_a_new_clause_names_the_speaker():
    # “…,” and donations began …, Gilbert said.: the clause after the quotation does not hide the report
    got = rows("“There is a sense of calm now,” and donations began to pick up again last week, Ann Gilbert said.")
    assert [(k, t) for _q, k, _s, t, _m in got] == [("direct", "Ann Gilbert")]


def test_a_report_in_a_relative_clause_does_not_hide_the_main_report():
    # "Cruz, who says …, said …": both reports are rows, each with its own words
    got = rows("Tom Cruz, who says Roe is attacking him because the polls have tightened, said he would win in Leeds.")
    assert [(q, k, s) for q, k, s, _t, _m in got] == [
        ("Roe is attacking him because the polls have tightened", "indirect", "Tom Cruz"),
        ("he would win in Leeds", "indirect", "Tom Cruz")]


def test_a_subject_the_kit_reads_as_an_organisation_described_by_its_kind_is_the_sentence_subject():
    # "The former secretary of state mocked …, noting": the participle hangs on that subject, not on Roe
    got = rows("The former secretary of state mocked Roe for calling himself the “king of debt,” noting that "
               "Roe’s tax cuts would cause the debt to grow.")
    assert [(k, t) for _q, k, _s, t, _m in got if k == "partial"] == [("partial", "The former secretary of state")]


def test_a_subordinate_clause_after_the_quotation_keeps_its_reporting_word_to_itself():
    # “…” regarding her links while Roe suggests …: Roe's verb opens a clause of its own
    got = rows("Ann Lee accuses Tom Roe of subjecting her to an “artful smear” regarding her links while "
               "Roe suggests she is a captive of the establishment.")
    assert [(k, t) for _q, k, _s, t, _m in got if k == "partial"] == [("partial", "Ann Lee")]


def test_a_name_and_a_verb_after_a_question_mark_end_the_sentence_of_the_quotation():
    # the splitter cuts at “?”; "Hannity pressed." is the rest of that sentence
    got = rows("“Would it be negotiable about the 11 million?” Tom Hannity pressed. “Maybe let some people stay?”")
    assert got[0][1:4:2] == ("direct", "Tom Hannity")
    # not a subject with its own verb: "Her suggestions are redacted."
    got = rows("“So, who?” Her suggestions are redacted.")
    assert not got[0][3]


def test_a_name_after_its_kind_right_before_the_reporting_word_is_the_speaker():
    # "The Israeli newspaper Haaretz noted": the kind, then the name, then the verb
    got = rows('The Israeli newspaper Haaretz noted that "as a matter of policy, officials do not meet them."')
    assert [(k, s) for _q, k, s, _t, _m in got] == [("partial", "Haaretz")]
    # not when a preposition makes the name someone else: "A producer for Yahoo Studios said"
    got = rows("A producer for Yahoo Studios said the show would return in May.")
    assert "Yahoo Studios" not in [s for _q, _k, s, _t, _m in got]


def test_lawmakers_and_economists_are_described_sources():
    # data/word_sets.csv, anonymous_words: lawmakers, legislators, senators, economists, investigators, prosecutors
    got = rows("The two lawmakers, however, argue that “there is precedent for prosecution,” citing a case.")
    assert [(k, s) for _q, k, s, _t, _m in got if k == "partial"] == [("partial", "The two lawmakers")]


def test_according_to_a_survey_by_someone_credits_who_made_it():
    # student 11's own article: "According to a survey by the council, 62 percent …" had no row at all, so
    # trace_claim and figures said the article gave the figure in its own voice
    assert [(k, s) for _q, k, s, _t, _m in rows("According to a survey by the council, 62 percent of parents "
                                                "support the ban.")] == [("indirect", "the council")]
    assert [s for _q, _k, s, _t, _m in rows("According to data from the ministry, 40 schools closed.")] \
        == ["the ministry"]
    # a survey "of" people: the people answered it, they did not make it
    assert [s for _q, _k, s, _t, _m in rows("According to a survey, 62 percent of parents agree.")] == ["a survey"]
    arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
                         "text": ["According to a survey by the council, 62 percent of parents support the ban."]})
    assert kit.trace_claim(arts, "62 percent").attribution.tolist() == ["the council"]


def test_a_capital_opening_the_sentence_on_a_word_for_evidence_is_not_a_person():
    # student 12: "Data from the ministry shows …" was credited to "Data", a named person
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
                                 "text": ["Data from the ministry shows 500 schools closed."]}))
    assert list(zip(q.speaker, q.speaker_type)) == [("the ministry", "organisation")]


def test_a_forum_or_a_society_is_an_organisation():
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [
        "According to a survey by the National Parents Forum, 62 percent of parents agree."]}))
    assert list(zip(q.speaker, q.speaker_type)) == [("National Parents Forum", "organisation")]
