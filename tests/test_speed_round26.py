"""Round 26 (r26spd): one "hold for one call" helper for the word lists and the word sets, and one folder per
kernel for the concept tables that add_concept writes."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import pytest

from kit import concepts, lexicons, wordsets
from kit.held import HeldValue


def test_word_lists_and_word_sets_are_held_by_the_one_helper():
    assert isinstance(lexicons._HELD, HeldValue) and isinstance(wordsets._HELD, HeldValue)
    assert lexicons._HELD is not wordsets._HELD
    with lexicons.held_lexicon() as (table, key), wordsets.held_word_sets() as sets:
        assert lexicons.default_lexicon_and_key()[1] is key and wordsets.word_sets() is sets
        with lexicons.held_lexicon() as inner:  # a nested block keeps the outer block's lists
            assert inner[0] is table
    assert lexicons._HELD.current() is None and wordsets._HELD.current() is None


def test_a_held_value_is_read_once_per_outer_block_and_per_thread():
    reads = []
    held = HeldValue(lambda: reads.append(threading.get_ident()) or len(reads))
    with held.block() as first:
        with held.block() as second:
            assert first == second == 1
        seen = []
        worker = threading.Thread(target=lambda: seen.append(held.current()))
        worker.start()
        worker.join()
        assert seen == [None]  # another thread holds nothing of this block
    assert held.current() is None
    with held.block() as again:  # a new block reads again: an edited file counts
        assert again == 2
    assert len(reads) == 2


def test_a_held_value_is_let_go_when_the_block_fails():
    held = HeldValue(lambda: "lists")
    with pytest.raises(ValueError), held.block():
        raise ValueError("a bad cell")
    assert held.current() is None


def test_add_concept_writes_into_one_folder_per_kernel(capsys, monkeypatch):
    made = []
    real_mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: made.append(1) or real_mkdtemp(*a, **k))
    first = concepts.add_concept("Town council", "council", "the plain name")
    second = concepts.add_concept("Town council", "town council", table=first)
    third = concepts.add_concept("Harbour board", "harbour board")
    capsys.readouterr()
    assert first.parent == second.parent == third.parent == concepts.kernel_folder()
    assert Path(tempfile.gettempdir()) in first.parents
    assert len({first, second, third}) == 3
    assert len(made) <= 1  # at most the kernel's one folder is made, whatever the number of calls
    # each table keeps what it was given: the first one has one new name, the second both
    assert "town council" not in set(concepts.load_concepts(first).surface)
    assert {"council", "town council"} <= set(concepts.load_concepts(second).surface)


def test_a_cell_run_again_adds_no_file(capsys):
    paths = [concepts.add_concept("River authority", "river authority") for _ in range(5)]
    capsys.readouterr()
    assert len(set(paths)) == 1
    named = [p for p in concepts.kernel_folder().iterdir() if "river authority" in p.read_text(encoding="utf-8")]
    assert named == [paths[0]]


@pytest.mark.parametrize("surface", ["Washington", "Moscow"])
def test_a_refused_name_leaves_no_file(surface):
    folder = concepts.kernel_folder()
    before = set(folder.iterdir())
    with pytest.raises(concepts.KitError) as error:
        concepts.add_concept("Someone", surface)
    assert "already listed" in str(error.value) and "concepts.csv" in str(error.value)
    assert set(folder.iterdir()) == before
