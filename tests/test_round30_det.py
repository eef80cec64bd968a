"""Round 30 (r30det, issue 22): loaded words and labels in context.

Every sentence is made up. Each rule is tested both ways (the plain use it keeps quiet and a loaded use it
still flags), for both sides where the rule is about a country or a people.
"""

import pandas as pd
import pytest

import kit


def flags(text):
    """(text, rule) of the loaded-language and label flags in ``text``."""
    spans = kit.annotate(pd.DataFrame({"article_id": ["a"], "text": [text]}), categories=["loaded_language", "label"])
    return list(zip(spans.text, spans.rule, strict=True))


def flagged(text):
    return [t.lower() for t, _rule in flags(text)]


# 1. "anti-X and anti-Y newspaper": a label right before "and" is still a label when the noun the words share
#    is an outlet or a person (round 29's rule dropped every "anti-X" before "and")
@pytest.mark.parametrize("first, second, noun", [
    ("anti-Russian", "anti-Muslim", "newspaper"),
    ("anti-American", "anti-Western", "outlet"),
    ("anti-Western", "anti-American", "outlet"),
    ("anti-Syrian", "anti-Iranian", "commentator"),
])
def test_a_label_before_and_is_kept_when_the_shared_noun_is_an_outlet(first, second, noun):
    text = f"The story first ran in an {first} and {second} {noun} last week."
    assert first.lower() in flagged(text), flags(text)


@pytest.mark.parametrize("phrase", ["anti-Russian or anti-Iranian outlet", "anti-American, anti-Western outlet"])
def test_a_label_before_or_or_a_comma_is_kept_too(phrase):
    text = f"The story first ran in an {phrase} last week."
    assert phrase.split()[0].lower().rstrip(",") in flagged(text), flags(text)


@pytest.mark.parametrize("phrase", ["anti-Russian and anti-Iranian sanctions", "anti-American and anti-Western protests",
                                    "anti-Western, anti-Russian sentiment", "anti-Syrian or anti-Kurdish violence"])
def test_coordinated_anti_words_before_an_act_stay_quiet(phrase):
    text = f"The paper reported {phrase} on Monday."
    assert not [t for t in flagged(text) if t.startswith("anti")], flags(text)
    spans = kit.annotate(text, categories=["label"])
    assert spans.empty


@pytest.mark.parametrize("word", ["anti-Russian", "anti-American"])
def test_explain_says_when_an_anti_word_is_not_flagged(word):
    why = str(kit.explain(word))
    assert "Not flagged when" in why and "kind of act" in why, why


# 2. a word right after "anti-" or "counter-" names what someone works against: "a counter-propaganda campaign",
#    "anti-fascism campaigners" call no one anything; the word alone, or after "pro-", still counts
@pytest.mark.parametrize("text, word", [
    ("The ministry launched a counter-propaganda campaign in the spring.", "propaganda"),
    ("Anti-fascism campaigners met the mayor on Friday.", "fascism"),
    ("The Kremlin funded a counter-propaganda unit in 2015.", "propaganda"),
    ("The Pentagon funded a counter-propaganda unit in 2015.", "propaganda"),
])
def test_a_word_after_anti_or_counter_is_no_flag(text, word):
    assert word not in flagged(text), flags(text)


@pytest.mark.parametrize("text, word", [
    ("The Kremlin spread propaganda about the convoy.", "propaganda"),
    ("The Pentagon spread propaganda about the convoy.", "propaganda"),
    ("The mayor called the campaigners fascists.", "fascists"),
])
def test_the_same_word_alone_is_still_flagged(text, word):
    assert word in flagged(text), flags(text)


def test_anti_terrorist_still_quiet():
    assert "terrorist" not in flagged("The coalition's anti-terrorist campaign went on.")
    assert "terrorist" not in flagged("Russia's counter-terrorist campaign went on.")


@pytest.mark.parametrize("rule", ["anti-or-counter-loaded", "anti-or-counter-label"])
def test_why_a_counter_word_is_quiet_is_explained(rule):
    from kit.context import compiled_rules

    why = compiled_rules().explanations[rule]
    assert "counter-" in why and "against" in why, why


# 3. "corrupt" in the name of a legal offence keeps its legal sense when another adjective is joined to it
@pytest.mark.parametrize("text", [
    "He was charged with making corrupt and fraudulent bribe payments to an official.",
    "The firm made corrupt and illegal payments to a minister.",
    "Prosecutors cited corrupt, fraudulent practices at the port.",
])
def test_corrupt_in_a_legal_phrase_with_a_joined_adjective_is_no_flag(text):
    assert "corrupt" not in flagged(text), flags(text)


@pytest.mark.parametrize("text", [
    "They must remove the corrupt and lazy politicians in Moscow.",
    "They must remove the corrupt and lazy politicians in Washington.",
])
def test_corrupt_said_of_people_is_still_flagged(text):
    assert "corrupt" in flagged(text), flags(text)


def test_explain_corrupt_names_the_legal_sense():
    why = str(kit.explain("corrupt"))
    assert "Not flagged when" in why and "bribery" in why, why
