"""Made-up one-article corpora for rule tests, with the offsets checked (not a test module)."""

import pandas as pd

from kit.sourcing import quotes


def arts(text):
    """A one-article table of ``text``, with an empty outlet and title."""
    return pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})


def rows(text):
    """kit.quotes of ``text``; every quotation's and speaker's offsets are exact."""
    q = quotes(arts(text))
    for r in q.itertuples():
        assert text[r.start:r.end] == r.quote
        if r.speaker_start >= 0:
            assert text[r.speaker_start:r.speaker_end] == r.speaker_text
    return q


def speaker_rows(text):
    """(quote, kind, speaker or None, speaker_text, speaker_method) of each quotation in ``text``, offsets checked."""
    return [(r.quote, r.kind, r.speaker if isinstance(r.speaker, str) else None, r.speaker_text, r.speaker_method)
            for r in rows(text).itertuples()]
