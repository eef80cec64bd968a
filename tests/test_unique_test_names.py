"""Every test file has a name of its own: pytest (rootdir import mode, no __init__.py) cannot collect two files
called test_x.py in tests/ and tests/browser/, and the whole run stops at collection."""

from collections import Counter
from pathlib import Path


def test_no_two_test_files_share_a_name():
    files = [p.name for p in Path(__file__).parent.rglob("test_*.py")]
    assert [n for n, k in Counter(files).items() if k > 1] == []
