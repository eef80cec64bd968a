"""Round 22 (issue 22, quotation precision): rules of English that tell a quotation's kind, or that a reporting
word reports no words. Every sentence here is made up.

- a work's name after "called"/"named" and a word for the work ("a film called “Moscow.”") is a title;
- a headline in sentence case, opening its sentence with "by" and its author after it, is a title;
- "to" before a possessive or an object pronoun is a preposition: "responded to Lee's post" reports no words;
- a content of small words alone ("And", "too", "there") is no report.
"""

import pytest
from quote_helpers import checked_quotes

from kit.quote_kinds import byline_title


def _rows(text):
    q = checked_quotes(text)
    return [(r.kind, r.quote) for r in q.itertuples()]


@pytest.mark.parametrize("noun", ["film", "book", "song", "show", "play", "documentary", "podcast"])
@pytest.mark.parametrize("verb", ["called", "named", "titled", "entitled"])
@pytest.mark.parametrize("name", ["Moscow.", "Harbor Lights", "The Long Road,"])
def test_a_work_called_by_its_name_is_a_title(noun, verb, name):
    text = f"Ana Ruiz starred in a {noun} {verb} “{name}” It did well in Lima."
    assert ("title", name) in _rows(text)


@pytest.mark.parametrize("before", ["a slogan called", "a group named", "the man called"])
def test_other_names_after_called_stay_terms(before):
    text = f"Ana Ruiz mentioned {before} “Harbor Lights” in Lima."
    assert ("term", "Harbor Lights") in _rows(text)


@pytest.mark.parametrize("label", ["NEWS—", "FAREWELL — ", "", "SHORT READS: —"])
def test_a_headline_with_its_author_is_a_title(label):
    text = (f"Read on. {label}“Lee leaves the band after ten years,” by Daily's Ann Roe: “Lee is leaving the "
            "band he founded, friends say.” More soon.")
    rows = _rows(text)
    assert ("title", "Lee leaves the band after ten years,") in rows
    assert not any(k == "direct" and q.startswith("Lee leaves") for k, q in rows)


def test_words_ending_a_clause_before_by_and_a_name_inside_a_sentence_are_not_a_headline():
    t = "Ana Ruiz said the “sadness of it, all of it,” by Tom Reed last week was plain."
    assert not byline_title(t, t.index("“"), t.index("”"), 0)
    t = "“We will stay and fight,” by all accounts, was what Ana Ruiz said."
    assert not byline_title(t, t.index("“"), t.index("”"), 0)  # no name after "by"


@pytest.mark.parametrize("obj", ["Lee's post", "Lee’s post", "it", "them", "her"])
@pytest.mark.parametrize("verb", ["responded", "replied", "was responding"])
def test_to_before_a_possessive_or_a_pronoun_reports_no_words(verb, obj):
    text = f"The mayor {verb} to {obj} on Monday. The road stays open."
    assert not [q for k, q in _rows(text) if k == "indirect"]


@pytest.mark.parametrize("text", ["The mayor vowed to stay on Monday.", "The council urged Lee to act.",
                                  "Ana Ruiz promised to respond to it soon."])
def test_to_before_a_verb_still_reports(text):
    assert [q for k, q in _rows(text) if k == "indirect"]


@pytest.mark.parametrize("text", [
    "The vote is set for May. And, as the Daily reported, the mayor is away.",
    "The mayor wanted a vote in May, but the council rejected that, too.",
    "The road is closed for good. There, I said it.",
])
def test_small_words_alone_are_no_report(text):
    assert not [q for k, q in _rows(text) if k == "indirect" and len(q.split()) < 2]


def test_a_clause_before_as_the_daily_reported_stays():
    rows = _rows("The mayor is away, as the Daily reported.")
    assert ("indirect", "The mayor is away") in rows


@pytest.mark.parametrize("text", [
    "The letter, which was first reported last week by the Daily, asks for a vote.",
    "The plan was widely noted in the spring by local papers.",
])
def test_a_passive_reporting_verb_reports_no_clause_after_it(text):
    assert not [q for k, q in _rows(text) if k == "indirect"]


@pytest.mark.parametrize("text, verb, passive", [
    ("Ana Ruiz was told the road was closed.", "told", False),
    ("Ana Ruiz was reminded the road was closed.", "reminded", False),
    ("The plan was first reported last week by the Daily.", "reported", True),
    ("Ana Ruiz reported the road was closed.", "reported", False),
])
def test_which_reporting_verbs_are_read_as_passive(text, verb, passive):
    import pandas as pd

    from kit.sourcing import checked_articles, prepare_articles
    from kit.speech_cues import passive_report

    art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "x"))[0]
    cue = next(c for c in art.cues if art.text[c[0]:c[1]] == verb)
    assert passive_report(art, cue) is passive


@pytest.mark.parametrize("owner", ["NBC’s", "CBS's", "the channel’s", "television’s"])
def test_a_broadcasters_show_in_one_word_is_a_title(owner):
    rows = _rows(f"Ana Ruiz told {owner} “Sunrise” on Monday that the road was closed.")
    assert ("title", "Sunrise") in rows


def test_one_capitalised_word_after_a_persons_possessive_is_not_a_title():
    rows = _rows("Ana Ruiz mocked Tom Reed’s “Victory” on Monday.")
    assert ("title", "Victory") not in [(k, q) for k, q in rows]
