"""Round 28, r28spd (issue 25): the speaker of a cue is worked out once per article, with the same rows.

``kit.per_article.kept_per_article`` keeps what ``kit.speakers.speaker_for_cue`` finds for one cue and stretch in
the article's ``kept`` table: the quotation rules, the indirect-speech rows and "the spokesperson" looking back at
earlier reports ask for the same cue again. Every sentence is made up; each check is run on both sides
(US/Pentagon/Washington and Russia/Kremlin/Moscow/Syria).
"""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit import speakers
from kit.per_article import kept_per_article
from kit.sourcing import checked_articles, prepare_articles

SIDES = [("Pentagon", "Washington", "US"), ("Kremlin", "Moscow", "Russian")]


def _article(text):
    return prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "test"))[0]


def _text(body, place, adj):
    return (f"A {body} spokesperson said the base in {place} was closed. “It is over,” said Gen. Ann Lee, "
            f"the {adj} commander. The spokesperson said later that the {body} would not comment.")


@pytest.mark.parametrize("body,place,adj", SIDES)
def test_a_cue_speaker_is_worked_out_once_per_article(monkeypatch, body, place, adj):
    art = _article(_text(body, place, adj))
    calls = []
    real = speakers.report_noun_subject  # the first step of every cue that is not "according to"
    monkeypatch.setattr(speakers, "report_noun_subject", lambda *a: calls.append(a[1]) or real(*a))
    cue = art.cues[0]
    first = speakers.speaker_for_cue(art, cue, 0, len(art.text))
    again = speakers.speaker_for_cue(art, cue, 0, len(art.text))
    assert first == again and first["speaker"] == body
    assert calls == [cue]  # the second ask reads the kept answer
    speakers.speaker_for_cue(art, cue, 0, 20)  # another stretch is another question
    assert calls == [cue, cue]


@pytest.mark.parametrize("body,place,adj", SIDES)
def test_a_caller_changing_its_answer_leaves_the_kept_one(body, place, adj):
    art = _article(_text(body, place, adj))
    found = speakers.speaker_for_cue(art, art.cues[0], 0, len(art.text))
    found["method"] = "changed by a caller"
    key = (speakers.speaker_for_cue.__wrapped__, (art.cues[0], 0, len(art.text)))
    assert "method" not in art.kept[key] and art.kept[key]["speaker"] == body
    assert "method" not in speakers.speaker_for_cue(art, art.cues[0], 0, len(art.text))


def test_nothing_is_kept_while_the_article_reads_its_names():
    art = _article(_text("Pentagon", "Washington", "US"))
    asked = []
    count = kept_per_article(lambda art, lo: asked.append(lo) or lo)
    art.kept = None  # as inside Article.__init__, while the person names still grow
    assert (count(art, 3), count(art, 3), asked) == (3, 3, [3, 3])
    art.kept = {}
    assert (count(art, 3), count(art, 3), asked) == (3, 3, [3, 3, 3])


def test_both_sides_get_the_same_rows_and_the_rules_keep_their_answers():
    tables = []
    for body, place, adj in SIDES:
        kit.cache.clear()
        text = _text(body, place, adj)
        art = _article(text)
        from kit.speaker_rules import article_quotes

        rows = article_quotes(art)
        assert any(key[0] is speakers.speaker_for_cue.__wrapped__ for key in art.kept)
        tables.append([(r["kind"], r["speaker"].replace(body, "BODY"), r["speaker_method"]) for r in rows])
    assert tables[0] == tables[1] and tables[0]
