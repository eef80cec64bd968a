"""Would a small linear model find the attribution cues the word lists miss? (issue 22, item 2)

    PYTHONPATH=$PWD .venv/bin/python benchmarks/cue_model_trial.py ../shared/dev-corpora [--seed 22]

The experiment behind the choice in docs/DESIGN.md ("Attribution cues, round 13"). Every word of the PolNeAR
train articles that no attribution flag of the kit covers is a candidate; its label is whether a PolNeAR
annotator marked a cue on it. A logistic regression (numpy only, hashed features, L2, AdaGrad, fixed seed)
learns from the articles 1, 3, 5 … (sorted by name) from features of the words around the candidate: the
word itself, its last three letters, the word before and after, a capital or a pronoun before it, "that",
"to" or a quotation mark after it, and the pairs (before, word) and (word, after). It is then scored on the
articles 2, 4, 6 …, which it has not seen. For each threshold it prints, on both halves, the new flags, the
share of them an annotator marked, and the cue P/R of the kit's flags with the model's added. The model is
shipped only if the test half gains as much as the training half at P ≥ 0.80. Nothing is written; nothing from
the corpus goes into the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import eval_detectors as ev  # noqa: E402

import kit  # noqa: E402

WORD = re.compile(r"[A-Za-z][\w’'-]*")
PRONOUNS = frozenset("i you he she we they it who".split())
DIM = 1 << 20


def candidates(text, flags):
    """(start, end, features) for each word not covered by a flag."""
    words = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    flags = sorted(flags)
    out, k = [], 0
    for i, (s, e, w) in enumerate(words):
        while k < len(flags) and flags[k][1] <= s:
            k += 1
        if k < len(flags) and flags[k][0] < e:
            continue
        low = w.lower()
        prev = words[i - 1][2] if i else ""
        nxt = words[i + 1][2].lower() if i + 1 < len(words) else ""
        after = text[e:e + 3]
        feats = [f"w={low}", f"suf={low[-3:]}", f"p={prev.lower()}", f"n={nxt}", f"pw={prev.lower()}|{low}",
                 f"wn={low}|{nxt}", f"pcap={prev[:1].isupper()}", f"ppro={prev.lower() in PRONOUNS}",
                 f"nthat={nxt in ('that', 'to')}", f"nquote={any(c in after for c in ev.QUOTE_CHARS)}",
                 f"cap={w[:1].isupper()}", "bias"]
        out.append((s, e, feats))
    return out


def hashed(rows):
    r, c = [], []
    for i, (_s, _e, feats) in enumerate(rows):
        for f in feats:
            r.append(i)
            c.append(hash(f) % DIM)
    return np.asarray(r), np.asarray(c)


def fit(r, c, y, n, steps=600, rate=2.0, l2=1e-5):
    w = np.zeros(DIM)
    g2 = np.full(DIM, 1e-8)
    for _ in range(steps):
        z = np.bincount(r, weights=w[c], minlength=n)
        err = 1 / (1 + np.exp(-z)) - y
        g = np.bincount(c, weights=err[r], minlength=DIM) / n + l2 * w
        g2 += g * g
        w -= rate * g / np.sqrt(g2)
    return w


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--seed", type=int, default=22)
    args = ap.parse_args(argv)
    import os
    if os.environ.get("PYTHONHASHSEED") != str(args.seed):  # hashed features must be the same on every run
        os.environ["PYTHONHASHSEED"] = str(args.seed)
        os.execv(sys.executable, [sys.executable, *sys.argv])
    np.random.seed(args.seed)
    docs = ev.read_polnear(args.dir)
    spans = kit.annotate(ev.frame([(d, t) for d, t, _, _ in docs]), categories=["attribution"], progress=False)
    by = ev.spans_by_doc(spans, ["attribution"])
    halves = {0: [], 1: []}
    for i, doc in enumerate(docs):
        halves[i % 2].append(doc)
    data = {}
    for h, part in halves.items():
        rows, labels, owner = [], [], []
        for j, (d, text, cues, _atts) in enumerate(part):
            for s, e, feats in candidates(text, by.get(d, [])):
                rows.append((s, e, feats))
                labels.append(ev.overlaps((s, e), cues))
                owner.append(j)
        r, c = hashed(rows)
        data[h] = (rows, np.asarray(labels, dtype=float), owner, r, c)
    rows, y, _owner, r, c = data[0]
    w = fit(r, c, y, len(rows))
    print(f"candidates: train {len(data[0][0])} ({int(data[0][1].sum())} marked), "
          f"test {len(data[1][0])} ({int(data[1][1].sum())} marked)")
    for h, name in ((0, "train (articles 1, 3, 5 …)"), (1, "test (articles 2, 4, 6 …)")):
        rows, y, owner, r, c = data[h]
        p = 1 / (1 + np.exp(-np.bincount(r, weights=w[c], minlength=len(rows))))
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            keep = p >= t
            added: dict = {}
            for k in np.flatnonzero(keep):
                added.setdefault(owner[k], []).append(rows[k][:2])
            sc = ev.Score()
            for j, (d, _text, cues, _atts) in enumerate(halves[h]):
                sc.add(by.get(d, []) + added.get(j, []), cues)
            n_new = int(keep.sum())
            print(f"{name:<28} p ≥ {t}: new flags {n_new}, marked {int(y[keep].sum())} "
                  f"({y[keep].mean() if n_new else 0:.2f});  cue P {sc.p:.3f} R {sc.r:.3f}")
    top = sorted(((w[hash(f) % DIM], f) for _s, _e, feats in data[0][0][:200000] for f in feats[:1]), reverse=True)
    seen, shown = set(), []
    for weight, f in top:
        if f not in seen:
            seen.add(f)
            shown.append(f"{f} {weight:.2f}")
        if len(shown) == 15:
            break
    print("strongest word weights:", ", ".join(shown))


if __name__ == "__main__":
    main()
