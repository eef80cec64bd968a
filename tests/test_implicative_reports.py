"""A reporting word after "to" reports speech when the verb before "to" says the act took place (an implicative
verb: "was forced to acknowledge that", "had to admit that", "went on to say that"), and not when it did not
happen or has not happened yet ("refused to say", "plans to announce"). Teacher 19 found the Pentagon with no row
in lesson 06's example article ("the Pentagon has been forced to acknowledge that the evacuation took place").
The sentences are made up."""

import pandas as pd
import pytest

import kit


def rows(text):
    arts = pd.DataFrame({"article_id": ["x"], "outlet": [""], "title": [""], "text": [text]})
    return kit.quotes(arts)


@pytest.mark.parametrize("text, speaker, quote", [
    ("Mayor Tom Roe has been forced to acknowledge that the bridge was unsafe.", "Tom Roe", "the bridge was unsafe"),
    ("The Pentagon had to admit that the figures were wrong.", "Pentagon", "the figures were wrong"),
    ("Ann Lee went on to say that the vote was lost.", "Ann Lee", "the vote was lost"),
    ("Ann Lee was quick to point out that the match was sold out.", "Ann Lee", "the match was sold out"),
])
def test_an_implicative_verb_before_to_makes_a_report(text, speaker, quote):
    q = rows(text)
    assert q.kind.tolist() == ["indirect"] and q.quote.tolist() == [quote]
    assert speaker in q.speaker.item()


@pytest.mark.parametrize("text, done", [
    ("Ann Lee was forced to acknowledge that it rained.", True),
    ("Ann Lee refused to acknowledge that it rained.", False),
    ("Ann Lee failed to mention that it rained.", False),
    ("Ann Lee hopes to announce that it rained.", False),
    ("Ann Lee wants to say that it rained.", False),
])
def test_only_a_verb_that_says_the_act_took_place_lets_the_word_after_to_report(text, done):
    from kit.sourcing import checked_articles, prepare_articles
    from kit.speech_cues import done_to

    art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "x"))[0]
    after_to = [c for c in art.cues if art.text[c[0] - 3:c[0]] == "to "]
    assert after_to and done_to(art, after_to[0]) is done


@pytest.mark.parametrize("text", [
    "Ann Lee refused to say that the vote was lost.",
    "The ministry declined to accept that the figures were wrong.",
])
def test_a_refusal_credits_no_one_with_the_words_refused(text):
    q = rows(text)
    assert not q.quote.str.contains("vote|figures").any(), q[["quote", "speaker", "cue"]].to_dict("records")


def test_a_refusal_to_act_and_a_plain_report_are_unchanged():
    q = rows("Ann Lee refused to endorse Tom Roe. Ann Lee said that the vote was lost.")
    assert q.quote.tolist()[-1] == "the vote was lost"


def test_a_verb_with_no_subject_after_while_is_not_part_of_what_was_reported():
    """Teacher 20: "… forced to acknowledge that the evacuation took place, while insisting that it was merely an
    innocent bystander" credited the writer's "merely an innocent bystander" to the one who acknowledged."""
    q = rows("The Pentagon has been forced to admit that the convoy left, while insisting that it was merely a "
             "bystander.")
    assert q.quote.tolist()[0] == "the convoy left"
    # round 16 (reader item 3): what "while insisting" reports is a report of its own, by the same subject
    assert q[["quote", "cue"]].values.tolist()[1:] == [["it was merely a bystander", "insisting"]]
    assert q.speaker.str.contains("Pentagon").all()
    assert rows("Ann Lee said that prices rose, while wages fell.").quote.tolist() == ["prices rose, while wages fell"]


def test_a_second_report_after_and_is_its_own():
    """Student 16: "… and a local newspaper reported that 2,000 parents signed" was credited to the first speaker:
    the "that" of a later reporting word is not the first one's."""
    q = rows("Ann Lee said the plan was unfair, and the Daily Echo reported that 2,000 parents signed a petition.")
    assert q[["quote", "speaker"]].values.tolist() == [["the plan was unfair", "Ann Lee"],
                                                       ["2,000 parents signed a petition", "Daily Echo"]]
    assert rows("Ann Lee said prices rose, and wages fell.").quote.tolist() == ["prices rose, and wages fell"]
