"""What a student sees in the framing tables, figures and help (issue 21, items 2 and 4)."""

import ast

import pandas as pd
import pytest

import kit
from kit.errors import KitError


@pytest.fixture(scope="module")
def seeds():
    return kit.load_articles()


def one(text, outlet="X"):
    return pd.DataFrame({"article_id": ["a"], "outlet": [outlet], "title": [""], "text": [text]})


def counts(text, concept):
    t = kit.naming(one(text))
    t = t[(t.concept == concept) & (t["count"] > 0)]
    return dict(zip(t.surface, t["count"]))


def test_the_longest_name_of_an_actor_wins():
    assert counts("The US military left. Then the US said so.", "United States") == {"the US": 1, "US military": 1}
    assert counts("The U.S. forces stayed.", "United States") == {"U.S. forces": 1}


def test_a_backed_group_names_both_actors_whoever_the_backer_is():
    text = "US-backed forces, Iranian-backed militias and Russian-backed units fought."
    assert counts(text, "SDF") == {"US-backed forces": 1}
    assert counts(text, "United States") == {"US-backed": 1}
    assert counts(text, "Iran") == {"Iranian-backed": 1}
    assert counts(text, "Russia") == {"Russian-backed": 1}


def test_seed_wsws_names_the_us_military_as_written(seeds):
    t = kit.naming(seeds)
    wsws = t[(t.outlet == "WSWS") & (t.concept == "United States")].set_index("surface")["count"]
    text = seeds.set_index("article_id").text["us-rescue-of-isis-in-raqqa"]
    assert wsws["US military"] == text.count("US military")
    assert wsws["the US"] + wsws["US military"] + wsws["US forces"] <= text.count("the US") + text.count("US ")


@pytest.mark.parametrize("text, kind", [
    ("Regime change 2.0 is coming.", "version"),
    ("The war began in 2014.", "year"),
    ("On October 12 the convoy left.", "date"),
])
def test_dates_years_and_versions_are_not_amounts(text, kind):
    f = kit.figures(one(text))
    assert f.kind.tolist() == [kind] and not f.amount.any()


def test_counts_shares_and_money_are_amounts():
    f = kit.figures(one("Some 4,000 people, 40 percent of them children, cost $5 million."))
    assert f.amount.all() and set(f.kind) == {"number", "percent", "money"}


def test_a_figure_inside_a_quoted_headline_is_credited_to_its_outlet():
    text = 'CNN in its article, "Thousands of troops surrender in Syria," claims much.'
    f = kit.figures(one(text))
    assert f.loc[f.number == "Thousands", "attribution"].item() == "CNN"


def test_seed_figures_without_a_source_leave_out_years_and_versions(seeds):
    f = kit.figures(seeds)
    unsourced = f[f.amount & (f.attribution == "")]
    assert not unsourced.number.isin(["2014", "2015", "2.0"]).any()
    assert not unsourced.sentence.str.startswith("CNN in its article").any()


def test_help_lists_every_tool_in_plain_words():
    text = kit.help()
    assert 'kit.help("quotes")' in text
    rows = pd.read_csv(kit.data_path("student_help.csv"))
    for row in rows.itertuples():
        assert callable(getattr(kit, row.name)), row.name
        assert f"kit.{row.name}:" in text
        ast.parse(row.example)  # the example can be copied into a cell
        assert "(" in row.example and row.name in row.example
    for word in ("YAML", "manifest", "attrs", ">>>", "DataFrame", "regex"):
        assert word not in rows.to_string(), word


def test_help_for_one_tool_by_name_or_function_and_a_did_you_mean():
    assert kit.help(kit.quotes) == kit.help("quotes") == kit.help("kit.quotes()")
    assert kit.help("quotes").startswith("kit.quotes\n")
    assert "&lt;" in type(kit.help("quotes"))("<b>x\ny</b>")._repr_html_()  # escaped
    with pytest.raises(KitError, match='Did you mean kit.help\\("quotes"\\)'):
        kit.help("qoutes")


def test_talk_about_anonymous_sources_is_not_a_source():
    text = ("Critics noted the questionable nature of anonymous sources. "
            "One of the unnamed officials said the road was closed.")
    s = kit.sources(one(text))
    assert "anonymous sources" not in set(s.source)


def test_seed_sources_leave_out_the_nature_of_anonymous_sources(seeds):
    s = kit.sources(seeds)
    rga = s[s.article_id == "russian-general-accuses"]
    assert "anonymous sources" not in set(rga.source)
    assert "An anonymous source" in set(rga.source)  # the quoted one stays
