"""Round 15b: what a civics teacher (teacher20) found in the exercises of lessons 02 and 06. Each test uses her
own examples (the sentences are made up here, or the lesson's paragraph is loaded from the seed articles)."""

from __future__ import annotations

import pytest

import kit
from kit import exercises, widgets
from kit.exercises.answers import without_possessive

pytestmark = pytest.mark.usefixtures("fresh_hints")  # staged hints start again for each test


@pytest.fixture(scope="module")
def paragraph_02():
    return exercises.paragraph(kit.load_articles(), "us-rescue-of-isis-in-raqqa", 16)


# ---------------------------------------------------------------- finding 5: a word copied with its possessive

@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_word_copied_with_its_possessive_is_that_word(paragraph_02, mark):
    result = exercises.check_loaded_words([f"imperialism{mark}s", "regime change", "hegemony"], paragraph_02)
    assert result.status == "correct", str(result)
    assert "'s'" not in str(result) and "not in this paragraph" not in str(result)


def test_a_possessive_in_a_made_up_text():
    text = "The regime’s brutal siege went on."
    result = exercises.check_loaded_words(["regime’s", "brutal"], text)
    assert "'s'" not in str(result)
    assert without_possessive("regime's") == "regime"


def test_the_game_accepts_the_box_that_holds_the_possessive(paragraph_02):
    game = widgets.spot_the_loaded_words(paragraph_02)
    shown = [box.description for box in game.words]
    assert "imperialism’s" in shown  # the box shows the word as the text writes it
    for box in game.words:
        box.value = box.description in {"imperialism’s", "regime", "change", "hegemony"}
    result = game.check()
    assert result.status == "correct", str(result)


# ---------------------------------------------------------------- finding 3: the lateral-reading plan rubric

# parallel actors, from both sides of the example article's story: one sentence, one verdict
ACTORS = ["the Pentagon's", "Iran's", "Russia's", "the Kremlin's", "the White House's", "the SDF's", "the US military's",
          "the Russian military's", "the Russian Defence Ministry's", "the US Defense Department's",
          "the Syrian government's", "the State Department's"]


def plan_verdict(plan: str, **kw):
    result = exercises.check_lateral_plan(plan, **kw)
    return result.status, result.detail.replace(plan, "PLAN")


@pytest.mark.parametrize("template", ["I would read {} statement about the convoy to see what it says.",
                                      "I would check {} briefing on the evacuation.",
                                      "I would look at {} website to see how many people it says left."])
def test_a_party_s_own_words_leave_the_page_whoever_the_party(template):
    verdicts = {who: plan_verdict(template.format(who)) for who in ACTORS}
    statuses = {status for status, _ in verdicts.values()}
    assert statuses == {"emerging"}, verdicts
    assert all("traces the claim to its original" in detail for _, detail in verdicts.values())
    assert all("stays on the page" not in detail for _, detail in verdicts.values())


@pytest.mark.parametrize("who", ["the Kremlin", "the Pentagon", "the SDF", "Iran"])
def test_a_statement_from_or_by_a_party_is_its_original(who):
    for plan in (f"I would read the statement from {who}.", f"I would find the press release issued by {who}."):
        status, detail = plan_verdict(plan)
        assert status == "emerging" and "traces the claim to its original" in detail, (plan, detail)


def test_the_page_s_own_words_are_not_a_party_s():
    status, detail = plan_verdict("I would read the article's statement again carefully.")
    assert status == "beginning"


def test_one_source_and_what_it_would_show_is_one_step_not_mastery():
    status, detail = plan_verdict("I would read the coalition's press release to see how many people it says left.")
    assert status == "emerging" and "looks for other coverage" not in detail.split("Add a different")[0]
    # two places, two steps: still mastery
    assert plan_verdict("I would read the coalition's press release to see how many people it says left. Then I "
                        "would look up who runs the site on Wikipedia to see who funds it.")[0] == "mastery"


def test_a_report_the_article_names_is_its_original_not_other_coverage():
    text = "A report by the Daily Planet found that the bridge was closed. Officials said nothing."  # made up
    plan = "I would check the Daily Planet report."
    status, detail = plan_verdict(plan, article=text)
    assert status == "emerging" and "traces the claim to its original" in detail and "other coverage" not in \
        detail.split("Add a different")[0]
    status, detail = plan_verdict("I would check the Evening Star report.", article=text)  # not named there
    assert "looks for other coverage" in detail.split("Add a different")[0]


# ---------------------------------------------------------------- finding 7: one name, and no half mark for zero

@pytest.mark.parametrize("picks", [["capital", "rebels"], ["so-called"], ["supposed"], ["capital", "supposed"]])
def test_picks_off_the_target_lists_all_get_not_yet_and_one_name(paragraph_02, picks):
    result = exercises.check_loaded_words(picks, paragraph_02)
    assert result.status == "incorrect", str(result)
    assert "scare word" not in str(result)


def test_the_game_says_scare_quote_for_so_called():
    game = widgets.spot_the_loaded_words("The so-called rebels left the brutal city.")  # made up
    game.select(["so-called"])
    result = game.check()
    assert result.status == "incorrect" and "scare quote" in str(result) and "scare word" not in str(result)


# ---------------------------------------------------------------- finding 6: the hint of 02 Exercise 1

def test_exercise_1_hint_points_to_labels_and_a_hidden_check_keeps_it_true():
    import json
    from pathlib import Path
    cells = json.loads((Path(__file__).resolve().parent.parent / "instructor" / "02-loaded-language.ipynb")
                       .read_text(encoding="utf-8"))["cells"]
    by_id = {c.get("id"): "".join(c["source"]) for c in cells}
    hint = by_id["02-22"].split("<summary>Hint</summary>")[1]
    assert "labels, not adjectives" in hint and "policy or power" in hint and "adjectives about cruelty" not in hint
    assert not {"imperialism", "regime change", "hegemony"} & set(hint.lower().replace(",", " ").split())  # no answer
    check = by_id["02-23a"]
    assert "hidden fact check" in check.lower() and 'set(to_find.category) == {"label"}' in check


# ---------------------------------------------------------------- finding 10: words kept whole in the game

def test_the_game_keeps_abbreviations_and_bracketed_letters_whole():
    text = "Officials in the U.S. and the U.K. said “thousands...(W)omen and children” fled the brutal siege."  # made up
    shown = [box.description for box in widgets.spot_the_loaded_words(text).words]
    assert "U.S." in shown and "U.K." in shown and "(W)omen" in shown
    assert not {"U", "S", "K", "W", "omen"} & set(shown)


@pytest.mark.parametrize("article_id, whole", [("washington-pretends-combating-isis", "(W)omen"),
                                               ("russian-general-accuses", "U.S.")])
def test_the_game_on_the_teacher_s_articles(article_id, whole):
    articles = kit.load_articles()
    text = " ".join(articles.loc[articles.article_id == article_id, "text"])
    if whole not in text:
        pytest.skip(f"{whole} is not in {article_id}")
    paragraphs = kit.paragraphs(articles[articles.article_id == article_id])
    number = next(i for i, t in enumerate(paragraphs["text"]) if whole in t)
    game = widgets.spot_the_loaded_words(articles=articles, article_id=article_id, paragraph_id=number)
    words = [box.description.strip("“”\"‘’,.;:") for box in game.words]
    assert whole.strip(".") in words, words
    assert "omen" not in words and not ("U" in words and "S" in words)
    for box in game.words:
        box.value = whole.strip(".") in box.description
    assert "not in this paragraph" not in str(game.check())


# ---------------------------------------------------------------- finding 9: one verdict for an id typo

def test_an_id_typo_gets_one_verdict_in_every_check():
    articles = kit.load_articles()
    results = [exercises.check_top("us-fighting-isis-or-liquidating-asset", "loaded_language_per_1k", articles),
               exercises.check_top("us-fightinq-isis-or-liquidating-assets", "loaded_language_per_1k", articles),
               exercises.check_quote_count(3, articles, "us-rescue-of-isis-in-raqa")]
    assert {r.status for r in results} == {"partly"}, [str(r) for r in results]
    assert all("did you mean" in str(r) for r in results)
    # an id in the answer is copied from the table; one in the check line is fixed there (round 16b)
    assert ["Copy the id" in str(r) for r in results] == [True, True, False]
    assert "Fix the id in the check line" in str(results[2])
