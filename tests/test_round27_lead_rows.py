"""Round 27 (lead, from r27spk's report): "cost" is a past form as "paid" is, so "She said the site cost $100 a
month." after a named speaker is her report (it gave no row, and `kit.figures` showed "$100" as the writer's own).
Made-up sentences, a US and a Russian official alike."""
import pytest

import kit


@pytest.mark.parametrize("who, body", [("Maria Lopez", "Pentagon"), ("Olga Petrova", "Kremlin")])
def test_she_said_the_site_cost_is_her_report(who, body):
    text = (f"Test headline here\n\n{who}, a {body} official, said the fares are too high. "
            "She said the site cost $100 a month.")
    art = kit.article(text)
    rows = kit.quotes(art)
    row = rows[rows["quote"] == "the site cost $100 a month"]
    assert len(row) == 1 and row["speaker"].iloc[0] == who, rows[["quote", "speaker"]]
    start, end = int(row["start"].iloc[0]), int(row["end"].iloc[0])
    assert art["text"].iloc[0][start:end] == "the site cost $100 a month"
