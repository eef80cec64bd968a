"""The bundled corpus, the cleaning rules on each real seed, and exact offsets."""

import hashlib
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit.datafiles import packaged_data_dir

DATA_DIR = packaged_data_dir()

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def articles():
    return kit.load_articles()


def by_id(articles, article_id):
    return articles.set_index("article_id").loc[article_id]


# --------------------------------------------------------------------------- the corpus on disk

def test_seed_files_are_copied_byte_for_byte():
    manifest = pd.read_csv(DATA_DIR / "manifest.csv", dtype=str, keep_default_na=False)
    assert len(manifest) == 5
    ours = {hashlib.sha256((DATA_DIR / f).read_bytes()).hexdigest() for f in manifest.file}
    if SEEDS.is_dir():
        seeds = {hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.glob("*.txt")}
        assert ours == seeds
    assert len(ours) == 5


def test_manifest_has_the_required_columns():
    manifest = pd.read_csv(DATA_DIR / "manifest.csv", dtype=str, keep_default_na=False)
    for col in ["article_id", "file", "outlet", "author", "published", "title", "url", "rights", "notes"]:
        assert col in manifest.columns
    assert manifest.article_id.is_unique


def test_metadata_only_what_the_text_says(articles):
    first = by_id(articles, "russia-charges-pentagon")
    assert first.outlet == "" and first.author == "" and pd.isna(first.published)
    assert "lateral-reading" in first.notes
    assert by_id(articles, "russian-general-accuses").outlet == "Anti-Media"
    assert pd.isna(by_id(articles, "russian-general-accuses").published)
    assert "Creative Commons" in by_id(articles, "russian-general-accuses").rights
    gr = by_id(articles, "us-fighting-isis-or-liquidating-assets")
    assert (gr.outlet, gr.author, gr.published) == ("Global Research", "Tony Cartalucci", pd.Timestamp("2019-03-30"))
    assert "cross-post" in gr.rights
    wsws = by_id(articles, "us-rescue-of-isis-in-raqqa")
    assert (wsws.author, wsws.published) == ("Bill Van Auken", pd.Timestamp("2017-11-16"))


def test_manifest_agrees_with_what_the_loader_reads_from_the_text():
    """Loading the folder without the manifest finds the same titles, authors and dates."""
    folder = kit.load_articles(DATA_DIR / "articles")
    manifest = kit.load_articles()
    for col in ["title", "author", "published", "text", "boilerplate"]:
        assert list(folder[col].fillna(pd.NaT)) == list(manifest[col].fillna(pd.NaT)), col


def test_columns_and_types(articles):
    assert list(articles.columns[:12]) == kit.corpus.ARTICLE_COLUMNS
    assert str(articles.published.dtype).startswith("datetime64")
    assert (articles.n_words > 500).all()
    assert articles.article_id.is_unique


# --------------------------------------------------------------------------- cleaning, seed by seed

def test_seed000_pdf_lines_become_paragraphs(articles):
    art = by_id(articles, "russia-charges-pentagon")
    assert art.title == "Russia charges Pentagon with training ex-ISIS fighters"
    text = art.text
    assert "\n" not in text.replace("\n\n", "")  # only paragraph breaks remain
    assert "that some 4,000 people were driven out" in text  # page break inside a sentence
    assert "forging of an alliance between" in text
    assert "Kurdish-dominated Syrian Democratic Forces" in text
    assert "“the main anti-terrorist objective”" in text
    assert "ex-ISIS militants" in text
    assert text.startswith("US special operations troops")
    assert len(kit.paragraphs(articles[articles.article_id == art.name])) == 27


def test_seed001_dateline_and_footer(articles):
    art = by_id(articles, "russian-general-accuses")
    assert art.text.startswith("A Russian general who commands forces")
    assert "(ANTIMEDIA)" in art.boilerplate and "(ANTIMEDIA)" not in art.text
    assert "Creative Commons / Anti-Media / Report a typo" in art.boilerplate
    assert not art.text.rstrip().endswith("Source")
    assert art.title == ""


def test_seed002_page_breaks_and_contact_footer(articles):
    art = by_id(articles, "us-rescue-of-isis-in-raqqa")
    assert "It comes down to Syrians" in art.text
    assert "right now before the Geneva process" in art.text
    assert "wsws.org/contact" in art.boilerplate and "To contact the WSWS" not in art.text
    assert "Bill Van Auken" in art.boilerplate


def test_seed003_markup_removed_and_footer_separated(articles):
    art = by_id(articles, "us-fighting-isis-or-liquidating-assets")
    for mark in ["<u>", "</u>", "*", "](#)"]:
        assert mark not in art.text
    assert '"Thousands of ISIS troops surrender amid attack on final stronghold in Syria,"' in art.text
    assert 'clings to its "final stronghold,"' in art.text
    for footer in ["Note to readers", "Disclaimer", "Copyright", "For media inquiries", "Featured image"]:
        assert footer in art.boilerplate and footer not in art.text
    assert art.text.rstrip().endswith('presided over the "last stronghold" for so long.')


def test_seed004_markdown_and_header_boilerplate(articles):
    art = by_id(articles, "washington-pretends-combating-isis")
    assert "**" not in art.text and "[" not in art.text
    assert "Russian Foreign Ministry spokesman General Igor Konashenkov blasted" in art.text
    for bp in ["VISIT MY NEW WEB SITE", "lendmanstephen@sbcglobal.net", "Region: Middle East & North Africa",
               "Flashpoint in Ukraine", "Disclaimer"]:
        assert bp in art.boilerplate and bp not in art.text
    assert art.text.startswith("Syria's Foreign Ministry released video")


def test_raw_files_stay_untouched(articles):
    before = {p: p.read_bytes() for p in (DATA_DIR / "articles").glob("*.txt")}
    kit.load_articles()
    assert before == {p: p.read_bytes() for p in (DATA_DIR / "articles").glob("*.txt")}
    assert kit.corpus.raw_text("russia-charges-pentagon").startswith(" Russia charges Pentagon with training ex-\n")


def test_nothing_is_lost_every_raw_word_is_somewhere():
    """Every word of each raw file appears in the title, text or boilerplate (markup aside)."""
    import re

    for art in kit.load_articles().itertuples():
        raw = (DATA_DIR.parent / art.source_file).read_text(encoding="utf-8")
        kept = " ".join([art.title, art.text, art.boilerplate])
        kept_words = set(re.findall(r"[A-Za-z]{4,}", kept))
        # words joined across a PDF line-break hyphen appear as one word in the clean text
        missing = {w for w in re.findall(r"[A-Za-z]{4,}", raw) if w not in kept_words and w not in kept}
        assert not missing, (art.article_id, sorted(missing)[:10])


# --------------------------------------------------------------------------- offsets

def test_paragraph_and_sentence_offsets_are_exact(articles):
    texts = dict(zip(articles.article_id, articles.text))
    for table in (kit.paragraphs(articles), kit.sentences(articles)):
        for row in table.itertuples():
            assert texts[row.article_id][row.start:row.end] == row.text


def test_sentences_lie_inside_their_paragraphs(articles):
    paras = kit.paragraphs(articles).set_index(["article_id", "paragraph_id"])
    for row in kit.sentences(articles).itertuples():
        p = paras.loc[(row.article_id, row.paragraph_id)]
        assert p.start <= row.start < row.end <= p.end


#: The hard cases for the sentence splitter (also used by benchmarks/eval_sentences.py).
SENTENCE_CASES = [
    ("U.S. forces moved. They left.", ["U.S. forces moved.", "They left."]),
    ("Gen. James Mattis spoke. Col. Ryan Dillon agreed.", ["Gen. James Mattis spoke.", "Col. Ryan Dillon agreed."]),
    ("Lt. Gen. Talib Shaghati said so.", ["Lt. Gen. Talib Shaghati said so."]),
    ("It began on Jan. 5 in Raqqa.", ["It began on Jan. 5 in Raqqa."]),
    ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
    ("The rate rose 2.5 percent. Then it fell.", ["The rate rose 2.5 percent.", "Then it fell."]),
    ("“They left. They came back,” he said. Next.", ["“They left. They came back,” he said.", "Next."]),
    ('"They left. They came back," he said.', ['"They left. They came back," he said.']),
    ("Is it true? Nobody knows!", ["Is it true?", "Nobody knows!"]),
    ("“Really?” he asked.", ["“Really?” he asked."]),
    ("Regime change 2.0 is coming. Maybe.", ["Regime change 2.0 is coming.", "Maybe."]),
]


@pytest.mark.parametrize("text, expected", SENTENCE_CASES)
def test_sentence_splitting_rules(text, expected):
    s = kit.sentences(kit.load_articles(pd.DataFrame({"article_id": ["t"], "text": [text]})))
    assert list(s.text) == expected


def test_gerasimov_quote_stays_one_sentence(articles):
    s = kit.sentences(articles)
    hit = s[s.text.str.contains("But after they are worked with")]
    assert len(hit) == 1
    assert hit.text.item().endswith("Their task is to destabilize the situation.”")


# --------------------------------------------------------------------------- other sources

def test_dataframe_text_is_kept_as_given():
    text = "First line\nsecond line with <b>bold</b>.\n\nAnother paragraph."
    arts = kit.load_articles(pd.DataFrame({"text": [text], "topic": ["x"]}))
    assert arts.text.item() == "First line\nsecond line with bold.\n\nAnother paragraph."
    assert arts.topic.item() == "x"  # other columns kept
    assert arts.article_id.item().startswith("article-")
    assert arts.outlet.item() == "" and pd.isna(arts.published.item())
    again = kit.load_articles(pd.DataFrame({"text": [text]}))
    assert again.article_id.item() == arts.article_id.item()  # ids are stable


def test_dataframe_input_is_not_modified():
    df = pd.DataFrame({"text": ["Some <u>text</u>.", "Other text."]})
    copy = df.copy()
    kit.load_articles(df)
    pd.testing.assert_frame_equal(df, copy)


def test_dataframe_footer_is_moved_to_boilerplate():
    text = "The body.\n\nDisclaimer: the views are the author's own."
    arts = kit.load_articles(pd.DataFrame({"text": [text]}))
    assert arts.text.item() == "The body."
    assert arts.boilerplate.item().startswith("Disclaimer")


def test_folder_with_front_matter(tmp_path):
    (tmp_path / "one.md").write_text("---\ntitle: A test\noutlet: The Daily Test\npublished: 2024-02-01\n"
                                     "level: easy\n---\nThe council met.\n\nIt agreed.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Just text, no metadata at all.", encoding="utf-8")
    arts = kit.load_articles(tmp_path)
    assert list(arts.article_id) == ["one", "two"]
    one = arts.iloc[0]
    assert (one.title, one.outlet, one.published) == ("A test", "The Daily Test", pd.Timestamp("2024-02-01"))
    assert one.level == "easy" and one.text == "The council met.\n\nIt agreed."
    assert arts.iloc[1].outlet == "" and arts.iloc[1].title == ""


def test_csv_and_json_manifests(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha text here.", encoding="utf-8")
    (tmp_path / "m.csv").write_text("file,title,outlet\na.txt,Alpha,Paper\n", encoding="utf-8")
    (tmp_path / "m.json").write_text('[{"file": "a.txt", "title": "Alpha"}, {"text": "Inline text.", "title": "B"}]',
                                     encoding="utf-8")
    assert kit.load_articles(tmp_path / "m.csv").outlet.item() == "Paper"
    (tmp_path / "t.json").write_text('{"articles": [{"text": "Inline text.", "title": "B"}]}', encoding="utf-8")
    assert kit.load_articles(tmp_path / "t.json").title.item() == "B"


def test_import_kit_is_light():
    import subprocess
    import sys

    code = "import sys, kit; print(sorted(m for m in ('matplotlib', 'ipywidgets', 'textstat', 'tqdm') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_markdown_headings_lists_and_quotes_keep_their_words(tmp_path):
    (tmp_path / "story.md").write_text(
        "# City council approves bus lanes\n\n*By Jane Doe*\n\nThe council voted on Tuesday.\n\n"
        "## What happens next\n\n- Work starts in May.\n- It costs $4.5 million.\n\n1. First step.\n2. Second step.\n\n"
        "> A quoted block.\n", encoding="utf-8")
    art = kit.load_articles(tmp_path).iloc[0]
    assert (art.title, art.author) == ("City council approves bus lanes", "Jane Doe")
    paras = list(kit.paragraphs(kit.load_articles(tmp_path)).text)
    assert paras == ["The council voted on Tuesday.", "What happens next", "Work starts in May.",
                     "It costs $4.5 million.", "First step.", "Second step.", "A quoted block."]


# --------------------------------------------------------------------------- footers: only clear ones move

BODY = "The council met on Tuesday. It voted to build the bridge.\n\nThe mayor said work starts in May."


@pytest.mark.parametrize("paragraph", [
    "Copyright law protects the authors of news articles, the judge said.",
    "The photos were shared under a Creative Commons licence, the museum said.",
    "---",
    "***",
])
def test_real_text_is_not_taken_for_a_footer(tmp_path, paragraph):
    text = f"{BODY}\n\n{paragraph}\n\nThe vote was close. Seven members agreed and five did not.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    art = kit.load_articles(tmp_path / "a.md").iloc[0]
    assert "The vote was close." in art.text
    assert art.boilerplate == ""
    df = kit.load_articles(pd.DataFrame({"text": [text]}))
    assert "The vote was close." in df.text.item()


@pytest.mark.parametrize("footer", [
    "Disclaimer: the views are the author's own.",
    "Copyright © 2017 The Paper. All rights reserved.",
    "Creative Commons / Anti-Media / Report a typo",
    "This article is licensed under a Creative Commons Attribution 4.0 licence.",
])
def test_clear_footers_still_move(tmp_path, footer):
    (tmp_path / "a.md").write_text(f"{BODY}\n\n---\n\n{footer}\n", encoding="utf-8")
    art = kit.load_articles(tmp_path / "a.md").iloc[0]
    assert footer not in art.text and footer in art.boilerplate
    assert art.text.endswith("work starts in May.")


def test_a_footer_holding_much_text_warns_and_footer_no_keeps_it(tmp_path):
    rest = "\n\n".join(f"Paragraph {i} of the report says the council met again and voted." for i in range(8))
    (tmp_path / "a.md").write_text(f"{BODY}\n\nDisclaimer: see below.\n\n{rest}\n", encoding="utf-8")
    with pytest.warns(kit.corpus.KitWarning, match=r"(?s)a\.md.*moved to the boilerplate.*footer: no"):
        art = kit.load_articles(tmp_path / "a.md").iloc[0]
    assert "Paragraph 7" in art.boilerplate
    (tmp_path / "a.md").write_text(f"---\nfooter: no\n---\n{BODY}\n\nDisclaimer: see below.\n\n{rest}\n",
                                   encoding="utf-8")
    kept = kit.load_articles(tmp_path / "a.md").iloc[0]
    assert "Paragraph 7" in kept.text and "Disclaimer" in kept.text and kept.boilerplate == ""
    assert "footer" not in kept.index  # the switch is not metadata


def test_the_bundled_articles_load_without_warnings():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kit.load_articles()
        kit.load_articles(DATA_DIR / "articles")
