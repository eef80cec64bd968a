"""Round 21c (teacher 36): the headline check treats both sides alike (capitals as sources, reversed roles,
adverbs that judge the claim, the deed line on every tick). Examples are made up, not corpus sentences."""

import pytest

from kit.exercises import check_neutral_headline

RU = "Russia charges Pentagon with training ex-ISIS fighters"
US = "US rescue of ISIS in Raqqa exposed"
GR = "Washington Pretends to be Combating ISIS in Syria"


@pytest.mark.parametrize("accuser, accused", [("Russia", "Pentagon"), ("Moscow", "Washington"), ("Kremlin", "Pentagon"),
                                              ("Moscow", "the White House"), ("Russian military", "US military")])
def test_a_capital_is_a_source_like_its_country(accuser, accused):
    result = check_neutral_headline(f"{accuser} says {accused} trained ex-ISIS fighters", RU)
    assert result.status == "correct", str(result)


@pytest.mark.parametrize("answer, original", [
    ("Pentagon says Russia trained ex-ISIS fighters", RU), ("US says Russia trained ex-ISIS fighters", RU),
    ("Washington accuses Moscow of training ex-ISIS fighters", RU), ("White House says Kremlin trained ex-ISIS fighters", RU),
    ("Article says Pentagon charges Russia with training ex-ISIS fighters", RU),
    ("WSWS says ISIS rescued the US in Raqqa", US),
    ("Global Research says ISIS only pretends to fight Washington in Syria", GR)])
def test_a_reversed_accusation_is_not_correct(answer, original):
    result = check_neutral_headline(answer, original)
    assert result.status == "partly" and "other way round" in str(result) and "who did what to whom" in str(result)


@pytest.mark.parametrize("answer", ["Pentagon trained ex-ISIS fighters, Moscow says",
                                    "Moscow accuses Washington of training ex-ISIS fighters"])
def test_the_faithful_order_stays_correct(answer):
    assert check_neutral_headline(answer, RU).status == "correct"


@pytest.mark.parametrize("pair", [("falsely", "rightly"), ("wrongly", "correctly"), ("baselessly", "accurately"),
                                  ("mistakenly", "truthfully")])
@pytest.mark.parametrize("source, claim, original", [("WSWS", "US helped ISIS leave Raqqa", US),
                                                     ("Russia", "Pentagon trained ex-ISIS fighters", RU),
                                                     ("Moscow", "Washington trained ex-ISIS fighters", RU)])
def test_an_adverb_that_judges_the_claim_is_not_correct_either_way(pair, source, claim, original):
    results = [check_neutral_headline(f"{source} {adverb} says {claim}", original) for adverb in pair]
    assert [r.status for r in results] == ["partly", "partly"]
    for adverb, result in zip(pair, results):
        assert f"'{adverb}' judges the claim" in str(result)


@pytest.mark.parametrize("answer, original", [("WSWS says US helped ISIS leave Raqqa", US),
                                              ("Moscow says Washington trained ex-ISIS fighters", RU),
                                              ("Russia says Pentagon trained ex-ISIS fighters", RU),
                                              ("Convoy left Raqqa in October", None)])  # None: no headline given
def test_every_tick_asks_for_the_deed(answer, original):
    result = check_neutral_headline(answer, original)
    assert result.status == "correct" and "still says what the article claims" in str(result)


OUTLETS = ["RT", "CNN", "the BBC", "Xinhua", "Fox News", "Press TV"]
REPORT = 'I searched "a sentence with unusual words" and it came up on {o}, 28 December 2017. '


@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("pair", [("so it is probably true", "so it is probably false"),
                                  ("which is reliable", "which is unreliable"),
                                  ("so it is biased", "so it is unbiased")])
def test_a_verdict_on_the_outlet_gets_the_same_grade_both_ways(outlet, pair):
    from kit.exercises import check_search_report

    results = [check_search_report(f"It was published by {outlet}, {verdict}.") for verdict in pair]
    assert results[0].status == results[1].status == "beginning"
    for verdict, result in zip(pair, results):  # named as a verdict (or, for "false", a dismissal), never a finding
        named = f"without checking: “It was published by {outlet}, {verdict}.”"
        assert ("Gives a verdict " + named in str(result) and "a reason to find out more" in str(result)
                or "Dismisses the article " + named in str(result))
        assert "Says what came up" not in str(result) and "whichever outlet" not in str(result)


@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("verdict", ["and I would not trust it", "and I would trust it"])
def test_a_verdict_inside_the_next_step_is_named(outlet, verdict):
    from kit.exercises import check_search_report

    report = REPORT.format(o=outlet) + f"Next I would check who runs {outlet}, {verdict}."
    result = check_search_report(report)
    assert result.status == "emerging" and "Gives a verdict without checking" in str(result)
    assert check_search_report(REPORT.format(o=outlet) + f"Next I would check who runs {outlet}.").status == "mastery"


def lesson_text(name, cell_id):
    import json
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "instructor" / f"{name}.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return " ".join("".join(c["source"]) for c in cells if c.get("id") == cell_id).replace("\n", " ")


def test_05_prose_the_teacher_asked_for():
    assert "off by one or more, either way" in lesson_text("05-same-event-different-frames", "05-08")
    assert "at least one too low" not in lesson_text("05-same-event-different-frames", "05-08")
    note = lesson_text("05-same-event-different-frames", "05-13")
    assert "cannot see" in note and "deed" in note and "reversed" in note and "judges" in note
    release = lesson_text("05-same-event-different-frames", "05-40")
    assert "find other coverage\": here, one party's own account" in release and "better coverage" not in release
    assert "regional command" not in release and "the US military command for the Middle East" in release


def test_01_grades_13_to_16_are_university():
    text = " ".join(lesson_text("01-meet-the-corpus", "01-19").split())
    assert "13 to 16 is university level" in text
    assert "beyond high school" not in text


@pytest.mark.parametrize("outlet", OUTLETS)
def test_after_a_search_true_and_false_get_the_same_grade(outlet):
    from kit.exercises import check_search_report

    results = [check_search_report(REPORT.format(o=outlet) + f"Next I would check who runs {outlet}. So it is "
                                   f"probably {verdict}.") for verdict in ("true", "false")]
    assert results[0].status == results[1].status == "emerging", [str(r) for r in results]
    assert all("Gives a verdict without checking" in str(r) for r in results)
