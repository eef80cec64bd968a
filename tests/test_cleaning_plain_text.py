"""Plain text hard-wrapped like an e-mail: split words joined, closing lines and datelines out of the body (issue 11)."""

from __future__ import annotations

import pytest

import kit
from kit.cleaning import clean_document, is_footer_start, join_wrapped_lines, split_dateline

EMAIL = """Council approves river plan

By Ann Lee

RIVERTON, April 2 - The city council voted 5-2 on Tuesday to approve
the river-front plan after a long and heated debate. Crit-
ics said the cost was too high for a town of its size.

"We will keep watching every step," said Mara Diaz, a spokes-
woman for the residents' group. She said the anti-
flood wall and the well-
known footpath came too soon.

Contact the author at ann.lee@example.org

(c) 2024 Riverton Gazette. All rights reserved.
"""


def test_email_like_text_end_to_end(tmp_path):
    path = tmp_path / "email.txt"
    path.write_text(EMAIL, encoding="utf-8")
    row = kit.load_articles(path).iloc[0]
    assert row.title == "Council approves river plan" and row.author == "Ann Lee"
    assert row.text.startswith("The city council voted 5-2 on Tuesday to approve the river-front plan")
    assert "Critics said" in row.text and "Crit- ics" not in row.text and "Crit-ics" not in row.text
    assert "a spokeswoman for" in row.text
    assert "anti-flood wall" in row.text and "well-known footpath" in row.text  # compounds keep the hyphen
    assert "RIVERTON" not in row.text and "Contact the author" not in row.text and "(c) 2024" not in row.text
    assert row.boilerplate.split("\n\n") == ["By Ann Lee", "RIVERTON, April 2 -",
                                             "Contact the author at ann.lee@example.org",
                                             "(c) 2024 Riverton Gazette. All rights reserved."]
    # what the issue reported: quotes() used to name "Crit" as a speaker
    arts = kit.load_articles(path)
    speakers = " ".join(kit.quotes(arts).astype(str).stack())
    assert "Crit " not in speakers and "Crit'" not in speakers


def test_nothing_lost_from_the_email():
    doc = clean_document(EMAIL)
    everything = " ".join([doc.title, doc.text, *doc.boilerplate])
    words = {w.strip('.,"') for w in everything.split()}
    for word in ("Critics", "spokeswoman", "anti-flood", "well-known", "ann.lee@example.org", "reserved"):
        assert word in words


@pytest.mark.parametrize("block, joined", [
    ("Crit-\nics said so.", "Critics said so."),
    ("the ex-\nISIS fighters", "the ex-ISIS fighters"),
    ("a self-\nmade man", "a self-made man"),
    ("a middle-\nclass town", "a middle-class town"),  # "middleclass" is not a word: keep the hyphen
    ("Gov-\nernment plans", "Government plans"),
    ("five -\nsix", "five - six"),  # a dash, not a hyphen
    ("one\ntwo", "one two"),
])
def test_join_wrapped_lines(block, joined):
    assert join_wrapped_lines(block) == joined


def test_one_line_per_paragraph_text_joins_split_words_too():
    doc = clean_document("The council voted.\nCrit-\nics said the plan was too costly.\nThe mayor spoke.")
    assert doc.paragraphs == ["The council voted.", "Critics said the plan was too costly.", "The mayor spoke."]


@pytest.mark.parametrize("paragraph, closing", [
    ("Contact the author at ann.lee@example.org", True),
    ("Contact the reporter: sam@example.org", True),
    ("Write to the editor at letters@example.org", True),
    ("(c) 2024 Riverton Gazette. All rights reserved.", True),
    ("(C) 2019 Some Outlet", True),
    ("Riverton Gazette 2024. All rights reserved.", True),
    ("Contact lenses cost more this year, the shop said.", False),
    ("(c) the third option was rejected by the council.", False),
    ("The union said all rights reserved to workers would stay in place.", False),
])
def test_closing_lines(paragraph, closing):
    assert is_footer_start(paragraph) is closing


@pytest.mark.parametrize("paragraph, dateline, rest", [
    ("RIVERTON, April 2 - The council met.", "RIVERTON, April 2 -", "The council met."),
    ("RIVERTON, April 2 — The council met.", "RIVERTON, April 2 —", "The council met."),
    ("RIVERTON, Ohio, April 2, 2024 -- The council met.", "RIVERTON, Ohio, April 2, 2024 --", "The council met."),
    ("NEW YORK, Jan. 5 - Snow fell.", "NEW YORK, Jan. 5 -", "Snow fell."),
    ("RIVERTON, April 2 -", "RIVERTON, April 2 -", ""),
    ("NATO, the US and Russia - all agree.", "", "NATO, the US and Russia - all agree."),
    ("The UN, April 2 - nothing.", "", "The UN, April 2 - nothing."),
])
def test_datelines(paragraph, dateline, rest):
    assert split_dateline(paragraph) == (dateline, rest)


def test_dateline_alone_on_its_line_is_not_body_text():
    doc = clean_document("Headline here\n\nRIVERTON, April 2 -\n\nThe council met on Tuesday.\n\nIt voted.")
    assert doc.paragraphs == ["The council met on Tuesday.", "It voted."]
    assert "RIVERTON, April 2 -" in doc.boilerplate
