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
