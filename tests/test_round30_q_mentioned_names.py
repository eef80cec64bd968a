"""Round 30 q (student 45 #6): 03 Exercise 2. A name the text mentions but does not quote gets one clear line (the
text only mentions them, and how to check), never "leave it out" and "the kit may have missed it" one after the
other. The same for a name of either side (Lavrov / Mattis) in a made-up article, and for 'lavrov' in the lesson's."""
import pandas as pd
import pytest

import kit
from kit.exercises import check_speakers

TEXT = ("Foreign Minister Ivan Petrov met {a} and {b} in Sochi on Monday.\n\n"
        "“We will stay as long as we are needed,” Petrov said after the meeting.\n\n"
        "“The talks went well,” said the spokesman Mark Reed.")


def made_up(article_id):
    return pd.DataFrame({"article_id": [article_id], "outlet": ["Example News"], "title": ["Talks in Sochi"],
                         "author": ["Jo Bell"], "text": [TEXT.format(a="Sergey Lavrov", b="James Mattis")]})


def lines_about(result, name):
    return [line for line in [result.message, *result.detail.splitlines()] if f"'{name}'" in line]


@pytest.mark.parametrize("name", ["lavrov", "mattis"])
@pytest.mark.parametrize("others", ["petrov, reed", "petrov"])
def test_a_name_only_mentioned_gets_one_line_in_a_made_up_article(name, others):
    result = check_speakers(f"{others}, {name}", made_up(f"made-up-{name}-{len(others)}"), f"made-up-{name}-{len(others)}")
    said = " ".join(lines_about(result, name))
    assert "only mentioned" in said and "kit may have missed it" not in said, str(result)
    assert len([line for line in result.detail.splitlines() if f"'{name}'" in line]) <= 1, str(result)
    assert "quotation marks" in str(result), str(result)  # how to check


@pytest.mark.parametrize("answer", ["moallem, konashenkov, lavrov", "Moallem, Konashenkov, Lavrov"])
def test_lavrov_in_the_lesson_article_gets_one_line(answer):
    result = check_speakers(answer, kit.load_articles(), "washington-pretends-combating-isis", notes="the quote before")
    name = answer.split(", ")[-1]
    assert len([line for line in result.detail.splitlines() if f"'{name}'" in line]) == 1, str(result)
    assert result.status == "partly", str(result)
    assert "kit may have missed it" not in str(result), str(result)
    assert f"'{name}' is only mentioned in this article, not quoted: leave it out" in result.message, str(result)


def test_both_sides_get_the_same_message():
    lavrov = check_speakers("petrov, reed, lavrov", made_up("made-up-sides-a"), "made-up-sides-a")
    mattis = check_speakers("petrov, reed, mattis", made_up("made-up-sides-b"), "made-up-sides-b")
    assert (lavrov.status, str(lavrov).replace("lavrov", "NAME")) == (mattis.status, str(mattis).replace("mattis", "NAME"))
