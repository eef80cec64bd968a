"""Round 28 (r28ex5): 05 Exercise 2, a reply from a person of one side, however the student spells the name. Names
written from another alphabet have several English spellings (Sergei/Sergey Lavrov, Dmitri/Dmitry Peskov,
Shoygu/Shoigu, Walid al-Muallem/al-Moallem), as English first names have short forms (Jim/James Mattis): the spellings
are rows of data/name_spellings.csv (kit.concepts.spelling_key, the one mechanism for spellings of one name), read when
a person's side is looked up in data/concepts.csv. The Syrian government's foreign minister, Walid al-Moallem, whom a
bundled article names, is a row of data/concepts.csv as the US and Russian ministers are, so his reply is read as the
Syrian government's, as Assad's is. Mirror tests: the US, Russia and the Syrian government alike, on made-up articles
(names put back to marks) and on the bundled ones.
"""
from __future__ import annotations

import pytest
from made_up import checked as made_up_checked
from made_up import put_marks

from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline
from kit.exercises.headline_replies import person_party

CHARGED = ("{doer} special forces are secretly training former ISIS fighters at a remote base, according to a report "
           "issued by the {accuser} military command. “They are in reality being trained there,” General {general} said. "
           "There was no immediate response from {office}.")
SIDES = {  # each side's leader, minister, and the minister's name in another spelling
    "us accused": dict(charges="Russia charges Pentagon with training ex-ISIS fighters", doer="US", accuser="Russian",
                       source="Russia", office="the Pentagon", general="Ivan Petrov", leader="Trump", minister="Mattis",
                       spelled="Jim Mattis", country="United States"),
    "russia accused": dict(charges="US charges Kremlin with training ex-ISIS fighters", doer="Russian", accuser="US",
                           source="US", office="the Kremlin", general="Mark Reed", leader="Putin", minister="Lavrov",
                           spelled="Sergei Lavrov", country="Russia"),
    "syria accused": dict(charges="US charges Damascus with training ex-ISIS fighters", doer="Syrian", accuser="US",
                          source="US", office="Damascus", general="Mark Reed", leader="Assad", minister="Moallem",
                          spelled="Walid al-Muallem", country="Syrian government")}
ACCUSED = {"us accused": ("the Pentagon", "Pentagon"), "russia accused": ("the Kremlin", "Kremlin"),
           "syria accused": ("Damascus",)}
ACCUSERS = ("Russia", "US")


def checked(monkeypatch, side, answer):
    return made_up_checked(monkeypatch, side, CHARGED, "charges", answer, SIDES)


def marked(side, printed, who):
    """``printed`` with the side's names and ``who`` (the person typed) put back to marks."""
    return put_marks(printed, {n: "<accused>" for n in ACCUSED[side]} | {n: "<accuser>" for n in ACCUSERS}
                     | {who: "<person>"})


@pytest.mark.parametrize("person", ["leader", "minister", "spelled"])
def test_every_sides_person_gets_the_no_reply_the_article_gives(monkeypatch, person):
    shown = set()
    for side, s in SIDES.items():
        result = checked(monkeypatch, side, "{source} says {office} trains ex-ISIS fighters, {" + person + "} denies")
        assert result.status == "partly", (side, str(result))
        assert f"There was no immediate response from {s['office']}" in result.message, (side, str(result))
        shown.add(marked(side, result.message, s[person]))
    assert len(shown) == 1, shown


@pytest.mark.parametrize("typed, listed", [("Sergei Lavrov", "Sergey Lavrov"), ("Dmitri Peskov", "Dmitry Peskov"),
                                           ("Shoygu", "Shoigu"), ("Jim Mattis", "James Mattis"),
                                           ("Walid al-Muallem", "Walid al-Moallem"), ("Waleed Muallem", "Moallem")])
def test_a_spelling_of_a_listed_name_is_that_persons_side(typed, listed):
    assert person_party(listed, "") and person_party(typed, "") == person_party(listed, "")


@pytest.mark.parametrize("name, country", [("Moallem", "Syrian government"), ("Walid al-Moallem", "Syrian government"),
                                           ("Lavrov", "Russia"), ("Mattis", "United States")])
def test_each_sides_foreign_or_defence_minister_is_listed(name, country):
    assert person_party(name, "") == {country}


def test_a_syrian_official_the_article_names_is_the_syrian_government():
    # speaks_for gives the country ("Syria"), read as the actor its adjective names, as "Russian" gives Russia
    text = "Syrian Deputy Foreign Minister Omar Haddad said so. Russian Deputy Foreign Minister Ivan Petrov agreed."
    assert person_party("Omar Haddad", text) == {"Syrian government"}
    assert person_party("Ivan Petrov", text) == {"Russia"}


RESCUE, GLOBAL = "US rescue of ISIS in Raqqa exposed", "Washington Pretends to be Combating ISIS in Syria"
ON_RESCUE, ON_GLOBAL = "WSWS says US helped ISIS leave Raqqa, ", "Global Research says US only pretends to fight ISIS, "


def bundled(original, answer):
    forget_attempts()
    return check_neutral_headline(answer, original)


@pytest.mark.parametrize("typed, listed", [("Sergei Lavrov", "Sergey Lavrov"), ("Dmitri Peskov", "Dmitry Peskov"),
                                           ("Shoygu", "Shoigu"), ("Walid al-Muallem", "Assad"), ("Moallem", "Assad")])
def test_the_bundled_accusers_people_in_any_spelling(typed, listed):  # W: Iran, Russia and Syria's charge
    typed_result, listed_result = bundled(RESCUE, f"{ON_RESCUE}{typed} denies"), bundled(RESCUE, f"{ON_RESCUE}{listed} denies")
    assert typed_result.status == listed_result.status == "partly", str(typed_result)
    assert "the article reports" in typed_result.message and "charge" in typed_result.message, str(typed_result)
    assert typed_result.message.replace(typed, "<x>") == listed_result.message.replace(listed, "<x>")


@pytest.mark.parametrize("typed", ["Moallem", "Walid al-Moallem", "al-Moallem", "Walid Muallem"])
def test_the_syrian_minister_the_article_quotes_is_the_accuser_as_assad_is(typed):  # G: the Syrian government's charge
    assad = bundled(GLOBAL, f"{ON_GLOBAL}Assad denies")
    result = bundled(GLOBAL, f"{ON_GLOBAL}{typed} denies")
    assert result.status == assad.status == "partly", str(result)
    assert result.message.replace(typed, "<x>") == assad.message.replace("Assad", "<x>")
