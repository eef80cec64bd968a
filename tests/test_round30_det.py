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


# 4. a literal or technical sense, told by the noun the word goes with: the word list's note says what the loaded
#    use does ("compares killing people to killing animals", "makes a criticism sound fierce"); with this noun the
#    word does not do it
LITERAL = [
    ("The farm slaughtered 200 pigs before the holiday.", "slaughtered"),
    ("Inspectors watched the slaughter of cattle at the plant.", "slaughter"),
    ("The lambs were slaughtered in the spring.", "slaughtered"),
    ("The runners struggled in the blistering heat.", "blistering"),
    ("A stinging nettle grew by the gate.", "stinging"),
    ("The Kremlin was harboring doubts about the plan.", "harboring"),
    ("The Pentagon was harboring doubts about the plan.", "harboring"),
    ("Lavrov harboured a deep grudge against the minister.", "harboured"),
    ("Mattis harboured a deep grudge against the minister.", "harboured"),
    ("The stage was brilliantly lit for the concert.", "brilliantly"),
    ("The probe sent images from the greatest distance yet.", "greatest"),
    ("Moscow won the greatest number of votes in the council.", "greatest"),
    ("Washington won the greatest number of votes in the council.", "greatest"),
    ("The show became a cult classic in the 1990s.", "cult"),
    ("Shareholders cast a proxy vote at the meeting.", "proxy"),
    ("The band thanked a longtime collaborator on stage.", "collaborator"),
    ("The singer named her collaborators on the album.", "collaborators"),
]

LOADED = [
    ("Troops slaughtered villagers in the valley.", "slaughtered"),
    ("The minister faced a blistering attack from the Kremlin.", "blistering"),
    ("The minister faced a blistering attack from the Pentagon.", "blistering"),
    ("Russia was harboring fighters near the border, the paper said.", "harboring"),
    ("The coalition was harboring fighters near the border, the paper said.", "harboring"),
    ("Peskov called it a brilliant move.", "brilliant"),
    ("Kirby called it a brilliant move.", "brilliant"),
    ("He is the greatest leader the country has known.", "greatest"),
    ("Critics called the movement a dangerous cult.", "cult"),
    ("Moscow armed its proxies in the region.", "proxies"),
    ("Washington armed its proxies in the region.", "proxies"),
    ("The paper called them Kremlin collaborators.", "collaborators"),
    ("The paper called them Pentagon collaborators.", "collaborators"),
]


@pytest.mark.parametrize("text, word", LITERAL)
def test_a_literal_or_technical_sense_is_no_flag(text, word):
    assert word.lower() not in flagged(text), flags(text)


@pytest.mark.parametrize("text, word", LOADED)
def test_the_loaded_sense_is_still_flagged(text, word):
    assert word.lower() in flagged(text), flags(text)


@pytest.mark.parametrize("word, rule_words", [
    ("slaughter", "animals"), ("blistering", "heat"), ("harboring", "doubts"), ("brilliant", "sunshine"),
    ("greatest", "distance"), ("cult", "cult film"), ("proxy", "proxy vote"), ("collaborator", "longtime"),
])
def test_explain_says_when_the_plain_sense_is_not_flagged(word, rule_words):
    why = str(kit.explain(word))
    assert "Not flagged when" in why and rule_words in why, why


@pytest.mark.parametrize("text", ["Anti-regime protests spread to the capital.", "The anti-regime forces of the Kremlin's allies met.",
                                  "The anti-regime forces of Washington's allies met."])
def test_a_government_label_after_anti_is_still_a_label(text):
    # "anti-regime" still calls a government a regime (the writer could have written "anti-government")
    assert "regime" in flagged(text), flags(text)


@pytest.mark.parametrize("text, word", [
    ("The columnist is anti-Russian, and protests followed his talk.", "anti-russian"),
    ("The columnist is anti-American, and protests followed his talk.", "anti-american"),
])
def test_and_starting_a_new_clause_is_no_joined_word(text, word):
    # ", and protests followed" starts a new clause: "protests" is not the noun "anti-Russian" goes with
    assert word in flagged(text), flags(text)


# 5. more plain senses, told by the word's subject or the noun next to it
MORE_LITERAL = [
    ("The eagle soared over the valley.", "soared"),
    ("A soaring eagle circled the hill.", "soaring"),
    ("The plane plummeted into the sea.", "plummeted"),
    ("He drew a crooked line on the map.", "crooked"),
    ("A venomous snake bit the farmer.", "venomous"),
    ("The lab studies snake venom.", "venom"),
    ("Doctors found paranoid schizophrenia.", "paranoid"),
    ("They bought lamb at a butcher shop.", "butcher"),
]

MORE_LOADED = [
    ("Support for the Kremlin plummeted in May.", "plummeted"),
    ("Support for the Pentagon plummeted in May.", "plummeted"),
    ("Soaring costs hit Moscow.", "soaring"),
    ("Soaring costs hit Washington.", "soaring"),
    ("Lavrov called him a crooked politician.", "crooked"),
    ("Mattis called him a crooked politician.", "crooked"),
    ("Peskov made a venomous attack on the minister.", "venomous"),
    ("Kirby made a venomous attack on the minister.", "venomous"),
    ("The Kremlin spat its venom at the paper.", "venom"),
    ("The Pentagon spat its venom at the paper.", "venom"),
    ("The war was a nightmare for Russia.", "nightmare"),
    ("The war was a nightmare for the coalition.", "nightmare"),
    ("Moscow dismissed the paranoid fears.", "paranoid"),
    ("Washington dismissed the paranoid fears.", "paranoid"),
    ("The paper called the general a butcher.", "butcher"),
    # teacher 55 #12: "had a nightmare" and "the local butcher" are no plain sense of their own (the rules that read
    # them so were taken out), and a path is crooked as a way of acting
    ("The families had a nightmare journey out of Raqqa.", "nightmare"),
    ("The refugees have a nightmare ahead of them.", "nightmare"),
    ("The general is the local butcher of Homs.", "butcher"),
    ("Assad, a trained butcher of his own people, spoke.", "butcher"),
    ("The crooked path the Pentagon took to war.", "crooked"),
    ("The crooked path the Kremlin took to war.", "crooked"),
]


@pytest.mark.parametrize("text, word", MORE_LITERAL)
def test_more_plain_senses_are_no_flag(text, word):
    assert word.lower() not in flagged(text), flags(text)


@pytest.mark.parametrize("text, word", MORE_LOADED)
def test_more_loaded_senses_are_still_flagged(text, word):
    assert word.lower() in flagged(text), flags(text)


@pytest.mark.parametrize("word, rule_words", [
    ("soar", "bird"), ("plummet", "plane"), ("crooked", "crooked line"), ("venomous", "snake"),
    ("paranoia", "schizophrenia"), ("butcher", "butcher shop"),
])
def test_explain_says_when_more_plain_senses_are_not_flagged(word, rule_words):
    why = str(kit.explain(word))
    assert "Not flagged when" in why and rule_words in why, why
