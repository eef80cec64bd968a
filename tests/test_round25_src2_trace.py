"""Student 38 (lesson 06 §5, findings #7): kit.trace_claim(…, "repair") missed "repairs". One word finds its
regular forms (the endings English spells), whole words only. Made-up sentences, a US and a Russian side and a
council, each side traced alike."""

from __future__ import annotations

import pytest
from made_up import arts

from kit.sourcing import trace_claim


def _matches(text, word):
    return trace_claim(arts(text), word)["match"].tolist()


@pytest.mark.parametrize("word, text, found", [
    ("repair", "The pool needs repairs. Workers repaired the roof. They are repairing it. A repair is due.",
     ["repairs", "repaired", "repairing", "repair"]),
    ("close", "The council closes the pool. It closed the gym. Closing it was hard.", ["closes", "closed", "Closing"]),
    ("supply", "Moscow supplies the rebels. Washington supplied the militia. Supplying arms is risky.",
     ["supplies", "supplied", "Supplying"]),
    ("tax", "Washington taxes imports. Moscow taxed exports.", ["taxes", "taxed"]),
    ("strike", "The Pentagon strikes a depot. The Kremlin struck a base. Strikes went on.", ["strikes", "Strikes"]),
])
def test_one_word_finds_its_regular_forms(word, text, found):
    assert _matches(text, word) == found


@pytest.mark.parametrize("side, speaker", [("The Pentagon", "Pentagon"), ("The Kremlin", "Kremlin"),
                                           ("the city council", "the city council")])
def test_each_side_is_traced_alike(side, speaker):
    text = f"The bridge needs repairs, {side} said. Engineers repaired it. A repairman came."
    t = trace_claim(arts(text), "repair")
    assert t["match"].tolist() == ["repairs", "repaired"]  # not inside "repairman"
    assert t["attribution"].tolist() == [speaker, ""]


def test_abbreviations_and_phrases_match_as_written_a_word_with_its_forms():
    text = "The US uses drones. The warning came. The real repairs cost more. Strikes went on."
    assert _matches(text, "US") == ["US"]  # an abbreviation: "uses" is another word
    assert _matches(text, "war") == []  # whole words only
    assert _matches(text, "real repair") == []  # a phrase matches as written
    assert _matches(text, "strike") == ["Strikes"]


def test_the_offsets_are_exact():
    text = "Critics said the dam needs repairs, and repairing it costs $2 million."
    t = trace_claim(arts(text), "repair")
    assert [text[s:e] for s, e in zip(t.match_start, t.match_end)] == ["repairs"]
    assert t.n_matches.tolist() == [2]
