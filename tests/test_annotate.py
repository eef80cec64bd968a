"""annotate(), explain() and profile(): exact offsets, every category, the traps, and edited lists."""

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.annotation import SPAN_COLUMNS, annotate, explain, profile
from kit.errors import KitError, LexiconError
from kit.lexicons import CATEGORIES, categories_in, load_lexicon

# The built-in categories, then any a teacher added to data/lexicons/ (tests must not assume there are none).
DEFAULT_CATEGORIES = categories_in(kit.default_lexicon())

FIXTURE = Path(__file__).parent / "fixtures" / "lexicon_small.csv"
LEX = load_lexicon(FIXTURE)
ROOT = Path(__file__).resolve().parent.parent


def spans_of(text, categories=None, lexicon=LEX):
    return annotate(text, categories=categories, lexicon=lexicon)


def found(text, category=None, lexicon=LEX):
    spans = spans_of(text, lexicon=lexicon)
    if category:
        spans = spans[spans.category == category]
    return spans.text.tolist()


def assert_exact(articles, spans):
    texts = dict(zip(articles.article_id, articles.text, strict=True))
    for row in spans.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


# ------------------------------------------------------------------ shape and offsets

def test_columns_order_and_types():
    spans = spans_of("The brutal regime may fall, critics say.")
    assert list(spans.columns) == SPAN_COLUMNS
    assert spans.start.dtype == "int64" and spans.end.dtype == "int64" and spans.sentence_id.dtype == "int64"
    assert spans.article_id.eq("text").all()
    assert spans.start.is_monotonic_increasing


def test_offsets_are_exact_on_the_bundled_corpus():
    articles = kit.load_articles()
    spans = annotate(articles)
    assert len(spans) > 50
    assert_exact(articles, spans)
    assert set(spans.category) <= set(DEFAULT_CATEGORIES)
    # sorted by article (in the order given), then start
    order = {a: i for i, a in enumerate(articles.article_id)}
    keys = list(zip(spans.article_id.map(order), spans.start, strict=True))
    assert keys == sorted(keys)


def test_sentence_ids_match_kit_sentences():
    articles = kit.load_articles()
    spans = annotate(articles, lexicon=LEX)
    sents = kit.sentences(articles).set_index(["article_id", "sentence_id"])
    for row in spans.itertuples():
        s = sents.loc[(row.article_id, row.sentence_id)]
        assert s.start <= row.start < s.end + 1


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Gen.", "Smith", "said", " ", "\n", "\n\n", ". ", "? ", '"', "\u201c", "\u201d",
                                 "U.S.", "2.5", "It", "may", "x"]), max_size=40).map("".join))
def test_sentence_numbering_is_the_same_as_kit_sentences(text):
    frame = pd.DataFrame({"article_id": ["a"], "text": [text]})
    sents = kit.sentences(frame)
    assert profile(frame, lexicon=LEX).n_sentences.item() == len(sents)
    for span in annotate(frame, lexicon=LEX).itertuples():
        sent = sents[sents.sentence_id == span.sentence_id].iloc[0]
        assert sent.start <= span.start and span.end <= sent.end + 1


def test_empty_and_spanless_text_give_an_empty_table():
    for text in ["", "   ", "Nothing to see here."]:
        spans = spans_of(text)
        assert spans.empty and list(spans.columns) == SPAN_COLUMNS


def test_input_is_not_modified():
    articles = kit.load_articles().head(2)
    before = articles.copy(deep=True)
    annotate(articles, lexicon=LEX)
    profile(articles, lexicon=LEX)
    pd.testing.assert_frame_equal(articles, before)


def test_a_row_a_frame_and_a_string():
    articles = kit.load_articles()
    row = articles.iloc[1]
    from_row = annotate(row, lexicon=LEX)
    from_frame = annotate(articles.iloc[[1]], lexicon=LEX)
    pd.testing.assert_frame_equal(from_row, from_frame)
    assert from_row.article_id.eq(row.article_id).all()


def test_bad_input_messages():
    with pytest.raises(KitError, match="needs the column 'text'"):
        annotate(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(KitError, match="appears more than once"):
        annotate(pd.DataFrame({"article_id": ["a", "a"], "text": ["x", "y"]}))
    with pytest.raises(KitError, match="expected an articles table"):
        annotate(42)
    missing_text = annotate(pd.DataFrame({"article_id": ["a"], "text": [None]}), lexicon=LEX)
    assert missing_text.empty


def test_unknown_category_lists_the_available_ones():
    with pytest.raises(KitError) as info:
        annotate("text", categories=["hedges"])
    message = str(info.value)
    assert "unknown category 'hedges'" in message
    for name in CATEGORIES:
        assert name in message


def test_categories_filter():
    text = "The brutal regime clearly may fall, critics say."
    assert set(spans_of(text, categories=["hedge"]).category) == {"hedge"}
    assert set(spans_of(text, categories="booster").category) == {"booster"}
    assert set(spans_of(text, categories=["label", "hedge"]).category) == {"label", "hedge"}


# ------------------------------------------------------------------ each category, positive and negative

@pytest.mark.parametrize("category, positive, negative", [
    ("loaded_language", "A brutal attack and brutally honest.", "A harsh attack."),
    ("loaded_language", "That is patent nonsense.", "That is a patent and some nonsense."),
    ("label", "The regime fell. Regimes fall.", "The government fell."),
    ("hedge", "He allegedly fled.", "He fled."),
    ("booster", "It is clearly and undeniably false.", "It is false."),
    ("booster", "In reality, it rained.", "In the real world it rained."),
    ("attribution", "She said so, according to him.", "She wrote so."),
    ("vague_source", "Critics say it failed; some experts agree.", "Three named critics disagree."),
    ("scare_quote", "The so-called rebels left.", "The rebels, so called by all, left."),
])
def test_each_category(category, positive, negative):
    assert found(positive, category), positive
    assert not found(negative, category), negative


def test_may_the_month_is_not_a_hedge_but_may_the_verb_is():
    assert found("On May 5 the talks began.", "hedge") == []
    assert found("In May, Theresa May spoke.", "hedge") == []
    assert found("The talks may begin.", "hedge") == ["may"]
    assert found("The mayor spoke.", "hedge") == []


def test_the_default_lexicon_handles_the_may_trap():
    assert found("On May 5 the talks began in May.", "hedge", lexicon=None) == []
    assert "may" in found("The talks may begin.", "hedge", lexicon=None)


def test_default_lexicon_traps():
    spans = annotate("The mayor reclaimed the land. He alleges fraud; the alleged fraud allegedly began.")
    by_text = dict(zip(spans.text, spans.category, strict=True))
    assert "mayor" not in by_text and "reclaimed" not in by_text and "claimed" not in by_text
    assert by_text["alleged"] == by_text["allegedly"] == "hedge"
    assert by_text["alleges"] == "attribution"
    assert spans.loc[spans.text == "alleges", "tone"].item() == "loaded"


def test_inflections_of_allege():
    text = "He alleges fraud; the alleged fraud allegedly began when they allege it did."
    spans = spans_of(text, categories=["hedge"])
    assert spans.text.tolist() == ["alleges", "alleged", "allegedly", "allege"]
    assert set(spans.term) == {"alleged"}


def test_word_boundaries():
    assert found("They reclaimed the land.", "attribution") == []
    assert found("They claimed the land.", "attribution") == ["claimed"]
    assert found("Mayoral races; the mayor; dismay.", "hedge") == []
    assert found("said2 xsaid saidx _said", "attribution") == ["said"]  # "_" is not a letter
    # one text each: a label used again in the same text is flagged once (rule label-used-before)
    assert found("A 'regime'-style rule.", "label") == found("Anti-regime protests.", "label") == ["regime"]


def test_multi_word_terms_across_line_breaks_and_extra_spaces():
    text = "According\nto the army, it is patent   nonsense and, in\n   reality, false."
    assert found(text, "attribution") == ["According\nto"]
    assert found(text, "loaded_language") == ["patent   nonsense"]
    assert found(text, "booster") == ["in\n   reality"]
    spans = spans_of(text)
    assert_exact(pd.DataFrame({"article_id": ["text"], "text": [text]}), spans)


def test_curly_and_straight_apostrophes_and_case():
    assert found("I don\u2019t know.", "hedge") == ["don\u2019t know"]
    assert found("I don't know.", "hedge") == ["don't know"]
    assert found("I DON'T KNOW.", "hedge") == ["DON'T KNOW"]
    assert spans_of("I don\u2019t know.").term.tolist() == ["don't know"]


def test_case_sensitive_entries():
    assert found("The US said so.", "label") == ["US"]
    assert found("Tell us what you said.", "label") == []


def test_longest_match_wins_within_a_category_and_categories_may_overlap():
    spans = spans_of("They called for regime change in the war on terror.")
    labels = spans[spans.category == "label"]
    assert labels.text.tolist() == ["regime change", "war on terror"]
    loaded = spans[spans.category == "loaded_language"]
    assert loaded.text.tolist() == ["terror"]  # overlaps a label: kept, it is another category


def test_attribution_tone():
    spans = spans_of("He claimed it, she said it, and they admitted it.", categories=["attribution"])
    assert spans[["text", "tone"]].values.tolist() == [["claimed", "loaded"], ["said", "neutral"],
                                                         ["admitted", "loaded"]]
    assert spans.alternative.tolist() == ["said", "", "said"]
    others = spans_of("The brutal regime may fall.")
    assert others.tone.eq("").all()


def test_default_attribution_tone():
    spans = annotate("The minister said it. The minister claimed it.", categories=["attribution"])
    tones = dict(zip(spans.text, spans.tone, strict=True))
    assert tones["said"] == "neutral" and tones["claimed"] == "loaded"


# ------------------------------------------------------------------ the scare-quote rule

RULE = "rule:short-quote-no-speaker"


@pytest.mark.parametrize("text, expected", [
    ('The "rebels" left the city.', ['"rebels"']),
    ("The \u201cmoderate rebels\u201d left the city.", ["\u201cmoderate rebels\u201d"]),
    ("The \u2018moderate\u2019 rebels left the country\u2019s north.", ["\u2018moderate\u2019"]),
    ('He said the "rebels" left.', []),                          # a speaker in the sentence
    ('According to him, the "rebels" left.', []),
    ('The answer was short: "No way."', []),                     # introduced by a colon
    ('"Nonsense."', []),                                         # the whole sentence is a quotation
    ('The "long quotation of six words here" left.', []),        # too long
    ("It is the country\u2019s best and the army\u2019s worst.", []),  # apostrophes, not quotes
])
def test_short_quote_rule(text, expected):
    spans = spans_of(text, categories=["scare_quote"])
    rule = spans[spans.term == RULE]
    assert rule.text.tolist() == expected
    if expected:
        assert rule.note.iloc[0] and rule.category.iloc[0] == "scare_quote"


def test_quote_rule_does_not_pair_quotes_across_paragraphs():
    text = 'First "open quote and more\n\n"Second" paragraph is here.'
    # the unclosed mark in paragraph 1 does not pair with paragraph 2; there, "Second" is quoted
    assert spans_of(text, categories=["scare_quote"]).text.tolist() == ['"Second"']


def test_quote_rule_with_so_called_keeps_both():
    spans = spans_of("The so-called \u201crebels\u201d left.", categories=["scare_quote"])
    assert spans.text.tolist() == ["so-called", "\u201crebels\u201d"]


# ------------------------------------------------------------------ edited word lists

def test_lexicon_as_path_list_and_dataframe(tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text(FIXTURE.read_text().splitlines()[0] + "\n"
                    "freedom fighters,freedom fighter,label,,A label that praises a side.,fighters,class 9B,\n",
                    encoding="utf-8")
    text = "The freedom fighters said no."
    assert annotate(text, lexicon=mine).text.tolist() == ["freedom fighters"]  # replaces the kit's lists
    assert annotate(text, lexicon=str(mine)).text.tolist() == ["freedom fighters"]
    assert annotate(text, lexicon=[mine, FIXTURE]).text.tolist() == ["freedom fighters", "said"]
    both = pd.concat([kit.default_lexicon(), kit.load_lexicon(mine)])
    spans = annotate(text, lexicon=both)
    assert "freedom fighters" in spans.text.tolist() and "said" in spans.text.tolist()
    assert explain("Freedom Fighter", lexicon=both).entries[0]["source"] == "class 9B"


def test_a_later_entry_overrides_an_earlier_one():
    mine = pd.DataFrame([{"term": "said", "category": "attribution", "tone": "loaded",
                          "note": "Our class thinks this is loaded.", "source": "class 9B"}])
    both = pd.concat([LEX, mine], ignore_index=True)
    spans = annotate("She said no.", lexicon=both)
    assert spans[["text", "tone", "note"]].values.tolist() == [["said", "loaded", "Our class thinks this is loaded."]]


def test_bad_lexicon_tables():
    # a table may bring a category of its own, but its name must be snake_case
    with pytest.raises(LexiconError, match="'Praise words' is not snake_case") as info:
        annotate("x", lexicon=pd.DataFrame([{"term": "x", "category": "Praise words", "note": "n"}]))
    assert "praise_words" in info.value.fix
    with pytest.raises(LexiconError, match="no column 'note'"):
        annotate("x", lexicon=pd.DataFrame([{"term": "x", "category": "hedge"}]))
    with pytest.raises(LexiconError, match="expected a word list"):
        annotate("x", lexicon=42)


# ------------------------------------------------------------------ explain()

def test_explain_a_term_in_any_form():
    for query in ["alleged", "Allegedly", "ALLEGES", "  alleged. "]:
        e = explain(query, lexicon=LEX)
        assert e.found, query
        assert e.entries[0]["category"] == "hedge"
        assert "shows doubt" in str(e)
    curly = explain("don\u2019t know", lexicon=LEX)
    assert curly.found and "Admits uncertainty" in str(curly)
    claimed = str(explain("claims", lexicon=LEX))
    assert "Tone: loaded" in claimed and "More neutral: said" in claimed and "Source: test fixture" in claimed


def test_explain_unknown_word_is_friendly():
    e = explain("banana", lexicon=LEX)
    assert not e.found
    assert "not in the kit's word lists" in repr(e)
    assert "banana" in e._repr_html_()


def test_explain_a_span_row_and_a_rule():
    spans = spans_of('He claimed the "rebels" left, the regime says.')
    row = spans[spans.text == "claimed"].iloc[0]
    assert "attribution" in str(explain(row, lexicon=LEX))
    assert "Tone: loaded" in str(explain(row.to_dict(), lexicon=LEX))
    rule_row = spans_of('The "rebels" left.').iloc[0]
    text = str(explain(rule_row))
    assert RULE in text and "quotation marks" in text
    assert explain(RULE).found


def test_explain_default_lexicon_entries():
    for word in ["claimed", "so-called", "allegedly", "regime"]:
        assert explain(word).found, word


def test_explain_html_is_escaped():
    evil = pd.DataFrame([{"term": "boo", "category": "hedge", "note": "<script>alert(1)</script>",
                          "alternative": "<b>x</b>", "source": "a & b"}])
    html = explain("boo", lexicon=evil)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;" in html and "a &amp; b" in html
    with pytest.raises(KitError):
        explain(3)


# ------------------------------------------------------------------ profile()

def test_profile_columns_and_values():
    text = "Critics say it may be true. It is clearly false. She said so."
    p = profile(text, lexicon=LEX)
    assert len(p) == 1
    for cat in CATEGORIES:
        assert cat in p.columns and f"{cat}_per_1k" in p.columns
    row = p.iloc[0]
    assert row.n_words == 13 and row.n_sentences == 3
    assert row.hedge == 1 and row.booster == 1 and row.hedge_booster_ratio == 1.0
    assert row.hedge_per_1k == round(1000 / 13, 2)
    assert row.attribution_sentence_share == round(2 / 3, 3)  # "say" (in "Critics say") and "said"
    assert row.avg_sentence_length == round(13 / 3, 1)
    assert 0 < row.flesch_reading_ease < 120 and not math.isnan(row.flesch_kincaid_grade)


def test_profile_ratio_is_nan_without_boosters():
    p = profile("It may rain.", lexicon=LEX)
    assert math.isnan(p.hedge_booster_ratio.item())


def test_profile_bundled_corpus_carries_outlet_and_title():
    articles = kit.load_articles()
    p = profile(articles)
    assert p.article_id.tolist() == articles.article_id.tolist()
    assert p.outlet.tolist() == articles.outlet.tolist() and p.title.tolist() == articles.title.tolist()
    assert p.n_words.tolist() == articles.n_words.tolist()
    assert p.n_sentences.tolist() == kit.sentences(articles).groupby("article_id").size()[p.article_id].tolist()
    assert list(p.columns[:5]) == ["article_id", "outlet", "title", "loaded_language", "loaded_language_per_1k"]
    spans = annotate(articles)
    counts = spans[spans.voice == "writer"].groupby(["article_id", "category"]).size()
    quoted = spans[spans.voice == "quoted"].groupby(["article_id", "category"]).size()
    for row in p.itertuples():
        for cat in CATEGORIES:
            assert getattr(row, cat) == counts.get((row.article_id, cat), 0)
            assert getattr(row, f"quoted_{cat}_per_1k") == \
                round(quoted.get((row.article_id, cat), 0) * 1000 / row.n_words, 2)


# ------------------------------------------------------------------ progress, import cost, kit.annotate

def many_articles(n):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "text": ["It may rain."] * n})


def test_no_progress_bar_for_small_corpora_or_when_turned_off(capsys):
    annotate(many_articles(50), lexicon=LEX)
    annotate(many_articles(250), lexicon=LEX, progress=False)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_progress_bar_for_large_corpora(capsys):
    from kit import cache

    cache.clear()  # rows read back from the cache need no progress bar
    spans = annotate(many_articles(250), lexicon=LEX)
    assert len(spans) == 250
    assert "250/250" in capsys.readouterr().err


def test_kit_annotate_is_the_function_whatever_was_imported_first():
    code = ("import kit; kit.profile('It may rain.'); import kit.annotation; "
            "print(len(kit.annotate('It may rain.')), kit.explain('may').found)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "True"]


def test_importing_the_engine_is_cheap():
    code = ("import sys, kit, kit.annotation, kit.lexicons, kit.display, kit.plots, kit.readability; "
            "print(sorted(m for m in ('matplotlib', 'textstat', 'tqdm', 'ahocorasick', 'nltk') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ------------------------------------------------------------------ property tests

PIECES = ["may", "May", "alleged", "said", "claimed", "so-called", "regime change", "in reality", "don\u2019t know",
          "US", "us", " ", "  ", "\n", "\n\n", '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", ":", ".", "-",
          "\u0130", "\u00df", "\ufb03", "\u03a3", "\xa0", "\t", "x", "5"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=40).map("".join))
def test_annotate_never_crashes_and_offsets_are_exact(text):
    for lexicon in (LEX, None):
        spans = annotate(text, lexicon=lexicon)
        assert list(spans.columns) == SPAN_COLUMNS
        for row in spans.itertuples():
            assert 0 <= row.start < row.end <= len(text)
            assert text[row.start:row.end] == row.text
        assert spans.start.is_monotonic_increasing


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_annotate_arbitrary_unicode(text):
    spans = annotate(text)
    for row in spans.itertuples():
        assert text[row.start:row.end] == row.text


# ------------------------------------------------------------------ a teacher's own category (data only)

EUPHEMISM_CSV = ("term,variants,category,tone,note,alternative,source,case_sensitive\n"
                 "collateral damage,,euphemism,,Hides that people were killed or hurt.,civilian deaths,class 9B,\n"
                 "pass away,passed away|passes away,euphemism,,A soft way to say someone died.,died,class 9B,\n"
                 "let go,,euphemism,,A soft way to say someone was fired.,fired,class 9B,\n")
DEFAULT_PROFILE_COLUMNS = [
    "article_id", *(c for cat in DEFAULT_CATEGORIES for c in (cat, f"{cat}_per_1k", f"quoted_{cat}_per_1k")),
    "hedge_booster_ratio",
    "attribution_sentence_share", "n_words", "n_sentences", "avg_sentence_length", "flesch_reading_ease",
    "flesch_kincaid_grade"]


@pytest.fixture
def with_euphemism(tmp_path):
    path = tmp_path / "euphemism.csv"
    path.write_text(EUPHEMISM_CSV, encoding="utf-8")
    mine = kit.load_lexicon(path)
    return pd.concat([kit.default_lexicon(), mine])


def test_a_new_category_is_found_with_exact_offsets(with_euphemism):
    text = "The raid caused Collateral\u00a0Damage, officials said. The old man passed away; staff were let go."
    spans = annotate(text, lexicon=with_euphemism)
    mine = spans[spans.category == "euphemism"]
    assert mine[["start", "end", "text", "term"]].values.tolist() == [
        [16, 33, "Collateral\u00a0Damage", "collateral damage"],
        [63, 74, "passed away", "pass away"],
        [87, 93, "let go", "let go"]]
    assert (mine.tone == "").all() and mine.alternative.tolist() == ["civilian deaths", "died", "fired"]
    assert "attribution" in set(spans.category)  # the kit's own lists still work alongside
    for row in spans.itertuples():
        assert text[row.start:row.end] == row.text
    only = annotate(text, categories=["euphemism"], lexicon=with_euphemism)
    assert only.text.tolist() == ["Collateral\u00a0Damage", "passed away", "let go"]
    both = annotate(text, categories=["euphemism", "attribution"], lexicon=with_euphemism)
    assert set(both.category) == {"euphemism", "attribution"}


def test_unknown_category_lists_the_extra_ones_too(with_euphemism):
    with pytest.raises(KitError) as info:
        annotate("x", categories=["euphemisms"], lexicon=with_euphemism)
    assert "unknown category 'euphemisms'" in str(info.value)
    assert "scare_quote, " in info.value.fix and "euphemism" in info.value.fix
    if "euphemism" not in DEFAULT_CATEGORIES:  # (unless a teacher added euphemism.csv to data/lexicons/)
        with pytest.raises(KitError, match="unknown category 'euphemism'"):  # not in the kit's own lists
            annotate("x", categories=["euphemism"])


def test_profile_has_columns_for_a_new_category(with_euphemism):
    text = "He passed away. It may rain. Collateral damage was clearly high."
    p = profile(text, lexicon=with_euphemism)
    at = p.columns.get_loc(f"{categories_in(with_euphemism)[-1]}_per_1k")
    assert "euphemism" in p.columns and p.columns.get_loc("euphemism_per_1k") <= at
    assert p.euphemism.item() == 2
    assert p.euphemism_per_1k.item() == pytest.approx(round(2000 / p.n_words.item(), 2))
    assert p.hedge.item() == 1 and p.booster.item() == 1
    mine = ("euphemism", "euphemism_per_1k", "quoted_euphemism_per_1k")
    assert [c for c in p.columns if c not in mine] == [c for c in DEFAULT_PROFILE_COLUMNS if c not in mine]


def test_default_profile_columns_are_unchanged():
    assert list(profile("It may rain.").columns) == DEFAULT_PROFILE_COLUMNS


def test_explain_a_word_of_a_new_category(with_euphemism):
    e = explain("Passes away", lexicon=with_euphemism)
    assert e.found and [x["category"] for x in e.entries] == ["euphemism"]
    text = str(e)
    assert "euphemism" in text and "words from your list 'euphemism'" in text
    assert "A soft way to say someone died." in text and "More neutral: died" in text
    span = annotate("They let go of 40 staff.", lexicon=with_euphemism).iloc[0]
    assert "someone was fired" in str(explain(span, lexicon=with_euphemism))
    assert "&lt;" not in explain(span, lexicon=with_euphemism)._repr_html_()


def test_a_table_may_bring_any_snake_case_category():
    table = pd.DataFrame([{"term": "battle", "category": "war_words", "note": "Makes it sound like a war."},
                          {"term": "hero", "category": "praise2", "note": "Praise."}])
    spans = annotate("A battle of heroes and a hero.", lexicon=table)
    assert spans[["text", "category"]].values.tolist() == [["battle", "war_words"], ["hero", "praise2"]]
    p = profile("A battle.", lexicon=table)
    at = p.columns.get_loc("quoted_scare_quote_per_1k") + 1
    assert list(p.columns[at:at + 6]) == \
        ["war_words", "war_words_per_1k", "quoted_war_words_per_1k", "praise2", "praise2_per_1k",
         "quoted_praise2_per_1k"]


# ------------------------------------------------------------------ loaded language: what a word does here

def _flags(text, categories=("loaded_language", "label")):
    spans = annotate(text, categories=list(categories))
    return list(zip(spans["text"].str.lower(), spans["rule"]))


def test_terrorist_before_an_act_names_the_act_not_people():
    assert _flags("Police said they stopped a terrorist plot and two terrorist attacks.") == []
    assert _flags("The terrorists fled north.") == [("terrorists", "word-list")]
    assert "terrorist-names-an-act" in str(explain("terrorist"))


def test_corrupt_in_the_legal_sense_is_not_flagged():
    assert _flags("The firm admitted making corrupt payments to win the contract.") == []
    assert _flags("Voters were tired of the corrupt mayor.") == [("corrupt", "word-list")]


def test_plain_news_words_are_not_on_the_lists():
    # a legal status, a charge, an everyday news word: described in docs/lexicons.md
    text = ("An illegal immigrant was released. Two men conspired to commit fraud. Election meddling was "
            "studied. It was merely a formality. The pension scheme closed. The mainstream media covered it.")
    assert _flags(text) == []
    assert [t for t, _ in _flags("He wants to deport the illegals the MSM ignores.")] == ["illegals", "msm"]


def test_quoted_loaded_words_are_kept_with_their_voice():
    spans = annotate("The mayor said the plan was “a brutal betrayal” of the town.", categories=["loaded_language"])
    assert set(spans["voice"]) == {"quoted"} and {"brutal", "betrayal"} <= set(spans["text"].str.lower())


def test_literal_and_technical_senses_are_not_flagged():
    for text in ["The law had a chilling effect on reporters.", "A swarm of bees closed the road.",
                 "The flat had a rat infestation.", "The shed was infested with termites."]:
        assert _flags(text, ["loaded_language"]) == [], text
    assert _flags("Crowds swarmed the square, he wrote.", ["loaded_language"]) == [("swarmed", "word-list")]
    assert _flags("A chilling video appeared.", ["loaded_language"]) == [("chilling", "word-list")]


def test_a_word_inside_a_name_is_not_flagged():
    assert _flags("He was charged under the Foreign Corrupt Practices Act last year.") == []
    assert _flags("Representative Louise M. Slaughter spoke first.") == []
    # not a name: the capital that starts a sentence, capitals for emphasis, a headline
    assert _flags("Corrupt deals were done.") == [("corrupt", "word-list")]
    assert _flags("It is a TOTAL HOAX, he wrote.") == [("hoax", "word-list")]
    assert _flags("Police Say Brutal Attack Was Planned") == [("brutal", "word-list")]


# ------------------------------------------------------------------ attribution cues in context (issue 9)

def cues(text):
    """(text, rule) of the attribution flags the kit's own lists and rules make."""
    spans = annotate(text, categories=["attribution"])
    return list(zip(spans.text, spans.rule, strict=True))


@pytest.mark.parametrize("text, expected", [
    # a verb of thinking with a statement after it is an attribution; with an object it is not
    ("The mayor believes that the bridge is safe.", [("believes", "belief-with-clause")]),
    ("Farmers fear they will lose the harvest.", [("fear", "belief-with-clause")]),
    ("The fear of floods is old.", []),
    # wanting and planning: "to" follows
    ("The council plans to close the road.", [("plans", "intention-to")]),
    ("The plans were drawn in pencil.", []),
    # inside a reported statement, the reporting verb is the attribution
    ("Lee said she hopes to win.", [("said", "word-list")]),
    # evidence verbs: a poll or study as the subject, or "that" after
    ("A new survey of teachers shows support rising.", [("shows", "finding-by-source")]),
    ("The review found that nobody had checked.", [("found", "finding-that")]),
    ("They found the keys under a mat.", []),
    # "called": the words follow in quotation marks
    ("The coach called the referee “a disgrace”.", [("called", "called-with-quotation")]),
    ("A village called Hope held a fair.", []),
    ("The so-called “experts” met.", []),
    # declined: what was not done follows
    ("The firm declined to comment.", [("declined", "refusal-with-object")]),
    ("Sales declined in May.", []),
    # senses that report no words
    ("The clerk was charged with theft.", []),
    ("It was a racially charged debate.", []),
    ("The army responded by closing the border.", []),
    ("She won 40 pledged delegates.", []),
])
def test_attribution_context_rules(text, expected):
    assert cues(text) == expected


def test_attribution_inside_a_quotation_is_the_speakers_own_words():
    text = "“I said no, and I think it was right,” the mayor told reporters."
    assert cues(text) == [("told", "word-list")]


def test_in_a_statement_after_said_is_not_flagged_twice():
    assert cues("“We will appeal,” Ms. Ng said in a statement.") == [("said", "word-list")]
    assert cues("In a statement, the firm apologised.") == [("In a statement", "word-list")]


def test_new_reporting_verbs_in_their_inflections():
    text = ("Ana praised the plan. Ben praises it. Cy is praising it. Di cited a study, citing the data. "
            "Ed mocked the idea and Flo joked about it. Gus echoed her.")
    assert [t for t, _ in cues(text)] == ["praised", "praises", "praising", "cited", "citing", "mocked", "joked",
                                          "echoed"]


def test_explain_names_an_attribution_rule():
    row = annotate("The mayor believes that the bridge is safe.", categories=["attribution"]).iloc[0]
    text = str(explain(row))
    assert "belief-with-clause" in text and "reports someone's view" in text
    assert "Flagged only where its sentence shows this use" in str(explain("believes"))


def test_trace_claim_fills_the_cue_of_documented():
    arts = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": [""],
                         "text": ["The BBC documented that a convoy left the town."]})
    row = kit.trace_claim(arts, "convoy").iloc[0]
    assert row.attribution == "BBC" and row.cue == "documented"


# ------------------------------------------------------------------ hedges: what the word does in its sentence

def hedges(text):
    """(text, rule) of each hedge the shipped word lists and context rules flag in ``text``."""
    spans = annotate(text, categories=["hedge"])
    return list(zip(spans.text, spans.rule, strict=True))


@pytest.mark.parametrize("text, expected", [
    # a passive belief verb with no one named is a hedge; an active one or a named holder is not
    ("The new bridge is considered the safest in the region.", [("considered", "belief-verb-passive")]),
    ("The tower is widely thought to lean.", [("widely thought", "word-list")]),
    ("A man believed to be the driver ran off.", [("believed to", "word-list")]),
    ("The site is considered to be safe.", [("considered", "belief-verb-to-be")]),
    ("The plan is regarded as a failure.", [("regarded", "belief-verb-to-be")]),
    ("The mayor is seen as a reformer.", [("seen as", "word-list")]),
    ("She considered leaving the club. He thought about it. Greek thought shaped Rome.", []),
    ("The bill was considered by the committee on Monday.", []),
    ("The singer was considered for the lead role.", []),
    ("The rule should be considered a guide.", []),
    ("He gave the offer some thought to be fair.", []),
    ("They had seen as many as ten boats.", []),
    # "appear": seeming, not showing up
    ("The talks appear to have stalled. It appears that nobody came.",
     [("appear", "appear-to-or-that"), ("appears", "appear-to-or-that")]),
    ("The actor appeared in a film and appears on the list.", []),
    # "could": a guess, not an inability or a purpose
    ("The deal could collapse next week.", [("could", "word-list")]),
    ("The reporter could not reach the mayor.", []),
    ("They saved money so that they could travel.", []),
    ("Nobody could argue with the result, and nothing could stop them.", []),
    # "apparent", "suggests", "possible", "might"
    ("It was an apparent attempt to stall.", [("apparent", "word-list")]),
    ("The damage soon became apparent. The problem is apparent.", []),
    ("As the name suggests, the lake is salty. The data suggests that it rose.", [("suggests", "word-list")]),
    ("It is possible to cross the river by boat.", []),
    ("It is possible that the river will flood.", [("It is possible", "word-list")]),
    ("The army used its military might. With all his might he pushed.", []),
    ("The talks might fail.", [("might", "word-list")]),
    # "may" after "this" is the verb (the month has a capital)
    ("This may be the last meeting.", [("may", "word-list")]),
    # words of quantity, habit and degree are not hedges; a figure's precision is kit.figures' job
    ("Voters generally and typically back the party, mostly in towns, in some cases all of them.", []),
    ("Approximately 300 people, roughly half, came; at least 20 left; the cost is estimated at 5 dollars.", []),
])
def test_hedges_in_context(text, expected):
    assert hedges(text) == expected


def test_almost_certainly_is_a_hedge_not_a_booster():
    spans = annotate("It will almost certainly rain. It will certainly rain.", categories=["hedge", "booster"])
    assert list(zip(spans.text, spans.category, strict=True)) == [("almost certainly", "hedge"),
                                                                    ("certainly", "booster")]


def test_explain_names_the_rule_that_kept_a_hedge():
    row = annotate("The drug is widely regarded as safe.", categories=["hedge"]).iloc[0]
    text = str(explain(row))
    assert "belief-verb-to-be" in text and "without saying whose it is" in text
    assert "appear-to-or-that" in explain("appeared").entries[0]["context_rules"].split()


def test_a_require_rule_that_looks_before_the_word():
    """A ``require`` rule with plain words before the match: kept when one is there, dropped when none is."""
    assert hedges("It is considered rude. She considered him.") == [("considered", "belief-verb-passive")]


# ------------------------------------------------------------------ hedges in news (issue 22)

@pytest.mark.parametrize("text, expected", [
    # a forecast is a hedge; a forecast that came true, or a comparison with one, is not
    ("The firm is expected to report a loss.", [("expected", "word-list")]),
    ("Analysts expect prices to rise.", [("expect", "word-list")]),
    ("As expected, the bank cut rates. Sales were better than expected and lower-than-expected.", []),
    ("The sale was expected. The expected gain is small.", []),
    # an open question is a hedge; "whether ... or" meaning either way is not
    ("Officials asked whether the dam would hold.", [("whether", "word-list")]),
    ("Every vote counts, whether large or small. Whether it be rain or snow, they march.", []),
    # "possible": a guess, not what can be done or a count of options
    ("The board discussed a possible sale.", [("possible", "word-list")]),
    ("Come as soon as possible. Access is possible by boat. It was made possible by a grant.", []),
    ("The latest possible date is June.", []),
    ("It is possible for anyone to enter. There are four possible routes and both possibilities are open.", []),
    ("The possibility of a strike worries them.", [("possibility", "word-list")]),
    ("Seat belts reduce the likelihood of injury.", []),
    # opinion verbs: a statement follows; "think about", "believe in" and no statement at all are not hedges
    ("Some economists think the slump is over.", [("think", "word-list")]),
    ("Think about the cost. They believe in luck. It is hard to believe. Ask what voters think.", []),
    # "could": an ability or a question, not a guess
    ("The mayor could not be reached and nobody else could be reached for comment.", []),
    ("Reporters asked how the dispute could be settled.", [])
])
def test_news_hedges_in_context(text, expected):
    assert hedges(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ms. Diaz suggested that the vote be delayed.", [("suggested", "word-list")]),
    ("Most voters think the mayor did well.", [("think", "belief-about-someone")]),
    ("She believes Obama was right.", [("believes", "belief-about-someone")]),
    ("“We will build it,” she continued. He continued, “It will take years.”",
     [("continued", "continued-after-quotation"), ("continued", "continued-speaking")]),
    ("Prices continued to rise. The borrowing continued.", []),
    ("Her plans to cut taxes were dropped.", []),
    ("The club charged a fee. He was charged in 2014.", []),
    ("Mr. Ross charged that the count was rigged.", [("charged", "charged-that")]),
    ("The rebels claimed victory and the storm claimed the lives of ten people.", []),
    ("Voters strongly supported the plan. The roof is supported by beams.", [("supported", "stance-of-someone")]),
    ("The proposed wall is long. Lee proposed a new wall.", [("proposed", "word-list")]),
])
def test_more_attribution_cues_in_context(text, expected):
    assert cues(text) == expected


def test_a_belief_verb_is_both_an_attribution_and_a_hedge():
    spans = annotate("Analysts think the slump is over.", categories=["hedge", "attribution"])
    assert sorted(zip(spans.text, spans.category, strict=True)) == [("think", "attribution"), ("think", "hedge")]


def test_explain_says_why_a_word_was_not_a_hedge_here():
    text = str(explain("possible"))
    assert "As soon as possible" in text and "(possible-superlative" not in text  # plain words, no rule id
    assert "possible-superlative" in explain("possible").entries[0]["context_rules"].split()
    assert "could-be-reached" in explain("could").entries[0]["context_rules"].split()


def test_a_name_in_a_context_rule_means_a_capitalised_word():
    """``<name>`` in a rule's words matches a word written with a capital, not the same word in lowercase."""
    assert cues("The team believes Obama was right.") == [("believes", "belief-about-someone")]
    assert cues("The team believes obama was right.") == []


# --------------------------------------------------------------------------- speed rewrites keep the results

@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Dr.", "U.S.", "Smith", "he", "left", "2.5", " ", "  ", "\n\n", "\n \n",
                                 ". ", "! ", "? ", "... ", "A", "x", "(", ")", "\u2026 "]), max_size=40).map("".join))
def test_sentences_of_a_text_are_those_of_each_paragraph_alone(text):
    # sentence ends are found in one scan of the whole text: with no quotation mark to pair across
    # paragraphs, each paragraph must split exactly as it does on its own (no single line break here:
    # in a text without blank lines each line is a paragraph, so a paragraph alone would split again)
    from kit.segment import paragraph_spans, sentence_spans

    whole = sentence_spans(text)
    alone = [span for start, end in paragraph_spans(text) for span in sentence_spans(text, start, end)]
    assert whole == alone
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e in whole)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["x", "y", "z", "1", " ", "  ", "\t", "x y", "x  y", "x\t y"]),
                max_size=30).map("".join))
def test_phrase_found_across_runs_of_spaces_with_exact_offsets(text):
    import re

    from kit.phrases import PhraseMatcher

    expected = [(m.start(), m.end()) for m in re.finditer(r"(?<![A-Za-z0-9])x[ \t]+y(?![A-Za-z0-9])", text)]
    assert [(s, e) for s, e, _ in PhraseMatcher([("x y", 1)]).find_all(text)] == expected


def test_explain_shows_a_context_rule_in_plain_words_without_its_id():
    """A student reads what the rule says, not its id; the id stays for an instructor in "context_rules"."""
    entry = explain("regime").entries[0]
    assert "regime-non-political" not in entry["note"]
    assert "Not flagged when: " in entry["note"] and "system of rules" in entry["note"]
    assert entry["context_rules"] == "regime-non-political"
    assert "Rule names (for data/context_rules.csv): regime-non-political" in str(explain("regime"))
