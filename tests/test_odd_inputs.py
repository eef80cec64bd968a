"""Odd inputs from a seeded generator: every outcome is loaded articles or a KitError, and nothing vanishes.

Each case is a folder, a single file, a CSV or JSON manifest or a DataFrame made of odd parts:
random bytes, other encodings and line endings, broken or hostile front matter, manifests with
stray commas, DataFrames with odd columns, and file-system oddities (hidden files, subfolders,
broken and looping links, named pipes, links to devices). For each case:

- ``load_articles(..., errors="skip")`` returns a table or raises a KitError with a fix;
- every item given (a file in the folder, a manifest line, a DataFrame row) is either loaded
  or reported in ``attrs["skipped"]``, never both, never neither: loaded + skipped == given;
- ``errors="raise"`` either loads the same table or raises a KitError;
- offsets stay exact and ids unique.

``benchmarks/fuzz_loader.py`` runs the same generator over thousands of cases, each in its own
process with a time and memory cap.
"""

from __future__ import annotations

import json
import os
import random
import warnings
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit.errors import KitError

SEED = 12
CASES = 240  # about 15 s on a laptop; the long run is benchmarks/fuzz_loader.py

WORDS = ("the council met on Tuesday and said the bridge would open in May while critics "
         "called the plan a brutal waste of money U.S. officials Gen. Smith 2.5 percent").split()
ODD_CHARS = "\u00e9\u2014\u201c\u201d\u2019\u00a0\u200b\ufeff\t\x0b\x0c\x1c\u2028\u2029\U0001f600\u0627\u05d0\u4e2d*_[]<>&#`|\\"
NAMES = ["a.txt", "A b.txt", "a-b.txt", "A_B.txt", "caf\u00e9.md", "x.markdown", "NOTES.TXT", "???.txt",
         "story.md", "-.txt", "long-" + "n" * 120 + ".txt", "two words.md", "\u4e2d\u6587.txt", "b.txt", "c.MD"]
DATES = ["2017-11-16", "2017-13-45", "16 November 2017", "today", "2017-11-16T10:00+02:00",
         "2017-11-16T10:00Z", "", "~", "99999-01-01", "0001-01-01", "Nov 31 2017", "2017"]


# --------------------------------------------------------------------------- the generator

def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words) + 1), "".join(rng.choice(ODD_CHARS) for _ in range(rng.randint(1, 4))))
    return " ".join(words).capitalize() + rng.choice([".", ".", "?", "!", "", "…", "\u201d"])


def body(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.05:
        return ""
    if kind < 0.1:
        return " \n\t\n"
    paras = [" ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))]
    extras = ["Disclaimer: the views are the author's own.", "Copyright law protects the author's work.",
              "---", "***", "Creative Commons licences are common online.", "By Ann Lee", "# Heading",
              "- a list item", "> a quote", "Copyright \u00a9 2017 The Paper", "Source", "<b>bold</b> &amp; more",
              "[a link](http://x.org)", "Report a typo"]
    for _ in range(rng.randint(0, 3)):
        paras.insert(rng.randrange(len(paras) + 1), rng.choice(extras))
    return "\n\n".join(paras)


def front_matter(rng: random.Random) -> str:
    kind = rng.randrange(12)
    lines = [f"{rng.choice(['title', 'Title', 'outlet', 'author', 'notes', 'level', 'id'])}: {sentence(rng)[:40]}"
             for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.5:
        lines.append(f"published: {rng.choice(DATES)}")
    if kind == 0:
        return "---\n" + "\n".join(lines) + "\n"  # never closed
    if kind == 1:
        lines.append("title: [broken")
    elif kind == 2:
        lines = ["- a list", "- not a mapping"]
    elif kind == 3:
        lines = ['a: &a ["lol","lol","lol","lol","lol","lol"]', "b: &b [*a,*a,*a,*a,*a,*a]",
                 "c: &c [*b,*b,*b,*b,*b,*b]", "title: [*c,*c,*c,*c,*c,*c]"]
    elif kind == 4:
        depth = rng.choice([50, 2000, 30000])
        lines.append("extra: " + "[" * depth + "]" * depth)
    elif kind == 5:
        lines.append("title: " + "x" * rng.choice([100, 30000]))
    elif kind == 6:
        lines.append(f"title: {rng.choice(['yes', 'no', '1e3', 'null', '~', '0x10', '[a, b]', '{a: 1}'])}")
    elif kind == 7:
        lines.append("footer: no")
    elif kind == 8:
        lines.append(f"article_id: {rng.choice(['same', 'same', 'a-b', ''])}")
    return "---\n" + "\n".join(lines) + "\n" + rng.choice(["---", "...", "--- "]) + "\n"


def encode(text: str, rng: random.Random) -> bytes:
    ending = rng.choice(["\n", "\n", "\r\n", "\r", None])
    if ending is None:  # mixed line ends
        text = "".join(ch if ch != "\n" else rng.choice(["\n", "\r\n", "\r"]) for ch in text)
    else:
        text = text.replace("\n", ending)
    enc = rng.choice(["utf-8", "utf-8", "utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
    data = text.encode(enc, errors="replace")
    roll = rng.random()
    if roll < 0.05:
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
    elif roll < 0.08:
        data = data[: rng.randint(0, len(data))]  # cut mid-character
    elif roll < 0.1:
        data = b"%PDF-1.4\n" + data
    return data


def article_bytes(rng: random.Random) -> bytes:
    text = (front_matter(rng) if rng.random() < 0.4 else "") + body(rng)
    return encode(text, rng)


def odd_entry(rng: random.Random, folder: Path, name: str) -> None:
    """One file-system oddity named ``name`` (a name ending in an article suffix, mostly)."""
    path = folder / name
    kind = rng.randrange(9)
    if kind == 0:
        path.mkdir()
        (path / "inside.txt").write_text("A nested article.", encoding="utf-8")
    elif kind == 1:
        path.symlink_to(folder / "does-not-exist.txt")
    elif kind == 2:
        path.symlink_to(path)  # a loop
    elif kind == 3 and hasattr(os, "mkfifo"):
        os.mkfifo(path)
    elif kind == 4 and os.path.exists("/dev/zero"):
        path.symlink_to("/dev/zero")
    elif kind == 5:
        (folder / "real-target.txt").write_text("The target of a link.", encoding="utf-8") \
            if not (folder / "real-target.txt").exists() else None
        path.symlink_to(folder / "real-target.txt")
    elif kind == 6:
        path.write_bytes(b"")
    elif kind == 7:
        path.mkdir()  # an empty subfolder
    else:
        path.write_bytes(article_bytes(rng))


def make_folder(rng: random.Random, root: Path) -> Path:
    folder = root / "articles"
    folder.mkdir()
    names = set()
    for _ in range(rng.randint(1, 7)):
        name = rng.choice(NAMES)
        if rng.random() < 0.2:
            name = rng.choice([".", "_", "README", "readme.", ".ipynb_checkpoints", "notes.", "x.csv", "y.pdf"]) \
                + ("md" if rng.random() < 0.5 else "")
        if name in names or name in (".", "..", "_"):
            continue
        names.add(name)
        if rng.random() < 0.25:
            odd_entry(rng, folder, name)
        else:
            (folder / name).write_bytes(article_bytes(rng))
    return folder


def make_file(rng: random.Random, root: Path) -> Path:
    name = rng.choice(NAMES)
    if rng.random() < 0.2:
        odd_entry(rng, root, name)
    else:
        (root / name).write_bytes(article_bytes(rng))
    return root / name


def make_manifest(rng: random.Random, root: Path) -> Path:
    files = []
    for i in range(rng.randint(1, 4)):
        name = f"f{i}.txt"
        (root / name).write_bytes(article_bytes(rng))
        files.append(name)
    rows = []
    for _ in range(rng.randint(0, 5)):
        row = {"file": rng.choice(files + ["missing.txt", "", "../outside.txt", "sub/", "/dev/zero"]),
               "title": sentence(rng)[:30], "published": rng.choice(DATES)}
        if rng.random() < 0.3:
            row["article_id"] = rng.choice(["same", "x", "", "f0"])
        if rng.random() < 0.2:
            row = {"text": body(rng), "title": "Inline"}
        rows.append(row)
    if rng.random() < 0.5:
        path = root / "manifest.json"
        kind = rng.randrange(8)
        if kind == 0:
            data = "[" * 50_000 + "]" * 50_000
        elif kind == 1:
            data = "{not json"
        elif kind == 2:
            data = json.dumps({"articles": rows})
        elif kind == 3:
            data = json.dumps(rows + [42, "text", None])
        elif kind == 4:
            data = json.dumps({"title": "not a list"})
        else:
            data = json.dumps(rows)
        path.write_text(data, encoding="utf-8")
        return path
    path = root / "manifest.csv"
    columns = ["file", "title", "published", "article_id", "text"]
    header = ",".join(columns) + rng.choice(["", "", ",", ",,", ",file"])
    lines = [header]
    for row in rows:
        cells = [str(row.get(c, "")) for c in columns]
        quoted = [f'"{c}"' if ("," in c or "\n" in c or '"' in c) and rng.random() < 0.8 else c for c in cells]
        line = ",".join(quoted) + rng.choice(["", "", ",", ",,,", ",extra", '"'])
        lines.append(line)
        if rng.random() < 0.1:
            lines.append("")
    text = rng.choice(["\n", "\r\n"]).join(lines) + "\n"
    if rng.random() < 0.05:
        text = ""
    path.write_bytes(encode(text, rng) if rng.random() < 0.1 else text.encode("utf-8"))
    return path


def make_dataframe(rng: random.Random) -> pd.DataFrame:
    n = rng.randint(0, 6)
    texts = [rng.choice([body(rng), body(rng), None, float("nan"), 42, b"bytes", "", "Same text."]) for _ in range(n)]
    frame = pd.DataFrame({"text": pd.Series(texts, dtype=object)})
    if rng.random() < 0.4:
        frame["article_id"] = [rng.choice(["a", "a", "b", None, 7, float("nan"), ""]) for _ in range(n)]
    if rng.random() < 0.4:
        frame["published"] = [rng.choice(DATES + [None, pd.Timestamp("2017-01-01", tz="UTC")]) for _ in range(n)]
    if rng.random() < 0.2:
        frame[0] = range(n)  # an integer column name
    if rng.random() < 0.1:
        frame["title"] = [rng.choice([["a", "list"], {"a": 1}, "Plain"]) for _ in range(n)]
    if rng.random() < 0.1:
        frame["_private"] = "kept"
    if rng.random() < 0.1:
        frame.index = [rng.choice(["x", "y", 3]) for _ in range(n)]
    if rng.random() < 0.05:
        frame = pd.concat([frame, frame[["text"]]], axis=1)  # two columns named 'text'
    return frame


def make_case(seed: int, root: Path):
    """A source to load, built from ``seed`` (the same seed always gives the same case)."""
    rng = random.Random(seed)
    kind = rng.choice(["folder", "folder", "file", "manifest", "dataframe"])
    if kind == "folder":
        return kind, make_folder(rng, root)
    if kind == "file":
        return kind, make_file(rng, root)
    if kind == "manifest":
        return kind, make_manifest(rng, root)
    return kind, make_dataframe(rng)


# --------------------------------------------------------------------------- the checks

class SilentDrop(AssertionError):
    """An item given to the loader was neither loaded nor reported (or was both)."""


def expect(condition: bool, detail) -> None:
    if not condition:
        raise SilentDrop(detail)


def given_items(kind: str, source) -> list:
    """What was given, one key per item: file names, manifest lines, DataFrame rows."""
    if kind == "folder":
        return sorted(p.name for p in Path(source).iterdir())
    if kind == "file":
        return [Path(source).name]
    if kind == "dataframe":  # rows are named by their index label, or by position when labels repeat
        return [f"row {i}" for i in (source.index if source.index.is_unique else range(len(source)))]
    return None  # manifests: counted from the problems and the rows loaded


def check_outcome(kind: str, source) -> str:
    """Load ``source`` both ways and check the promises; returns "loaded", "refused" or raises AssertionError."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            arts = kit.load_articles(source, errors="skip")
        except KitError as err:
            assert err.problems and all(p.fix for p in err.problems), str(err)
            arts = None
    others = [w for w in caught if not issubclass(w.category, kit.corpus.KitWarning)]
    assert not others, [str(w.message) for w in others]
    if arts is None:
        return "refused"
    assert len(arts) > 0 and arts.article_id.is_unique
    assert all(isinstance(t, str) and t.strip() for t in arts.text)
    skipped = arts.attrs["skipped"]
    assert all(s["fix"] and s["problem"] for s in skipped), skipped
    if kind == "file" and Path(source).is_dir():
        kind = "folder"  # a folder named like an article is loaded as a folder
    given = given_items(kind, source)
    if kind == "dataframe":
        reported = {s["file"] for s in skipped}
        expect(reported <= set(given), ("reported rows that were not given", reported - set(given)))
        expect(len(arts) + len(reported) == len(given), ("loaded + skipped != given", given, reported, len(arts)))
    elif given is not None:
        reported = {str(s["file"]).rsplit("/", 1)[-1] for s in skipped}
        loaded = [Path(f).name for f in arts.source_file]
        expect(len(loaded) == len(set(loaded)), ("an item was loaded twice", loaded))
        expect(not reported & set(loaded), ("loaded and reported", reported & set(loaded)))
        expect(len(loaded) + len(reported) == len(set(given)), ("loaded + skipped != given", given, loaded, reported))
        expect(set(loaded) | reported == set(given), ("not accounted for", set(given) - set(loaded) - reported))
    else:
        lines = _manifest_lines(source)
        by_line = {s["line"] for s in skipped if s["line"]}
        bad_files = {Path(s["file"]).name for s in skipped if not s["line"]}
        reported = {line for line, file in lines.items() if line in by_line or (file and Path(file).name in bad_files)}
        expect(len(arts) + len(reported) == len(lines), ("loaded + skipped != given", lines, skipped,
                                                         list(arts.source_file)))
    for table in (kit.paragraphs(arts), kit.sentences(arts)):
        texts = dict(zip(arts.article_id, arts.text))
        for row in table.itertuples():
            assert texts[row.article_id][row.start:row.end] == row.text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            strict = kit.load_articles(source)
        except KitError:
            return "loaded"
    real_problems = [s for s in skipped if not _passed_over(s)]
    assert not real_problems, real_problems
    pd.testing.assert_frame_equal(strict, arts)
    return "loaded"


def _passed_over(record: dict) -> bool:
    return any(word in record["problem"] for word in ("hidden", "starting with '_'", "README", "subfolder",
                                                       "link", "regular file", "files are read"))


def _manifest_lines(path: Path) -> dict:
    """Manifest line (or JSON item number) -> the file it names ("" for inline text)."""
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, RecursionError):
            return {}
        data = data.get("articles", data) if isinstance(data, dict) else data
        return {i: str(item.get("file", "")) if isinstance(item, dict) else "" for i, item in enumerate(data, 1)} \
            if isinstance(data, list) else {}
    import csv
    import io

    try:
        reader = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""))
        header = [h.strip().lower() for h in next(reader, [])]
        out, start = {}, reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                row = dict(zip(header, cells))
                out[start] = (row.get("file") or "").strip()
            start = reader.line_num + 1
        return out
    except (UnicodeDecodeError, csv.Error):
        return {}


# --------------------------------------------------------------------------- the tests

@pytest.mark.parametrize("block", range(8))
def test_odd_inputs_load_or_fail_clearly(tmp_path, block):
    outcomes = {"loaded": 0, "refused": 0}
    for seed in range(SEED * 1000 + block * CASES // 8, SEED * 1000 + (block + 1) * CASES // 8):
        root = tmp_path / str(seed)
        root.mkdir()
        kind, source = make_case(seed, root)
        try:
            outcomes[check_outcome(kind, source)] += 1
        except AssertionError as err:
            raise AssertionError(f"seed {seed} ({kind}): {err}") from None
    assert outcomes["loaded"] > 0


def test_the_generator_is_seeded(tmp_path):
    one, two = tmp_path / "1", tmp_path / "2"
    one.mkdir()
    two.mkdir()
    kind, first = make_case(7, one)
    assert make_case(7, two)[0] == kind
    if kind == "dataframe":
        pd.testing.assert_frame_equal(first, make_case(7, two)[1])
