"""Every "§N" a lesson's text points to is a section of that lesson (student 37 #7: 05 pointed to "§9" in a lesson
of eight sections). Read from the instructor masters and the student and answer versions built from them."""
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted(p for folder in ("instructor", "notebooks", "answers") for p in (ROOT / folder).glob("*.ipynb"))


def sections_and_refs(path: Path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    sections = {int(n) for n in re.findall(r"^#{2,3} (\d+)\.", text, flags=re.MULTILINE)}
    refs = {int(n) for n in re.findall(r"§\s?(\d+)", text)}
    return sections, refs


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_section_reference_is_a_section(path):
    sections, refs = sections_and_refs(path)
    assert refs <= sections, (f"{path.name} points to §{sorted(refs - sections)}, which is not a section "
                              f"(sections: {sorted(sections)})")
