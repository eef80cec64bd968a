"""Shared pytest set-up: a non-interactive matplotlib backend and no network for nltk."""

import os

os.environ.setdefault("MPLBACKEND", "Agg")

collect_ignore = ["run.py", "benchmarks", "instructor/_make_masters.py"]
