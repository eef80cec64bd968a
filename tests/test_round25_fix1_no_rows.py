"""Student 39 #11: an empty table before anything is pasted names that reason, not only a CHANGE THIS the cell lacks."""

import kit
from kit import exercises
from kit.exercises.helpers import no_rows_text


def test_empty_figures_table_of_the_placeholder_says_paste_first():
    account = exercises.pasted_account("PASTE THE TEXT OF ONE ACCOUNT HERE", title="Report")
    shown = exercises.whole_text(kit.figures(account), ["phrase", "attribution"])
    caption = shown.to_html().split("<caption>")[1].split("</caption>")[0]
    assert "nothing is pasted yet" in caption.lower()
    assert caption.lower().index("paste") < caption.index("CHANGE THIS")
    assert "run" in caption


def test_a_table_with_its_own_words_keeps_them():
    import pandas as pd
    table = pd.DataFrame()
    table.attrs["no_rows"] = "No names here."
    assert no_rows_text(table) == "No names here."
