"""The texts the review rounds' tests share, one module-wide copy each (as those files each made their own before):
the bundled ``articles``, ``raqqa`` (us-rescue-of-isis-in-raqqa), 03 Exercise 3's ``texts`` and the mirror ``briefing``."""

import pytest
from written_helpers import briefing_texts, sources_texts


@pytest.fixture(scope="module")
def articles():
    """The bundled articles (``kit.load_articles()``)."""
    import kit

    return kit.load_articles()


@pytest.fixture(scope="module")
def raqqa(articles):
    """The bundled article us-rescue-of-isis-in-raqqa, as a one-row table."""
    return articles[articles.article_id == "us-rescue-of-isis-in-raqqa"]


@pytest.fixture(scope="module")
def texts():
    """03 Exercise 3's texts: the coalition spokesman's briefing, then the five articles (tests/written_helpers.py)."""
    return sources_texts()


@pytest.fixture(scope="module")
def briefing():
    """A made-up Russian ministry briefing, then the five articles: the mirror cases (tests/written_helpers.py)."""
    return briefing_texts()
