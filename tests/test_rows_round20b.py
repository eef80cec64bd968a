"""Rows of round 20b (branch r20rows2, issue 22: equal treatment), from a teacher's and a student's own
articles. The texts are made up; each rule is tested with the same sentence for the US, Russia, China, Iran and
other countries, and parallel sentences must give parallel rows."""

import pytest
from quote_helpers import checked_quotes, frame

import kit

#: How the sentences write each country: (adjective, owner's form, capital).
COUNTRIES = [("US", "the United States'", "Washington"), ("Russian", "Russia's", "Moscow"),
             ("Chinese", "China's", "Beijing"), ("Iranian", "Iran's", "Tehran"), ("French", "France's", "Paris"),
             ("Indian", "India's", "New Delhi")]


def _sources(text):
    s = kit.sources(frame(text))
    return s[["source", "source_type"]].values.tolist()


def _speakers(text):
    q = checked_quotes(text)
    return q[["speaker", "speaker_type"]].values.tolist()


# --- 1. an institution is an organisation with its whole name, whatever its country ---

@pytest.mark.parametrize("adj, owner, capital", COUNTRIES)
@pytest.mark.parametrize("body", ["Academy of Sciences", "Geological Survey", "Environment Programme",
                                  "Space Agency", "Statistics Service", "Health Commission", "Institute of Oceanology"])
def test_an_institution_is_one_organisation_with_its_whole_name(adj, owner, capital, body):
    name = f"{adj} {body}"
    text = f"A report by the {name}, published in March, found that the river had been polluted twice before."
    assert _speakers(text) == [[name, "organisation"]]
    assert _sources(f"The spill closed schools for a week, the {name} said on Monday.") == [[name, "organisation"]]


@pytest.mark.parametrize("name", ["United Nations Environment Programme", "Greenpeace", "Human Rights Watch"])
def test_an_international_body_is_an_organisation(name):
    text = f"A report by {name}, published in March, found that the river had been polluted twice before."
    assert _speakers(text) == [[name, "organisation"]]


# --- 2. a ministry or department keeps its whole name, written with the country's adjective or name ---

@pytest.mark.parametrize("adj, owner, capital", COUNTRIES)
@pytest.mark.parametrize("body", ["Ministry of Energy", "Department of Energy", "Ministry of Ecology and Environment",
                                  "Department of the Interior", "Ministry of Emergency Situations"])
def test_a_ministry_keeps_its_whole_name_for_every_country(adj, owner, capital, body):
    for written in (f"{adj} {body}", f"{owner} {body}"):
        text = f"The spill closed schools for a week, the {written} said on Monday."
        rows = _sources(text)  # "and" in the name may keep the article: "the … Ministry of Ecology and Environment"
        assert [[source.removeprefix("the "), kind] for source, kind in rows] == [[written.removeprefix("the "),
                                                                                   "organisation"]]


def test_a_gazetteer_body_keeps_its_gazetteer_row():
    assert _sources("The spill closed schools for a week, the Russian Foreign Ministry said.") == [
        ["Russian Foreign Ministry", "organisation"]]
    assert _sources("The spill closed schools for a week, the US State Department said.") == [
        ["US State Department", "organisation"]]


# --- 3. a city's mayor is a city official; a region's governor speaks for the region ---

@pytest.mark.parametrize("adj, owner, capital", COUNTRIES)
@pytest.mark.parametrize("city", ["{capital}", "Springfield"])
def test_a_mayor_is_the_citys_official_not_the_national_government(adj, owner, capital, city):
    city = city.format(capital=capital)
    for text in (f"The spill closed schools for a week, the mayor of {city} said on Monday.",
                 f"The mayor of {city} said the spill closed schools for a week."):
        assert _sources(text) == [[f"the mayor of {city}" if text.startswith("The spill") else
                                   f"The mayor of {city}", "anonymous"]]


@pytest.mark.parametrize("place, government", [("Ohio", "Ohio state government"),
                                               ("Hubei", "Hubei provincial government"),
                                               ("Kursk", "Kursk regional government"),
                                               ("Belgorod", "Belgorod regional government"),
                                               ("Ontario", "Ontario provincial government")])
def test_a_governor_speaks_for_the_region(place, government):
    assert _sources(f"The spill closed schools for a week, the governor of {place} said on Monday.") == [
        [government, "organisation"]]


# --- 4. a figure in the writer's main clause, or describing the speaker, is the writer's ---

def _credits(text):
    return kit.figures(frame(text))[["number", "attribution"]].values.tolist()


@pytest.mark.parametrize("who", ["neighbours", "critics", "Russian officials", "US officials", "Chinese officials",
                                 "Iranian officials", "Ann Lee"])
def test_a_figure_before_a_later_speakers_clause_is_the_writers(who):
    text = f"The town council voted 5-4 to build a skate park, a plan {who} slammed as “a waste of money.”"
    assert _credits(text) == [["5-4", ""]]
    text = f"The board cut 12 jobs on Friday, a decision {who} slammed as “a betrayal of the town.”"
    assert _credits(text) == [["12", ""], ["Friday", ""]]


@pytest.mark.parametrize("name", ["Maya Lin", "Tom Reyes", "Ivan Petrov", "Li Wei", "Reza Karimi"])
def test_an_age_or_a_description_after_the_speaker_is_the_writers(name):
    assert _credits(f"“We need it,” said {name}, 14.") == [["14", ""]]
    assert kit.figures(frame(f"“We need it,” said {name}, 14.")).kind.tolist() == ["age"]
    assert _credits(f"“We need it,” said {name}, a father of two.") == [["two", ""]]
    assert _credits(f"{name}, a father of two, said “We need it.”") == [["two", ""]]


def test_a_figure_the_speaker_reports_stays_the_speakers():
    assert _credits("The board cut 40 jobs, the union said.") == [["40", "the union"]]
    assert _credits("“We lost 40 jobs,” said Maya Lin, 44.")[0] == ["40", "Maya Lin"]


# --- 5. an outlet's report speaks for the outlet, as its article does ---

@pytest.mark.parametrize("outlet", ["CNN", "RT", "Xinhua", "Press TV", "Fox News", "BBC"])
@pytest.mark.parametrize("noun", ["article", "report", "reports", "story"])
def test_an_outlets_report_is_the_outlet_as_its_article_is(outlet, noun):
    assert _speakers(f"The spill closed schools for a week, a {outlet} {noun} said on Monday.") == [
        [outlet, "media outlet"]]


def test_a_report_of_a_body_that_is_no_outlet_stays_a_document():
    assert _speakers("The spill closed schools for a week, a city report said on Monday.") == [
        ["a city report", "document"]]
