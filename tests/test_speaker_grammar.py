"""Speaker rules that follow English word order (issue 22, branch r4detect): the reported clause,
the subject between a quotation and its reporting word, names of shows, participles, passives and
headline colons. All texts are made up."""

import pandas as pd
import pytest

import kit


def rows(text):
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    return [(r.quote, r.kind, r.speaker if isinstance(r.speaker, str) else None, r.speaker_method)
            for r in q.itertuples()]


def test_quoted_words_inside_a_report_are_the_reporters_words():
    got = rows("For his part, Bush tweeted Monday that Roe is a “loser,” a “liar” and a “whiner.” Then he left.")
    assert [(q, k, s) for q, k, s, _m in got] == [("loser,", "partial", "Bush"), ("liar", "partial", "Bush"),
                                                  ("whiner.", "partial", "Bush")]
    assert got[1][3] == "reported-clause"


def test_the_writers_distance_and_a_new_predicate_end_the_report():
    assert rows("Lee said the so-called “rebels” had left.")[0][1:3] == ("scare", None)
    got = rows("It ignores statements by officials vowing to “annihilate” the group and debunks the greatest "
               "“fake news” story of the year.")
    assert got[-1][:3] == ("fake news", "scare", None)


def test_the_words_between_a_quotation_and_its_reporting_word_are_its_subject():
    got = rows("The probe is old. “The simple truth is that the facts have not changed, and we object,” "
               "a spokesman for committee Democrats said. A Republican aide disagreed.")
    assert got[0][2] == "a spokesman for committee Democrats"
    got = rows("He lost his job. “The noise has caused harm to us and to our clients,” MWW said in a statement.")
    assert got[0][2] == "MWW"
    # a participle is not a finite verb with a subject before it: the main clause's subject speaks
    got = rows("Lee called it a “ridiculous proposition,” adding that the person who leads must go.")
    assert got[0][2] == "Lee"


def test_a_sentence_that_is_only_who_spoke_goes_with_the_quotation_before():
    got = rows("“We did it at last.” Ann Lee said. “We won.” Roe said the plan had failed.")
    assert got[0][:3] == ("We did it at last.", "direct", "Ann Lee")
    # "Roe said the plan had failed" is a report of its own, not the speaker line of “We won.”
    assert ("the plan had failed", "indirect", "Roe") in [r[:3] for r in got]


def test_the_name_of_a_show_is_a_title_not_a_quotation():
    got = rows("“It is over,” Lee said on NBC’s “Meet the Press.” Roe called the plan a “Total Disaster.”")
    kinds = {q: (k, s) for q, k, s, _m in got}
    assert kinds["Meet the Press."] == ("title", None)
    assert kinds["It is over,"] == ("direct", "Lee")
    assert kinds["Total Disaster."][0] != "title"  # a name a person gives is their words, not a show


def test_a_passive_reporting_verb_names_no_speaker():
    got = rows("Sanders was asked to name a single decision. Aides were told by Lee that the plan was dead.")
    assert not any(s == "Sanders" for _q, _k, s, _m in got)
    assert ("the plan was dead", "indirect", "Lee") in [r[:3] for r in got]
    got = rows("The IS said the war was over.")
    assert got and got[0][1] == "indirect"  # "IS" in capitals is a name, not "is"


def test_a_headline_colon_gives_a_short_quotation_its_speaker():
    got = rows("Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business. Saturday at the convention.")
    assert got[0][1:3] == ("partial", "Elizabeth Warren")


def test_a_reporting_word_after_the_last_quotation_goes_with_the_ones_before():
    got = rows("Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, "
               "the former governor, proclaimed to a crowd.")
    assert [s for _q, _k, s, _m in got] == ["Howard Dean", "Howard Dean"]
    # a reporting word of its own between the two quotations ends the first one's sentence part
    got = rows("Roe said it was “a crisis” but Lee argued that “it will pass,” the mayor added.")
    assert got[0][2] == "Roe"


def test_a_described_source_with_a_phrase_after_its_noun():
    got = rows("A spokesman for the buyer said there was a commitment “to making this a showcase for the island.”")
    assert got[0][2] == "A spokesman for the buyer"
    # a noun that names no person, group or message is not a source: "the fight in Nevada showed …"
    got = rows("The fight in Nevada showed that the race was close.")
    assert not any(s and s.startswith("The fight") for _q, _k, s, _m in got)


def test_a_subject_with_a_description_between_commas_after_the_quotation():
    got = rows("“If Reagan had gone with Kemp, I would have been sitting in Siberia,” Mr. Daniloff, now 81 and "
               "retired in Cambridge, Mass., said by telephone this week.")
    assert got[0][2] == "Mr. Daniloff"


def test_a_verb_then_its_subject_after_the_quotation():
    got = rows("Planes filled the skies. “America is great! Trump is awful,” read one. The crowd cheered.")
    assert got[0][2:] == ("one", "subject-after")
    got = rows("“Donald is an amazing leader,” said the 46-year-old.")
    assert got[0][2] == "the 46-year-old"  # the full stop ends the sentence, not the speaker


@pytest.mark.parametrize("text, kind", [
    ("Mayor Ann Roe says “the bridge will open by the spring.”", "direct"),      # the clause said, whole
    ("Roe wrote “nobody told the council about the delay.”", "direct"),
    ("Roe added “we will keep the library open on Sundays.”", "direct"),
    ("Roe asked “the council to explain the delay.”", "partial"),                 # asked + an infinitive
    ("Roe said the bridge would open “by the spring at the latest.”", "partial"),  # inside the writer's clause
])
def test_a_quotation_right_after_a_verb_of_saying_that_ends_the_sentence_is_whole(text, kind):
    got = rows(text)
    assert [k for _q, k, _s, _m in got] == [kind]
