"""Round 25 (r25ex4), teacher 45: what a check cannot judge is headed in plain words ("Check this first:"), not
"Before the verdict:" (a 16-year-old reads "verdict" as cap/legit). Both sides alike."""
from __future__ import annotations

import pytest

from kit import exercises as ex


@pytest.mark.parametrize("headline", ["Russian general says US helped 4,000 ISIS fighters leave Raqqa",
                                      "US general says Russia helped 4,000 ISIS fighters leave Raqqa"])
def test_caution_heading_is_plain(headline):
    result = ex.check_neutral_headline(headline)
    assert result.caution, str(result)
    for shown in (str(result), result._repr_html_()):
        assert "Check this first:" in shown and "verdict" not in shown.lower(), shown
    assert str(result).index("Check this first:") < str(result).index(result.message)
