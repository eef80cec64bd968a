"""Shared pytest set-up: a non-interactive matplotlib backend, and short failure reports for notebooks."""

import os
import re

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

collect_ignore = ["run.py", "benchmarks"]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_HIDDEN_CHECK = re.compile(r"^AssertionError: (.+ the model solution no longer passes its check\..*)$", re.MULTILINE)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """When an answer key's hidden check fails under nbval, say first which lesson and exercise failed and
    what the check said; nbval's report (the cell and its traceback) follows."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and isinstance(report.longrepr, str) and str(item.fspath).endswith(".ipynb"):
        found = _HIDDEN_CHECK.search(_ANSI.sub("", report.longrepr))
        if found:
            report.longrepr = f"{found.group(1)}\n\n{report.longrepr}"
