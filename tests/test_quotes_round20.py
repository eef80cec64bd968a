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


NAMES_BEFORE_A_NOUN = ["the “Stay” campaign", "a “Stop the Dam” rally", "her “Fair Share” plan", "the “Clean Air” bill"]


@pytest.mark.parametrize("who, pron", ACTORS)
@pytest.mark.parametrize("phrase", NAMES_BEFORE_A_NOUN)
def test_a_name_in_quotation_marks_before_a_noun_is_a_term_not_words_said(who, pron, phrase):
    cap = f"{who[0].upper()}{who[1:]}"
    text = f"{cap} said {phrase} had lost support."
    q = checked_quotes(text)
    named = q[q.quote == phrase[phrase.index("“") + 1:phrase.index("”")]]
    assert named.kind.tolist() == ["term"] and named.speaker.isna().all()
    # the sentence's report is still found, as indirect speech, with the name inside it
    assert [(r.quote, r.kind) for r in q.itertuples() if r.kind == "indirect"] == [(f"{phrase} had lost support", "indirect")]


@pytest.mark.parametrize("who, pron", ACTORS)
def test_words_of_ones_own_or_a_verb_after_the_quotation_stay_as_they_were(who, pron):
    cap = f"{who[0].upper()}{who[1:]}"
    assert checked_quotes(f"{cap} called it a “fair deal” for all.").kind.tolist() == ["partial"]
    assert "term" not in checked_quotes(f"{cap} ate a “Kenyan” lunch, {pron} said.").kind.tolist()
    assert "term" not in checked_quotes(f"The “Echo” reported that {who} had left.").kind.tolist()


@pytest.mark.parametrize("who, pron", ACTORS)
def test_a_clause_describing_a_noun_reports_no_words(who, pron):
    # "the best deal [the US embassy hoped to keep]": the clause describes "deal"; the opening phrase is the writer's
    subject = who if who.startswith("the ") else ("his aide" if pron == "he" else "her aide")
    assert _indirect(f"For years, the plan was the best deal {subject} hoped to keep.") == []
