"""Loaded words and labels, round 11 (issue 22): a label or an event word used again (an optional rule a teacher can add), a reader poll, and the words of contempt added to the lists.

Every example is made up. Each rule is tested both ways: the use it drops and a use it keeps.
"""

import shutil

import pandas as pd
import pytest

import kit
from kit.context import ContextRules, load_context_rules
from kit.errors import LexiconError
from kit.exercises.word_checks import why_left_out


def flags(text):
    """(text, rule) of the loaded-language and label flags in ``text``."""
    spans = kit.annotate(text, categories=["loaded_language", "label"])
    return list(zip(spans.text, spans.rule, strict=True))


REPEAT_RULES = (
    "label-used-before,label,,repeat,<term>,drop,\"The article already used this label earlier, where the kit "
    "flagged it; used again, it is the article's running name for the same people or thing, so the kit shows the "
    "label where it is first chosen and counts that choice once.\"\n"
    "event-word-used-before,loaded_language,massacre|cover-up,repeat,<term>,drop,\"The article already called this "
    "event a massacre or a cover-up earlier; used again, the word is the article's name for the same event.\"\n")


@pytest.fixture
def once_per_article(tmp_path):
    """A teacher's copy of the data with the two optional rules of docs/lexicons.md added (labels and event
    words counted at their first use in an article)."""
    folder = tmp_path / "data"
    shutil.copytree(kit.data_dir(), folder)
    rules = folder / "context_rules.csv"
    rules.write_text(rules.read_text(encoding="utf-8") + REPEAT_RULES, encoding="utf-8")
    kit.use_data(folder)
    yield folder
    kit.use_data(None)


def test_a_label_is_flagged_each_time_the_article_uses_it():
    # by default every use counts: a student who counts "regime" in the text finds the kit's number
    text = "The regime jailed the poet. A week later the regime freed him, and the regimes of the region watched."
    assert kit.annotate(text, categories=["label"]).text.tolist() == ["regime", "regime", "regimes"]


def test_a_teacher_can_count_a_label_once_per_article(once_per_article):
    text = "The regime jailed the poet. A week later the regime freed him, and the regimes of the region watched."
    spans = kit.annotate(text, categories=["label"])
    assert spans.start.tolist() == [text.index("regime")]
    # the reason a later use is left out is there in plain words
    assert "already used this label" in why_left_out("regime", text, "label")
    assert "label-used-before" in str(kit.explain("regimes"))
    # each label and each article counts on its own
    text = "The regime blamed the terrorists. The regime said the terrorists had fled."
    assert [t for t, _ in flags(text)] == ["regime", "terrorists"]
    both = pd.DataFrame({"article_id": ["a", "b"], "text": [text, text]})
    assert kit.annotate(both, categories=["label"]).groupby("article_id").size().tolist() == [2, 2]
    # a use another rule leaves out ("sanctions regime": regime-non-political) is not the first use
    text = "The sanctions regime was tightened. The regime in the capital protested."
    assert kit.annotate(text, categories=["label"]).start.tolist() == [text.rindex("regime")]
    # loaded adjectives are still chosen again each time; event words count once
    assert [t for t, _ in flags("It was a brutal raid. Then came a brutal winter.")] == ["brutal", "brutal"]
    text = "The massacre shocked the valley. After the massacre, the school closed; the massacre is still taught."
    assert [t for t, _ in flags(text)] == ["massacre"]
    # a label a teacher adds to the list gets the rule too
    lex = kit.load_lexicon()
    extra = pd.DataFrame([{**{c: "" for c in lex.columns}, "term": "nincompoop", "category": "label",
                           "note": "An insult."}])
    spans = kit.annotate("A nincompoop wrote it. The nincompoop signed it.", categories=["label"],
                         lexicon=pd.concat([lex, extra], ignore_index=True))
    assert spans.text.tolist() == ["nincompoop"]


def test_loaded_words_and_event_words_are_flagged_each_time():
    assert [t for t, _ in flags("It was a brutal raid. Then came a brutal winter.")] == ["brutal", "brutal"]
    text = "The massacre shocked the valley. After the massacre, the school closed."
    assert [t for t, _ in flags(text)] == ["massacre", "massacre"]


def test_aggression_is_flagged_whoever_commits_it():
    # "aggression" charges one side with starting a fight: kept for every state alike (parallel actors, equal
    # scrutiny); a rule that dropped it after a country's name was tried and left out (docs/validity-history.md)
    text = "Ministers warned of Russian aggression. Critics decried American military aggression."
    assert [t for t, _ in flags(text)] == ["aggression", "aggression"]


def test_a_reader_poll_offers_the_word_for_the_reader_to_judge():
    assert flags("Whom do you consider to be the most corrupt senator?") == []
    assert flags("Who do you consider the most dangerous extremist in town?") == []
    # the writer's own question keeps the word
    assert [t for t, _ in flags("Why did the corrupt senator stay silent?")] == ["corrupt"]


@pytest.mark.parametrize("text, word, category", [
    ("They ran a dirty campaign.", "dirty", "loaded_language"),
    ("It was a phony crisis.", "phony", "loaded_language"),
    ("The council's ugly vote split the town.", "ugly", "loaded_language"),
    ("The mayor called him a liar.", "liar", "label"),
    ("Leftist students marched.", "Leftist", "label"),
    ("The plan was unethical and destructive.", "unethical", "loaded_language"),
])
def test_words_of_contempt_are_listed(text, word, category):
    spans = kit.annotate(text, categories=["loaded_language", "label"])
    assert (word, category) in set(zip(spans.text, spans.category))


def test_a_repeat_rule_names_what_repeats(tmp_path):
    table = load_context_rules()
    bad = pd.concat([table, pd.DataFrame([{**table.iloc[0].to_dict(), "rule": "odd", "look": "repeat",
                                           "words": "<word>"}])])
    path = tmp_path / "rules.csv"
    bad.to_csv(path, index=False)
    with pytest.raises(LexiconError, match="repeat"):
        load_context_rules(path)
    assert isinstance(ContextRules(table), ContextRules)


def test_a_teachers_list_edit_takes_effect_at_once():
    lex = kit.load_lexicon()
    extra = pd.DataFrame([{**{c: "" for c in lex.columns}, "term": "nincompoop", "category": "label",
                           "note": "An insult."}])
    both = pd.concat([lex, extra], ignore_index=True)
    text = "A nincompoop wrote it. The nincompoop signed it."
    assert kit.annotate(text, categories=["label"], lexicon=both).text.tolist() == ["nincompoop", "nincompoop"]


@pytest.mark.parametrize("text", [
    "The flood left the town with dirty water for a week.",
    "Police found parts of a dirty bomb in the van.",
    "Crowds cheered at the monster truck show.",
    "She was charged with attempting to pervert the course of justice.",
])
def test_plain_senses_of_the_new_words(text):
    assert flags(text) == []


def test_the_new_words_stay_loaded_about_people():
    assert [t for t, _ in flags("He ran a dirty campaign and called her a monster.")] == ["dirty", "monster"]
    assert [t for t, _ in flags("They perverted the meaning of the law.")] == ["perverted"]


@pytest.mark.parametrize("text, kept", [
    ("One study cannot prove that phones harm grades.", []),  # student 12: "prove" was a booster here
    ("The claim has not been proven.", []),
    ("They failed to prove it.", []),
    ("Tests prove the water is safe.", ["prove"]),
])
def test_a_denied_proof_is_not_a_booster(text, kept):
    assert kit.annotate(text, categories=["booster"]).text.tolist() == kept
