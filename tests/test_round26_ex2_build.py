"""Round 26 (student 39): every built notebook opened in JupyterLab was marked changed at once, because the kernel
filled in metadata the build left out (the kernelspec's display name, language_info with Python's version). The
build now writes what the kernel gives, and a built notebook round-trips through nbformat unchanged (checked
against JupyterLab 4.6 by hand: open and save left the file byte for byte the same)."""
from pathlib import Path

import nbformat
import pytest

from kit.notebook_cells import kernel_metadata, new_notebook, notebook_bytes

ROOT = Path(__file__).resolve().parent.parent
BUILT = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "answers").glob("*.ipynb"))


def what_the_kernel_fills_in(metadata: dict) -> dict:
    """The metadata after JupyterLab's kernel starts: its kernelspec and language_info replace the notebook's."""
    meta = kernel_metadata()
    return {**metadata, "kernelspec": {**metadata.get("kernelspec", {}), **meta["kernelspec"]},
            "language_info": {**metadata.get("language_info", {}), **meta["language_info"]}}


@pytest.mark.parametrize("path", BUILT, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_built_notebook_is_what_the_kernel_would_make_it(path):
    nb = nbformat.read(path, as_version=4)
    # the kernel's Python patch release may differ from the building machine's: compare all but that
    same = {k: v for k, v in nb.metadata["language_info"].items() if k != "version"}
    kernel = what_the_kernel_fills_in(dict(nb.metadata))
    assert {**dict(nb.metadata), "language_info": same} == \
        {**kernel, "language_info": {k: v for k, v in kernel["language_info"].items() if k != "version"}}, nb.metadata
    assert nb.metadata["language_info"].get("version"), "language_info without Python's version: JupyterLab adds it"
    assert all(cell.get("id") for cell in nb.cells) and nb.nbformat_minor >= 5
    nbformat.validate(nb)
    assert notebook_bytes(nb) == path.read_bytes(), "reading and writing it again changes the file"


def test_a_new_notebook_carries_the_kernels_metadata():
    nb = new_notebook([])
    assert dict(nb.metadata) == kernel_metadata()
    again = nbformat.reads(notebook_bytes(nb).decode(), as_version=4)
    assert notebook_bytes(again) == notebook_bytes(nb)
