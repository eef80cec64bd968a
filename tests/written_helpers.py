"""What the tests of written answers (lesson 06 reflections and plans) share: eight actors and outlets, a made-up
article, a reflection at Mastery on its own, a fixture that forgets earlier tries, and ``capital`` (not a test module).

>>> capital("the US"), capital("Xinhua")
('The US', 'Xinhua')
"""

import pandas as pd
import pytest

from kit.exercises.answers import forget_attempts

# so that no name is treated differently: governments, a ministry, a state agency and a public broadcaster
ACTORS = ["the US", "Russia", "China", "Iran", "the Kremlin", "the Pentagon", "Xinhua", "the BBC"]
ARTICLE = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [
    "Officials called the plan reckless. “The plan was a disaster,” a spokesman said. About 300 people left the "
    "town on Monday, and the report gave no source for the figure."]})
# a reflection at Mastery on its own: a finding, the article's words quoted, a number, and what to check
BASE = ("The article uses loaded words like 'reckless' and 'disaster' to make the reader distrust the plan. It quotes "
        "only one person, a spokesman, and the number 300 has no source. I would still need to check other reports "
        "to see how many people left the town")


@pytest.fixture
def fresh_tries():
    """Each test starts with no earlier tries (the same answer twice is otherwise "not a new try")."""
    forget_attempts()
    yield
    forget_attempts()


def capital(name: str) -> str:
    """The name with a capital first letter, as at the start of a sentence."""
    return name[0].upper() + name[1:]
