"""Attribution-cue P/R on PolNeAR train, in all and for each half of the articles, and what changed.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/cue_halves.py ../shared/dev-corpora [--save FLAGS.json]
        [--against FLAGS.json] [--show N]

The halves are the articles sorted by name, odd (1, 3, 5 …) and even (2, 4, 6 …): a rule that only fits
one half shows as a gap between them. ``--save`` keeps the kit's cue spans (offsets only, no corpus text) in a
file outside the repository; ``--against`` compares with such a file: how many flags are new and removed,
and the share of each that a PolNeAR annotator marks (a rule's precision on its own), with up to N
examples of each (printed, never written to the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval_detectors import Score, context, frame, overlaps, read_polnear, spans_by_doc  # noqa: E402

import kit  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="the dev-corpora folder")
    ap.add_argument("--save", type=Path, default=None, help="write the cue spans to this JSON file")
    ap.add_argument("--against", type=Path, default=None, help="compare with cue spans saved earlier")
    ap.add_argument("--show", type=int, default=0, help="print up to N new and removed flags of each kind")
    args = ap.parse_args(argv)
    docs = read_polnear(args.dir)
    spans = kit.annotate(frame([(d, t) for d, t, _, _ in docs]), categories=["attribution"], progress=False)
    by = spans_by_doc(spans, ["attribution"])
    scores = [Score(), Score(), Score()]
    for i, (d, _text, cues, _atts) in enumerate(docs):
        for sc in (scores[0], scores[1 + i % 2]):
            sc.add(by.get(d, []), cues)
    for name, sc in zip(("attribution cues, all", "  articles 1, 3, 5 …", "  articles 2, 4, 6 …"), scores):
        print(sc.line(name))
    if args.save:
        args.save.write_text(json.dumps({d: by.get(d, []) for d, *_ in docs}), encoding="utf-8")
    if args.against:
        old = {d: [tuple(x) for x in v] for d, v in json.loads(args.against.read_text(encoding="utf-8")).items()}
        changes = {"new": [], "removed": []}
        for d, text, cues, _atts in docs:
            now, before = set(by.get(d, [])), set(old.get(d, []))
            for kind, spans_ in (("new", now - before), ("removed", before - now)):
                changes[kind] += [(overlaps(s, cues), context(text, *s, width=50)) for s in sorted(spans_)]
        for kind, rows in changes.items():
            marked = sum(m for m, _ in rows)
            print(f"{kind} flags: {len(rows)}, marked by the annotator {marked} "
                  f"({marked / max(len(rows), 1):.2f})")
            for m, ctx in rows[:args.show]:
                print(f"   {'+' if m else '-'} {ctx}")


if __name__ == "__main__":
    main()
