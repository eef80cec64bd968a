"""Round 16 of the attribution cues (issue 22): made-up sentences only."""

import pytest
from quote_helpers import quotes_of as _quotes

import kit


@pytest.mark.parametrize("words, cue", [
    ("He went on to indicate that the town would close the bridge.", "indicate"),
    ("She went on to say that the bridge was unsafe.", "say"),
    ("She continued to insist that the bridge was unsafe.", "insist"),
    ("She was forced to admit that the bridge was unsafe.", "admit"),
])
def test_went_on_to_say_is_the_verbs_cue_with_a_pronoun_subject(words, cue):
    q = _quotes("Mayor Ann Lee spoke in Dover on Monday. " + words)
    assert q[["speaker", "cue", "kind"]].values.tolist() == [["Ann Lee", cue, "indirect"]]


def test_went_on_to_is_no_cue_without_a_verb_of_saying():
    text = "Mayor Ann Lee spoke in Dover on Monday. The team went on to win the cup."
    assert len(_quotes(text)) == 0
    assert kit.annotate(text, categories=["attribution"]).empty


def test_continued_after_a_quotation_in_two_single_marks():
    spans = kit.annotate("''The bridge will stay shut,'' Mr. Roe continued. Prices continued to rise.",
                         categories=["attribution"])
    assert spans[["text", "rule"]].values.tolist() == [["continued", "continued-after-quotation"]]


def _cues(text):
    return [tuple(r) for r in kit.annotate(text, categories=["attribution"])[["text", "rule"]].values.tolist()]


@pytest.mark.parametrize("text, word", [
    ("Parents are wary of the new bus route.", "wary"),
    ("Mayor Ann Lee was sharply critical of the budget.", "critical"),
    ("Officials remain hopeful that the bridge opens in May.", "hopeful"),
    ("They’re not convinced that the road is safe.", "convinced"),
    ("Teachers were furious at the delay.", "furious"),
])
def test_a_feeling_or_judgement_with_be_and_an_adjective_is_a_cue(text, word):
    assert _cues(text) == [(word, "attitude")]


@pytest.mark.parametrize("text", [
    "She is eager to win the race.",  # an intention, not a view of something
    "The crowd was shocked.",  # no object of the feeling
    "It is critical of nothing, and the plan is sure of its budget.",  # not a person
    "The results are worrying.",  # not in the set
])
def test_no_attitude_cue_without_a_person_an_adjective_and_its_object(text):
    assert _cues(text) == []


def test_an_attitude_inside_a_quotation_or_a_report_is_part_of_the_report():
    assert _cues("Lee said she was confident that the road would open.") == [("said", "word-list")]
    assert _cues("“We are wary of the plan,” Lee said.") == [("said", "word-list")]


def test_an_attitude_cue_is_explained_and_gives_no_quotation_row():
    text = "Parents are wary of the new bus route."
    why = str(kit.explain(kit.annotate(text, categories=["attribution"]).iloc[0]))
    assert "rule:attitude" in why and "feels" in why
    # a view, like "sees … as", is no reporting word for kit.quotes: the quoted words are not given by "critical"
    rows = kit.quotes(kit.article("Ann Lee was critical of the “new route.”"))
    assert "critical" not in set(rows["cue"])
