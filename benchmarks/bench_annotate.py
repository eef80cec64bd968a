"""Benchmark of kit.annotate (a script, not a test).

Run from the repository root::

    .venv/bin/python benchmarks/bench_annotate.py            # full run (a few minutes)
    .venv/bin/python benchmarks/bench_annotate.py --quick    # smaller memory test, fewer repeats

It builds a corpus of about 1,000,000 words from the seed articles (their paragraphs,
repeated and shuffled with a fixed seed, grouped into articles of about 1,000 words) and times:

(a) ``kit.annotate`` over all categories (the kit's word lists, sentence ids included);
(b) spaCy's blank English tokenizer plus a PhraseMatcher (attr="LOWER") on the same term list
    (every term and variant) -- skipped with a message if spaCy is not installed
    (``pip install spacy``; it is not a dependency of the kit);
(c) a floor: lowercasing the text and counting ``re.finditer(r"\\w+")`` tokens.

Each timing is the best of several runs, after one warm-up call (which reads the word lists
and builds the automaton). It also reports the peak memory of ``kit.profile`` over 10,000
articles (in a fresh process; resident set size) and the time of ``import kit`` against
``import pandas, matplotlib`` (fresh processes, best of several). The last line is::

    words_per_s=<a's words/s> ratio_vs_spacy=<time b / time a> ratio_vs_floor=<time a / time c>
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 20240601
WORD = re.compile(r"\w+")


def build_corpus(n_words: int, words_per_article: int, seed: int = SEED, n_articles: int | None = None):
    """Articles made of the seed paragraphs, repeated and shuffled (fixed seed).

    Paragraphs are added until there are ``n_words`` words (or, if given, ``n_articles`` articles).
    """
    import pandas as pd

    import kit

    paras = kit.paragraphs(kit.load_articles())["text"].tolist()
    sizes = [len(WORD.findall(p)) for p in paras]
    rng = random.Random(seed)
    order: list[int] = []
    total = 0
    if n_articles is not None:
        n_words = n_articles * words_per_article * 2  # enough paragraphs; cut to n_articles below
    while total < n_words:
        batch = list(range(len(paras)))
        rng.shuffle(batch)
        for i in batch:
            order.append(i)
            total += sizes[i]
            if total >= n_words:
                break
    texts, current, count = [], [], 0
    for i in order:
        current.append(paras[i])
        count += sizes[i]
        if count >= words_per_article:
            texts.append("\n\n".join(current))
            current, count = [], 0
    if current:
        texts.append("\n\n".join(current))
    if n_articles is not None:
        texts = texts[:n_articles]
    return pd.DataFrame({"article_id": [f"bench-{i:05d}" for i in range(len(texts))], "text": texts})


def best_of(fn, repeat):
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def run_floor(texts):
    return sum(sum(1 for _ in WORD.finditer(t.lower())) for t in texts)


def spacy_runner(terms):
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        return None
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("TERMS", list(nlp.tokenizer.pipe(terms)))

    def run(texts):
        return sum(len(matcher(doc)) for doc in nlp.tokenizer.pipe(texts))

    return run, spacy.__version__


MEMORY_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from bench_annotate import build_corpus
import kit
articles = build_corpus(0, {per_article}, seed={seed}, n_articles={n_articles})
kit.profile("warm up: it may rain.")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
p = kit.profile(articles, progress=False)
elapsed = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"articles": len(p), "words": int(p.n_words.sum()), "before_kb": before, "peak_kb": peak,
                  "seconds": elapsed}}))
"""


def measure_profile_memory(n_articles, words_per_article):
    code = MEMORY_CHILD.format(root=str(ROOT), bench=str(Path(__file__).parent),
                               n_articles=n_articles, per_article=words_per_article, seed=SEED)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_time(statement, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="size of the timing corpus")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (best is kept)")
    parser.add_argument("--profile-articles", type=int, default=10_000)
    parser.add_argument("--profile-words-per-article", type=int, default=600)
    parser.add_argument("--quick", action="store_true", help="fewer repeats and a 1,000-article memory test")
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat, args.profile_articles = 1, 1_000

    import kit
    from kit.annotation import annotate

    articles = build_corpus(args.words, 1_000)
    texts = articles["text"].tolist()
    n_words = run_floor(texts)
    print(f"corpus: {len(articles):,} articles, {n_words:,} words (\\w+ tokens), "
          f"{sum(map(len, texts)):,} characters; seed {SEED}")
    lexicon = kit.default_lexicon()
    print(f"word lists: {len(lexicon)} entries in {lexicon.category.nunique()} categories")

    annotate("Warm up: the regime may have claimed it.")  # read the lists, build the automaton
    forms = sorted({f.strip() for term, variants in zip(lexicon.term, lexicon.variants, strict=True)
                    for f in [term, *variants.split("|")] if f.strip()})
    runner = spacy_runner(forms)
    if runner is None:
        print("(b) spaCy is not installed: skipped. Install it for the comparison with `pip install spacy` "
              "(it is not a dependency of the kit).")
    else:
        runner[0](texts[:5])  # warm up

    # The runs are interleaved (a, b, c, a, b, c, ...) so that a busy machine slows all three alike;
    # the best time of each is kept.
    times = {"a": [], "b": [], "c": [], "s": []}
    spans = n_matches = None
    for _ in range(args.repeat):
        t, spans = best_of(lambda: annotate(articles, progress=False), 1)
        times["a"].append(t)
        if runner is not None:
            t, n_matches = best_of(lambda: runner[0](texts), 1)
            times["b"].append(t)
        times["c"].append(best_of(lambda: run_floor(texts), 1)[0])
        times["s"].append(best_of(lambda: kit.sentences(articles), 1)[0])
    time_a, time_c, time_s = min(times["a"]), min(times["c"]), min(times["s"])
    time_b = min(times["b"]) if times["b"] else float("nan")
    print(f"(a) kit.annotate, all categories: {time_a:.3f} s, {len(spans):,} spans, "
          f"{n_words / time_a:,.0f} words/s")
    print(f"    for reference, kit.sentences alone (the splitter annotate uses for sentence ids): "
          f"{time_s:.3f} s")
    if runner is not None:
        print(f"(b) spaCy {runner[1]} blank('en') tokenizer + PhraseMatcher ({len(forms)} patterns): "
              f"{time_b:.3f} s, {n_matches:,} matches, {n_words / time_b:,.0f} words/s")
    print(f"(c) floor, lower() + counting re.finditer(r'\\w+'): {time_c:.3f} s, {n_words / time_c:,.0f} words/s")
    print("    all runs (s): " + "; ".join(f"{k}: " + ", ".join(f"{t:.2f}" for t in v)
                                           for k, v in times.items() if v))

    mem = measure_profile_memory(args.profile_articles, args.profile_words_per_article)
    print(f"kit.profile over {mem['articles']:,} articles ({mem['words']:,} words): {mem['seconds']:.1f} s, "
          f"peak memory {mem['peak_kb'] / 1024:,.0f} MB (process total; {mem['before_kb'] / 1024:,.0f} MB "
          f"before profiling, corpus included); target <= 1024 MB")

    repeat = max(3, args.repeat * 2 + 1)
    t_kit = import_time("import kit", repeat)
    t_base = import_time("import pandas, matplotlib", repeat)
    t_engine = import_time("import kit.annotation, kit.display", repeat)
    t_none = import_time("pass", repeat)
    print(f"import kit: {t_kit:.3f} s; import pandas, matplotlib: {t_base:.3f} s; ratio {t_kit / t_base:.2f} "
          f"(target <= 1.3); import kit.annotation, kit.display: {t_engine:.3f} s; "
          f"empty interpreter: {t_none:.3f} s (all fresh processes, best of {repeat})")

    print(f"words_per_s={n_words / time_a:.0f} ratio_vs_spacy={time_b / time_a:.2f} "
          f"ratio_vs_floor={time_a / time_c:.2f}")


if __name__ == "__main__":
    main()
