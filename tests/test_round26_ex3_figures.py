"""03 Exercise 3 (teacher 47 #9, #10; teacher 46 #4, #7): a figure credited to a party with no text named ("The
Pentagon says 3,500", "Russia says 4,000") is checked against every account of that party the kit holds, whichever
of its names (data/concepts.csv) the student uses, on both sides alike; a note never names an article the student
did not name; a year is no head count. Expected figures are computed by the kit from the data; sentences are made up."""

import pytest

from kit.exercises.evidence import held_accounts

US = ["The Pentagon", "The US", "Washington"]
RUSSIA = ["Russia", "The Kremlin", "Moscow"]
ARTICLE_IDS = ["russia-charges-pentagon", "us-rescue-of-isis-in-raqqa", "russian-general-accuses"]


@pytest.fixture(scope="module")
def check(ex3_figure_check):
    return ex3_figure_check


def no_article_named(result):
    return not any(article_id in result.detail for article_id in ARTICLE_IDS)


@pytest.mark.parametrize("party, own, other, holder", [
    *[(name, "3,500", "350", "the Russian General Staff's words") for name in US],
    *[(name, "350", "3,500", "the spokesman's words") for name in RUSSIA],
])
def test_a_party_is_checked_against_all_its_accounts_by_any_of_its_names(check, party, own, other, holder):
    # the spokesman of the US-led coalition (at a Pentagon briefing) gives 3,500; the Russian General Staff 350
    kept = check(party, own)
    assert kept.status == "mastery" and "Say whose figure" not in kept.detail, kept
    swapped = check(party, other)
    assert swapped.status == "emerging", swapped
    assert f"do not give '{other}' as" in swapped.detail and f"'{other}' is in {holder}" in swapped.detail, swapped.detail
    assert no_article_named(swapped), swapped.detail


@pytest.mark.parametrize("party", US + RUSSIA)
def test_silos_figure_given_as_a_partys_is_named_as_his_on_both_sides(check, party):
    result = check(party, "4,000")
    assert result.status == "emerging", result
    assert "Talal Silo's words" in result.detail and "Say whose figure it is" in result.detail, result.detail
    assert no_article_named(result), result.detail


def test_the_teachers_mirror_is_checked_on_both_sides(check):
    result = check("The Pentagon says 3,500 civilians, Russia says 4,000 fighters.")
    assert "'3,500'" not in result.detail, result.detail
    assert "do not give '4,000' as Russia's figure" in result.detail, result.detail
    assert no_article_named(result), result.detail
    # a party's name before a word for a text names the text, not the party
    texts = check("The Russian article says 4,000 and the US one says 100.")
    assert "side's figure" not in texts.detail and "as the US" not in texts.detail, texts.detail


@pytest.mark.parametrize("speaker", ["The BBC", "The Associated Press"])  # quoted in the US-titled / Russian-titled article
def test_a_speaker_quoted_inside_an_article_is_not_placed_in_it(check, speaker):
    result = check(speaker, "4,000")
    assert "cannot check '4,000'" in result.detail and "does not count as your example" in result.detail, result.detail
    assert no_article_named(result), result.detail




def test_a_year_is_no_head_count(check, lesson03_ex3_check):
    result = check("The wsws article says 500 people came out of Raqqa.")
    assert "'500' is not in us-rescue-of-isis-in-raqqa (they give 100 vehicles and 4,000 people)" in result.detail, result.detail
    assert "2,014" not in str(result) and "2014" not in str(result), result


def test_held_figures_are_written_as_the_text_writes_them():
    import kit

    accounts = held_accounts(kit.load_articles())
    years = [f for a in accounts for f in a["figures"] if 1900 <= int(f) <= 2099 and len(f) == 4]
    assert years == [], years
    written = {w for a in accounts for w in a["written"].values()}
    assert "4,000" in written and "4000" not in written, written


def test_the_ones_left_out_read_as_the_count_are_told_either_side(check):
    # teacher 46 #7: Silo says some 4,000, "all but about 500 of them armed": 500 are the ones not armed
    misread = check("The spokesman says 3,500 civilians. russia-charges-pentagon uses Silo's 500, almost all armed.")
    assert "'500' comes after 'all but'" in misread.detail and misread.status == "emerging", misread
    read = check("The spokesman says 3,500 civilians. Silo says some 4,000, all but about 500 of them armed.")
    assert "all but" not in read.detail.replace("all but about 500 of them", ""), read.detail


@pytest.mark.parametrize("side", ["us", "russian"])
def test_all_but_is_read_alike_for_a_made_up_report_of_either_side(side):
    import pandas as pd

    from kit.exercises.evidence import misplaced_figures

    table = pd.DataFrame({"article_id": [f"{side}-report"], "outlet": [""], "title": [""], "author": [""],
                          "text": ["Some 2,000 people left the town, all but about 300 of them soldiers."]})
    misread = misplaced_figures(f"{side}-report says 300 soldiers left.", table)
    assert [(f, w) for f, _, w in misread] == [("300", True)], misread
    assert misplaced_figures(f"{side}-report says all but 300 were soldiers.", table) == []
    assert misplaced_figures(f"{side}-report says 2,000 left and 300 were not soldiers.", table) == []


@pytest.mark.parametrize("party", ["the us", "the pentagon", "russia", "the kremlin"])
def test_a_party_typed_in_small_letters_is_checked_alike(check, party):
    result = check(f"{party} says 4,000 people came out of Raqqa.")
    assert "Talal Silo's words" in result.detail and "Say whose figure it is" in result.detail, result.detail
    pronoun = check("It tells us 4,000 people came out of Raqqa.")  # "us" alone is a pronoun, no party
    assert "as the US" not in pronoun.detail and "Say whose figure" not in pronoun.detail, pronoun.detail
