"""Round 27 (r27ex5): 05 Exercise 2, a reply the article does not report, after teacher 50 #2 and #9. A reply with a
long source ("former Pentagon spokesman Eric Pahon denies") is read as a reply, never ticked: someone who left an
office speaks for no one there today, and the article reports no reply from them. Every person of one side named in a
reply gets the same message (Trump and Mattis; Putin, Lavrov and Peskov). Every answer is tried on made-up mirror
articles (the US accused, Russia accused), with the names put back to marks to compare the messages, and on the
bundled articles.
"""
from __future__ import annotations

from made_up import headline_on, mirrored_results

from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import check_neutral_headline

CHARGED = ("{doer} special forces are secretly training former ISIS fighters at a remote base, according to a report "
           "issued by the {accuser} military command. The charge was made Monday by General {name}, chief of the "
           "{accuser} military's general staff. “They are in reality being trained there to fight ISIS fighters again,” "
           "{surname} said. There was no immediate response from the {office}.")
SIDES = {"us accused": dict(charges="Russia charges Pentagon with training ex-ISIS fighters", doer="US", accuser="Russian",
                            source="Russia", office="Pentagon", name="Ivan Petrov", surname="Petrov",
                            leader="Trump", minister="Mattis"),
         "russia accused": dict(charges="US charges Kremlin with training ex-ISIS fighters", doer="Russian", accuser="US",
                                source="US", office="Kremlin", name="Mark Reed", surname="Reed",
                                leader="Putin", minister="Lavrov")}
MARKS = (("name", "<general>"), ("surname", "<general>"), ("office", "<accused>"), ("source", "<accuser>"),
         ("doer", "<doer>"), ("leader", "<leader>"), ("minister", "<minister>"))
CHARGES, RESCUE = "Russia charges Pentagon with training ex-ISIS fighters", "US rescue of ISIS in Raqqa exposed"
ON_CHARGES, ON_RESCUE = "Russian general says US trains ex-ISIS fighters, ", "WSWS says US helped ISIS leave Raqqa, "


def checked(monkeypatch, side, answer):
    """The check of ``answer`` on the side's made-up article."""
    s = SIDES[side]
    return headline_on(monkeypatch, s["charges"], CHARGED.format(**s), answer.format(**s))


def mirrored(monkeypatch, answer):
    """Both sides' results; the same message once the sides' names are put back to marks."""
    return mirrored_results(SIDES, MARKS, lambda side: checked(monkeypatch, side, answer))


def bundled(original, answer):
    forget_attempts()
    return check_neutral_headline(answer, original)


def test_a_former_officials_reply_is_no_reply_the_article_reports(monkeypatch):  # teacher 50 #2
    for typed in ("former {office} spokesman Eric Pahon denies", "former {doer} official Eric Pahon denies",
                  "ex-{office} spokesman Col. Eric Pahon says it is false"):
        for side, result in mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, " + typed).items():
            assert result.status == "partly", (side, str(result))
            assert "the article does not report a reply from 'former" in result.message or "from 'ex-" in result.message
            assert "no longer speaks for it" in result.message, str(result)


def test_the_bundled_former_officials_alike():  # teacher 50 #2, answers #16, #63, #65, #66
    shown = []
    for original, answer in ((CHARGES, ON_CHARGES + "former Pentagon spokesman Eric Pahon denies"),
                             (CHARGES, ON_CHARGES + "former US official Eric Pahon denies"),
                             (RESCUE, ON_RESCUE + "former Kremlin adviser Sergei Markov denies"),
                             (RESCUE, ON_RESCUE + "former Russian official Ivan Petrov denies")):
        result = bundled(original, answer)
        assert result.status == "partly", (answer, str(result))
        replier = answer.split(", ")[-1].removesuffix(" denies")
        shown.append(result.message.replace(replier, "<replier>"))
    assert len(set(shown)) == 1, shown
    assert "take out the reply, or say where you read it" in shown[0]


def test_a_serving_official_with_a_long_title_is_read_as_the_office(monkeypatch):  # the same reading, not "former"
    for side, result in mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, {office} "
                                              "spokesman Col. Eric Pahon denies").items():
        assert result.status == "partly", (side, str(result))
        assert "There was no immediate response from the" in result.message, str(result)


def test_every_person_of_one_side_gets_one_message(monkeypatch):  # teacher 50 #9, made up
    by_leader = mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, {leader} denies")
    by_minister = mirrored(monkeypatch, "{source} general says {office} trains ex-ISIS fighters, {minister} denies")
    for side in SIDES:
        assert "There was no immediate response from the" in by_minister[side].message, str(by_minister[side])
        assert by_minister[side].message.replace(SIDES[side]["minister"], "<x>") == \
            by_leader[side].message.replace(SIDES[side]["leader"], "<x>")


def test_the_bundled_people_of_one_side_alike():  # teacher 50 #9: Trump and Mattis on R; Putin, Lavrov, Peskov on W
    for original, start, names in ((CHARGES, ON_CHARGES, ("Trump", "Mattis")),
                                   (RESCUE, ON_RESCUE, ("Putin", "Lavrov", "Peskov"))):
        shown = {bundled(original, f"{start}{name} denies").message.replace(name, "<name>") for name in names}
        assert len(shown) == 1, shown
    assert "There was no immediate response from the Pentagon" in bundled(CHARGES, ON_CHARGES + "Mattis denies").message
    assert "the article reports Russia's charge" in bundled(RESCUE, ON_RESCUE + "Peskov denies").message
