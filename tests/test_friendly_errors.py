"""An article id typed without quotes: a plain-words line under Python's error, in IPython (issue 21)."""

from __future__ import annotations

import pytest

from kit.exercises.friendly import hint_for_name_error

IPython = pytest.importorskip("IPython")


@pytest.mark.parametrize("line, name, fixed", [
    ("answer = russia-charges-pentagon", "russia", 'answer = "russia-charges-pentagon"'),
    ("answer = BBC", "BBC", 'answer = "BBC"'),
    ("exercises.check_claim_source(BBC, articles)", "BBC", 'exercises.check_claim_source("BBC", articles)'),
    ("answer = us-rescue-of-isis-in-raqqa", "", 'answer = "us-rescue-of-isis-in-raqqa"'),  # a SyntaxError
])
def test_hint_shows_the_line_with_quotes(line, name, fixed):
    hint = hint_for_name_error(name, line)
    assert hint.endswith(fixed) and "not as text" in hint


@pytest.mark.parametrize("line, name", [("y = x + 1", "x"), ("total = count * 2", "count"), ("", "a")])
def test_no_hint_for_other_name_errors(line, name):
    assert hint_for_name_error(name, line) == ""


def test_ipython_shows_the_hint_then_only_the_error_s_last_line(capsys):
    from IPython.core.interactiveshell import InteractiveShell

    from kit.exercises.friendly import install_name_error_hint

    shell = InteractiveShell.instance()
    request_cleanup = InteractiveShell.clear_instance
    shell.run_cell("from kit import exercises")  # registers the hint when kit.exercises is first imported
    assert install_name_error_hint()  # here kit.exercises was imported before this shell existed
    result = shell.run_cell("answer = russia-charges-pentagon\nexercises.check_missing_outlet(answer)")
    assert isinstance(result.error_in_exec, NameError)  # the error is still the error
    out = capsys.readouterr().out
    assert "NameError" in out and 'answer = "russia-charges-pentagon"' in out
    assert out.index("put text in quotes") < out.index("NameError")  # what to do first (round 17) …
    assert "Traceback" not in out and "---->" not in out  # … then the error's own line, no traceback
    shell.run_cell("answer = us-rescue-of-isis-in-raqqa")  # "in" makes it a syntax error
    out = capsys.readouterr().out
    assert "SyntaxError" in out and 'answer = "us-rescue-of-isis-in-raqqa"' in out
    shell.run_cell("y = undefined_thing + 1")
    out = capsys.readouterr().out
    assert "NameError" in out and "put text in quotes" not in out
    request_cleanup()  # later tests run without a shell, as plain Python does


def test_a_number_word_gets_digits_not_quotes():
    hint = hint_for_name_error("five", "answer = five")
    assert hint.endswith("answer = 5") and "quotes" not in hint


@pytest.mark.parametrize("line, fixed", [("answer = the US", 'answer = "the US"'),
                                         ("prediction = Russia Today", 'prediction = "Russia Today"')])
def test_a_syntax_error_in_an_answer_gets_quotes(line, fixed):
    from kit.exercises.friendly import hint_for_syntax_error
    assert hint_for_syntax_error(line).endswith(fixed)


@pytest.mark.parametrize("line", ["for x in", "answer = 1,000", "answer = (1", "print 'x'"])
def test_other_syntax_errors_get_no_hint(line):
    from kit.exercises.friendly import hint_for_syntax_error
    assert hint_for_syntax_error(line) == ""


def test_a_name_the_notebook_sets_gets_the_cell_that_failed(capsys):
    """02 cells 12 and 14: the prediction typed without quotes fails; the check below it fails too."""
    from IPython.core.interactiveshell import InteractiveShell

    from kit.exercises.friendly import install_name_error_hint

    shell = InteractiveShell.instance()
    shell.run_cell("from kit import exercises", store_history=True)
    assert install_name_error_hint()
    shell.run_cell("prediction = russian-general-accuses", store_history=True)
    out = capsys.readouterr().out
    assert 'prediction = "russian-general-accuses"' in out
    shell.run_cell("exercises.check_prediction(prediction, 'x')", store_history=True)
    out = capsys.readouterr().out
    assert "NameError" in out and "'prediction' has no value yet" in out and "Fix that cell" in out
    assert 'check_prediction("prediction"' not in out  # never: put the variable's name in quotes
    shell.run_cell("answer = the US", store_history=True)
    out = capsys.readouterr().out
    assert out.index('answer = "the US"') < out.index("SyntaxError")  # the friendly line first, the error kept
    shell.run_cell("x = (1", store_history=True)
    out = capsys.readouterr().out
    assert "SyntaxError" in out and "quotes" not in out
    InteractiveShell.clear_instance()


@pytest.mark.parametrize("name, line, fixed", [
    ("brutal", "answer = brutal, regime", 'answer = ["brutal", "regime"]'),
    ("claimed", 'answer = ["alleged", claimed]', 'answer = ["alleged", "claimed"]'),
    ("Konashenkov", "answer = [Konashenkov, Moallem]", 'answer = ["Konashenkov", "Moallem"]'),
])
def test_the_hint_quotes_every_word_so_copying_it_works(name, line, fixed):
    """A student copies the hint's line: it must run (second student reviewer: only the first word was quoted)."""
    hint = hint_for_name_error(name, line)
    assert hint.endswith(fixed)
    namespace = {}
    exec(fixed, namespace)  # the suggested line is valid Python that needs no other names
    assert namespace["answer"]


def test_a_title_typed_without_quotes_in_lesson_06_gets_the_whole_line_in_quotes():
    from kit.exercises.friendly import hint_for_syntax_error

    hint = hint_for_syntax_error("MY_TITLE = City council slashes youth centre funding in late-night vote")
    assert hint.endswith('MY_TITLE = "City council slashes youth centre funding in late-night vote"')


def test_a_cell_skipped_after_a_restart_and_a_pasted_text_ending_in_a_quote(capsys, tmp_path):
    """A student reviewer: after a restart she skipped 04's paragraph cell and was told to put
    `paragraph_2` in quotes; her pasted article ended with a quotation mark (06) and got a bare
    "unterminated string literal"."""
    import json

    from IPython.core.interactiveshell import InteractiveShell

    from kit.exercises.friendly import install_name_error_hint

    lesson = tmp_path / "04-hedging.ipynb"
    lesson.write_text(json.dumps({"cells": [
        {"cell_type": "code", "source": ["from kit import exercises\n"]},
        {"cell_type": "markdown", "source": ["paragraph_2 = not code"]},
        {"cell_type": "code", "source": ["paragraph_2 = exercises.paragraph(articles, 'x', 3)  # CHANGE THIS\n"]},
        {"cell_type": "code", "source": ["exercises.check_flagged_words(answer, paragraph_2)\n"]}]}), encoding="utf-8")
    shell = InteractiveShell.instance()
    shell.user_ns["__session__"] = str(lesson)  # what JupyterLab's server gives the kernel
    shell.run_cell("from kit import exercises", store_history=True)
    assert install_name_error_hint()
    shell.run_cell("answer = ['baseless']\nexercises.check_flagged_words(answer, paragraph_2)", store_history=True)
    out = capsys.readouterr().out
    assert "NameError" in out and "'paragraph_2' is made in a cell above that has not run" in out
    assert "Run All Above Selected Cell" in out and '"paragraph_2"' not in out  # never: the variable in quotes
    shell.run_cell('MY_TEXT = """The council met.\nIt was "a problem.""""\nMY_TITLE = "x"', store_history=True)
    out = capsys.readouterr().out
    assert "Put a space before the closing" in out and out.index("space before") < out.index("SyntaxError")
    shell.run_cell('MY_TEXT = """He wrote """ here """', store_history=True)
    assert "three quotation marks in a row" in capsys.readouterr().out
    del shell.user_ns["__session__"]
    shell.run_cell("exercises.check_flagged_words(answer, paragraph_2)", store_history=True)
    assert "has not run" not in capsys.readouterr().out  # outside JupyterLab: no notebook to read
    InteractiveShell.clear_instance()
