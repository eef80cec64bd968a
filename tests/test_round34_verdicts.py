"""Round 34 r34verd (teacher 58 #9, #11; student 49 #8, #9): one rule for a judgement word and its reason; whom a
verdict on a side judges; asking a side or a silent source for its answer is a step off the page.

- 1: "<judgement word> because <a reason from the text>": the reason is kept as the finding and the note asks to take
  the word out, for every word. A word on how the page covers the story ("propaganda", "pro-russian",
  "anti-american", slang "its giving propaganda fr") is gone with it; a truth verdict ("fake news", "lies", "true")
  still decides, and the note says so while keeping the reason. A reason that is not true of the article (it accuses
  the Kremlin where the article accuses the Pentagon) gets the same note the plain sentence gets.
- 2: "the us / russia is def lying about …" decides the claim: it is a verdict on a side, never "dismisses the
  article", on the article that accuses the US and on the one that reports Russia's charge alike.
- 3: a plan step that asks a side or a silent source for its answer ("email the Pentagon / the Kremlin for its
  answer", "ask the two members why they voted no", "email X and Y for their side") leaves the page; a step that
  names the report the article cites by its title traces the claim; "if lots of sites say it, it is true" is
  trusting agreement.
Made-up sentences and a made-up article only; one case per rule per side."""
import pytest

from kit import exercises

# the rest of a reflection on us-rescue-of-isis-in-raqqa (002), and on russia-charges-pentagon (000)
TAIL2 = (" The kit flags 'merciless' and 'patent nonsense' as loaded language. The 4,000 has no source in its sentence. "
         "I would check the BBC report to see who counted the convoy before I decide anything.")
TAIL0 = (" The kit flags 'imperialism' and 'damning' as loaded language. The 4,000 comes from Talal Silo. I would check "
         "the Komsomolskaya Pravda interview to see what Gerasimov really said before I believe it.")
# a made-up local article: the two members who voted no did not answer
POOL = ("Council votes to close the Elm Street pool. The city council voted 5-2 on Monday to close the pool in March. "
        "\"The pool costs too much to repair,\" said council leader Dana Brooks. According to the council, 70 percent "
        "of residents backed the plan in a survey. Swimmer Ana Ruiz called the plan heartless. The two members who "
        "voted against it, Ray Cole and Mia Hart, did not respond to requests for comment. ") * 3


@pytest.fixture(scope="module")
def charges(articles):
    """The bundled article russia-charges-pentagon, as a one-row table."""
    return articles[articles.article_id == "russia-charges-pentagon"]


@pytest.fixture(scope="module")
def pool():
    return exercises.my_article(text=POOL, file="", title="Council votes to close the Elm Street pool")


# --- 1: a judgement word and its reason ----------------------------------------------------------------------------

@pytest.mark.parametrize("word, label", [("fake news", "dismisses the article"), ("true", "trusts the article")])
def test_a_truth_verdict_keeps_its_reason_and_still_decides(raqqa, word, label):
    reason = "it never names a source for the 4,000"
    result = exercises.check_reflection(f"The article is {word} because {reason}." + TAIL2, raqqa)
    assert result.status == "beginning" and label in result.message, str(result)
    assert f"Names what the analysis showed: “{reason}.”" in result.detail, result.detail
    assert f"“{word}” decides what is true before anything is checked; “{reason}” is a finding: keep it." in result.detail


@pytest.mark.parametrize("word", ["pro-russian", "anti-american"])
def test_a_side_word_with_a_true_reason_keeps_the_reason(raqqa, word):
    reason = "it says the Pentagon colluded with ISIS"
    result = exercises.check_reflection(f"The article is {word} because {reason}." + TAIL2, raqqa)
    assert result.status == "mastery", str(result)
    assert f"Take out “{word}” and keep the reason: “{reason}”" in result.detail, result.detail


# the accuser in the accused's place: the note the plain sentence gets, on either article, for either word
@pytest.mark.parametrize("word", ["anti-russian", "pro-american"])
def test_a_side_word_with_a_false_reason_gets_the_accuser_note(raqqa, charges, word):
    for table, reason, tail in ((raqqa, "it says the Kremlin colluded with ISIS", TAIL2),
                                (charges, "it says the Kremlin trains ex-ISIS fighters", TAIL0)):
        result = exercises.check_reflection(f"The article is {word} because {reason}." + tail, table)
        assert result.status != "mastery", str(result)
        assert "not the Kremlin: check who the article accuses." in result.detail, result.detail
        assert "keep the reason" not in result.detail, result.detail


@pytest.mark.parametrize("reason", ["it never quotes russia", "it never names a source for the 4,000"])
def test_slang_its_giving_propaganda_takes_the_word_out(raqqa, reason):
    result = exercises.check_reflection(f"its giving propaganda fr because {reason}." + TAIL2, raqqa)
    assert f"Take out “propaganda” and keep the reason: “{reason}”" in result.detail, result.detail
    assert "Names what the analysis showed: “its giving" not in result.detail, result.detail


# --- 2: a verdict on a side decides the claim ----------------------------------------------------------------------

@pytest.mark.parametrize("side", ["the us", "russia"])
def test_def_lying_about_a_side_decides_the_claim(raqqa, charges, side):
    for table, tail in ((raqqa, ' the kit flags "colluded" as loaded. id read the bbc report to see if it says the same'),
                        (charges, ' the kit flags "imperialism" as loaded. id read the interview to see if it says the same')):
        result = exercises.check_reflection(f"{side} is def lying about raqqa." + tail, table)
        assert result.status == "beginning" and "decides the claim" in result.message, str(result)
        assert "Dismisses the article" not in result.detail, result.detail


# --- 3: a plan that asks a side or a silent source ----------------------------------------------------------------

@pytest.mark.parametrize("party", ["the Pentagon", "the Kremlin"])
def test_asking_a_side_for_its_answer_is_a_step_off_the_page(charges, party):
    result = exercises.check_lateral_plan(f"I would email {party} for its answer to see what it says, and search Reuters "
                                          "for Al-Tanf to compare.", article=charges)
    assert result.status == "mastery", str(result)
    assert "traces the claim to its original" in result.detail, result.detail


@pytest.mark.parametrize("step", ["I would email Ray Cole and Mia Hart for their side",
                                  "I would ask the two members why they voted no"])
def test_asking_a_silent_source_is_a_step_off_the_page(pool, step):
    result = exercises.check_lateral_plan(step + ", and search the local paper for the vote to compare.", article=pool)
    assert result.status == "mastery", str(result)


def test_asking_a_friend_is_no_step(pool):
    result = exercises.check_lateral_plan("I would ask my friend why they voted no, and search the local paper for the "
                                          "vote to compare.", article=pool)
    assert result.status != "mastery", str(result)


def test_slang_plan_names_the_cited_report_and_who_owns_the_site(raqqa):
    result = exercises.check_lateral_plan("i wud search the bbc raqqa dirty secret and see if it says 4000 and also check "
                                          "who owns wsws on wikipedia", article=raqqa)
    assert result.status == "mastery", str(result)
    assert "traces the claim to its original, finds out who is behind the source" in result.detail, result.detail


def test_if_lots_of_sites_say_it_it_is_true_trusts_agreement(raqqa):
    result = exercises.check_lateral_plan("I would check if other news sites say the same thing, because if lots of "
                                          "sites say it, it is true.", article=raqqa)
    assert "Trusts agreement" in result.detail, result.detail
