"""Round 26 src2 (items 2-3): "the spokesperson" after "A Kremlin spokesperson said …" is that spokesperson's body
(one source, a guess noted as such), as after "A spokesperson for the Kremlin"; the Pentagon mirror alike."""
import pytest

import kit


def sources_and_notes(text):
    art = kit.article("Test headline here\n\n" + text)
    return kit.sources(art).source.tolist(), kit.quotes(art)


@pytest.mark.parametrize("body, place", [("Kremlin", "Moscow"), ("Pentagon", "Washington")])
def test_the_spokesperson_after_a_body_spokesperson_is_one_source(body, place):
    sources, quotes = sources_and_notes(f"A {body} spokesperson said the report was false. "
                                        f"The spokesperson added that {place} would respond.")
    assert sources == [body]
    assert quotes.speaker.tolist() == [body, body]
    assert quotes.speaker_guess.tolist() == [False, True]
    assert f"'A {body} spokesperson'" in quotes.note.iloc[1]


@pytest.mark.parametrize("first, second", [("Kremlin", "Pentagon"), ("Pentagon", "Kremlin")])
def test_the_spokesperson_is_the_latest_body_spokesperson(first, second):
    sources, quotes = sources_and_notes(f"A {first} spokesperson said the report was false. A {second} spokesperson "
                                        "said it was true. The spokesperson added that talks would go on.")
    assert quotes.speaker.tolist() == [first, second, second]
