"""Round 19c: what teacher 30 and student 25 found in the 06 reflection and plan checks and the hints (made-up
articles, reflections and plans only; actors of several countries, short and formal names)."""

import pytest

from kit import exercises

ACTORS = ["the US", "Russia", "China", "Iran", "the Kremlin", "Washington", "Beijing", "the Pentagon",
          "the Russian Defence Ministry", "the United States of America", "the People's Republic of China",
          "the Islamic Republic of Iran", "the White House", "the government of Iran", "the Americans", "Turkey"]

TEXT = "Officials in the capital denied the report. A spokesman called it \"a fabrication\" and said nobody left."
BASE = ("The article uses loaded words like 'fabrication' to make the reader doubt the report. It quotes only one "
        "person, a spokesman. The convoy has no number or source in its sentence. I would still need to check other "
        "news sites and what the officials said to see who left the city")


def graded(reflection, name):
    result = exercises.check_reflection(reflection, TEXT)
    return result.status, result.message.replace(name, "{X}")


# 1. a verdict on an actor is a verdict in both directions, hedged or not, whoever is named
VERDICTS = [
    (". {X} lied.", ". {X} told the truth."),
    (". {X} clearly lied.", ". {X} clearly told the truth."),
    (". {X} is clearly lying.", ". {X} is clearly telling the truth."),
    (". {X} is obviously wrong.", ". {X} is obviously right."),
    (". {X} is guilty.", ". {X} is innocent."),
    (". I believe {X}.", ". I don't believe {X}."),
    (", so {X} must be lying.", ", so {X} must be telling the truth."),
    (". I think {X} is honest here.", ". I think {X} is a liar."),
]


@pytest.mark.parametrize("against, for_", VERDICTS)
def test_a_verdict_on_an_actor_is_a_verdict_both_ways(against, for_):
    grades = set()
    for actor in ACTORS:
        for end in (against, for_):
            name = actor[0].upper() + actor[1:] if end.startswith(". {X}") else actor
            grades.add(graded(BASE + end.replace("{X}", name), name))
    assert grades == {("beginning", "it decides the claim without checking it: a reflection asks what is still "
                                    "unknown, and where to check it.")}, grades


@pytest.mark.parametrize("end", [".", ". I would check whether {X} lied.", ". The article says {X} lied.",
                                 ". I would read what {X} said about the convoy."])
def test_no_verdict_keeps_mastery(end):
    grades = {graded(BASE + end.replace("{X}", actor), actor) for actor in ACTORS}
    assert {status for status, _ in grades} == {"mastery"}, grades


def planned(plan, name):
    """The grade, the verdict and the labels of the plan feedback, with the name put back as {X}."""
    result = exercises.check_lateral_plan(plan)
    detail = result.detail if isinstance(result.detail, list) else str(result.detail).splitlines()
    return result.status, result.message.replace(name, "{X}"), tuple(
        line.split(":")[0] for line in detail)


# 2. a name of several words is one name; "states"/"claims" read like "says"; "check if {X} reported" is other
# coverage whoever is named; both sides in a student's own words leave the page
PLANS = [
    "I would look for news from {X} and news from outside {X}.",
    "I would compare {X}'s version of events with the version of its enemies.",
    "I would read what {X} claims and then what independent reporters found.",
    "I would read what {X} states about the convoy.",
    "I would check if {X} reported the convoy.",
    "I would see if reports friendly to {X} and reports hostile to {X} agree.",
    "I would search for coverage that is sympathetic to {X} and coverage that is not.",
    "I would search the {X} convoy story in English and in Arabic and compare what comes up.",
]


@pytest.mark.parametrize("plan", PLANS)
def test_every_name_gets_the_same_plan_feedback(plan):
    grades = {actor: planned(plan.replace("{X}", actor), actor) for actor in ACTORS}
    assert len(set(grades.values())) == 1, grades
    status, _, labels = next(iter(grades.values()))
    assert status == "emerging" and labels[0].startswith("Leaves the page ("), grades


@pytest.mark.parametrize("verb", ["says", "states", "claims", "stated", "claimed"])
def test_states_and_claims_read_like_says(verb):
    grades = {planned(f"I would read what {actor} {verb} and then what independent reporters found.", actor)
              for actor in ACTORS}
    assert {status for status, _, _ in grades} == {"emerging"}, grades


@pytest.fixture(autouse=True)
def fresh_tries():
    """Each test starts with no answers tried: the 'checked this before' note depends on what came before."""
    from kit.exercises.tries import forget_attempts

    forget_attempts()
    yield
    forget_attempts()


# 4. hints: the two-line hint says to replace every line; a line left over is named; a bare answer gets the whole cell
OUTLETS = ["RT", "the BBC", "Xinhua", "Al Jazeera", "Fox News", "Press TV", "CNN", "the Global Times"]


@pytest.mark.parametrize("outlet", OUTLETS)
def test_the_two_line_hint_says_to_replace_every_line(outlet):
    from kit.exercises.quote_hints import hint_for_text_on_lines

    cell = (f'answer = “The page quotes {outlet} twice and calls it “biased”.\n'
            'I would check what others say.”\nexercises.check_reflection(answer, mine)')
    hint = hint_for_text_on_lines(cell)
    assert "delete its 2 lines and type this one line in their place" in hint, hint
    line = hint.split(": ", 2)[-1]
    assert line == f'answer = "The page quotes {outlet} twice and calls it \'biased\'. I would check what others say."'


@pytest.mark.parametrize("outlet", OUTLETS)
def test_a_line_left_over_under_the_one_line_answer_is_named(outlet):
    from kit.exercises.quote_hints import hint_for_leftover_line

    cell = (f'answer = "The page quotes {outlet} twice. I would check what {outlet} itself reported."\n'
            f'I would check what {outlet} itself reported.”\nexercises.check_reflection(answer, mine)')
    assert hint_for_leftover_line(cell).startswith(f"The line I would check what {outlet} itself reported.” repeats the end of your answer: delete that line")
    assert hint_for_leftover_line(cell.replace(f"I would check what {outlet} itself reported.”\n", "")) == ""


@pytest.mark.parametrize("outlet", OUTLETS)
def test_doing_what_the_bare_answer_hint_says_gives_feedback(outlet, capsys):
    from kit import exercises as ex
    from kit.exercises.cell_notes import bare_answer_hint

    check = "exercises.check_claim_source(answer, articles)"
    for cell in (repr([outlet]), f"answer = {outlet!r}"):
        hint = bare_answer_hint(cell, check)
        typed = hint.split(":\n", 1)[1]
        assert typed.splitlines() == [f"answer = {cell.removeprefix('answer = ')}", check], hint
        namespace = {"exercises": ex, "articles": ex.example_corpus()}
        exec(compile(typed.splitlines()[0] + "\nresult = " + typed.splitlines()[1], "cell", "exec"), namespace)
        assert namespace["result"].status in {"correct", "incorrect", "partly", "wrong_type"}, namespace["result"]


@pytest.mark.parametrize("said", ["nobody", "Nobody", "none", "no one", "No one", " nobody ", "NONE", "no-one"])
def test_nobody_as_text_is_not_marked_wrong(said):
    import kit

    articles = kit.load_articles()
    for article_id in articles.article_id:
        quotes = kit.quotes(articles[articles.article_id == article_id])
        named = ((quotes.kind == "direct") & (quotes.speaker_type == "named person")).any()
        result = exercises.check_speakers(said, articles, article_id)
        if not named:  # right, and shown as the list to type (round 20: text where a list is asked is partly right)
            assert (result.status, result.message) == ("correct", "right. Next time, write it as a list: []"), str(result)
            assert "Not yet" not in str(result), str(result)


@pytest.mark.parametrize("number", [3.5, 2.25, 0.5, 7.1, "3.5", 1.75, 4.4, 10.9])
def test_a_count_that_is_not_whole_says_a_whole_number_is_needed(number):
    import kit

    articles = kit.load_articles()
    result = exercises.check_quote_count(number, articles, articles.article_id.iloc[0])
    assert "Wrong kind of answer" not in str(result) and "whole number" in result.message, str(result)


# 5. 06's reflection and plan: an answer checked again gets the note 02 and 03 give
@pytest.mark.parametrize("actor", ACTORS[:8])
def test_06_written_checks_say_an_answer_was_checked_before(actor):
    from kit.exercises.tries import EARLIER_ANSWER, SAME_ANSWER

    for check, first, second in [
        (exercises.check_lateral_plan, f"I would google {actor}.", f"I would read what {actor} says."),
        (exercises.check_reflection, f"The article is biased against {actor}.", f"It quotes {actor} once."),
    ]:
        assert SAME_ANSWER not in str(check(first))
        assert SAME_ANSWER in str(check(first))
        check(second)
        assert EARLIER_ANSWER in str(check(first))


def lesson_cell(lesson: str, cell_id: str) -> str:
    import json
    from pathlib import Path

    master = next(Path(__file__).resolve().parents[1].glob(f"instructor/{lesson}-*.ipynb"))
    return next("".join(c["source"]) for c in json.loads(master.read_text(encoding="utf-8"))["cells"]
                if c.get("id") == cell_id)


# 3. 06 §4 glosses every kind the quotations table can show, and says which have no cue
def test_06_glosses_every_kind_of_quotation_row():
    import kit

    quotes = kit.quotes(kit.load_articles())
    gloss = lesson_cell("06", "06-09")
    for kind in sorted(set(quotes.kind.astype(str))):
        assert f"`{kind}`" in gloss, kind
    cueless = sorted(set(quotes[quotes.cue.fillna("").astype(str) == ""].kind.astype(str)) - {"indirect", "direct", "partial"})
    assert cueless and "no `cue`" in gloss and all(f"`{kind}`" in gloss.split("no `cue`")[1] for kind in cueless), cueless


# 6. the profile's rate and the quotations table's cue_tone are told apart; the tables say "doubts", in plain words
def test_06_says_a_loaded_cue_is_not_in_the_rate():
    text = lesson_cell("06", "06-lists-miss")
    assert "writer's own voice" in text and "`cue_tone`" in text and "not counted" in text


@pytest.mark.parametrize("outlet", OUTLETS)
def test_scare_quotes_are_explained_in_plain_words(outlet):
    import pandas as pd

    import kit

    text = f'{outlet} says the so-called “rebels” left the town on Monday.'
    frame = pd.DataFrame({"article_id": ["t"], "outlet": [outlet], "title": ["A town"], "text": [text]})
    quotes = kit.quotes(frame)
    shown = kit.highlight(frame)
    notes = " ".join(quotes.note.fillna("").astype(str)) + str(getattr(shown, "_repr_html_", shown.__str__)())
    assert "arm's length" not in notes and "arm&#x27;s length" not in notes
    assert (quotes.kind == "scare").any() and "the writer doubts" in " ".join(quotes.note.astype(str)), quotes


# 7. a line of code in the feedback is shown as code, not as a bullet point of prose
@pytest.mark.parametrize("outlet", OUTLETS)
def test_code_lines_in_feedback_are_shown_as_code(outlet):
    from kit.exercises.result import INCORRECT, CheckResult

    code = f'cited = kit.citations(articles); cited[cited.cited == "{outlet}"]'
    shown = CheckResult(INCORRECT, "not yet.", [f"Look at the rows for {outlet}:", code])._repr_html_()
    assert f"<li>Look at the rows for {outlet}:</li>" in shown.replace("&#x27;", "'")
    assert "<pre style='margin:0.2em 0;" in shown and "<code>cited = kit.citations(articles)" in shown, shown


# teacher 30 #1 (low): an actor called propaganda is a verdict on the actor; the article called wrong is dismissed
@pytest.mark.parametrize("actor", ACTORS[:8])
def test_the_verdict_names_what_it_judges(actor):
    name = actor[0].upper() + actor[1:]
    assert graded(BASE + f". {name} is propaganda.", actor)[1].startswith("it decides the claim")
    for end in (". The article is obviously wrong.", ". The article is clearly false."):
        assert graded(BASE + end, actor)[1].startswith("it dismisses the article"), end
