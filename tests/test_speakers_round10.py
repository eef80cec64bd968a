"""Speaker rules of round 10 (issue 22, branch r10speakers): rules of English word order that name
who said the words. All texts are made up; each test fails without its rule."""

import pandas as pd
from made_up import speaker_rows as rows

import kit


def test_a_relative_pronoun_that_is_the_object_leaves_the_subject_after_it():
    # "which officials said …": "which" is what was said about; "officials" said it
    got = rows("The new rules, which officials said will take effect in May, apply to every school.")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("indirect", "officials")]
    got = rows("The town kept its old bridge, which the council says is safe for buses.")
    assert [(k, t) for _q, k, _s, t, _m in got] == [("indirect", "the council")]
    # "which has denied": "which" is the subject, and it stays the words that name the speaker
    got = rows("Lee spoke to the ministry, which has denied that the road was closed.")
    assert got[0][3] == "which"


def test_a_dash_and_a_name_under_a_quotation_sign_it():
    got = rows("The plan failed. “Roads and rail pay no tax at all.” - Ann Lee. This is a complex issue.")
    assert got[0][2:] == ("Ann Lee", "Ann Lee", "signature")
    got = rows("It was late. “We will win this!” —Tom Roe, speaking in Leeds. Then they left.")
    assert got[0][2] == "Tom Roe"
    # a dash inside the writer's sentence is not a signature
    got = rows("The so-called “rebels” – Kurds, mostly – took the town.")
    assert all(m != "signature" for *_rest, m in got)


def test_the_words_between_a_quotation_and_a_verb_that_ends_the_clause_are_its_subject():
    got = rows("“Hi there! Tom Roe may become mayor!” a welcome message on the website reads.")
    assert got[0][2:] == ("a welcome message on the website", "a welcome message on the website", "subject-after")


def test_a_dateline_is_not_the_subject_of_the_first_sentence():
    for dateline in ("Washington (AFP) – Democrat ", "LONDON — ", "LEEDS, England (AP) — "):
        got = rows(dateline + "Ann Lee has taken a swipe at Tom Roe, saying that “bombastic comments” do harm.")
        assert got[0][2].endswith("Ann Lee"), dateline


def test_a_participle_or_a_function_word_opening_the_sentence_is_not_a_name():
    got = rows("Reached by phone on Tuesday, Joyce — who is listed as a lawyer in Leeds — told the paper he "
               "was not planning an appeal.")
    assert got[0][2] == "Joyce"
    got = rows("Asked by reporters if he believed it was the same, Carson said that he did not, but was "
               "referring to the “same kind of attitude.”")
    assert got[0][2] == "Carson"
    got = rows("Informed of the district’s lean, Early described it as “news to me.”")
    assert got[0][2] != "Informed"
    got = rows("Whenever asked about her weaknesses, they shifted topics to how the rivals are reacting.")
    assert all(r[2] != "Whenever" for r in got)


def test_a_role_in_lower_case_between_the_reporting_word_and_the_name():
    got = rows("“It is over,” said master of ceremonies Asab Tabchi, a Syrian engineer.")
    assert got[0][2] == "Asab Tabchi"


def test_often_always_sometimes_stand_between_a_subject_and_its_reporting_word():
    got = rows("It was odd. ''The issue is not that he lacked the years,'' he often says. ''It is his ideas.''")
    assert got[0][3] == "he" and got[0][4] == "pronoun"


def test_a_reporting_word_after_a_comma_and_and_belongs_to_a_new_clause():
    got = rows("Lee, an aide said, “is very confident in the contrast” between them, and since 2008 she has "
               "told the team that she was ready.")
    assert got[0][2] == "an aide"


def test_a_stray_comma_after_a_name_and_its_party():
    got = rows("At the rally, Gov. Ann Lee (R-OH), said, “I’m getting ready to rent a covered wagon.”")
    assert got[0][2] == "Ann Lee"


def test_a_dateline_with_a_date():
    got = rows("LEEDS, June 10 (UPI) — Ann Lee has taken a swipe at Tom Roe, saying that “bombastic comments” do harm.")
    assert got[0][2] == "Ann Lee"


def test_a_quotation_after_a_short_opening_phrase_goes_on_from_the_one_before():
    got = rows("''It's a big moment,'' said Tom Roe, a strategist. Unless rivals quit the race, ''it's very "
               "difficult to see how she is stopped.''")
    assert got[1][2] == "Tom Roe" and got[1][4] == "continuation"
    # a subject and a verb of its own before the comma: not a continuation
    got = rows("''It's a big moment,'' said Tom Roe, a strategist. Ann Lee interjected, ''Not so fast, my friend.''")
    assert got[1][2] != "Tom Roe"


def test_the_subject_before_an_aside_set_off_by_commas():
    got = rows("Lee, during a town hall meeting in Columbus, Ohio, said she was “going to put miners out of work.”")
    assert got[0][2] == "Lee"


def test_q_and_a_labels_name_no_one():
    text = ("Q: What did you find?\n\nA: I think the plan was a mistake from the start.\n\n"
            "Q: And now?\n\nA: We believe that the town will recover.")
    got = rows(text)
    assert [t for _q, k, _s, t, _m in got if k == "indirect"] == ["I", "We"]
    # a name in capitals is a speaker's name: the turn is theirs
    got = rows("TAPPER: What now?\n\nFALLIN: I think the plan was a mistake.\n\nTAPPER: Thanks.")
    assert [t for _q, k, _s, t, _m in got if k == "indirect"] == ["FALLIN"]


def test_a_participle_after_the_reporting_word_hangs_on_it():
    got = rows("As the company's chief executive, Jeff Weiner, put it in his memo to staff explaining the deal, "
               "''Imagine a world where we are no longer looking up at the giants.''")
    assert got[0][2] == "Jeff Weiner"


def test_a_group_and_a_role_before_a_name():
    assert rows("“It is over,” said Blaze co-host Stu Burguiere.")[0][2] == "Stu Burguiere"
    got = rows("Band member Flea shared the news on social media, writing “Feels great to support someone.”")
    assert got[0][2] == "Flea"
    # lower-case words that are not a role do not join two names
    assert rows("“It is over,” Ann told Tom Roe.")[0][2] != "Tom Roe"


def test_a_name_after_and_opens_a_new_clause():
    got = rows("Neither Tom Roe nor Ann Lee has won a state and Cruz strongly suggested they should drop out.")
    assert got[0][2] == "Cruz"
    assert rows("Lee and Roe said the plan was dead.")[0][2] == "Lee and Roe"  # a subject of two names stays whole


def test_said_and_a_name_between_commas_inside_the_sentence():
    got = rows("And Trump, said Sunshine Lee, who remains friendly with him, does not take it well.")
    assert [(k, s) for _q, k, s, _t, _m in got] == [("indirect", "Sunshine Lee")]
    # "said of Cruz": the name after "of" is who the words are about
    got = rows("“He had a lot of supporters here,” Blunt, after a long pause, said of Cruz.")
    assert got[0][2] != "Cruz"


def test_the_subject_before_a_whose_aside():
    assert rows("Mr. Slinker, whose latest start-up, Paradata, uses big data, said “it is fine.”")[0][2] == "Slinker"


def test_a_manner_adverb_before_the_reporting_word_is_not_part_of_the_speaker():
    """Student 10's own article: "some headteachers quietly admitted …" names "some headteachers"."""
    text = "Some teachers say little, and some headteachers quietly admitted they had not been consulted."
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    assert "some headteachers" in q.speaker_text.tolist()
    assert not any(str(s).endswith("quietly") for s in q.speaker_text)
