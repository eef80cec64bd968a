"""Round 24 (issue 25): kit.sources reads an article again for "no comment" parties only when its text has one
of the ways of saying so, and the quick test never hides a party (made-up sentences, US and Russian sides alike)."""

import pandas as pd
import pytest

import kit
import kit.sourcing as sourcing
from kit.indirect_rows import may_say_no_comment, no_comment_parties
from kit.wordsets import word_sets

#: Each way of saying that a party gave no comment, for each side.
NO_COMMENT = [
    "The {0} declined to comment on the strike.",
    "The {0} did not respond to a request for comment.",
    "The {0} could not be reached for comment on Monday.",
    "The {0} had no immediate comment.",
    "The {0} said it would not comment on the report.",
    "The {0} did not reply to emailed questions.",
    "Neither the {0} nor the {1} responded to requests for comment.",
]
#: Sentences with "comment" or "question" that say no such thing.
NOT_NO_COMMENT = [
    "The {0} answered questions from reporters about the strike.",
    "The {0} posted a comment on the plan, and the {1} raised a question.",
    "Critics questioned the {0}, and the {1} spoke about the inquiry.",
]
SIDES = [("Pentagon", "Kremlin"), ("Kremlin", "Pentagon")]


def _article(text):
    frame = sourcing.checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "test")
    return sourcing.prepare_articles(frame)[0]


@pytest.mark.parametrize("pattern", NO_COMMENT)
@pytest.mark.parametrize("sides", SIDES)
def test_quick_test_lets_every_party_through(pattern, sides):
    text = "Troops moved to the border. " + pattern.format(*sides)
    assert may_say_no_comment(text, word_sets())
    parties = [p["speaker"] for p in no_comment_parties(_article(text))]
    assert parties, text
    assert sides[0] in " ".join(parties)


@pytest.mark.parametrize("pattern", NOT_NO_COMMENT)
@pytest.mark.parametrize("sides", SIDES)
def test_quick_test_passes_over_other_comment_words(pattern, sides):
    text = pattern.format(*sides)
    assert not may_say_no_comment(text, word_sets())
    assert no_comment_parties(_article(text)) == []


def test_sources_builds_articles_only_for_texts_that_may_say_no_comment(monkeypatch):
    arts = pd.DataFrame({"article_id": ["us", "ru", "q"], "outlet": ["", "", ""], "title": ["", "", ""], "text": [
        "“We will stay,” Gen. Ann Lee said. The Pentagon declined to comment.",
        "“We will stay,” Gen. Oleg Petrov said. The Kremlin declined to comment.",
        "“We will stay,” Gen. Ann Lee said. She answered questions from reporters."]})
    kit.cache.clear()
    kit.quotes(arts)  # the quotes are cached: what sources builds after is its own
    built = []
    real = sourcing.prepare_articles

    def counting(frame, gazetteer=None):
        built.extend(frame.article_id.tolist())
        return real(frame, gazetteer)

    monkeypatch.setattr(sourcing, "prepare_articles", counting)
    table = kit.sources(arts)
    kit.cache.clear()
    # round 31: kit.quotes keeps who gave no comment when it builds the articles, so sources builds none again
    assert built == []
    cold = kit.sources(arts)  # cold: each article is built once, by quotes, and not again for the no-comment rows
    kit.cache.clear()
    assert built == ["us", "ru", "q"]
    pd.testing.assert_frame_equal(cold, table)
    roles = {(r.article_id, r.source): r.role for r in table.itertuples()}
    assert roles[("us", "Pentagon")] == roles[("ru", "Kremlin")] == "no comment"


@pytest.mark.parametrize("side", ["Pentagon", "Kremlin"])
def test_quick_test_reads_letters_that_only_match_ignoring_case(side):
    # "ı" (dotless i) matches "i" when case is ignored, but "ı".lower() is not "i": the quick test must not miss it
    text = f"Troops moved. The {side} did not respond to ınquiries about the strike."
    assert may_say_no_comment(text, word_sets())
    assert [p["speaker"] for p in no_comment_parties(_article(text))] == [side]
