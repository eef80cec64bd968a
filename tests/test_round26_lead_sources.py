"""Round 26, lead (student 41 #4, #5): a source written once with a capital at the start of a sentence ("The company
said …") and once inside one ("According to the company, …") is one source; a word traced in its plural finds its
singular too ("ferries": "takes the ferry"), and a word that only looks like a plural does not lose its meaning."""
import pytest

import kit

ARTICLE = ("Ferry fares going up\n\nHarbor Transit Corp will raise fares next month. Riders were angry, and one rider "
           "takes the ferry to school every day. According to {body}, ticket sales fell by 12 percent in 2025. The "
           "ferries carry about 8,000 riders a day. {Body} said fares have not gone up since 2019. A spokesperson "
           "for the company said the change was needed.")


@pytest.mark.parametrize("body", ["the company", "the ministry", "the agency"])
def test_a_description_with_and_without_a_capital_is_one_source(body):
    text = ARTICLE.format(body=body, Body=body[0].upper() + body[1:])
    table = kit.sources(kit.article(text))
    rows = table[table["source"].str.lower() == body]
    assert len(rows) == 1, table[["source", "n_quotes"]].to_string()
    assert rows["n_quotes"].iloc[0] == 2


@pytest.mark.parametrize("typed, finds", [("ferries", "takes the ferry"), ("spokespersons", "A spokesperson"),
                                          ("fares", "raise fares")])
def test_a_plural_finds_its_singular(typed, finds):
    rows = kit.trace_claim(kit.article(ARTICLE.format(body="the company", Body="The company")), typed)
    assert any(finds in t for t in rows["text"]), rows["text"].tolist()


def test_a_word_that_only_looks_plural_keeps_its_meaning():
    article = kit.article("A new plan\n\nThe news came late. A new plan was made. The bus was full.")
    assert kit.trace_claim(article, "news")["text"].tolist() == ["The news came late."]
    assert kit.trace_claim(article, "bus")["text"].tolist() == ["The bus was full."]
