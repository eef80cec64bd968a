"""Round 32 r32side (student 47 #1, teacher 56 #3): a finding wrapped in "one sided" or "nobody is lying" keeps its
credit, in 03 Ex 3 and 06 Ex 1.

- 1: "X is one sided because <who is or is not quoted, what is left out, a word it uses>" credits the reason as the
  finding, and the feedback asks only to drop the word; the level is the one the answer gets with the reason alone.
  Its mirror, "X is balanced because it quotes …", alike; said of the article or of an account, the Pentagon's or the
  Kremlin's. A verdict on the truth ("lying", "telling the truth") with the same reason, or "one sided" with a reason
  that is not in the text, still decides.
- 2: "Nobody is lying: they count different people" (and "so neither of them is lying, they just count …") is the
  lesson's own conclusion: a finding. "Nobody is lying" with no reason still decides; "Nobody is telling the truth:
  they count different people" calls every account false, which the counts do not show: it still decides, and the
  reason is credited.
Made-up sentences only; one case per rule per side."""
import pytest

from kit import exercises

OPEN3 = ("The spokesman counts 3,500 civilians while the other account counts 4,000 mostly fighters. "
         "One article says \"ISIS fighters and their families\" and leaves out the screening. ")
CHECK3 = " I would read the BBC report to see what it counted."
COUNTS = ("The spokesman says 3,500 civilians and fewer than 300 screened as potential fighters. Silo says 4,000, all "
          "but about 500 armed. ")
CHECK_COUNTS = " I would check the DoD transcript and the SDF's own figures to see who counted whom before I decide."
# a made-up article to paste in 06: the board speaks for the ban, the two who voted no are not quoted
CLUB = ("Council votes to close the Elm Street swimming pool. The city council voted 6-3 on Monday to close the pool in "
        "March. \"The pool costs too much to repair,\" said council leader Dana Brooks. Treasurer Lee Wong said the "
        "money would go to the library. According to the council, 70 percent of residents backed the plan in a "
        "survey. Swimmer Ana Ruiz called the plan heartless. The three members who voted against it did not respond "
        "to requests for comment.")
OPEN6 = "The kit flags 'heartless' as loaded but a swimmer says it, not the writer. "
CHECK6 = " I would check the council's website for the survey and who answered it."


@pytest.fixture(scope="module")
def pasted():
    return exercises.my_article(text=CLUB, title="Pool")


def sources(answer, texts):
    return exercises.check_reflection(answer, texts, task="sources")


# --- 1: "one sided / balanced because <a reason from the text>" ---------------------------------------------------

# (the verdict, the reason): each side of the pair, said of an article, of both, of the Pentagon's or the Kremlin's
REASONED_03 = [("Both articles are one sided", "they only use Silo and the BBC and never quote the spokesman"),
               ("Both articles are balanced", "they quote the spokesman and Silo"),
               ("The Pentagon's account is one sided", "it never quotes Silo"),
               ("The Kremlin's account is one sided", "it never quotes the spokesman")]


@pytest.mark.parametrize("verdict, reason", REASONED_03)
def test_03_one_sided_or_balanced_because_credits_the_reason(texts, verdict, reason):
    alone = sources(OPEN3 + reason[0].upper() + reason[1:] + "." + CHECK3, texts)
    result = sources(f"{OPEN3}{verdict} because {reason}.{CHECK3}", texts)
    assert result.status == alone.status == "mastery", (str(result), str(alone))
    word = verdict.split(" are ")[-1].split(" is ")[-1]
    assert f"Take out “{word}” and keep the reason: “{reason}”. Check it in the text first" in result.detail, result.detail
    assert "without checking" not in result.detail, result.detail


@pytest.mark.parametrize("verdict, reason", [("The article is one sided", "the 3 members who voted no are not quoted"),
                                             ("The article is balanced", "it quotes the council leader and a swimmer")])
def test_06_one_sided_or_balanced_because_credits_the_reason(pasted, verdict, reason):
    alone = exercises.check_reflection(OPEN6 + reason[0].upper() + reason[1:] + ". The survey has no source." + CHECK6,
                                       pasted)
    result = exercises.check_reflection(f"{OPEN6}{verdict} because {reason}. The survey has no source.{CHECK6}", pasted)
    assert alone.status in ("emerging", "mastery") and result.status in ("emerging", "mastery"), (str(result), str(alone))
    assert not (alone.status == "mastery" and result.status != "mastery"), (str(result), str(alone))
    assert f"Names what the analysis showed: “{reason}.”" in result.detail, result.detail
    assert "keep the reason" in result.detail and "without checking" not in result.detail, result.detail


# "one sided" with a reason not from the text: it decides
@pytest.mark.parametrize("sentence", ["The article is one sided because the writer hates America.",
                                      "The article is balanced because the writer loves America."])
def test_03_a_verdict_the_reason_does_not_back_still_decides(texts, sentence):
    result = sources(OPEN3 + sentence + CHECK3, texts)
    assert result.status == "beginning", str(result)
    assert f"without checking: “{sentence}”" in result.detail, result.detail
    assert "keep the reason" not in result.detail, result.detail


# the same reason after a verdict on the truth, either way: it still decides, but the reason is kept as the finding
# (round 34, teacher 58 #9: one rule for every judgement word and its reason)
@pytest.mark.parametrize("verdict, reason", [("The article is lying", "it never quotes the spokesman"),
                                             ("The article is telling the truth", "it quotes the spokesman")])
def test_03_a_truth_verdict_still_decides_and_keeps_the_reason(texts, verdict, reason):
    result = sources(f"{OPEN3}{verdict} because {reason}.{CHECK3}", texts)
    assert result.status == "beginning", str(result)
    assert f"without checking: “{verdict}”" in result.detail, result.detail
    assert f"“{reason}” is a finding: keep it." in result.detail, result.detail


# --- 2: "nobody is lying: they count different people" ------------------------------------------------------------

@pytest.mark.parametrize("finding", ["Nobody is lying: they count different people.",
                                     "So neither of them is lying, they just count different people."])
def test_03_nobody_is_lying_with_what_they_count_is_a_finding(texts, finding):
    result = sources(COUNTS + finding + CHECK_COUNTS, texts)
    alone = sources(COUNTS + "They count different people." + CHECK_COUNTS, texts)
    assert result.status == alone.status == "mastery", (str(result), str(alone))
    assert "without checking" not in result.detail and "Names what the analysis showed" in result.detail, result.detail


# the bare verdict, either way, decides; the doubt over everyone decides even with the reason (which is credited)
@pytest.mark.parametrize("sentence", ["Nobody is lying.", "Nobody is telling the truth."])
def test_03_nobody_without_a_reason_still_decides(texts, sentence):
    result = sources(COUNTS + sentence + CHECK_COUNTS, texts)
    assert result.status == "beginning", str(result)
    assert f"without checking: “{sentence}”" in result.detail, result.detail


def test_03_nobody_is_telling_the_truth_still_decides_and_keeps_the_reason(texts):
    result = sources(COUNTS + "Nobody is telling the truth: they count different people." + CHECK_COUNTS, texts)
    assert result.status == "beginning", str(result)
    assert "Decides the claim without checking: “Nobody is telling the truth”" in result.detail, result.detail
    assert "Names what the analysis showed: “they count different people.”" in result.detail, result.detail


# a verdict on one side, with the same reason, still decides: the Pentagon's and the Kremlin's alike
@pytest.mark.parametrize("sentence", ["The Pentagon told the truth: they count different people.",
                                      "The Kremlin told the truth: they count different people."])
def test_03_one_side_told_the_truth_with_a_reason_still_decides(texts, sentence):
    result = sources(COUNTS + sentence + CHECK_COUNTS, texts)
    assert result.status == "beginning", str(result)
