"""How often each loaded-language and label entry agrees with people, entry by entry (issue 22, round 11).

    .venv/bin/python benchmarks/loaded_entries.py ../shared/dev-corpora [--half all|train|test] [--seed 22]
        [--min 3] [--by term|rule|voice]

For every ``loaded_language`` and ``label`` flag that :func:`kit.annotate` makes on the Propaganda
Techniques Corpus articles (``ptc-half``), the flag is *right* when it overlaps a span the annotators
marked as ``Loaded_Language`` or ``Name_Calling,Labeling``, and *false* otherwise. The script prints, per
entry (or per context rule, or per voice), the right and false counts, busiest first, and the totals with
precision and recall. ``--half`` scores only one half of the articles, split by article with a fixed seed
(the same split as benchmarks/loaded_context_model.py), so a rule can be judged on the half it was not read
on. It prints counts only: nothing from the corpus is written or committed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import eval_detectors as ev  # noqa: E402

import kit  # noqa: E402

CATEGORIES = ["loaded_language", "label"]


def halves(docs, seed=22):
    """The article ids of the training half and of the test half (split by article, fixed seed)."""
    ids = sorted(d for d, _, _ in docs)
    train = set(random.Random(seed).sample(ids, len(ids) // 2))
    return train, set(ids) - train


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="the dev-corpora folder (see its README.md)")
    ap.add_argument("--half", choices=("all", "train", "test"), default="all")
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--min", type=int, default=3, help="list entries with at least this many flags")
    ap.add_argument("--by", choices=("term", "rule", "voice", "category"), default="term")
    args = ap.parse_args(argv)
    docs = ev.read_ptc(args.dir)
    if args.half != "all":
        train, test = halves(docs, args.seed)
        keep = train if args.half == "train" else test
        docs = [d for d in docs if d[0] in keep]
    spans = kit.annotate(ev.frame([(d, t) for d, t, _ in docs]), categories=CATEGORIES, progress=False)
    gold = {d: g for d, _, g in docs}
    right, false = Counter(), Counter()
    found: dict = {}
    for r in spans.itertuples():
        key = f"{r.category}:{getattr(r, args.by).lower()}" if args.by == "term" else getattr(r, args.by)
        if ev.overlaps((r.start, r.end), gold[r.article_id]):
            right[key] += 1
        else:
            false[key] += 1
        found.setdefault(r.article_id, []).append((r.start, r.end))
    print(f"{'entry':<40} right false  P")
    for key in sorted(set(right) | set(false), key=lambda k: -(right[k] + false[k])):
        if right[key] + false[key] >= args.min:
            print(f"{key:<40} {right[key]:>5} {false[key]:>5}  {right[key] / (right[key] + false[key]):.2f}")
    n_right, n = sum(right.values()), sum(right.values()) + sum(false.values())
    covered = sum(ev.overlaps(g, found.get(d, [])) for d in gold for g in gold[d])
    total = sum(len(g) for g in gold.values())
    print(f"all flags: P {n_right / max(n, 1):.3f} ({n_right}/{n})  R {covered / max(total, 1):.3f} ({covered}/{total})")


if __name__ == "__main__":
    main()
