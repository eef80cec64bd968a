"""Round 29 (issue 22, quotation precision): rules of English, with made-up sentences.

- a quotation in title case followed by a noun phrase that names a kind of work ("“Red Harbor,” a new
  documentary about ...", "“Blue Hour” -- a movie set in ...", "“Long Road,” the cult series") is the name of that
  work: a ``title`` (``kit.titles.quoted_title``), not someone's words; words followed by the same kind of noun and
  a reporting verb ("“We Will Win,” a campaign ad says") stay someone's words;
- a quotation after "the pseudonym", "an alias", "the alias" is a name given to someone: a ``term``.
Both sides get the same test: the Pentagon and the Kremlin, Mattis and Lavrov.
"""

import pytest
from quote_helpers import checked_quotes


def _kind(text, quote):
    q = checked_quotes(text)
    rows = q[q.quote.str.strip(",.!? ") == quote]
    assert len(rows) == 1, list(zip(q.quote, q.kind, strict=True))
    return rows.kind.iloc[0]


@pytest.mark.parametrize("who", ["The Pentagon", "The Kremlin"])
@pytest.mark.parametrize("after", [
    "“Red Harbor,” a new documentary about the war, opens on Friday.",
    "“Red Harbor” -- a movie set in Syria -- opens on Friday.",
    "“Red Harbor,” the cult series, returns on Friday.",
    "“Red Harbor,” an old HBO series, returns on Friday.",
])
def test_a_title_named_by_the_noun_after_it(who, after):
    text = f"{who} said nothing about it. {after}"
    assert _kind(text, "Red Harbor") == "title"


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_a_work_noun_after_a_title_in_a_reported_sentence(who):
    text = f"{who} said he liked “Red Harbor,” a documentary about the war."
    assert _kind(text, "Red Harbor") == "title"


@pytest.mark.parametrize("who", ["Pentagon", "Kremlin"])
def test_words_a_work_says_stay_speech(who):
    text = f"“We Will Win,” a {who} ad says in its last line."
    assert _kind(text, "We Will Win") != "title"
    text = f"“We will win,” a {who} video said."
    assert _kind(text, "We will win") != "title"


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
@pytest.mark.parametrize("noun", ["the pseudonym", "an alias", "the alias", "the pen name"])
def test_a_name_after_pseudonym_or_alias_is_a_term(who, noun):
    text = f"{who} wrote under {noun} “Red Falcon,” but it did not help him."
    assert _kind(text, "Red Falcon") == "term"


@pytest.mark.parametrize("who", ["The Pentagon", "The Kremlin"])
def test_an_opening_mark_glued_to_a_word_before_a_bracket_closes(who):
    """'… we have.“[Daily News.]': the mark after "have." ends words whose opening mark is missing; it opens
    nothing, so "[Daily News.]" is no one's words."""
    text = f"{who} is not immune. Why? Because polls are all we have.“[Daily News.]\n\nMORE NEWS FOLLOWS HERE"
    q = checked_quotes(text)
    assert not any("Daily News" in s for s in q.quote), list(zip(q.quote, q.kind, strict=True))


@pytest.mark.parametrize("who", ["Pentagon", "Kremlin"])
def test_an_opening_mark_glued_to_a_word_before_markup_closes(who):
    text = f"<tweet author=\"@{who}\">“@lee: “We will win.” – @{who} #Win“<tweet/>.\n\nThe tweet was old."
    q = checked_quotes(text)
    assert not any("<tweet/>" in s for s in q.quote), list(zip(q.quote, q.kind, strict=True))
    assert any(s.startswith("We will win") for s in q.quote)


@pytest.mark.parametrize("who", ["Mattis", "Lavrov"])
def test_a_mark_before_a_bracket_after_a_space_still_opens(who):
    text = f"{who} wrote: “[W]e will stay here,” and left."
    assert any(s.startswith("[W]e will stay") for s in checked_quotes(text).quote)
