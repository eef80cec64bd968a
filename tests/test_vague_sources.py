"""Vague sources get equal scrutiny (teacher review 3), tested on made-up sentences about other topics.

- outlets lumped into one voice are flagged whoever they are ("the US media", "Russian state media",
  "the corporate media", "Western media");
- "anonymous" or "unnamed" with a word for a source up to two words later is a vague source; talk *about*
  anonymous sources ("the nature of anonymous sources") is not;
- common knowledge credited to unnamed people ("it's well known") is a vague source, while the writer's own
  certainty ("the obvious fact", "incontrovertible evidence") is a booster.
"""

import pytest

import kit


def flags(text, category="vague_source"):
    spans = kit.annotate(text, categories=[category])
    return [text[s:e] for s, e in zip(spans.start, spans.end)]


@pytest.mark.parametrize("text, found", [
    ("The final was largely ignored by the US media.", "US media"),
    ("The strike was blacked out by the US corporate media.", "US corporate media"),
    ("Russian state media reported that the dam had burst.", "Russian state media"),
    ("The mainstream media hailed the new phone as a triumph.", "mainstream media"),
    ("Western media praised the election as fair.", "Western media"),
    ("Chinese media said the harvest was the best in years.", "Chinese media"),
])
def test_outlets_lumped_together_are_flagged_for_every_side(text, found):
    assert found in flags(text)


def test_us_the_pronoun_is_not_the_us_media():
    assert flags("They sent us media passes for the match.") == []


@pytest.mark.parametrize("text", [
    "The paper cited an anonymous military-diplomatic official’s claims that the port was closed.",
    "An unnamed senior source said the bank would cut rates.",
    "According to an anonymous club official, the coach will leave.",
])
def test_anonymous_with_a_source_word_is_flagged(text):
    assert any(f.lower() in ("anonymous", "unnamed") or "anonymous" in f.lower() or "unnamed" in f.lower()
               for f in flags(text))


@pytest.mark.parametrize("text", [
    "The museum received anonymous donations of old coins.",
    "They walked down an unnamed road to the lake.",
    "The editor wrote about the questionable nature of anonymous sources in sports reporting.",
    "Readers worry about the use of unnamed officials in political stories.",
    "The union questioned the reliability of anonymous sources.",
])
def test_no_source_or_talk_about_sources_is_not_flagged(text):
    assert flags(text) == []


def test_relying_on_unnamed_sources_is_still_flagged():
    assert flags("The report relied on anonymous sources inside the club.") == ["anonymous sources"]


def test_common_knowledge_is_a_vague_source_and_the_writers_certainty_a_booster():
    text = "It's well known that the bridge is old. The obvious fact is that incontrovertible evidence emerged."
    assert flags(text) == ["It's well known"]
    boosters = [f.lower() for f in flags(text, "booster")]
    assert "obvious" in boosters and "incontrovertible" in boosters
