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


def test_after_rules_with_shared_words_match_the_same_phrases():
    """An "after" rule's phrases sharing their first words (or last word) are written once (round 13): at every
    word end of the seeds and on each rule's own phrases, a match exactly where the one-group-per-phrase
    pattern matches."""
    import re

    from kit import context

    def one_group_each(words):
        return "|".join(f"(?:{context._phrase_pattern(w)})" + ("(?![\\w])" if w.strip()[-1].isalnum()
                                                               or w.strip()[-1] == ">" else "")
                        for w in words.split("|") if w.strip())

    texts = list(kit.load_articles().text)
    pairs = []
    for row in load_context_rules().to_dict("records"):
        if row["look"] != "after":
            continue
        words = context.expand_sets(row["words"])
        old = re.compile(rf"{context._QUOTES_BETWEEN}(?:{one_group_each(words)})", re.IGNORECASE)
        new = re.compile(rf"{context._QUOTES_BETWEEN}(?:{context._ended(words)})", re.IGNORECASE)
        if old.pattern != new.pattern:
            pairs.append((old, new))
            for phrase in words.split("|"):
                phrase = phrase.replace("<word>", "senior").replace("<name>", "Lee").replace("<number>", "40")
                texts += [f"x {v} end" for v in (phrase, phrase.upper(), phrase.replace(" ", "  "), phrase + "s",
                                                   phrase[:-1])]
    assert len(pairs) >= 10  # anonymous-needs-a-source, clearly-before-figure, ...
    for text in texts:
        for at in [m.end() for m in re.finditer(r"\w\b|$", text)]:
            stop = min(len(text), at + 60)
            for old, new in pairs:
                assert (old.match(text, at, stop) is None) == (new.match(text, at, stop) is None), text[at:stop]
