"""naming(), distinctive_words() (Fightin' Words), figures(), headlines() and their plots."""

import math

import matplotlib
import pandas as pd
import pytest

import kit
from kit.errors import KitError, LexiconError
from kit.framing import (
    distinctive_words,
    figures,
    headlines,
    load_concepts,
    naming,
    plot_distinctive_words,
    plot_naming,
)

matplotlib.use("Agg")


def arts(texts, outlets=None, titles=None):
    n = len(texts)
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "outlet": outlets or [""] * n,
                         "title": titles or [""] * n, "text": list(texts)})


@pytest.fixture(scope="module")
def seeds():
    return kit.load_articles()


# ------------------------------------------------------------------ naming

def test_naming_counts_and_shares():
    a = arts(["The Assad regime and Damascus said no. The Assad regime again.",
              "The Syrian government said no. Daesh and ISIS left. IS fighters stayed."], ["X", "Y"])
    t = naming(a)
    got = {(r.outlet, r.surface): r.count for r in t.itertuples() if r.count}
    assert got == {("X", "Assad regime"): 2, ("X", "Damascus"): 1, ("Y", "Syrian government"): 1,
                   ("Y", "Daesh"): 1, ("Y", "ISIS"): 1, ("Y", "IS"): 1}
    x = t[(t.outlet == "X") & (t.concept == "Syrian government")]
    assert x.set_index("surface").share.to_dict() == {"Syrian government": 0.0, "Assad regime": 0.667,
                                                      "Damascus": 0.333}


def test_naming_case_sensitive_forms():
    # "is" the verb is not "IS"; "damascus steel" lowercase is not the government
    t = naming(arts(["This is what damascus steel is."], ["X"]))
    assert t["count"].sum() == 0


def test_naming_longest_form_wins():
    t = naming(arts(["US imperialism grew. The US-led coalition struck."], ["X"]))
    got = {r.surface: r.count for r in t.itertuples() if r.count}
    assert got == {"US imperialism": 1, "US-led coalition": 1}


def test_naming_spellings_of_one_name_are_one_row_in_the_commonest_spelling():
    a = arts(["The U.S. military left. The US military stayed. The US military came back.",
              "The U.S. said no. The US said yes. The U.S. waited."], ["X", "Y"])
    t = naming(a)
    got = {(r.outlet, r.surface): r.count for r in t.itertuples() if r.count}
    assert got == {("X", "US military"): 3, ("Y", "the U.S."): 3}
    assert "U.S. military" not in set(t.surface) and "the US" not in set(t.surface)
    assert t.loc[t.surface == "the U.S.", "share"].max() == 1.0


def test_spelling_key_folds_periods_case_and_listed_spellings(tmp_path):
    from kit.concepts import spelling_key
    assert spelling_key("the U.S. military") == spelling_key("The US military") == "the us military"
    assert spelling_key("U.S.A.") == spelling_key("USA") == spelling_key("us")
    assert spelling_key("Assad regime") != spelling_key("Syrian regime")
    bad = tmp_path / "name_spellings.csv"
    bad.write_text("spelling,same_as,note\nUSA,,x\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        spelling_key("USA", path=bad)
    assert err.value.line == 2 and err.value.field == "same_as"


def test_naming_unknown_outlet_is_kept(seeds):
    t = naming(seeds)
    assert "(outlet not given in the file)" in set(t.outlet)
    assert set(t.outlet) >= {"Anti-Media", "WSWS", "Global Research"}


def test_edited_and_malformed_concept_table(tmp_path):
    good = tmp_path / "concepts.csv"
    good.write_text("concept,surface,note,case_sensitive\nWeather,the storm,plain,\nWeather,the tempest,"
                    "dramatic,\n", encoding="utf-8")
    t = naming(arts(["The storm came. Then the tempest."], ["X"]), concepts=good)
    assert t["count"].tolist() == [1, 1]
    bad = tmp_path / "concepts_bad.csv"
    bad.write_text("concept,surface,note,case_sensitive\nWeather,,plain,\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_concepts(bad)
    assert err.value.line == 2 and err.value.field == "surface"


def test_concept_table_has_the_issue_actors():
    table = load_concepts()
    forms = table.groupby("concept").surface.apply(set).to_dict()
    assert {"Syrian government", "Assad regime", "Damascus", "Assad's forces"} <= forms["Syrian government"]
    assert {"United States", "Washington", "US imperialism", "the Pentagon", "the Americans"} <= forms["United States"]
    assert {"ISIS", "Islamic State", "IS", "Daesh", "terrorists", "militants"} <= forms["ISIS"]
    assert {"Syrian Democratic Forces", "SDF", "Kurdish forces", "proxy"} <= forms["SDF"]


def test_plot_naming_returns_figure(seeds):
    fig = plot_naming(seeds, concept="ISIS")
    assert fig.axes[0].get_title() == "How each outlet names the same actors"


# ------------------------------------------------------------------ Fightin' Words

def fw(y_i, n_i, y_j, n_j, a_w, a_0):
    """Monroe, Colaresi and Quinn (2008), eq. 16, 18, 19 -- written out by hand, natural logs."""
    delta = math.log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - math.log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
    var = 1 / (y_i + a_w) + 1 / (y_j + a_w)
    return delta, var, delta / math.sqrt(var)


def test_fightin_words_hand_computed_uniform_prior():
    a = arts(["regime regime war", "government war war"], ["X", "Y"])
    t = distinctive_words(a, prior=1.0)
    # vocabulary {government, regime, war}: alpha_0 = 1.0 x 3
    # X vs Y, word "regime": y_i=2, n_i=3, y_j=0, n_j=3
    # delta = ln(3/(3+3-2-1)) - ln(1/(3+3-0-1)) = ln 1 - ln 0.2 = 1.6094
    row = t[(t.outlet == "X") & (t.word == "regime")].iloc[0]
    assert row.delta == pytest.approx(math.log(5), abs=1e-9)
    assert row.variance == pytest.approx(1 / 3 + 1, abs=1e-9)
    assert row.z == pytest.approx(math.log(5) / math.sqrt(4 / 3), abs=1e-9)
    for r in t.itertuples():
        d, v, z = fw(r.count, r.n_words, r.count_other, r.n_words_other, 1.0, 3.0)
        assert (r.delta, r.variance, r.z) == pytest.approx((d, v, z))
    # symmetric for two groups
    y = t[(t.outlet == "Y") & (t.word == "regime")].iloc[0]
    assert y.z == pytest.approx(-row.z)


def test_fightin_words_informative_prior_and_pooling():
    a = arts(["regime war war", "government war", "government peace"], ["X", "Y", "Z"])
    t = distinctive_words(a, prior="informative", prior_scale=0.5)
    corpus = {"regime": 1, "war": 3, "government": 2, "peace": 1}
    a_0 = 0.5 * sum(corpus.values())
    for r in t.itertuples():
        a_w = 0.5 * corpus[r.word]
        assert r.alpha == pytest.approx(a_w)
        d, v, z = fw(r.count, r.n_words, r.count_other, r.n_words_other, a_w, a_0)
        assert (r.delta, r.variance, r.z) == pytest.approx((d, v, z))
    x_war = t[(t.outlet == "X") & (t.word == "war")].iloc[0]
    assert (x_war["count"], x_war.count_other, x_war.n_words, x_war.n_words_other) == (2, 1, 3, 4)


def test_fightin_words_natural_log_not_log10():
    a = arts(["war war war war peace", "peace peace peace peace war"], ["X", "Y"])
    t = distinctive_words(a, prior=0.5)
    row = t[(t.outlet == "X") & (t.word == "war")].iloc[0]
    d, v, z = fw(4, 5, 1, 5, 0.5, 1.0)
    assert row.z == pytest.approx(z)
    assert row.z != pytest.approx(z / math.log(10))


def test_fightin_words_unknown_outlet_and_errors():
    a = arts(["alpha beta", "beta gamma"], ["", "Y"])
    t = distinctive_words(a)
    assert set(t.outlet) == {"(outlet not given in the file)", "Y"}
    with pytest.raises(KitError):
        distinctive_words(arts(["one group only"], ["X"]))
    with pytest.raises(KitError):
        distinctive_words(a, prior="flat")
    with pytest.raises(KitError):
        distinctive_words(a, prior=-1)
    with pytest.raises(KitError):
        distinctive_words(a, by="newspaper")


def test_fightin_words_tokens_are_words_acronyms_or_whole_names(seeds):
    t = distinctive_words(seeds)
    word = r"[^\W\d_]{2,}(?:'[^\W\d_]+)*|[^\W\d_](?:\.[^\W\d_])+\."
    names = set(kit.framing.load_concepts().surface)
    plain = t.word.str.fullmatch(word)
    assert (plain | t.word.str.contains(" ") | t.word.str.contains("-")).all()
    assert (~plain | (t.word == t.word.str.lower()) | t.word.str.isupper()).all()  # acronyms keep capitals
    whole = set(t.word[t.word.str.contains(" ")])
    assert whole and whole <= {kit.words.name_token(n.removeprefix("the ").removeprefix("The ")) for n in names}
    fig = plot_distinctive_words(t, n=8)
    assert len([ax for ax in fig.axes if ax.get_visible()]) == t.outlet.nunique()


# ------------------------------------------------------------------ figures

def test_figures_units_hedges_and_dates():
    a = arts(["Some 4,000 people left on October 12. There are some 750 of the militants and roughly "
              "another 350. The convoy had 50 trucks. Fewer than 1,000 fighters remained. The toll is "
              "approximately 11,000, and over 40,000 by other counts."])
    f = figures(a)
    rows = {r.number: r for r in f.itertuples()}
    assert rows["4,000"].unit == "people" and rows["4,000"].hedge == "Some"
    assert rows["4,000"].phrase == "Some 4,000 people"
    assert rows["October 12"].kind == "date"
    assert rows["750"].unit == "militants" and rows["750"].hedge == "some"
    assert rows["350"].hedge == "roughly another"
    assert rows["50"].unit == "trucks" and rows["50"].hedge == ""
    assert rows["1,000"].hedge == "Fewer than" and rows["1,000"].value == 1000.0
    assert rows["11,000"].hedge == "approximately"
    assert rows["40,000"].hedge == "over"
    text = a.text.iloc[0]
    for r in f.itertuples():
        assert text[r.start:r.end] == r.number
        assert text[r.phrase_start:r.phrase_end] == r.phrase


def test_figures_attribution():
    a = arts(["He left. Talal Silo told the media that some 4,000 people were driven out.",
              "“We saw 50 trucks,” a driver said. In total 13 buses left."])
    f = figures(a)
    att = dict(zip(f.number, f.attribution, strict=True))
    assert att["4,000"] == "Talal Silo"
    assert att["50"] == "a driver"
    assert att["13"] == ""
    assert f.set_index("number").loc["50", "in_quote"]


def test_figures_seeds(seeds):
    f = figures(seeds)
    found = set(f.number)
    assert {"4,000", "750", "50", "11,000", "40,000", "October 12"} <= found
    first = f[f.article_id == seeds.article_id.iloc[0]]
    assert first.loc[first.number == "4,000", "attribution"].str.contains("Silo").all()


# ------------------------------------------------------------------ headlines

def test_headlines_side_by_side(seeds):
    h = headlines(seeds)
    assert len(h) == len(seeds)
    texts = dict(zip(seeds.article_id, seeds.text, strict=True))
    for r in h.itertuples():
        assert texts[r.article_id][r.lead_start:r.lead_end] == r.lead
        assert r.lead
    assert "(outlet not given in the file)" in set(h.outlet)


def test_inputs_not_modified():
    a = arts(["Some 4,000 people left. The Assad regime said no."], ["X"])
    before = a.copy()
    naming(a)
    figures(a)
    headlines(a)
    pd.testing.assert_frame_equal(a, before)


# ------------------------------------------------------------------ tokenisation (regressions)

def test_dotted_abbreviations_stay_one_token():
    from kit.words import _tokens
    assert _tokens("The U.S.-led coalition, the U.N. and the U.S don’t agree, e.g. today.") == \
        ["the", "US-led coalition", "the", "UN", "and", "the", "US", "don't", "agree", "e.g.", "today"]


def test_multi_word_names_stay_whole_and_us_is_not_the_pronoun():
    from kit.words import _tokens
    assert _tokens("The United States told us that U.S. forces and the US military left.") == \
        ["the", "United States", "told", "us", "that", "US forces", "and", "the", "US military", "left"]


def test_single_letters_are_not_words():
    a = arts(["The U.S. said a plan B was ready. I agree.", "Washington said the plan was ready."], ["X", "Y"])
    t = distinctive_words(a, prior=1.0)
    assert not (t.word.str.len() == 1).any()
    assert "US" in set(t.word)
    assert not {"u", "s", "a", "b", "i"} & set(t.word)


def test_seed_us_is_not_split(seeds):
    t = distinctive_words(seeds)
    assert not {"u", "s"} & set(t.word)
    anti = t[t.outlet == "Anti-Media"]
    assert "US" in set(anti.word)
    assert not (anti.nlargest(20, "z").word.str.len() == 1).any()


def test_plot_of_distinctive_words_leaves_out_grammar_words_unless_asked():
    arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""],
                         "text": ["of of of the regime regime", "war war government"]})
    shown = [t.get_text() for t in kit.framing.plot_distinctive_words(arts, n=5).axes[0].get_yticklabels()]
    assert "regime" in shown and "of" not in shown and "the" not in shown
    everything = kit.framing.plot_distinctive_words(arts, n=5, function_words=True).axes[0].get_yticklabels()
    assert "of" in [t.get_text() for t in everything]
    assert "of" in set(kit.framing.distinctive_words(arts).word)  # the table keeps every word
