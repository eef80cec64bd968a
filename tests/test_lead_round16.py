"""Lead's fixes of round 16 (issue 22): what a teacher found in the merged round."""
import pandas as pd
import pytest

import kit


def test_every_attribution_flag_has_a_tone_even_from_a_rule():
    """03 §2 counts attribution cues by tone: a cue found by a rule (a colon, "To Lee,", "are wary of") is
    neutral, like "said", never a blank tone."""
    texts = ["Voters are wary of the plan.", "Poll: Lee leads the race.", "To Lee, the plan is a mistake.",
             "Lee claimed the plan failed."]
    flags = kit.annotate(pd.DataFrame({"article_id": list("abcd"), "text": texts}), progress=False)
    cues = flags[flags["category"] == "attribution"]
    assert set(cues["article_id"]) == set("abcd")
    assert set(cues["tone"]) <= {"neutral", "loaded"}
    assert cues.loc[cues["article_id"] == "d", "tone"].tolist() == ["loaded"]


def test_a_near_miss_article_id_carries_the_id_meant():
    """The error names the id typed and the id meant as fields, so a check need not read its message."""
    from kit.exercises.helpers import one_article

    with pytest.raises(kit.KitError) as raised:
        one_article(kit.load_articles(), "russia-charges-pentagn")
    problem = raised.value.problems[0]
    assert (problem.value, problem.suggestion, problem.field) == (
        "russia-charges-pentagn", "russia-charges-pentagon", "article_id")


@pytest.mark.parametrize("outlet", ["Reuters", "CNN", "the BBC", "RT", "TASS", "Sputnik", "Fox News", "Al Jazeera",
                                    "the New York Times", "Russia Today", "Xinhua"])
@pytest.mark.parametrize("step", ["I would read the {} report to see how many left.",
                                  "I would check {} to see what it says about the convoy.",
                                  "I would check {} to see if the article is right."])
def test_a_plan_gets_the_same_grade_whichever_outlet_it_names(outlet, step):
    """Teacher 23: a plan that named Reuters reached Mastery where the same plan naming RT, TASS or the New York
    Times did not (a short list of outlets in the rubric). Every outlet is other coverage alike."""
    from kit import exercises

    arts = kit.load_articles()
    mine = arts[arts["article_id"].str.contains("raqqa")]
    plan = step.format(outlet) + " Then I would find out who runs WSWS."
    result = exercises.check_lateral_plan(plan, article=mine)
    assert result.status == "mastery", (plan, str(result))


def test_a_report_in_a_noun_has_a_tone():
    """Teacher 23: the row of "the charges by … that …" had a blank cue_tone. The noun takes the tone the
    attribution list gives its form ("charges" is a form of "charged": loaded), or its verb's (round 17:
    "warnings" as "warned", loaded), else neutral, never blank."""
    texts = ["The charges by Moscow that the base shelters fighters were denied.",
             "The statements by Washington that the base shelters fighters were denied."]
    q = kit.quotes(pd.DataFrame({"article_id": ["a", "b"], "text": texts}))
    tones = dict(zip(q["cue"], q["cue_tone"]))
    assert tones == {"charges": "loaded", "statements": "neutral"}


@pytest.mark.parametrize("group", ["US media", "Russian media", "Western media", "Chinese state media"])
def test_every_group_of_outlets_gets_the_same_note(group):
    """Teacher 23: "US media" (a place name the gazetteer knows, then "media") had the note of a described source,
    "Russian media" that of a group of outlets. Parallel sources, one note."""
    from kit.vague_sources import OUTLET_GROUP_NOTE

    q = kit.quotes(pd.DataFrame({"article_id": ["a"], "text": [f"{group} reported that 40 people died."]}))
    assert list(q["speaker"]) == [group]
    assert OUTLET_GROUP_NOTE in q["note"].iloc[0]


@pytest.mark.parametrize("search, flagged", [
    ("Then I would look for articles that support the article.", True),
    ("Then I would look for articles that prove the article is wrong.", True),
    ("Then I would look for reports that challenge the claim.", True),
    ("Then I would look for sources that agree with the article and sources that disagree with it.", False),
])
def test_a_search_for_one_side_is_named_for_either_side_and_both_sides_is_open(search, flagged):
    """Teacher 23 and student 18: a search for articles that prove the article wrong got no credit at all while one
    for articles that support it left the page; a search for both sides was told it looks only for agreement."""
    from kit import exercises

    arts = kit.load_articles()
    mine = arts[arts["article_id"].str.contains("raqqa")]
    result = str(exercises.check_lateral_plan("First I would find out who is behind WSWS. " + search, article=mine))
    assert "looks for other coverage" in result, result
    assert ("looks for one side only" in result) is flagged, result
