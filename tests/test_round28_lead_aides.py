"""Round 28 (lead): "aides" and "advisers" are words for unnamed sources in data/word_sets.csv (``anonymous_words``),
as "staffers" and "officials" are, so "Aides close to the Kremlin say …" names the whole description, the Pentagon
alike."""
import pytest
from made_up import speaker_rows


@pytest.mark.parametrize("body", ["the Kremlin", "the Pentagon", "Moscow", "Washington"])
@pytest.mark.parametrize("who", ["Aides", "Advisers", "Advisors"])
def test_aides_close_to_a_body_are_the_source(body, who):
    rows = speaker_rows(f"{who} close to {body} say the plan failed.")
    assert [(q, s) for q, _, s, _, _ in rows] == [("the plan failed", f"{who} close to {body}")]
