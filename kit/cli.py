"""The kit's command line: ``python -m kit build-student`` and ``python -m kit validate``."""

from __future__ import annotations

import argparse
import re
import shlex
import sys
from importlib import metadata
from pathlib import Path

__all__ = ["main"]

DESCRIPTION = """\
Tools for the teacher of the media-literacy kit.

  build-student   make the student notebooks (no answers) and the answer keys
                  from your master notebooks in instructor/
  validate        check your articles, word lists and concept tables, and say
                  how to fix every problem found
  set-up-lab      set up JupyterLab for the lessons, once (long lines wrap,
                  no news pop-up, the kit's hints in every kernel)

Run a command with --help to see its options, e.g.  python -m kit validate --help
"""

BUILD_HELP = """\
Read every master notebook in instructor/ and write:
  - a student version to notebooks/: solutions become `answer = ...` stubs,
    cells tagged 'instructor' are removed, model answers (markdown cells tagged
    'solution') become "Write your answer here", outputs are cleared (except on
    cells tagged 'nbval-check-output', whose stored output the tests compare);
  - an answer key to answers/: the master with its solutions, outputs cleared the same way,
    and after each exercise a hidden check made from the exercise's check line
    (it fails when the model solution is no longer marked correct).
Outputs of cells not tagged 'nbval-check-output' are removed from the masters too.
Files that would not change are left alone. Edit the masters, never notebooks/.

With --execute, every master first runs top to bottom in a fresh kernel (hidden
checks included): the outputs of cells tagged 'nbval-check-output' are stored
fresh in the master, with a warning for each one that was stale.
With --check --execute, the masters run the same way but nothing is written: the
command lists each stale checked output and each out-of-date file, and exits 1 if any.
The command refuses (and writes nothing) when --out or --answers holds a master
notebook (whatever the folder is called) or is a file, when both are the same
folder, when the student folder holds a notebook with solutions, and, unless you
add --force, when either is the project's own folder (the one that holds the
masters folder) or a folder outside it. It also stops, naming the master, the
cell and the exact marker to use, on a comment, tag or attachment that looks like
a solution marker but is not exactly one. Every file is written, or none.
"""

BUILD_EPILOG = """\
examples:
  python -m kit build-student
  python -m kit build-student --check          # only say whether notebooks/ is up to date
  python -m kit build-student --execute        # run the masters, refresh the checked outputs, build
  python -m kit build-student --check --execute   # run the masters, report stale outputs, write nothing
  python -m kit build-student --out /tmp/class-notebooks --answers /tmp/keys --force   # outside the project
"""

VALIDATE_HELP = """\
Check the files a teacher edits, with the same loaders the lessons use:
articles (a folder of .txt/.md files, or a CSV/JSON manifest), word lists
(data/lexicons/*.csv), concept tables (concepts.csv) and the gazetteer
(gazetteer.csv). Every problem is printed as

    file:line: what is wrong — how to fix it

The command exits with status 1 when anything is wrong, 0 when all is well.
"""

SET_UP_LAB_HELP = """\
Set up the Python environment that runs the lessons' JupyterLab (run it once, as
the environment's owner): long lines in code cells wrap on screen, JupyterLab's
news pop-up and update check are off (they cover a lesson's words), and every
kernel gives the kit's hints ("Run the cells above first") instead of a
traceback. `python3 run.py lab` and Binder's postBuild do the same.

example (The Littlest JupyterHub):
  sudo -E /opt/tljh/user/bin/python -m kit set-up-lab
"""

VALIDATE_EPILOG = """\
examples:
  python -m kit validate                         # the whole data/ folder
  python -m kit validate my-articles/            # a folder of articles
  python -m kit validate data/lexicons/labels.csv data/concepts.csv
"""


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="python -m kit", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"media-literacy-kit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build-student", help="make student notebooks and answer keys from the masters",
                                description=BUILD_HELP, epilog=BUILD_EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("--masters", default="instructor", metavar="DIR",
                       help="folder of master notebooks (default: instructor/)")
    build.add_argument("--out", default="notebooks", metavar="DIR",
                       help="where the student notebooks go (default: notebooks/)")
    build.add_argument("--answers", default="answers", metavar="DIR",
                       help="where the answer keys go (default: answers/)")
    build.add_argument("--check", action="store_true",
                       help="write nothing; exit 1 if the student notebooks or answer keys are out of date")
    build.add_argument("--execute", action="store_true",
                       help="run every master first and store fresh outputs of the checked cells "
                            "(warns about each stale one); with --check, only report them")
    build.add_argument("--force", action="store_true",
                       help="allow --out/--answers to be the project's own folder or a folder outside the "
                            "project (never a folder that holds a master)")

    check = commands.add_parser("validate", help="check articles, word lists and concept tables",
                                description=VALIDATE_HELP, epilog=VALIDATE_EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or folders to check (default: the data/ folder)")
    lab = commands.add_parser("set-up-lab", help="set up JupyterLab for the lessons (run once, e.g. on a JupyterHub)",
                              description=SET_UP_LAB_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    lab.add_argument("--prefix", default=None, metavar="DIR",
                     help="the Python environment to set up (default: the one running this command)")
    return parser


def _set_up_lab(args) -> int:
    from .exercises.lab_settings import set_up_environment

    prefix = args.prefix or sys.prefix
    written = set_up_environment(prefix)
    for path in written:
        print(f"wrote {path}")
    if len(written) < 2:  # the start-up file and JupyterLab's settings: one could not be written
        print(f"Could not write the lessons' settings into {prefix} (wrote {len(written)} of 2 files). Run the "
              "command as the owner of that Python environment (on a JupyterHub: sudo -E with the hub's python), "
              "or give --prefix the folder of the environment that runs JupyterLab.", file=sys.stderr)
        return 1
    print("JupyterLab in this environment now wraps long code lines, shows no news pop-up, and every kernel "
          "gives the kit's hints.")
    return 0


def _print_problems(problems, out) -> None:
    from .validate import format_problem

    for problem in problems:
        print(format_problem(problem), file=out)


def _build(args) -> int:
    from .build import BuildError, build, execute_masters, out_of_sync
    from .build_safety import refuse_unsafe
    from .validate import shown_path

    try:
        if args.execute and not args.check:
            refuse_unsafe(args.masters, args.out, args.answers, force=args.force)  # before a minute of running
            print(f"Running every master in {args.masters}/ in a fresh kernel (this takes a minute or two)...")
            for warning in execute_masters(args.masters):
                print(f"warning: {warning}", file=sys.stderr)
        if args.check:
            messages = []
            if args.execute:
                print(f"Running every master in {args.masters}/ in a fresh kernel, changing nothing "
                      "(this takes a minute or two)...")
                messages = [f"stale: {w}" for w in execute_masters(args.masters, write=False)]
            messages += out_of_sync(args.masters, args.out, args.answers)
            for message in messages:
                print(message, file=sys.stderr)
            if messages:
                again = "--execute" if args.execute else ""
                print(f"Out of date: run `python -m kit build-student {again}` to rebuild.".replace("  ", " "),
                      file=sys.stderr)
                return 1
            print(f"Up to date: {args.out}/ and {args.answers}/ match {args.masters}/.")
            return 0
        result = build(args.masters, args.out, args.answers, force=args.force)
    except BuildError as exc:
        _print_problems(exc.problems, sys.stderr)
        print("Nothing was written. Fix the problem(s) above and run the command again.", file=sys.stderr)
        return 1
    for path in result["written"]:
        print(f"wrote {shown_path(path)}")
    masters = len(result["written"] + result["unchanged"]) // 2
    changed = len(result["written"])
    print(f"{masters} master notebook(s): {changed} file(s) written, "
          f"{len(result['unchanged'])} already up to date "
          f"(students: {Path(args.out)}/, answer keys: {Path(args.answers)}/).")
    for path in result["stripped"]:
        print(f"stripped outputs from {shown_path(path)} (only cells tagged nbval-check-output keep theirs)")
    for extra in result["extra"]:
        print(f"note: {shown_path(extra)} has no master in {args.masters}/ — delete it if it is an old lesson.")
    return 0


def _validate(args) -> int:
    from .validate import format_problem, validate

    report = validate(args.paths)
    for warning in report.warnings:
        print(format_problem(warning))
    if report.problems:
        _print_problems(report.problems, sys.stdout)
        n = len(report.problems)
        them = "them" if n != 1 else "it"
        print(f"\n{n} problem{'s' if n != 1 else ''} found. Fix {them} and run `python -m kit validate` again.")
        return 1
    print(f"All good: checked {report.summary()}.")
    return 0


def declared_dependencies() -> list[str]:
    """The kit's dependencies (distribution names): from its installed metadata, or else from the
    pyproject.toml beside the package (the kit run from its folder by a Python that did not install it).

    >>> "pandas" in declared_dependencies()
    True
    """
    try:
        requirements = [r for r in metadata.requires("media-literacy-kit") or [] if "extra ==" not in r]
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        text = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else ""
        block = re.search(r"^dependencies = \[(.*?)^\]", text, re.MULTILINE | re.DOTALL)
        requirements = re.findall(r'^\s*"([^"]+)"', block.group(1), re.MULTILINE) if block else []
    return [re.match(r"[A-Za-z0-9._-]+", r).group(0) for r in requirements]


def missing_dependencies() -> list[str]:
    """The kit's dependencies this Python does not have installed (an empty list when all are there).

    >>> missing_dependencies()
    []
    """
    missing = []
    for name in declared_dependencies():
        try:
            metadata.distribution(name)
        except metadata.PackageNotFoundError:
            missing.append(name)
    return missing


def environment_hint(argv: list[str], missing: list[str]) -> str:
    """What to say when this Python lacks the kit's dependencies: the same command, in the kit's environment.

    >>> print(environment_hint(["validate", "data/"], ["pandas"]).splitlines()[-1])
    Run this with the kit's environment: python3 run.py validate data/
    """
    command = shlex.join(argv)
    lines = [f"This Python ({sys.executable}) does not have the packages the kit needs "
             f"(missing: {', '.join(missing)})."]
    if (Path(__file__).resolve().parent.parent / "run.py").is_file():
        lines.append("In the kit's folder, `python3 run.py` sets up the kit's environment (the first time) and runs "
                     "the command in it; in a Binder or JupyterHub terminal, `python -m kit` already uses it.")
        lines.append(f"Run this with the kit's environment: python3 run.py {command}")
    else:
        lines.append(f"Run this with the kit's environment (the Python that has the kit installed with pip): "
                     f"python -m kit {command}")
    return "\n".join(lines)


def main(argv=None) -> int:
    """Run the command line; returns the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command not in ("build-student", "validate", "set-up-lab"):
        parser.print_help()
        return 2
    missing = missing_dependencies()
    try:
        if not missing:
            return {"build-student": _build, "validate": _validate, "set-up-lab": _set_up_lab}[args.command](args)
    except ModuleNotFoundError as exc:  # a dependency installed but broken, or removed while running
        missing = [exc.name or str(exc)]
    print(environment_hint(argv, missing), file=sys.stderr)
    return 1
