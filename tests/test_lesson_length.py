"""Each lesson's core fits a 45-minute class (issue 21): at most four student activities and about 900 words of
prose before its "Extension" heading, and a timing note for the teacher that students never see.

An activity is anything a student does, counted as a teacher counts them: a "Predict first" (with its line
on why), an exercise, a look-up or search off the page, a hands-on widget section ("... yourself"), and a
"write one line" task that is not the prediction's.

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
MAX_CORE_ACTIVITIES = 4
HIDDEN = {"instructor", "solution"}
ACTIVITY = re.compile(
    r"^#+ +Exercise"                                   # an exercise
    r"|^\*\*Predict first"                             # a prediction (its "one line on why" is part of it)
    r"|^(#+ +|\*\*)(Off the page|Look it up|Who is)"    # a search or look-up off the page
    r"|\blook (him|her|it|them) up\b"
    r"|^#+ .*\byourself\b"                              # a hands-on section ("Spot the loaded words yourself")
    r"|^(?!.*predict)(?!.*Were you right).*\bwrite one line\b",  # a one-line written task, not the prediction's
    re.IGNORECASE)


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
    counts = {"core_words": 0, "extension_words": 0, "core_activities": 0, "extension_activities": 0, "timing": False,
              "core": []}
    in_extension = False
    for cell in cells:
        if cell["cell_type"] != "markdown":
            continue
        source = "".join(cell["source"])
        tags = set(cell.get("metadata", {}).get("tags", []))
        if tags & HIDDEN:
            counts["timing"] |= "instructor" in tags and source.startswith("> **Teacher's note: timing")
            continue
        for block in re.split(r"\n\s*\n", source):  # one activity per paragraph, however many lines name it
            if any(re.match(r"#+ .*Extension", line) for line in block.splitlines()):
                in_extension = True
            if any(ACTIVITY.search(line) for line in block.splitlines()):
                counts["extension_activities" if in_extension else "core_activities"] += 1
                if not in_extension:
                    counts["core"].append(block.strip()[:60])
        counts["extension_words" if in_extension else "core_words"] += words(source)
    return counts


@pytest.mark.parametrize("master", MASTERS, ids=[p.stem for p in MASTERS])
def test_lesson_core_fits_a_class(master):
    counts = core_and_extension(master)
    assert counts["core_activities"] <= MAX_CORE_ACTIVITIES, \
        f"{master.name}: {counts['core_activities']} activities before 'Extension' ({counts['core']}); " \
        "move the rest under '## Extension (if you have time)'"
    assert counts["core_words"] <= MAX_CORE_WORDS, \
        f"{master.name}: {counts['core_words']} words before 'Extension' (aim for about 900)"
    assert counts["timing"], f"{master.name}: add a teacher-only note (tag 'instructor') starting \"> **Teacher's note: timing\""


def test_the_counter_counts_what_a_student_reads():
    assert words("## 1. How Jupyter works\n\nPress **Shift + Enter**.") == 7
    assert words("<details><summary>Hint</summary>\n\nUse `len(articles)`.\n\n</details>") == 3


def test_the_counter_counts_every_activity():
    lines = ["**Predict first.** How many?", "### Exercise 2 (written)", "### Off the page (4 minutes)",
             "**Who is Igor Konashenkov?** Look him up in a new tab.", "## 6. Spot the loaded words yourself",
             "Then write one line on why the list missed it.",
             "If your prediction was off, write one line on why.", "## 1. Who gets to speak?", "search the text"]
    assert [bool(ACTIVITY.search(line)) for line in lines] == [True] * 6 + [False] * 3
