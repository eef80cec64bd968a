"""Round 26 (r26ex6, student 40 #8): where 06 shows the profile, one sentence says the profile counts the writer's
own words from the lists and the quotes table judges the verb of saying, so "loaded language 0" beside a loaded
cue_tone is not read as a contradiction; the sentence stays true of the kit (made-up text)."""

from __future__ import annotations

import json
from pathlib import Path

import kit
from kit.exercises import helpers

ROOT = Path(__file__).resolve().parents[1]


def cells(folder: str) -> list:
    return json.loads(next((ROOT / folder).glob("06-*.ipynb")).read_text(encoding="utf-8"))["cells"]


def test_the_profile_cell_tells_the_rate_and_the_quotes_table_apart():
    for folder in ("instructor", "notebooks"):
        ids = [c.get("id") for c in cells(folder)]
        text = "".join(cells(folder)[ids.index("06-07")]["source"])
        assert "profile counts the writer's own words" in text and "quotes table judges the verb of saying" in text
        assert ids.index("06-07") < ids.index("06-08")  # said where the profile is shown, before its plot


def test_the_sentence_is_true_of_the_kit():
    made_up = helpers.text_frame('"This plan is a mess," Councillor Rob Dean slammed. He left the hall.')
    assert kit.profile(made_up).loaded_language.item() == 0
    assert list(kit.quotes(made_up).cue_tone) == ["loaded"]
