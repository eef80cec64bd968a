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


@pytest.mark.parametrize("name, kind, rest", [
    ("Harbor Transit Corp", "company", "runs the city's buses"), ("Volga Transit Corp", "company", "runs the city's buses"),
    ("The Pentagon", "ministry", "runs the army"), ("The Russian Defense Ministry", "ministry", "runs the army"),
])
def test_the_kind_after_a_name_the_text_called_by_it_is_that_name(name, kind, rest):
    sources, quotes = sources_and_notes(f"{name}, the {kind} that {rest}, said fares would rise. "
                                        f"“We have no choice,” the {kind} said.")
    assert len(sources) == 1, sources
    assert quotes.speaker.tolist() == sources * 2
    assert quotes.speaker_guess.tolist() == [False, True]
    assert quotes.speaker_method.tolist() == ["named", "description"]
    assert f"the {kind}" in quotes.note.iloc[1] and "guess" in quotes.note.iloc[1]


@pytest.mark.parametrize("first", ["Harbor Transit Corp said", "Ann Lee, the company founder, said",
                                   "Volga Transit Corp said", "Ivan Petrov, the company founder, said"])
def test_the_company_stays_its_own_source_when_no_name_is_called_so(first):
    sources, _quotes = sources_and_notes(f"{first} fares would rise. “We have no choice,” the company said.")
    assert sources[-1] == "the company" and len(sources) == 2, sources
