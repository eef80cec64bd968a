"""The rules for every word of a category ("the word …", "the use of …") are matched over a text once, and only
when a flag they may apply to is met (issue 25, round 13): the same offsets as the whole pattern with its
look-behind, on made-up texts built from the pieces that can trip it."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kit.context import ContextRules, load_context_rules

PIECES = ["the word", "The Term", "the  phrase", "xthe word", "-the word", "_the word", "the", "word", " ", "\n",
          '"', "“", "’", "'", "hero", "use of", "misuse of", "the use of", "reliance  on", "İ", "ı", "K", "ſ",
          "debate over", "a", ".", ","]


def expected_ends(rules, name, text):
    _category, rx, _plain = rules._scans()[name]
    whole = re.compile(r"(?<![\w-])" + rx.pattern, re.IGNORECASE)
    return {m.end() for m in whole.finditer(text)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_same_ends_as_the_pattern_with_its_look_behind(text):
    rules = ContextRules(load_context_rules())
    ends = rules.start_text(text)
    for name in rules._scans():
        assert rules._ends_of(name) == expected_ends(rules, name, text), name
    star = set().union(*(expected_ends(rules, n, text) for n, (c, _r, _p) in rules._scans().items() if c == "*"))
    assert {i for i in range(len(text) + 1) if i in ends} == star


def test_a_rule_of_one_category_is_matched_only_when_a_flag_of_it_is_met():
    rules = ContextRules(load_context_rules())
    text = 'The use of unnamed officials, he said, and the word "hero".'
    ends = rules.start_text(text)
    assert text.index("hero") in ends  # "the word" is a rule for every word
    assert rules._ends == {"mentioned-word-after-the-word": {text.index("hero")}}  # talk-about-sources not yet
    start = text.index("unnamed")
    assert rules.applies(text, start, start + 17, "vague_source", "unnamed officials", 0, None) == (
        "talk-about-sources", "drop")
    assert start in rules._ends["talk-about-sources"]
