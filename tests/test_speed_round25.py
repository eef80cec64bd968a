"""Round 25 (issue 25): kit.annotate reads a sentence word by word for naming reports ("critics slammed the plan
as reckless", "the Kremlin called it a trap") only where one can be, and looks at the word-list folder once per
call; what it finds stays the same (made-up sentences, US and Russian sides alike)."""

import hashlib
import importlib.util
import itertools
import random
import sys
from pathlib import Path

import pandas as pd
import pytest

import kit
import kit.lexicons as lexicons
import kit.spans as spans
from kit.naming_reports import naming_reports
from kit.segment import sentence_bounds

SUBJECTS = ["The Pentagon", "The Kremlin", "Washington", "Moscow", "Critics", "A US official", "A Russian official",
            "He", "Supporters", "a decision the Pentagon", "a move the Kremlin", "what critics", "which Moscow"]
VERBS = ["slammed", "described", "called", "dubbed", "branded", "said", "hailed", "saw", "CALLED", "Calls",
         "dismissed", "recalled", "characterized", "told"]
MIDDLES = [" the plan as ", " it as ", " as ", " the vote ", " it ", " the talks, as ", " the deal — as ",
           " them\nas ", " the plan\u00a0as ", " what it\tas ", " for ", " Ann Boyd a ", " the new plan ", " "]
ENDS = ["a reckless attack.", "brutal and dangerous.", "a peace plan.", "well as others.", "soon as possible.",
        "expected.", "the crowd booed.", "a “coward”.", "reckless, critics said.", "shortly after.",
        "a regime that may fall.", "claimed by officials."]
OPENERS = ["", "Troops moved to the border. ", "İstanbul talks ended. ", "It was as good as new. "]


def _texts():
    rng = random.Random(25)
    for subject, verb, middle, end in itertools.product(SUBJECTS[:4], VERBS[:6], MIDDLES[:4], ENDS[:3]):
        yield f"{subject} {verb}{middle}{end}"
    for _ in range(1500):
        parts = [rng.choice(OPENERS)]
        for _ in range(rng.randint(1, 3)):
            parts.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)}{rng.choice(MIDDLES)}{rng.choice(ENDS)} ")
        yield "".join(parts).strip()


TEXTS = list(_texts())


def test_the_quick_look_keeps_every_sentence_with_a_naming_report():
    from kit.naming_reports import sentences_to_read

    found = 0
    for text in TEXTS:
        bounds = [(s, e) for _p, s, e in sentence_bounds(text)]
        every = naming_reports(text, bounds)
        assert naming_reports(text, sentences_to_read(text, bounds)) == every, text
        found += len(every)
        # with offsets: every sentence whose reports hold one of them is kept
        starts = sorted({s for _cs, _ce, s, _e in every} | {m for m in range(0, len(text), 7)})
        kept = sentences_to_read(text, bounds, starts)
        for _cs, _ce, s, e in every:
            if any(s <= x < e for x in starts):
                assert any(lo <= s < hi for lo, hi in kept), text
    assert found > 500  # the made-up sentences hold many reports, on both sides


@pytest.mark.parametrize("side", ["Pentagon", "Kremlin"])
def test_annotate_reads_only_the_sentences_where_a_report_can_be(monkeypatch, side):
    text = (f"The {side} said the strike may have been brutal. Officials clearly moved troops. "
            f"Critics slammed the {side} plan as a brutal attack. The {side} called the vote a brutal farce.")
    read = []
    real = spans.naming_reports

    def recording(t, bounds=None):
        read.extend(t[s:e] for s, e in bounds)
        return real(t, bounds)

    monkeypatch.setattr(spans, "naming_reports", recording)
    kit.cache.clear()
    table = kit.annotate(text)
    kit.cache.clear()
    assert read == [f"Critics slammed the {side} plan as a brutal attack.", f"The {side} called the vote a brutal farce."]
    voice = dict(zip(table["text"], table["voice"]))
    assert voice["brutal"] == "quoted" and voice["may"] == "writer" and voice["clearly"] == "writer"
    assert table.loc[table["start"] > text.index("Critics"), "voice"].eq("quoted").sum() >= 2


@pytest.mark.parametrize("sides", [("Pentagon", "Kremlin"), ("Kremlin", "Pentagon")])
def test_annotate_looks_at_the_word_lists_once_per_call(monkeypatch, sides):
    texts = [f"The {sides[i % 2]} slammed the plan as reckless. Officials may have lied." for i in range(12)]
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(12)], "text": texts})
    looks = []
    real = lexicons.file_stamp

    def counting(path):
        if str(path) == str(lexicons.lexicon_dir()):
            looks.append(path)
        return real(path)

    monkeypatch.setattr(lexicons, "file_stamp", counting)
    kit.cache.clear()
    table = kit.annotate(arts)
    kit.cache.clear()
    assert len(looks) <= 2  # the key of the cached rows, and the held word lists
    assert table.loc[table["text"] == "reckless", "voice"].eq("quoted").all()


def test_a_held_word_list_is_read_again_after_the_block():
    with lexicons.held_lexicon() as (table, key):
        assert lexicons.default_lexicon_and_key()[0] is table
        assert lexicons.attribution_tone("slammed") == "loaded"
    assert lexicons.default_lexicon_and_key()[1] == key


@pytest.mark.parametrize("sides", [("Pentagon", "Kremlin"), ("Kremlin", "Pentagon")])
def test_quotes_looks_at_the_word_lists_once_per_call(monkeypatch, sides):
    texts = [f"The {sides[i % 2]} branded the report a fake. “We will stay,” Lee said." for i in range(12)]
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(12)], "outlet": [""] * 12, "title": [""] * 12,
                         "text": texts})
    looks = []
    real = lexicons.file_stamp

    def counting(path):
        if str(path) == str(lexicons.lexicon_dir()):
            looks.append(path)
        return real(path)

    monkeypatch.setattr(lexicons, "file_stamp", counting)
    kit.cache.clear()
    table = kit.quotes(arts)
    kit.cache.clear()
    assert len(looks) <= 4  # the cache key, the cue pass and the speaker rules: once each, not once per article
    assert set(table.loc[table["quote"] == "a fake", "speaker"]) == {sides[0], sides[1]}


def _run_script():
    spec = importlib.util.spec_from_file_location("run_script_round25", Path(__file__).resolve().parent.parent / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_run_py_setup_byte_compiles_the_kit(monkeypatch, tmp_path):
    # the install is editable (pip compiles nothing): a kernel with PYTHONDONTWRITEBYTECODE set would compile every
    # module of the kit from source at each start, so run.py setup compiles them
    run = _run_script()
    (tmp_path / "kit").mkdir()
    (tmp_path / "kit" / "words.py").write_text("WORDS = ['the Pentagon said', 'the Kremlin said']\n")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    stamp = tmp_path / ".stamp"
    stamp.write_text(hashlib.sha256((tmp_path / "pyproject.toml").read_bytes()).hexdigest())
    monkeypatch.setattr(run, "ROOT", tmp_path)
    monkeypatch.setattr(run, "PY", Path(sys.executable))
    monkeypatch.setattr(run, "STAMP", stamp)
    monkeypatch.setattr(run, "_kit_installed_here", lambda: True)
    run.setup()  # installed already: nothing to install, the modules compiled all the same
    assert [p.name.split(".")[0] for p in (tmp_path / "kit" / "__pycache__").glob("*.pyc")] == ["words"]
