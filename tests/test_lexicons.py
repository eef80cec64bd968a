"""Word lists: loading, checking, and clear errors that name the file and the line."""

from pathlib import Path

import pandas as pd
import pytest

import kit
from kit.errors import LexiconError
from kit.lexicons import CATEGORIES, COLUMNS, default_lexicon, load_lexicon, normalise_form

FIXTURE = Path(__file__).parent / "fixtures" / "lexicon_small.csv"
HEADER = ",".join(COLUMNS)


def write(tmp_path, body, name="mine.csv", header=HEADER, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes((header + "\n" + body).encode(encoding))
    return path


def test_fixture_loads_one_row_per_entry():
    lex = load_lexicon(FIXTURE)
    assert list(lex.columns) == [*COLUMNS, "file", "line"]
    assert len(lex) == len(FIXTURE.read_text().splitlines()) - 1
    row = lex[lex.term == "alleged"].iloc[0]
    assert row.variants == "allege|alleges|allegedly"
    assert row.category == "hedge" and row.tone == "" and row.line == 6
    assert lex.case_sensitive.dtype == bool
    assert lex.loc[lex.term == "may", "case_sensitive"].item()
    assert lex.loc[lex.term == "claimed", "tone"].item() == "loaded"


def test_default_lexicon_covers_every_category_and_is_a_copy():
    lex = default_lexicon()
    assert set(CATEGORIES) <= set(lex.category)  # (a teacher may add a category file to the folder)
    assert len(lex) >= 200
    assert lex.note.str.len().gt(0).all()
    assert set(lex.loc[lex.category == "attribution", "tone"]) == {"neutral", "loaded"}
    lex.loc[:, "note"] = "changed"
    assert (default_lexicon().note != "changed").all()
    assert kit.default_lexicon is default_lexicon or kit.default_lexicon.__name__ == "default_lexicon"


def test_folder_and_list_of_paths(tmp_path):
    a = write(tmp_path, "brutal,,loaded_language,,Harsh word.,,me,\n", name="a.csv")
    b = write(tmp_path, "regime,,label,,A label.,,me,\n", name="b.csv")
    assert load_lexicon(tmp_path).term.tolist() == ["brutal", "regime"]
    assert load_lexicon([b, a]).term.tolist() == ["regime", "brutal"]
    assert load_lexicon(str(a)).file.tolist() == [str(a)]


def test_quoted_commas_bom_blank_lines_and_extra_columns(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("\ufeff" + HEADER + ",comment\n"
                    'brutal,,loaded_language,,"Harsh, emotional word.",,me,YES,hi\n\n'
                    "said,says,attribution,Neutral,Plain verb.,,me,no,\n", encoding="utf-8")
    lex = load_lexicon(path)
    assert lex.note.tolist() == ["Harsh, emotional word.", "Plain verb."]
    assert lex.case_sensitive.tolist() == [True, False]
    assert lex.tone.tolist() == ["", "neutral"]
    assert lex.line.tolist() == [2, 4]


@pytest.mark.parametrize("body, line, field, words", [
    ("brutal,,loaded_language,,Harsh.,,me,\nwow,,puffery,,Praise.,,me,\n", 3, "category",
     ["unknown category 'puffery'", "loaded_language", "scare_quote"]),
    ("said,,attribution,angry,Plain.,,me,\n", 2, "tone", ["neutral", "loaded"]),
    ("said,,attribution,,Plain.,,me,\n", 2, "tone", ["neutral"]),
    ("brutal,,loaded_language,loaded,Harsh.,,me,\n", 2, "tone", ["only attribution", "empty"]),
    ("x,,hedge,,Doubt.,,me,\n,,hedge,,Doubt.,,me,\n", 3, "term", ["term is empty"]),
    ("may,,hedge,,Doubt.,,me,maybe\n", 2, "case_sensitive", ["'yes' or empty"]),
    ("may,,hedge,,,,me,\n", 2, "note", ["note is empty"]),
    ("may,might|,hedge,,Doubt.,,me,\n", 2, "variants", ["empty item"]),
])
def test_malformed_rows_name_file_line_and_fix(tmp_path, body, line, field, words):
    path = write(tmp_path, body)
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    err = info.value
    message = str(err)
    assert f"{path}:{line}" in message
    assert err.line == line and err.field == field and err.file == str(path)
    assert "How to fix:" in message
    for word in words:
        assert word in message


def test_missing_column(tmp_path):
    path = write(tmp_path, "brutal,loaded_language\n", header="term,category")
    with pytest.raises(LexiconError, match=r"missing column\(s\): variants, tone, note") as info:
        load_lexicon(path)
    assert info.value.line == 1
    assert HEADER in info.value.fix


def test_duplicate_entries_name_both_lines(tmp_path):
    path = write(tmp_path, "claimed,claims,attribution,loaded,Doubt.,,me,\n"
                           "said,,attribution,neutral,Plain.,,me,\n"
                           "Claims,,attribution,loaded,Doubt again.,,me,\n")
    with pytest.raises(LexiconError, match="duplicate entry") as info:
        load_lexicon(path)
    assert info.value.line == 4
    assert "line 2" in str(info.value)


def test_same_word_in_two_categories_is_allowed(tmp_path):
    path = write(tmp_path, "claimed,,attribution,loaded,Doubt.,,me,\nclaimed,,hedge,,Doubt.,,me,\n")
    assert len(load_lexicon(path)) == 2


def test_not_utf8_names_the_line(tmp_path):
    path = write(tmp_path, "brutal,,loaded_language,,Harsh.,,me,\ncafé,,label,,A label.,,me,\n",
                 encoding="latin-1")
    with pytest.raises(LexiconError, match="UTF-8") as info:
        load_lexicon(path)
    assert info.value.line == 3
    assert "CSV UTF-8" in info.value.fix


def test_several_problems_are_all_reported(tmp_path):
    path = write(tmp_path, "a,,nope,,x,,me,\nb,,hedge,,,,me,\n")
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    assert len(info.value.problems) == 2
    assert "2 problems" in str(info.value)


def test_missing_file_and_empty_folder(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        load_lexicon(tmp_path / "nope.csv")
    with pytest.raises(LexiconError, match="no .csv"):
        load_lexicon(tmp_path)


def test_normalise_form():
    assert normalise_form("  According\n to ") == "according to"
    assert normalise_form("Don\u2019t") == "don't"
    assert normalise_form("US", case_sensitive=True) == "US"


def test_returns_a_dataframe_the_loader_does_not_keep():
    a, b = load_lexicon(FIXTURE), load_lexicon(FIXTURE)
    a.loc[0, "term"] = "zzz"
    assert b.loc[0, "term"] != "zzz"
    assert isinstance(a, pd.DataFrame)


# ------------------------------------------------------------------ categories of your own (data only)

EUPHEMISM = ("collateral damage,,euphemism,,Hides that people were killed or hurt.,civilian deaths,class 9B,\n"
             "pass away,passed away|passes away,euphemism,,A soft way to say someone died.,died,class 9B,\n")


def test_a_file_named_after_a_new_category_defines_it(tmp_path):
    path = write(tmp_path, EUPHEMISM, name="euphemism.csv")
    lex = load_lexicon(path)
    assert lex.category.tolist() == ["euphemism", "euphemism"]
    assert lex.line.tolist() == [2, 3]
    both = pd.concat([default_lexicon(), lex])
    defaults = kit.lexicons.categories_in(default_lexicon())
    assert defaults[:len(CATEGORIES)] == list(CATEGORIES)  # then any a teacher added to data/lexicons/
    assert kit.lexicons.categories_in(both) == [*defaults, *(["euphemism"] if "euphemism" not in defaults else [])]
    # a folder holding the new list next to built-in ones works too
    write(tmp_path, "regime,,label,,A label.,,me,\n", name="label.csv")
    assert set(load_lexicon(tmp_path).category) == {"euphemism", "label"}


def test_extra_categories_keep_first_seen_order(tmp_path):
    a = write(tmp_path, "war,,war_words,,Makes it sound like a battle.,,me,\n", name="war_words.csv")
    b = write(tmp_path, EUPHEMISM, name="euphemism.csv")
    lex = load_lexicon([a, b])
    assert kit.lexicons.categories_in(lex)[-2:] == ["war_words", "euphemism"]


def test_a_typo_in_a_built_in_file_is_still_an_error_with_its_line(tmp_path):
    path = write(tmp_path, "may,,hedge,,Doubt.,,me,yes\nperhaps,,hedgee,,Doubt.,,me,\n", name="hedge.csv")
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    err = info.value
    assert err.line == 3 and err.field == "category" and err.file == str(path)
    message = str(err)
    assert f"{path}:3" in message and "unknown category 'hedgee'" in message
    assert "loaded_language" in message and "scare_quote" in message
    assert "file named hedgee.csv" in message


@pytest.mark.parametrize("name, body, line, words", [
    # a new category's words in a file with another name: caught (it could be a typo)
    ("mine.csv", EUPHEMISM, 2, ["unknown category 'euphemism'", "file named euphemism.csv"]),
    # a typo inside the new category's own file
    ("euphemism.csv", EUPHEMISM + "let go,,euphemsim,,Means fired.,fired,me,\n", 4,
     ["unknown category 'euphemsim'"]),
    # the tone column is for attribution only, also in a new category
    ("euphemism.csv", "pass away,,euphemism,loaded,Soft.,died,me,\n", 2, ["only attribution"]),
    ("euphemism.csv", "pass away,,,,Soft.,died,me,\n", 2, ["the category is empty", "'euphemism'"]),
])
def test_new_category_mistakes_name_the_line(tmp_path, name, body, line, words):
    path = write(tmp_path, body, name=name)
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    assert info.value.line == line
    for word in words:
        assert word in str(info.value)


@pytest.mark.parametrize("name, category", [
    ("War Words.csv", "War Words"), ("Euphemism.csv", "Euphemism"), ("war-words.csv", "war-words"),
    ("2words.csv", "2words"),
])
def test_a_category_name_must_be_snake_case(tmp_path, name, category):
    path = write(tmp_path, f"battle,,{category},,Makes it sound like a war.,,me,\n", name=name)
    with pytest.raises(LexiconError, match="is not snake_case") as info:
        load_lexicon(path)
    assert info.value.line == 2 and info.value.field == "category"
    assert "snake_case" in info.value.fix and ".csv" in info.value.fix
