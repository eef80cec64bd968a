"""The long run of the build-student property tests (a script, not a test).

Run from the repository root::

    .venv/bin/python benchmarks/fuzz_build.py                          # 5,000 masters, 300 folder mixes
    .venv/bin/python benchmarks/fuzz_build.py --masters 500 --folders 50   # a quick look

The cases come from the hypothesis strategies of ``tests/test_build_properties.py`` (written from the
teacher mistakes listed in issue 24): masters with marker mistakes, masters marked exactly, and builds
with every mix of --masters/--out/--answers/--force over a project with a second copy of its masters,
the project's folder, a folder outside it and a folder where a notebook goes. A case counts as

- a leak: a student version that holds a solution's secret;
- a false alarm: a master marked exactly as docs/INSTRUCTORS.md says that the build refuses;
- an error: any exception other than a BuildError (KitError), or a BuildError without a fix;
- a master changed, or a refused build that changed a file.

The last line is::

    cases=<n> leaks=<n> false_alarms=<n> errors_not_kiterror=<n> masters_changed=<n>

Measured on the shared 2-core machine (4 December 2026, niced, other jobs running):
``cases=6300 leaks=0 false_alarms=0 errors_not_kiterror=0 masters_changed=0`` (5,000 masters stopped,
1,069 built, 231 folder mixes refused, 69 built; 324 s). The run before found 22 leaks in 5,000: a
near-marker on the line above the solution in a raw cell, read as a markdown heading; fixed.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_build_properties as props  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kit.build import BuildError, student_version  # noqa: E402

COUNTS: Counter = Counter()
FIRST: list[str] = []


def _note(kind: str, detail: str) -> None:
    COUNTS[kind] += 1
    if len(FIRST) < 5:
        FIRST.append(f"{kind}: {detail}")


def one_master(nb, exact: bool) -> None:
    COUNTS["cases"] += 1
    try:
        student = student_version(nb, name="01-lesson.ipynb")
    except BuildError as exc:
        if exact:
            _note("false_alarms", str(exc))
        if not all(p.fix and p.message.startswith("cell ") for p in exc.problems):
            _note("errors_not_kiterror", f"a problem without its cell or fix: {exc}")
        COUNTS["stopped"] += 1
        return
    except Exception:  # noqa: BLE001 - every other exception is what the run counts
        _note("errors_not_kiterror", traceback.format_exc(limit=3))
        return
    leaked = props.secrets_in(student)
    if leaked:
        _note("leaks", f"{sorted(leaked)} in {[c.source for c in nb.cells]}")
    COUNTS["built"] += 1


def one_folder_mix(*args) -> None:
    COUNTS["cases"] += 1
    COUNTS["folder_cases"] += 1
    try:
        COUNTS[props.folder_case(*args)] += 1
    except AssertionError as exc:
        _note("masters_changed", f"{args[1:]}: {exc}")
    except Exception:  # noqa: BLE001
        _note("errors_not_kiterror", f"{args[1:]}: {traceback.format_exc(limit=3)}")


def run(strategy, body, examples: int) -> None:
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def case(drawn):
        body(*drawn)

    case()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--masters", type=int, default=5000, help="masters with marker mistakes (and as many "
                        "marked exactly, a fifth of that)")
    parser.add_argument("--folders", type=int, default=300, help="builds with a mix of folders")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    run(st.tuples(props.master(mistakes=True), st.just(False)), one_master, args.masters)
    run(st.tuples(props.master(mistakes=False), st.just(True)), one_master, max(1, args.masters // 5))
    run(st.tuples(props.master(mistakes=False), props.FOLDER_MIX).map(lambda t: (t[0], *t[1])),
        one_folder_mix, args.folders)
    for line in FIRST:
        print(line)
    print(f"stopped={COUNTS['stopped']} built={COUNTS['built']} refused={COUNTS['refused']} "
          f"folder_builds={COUNTS['folder_cases']} seconds={time.perf_counter() - start:.0f}")
    print(f"cases={COUNTS['cases']} leaks={COUNTS['leaks']} false_alarms={COUNTS['false_alarms']} "
          f"errors_not_kiterror={COUNTS['errors_not_kiterror']} masters_changed={COUNTS['masters_changed']}")
    return 1 if any(COUNTS[k] for k in ("leaks", "false_alarms", "errors_not_kiterror", "masters_changed")) else 0


if __name__ == "__main__":
    sys.exit(main())
