"""Round 24 (r24ex2): 05 Exercise 2 (headline rewrites), teachers 42 and 43 and student 36. Every answer is tried on
both sides: the article about Russia charging the Pentagon and a made-up mirror (the US charging the Kremlin, a US
general named the same way), and the US and Russian names alike (US, Pentagon, Washington; Russia, Kremlin, Moscow).
"""
from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit import exercises
from kit.exercises import answers
from kit.exercises import headline_sources as hs
from kit.exercises.answers import forget_attempts
from kit.exercises.frame_checks import how_it_attributes

CHARGES, RESCUE = "Russia charges Pentagon with training ex-ISIS fighters", "US rescue of ISIS in Raqqa exposed"
TEXT = ("{doer} special forces are secretly training former ISIS fighters at a remote base near Al Tanf, according to a "
        "report issued by the {accuser} military command. The charge was made Wednesday by General {name}, chief of the "
        "{accuser} military's general staff. \u201cThey are in reality being trained there,\u201d {last} said in an "
        "interview with a daily paper. There was no immediate response from the {office}.")
# each side: the title, the made-up text's words, and the names an answer uses
SIDES = {"russian": dict(title="Russia charges Pentagon with training ex-ISIS fighters", doer="US", accuser="Russian",
                         name="Ivan Petrov", last="Petrov", office="Pentagon", source="Russia", target="Pentagon",
                         adjective="Russian", capital="Moscow", state="Kremlin"),
         "us": dict(title="US charges Kremlin with training ex-ISIS fighters", doer="Russian", accuser="US",
                    name="Mark Reed", last="Reed", office="Kremlin", source="US", target="Kremlin", adjective="US",
                    capital="Washington", state="Pentagon")}


def made_up(side):
    s = SIDES[side]
    return pd.DataFrame([{"article_id": f"made-up-{side}", "title": s["title"], "outlet": "", "author": "",
                          "date": "2020-01-01", "url": "", "text": TEXT.format(**s)}])


@pytest.fixture(params=["russian", "us"])
def side(request, monkeypatch):
    """One side's made-up article as the only article the check knows (its title, outlet and speakers)."""
    load = kit.load_articles
    articles = load(made_up(request.param))
    monkeypatch.setattr(kit, "load_articles", lambda *args, **kwargs: load(*args, **kwargs) if args or kwargs else articles)
    # the words of "the bundled articles" are read once per process: read the made-up one's here, and never leave
    # them behind for the tests that follow (a real word such as 'colluded' would then be 'did you mean concluded?')
    monkeypatch.setattr(answers, "KNOWN_WORDS", {})
    return SIDES[request.param]


def headline(answer, original):
    forget_attempts()
    return exercises.check_neutral_headline(answer, original)


def test_the_mirror_articles_are_read_alike():
    for name, s in SIDES.items():
        article = kit.load_articles(made_up(name))
        assert hs.claim_makers(article.iloc[0], article)[0] >= {s["last"].lower()}, name


# 1. "Article says …" is not told to try "Article says …": it is told to keep its start and what is missing
@pytest.mark.parametrize("start", ["Article says", "The article says"])
def test_own_start_is_kept_and_not_suggested_again(side, start):
    result = headline(f"{start} {side['target']} trained ex-ISIS fighters", side["title"])
    assert result.status == "partly"
    assert f"leaves out '{side['source']}'" in str(result), str(result)
    assert '"Article says …"' not in str(result) and f"Keep '{start}'" in str(result), str(result)


@pytest.mark.parametrize("start, original", [("Article says", RESCUE), ("WSWS says", RESCUE), ("Article says", CHARGES)])
def test_own_start_on_the_bundled_articles(start, original):
    result = headline(f"{start} ISIS fighters left Raqqa", original)
    assert result.status == "partly" and "leaves out" in str(result)
    assert "Try" not in result.detail and f"Keep '{start}'" in str(result), str(result)


# 2. a speaker's full name as the article gives it is the speaker, as "Russian general Gerasimov" is
def test_a_speakers_full_name_is_the_speaker_both_sides(side):
    full = headline(f"{side['name']} says {side['target']} trained ex-ISIS fighters", side["title"])
    titled = headline(f"{side['adjective']} general {side['last']} says {side['target']} trained ex-ISIS fighters",
                      side["title"])
    assert full.status == titled.status == "correct", (str(full), str(titled))


def test_the_bundled_speaker_named_in_full():
    assert headline("Valery Gerasimov says Pentagon trained ex-ISIS fighters", CHARGES).status == "correct"
    assert headline("Russian general Gerasimov says Pentagon trained ex-ISIS fighters", CHARGES).status == "correct"


def test_a_speaker_of_another_side_does_not_stand_for_the_accuser(side):
    # the one the article quotes on the other side is not the accuser: the accuser is still missing
    other = SIDES["us" if side["source"] == "Russia" else "russian"]
    result = headline(f"{other['name']} says {side['target']} trained ex-ISIS fighters", side["title"])
    assert result.status == "partly", str(result)


# 3. a reply credited to another party is a second source, not a negation of the claim
@pytest.mark.parametrize("reply", ["says that's not true", "says that is not true", "denies it"])
def test_a_reply_is_a_second_source_both_sides(side, reply):
    result = headline(f"{side['source']} says {side['target']} trained ex-ISIS fighters, {side['target']} {reply}",
                      side["title"])
    # r25ex4 (teacher 45 #6): the made-up article quotes no one of the target ("no immediate response"): ◐, not ✓
    assert "adds 'not'" not in str(result) and result.status == "partly", str(result)
    assert f"does not report a reply from '{side['target']}'" in result.message


@pytest.mark.parametrize("us_side, russian_side", [("Pentagon", "Kremlin"), ("Washington", "Moscow")])
def test_a_reply_on_the_bundled_articles_both_sides(us_side, russian_side):
    # r26ex5 (teacher 47 #4, student 40 #1-#2): a reply is ✓ only where the article reports one from that party, and
    # it comes from the side the claim accuses, never from the side that makes it (the made-up mirror articles, where
    # the roles swap, are in tests/test_round26_ex5_replies.py)
    charges = headline(f"Russia says Pentagon trained ex-ISIS fighters, {us_side} says that's not true", CHARGES)
    assert charges.status == "partly" and "There was no immediate response from the Pentagon" in charges.message
    rescue = headline(f"WSWS says US rescued ISIS fighters in Raqqa, {us_side} says that's not true", RESCUE)
    assert rescue.status == "correct" and f"a reply from '{us_side}'" in rescue.caution, str(rescue)
    for answer, original, says in (
            (f"Russia says Pentagon trained ex-ISIS fighters, {russian_side} says that's not true", CHARGES,
             "Russia makes the claim in this article"),  # r26fix05 (teacher 48 #7): WSWS's own headline credits no one
            (f"WSWS says US rescued ISIS fighters in Raqqa, {russian_side} says that's not true", RESCUE,
             "the article reports Russia's charge (with Iran and the Syrian government)")):
        accuser = headline(answer, original)
        assert accuser.status == "partly" and says in accuser.message, str(accuser)
    # the headline writer's own negation is still read
    assert "adds 'not'" in str(headline("Russia says Pentagon did not train ex-ISIS fighters", CHARGES))


# 4. a "Fact check:" label judges the claim, as a verdict does, both sides
@pytest.mark.parametrize("label", ["Fact check", "Verified", "Debunked", "FACT CHECK"])
def test_a_verdict_label_judges_the_claim_both_sides(side, label):
    result = headline(f"{label}: {side['source']} says {side['target']} trained ex-ISIS fighters", side["title"])
    assert result.status == "partly" and f"'{label}' judges the claim" in str(result), str(result)
    bare = headline(f"{label}: {side['target']} trained ex-ISIS fighters", side["title"])
    assert bare.status == "incorrect", str(bare)


@pytest.mark.parametrize("label", ["Fact check", "Debunked"])
def test_a_verdict_label_on_the_bundled_articles(label):
    us = headline(f"{label}: WSWS says US rescued ISIS fighters in Raqqa", RESCUE)
    russia = headline(f"{label}: Russia says Pentagon trained ex-ISIS fighters", CHARGES)
    assert us.status == russia.status == "partly"
    assert str(us).split("\n")[0] == str(russia).split("\n")[0]


# 5. an article with no title: the advice shows how to write original = "…"
def test_no_title_shows_how_to_set_original():
    articles = kit.load_articles()
    untitled = articles.loc[articles.title.fillna("").str.strip() == "", "title"]
    assert len(untitled)
    result = headline("Russian general says US let ISIS fighters leave", untitled.iloc[0])
    assert 'original = "' in result.detail and "change the article_id" in result.detail, str(result)


# a headline that states a claim about either side as a fact is the same fault: the parties of data/headline_words.csv
# are both sides' names ("Moscow helped ISIS …" was ticked as "no contested claim" where "Washington helped …" was not)
@pytest.mark.parametrize("us_side, russian_side", [("Pentagon", "Kremlin"), ("Washington", "Moscow"), ("US", "Russia"),
                                                   ("Washington", "Damascus")])
@pytest.mark.parametrize("original", [None, CHARGES, RESCUE])
def test_a_claim_stated_as_fact_is_read_alike_both_sides(us_side, russian_side, original):
    us = headline(f"{us_side} helped ISIS fighters leave Raqqa", original)
    russia = headline(f"{russian_side} helped ISIS fighters leave Raqqa", original)
    assert us.status == russia.status == "incorrect"
    assert str(us).replace(us_side, "X") == str(russia).replace(russian_side, "X")


# 6. the check reads the attribution list with the detector's context rules (kit.context): "claimed responsibility"
# reports no doubtful claim, in a headline as in a text, whichever side replies
@pytest.mark.parametrize("replier", ["Pentagon", "Kremlin", "Washington", "Moscow"])
def test_context_rules_apply_to_the_headline_check_both_sides(replier):
    result = headline(f"ISIS claimed responsibility for the Raqqa attack, {replier} says", None)
    assert result.status == "correct" and "casts doubt" not in str(result), str(result)
    assert how_it_attributes("ISIS claimed responsibility for the Raqqa attack") == ("", "")
    assert "casts doubt" in str(headline(f"{replier} claims US helped ISIS leave Raqqa", None))


def test_a_reply_from_a_body_of_two_words_both_sides(side):
    replier = "Russian military" if side["target"] == "Kremlin" else "US military"
    result = headline(f"{side['source']} says {side['target']} trained ex-ISIS fighters, {replier} says that's not true",
                      side["title"])
    assert result.status == "partly" and f"a reply from '{replier}'" in result.message, str(result)  # r25ex4
