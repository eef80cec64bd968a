"""`python -m kit validate`: every problem as file:line with its fix, and the right exit status."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kit import validate as validate_module
from kit.cli import main
from kit.errors import LexiconError, Problem

ROOT = Path(__file__).resolve().parent.parent
HEADER = "term,variants,category,tone,note,alternative,source,case_sensitive\n"
GOOD_ARTICLE = """---
title: Council approves the new bridge
outlet: The Valley Courier
author: A. Reporter
published: 2024-03-05
---
The council voted on Tuesday to approve the new bridge. The mayor said the work would start in May.

Residents who spoke at the meeting were divided. Some said the old bridge was safe enough.
"""


def run(args, capsys) -> tuple[int, str]:
    status = main(["validate", *map(str, args)])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KIT_DATA", raising=False)  # ./data is the folder these tests check
    return tmp_path


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- articles

def test_good_article_folder_passes(here, capsys):
    write(here / "my-articles" / "bridge.md", GOOD_ARTICLE)
    write(here / "my-articles" / "plain.txt", "A plain article. It has two sentences.\n")
    status, out = run(["my-articles"], capsys)
    assert status == 0, out
    assert "All good" in out and "2 article(s)" in out


def test_every_bad_article_is_named_with_its_fix(here, capsys):
    write(here / "arts" / "good.txt", "A plain article. It has two sentences.\n")
    write(here / "arts" / "empty.txt", "")
    write(here / "arts" / "broken.md", "---\ntitle: [broken\n---\nSome text.\n")
    write(here / "arts" / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    status, out = run(["arts"], capsys)
    assert status == 1
    lines = [line for line in out.splitlines() if line.startswith("arts/")]
    assert {line.split(":")[0] for line in lines} == {"arts/empty.txt", "arts/broken.md", "arts/photo.txt"}
    assert all(" — " in line for line in lines), out  # every problem comes with its fix
    assert re.search(r"^arts/broken\.md:\d+: .*front matter", out, re.M), out
    assert "3 problems found" in out
    assert "Traceback" not in out


def test_manifest_naming_a_missing_file_gives_its_line(here, capsys):
    write(here / "arts" / "one.txt", "A plain article. It has two sentences.\n")
    write(here / "manifest.csv", "article_id,file,outlet\none,arts/one.txt,Courier\ntwo,arts/two.txt,Courier\n")
    status, out = run(["manifest.csv"], capsys)
    assert status == 1
    assert re.search(r"^manifest\.csv:3: .* — ", out, re.M), out


def test_text_that_is_not_utf8_is_a_warning_not_a_failure(here, capsys):
    write(here / "latin.txt", "Caf\u00e9 society met on Tuesday. The mayor said so.\n".encode("cp1252"))
    status, out = run(["latin.txt"], capsys)
    assert status == 0, out
    assert "warning" in out and "latin.txt" in out


# --------------------------------------------------------------------------- word lists

def test_good_word_list_passes(here, capsys):
    write(here / "lexicons" / "labels.csv",
          HEADER + "regime,regimes,label,,Calls a government illegitimate.,government,class notes,\n")
    status, out = run(["lexicons/labels.csv"], capsys)
    assert status == 0, out
    assert "1 word-list entries" in out


def test_bad_word_list_names_file_line_and_fix(here, capsys):
    write(here / "lexicons" / "attribution.csv",
          HEADER + "said,says,attribution,neutral,Plain reporting verb.,,class notes,\n"
                   "claimed,claims,attribution,angry,Suggests doubt.,said,class notes,\n")
    status, out = run(["lexicons"], capsys)
    assert status == 1
    assert re.search(r"^lexicons/attribution\.csv:3: .*tone.* — .+", out, re.M), out


def test_a_folder_of_articles_and_word_lists_checks_both(here, capsys):
    write(here / "class" / "bridge.md", GOOD_ARTICLE)
    write(here / "class" / "mine.csv", HEADER + "regime,,labell,,Suggests it is illegitimate.,government,me,\n")
    status, out = run(["class"], capsys)
    assert status == 1
    assert re.search(r"^class/mine\.csv:2: .*category.* — .+", out, re.M), out


def test_word_list_with_a_wrong_header_is_reported(here, capsys):
    write(here / "words.csv", "term,category\nregime,label\n")
    status, out = run(["words.csv"], capsys)
    assert status == 1
    assert "words.csv:1" in out and "term,variants,category" in out


# --------------------------------------------------------------------------- concept tables and gazetteer

@pytest.mark.parametrize("kind, name", [("concepts", "concepts.csv"), ("gazetteer", "gazetteer.csv")])
def test_tables_go_to_their_loader_and_problems_come_back(kind, name, here, capsys, monkeypatch):
    seen = []

    def fake_loader(path):
        seen.append(Path(path).name)
        raise LexiconError(problems=[Problem("actor is empty", file=str(path), line=4, field="actor",
                                             fix="Write who the name refers to.")])

    monkeypatch.setattr(validate_module, "_loader", lambda k: fake_loader if k == kind else None)
    write(here / name, "a,b\n1,2\n")
    status, out = run([name], capsys)
    assert seen == [name]
    assert status == 1
    assert f"{name}:4: field 'actor': actor is empty — Write who the name refers to." in out


@pytest.mark.parametrize("module, name, filename", [
    ("kit.framing", "load_concepts", "concepts.csv"),
    ("kit.sourcing", "load_gazetteer", "gazetteer.csv"),
])
def test_the_kits_own_tables_pass_their_real_loader(module, name, filename, capsys):
    assert callable(getattr(importlib.import_module(module), name)), f"{module}.{name} is what validate calls"
    status, out = run([ROOT / "data" / filename], capsys)
    assert status == 0, out


def test_a_bug_in_a_loader_is_reported_without_a_traceback(here, capsys, monkeypatch):
    def broken(path):
        raise TypeError("unexpected")

    monkeypatch.setattr(validate_module, "_loader", lambda kind: broken)
    write(here / "a.txt", "Text. More text.\n")
    status, out = run(["a.txt"], capsys)
    assert status == 1
    assert "a.txt: could not check the articles (TypeError: unexpected) — " in out and "bug" in out


# --------------------------------------------------------------------------- paths and the command itself

def test_missing_and_unknown_paths(here, capsys):
    write(here / "mystery.csv", "colour,size\nred,3\n")
    write(here / "slides.pdf", b"%PDF-1.4")
    status, out = run(["nowhere", "mystery.csv", "slides.pdf"], capsys)
    assert status == 1
    assert "nowhere: there is no file or folder here — " in out
    assert "mystery.csv:1: cannot tell what this table is" in out
    assert "slides.pdf: the kit does not read '.pdf' files — " in out


def test_a_data_folder_checks_each_part(here, capsys, monkeypatch):
    write(here / "data" / "articles" / "one.txt", "A plain article. It has two sentences.\n")
    write(here / "data" / "lexicons" / "labels.csv",
          HEADER + "regime,,label,,Calls a government illegitimate.,government,class notes,\n")
    status, out = run([], capsys)  # no path: ./data
    assert status == 0, out
    assert "1 article(s)" in out and "1 word-list entries" in out


def test_the_kits_own_data_validates():
    """`python -m kit validate` in the kit's folder: the shipped data must pass (and __main__ works)."""
    done = subprocess.run([sys.executable, "-m", "kit", "validate"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All good" in done.stdout


def test_help_is_friendly():
    done = subprocess.run([sys.executable, "-m", "kit", "validate", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0
    assert "file:line" in done.stdout and "python -m kit validate" in done.stdout
    top = subprocess.run([sys.executable, "-m", "kit"], capture_output=True, text=True, timeout=60)
    assert "build-student" in top.stdout and "validate" in top.stdout


def test_a_word_list_for_a_new_category_passes(here, capsys):
    write(here / "lexicons" / "euphemism.csv",
          HEADER + "collateral damage,,euphemism,,Hides that people were killed.,civilian deaths,class 9B,\n")
    write(here / "lexicons" / "hedge.csv", HEADER + "perhaps,,hedge,,Shows doubt.,,class 9B,\n")
    status, out = run(["lexicons"], capsys)
    assert status == 0, out
    assert "2 word-list entries" in out


def test_a_typo_category_in_a_built_in_word_list_fails_with_its_line(here, capsys):
    write(here / "lexicons" / "hedge.csv",
          HEADER + "perhaps,,hedge,,Shows doubt.,,class 9B,\npossibly,,hedgee,,Shows doubt.,,class 9B,\n")
    status, out = run(["lexicons"], capsys)
    assert status == 1
    assert re.search(r"^lexicons/hedge\.csv:3: .*unknown category 'hedgee'.* — .*hedgee\.csv", out, re.M), out


# --------------------------------------------------------------------------- validate agrees with the loader

def test_validate_reads_what_the_loader_reads(here, capsys):
    write(here / "arts" / "one.markdown", GOOD_ARTICLE)
    write(here / "arts" / "README.md", "Notes for the class.\n")
    write(here / "arts" / "_draft.txt", "Not ready.\n")
    status, out = run(["arts"], capsys)
    assert status == 0, out
    assert "1 article(s)" in out
    assert "README.md" in out and "_draft.txt" in out  # passed over, and said so (a warning)


@pytest.mark.parametrize("make", ["devnull", "fifo", "unreadable"])
def test_odd_paths_are_problems_not_tracebacks(here, capsys, monkeypatch, make):
    import os

    if make == "devnull":
        target = "/dev/null"
    elif make == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(here / "pipe.txt")
        target = "pipe.txt"
    else:
        write(here / "locked" / "a.txt", "Text.\n")
        target = "locked"
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p).endswith("locked")
                            else real_access(p, mode, **kw))
    status, out = run([target], capsys)
    assert status == 1
    assert "Traceback" not in out and " — " in out
    assert target in out


def test_a_comma_in_a_note_is_reported_as_too_many_values(here, capsys):
    write(here / "lexicons" / "hedge.csv",
          HEADER + "perhaps,,hedge,,Shows doubt, not proof.,,class 9B,\n")
    status, out = run(["lexicons"], capsys)
    assert status == 1
    assert re.search(r"^lexicons/hedge\.csv:2: field 'note': this line has 9 values but the header has 8 "
                     r"columns.* — Put the note in double quotes", out, re.M), out
    assert "case_sensitive" not in out  # not the misleading problem the shifted values would give


def test_a_comma_in_a_note_that_shifts_into_empty_cells_is_still_found(here, capsys):
    write(here / "lexicons" / "hedge.csv", HEADER + "perhaps,,hedge,,Shows doubt, not proof,,,\n")
    status, out = run(["lexicons"], capsys)
    assert status == 1
    assert "hedge.csv:2" in out and "9 values" in out


def test_an_unknown_category_gets_the_nearest_suggestion(here, capsys):
    write(here / "lexicons" / "mine.csv", HEADER + "perhaps,,hegde,,Shows doubt.,,class 9B,\n")
    status, out = run(["lexicons"], capsys)
    assert status == 1
    assert "unknown category 'hegde' (did you mean 'hedge'?)" in out, out


def test_a_form_in_two_categories_is_reported(here, capsys):
    write(here / "lexicons" / "hedge.csv", HEADER + "claimed,,hedge,,Shows doubt.,,class 9B,\n")
    write(here / "lexicons" / "attribution.csv",
          HEADER + "claim,claimed|claims,attribution,loaded,Suggests doubt.,said,class 9B,\n")
    status, out = run(["lexicons"], capsys)
    assert re.search(r"hedge\.csv:2: field 'term': warning: |'claimed' is listed as 'hedge' here and as "
                     r"'attribution' in lexicons/attribution\.csv:2", out), out
