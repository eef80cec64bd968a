"""Student 39 #9: 05 §2's heatmap column headers ran together ("Anti-MediaWSWS"): a level column name has space on
both sides, so two names side by side never touch."""
import re

import pandas as pd

from kit.html_charts import grid_html


def header_styles(page):
    return [m.group(1) for m in re.finditer(r'<th scope="col" style="([^"]*)"[^>]*>(?:Anti-Media|WSWS|Global Research)',
                                            page)]


def padding_sides(style):
    pads = [p for p in style.split(";") if p.strip().startswith("padding")]
    sides = {"top": "0", "right": "0", "bottom": "0", "left": "0"}
    for p in pads:
        key, value = p.split(":", 1)
        if key.strip() == "padding":
            parts = value.split()
            parts = (parts * 4)[:4] if len(parts) == 1 else parts + [parts[1]] * (4 - len(parts))
            sides = dict(zip(("top", "right", "bottom", "left"), parts))
        else:
            sides[key.strip().split("-")[1]] = value.strip()
    return sides


def test_level_column_names_have_space_on_both_sides():
    grid = pd.DataFrame([[1, 2, 0], [0, 3, 1]], index=["a", "b"], columns=["Anti-Media", "WSWS", "Global Research"])
    styles = header_styles(grid_html("How each outlet names the same actors", grid, "Outlet", "Name"))
    assert len(styles) == 3
    for style in styles:
        sides = padding_sides(style)
        assert sides["left"] not in ("0", "0em") and sides["right"] not in ("0", "0em"), style
