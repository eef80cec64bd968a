"""A report that closes a sentence after a comma is read alike whoever closes it (round 23, lead).

"…, the Kremlin said." and "…, the Pentagon said." differed: the gazetteer spells "the Kremlin" with its "the"
and "Pentagon" without, and the closing report needed the comma right before the speaker's span, so the
Pentagon's sentence gave its inner report to "Officials" and the Kremlin's to the Kremlin.
"""
import pandas as pd
import pytest

import kit

ACTORS = ["Pentagon", "Kremlin", "White House", "State Department", "Foreign Ministry", "Russian Defence Ministry"]
SENTENCES = ["Officials said the troops would stay, the {a} said.",
             "He said the troops would stay until spring, the {a} said on Monday.",
             "The US said the troops would stay, the {a} said."]


def _rows(text):
    df = pd.DataFrame({"article_id": ["a"], "text": [text]})
    q = kit.quotes(df)
    return [(text[r.start:r.end], text[int(r.speaker_start):int(r.speaker_end)].removeprefix("the ")) for r in
            q.itertuples()]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("actor", ACTORS)
def test_a_closing_report_gives_the_whole_sentence_to_whoever_closes_it(sentence, actor):
    text = sentence.format(a=actor)
    rows = _rows(text)
    assert rows, text
    assert all(speaker == actor for _, speaker in rows), (text, rows)
