"""Digests of every public table on the seed articles and on generated text (see test_table_digests.py).

Regenerate the stored digests after an intended change to what a detector finds::

    .venv/bin/python tests/table_digests.py --write

The digests were first made from the code at commit 118d18b (before the speed work of issue 25): a
change that is only meant to make the kit faster must leave every one of them as it is.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIGESTS = HERE / "data" / "table_digests.json"
REGENERATE = ".venv/bin/python tests/table_digests.py --write"
SEED = 25

# the parts of the generated text: names, reporting words, word-list words, quotation marks, figures
_NAMES = ["Ann Lee", "Gen. Omar Haddad", "the minister", "Reuters", "a senior official", "critics", "He",
          "Dr. Maria Ruiz", "the White House", "officials", "She", "the Kremlin", "President Putin"]
_CUES = ["said", "told reporters", "claimed", "insisted", "admitted", "warned", "argued", "noted", "added",
         "reportedly said", "according to", "denied", "suggested"]
_WORDS = ["the regime", "may", "could", "allegedly", "clearly", "brutal", "so-called", "terrorists", "might",
          "apparently", "the fact that", "undoubtedly", "rebels", "slammed", "likely", "it seems", "perhaps",
          "freedom fighters", "a crisis", "thugs", "reportedly", "seemed", "sources say", "obviously", "radical"]
_FILLER = ["the", "vote", "was", "held", "on", "Monday", "in", "Kyiv", "and", "it", "would", "end", "soon",
           "the", "army", "moved", "troops", "to", "the", "border", "while", "talks", "went", "on", "with",
           "3,000", "people", "40%", "$2 billion", "in", "2023", "the", "plan"]


def _clause(rng: random.Random) -> str:
    words = [rng.choice(_FILLER) for _ in range(rng.randint(3, 9))]
    for _ in range(rng.randint(0, 3)):
        words.insert(rng.randint(0, len(words)), rng.choice(_WORDS))
    return " ".join(words)


def _sentence(rng: random.Random) -> str:
    c, who, cue = _clause(rng), rng.choice(_NAMES), rng.choice(_CUES)
    kind = rng.randrange(9)
    if kind == 0:
        return f"\u201c{c.capitalize()},\u201d {who} {cue}."
    if kind == 1:
        return f"{who} {cue} that {c}."
    if kind == 2:
        return f"According to {who}, {c}."
    if kind == 3:
        return f"The \u201c{rng.choice(_WORDS)}\u201d {c}."
    if kind == 4:
        return f'"{c.capitalize()}," {cue} {who}. "{_clause(rng).capitalize()}."'
    if kind == 5:
        return f"{who} {cue}: \u201c{c.capitalize()}.\u201d"
    if kind == 6:
        return f"{c.capitalize()}, {who} {cue}."
    return f"{c.capitalize()}."


def generated_articles():
    """A fixed set of made-up articles (fixed seed): word-list words, quotations, names and figures."""
    import pandas as pd

    rng = random.Random(SEED)
    rows = []
    for i in range(40):
        paras = ["  ".join(_sentence(rng) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 8))]
        rows.append({"article_id": f"gen-{i:02d}", "outlet": ["Daily", "Herald", "Post", ""][i % 4],
                     "title": _clause(rng).capitalize(), "text": "\n\n".join(paras)})
    rows.append({"article_id": "gen-long", "outlet": "Daily", "title": "A long one",
                 "text": "\n\n".join(" ".join(_sentence(rng) for _ in range(5)) for _ in range(120))})
    rows.append({"article_id": "gen-empty", "outlet": "Post", "title": "", "text": ""})
    return pd.DataFrame(rows)


def _digest(value) -> str:
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        value = value.to_csv(index=True, float_format="%.9g")
    elif not isinstance(value, str):
        value = repr(value)
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:20]


def tables(articles) -> dict:
    """Every public table on ``articles``, each as a short digest of its CSV."""
    import kit

    kit.cache.clear()
    spans = kit.annotate(articles, progress=False)
    out = {
        "annotate": spans,
        "annotate_speakers": kit.annotate(articles, speakers=True, progress=False),
        "annotate_some": kit.annotate(articles, categories=["hedge", "scare_quote"], progress=False),
        "profile": kit.profile(articles, progress=False),
        "quotes": kit.quotes(articles),
        "sources": kit.sources(articles),
        "citations": kit.citations(articles),
        "trace_claim_said": kit.trace_claim(articles, "said"),
        "trace_claim_regime": kit.trace_claim(articles, "the regime"),
        "figures": kit.figures(articles),
        "naming": kit.naming(articles, by="outlet"),
        "headlines": kit.headlines(articles),
        "paragraphs": kit.paragraphs(articles),
        "sentences": kit.sentences(articles),
        "explain_spans": "\n\n".join(str(kit.explain(row)) for _, row in spans.iterrows()),
    }
    digests = {name: _digest(value) for name, value in out.items()}
    with kit.cache.disabled():  # the same tables computed without the cache
        digests["annotate_uncached"] = _digest(kit.annotate(articles, progress=False))
        digests["quotes_uncached"] = _digest(kit.quotes(articles))
    kit.cache.clear()
    return digests


def explain_digest() -> str:
    """Every word-list entry (and rule) explained, as one digest."""
    import kit

    lex = kit.default_lexicon()
    queries = [*lex["term"], "May", "banana", "rule:short-quote-no-speaker"]
    return _digest("\n\n".join(str(kit.explain(q)) for q in queries))


def all_digests() -> dict:
    import kit

    return {"seeds": tables(kit.load_articles()), "generated": tables(generated_articles()),
            "explain_terms": {"explain": explain_digest()}}


def main(argv=None) -> None:
    args = sys.argv[1:] if argv is None else argv
    got = all_digests()
    if "--write" in args:
        DIGESTS.parent.mkdir(exist_ok=True)
        DIGESTS.write_text(json.dumps({"regenerate": REGENERATE, "digests": got}, indent=1, sort_keys=True) + "\n",
                           encoding="utf-8")
        print(f"wrote {DIGESTS}")
    else:
        print(json.dumps(got, indent=1, sort_keys=True))


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    main()
