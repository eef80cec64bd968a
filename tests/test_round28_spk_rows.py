"""Round 28 (r28spk): speaker rows. Made-up sentences, parallel actors (the Pentagon and the Kremlin, Washington
and Moscow, a US and a Russian official); none from the corpora."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

FRAME = {"outlet": [""], "title": ["Test headline here"]}
BODIES = ["the Kremlin", "the Pentagon", "Moscow", "Washington"]


def _rows(text: str) -> list[dict]:
    return kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [text], **FRAME})).to_dict("records")


def _words(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_text"], text[r["start"]:r["end"]]) for r in _rows(text)]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("opener", ["that when", "that after", "when"])
def test_a_quotation_after_said_that_when_is_the_outer_speakers(opener, body):
    # the clause after "when" tells when; the quotation is the main clause of Lee's report
    text = f'Ann Lee said {opener} {body} railed against the banks, "it spoke for all of us."'
    assert _words(text) == [("Ann Lee", "it spoke for all of us.")]
    # Lee's own verb after the clause, and the inner subject when no outer report stands before it, as before
    text = f'When {body} railed against the banks, Ann Lee said, "it spoke for all of us."'
    assert _words(text) == [("Ann Lee", "it spoke for all of us.")]
    text = f'As {body} railed against the banks, "nobody listened," one banker wrote.'
    assert _words(text) == [("one banker", "nobody listened,")]
    # the quotation inside the clause, with the main clause after it: what the inner subject warned
    text = f'Ann Lee said that after {body} warned, "Do not come," nobody came.'
    assert [(w, who in body) for who, w in _words(text)] == [("Do not come,", True)]


@pytest.mark.parametrize("body", ["the Kremlin", "the Pentagon"])
@pytest.mark.parametrize("who", ["the head of the council", "a member of the city council"])
def test_a_description_after_said_closing_the_sentence_gives_a_row(who, body):
    # alike "said the head of the Kremlin" / "of the Pentagon", which the kit names
    for speaker in (who, f"the head of {body}"):
        text = f"The talks are over, said {speaker}."
        rows = _rows(text)
        assert [text[r["start"]:r["end"]] for r in rows] == ["The talks are over"]
        assert speaker.startswith(rows[0]["speaker_text"])
    # only "said", "says", "added", "wrote" put their subject after them: "thanked" names who was thanked
    text = f"Ann Lee thanked {who} for the visit to {body}."
    assert all(r["speaker_text"] != who.split(" of ")[0] for r in _rows(text))


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("source", ["Sources close to", "People familiar with"])
def test_a_plural_source_with_its_phrase_opening_the_sentence_is_the_speaker(source, body):
    # the capital of the first word does not make it a name: alike "and sources close to … say"
    text = f"{source} {body} say the talks will resume on Monday."
    rows = _rows(text)
    assert [(r["speaker_text"], text[r["start"]:r["end"]]) for r in rows] == [
        (f"{source} {body}", "the talks will resume on Monday")]
    lower = f"The talks stalled, and {source.lower()} {body} say they will resume."
    assert [r["speaker_text"] for r in _rows(lower)][-1] == f"{source.lower()} {body}"
