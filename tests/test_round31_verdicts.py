"""Round 31 r31ver (student 46 #1, #2, #3; teacher 55 #3): verdicts that slipped through, and a figure credited to
someone in no text.

- 1: a verdict with an adjective or a noun before "propaganda" or "lie(s)" ("its russian propaganda anyway", "its a
  russian lie", "its us government propaganda") is read as "its propaganda" is, in 03 Ex 3, 06 Ex 1 and 06 Ex 2, with
  and without the apostrophe; a sentence that describes ("the article calls the Pentagon's statement propaganda",
  "I would check whether this is state propaganda") stays as it was.
- 2: "the pentagon covered it up", "moscow hid the truth", "the wsws article made it up" are verdicts, as "russia made
  it up" is, each side alike.
- 3: a short answer that names both counts and then a verdict keeps the credit for its parts and quotes the words
  that decide, not the start of the sentence.
- 4: a figure credited to someone in no text (Peskov, Kirby, "my cousin", "my teacher") does not point at the text:
  the same level as the answer with Lavrov or Mattis.
Made-up sentences only; every rule both ways (the US side and the Russian side)."""
import pytest

import kit
from kit import exercises

GOOD3 = ("The spokesman counts 3,500 civilians and less than 300 screened as potential fighters, while "
         "russia-charges-pentagon counts some 4,000, all but 500 armed fighters. The article leaves out the screening. "
         "I would read the BBC report and the transcript to see who counted what. ")
REFLECTION = ("The kit flags 'colluded' as loaded and 'proxy' as a label, so the writer pushes the reader. It quotes the "
              "BBC and Col. Ryan Dillon. I would check the BBC report to see if it really says the Pentagon colluded. ")
PLAN = ("id check who runs wsws and what they stand for, then read the bbc report to see if it says the same about "
        "the convoy. ")


@pytest.fixture(scope="module")
def example():
    articles = kit.load_articles()
    return articles[articles.article_id == "us-rescue-of-isis-in-raqqa"]


def sources(answer, texts):
    return exercises.check_reflection(answer, texts, task="sources")


# --- 1: a verdict with an adjective or a noun before "propaganda" / "lie(s)" ---------------------------------------

# each pair: one side's wording and the other side's (the apostrophe typed or left out alike)
QUALIFIED = [("its russian propaganda anyway", "its american propaganda anyway"),
             ("thats russian propaganda", "thats american propaganda"),
             ("it's the Kremlin's propaganda", "it's the Pentagon's propaganda"),
             ("its russian state propaganda", "its us government propaganda"),
             ("its a russian lie", "its an american lie"),
             ("its russian lies", "its american lies")]
BARE = "its propaganda anyway"


@pytest.mark.parametrize("pair", QUALIFIED)
def test_03_a_qualified_verdict_is_read_as_the_bare_one(texts, pair):
    bare = sources(GOOD3 + BARE, texts)
    assert bare.status == "beginning", str(bare)
    for verdict in pair:
        result = sources(GOOD3 + verdict, texts)
        assert result.status == bare.status, str(result)
        assert result.message == bare.message, str(result)
        assert f"without checking: “{verdict}”" in result.detail, result.detail


@pytest.mark.parametrize("pair", QUALIFIED)
def test_06_reflection_a_qualified_verdict_is_read_as_the_bare_one(example, pair):
    bare = exercises.check_reflection(REFLECTION + BARE, example)
    assert bare.status == "beginning", str(bare)
    for verdict in pair:
        result = exercises.check_reflection(REFLECTION + verdict, example)
        assert (result.status, result.message) == (bare.status, bare.message), str(result)
        assert f"Dismisses the article without checking: “{verdict}”" in result.detail, result.detail


@pytest.mark.parametrize("pair", [("its russian propaganda tho", "its american propaganda tho"),
                                  ("it's state propaganda tho", "its us government propaganda tho"),
                                  ("its a russian lie tho", "its an american lie tho")])
def test_06_plan_a_qualified_verdict_is_read_as_the_bare_one(pair):
    bare = exercises.check_lateral_plan(PLAN + "its propaganda tho")
    assert bare.status == "emerging", str(bare)
    for verdict in pair:
        result = exercises.check_lateral_plan(PLAN + verdict)
        assert result.status == bare.status, str(result)
        assert f"Dismisses the page without checking: “{verdict}”" in result.detail, result.detail


@pytest.mark.parametrize("verdict", ["its russian propaganda", "its american propaganda", "it's russian propaganda",
                                     "it's american propaganda", "its a russian lie", "its an american lie"])
def test_06_a_qualified_verdict_alone_gets_the_dismissal_message(example, verdict):
    result = exercises.check_reflection(verdict, example)
    assert result.status == "beginning", str(result)
    assert result.message.startswith("it dismisses the article without checking it"), str(result)
    assert f"Dismisses the article without checking: “{verdict}”" in result.detail, result.detail


# a student who describes rather than decides: left as it was, each side alike
DESCRIBES = [("The article calls the Pentagon's statement propaganda.", "The article calls the Kremlin's statement propaganda."),
             ("It quotes Lavrov calling it American propaganda.", "It quotes Mattis calling it Russian propaganda."),
             ("I would check whether this is state propaganda.", "I would check whether this is US government propaganda."),
             ("RT is funded by the Russian state.", "Voice of America is funded by the US government."),
             ("The article is about Russian propaganda.", "The article is about American propaganda.")]


@pytest.mark.parametrize("pair", DESCRIBES)
def test_a_description_is_no_verdict(example, texts, pair):
    for sentence in pair:
        for result in (exercises.check_reflection(REFLECTION + sentence, example), sources(GOOD3 + sentence, texts)):
            assert "without checking" not in result.detail, result.detail
            assert result.status != "beginning", str(result)


@pytest.mark.parametrize("sentence", ["It is hardly Russian propaganda.", "It is hardly American propaganda.",
                                      "The problem is fighting Russian propaganda.", "The problem is fighting American propaganda."])
def test_a_word_that_turns_or_acts_is_no_qualifier(sentence):
    from kit.exercises.verdicts import verdict_said
    said = verdict_said(sentence.lower())
    assert said is None or said.side == "vouches", said


# --- 2: covered it up, hid the truth, an outlet's article made it up ----------------------------------------------

DEEDS = [("the pentagon covered it up", "the kremlin covered it up"),
         ("the pentagon hid the truth", "moscow hid the truth"),
         ("washington covered up the truth", "moscow covered up the truth"),
         ("the wsws article made it up", "rt made it up"),
         ("the wsws article made it up", "the rt article made it up")]


@pytest.mark.parametrize("pair", DEEDS)
def test_03_a_deed_verdict_is_read_as_made_it_up(texts, pair):
    made = sources(GOOD3 + "russia made it up", texts)
    assert made.status == "beginning", str(made)
    for verdict in pair:
        result = sources(GOOD3 + verdict, texts)
        assert (result.status, result.message) == (made.status, made.message), str(result)
        assert f"Decides the claim without checking: “{verdict}”" in result.detail, result.detail


@pytest.mark.parametrize("pair", DEEDS)
def test_06_reflection_a_deed_verdict_is_read_as_made_it_up(example, pair):
    made = exercises.check_reflection(REFLECTION + "russia made it up", example)
    assert made.status == "beginning", str(made)
    for verdict in pair:
        result = exercises.check_reflection(REFLECTION + verdict, example)
        assert (result.status, result.message) == (made.status, made.message), str(result)


@pytest.mark.parametrize("pair", [("the pentagon did not cover it up", "the kremlin did not cover it up"),
                                  ("the pentagon told the truth", "the kremlin told the truth")])
def test_03_the_mirror_of_a_deed_verdict_is_a_verdict_too(texts, pair):
    for verdict in pair:
        result = sources(GOOD3 + verdict, texts)
        assert result.status == "beginning", str(result)
        assert f"Decides the claim without checking: “{verdict}”" in result.detail, result.detail


@pytest.mark.parametrize("sentence", ["The article says the Pentagon covered it up.", "The article says the Kremlin covered it up.",
                                      "I would check whether the Pentagon hid the truth.", "I would check whether Moscow hid the truth."])
def test_a_reported_or_asked_deed_is_no_verdict(texts, sentence):
    result = sources(GOOD3 + sentence, texts)
    assert "without checking" not in result.detail, result.detail


# --- 3: a short answer with both counts and a verdict --------------------------------------------------------------

SHORT = "the spokesman says 3500 civilians and less than 300 fighters, the article says 4000 mostly fighters"


@pytest.mark.parametrize("verdict, thing", [("so the spokesman is lying to cover it up", "the spokesman"),
                                            ("so the article is lying to cover it up", "the article"),
                                            ("so the pentagon is lying to cover it up", "the pentagon"),
                                            ("so the kremlin is lying to cover it up", "the kremlin")])
def test_a_short_answer_keeps_its_parts_and_quotes_the_deciding_words(texts, verdict, thing):
    plain = sources(SHORT, texts)
    assert plain.status == "emerging", str(plain)
    result = sources(f"{SHORT} {verdict}", texts)
    assert result.status == "beginning", str(result)
    assert f"without checking: “{verdict}”" in result.detail, result.detail  # the deciding words, whole
    assert "Names what the analysis showed" in result.detail, result.detail  # the credit it had
    assert "Add a sentence that names what the analysis showed" not in result.detail, result.detail
    assert "take the verdict out" in result.detail or "take those words out" in result.detail, result.detail


# --- 4: a figure credited to someone in no text --------------------------------------------------------------------

SPEAKERS = ["Peskov", "Kirby", "My cousin", "My teacher"]
KNOWN = ["Lavrov", "Mattis"]
ONE = ("The articles use the 4,000. {} said 3,500 civilians came out and fewer than 300 were screened as potential "
       "fighters. They count different people. I would check the Department of Defense transcript and the SDF's own "
       "figures before I change my mind about the figure.")
TWO = ("{} said some 4,000 left Raqqa, {} said 3,500 civilians. The two articles use the 4,000 and leave out the 3,500 "
       "civilians. They count different people: everyone in the convoy versus civilians. I would check both briefings' "
       "transcripts and the SDF's own count to see who is right.")
ALONE = ("{} said 3,500 left. The accounts count different people, so you cannot just compare the numbers. I would "
         "check the Department of Defense transcript and the SDF's own figures to see which number is right, and who "
         "counted the people in the convoy.")


@pytest.mark.parametrize("who", SPEAKERS)
def test_a_figure_of_someone_in_no_text_is_graded_as_a_known_name_is(texts, who):
    for answer in (ONE, ALONE):
        known = sources(answer.format("Lavrov"), texts)
        assert known.status == "emerging", str(known)
        result = sources(answer.format(who), texts)
        assert (result.status, result.message) == (known.status, known.message), str(result)
        assert "no account by" in result.detail, result.detail
        assert "Points at the text: “The articles use the 4,000.”" not in result.detail, result.detail


@pytest.mark.parametrize("pair", [("Kirby", "Peskov"), ("Peskov", "Kirby"), ("My cousin", "My teacher")])
def test_two_figures_of_people_in_no_text_are_graded_as_known_names_are(texts, pair):
    known = sources(TWO.format(*KNOWN), texts)
    assert known.status == "emerging", str(known)
    result = sources(TWO.format(*pair), texts)
    assert (result.status, result.message) == (known.status, known.message), str(result)
    assert "Points at the text: “I would check" not in result.detail, result.detail


@pytest.mark.parametrize("who, told", [("My cousin", "your cousin"), ("My teacher", "your teacher"),
                                       ("My friend", "your friend")])
def test_someone_the_student_knows_is_told_the_kit_holds_no_account_by_them(texts, who, told):
    result = sources(ALONE.format(who), texts)
    assert f"The kit holds no account by {told}, so it cannot check '3,500'" in result.detail, result.detail


def test_the_spokesman_and_silo_still_point_at_the_text(texts):
    result = sources("The spokesman says 3,500 civilians came out and fewer than 300 were screened as potential fighters. "
                     "Silo says 4,000 people left, all but about 500 armed. They count different people. I would check "
                     "the Department of Defense transcript and the SDF's own figures before I change my mind.", texts)
    assert result.status == "mastery", str(result)
