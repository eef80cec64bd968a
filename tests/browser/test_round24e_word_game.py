"""Student 37 #12: the 02 word game by keyboard alone. The feedback shows under the Check button pressed (the one
after the words, or the one before them), in a role="status" box a screen reader reads out, and the game's own
words give the short way back to a Check button from a ticked word (Shift+Tab or Tab, whichever is nearer)."""

from __future__ import annotations

import pytest
from test_accessibility import active, opened_game
from test_jupyterlab import WIDGET_TIMEOUT, code_notebook

NOTEBOOK = "word-game-round24e.ipynb"
TEXT = "In the 21st century, a brutal siege ended and the regime fell after a long and merciless war."
# the words before "brutal": In, the, 21st, century, a (5); after it: 12 words to the Check after them
BEFORE, AFTER = 5, 12


@pytest.fixture(scope="module")
def game_page(chromium, lab_server, lab_root, artifacts):
    notebook = code_notebook("from kit import widgets", f"widgets.spot_the_loaded_words({TEXT!r})")
    with opened_game(chromium, lab_server, lab_root, artifacts, NOTEBOOK, notebook, {"width": 1280, "height": 900}) as page:
        yield page


def feedback_under(page, game, which: int) -> dict:
    """Where the feedback box stands against Check button ``which`` (0: before the words, 1: after them)."""
    return game.evaluate("""(g, which) => {
        const buttons = Array.from(g.querySelectorAll('button')).filter(b => b.textContent.trim() === 'Check my choices');
        const boxes = Array.from(g.querySelectorAll('.kit-check[role=status]')).filter(b => b.textContent.trim());
        if (boxes.length !== 1) return {count: boxes.length};
        const button = buttons[which].getBoundingClientRect(), box = boxes[0].getBoundingClientRect();
        return {count: 1, follows: !!(buttons[which].compareDocumentPosition(boxes[0]) & Node.DOCUMENT_POSITION_FOLLOWING),
                gap: box.top - button.bottom, text: boxes[0].textContent};
    }""", which)


def test_the_feedback_shows_under_the_check_after_the_words(game_page):
    page = game_page
    game = page.locator(".kit-spot").first
    game.get_by_role("button", name="Check my choices").first.focus()
    for _ in range(BEFORE + 1):
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert active(page)["checked"] is True and game.get_by_role("checkbox", name="brutal").is_checked()
    for _ in range(AFTER + 1):  # on past the words: the second Check
        page.keyboard.press("Tab")
    assert active(page)["text"] == "Check my choices", active(page)
    page.keyboard.press("Enter")
    page.wait_for_function("""() => Array.from(document.querySelectorAll('.kit-spot .kit-check[role=status]'))
                                   .some(b => b.textContent.trim())""", timeout=WIDGET_TIMEOUT * 1000)
    where = feedback_under(page, game, 1)
    assert where["count"] == 1 and where["follows"], where  # one feedback, after the button pressed
    assert 0 <= where["gap"] < 60, where  # right under it, not by the first button
    assert "brutal" in where["text"] or "found" in where["text"], where
    assert active(page)["text"] == "Check my choices"  # the focus stays on the button pressed


def test_the_game_says_the_short_way_back_to_check(game_page):
    words = game_page.locator(".kit-spot").first.inner_text()
    assert "Shift+Tab" in words and "The feedback appears under the button you pressed" in words


def test_the_feedback_moves_to_the_first_check_when_that_one_is_pressed(game_page):
    page = game_page
    game = page.locator(".kit-spot").first
    game.get_by_role("checkbox", name="brutal").focus()
    for _ in range(BEFORE + 1):  # Shift+Tab from the ticked word: back to the first Check
        page.keyboard.press("Shift+Tab")
    assert active(page)["text"] == "Check my choices", active(page)
    page.keyboard.press("Enter")
    page.wait_for_function("""() => { const g = document.querySelector('.kit-spot');
        const b = Array.from(g.querySelectorAll('button')).filter(x => x.textContent.trim() === 'Check my choices')[0];
        return Array.from(g.querySelectorAll('.kit-check[role=status]')).some(
            x => x.textContent.trim() && (b.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING)
                 && x.getBoundingClientRect().top - b.getBoundingClientRect().bottom < 60); }""",
                           timeout=WIDGET_TIMEOUT * 1000)
    where = feedback_under(page, game, 0)
    assert where["count"] == 1 and where["follows"] and 0 <= where["gap"] < 60, where  # the other one is cleared
