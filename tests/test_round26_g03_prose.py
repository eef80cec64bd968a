"""03 Exercise 2 prose after teacher 49 (#10): the lesson names both kinds of guess the kit's rows rest on, and
the counts it gives are the ones the kit computes for the lesson's article (not typed in)."""
import json
import re
from pathlib import Path

import kit

LESSON = Path(__file__).resolve().parents[1] / "instructor" / "03-sourcing.ipynb"


def cell(cell_id):
    cells = json.loads(LESSON.read_text(encoding="utf-8"))["cells"]
    return "".join(next(c for c in cells if c.get("id") == cell_id)["source"])


def kinds_of_guess():
    quotes = kit.quotes(kit.load_articles())
    rows = quotes[(quotes.article_id == "washington-pretends-combating-isis") & (quotes.kind == "direct")
                  & (quotes.speaker_type == "named person")]
    from_quote = int(rows.note.str.startswith("speaker guessed from the quotation just before").sum())
    from_he = int(rows.note.str.startswith("guess: 'he' taken to be").sum())
    return len(rows), from_quote, from_he


def test_prose_names_both_kinds_with_the_kits_counts():
    prose = " ".join(cell("03-25").split())
    total, from_quote, from_he = kinds_of_guess()
    assert from_quote + from_he == total and from_quote > total / 2
    assert "from the quotation just before" in prose
    words = {3: "three", 2: "two", 4: "four"}
    assert re.search(rf"\b{words[from_he]} from \"he\"", prose), prose
    assert "most from the quotation just before" in prose


def test_hidden_check_computes_the_counts():
    hidden = cell("03-25a")
    assert "from_quote" in hidden and "from_he" in hidden and "startswith" in hidden
