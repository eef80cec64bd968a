"""The context rules' patterns are compiled when first needed (issue 25, round 12), with the same decisions."""

import kit
from kit.context import ContextRules, load_context_rules


def test_only_the_rules_a_flag_may_meet_are_compiled():
    rules = ContextRules(load_context_rules())
    assert rules._ready == {} and rules._scan is None  # nothing compiled yet
    assert rules.applies("about 40 people", 0, 5, "hedge", "about", 0, None) == ("approximator-before-number", "drop")
    compiled = set(rules._ready)
    assert compiled and all(rules.explanations[name] for name in compiled)
    assert "approximator-before-number" in compiled
    assert len(compiled) < len(rules.explanations) / 4  # only the hedge rules for "about" and for every word
    rules.start_text("about 40 people")
    assert rules._scan is not None


def test_the_same_flags_as_before_on_a_seed_article():
    # the decisions are those of the rules file; tests/test_table_digests.py checks every table on the seeds
    spans = kit.annotate("May 5 was cold. It may rain, about 40 people said.", categories=["hedge"])
    assert spans.text.tolist() == ["may"]
