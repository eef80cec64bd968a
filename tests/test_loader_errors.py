"""Bad input gets a clear error naming the file, the field and the fix; nothing is lost silently."""

import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.corpus import KitWarning
from kit.errors import ArticleError, KitError


def load_error(source, **kw) -> ArticleError:
    with pytest.raises(ArticleError) as info:
        kit.load_articles(source, **kw)
    return info.value


def assert_helpful(err: KitError, file_part: str, field: str):
    text = str(err)
    assert file_part in text, text
    assert field in text, text
    assert "How to fix:" in text, text
    assert "Traceback" not in text


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    err = load_error(tmp_path / "empty.txt")
    assert_helpful(err, "empty.txt", "text")
    assert err.field == "text" and "empty" in str(err)


def test_binary_file(tmp_path):
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    err = load_error(tmp_path / "scan.txt")
    assert_helpful(err, "scan.txt", "text")
    assert "binary" in str(err)


def test_cp1252_file_loads_with_a_warning(tmp_path):
    (tmp_path / "win.txt").write_bytes("He said \u201cno\u201d \u2014 caf\u00e9.".encode("cp1252"))
    with pytest.warns(KitWarning, match=r"win.txt.*not UTF-8.*cp1252"):
        arts = kit.load_articles(tmp_path / "win.txt")
    assert arts.text.item() == "He said \u201cno\u201d \u2014 caf\u00e9."


def test_explicit_encoding_is_used_and_a_wrong_one_is_explained(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 society.".encode("latin-1"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert kit.load_articles(tmp_path / "latin.txt", encoding="latin-1").text.item() == "Caf\u00e9 society."
    (tmp_path / "u16.txt").write_bytes("Hello".encode("utf-16-le"))
    err = load_error(tmp_path / "u16.txt", encoding="ascii")
    assert_helpful(err, "u16.txt", "encoding")


def test_bom_is_removed_with_a_warning(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfThe text.")
    with pytest.warns(KitWarning, match="byte-order mark"):
        arts = kit.load_articles(tmp_path / "bom.txt")
    assert arts.text.item() == "The text."


def test_utf16_is_refused_with_the_fix(tmp_path):
    (tmp_path / "u16.txt").write_bytes("\ufeffHello there".encode("utf-16"))
    err = load_error(tmp_path / "u16.txt")
    assert_helpful(err, "u16.txt", "encoding")
    assert "UTF-8" in err.fix


def test_broken_front_matter(tmp_path):
    (tmp_path / "bad.md").write_text("---\ntitle: A: B: C\n  - oops\n---\nText.", encoding="utf-8")
    err = load_error(tmp_path / "bad.md")
    assert_helpful(err, "bad.md", "front matter")
    (tmp_path / "bad.md").write_text("---\ntitle: never closed\nText.", encoding="utf-8")
    assert_helpful(load_error(tmp_path / "bad.md"), "bad.md", "front matter")
    (tmp_path / "bad.md").write_text("---\n- a list\n---\nText.", encoding="utf-8")
    assert_helpful(load_error(tmp_path / "bad.md"), "bad.md", "front matter")


def test_unparseable_date(tmp_path):
    (tmp_path / "d.md").write_text("---\npublished: next Tuesday-ish\n---\nText.", encoding="utf-8")
    err = load_error(tmp_path / "d.md")
    assert_helpful(err, "d.md", "published")
    assert "YYYY-MM-DD" in err.fix


def test_duplicate_ids(tmp_path):
    (tmp_path / "a.md").write_text("---\narticle_id: same\n---\nOne.", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\narticle_id: same\n---\nTwo.", encoding="utf-8")
    err = load_error(tmp_path)
    assert_helpful(err, "b.md", "article_id")
    assert "a.md" in str(err)
    with pytest.raises(ArticleError, match="used twice"):
        kit.load_articles(pd.DataFrame({"article_id": ["x", "x"], "text": ["a", "b"]}))


def test_dataframe_without_text():
    with pytest.raises(ArticleError) as info:
        kit.load_articles(pd.DataFrame({"body": ["a"]}))
    assert info.value.field == "text"
    assert "body" in str(info.value) and "How to fix" in str(info.value)


def test_dataframe_with_bad_cells_names_each_row():
    with pytest.raises(ArticleError) as info:
        kit.load_articles(pd.DataFrame({"text": ["fine", None, "  "]}))
    assert len(info.value.problems) == 2
    assert "row 1" in str(info.value) and "row 2" in str(info.value)


def test_folder_with_no_articles(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-")
    err = load_error(tmp_path)
    assert "no articles" in str(err) and "How to fix" in str(err)
    assert "notes.pdf" in str(err)  # what was passed over is named


def test_missing_path_and_wrong_type():
    assert_helpful(load_error("no/such/folder"), "no/such/folder", "")
    with pytest.raises(KitError, match="DataFrame"):
        kit.load_articles(42)


def test_several_bad_files_are_reported_together(tmp_path):
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "date.md").write_text("---\npublished: someday\n---\nText.", encoding="utf-8")
    err = load_error(tmp_path)
    assert len(err.problems) == 3
    for name in ("empty.txt", "binary.txt", "date.md"):
        assert name in str(err)


def test_skip_option_loads_the_good_ones_and_reports_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    with pytest.warns(KitWarning, match="2 file"):
        arts = kit.load_articles(tmp_path, errors="skip")
    assert list(arts.article_id) == ["good"]
    report = pd.DataFrame(arts.attrs["skipped"])
    assert sorted(report.file.str.rsplit("/", n=1).str[-1]) == ["binary.txt", "empty.txt"]
    assert report.fix.str.len().gt(0).all()
    assert len(pd.concat([arts, kit.load_articles()])) == 6  # the report does not get in the way


def test_manifest_problems_name_the_line(tmp_path):
    (tmp_path / "m.csv").write_text("file,title\nmissing.txt,A\n,B\n", encoding="utf-8")
    err = load_error(tmp_path / "m.csv")
    text = str(err)
    assert "m.csv:2" in text and "m.csv:3" in text
    (tmp_path / "n.csv").write_text("name,title\nx,y\n", encoding="utf-8")
    assert_helpful(load_error(tmp_path / "n.csv"), "n.csv", "file")


def test_bad_errors_option():
    with pytest.raises(KitError, match="errors="):
        kit.load_articles(errors="ignore")


# --------------------------------------------------------------------------- property-based

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes_load_or_fail_clearly(tmp_path, data):
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KitWarning)
        try:
            arts = kit.load_articles(path)
        except ArticleError as err:
            assert "random.txt" in str(err) and err.fix
            return
    assert len(arts) == 1 and arts.text.item().strip()


@settings(max_examples=80, deadline=None)
@given(text=st.text(min_size=1, max_size=300))
def test_random_text_in_a_dataframe_gives_exact_offsets(text):
    try:
        arts = kit.load_articles(pd.DataFrame({"text": [text]}))
    except ArticleError as err:
        assert err.fix
        return
    clean = arts.text.item()
    for table in (kit.paragraphs(arts), kit.sentences(arts)):
        for row in table.itertuples():
            assert clean[row.start:row.end] == row.text
            assert row.text == row.text.strip() and row.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=300))
def test_random_text_files_never_crash(tmp_path, text):
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KitWarning)
        try:
            arts = kit.load_articles(path)
        except ArticleError as err:
            assert "t.md" in str(err) and err.fix
            return
    for row in kit.sentences(arts).itertuples():
        assert arts.text.item()[row.start:row.end] == row.text


# --------------------------------------------------------------------------- issue 12: nothing lost, nothing overwritten

def quiet_load(source, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KitWarning)
        return kit.load_articles(source, **kw)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_keep_the_front_matter(tmp_path, newline):
    text = "---\ntitle: Bridge vote\noutlet: The Courier\npublished: 2024-03-05\n---\nThe council met.\n\nIt agreed.\n"
    (tmp_path / "a.md").write_bytes(text.replace("\n", newline).encode("utf-8"))
    art = kit.load_articles(tmp_path / "a.md").iloc[0]
    assert (art.title, art.outlet, art.published) == ("Bridge vote", "The Courier", pd.Timestamp("2024-03-05"))
    assert art.text == "The council met.\n\nIt agreed."
    assert "title:" not in art.text
    assert kit.raw_text(art) == text.replace("\n", newline)  # the file as it is on disk


def test_front_matter_values_stay_as_written(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: No\nauthor: 1e3\nlevel: 3\n---\nText.", encoding="utf-8")
    art = kit.load_articles(tmp_path / "a.md").iloc[0]
    assert (art.title, art.author, art.level) == ("No", "1e3", "3")  # not False, 1000.0, 3


def test_every_entry_a_folder_passes_over_is_reported(tmp_path):
    import os

    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    (tmp_path / "more.markdown").write_text("Another article.", encoding="utf-8")
    for name in (".hidden.txt", "_draft.txt", "README.md", "slides.pdf"):
        (tmp_path / name).write_text("Not read.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.txt").write_text("Nested.", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
    with pytest.warns(KitWarning, match="passed over") as caught:
        arts = kit.load_articles(tmp_path)
    assert sorted(arts.article_id) == ["good", "more"]
    skipped = {Path(s["file"]).name: s for s in arts.attrs["skipped"]}
    given = {p.name for p in tmp_path.iterdir()}
    assert len(arts) + len(skipped) == len(given)
    assert set(skipped) | {"good.txt", "more.markdown"} == given
    assert "subfolder" in skipped["sub"]["problem"] and "load_articles" in skipped["sub"]["fix"]
    assert "does not exist" in skipped["broken.txt"]["problem"]
    assert "regular file" in skipped["zero.txt"]["problem"]
    assert all(s["fix"] for s in skipped.values())
    assert "README.md" in str(caught[0].message) and "sub" in str(caught[0].message)


def test_a_named_pipe_or_device_is_refused_not_read(tmp_path):
    import os

    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    err = load_error(tmp_path / "zero.txt")
    assert_helpful(err, "zero.txt", "")
    assert "regular file" in str(err)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
        assert "regular file" in str(load_error(tmp_path / "pipe.txt"))
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert "loop" in str(load_error(tmp_path / "loop.txt"))


def test_the_size_cap_states_its_number(tmp_path):
    from kit.articlefiles import MAX_FILE_BYTES

    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # a sparse file: nothing is written or read
    err = load_error(tmp_path / "huge.txt")
    assert_helpful(err, "huge.txt", "text")
    assert f"{MAX_FILE_BYTES / 1_000_000:g} MB" in str(err)


def test_an_unreadable_folder_is_a_kit_error(tmp_path, monkeypatch):
    import os

    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")

    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)
    err = load_error(tmp_path)
    assert_helpful(err, str(tmp_path), "")
    assert "Permission denied" in str(err)


def test_ids_are_unique_stable_and_readable(tmp_path):
    for name in ("A b.txt", "a-b.txt", "A_B.txt"):
        (tmp_path / name).write_text(f"Text of {name}.", encoding="utf-8")
    arts = kit.load_articles(tmp_path)
    ids = dict(zip(arts.source_file.str.rsplit("/", n=1).str[-1], arts.article_id))
    assert ids["a-b.txt"] == "a-b"  # the file named exactly like the id keeps it
    assert ids["A b.txt"].startswith("a-b-") and ids["A_B.txt"].startswith("a-b-")
    assert len(set(ids.values())) == 3
    (tmp_path / "zz.txt").write_text("A new file.", encoding="utf-8")
    (tmp_path / "A  B.txt").write_text("Yet another.", encoding="utf-8")
    again = kit.load_articles(tmp_path)
    again_ids = dict(zip(again.source_file.str.rsplit("/", n=1).str[-1], again.article_id))
    assert all(again_ids[name] == ids[name] for name in ids)  # adding files changes no id
    assert again.article_id.is_unique


def test_a_given_id_wins_over_a_file_name(tmp_path):
    (tmp_path / "one.md").write_text("---\narticle_id: two\n---\nFirst.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Second.", encoding="utf-8")
    arts = kit.load_articles(tmp_path)
    assert arts.article_id.is_unique and "two" in set(arts.article_id)


def test_manifest_oddities(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha text.", encoding="utf-8")
    (tmp_path / "trailing.csv").write_text("file,title,,\na.txt,Alpha,,\n", encoding="utf-8")
    assert kit.load_articles(tmp_path / "trailing.csv").title.item() == "Alpha"
    (tmp_path / "extra.csv").write_text("file,title\na.txt,Alpha,, oops\n", encoding="utf-8")
    err = load_error(tmp_path / "extra.csv")
    assert "extra.csv:2" in str(err) and "double quotes" in err.fix
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    assert_helpful(load_error(tmp_path / "empty.csv"), "empty.csv", "")
    (tmp_path / "header.csv").write_text("file,title\n", encoding="utf-8")
    assert "lists no articles" in str(load_error(tmp_path / "header.csv"))
    (tmp_path / "quote.csv").write_text('file,title\na.txt,"Alpha\nb.txt,Beta\n', encoding="utf-8")
    err = load_error(tmp_path / "quote.csv")
    assert "quote.csv:2" in str(err) and "never closed" in str(err) and "closing" in err.fix
    with pytest.raises(KitError, match="never closed"):  # the lines it swallowed are not silently dropped
        kit.load_articles(tmp_path / "quote.csv", errors="skip")
    (tmp_path / "long.csv").write_text('file,title\na.txt,"' + "x" * 200_000 + "\n", encoding="utf-8")
    assert "cannot be read from this line on" in str(load_error(tmp_path / "long.csv"))
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert_helpful(load_error(tmp_path / "deep.json"), "deep.json", "")
    (tmp_path / "odd.json").write_text('[{"file": "a.txt"}, 42]', encoding="utf-8")
    with pytest.warns(KitWarning, match="odd.json:2"):
        arts = kit.load_articles(tmp_path / "odd.json", errors="skip")
    assert len(arts) == 1 and arts.attrs["skipped"][0]["line"] == 2


def test_bad_and_mixed_dates(tmp_path):
    (tmp_path / "bad.md").write_text("---\npublished: 2017-13-45\n---\nText.", encoding="utf-8")
    err = load_error(tmp_path / "bad.md")
    assert_helpful(err, "bad.md", "published")
    (tmp_path / "bad.md").write_text("---\npublished: today\n---\nText.", encoding="utf-8")
    assert_helpful(load_error(tmp_path / "bad.md"), "bad.md", "published")
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "a.md").write_text("---\npublished: 2017-11-16T10:00+02:00\n---\nText a.", encoding="utf-8")
    (mixed / "b.md").write_text("---\npublished: 2017-11-16\n---\nText b.", encoding="utf-8")
    (mixed / "c.md").write_text("---\npublished: 2017-11-17\n---\nText c.", encoding="utf-8")
    err = load_error(mixed)
    assert_helpful(err, "a.md", "published")
    assert "time zone" in str(err)
    arts = quiet_load(mixed, errors="skip")
    assert list(arts.article_id) == ["b", "c"] and len(arts.attrs["skipped"]) == 1
    zones = tmp_path / "zones"
    zones.mkdir()
    (zones / "a.md").write_text("---\npublished: 2017-11-16T10:00+02:00\n---\nText a.", encoding="utf-8")
    (zones / "b.md").write_text("---\npublished: 2017-11-16T10:00-05:00\n---\nText b.", encoding="utf-8")
    both = kit.load_articles(zones)
    assert str(both.published.dt.tz) == "UTC" and both.published.iloc[0] == pd.Timestamp("2017-11-16T08:00Z")


def test_hostile_front_matter_is_refused_quickly(tmp_path):
    bomb = ("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntitle: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nText.")
    (tmp_path / "bomb.md").write_text(bomb, encoding="utf-8")
    err = load_error(tmp_path / "bomb.md")
    assert_helpful(err, "bomb.md", "front matter")
    assert "alias" in str(err) and err.line == 3
    (tmp_path / "deep.md").write_text("---\nextra: " + "[" * 5000 + "]" * 5000 + "\n---\nText.", encoding="utf-8")
    assert_helpful(load_error(tmp_path / "deep.md"), "deep.md", "front matter")
    (tmp_path / "long.md").write_text("---\ntitle: " + "x" * 30_000 + "\n---\nText.", encoding="utf-8")
    assert "20,000" in str(load_error(tmp_path / "long.md"))
    (tmp_path / "list.md").write_text("---\ntitle: [a, b]\n---\nText.", encoding="utf-8")
    assert_helpful(load_error(tmp_path / "list.md"), "list.md", "title")


def test_dataframe_oddities_and_skip():
    arts = kit.load_articles(pd.DataFrame({0: ["x"], "text": ["Some text."]}))
    assert "0" in arts.columns and arts["0"].item() == "x"
    with pytest.raises(ArticleError, match="more than one column named 'text'"):
        kit.load_articles(pd.DataFrame([["a", "b"]], columns=["text", "text"]))
    frame = pd.DataFrame({"article_id": ["a", "a", None, "c"], "text": ["One.", "Two.", None, "Four."],
                          "published": ["2017-01-01", "", "", "2017-13-45"]})
    with pytest.warns(KitWarning, match="3 row"):
        arts = kit.load_articles(frame, errors="skip")
    assert list(arts.article_id) == ["a"]
    assert sorted(s["file"] for s in arts.attrs["skipped"]) == ["row 1", "row 2", "row 3"]
    same = kit.load_articles(pd.DataFrame({"text": ["Same.", "Same.", "Other."]}))
    assert list(same.article_id.str.count("-")) == [1, 2, 1] and same.article_id.is_unique
    assert kit.load_articles(pd.DataFrame({"text": ["Body.", "Other."], "_mine": [1, 2]}))["_mine"].tolist() == [1, 2]


# --------------------------------------------------------------------------- issue 24: what an outside fuzzer found

def test_an_undecodable_file_name_is_shown_with_the_replacement_character(tmp_path):
    import os

    (tmp_path / "good.txt").write_text("The council met on Tuesday.", encoding="utf-8")
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_text("Another article.", encoding="utf-8")
    with pytest.warns(KitWarning, match="bad\ufffd.txt.*not UTF-8"):
        arts = kit.load_articles(tmp_path, errors="skip")
    assert len(arts) == 2 and any(f.endswith("bad\ufffd.txt") for f in arts.source_file)
    assert pd.DataFrame(arts.attrs["skipped"]).empty


@pytest.mark.parametrize("make", [
    lambda tmp: kit.article("a\ud800b: the council met on Tuesday."),
    lambda tmp: kit.load_articles(pd.DataFrame({"text": pd.Series(["The \udcff council met."], dtype=object),
                                                "title": pd.Series(["\ud800"], dtype=object)})),
    lambda tmp: kit.load_articles(_write(tmp / "m.json", '[{"text": "The \\ud800 council met.", "title": "\\udfff"}]')),
])
def test_lone_surrogates_become_the_replacement_character_with_a_warning(tmp_path, make):
    with pytest.warns(KitWarning, match="replaced by \ufffd"):
        arts = make(tmp_path)
    assert "\ufffd" in arts.text.item()
    assert not any("\ud800" <= ch <= "\udfff" for value in arts.iloc[0] if isinstance(value, str) for ch in value)
    sents = kit.sentences(arts)
    assert all(arts.text.item()[s:e] == t for s, e, t in zip(sents.start, sents.end, sents.text))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_os_errors_become_kit_errors_and_skip_keeps_the_others(tmp_path):
    import os

    (tmp_path / "good.txt").write_text("The council met on Tuesday.", encoding="utf-8")
    long_name = "x" * 300 + ".txt"
    assert_helpful(load_error(long_name), "xxxx", "file")
    arts = quiet_load([tmp_path / "good.txt", long_name], errors="skip")
    assert len(arts) == 1 and "too long" in arts.attrs["skipped"][0]["problem"]
    os.symlink("/proc/self/mem", tmp_path / "mem.txt")  # opens, but every read fails
    arts = quiet_load(tmp_path, errors="skip")
    assert len(arts) == 1 and "could not be read" in arts.attrs["skipped"][0]["problem"]
    assert_helpful(load_error(tmp_path / "mem.txt"), "mem.txt", "")


def test_a_manifest_naming_a_folder_or_a_malformed_address(tmp_path):
    (tmp_path / "m.csv").write_text("file\n.\n", encoding="utf-8")
    assert_helpful(load_error(tmp_path / "m.csv"), "m.csv:2", "file")
    err = load_error("http://[::1/x")
    assert_helpful(err, "http://[::1/x", "url")


@pytest.mark.parametrize("notes_column", ["notes", "title"])
def test_the_unclosed_quote_of_the_issue_is_an_error_with_its_line_never_fewer_rows(tmp_path, notes_column):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"The text of {name}.", encoding="utf-8")
    (tmp_path / "m.csv").write_text(f'file,{notes_column}\na.txt,"first note\nb.txt,second note\n', encoding="utf-8")
    for errors in ("raise", "skip"):
        err = load_error(tmp_path / "m.csv", errors=errors)
        assert_helpful(err, "m.csv:2", "")
        assert "never closed" in str(err)
    # a quote closed later, after swallowing a row, is caught too
    (tmp_path / "m.csv").write_text(f'file,{notes_column}\na.txt,"first note\nb.txt,second" note\n',
                                    encoding="utf-8")
    assert "m.csv:2" in str(load_error(tmp_path / "m.csv", errors="skip"))
    # a note that really runs over two lines is still read
    (tmp_path / "m.csv").write_text('file,notes\na.txt,"line one\nline two"\nb.txt,x\n', encoding="utf-8")
    assert quiet_load(tmp_path / "m.csv").notes.tolist() == ["line one\nline two", "x"]


def test_manifest_files_stay_inside_the_manifest_folder_unless_allowed(tmp_path, monkeypatch):
    import os

    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text("The council met on Tuesday.", encoding="utf-8")
    (tmp_path / "private.txt").write_text("A private file of the student.", encoding="utf-8")
    os.symlink(tmp_path / "private.txt", folder / "link.txt")
    rows = ["sub/a.txt", "../private.txt", str(tmp_path / "private.txt"), "link.txt"]
    (folder / "m.csv").write_text("file\n" + "\n".join(rows) + "\n", encoding="utf-8")
    arts = quiet_load(folder / "m.csv", errors="skip")
    assert len(arts) == 1 and arts.source_file.item().endswith("a.txt")
    skipped = arts.attrs["skipped"]
    assert [s["line"] for s in skipped] == [3, 4, 5]
    assert all("outside the manifest's folder" in s["problem"] and "allow_outside=True" in s["fix"]
               and "KIT_ALLOW_OUTSIDE" in s["fix"] for s in skipped)
    assert len(quiet_load(folder / "m.csv", allow_outside=True)) == 4
    monkeypatch.setenv("KIT_ALLOW_OUTSIDE", "1")
    assert len(quiet_load(folder / "m.csv")) == 4


def test_large_pages_are_refused_before_the_work_starts(tmp_path):
    from kit import web

    page = tmp_path / "big.html"
    page.write_bytes(b"<html><body>" + b"<p>a</p>" * 400_000 + b"</body></html>")  # the issue's 3.2 MB page
    err = load_error(page)
    assert_helpful(err, "big.html", "text")
    assert f"{web.MAX_ELEMENTS:,}" in str(err) and "400,002 HTML elements" in str(err)


def test_pages_with_too_many_paragraphs_are_refused(tmp_path, monkeypatch):
    """The paragraph limit, tested with a small limit (how trafilatura splits <pre> text differs by version)."""
    from kit import web

    monkeypatch.setattr(web, "MAX_PARAGRAPHS", 30)
    page = tmp_path / "long.html"
    body = b"".join(b"<p>Paragraph %d says the same thing again, in a few more words.</p>" % i for i in range(40))
    page.write_bytes(b"<html><body><article>" + body + b"</article></body></html>")
    err = load_error(page)
    assert_helpful(err, "long.html", "text")
    assert "paragraphs" in str(err) and "up to 30" in str(err)
