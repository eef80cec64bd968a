"""Would a small linear model of a loaded word's use in its sentence agree better with people? (issue 22)

    .venv/bin/python benchmarks/loaded_context_model.py ../shared/dev-corpora [--seed 22]

The experiment behind the choice in docs/DESIGN.md ("Loaded words in context"): the kit's
``loaded_language`` and ``label`` flags on the Propaganda Techniques Corpus articles (``ptc-half``) are
split by article, with a fixed seed, into a training half and a test half. A logistic regression
(numpy only, L2, plain gradient descent) learns from the training half whether people marked a flag,
from features of the flag's sentence: its category and voice, first or second person, "!" or "?", a
reporting verb, a figure, an intensifier right before, the first use of the word in the article, other
flags in the sentence, the article's rate of flags, a long sentence, the word right before; and, in a
second run, the listed word itself. It prints precision and recall of the flags the model keeps, on
both halves, beside all flags: the gap between the halves is what a held-out portion would show.
Nothing is written; nothing from the corpus goes into the repository.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from bisect import bisect_right
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import eval_detectors as ev  # noqa: E402

import kit  # noqa: E402

INTENSIFIERS = frozenset("so very most truly absolutely utterly totally completely really such extremely".split())
REPORTING = re.compile(r"\b(?:said|says|told|according to|reported|stated)\b")
PERSON_1 = re.compile(r"\b(?:I|we|We|us|our|Our|my|My)\b")
PERSON_2 = re.compile(r"\b(?:you|You|your|Your)\b")
WORD = re.compile(r"[\w’'-]+")


def flag_rows(docs):
    """One dict per flag: its features and whether it overlaps a human span."""
    frame = ev.frame([(d, t) for d, t, _ in docs])
    spans = kit.annotate(frame, categories=["loaded_language", "label"], progress=False)
    sentences = kit.sentences(frame)
    starts = {a: (g.start.tolist(), g.end.tolist()) for a, g in sentences.groupby("article_id")}
    texts = {d: t for d, t, _ in docs}
    gold = {d: g for d, _, g in docs}
    rows = []
    seen: dict = {}
    per_sentence: dict = {}
    per_article = spans.groupby("article_id").size().to_dict()
    spans = spans.sort_values(["article_id", "start"])
    for r in spans.itertuples():
        s_starts, s_ends = starts[r.article_id]
        k = max(bisect_right(s_starts, r.start) - 1, 0)
        per_sentence[(r.article_id, k)] = per_sentence.get((r.article_id, k), 0) + 1
    for r in spans.itertuples():
        text = texts[r.article_id]
        s_starts, s_ends = starts[r.article_id]
        k = max(bisect_right(s_starts, r.start) - 1, 0)
        sentence = text[s_starts[k]:s_ends[k]]
        before = WORD.findall(text, max(0, r.start - 40), r.start)
        prev = before[-1].lower() if before else ""
        occurrence = seen.get((r.article_id, r.term), 0)
        seen[(r.article_id, r.term)] = occurrence + 1
        rows.append({
            "doc": r.article_id, "start": r.start, "end": r.end, "term": r.term,
            "hit": ev.overlaps((r.start, r.end), gold[r.article_id]),
            "features": {
                f"category={r.category}": 1, f"voice={r.voice}": 1, f"before={prev}": 1,
                "first person": bool(PERSON_1.search(sentence)), "second person": bool(PERSON_2.search(sentence)),
                "exclamation": "!" in sentence, "question": "?" in sentence,
                "reporting verb": bool(REPORTING.search(sentence)), "figure": bool(re.search(r"\d", sentence)),
                "intensifier before": prev in INTENSIFIERS, "first use in article": occurrence == 0,
                "other flags in sentence": min(per_sentence[(r.article_id, k)] - 1, 2),
                "flags per 100 words": min(per_article[r.article_id] / max(len(text.split()), 1) * 100, 3),
                "long sentence": len(sentence.split()) > 40,
            },
        })
    return rows


def fit(x, y, c=0.5, steps=2000, rate=1.0):
    """Weights of an L2 logistic regression (the last weight is the intercept, not penalised)."""
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y)
        grad[:-1] += w[:-1] / (c * len(y))
        w -= rate * grad
    return w


def score(rows, keep, gold, docs):
    """P and R of the kept flags over the human spans of ``docs``."""
    kept = [r for r, k in zip(rows, keep, strict=True) if k]
    by: dict = {}
    for r in kept:
        by.setdefault(r["doc"], []).append((r["start"], r["end"]))
    found = sum(ev.overlaps(g, by.get(d, [])) for d in docs for g in gold[d])
    total = sum(len(gold[d]) for d in docs)
    hits = sum(r["hit"] for r in kept)
    return f"P {hits / max(len(kept), 1):.3f} ({hits}/{len(kept)})  R {found / max(total, 1):.3f} ({found}/{total})"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="the dev-corpora folder (see its README.md)")
    ap.add_argument("--seed", type=int, default=22, help="the seed of the split into halves (default 22)")
    args = ap.parse_args(argv)
    docs = ev.read_ptc(args.dir)
    gold = {d: g for d, _, g in docs}
    ids = sorted(gold)
    train = set(random.Random(args.seed).sample(ids, len(ids) // 2))
    test = set(ids) - train
    rows = flag_rows(docs)
    y = np.array([r["hit"] for r in rows], dtype=float)
    in_train = np.array([r["doc"] in train for r in rows])
    for with_term in (False, True):
        names: dict = {}
        feats = [dict(r["features"], **({f"word={r['term']}": 1} if with_term else {})) for r in rows]
        for f in feats:
            for k in f:
                names.setdefault(k, len(names))
        x = np.zeros((len(rows), len(names)))
        for i, f in enumerate(feats):
            for k, v in f.items():
                x[i, names[k]] = float(v)
        w = fit(x[in_train], y[in_train])
        p = 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))
        print(f"features of the sentence{' and the word itself' if with_term else ''}:")
        for half, part in (("train", train), ("test", test)):
            mask = np.array([r["doc"] in part for r in rows])
            print(f"  {half:<5} all flags      {score(rows, mask, gold, part)}")
            for threshold in (0.3, 0.4, 0.5):
                print(f"  {half:<5} kept at p≥{threshold}  {score(rows, mask & (p >= threshold), gold, part)}")
        order = np.argsort(w[:-1])
        inverse = {i: k for k, i in names.items()}
        print("  weights most against a flag:", ", ".join(f"{inverse[i]} {w[i]:+.2f}" for i in order[:6]))
        print("  weights most for a flag:    ", ", ".join(f"{inverse[i]} {w[i]:+.2f}" for i in order[-6:][::-1]))


if __name__ == "__main__":
    main()
