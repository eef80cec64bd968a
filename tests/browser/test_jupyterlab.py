"""The lessons in a real JupyterLab, in a real (headless) Chromium.

Run All on the lesson with the explorer widget, then check what a student would see: every cell ran, no
error output, the explorer rendered and reacts to its dropdown, highlighted words and a matplotlib figure
are on the page. A screenshot goes to artifacts/. A second notebook feeds the explorer an article full of
HTML and checks that none of it runs. Fixtures (server, browser) are in conftest.py next to this file.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import nbformat.v4 as v4
import pytest

from kit.build import notebook_bytes

#: The lesson with the explorer widget (relative to notebooks/).
LESSON = "02-loaded-language.ipynb"
#: Used in place of LESSON while notebooks/ does not have it yet.
FALLBACK = "explorer-check.ipynb"
XSS_NOTEBOOK = "xss-check.ipynb"

RUN_ALL_TIMEOUT = 300  # seconds for Run All to finish
WIDGET_TIMEOUT = 60  # seconds for a widget to show or react

HIGHLIGHT = ".kit-body mark"  # kit.highlight wraps each flagged span of the article body in <mark>
ERRORS_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], ' +
      '.jp-RenderedText[data-mime-type*="error"]')) {
    const text = el.textContent || '';
    if (/Traceback|Error/.test(text) || (el.getAttribute('data-mime-type') || '').includes('error'))
      found.push(text.slice(0, 1500));
  }
  return found;
}"""

# Notebook state, read from JupyterLab's own model (window.jupyterapp, exposed with --expose-app-in-browser).
PANEL_JS = """(path) => {
  const app = window.jupyterapp;
  if (!app) return null;
  return Array.from(app.shell.widgets('main')).find(
    w => w.context && w.context.path === path && w.content && w.content.model && w.sessionContext) || null;
}"""
STATE_JS = """(path) => {
  const panel = (""" + PANEL_JS + """)(path);
  if (!panel) return null;
  const ctx = panel.sessionContext;
  const kernel = ctx.session && ctx.session.kernel;
  const cells = panel.content.model.cells;
  const out = {ready: ctx.isReady, status: kernel ? kernel.status : 'none', pending: 0, code: 0,
               missing: [], errors: []};
  for (let i = 0; i < cells.length; i++) {
    const cell = cells.get(i);
    if (cell.type !== 'code') continue;
    out.code += 1;
    if (cell.executionCount === null || cell.executionCount === undefined) out.missing.push(i + 1);
    for (let j = 0; j < cell.outputs.length; j++) {
      const o = cell.outputs.get(j);
      if (o.type === 'error') out.errors.push(`cell ${i + 1}: ${o.toJSON().ename}: ${o.toJSON().evalue}`);
    }
  }
  const prompts = panel.node.querySelectorAll('.jp-InputPrompt');
  for (const p of prompts) if ((p.textContent || '').includes('*')) out.pending += 1;
  return out;
}"""


def code_notebook(*sources: str) -> bytes:
    cells = [v4.new_code_cell(src, id=f"cell-{i}") for i, src in enumerate(sources)]
    return notebook_bytes(v4.new_notebook(cells=cells))


def fallback_notebook() -> bytes:
    """A small stand-in for the explorer lesson: explorer, highlight and a plot."""
    return code_notebook(
        "import kit\nimport matplotlib.pyplot as plt\nfrom kit.widgets import explorer",
        "articles = kit.load_articles()\nexplorer(articles)",
        "kit.highlight(articles.iloc[1])",
        "counts = kit.annotate(articles).groupby('article_id').size()\n"
        "ax = counts.plot.barh(title='Flagged words per article')\nplt.show()",
    )


EVIL_TEXT = ('The minister said the regime was brutal. <script>window.__xss=1</script> Critics '
             '<img src=x onerror="window.__xss=1;alert(1)"> allegedly disagreed, so-called experts said.')
EVIL_TITLE = '<img src=x onerror="window.__xss=1;alert(2)"><script>window.__xss=1</script>'


def xss_notebook() -> bytes:
    frame = json.dumps({"text": [EVIL_TEXT, "A calm second article. <b onmouseover=alert(3)>The regime</b> said "
                                            "nothing."],
                        "title": [EVIL_TITLE, "<script>window.__xss=1</script>"],
                        "outlet": ['<img src=x onerror="window.__xss=1">', ""]})
    return code_notebook(
        "import json\nimport pandas as pd\nimport kit\nfrom kit.widgets import explorer",
        f"articles = kit.load_articles(pd.DataFrame(json.loads({frame!r})))\narticles[['title', 'outlet']]",
        "view = explorer(articles, categories=list(kit.lexicons.CATEGORIES))\nview",
        "kit.highlight(articles.iloc[0])",
    )


@pytest.fixture(scope="module")
def lesson(lab_root) -> str:
    if (lab_root / LESSON).is_file():
        return LESSON
    (lab_root / FALLBACK).write_bytes(fallback_notebook())
    return FALLBACK


def open_and_run_all(page, server, notebook: str) -> dict:
    """Open a notebook in JupyterLab, Run All (runmenu:run-all), wait until every code cell has run."""
    server.start_session(notebook)
    page.goto(server.lab_url(notebook), wait_until="domcontentloaded", timeout=120_000)
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=120_000)
    page.wait_for_function(f"(path) => {{ const s = ({STATE_JS})(path); return s && s.ready && s.status === 'idle'; }}",
                           arg=notebook, timeout=120_000, polling=500)
    # Run All acts on the current notebook: make sure that is this one
    page.evaluate(f"(path) => window.jupyterapp.shell.activateById(({PANEL_JS})(path).id)", notebook)
    page.wait_for_function("(path) => { const w = window.jupyterapp.shell.currentWidget; "
                           "return w && w.context && w.context.path === path; }", arg=notebook, timeout=30_000)
    has_command = page.evaluate("() => window.jupyterapp.commands.hasCommand('runmenu:run-all')")
    if has_command:
        page.evaluate("() => window.jupyterapp.commands.execute('runmenu:run-all')")
    else:  # the same command through the menu bar
        page.click("text=Run", timeout=10_000)
        page.click(".lm-Menu-item:has-text('Run All Cells')", timeout=10_000)
    deadline = time.monotonic() + RUN_ALL_TIMEOUT
    state = None
    while time.monotonic() < deadline:
        state = page.evaluate(STATE_JS, notebook)
        if state and not state["missing"] and state["status"] == "idle" and not state["pending"]:
            time.sleep(1)  # let the last outputs render
            state = page.evaluate(STATE_JS, notebook)
            if not state["missing"] and state["status"] == "idle":
                return state
        time.sleep(1)
    page.screenshot(path=str(Path(server.root) / "timeout.png"))
    pytest.fail(f"Run All did not finish within {RUN_ALL_TIMEOUT} s in {notebook}: {state}\n"
                f"server log:\n{server.log_tail()}", pytrace=False)


def html_of(page, selector: str) -> str:
    return page.eval_on_selector(selector, "el => el.innerHTML")


def test_lesson_runs_in_jupyterlab(page, lab_server, lesson, artifacts):
    state = open_and_run_all(page, lab_server, lesson)

    # every cell ran, and nothing failed
    assert state["code"] > 0
    assert not state["missing"], f"cells that never ran in {lesson}: {state['missing']}"
    assert not state["errors"], f"error outputs in {lesson}:\n" + "\n".join(state["errors"])
    shown_errors = page.evaluate(ERRORS_JS)
    assert not shown_errors, f"error output on the page in {lesson}:\n" + "\n---\n".join(shown_errors)

    # the explorer widget rendered (not "Loading widget..." or a text repr)
    explorer = page.locator(".jupyter-widgets.kit-explorer, .kit-explorer").first
    explorer.wait_for(state="visible", timeout=WIDGET_TIMEOUT * 1000)
    assert page.locator(".jupyter-widgets").count() > 0
    dropdown = explorer.locator("select").first
    dropdown.wait_for(timeout=WIDGET_TIMEOUT * 1000)
    explorer.scroll_into_view_if_needed()
    view_selector = ".kit-explorer .widget-html"
    assert page.locator(f"{view_selector} :is({HIGHLIGHT})").count() > 0, \
        "the explorer shows no highlighted words"
    before = page.eval_on_selector_all(view_selector, "els => els.map(e => e.innerHTML).join('\\n')")
    page.screenshot(path=str(artifacts / f"jupyterlab-{Path(lesson).stem}-explorer.png"))

    # changing the dropdown changes the highlighted view
    values = dropdown.evaluate("s => Array.from(s.options).map(o => o.value)")
    current = dropdown.evaluate("s => s.value")
    assert len(values) > 1, "the explorer's dropdown offers only one article"
    other = next(v for v in values if v != current)
    dropdown.select_option(other)
    page.wait_for_function(
        "([sel, before]) => Array.from(document.querySelectorAll(sel)).map(e => e.innerHTML).join('\\n') !== before",
        arg=[view_selector, before], timeout=WIDGET_TIMEOUT * 1000, polling=250)
    assert page.locator(f"{view_selector} :is({HIGHLIGHT})").count() > 0, \
        "after choosing another article, the explorer shows no highlighted words"

    # highlighted spans and the lesson's bar chart (an HTML table: kit.html_charts) are on the page
    assert page.locator(f":is({HIGHLIGHT})").count() > 0
    from kit.html_charts import TEXT_PX

    sizes = page.eval_on_selector_all(
        ".kit-bars :is(caption, th, td)", "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert sizes, "no kit chart (.kit-bars) on the page"
    assert min(sizes) >= TEXT_PX, f"a chart's text is shown at {min(sizes)} px"
    bars = page.eval_on_selector_all(".kit-bars td[aria-hidden] span", "els => els.map(e => e.getBoundingClientRect().width)")
    assert bars and max(bars) > 50, "the chart's bars are not drawn"
    page.screenshot(path=str(artifacts / f"jupyterlab-{Path(lesson).stem}.png"), full_page=True)
    assert not page.dialogs, f"unexpected dialogs: {page.dialogs}"


def test_article_html_never_runs_in_the_explorer(page, lab_server, lab_root, artifacts):
    (lab_root / XSS_NOTEBOOK).write_bytes(xss_notebook())
    state = open_and_run_all(page, lab_server, XSS_NOTEBOOK)
    assert not state["missing"] and not state["errors"], state

    explorer = page.locator(".kit-explorer").first
    explorer.wait_for(state="visible", timeout=WIDGET_TIMEOUT * 1000)
    dropdown = explorer.locator("select").first
    for value in dropdown.evaluate("s => Array.from(s.options).map(o => o.value)")[::-1]:
        dropdown.select_option(value)  # show every article, the first one last
        page.wait_for_timeout(1500)
    page.wait_for_timeout(1000)
    page.screenshot(path=str(artifacts / "jupyterlab-xss-check.png"), full_page=True)

    # the markup arrived as visible text, escaped, and nothing ran
    text = explorer.inner_text()
    assert "<script>" in text or "&lt;script&gt;" in html_of(page, ".kit-explorer"), \
        "the article's <script> text does not appear in the explorer at all, so the check proves nothing"
    assert "onerror=" in text
    flags = page.evaluate("() => [typeof window.__xss, typeof window.xss]")
    assert flags == ["undefined", "undefined"], "markup from an article ran in the browser"
    assert not page.dialogs, f"markup from an article opened dialogs: {page.dialogs}"
    injected = page.locator(".kit-explorer img[src='x'], .jp-OutputArea-output img[src='x'], "
                            ".jp-OutputArea-output script")
    assert injected.count() == 0, "article markup became real elements on the page"
