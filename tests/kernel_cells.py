"""Run made-up cells in one new kernel, as a student's notebook does (nbclient), with errors allowed: what the
lesson tests share to see the hints a student sees in a real kernel."""

import pytest


def run_cells(sources: list[str]) -> list[list]:
    """The outputs of each cell, run in order in one new kernel (skips the test without nbformat and nbclient)."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in sources])
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3", allow_errors=True).execute()
    return [cell.outputs for cell in notebook.cells]


def printed(outputs: list) -> str:
    """What a cell printed (its stream outputs), without its error."""
    return "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
