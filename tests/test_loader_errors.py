"""Bad input gets a clear error naming the file, the field and the fix; nothing is lost silently."""

import warnings

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
