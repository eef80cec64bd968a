"""Round 33 (r33claim): what a student says an article does is checked against the article (teacher 57 #1, #8).

- #1: a verdict's reason that says whom the article never quotes (or names), or only quotes, is checked against whom
  the kit finds it quoting (kit.quotes, kit.sources): a false reason is not credited as a finding, and the note gives
  the article's words; a true one keeps its grade. A reason glued to the next sentence (no full stop) is cut there.
One case per rule, per side: the bundled seeds (002 quotes Dillon and Mattis; 000 quotes Gerasimov and Lavrov) and a
made-up article for the Kirby/Peskov mirror."""

from __future__ import annotations

import pandas as pd
import pytest
from written_helpers import on_article, on_sources

from kit import exercises
from kit.exercises.reason_checks import claimed_about, reason_note, reason_sentences, swapped_actor_note

RAQQA, CHARGES = "us-rescue-of-isis-in-raqqa", "russia-charges-pentagon"
#: the rest of a 06 reflection at Mastery on 002 (WSWS) and on 000: a finding, the article's words, a check
REST_002 = (" The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its "
            "sentence. I would check the BBC report to see who counted the convoy before I decide anything.")
REST_000 = (" The kit flags 'imperialism' and 'damning' as loaded language. The 4,000 comes from Talal Silo, and no "
            "one else gives it. I would check the Komsomolskaya Pravda interview to see what Gerasimov said there.")
#: 03 Exercise 3's opening and closing around the sentence under test
OPEN = ("The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
        "russia-charges-pentagon gives Silo's 4,000, all but about 500 armed. They count different people. ")
CLOSE = " I would check the Department of Defense transcript and the SDF's own figures."


def mirror_article(side: str):
    """A made-up article that quotes one side's spokesman: Kirby (the Pentagon's) or Peskov (the Kremlin's)."""
    who = {"us": "Pentagon spokesman John Kirby", "russia": "Kremlin spokesman Dmitry Peskov"}[side]
    text = (f"{who} said: “We did not let anyone leave.” The convoy left at night, and the strikes went on. ") * 20
    return exercises.my_article(text=text, title="A convoy")


@pytest.mark.parametrize("article_id, who, speaker, words", [
    (RAQQA, "Dillon", "Ryan Dillon", "We didn’t want anyone to leave"),
    (RAQQA, "the spokesman", "Ryan Dillon", "We didn’t want anyone to leave"),
    (RAQQA, "the Pentagon", "Ryan Dillon", "We didn’t want anyone to leave"),
    (RAQQA, "Mattis", "James Mattis", "We’re not just going to walk away"),
    (CHARGES, "Gerasimov", "Valery Gerasimov", "They are in reality being trained there"),
    (CHARGES, "the Kremlin", "Valery Gerasimov", "They are in reality being trained there"),
    (CHARGES, "Lavrov", "Sergei Lavrov", "the main anti-terrorist objective"),
])
def test_a_false_never_quotes_reason_is_not_the_finding(article_id, who, speaker, words):
    rest = REST_002 if article_id == RAQQA else REST_000
    result = on_article(f"The article is one sided because it never quotes {who}." + rest, article_id)
    assert f"it never quotes {who}” is what you found" not in str(result)
    assert "keep the reason" not in str(result)
    assert f"The article quotes {speaker} (“{words}" in str(result)
    assert f"Names what the analysis showed: “it never quotes {who}" not in str(result)
    assert result.status == "emerging"  # a sentence untrue of the article: as the kit's other fact checks grade it


@pytest.mark.parametrize("article_id, who", [(RAQQA, "Russia"), (RAQQA, "Lavrov"), (CHARGES, "Mattis"), (CHARGES, "Dillon")])
def test_a_true_never_quotes_reason_keeps_its_grade(article_id, who):
    rest = REST_002 if article_id == RAQQA else REST_000
    result = on_article(f"The article is one sided because it never quotes {who}." + rest, article_id)
    assert result.status == "mastery"
    assert f"keep the reason: “it never quotes {who}”" in str(result)
    assert "look again" not in str(result)


def test_a_false_reason_alone_is_no_finding():
    # (no other sentence names a finding: since r33verd, "It calls his words 'patent nonsense'" is one of its own)
    answer = ("The article is one sided because it never quotes Dillon. I would check the BBC report to see who "
              "counted the convoy and what it says about the 4,000.")
    false, true = on_article(answer), on_article(answer.replace("Dillon", "Russia"))
    assert "Names what the analysis showed" not in str(false) and "Names what the analysis showed" in str(true)
    assert false.status != "mastery"


@pytest.mark.parametrize("side, who, other", [("us", "Kirby", "Peskov"), ("russia", "Peskov", "Kirby")])
def test_mirror_spokesmen_alike(side, who, other):
    article = mirror_article(side)
    assert reason_note("The article is one sided", f"it never quotes {who}", article).startswith(
        "The article quotes ")
    assert reason_note("The article is one sided", f"it never quotes {other}", article) == ""
    assert reason_note("The article is one sided", f"it only quotes {other}", article).startswith(
        f"The article never names {other}")  # r34quote: a name the text never gives is said so (teacher 58 #3)
    assert reason_note("The article is one sided", f"it doesn't even cite {who}", article) != ""


@pytest.mark.parametrize("article_id, true, false", [(RAQQA, CHARGES, RAQQA), (CHARGES, CHARGES, RAQQA)])
def test_03_the_article_named_is_the_one_checked(article_id, true, false):
    said = on_sources(OPEN + f"{article_id} is one sided because it never quotes the spokesman." + CLOSE)
    if article_id == false:  # 002 quotes Dillon, the spokesman; 000 does not (Silo is a former one)
        assert f"{article_id} quotes Ryan Dillon (“We didn’t want anyone to leave”): look again." in str(said)
        assert said.status == "emerging"
    else:
        assert "keep the reason" in str(said) and "look again" not in str(said)
        assert said.status == "mastery"


@pytest.mark.parametrize("article_id, who", [(RAQQA, "Mattis"), (CHARGES, "Gerasimov")])
def test_never_names_a_named_person(article_id, who):
    assert f"names {'James' if who == 'Mattis' else 'Valery'} {who}" in str(
        on_sources(OPEN + f"{article_id} is one sided because it never names {who}." + CLOSE))


def test_a_reason_with_no_full_stop_is_cut_at_the_next_sentence():
    said = str(on_article("the article is one sided cuz it never quotes the spokesman" + REST_002))
    assert "the spokesman The kit" not in said
    assert "Points at the text: “The kit flags 'merciless'" in said
    true = str(on_article("the article is one sided cuz it never quotes russia" + REST_002))
    assert "keep the reason: “it never quotes russia”" in true


def test_the_readers():
    assert claimed_about("it never quotes the spokesman") == ("never", "quotes", "the spokesman")
    assert claimed_about("it only quotes Dillon to attack him") == ("only", "quotes", "Dillon")
    assert claimed_about("it calls the war on terror fake news") is None
    assert reason_sentences("it never quotes Peskov I would check RT") == ["it never quotes Peskov", "I would check RT"]
    assert reason_sentences("it only quotes The Independent") == ["it only quotes The Independent"]


# --- #5: whom a student says the article accuses ---------------------------------------------------------------

@pytest.mark.parametrize("ref, actor, deed, shown", [
    (RAQQA, "the Kremlin", "'colluded' with ISIS", "“the Pentagon has colluded with the Islamic State…”, not the Kremlin"),
    ("WSWS", "Russia", "let 4,000 people leave", "accuses the US, not Russia"),
    (CHARGES, "the Kremlin", "trains ISIS at Al Tanf", ", not the Kremlin"),
    (CHARGES, "Russia", "trains ISIS at Al Tanf", ", not Russia"),
])
def test_03_the_accuser_put_in_the_accused_place_is_a_wrong_example(ref, actor, deed, shown):
    end = ", and it names Silo for the 4,000." if ref == CHARGES else ", but gives the 4,000 with no source."
    swapped = on_sources(OPEN + f"{ref} says {actor} {deed}{end}" + CLOSE)
    assert swapped.status == "emerging" and shown in str(swapped) and "check who the article accuses" in str(swapped)
    accused = "the Pentagon" if actor == "the Kremlin" else "the US"
    kept = on_sources(OPEN + f"{ref} says {accused} {deed}{end}" + CLOSE)
    assert kept.status == "mastery" and "accuses" not in str(kept)


def test_the_accuser_accusing_is_no_swap():
    said = on_sources(OPEN + f"{CHARGES} says Russia accuses the Pentagon, and it names Silo for the 4,000." + CLOSE)
    assert said.status == "mastery" and "check who the article accuses" not in str(said)


@pytest.mark.parametrize("actor, swapped", [("the Kremlin", True), ("the Pentagon", False)])
def test_06_the_article_says(actor, swapped):
    said = on_article(f"The article says {actor} colluded with ISIS, but gives the 4,000 with no source." + REST_002)
    assert ("The article says “the Pentagon has colluded" in str(said)) == swapped
    assert said.status == ("emerging" if swapped else "mastery")


def test_the_mirror_an_article_that_accuses_the_kremlin():
    """A made-up article whose headline has the US accuse the Kremlin, with a Pentagon spokesman quoted."""
    text = ("The Kremlin has armed the militants near the border, Pentagon spokesman John Kirby said on Monday. "
            "“We have seen the trucks,” Kirby said. ") * 5
    table = pd.DataFrame({"article_id": ["us-charges-kremlin"], "outlet": ["Daily Post"], "author": [""],
                          "title": ["US charges Kremlin with arming militants"], "text": [text]})
    assert swapped_actor_note("us-charges-kremlin says the Pentagon armed the militants.", table) == (
        "us-charges-kremlin says “The Kremlin has armed the militants near the…”, not the Pentagon: check who the "
        "article accuses.")
    assert swapped_actor_note("us-charges-kremlin says the Kremlin armed the militants.", table) == ""
    assert swapped_actor_note("us-charges-kremlin says the US accuses Moscow.", table) == ""


# --- #8: whom a speaker speaks for, in the 06 reflection ------------------------------------------------------

@pytest.mark.parametrize("article_id, sentence, note", [
    (RAQQA, "Dillon, the Kremlin spokesman, says 'We didn't want anyone to leave'.",
     "In the article, Ryan Dillon speaks for the coalition, not for the Kremlin"),
    (RAQQA, "Mattis, the Russian defense minister, says 'as long as they want to fight'.",
     "In the article, James Mattis speaks for the United States, not for the Russian side"),
    (CHARGES, "Lavrov, the Pentagon spokesman, says 'the main anti-terrorist objective' is met.",
     "In the article, Sergei Lavrov speaks for Russia, not for the Pentagon"),
    (CHARGES, "Silo, the Kremlin's spokesman, says 4,000 people were in the convoy.",
     "In the article, Talal Silo is a former spokesman of the SDF, not of the Kremlin"),
])
def test_06_a_speaker_given_the_other_side(article_id, sentence, note):
    rest = REST_002 if article_id == RAQQA else REST_000
    said = on_article(sentence + rest, article_id)
    assert note in str(said) and said.status == "emerging"


@pytest.mark.parametrize("article_id, sentence", [
    (RAQQA, "Dillon, the coalition spokesman, says 'We didn't want anyone to leave'."),
    (RAQQA, "Mattis, the US defense secretary, says 'as long as they want to fight'."),
    (CHARGES, "Lavrov, the Russian foreign minister, says 'the main anti-terrorist objective' is met."),
    (RAQQA, "Silo, the Kremlin's spokesman, says 4,000 people were in the convoy."),  # 002 does not name Silo
])
def test_06_a_speaker_given_their_own_side_or_not_described(article_id, sentence):
    rest = REST_002 if article_id == RAQQA else REST_000
    assert "check whom each speaker speaks for" not in str(on_article(sentence + rest, article_id))


@pytest.mark.parametrize("side, cast, right", [("us", "the Kremlin", "the Pentagon"), ("russia", "the Pentagon", "the Kremlin")])
def test_06_mirror_spokesmen(side, cast, right):
    from kit.exercises.reason_checks import side_notes

    who = "Kirby" if side == "us" else "Peskov"
    article = mirror_article(side)
    assert side_notes(f"{who}, {cast} spokesman, says they did not let anyone leave.", article)
    assert side_notes(f"{who}, {right} spokesman, says they did not let anyone leave.", article) == []
