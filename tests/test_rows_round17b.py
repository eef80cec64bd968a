"""Round 17b: speaker and quotation rows readers found wrong. The subject of a verb in the passive is not
its speaker; two memos in one sentence keep their own agencies; "underscored by recent reports" is the
writer's judgement; a document's lower-case name is a title; groups of states are groups. Every sentence
here is made up, with US and Russian actors in parallel."""

import pandas as pd
import pytest

import kit
from kit.quote_kinds import document_named
from kit.sourcing import checked_articles, prepare_articles
from kit.spans import ATTITUDE_RULE
from kit.speakers import passive_cue


def _frame(*texts):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "outlet": "", "title": "",
                         "text": list(texts)})


def _rows(text):
    table = kit.quotes(_frame(text))
    return [(r.kind, r.speaker if isinstance(r.speaker, str) else None) for r in table.itertuples()]


SIDES = [("Washington", "Mattis"), ("Moscow", "Lavrov")]


@pytest.mark.parametrize("place,name", SIDES)
@pytest.mark.parametrize("template", [
    "The deal was hailed in {place} as a “turning point.”",
    "It was hailed as a “turning point” in {place}.",
    "The strike was heralded as a “victory” in {place}.",
    "The plan has been widely described as “absurd” in {place}.",
    "The deal, hailed as a “turning point,” was signed in {place}.",
    "The plan was branded “a disgrace” in {place}.",
])
def test_the_subject_of_a_passive_is_not_the_speaker(template, place, name):
    text = template.format(place=place)
    rows = _rows(text)
    assert rows and all(speaker is None for _kind, speaker in rows), rows
    assert kit.sources(_frame(text)).empty


@pytest.mark.parametrize("place,name", SIDES)
@pytest.mark.parametrize("template", [
    "The deal was hailed by {name} as a “turning point.”",
    "The strike was heralded by {name} as a “victory.”",
    "{name} hailed the deal as a “turning point.”",
    "{name} was quoted as saying the deal was a “turning point.”",
    "{name} was forced to call the deal “a mistake.”",
])
def test_who_acted_in_the_passive_or_the_active_is_the_speaker(template, place, name):
    assert [speaker for _kind, speaker in _rows(template.format(name=name))] == [name]


@pytest.mark.parametrize("name", ["Mattis", "Lavrov"])
def test_whom_he_described_as_is_active_and_keeps_its_speaker(name):
    text = f"{name} said the marchers, whom he described as “peaceful,” left. The march, described as “peaceful,” ended."
    art = prepare_articles(checked_articles(pd.DataFrame({"article_id": ["a"], "text": [text]}), "example"))[0]
    described = [c for c in art.cues if text[c[0]:c[1]].startswith("described")]
    assert [passive_cue(art, c) for c in described] == [False, True]
    assert _rows(text) == [("partial", name), ("partial", None)]


US = "US Defense Intelligence Agency memos dating back to 2012 noting efforts to create a “Salafist” [Islamic] “principality” [State] in the east"
RU = "Russian Defence Ministry memos dating back to 2013 noting plans for a “Kurdish” [autonomous] “republic” [region] in the north"


@pytest.mark.parametrize("first,second", [(US, RU), (RU, US)])
def test_two_memos_in_one_sentence_keep_their_own_agency(first, second):
    text = f"From {first}, to {second}, it was clear that both had known."
    table = kit.quotes(_frame(text))
    agency = {"Salafist": "Defense Intelligence Agency", "principality": "Defense Intelligence Agency",
              "Kurdish": "Russia", "republic": "Russia"}
    assert len(table) == 4
    for row in table.itertuples():
        word = text[row.start:row.end].strip("“”")
        assert agency[word] in row.speaker, (word, row.speaker)


@pytest.mark.parametrize("place", ["Washington", "Moscow"])
def test_underscored_by_reports_is_the_writers_judgement(place):
    judgement = f"The threat to the talks has been underscored by recent reports from {place}."
    assert _rows(judgement) == []
    said = f"The need for talks was stressed by officials in {place}."
    assert _rows(said) == [("indirect", "officials")]
    rejected = f"The plan was rejected by a report from {place}."
    assert [kind for kind, _s in _rows(rejected)] == ["indirect"]


@pytest.mark.parametrize("owner", ["Pentagon", "Kremlin"])
def test_a_lower_case_name_after_a_word_for_a_document_is_a_title(owner):
    for text in (f"The {owner} report “lessons learned” found gaps in training.",
                 f"A leaked {owner} memo “next steps” was sent on Monday."):
        assert [kind for kind, _s in _rows(text)] == ["title"], text
    clause = f"Lee said the {owner} report “wasn't good” at all."
    assert _rows(clause) == [("partial", "Lee")]
    t = "The report “lessons learned” found gaps. The report “is gaining ground” in the polls."
    assert document_named(t, t.index("“l"), t.index("”")) is True
    assert document_named(t, t.index("“i"), t.rindex("”")) is False


@pytest.mark.parametrize("group", ["governments", "countries", "nations", "states", "parties", "groups"])
def test_groups_of_states_and_people_are_alike_for_feelings(group):
    flags = kit.annotate(f"Many {group} are wary of the deal.")
    assert flags.loc[flags["term"] == ATTITUDE_RULE, "text"].tolist() == ["wary"]
    quiet = kit.annotate(f"Many {group} signed the deal.")
    assert ATTITUDE_RULE not in quiet["term"].tolist()
