"""Where a cold sourcing table's time goes (issue 25): a script, not a test.

Run from the repository root::

    .venv/bin/python benchmarks/bench_table_parts.py --corpus ../shared/dev-corpora/polnear-train/text

For each run (``--repeat``, the best of each part is kept, in the process's CPU time, the collector paused
as ``kit.quotes`` pauses it) it times, with ``kit.cache`` emptied first:

- ``kit.annotate`` (every category), the yardstick of the goal "each table within 3x annotate";
- a cold ``kit.quotes`` in its three parts: the speech-cue pass (``kit.sourcing.speech_cue_spans``, the
  same code as ``annotate``'s, for two categories), building one ``kit.names.Article`` per text
  (``prepare_articles``) and the speaker rules (``kit.speaker_rules.article_quotes``);
- each other table's own part: the table right after ``kit.quotes`` filled the cache (``figures``,
  ``sources``, ``citations``, ``trace_claim`` read the quotes from it).

With ``--readers`` it also adds up, in one more cold run, the time spent inside the functions that read a
stretch of an article again for each rule (the words of a window, the capitalised runs and named candidates
of a window): what a per-sentence view shared by the rules could save at most. Wrapping them slows the run
(about a microsecond a call), so those figures are upper bounds.

What it prints is a multiple of ``annotate``: a part that ``annotate`` shares (the cue pass) lowers both
sides of the ratio, so only the parts after the cue pass can bring a table within 3x.
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The functions --readers wraps: (module, name) of a function, or (module, class, method).
READERS = [("kit.speaker_phrases", "words_span"), ("kit.names", "Article", "runs"),
           ("kit.names", "Article", "candidates"), ("kit.names", "Article", "name_may_end")]


def best_parts(articles, repeat: int) -> dict[str, float]:
    """The best CPU time of each part over ``repeat`` cold runs."""
    import kit
    from kit.sourcing import checked_articles, prepare_articles, speech_cue_spans
    from kit.speaker_rules import article_quotes

    clock = time.process_time
    best: dict[str, float] = {}

    def keep(name, seconds):
        best[name] = min(best.get(name, float("inf")), seconds)

    frame = checked_articles(articles, "quotes")
    for _ in range(repeat):
        kit.cache.clear()
        t0 = clock()
        kit.annotate(articles, progress=False)
        keep("annotate", clock() - t0)
        kit.cache.clear()
        t0 = clock()
        kit.quotes(articles)
        keep("quotes (cold, whole)", clock() - t0)
        kit.cache.clear()
        gc.disable()
        try:
            t0 = clock()
            speech_cue_spans(frame)
            t1 = clock()
            prepared = prepare_articles(frame)
            t2 = clock()
            for art in prepared:
                article_quotes(art)
            t3 = clock()
            del prepared
        finally:
            gc.enable()
        keep("  the cue pass", t1 - t0)
        keep("  building the articles", t2 - t1)
        keep("  the speaker rules", t3 - t2)
        for name in ("figures", "sources", "citations", "trace_claim"):
            kit.cache.clear()
            kit.quotes(articles)
            t0 = clock()
            if name == "trace_claim":
                kit.trace_claim(articles, "said")
            else:
                getattr(kit, name)(articles)
            keep(f"{name}: its own part (quotes cached)", clock() - t0)
    return best


def reader_times(articles) -> dict[str, tuple[float, int]]:
    """CPU time inside each function of :data:`READERS` (outermost calls only) and its number of calls, in one
    cold ``kit.quotes``."""
    import importlib

    import kit

    spent: dict[str, list] = {}

    def wrapped(label, func):
        spent[label] = [0.0, 0, 0]  # seconds, calls, depth

        @functools.wraps(func)
        def inner(*args, **kwargs):
            entry = spent[label]
            if entry[2]:
                return func(*args, **kwargs)
            entry[2] = 1
            t0 = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                entry[0] += time.process_time() - t0
                entry[1] += 1
                entry[2] = 0
        return inner

    undo = []
    for spec in READERS:
        module = importlib.import_module(spec[0])
        if len(spec) == 3:
            cls = getattr(module, spec[1])
            old = cls.__dict__[spec[2]]
            setattr(cls, spec[2], wrapped(f"{spec[1]}.{spec[2]}", old))
            undo.append((cls, spec[2], old))
            continue
        old = getattr(module, spec[1])
        new = wrapped(spec[1], old)
        for mod in [m for name, m in list(sys.modules.items()) if name.startswith("kit") and m is not None]:
            if getattr(mod, spec[1], None) is old:  # also where it was imported by name
                setattr(mod, spec[1], new)
                undo.append((mod, spec[1], old))
    try:
        kit.cache.clear()
        kit.quotes(articles)
    finally:
        for owner, name, old in undo:
            setattr(owner, name, old)
        kit.cache.clear()
    return {label: (s, n) for label, (s, n, _d) in spent.items()}


def main(argv=None):
    import bench_annotate

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", default=[], metavar="DIR", required=True,
                        help="a folder of .txt/.md files, read recursively (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="cold runs (the best of each part is kept)")
    parser.add_argument("--readers", action="store_true",
                        help="also the time inside the functions that read a window of an article again")
    args = parser.parse_args(argv)
    import kit

    articles = bench_annotate.read_corpus(args.corpus)
    kit.annotate("Warm up: the regime may have claimed it.")
    kit.quotes(articles.iloc[:3])
    best = best_parts(articles, args.repeat)
    base = best["annotate"]
    print(f"{len(articles):,} articles; CPU seconds, best of {args.repeat} cold runs, and x annotate:")
    for name, seconds in best.items():
        print(f"  {name:45s} {seconds:6.3f} s  {seconds / base:4.2f}x")
    after_cues = best["  building the articles"] + best["  the speaker rules"]
    print(f"  the part of quotes after the cue pass: {after_cues:.3f} s; within 3x annotate it may take "
          f"{3 * base - best['  the cue pass']:.3f} s")
    if args.readers:
        print("inside the window readers, one cold quotes (upper bounds: the wrapper's cost is included):")
        for label, (seconds, calls) in sorted(reader_times(articles).items(), key=lambda kv: -kv[1][0]):
            print(f"  {label:45s} {seconds:6.3f} s  {calls:,} calls")


if __name__ == "__main__":
    main()
