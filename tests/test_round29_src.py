"""Round 29 src (student 45 #2): sources on a student's own article. A plural common noun that opens a sentence
("Fans said …", "Cops said …") is a group described, not a named person, as "Residents said …" already was; and the
one who speaks in "The Eagles' coach refused to comment" is the coach (described, not named, speaking for the
Eagles), not "Eagles". Made-up sentences only; the Pentagon's and the Kremlin's spokesman alike."""
import pandas as pd
import pytest

import kit


def sources_of(text):
    arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""], "text": [text]})
    return kit.sources(arts)


def row_of(table, source):
    rows = table[table.source == source]
    assert len(rows) == 1, table[["source", "source_type", "role"]].values.tolist()
    return rows.iloc[0]


@pytest.mark.parametrize("group", ["Fans", "Cops", "Residents", "Voters"])
def test_plural_common_noun_opening_a_sentence_is_a_described_group(group):
    table = sources_of(f"The Tigers beat the Eagles. {group} said it was the best game of the season.")
    row = row_of(table, group)
    assert row.source_type == "anonymous"
    assert row.role == "quoted"


def test_a_person_named_by_a_short_name_in_s_stays_a_person():
    table = sources_of("Hans Blix arrived on Monday. Hans said it was the best game of the season.")
    assert row_of(table, "Hans Blix").source_type == "named person"


@pytest.mark.parametrize(("owner", "owner_name"), [("The Eagles'", "Eagles"), ("The Eagles’", "Eagles"),
                                                   ("The Pentagon's", "Pentagon"), ("The Kremlin's", "Kremlin"),
                                                   ("Washington's", "Washington"), ("Moscow's", "Moscow")])
@pytest.mark.parametrize("role", ["coach", "spokesman"])
def test_owner_and_role_refused_to_comment_is_the_role(owner, owner_name, role):
    phrase = f"{owner} {role}"
    table = sources_of(f"The Tigers won on Sunday. {phrase} refused to comment.")
    row = row_of(table, phrase)
    assert row.source_type == "anonymous"
    assert row.role == "no comment"
    assert row.speaks_for == owner_name
    assert not ((table.source == owner_name) & (table.role == "no comment")).any()


@pytest.mark.parametrize("owner", ["The Tigers'", "The Pentagon's", "The Kremlin's"])
def test_owner_and_role_said_is_the_role(owner):
    phrase = f"{owner} captain"
    table = sources_of(f"It rained. {phrase} said the team would improve.")
    row = row_of(table, phrase)
    assert row.source_type == "anonymous"
    assert row.role == "quoted"


@pytest.mark.parametrize("owner", ["Pentagon", "Kremlin"])
def test_owner_and_a_statement_still_credits_the_owner(owner):
    table = sources_of(f"It rained. The {owner}'s statement said the road was closed.")
    assert owner in table.source.tolist()


@pytest.mark.parametrize("opening", ["It's well known", "That's well known"])
def test_a_contraction_is_no_owner(opening):
    table = sources_of(f"{opening} that the Pentagon and the Kremlin disagree. Lee said so.")
    assert not table.speaks_for.isin(["It", "That"]).any()


# student 45 #9: "anti-<country or bloc>" names a person, an outlet or a policy as hostile to a whole people: a label,
# in either direction
ANTI = ["anti-Russian", "anti-American", "anti-Western", "anti-Syrian", "anti-Iranian", "anti-US"]


@pytest.mark.parametrize("word", ANTI)
def test_anti_a_country_is_a_label(word):
    text = f"According to the general, as reported by the {word} newspaper, the fighters left the city."
    spans = kit.annotate(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    labels = spans[spans.category == "label"]
    assert word.lower() in [t.lower() for t in labels.text.tolist()], spans[["text", "category"]].values.tolist()


@pytest.mark.parametrize("word", ["anti-tank", "anti-aircraft", "anti-government", "anti-ISIS"])
def test_anti_a_weapon_or_a_side_in_a_war_is_no_label(word):
    text = f"The {word} unit moved north."
    spans = kit.annotate(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert not spans[spans.category == "label"].text.str.lower().str.startswith("anti").any()


@pytest.mark.parametrize("phrase", ["anti-Russian sanctions", "anti-American sanctions", "anti-Chinese violence",
                                    "anti-Western protests", "anti-Syrian and anti-Iranian attacks"])
def test_anti_a_people_before_an_act_is_no_label(phrase):
    text = f"The paper reported {phrase} on Monday."
    spans = kit.annotate(pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert not spans[spans.category == "label"].text.str.lower().str.startswith("anti").any(), \
        spans[["text", "category"]].values.tolist()
