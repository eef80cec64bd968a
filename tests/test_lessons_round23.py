"""Round 23: checks fresh readers found wrong in lessons 06, 01 and 05 (teacher 40, student 34; made-up sentences).

Each check is tried for parallel actors (the US side and the Russian/Syrian side, an outlet and a government): both
must get the same level and the same kind of message.
"""
from __future__ import annotations

import re

import pytest

import kit
from kit import exercises

ARTICLES = kit.load_articles()
BARE = {"Russia", "Iran", "Reuters", "CNN", "WSWS", "Anti-Media", "Global Research", "Al-Manar", "Al-Masdar News",
        "Komsomolskaya Pravda", "U.S. News", "Syria", "RT", "Sputnik", "SANA", "Press TV", "Fox News"}


def the(name: str) -> str:
    """A name as a sentence writes it: "the Pentagon", "the BBC", but "Russia", "Reuters", "The Guardian"."""
    return name if name in BARE or name.startswith(("The ", "the ")) else "the " + name


# 1. teacher 40 #1: the same two moves got ● for an outlet and ◑ for a government, or the reverse by article
PLANS = ["I would look into {X} to see who funds it. Then I would search for other news reports of the convoy, to "
         "compare their numbers.",
         "I would look up who runs {X} on Wikipedia, to see who is behind it. Then I would search for other news "
         "reports of the convoy, to compare their numbers."]


def masked(result, name: str) -> tuple:
    text = re.sub(r"“[^”]*”", "“…”", f"{result.message} {result.detail}")
    text = re.sub(r" (You checked this answer before|Your answer is the same as)[^\n]*?check again\.", "", text)  # tries
    for form in sorted({name, the(name), re.sub(r"^the ", "", the(name))}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(form)}(?!\w)", "X", text)
    return result.status, re.sub(r"\s+", " ", text)


def named_by(article) -> set:
    """The outlets and parties an article names (the kit's sources table, and the outlet it comes from)."""
    table = kit.sources(article)
    return {part.strip() for source, kind in zip(table.source, table.source_type) if kind in ("organisation",
            "media outlet") for part in re.split(r",| and ", source) if part.strip()} | {o for o in article.outlet if o}


NAMED = sorted(named_by(ARTICLES))


# the country a state's body speaks for: "the Pentagon" is named by a text that names the US
COUNTRY = {"Pentagon": "US", "US military": "US", "US government": "US", "Defense Intelligence Agency": "US",
           "Trump administration": "US", "Israeli government": "Israel", "Saudi government": "Saudi",
           "Russian General Staff": "Russia", "Russian government": "Russia", "Russian military": "Russia",
           "the Syrian government": "Syria"}


def mentioned(name: str, text: str) -> bool:
    """Whether any capitalised word of ``name`` ("Israeli" in "Israeli government"), by its first five letters, or
    the country it speaks for is in ``text`` at all: a name none of whose words are is named there in no form."""
    return any(re.search(rf"\b{re.escape(word[:5])}", text) for word in re.findall(r"[A-Z][\w.-]*", name)) or bool(
        name in COUNTRY and re.search(r"\bU\.?S\.?(?!\w)" if COUNTRY[name] == "US" else rf"\b{COUNTRY[name]}", text))


@pytest.mark.parametrize("article_id", [a for a, o in zip(ARTICLES.article_id, ARTICLES.outlet) if o])
@pytest.mark.parametrize("plan", PLANS)
def test_the_same_plan_gets_one_mark_for_every_actor_named_and_one_for_every_actor_not(plan, article_id):
    """Every outlet and party the lesson's articles name, on each article: ● where the article names it, ◑ where it
    names it in no form (a government was ● there, an outlet ◑)."""
    article = ARTICLES[ARTICLES.article_id == article_id]
    text = f"{article.title.item()} {article.text.item()}"
    own, marks = named_by(article), {}
    for name in NAMED:
        if name in own or not mentioned(name, text):
            result = exercises.check_lateral_plan(plan.format(X=the(name)), article=article)
            marks.setdefault((name in own, result.status), []).append(name)
    assert {named for named, _ in marks} == {True, False}, marks  # both kinds tried
    assert sorted(marks) == [(False, "emerging"), (True, "mastery")], marks


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("outlet, party", [("RT", "Russia"), ("Fox News", "the US"), ("Sputnik", "the Kremlin"),
                                           ("CNN", "the Pentagon"), ("SANA", "Syria"), ("Press TV", "Iran")])
def test_an_outlet_and_a_government_the_article_does_not_name_get_the_same_mark(plan, outlet, party):
    made_up = ARTICLES.head(1).assign(outlet="Daily Post", title="Families leave the valley", text="Some 400 families left the valley after the flood, "
                                      "officials said. A report by the local paper gave the figure.")
    one, other = (exercises.check_lateral_plan(plan.format(X=x), article=made_up) for x in (outlet, party))
    assert one.status == other.status == "emerging", (str(one), str(other))
    assert "did not publish this article and is not named in it" in one.detail
    assert masked(one, outlet)[1].replace("another outlet", "someone this article does not name") == masked(other, party)[1]
    # named in other words ("Moscow" for the Kremlin, "US officials" for the Pentagon), as an outlet by its name: own
    said = {"RT": "Moscow denied it, RT reported.", "Fox News": "Washington denied it, Fox News reported.",
            "Sputnik": "Russia denied it, Sputnik reported.", "CNN": "US officials denied it, CNN reported.",
            "SANA": "Damascus denied it, SANA reported.", "Press TV": "Tehran denied it, Press TV reported."}[outlet]
    named = made_up.assign(text="Some 400 families left the valley. " + said)
    for name in (outlet, party):
        result = exercises.check_lateral_plan(plan.format(X=name), article=named)
        assert result.status == "mastery", (name, str(result))


# 3. 05 Ex 2: "Russia: …" got ✗ while "Kremlin: …" got ✓; a country or a capital before a colon is the source
@pytest.mark.parametrize("source", ["Russia", "Kremlin", "Moscow", "Russian military", "US", "Syria", "Washington",
                                    "Pentagon", "White House", "Damascus", "Iran", "Tehran", "China", "Beijing"])
@pytest.mark.parametrize("article_id, claim", [("russia-charges-pentagon", "Pentagon trained ex-ISIS fighters"),
                                               ("us-rescue-of-isis-in-raqqa", "US helped ISIS leave Raqqa"),
                                               ("washington-pretends-combating-isis",
                                                "Washington only pretends to fight ISIS in Syria")])
def test_a_state_before_a_colon_is_read_as_the_source_as_says_is(source, article_id, claim):
    original = ARTICLES.set_index("article_id").title[article_id]
    colon = exercises.check_neutral_headline(f"{source}: {claim}", original)
    says = exercises.check_neutral_headline(f"{source} says {claim}", original)
    assert "states the contested claim as a fact" not in colon.message, str(colon)
    assert colon.status == says.status, (str(colon), str(says))
    place = exercises.check_neutral_headline(f"Raqqa: {claim}", original)  # a place that names no state: no source
    assert place.status == "incorrect" and "states the contested claim as a fact" in place.message, str(place)


# 2. 06/01: doubting words of young people's speech were missing from data/verdict_words.csv and passed where their
# mirrors did not
YOUNG = ["bogus", "fishy", "sketchy", "cap", "dodgy", "slanted", "shady", "sus", "made up", "bs", "cooked", "rigged",
         "spin", "legit", "trash", "capping", "a scam"]
ACTORS = ["the US", "Russia", "the Pentagon", "the Kremlin", "Syria", "Washington", "RT", "CNN"]


# each doubting word with the mirror data/verdict_words.csv gives it (said after "is")
YOUNG_PAIRS = [("legit", "bogus"), ("legit", "fishy"), ("legit", "sketchy"), ("legit", "rigged"),
               ("balanced", "slanted"), ("solid", "trash"), ("the real deal", "a scam"), ("telling the truth", "capping"),
               ("legit", "sus"), ("legit", "shady"), ("legit", "dodgy"), ("legit", "made up"), ("the truth", "bs")]


def test_every_young_verdict_word_is_listed_with_its_mirror():
    from kit.exercises.verdicts import verdict_pairs
    listed = {w: (a, b) for a, b, _ in verdict_pairs() for w in (a, b)}
    assert set(YOUNG) <= set(listed), set(YOUNG) - set(listed)
    assert {(a, b, "is") for a, b in YOUNG_PAIRS} <= set(verdict_pairs())
    assert ("no cap", "cap", "page") in verdict_pairs() and ("for real", "cap", "page") in verdict_pairs()


@pytest.mark.parametrize("actor", ACTORS)
def test_a_young_verdict_word_is_graded_as_its_mirror_in_the_reflection_the_plan_and_the_search_report(actor):
    from test_lessons_round22 import REFLECTION
    split = []
    for vouches, doubts in YOUNG_PAIRS:
        for check, shape in ((exercises.check_reflection, REFLECTION + ". What {x} says is {w}."),
                             (exercises.check_reflection, REFLECTION + ". {X} is {w}."),
                             (exercises.check_lateral_plan, "{X} is {w}, so I would not read on."),
                             (exercises.check_search_report, "It was on {x}, so it is {w}.")):
            one, other = (check(shape.format(X=actor[0].upper() + actor[1:], x=actor, w=w)) for w in (vouches, doubts))
            if masked(one, actor) != masked(other, actor) or one.status not in ("beginning", "emerging"):
                split.append((shape, vouches, doubts, masked(one, actor), masked(other, actor)))
    assert not split, split[:2]


@pytest.mark.parametrize("vouches, doubts", [("no cap", "cap"), ("for real", "cap"), ("facts", "spin"),
                                             ("legit", "cooked")])
@pytest.mark.parametrize("shape", ["That's {w}. I would not check it.", "It's all {w}, so I would not read on.",
                                   "This article is {w}. I wouldn't bother checking it."])
def test_a_word_with_a_plain_meaning_is_a_verdict_when_said_of_the_page(vouches, doubts, shape):
    """'That's cap' / 'That's no cap', 'It's all spin': as 'It's fake' / 'It's real'; never the plain noun or verb."""
    from kit.exercises.verdicts import verdict_said

    trusts, dismisses = (str(exercises.check_lateral_plan(shape.format(w=w))) for w in (vouches, doubts))
    assert "this plan trusts the page without checking it" in trusts, trusts
    assert "this plan dismisses the page without checking it" in dismisses, dismisses
    for plain in ("There is a cap on how many people could leave.", "The cap is 4,000 people.", "It is a cap on trade.",
                  "The ball had spin on it.", "The food was cooked by the fighters.", "What RT says is a spin on it.",
                  "The spin of the story is that the US is to blame."):
        assert verdict_said(plain.lower()) is None, plain




# 4. 05 Ex 2: four mirrors still split ("-- a lie" ◐ / "-- a fact" ✓, "which is misleading" ✓ / "… accurate" ◐, …)
@pytest.mark.parametrize("actor", ["the US", "Russia", "the Pentagon", "the Kremlin", "Syria", "Washington"])
@pytest.mark.parametrize("shape, doubts, vouches", [
    ("WSWS says {X} helped ISIS leave Raqqa -- {w}", "a lie", "a fact"),
    ("WSWS says {X} helped ISIS leave Raqqa, which is {w}", "misleading", "accurate"),
    ("WSWS says {X} helped ISIS leave Raqqa! {W}", "Not true", "So true"),
    ("WSWS says {X} helped ISIS leave Raqqa, {w}", "unproven", "proven"),
    ("WSWS says {X} helped ISIS leave Raqqa ({w})", "unproven", "proven"),
    ("{W}: WSWS says {X} helped ISIS leave Raqqa", "unproven", "proven")])
def test_a_verdict_after_the_claim_judges_it_both_ways_at_one_level(shape, doubts, vouches, actor):
    results = [exercises.check_neutral_headline(shape.format(X=actor[0].upper() + actor[1:], w=w, W=w.capitalize()),
                                                "US rescue of ISIS in Raqqa exposed") for w in (doubts, vouches)]
    assert [r.status for r in results] == ["partly", "partly"], [str(r) for r in results]
    assert [r.message.split(" judges the claim")[0] for r in results] == [f"'{doubts.lower()}'", f"'{vouches.lower()}'"], \
        [r.message for r in results]


# 5. student 34 #6: an article without a title gave an empty original, and any headline passed
@pytest.mark.parametrize("answer", ["Russian general says US trained ISIS fighters", "Anti-Media says US let ISIS go",
                                    "US helped ISIS leave Raqqa", "Pentagon says Russia is lying"])
def test_a_rewrite_of_an_article_with_no_title_is_told_so_and_never_ticked(answer):
    untitled = ARTICLES.loc[ARTICLES.article_id == "russian-general-accuses", "title"].item()
    assert not untitled  # the lesson's article with no headline
    for original in (untitled, "   ", float("nan")):
        result = exercises.check_neutral_headline(answer, original)
        assert result.status == "incorrect" and not result.passed, str(result)
        assert "has no headline" in result.message and "change the article_id" in result.detail, str(result)
        assert "first paragraph" in result.detail, str(result)


# 6. "Its fake. I wouldnt bother checking." and "i dont trust it its fake" were "stays on the page"
@pytest.mark.parametrize("typed, written", [
    ("Its fake. I wouldnt bother checking.", "It's fake. I wouldn't bother checking."),
    ("i dont trust it its fake", "It's fake. I wouldn't bother checking."),
    ("Its real. I wouldnt bother checking.", "It's real. I wouldn't bother checking."),
    ("i trust it its real", "It's real. I wouldn't bother checking.")])
def test_a_dismissal_typed_without_apostrophes_is_named_as_with_them(typed, written):
    from kit.exercises.answers import forget_attempts

    forget_attempts()
    one = exercises.check_lateral_plan(typed)
    forget_attempts()
    other = exercises.check_lateral_plan(written)
    assert one.status == other.status == "beginning" and one.message == other.message, (str(one), str(other))
    assert [line.split(":")[0] for line in one.detail.splitlines()] == [
        line.split(":")[0] for line in other.detail.splitlines()], (str(one), str(other))  # the same faults named
    label = "dismisses" if "fake" in written else "trusts"
    assert f"this plan {label} the page without checking it" in one.message, str(one)


# 7. "RT never lies, so I would not read on" trusts; "RT always lies, …" dismisses; alike for every actor
@pytest.mark.parametrize("actor", ["RT", "CNN", "Fox News", "Sputnik", "the Pentagon", "the Kremlin", "the US", "Russia"])
@pytest.mark.parametrize("trusts, dismisses", [("never lies", "always lies"), ("doesn't lie", "lies"),
                                               ("never tells the truth", "always tells the truth")])
def test_a_verdict_turned_by_never_is_named_by_its_direction(actor, trusts, dismisses):
    if "truth" in trusts:
        trusts, dismisses = dismisses, trusts  # "never tells the truth" dismisses
    for decision in ("so I would not read on.", "so I would not check it."):
        one, other = (exercises.check_lateral_plan(f"{actor[0].upper() + actor[1:]} {w}, {decision}")
                      for w in (trusts, dismisses))
        assert "this plan trusts the page without checking it" in one.message, str(one)
        assert "this plan dismisses the page without checking it" in other.message, str(other)
        assert masked(one, actor)[0] == masked(other, actor)[0] == "beginning"
