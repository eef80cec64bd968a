"""Round 26 (r26g05): 05 Exercise 2, a person or an outlet named in a reply, after teacher 49 #1 and #9. A person is
read as the party the article says they speak for: the accuser's general replying is the accuser replying; the
accused side's official is the accused side, never "where the claim comes from"; a leader data/concepts.csv lists
("President Bashar al-Assad") is his government. The paper that ran the interview the claim comes from is where the
claim comes from, as the BBC is on us-rescue. Every answer is tried on made-up mirror articles (the US accused, Russia
accused), with the names put back to marks to compare the messages.
"""
from __future__ import annotations

from made_up import headline_on, mirrored_results

from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline
from kit.exercises.headline_replies import person_party

CHARGED = ("{doer} special forces are secretly training former ISIS fighters at a remote base, according to a report "
           "issued by the {accuser} military command. The charge was made Monday by General {name}, chief of the "
           "{accuser} military's general staff. “They are in reality being trained there to fight ISIS fighters again,” "
           "{surname} said in an interview with the {accuser} daily Evening Star. The {doer} defense secretary Gen. "
           "{official} spoke on Monday only about staying in the region, whatever the reports say. “We are not going "
           "to just walk away from the region right now,” {official_surname} said of the {doer} forces.")
SIDES = {"us accused": dict(charges="Russia charges Pentagon with training ex-ISIS fighters", doer="US", accuser="Russian",
                            source="Russia", office="Pentagon", name="Ivan Petrov", surname="Petrov",
                            official="Mark Reed", official_surname="Reed", accused_state="the United States"),
         "russia accused": dict(charges="US charges Kremlin with training ex-ISIS fighters", doer="Russian", accuser="US",
                                source="US", office="Kremlin", name="Mark Reed", surname="Reed", official="Ivan Petrov",
                                official_surname="Petrov", accused_state="Russia")}
MARKS = (("name", "<general>"), ("surname", "<general>"), ("official", "<official>"), ("official_surname", "<official>"),
         ("office", "<accused>"), ("accused_state", "<accused>"), ("source", "<accuser>"), ("doer", "<doer>"))


def checked(monkeypatch, side, answer):
    """The check of ``answer`` on the side's made-up article."""
    s = SIDES[side]
    return headline_on(monkeypatch, s["charges"], CHARGED.format(**s), answer.format(**s))


def mirrored(monkeypatch, answer):
    """Both sides' results; the same message once the sides' names are put back to marks."""
    return mirrored_results(SIDES, MARKS, lambda side: checked(monkeypatch, side, answer))


def test_the_accusers_general_replying_is_the_accuser_replying(monkeypatch):  # teacher 49 #1, "Gerasimov denies"
    by_state = mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, {source} denies")
    by_name = mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, {surname} denies")
    for side in SIDES:
        assert by_name[side].status == "partly", str(by_name[side])
        assert "makes the claim in this article; a reply comes from the side it accuses" in by_name[side].message
        assert by_name[side].message.split(", so take out")[0] == by_state[side].message.split(", so take out")[0]


def test_the_accused_sides_official_is_no_source_of_the_claim(monkeypatch):  # teacher 49 #1, "Mattis denies"
    for typed in ("{official_surname} denies", "{official_surname} declined to comment"):
        by_name = mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, " + typed)
        by_state = mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, "
                            + typed.replace("{official_surname}", "{office}"))
        for side in SIDES:
            assert "claim comes from" not in str(by_name[side]), str(by_name[side])
            assert by_name[side].status == by_state[side].status, (str(by_name[side]), str(by_state[side]))


def test_the_paper_that_ran_the_interview_is_where_the_claim_comes_from(monkeypatch):  # teacher 49 #9
    for result in mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, Evening Star declined "
                                        "to comment").values():
        assert result.status == "partly" and "Evening Star is where the article's claim comes from" in result.message


def test_the_bundled_articles_alike():  # teacher 49 #1 and #9 on the bundled articles
    charges, rescue = "Russia charges Pentagon with training ex-ISIS fighters", "US rescue of ISIS in Raqqa exposed"
    messages = {}
    for original, answer in ((charges, "Russian general says US trains ex-ISIS fighters, Gerasimov denies"),
                             (charges, "Russian general says US trains ex-ISIS fighters, Komsomolskaya Pravda declined to comment"),
                             (rescue, "WSWS says US helped ISIS leave Raqqa, Mattis denies"),
                             (rescue, "WSWS says US helped ISIS leave Raqqa, the BBC declined to comment"),
                             (rescue, "WSWS says US helped ISIS leave Raqqa, Assad denies"),
                             (rescue, "WSWS says US helped ISIS leave Raqqa, Putin denies")):
        forget_attempts()
        messages[answer.split(", ")[-1]] = check_neutral_headline(answer, original)
    assert "Russia makes the claim in this article" in messages["Gerasimov denies"].message
    assert "is where the article's claim comes from" in messages["Komsomolskaya Pravda declined to comment"].message
    assert "is where the article's claim comes from" in messages["the BBC declined to comment"].message
    assert "claim comes from" not in str(messages["Mattis denies"])
    assert "the article reports the Syrian government's charge" in messages["Assad denies"].message
    assert "the article reports Russia's charge" in messages["Putin denies"].message


def test_a_person_is_the_party_the_words_with_the_name_give():
    assert person_party("Ivan Petrov", "Russian General Ivan Petrov said so.") == {"Russia"}
    assert person_party("Ivan Petrov", "US General Ivan Petrov said so.") == {"United States"}
    assert person_party("Reed", "The Russian defense secretary Gen. Mark “Big” Reed spoke.") == {"Russia"}
    assert person_party("Reed", "The US defense secretary Gen. Mark “Big” Reed spoke.") == {"United States"}
    assert person_party("Star", "Ann Lee said so in an interview with the Russian daily Evening Star.") == set()
    assert person_party("Ann Lee", "Ann Lee said so.") == set()
    assert (person_party("Assad", ""), person_party("Putin", ""), person_party("Trump", "")) == (
        {"Syrian government"}, {"Russia"}, {"United States"})


def test_a_role_no_longer_held_or_a_critic_speaks_for_no_one():
    for office in ("Pentagon", "Kremlin"):
        assert person_party("Ann Lee", f"Former {office} spokesman Ann Lee said so.") == set()
        assert person_party("Ann Lee", f"{office} critic Ann Lee said so.") == set()
        assert person_party("Ann Lee", f"{office} spokesman Ann Lee said so.") != set()
