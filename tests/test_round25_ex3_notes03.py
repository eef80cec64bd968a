"""03 Exercise 2's notes (teacher 45 #12, student 38 #10; brief item 6): notes that point the wrong way are told so,
a half-right list is told whether the notes count, and the words of position are a data file an instructor can edit
(data/position_words.csv). Articles are made up; each case runs for a US and a Russian spokesman alike."""
import shutil

import pandas as pd
import pytest

import kit
from kit import exercises
from kit.datafiles import DATA_ENV, packaged_data_dir, use_data
from kit.errors import LexiconError
from kit.exercises.source_checks import position_words


@pytest.fixture(params=[("Pentagon", "John Smith", "Mary Jones"), ("Kremlin", "Ivan Petrov", "Olga Smirnova")])
def guessed(request):
    body, first, second = request.param
    arts = pd.DataFrame({"article_id": ["a"], "text": [
        f"{body} spokesman {first} spoke on Monday. “The road is open to all,” he said. Then {body} official "
        f"{second} spoke. “We will keep it open,” she said."]})  # made up: both quotations are the kit's guesses
    assert kit.quotes(arts).speaker_guess.all()
    return first, second, arts


def check(names, arts, notes):
    exercises.tries.forget_attempts()
    return exercises.check_speakers(names, arts, "a", notes=notes)


@pytest.mark.parametrize("notes, word", [("the name comes from after the quote", "after"),
                                         ("the next sentence", "next"), ("the person named later", "later")])
def test_notes_that_point_the_wrong_way_are_told_so(guessed, notes, word):
    first, second, arts = guessed
    result = check([first.split()[-1], second.split()[-1]], arts, notes)
    assert result.status == "partly", result
    assert f"Your notes ({notes!r}) point the wrong way: they say '{word}', but the note says the name comes from " \
           "before." in result.detail, result


@pytest.mark.parametrize("notes", ["its from the sentences before lol", "the person quoted just before"])
def test_notes_that_point_the_right_way_keep_the_tick(guessed, notes):
    first, second, arts = guessed
    result = check([first.split()[-1], second.split()[-1]], arts, notes)
    assert result.correct and "wrong way" not in str(result), result


@pytest.mark.parametrize("notes, says", [
    ("he stressed idk", "Your notes do not count yet"),
    ("the person quoted just before", "Your notes already say what the kit's guesses rest on: they count once the "
                                      "names are right."),
    ("the next sentence", "point the wrong way"),
])
def test_a_half_right_list_is_told_whether_the_notes_count(guessed, notes, says):
    first, _second, arts = guessed
    result = check([first.split()[-1]], arts, notes)
    assert result.status == "partly", result
    assert says in result.detail, result


@pytest.fixture
def copy(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_ENV, raising=False)
    root = tmp_path / "teacher-copy"
    shutil.copytree(packaged_data_dir(), root / "data")
    (root / "notebooks").mkdir()
    monkeypatch.chdir(root / "notebooks")
    yield root
    use_data(None)


def test_the_position_words_are_a_data_file_an_instructor_can_edit(copy, guessed):
    first, second, arts = guessed
    names = [first.split()[-1], second.split()[-1]]
    assert not check(names, arts, "the person quoted beforehand").correct
    with (copy / "data" / "position_words.csv").open("a", encoding="utf-8") as fh:
        fh.write("before,beforehand\n")
    assert "beforehand" in position_words()["before"].split("|")
    assert check(names, arts, "the person quoted beforehand").correct


def test_a_bad_line_names_the_file_the_line_and_the_fix(copy):
    line = len((copy / "data" / "position_words.csv").read_text(encoding="utf-8").splitlines()) + 1  # the line added
    with (copy / "data" / "position_words.csv").open("a", encoding="utf-8") as fh:
        fh.write("sideways,beside\n")
    with pytest.raises(LexiconError) as err:
        position_words()
    assert f"position_words.csv: line {line}" in str(err.value) and "Write 'before' or 'after'" in str(err.value.fix)
