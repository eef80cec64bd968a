"""Round 20: quotation precision (issue 22). Which reporting words report words, and which words an indirect
row reports. Each rule is checked over parallel actors: a US, a Russian, a Chinese and a Kenyan speaker, a man
and a woman. Every sentence here is made up."""

import pytest
from quote_helpers import checked_quotes

#: (speaker, pronoun): parallel actors, so a rule cannot favour one country or one sex.
ACTORS = [("the US embassy", "it"), ("the Russian ministry", "it"), ("the Chinese agency", "it"),
          ("the Kenyan council", "it"), ("Tom Reed", "he"), ("Ana Ruiz", "she")]


def _indirect(text):
    q = checked_quotes(text)
    return [(r.quote, r.speaker_text) for r in q.itertuples() if r.kind == "indirect"]


@pytest.mark.parametrize("who, pron", ACTORS)
def test_an_opening_phrase_before_the_speaker_is_not_what_was_said(who, pron):
    # the verb has an object after it (a noun phrase): nothing is reported, and the opening phrase is the writer's
    assert _indirect(f"Shortly after the vote, {who} announced the closure of the office.") == []
    # the verb has a clause after it: that clause is what was said
    assert _indirect(f"Later that day, {who} said {pron} would help.") == [(f"{pron} would help", who)]


@pytest.mark.parametrize("who, pron", ACTORS)
def test_a_report_after_its_clause_still_reports_it(who, pron):
    assert _indirect(f"The road was closed, {who} said on Monday.") == [("The road was closed", who)]
    assert _indirect(f"The road was closed, {who} told reporters.") == [("The road was closed", who)]


@pytest.mark.parametrize("who, pron", ACTORS)
def test_a_that_inside_the_reported_clause_does_not_open_it(who, pron):
    # the reported clause began right after the verb ("it kept …"); "that the mayor sent" describes the letters
    assert _indirect(f"{who[0].upper()}{who[1:]} reported {pron} kept the letters that the mayor sent.") == [
        (f"{pron} kept the letters that the mayor sent", f"{who[0].upper()}{who[1:]}")]
    # "that" right after the verb, or after the person told, still opens what was said
    assert _indirect(f"{who[0].upper()}{who[1:]} told reporters that the mayor sent letters.") == [
        ("the mayor sent letters", f"{who[0].upper()}{who[1:]}")]


@pytest.mark.parametrize("who, pron", ACTORS)
def test_the_words_reported_in_an_aside_end_where_the_aside_ends(who, pron):
    cap = f"{who[0].upper()}{who[1:]}"
    for open_, close in (("—", "—"), ("–", "–"), ("-", "-"), ("(", ")")):
        text = f"{cap} {open_} which told reporters the plan was dead {close} left early."
        if open_ == "(":
            text = text.replace("( ", "(").replace(" )", ")")
        assert [q for q, _s in _indirect(text)] == ["the plan was dead"], text
    # a whole sentence in brackets: the reported words end before the full stop
    assert [q for q, _s in _indirect(f"({cap} said the plan was dead.) It rained.")] == ["the plan was dead"]
