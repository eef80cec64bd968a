"""Issue 25, round 22: what made the lessons faster changes no result.

- ``kit.FinalCollectionSkipper`` freezes the collector only once the interpreter is finalizing;
- the names matcher built from ``kit.gazetteer.gazetteer_rows`` finds what one built from
  ``load_gazetteer``'s table found, and an edited gazetteer file is read again;
- ``kit.phrases.phrase_forms`` gives the forms ``normalise_form`` gives.
"""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from kit.gazetteer import (
    NAME_LEFT,
    NAME_RIGHT,
    _aliases,
    gazetteer_hits,
    gazetteer_rows,
    gazetteer_stamp,
    load_gazetteer,
)
from kit.phrases import PhraseMatcher, normalise_form, phrase_forms


def test_the_collector_is_left_alone_until_the_program_ends():
    # at exit (atexit callbacks, a kernel's clean-up) nothing is frozen yet; the kit's skipper is ready and
    # asks whether the interpreter is finalizing, which it is only after those callbacks
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: print('at exit', gc.get_freeze_count() > 0, sys.is_finalizing()))\n"
            "import kit\n"
            "kit.load_articles()\n"
            "print('running', gc.get_freeze_count() > 0, gc.isenabled())\n"
            "print(kit.FINAL_COLLECTION_SKIPPER.finalizing is sys.is_finalizing,"
            " kit.FINAL_COLLECTION_SKIPPER.freeze is gc.freeze)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["running False True", "True True", "at exit False False"]


def test_the_skipper_freezes_only_when_the_interpreter_is_finalizing():
    import importlib

    import kit

    calls = []
    for finalizing in (False, True):
        skipper = kit.FinalCollectionSkipper(finalizing=lambda f=finalizing: f, freeze=lambda: calls.append(1))
        del skipper
    assert calls == [1]
    before = gc.get_freeze_count()
    importlib.reload(kit)  # the old skipper is dropped while the program runs: nothing frozen
    assert gc.get_freeze_count() == before == 0


def _old_matcher(frame):
    """The names matcher as it was built from load_gazetteer's table (before round 22)."""
    entries = []
    for row in frame.itertuples():
        for alias in _aliases({"name": row.name, "aliases": row.aliases}):
            sensitive = row.case_sensitive
            if sensitive is None:
                sensitive = len(alias.split()) == 1
            entries.append((alias, (row.name, row.type), bool(sensitive)))
    return PhraseMatcher(entries, left=NAME_LEFT, right=NAME_RIGHT)


def test_names_matcher_from_rows_finds_what_the_table_matcher_found():
    frame = load_gazetteer()
    names = [a for row in frame.itertuples() for a in _aliases({"name": row.name, "aliases": row.aliases})]
    # every name of the file, as written and in small letters, in made-up sentences
    text = " ".join(f"They met {n} on Monday; {n.lower()}'s view was new." for n in names)
    old = [(s, e, name, kind) for s, e, (name, kind) in _old_matcher(frame).find(text)]
    assert old  # the test reads something
    assert gazetteer_hits(text) == old


def test_gazetteer_rows_are_the_rows_of_the_table():
    frame = load_gazetteer()
    rows = gazetteer_rows(gazetteer_stamp())
    assert len(rows) == len(frame)
    assert [r["name"].strip() for r in rows] == frame["name"].tolist()
    assert [r["case_sensitive"] for r in rows] == frame["case_sensitive"].tolist()


def test_an_edited_gazetteer_is_read_again(tmp_path):
    path = tmp_path / "gazetteer.csv"
    header = "name,type,aliases,country,case_sensitive,note\n"
    path.write_text(header + "Daily Planet,media_outlet,The Planet,,yes,\n", encoding="utf-8")
    assert gazetteer_hits("The Daily Planet said so.", gazetteer=path)[0][2] == "Daily Planet"
    path.write_text(header + "Daily Bugle,media_outlet,,,yes,a made-up paper\n", encoding="utf-8")
    assert [h[2] for h in gazetteer_hits("The Daily Bugle said so.", gazetteer=path)] == ["Daily Bugle"]
    assert load_gazetteer(path)["note"].tolist() == ["a made-up paper"]


@pytest.mark.parametrize("phrase", ["so-called", "Didn\u2019t  SAY ", " the\tregime ", "US", "Stra\u00dfe",
                                    "\u0130stanbul", "a\u00a0b", "\u201cfake\u201d news", "", "   ", "x\ny"])
def test_phrase_forms_are_normalise_form(phrase):
    assert phrase_forms(phrase) == (normalise_form(phrase, case_sensitive=True),
                                    normalise_form(normalise_form(phrase, case_sensitive=True)))
    exact, folded = phrase_forms(phrase)
    assert len(folded) == len(exact)
