"""Attribution cues, round 15 (issue 22): one made-up example per change, a case it must not flag beside it.

Every sentence here is made up.
"""

import shutil

import pytest

import kit
from kit.annotation import annotate, explain
from kit.context import load_context_rules


def cues(text):
    """(text, rule) of the attribution flags."""
    spans = annotate(text, categories=["attribution"])
    return list(zip(spans.text, spans.rule, strict=True))


def test_suggested_is_a_verb_of_saying_with_or_without_a_clause():
    assert cues("The mayor suggested a new bus lane.") == [("suggested", "word-list")]
    assert cues("Lee suggests raising the fee.") == [("suggests", "word-list")]
    assert cues("Roe has suggested as much.") == [("suggested", "word-list")]
    # an adjective, and an inference drawn from things, report no one's idea
    assert cues("The suggested changes were small.") == []
    assert cues("The evidence suggests a link.") == []


def test_suggested_as_an_adjective_is_explained():
    rules = load_context_rules()
    row = rules[rules["rule"] == "suggested-adjective"].iloc[0]
    assert row["action"] == "drop" and "suggested changes" in row["explanation"]


@pytest.mark.parametrize("text, word", [
    ("Two former coaches vouched for the player.", "vouched for"),
    ("Few analysts foresee a quick deal.", "foresee"),
    ("The plan she envisioned had three stages.", "envisioned"),
    ("The author posits that towns grew around markets.", "posits"),
    ("Roe interjected, “That is not the point.”", "interjected"),
    ("“We won!” Lee exclaimed.", "exclaimed"),
    ("An aide whispered to the senator.", "whispered"),
    ("Columnists opined on the result.", "opined"),
    ("The coach surmised that the team was tired.", "surmised"),
])
def test_new_verbs_of_saying_and_predicting(text, word):
    assert cues(text) == [(word, "word-list")]


def test_the_other_forms_of_listed_phrases():
    assert cues("Lee stood up, making it clear that she would run.") == [("making it clear", "word-list")]
    assert cues("The team is putting out a statement tonight.") == [("putting out a statement", "word-list")]


def test_to_someone_opening_a_sentence_gives_their_view():
    assert cues("To Ms. Kim Roe, the vote is a test of trust.") == [("To", "to-someone")]
    assert cues("To many, the new bridge is a waste.") == [("To", "to-someone")]
    # "to" with a small letter, "To" before a verb or a time word, and "To" inside a title-case headline
    assert cues("She spoke to Lee, then left.") == []
    assert cues("To win, the team needs two goals.") == []
    assert cues("To date, nothing has changed.") == []
    assert cues("Mayor Apologizes To Ann Lee, Again.") == []


def test_to_someone_is_explained_and_gives_no_quotation_row():
    span = annotate("To Lee, the plan is a mistake.", categories=["attribution"]).iloc[0]
    why = str(explain(span))
    assert "rule:to-someone" in why and "view" in why
    # a view, like "sees … as", reports no words: no row in kit.quotes
    assert kit.quotes(kit.article("To Lee, the plan is a mistake.")).empty


@pytest.mark.parametrize("text, line, found", [
    ("To skaters, the park is home.", "anonymous_words,skaters", ("To", "to-someone")),
    ("Weather: Rain Again.\nIt rained on Monday.", "document_nouns,weather", (":", "speaker-colon")),
    ("Skaters are glum about the new park.", "attitude_adjectives,glum", ("glum", "attitude")),  # round 16
])
def test_a_teachers_edit_of_a_word_set_takes_effect_at_once(tmp_path, text, line, found):
    folder = tmp_path / "data"
    shutil.copytree(kit.data_dir(), folder)
    kit.use_data(folder)
    try:
        assert cues(text) == []
        sets = folder / "word_sets.csv"
        sets.write_text(sets.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
        assert cues(text) == [found]
    finally:
        kit.use_data(None)


def test_a_headline_that_names_a_source_and_a_colon():
    text = "Poll: Lee Leads in Ohio.\nA poll of 900 voters was taken on Monday."
    assert cues(text) == [(":", "speaker-colon")]
    assert cues("IG report: The Office Lost Files.\nThe inspector general sent it on Monday.") == [(":", "speaker-colon")]
    why = str(explain(annotate(text, categories=["attribution"]).iloc[0]))
    assert "what a poll found" in why
    # a headline word that is no source, a colon later in a sentence, a long heading
    assert cues("Weather: Rain Again.\nIt rained on Monday.") == []
    assert cues("The vote was close. The report: nothing new.") == []
    assert cues("What the long and winding new report: Nothing.\nIt came out on Monday.") == []


