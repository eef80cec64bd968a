"""Student 37 in lesson 06: a misspelt MY_FILE, the cells after a failed load, a prediction cell that stopped, and
the naming table of an article with none of its names (findings #8, #6, #10). Made-up sentences only."""

from __future__ import annotations

import pytest

import kit
from kit import exercises
from kit.articlefiles import NotLoaded
from kit.errors import ArticleError
from kit.exercises.helpers import missing_file, text_frame, whole_text


@pytest.mark.parametrize("typed, there", [("my-artical", "my-article.txt"), ("my-artcle.txt", "my-article.txt"),
                                          ("skatepak", "skatepark.txt")])
def test_a_misspelt_file_name_gets_did_you_mean_the_file_in_the_folder(tmp_path, monkeypatch, typed, there):
    (tmp_path / there).write_text("The council met on Monday.", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Other notes.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError) as caught:
        missing_file(typed)
    assert f'Did you mean "{there}"?' in caught.value.fix
    assert repr(typed) in str(caught.value)


def test_a_file_name_far_from_every_file_gets_no_guess(tmp_path, monkeypatch):
    (tmp_path / "my-article.txt").write_text("The council met.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError) as caught:
        missing_file("weather")
    assert "Did you mean" not in caught.value.fix


def test_the_cells_after_a_failed_load_say_it_in_a_students_words():
    with pytest.raises(ArticleError) as caught:
        kit.quotes(NotLoaded())
    shown = "\n".join(caught.value._render_traceback_())  # what JupyterLab shows under the cell
    assert shown.startswith("No article is loaded yet: the cell with MY_FILE stopped")
    assert "fix MY_FILE there" in shown and "run it again" in shown
    assert "ArticleError" not in shown and "field" not in shown and "'mine'" not in shown


@pytest.mark.parametrize("check, answer", [
    (exercises.check_reflection, "The article calls one side terrorists and the other side rebels."),
    (exercises.check_lateral_plan, "I would look up who runs the site on Wikipedia."),
])
def test_a_check_with_no_article_loaded_is_not_a_cross(check, answer):
    result = check(answer, NotLoaded())
    assert result.status == "not_checked"
    shown = repr(result) + result._repr_html_()
    assert "✗" not in shown and "Not yet" not in shown and "Could not check yet" in shown
    assert "MY_FILE" in result.detail and "Your answer is kept" in result.message


def test_a_check_with_an_article_still_grades():
    mine = text_frame("The minister said the plan was a disgrace. Critics called it reckless.")
    assert exercises.check_reflection("ok", mine).status != "not_checked"


@pytest.fixture
def shell():
    from IPython.core.interactiveshell import InteractiveShell

    from kit.exercises.friendly import install_name_error_hint

    shell = InteractiveShell.instance()
    shell.run_cell("from kit import exercises", store_history=True)
    assert install_name_error_hint()
    yield shell
    InteractiveShell.clear_instance()


def test_a_prediction_cell_that_stopped_is_named_not_the_dots(shell, capsys):
    shell.run_cell("prediction = ...", store_history=True)
    shell.run_cell("r = exercises.check_prediction(prediction, 3, 'direct quotations')", store_history=True)
    assert "three dots" in shell.user_ns["r"].message and "still there" in shell.user_ns["r"].message
    shell.run_cell("prediction = three", store_history=True)  # NameError: prediction keeps its dots
    capsys.readouterr()
    shell.run_cell("r = exercises.check_prediction(prediction, 3, 'direct quotations')", store_history=True)
    result = shell.user_ns["r"]
    assert result.status == "not_answered"
    assert "still there" not in result.message
    assert "prediction = three" in result.message and "stopped with an error" in result.message
    assert "fix the line" in result.detail
    shell.run_cell("prediction = 2", store_history=True)
    shell.run_cell("r = exercises.check_prediction(prediction, 3, 'direct quotations')", store_history=True)
    assert "stopped" not in shell.user_ns["r"].message


def test_an_empty_naming_table_says_what_the_table_knows_and_how_to_add_a_row():
    mine = text_frame("The mayor opened the new skate park on Monday. Parents said it was too small.")
    table = kit.naming(mine).query("count > 0")
    assert table.empty
    shown = whole_text(table, ["concept", "surface", "count", "note"]).to_html()
    assert "CHANGE THIS" not in shown
    assert "Syria" in shown and "data/concepts.csv" in shown
    # any other empty table keeps the general words (its cell may have a CHANGE THIS)
    other = whole_text(kit.trace_claim(mine, "convoy"), ["sentence_id", "text"]).to_html()
    assert "CHANGE THIS" in other and "concepts.csv" not in other


def test_an_empty_table_of_ones_own_concepts_does_not_speak_of_syria(tmp_path):
    own = tmp_path / "my-concepts.csv"
    own.write_text("concept,surface,note,case_sensitive\nCouncil,city council,the plain name,\n", encoding="utf-8")
    mine = text_frame("The mayor opened the new skate park on Monday.")
    shown = whole_text(kit.naming(mine, concepts=own).query("count > 0"), ["concept", "surface"]).to_html()
    assert "your concept table" in shown and "Syria" not in shown and "CHANGE THIS" not in shown


def test_the_word_game_shows_the_feedback_under_the_button_pressed():
    from kit import widgets

    game = widgets.spot_the_loaded_words("In the 21st century, a brutal siege ended and the regime fell.")
    game.select(["brutal"])
    game.check_after.click()  # the Check after the words
    assert "role='status'" in game.feedback_after.value and game.feedback.value == ""
    game.check_button.click()  # the one before them: the feedback moves there
    assert "role='status'" in game.feedback.value and game.feedback_after.value == ""
    assert list(game.children).index(game.feedback_after) == list(game.children).index(game.check_after.parent_row) + 1
