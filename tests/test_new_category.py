"""A teacher adds a category exactly as the README says (a file in data/lexicons/): every test still passes.

The tests must not assume the seven built-in categories are all there is. This test copies the kit's data,
adds two categories of its own (``euphemism``, the README's example, and ``war_words``), points the kit at
the copy (``KIT_DATA``) and runs the test modules that use word lists again, in a fresh Python.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kit.datafiles import DATA_ENV, packaged_data_dir

ROOT = Path(__file__).resolve().parent.parent
HEADER = "term,variants,category,tone,note,alternative,source,case_sensitive\n"

# The modules whose expectations depend on the word lists.
MODULES = ["test_annotate.py", "test_lexicons.py", "test_display.py", "test_widgets.py", "test_exercises.py",
           "test_lexicon_files.py", "test_validate.py", "test_framing.py"]


def test_the_suite_passes_with_two_categories_a_teacher_added(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(packaged_data_dir(), data)
    (data / "lexicons" / "euphemism.csv").write_text(
        HEADER + "collateral damage,,euphemism,,Hides that people were killed or hurt.,civilian deaths,class 9B,\n"
        "neutralise,\"neutralised, neutralized\",euphemism,,Hides that people were killed.,killed,class 9B,\n",
        encoding="utf-8")
    (data / "lexicons" / "war_words.csv").write_text(
        HEADER + "offensive,,war_words,,A word from the language of war.,,class 9B,\n"
        "frontline,front line,war_words,,A word from the language of war.,,class 9B,\n", encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "kit", "validate", str(data)], capture_output=True, text=True,
                           cwd=tmp_path, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
    env = dict(os.environ, **{DATA_ENV: str(data)}, MPLBACKEND="Agg")
    modules = [str(ROOT / "tests" / name) for name in MODULES if (ROOT / "tests" / name).is_file()]
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "--no-header",
                           "-o", "addopts=", "-W", "ignore::pytest.PytestUnraisableExceptionWarning", *modules],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, "with euphemism.csv and war_words.csv added:\n" + done.stdout[-6000:]
