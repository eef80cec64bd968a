"""The long run of the odd-input generator against kit.load_articles (a script, not a test).

Run from the repository root (Linux or macOS: it forks)::

    .venv/bin/python benchmarks/fuzz_loader.py                 # 5,000 cases
    .venv/bin/python benchmarks/fuzz_loader.py --cases 500     # a quick look

Each case comes from one of two seeded generators: ``tests/test_odd_inputs.py`` (the one the test
suite uses, on other seeds: a folder, a file, a manifest or a DataFrame made of odd parts) or, for
about a third of the seeds (``--issue24-share``), ``benchmarks/fuzz_cases.py`` (every case issue 24
lists: undecodable and overlong names, lone surrogates, /proc/self/mem, a folder in a manifest,
malformed addresses, unclosed quotes, paths outside the manifest's folder, pages up to 5 MB, and web
servers on 127.0.0.1 that trickle bytes, redirect slowly, send gzip/deflate bombs, or are left with
``.part`` files by a fetch killed with SIGKILL). Each runs in its own process, forked from this one
after ``import kit``, with a memory cap
(``--memory-mb`` more than this process uses, set with ``RLIMIT_AS``) and a time cap
(``--seconds`` of CPU time, or ten times that of wall-clock time: the process is killed after
it). A case counts as

- a crash: any exception other than a KitError (or a non-kit warning, a wrong offset, a
  duplicate id), or a process that died or ran out of memory;
- a silent drop: an item given (a file, a manifest line, a DataFrame row) that was neither
  loaded nor reported in ``attrs["skipped"]``, or both;
- a hang: killed at the time cap, a fetch that outlived its deadline by 5 s, or a page up to the
  5 MB cap that took more than 5 s of CPU.

The first failures are printed with their seed (``--start <seed> --cases 1`` replays one).
The last line is::

    cases=<n> crashes=<n> silent_drops=<n> hangs=<n>
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _address_space() -> int:
    """Bytes of virtual memory this process uses now (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _cpu_seconds(pid: int) -> float:
    """CPU seconds a running process (and the children it waited for) used so far (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def build_case(seed: int, root: Path, share: float, web_base: str | None):
    """The case for ``seed``: (kind, check); ``check()`` returns "loaded" or "refused" or raises."""
    import random

    import fuzz_cases
    import test_odd_inputs as odd

    rng = random.Random(seed)
    if rng.random() < share:
        return fuzz_cases.make_case(rng, root, web_base)
    kind, source = odd.make_case(seed, root)
    return kind, lambda: odd.check_outcome(kind, source)


def run_case(seed: int, root: Path, seconds: float, memory_bytes: int, share: float = 0.0,
             web_base: str | None = None) -> tuple[str, str, str]:
    """Run one case in a forked child; returns (outcome, kind, detail)."""
    import fuzz_cases
    import test_odd_inputs as odd

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        status, kind, detail = "crash", "?", ""
        try:
            if memory_bytes:
                resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
            kind, check = build_case(seed, root, share, web_base)
            status = check()
        except (odd.SilentDrop, fuzz_cases.SilentDrop) as err:
            status, detail = "silent_drop", repr(err)[:2000]
        except fuzz_cases.Hang as err:
            status, detail = "hang", str(err)[:2000]
        except MemoryError:
            status, detail = "crash", "MemoryError (over the memory cap)"
        except BaseException:  # noqa: BLE001 - everything else is what we are looking for
            status, detail = "crash", traceback.format_exc()[-2000:]
        os.write(write_end, f"{status}\n{kind}\n{detail}".encode("utf-8", "replace"))
        os._exit(0)
    os.close(write_end)
    # the cap is CPU time (a hang is work that does not end, or a wait that does not end): on a shared
    # machine wall time mostly measures the neighbours (a case of 6 s of CPU took over 60 s at a load
    # average near 20), so the wall cap is ten times the CPU cap
    wall_deadline = time.monotonic() + 10 * seconds
    while True:
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        cpu = _cpu_seconds(pid)
        if cpu > seconds or time.monotonic() > wall_deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read_end)
            return "hang", "?", (f"killed after {cpu:.0f} s of CPU" if cpu > seconds
                                 else f"killed after {10 * seconds:g} s of waiting")
        time.sleep(0.01)
    chunks = []
    while True:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_end)
    message = b"".join(chunks).decode("utf-8", "replace")
    if not message:
        return "crash", "?", f"the process died (status {code})"
    status, _, rest = message.partition("\n")
    kind, _, detail = rest.partition("\n")
    return status, kind, detail


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000, help="how many cases (default 5,000)")
    parser.add_argument("--start", type=int, default=100_000, help="the first seed (default 100,000)")
    parser.add_argument("--seconds", type=float, default=20.0,
                        help="CPU time cap per case (default 20 s; the wall-clock cap is ten times it)")
    parser.add_argument("--memory-mb", type=int, default=1024,
                        help="memory cap per case, above what this process uses (default 1,024 MB)")
    parser.add_argument("--show", type=int, default=10, help="how many failures to print (default 10)")
    parser.add_argument("--issue24-share", type=float, default=0.35,
                        help="share of seeds that take a case of benchmarks/fuzz_cases.py (default 0.35)")
    parser.add_argument("--no-web", action="store_true", help="leave out the cases that need a local server")
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        sys.exit("This script forks one process per case: run it on Linux or macOS.")
    import fuzz_cases
    import test_odd_inputs  # noqa: F401 - imported once here, shared by every child

    import kit

    kit.load_articles()  # warm up: the children start with everything imported
    kit.annotate(kit.load_articles(), progress=False)
    web_base, server = (None, None) if args.no_web else fuzz_cases.start_server()
    memory = _address_space() + args.memory_mb * 1_000_000 if args.memory_mb else 0
    counts: Counter = Counter()
    kinds: Counter = Counter()
    shown = 0
    started = time.perf_counter()
    base = Path(tempfile.mkdtemp(prefix="fuzz-loader-"))
    try:
        for n, seed in enumerate(range(args.start, args.start + args.cases), start=1):
            root = base / str(seed)
            root.mkdir()
            status, kind, detail = run_case(seed, root, args.seconds, memory, args.issue24_share, web_base)
            counts[status] += 1
            if status in ("loaded", "refused"):
                kinds[kind] += 1
            elif shown < args.show:
                shown += 1
                print(f"seed {seed} ({kind}): {status}: {detail.strip()[:1500]}", flush=True)
            shutil.rmtree(root, ignore_errors=True)
            if n % 500 == 0:
                print(f"... {n} cases, {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)
        if server is not None:
            server.shutdown()
    print(f"loaded: {counts['loaded']}, refused with a KitError: {counts['refused']}; "
          f"by kind: {dict(sorted(kinds.items()))}; {time.perf_counter() - started:.0f} s")
    print(f"cases={args.cases} crashes={counts['crash']} silent_drops={counts['silent_drop']} hangs={counts['hang']}")


if __name__ == "__main__":
    main()
