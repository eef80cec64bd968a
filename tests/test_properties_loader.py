"""Property tests (hypothesis) for the loaders and the tables built on them (issue 24, item 6).

The strategies are written from the list of inputs in issue 24, not from ``tests/test_odd_inputs.py``:
file names with bytes that are not UTF-8 or lone surrogates, names too long for the file system,
a manifest cell naming a folder or a file outside the manifest's folder, CSV manifests with quotes
opened and not closed (or closed in the wrong place), JSON manifests with ``"\\ud800"`` escapes,
malformed web addresses, pasted text with any character at all. For every input:

- the outcome is a table or a ``KitError`` naming the fix, never another exception;
- nothing given is lost: loaded + skipped == given (an unclosed quote is an error, never fewer rows);
- no text in a table holds a lone surrogate, and offsets stay exact in paragraphs, sentences,
  annotate and quotes;
- no file outside a manifest's folder is read unless ``allow_outside=True``.
"""

from __future__ import annotations

import json
import os
import socket
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import kit
from kit.errors import KitError

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])

# --------------------------------------------------------------------------- strategies (from the list)

#: Any character, lone surrogates included (hypothesis leaves them out unless asked).
surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
any_char = st.one_of(st.characters(), surrogates, st.sampled_from("\u201c\u201d\"'.,;\n\n\r\t\x00\ufeff\u2028"))
def chars(min_size: int = 0, max_size: int = 300):
    """Strings of ``any_char`` (``st.text`` itself never yields a lone surrogate)."""
    return st.lists(any_char, min_size=min_size, max_size=max_size).map("".join)


any_text = chars()
#: Article-like text: words and sentences with odd characters and lone surrogates mixed in.
words = st.sampled_from("The council said critics claimed U.S. Gen. Smith “we will stay,” he added may".split())
prose = st.lists(st.one_of(words, words, words, chars(1, 3)), min_size=1,
                 max_size=60).map(" ".join)
article_text = st.lists(prose, min_size=1, max_size=5).map("\n\n".join)

#: File-name bytes: plain, with bytes that are not UTF-8, or too long for the file system.
name_bytes = st.one_of(
    st.from_regex(rb"\A[a-z]{1,8}\Z", fullmatch=True),
    st.binary(min_size=1, max_size=12).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")).filter(
        lambda b: b not in (b".", b"..") and not b.startswith((b".", b"_"))),
    st.just(b"x" * 300),
)
suffix = st.sampled_from([b".txt", b".md", b".html", b".csv", b""])


def quiet(function, *args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = function(*args, **kwargs)
        except KitError as err:
            assert err.problems and all(p.fix for p in err.problems), str(err)
            assert "How to fix" in str(err)
            result = err
    others = [w for w in caught if not issubclass(w.category, kit.corpus.KitWarning)]
    assert not others, [str(w.message) for w in others]
    return result


def no_surrogates(frame: pd.DataFrame) -> None:
    for column in frame.columns:
        assert not any("\ud800" <= c <= "\udfff" for c in str(column)), column
        for value in frame[column]:
            if isinstance(value, str):
                assert not any("\ud800" <= c <= "\udfff" for c in value), (column, value[:80])


def exact_offsets(arts: pd.DataFrame) -> None:
    texts = dict(zip(arts.article_id, arts.text))
    for table, column in ((kit.paragraphs(arts), "text"), (kit.sentences(arts), "text"),
                          (kit.annotate(arts, progress=False), "text"), (kit.quotes(arts), "quote")):
        for aid, start, end, value in zip(table.article_id, table.start, table.end, table[column]):
            assert texts[aid][start:end] == value, (aid, start, end, value)


# --------------------------------------------------------------------------- pasted text and DataFrames

@SETTINGS
@given(text=st.one_of(article_text, any_text), title=any_text)
def test_pasted_text_gives_a_table_or_a_kit_error_with_exact_offsets(text, title):
    arts = quiet(kit.article, text, title=title)
    if isinstance(arts, KitError):
        assert arts.field == "text"
        return
    assert len(arts) == 1 and arts.text.item().strip()
    no_surrogates(arts)
    exact_offsets(arts)


@SETTINGS
@given(texts=st.lists(st.one_of(article_text, any_text, st.none(), st.integers()), min_size=1, max_size=5),
       titles=st.lists(any_text, min_size=5, max_size=5))
def test_a_dataframe_loses_no_row(texts, titles):
    frame = pd.DataFrame({"text": pd.Series(texts, dtype=object),
                          "title": pd.Series(titles[:len(texts)], dtype=object)})
    arts = quiet(kit.load_articles, frame, errors="skip")
    if isinstance(arts, KitError):  # no row could be loaded: every row is named in the error
        assert {p.file for p in arts.problems} == {f"row {i}" for i in range(len(texts))}, str(arts)
        return
    reported = {s["file"] for s in arts.attrs["skipped"]}
    assert len(arts) + len(reported) == len(texts)
    no_surrogates(arts)
    exact_offsets(arts)


# --------------------------------------------------------------------------- folders and file names

@SETTINGS
@given(names=st.lists(st.tuples(name_bytes, suffix), min_size=1, max_size=6, unique=True),
       bodies=st.lists(st.one_of(article_text, st.just(""), any_text), min_size=6, max_size=6))
def test_a_folder_of_odd_names_loses_nothing(tmp_path_factory, names, bodies):
    folder = tmp_path_factory.mktemp("folder")
    given_names = set()
    for (stem, end), body in zip(names, bodies):
        raw = stem + end
        try:
            with open(os.path.join(os.fsencode(folder), raw), "wb") as handle:
                handle.write(body.encode("utf-8", "surrogatepass"))
        except OSError:  # a name too long for this file system cannot be created: nothing was given
            continue
        given_names.add(os.fsdecode(raw))
    assume(given_names)
    arts = quiet(kit.load_articles, folder, errors="skip")
    if isinstance(arts, KitError):
        return  # nothing loadable, every file named in the error
    no_surrogates(arts)
    shown = {kit.articlefiles.visible_name(n) for n in given_names}
    loaded = [Path(f).name for f in arts.source_file]
    reported = [str(s["file"]).rsplit("/", 1)[-1] for s in arts.attrs["skipped"]]
    assert len(loaded) + len(reported) == len(given_names), (loaded, reported, given_names)
    assert set(loaded) | set(reported) == shown
    exact_offsets(arts)


@SETTINGS
@given(path=st.one_of(
    st.text(st.sampled_from("x/.-"), min_size=250, max_size=400).map(lambda s: s + ".txt"),
    chars(1, 40),
    st.sampled_from(["/proc/self/mem", "/dev/null", "/dev/zero", ".", "..", "/", "/etc", "\x00.txt"])))
def test_any_path_is_a_table_or_a_kit_error(path):
    result = quiet(kit.load_articles, [path] if path.endswith(".txt") else path, errors="skip")
    if not isinstance(result, KitError):
        no_surrogates(result)


# --------------------------------------------------------------------------- manifests

files = st.sampled_from(["a.txt", "b.txt", "c.md", ".", "sub", "missing.txt", "../outside.txt",
                         "/etc/hostname", "link.txt", "sub/d.txt"])
notes = st.one_of(st.text(st.sampled_from('ab ,"\n'), max_size=12), any_text.map(lambda s: s[:20]))


def make_class_folder(root: Path) -> Path:
    folder = root / "class"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.txt", "c.md", "sub/d.txt"):
        (folder / name).write_text(f"The text of {name}: the council met on Tuesday.", encoding="utf-8")
    (root / "outside.txt").write_text("A private file outside the class folder.", encoding="utf-8")
    os.symlink(root / "outside.txt", folder / "link.txt")
    return folder


def csv_cell(value: str, quote: str) -> str:
    if quote == "proper":
        return '"' + value.replace('"', '""') + '"'
    if quote == "open":  # an opening quote never closed: the mistake of the issue
        return '"' + value.replace("\n", " ")
    return value.replace("\n", " ")  # raw: may hold stray quotes and commas


def loaded_inside(arts: pd.DataFrame, folder: Path) -> None:
    for source in arts.source_file:
        if source:
            path = Path(source)
            full = path if path.is_absolute() else Path(kit.datafiles.data_dir().parent) / path
            assert full.resolve().is_relative_to(folder.resolve()), source


@SETTINGS
@given(rows=st.lists(st.tuples(files, notes, st.sampled_from(["proper", "proper", "raw", "open"])), min_size=1,
                     max_size=6))
def test_a_csv_manifest_is_read_whole_or_refused_with_its_line(tmp_path_factory, rows):
    folder = make_class_folder(tmp_path_factory.mktemp("csv"))
    lines = ["file,notes"] + [f"{csv_cell(f, 'proper' if q == 'proper' else 'raw')},{csv_cell(n, q)}"
                              for f, n, q in rows]
    (folder / "m.csv").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    arts = quiet(kit.load_articles, folder / "m.csv", errors="skip")
    if isinstance(arts, KitError):
        if any(q == "open" for _, _, q in rows):
            assert arts.line is not None or any(p.line for p in arts.problems)
        return
    assert not any(q == "open" for _, _, q in rows), "an unclosed quote was read without an error"
    reported = {s["line"] for s in arts.attrs["skipped"]}
    assert len(arts) + len(reported) == len(rows), (rows, list(arts.source_file), arts.attrs["skipped"])
    loaded_inside(arts, folder)
    no_surrogates(arts)


@SETTINGS
@given(rows=st.lists(st.tuples(st.fixed_dictionaries({"file": files}, optional={"title": any_text, "text": article_text}),
                               st.dictionaries(any_text.map(lambda s: s[:8]), any_text, max_size=2))
                     .map(lambda pair: {**pair[1], **pair[0]}), min_size=1, max_size=5),
       allow=st.booleans())
def test_a_json_manifest_loses_nothing_and_stays_in_its_folder(tmp_path_factory, rows, allow):
    folder = make_class_folder(tmp_path_factory.mktemp("json"))
    (folder / "m.json").write_text(json.dumps(rows), encoding="utf-8")  # json escapes lone surrogates as \ud800
    arts = quiet(kit.load_articles, folder / "m.json", errors="skip", allow_outside=allow)
    if isinstance(arts, KitError):
        return
    reported = {s["line"] for s in arts.attrs["skipped"]}
    assert len(arts) + len(reported) == len(rows)
    if not allow:
        loaded_inside(arts, folder)
    no_surrogates(arts)


# --------------------------------------------------------------------------- web addresses (no network)

addresses = st.tuples(st.sampled_from(["http://", "https://", "HTTP://", "http:///"]),
                      st.text(st.sampled_from("[]:/?#@%.1a-x \u00e9\ud800"), max_size=20)).map("".join)


@SETTINGS
@given(url=addresses)
def test_any_address_is_a_table_or_a_kit_error_without_touching_the_network(tmp_path_factory, url):
    def refuse(*args, **kwargs):
        raise OSError("no network in this test")

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIT_WEB_CACHE", str(tmp_path_factory.mktemp("cache")))
        patch.setattr(socket, "getaddrinfo", refuse)
        patch.setattr(socket, "create_connection", refuse)
        result = quiet(kit.load_articles, url, errors="skip", timeout=2)
    assert isinstance(result, KitError)
