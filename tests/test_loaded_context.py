"""Loaded words and labels in context (issue 22): the rules that tell a listed word's plain use from a loaded one.

Every example is made up. Each rule is tested both ways: the use it drops and a loaded use it keeps.
"""

import pytest

import kit
from kit.context import REPEAT_MIN_WORDS, repeated_sentence


def flags(text):
    """(text, rule) of the loaded-language and label flags in ``text``."""
    spans = kit.annotate(text, categories=["loaded_language", "label"])
    return list(zip(spans.text, spans.rule, strict=True))


def test_a_repeated_line_is_flagged_where_it_first_appears():
    poll = "Who is the most corrupt mayor in the state?"
    text = f"Take our poll. {poll} The council met on Monday. {poll} {poll}"
    assert flags(text) == [("corrupt", "word-list")]
    spans = kit.annotate(text, categories=["loaded_language"])
    assert spans.start.tolist() == [text.index("corrupt")]


def test_a_short_repeated_sentence_still_counts_each_time():
    # "It was evil." has fewer words than REPEAT_MIN_WORDS: a writer may well repeat it on purpose
    assert len("It was evil.".split()) < REPEAT_MIN_WORDS
    assert flags("It was evil. He said so twice. It was evil.") == [("evil", "word-list")] * 2


def test_repeated_sentence_needs_the_same_words_before():
    text = "The plan is a corrupt deal for the town. The plan is a corrupt deal for the city."
    second = text.rindex("corrupt")
    assert not repeated_sentence(text, second, second + 7, sentence_start=text.index("The plan", 5))
    assert [t for t, _ in flags(text)] == ["corrupt", "corrupt"]


@pytest.mark.parametrize("text", [
    "The State Department designated the group a terrorist organization in 1997.",
    "In 2001 the group was classified as a terrorist organization by the European Union.",
    "Britain proscribed the network as a terrorist group last year.",
])
def test_an_official_designation_is_reported_not_chosen(text):
    assert flags(text) == []


def test_a_label_the_writer_chooses_is_kept():
    assert flags("The terrorist group struck again on Sunday.") == [("terrorist group", "word-list")]
    # a designation in another clause does not cover the writer's own label
    assert flags("The list was designated in 2001, and the terrorists laughed.") == [("terrorists", "word-list")]


@pytest.mark.parametrize("text", [
    "Survivors of the Las Vegas massacre met on Monday.",
    "Ten years after the Riverside tragedy, the school reopened.",
])
def test_an_event_known_by_its_name(text):
    assert flags(text) == []


def test_a_massacre_the_writer_calls_so_is_kept():
    assert flags("It was a massacre of villagers.") == [("massacre", "word-list")]
    assert flags("The massacre went on for hours.") == [("massacre", "word-list")]
    assert flags("The brutal massacre went on.") == [("brutal", "word-list"), ("massacre", "word-list")]


@pytest.mark.parametrize("text", [
    "Hate evil and love good.",
    "We must turn away from sin and evil.",
    "The righteous will not stand with the wicked.",
])
def test_evil_set_against_good_names_a_moral_idea(text):
    assert flags(text) == []


def test_evil_said_of_someone_in_the_story_is_kept():
    assert flags("The evil leader lied to the press.") == [("evil", "word-list")]


def test_explain_names_the_new_rules():
    for word, rule in [("massacre", "event-known-by-name"), ("evil", "good-and-evil"),
                       ("wickedness", "good-and-evil-after"), ("terrorist", "official-designation")]:
        assert rule in str(kit.explain(word)), word
    # the rules for every word of a category are explained in the rules file, as part-of-a-name is
    from kit.context import compiled_rules

    explanations = compiled_rules().explanations
    for rule in ("repeated-line-loaded", "repeated-line-label"):
        assert "word for word" in explanations[rule]
