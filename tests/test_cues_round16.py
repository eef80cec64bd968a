"""Round 16 of the attribution cues (issue 22): made-up sentences only."""

import pandas as pd
import pytest

import kit


def _quotes(text):
    return kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))


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
