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


def _lower_asks(body, place, adj):
    """A made-up article that asks whether 60 words are written in lower case (the sentence openers)."""
    openers = [f"Word{k}" for k in range(60)]
    return " ".join(f"{w.capitalize()} the {body} said {place} was calm. Then {adj} officials spoke, therefore meanwhile." for w in
                    ["therefore", "however", "meanwhile", "still", "later", "again"] * 10) + " " + " ".join(openers)


@pytest.mark.parametrize("body,place,adj", SIDES)
def test_a_long_article_reads_its_lower_case_words_once(monkeypatch, body, place, adj):
    from kit import names

    art = _article(_lower_asks(body, place, adj))
    searched = []
    real = names.written_lower
    monkeypatch.setattr(names, "written_lower", lambda text, word: searched.append(word) or real(text, word))
    words = [f"w{chr(97 + k % 26)}{chr(97 + k // 26)}ord" for k in range(50)] + ["therefore", "meanwhile", "calm", "the-rain", "officials", "ßtrange",
                                                "o'neil", "then", "said", place.lower(), body.lower()]
    got = [art.written_lower(w) for w in words]
    assert got == [real(art.text.replace("’", "'"), w) for w in words]
    assert got[50:53] == [True, True, True] and not any(got[:50])
    assert len(searched) < 45  # after 40 words, one scan of the text answers the rest (not "ßtrange": not a-z)


def test_the_lower_case_words_of_a_text_are_what_written_lower_finds(monkeypatch):
    import random

    from kit import names
    from kit.name_runs import written_lower

    searched = []
    monkeypatch.setattr(names, "written_lower", lambda text, word: searched.append(word) or written_lower(text, word))

    rng = random.Random(28)
    parts = ["the", "The", "Pentagon", "Kremlin", "said", "-", "'", "’", "_", "x", "é", "5", " ", " ", "\n", ",", "rain",
             "Moscow", "Washington", "it's", "US", "Syria", "and", "ran"]
    for _ in range(150):
        text = "Ann Lee said so. " + "".join(rng.choice(parts) for _ in range(rng.randint(1, 30)))
        art = _article(text)
        for k in range(41):  # past 40 words asked, the answers come from one scan of the text
            art.written_lower(f"q{chr(97 + k % 26)}{chr(97 + k // 26)}q")
        searched.clear()
        for word in ["the", "said", "rain", "ran", "it", "it's", "x", "and", "s", "t", "é", "pentagon", "kremlin"]:
            assert art.written_lower(word) == written_lower(text.replace("’", "'"), word), (text, word)
        assert searched == ["é"]  # a-z words are read from the scan; others are looked for as before


@pytest.mark.parametrize("body,place,adj", SIDES)
def test_family_first_reads_only_the_names_that_open_with_the_word(monkeypatch, body, place, adj):
    from kit import names

    art = _article(f"Wang Yi met Ann Lee in {place}. The {body} said Wang Yi spoke. Wang said the {adj} side agreed.")
    asked = []
    real = names.family_name_for
    monkeypatch.setattr(names, "family_name_for", lambda word, found, text: asked.append(list(found)) or real(word, found, text))
    assert art.family_first("wang") == real("wang", list(art.persons.values()), art.text) == "Wang Yi"
    assert art.family_first("ann") == real("ann", list(art.persons.values()), art.text)
    assert asked == [["Wang Yi"], ["Ann Lee"]]
