"""Round 22 speaker rules (issue 22), each with made-up sentences (none from the corpora)."""

from __future__ import annotations

import pandas as pd
import pytest

import kit


def rows(text: str) -> list[tuple]:
    arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})
    q = kit.quotes(arts)
    return [(r.quote, r.speaker, r.speaker_text) for r in q.itertuples()]


def speaker_of(text: str, quote: str) -> str | None:
    found = [s for q, s, _t in rows(text) if q.rstrip(",.") == quote]
    assert found, rows(text)
    return found[0]


# ---------------------------------------------------------------- a title or a pronoun that says a woman or a man

FAMILY = "Anna Berg said the plan was bad. Her husband Tom Berg disagreed. "


@pytest.mark.parametrize("tail, who", [
    ("\"It will fail,\" Mrs. Berg said.", "Anna Berg"),   # the teacher's finding
    ("\"It will fail,\" Ms. Berg said.", "Anna Berg"),
    ("\"It will work,\" Mr. Berg said.", "Tom Berg"),
    ("\"It will fail,\" she said.", "Anna Berg"),          # 'she' is not the person called 'her husband'
    ("\"It will work,\" he said.", "Tom Berg"),
])
def test_a_word_for_a_woman_or_a_man_tells_two_people_of_one_name_apart(tail, who):
    assert speaker_of(FAMILY + tail, tail.split('"')[1].rstrip(",")) == who


def test_a_wife_named_in_an_apposition_is_told_apart_too():
    text = ("Carl Dunn opened the shop in May. His wife, Rita Dunn, runs it now. "
            "\"We sell bread,\" Mr. Dunn said. \"And cakes,\" Mrs. Dunn said.")
    assert speaker_of(text, "We sell bread") == "Carl Dunn"
    assert speaker_of(text, "And cakes") == "Rita Dunn"


def test_when_the_text_does_not_say_the_usual_rule_stays():
    # nothing calls either Berg a man or a woman: the one named last before in the paragraph, as before
    text = "Anna Berg said the plan was bad. Tom Berg disagreed. \"It will fail,\" Mrs. Berg said."
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    row = q[q.kind == "direct"].iloc[0]
    assert row.speaker == "Tom Berg" and "named in full earlier in the paragraph" in row.note


def test_the_note_says_why_the_title_chose_the_person():
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
                                 "text": [FAMILY + "\"It will fail,\" Mrs. Berg said."]}))
    note = q[q.kind == "direct"].iloc[0].note
    assert "Mrs. Berg" in note and "Anna Berg" in note and "Tom Berg" in note


def test_one_person_of_the_name_is_never_changed_by_a_title():
    text = "Her husband Tom Berg spoke first. \"It will fail,\" Mrs. Berg said."
    # only one Berg is named in full: the title does not make up another person
    assert speaker_of(text, "It will fail") in ("Tom Berg", "Berg")


def test_the_word_sets_hold_the_words_for_a_man_and_a_woman():
    from kit.wordsets import word_sets

    sets = word_sets()
    assert {"mr.", "husband"} <= sets.man_words and {"mrs.", "ms.", "miss", "wife"} <= sets.woman_words
    assert not sets.man_words & sets.woman_words


# ---------------------------------------------------------------- a person after a role of several words

@pytest.mark.parametrize("text, who", [
    ("“It was his role,” said former Ohio Gov. and party Chairman Ed Rendt.", "Ed Rendt"),
    ("“It was his role,” said former governor and party chairman Ed Rendt.", "Ed Rendt"),
    ("“It was his role,” said former Ohio Gov. and Fenwick National Committee Chairman Ed Rendt.", "Ed Rendt"),
])
def test_two_roles_joined_by_and_before_a_name_after_said(text, who):
    assert speaker_of(text, "It was his role") == who


def test_the_next_quotation_goes_on_with_that_speaker():
    text = ("“It was his role,” said former Ohio Gov. and party Chairman Ed Rendt. "
            "“Where it matters is turnout.”")
    assert speaker_of(text, "Where it matters is turnout") == "Ed Rendt"


def test_two_people_joined_by_and_are_not_one_with_two_roles():
    # two names: a list, the rule of two roles does not make one person of them
    found = speaker_of("“It was his role,” said party boss Tom Lee and Ed Rendt.", "It was his role")
    assert found != "Ed Rendt"


@pytest.mark.parametrize("run, name", [
    ("Fenwick National Committee Chairman Ed Rendt", "Ed Rendt"),
    ("Harbor Valley Campaign Committee Chairman Ed Rendt", "Ed Rendt"),
    ("Senate Majority Leader Ann Lee", "Ann Lee"),
])
def test_a_body_of_several_words_then_a_title_then_a_name_is_a_person(run, name):
    from kit.names import person_name
    from kit.person_names import looks_like_person_keyed
    from kit.wordsets import word_sets

    sets = word_sets()
    assert looks_like_person_keyed(run, sets.key) and person_name(run, sets) == name


@pytest.mark.parametrize("run", ["Fenwick National Committee Chairman Rendt", "Fenwick National Committee"])
def test_a_body_and_a_title_with_one_word_after_it_or_none_is_not_a_person(run):
    from kit.person_names import looks_like_person_keyed
    from kit.wordsets import word_sets

    assert not looks_like_person_keyed(run, word_sets().key)


# ---------------------------------------------------------------- "X stated, “…,” adding, “…”"

@pytest.mark.parametrize("text", [
    "On the late show the day before, Ann Lee stated, “We will win the vote,” adding, “It is close.”",
    "In the town hall on Monday, Ann Lee said, “We will win the vote,” adding, “It is close.”",
])
def test_a_participle_after_a_quotation_shares_the_subject_of_the_verb_before_it(text):
    assert speaker_of(text, "We will win the vote") == "Ann Lee"
    assert speaker_of(text, "It is close") == "Ann Lee"


def test_a_phrase_of_time_before_the_subject_is_no_subordinate_clause():
    # "the day before, she": "before" ends a phrase of time; "she" is still the subject of "stated"
    text = "Ann Lee spoke in May. On the show the day before, she stated, “We will win,” adding, “It is close.”"
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    assert set(q[q.kind == "direct"].speaker_text) == {"she"} and set(q[q.kind == "direct"].speaker) == {"Ann Lee"}


# ---------------------------------------------------------------- a quotation introduced by its own reporting word

@pytest.mark.parametrize("text, quote, who", [
    ("Ann Lee answered Tom Roe with, “Why now? Was that on my way home?” Roe then writes back, “You look fine.”",
     "Why now? Was that on my way home?", "Ann Lee"),
    ("Ann Lee, tired, replied: “What good does it do now?” Her critics cited it for weeks.",
     "What good does it do now?", "Ann Lee"),
])
def test_a_reporting_word_in_the_next_sentence_is_not_the_introduced_quotations(text, quote, who):
    assert speaker_of(text, quote) == who


def test_a_question_with_its_speaker_after_it_keeps_that_speaker():
    assert speaker_of("“Why not?” Ann Lee asked.", "Why not?") == "Ann Lee"


# ---------------------------------------------------------------- "referring to X": X is referred to, not a speaker

@pytest.mark.parametrize("text", [
    "Ann Lee also vowed, “We will beat the gangs and we will beat them fast,” referring to the Red Hand Gang.",
    "Ann Lee said the city must act “before the summer,” pointing to the Harbor Safety Board.",
])
def test_the_words_after_an_ing_phrase_are_not_its_speaker(text):
    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))
    assert not q.speaker.isin(["Red Hand Gang", "Harbor Safety Board"]).any()
    assert "Ann Lee" in set(q.speaker)


# ---------------------------------------------------------------- a share of a group as the subject

@pytest.mark.parametrize("text, who", [
    ("About four in 10 town voters say that a mayor must be someone who “shares my values.”",
     "About four in 10 town voters"),
    ("At least half of voters in each town say the two plans are “about right,” though few agree.",
     "At least half of voters in each town"),
    ("Half of the Dover Harbor fishermen said the new rules were unfair.", "Half of the Dover Harbor fishermen"),
    ("Two-thirds of the delegates said the vote was fair.", "Two-thirds of the delegates"),
])
def test_a_share_of_a_group_is_the_speaker_not_its_first_word(text, who):
    found = rows(text)
    assert found and all(s == who for _q, s, _t in found), found


@pytest.mark.parametrize("text, who", [
    ("In a poll by the Dover Echo last month, 38 percent of voters said the mayor should step down.",
     "a poll by the Dover Echo last month"),
    ("In a survey of 500 parents, just 28 percent of parents said they liked the plan.", "a survey of 500 parents"),
])
def test_a_share_from_a_poll_named_before_it_is_the_polls_figure(text, who):
    assert [s for _q, s, _t in rows(text)] == [who]


def test_a_share_after_a_place_keeps_the_share():
    found = rows("In the town, 38 percent of voters said the mayor should step down.")
    assert [s for _q, s, _t in found] == ["38 percent of voters"]


# ---------------------------------------------------------------- "…, according to X." closes the whole sentence

@pytest.mark.parametrize("text, who", [
    ("In fact, city records show the $20,000 that Lee has raised from builders is by far the most of any "
     "candidate, according to the Center for Civic Budgets.", "Center for Civic Budgets"),
    ("Lee told aides that he saw Roe as a real threat, according to someone in attendance.", "someone"),
    ("Lee's aides began to call the charges unfair, according to people close to the campaign.", "people"),
    ("More than 6 in 10 town voters said that the mill does more harm than good, according to early exit polls "
     "reported by the Dover Echo.", "Dover Echo"),
])
def test_a_closing_according_to_gives_the_source_of_the_whole_sentence(text, who):
    found = rows(text)
    assert found and all(s == who for _q, s, _t in found), found


def test_a_closing_according_to_after_a_relative_clause_tells_only_its_fact():
    text = ("His campaign manager, Tim Roe, says it proves the mayor can close the gap, which stood at 263 "
            "on Tuesday, according to the Dover Echo.")
    assert "Tim Roe" in [s for _q, s, _t in rows(text)]


def test_a_direct_quotation_keeps_its_speaker_before_according_to():
    # the words in quotation marks are Lee's; the outlet that reported them stays in the text (round 17)
    text = "“We will stay,” Ann Lee said, according to the Dover Echo."
    assert speaker_of(text, "We will stay") == "Ann Lee"


# ---------------------------------------------------------------- participles and time phrases that open a sentence

@pytest.mark.parametrize("text, who", [
    ("Noting that both Reed and Lee faced strong opposition from the press, Ann Cole put her finger on one side "
     "of the race.", "Ann Cole"),
    ("But noting that Tom Reed had lost twice, Ann Cole said the seat was safe.", "Ann Cole"),
])
def test_a_participle_that_opens_a_sentence_shares_the_main_subject(text, who):
    found = rows(text)
    assert found and all(s == who for _q, s, _t in found), found


def test_a_time_phrase_that_opens_a_sentence_is_not_its_subject():
    text = ("The council members met on Monday. A few minutes later they reversed themselves, opened the doors "
            "and said they will count every vote.")
    assert [t for _q, _s, t in rows(text)] == ["they"]


def test_a_share_written_as_a_word_with_a_hyphen():
    assert [s for _q, s, _t in rows("Sixty-seven percent of voters said they had a poor view of the plan.")] \
        == ["Sixty-seven percent of voters"]


# ---------------------------------------------------------------- "who’ve said"; a verb after "and" in a subordinate clause

@pytest.mark.parametrize("text, who", [
    ("Lee’s only path is to win over the delegates who’ve already said they back Roe to switch sides.",
     "the delegates"),
    ("The mayor met the farmers who'd said they would block the road.", "the farmers"),
])
def test_who_with_a_helping_verb_run_into_it_points_back_to_its_noun(text, who):
    found = rows(text)
    assert [s for _q, s, _t in found] == [who], found


def test_a_verb_after_and_shares_the_subject_of_the_subordinate_clause_before_it():
    text = "That forecast looked right when the rules board report was finalized and denied the change being sought."
    assert [s for _q, s, _t in rows(text)] == ["the rules board report"]


# ---------------------------------------------------------------- a few quoted words inside a colon's sentence; "he's said"

def test_a_few_quoted_words_inside_the_sentence_do_not_cut_the_colons_sentence():
    text = "Another voter said he hoped with his \"whole heart\" that Tom Reed wins: \"That way I can watch the show.\""
    assert speaker_of(text, "That way I can watch the show") == "Another voter"


def test_a_pronoun_with_a_helping_verb_run_into_it_is_the_subject():
    text = "Tom Reed spoke first. They've said the mill will close."
    assert [t for _q, _s, t in rows(text)] == ["They"]
