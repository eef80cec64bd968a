"""Each lesson's core fits a 45-minute class (issue 21): at most four exercises and about 900 words of prose
before its "Extension" heading, and a timing note for the teacher that students never see.

Words are counted as a student reads them: every markdown cell a student sees (not the teacher's notes or
model answers), headings, hints and tables included, with inline code counted as one word and link
targets left out.
"""
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MASTERS = sorted((ROOT / "instructor").glob("[0-9][0-9]-*.ipynb"))
MAX_CORE_WORDS = 1000  # "about 900" words, with room for a lesson's header, discussion and recap
MAX_CORE_EXERCISES = 4
HIDDEN = {"instructor", "solution"}


def words(markdown: str) -> int:
    """>>> words("Run `kit.profile(articles)` on [the table](https://x.org/a b).")
    5
    """
    text = re.sub(r"<[^>]+>", " ", markdown)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"`[^`]*`", " x ", text)
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text))


def core_and_extension(path: Path) -> dict:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    counts = {"core_words": 0, "extension_words": 0, "core_exercises": 0, "extension_exercises": 0, "timing": False}
    in_extension = False
    for cell in cells:
        if cell["cell_type"] != "markdown":
            continue
        source = "".join(cell["source"])
        tags = set(cell.get("metadata", {}).get("tags", []))
        if tags & HIDDEN:
            counts["timing"] |= "instructor" in tags and source.startswith("> **Teacher's note: timing")
            continue
        for line in source.splitlines():
            if re.match(r"#+ .*Extension", line):
                in_extension = True
            if re.match(r"#+ +Exercise", line):
                counts["extension_exercises" if in_extension else "core_exercises"] += 1
        counts["extension_words" if in_extension else "core_words"] += words(source)
    return counts


@pytest.mark.parametrize("master", MASTERS, ids=[p.stem for p in MASTERS])
def test_lesson_core_fits_a_class(master):
    counts = core_and_extension(master)
    assert counts["core_exercises"] <= MAX_CORE_EXERCISES, \
        f"{master.name}: {counts['core_exercises']} exercises before 'Extension'; move the rest under '## Extension (if you have time)'"
    assert counts["core_words"] <= MAX_CORE_WORDS, \
        f"{master.name}: {counts['core_words']} words before 'Extension' (aim for about 900)"
    assert counts["timing"], f"{master.name}: add a teacher-only note (tag 'instructor') starting \"> **Teacher's note: timing\""


def test_the_counter_counts_what_a_student_reads():
    assert words("## 1. How Jupyter works\n\nPress **Shift + Enter**.") == 7
    assert words("<details><summary>Hint</summary>\n\nUse `len(articles)`.\n\n</details>") == 3
