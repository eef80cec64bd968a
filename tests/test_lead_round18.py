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
