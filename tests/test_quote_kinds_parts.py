"""The quotation kinds of a text read with a second set of reporting words (kit.segment keeps what the
words around each quotation decide whatever the cues) are those of a fresh call with that set."""

import random
import re

import pytest

import kit
from kit import cache
from kit.segment import quotations
from kit.spans import cached_spans

TEXTS = [
    "Critics spoke of “moderate” groups. “We stay,” he said. The “deal” was, Lee said, “done”.",
    "Gen. James “Mad Dog” Mattis said the plan was “fair”. Its “capital” fell. “It is over,” she told us.",
    "The book titled “Dry Rivers” sold. “Apollo 13” (1995) ran. “Top secret” is the highest level, "
    "officials said, calling it “a disgrace”.",
]


def _cue_sets(text, rng):
    cues = [(m.start(), m.end()) for word in ("said", "told", "calling", "spoke")
            for m in re.finditer(word, text)]
    yield []
    yield cues
    for _ in range(6):
        yield sorted(rng.sample(cues, rng.randint(0, len(cues))))


@pytest.mark.parametrize("text", TEXTS + list(kit.load_articles()["text"]))
def test_kinds_with_kept_parts_match_a_fresh_call(text):
    rng = random.Random(len(text))
    cache.clear()
    for cues in _cue_sets(text, rng):
        warm = quotations(text, cues)  # the parts kept from the calls before, other cue sets
        with cache.disabled():
            fresh = quotations(text, cues)
        assert warm == fresh


def test_kinds_after_annotate_match_a_fresh_call():
    arts = kit.load_articles()
    cache.clear()
    cached_spans(arts, categories=["attribution", "vague_source"])  # fills the parts with annotate's cues
    table = kit.quotes(arts)
    with cache.disabled():
        assert table.equals(kit.quotes(arts))
