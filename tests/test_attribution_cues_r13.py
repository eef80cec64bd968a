"""Attribution cues, round 13 (issue 22): one made-up example per rule, a case it must not flag beside it.

Every sentence here is made up.
"""

import kit
from kit.annotation import annotate, explain


def cues(text):
    """(text, rule) of the attribution flags."""
    spans = annotate(text, categories=["attribution"])
    return list(zip(spans.text, spans.rule, strict=True))


def test_a_headline_colon_after_a_name_gives_that_persons_words():
    text = "Lee: The Plan Is ‘Dead’.\nMayor Ann Lee spoke on Monday. The Latest: the vote is on Friday."
    assert cues(text) == [(":", "speaker-colon")]
    # the same cue in kit.quotes: Lee's words, and the quoted word is hers, not a scare quote
    rows = kit.quotes(kit.article(text))
    assert rows[["quote", "kind", "speaker", "cue"]].values.tolist() == [["Dead", "partial", "Ann Lee", ":"]]
    # without the colon, the same quoted word is the writer's scare quote
    rows = kit.quotes(kit.article("The Plan Is ‘Dead’.\nMayor Ann Lee spoke on Monday."))
    assert rows[["quote", "kind"]].values.tolist() == [["Dead", "scare"]]
    # a heading word that names no one is not a speaker
    assert cues("The Latest: Rain Again.\nIt rained on Monday.") == []


def test_a_colon_that_opens_a_line_of_a_transcript_is_a_cue_when_the_speaker_talks_twice():
    text = ("Kim Roe met Tom Fry on Monday.\nROE: Why now?\nFRY: Because it is time.\n"
            "ROE: And the cost?\nFRY: We will see.")
    assert [t for t, _rule in cues(text)] == [":"] * 4
    # a dialogue of two speakers in capitals, two lines each, set as one paragraph: names not used again
    text = "The debate went on. KIM: Why not? TOM: Not now. KIM: When, then? TOM: Later."
    assert [t for t, _rule in cues(text)] == [":"] * 4
    # "Q:" and "A:" of an interview are no names
    assert cues("Q: Why?\nA: Because.\nQ: When?\nA: Soon.") == []
    # a list of places with a colon each is no transcript
    text = "The hosts, by state.\nIowa: Kim Roe, Tom Fry.\nOhio: Ann Lee.\nBoth Iowa and Ohio vote early."
    assert cues(text) == []


def test_a_name_and_a_colon_before_a_quotation_mark():
    text = "The result came late. Kim Roe: “Nobody saw it coming.” Roe has polled for years."
    assert cues(text) == [(":", "speaker-colon")]
    assert kit.quotes(kit.article(text)).speaker.tolist() == ["Kim Roe"]
    # after a reporting verb the verb is the cue; a colon after a thing is not someone's words
    assert cues("Lee said of Roe: “She is right.” Roe smiled.") == [("said", "word-list")]
    assert cues("Here is the plan: “Go.” The plan is short.") == []


def test_explain_says_why_the_colon_is_flagged():
    span = annotate("Lee: We Won.\nAnn Lee spoke.", categories=["attribution"]).iloc[0]
    why = str(explain(span))
    assert "colon after a name presents the words" in why and "rule:speaker-colon" in why


def test_a_claim_or_an_estimate_with_that_is_a_cue():
    assert cues("The lawsuit alleged that the firm broke the law. The alleged thief ran.") == \
        [("alleged that", "word-list")]
    assert cues("The union estimates that most members voted. An estimated 40 people came.") == \
        [("estimates that", "word-list")]
    assert cues("Experts note that the rule is new. She left a note.") == [("note that", "word-list")]


def test_verbs_of_judging_and_musing_are_cues():
    assert cues("The mayor chided the council for the delay.") == [("chided", "word-list")]
    assert cues("Lee mused about a second term.") == [("mused", "word-list")]
    assert cues("Analysts forecast that prices would fall. The forecast was wrong.") == \
        [("forecast that", "word-list")]
    assert cues("Some voters doubt that the plan will work.") == [("doubt that", "word-list")]
