"""Check functions: right answers pass, wrong ones get a helpful message, odd types never crash.

Expected answers are computed here from the kit (never hard-coded), as the checks themselves do.
"""

from __future__ import annotations

import pandas as pd
import pytest
from lesson_checks import lesson_checks

import kit
from kit import exercises as ex
from kit.exercises import CheckResult

STATUSES = {"correct", "partly", "incorrect", "wrong_type", "not_answered", "beginning", "emerging", "mastery"}
ODD_VALUES = [None, 3, 2.5, True, ["a", "b"], [1, 2], {"a": 1}, pd.DataFrame({"x": [1]}), "some text", ""]


@pytest.fixture(scope="module")
def articles():
    return kit.load_articles()


@pytest.fixture(scope="module")
def profile(articles):
    return kit.profile(articles)


def first_words(spans):
    return list(dict.fromkeys(spans["text"].str.lower()))


# --------------------------------------------------------------------------- the result object

def test_result_text_is_sentence_first_then_detail():
    r = CheckResult("partly", "3 of 5 found.", ["You missed 'brutal'.", "Also 'war'."])
    text = repr(r)
    assert text.splitlines()[0] == "◐ Partly right: 3 of 5 found."
    assert text.splitlines()[1:] == ["  You missed 'brutal'.", "  Also 'war'."]
    assert str(r) == repr(r)


def test_result_html_is_escaped_and_not_colour_alone():
    r = CheckResult("incorrect", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
    page = r._repr_html_()
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    assert "✗" in page and "Not yet" in page  # a symbol and a word, not only a colour


@pytest.mark.parametrize("status", sorted(STATUSES))
def test_every_status_renders(status):
    r = CheckResult(status, "message", "detail")
    assert r.status == status and r == status
    assert "message" in repr(r) and "message" in r._repr_html_()
    assert bool(r) is (status in ("correct", "mastery")) is r.passed
    assert r.correct is (status == "correct")
    if status in ("beginning", "emerging", "mastery"):  # written answers never get a tick
        assert "✓" not in repr(r) and "✓" not in r._repr_html_() and "Correct" not in repr(r)


def test_unknown_status_is_a_programming_error():
    with pytest.raises(ValueError):
        CheckResult("great", "no")


# --------------------------------------------------------------------------- every check survives odd answers

def all_checks(articles):
    return lesson_checks(articles)


CHECK_NAMES = ["article_count", "missing_outlet", "earliest", "boilerplate", "boilerplate_count", "top",
               "top_outlet", "loaded_words", "hedges", "boosters", "quote_count", "speakers", "cited_outlets",
               "loaded_attributions", "claim_source", "neutral_headline", "lateral_plan", "reflection"]


@pytest.mark.parametrize("name", CHECK_NAMES)
def test_untouched_stub_is_not_answered(articles, name):
    result = all_checks(articles)[name](...)
    assert result.status == "not_answered"
    assert "answer =" in result.message and "three dots" in result.detail


@pytest.mark.parametrize("name", CHECK_NAMES)
@pytest.mark.parametrize("value", ODD_VALUES, ids=lambda v: type(v).__name__ + repr(v)[:12])
def test_odd_answers_never_raise(articles, name, value):
    result = all_checks(articles)[name](value)
    assert isinstance(result, CheckResult)
    assert result.status in STATUSES
    assert result.message
    if result.status in {"beginning", "emerging", "mastery"}:
        assert name in ("lateral_plan", "reflection")
    if value is None or isinstance(value, pd.DataFrame) or isinstance(value, dict):
        assert result.status == "wrong_type", (name, value, result)
        assert "You gave" in result.detail


@pytest.mark.parametrize("name", ["loaded_words", "hedges", "boosters", "speakers", "cited_outlets",
                                  "loaded_attributions"])
@pytest.mark.parametrize("value", [None, 3, 2.5, {"a": 1}])
def test_list_questions_reject_non_lists(articles, name, value):
    result = all_checks(articles)[name](value)
    assert result.status == "wrong_type"
    assert "list" in result.message


@pytest.mark.parametrize("name", ["loaded_words", "hedges", "boosters", "speakers", "cited_outlets",
                                  "loaded_attributions"])
@pytest.mark.parametrize("value", ["brutal", "a string where a list is expected"])
def test_list_questions_read_a_string_as_a_list(articles, name, value):
    # one policy (third teacher's review): a plain string is accepted wherever a list is, and read as its words
    result = all_checks(articles)[name](value)
    assert result.status not in ("wrong_type", "not_answered"), result
    assert result.status == all_checks(articles)[name](value.split() if name not in ("speakers", "cited_outlets")
                                                        else [value]).status


@pytest.mark.parametrize("name", ["earliest", "boilerplate", "top", "top_outlet", "claim_source"])
@pytest.mark.parametrize("value", [None, 3, ["a", "b"]])
def test_one_choice_questions_reject_non_text(articles, name, value):
    result = all_checks(articles)[name](value)
    assert result.status == "wrong_type"
    assert "in quotes" in result.message


@pytest.mark.parametrize("name", ["earliest", "boilerplate", "top", "top_outlet", "claim_source"])
def test_one_choice_questions_read_a_list_of_one_as_its_text(articles, name):
    # round 21 (student 27 #8): ["x"] where one text is asked gets the verdict on "x", and the line to type
    result, as_text = all_checks(articles)[name](["a"]), all_checks(articles)[name]("a")
    assert result.status == as_text.status and result.message == as_text.message
    assert result.detail.splitlines()[-1] == 'answer = "a"'


# --------------------------------------------------------------------------- lesson 00 and 01

def test_article_count(articles):
    assert ex.check_article_count(len(articles), articles).correct
    wrong = ex.check_article_count(len(articles) + 1, articles)
    assert wrong.status == "incorrect" and "len(articles)" in wrong.detail
    # a number written as text is the same answer (the teacher's verdict in tests/student_answers.yaml)
    assert ex.check_article_count(str(len(articles)), articles).correct
    assert ex.check_article_count("a lot", articles).status == "wrong_type"


def test_article_count_follows_the_data(articles):
    assert ex.check_article_count(3, articles.head(3)).correct


def test_missing_outlet(articles):
    missing = articles.loc[articles.outlet == "", "article_id"].tolist()
    assert ex.check_missing_outlet(missing[0], articles).correct
    assert ex.check_missing_outlet(missing, articles).correct
    assert ex.check_missing_outlet(missing[0][:8], articles).correct  # a unique start is enough
    ambiguous = ex.check_missing_outlet(missing[0][:6], articles)
    assert ambiguous.status == "incorrect" and "write it in full" in ambiguous.message
    other = articles.loc[articles.outlet != "", "article_id"].iloc[0]
    wrong = ex.check_missing_outlet(other, articles)
    assert wrong.status == "incorrect" and "names its outlet" in wrong.detail
    partly = ex.check_missing_outlet([missing[0], other], articles)
    assert partly.status == "partly" and other in partly.detail
    unknown = ex.check_missing_outlet("no-such-article", articles)
    assert unknown.status == "incorrect" and missing[0] in unknown.detail


def test_earliest_article(articles):
    dated = articles.dropna(subset=["published"]).sort_values("published")
    assert ex.check_earliest_article(dated.article_id.iloc[0], articles).correct
    wrong = ex.check_earliest_article(dated.article_id.iloc[-1], articles)
    assert wrong.status == "incorrect" and "dated" in wrong.detail
    undated = articles.loc[articles.published.isna(), "article_id"].iloc[0]
    assert "no date" in ex.check_earliest_article(undated, articles).detail


def test_boilerplate(articles):
    words = articles.boilerplate.str.split().str.len()
    top = articles.article_id[words.idxmax()]
    assert ex.check_boilerplate_share(top, articles).correct
    low = articles.article_id[words.idxmin()]
    assert ex.check_boilerplate_share(low, articles).status == "incorrect"
    assert ex.check_boilerplate_share(int(words.max()), articles, top).correct
    assert ex.check_boilerplate_share(1, articles, top).status == "incorrect"


def test_top_article_and_outlet(articles, profile):
    best = profile.sort_values("loaded_language_per_1k").article_id.iloc[-1]
    assert ex.check_top(best, "loaded_language_per_1k", articles).correct
    worst = profile.sort_values("loaded_language_per_1k").article_id.iloc[0]
    wrong = ex.check_top(worst, "loaded_language_per_1k", articles)
    assert wrong.status == "incorrect" and "loaded words per 1,000 words" in wrong.detail
    assert best not in str(wrong)  # a wrong answer does not give the right one away
    by_outlet = profile.assign(outlet=kit.corpus.outlet_labels(profile.outlet).to_numpy())
    hardest = by_outlet.groupby("outlet").flesch_reading_ease.mean().idxmin()
    assert ex.check_top(hardest, "flesch_reading_ease", articles, by="outlet", largest=False).correct
    assert ex.check_top(best, "no_such_column", articles).status == "incorrect"


# --------------------------------------------------------------------------- lessons 02 and 04: word lists

def paragraph_with(articles, article_id, categories, without=()):
    """The first paragraph of an article where the word lists flag ``categories`` (and none of ``without``)."""
    for text in kit.paragraphs(articles[articles.article_id == article_id]).text:
        words = first_words(ex.helpers.spans_in_text(text, categories=categories))
        if words and not set(words) & set(without):
            return text
    raise AssertionError(f"no paragraph of {article_id} has {categories}")


@pytest.mark.parametrize("article_id, paragraph_id, categories, check", [
    ("us-rescue-of-isis-in-raqqa", 16, ["loaded_language", "label"], ex.check_loaded_words),
    ("us-rescue-of-isis-in-raqqa", 3, ["loaded_language", "label"], ex.check_loaded_words),
    ("russian-general-accuses", 18, ["booster"], ex.check_boosters),
    ("russia-charges-pentagon", None, ["hedge"], ex.check_hedges),
])
def test_flagged_words_follow_the_paragraph(articles, article_id, paragraph_id, categories, check):
    text = (ex.paragraph(articles, article_id, paragraph_id) if paragraph_id is not None
            else paragraph_with(articles, article_id, categories))
    expected = first_words(ex.helpers.spans_in_text(text, categories=categories))
    assert expected, "pick a paragraph with flagged words"
    assert check(expected, text).correct
    assert check([w.upper() for w in expected], text).correct  # case does not matter
    if len(expected) > 1:
        ex.answers.forget_attempts()
        partly = check(expected[:1], text)
        assert partly.status == "partly"
        assert f"1 of {len(expected)} found" in partly.message
    wrong = check(["table"], text)  # not a word of the paragraph: said so, never "a reasonable choice" (fourth teacher)
    assert wrong.status == "incorrect" and "'table' is not in this paragraph" in wrong.detail
    assert "reasonable choice" not in wrong.detail


def test_extra_word_gets_a_reason(articles):
    text = ex.paragraph(articles, "us-rescue-of-isis-in-raqqa", 3)
    expected = first_words(ex.helpers.spans_in_text(text, categories=["loaded_language", "label"]))
    result = ex.check_loaded_words(expected + ["media"], text)
    assert result.status == "partly"
    assert f"all {len(expected)} found" in result.message  # "3 of 3 found" under Partly right read oddly (round 16b)
    # 'media' is part of "US media" there, a vague source: the list is named, never "not on any word list"
    # (sixth teacher's review: a word of a multi-word entry on another list is on that list)
    # echoed as the text writes it, "US media" (round 16b)
    assert "'media' is part of 'US media'" in result.detail and "vague sources" in result.detail
    assert "not on any word list" not in result.detail


def test_word_on_another_list_is_named(articles):
    paragraphs = kit.paragraphs(articles[articles.article_id == "us-fighting-isis-or-liquidating-assets"]).text
    text = next(t for t in paragraphs if len(ex.helpers.spans_in_text(t, categories=["hedge"])))
    hedges = first_words(ex.helpers.spans_in_text(text, categories=["hedge"]))
    result = ex.check_loaded_words(hedges, text)
    assert "on the word list of hedges" in result.detail


def test_part_of_a_multi_word_entry():
    ex.answers.forget_attempts()
    result = ex.check_loaded_words(["patent"], "This is patent nonsense.")
    # part of the phrase is partly right (third teacher's review), the counts add up, and the phrase itself is
    # never named while the answer is partly right (a partly right answer starts the hints again: fourth teacher)
    assert result.status == "partly" and "patent nonsense" not in result.detail and "whole phrase" in result.detail
    assert "part of a flagged phrase (1 to find)" in result.message and "1 still to find" in result.detail
    ex.check_loaded_words(["patent"], "This is patent nonsense.")
    assert "patent nonsense" not in ex.check_loaded_words(["patent"], "This is patent nonsense.").detail
    assert ex.check_loaded_words(["patent nonsense"], "This is patent nonsense.").correct


def test_checks_follow_an_edited_word_list(tmp_path):
    lex = kit.load_lexicon()
    extra = lex.iloc[:1].copy()
    for column in extra.columns:
        if extra[column].dtype == object or str(extra[column].dtype).startswith("str"):
            extra[column] = ""
    extra["term"], extra["category"] = "crocodile", "loaded_language"
    if "note" in extra.columns:
        extra["note"] = "A test entry."
    custom = pd.concat([lex, extra], ignore_index=True)
    text = "A crocodile siege."
    assert ex.check_loaded_words(["crocodile"], text, lexicon=custom).correct
    assert ex.check_loaded_words(["crocodile"], text).status != "correct"


def test_empty_list_and_clean_text():
    assert ex.check_loaded_words([], "A brutal siege.").status == "incorrect"
    none_flagged = ex.check_loaded_words(["siege"], "The siege ended on Tuesday.")
    assert none_flagged.status == "partly" and "flag no" in none_flagged.message


# --------------------------------------------------------------------------- lesson 03: sourcing

def test_quote_count(articles):
    one = articles[articles.article_id == "us-rescue-of-isis-in-raqqa"]
    quotes = kit.quotes(one)
    n = int((quotes.kind == "direct").sum())
    assert ex.check_quote_count(n, articles, "us-rescue-of-isis-in-raqqa").correct
    assert ex.check_quote_count(n + 1, articles, "us-rescue-of-isis-in-raqqa").status == "partly"
    assert ex.check_quote_count(n + 5, articles, "us-rescue-of-isis-in-raqqa").status == "incorrect"
    assert ex.check_quote_count(len(quotes), articles, "us-rescue-of-isis-in-raqqa", kind=None).correct
    assert ex.check_quote_count(str(n), articles, "us-rescue-of-isis-in-raqqa").correct
    assert ex.check_quote_count("many", articles, "us-rescue-of-isis-in-raqqa").status == "wrong_type"


def test_speakers(articles):
    one = articles[articles.article_id == "washington-pretends-combating-isis"]
    q = kit.quotes(one)
    names = list(dict.fromkeys(q[(q.speaker_type == "named person") & (q.kind == "direct")].speaker))
    assert names
    assert ex.check_speakers(names, articles, "washington-pretends-combating-isis").correct
    last_names = [n.split()[-1].split("-")[-1] for n in names]
    assert ex.check_speakers(last_names, articles, "washington-pretends-combating-isis").correct
    if len(names) > 1:
        assert ex.check_speakers(names[:1], articles, "washington-pretends-combating-isis").status == "partly"
    wrong = ex.check_speakers(["Nobody Atall"], articles, "washington-pretends-combating-isis")
    assert wrong.status == "incorrect" and "not in this text" in wrong.detail  # a name, not a typo
    assert "spelling" not in wrong.detail
    typo = ex.check_speakers(["Nobody", "Konashenkof"], articles, "washington-pretends-combating-isis")
    assert "spelling" in typo.detail, typo
    mentioned = ex.check_speakers(names + ["Lavrov"], articles, "washington-pretends-combating-isis")
    # a name the text only mentions: one clear line, and how to check (round 30 q, student 45 #6)
    assert mentioned.status == "partly" and "only mentioned in this article, not quoted" in mentioned.message
    assert "kit may have missed it" not in str(mentioned) and "To check 'Lavrov'" in mentioned.detail


def test_cited_outlets(articles):
    one = articles[articles.article_id == "russia-charges-pentagon"]
    cited = list(dict.fromkeys(kit.citations(one).cited))
    assert "BBC" in cited
    assert ex.check_cited_outlets(cited, articles, "russia-charges-pentagon").correct
    assert ex.check_cited_outlets(["BBC"], articles, "russia-charges-pentagon").status == "partly"


def test_loaded_attributions(articles):
    one = articles[articles.article_id == "russian-general-accuses"]
    spans = kit.annotate(one, categories=["attribution"])
    loaded = first_words(spans[spans.tone == "loaded"])
    neutral = first_words(spans[spans.tone != "loaded"])
    assert ex.check_loaded_attributions(loaded, articles, "russian-general-accuses").correct
    with_neutral = ex.check_loaded_attributions(loaded + neutral[:1], articles, "russian-general-accuses")
    assert with_neutral.status == "partly" and "neutral verb of saying" in with_neutral.detail


def test_claim_source(articles):
    trace = kit.trace_claim(articles, "convoy")
    cited = set(kit.citations(articles).cited)
    named = [o for o in cited if trace.text.str.contains(o, regex=False).any()]
    top = max(named, key=lambda o: trace.text.str.contains(o, regex=False).sum())
    assert ex.check_claim_source(top, articles, "convoy").correct
    assert ex.check_claim_source(top.lower(), articles, "convoy").correct
    others = sorted(cited - {top})
    assert ex.check_claim_source(others[0], articles, "convoy").status == "incorrect"
    assert ex.check_claim_source("The Daily Nothing", articles, "convoy").status == "incorrect"


# --------------------------------------------------------------------------- lesson 05: frames

def test_neutral_headline():
    original = "US rescue of ISIS in Raqqa exposed"
    # teacher 35: the rewrite keeps who did what (the US, ISIS) of the article's headline (tests/test_lessons_round21b.py)
    assert ex.check_neutral_headline("WSWS says US deal let ISIS fighters leave the city", original).correct
    # seventh teacher's review: the headline's claim is WSWS's; crediting it to a source the article does not credit
    # for it is partly right, and the hint suggests the article's own outlet, never another source
    bbc = ex.check_neutral_headline("BBC report says Raqqa deal let fighters leave the city", original)
    assert bbc.status == "partly" and "the article is WSWS's" in bbc.message and "BBC report:" not in bbc.detail
    assert ex.check_neutral_headline("BBC report says Raqqa deal let fighters leave the city").correct  # no article
    loaded = ex.check_neutral_headline("Russia says brutal regime undoubtedly lets fighters leave Raqqa", original)
    assert loaded.status == "partly" and "brutal" in loaded.detail.lower()
    asserted = ex.check_neutral_headline("Brutal regime undoubtedly lets fighters leave Raqqa", original)
    assert asserted.status == "incorrect" and "brutal" in asserted.detail.lower()
    # issue 21: headlines that state the contested claim as fact and name no source get no tick
    for headline in ("US helped ISIS leave Raqqa", "US rescued ISIS fighters from Raqqa",
                     "Pentagon helped ISIS escape Raqqa", "The truth about the US and ISIS in Raqqa"):
        result = ex.check_neutral_headline(headline, original)
        assert result.status == "incorrect" and "who makes it" in result.message, headline
    for headline in ("Article says US helped ISIS fighters leave Raqqa",
                     "WSWS: US deal let ISIS fighters leave Raqqa"):
        assert ex.check_neutral_headline(headline, original).correct, headline
    # eighth teacher: "accused" with no one named says no source (accused by whom?)
    accused = ex.check_neutral_headline("US accused of helping ISIS fighters leave Raqqa", original)
    assert accused.status == "partly" and "accused by whom?" in accused.message
    # "claims" attributes, but casts doubt (lesson 03): partly right, whether the verb comes first or last
    for headline in ("US helped ISIS fighters leave Raqqa, Russia claims", "WSWS claims US rescued ISIS in Raqqa"):
        claims = ex.check_neutral_headline(headline, original)
        assert claims.status == "partly" and "'claims' casts doubt" in claims.message, headline
    question = ex.check_neutral_headline("Did the US help ISIS leave Raqqa?", original)
    assert question.status == "incorrect" and "question" in question.message
    assert ex.check_neutral_headline("Raqqa: US let ISIS fighters go", original).status == "incorrect"  # a place
    slams = ex.check_neutral_headline("Russian general slams US over Raqqa deal", original)
    assert slams.status == "partly" and "'slams' (a loaded verb of saying)" in slams.detail
    proven = ex.check_neutral_headline("BBC report reveals US let ISIS fighters leave Raqqa", original)
    assert proven.status == "partly" and "reveals" in proven.detail
    # what the check cannot judge comes first, under "Check this first:"
    # (only where it applies: a figure is a detail words cannot check; sixth teacher's review)
    text = str(ex.check_neutral_headline("Russian general says US helped 4,000 ISIS fighters leave Raqqa"))
    assert text.index("Check this first") < text.index("Partly right")
    assert "Check this first" not in str(ex.check_neutral_headline("Russian general says US helped ISIS fighters"))
    assert ex.check_neutral_headline(original, original).status == "incorrect"
    assert ex.check_neutral_headline("Raqqa", original).status == "incorrect"


def test_distinctive_word_echoes_what_was_typed(articles):
    # the case the student typed ("CIA", not "cia"), and the form the kit counted when it differs
    assert ex.check_distinctive_word("CIA", "Global Research", articles).message.startswith("'CIA' ")
    war = ex.check_distinctive_word(" war ", "Global Research", articles)
    # seventh teacher's review: a word the outlet uses is told with its own counts, not through another form
    assert war.message.startswith("'war' is not distinctive") and "Global Research uses it" in war.message
    assert "'wars'" not in war.message


def test_naming_and_distinctive_words(articles):
    names = kit.naming(articles)
    assert ex.check_naming(None, "United States", "WSWS", articles).status == "wrong_type"
    words = kit.distinctive_words(articles, by="outlet")
    group = words.outlet.iloc[0]
    shown = kit.framing.top_distinctive_words(words, group, n=10).word.tolist()  # the bars of the plot
    # the exercise asks for one of the five longest bars: those are right, numbers 6 to 10 partly right
    assert all(ex.check_distinctive_word(w, group, articles).correct for w in shown[:5])
    assert all(ex.check_distinctive_word(w.lower(), group, articles).correct for w in shown[:5])  # "us" for "US"
    assert all(ex.check_distinctive_word(w, group, articles).status == "partly" for w in shown[5:])
    assert ex.check_distinctive_word("zzzz", group, articles).status == "incorrect"
    mine = words[words.outlet == group].sort_values("z", ascending=False)
    grammar = next(w for w in mine.word if w in kit.framing.FUNCTION_WORDS)
    said = ex.check_distinctive_word(grammar, group, articles)  # high z, but the plot leaves it out
    assert said.status == "incorrect" and "grammar word" in str(said)
    assert len(names)


# --------------------------------------------------------------------------- written answers and helpers

def test_reflection():
    long_text = ("The article uses the word 'regime' for one side only, and the figure of 4,000 comes "
                 "without a source. " * 3)
    assert ex.check_reflection(long_text).status != "mastery"  # no question to check elsewhere
    assert ex.check_reflection("word " * 50).status == "beginning"
    assert ex.check_reflection("Too short").status == "beginning"


def test_paragraph_helper(articles):
    paras = kit.paragraphs(articles[articles.article_id == "us-rescue-of-isis-in-raqqa"])
    assert ex.paragraph(articles, "us-rescue-of-isis-in-raqqa", 2) == paras.text.iloc[2]
    with pytest.raises(kit.KitError, match="paragraphs"):
        ex.paragraph(articles, "us-rescue-of-isis-in-raqqa", 999)
    with pytest.raises(kit.KitError, match="Use one of"):
        ex.paragraph(articles, "nope", 0)


def test_in_context_adds_sentences(articles):
    spans = kit.annotate(articles, categories=["booster"])
    table = ex.in_context(spans, articles)
    assert len(table) == len(spans)
    assert all(t in s for t, s in zip(table.text, table.sentence))


def test_my_article_and_with_corpus(articles, tmp_path, monkeypatch, capsys):
    mine = ex.my_article("A short text. It is undoubtedly brutal.", title="Mine")
    assert len(mine) == 1 and mine.title.item() == "Mine"
    assert len(ex.with_corpus(mine, articles)) == len(articles) + 1
    fallback = ex.my_article(ex.PASTE_PLACEHOLDER)
    assert fallback.article_id.item() == ex.EXAMPLE_ARTICLE
    assert "using the bundled article" in capsys.readouterr().out
    (tmp_path / "my-article.txt").write_text("My own article. Critics say it was brutal.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from_file = ex.my_article(file="my-article.txt")
    assert "brutal" in from_file.text.item()
    assert len(ex.with_corpus(fallback, articles)) == len(articles)


def test_plot_reading_level(profile):
    fig = ex.plot_reading_level(profile)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert any(kit.corpus.UNKNOWN_OUTLET in " ".join(label.split()) for label in labels)  # a long label wraps
    assert len(labels) == len(profile)


# --------------------------------------------------------------------------- the masters' model solutions pass

def _run_master(path):
    """Run a master's code cells in one namespace; return the result of every check call."""
    import ast
    import contextlib
    import io
    import json
    import os

    import matplotlib
    matplotlib.use("Agg")
    cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    namespace, results = {}, []
    here = os.getcwd()
    os.chdir(path.parent.parent / "notebooks")
    try:
        for cell in cells:
            source = "".join(cell["source"])
            tree = ast.parse(source)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(tree, str(path), "exec"), namespace)
                value = eval(compile(ast.Expression(last.value), str(path), "eval"), namespace) if last else None
            if isinstance(value, CheckResult):
                results.append((source.splitlines()[-1], value))
    finally:
        os.chdir(here)
    return results


@pytest.mark.parametrize("name", ["00-start-here", "01-meet-the-corpus", "02-loaded-language", "03-sourcing",
                                  "04-hedging-and-certainty", "05-same-event-different-frames", "06-capstone"])
def test_master_solutions_are_marked_correct(name):
    """The answer key's solutions pass their own checks (so a data or word-list change that breaks one shows)."""
    from pathlib import Path
    master = Path(__file__).resolve().parent.parent / "instructor" / f"{name}.ipynb"
    results = _run_master(master)
    assert results, "each lesson has at least one checked exercise"
    wrong = [(line, str(r)) for line, r in results if not r.passed]
    assert not wrong, wrong


# --------------------------------------------------------------------------- checks that judge fairly (issue 10 §5)

def test_hints_come_in_stages(articles):
    text = ex.paragraph(articles, "us-rescue-of-isis-in-raqqa", 16)
    expected = first_words(ex.helpers.spans_in_text(text, categories=["loaded_language", "label"]))
    assert len(expected) > 1
    ex.answers.forget_attempts()
    first = ex.check_loaded_words(["Raqqa"], text)  # wrong tries in a row at this paragraph
    assert "First hint (of three)" in first.detail and "still to find" in first.detail and "sentence" in first.detail
    assert not any(f"'{w}'" in first.detail for w in expected)  # a direction, not the words
    second = ex.check_loaded_words(["qwerty"], text)  # another wrong try: where to look and the kind of word, never the word
    assert "Second hint (of three)" in second.detail and "more of the labels" in second.detail
    assert "starting with" not in second.detail and "After three tries" not in second.detail
    third = ex.check_loaded_words(["zxcvb"], text)  # (the same answer again would not be a new try)
    assert "After three tries, here is the answer so you can go on" in third.detail
    assert all(f"'{w}'" in third.detail for w in expected) and "Missed" not in third.detail
    assert ex.check_loaded_words(expected, text).correct
    again = ex.check_loaded_words(["Raqqa"], text)  # a solved question starts again from a direction
    assert "First hint (of three)" in again.detail
    partly = ex.check_loaded_words(expected[:1], text)  # partly right: the first hint, never the words
    assert partly.status == "partly" and "First hint (of three)" in partly.detail


def test_listed_word_not_in_the_paragraph_is_named_as_such(articles):
    text = paragraph_with(articles, "russia-charges-pentagon", ["hedge"], without=["alleged"])
    hedges = first_words(ex.helpers.spans_in_text(text, categories=["hedge"]))
    assert "alleged" not in hedges
    result = ex.check_hedges(hedges + ["alleged"], text)
    assert "'alleged' is on the hedge list, but not in this paragraph" in result.detail
    assert "not on any word list" not in result.detail


def test_misspelling_gets_did_you_mean():
    result = ex.check_loaded_words(["imperalism"], "This is imperialism at work.")
    assert "did you mean 'imperialism'?" in str(result)  # said once: in the message, for one word (round 16b)
    choice = ex.check_claim_source("Reutres", phrase="convoy")
    assert "did you mean 'Reuters'?" in choice.message


@pytest.mark.parametrize("check, text, word, typo", [
    (ex.check_loaded_words, "This is imperialism at work.", "imperialism", "imperalism"),
    (ex.check_hedges, "The attack was allegedly planned.", "allegedly", "allegidly"),
    (ex.check_boosters, "It is undoubtedly true.", "undoubtedly", "undoubtably"),
    (ex.check_boosters, "The undeniable reality.", "undeniable", "undenyable"),
    (lambda answer, text: ex.check_flagged_words(answer, text, ("doubt",), label="doubt words"),
     "It rests on unsubstantiated allegations.", "unsubstantiated", "unsubstanciated"),
])
def test_every_word_list_check_offers_the_same_did_you_mean(check, text, word, typo):
    assert check([word], text).status in ("correct", "partly")  # the word is flagged: the typo is a letter off
    for tries in (1, 2, 3):  # at every stage of the hints
        result = check([typo], text)
        # said once (round 16b): in the message when it is the only word, so not again in the detail
        assert f"'{typo}' is spelt differently" in result.message and f"did you mean '{word}'?" in result.message
        assert "did you mean" not in result.detail, (tries, result)


def test_aliases_count_as_the_same_answer(articles):
    for name in ("BBC", "the BBC", "BBC News", "British Broadcasting Corporation"):
        assert ex.check_claim_source(name, articles, "convoy").correct, name
    cited = list(dict.fromkeys(kit.citations(articles[articles.article_id == "russia-charges-pentagon"]).cited))
    renamed = ["the " + c if c == "BBC" else c for c in cited]
    assert ex.check_cited_outlets(renamed, articles, "russia-charges-pentagon").correct


def test_near_ties_count_as_ties():
    loaded = "It was brutal. " * 13  # 13 loaded words in 39 words

    def text(n_words):
        return loaded + " ".join(["calm"] * (n_words - 39)) + "."
    corpus = kit.load_articles(pd.DataFrame({  # 13 per 1,000 words, 12.6 per 1,030 words: 0.4 of a word apart
        "article_id": ["x", "y", "z"], "title": ["", "", ""], "outlet": ["A", "B", "C"],
        "text": [text(1000), text(1030), text(400).replace("brutal", "calm")]}))
    prof = kit.profile(corpus).set_index("article_id")
    assert prof.loaded_language_per_1k["x"] != prof.loaded_language_per_1k["y"]
    for article_id in ("x", "y"):
        result = ex.check_top(article_id, "loaded_language_per_1k", corpus)
        assert result.correct, result
        assert "near-tie" in result.detail and "per 1,000" in result.detail
    runner_up = ex.check_top("y", "loaded_language_per_1k", corpus)
    # the runner-up is told the highest and its value (a student took "accepted" to mean "the highest")
    assert "within 0.4 per 1,000 words of the highest, 'x' at 13.0" in runner_up.message
    assert "accepted" in runner_up.message
    assert "highest loaded" not in str(runner_up)  # the runner-up is never called the highest
    assert "'y'" in ex.check_top("x", "loaded_language_per_1k", corpus).detail
    assert ex.check_top("z", "loaded_language_per_1k", corpus).status == "incorrect"
    assert ex.check_top("z", "loaded_language_per_1k", corpus, largest=False).correct


def test_prediction_gives_the_gap():
    assert ex.check_prediction(..., 5).status == "not_answered"
    off = ex.check_prediction(4, 5, "quotations")
    # a prediction is not graded (third teacher's review): no tick, no cross, only how far it was
    # eighth teacher: never that the guess was off, only the kit's count to compare with the student's reason
    assert off.status == "compared" and "1 more" in off.message and "what made you" in off.detail
    far = ex.check_prediction(3, 14, "quotations")  # issue 21: 3 against 14 is not "partly right"
    assert far.status == "compared" and "11 more" in far.message
    assert "✗" not in str(far) + far._repr_html_() and "✓" not in str(far) + far._repr_html_()
    assert "never below 0" in ex.check_prediction(-1, 5, "quotations").detail
    exact = ex.check_prediction(5, 5)
    assert exact.correct and "exactly" in exact.message and "Close" not in str(exact) and "✓" not in str(exact)
    assert ex.check_prediction("5", 5).correct
    # teacher 48 #11: a prediction is not marked, so text without a number is a question, not "! Wrong kind"
    assert ex.check_prediction("many", 5).status == "not_answered"


def test_prediction_of_a_choice_names_the_kit_s_answer():
    """Checked after the table that answers it: "the kit does not find X" read as "X does not exist"."""
    wrong = ex.check_prediction("russia-charges-pentagon", "us-fighting-isis-or-liquidating-assets")
    shown = str(wrong) + wrong._repr_html_()
    assert wrong.status == "compared" and "the kit finds 'us-fighting-isis-or-liquidating-assets'" in str(wrong)
    assert "does not find" not in shown and "exercise below" not in shown
    assert ex.check_prediction("us-fighting-isis-or-liquidating-assets",
                               "us-fighting-isis-or-liquidating-assets").correct


# --------------------------------------------------------------------------- the rubric for written answers

MASTERY_PLAN = ("First I would look up who runs Global Research on Wikipedia, to see who funds it and what "
                "others say about it. Then I would search for other news reports of the Raqqa deal, such as "
                "the BBC report the article cites, and compare the numbers with the article's.")


def test_lateral_plan_mastery_quotes_the_sentences():
    result = ex.check_lateral_plan(MASTERY_PLAN)
    assert result.status == "mastery" and result.passed and not result.correct
    assert "“First I would look up who runs Global Research" in result.detail
    assert "finds out who is behind the source" in result.detail
    assert "✓" not in repr(result)


@pytest.mark.parametrize("plan", [
    "SIFT lateral reading Wikipedia search Google compare original source trace outlet BBC Reuters funded owner",
    "blah " * 60,
    "wikipedia wikipedia wikipedia wikipedia other sources other sources original original original trace",
    ("It looks professional and it has lots of sources, so I would trust it. I would also check the about "
     "page to see who runs the site, then search for other news reports to compare the numbers."),
    ("I would read the article carefully again and check the spelling and the design of the site, "
     "because a real news site would not make mistakes."),
    "I would search it on Google and read other sources about it before I decide anything at all here.",
    "I believe it because the article says the BBC confirmed it, and it cites many sources, so I would share it.",
])
def test_lateral_plan_salad_repetition_and_trust_never_reach_mastery(plan):
    result = ex.check_lateral_plan(plan)
    assert result.status in ("beginning", "emerging"), (plan, result)
    assert not result.passed


def test_trusting_plan_is_quoted_as_beginning():
    result = ex.check_lateral_plan("It looks professional and has many sources, so I would trust it and share "
                                   "it with my friends after reading it carefully.")
    assert result.status == "beginning"
    assert "Trusts the page: “It looks professional" in result.detail


def test_reflection_rubric_levels():
    mastery = ("The kit counted 'regime' as a label, and the article uses it only for one side. For example, "
               "the figure of 4,000 has no source in the sentence that gives it. I would check the original "
               "BBC report and the coalition's press release to compare the numbers.")
    result = ex.check_reflection(mastery)
    assert result.status == "mastery" and "Points at the text" in result.detail
    emerging = ("The article uses loaded words about one side and labels the other side as heroes, "
                "for example 'regime', and the headline is very one-sided in how it frames what happened in "
                "the city during those weeks, and the same pattern runs through the whole text from start to end.")
    assert ex.check_reflection(emerging).status == "emerging"
    salad = "loaded hedge booster quote source check compare original 'regime' 4,000 " * 5
    assert ex.check_reflection(salad).status == "beginning"
    assert ex.check_reflection("blah " * 80).status == "beginning"


# --------------------------------------------------------------------------- caps (issue 12)

def test_huge_headline_is_refused_with_a_short_message():
    result = ex.check_neutral_headline("brutal " * 1_500_000)
    assert result.status == "incorrect" and "20,000" in result.message
    assert len(result._repr_html_()) < 2_000
    long_line = ex.check_neutral_headline("brutal " * 100)
    assert "at most 30" in long_line.message and len(long_line._repr_html_()) < 2_000


def test_huge_lists_are_refused_with_their_size(articles):
    for check in (lambda a: ex.check_speakers(a, articles, "washington-pretends-combating-isis"),
                  lambda a: ex.check_loaded_words(a, "A brutal siege."),
                  lambda a: ex.check_cited_outlets(a, articles)):
        result = check(["Konashenkov"] * 100_000)
        assert result.status == "incorrect" and "100,000 items" in result.message and "200" in result.message
    assert ex.check_reflection("word " * 10_000).status == "beginning"


def test_short_article_warning_in_the_capstone(capsys):
    mine = ex.my_article("A very short text. It is undoubtedly brutal.")
    assert "under 300 words" in capsys.readouterr().out
    assert ex.short_article_warning(kit.load_articles()) == ""
    assert len(mine) == 1


def test_every_public_function_of_the_parts_has_an_example():
    import importlib
    import inspect
    for part in ("result", "answers", "helpers", "corpus_checks", "word_checks", "source_checks",
                 "frame_checks", "written"):
        module = importlib.import_module(f"kit.exercises.{part}")
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isfunction(obj):
                assert ">>>" in (inspect.getdoc(obj) or ""), f"kit.exercises.{part}.{name}"


def test_whole_text_shows_full_sentences_escaped(articles):
    trace = kit.trace_claim(articles, "convoy")
    page = ex.whole_text(trace, ["article_id", "text"]).to_html()
    longest = max(trace.text, key=len)
    assert len(longest) > 50 and longest.replace("“", "&ldquo;") in page or longest in page
    assert "<script>" not in ex.whole_text(pd.DataFrame({"text": ["<script>x</script>"]})).to_html()
    assert list(trace.columns) == list(kit.trace_claim(articles, "convoy").columns)  # the table is not changed


def test_naming_accepts_a_name_without_its_article(articles):
    names = kit.naming(articles)
    rows = names[(names.outlet == "WSWS") & (names.concept == "United States") & (names["count"] > 0)]
    top = rows.sort_values("count").surface.iloc[-1]
    assert ex.check_naming(top, "United States", "WSWS", articles).correct
    bare = top[4:] if top.lower().startswith("the ") else "the " + top
    assert ex.check_naming(bare, "United States", "WSWS", articles).correct


def test_naming_a_web_address_is_not_trusting_the_page():
    # a plan may name the outlet's address it will look up; judging the page by ".org" is what never counts
    plan = ("I would search for WSWS (wsws.org, named in the article's footer) on Wikipedia to see who "
            "publishes it and what its aims are. Then I would look for the BBC report of 13 November 2017 and "
            "compare its numbers with the article's, because a second account shows what this one leaves out.")
    assert ex.check_lateral_plan(plan).status == "mastery"
    trusting = "It is a .org site with lots of sources, so I would trust it and share it after reading it carefully."
    assert ex.check_lateral_plan(trusting).status == "beginning"


def test_plot_naming_matches_the_actor_whatever_its_case():
    """05: concept="russia" draws Russia's names; an actor the articles never name gets the list of actors."""
    import kit
    articles = kit.load_articles()
    lower = kit.plot_naming(articles, concept="russia")
    proper = kit.plot_naming(articles, concept="Russia")
    labels = [t.get_text() for t in lower.axes[0].get_yticklabels()]
    assert labels and labels == [t.get_text() for t in proper.axes[0].get_yticklabels()]
    with pytest.raises(kit.KitError, match="Russia"):
        kit.plot_naming(articles, concept="Rusia")


def test_a_python_word_or_a_row_number_given_as_an_answer_is_named_in_plain_words():
    """A student reviewer: `prediction = all` raised nothing and the check said "builtin_function_or_method";
    `answer = 4` (the row number) got "You gave a number (4)" with no word about rows."""
    said = str(ex.check_prediction(all, 3, "articles"))
    assert "'all', a word Python already knows" in said and "builtin" not in said
    said = str(ex.check_boilerplate_share(4, kit.load_articles()))
    assert "4 looks like a row number" in said and 'articles.loc[4, "article_id"]' in said


def test_each_hint_stage_adds_something(articles):
    """Sixth teacher: three wrong answers in a row to 03 Exercise 2 ("Russia", "Syria", "Putin") got the same
    sentence as Hint 1 and Hint 2. The second hint now points at the rows that hold the speakers; neither
    names them; the third gives them plainly."""
    from kit.exercises.answers import forget_attempts
    forget_attempts()
    hints = [str(ex.check_speakers([w], articles, "washington-pretends-combating-isis"))
             for w in ("Russia", "Syria", "Putin")]
    first = [line for line in hints[0].splitlines() if "First hint (of three)" in line]
    second = [line for line in hints[1].splitlines() if "Second hint (of three)" in line]
    assert first and second and first[0].split(":", 1)[1] != second[0].split(":", 1)[1]
    assert "speaker" in second[0] and "  quotes = kit.quotes(articles)" in hints[1].splitlines()  # its code, a line each
    assert not any("Moallem" in h or "Konashenkov" in h for h in hints[:2])
    assert "After three tries" in hints[2] and "Moallem" in hints[2]
    forget_attempts()
