"""How long each exercise check takes on ordinary and hostile answers (a script, not a test).

Run from the repository root::

    .venv/bin/python benchmarks/bench_checks.py

Each public check (with the arguments the lessons give it) is called with a right answer, a
junk answer and the hostile answers of issue 24 (a str whose ``__str__`` raises, an endless
generator, 200 strings of 20,000 characters, a 10-million-character text …), after one warm-up
call per check (the first call of a session also builds the kit's tables). It prints the
slowest calls and, last::

    calls=N slowest_s=.. goal_s=1.0 ratio=.. over_goal=..

Goal (issue 24, item 4): every check returns in <= 1 s (ratio <= 1.0, over_goal 0).
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from lesson_checks import lesson_checks  # noqa: E402
from test_check_properties import (  # noqa: E402  (the same cases as the property tests)
    STR_METHODS,
    Opaque,
    endless_generator,
    endless_list,
    hostile_str,
    lying_len,
    slow_generator,
)

import kit  # noqa: E402

GOAL_S = 1.0


def main() -> int:
    articles = kit.load_articles()
    checks = lesson_checks(articles)
    answers = {
        "text": lambda: "russia-charges-pentagon", "list": lambda: ["Konashenkov", "Moallem"],
        "number": lambda: 5, "str__str__": lambda: hostile_str("BBC", ["__str__"]),
        "str-all": lambda: hostile_str("BBC, Reuters", STR_METHODS), "endless-gen": endless_generator,
        "slow-gen": slow_generator, "endless-list": lambda: endless_list(["BBC"]),
        "lying-len": lambda: lying_len(["BBC"]), "200x20000": lambda: ["Mattis" * 3_334] * 200,
        "huge-text": lambda: "brutal " * 1_500_000, "long-text": lambda: "I would search it. " * 1_000,
        "opaque": Opaque, "endless-map": lambda: map(str, itertools.count()),
    }
    for check in checks.values():
        check("warm-up")
    times = []
    for name, check in checks.items():
        for kind, make in answers.items():
            answer = make()
            start = time.perf_counter()
            check(answer)
            times.append((time.perf_counter() - start, name, kind))
    times.sort(reverse=True)
    for seconds, name, kind in times[:8]:
        print(f"{seconds:7.3f} s  {name:20} {kind}")
    slowest = times[0][0]
    over = sum(t > GOAL_S for t, _, _ in times)
    print(f"calls={len(times)} slowest_s={slowest:.3f} goal_s={GOAL_S} ratio={slowest / GOAL_S:.2f} over_goal={over}")
    return 0 if over == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
