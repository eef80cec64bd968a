"""CPU time of ``kit.annotate`` on the PolNeAR texts: this checkout against another one, runs alternated.

    .venv/bin/python benchmarks/bench_cues.py ../shared/dev-corpora --other /tmp/base-checkout [--rounds 3]

``--other`` is a checkout of the version to compare with (``git archive <commit> | tar -x -C DIR``). Each
round runs both versions in turn in fresh processes (this one first in odd rounds, the other first in even
rounds); each process empties ``kit.cache`` before every run and keeps the best of five runs of
``kit.annotate`` over all categories, in process CPU time. It prints each round's times and the ratio of the
medians (this / other): a busy machine slows both alike, so the ratio is what to read.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

CHILD = """
import sys, time
from pathlib import Path
import pandas as pd
import kit
texts = sorted(Path(sys.argv[1], "polnear-train", "text").glob("*.txt"))
arts = pd.DataFrame({"article_id": [p.stem for p in texts], "text": [p.read_text(encoding="utf-8") for p in texts]})
kit.annotate(arts.head(5), progress=False)  # imports and word lists loaded before the timed runs
best = float("inf")
for _ in range(5):
    kit.cache.clear()
    t0 = time.process_time()
    kit.annotate(arts, progress=False)
    best = min(best, time.process_time() - t0)
print(best)
"""


def run(root: Path, corpora: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", CHILD, str(corpora)], env=env, cwd=root, capture_output=True,
                         text=True, check=True)
    return float(out.stdout.split()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="the dev-corpora folder")
    ap.add_argument("--other", type=Path, required=True, help="a checkout of the version to compare with")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    corpora = args.dir.resolve()
    this, other = [], []
    for i in range(args.rounds):
        order = [(HERE, this), (args.other.resolve(), other)]
        for root, times in order if i % 2 == 0 else order[::-1]:
            times.append(run(root, corpora))
        print(f"round {i + 1}: this {this[-1]:.2f} s, other {other[-1]:.2f} s")
    print(f"median: this {statistics.median(this):.2f} s, other {statistics.median(other):.2f} s, "
          f"ratio {statistics.median(this) / statistics.median(other):.3f}")


if __name__ == "__main__":
    main()
