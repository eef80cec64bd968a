"""Student 41 #1: 02's word game by keyboard, as the lesson's words say, in a real JupyterLab.

The lesson's section 6 gives the keys ("keyboard: ... then Tab twice, and Space ticks a word"); this test reads them
from the lesson, runs the game's cell with them and checks that a word is ticked and no cell is hidden. Student 41
selected the game's cell with a click on the bar left of it: in JupyterLab that click hides the cell's code, and
``k`` (select the cell above) then skips the cell, so "Esc, k, Tab, Tab, Space" folded the section heading above
the game instead. The test does both: the cell reached with ``j`` (keyboard only) and with that click.
"""

from __future__ import annotations

import json
import re

import nbformat.v4 as v4
import pytest
from test_accessibility import active, opened_game
from test_jupyterlab import LESSON, WIDGET_TIMEOUT

from kit.build import notebook_bytes

HEADING = "## 6. Spot the loaded words yourself"
GAME = 2  # the game's cell in the test notebook: setup, the lesson's heading cell, the game, the next heading
# the lesson's names for keys, as Playwright presses them; "Tab twice" is two presses
KEYS = {"Shift+Enter": ["Shift+Enter"], "Ctrl+Enter": ["Control+Enter"], "Esc": ["Escape"], "k": ["k"],
        "Tab twice": ["Tab", "Tab"], "Tab": ["Tab"], "Space": ["Space"]}
KEY_WORDS = re.compile(r"Shift\+Enter|Ctrl\+Enter|\bEsc\b|\bk\b|Tab twice|\bTab\b|\bSpace\b")
CURRENT_JS = "() => window.jupyterapp.shell.currentWidget.content"
HIDDEN_JS = """() => ({folded: document.querySelectorAll('.jp-Notebook .jp-collapseHeadingButton.jp-mod-collapsed').length,
                      hidden: document.querySelectorAll('.jp-Notebook .jp-showHiddenCellsButton').length,
                      cells: window.jupyterapp.shell.currentWidget.content.widgets.filter(c => c.isHidden).length})"""


def lesson_cells(lab_root) -> list[dict]:
    """The lesson's section-6 heading cell, the game's code cell and the cell after it, as the lesson has them."""
    cells = json.loads((lab_root / LESSON).read_text(encoding="utf-8"))["cells"]
    start = next(i for i, c in enumerate(cells) if "".join(c["source"]).startswith(HEADING))
    return cells[start:start + 3]


def lesson_keys(markdown: str) -> list[str]:
    """The keys the lesson's words name after "keyboard:", in order, as Playwright presses them.

    >>> lesson_keys("(click a word; keyboard: after Shift+Enter press Esc, k, then Tab twice, and Space ticks a word)")
    ['Shift+Enter', 'Escape', 'k', 'Tab', 'Tab', 'Space']
    """
    clause = markdown.split("keyboard:", 1)[1].split(")", 1)[0]
    return [key for word in KEY_WORDS.findall(clause) for key in KEYS[word]]


def game_notebook(lab_root) -> bytes:
    heading, game, after = lesson_cells(lab_root)
    assert game["cell_type"] == "code" and "spot_the_loaded_words" in "".join(game["source"])
    cells = [v4.new_code_cell("import kit\nfrom kit import widgets\narticles = kit.load_articles()", id="setup"),
             v4.new_markdown_cell("".join(heading["source"]), id="heading"),
             v4.new_code_cell("".join(game["source"]), id="game"),
             v4.new_markdown_cell("".join(after["source"]), id="after")]
    return notebook_bytes(v4.new_notebook(cells=cells))


@pytest.fixture
def game_page(chromium, lab_server, lab_root, artifacts, request):
    # a new file for each test: a hidden code cell must not carry over through JupyterLab's autosave
    name = f"word-game-round26-{request.node.name.split('[')[-1].strip(']')}.ipynb"
    with opened_game(chromium, lab_server, lab_root, artifacts, name, game_notebook(lab_root),
                     {"width": 1366, "height": 850}) as page:
        yield page


def select_game(page, how: str) -> None:
    """Make the game's cell the selected one: with the keyboard (j from the first cell), or with a click on the
    bar left of it (which hides its code, as student 41's click did)."""
    cells = page.locator(".jp-Notebook .jp-Cell")
    if how == "keyboard":
        cells.nth(0).locator(".jp-InputPrompt").click()
        page.keyboard.press("Escape")
        for _ in range(GAME):
            page.keyboard.press("j")
    else:
        cells.nth(GAME).locator(".jp-Cell-inputCollapser").click()
        page.keyboard.press("Escape")
    assert page.evaluate(f"() => ({CURRENT_JS})().activeCellIndex") == GAME
    assert page.evaluate(f"() => ({CURRENT_JS})().widgets[{GAME}].inputHidden") is (how == "bar")


def run_key(page, key: str) -> None:
    """Press ``key`` (one that runs the game's cell) and wait until the game is built anew and shown."""
    before = page.evaluate(f"() => ({CURRENT_JS})().widgets[{GAME}].model.executionCount")
    page.keyboard.press(key)
    page.wait_for_function(f"""(before) => {{ const nb = ({CURRENT_JS})(), cell = nb.widgets[{GAME}];
        return cell.model.executionCount !== before && cell.model.executionCount !== null
               && cell.node.querySelector('.kit-spot input[type=checkbox]'); }}""", arg=before,
                           timeout=WIDGET_TIMEOUT * 1000)
    page.locator(".kit-spot input[type=checkbox]").first.wait_for(state="visible", timeout=WIDGET_TIMEOUT * 1000)


def ticked_and_nothing_hidden(page) -> None:
    game = page.locator(".kit-spot").first
    assert page.evaluate(HIDDEN_JS) == {"folded": 0, "hidden": 0, "cells": 0}, active(page)
    assert active(page)["type"] == "checkbox" and active(page)["checked"] is True, active(page)
    assert game.locator("input[type=checkbox]:checked").count() == 1
    assert game.is_visible()


@pytest.mark.parametrize("how", ["keyboard", "bar"])
def test_the_lessons_keys_tick_a_word_and_hide_no_cell(game_page, lab_root, how):
    page = game_page
    keys = lesson_keys("".join(lesson_cells(lab_root)[0]["source"]))
    assert keys[0] in ("Shift+Enter", "Control+Enter") and keys[-1] == "Space", keys  # run the cell ... tick
    select_game(page, how)
    run_key(page, keys[0])
    for key in keys[1:]:
        page.keyboard.press(key)
    ticked_and_nothing_hidden(page)


def test_the_games_words_bring_a_keyboard_back_after_shift_enter_with_the_code_hidden(game_page):
    page = game_page
    select_game(page, "bar")
    run_key(page, "Shift+Enter")  # the next cell is selected
    words = page.locator(".kit-spot").first.inner_text()
    assert "Press Esc, then k to select this cell again" in words
    assert "if k selects the heading above, this cell's code is hidden: press Shift+Enter there" in words
    page.keyboard.press("Escape")
    page.keyboard.press("k")
    assert page.evaluate(f"() => ({CURRENT_JS})().activeCellIndex") == GAME - 1  # k skips a cell whose code is hidden
    page.keyboard.press("Shift+Enter")  # the heading's Shift+Enter selects the game's cell again
    assert page.evaluate(f"() => ({CURRENT_JS})().activeCellIndex") == GAME
    for key in ("Tab", "Tab", "Space"):  # Check my choices, the first word, tick it
        page.keyboard.press(key)
    ticked_and_nothing_hidden(page)
