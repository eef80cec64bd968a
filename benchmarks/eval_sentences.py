"""Compare the kit's rule-based sentence splitter with pysbd on the seed articles.

    .venv/bin/pip install pysbd      # for this script only; not a dependency of the kit
    .venv/bin/python benchmarks/eval_sentences.py

Prints, for each splitter: the number of sentences per article, how many of the
required cases it gets right, whether its offsets are exact, and its speed.
The results are recorded in docs/sentences.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

import kit
from kit.segment import sentence_spans

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_corpus import SENTENCE_CASES as CASES  # noqa: E402  (the same cases the tests check)


def kit_split(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def pysbd_split(text, seg):
    out = []
    for p_start, p_end in kit.segment.paragraph_spans(text):
        for span in seg.segment(text[p_start:p_end]):
            out.append((p_start + span.start, p_start + span.end, span.sent))
    return out


def main():
    articles = kit.load_articles()
    try:
        import pysbd
    except ImportError:
        print("pysbd is not installed: `.venv/bin/pip install pysbd` to compare. Showing the kit's splitter only.")
        pysbd = None
    rows = []
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True) if pysbd else None
    for art in articles.itertuples():
        row = {"article_id": art.article_id, "kit": len(kit_split(art.text))}
        if seg:
            spans = pysbd_split(art.text, seg)
            row["pysbd"] = len(spans)
            row["pysbd_exact_offsets"] = all(art.text[s:e] == t for s, e, t in spans)
            kit_set = {t.strip() for t in kit_split(art.text)}
            row["disagreements"] = len({t.strip() for _, _, t in spans} ^ kit_set)
        rows.append(row)
    print(pd.DataFrame(rows).to_string(index=False))
    ok_kit = sum(kit_split(t) == e for t, e in CASES)
    print(f"\nrequired cases right: kit {ok_kit}/{len(CASES)}", end="")
    if seg:
        ok_sbd = sum([x.sent.strip() for x in seg.segment(t)] == e for t, e in CASES)
        print(f", pysbd {ok_sbd}/{len(CASES)}")
        for t, e in CASES:
            got = [x.sent.strip() for x in seg.segment(t)]
            if got != e:
                print(f"  pysbd: {t!r} -> {got}")
    else:
        print()
    text = "\n\n".join(articles.text) * 20
    t0 = time.perf_counter()
    kit_split(text)
    t_kit = time.perf_counter() - t0
    words = kit.segment.count_words(text)
    print(f"\nspeed on {words:,} words: kit {words / t_kit:,.0f} words/s", end="")
    if seg:
        t0 = time.perf_counter()
        pysbd_split(text, seg)
        t_sbd = time.perf_counter() - t0
        print(f", pysbd {words / t_sbd:,.0f} words/s")
    else:
        print()


if __name__ == "__main__":
    main()
