"""A family name written first ("Wang Yi … Wang said") joins the person, as a last name does (issue 22).

Made-up sentences only."""

import pytest
from made_up import arts, rows

from kit.person_names import family_name_first
from kit.sourcing import sources

PAIR = "{adj} official {full} said the talks had failed. {later} said the next round would be in May."


def _sources(text):
    s = sources(arts(text))
    return s[s.source_type == "named person"][["source", "n_quotes", "n_mentions"]].values.tolist()


@pytest.mark.parametrize("adj, full, later", [
    ("Chinese", "Wang Yi", "Wang"), ("Chinese", "Li Qiang", "Li"), ("Chinese", "Xi Jinping", "Xi"),
    ("North Korean", "Kim Yo Jong", "Kim"), ("Russian", "Sergei Lavrov", "Lavrov"),
    ("US", "Antony Blinken", "Blinken"), ("Iranian", "Hossein Amir-Abdollahian", "Amir-Abdollahian"),
])
def test_a_later_family_name_is_the_same_person_first_or_last(adj, full, later):
    assert _sources(PAIR.format(adj=adj, full=full, later=later)) == [[full, 2, 2]]


@pytest.mark.parametrize("full, later", [("Wang Yi", "Wang"), ("Sergei Lavrov", "Lavrov")])
def test_the_speaker_of_a_quotation_after_it_is_the_full_name(full, later):
    text = f"Foreign Minister {full} said the talks had failed. “We will not give in,” {later} added."
    assert set(rows(text).speaker.dropna()) == {full}


def test_a_three_word_name_with_its_first_word_later_is_one_person():
    text = "Lee Kuan Yew said the port would grow. Lee said ships would come."
    assert _sources(text) == [["Lee Kuan Yew", 2, 2]]


def test_a_last_word_still_wins_over_a_first_word():
    assert _sources("Ann Lee said the port would grow. Lee said ships would come.") == [["Ann Lee", 2, 2]]
    text = "Wang Yi said the talks had failed. Ann Wang said the port was shut. Wang said it would open in May."
    assert dict((s, q) for s, q, _m in _sources(text)) == {"Wang Yi": 1, "Ann Wang": 2}


def test_a_given_name_alone_does_not_join_where_the_last_name_is_used():
    text = "Sergei Lavrov said the talks had failed. Lavrov said the next round was off. Sergei said it was cold."
    assert "Sergei Lavrov" in family_name_first(["Sergei Lavrov"], "Sergei Lavrov spoke.").values()
    assert family_name_first(["Sergei Lavrov"], text) == {}
    assert [r.speaker for r in rows(text).itertuples() if r.quote.startswith("it was")] != ["Sergei Lavrov"]


def test_a_first_word_shared_by_two_people_joins_neither():
    names = ["Wang Yi", "Wang Qishan"]
    assert family_name_first(names, "Wang Yi spoke. Wang Qishan spoke. Wang said so.") == {}


@pytest.mark.parametrize("full, family", [("Wang Yi", "Wang"), ("Li Qiang", "Li"), ("Xi Jinping", "Xi"),
                                          ("Kim Yo Jong", "Kim")])
def test_a_family_name_first_gets_no_misspelling_note(full, family):
    # teacher 33 #1: "'Wang' taken to be Wang Yi, a name one letter different" was untrue, and a later "Lavrov"
    # gets no note at all: the same join, the same (empty) note
    import kit

    q = kit.quotes(kit.article(f"Official {full} said the talks had failed. {family} said the next round would be in May."))
    assert q.speaker.tolist() == [full, full]
    assert not q.note.str.contains("one letter").any(), q.note.tolist()
