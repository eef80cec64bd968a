"""Round 15 (a student and a teacher in JupyterLab): lessons 02 and 03 at 1024 px wide.

Lesson 03's grid of cited outlets must fit (or wrap) without the page scrolling sideways, and the kit's
tables and lesson 02's highlight tags must be shown at least at the notebook's body size (14 px).
Fixtures (server, browser) are in conftest.py; ``open_and_run_all`` is the Run All of test_jupyterlab.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_jupyterlab import open_and_run_all

from kit.display import BODY_PX

NARROW = {"width": 1024, "height": 768}

#: What scrolls sideways: the page, the panel that holds the notebook, a chart's own scroll box, or an output
#: wider than its cell.
WIDER_JS = """() => {
  const out = [];
  const page = document.scrollingElement;
  if (page.scrollWidth > page.clientWidth + 1) out.push(`page ${page.scrollWidth} > ${page.clientWidth}`);
  for (const panel of document.querySelectorAll('.jp-WindowedPanel-outer, .jp-Notebook')) {
    if (panel.scrollWidth > panel.clientWidth + 1)
      out.push(`${panel.className.split(' ')[0]} ${panel.scrollWidth} > ${panel.clientWidth}`);
  }
  // a chart's own scroll box counts too: a teacher saw lesson 03's grid scroll sideways at 1024 px
  for (const box of document.querySelectorAll('.kit-figure [role=region]')) {
    if (box.scrollWidth > box.clientWidth + 1) out.push(`chart ${box.getAttribute('aria-label')} `
                                                         + `${box.scrollWidth} > ${box.clientWidth}`);
  }
  for (const area of document.querySelectorAll('.jp-OutputArea-output')) {
    const box = area.getBoundingClientRect();
    const column = area.closest('.jp-Cell').getBoundingClientRect();
    if (box.right > column.right + 1) out.push(`output ${Math.round(box.right)} > cell ${Math.round(column.right)}: `
                                                + (area.textContent || '').trim().slice(0, 60));
  }
  return out;
}"""

SIZES_JS = """(selector) => Array.from(document.querySelectorAll(selector))
  .filter(e => e.offsetParent && (e.textContent || '').trim())
  .map(e => [parseFloat(getComputedStyle(e).fontSize), (e.textContent || '').trim().slice(0, 30)])"""


def _open_with_the_file_browser(page):
    """JupyterLab's left panel (the file browser) open, as a class sees it: the notebook column is narrowest."""
    page.evaluate("() => { const app = window.jupyterapp; if (app.shell.leftCollapsed) "
                  "app.commands.execute('filebrowser:activate'); }")
    page.wait_for_timeout(1000)


@pytest.mark.parametrize("lesson", ["03-sourcing.ipynb", "02-loaded-language.ipynb"])
def test_lesson_fits_1024_px_and_reads_at_body_size(chromium, lab_server, lab_root, lesson, artifacts):
    if not (lab_root / lesson).is_file():
        pytest.skip(f"{lesson} is not in notebooks/")
    context = chromium.new_context(viewport=NARROW)
    page = context.new_page()
    try:
        state = open_and_run_all(page, lab_server, lesson)
        assert not state["errors"], state["errors"]
        for left_panel in (False, True):
            if left_panel:
                _open_with_the_file_browser(page)
            wider = page.evaluate(WIDER_JS)
            page.screenshot(path=str(artifacts / f"jupyterlab-1024-{Path(lesson).stem}-{int(left_panel)}.png"))
            assert not wider, f"{lesson} at 1024 px ({'file browser open' if left_panel else 'no side panel'}): " \
                              + "; ".join(wider)
        small = [(size, text) for size, text in
                 page.evaluate(SIZES_JS, ".kit-table :is(th, td), .kit-counts :is(th, td), .kit-hl .kit-tag, "
                                         ".kit-hl .kit-legend, .kit-hl .kit-notes, .kit-figure :is(th, td)")
                 if size < BODY_PX - 0.01]
        assert not small, f"{lesson}: text below {BODY_PX} px: {small[:5]}"
    finally:
        context.close()
