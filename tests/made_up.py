"""Made-up one-article corpora for rule tests, with the offsets checked, and 05's headline check on a made-up
article (not a test module)."""

import pandas as pd

import kit
from kit.exercises import answers
from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline
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


def headline_on(monkeypatch, title: str, text: str, answer: str, article_id: str = "made-up-charges"):
    """The 05 Exercise 2 check of ``answer`` with ``title``/``text`` as the only article (tries forgotten first)."""
    load = kit.load_articles
    table = load(pd.DataFrame([{"article_id": article_id, "title": title, "outlet": "Weekly", "author": "",
                                "date": "2020-01-01", "url": "", "text": text}]))
    monkeypatch.setattr(kit, "load_articles", lambda *a, **k: load(*a, **k) if a or k else table)
    monkeypatch.setattr(answers, "KNOWN_WORDS", {})  # the made-up article's words are never left behind
    forget_attempts()
    return check_neutral_headline(answer, title)


def mirrored_results(sides: dict, marks, run) -> dict:
    """``run(side)`` for each side of ``sides``; asserts the two messages are the same once each side's names
    (``marks``: (key of the side, mark)) are put back to marks, whole words only. Gives the results by side."""
    import re

    out, shown = {}, []
    for side, s in sides.items():
        out[side] = run(side)
        printed = str(out[side])
        for key, mark in marks:
            printed = re.sub(rf"\b{re.escape(s[key])}\b", mark, printed)
        shown.append(printed)
    assert shown[0] == shown[1], shown
    return out
