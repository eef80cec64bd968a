"""Round 29 ex6 (readers of round 28: a student in JupyterLab and a teacher): lesson 06's plan and reflection, one
reading of a verdict's clause, and lesson 02's word game. Made-up texts and sentences; every rule is tried on the US
and the Russian side alike (Lavrov / Mattis, Peskov / Kirby, the Kremlin / the Pentagon; WSWS / RT / Global
Research).

1. A step that looks a person up to find where (when, whether) they said something traces a quotation to where it
   was said: it is not finding out who is behind a source.
2. How to find who first published a pasted text (SIFT's "find the original") is said once under a plan, not
   under every step that looks into a name, and not at all when the plan already traces the claim.
3. "… to see if its lying", "if it's lying", "if theyre lying": a verdict given as a step's purpose.
4. In a reflection, "idk who to believe" states a doubt, not a check; a verdict on a speaker's words ("Lavrov is
   lying", "Lavrov's words are lies") judges the speaker's words, and is told to check where and when they were said.
5. Linking verbs ("looks", "feels", "seems", "sounds") are read where every verdict's clause is read.
6. Lesson 02's game: the "not answered" box carries no dotted edge (read as bullet points); its status is words.
"""
import re

import pytest

from kit import exercises
from kit.exercises.glued_verdicts import predicate_verdict
from kit.exercises.verdicts import verdict_purpose, verdict_said

QUOTED = ("Foreign Minister Sergei Lavrov said the lorries left at night. Pentagon spokesman John Kirby said the "
          "lorries left at dawn. Kremlin spokesman Dmitry Peskov said the convoy was small. Defense Secretary Jim "
          "Mattis said the convoy was large. ") * 12
PEOPLE = ["Lavrov", "Mattis", "Peskov", "Kirby"]
COVERAGE = " and check other news sites for the same story."


def leaves(said: str) -> str:
    """The "Leaves the page (…)" lines of a plan's feedback: the moves the kit read."""
    return "\n".join(line for line in said.splitlines() if line.strip().startswith("Leaves the page"))


@pytest.fixture(scope="module")
def published():
    return exercises.my_article(text=QUOTED, title="The lorries").assign(outlet="WSWS")


@pytest.fixture(scope="module")
def pasted():
    return exercises.my_article(text=QUOTED, title="The lorries")


# 1. tracing a quotation to where it was said ------------------------------------------------------------------------

TRACING = ["I would look up {n} to find where he said it", "I would look up {n} to find when he said it",
           "I would google {n} to check if he really said it", "I would look up {n} to find the original speech",
           "I would look up {n} to find out where he said that", "I would google {n} to check he actually said it",
           "I would google {n} to find the original statement"]


@pytest.mark.parametrize("name", PEOPLE)
@pytest.mark.parametrize("step", TRACING)
def test_looking_a_person_up_to_find_where_they_said_it_traces_the_quotation(published, name, step):
    said = str(exercises.check_lateral_plan(step.format(n=name) + COVERAGE, article=published))
    moves = leaves(said)
    assert "finds out who is behind the source" not in moves, said
    assert "traces the claim to its original" in moves and "says what it would show" in moves, said
    assert said.startswith("● Mastery"), said  # and the other coverage: two ways off the page, each said


@pytest.mark.parametrize("name", PEOPLE)
def test_the_kits_own_person_example_is_read_as_tracing(published, name):
    said = str(exercises.check_lateral_plan(f"I would look up {name} to see what {name} said, where and when."
                                            + COVERAGE, article=published))
    assert "finds out who is behind the source" not in leaves(said) and "traces the claim" in leaves(said), said


@pytest.mark.parametrize("name", PEOPLE)
def test_on_a_pasted_text_a_quoted_speaker_traced_is_not_told_to_find_who_they_speak_for(pasted, name):
    said = str(exercises.check_lateral_plan(f"I would look up {name} to find where he said it." + COVERAGE,
                                            article=pasted))
    assert f"finding out who {name} speaks for" not in said, said
    assert f"this step traces {name}'s words to where they were said" in said, said


@pytest.mark.parametrize("name", PEOPLE)
def test_looking_a_person_up_without_saying_where_they_said_it_is_unchanged(published, name):
    said = str(exercises.check_lateral_plan(f"I would look up {name} to see who he works for." + COVERAGE,
                                            article=published))
    assert "traces the claim to its original" not in leaves(said), said


# 2. the how-to of SIFT's "find the original", once ------------------------------------------------------------------

HOW_TO = "search one of its sentences in quotation marks"


@pytest.mark.parametrize("first, second", [("the Kremlin", "the Pentagon"), ("the Pentagon", "the Kremlin"),
                                           ("RT", "Global Research"), ("WSWS", "RT")])
def test_the_how_to_is_said_once_under_a_plan(pasted, first, second):
    plan = (f"I would look up who runs {first} to see who is behind it. I would look up who runs {second} to see "
            "who is behind it.")
    said = str(exercises.check_lateral_plan(plan, article=pasted))
    assert said.count(HOW_TO) == 1, said
    assert f"cannot tell whether {first} did" in said and f"cannot tell whether {second} did" in said, said
    notes = [line for line in said.splitlines() if line.strip().startswith("Looks into")]
    assert len(notes) == 2 and all(len(note) < 260 for note in notes), notes  # each note short


@pytest.mark.parametrize("party", ["the Kremlin", "the Pentagon"])
def test_no_how_to_when_the_plan_traces_the_claim_already(pasted, party):
    plan = (f"I would look up who runs {party} to see who is behind it. I would find the original BBC report to see "
            "whether it gives the same number.")
    said = str(exercises.check_lateral_plan(plan, article=pasted))
    assert HOW_TO not in said and "Find the original publisher first" in said, said


# 3. "if its lying": a verdict as a step's purpose ---------------------------------------------------------------------

@pytest.mark.parametrize("outlet", ["WSWS", "RT", "Global Research", "the Kremlin", "the Pentagon"])
@pytest.mark.parametrize("purpose", ["to see if its lying", "to see if it's lying", "to see if they're lying",
                                     "to see if theyre lying", "to check whether it is lying"])
def test_asking_if_an_outlet_is_lying_is_a_verdict_as_purpose(published, outlet, purpose):
    said = str(exercises.check_lateral_plan(f"I would google {outlet} {purpose}" + COVERAGE, article=published))
    assert "Gives a verdict as its reason" in said, said
    assert "says what it would show" not in said and not said.startswith("● Mastery"), said


@pytest.mark.parametrize("purpose", ["to see if the story is true", "to see if the figure is right",
                                     "to see if it gives the same number"])
def test_asking_about_what_is_found_is_still_a_purpose(purpose):
    assert not verdict_purpose(f"google wsws {purpose}")
    assert not verdict_purpose(f"google rt {purpose}")


# 5. one reading of a verdict's clause ---------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["looks", "feels", "seems", "sounds", "feels like", "looks like"])
@pytest.mark.parametrize("who", ["the kremlin", "the pentagon", "lavrov", "mattis"])
def test_a_linking_verb_gives_a_verdict_either_way(verb, who):
    doubts, vouches = verdict_said(f"{who} {verb} sus."), verdict_said(f"{who} {verb} legit.")
    assert doubts is not None and doubts.side == "doubts", doubts
    assert vouches is not None and vouches.side == "vouches", vouches
    assert predicate_verdict(f"the claim {verb}", " sus") and predicate_verdict(f"the claim {verb}", " legit")


def test_linking_verbs_are_read_in_the_verdicts_module_only():
    import inspect

    from kit.exercises import glued_verdicts, verdicts
    assert "looks" in verdicts.COPULA and "feels" in verdicts.COPULA
    assert not re.search(r"looks\?\|looked\|feels", inspect.getsource(glued_verdicts))


# 4. the reflection: a doubt is not a check; a verdict on a speaker's words --------------------------------------------

FINDING = ("The kit flags loaded words like \"merciless\", and the article quotes only one side, so the reader hears one "
           "voice all the way through the text. ")
CHECK = " I would check the original statement to see where and when it was said."


@pytest.fixture(scope="module")
def analysed():
    return exercises.my_article(text=("The convoy was \"merciless\", officials said. Foreign Minister Sergei Lavrov said "
                                      "the lorries left at night. Defense Secretary Jim Mattis said the lorries left "
                                      "at dawn. ") * 12, title="The lorries")


@pytest.mark.parametrize("doubt", ["idk who to believe.", "I don't know who to believe, the Kremlin or the Pentagon.",
                                   "I don't know who to believe, the Pentagon or the Kremlin.",
                                   "Not sure who is telling the truth, Lavrov or Mattis.",
                                   "Not sure who is telling the truth, Mattis or Lavrov."])
def test_a_doubt_about_whom_to_believe_is_not_a_check(analysed, doubt):
    result = exercises.check_reflection(FINDING + doubt, analysed)
    said = str(result)
    assert "Asks what to check elsewhere" not in said and result.status != "mastery", said
    assert "States a doubt, not yet a check" in said and "say what would settle it, and where" in said, said
    # with a check after it, the check counts and the doubt is no fault
    checked = str(exercises.check_reflection(FINDING + doubt + CHECK, analysed))
    assert "Asks what to check elsewhere" in checked and "States a doubt" not in checked, checked


@pytest.mark.parametrize("verdict", ["{n} is lying.", "{n} is telling the truth.", "{n}'s words are lies.",
                                     "{n}'s statement is made up.", "What {n} said is a lie.", "I think {n} is lying."])
@pytest.mark.parametrize("name", PEOPLE + ["The Kremlin", "The Pentagon"])
def test_a_verdict_on_a_speakers_words_says_so_and_what_to_check(analysed, verdict, name):
    result = exercises.check_reflection(FINDING + verdict.format(n=name), analysed)
    said = str(result)
    assert "Dismisses the article" not in said and "dismisses the article" not in said, said
    assert "Decides the claim" not in said, said
    if name.startswith("The ") and not re.search(r"'s |What ", verdict):  # round 30: a verdict on a body itself, as its
        # mirror gets ("The Kremlin is lying" / "… telling the truth" alike): say why, and what would show it
        assert f"Judges {name.lower()[:4]}{name[4:]} without checking" in said and "what you would check" in said, said
    else:
        assert "Judges a speaker's words without checking" in said and "Check where and when they said it" in said, said
    assert result.status == "beginning", said


@pytest.mark.parametrize("name", PEOPLE)
def test_a_speakers_words_reported_or_asked_are_no_verdict(analysed, name):
    for sentence in (f"The article says {name} is lying.", f"Maybe {name} is lying, but I would check."):
        said = str(exercises.check_reflection(FINDING + sentence, analysed))
        assert "Judges a speaker's words" not in said, said


@pytest.mark.parametrize("sentence, how", [("The article is lying.", "Dismisses the article"),
                                           ("The claim is false.", "Decides the claim")])
def test_verdicts_on_the_page_or_the_claim_are_unchanged(analysed, sentence, how):
    said = str(exercises.check_reflection(FINDING + sentence, analysed))
    assert how in said and "Judges a speaker's words" not in said, said


# 6. lesson 02's word game: the status in words, never a dotted edge ---------------------------------------------------

def contrast(one: str, two: str) -> float:
    """WCAG 2.1 contrast ratio of two colours written #rrggbb."""
    def luminance(colour):
        rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("ticked", [[], ["brutal"], ["brutal", "siege"], ["city"]])
def test_the_games_feedback_box_has_a_plain_edge_and_its_status_in_words(ticked):
    from kit import widgets
    game = widgets.spot_the_loaded_words("A brutal siege of the city by merciless thugs.")
    game.select(ticked)
    result = game.check()
    box = game.feedback.value
    edge = re.search(r"border-left:\s*(\d+)px (\w+) (#[0-9a-fA-F]{6})", box)
    assert edge and edge.group(2) == "solid", box  # no dots or dashes beside the words
    assert "dotted" not in box and "dashed" not in box, box
    label = {"not_answered": "Not answered yet:", "correct": "Correct:", "partly": "Partly right:",
             "incorrect": "Not yet:"}[result.badge]
    shown = re.sub(r"<span aria-hidden='true'[^>]*>.*?</span>", "", box)  # what a screen reader reads
    assert f"<b>{label}</b>" in shown and "role='status'" in box, box
    # the edge still contrasts with JupyterLab's light page (WCAG 1.4.11, 3:1); the words carry the status anyway
    assert contrast(edge.group(3), "#ffffff") >= 3, edge.group(3)
