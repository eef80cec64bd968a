"""Round 20: what teachers 30-31 and students 25-26 found in the checks, hints and lesson words (made-up articles
and answers only; several speakers, outlets and actors, so no name is treated differently)."""

import re

import pandas as pd
import pytest

from kit import exercises
from kit.exercises.answers import forget_attempts

PEOPLE = ["Ann Lee", "Omar Haddad", "Li Wei", "Olga Petrova", "John Smith", "Reza Karimi", "Maria Santos",
          "Kwame Mensah"]
OUTLETS = ["BBC", "Reuters", "Al Jazeera", "RT", "Xinhua", "CNN", "France 24", "Fox News"]


def corpus(text, outlet=""):
    return pd.DataFrame({"article_id": ["a"], "outlet": [outlet], "title": [""], "text": [text]})


def said_by(person):
    return corpus(f"The bridge closed on Monday. “We will reopen it soon,” {person} said. Traffic was heavy.")


@pytest.fixture(autouse=True)
def fresh_tries():
    forget_attempts()
    yield
    forget_attempts()


# 1. one text where a list is asked: the words are read and graded as a list would be, and the feedback shows the list to type
@pytest.mark.parametrize("person", PEOPLE)
def test_a_name_typed_as_text_is_right_and_shows_the_list(person):
    articles = said_by(person)
    as_list = exercises.check_speakers([person], articles, "a")
    assert as_list.status == "correct", str(as_list)
    as_text = exercises.check_speakers(person, articles, "a")
    assert as_text.status == "correct", str(as_text)
    assert as_text.message == f'right name. Next time, write it as a list: ["{person}"]', str(as_text)
    assert f'answer = ["{person}"]' in as_text.detail.splitlines(), as_text.detail


@pytest.mark.parametrize("first, second", list(zip(PEOPLE, PEOPLE[1:] + PEOPLE[:1])))
def test_two_names_in_one_text_are_right_and_show_the_list(first, second):
    articles = corpus(f"“The bridge is safe,” {first} said. “It is not,” {second} said.")
    assert exercises.check_speakers([first, second], articles, "a").status == "correct"
    result = exercises.check_speakers(f"{first}, {second}", articles, "a")
    assert (result.status, result.message) == ("correct", f'right names. Next time, write them as a list: ["{first}", "{second}"]'), str(result)


WORDS = [("brutal", "merciless"), ("regime", "hegemony"), ("brutal", "regime"), ("merciless", "hegemony"),
         ("regime", "brutal"), ("hegemony", "merciless"), ("hegemony", "brutal"), ("merciless", "regime")]


@pytest.mark.parametrize("one, two", WORDS)
def test_words_in_one_text_are_right_and_show_the_list(one, two):
    text = f"Critics spoke of a {one} plan and a {two} that lasted for years."
    assert exercises.check_loaded_words([one, two], text).status == "correct"
    for typed in (f"{one}, {two}", f"{one} {two}", f"[{one}, {two}]"):
        result = exercises.check_loaded_words(typed, text)
        assert (result.status, result.message) == ("correct", f'right words. Next time, write them as a list: ["{one}", "{two}"]'), (typed, str(result))


@pytest.mark.parametrize("one, two", WORDS)
def test_a_wrong_text_answer_keeps_its_grade_and_shows_the_list(one, two):
    text = f"Critics spoke of a {one} plan that lasted for years."
    result = exercises.check_loaded_words(f"{one}, table", text)
    assert result.status == "partly" and result.message.startswith("1 of 1 found"), str(result)
    assert f'answer = ["{one}", "table"]' in result.detail.splitlines(), result.detail


@pytest.mark.parametrize("outlet", OUTLETS)
def test_an_outlet_typed_as_text_is_right_and_shows_the_list(outlet):
    articles = corpus(f"Some 400 families left the town, {outlet} reported on Sunday.")
    expected = exercises.source_checks.cited_media(articles)
    if expected != [outlet]:
        pytest.skip(f"the gazetteer does not list {outlet} as an outlet")
    assert exercises.check_cited_outlets([outlet], articles).status == "correct"
    result = exercises.check_cited_outlets(outlet, articles)
    assert (result.status, result.message) == ("correct", f'right outlet. Next time, write it as a list: ["{outlet}"]')


@pytest.mark.parametrize("nobody", ["nobody", "Nobody", "no one", "none", "no-one", " nobody "])
@pytest.mark.parametrize("place", ["the bridge", "the school", "the port", "the dam", "the mine", "the mill",
                                   "the clinic", "the depot"])
def test_nobody_typed_as_text_is_right_and_shows_the_empty_list(nobody, place):
    articles = corpus(f"Work on {place} stopped in May. It may start again next year.")
    assert exercises.check_speakers([], articles, "a").status == "correct"
    assert exercises.check_speakers([nobody], articles, "a").status == "correct"
    result = exercises.check_speakers(nobody, articles, "a")
    assert (result.status, result.message) == ("correct", "right. Next time, write it as a list: []"), str(result)
    assert "answer = []" in result.detail.splitlines()


# 2. check_claim_source: when no outlet is named in the sentences with the phrase, "nobody" / "no outlet" is right
@pytest.mark.parametrize("phrase", ["400", "bridge", "Monday", "families", "flood", "the mayor", "4,000", "convoy"])
@pytest.mark.parametrize("answer", ["nobody", "none", "no outlet", "no one", "No outlet.", "None"])
def test_no_outlet_named_is_right_for_any_phrase(phrase, answer):
    text = (f"The {phrase} story spread fast. Officials said the {phrase} report was wrong. "
            f"Residents talked about the {phrase} for days.")
    result = exercises.check_claim_source(answer, corpus(text, "Daily Post"), phrase)
    assert result.status == "correct", (phrase, answer, str(result))


@pytest.mark.parametrize("outlet", OUTLETS)
def test_no_outlet_is_not_right_when_one_is_named(outlet):
    articles = corpus(f"Some 400 families left the convoy, {outlet} reported. The convoy moved on.", "Daily Post")
    if exercises.source_checks.cited_media(articles) != [outlet]:
        pytest.skip(f"the gazetteer does not list {outlet} as an outlet")
    assert exercises.check_claim_source("no outlet", articles, "convoy").status != "correct"
    assert exercises.check_claim_source(outlet, articles, "convoy").status == "correct"


# 5. the plan check: the same plan gets the same words whichever outlet it names (with or without "the", a number
# in its name, "News" in its name)
PLAN_OUTLETS = ["the BBC", "Reuters", "Fox News", "France 24", "the Times of Israel", "RT", "Xinhua", "Al Jazeera",
                "the Global Times", "Haaretz", "CNN", "the Daily Mail"]
PLANS = ["I would check {X}'s website for its story on the flood and compare the numbers.",
         "I would check if {X} has a fact-check on the flood.",
         "I would read {X}'s report on the flood to see how many people it says left.",
         "I would check whether {X} reported the flood."]


def plan_words(plan, outlet):
    article = corpus("Some 400 families left the valley after the flood, officials said.", "Daily Post")
    result = exercises.check_lateral_plan(plan.replace("{X}", outlet), article=article)
    text = f"{result.status}|{result.message}|{result.detail}".replace("“", "").replace("”", "")
    for name in (outlet, outlet[0].upper() + outlet[1:]):
        text = text.replace(name, "{X}")
    return text


@pytest.mark.parametrize("plan", PLANS)
def test_a_plan_gets_the_same_words_for_every_outlet(plan):
    words = {}
    for outlet in PLAN_OUTLETS:
        forget_attempts()
        words.setdefault(plan_words(plan, outlet), []).append(outlet)
    assert len(words) == 1, "\n".join(f"{v}: {k}" for k, v in words.items())
    assert "says what it would show" in next(iter(words)), next(iter(words))


# 3. the hint for a cell typed over with only its answer shows the check line even after JupyterLab saved the notebook
def notebook(path, cells):
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"cells": [{"cell_type": "code", "id": i, "source": [s]} for i, s in cells],
                                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    return path


@pytest.mark.parametrize("outlet", OUTLETS)
def test_the_bare_answer_hint_keeps_the_check_line_after_an_autosave(outlet, tmp_path, capsys):
    from types import SimpleNamespace

    from kit.exercises import cell_notes

    check = "exercises.check_cited_outlets(answer, articles)"
    saved = notebook(tmp_path / "notebooks" / "03-x.ipynb", [("03-26", repr([outlet]))])  # typed over, then saved
    shell = SimpleNamespace(user_ns={"__session__": str(saved)})
    cell_notes.CHECK_LINES.clear()
    assert cell_notes.check_line_of("03-26", shell) == ""
    notebook(tmp_path / "answers" / "03-x.ipynb", [("03-26", f"answer = [{outlet!r}]  # SOLUTION\n{check}")])
    assert cell_notes.check_line_of("03-26", shell) == check  # the answer key beside it keeps the cell's line
    (tmp_path / "answers" / "03-x.ipynb").unlink()
    ran = SimpleNamespace(info=SimpleNamespace(raw_cell=f"answer = [{outlet!r}]\n{check}", cell_id="03-26"),
                          error_in_exec=None)
    cell_notes.note_bare_answer(ran)  # the cell ran with its check line before it was typed over
    assert cell_notes.check_line_of("03-26", shell) == check
    hint = cell_notes.bare_answer_hint(repr([outlet]), cell_notes.check_line_of("03-26", shell))
    assert hint.splitlines()[-2:] == [f"answer = {[outlet]!r}", check], hint
    cell_notes.CHECK_LINES.clear()


@pytest.mark.parametrize("typo", ["anser", "answr", "asnwer", "Answer", "anwser", "answe", "ansewr", "answre"])
def test_did_you_mean_answer_puts_the_name_in_quotes(typo):
    from kit.exercises.cell_notes import misspelt_answer_result

    result = misspelt_answer_result("answer", f'{typo} = "I would look it up."\nexercises.check_lateral_plan(answer)')
    assert str(result).startswith(f"… Not answered yet: did you mean 'answer'? This cell sets '{typo}', not 'answer'")
    assert "<code>answer</code>" in result._repr_html_()


# 6. words a student knows: the grade label, the error's lead, the pasted-text hint, the gloss of "hegemony"
def test_the_wrong_kind_label_and_the_article_error_lead_with_plain_words():
    from kit.errors import ArticleError

    result = exercises.check_article_count("a lot", articles=exercises.example_corpus())
    assert str(result).startswith("! Wrong kind of answer: the answer should be a whole number."), str(result)
    shown = ArticleError("there is no file called 'my-article'", file="my-article")._render_traceback_()
    assert shown[0].startswith("A problem with the article (ArticleError): "), shown


def test_06_says_what_the_kit_says_when_a_pasted_text_ends_with_a_quotation_mark():
    from kit.exercises.quote_hints import hint_for_pasted_quotes

    with pytest.raises(SyntaxError) as error:
        compile('MY_TEXT = """The mayor said "No.""""  # CHANGE THIS\n', "<cell>", "exec")
    said = hint_for_pasted_quotes(error.value.msg, error.value.text)
    words = "Python finds a quotation mark missing at the end of your text"
    assert said.startswith(words), said
    lesson = lesson_text("06", "06-02")
    assert words in " ".join(lesson.split()) and "SyntaxError" not in lesson


def lesson_text(lesson, cell_id):
    import json
    from pathlib import Path

    master = next(Path(__file__).resolve().parents[1].glob(f"instructor/{lesson}-*.ipynb"))
    return next("".join(c["source"]) for c in json.loads(master.read_text(encoding="utf-8"))["cells"]
                if c.get("id") == cell_id)


def test_02_glosses_hegemony_as_power_over_other_countries():
    assert "*Hegemony*: power over other countries" in lesson_text("02", "02-09")


def test_03_vague_sources_table_shows_the_category_it_names():
    cell = lesson_text("03", "03-09")
    assert "`vague_source` in the table" in lesson_text("03", "03-08") and '"category"' in cell, cell


# teacher 31 #1: a verdict on an actor is the same verdict in both directions, in every wording
ACTORS = ["the US", "Russia", "China", "Iran", "the Kremlin", "Washington", "the People's Republic of China",
          "the government of Iran", "the White House", "Britain", "Israel", "Turkey"]
TEXT = "Officials in the capital denied the report. A spokesman called it \"a fabrication\" and said nobody left."
BASE = ("The article uses loaded words like 'fabrication' to make the reader doubt the report. It quotes only one "
        "person, a spokesman. The convoy has no number or source in its sentence. I would still need to check other "
        "news sites and what the officials said to see who left the city")
MIRRORS = [(". {X} can't be trusted.", ". {X} can be trusted."), (". {X} is trustworthy.", ". {X} is untrustworthy."),
           (". {X} is reliable.", ". {X} is unreliable."), (". {X} is reliable.", ". {X} is not reliable."),
           (". {X} is honest.", ". {X} is dishonest."), (". {X} made it all up.", ". {X} did not make it up."),
           (". {X} is the villain here.", ". {X} is the victim here."),
           (". {X} is the real criminal here.", ". {X} is the hero here."),
           (". {X} was behind the deal.", ". {X} had nothing to do with the deal."),
           (". You can't believe anything {X} says.", ". You can believe everything {X} says.")]


@pytest.mark.parametrize("against, for_", MIRRORS)
def test_an_actor_verdict_is_a_verdict_both_ways_in_every_wording(against, for_):
    grades = set()
    for actor in ACTORS:
        for end in (against, for_):
            forget_attempts()
            name = actor[0].upper() + actor[1:] if end.startswith(". {X}") else actor
            result = exercises.check_reflection(BASE + end.replace("{X}", name), TEXT)
            grades.add((result.status, result.message))
    # round 29 (r29ex6, student 44): a verdict on what an actor says is named as judging a speaker's words; whichever
    # the wording gets, both ways and every actor get the one same grade and message
    (status, message), = grades
    assert status == "beginning" and message == (
        "it decides the claim without checking it: a reflection asks what is still unknown, and where to check it."), grades


@pytest.mark.parametrize("end", [".", ". The figures are not reliable.", ". The numbers are unreliable without a source.",
                                 ". The sources are not trustworthy.", ". I would check whether {X} can be trusted."])
def test_what_the_evidence_is_like_is_no_verdict_on_an_actor(end):
    for actor in ACTORS:
        forget_attempts()
        assert exercises.check_reflection(BASE + end.replace("{X}", actor), TEXT).status == "mastery", (actor, end)


# teacher 31 #2: looking up a country or a government is finding out who is behind a party, never "another outlet"
LOOKUPS = ["I would look up {X} on Wikipedia.", "I would look up who {X} is on Wikipedia to see if they can be trusted.",
           "I would look on Wikipedia to see who {X} is and what they want.",
           "I would google {X} and the flood to see what they said about it."]


@pytest.mark.parametrize("plan", LOOKUPS)
def test_looking_up_any_actor_gets_the_same_words(plan):
    article = corpus("Some 400 families left the valley after the flood, officials said.", "Daily Post")
    words = {}
    for actor in ACTORS + ["the Russian Defence Ministry", "Beijing", "the Pentagon", "Ukraine"]:
        forget_attempts()
        result = exercises.check_lateral_plan(plan.replace("{X}", actor), article=article)
        text = f"{result.status}|{result.message}|{result.detail}".replace(actor, "{X}")
        assert "another outlet" not in text, (actor, text)
        words.setdefault(re.sub(r"“[^”]*”", "“…”", text), []).append(actor)
    assert len(words) == 1, "\n".join(f"{v}: {k}" for k, v in words.items())


# student 26 #1: a check line moved right by JupyterLab ("unexpected indent") gets a plain hint
CHECK_LINES = ["exercises.check_reflection(answer, mine)", "exercises.check_lateral_plan(answer, article=mine)",
               "exercises.check_loaded_words(answer, paragraph)", "exercises.check_speakers(answer, articles)",
               "exercises.check_quote_count(answer, articles)", "exercises.check_top(answer, 'x', articles)",
               "exercises.check_claim_source(answer, articles)", "exercises.check_hedges(answer, paragraph)"]


@pytest.mark.parametrize("line", CHECK_LINES)
def test_a_line_moved_right_is_told_to_start_at_the_left_edge(line, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    from kit.exercises.friendly import install_name_error_hint

    shell = InteractiveShell.instance()
    try:
        shell.run_cell("from kit import exercises", store_history=True)
        assert install_name_error_hint()
        shell.run_cell('answer = "It quotes two people."\n' + " " * 51 + line, store_history=True)
    finally:  # no shell with this history left for a later test (a check reads the running cell from it)
        InteractiveShell.clear_instance()
    out = capsys.readouterr().out
    assert f"The line {line} starts with spaces: delete them" in out, out
    assert out.index("starts with spaces") < out.index("IndentationError")


# student 26 #2: MY_FILE with other capital letters is asked "did you mean" the file that is there
@pytest.mark.parametrize("there, typed", [("skatepark.txt", "Skatepark.txt"), ("my-article.txt", "My-Article.txt"),
                                          ("Library.txt", "library.txt"), ("bridge.txt", "BRIDGE.TXT"),
                                          ("flood-report.txt", "Flood-report.txt"), ("school.txt", "School"),
                                          ("Mayor.txt", "mayor"), ("port.txt", "Port.txt")])
def test_my_file_with_other_capitals_gets_did_you_mean(there, typed, tmp_path, monkeypatch):
    from kit.errors import ArticleError
    from kit.exercises.helpers import missing_file

    (tmp_path / there).write_text("A made-up article.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError) as error:
        missing_file(typed)
    assert f'Did you mean "{there}"?' in str(error.value), str(error.value)


# teacher 31 #8: the same plan or reflection checked on another article (the student's own, pasted after) is a new try
@pytest.mark.parametrize("actor", ACTORS[:8])
def test_the_same_answer_on_another_article_is_a_new_try(actor):
    from kit.exercises.tries import SAME_ANSWER

    first, second = corpus(f"{actor} said the bridge was safe."), corpus(f"Officials said {actor} closed the port.")
    for check, answer in [(exercises.check_lateral_plan, f"I would google {actor}."),
                          (exercises.check_reflection, f"The article is biased against {actor}.")]:
        kwargs = {"article": first} if check is exercises.check_lateral_plan else {}
        said = check(answer, first) if not kwargs else check(answer, **kwargs)
        assert SAME_ANSWER not in str(said)
        again = check(answer, second) if not kwargs else check(answer, article=second)
        assert SAME_ANSWER not in str(again), str(again)
        assert SAME_ANSWER in str(check(answer, second) if not kwargs else check(answer, article=second))
