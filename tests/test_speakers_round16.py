"""Speaker and content rules of round 16 (issue 22, branch r16speakers). All texts are made up; each test
fails without its rule."""


import pandas as pd
from quote_helpers import quotes_of as _quotes
from quote_helpers import said as _said

from kit.sourcing import checked_articles, prepare_articles
from kit.speech_cues import is_reporting_verb, is_speech_cue


def _article(text):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "example"))[0]


def test_one_judgement_of_a_later_reporting_verb():
    # a negated verb reports no words, but it is still a verb: the "that" after it is its own, not the first one's
    art = _article("The mayor insisted she hadn’t discussed that with anyone.")
    said, discussed = art.cues[:2]
    assert is_speech_cue(art, said) and is_reporting_verb(art, discussed) and not is_speech_cue(art, discussed)
    assert _said("The mayor insisted she hadn’t discussed that with anyone.") == [
        ("she hadn’t discussed that with anyone", "The mayor")]
    # "went on to explain": one report; its "that" opens the words
    assert _said("Ann Lee went on to explain that the fee would rise.") == [("the fee would rise", "Ann Lee")]


def test_that_with_a_joined_not_is_the_subject_of_the_reported_clause():
    # "that wasn’t": a helping verb with "n’t" joined to it follows "that", so "that" is the clause's subject
    assert _said("Ann Lee says that wasn’t the first time.") == [("that wasn’t the first time", "Ann Lee")]


def test_a_described_subject_ends_before_was_forced_to():
    # a reader: "The spokesman for the coalition was forced to" was shown as the speaker
    got = _said("The spokesman for the coalition was forced to admit the strike happened.")
    assert got == [("the strike happened", "The spokesman for the coalition")]
    assert _said("The army was later forced to acknowledge that it left.") == [("it left", "The army")]


def test_while_and_a_participle_reports_for_the_main_subject():
    # a reader: "while claiming" read as a noun ("while the claims"), and the second report of one speaker
    # in a sentence was dropped
    got = _said("The spokesman for the coalition was forced to admit the strike happened, while claiming it hit "
                "only fighters.")
    assert got == [("the strike happened", "The spokesman for the coalition"),
                   ("it hit only fighters", "The spokesman for the coalition")]
    got = _said("Ann Lee admitted the fee was high, while insisting that it was fair.")
    assert got == [("the fee was high", "Ann Lee"), ("it was fair", "Ann Lee")]


def test_a_second_report_after_a_quotation_gets_its_own_row():
    # a reader: a sentence with a quotation gave no row for the report after ", and"
    got = _said("Lee called the plan “unfair”, and a local newspaper reported that 2,000 parents signed a petition.")
    assert got == [("unfair", "Lee"), ("2,000 parents signed a petition", "a local newspaper")]
    got = _said("“It is unfair,” Lee said, and the Daily Echo reported that 2,000 parents signed a petition.")
    assert got[1] == ("2,000 parents signed a petition", "Daily Echo")
    # with no new clause after the quotation there is no second report
    assert len(_said("Lee called the plan “unfair” and then left the hall.")) == 1


def test_a_new_clause_with_a_pronoun_subject_ends_the_first_report():
    # ", but she said …": a new clause with its own subject and reporting word is a second report
    got = _said("Ann Lee said the fee was fair, but she said the council would vote on it.")
    assert got == [("the fee was fair", "Ann Lee"), ("the council would vote on it", "Ann Lee")]
    # a report that closes the sentence reports every clause before it
    got = _said("The council raised the fee, and it cited rising costs, officials said.")
    assert got == [("The council raised the fee, and it cited rising costs", "officials")]


def test_a_report_in_a_noun_credits_who_made_it():
    # a reader: the words after "that" were credited to no one
    got = _said("The charges by Iran, Russia and the Syrian government that the base shelters fighters were denied.")
    assert got == [("the base shelters fighters", "Iran, Russia and the Syrian government")]
    q = _quotes("Claims from local officials that the water was safe were later withdrawn.")
    assert list(q["speaker"]) == ["local officials"] and list(q["cue"]) == ["Claims"]
    assert "reported in a noun" in q["note"].iloc[0]
    # the noun, not the verb before it, owns the "that": the words are the US's, not Iran's
    assert _said("Iran rejected the charges by the US that the base shelters fighters.")[0][0] == \
        "the base shelters fighters"
    assert _said("Iran rejected the charges by the US that the base shelters fighters.")[0][1] != "Iranian government"
    # a time is not a source
    assert all(s != "the start" for _q, s in _said("He repeated claims from the start that he won."))


def test_a_teachers_report_noun_takes_effect(own_data):
    # report_nouns is a word set a teacher can edit
    text = "Rumblings from local officials that the water was safe were later withdrawn."
    assert _said(text) == []
    with open(own_data / "word_sets.csv", "a", encoding="utf-8") as fh:
        fh.write("report_nouns,rumblings\n")
    assert _said(text) == [("the water was safe", "local officials")]


def test_a_phrase_with_a_preposition_before_the_verb_is_not_the_subject():
    # "for example" stood between the subject and "said": the kit took the name after "said"
    got = _said("Tom Roe, the chairman of the Leeds party, for example, said Ann Lee was hurting her cause.")
    assert got == [("Ann Lee was hurting her cause", "Tom Roe")]


def test_one_name_of_a_list_does_not_close_the_sentence():
    # "…, Kim, Ann and Bo had mentioned it": Ann is one of three, not the speaker of the whole sentence
    got = _said("Lee spoke first. He said the Courier had reported that Roe was leaving and that Kim, Ann and Bo had "
                "mentioned it.")
    assert got and all(s != "Ann" for _q, s in got)


def test_a_list_of_sources_as_the_subject_is_the_speaker():
    # "Iran, Russia and the Syrian government said": all three, not "Russia"
    got = _said("Iran, Russia and the Syrian government said that the base shelters fighters.")
    assert got == [("the base shelters fighters", "Iran, Russia and the Syrian government")]
    assert _said("In Leeds, Ann Lee and Kim Roe said the road is shut.") == [("the road is shut", "Ann Lee and Kim Roe")]
    # not a list: a name with "and" inside it, a place list after "in", a new clause after ", and"
    got = _said("A spokesperson for the Parks and Recreation Department said the pool is shut.")
    assert got[0][1] != "Parks and Recreation Department"
    got = _said("Ann Lee met Tom Roe, and Kim Bell said the pool is shut.")
    assert got[-1][1] == "Kim Bell"
