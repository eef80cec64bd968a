"""Round 21b (teacher 35 on lessons 00, 01, 04, 05): a rewritten headline keeps who did what, and where, of the
article's own headline, whatever the actor and whoever is credited; "alleged", "allegedly" and "alleges" are graded
alike; a search report's trust or distrust verdict is named and graded the same, whichever outlet and whichever way.
(Made-up headlines and answers; four actors and eight outlets, so no name is treated differently.)"""

import pytest

from kit import exercises
from kit.exercises.answers import forget_attempts

ACTORS = ["US", "Russia", "China", "Iran"]
OUTLETS = ["RT", "the BBC", "Xinhua", "CNN", "the US", "Russia", "China", "Iran"]
SOURCES = ["RT", "BBC", "Xinhua", "CNN"]


@pytest.fixture(autouse=True)
def fresh_tries():
    forget_attempts()
    yield
    forget_attempts()


def original(actor):
    return f"{actor} rescue of ISIS in Aleppo exposed"


def other(actor):
    return ACTORS[(ACTORS.index(actor) + 1) % len(ACTORS)]


# 1. the rewrite keeps the article's claim: a swapped actor or place, or a dropped actor, is partly right
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("source", SOURCES)
def test_headline_keeps_who_and_where(actor, source):
    kept = exercises.check_neutral_headline(f"{source} says {actor} helped ISIS fighters leave Aleppo", original(actor))
    assert kept.correct, kept
    swapped = exercises.check_neutral_headline(f"{source} says {other(actor)} helped ISIS fighters leave Aleppo",
                                               original(actor))
    assert swapped.status == "partly" and f"it puts '{other(actor)}' where" in swapped.message, swapped
    moved = exercises.check_neutral_headline(f"{source} says {actor} helped ISIS fighters leave Mosul", original(actor))
    assert moved.status == "partly" and "'Mosul'" in moved.message and "'Aleppo'" in moved.message, moved
    # a colon source does not make any headline right
    dropped = exercises.check_neutral_headline(f"{source}: ISIS fighters left Aleppo under a deal", original(actor))
    assert dropped.status == "partly" and f"leaves out '{actor}'" in dropped.message, dropped
    weather = exercises.check_neutral_headline(f"{source} says the weather in Aleppo is nice", original(actor))
    assert not weather.correct, weather


# 1b. the three forms of "alleged" alike, and the ✗ message no longer suggests a form it then marks down
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("answer", ["Alleged {a} rescue of ISIS in Aleppo", "{a} allegedly helped ISIS fighters leave Aleppo",
                                    "WSWS alleges {a} helped ISIS fighters leave Aleppo",
                                    "WSWS alleged {a} helped ISIS fighters leave Aleppo"])
def test_alleged_forms_alike(actor, answer):
    result = exercises.check_neutral_headline(answer.format(a=actor), original(actor))
    assert result.status == "partly", result
    assert "by whom?" in result.message or "casts doubt" in result.message, result


@pytest.mark.parametrize("actor", ACTORS)
def test_not_yet_message_suggests_only_a_named_source(actor):
    result = exercises.check_neutral_headline(f"{actor} colluded with ISIS in Aleppo", original(actor))
    assert result.status == "incorrect" and "alleged" not in str(result), result


# 2. a search report's verdict: trust and distrust, any outlet, the same level, and named
@pytest.mark.parametrize("outlet", OUTLETS)
def test_search_report_verdicts_alike(outlet):
    trust = exercises.check_search_report(f"It was published by {outlet}, so I would trust it.")
    distrust = exercises.check_search_report(f"It was published by {outlet}, so I would not trust it.")
    propaganda = exercises.check_search_report(f"It was published by {outlet} propaganda, so I would not trust it.")
    assert trust.status == distrust.status == propaganda.status == "beginning", (trust, distrust, propaganda)
    for result in (trust, distrust, propaganda):
        assert "Says what came up" not in str(result) and "verdict" in str(result), result
    searched = [exercises.check_search_report(f'I searched "strategic nexus" and it was on {outlet}, so I would '
                                              f"{verb} it.") for verb in ("trust", "not trust")]
    assert searched[0].status == searched[1].status == "emerging", searched
    assert all("Gives a verdict without checking" in str(r) for r in searched), searched


@pytest.mark.parametrize("outlet", ["WSWS", "RT", "the BBC", "Xinhua"])
def test_search_report_full_with_verdict_is_not_mastery(outlet):
    base = 'I searched "strategic nexus" and found it on wsws.org dated 29 Dec 2017; I would check which is earliest.'
    assert exercises.check_search_report(base).status == "mastery"
    for verb in ("trust", "not trust"):
        result = exercises.check_search_report(f"{base} It was on {outlet}, so I would {verb} it.")
        assert result.status == "emerging" and "verdict" in result.message, result


@pytest.mark.parametrize("outlet", ["WSWS", "RT", "the BBC", "CNN"])
def test_search_report_vague_next_step_is_asked_what(outlet):
    result = exercises.check_search_report(f"I searched the sentence in quotation marks. It was on {outlet}. "
                                           f"I would check {outlet}.")
    assert result.status == "emerging" and "not what you would check there" in result.message, result


# 3-7. the lessons (teacher 35): prose that agrees with its hidden check, self-checks, SIFT in the main path
def lesson_cells(name):
    import json
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "instructor" / f"{name}.ipynb"
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def student_core(name):
    """The markdown a student reads before the lesson's Extension heading."""
    text = []
    for cell in lesson_cells(name):
        tags = set(cell.get("metadata", {}).get("tags", []))
        source = "".join(cell["source"])
        if "## Extension" in source:
            text.append(source.split("## Extension")[0])
            break
        if cell["cell_type"] == "markdown" and not tags & {"instructor", "solution"}:
            text.append(source)
    return "\n".join(text)


def test_04_ranking_argument_leaves_out_four_words():
    cells = {c["id"]: "".join(c["source"]) for c in lesson_cells("04-hedging-and-certainty")}
    assert "Leave out those four" in cells["04-10b"] and "0.43" in cells["04-10b"] and "0.57" not in cells["04-10b"]
    assert "others_003" in cells["04-10c"] and "(row_003.hedge - 3)" not in cells["04-10c"]  # the argument, computed


def test_04_says_what_the_figures_hedge_column_means():
    assert "`hedge` column" in student_core("04-hedging-and-certainty")


@pytest.mark.parametrize("name", ["04-hedging-and-certainty", "05-same-event-different-frames"])
def test_sift_in_the_main_path(name):
    assert "SIFT" in student_core(name)


@pytest.mark.parametrize("name, exercise", [("04-hedging-and-certainty", "04-24"),
                                            ("05-same-event-different-frames", "05-45"),
                                            ("01-meet-the-corpus", "01-36a"), ("01-meet-the-corpus", "01-27a")])
def test_written_exercises_have_check_yourself(name, exercise):
    cells = lesson_cells(name)
    at = next(i for i, c in enumerate(cells) if c["id"] == exercise)
    following = []
    for cell in cells[at + 1:]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and source.lstrip().startswith("#"):
            break
        following.append(source)
    assert any("Check yourself" in s for s in following), exercise


def test_01_shows_where_the_kit_is_wrong_and_explains_grades():
    core = student_core("01-meet-the-corpus")
    assert "Where the kit gets it wrong" in core and "university level" in core


def test_05_four_thousand_and_the_unsourced_count():
    core = student_core("05-same-event-different-frames")
    table = "".join("".join(c["source"]) for c in lesson_cells("05-same-event-different-frames") if c["id"] == "05-32")  # the extension's answer table
    assert "(no source named)" not in table and "the paragraph before is about the BBC story" in table
    assert "off by one" in core and "either way" in core and "US Central Command" in core


def test_naming_feedback_says_once():
    import kit
    result = exercises.check_naming("the US", "United States", "WSWS", kit.load_articles())
    assert "1 times" not in str(result)
