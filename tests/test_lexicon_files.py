"""Checks on the shipped word lists in data/lexicons/ (the files only, not the matching engine).

These tests read the CSV files with the csv module and pandas, so they run even while the engine
(kit/lexicons.py, kit/annotate.py) changes. An instructor who edits a list can run them to catch a
broken row before students see it:

    pytest tests/test_lexicon_files.py -q
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from kit.datafiles import packaged_data_dir

LEXICON_DIR = packaged_data_dir() / "lexicons"
HEADER = ["term", "variants", "category", "tone", "note", "alternative", "source", "case_sensitive"]
CATEGORIES = [
    "loaded_language",
    "label",
    "hedge",
    "doubt",
    "booster",
    "attribution",
    "vague_source",
    "scare_quote",
]
TONES = {"neutral", "loaded"}
MAX_NOTE = 200
# Sizes the kit ships with; an instructor may trim a list, but the shipped one should not shrink by accident.
MIN_ENTRIES = {
    "loaded_language": 150,
    "label": 50,
    "hedge": 40,
    "doubt": 15,
    "booster": 50,
    "attribution": 50,
    "vague_source": 40,
    "scare_quote": 5,
}
# Surface forms the kit's lessons rely on (the obvious cases in the seed articles plus the traps).
MUST_HAVE = {
    "loaded_language": [
        "brutal", "merciless", "damning", "patent nonsense", "scourge", "massacring", "raping", "fattening off",
    ],
    "label": ["regime", "regime change", "puppet", "imperialism", "imperialist", "terrorists", "proxy"],
    "hedge": [
        "alleged", "allegedly", "reportedly", "may", "might", "could", "appears", "seems", "unconfirmed",
        "suggests", "likely", "possibly",
    ],
    "doubt": ["unsubstantiated", "allegations", "dubious", "baseless", "unfounded", "supposedly", "purported"],
    "booster": [
        "undoubtedly", "clearly", "incontrovertible", "undeniable", "in reality", "certainly", "of course",
        "the fact that", "indeed", "obvious",
    ],
    "attribution": [
        "said", "says", "told", "according to", "stated", "reported", "added", "explained", "noted", "asked",
        "announced", "wrote", "claimed", "admitted", "insisted", "blasted", "dismissed", "charged", "accused",
        "conceded",
    ],
    "vague_source": [
        "some experts", "critics say", "an anonymous source", "it is well known", "it's well known",
        "many believe", "observers say", "sources say",
    ],
    "scare_quote": ["so-called", "self-proclaimed", "self-styled", "quote-unquote"],
}
# Words that must never be matched without case: an entry for them must have case_sensitive=yes.
CASE_TRAPS = {"may"}
CURLY = "\u2018\u2019\u201c\u201d"


def _path(category: str) -> Path:
    return LEXICON_DIR / f"{category}.csv"


def _rows(category: str) -> list[dict[str, str]]:
    with _path(category).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _surfaces(row: dict[str, str]) -> list[str]:
    """The term and its variants, as the engine will look for them."""
    forms = [row["term"]] + (row["variants"].split("|") if row["variants"] else [])
    return forms if row["case_sensitive"] == "yes" else [f.lower() for f in forms]


def test_every_category_has_a_file():
    found = sorted(p.stem for p in LEXICON_DIR.glob("*.csv"))
    assert set(CATEGORIES) <= set(found), f"missing: {sorted(set(CATEGORIES) - set(found))}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_file_parses_with_exact_header(category):
    raw = _path(category).read_bytes()
    raw.decode("utf-8")  # raises if the file is not UTF-8
    assert not raw.startswith(b"\xef\xbb\xbf"), "remove the byte-order mark (save as 'UTF-8', not 'UTF-8 with BOM')"
    with _path(category).open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        assert header == HEADER
        for line_no, fields in enumerate(reader, start=2):
            assert len(fields) == len(HEADER), f"{category}.csv line {line_no}: {len(fields)} fields, expected 8"
    frame = pd.read_csv(_path(category), dtype=str, keep_default_na=False)
    assert list(frame.columns) == HEADER
    assert len(frame) == len(_rows(category))


@pytest.mark.parametrize("category", CATEGORIES)
def test_shipped_list_size(category):
    assert len(_rows(category)) >= MIN_ENTRIES[category]


@pytest.mark.parametrize("category", CATEGORIES)
def test_required_fields_and_category_matches_file_name(category):
    for line_no, row in enumerate(_rows(category), start=2):
        where = f"{category}.csv line {line_no} ({row['term']!r})"
        assert row["term"].strip(), f"{where}: empty term"
        assert row["term"] == row["term"].strip(), f"{where}: spaces around the term"
        assert row["category"] == category, f"{where}: category {row['category']!r} does not match the file name"
        assert row["source"].strip(), f"{where}: empty source"
        assert row["case_sensitive"] in {"", "yes"}, f"{where}: case_sensitive must be 'yes' or empty"


@pytest.mark.parametrize("category", CATEGORIES)
def test_tone_only_and_always_for_attribution(category):
    for line_no, row in enumerate(_rows(category), start=2):
        where = f"{category}.csv line {line_no} ({row['term']!r})"
        if category == "attribution":
            assert row["tone"] in TONES, f"{where}: tone must be 'neutral' or 'loaded'"
        else:
            assert row["tone"] == "", f"{where}: tone is only for attribution"


def test_attribution_has_both_tones():
    tones = Counter(row["tone"] for row in _rows("attribution"))
    assert tones["neutral"] >= 20 and tones["loaded"] >= 20, tones


@pytest.mark.parametrize("category", CATEGORIES)
def test_notes_are_one_short_sentence(category):
    for line_no, row in enumerate(_rows(category), start=2):
        where = f"{category}.csv line {line_no} ({row['term']!r})"
        note = row["note"]
        assert note.strip(), f"{where}: empty note"
        assert note == note.strip(), f"{where}: spaces around the note"
        assert len(note) <= MAX_NOTE, f"{where}: note is {len(note)} characters (at most {MAX_NOTE})"
        assert note.endswith("."), f"{where}: note must end with a full stop"
        assert note[0].isupper(), f"{where}: note must start with a capital letter"
        assert not re.search(r"[.!?] [A-Z]", note), f"{where}: note must be one sentence"
        assert "\n" not in note, f"{where}: note must be on one line"


@pytest.mark.parametrize("category", CATEGORIES)
def test_terms_and_variants_well_formed(category):
    for line_no, row in enumerate(_rows(category), start=2):
        where = f"{category}.csv line {line_no} ({row['term']!r})"
        variants = row["variants"].split("|") if row["variants"] else []
        assert all(v for v in variants), f"{where}: empty variant (a doubled or trailing '|')"
        for form in [row["term"], *variants]:
            assert form == form.strip(), f"{where}: spaces around {form!r}"
            assert "  " not in form, f"{where}: double space in {form!r}"
            assert not any(ch in form for ch in CURLY), f"{where}: use straight quotes in {form!r}"
            assert re.search(r"\w", form), f"{where}: {form!r} has no letters"
            assert re.fullmatch(r"[\w][\w' .-]*[\w.]|\w", form), f"{where}: unexpected character in {form!r}"
            if row["case_sensitive"] != "yes":
                assert form == form.lower(), f"{where}: {form!r} must be lowercase (or set case_sensitive=yes)"
        lowered = [f.lower() for f in [row["term"], *variants]]
        assert len(lowered) == len(set(lowered)), f"{where}: a variant repeats the term or another variant"


@pytest.mark.parametrize("category", CATEGORIES)
def test_no_duplicate_surface_form_within_category(category):
    seen: dict[str, str] = {}
    for line_no, row in enumerate(_rows(category), start=2):
        for form in _surfaces(row):
            assert form not in seen, f"{category}.csv line {line_no}: {form!r} is already listed under {seen[form]!r}"
            seen[form] = row["term"]


#: Verbs of belief and expectation that are both a hedge and an attribution (docs/lexicons.md, "What goes
#: where"): "analysts think it will fall" reports a view and holds the claim back, at once; so do the verbs
#: of appearance: "she seemed to agree" says how someone came across and does not say it as fact.
BELIEF_VERBS = {"think", "thinks", "believe", "believes", "expect", "expects", "expected",
                "suggest", "suggests", "suggested", "suggesting",
                "seem", "seems", "seemed", "appear", "appears", "appeared"}


def test_no_surface_form_in_two_categories():
    """The kit's lists keep each surface form in one category, a decision documented in docs/lexicons.md;
    the only exception is the short list of verbs of belief, in hedge and attribution."""
    owner: dict[str, str] = {}
    for category in CATEGORIES:
        for row in _rows(category):
            for form in _surfaces(row):
                key = form.lower()
                if key in BELIEF_VERBS and {owner.get(key, category), category} <= {"hedge", "attribution"}:
                    continue
                assert owner.get(key, category) == category, f"{form!r} is in {owner[key]} and {category}"
                owner[key] = category


def test_belief_verbs_are_in_both_lists():
    """Each verb of belief named as an exception is really in both lists (the exception list cannot go stale)."""
    forms = {c: {f.lower() for row in _rows(c) for f in _surfaces(row)} for c in ("hedge", "attribution")}
    assert BELIEF_VERBS <= forms["hedge"] & forms["attribution"]


@pytest.mark.parametrize("category", CATEGORIES)
def test_must_have_forms_present(category):
    forms = {f.lower() for row in _rows(category) for f in _surfaces(row)}
    missing = [f for f in MUST_HAVE[category] if f not in forms]
    assert not missing, f"{category}.csv lacks {missing}"


def test_case_traps_are_case_sensitive():
    for category in CATEGORIES:
        for row in _rows(category):
            for form in [row["term"], *(row["variants"].split("|") if row["variants"] else [])]:
                if form.lower() in CASE_TRAPS:
                    assert row["case_sensitive"] == "yes", f"{category}: {form!r} must be case-sensitive"
                    assert form == form.lower(), f"{category}: {form!r} must be the lowercase form"


def test_no_bare_is_entry():
    """'IS' (Islamic State) and 'is' (the verb) differ only in case; no list may match either by accident."""
    for category in CATEGORIES:
        for row in _rows(category):
            assert "is" not in {f.lower() for f in _surfaces(row)}, f"{category}: bare 'is' entry"
