"""The lead's fixes of round 18, from the readers' reports (teacher 27): every country alike."""

import pandas as pd
import pytest

import kit


@pytest.mark.parametrize("adj", ["US", "Russian", "Chinese", "British"])
@pytest.mark.parametrize("body", ["Border Guard", "Coast Guard", "Border Patrol"])
def test_officers_of_a_guard_or_patrol_speak_as_that_group_for_every_country(adj, body):
    """'Russian Border Guard officers said …' gave no row at all (the name finder knew no 'Guard'), while the US
    version had one: a guard or a patrol is an organisation (org_words in data/word_sets.csv), and its officers are
    the group that speaks."""
    text = f"{adj} {body} officers said the road was shut."
    rows = kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert list(rows["speaker"]) == [f"{adj} {body} officers"]


@pytest.mark.parametrize("who", ["the Pentagon’s", "the Kremlin’s"])
def test_the_line_a_curly_quote_hint_shows_runs_and_keeps_the_quotation_inside(who):
    """Student 23: an answer pasted from a document, in curly quotes with a quotation inside, was shown a 'fixed'
    line with every curly quote made straight, which Python cannot read either."""
    from kit.exercises.quote_hints import hint_for_curly_quotes

    line = f"answer = “The article calls {who} claim “patent nonsense” and gives no source.”"
    hint = hint_for_curly_quotes("invalid character '“' (U+201C)", line)
    fixed = hint.split("like this: ", 1)[1]
    compile(fixed, "<answer>", "exec")  # the line shown runs
    namespace = {}
    exec(fixed, namespace)
    assert namespace["answer"] == f"The article calls {who} claim “patent nonsense” and gives no source."
