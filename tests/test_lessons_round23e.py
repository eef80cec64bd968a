"""Round 23e: teacher 41's findings #5, #6 and #12 in lesson 02's word game (made-up sentences). Every actor is tried
alike: the US/Pentagon/Washington side and the Russia/Kremlin/Moscow/Syria side.
"""
from __future__ import annotations

import pytest

ACTORS = ["the US", "Russia", "the Pentagon", "the Kremlin", "Washington", "Moscow", "Syria", "the White House"]


def _game(text):
    from kit import widgets
    return widgets.spot_the_loaded_words(text)


# 1. teacher 41 #5: ticking every word and pressing Check once gave the word lists' note for every listed word
@pytest.mark.parametrize("actor", ACTORS)
def test_ticking_the_whole_paragraph_gives_no_notes_and_asks_to_tick_fewer(actor):
    from kit.widgets import FOUND_REASONS

    text = (f"{actor} ran a brutal campaign, said the report on the long war that was widely read in the region. "
            "It was a “fake news” story, the writer says about it in the end.")  # made up
    game = _game(text)
    for box in game.words:
        box.value = True
    result = game.check()
    said = str(result)
    assert result.status == "partly" and result.message.startswith("all 2 found") is False, said
    assert said.startswith("◐ Partly right: both found, but "), said
    assert "Tick fewer words first" in said, said
    assert FOUND_REASONS not in said and "on the word list" not in said, said
    assert "brutal" not in said and "fake news" not in said, said  # no listed word named: the game is not given away


@pytest.mark.parametrize("actor", ACTORS)
def test_a_choice_with_a_few_extra_words_still_gets_the_notes_and_long_choices_are_named_short(actor):
    from kit.widgets import FOUND_REASONS

    text = f"{actor} ran a brutal, savage, vicious and ruthless campaign in far hill country, a report says."  # made up
    game = _game(text)
    game.select(["brutal", "savage", "country,"])
    said = str(game.check())
    assert FOUND_REASONS in said and "2 of 4 found" in said, said
    game.select(["brutal", "a", "report", "says."])
    said = str(game.check())
    assert FOUND_REASONS not in said and "Tick fewer words first" in said and "“brutal” (" not in said, said
    game = _game(text)
    game.select(["brutal", "savage", "vicious", "ruthless", "in", "far", "hill", "country,"])
    said = str(game.check())
    assert "'in far … country'" in said and "'in far hill country'" not in said and FOUND_REASONS in said, said


def test_both_found_not_all_2_found():
    from kit import exercises

    result = exercises.check_loaded_words(["brutal", "savage", "hills"], "A brutal and savage campaign in the hills.")
    assert result.message.startswith("both found."), result


# 2. teacher 41 #6: a word before a dash with no spaces ("century—the") was "not in this paragraph"
DASHES = ["—", "–", "―", "‒", "⸺", " — ", " – "]


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize("actor", ["Washington", "Moscow", "the Pentagon", "the Kremlin"])
def test_every_clicked_word_is_found_in_the_paragraph_alike_for_any_dash(actor, dash):
    text = f"{actor} told the greatest story of the 21st century{dash}the so-called war{dash}and it spread."  # made up
    game = _game(text)
    for box in game.words:
        game.select([box.description])
        said = str(game.check())
        assert "is not in this paragraph" not in said, (box.description, said)
    game.select(["21st", "century"])
    assert "is not in this paragraph" not in str(game.check())


# 3. brief item 5: "the bcc" got no "did you mean 'BBC'": the leading "the" blocked the suggestion, for any outlet
@pytest.mark.parametrize("typed, meant", [("the bcc", "BBC"), ("The BCC", "BBC"), ("the cnm", "CNN"),
                                          ("the komsomolskaya pravdaa", "Komsomolskaya Pravda"),
                                          ("the al-manaar", "Al-Manar"), ("the asociated press", "Associated Press")])
def test_a_misspelt_outlet_after_the_gets_did_you_mean(typed, meant):
    from kit import exercises
    from kit.exercises.answers import forget_attempts

    forget_attempts()
    result = exercises.check_claim_source(typed)
    assert f"did you mean {meant!r}?" in result.message, result


# 4. teacher 41 #10: the first ✗ of 02 Exercise 2/3 gave the value to look for; the plot's line gave Exercise 3
@pytest.mark.parametrize("column, largest", [("loaded_language_per_1k", True), ("label_per_1k", False),
                                             ("flesch_reading_ease", False), ("booster_per_1k", True)])
def test_a_wrong_top_article_is_told_where_to_look_never_the_value(column, largest):
    import kit
    from kit import exercises
    from kit.exercises.answers import forget_attempts

    articles = kit.load_articles()
    ranked = kit.profile(articles).sort_values(column, ascending=largest)
    wrong, target = ranked.article_id.iloc[0], ranked[column].iloc[-1]
    forget_attempts()
    result = exercises.check_top(wrong, column, articles, largest=largest)
    assert result.status == "incorrect" and f"{target:.1f}" not in str(result), result
    assert ("scores more" if largest else "scores less") in result.detail and "sort the profile by" in result.detail


def test_02_exercise_3_asks_what_the_line_under_the_plot_does_not_say():
    import json
    from pathlib import Path

    import kit
    from kit import plots

    cells = json.loads(Path(__file__).parents[1].joinpath("instructor", "02-loaded-language.ipynb").read_text())["cells"]
    ex3 = next(i for i, c in enumerate(cells) if "### Exercise 3" in "".join(c["source"]))
    call = next("".join(c["source"]) for c in cells[ex3:] if "check_top" in "".join(c["source"]))
    largest = "largest=False" not in call
    profile = kit.profile(kit.load_articles())
    chart = plots.plot_profile(profile, categories=["loaded_language", "label"])
    answer = profile.sort_values("label_per_1k").article_id.iloc[-1 if largest else 0]
    assert chart.summary.startswith("Highest rates") and "lowest" not in chart.summary.lower(), chart.summary
    assert f"label in {answer} " not in chart.summary, (answer, chart.summary)  # the line does not answer it


# 5. teacher 41 #11: 03 Exercise 2 said "Most of these speakers are the kit's guesses": all are, and a hidden check says so
def test_03_exercise_2_says_what_the_data_says_and_a_hidden_check_keeps_it_true():
    import json
    from pathlib import Path

    import kit

    cells = {c.get("id"): "".join(c["source"]) for c in json.loads(
        Path(__file__).parents[1].joinpath("instructor", "03-sourcing.ipynb").read_text())["cells"]}
    # round 26 (teacher 49 #10): the sentence names both kinds of guess ("All are the kit's guesses: most from the
    # quotation just before, three from "he""), and the hidden check counts each kind
    assert "All are the kit's guesses" in cells["03-25"], cells["03-25"]
    assert "from_quote > len(named_004) / 2 and from_he == 3" in cells["03-25a"], cells["03-25a"]
    assert "named_004.speaker_guess.all()" in cells["03-25a"], cells["03-25a"]
    quotes = kit.quotes(kit.load_articles())
    rows = quotes[(quotes.article_id == "washington-pretends-combating-isis") & (quotes.kind == "direct")
                  & (quotes.speaker_type == "named person")]
    assert len(rows) and rows.speaker_guess.all(), rows[["speaker", "speaker_guess"]]
