"""Round 25 (lead): the naming table's "No rows" note tells a student how to add a name in the notebook
(kit.concepts.add_concept), since a student's file list does not show data/concepts.csv (student 38 #4)."""
import re

import pandas as pd

import kit
from kit.framing import NAMING_NO_ROWS


def test_no_rows_note_gives_the_notebook_way():
    assert "kit.concepts.add_concept(" in NAMING_NO_ROWS
    assert "add a row for each name to data/concepts.csv" not in NAMING_NO_ROWS


def test_the_note_code_runs_and_counts_the_new_name(capsys):
    mine = pd.DataFrame({"article_id": ["mine"], "outlet": ["me"],
                         "text": ["The council met on Monday. Critics said the council was slow."]})
    table = kit.naming(mine)
    assert table.attrs.get("no_rows") == NAMING_NO_ROWS
    call = re.search(r"my_concepts = (kit\.concepts\.add_concept\(.*?\))", NAMING_NO_ROWS).group(1)
    my_concepts = eval(call, {"kit": kit})
    counted = kit.naming(mine, concepts=my_concepts)
    assert int(counted.loc[counted.surface == "the council", "count"].sum()) == 2


def test_long_text_columns_keep_a_readable_width():
    """Student 38 #8: the quotes table's note column was squeezed to about 12 characters in JupyterLab."""
    import html as _html

    from kit import exercises

    long_note = ("a characterisation the writer reports as the speaker's (X called Y Z, X slammed Y as Z): "
                 "the speaker's words")
    table = pd.DataFrame({"speaker": ["Pentagon", "Kremlin"], "quote": ["a trap", "a trap"],
                          "note": [long_note, long_note]})
    shown = exercises.whole_text(table, ["speaker", "quote", "note"]).to_html()
    cells = re.findall(r'<td style="([^"]*)">([^<]*)</td>', shown)
    widths = {_html.unescape(text): ("min-width" in style) for style, text in cells}
    assert widths[_html.unescape(_html.escape(long_note))] is True
    assert widths["Pentagon"] is False and widths["Kremlin"] is False and widths["a trap"] is False
