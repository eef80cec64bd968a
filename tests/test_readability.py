"""Readability scores: textstat 0.7.8, offline, and never nltk."""

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from kit.readability import flesch_kincaid_grade, flesch_reading_ease, reading_scores

ROOT = Path(__file__).resolve().parent.parent


def test_textstat_is_the_pinned_offline_version():
    from importlib.metadata import version

    assert version("textstat") == "0.7.8"


def test_easy_and_hard_text():
    easy = "The cat sat on the mat. The dog ran to the park."
    hard = ("Notwithstanding considerable international opposition, the administration "
            "unequivocally reaffirmed its longstanding commitment to multilateral negotiations.")
    assert flesch_reading_ease(easy) > flesch_reading_ease(hard)
    assert flesch_kincaid_grade(easy) < flesch_kincaid_grade(hard)
    assert flesch_reading_ease(easy) == round(flesch_reading_ease(easy), 1)


@pytest.mark.parametrize("text", ["", "   ", "...", None])
def test_no_words_gives_nan(text):
    scores = reading_scores(text)
    assert math.isnan(scores["flesch_reading_ease"]) and math.isnan(scores["flesch_kincaid_grade"])


OFFLINE = r"""
import builtins, json, socket, sys
sys.modules["nltk"] = None                      # any "import nltk" now fails
def no_network(*args, **kwargs):
    raise RuntimeError("network use is not allowed")
socket.socket.connect = no_network
socket.create_connection = no_network
import kit
from kit.readability import reading_scores
scores = reading_scores("The cat sat on the mat. Notwithstanding opposition, it stayed.")
profile = kit.profile(kit.load_articles())
print(json.dumps({"scores": scores, "n": len(profile),
                  "fre": profile.flesch_reading_ease.notna().all().item(),
                  "nltk": [m for m in sys.modules if m.startswith("nltk") and sys.modules[m] is not None]}))
"""


def test_works_offline_with_an_empty_home_and_no_nltk(tmp_path):
    home, nltk_data = tmp_path / "home", tmp_path / "nltk_data"
    home.mkdir()
    nltk_data.mkdir()
    env = {"HOME": str(home), "NLTK_DATA": str(nltk_data), "PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg",
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", OFFLINE], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["n"] == 5 and result["fre"] and result["nltk"] == []
    assert result["scores"]["flesch_reading_ease"] > 0
    assert list(home.iterdir()) == [] and list(nltk_data.iterdir()) == []  # nothing downloaded or cached


def test_scores_use_the_kits_sentences_and_words():
    """The formulas get the kit's own counts (kit.sentences, n_words), whatever textstat would count."""
    import kit
    from kit.readability import reading_counts, syllables
    from kit.segment import WORD_RE

    articles = kit.load_articles()
    sentences = kit.sentences(articles).groupby("article_id").size()
    profile = kit.profile(articles).set_index("article_id")
    for row in articles.itertuples():
        counts = reading_counts(row.text)
        assert counts["n_sentences"] == sentences[row.article_id] == profile.loc[row.article_id, "n_sentences"]
        assert counts["n_words"] == row.n_words
        assert counts["n_syllables"] == sum(syllables(w.group()) for w in WORD_RE.finditer(row.text))
        wps, spw = counts["n_words"] / counts["n_sentences"], counts["n_syllables"] / counts["n_words"]
        assert profile.loc[row.article_id, "flesch_reading_ease"] == round(206.835 - 1.015 * wps - 84.6 * spw, 1)
        assert profile.loc[row.article_id, "flesch_kincaid_grade"] == round(0.39 * wps + 11.8 * spw - 15.59, 1)


def test_abbreviations_do_not_split_sentences_for_the_scores():
    """'Gen.' and 'U.S.' end no sentence for the kit, so they do not change the reading score either."""
    import textstat

    one = "Gen. Smith met U.S. officials in Raqqa on Monday."
    plain = "General Smith met US officials in Raqqa on Monday."
    from kit.readability import reading_counts

    assert reading_counts(one)["n_sentences"] == 1
    assert textstat.sentence_count(one) > 1  # what textstat alone would use
    # same words and sentences: the scores differ only by the syllables of "Gen" versus "General"
    assert reading_counts(one)["n_words"] == reading_counts(plain)["n_words"]
    assert flesch_reading_ease(one) >= flesch_reading_ease(plain)


def test_lazy_hyphenation_patterns_give_pyphens_positions():
    # kit.readability parses pyphen's patterns when first looked up (issue 25, round 12): same positions
    import random

    import pyphen

    from kit import pronouncing
    from kit.readability import _pyphen

    reference = pyphen.Pyphen(lang="en_US", cache=False)
    lazy = _pyphen()
    rng = random.Random(12)
    words = rng.sample(sorted(pronouncing.words()), 4000)
    words += ["".join(rng.choice("abcdefghijklmnopqrstuvwxyzéü'-") for _ in range(rng.randint(1, 18)))
              for _ in range(3000)]
    words += ["alnusra", "aljubeir", "hyphenation", "", "a", "21st", "x" * 40]
    for w in words:
        assert lazy.positions(w) == reference.positions(w), w
    assert set(lazy.hd.patterns.lines) == set(reference.hd.patterns)


def test_pattern_lines_are_read_as_line_by_line():
    """The pattern table is read from the whole text at once (round 13): the same letters -> line table as
    reading each line stripped, skipping pyphen's ignored lines and lines with no digit 1-9."""
    from pyphen import LANGUAGES, ignored, language_fallback

    from kit.readability import _LazyPatterns

    def line_by_line(text):
        table = {}
        for line in text.split("\n")[1:]:
            line = line.strip()
            if line and not line.startswith(ignored) and any(d in line for d in "123456789"):
                table[line.translate(str.maketrans("", "", "0123456789"))] = line
        return table

    shipped = LANGUAGES[language_fallback("en_US")].read_text(encoding="utf-8")
    odd = "UTF-8\n0a0\n a0b1 \n%1\n\n  \n#x2\nLEFTHYPHENMIN 2\nq\u0663r\nab1c\nab2c\n\tx2y"
    for text in (shipped, odd):
        got = _LazyPatterns(text).lines
        assert got == line_by_line(text) and list(got) == list(line_by_line(text))
