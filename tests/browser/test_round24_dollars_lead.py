"""Student 38 #1: JupyterLab read "$400,000 a year … $2 million" in an output as mathematics (italic letters, no
spaces, both "$" gone), in kit.highlight and in a lesson's tables. The kit's views of text carry the classes MathJax
leaves alone (kit.explaining.NO_MATH), and importing the lessons' checks makes pandas tables do the same."""

from __future__ import annotations

import pytest
from test_accessibility import stop_sessions
from test_jupyterlab import code_notebook, open_and_run_all

NOTEBOOK = "dollars-round24.ipynb"
TEXT = "The pool costs $400,000 a year to run, and the council wants another $2 million to fix it."


@pytest.fixture(scope="module")
def dollar_page(chromium, lab_server, lab_root, artifacts):
    (lab_root / NOTEBOOK).write_bytes(code_notebook(
        "import kit\nimport pandas as pd\nfrom kit import exercises\nfrom IPython.display import display",
        f"mine = kit.article({TEXT!r}, title='Pool')\ndisplay(kit.highlight(mine.iloc[0]))",
        "pd.DataFrame({'quote': ['$400,000 a year, $2 million']})",  # short: pandas cuts long cells
        # a lesson's own table (exercises.whole_text: 06's trace, quotes and headline tables; student 39 #1)
        "exercises.whole_text(pd.DataFrame({'sentence': [mine.text.iloc[0]]}), ['sentence'])"))
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    state = open_and_run_all(page, lab_server, NOTEBOOK)
    assert not state["errors"], state["errors"]
    page.wait_for_selector(".kit-hl", timeout=60_000)
    page.wait_for_timeout(2000)  # MathJax typesets after the output is shown
    try:
        yield page
    finally:
        page.screenshot(path=str(artifacts / "jupyterlab-dollars-round24.png"), full_page=True)
        context.close()
        stop_sessions(lab_server)


@pytest.mark.parametrize("where", [".kit-hl", ".jp-OutputArea-output table", "table.kit-table"])
def test_dollar_amounts_stay_text(dollar_page, where):
    output = dollar_page.locator(where).first
    assert output.locator("mjx-container").count() == 0
    assert "$400,000 a year" in output.inner_text() and "$2 million" in output.inner_text()
