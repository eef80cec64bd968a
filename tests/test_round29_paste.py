"""Student 45 #1: lesson 06's paste cell after a SyntaxError. Python cannot run the cell at all (a text ending with
a quotation mark right before the closing triple quotes), so its own ``mine = kit.articlefiles.NotLoaded()`` line
never runs either: the cells below must still say the new text did not load, not go on with the article loaded
before (pasted, or the bundled one). Run in a real kernel with the lesson's own cells; made-up sentences only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LESSON = Path(__file__).resolve().parent.parent / "notebooks" / "06-capstone.ipynb"
PLACEHOLDER = '"""PASTE YOUR ARTICLE HERE """'


def lesson_cell(starts: str) -> str:
    """The source of the student notebook's first code cell that holds ``starts``."""
    cells = json.loads(LESSON.read_text(encoding="utf-8"))["cells"]
    return next("".join(c["source"]) for c in cells if c["cell_type"] == "code" and starts in "".join(c["source"]))


def paste(text: str | None, title: str = "My article") -> str:
    """The lesson's paste cell with ``text`` pasted between its triple quotes (None: left as it is)."""
    cell = lesson_cell("MY_TEXT = ")
    assert PLACEHOLDER in cell
    if text is not None:
        cell = cell.replace(PLACEHOLDER, f'"""{text}"""').replace('MY_TITLE = "My article"', f'MY_TITLE = "{title}"')
    return cell


def shown(outputs: list) -> str:
    """Everything a cell shows: printed lines, results and the error's lines as JupyterLab shows them."""
    parts = []
    for o in outputs:
        if o.output_type == "stream":
            parts.append(o.text)
        elif o.output_type == "error":
            parts.append("\n".join(o.traceback))
        else:
            parts.append(str(o.get("data", {}).get("text/plain", "")) + str(o.get("data", {}).get("text/html", "")))
    return "\n".join(parts)


def words(side: str, n: int = 40) -> str:
    return " ".join([f"The {side} said the talks went on for a long time."] * (n // 10))


# the first load: a text pasted before (US or Russian side), or the bundled article (nothing pasted)
FIRST = [("Pentagon", "Pentagon talks drag on"), ("Kremlin", "Kremlin talks drag on"), (None, "")]


@pytest.mark.parametrize("side, title", FIRST, ids=["pasted-us", "pasted-russian", "bundled"])
def test_the_cells_below_a_paste_python_cannot_read_say_the_new_text_did_not_load(side, title):
    from kernel_cells import run_cells
    other = "Kremlin" if side == "Pentagon" else "Pentagon"
    broken = f'{words(other)} "We are done."'  # ends with a quotation mark: no space before the closing """
    first = paste(words(side), title) if side else paste(None)
    outputs = run_cells([
        lesson_cell("articles = kit.load_articles()"),
        first,
        lesson_cell('exercises.whole_text(mine, ["article_id"'),
        paste(broken, "New headline"),
        lesson_cell('exercises.whole_text(mine, ["article_id"'),
        lesson_cell("kit.highlight(mine.iloc[ARTICLE]"),
        lesson_cell("exercises.whole_text(kit.sources(mine)"),
        lesson_cell("exercises.check_reflection(answer, mine)"),
        paste(broken.replace('"We are done."', '"We are done." '), "New headline"),  # the fix: a space
        lesson_cell('exercises.whole_text(mine, ["article_id"'),
    ])
    before = shown(outputs[2])
    assert (title or "us-rescue-of-isis-in-raqqa") in before, before
    assert "quotation mark missing at the end of your text" in shown(outputs[3])  # the paste cell's own hint
    for out in outputs[4:7]:
        said = shown(out)
        assert said.startswith("Your new text did not load: Python could not read the cell with MY_TEXT"), said
        assert "read the message under that cell" in said.lower() and 'space before the closing """' in said, said
        assert (title or "us-rescue-of-isis-in-raqqa") not in said and "Traceback" not in said, said
        assert "NoArticleLoaded" not in said and "ArticleError" not in said, said
    check = shown(outputs[7])
    assert "Could not check yet" in check and 'space before the closing """' in check, check
    assert "✗" not in check and "Mastery" not in check, check
    after = shown(outputs[9])
    assert "New headline" in after and "did not load" not in after, after


def test_a_paste_cell_that_stops_before_its_not_loaded_line_leaves_no_article_either():
    """``MY_FILE = my-article.txt`` (no quotes) stops on a NameError above the ``NotLoaded()`` line."""
    from kernel_cells import run_cells
    outputs = run_cells([
        lesson_cell("articles = kit.load_articles()"),
        paste(words("Pentagon"), "Pentagon talks drag on"),
        paste(words("Kremlin"), "Kremlin talks drag on").replace('MY_FILE = ""', "MY_FILE = my-article.txt"),
        lesson_cell('exercises.whole_text(mine, ["article_id"'),
    ])
    said = shown(outputs[3])
    assert said.startswith("No article is loaded yet: the cell with MY_FILE stopped"), said
    assert "Pentagon talks drag on" not in said and "Traceback" not in said, said


@pytest.fixture
def shell():
    from IPython.core.interactiveshell import InteractiveShell
    shell = InteractiveShell.instance()
    shell.run_cell("import kit\nfrom kit import exercises", store_history=True)
    yield shell
    InteractiveShell.clear_instance()


def test_a_syntax_error_in_another_cell_leaves_the_article_loaded(shell, capsys):
    shell.run_cell(paste(words("Pentagon"), "Pentagon talks drag on"), store_history=True)
    loaded = shell.user_ns["mine"]
    shell.run_cell('answer = "The Kremlin said "no."', store_history=True)  # a SyntaxError in an answer cell
    shell.run_cell("x = 1 +", store_history=True)
    assert shell.user_ns["mine"] is loaded and loaded.title.item() == "Pentagon talks drag on"


def test_the_watch_is_registered_once_however_often_the_paste_cell_runs(shell, capsys):
    for side in ("Pentagon", "Kremlin", "Pentagon"):
        shell.run_cell(paste(words(side), f"{side} talks drag on"), store_history=True)
    from kit.articlefiles import watch_loading_cells
    hooks = [f for event in ("pre_run_cell", "post_run_cell") for f in shell.events.callbacks[event]]
    assert len([f for f in hooks if getattr(f, "__module__", "") == "kit.articlefiles"]) == 2
    assert watch_loading_cells() is True


def test_another_syntax_error_in_the_paste_cell_says_to_read_its_message_not_the_space(shell, capsys):
    from kit.articlefiles import not_loaded
    shell.run_cell(paste(words("Kremlin"), "Kremlin talks drag on"), store_history=True)
    shell.run_cell(paste(words("Pentagon")).replace('MY_TITLE = "My article"', "MY_TITLE = Pentagon talks"),
                   store_history=True)  # a headline without quotes
    cell, fix = not_loaded(shell.user_ns["mine"])
    assert cell == "the cell with MY_TEXT" and "closing" not in fix and "line" in fix, fix
