"""Round 21 (issue 22): parallel officials get the same rows whatever the order of their names.

Every test runs over officials of several countries (US, Russian, Chinese, Iranian, Korean, Japanese, British),
real names and made-up ones, in the same sentences. The sentences are made up.
"""

import pytest

import kit

#: (title before the name, full name, the name used on second mention, courtesy title)
OFFICIALS = [
    ("US Secretary of State", "Antony Blinken", "Blinken", "Mr"),
    ("US Senator", "Laura Bentley", "Bentley", "Ms"),
    ("Russian Foreign Minister", "Sergei Lavrov", "Lavrov", "Mr"),
    ("Russian Deputy Minister", "Oleg Smirnov", "Smirnov", "Mr"),
    ("Chinese Foreign Minister", "Wang Yi", "Wang", "Mr"),
    ("Chinese President", "Xi Jinping", "Xi", "Mr"),
    ("Chinese Premier", "Li Qiang", "Li", "Mr"),
    ("Chinese Vice Premier", "Liu Fang", "Liu", "Mr"),
    ("Chinese foreign ministry spokeswoman", "Mao Ning", "Mao", "Ms"),
    ("Iranian Foreign Minister", "Hossein Amir-Abdollahian", "Amir-Abdollahian", "Mr"),
    ("Iranian Deputy Minister", "Reza Karimi", "Karimi", "Mr"),
    ("North Korean leader", "Kim Jong Un", "Kim", "Mr"),
    ("South Korean Foreign Minister", "Park Min Jae", "Park", "Mr"),
    ("Japanese Prime Minister", "Fumio Kishida", "Kishida", "Mr"),
    ("Japanese Trade Minister", "Yuko Tanaka", "Tanaka", "Ms"),
    ("British Foreign Secretary", "David Lammy", "Lammy", "Mr"),
    ("British Home Secretary", "Ruth Ellery", "Ellery", "Ms"),
]
IDS = [full for _t, full, _f, _m in OFFICIALS]


def _sources(text):
    return kit.sources(kit.article(text))[["source", "source_type", "n_quotes"]].values.tolist()


def _quotes(text):
    return kit.quotes(kit.article(text))


@pytest.mark.parametrize("title,full,family,mr", OFFICIALS, ids=IDS)
@pytest.mark.parametrize("courtesy", [False, True], ids=["family", "Mr-family"])
def test_second_mention_is_the_same_row(title, full, family, mr, courtesy):
    """'{title} {full} said …. (Mr/Ms) {family} said …': one row, the full name without the title, 2 quotes."""
    later = f"{mr} {family}" if courtesy else family
    text = f"{title} {full} said the talks had failed. {later} said the next round would be in May."
    assert _sources(text) == [[full, "named person", 2]]


@pytest.mark.parametrize("title,full,family,mr", OFFICIALS, ids=IDS)
def test_second_mention_after_a_quotation(title, full, family, mr):
    """'"…," {family} added.' joins the full name, with no note of a guess or a spelling slip."""
    q = _quotes(f'{title} {full} said the talks had failed. "We will not give in," {family} added.')
    assert q["speaker"].tolist() == [full, full]
    assert not any("taken to be" in note for note in q["note"])


#: two people who share the family name, in the name order of their country
SHARED = [
    ("Sergei Lavrov", "Pavel Lavrov", "Lavrov"),
    ("Antony Blinken", "Sarah Blinken", "Blinken"),
    ("Wang Yi", "Wang Wenbin", "Wang"),
    ("Li Qiang", "Li Hui", "Li"),
    ("Kim Jong Un", "Kim Min Seo", "Kim"),
    ("Fumio Kishida", "Yuko Kishida", "Kishida"),
    ("Reza Karimi", "Ali Karimi", "Karimi"),
    ("David Lammy", "Ruth Lammy", "Lammy"),
    ("Park Min Jae", "Park Ji Won", "Park"),
]


@pytest.mark.parametrize("first,second,family", SHARED, ids=[s[0] for s in SHARED])
def test_two_people_one_family_name(first, second, family):
    """Two full names are two people; the name alone goes to the one named last in the same paragraph (a note
    says so), and to the first one named after a new paragraph."""
    text = (f"Minister {first} said the talks had failed. Spokesman {second} said the next round would be in May. "
            f"{family} said more talks were needed.")
    assert _sources(text) == [[first, "named person", 1], [second, "named person", 2]]
    note = _quotes(text)["note"].iloc[-1]
    assert f"'{family}' taken to be {second}" in note and "paragraph" in note
    text = text.replace(f" {family} said more", f"\n\n{family} said more")
    assert _sources(text) == [[first, "named person", 2], [second, "named person", 1]]
    assert f"'{family}' taken to be {first}, the first" in _quotes(text)["note"].iloc[-1]


@pytest.mark.parametrize("country", ["Chinese", "Russian", "US", "British"])
@pytest.mark.parametrize("full,family", [("Liu Fang", "Liu"), ("Oleg Smirnov", "Smirnov"), ("Laura Bentley", "Bentley")])
def test_vice_premier_is_a_title(country, full, family):
    """'Vice Premier' and 'Premier' before a name are titles, not part of the name, for any country and name."""
    text = f"{country} Vice Premier {full} said the dam was safe. {family} said it had been inspected."
    assert _sources(text) == [[full, "named person", 2]]
    assert _sources(f"Premier {full} said the dam was safe.") == [[full, "named person", 1]]


def test_a_family_name_that_is_also_a_pronoun():
    """'Vice Premier He Lifeng': "He" between a title and a name is a name's word; "He said" opening a sentence
    stays the pronoun, taken (as a guess) to be the person quoted before, who is He Lifeng here."""
    q = _quotes("Chinese Vice Premier He Lifeng said the talks had failed. He said the next round would be in May.")
    assert q["speaker"].tolist() == ["He Lifeng", "He Lifeng"]
    assert q["speaker_guess"].tolist() == [False, True]
    assert _sources("President He Lifeng said the talks had failed.") == [["He Lifeng", "named person", 1]]


@pytest.mark.parametrize("outlet", ["CNN", "BBC", "Xinhua", "RT", "Al Jazeera"])
@pytest.mark.parametrize("rank", ["Top", "Senior"])
def test_top_outlet_executives(outlet, rank):
    """'Top CNN executives said': the source is described (the outlet's executives), as 'Top CNN officials'."""
    rows = _sources(f"{rank} {outlet} executives said the show would end.")
    assert rows[0] == [f"{rank} {outlet} executives", "anonymous", 1]
    assert all(row[1] != "named person" for row in rows)


@pytest.mark.parametrize("group", ["critics", "unions", "US officials", "Russian officials", "Chinese officials",
                                   "Iranian officials", "South Korean officials", "Japanese officials",
                                   "British officials"])
def test_a_move_critics_called(group):
    """'…, a move critics called "reckless"': the quoted word is the group's (a partial quotation), and the
    figure 40 is the writer's, credited to no one."""
    art = kit.article(f'The board cut 40 jobs, a move {group} called "reckless".')
    q = kit.quotes(art)
    assert q[["speaker", "speaker_type", "kind"]].values.tolist() == [[group, "anonymous", "partial"]]
    assert kit.figures(art)[["number", "attribution"]].values.tolist() == [["40", ""]]
    assert kit.quotes(kit.article('She made a film called "Hope".'))["kind"].tolist() == ["title"]  # round 22: a work
