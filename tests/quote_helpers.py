"""What the speaker and cue tests share: the quotation rows of one made-up text, offsets checked.

>>> said("“It is late,” Lee said.")
[('It is late,', 'Lee')]
"""

import pandas as pd

import kit


def frame(*texts: str) -> pd.DataFrame:
    """Made-up articles ``a0``, ``a1`` … with an empty outlet and title."""
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "outlet": [""] * len(texts),
                         "title": [""] * len(texts), "text": list(texts)})


def quotes_of(text: str) -> pd.DataFrame:
    """``kit.quotes`` of one text, as a one-article corpus with an empty outlet and title."""
    return kit.quotes(pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]}))


def checked_quotes(text: str) -> pd.DataFrame:
    """``quotes_of(text)`` after checking that every quote and every speaker found is the text at its offsets."""
    q = quotes_of(text)
    for r in q.itertuples():
        assert text[r.start:r.end] == r.quote  # offsets are exact
        if r.speaker_start >= 0:
            assert text[r.speaker_start:r.speaker_end] == r.speaker_text
    return q


def said(text: str) -> list[tuple[str, str]]:
    """(quote, speaker) of every row of ``text``, after checking that ``text[start:end]`` is each quote."""
    q = quotes_of(text)
    for r in q.itertuples():
        assert text[r.start:r.end] == r.quote  # offsets are exact
    return [(r.quote, r.speaker) for r in q.itertuples()]
