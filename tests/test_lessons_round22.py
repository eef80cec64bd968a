"""Round 22: checks that grade a verdict alike both ways (teacher 38, teacher 37, student 32; made-up sentences).

Every verdict word comes from one data file of mirrored pairs (data/verdict_words.csv); each pair is tried for
12 actors in the 06 reflection, the 06 plan and the 01 search report, and both sides must get the same level and
the same message.
"""
from __future__ import annotations

import csv
import re

import pytest

from kit import exercises
from kit.datafiles import data_path
from kit.exercises.verdicts import verdict_pairs, verdict_said

ACTORS = ["the US", "Russia", "China", "Iran", "the Kremlin", "the Pentagon", "the White House", "Syria", "RT",
          "Xinhua", "the BBC", "CNN"]
REFLECTION = ("The article uses loaded words like 'merciless' and 'patent nonsense' to make the reader distrust the "
              "officials. It quotes only two people by name, a spokesman and a minister. The number 4,000 has no "
              "source in its sentence. I would still need to check the report it cites to see who left the city")
PLAN = "I would look up who runs the website to see who is behind it"


def title(actor: str) -> str:
    return actor[0].upper() + actor[1:]


def said(sentence: str, actor: str, words: str) -> str:
    return sentence.format(X=title(actor), x=actor, w=words)


def masked(result) -> tuple:
    """A result's level and its words, with the quoted sentences and the names taken out."""
    text = re.sub(r"“[^”]*”", "“…”", f"{result.message} {result.detail}")
    text = re.sub(r" (You checked this answer before|Your answer is the same as)[^\n]*?check again\.", "", text)  # tries
    for actor in sorted(ACTORS + [title(a) for a in ACTORS], key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(actor)}\b", "X", text)
    return result.status, re.sub(r"\s+", " ", text)


def test_every_verdict_has_its_mirror_and_no_pair_is_listed_twice():
    with open(data_path("verdict_words.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    pairs = [tuple(cell.strip() for cell in row) for row in rows if any(row)]
    assert pairs and all(len(p) == 3 and p[0] and p[1] and p[0] != p[1] for p in pairs), pairs
    assert len(set(pairs)) == len(pairs)
    assert {"true", "honest", "reliable", "accurate", "real", "trustworthy", "credible", "the truth"} <= {p[0] for p in pairs}
    assert {"false", "lying", "unreliable", "inaccurate", "fake", "untrustworthy", "not credible", "propaganda", "lies"} <= {
        p[1] for p in pairs}


PAIRS = [(a, b) for a, b, after in verdict_pairs() if after == "is"]
ALONE = [(a, b) for a, b, after in verdict_pairs() if after == "alone"]


@pytest.mark.parametrize("vouches,doubts", PAIRS)
def test_both_words_of_a_pair_are_read_as_verdicts_on_either_side(vouches, doubts):
    for actor in ACTORS:
        low = f"what {actor} says is {{}}.".lower()
        one, other = verdict_said(low.format(vouches)), verdict_said(low.format(doubts))
        assert one and other and (one.side, other.side) == ("vouches", "doubts"), (actor, one, other)


REFLECTION_ENDS = [". What {X} says is {w}.", ". {X}'s statement is {w}.", ". {X}'s account is {w}.",
                   ". {X} is {w}.", ". I'm not convinced {x} is {w}."]


@pytest.mark.parametrize("actor", ACTORS)
def test_a_reflection_verdict_is_graded_alike_both_ways(actor):
    """Teacher 37 #2, teacher 38 #7: 'What X says is true' ○ / '… is lies' ●; one level and one message."""
    split = []
    for vouches, doubts in PAIRS:
        for end in REFLECTION_ENDS:
            one, other = (masked(exercises.check_reflection(REFLECTION + said(end, actor, w))) for w in (vouches, doubts))
            if one != other:
                split.append((end, vouches, doubts, one, other))
    assert not split, split[:3]


@pytest.mark.parametrize("actor", ACTORS)
def test_a_stated_verdict_holds_a_reflection_below_mastery_and_a_hedge_does_not(actor):
    for end in (". What {X} says is lies.", ". What {X} says is true.", ". {X}'s statement is propaganda.",
                ". {X}'s statement is the truth."):
        result = exercises.check_reflection(REFLECTION + said(end, actor, ""))
        assert result.status == "beginning" and result.message.startswith("it decides the claim"), (end, result)
    for end in (". I'm not convinced {x} is lying.", ". I'm not convinced {x} is honest."):
        assert exercises.check_reflection(REFLECTION + said(end, actor, "")).status == "mastery", end


SEARCH = [("It was on {X}, so it is {w}.", "is"), ("It was on {X}, so the claim is {w}.", "is"),
          ("It was on {X}, so the claim {w}.", "alone")]


@pytest.mark.parametrize("actor", ACTORS)
def test_a_search_report_verdict_gets_one_message_both_ways(actor):
    """Teacher 38 #7: '… so it is true' → 'trusts the page: a site you call trusted'; '… false' → other words."""
    split = []
    for sentence, after in SEARCH:
        for vouches, doubts in (PAIRS if after == "is" else ALONE):
            if " it " in f" {vouches} {doubts} ":  # "so it is telling it like it is": too many "it" to be a report
                continue
            one, other = (masked(exercises.check_search_report(said(sentence, actor, w))) for w in (vouches, doubts))
            if one != other or one[0] != "beginning":
                split.append((sentence, vouches, doubts, one, other))
    assert not split, split[:3]


@pytest.mark.parametrize("actor", ACTORS)
def test_a_quoted_verdict_ends_with_one_stop(actor):
    result = exercises.check_search_report(f"It was on {actor}, so I would not trust it.")
    assert ".”." not in str(result), str(result)
    result = exercises.check_reflection(REFLECTION + f". {title(actor)} is lying.")
    assert ".”." not in str(result), str(result)


@pytest.mark.parametrize("actor", ACTORS)
def test_a_plan_names_a_verdict_alike_after_not_reading_on(actor):
    """Teacher 38 #2: 'I would not read on. RT is lying.' names the verdict, as '… telling the truth' does."""
    split = []
    for vouches, doubts in PAIRS:
        for plan in ("I would not read on. {X} is {w}.", "I would not read on because {x} is {w}.",
                     "{X} is {w}. " + PLAN + "."):
            one, other = (masked(exercises.check_lateral_plan(said(plan, actor, w))) for w in (vouches, doubts))
            if one != other or "decides before checking" not in one[1].lower():
                split.append((plan, vouches, doubts, one, other))
    assert not split, split[:3]


@pytest.mark.parametrize("actor", ACTORS)
def test_where_an_article_is_from_is_not_a_move_in_a_plan(actor):
    """Teacher 38 #2c: 'because it is from RT' is not 'looks for other coverage'; the same level as a country."""
    base = exercises.check_lateral_plan("I would not read on, because it is from Russia.")
    result = exercises.check_lateral_plan(f"I would not read on, because it is from {actor}.")
    assert result.status == base.status and "Leaves the page (looks for other coverage" not in str(result), str(result)


@pytest.fixture(scope="module")
def seed_quotes():
    import kit
    return kit.quotes(kit.load_articles())


@pytest.mark.parametrize("actor", ACTORS)
def test_the_word_game_gives_one_count_of_words_to_take_out(actor):
    """Student 32 #3: "2 of your words are not among …" then "take out the 3 words": one count, named."""
    text = f"The brutal report from {actor} debunks the so-called plan."  # made up
    result = exercises.check_loaded_words(["The", "debunks", "so-called", "brutal"], text)
    counts = re.findall(r"\b(\d+) (?:of your )?words\b", result.message)
    assert len(set(counts)) <= 1, result.message
    assert "take out" in result.message, result.message  # the extra words are named, not only counted
    named = result.message.split("take out")[1]
    assert all(f"'{w}'" in named for w in ("The", "debunks", "so-called")), result.message


# 05 Ex 2 (teacher 38 #1, #4, #5): the claim-maker must be a speaker of the claim sentences, or the outlet or writer
WASHINGTON = "Washington Pretends to be Combating ISIS in Syria"
WSWS = "US rescue of ISIS in Raqqa exposed"


@pytest.mark.parametrize("actor", ACTORS)
def test_a_claim_maker_who_is_only_the_target_is_not_accepted_and_gets_one_message(actor):
    """'White House says Washington only pretends …' was Correct; a wrong claim-maker got words by country."""
    result = exercises.check_neutral_headline(f"{title(actor)} says Washington only pretends to fight ISIS in Syria",
                                              WASHINGTON)
    if actor == "Syria":  # the claim-maker's own country (teacher 39 #5: as "Russia says" on the Russia headline)
        assert result.status == "correct", result
        return
    assert result.status == "partly", result
    assert result.message == (f"it credits the claim to '{title(actor)}', but the article is Global Research's: say "
                              "who makes the claim in it."), result.message


@pytest.mark.parametrize("source", ["Syrian Foreign Minister", "Moallem", "Global Research", "Stephen Lendman"])
def test_the_speaker_of_the_claim_sentences_or_the_outlet_is_accepted(source):
    result = exercises.check_neutral_headline(f"{source} says Washington only pretends to fight ISIS in Syria",
                                              WASHINGTON)
    assert result.status == "correct", result


@pytest.mark.parametrize("source", ["Global Times", "Research"])
def test_a_word_of_the_outlets_name_is_not_the_outlet(source):
    result = exercises.check_neutral_headline(f"{source} says Washington only pretends to fight ISIS in Syria",
                                              WASHINGTON)
    assert result.status == "partly" and f"'{source}'" in result.message, result


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("shape", ["WSWS says {X} helped ISIS leave Raqqa, which is {w}",
                                   "WSWS says {X} helped ISIS leave Raqqa ({w})", "{W}: WSWS says {X} helped ISIS leave Raqqa"])
def test_a_verdict_word_outside_the_claim_judges_it_both_ways(shape, actor):
    """'…, which is false', '(true)', 'Fake: …' were Correct or got a nonsense reason; the same ◐ as 'falsely'."""
    results = [exercises.check_neutral_headline(shape.format(X=title(actor), w=w, W=w.capitalize()), WSWS)
               for w in ("true", "false")]
    assert [r.status for r in results] == ["partly", "partly"], results
    assert all("judges the claim" in r.message for r in results), results


# 03 "Where the kit has to guess" (teacher 37 #7, student 32 #5)
def test_the_we_rows_sentence_shows_the_we(seed_quotes):
    import kit
    guessed = seed_quotes[(seed_quotes.article_id == "russian-general-accuses") & seed_quotes.speaker_guess]
    shown = exercises.in_context(guessed, kit.load_articles())
    for _, row in shown.iterrows():
        assert re.search(rf"(?<!\w){re.escape(row.speaker_text)}(?!\w)", row.sentence), (row.speaker_text, row.sentence)


@pytest.mark.parametrize("actor", ACTORS)
def test_a_guess_of_ones_own_is_set_beside_the_kits_alike_for_any_name(actor, seed_quotes):
    result = exercises.check_speaker_guess(title(actor), seed_quotes, "we", "russian-general-accuses")
    kits = seed_quotes[(seed_quotes.article_id == "russian-general-accuses") & (seed_quotes.speaker_text == "we")]
    # round 23b (student 34 #3): a name the article does not support is ✗ for every actor, never told the kit's reading
    assert result.status == "incorrect" and kits.speaker.iloc[0] not in str(result), result
    assert result.message == f"“{title(actor)}” does not match what the article says about “we”."
    same = exercises.check_speaker_guess(kits.speaker.iloc[0], seed_quotes, "we", "russian-general-accuses")
    assert same.correct and kits.note.iloc[0] in same.detail, same


@pytest.mark.parametrize("actor", ACTORS)
def test_trust_or_distrust_after_not_reading_on_is_named_both_ways(actor):
    """Teacher 38 #2a: 'I would not read on. I would not trust it.' left the distrust unnamed; trust was named."""
    trust, distrust = (exercises.check_lateral_plan(f"I would not read on, because it is from {actor}. I would {w} it.")
                       for w in ("trust", "not trust"))
    assert trust.status == distrust.status == "beginning"
    assert "Trusts the page without checking" in trust.detail and "Dismisses the page without checking" in distrust.detail


# Round 22b (teacher 39, student 33): fresh readers of the checks above
STOP_PLANS = ["{X}'s claim is {w}, so I would not read on.", "{X}'s report is {w}, so I would not read on.",
              "{X}'s story is {w}, so I would not read on.", "What {x} says is {w}, so I would not read on.",
              "{X}'s statement is {w}, so I would stop reading.", "{X}'s account is {w}, so I would stop reading."]


@pytest.mark.parametrize("actor", ACTORS)
def test_a_verdict_and_stop_plan_makes_no_move_and_is_graded_alike_for_every_actor(actor):
    """Teacher 39 #1: 'RT's claim is false, so I would not read on.' was ◑ 'looks for other coverage', Russia's ○."""
    article = __import__("kit").load_articles().query("article_id == 'us-rescue-of-isis-in-raqqa'")
    base = {}
    for plan in STOP_PLANS:
        for w in ("true", "false", "the truth", "a lie"):
            result = exercises.check_lateral_plan(said(plan, actor, w), article=article)
            assert result.status == "beginning" and "Leaves the page" not in str(result), (plan, w, str(result))
            assert "decides before checking" in result.detail.lower(), (plan, w, str(result))
            base.setdefault(plan, masked(result))
            assert masked(result) == base[plan], (plan, w, masked(result), base[plan])
            other = exercises.check_lateral_plan(said(plan, "Russia", w), article=article)
            assert masked(other) == masked(result), (plan, w, masked(other), masked(result))


MIRRORS = [("true", "false"), ("the truth", "a lie"), ("revealing the truth", "covering up the truth"),
           ("telling us the truth", "lying to us"), ("factual", "made-up"), ("legit", "sus"), ("balanced", "one-sided")]


@pytest.mark.parametrize("actor", ACTORS)
def test_a_verdict_on_a_claim_is_read_alike_both_ways_in_a_reflection(actor):
    """Teacher 39 #2 #4: 'The claim is false.' was ● and '… true.' ○; 'covering up the truth' ● / 'revealing …' ○."""
    split = []
    for sentence in ("{X}'s claim is {w}.", "The claim is {w}.", "{X}'s claims are {w}.", "What {x} says is {w}.",
                     "{X} is {w}."):
        for vouches, doubts in MIRRORS:
            if sentence == "{X} is {w}." and vouches in ("true", "factual"):
                continue  # "Russia is true": not English
            one, other = (exercises.check_reflection(REFLECTION + ". " + said(sentence, actor, w)) for w in (vouches, doubts))
            if masked(one) != masked(other) or one.status == "mastery":
                split.append((sentence, vouches, masked(one), masked(other)))
    assert not split, split[:2]


@pytest.mark.parametrize("actor", ACTORS)
def test_a_plan_that_dismisses_then_will_not_check_is_told_it_dismisses(actor):
    """Student 33 #2: 'X is biased, so this is fake news. I would not check it.' was told it 'trusts the page'."""
    for plan, label in (("{X} is biased, so this is fake news. I would not check it.", "Dismisses"),
                        ("{X} is unbiased, so this is real news. I would not check it.", "Trusts"),
                        ("It's fake news. I wouldn't bother checking it.", "Dismisses"),
                        ("It's real news. I wouldn't bother checking it.", "Trusts")):
        result = exercises.check_lateral_plan(said(plan, actor, ""))
        other = "Trusts" if label == "Dismisses" else "Dismisses"
        assert result.status == "beginning" and f"{label} the page without checking" in result.detail, (plan, str(result))
        assert f"{other} the page" not in str(result), (plan, str(result))


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("office", ["Government", "The government", "Officials", "Minister", "Foreign Minister"])
def test_an_office_alone_is_not_a_claim_maker_whoever_the_claim_names(office, actor):
    """Teacher 39 #3: 'Government says US helped ISIS leave Raqqa' was Correct; an office alone names nobody."""
    result = exercises.check_neutral_headline(f"{office} says {actor} helped ISIS leave Raqqa", WSWS)
    assert result.status == "partly" and f"'{office}'" in result.message and "whose" in result.message, result


@pytest.mark.parametrize("source", ["Syria", "Damascus", "Walid al-Moallem", "al-Moallem", "Syria's Foreign Minister",
                                    "Assad government", "GlobalResearch"])
def test_the_speakers_country_name_and_the_outlet_run_together_are_accepted(source):
    """Teacher 39 #5 #6: 'Syria says …' was ◐ while 'Russia says …' is ✓ on the Russia headline: one rule."""
    result = exercises.check_neutral_headline(f"{source} says Washington only pretends to fight ISIS in Syria",
                                              WASHINGTON)
    assert result.status == "correct", (source, result)


@pytest.mark.parametrize("source", ["World Socialist Web Site", "The World Socialist Web Site"])
def test_the_outlets_name_spelled_out_is_the_outlet(source):
    result = exercises.check_neutral_headline(f"{source} says US helped ISIS leave Raqqa", WSWS)
    assert result.status == "correct", result


@pytest.mark.parametrize("actor", ACTORS)
def test_a_wrong_claim_maker_is_not_told_the_article_never_names_it(actor):
    """Student 33 #3: 'The article does not give Russia as the one who makes this claim', though it names Russia."""
    result = exercises.check_neutral_headline(f"{title(actor)} says the US rescued ISIS fighters from Raqqa", WSWS)
    assert "does not give" not in str(result), str(result)


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("tail,typed", [(" which is false", "false"), (" which is wrong", "wrong"),
                                        (" but that is false", "false"), (", which is not true", "not true"),
                                        (" which is true", "true"), (" but that is right", "right")])
def test_a_verdict_after_the_claim_judges_it_with_or_without_a_comma(tail, typed, actor):
    """Student 33 #1 #8: '… which is false' without a comma was Correct; 'not true' was quoted as 'true'."""
    result = exercises.check_neutral_headline(f"WSWS says {actor} helped ISIS leave Raqqa{tail}", WSWS)
    assert result.status == "partly" and f"'{typed}' judges the claim" in result.message, result


@pytest.mark.parametrize("answer, said", [
    ("Yes they are the same", "same"), ("Yes, it is the same as the report row", "same"), ("Yes. Same.", "same"),
    ("It's the same, yes", "same"), ("No, they're different", "different"), ("No, different", "different"),
    ("nope, same", "same"), ("identical", "same"), ("not identical", "different"), ("yes", "different"), ("no", "same")])
def test_a_written_same_or_different_decides_whatever_comes_before_it(answer, said):
    """Teacher 39 #7: 'Yes, it is the same' was ✗ ('which do you mean?'); 'any different?' makes yes/no ambiguous."""
    from kit.exercises.row_checks import read_same
    assert read_same(answer) == said


@pytest.mark.parametrize("answer", ["different", "Yes, different", "They are not the same"])
def test_a_wrong_death_toll_answer_asks_and_does_not_give_the_answer(answer, seed_quotes):
    """Student 33 #5: the ✗ repeated the ✓'s reason word for word."""
    right = exercises.check_same_kind("same: both are things named, not words said", seed_quotes)
    result = exercises.check_same_kind(answer, seed_quotes)
    assert not result.correct and "?" in str(result), result
    assert right.message.split(": ", 1)[1] not in str(result), result
    assert "not words the speaker said" not in str(result), result


@pytest.mark.parametrize("answer", ["I don't know", "idk", "?", "asdfgh", "xkcd", "no idea"])
def test_a_guess_that_names_no_one_is_asked_for_a_name(answer, seed_quotes):
    """Student 33 #4: 'I don't know' and nonsense were told 'yours may be the better one'."""
    result = exercises.check_speaker_guess(answer, seed_quotes, "we", "russian-general-accuses")
    assert result.status == "incorrect" and "write a name" in result.message, result
    assert "better one" not in str(result)


@pytest.mark.parametrize("answer", ["the writer", "The author", "The Anti-Media", "Anti-Media, the outlet"])
def test_the_outlets_writer_is_the_kits_reading_of_we(answer, seed_quotes):
    result = exercises.check_speaker_guess(answer, seed_quotes, "we", "russian-general-accuses")
    assert result.correct, result


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("shape", ["{X} says Pentagon trained ex-ISIS fighters - {w}", "{X} says Pentagon trained ex-ISIS fighters. {W}.",
                                   "{X} says Pentagon trained ex-ISIS fighters, and it is {w}", "{W}: {X} says Pentagon trained ex-ISIS fighters"])
def test_a_verdict_word_after_a_dash_or_a_stop_judges_the_claim_both_ways(shape, actor):
    """Teacher 39 #10: '… - false' / '…. True.' were Correct; 'Fact: …' was read as a claim-maker."""
    for vouches, doubts in (("true", "false"), ("fact", "propaganda")):
        results = [exercises.check_neutral_headline(shape.format(X=title(actor), w=w, W=w.capitalize()),
                                                    "Russia charges Pentagon with training ex-ISIS fighters")
                   for w in (vouches, doubts)]
        assert [r.status for r in results] == ["partly", "partly"], results
        assert all("judges the claim" in r.message for r in results), results


@pytest.mark.parametrize("actor", ACTORS)
def test_a_verdict_on_the_claim_maker_is_graded_alike_both_ways(actor):
    """Teacher 39 #8: 'X lies that …' was ✗ 'presents the claim as proven'; 'X tells the truth that …' ◐."""
    results = [exercises.check_neutral_headline(f"{title(actor)} {verb} that Pentagon trained ex-ISIS fighters",
                                                "Russia charges Pentagon with training ex-ISIS fighters")
               for verb in ("lies", "tells the truth")]
    assert [r.status for r in results] == ["partly", "partly"], results
    assert all("judges the claim" in r.message and "presents the claim as proven" not in str(r) for r in results), results


@pytest.mark.parametrize("actor", ACTORS)
def test_a_reflection_without_quotation_marks_is_told_what_counts(actor):
    """Student 33 #6: an unquoted word got 'Add a sentence that points at the text', without saying why."""
    result = exercises.check_reflection(f"The headline says exposed, which makes it sound proven. The article uses "
                                        f"loaded words about {actor}. I would check the report on the convoy.")
    assert "Add a sentence that points at the text" in str(result) and "quotation marks" in str(result), str(result)


# student 34 #1: "I would ignore it" sets the page aside unread: it dismisses, as "I would accept it" trusts, and a
# missing apostrophe ("Its propaganda") does not turn a dismissal into trust
@pytest.mark.parametrize("verdict, decision, label", [
    ("Its propaganda.", "I would ignore it.", "dismisses"), ("It's propaganda.", "I would ignore it.", "dismisses"),
    ("Its true.", "I would accept it.", "trusts"), ("It's true.", "I would accept it.", "trusts"),
    ("Its fake.", "I would reject it.", "dismisses"), ("It's real.", "I would believe it.", "trusts"),
])
def test_setting_the_page_aside_unread_is_named_by_its_direction(verdict, decision, label):
    said = str(exercises.check_lateral_plan(f"{verdict} {decision}"))
    assert f"this plan {label} the page without checking it" in said, said


def test_a_wrong_same_or_different_answer_says_not_yet_once():
    import kit
    from kit.exercises.row_checks import check_same_kind

    said = str(check_same_kind("different", kit.quotes(kit.load_articles())))
    assert said.startswith("✗ Not yet") and said.lower().count("not yet") == 1, said


# teacher 40 #5: "the article's writer" names the same reading as "the writer of the article"
@pytest.mark.parametrize("answer", ["the article's writer", "the article’s author", "the outlet's writer",
                                    "the website's writer", "the writer of the piece", "the publication",
                                    "the writer of the article", "the writer"])
def test_the_writer_named_with_a_possessive_is_the_kits_reading(answer):
    import kit
    from kit.exercises.row_checks import check_speaker_guess

    assert check_speaker_guess(answer, kit.quotes(kit.load_articles())).status == "correct"


# teacher 40 #3: a verdict reported as someone's ("…; Pentagon says that is false") is not the headline writer's
@pytest.mark.parametrize("verdict", ["false", "true", "untrue", "wrong", "right"])
def test_a_verdict_reported_as_someones_does_not_judge_the_headline(verdict):
    import kit

    articles = kit.load_articles()
    original = articles.loc[articles.article_id == "russia-charges-pentagon", "title"].item()
    reported = exercises.check_neutral_headline(
        f"Russia says Pentagon trained ex-ISIS fighters; Pentagon says that is {verdict}", original)
    judged = exercises.check_neutral_headline(f"Russia says Pentagon trained ex-ISIS fighters, which is {verdict}",
                                              original)
    # round 26 (r26ex5): this article says "There was no immediate response from the Pentagon", so the reply is one
    # the article does not report (◐, quoting that sentence); what this test guards still holds: the reported
    # verdict is the Pentagon's, not the headline writer's judgement of the claim
    assert "judges the claim" not in str(reported), str(reported)
    assert reported.status == "partly" and "no immediate response from the Pentagon" in str(reported), str(reported)
    assert judged.status == "partly" and "judges the claim" in str(judged), str(judged)
