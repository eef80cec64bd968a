"""Round 27, r27spd2 (issue 25): a cold ``kit.quotes`` does less work per cue, with the same rows.

- ``speech_cues.neither_subject`` tries its pattern only when the 160 characters before the reporting word hold
  "neither" in some case (or a dotted or dotless i, which the pattern's case-blind "i" also matches);
- the speaker rules' hottest functions use patterns compiled once instead of ``re.search(r"…", …)`` per call.

Every sentence is made up; each check is run on both sides (US/Pentagon/Washington and Russia/Kremlin/Moscow/Syria).
"""

from __future__ import annotations

import re
import sys

import pandas as pd
import pytest

import kit
from kit import speech_cues
from kit.speech_cues import neither_subject

SIDES = [("Pentagon", "Washington", "US"), ("Kremlin", "Moscow", "Russian")]

#: The functions whose patterns are now compiled once (module, function name).
HOT = {("speakers", "speaker_before"), ("speakers", "_pronoun_next_to_cue"), ("speaker_phrases", "name_head"),
       ("speaker_phrases", "described_source"), ("speaker_phrases", "role_before_name"),
       ("person_names", "place_as_first_name"), ("speaker_after", "speaker_after"),
       ("speaker_phrases", "named_role_before"), ("speaker_phrases", "role_of"), ("speaker_phrases", "is_former")}


def _texts(body, place, adj):
    return [
        f"Neither the {body} nor {place} said the base was closed.",
        f"NEİTHER the {body} nor {place} said the base was closed.",
        f"Neıther the {body} nor {place} said the base was closed.",
        f"The {body} said the base was closed. Lee said neither side won.",
        f"But neither {adj} official, who spoke in {place}, said when the talks would end.",
        f"Officials in {place} said the {body} had not decided. Ann Lee, the {adj} envoy, said it would.",
        f"“It is over,” the {body} said. Shop owner Tom Roe said {place} was quiet.",
        f"A general who commands forces in Syria has accused the {body} of delays, {adj} media said.",
        f"Israel Katz said the {body} and {place} would meet. Paris Mayor Ann Lee said so.",
        f"The trouble began when Mr. Roe questioned the {body}. The {adj} envoy said it was late.",
    ]


@pytest.mark.parametrize("body,place,adj", SIDES)
def test_neither_precheck_gives_the_patterns_answer(body, place, adj):
    """The precheck never turns down a cue the pattern accepts: at every word start, both sides alike."""
    for text in _texts(body, place, adj):
        for m in re.finditer(r"\w+", text):
            want = speech_cues._NEITHER_SUBJECT.search(text, max(0, m.start() - 160), m.start()) is not None
            assert neither_subject(text, m.start()) is want, (text, m.group())


@pytest.mark.parametrize("body,place,adj", SIDES)
def test_neither_cases_found_on_both_sides(body, place, adj):
    """"Neither", "NEİTHER" and "Neıther" before "said" all open a subject no party is credited with."""
    for text in _texts(body, place, adj)[:3]:
        assert neither_subject(text, text.index(" said") + 1), text
    text = _texts(body, place, adj)[3]
    assert not neither_subject(text, text.index("said")), text


class _Counter:
    def __init__(self):
        self.calls = 0
        self.pattern = speech_cues._NEITHER_SUBJECT

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize("body,place,adj", SIDES)
def test_no_neither_no_pattern_search(monkeypatch, body, place, adj):
    """Without "neither" before the reporting word, the pattern is not searched at all (it was, for every cue)."""
    counter = _Counter()
    monkeypatch.setattr(speech_cues, "_NEITHER_SUBJECT", counter)
    text = f"The {body} said on Monday that {place} would reply."
    assert neither_subject(text, text.index("said")) is False
    assert counter.calls == 0
    text = f"Neither the {body} nor {place} said so."
    assert neither_subject(text, text.index("said")) is True
    assert counter.calls == 1


def _quotes_rows(texts):
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
    kit.cache.clear()
    table = kit.quotes(frame)
    return [(r.article_id, r.speaker, r.quote) for r in table.itertuples()]


@pytest.mark.parametrize("body,place,adj", SIDES)
def test_hot_speaker_rules_compile_no_pattern_per_call(monkeypatch, body, place, adj):
    """The hot speaker rules call no module-level ``re`` function (each would look its pattern up in re's
    cache on every call); the quotes they find are the same on both sides."""
    callers = []
    for name in ("match", "search", "fullmatch", "findall", "finditer", "sub"):
        real = getattr(re, name)

        def counting(*args, _real=real, **kwargs):
            code = sys._getframe(1).f_code
            callers.append((code.co_filename.rsplit("/", 1)[-1].removesuffix(".py"), code.co_name))
            return _real(*args, **kwargs)
        monkeypatch.setattr(re, name, counting)
    rows = _quotes_rows(_texts(body, place, adj))
    monkeypatch.undo()
    assert rows, "the made-up texts give quotes"
    assert callers, "the wrapper sees the other rules' calls"
    assert not [c for c in callers if c in HOT]


def test_both_sides_get_parallel_rows():
    """Mirror: the same rows with the names swapped."""
    us, ru = (_quotes_rows(_texts(*side)) for side in SIDES)
    swap = {"Pentagon": "Kremlin", "Washington": "Moscow", "US": "Russian"}
    renamed = [tuple(re.sub(r"Pentagon|Washington|US", lambda m: swap[m.group()], str(x)) for x in row) for row in us]
    assert renamed == [tuple(str(x) for x in row) for row in ru]
