"""Benchmark of kit.load_articles at scale (a script, not a test).

Run from the repository root::

    .venv/bin/python benchmarks/bench_loader.py            # 20,000 files, 10,000 rows
    .venv/bin/python benchmarks/bench_loader.py --quick    # 2,000 files, 1,000 rows

It writes a folder of small article files (each a paragraph of the seed articles, some with
front matter) into a temporary folder and times, best of three runs, in CPU seconds:

(a) ``kit.load_articles(folder)`` for N files and for N/10 files: with linear work the
    ratio of the two times is about 10 (a square-law step would give about 100);
(b) ``kit.load_articles(DataFrame)`` with M rows and no ``article_id`` column, and with ids,
    and with M/10 rows (the same linearity ratio);
(c) a floor: reading the same N files' bytes with plain Python.

Times are CPU seconds of this process (best of three), steadier than wall time on a shared
machine; the wall time of (a) is printed too.

The target from issue 12 is 20,000 files in under 5 s on a classroom laptop. The last line is::

    files=<N> folder_s=<a> folder_wall_s=<a, wall> per_file_ms=<a/N> linear_ratio_files=<ratio> df_rows=<M> df_s=<b> linear_ratio_rows=<ratio> vs_floor=<a/c>
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = 20261201


def paragraphs() -> list[str]:
    import kit

    return list(kit.paragraphs(kit.load_articles()).text)


def write_folder(folder: Path, n: int, paras: list[str], seed: int = SEED) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(rng.sample(paras, 3))
        if i % 3 == 0:
            body = f"---\ntitle: Article {i}\noutlet: Outlet {i % 7}\npublished: 2017-11-{1 + i % 28:02d}\n---\n{body}"
        (folder / f"article-{i:05d}.txt").write_text(body, encoding="utf-8")


WALL: dict[str, float] = {}


def best(fn, repeats: int = 3, name: str = "") -> float:
    """Best of ``repeats`` runs in CPU seconds of this process (steadier than wall time on a shared
    machine); the best wall-clock time is kept in ``WALL[name]``."""
    cpu, wall = [], []
    for _ in range(repeats):
        start, start_wall = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - start)
        wall.append(time.perf_counter() - start_wall)
    WALL[name] = min(wall)
    return min(cpu)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 files and 1,000 rows")
    args = parser.parse_args(argv)
    import pandas as pd

    import kit

    n_files = 2_000 if args.quick else 20_000
    n_rows = 1_000 if args.quick else 10_000
    paras = paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        write_folder(big, n_files, paras)
        write_folder(small, n_files // 10, paras)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            loaded = kit.load_articles(big)
            assert len(loaded) == n_files and loaded.article_id.is_unique
            t_big = best(lambda: kit.load_articles(big), name="big")
            t_small = best(lambda: kit.load_articles(small))
            files = sorted(big.iterdir())
            t_floor = best(lambda: [p.read_bytes() for p in files])
    rng = random.Random(SEED)
    texts = ["\n\n".join(rng.sample(paras, 2)) for _ in range(n_rows)]
    texts[1::50] = texts[0::50][: len(texts[1::50])]  # some identical texts (numbered ids)
    frame = pd.DataFrame({"text": texts})
    with_ids = frame.assign(article_id=[f"a{i}" for i in range(n_rows)])
    t_df = best(lambda: kit.load_articles(frame))
    t_df_ids = best(lambda: kit.load_articles(with_ids))
    t_df_small = best(lambda: kit.load_articles(frame.iloc[: n_rows // 10]))
    print(f"(a) folder of {n_files:,} files: {t_big:.2f} s CPU, {WALL['big']:.2f} s wall "
          f"({t_big / n_files * 1000:.3f} ms CPU per file); "
          f"{n_files // 10:,} files: {t_small:.2f} s; ratio {t_big / t_small:.1f} (linear: about 10)")
    print(f"(b) DataFrame of {n_rows:,} rows without ids: {t_df:.2f} s; with ids: {t_df_ids:.2f} s; "
          f"{n_rows // 10:,} rows: {t_df_small:.2f} s; ratio {t_df / t_df_small:.1f} (linear: about 10)")
    print(f"(c) floor, reading the {n_files:,} files' bytes: {t_floor:.2f} s")
    print(f"files={n_files} folder_s={t_big:.2f} folder_wall_s={WALL['big']:.2f} per_file_ms={t_big / n_files * 1000:.3f} "
          f"linear_ratio_files={t_big / t_small:.1f} df_rows={n_rows} df_s={t_df:.2f} "
          f"linear_ratio_rows={t_df / t_df_small:.1f} vs_floor={t_big / t_floor:.1f}")


if __name__ == "__main__":
    main()
