"""Rules from a teacher's review of the seed articles: a negated reporting verb reports no words, a one-
or two-word quotation inside the writer's sentence is a fragment (or a scare quote), a quoted title is
not a quotation, durations and ranks are not amounts, and side-by-side names of one actor count once.
The texts are made up."""

import pandas as pd
import pytest
from made_up import arts, rows

from kit.segment import quotations
from kit.sourcing import sources


@pytest.mark.parametrize("text", [
    "Lee did not say whether the plant would close.",
    "The council has not made it clear what will happen to the pool.",
    "Roe never claimed that the plant was safe.",
    "The mayor would not say if the road would reopen.",
])
def test_a_negated_reporting_verb_reports_no_words(text):
    assert rows(text).empty


def test_a_word_in_quotation_marks_after_a_negated_verb_is_a_scare_quote():
    q = rows('The town has not made it clear what will happen to the others "leaving" the camp.')
    assert q[["quote", "kind"]].values.tolist() == [["leaving", "scare"]]
    assert q.speaker.isna().all()


@pytest.mark.parametrize("text", [
    "Lee said only that the plan was ready.",
    "Lee did not only say that the plan was ready, she showed it.",
])
def test_a_reporting_verb_that_is_not_negated_still_reports(text):
    assert len(rows(text)) == 1


def test_a_denial_after_not_still_reports_something():
    assert rows("Lee did not deny that the plant would close.").quote.tolist() == ["the plant would close"]


def test_one_or_two_quoted_words_in_the_writers_sentence_are_a_fragment_not_a_direct_quotation():
    text = "Leading officials vowed to “annihilate” the group. Lee called the plan a “total disaster” on Monday."
    q = rows(text)
    assert q[["quote", "kind"]].values.tolist() == [["annihilate", "partial"], ["total disaster", "partial"]]
    assert q.speaker.tolist() == ["Leading officials", "Lee"]
    assert q.note.str.contains("partial").all()
    s = sources(arts(text))
    assert s.n_direct.sum() == 0 and s.n_quotes.sum() == 0


@pytest.mark.parametrize("text", ["“Never,” Lee said.", "Lee said: “No.”", "Lee said, “Not now.”",
                                  "As Lee left, Lee yelled “Stay there!”", "Lee ended the list by saying “Too many.”"])
def test_a_short_quotation_that_stands_alone_is_still_direct(text):
    q = rows(text)
    assert q.kind.tolist() == ["direct"] and q.speaker.tolist() == ["Lee"]


@pytest.mark.parametrize("text", [
    "An investigative report by the BBC titled “Raqqa’s dirty secret” has confirmed the charges.",
    "The BBC documentary “Dirty Secret” was shown on Monday.",
    "An article headlined “Convoy leaves” ran in the Times.",
])
def test_a_quoted_title_is_not_one_of_the_sources_quotations(text):
    q = rows(text)
    assert q.kind.tolist() == ["title"]
    s = sources(arts(text))
    assert s.n_quotes.sum() == 0 and s.n_direct.sum() == 0 and s.n_indirect.sum() == 0


def figure_rows(text):
    from kit.quantities import figures

    f = figures(arts(text))
    for r in f.itertuples():
        assert text[r.start:r.end] == r.number and text[r.phrase_start:r.phrase_end] == r.phrase
    return f


@pytest.mark.parametrize("text, phrase, kind", [
    ("It was the war between the world’s two largest powers.", "two largest powers", "rank"),
    ("The SDF has since captured two of the largest oil fields.", "two of the largest", "rank"),
    ("The war began over five years ago.", "over five years", "duration"),
    ("It ended the 8 year proxy war.", "8 year", "duration"),
    ("The siege lasted 3 days.", "3 days", "duration"),
])
def test_ranks_and_durations_are_not_amounts(text, phrase, kind):
    f = figure_rows(text)
    assert f[["phrase", "kind", "amount"]].values.tolist() == [[phrase, kind, False]]


@pytest.mark.parametrize("text, phrase, unit", [
    ("The convoy had more than 100 of the Islamic State group’s own vehicles.",
     "more than 100 of the Islamic State group’s own vehicles", "vehicles"),
    ("Some 750 of the militants left.", "Some 750 of the militants", "militants"),
])
def test_an_owner_after_of_the_leads_to_the_unit(text, phrase, unit):
    f = figure_rows(text)
    assert f[["phrase", "unit", "amount"]].values.tolist() == [[phrase, unit, True]]


def test_names_of_one_actor_side_by_side_count_once():
    from kit.concepts import concept_hits
    from kit.framing import naming

    text = "The coalition fights Daesh terrorists. Daesh left. The terrorists fled. ISIS and the US met."
    hits = [(text[s:e], entry[1]) for s, e, entry in concept_hits(text) if entry[0] == "ISIS"]
    assert hits == [("Daesh terrorists", "Daesh terrorists"), ("Daesh", "Daesh"), ("terrorists", "terrorists"),
                    ("ISIS", "ISIS")]
    t = naming(pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": [""], "text": [text]}))
    counts = t[(t.concept == "ISIS") & (t["count"] > 0)].set_index("surface")["count"].to_dict()
    assert counts == {"Daesh": 1, "Daesh terrorists": 1, "terrorists": 1, "ISIS": 1}
    note = t.set_index("surface").loc["Daesh terrorists", "note"]
    assert note.startswith("names side by side") and "terrorists: a label" in note


@pytest.mark.parametrize("text, title", [
    ("Maria Lopez said in an interview with “Morning Report Live” that the vote was close.", "Morning Report Live"),
    ("The group released a Web ad, “Keep the Park Open,” on Friday.", "Keep the Park Open,"),
    ("“The Long Harbour” star Sam Reid spoke at the rally on Monday.", "The Long Harbour"),
    ("“River Towns in Winter,” by the Courier's Ann Roe, ran on the front page.", "River Towns in Winter,"),
    ("Reid told the podcast “Small Town Big Ideas” that he would run.", "Small Town Big Ideas"),
    ("In her memoir, “Hard Roads Home,” she wrote about the war.", "Hard Roads Home,"),
    ("The film, “12 Days in May,” is based on his book, he said.", "12 Days in May,"),
])
def test_a_work_named_in_title_case_is_a_title_even_with_a_reporting_word(text, title):
    q = rows(text)
    got = q[q.quote == title]
    assert got.kind.tolist() == ["title"] and got.speaker.isna().all()
    seen = {text[x["start"]:x["end"]]: x["kind"] for x in quotations(text)}  # what kit.annotate reads too
    assert seen[title] == "title"


@pytest.mark.parametrize("text", [
    "“Make It Right,” Lee said on Monday.",                        # title case, but said, no sign of a work
    "Lee praised the “Spirit of the Town” and left.",              # a name used in the writer's sentence
    "“We will not leave,” Lee told Channel 4’s reporters on Monday.",  # not in title case
    "Lee Says ‘We Will Stay’ As Talks Go On",                      # a headline: every word has a capital
])
def test_words_in_title_case_without_a_sign_of_a_work_are_not_a_title(text):
    kinds = rows(text).kind.tolist()
    assert kinds and "title" not in kinds  # the quotation is found, as something other than a title
