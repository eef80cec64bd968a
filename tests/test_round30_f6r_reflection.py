"""Round 30 f6r (teacher 54 #4, #7, #12; teacher 53 #9; student 45 #7): the 06 reflection no longer calls a false
"finding" what the analysis showed. A sentence that says the article quotes (or answers) people it does not quote,
talks of another outlet as its publisher, or says its flagged words are aimed at a side the kit reads them as not
aimed at is told so and is no finding; a verdict on an outlet or a government gets advice that fits an outlet; a
word the kit's lists did not flag is the student's own reading. Each rule on the example article (WSWS), and on two
made-up articles that are mirrors of each other (one quotes the Russian side, one the US side), both ways."""
import pandas as pd
import pytest

import kit
from kit import exercises

US_TEXT = ("US Defense Secretary James Mattis said the convoy had left under guard. “We did not let anyone go,” "
           "Pentagon spokesman John Kirby told reporters. “The fighters were all stopped at the river,” he said. "
           "This is patent nonsense. The town was flattened by a merciless campaign of strikes carried out by US forces. "
           "More than 200 homes were lost. ")
RU_TEXT = ("Russian Foreign Minister Sergei Lavrov said the convoy had left under guard. “We did not let anyone go,” "
           "Kremlin spokesman Dmitry Peskov told reporters. “The fighters were all stopped at the river,” he said. "
           "This is patent nonsense. The town was flattened by a merciless campaign of strikes carried out by Russian "
           "forces. More than 200 homes were lost. ")


# round 34: "Residents said more than 200 homes were lost" quotes the residents (reported speech counts as quoting, as in
# kit.sources: teacher 59 #4), so "never anyone from the town" would be false; the town now gives no words at all


def made_up(text, outlet):
    return pd.DataFrame({"article_id": ["made-up"], "outlet": [outlet], "author": ["Ann Writer"], "title": ["A convoy"],
                         "date": ["2017-11-20"], "text": [text]})


# each mirror: the article, the people it quotes, the people of the other side, its own side's names, the other side's
MIRRORS = {
    "quotes the US side": (made_up(US_TEXT, "RT"), ("Mattis", "Kirby"), ("Lavrov", "Peskov"), "US", "Russian",
                           ["the Pentagon", "Washington", "the coalition"], ["the Kremlin", "Moscow", "Russia"], "WSWS"),
    "quotes the Russian side": (made_up(RU_TEXT, "WSWS"), ("Lavrov", "Peskov"), ("Mattis", "Kirby"), "Russian", "US",
                                ["the Kremlin", "Moscow", "Russia"], ["the Pentagon", "Washington", "the coalition"], "RT"),
}
REST = (" It calls the strikes 'merciless' and calls a denial 'patent nonsense'. I don't know who counted the 200 "
        "homes, so I would try to find other reports from the town and see whether they give the same number.")


def example(answer):
    articles = kit.load_articles()
    return exercises.check_reflection(answer, articles[articles.article_id == "us-rescue-of-isis-in-raqqa"])


# 1 (teacher 54 #4, #7): whom the article quotes is checked against kit.sources of that article
@pytest.mark.parametrize("mirror", MIRRORS)
def test_people_the_article_does_not_quote_are_told_and_are_no_finding(mirror):
    article, own, other, own_adj, other_adj, *_ = MIRRORS[mirror]
    right = exercises.check_reflection(f"The article only quotes {own_adj} officials like {own[0]} and {own[1]} and "
                                       "never anyone from the town." + REST, article)
    assert right.status == "mastery", str(right)
    assert "does not quote" not in right.detail, right.detail
    wrong = exercises.check_reflection(f"The article only quotes {other_adj} officials like {other[0]} and {other[1]} "
                                       "and never anyone from the town." + REST, article)
    assert wrong.status != "mastery", str(wrong)
    assert f"This article does not quote {other[0]} or {other[1]}: the kit finds quotations from" in wrong.detail, wrong.detail
    assert "Check who it quotes." in wrong.detail
    assert "Names what the analysis showed: “The article only quotes" not in wrong.detail, wrong.detail


@pytest.mark.parametrize("names, told", [(("Mattis", "Dillon"), False), (("Lavrov", "Peskov"), True),
                                         (("Kirby", "Peskov"), True)])
def test_the_example_article_quotes_mattis_and_dillon_and_answers_dillon(names, told):
    answer = (f"The article quotes {names[0]} and {names[1]} but answers them with 'patent nonsense'. It gives 4,000 "
              "with no source. Maybe Russia did help ISIS leave, but I would check the BBC report and the SDF's figures "
              "before I decide which account is right.")
    result = example(answer)
    assert ("does not quote" in result.detail) is told, result.detail
    if told:
        assert "'patent nonsense' answers Ryan Dillon's words" in result.detail, result.detail
        assert result.status == "emerging" and "the kit's tables of it do not show" in result.message, str(result)
    else:
        assert result.status == "mastery", str(result)


@pytest.mark.parametrize("mirror", MIRRORS)
def test_answers_names_whose_words_the_article_answers_on_each_side(mirror):
    article, own, other, *_ = MIRRORS[mirror]
    result = exercises.check_reflection(f"The article quotes {other[0]} and {other[1]} but answers them with 'patent "
                                        "nonsense'." + REST, article)
    speaker = {"Mattis": "John Kirby", "Lavrov": "Dmitry Peskov"}[own[0]]
    assert f"'patent nonsense' answers {speaker}'s words" in result.detail, result.detail


def test_saying_what_the_article_does_not_quote_is_no_claim_that_it_does():
    result = example("The article does not quote Lavrov or Peskov, only US officials. It calls the strikes 'merciless'. "
                     "I would check the BBC report to see whether it gives the same number as the article, and who "
                     "counted the people in the convoy.")
    assert "does not quote Lavrov" not in result.detail.split("Asks")[-1], result.detail


# 2 (teacher 54 #7): an outlet talked of as the publisher that did not publish it: the plan check's words
@pytest.mark.parametrize("outlet, told", [("RT", True), ("Sputnik", True), ("WSWS", False)])
def test_another_outlet_as_the_publisher_of_the_example_article(outlet, told):
    answer = (f"{outlet} is a Russian state outlet, so it is biased against the US. The article uses 'merciless' and 'patent "
              "nonsense'. It gives 4,000 with no source. I would check the BBC report to see who counted the people "
              "in the convoy.")
    result = example(answer)
    assert (f"But {outlet} did not publish this article and is not named in it: WSWS published it." in result.detail) is told, result.detail
    assert result.status != "mastery" or not told, str(result)


@pytest.mark.parametrize("mirror", MIRRORS)
def test_another_outlet_as_the_publisher_on_each_side(mirror):
    article, *_, other_outlet = MIRRORS[mirror]
    own_outlet = article["outlet"].iloc[0]
    wrong = exercises.check_reflection(f"{other_outlet} is a state outlet, so it is biased." + REST, article)
    assert f"But {other_outlet} did not publish this article and is not named in it: {own_outlet} published it." in wrong.detail, wrong.detail
    right = exercises.check_reflection(f"{own_outlet} is a state outlet, so it is biased." + REST, article)
    assert "did not publish this article" not in right.detail, right.detail


# 3 (teacher 53 #9, teacher 54 #4): whom a flagged word is aimed at, read from the article's own sentences
@pytest.mark.parametrize("side, told", [("the Pentagon", False), ("Washington", False), ("the US", False),
                                        ("the Kremlin", True), ("Moscow", True), ("Russia", True)])
def test_loaded_words_aimed_at_a_side_on_the_example_article(side, told):
    result = example(f"The article uses loaded words like 'merciless' and 'patent nonsense' against {side}. It gives "
                     "4,000 with no source. I still don't know who counted the people, so I would read the BBC report "
                     "and the SDF's figures to see who counted them.")
    assert ("the kit reads neither as aimed at" in result.detail) is told, result.detail
    if told:
        assert "'patent nonsense' answers Ryan Dillon's words" in result.detail, result.detail


@pytest.mark.parametrize("mirror", MIRRORS)
def test_loaded_words_aimed_at_a_side_on_each_mirror(mirror):
    article, *_, own_sides, other_sides, _ = MIRRORS[mirror]
    for side in own_sides[:2]:
        result = exercises.check_reflection(f"The article uses loaded words like 'merciless' and 'patent nonsense' "
                                            f"against {side}." + REST, article)
        assert "aimed at" not in result.detail, (side, result.detail)
    for side in other_sides:
        result = exercises.check_reflection(f"The article uses loaded words like 'merciless' and 'patent nonsense' "
                                            f"against {side}." + REST, article)
        assert f"the kit reads neither as aimed at {side}" in result.detail, (side, result.detail)


# 4 (teacher 54 #12): a verdict on an outlet or a government, not on a speaker's quoted words
@pytest.mark.parametrize("who", ["WSWS", "RT", "The Pentagon", "The Kremlin", "Washington", "Moscow"])
def test_a_verdict_on_an_outlet_or_a_government_gets_advice_for_an_outlet(who):
    result = example(f"{who} is propaganda. The article uses 'merciless' and 'patent nonsense'. It gives 4,000 with no "
                     "source. I would check the BBC report and the SDF figures to see who counted the people in the "
                     "convoy before I share it.")
    name = who[0].lower() + who[1:] if who.startswith("The ") else who
    assert result.status == "beginning", str(result)
    # round 30 r30f6b (teacher 55 #10): "who runs" for an outlet only; a government or its body: what you would check
    advice = f"where you would check who runs {name}." if who in ("WSWS", "RT") else "what you would check to find out."
    assert (f"Judges {name} without checking: “{who} is propaganda.” Take it out, or say what in the text makes you "
            f"think so, and {advice}") in result.detail, result.detail
    assert "Check where and when they said it first" not in result.detail, result.detail


@pytest.mark.parametrize("who", ["Lavrov", "Mattis"])
def test_a_verdict_on_a_speaker_keeps_the_speakers_advice(who):
    result = example(f"{who} is lying. The article uses 'merciless' and 'patent nonsense'. It gives 4,000 with no "
                     "source. I would check the BBC report and the SDF figures to see who counted the people.")
    assert "Check where and when they said it first" in result.detail, result.detail


# 5 (student 45 #7): words the kit's lists did not flag are the student's own reading, at the same level
SPORT = ("The Tigers crushed the hapless Eagles 42-7 on Saturday night in front of a full stadium. “We will bounce "
         "back,” said captain Joe Park after the game. The Eagles have now lost four games in a row this season. ") * 3
REFLECTION_SPORT = ("The article uses loaded words like 'crushed' and 'hapless' about the Eagles, so the Tigers "
                    "sound much stronger than the score alone shows. I would look for other reports of the game to see whether they describe it the "
                    "same way, and check the score on the league's website.")


def test_words_the_lists_did_not_flag_are_the_students_own_reading():
    article = exercises.my_article(text=SPORT, title="Tigers crush Eagles")
    result = exercises.check_reflection(REFLECTION_SPORT, article)
    assert result.status == "mastery", str(result)
    assert ("Names a pattern you found yourself (the kit's word lists did not flag 'crushed' or 'hapless'): “The "
            "article uses loaded words") in result.detail, result.detail
    assert "Names what the analysis showed" not in result.detail, result.detail


@pytest.mark.parametrize("mirror", MIRRORS)
def test_flagged_and_unflagged_words_on_each_side(mirror):
    article = MIRRORS[mirror][0]
    flagged = exercises.check_reflection("The article uses loaded words like 'merciless' and 'patent nonsense'." + REST,
                                         article)
    assert "Names what the analysis showed: “The article uses loaded words" in flagged.detail, flagged.detail
    own = exercises.check_reflection("The article uses loaded words like 'flattened' and 'stopped'." + REST, article)
    assert "the kit's word lists did not flag 'flattened' or 'stopped'" in own.detail, own.detail
    assert own.status == flagged.status, (str(own), str(flagged))
