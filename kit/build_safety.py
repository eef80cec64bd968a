"""What keeps a build from doing harm: where it may write, which notebooks are masters, all-or-nothing writes.

    >>> import tempfile, pathlib
    >>> project = pathlib.Path(tempfile.mkdtemp())
    >>> (project / "instructor").mkdir()
    >>> refuse_unsafe(project / "instructor", project / "notebooks", project / "answers")  # all is well
    >>> refuse_unsafe(project / "instructor", project, project / "answers")
    Traceback (most recent call last):
    ...
    kit.solution_markers.BuildError: ...: field '--out': this is the project's own folder (the one that holds instructor/): the notebooks would land among the kit's files
      How to fix: Pass --out a folder inside the project, such as notebooks/, or add --force to write there anyway.
"""

from __future__ import annotations

import os
from pathlib import Path

from .notebook_cells import (
    HIDDEN_TAGS,
    built_metadata,
    is_hidden_check,
    notebook_bytes,
    notebooks_in,
    source_of,
    tags_of,
)
from .notebook_versions import answer_key
from .solution_markers import BuildError, has_solution

__all__ = ["holds_solutions", "is_master", "refuse_unsafe", "write_all"]

_DEFAULTS = {"--out": "notebooks/", "--answers": "answers/"}


def _read(path: Path):
    import nbformat

    try:
        return nbformat.read(path, as_version=4)
    except Exception:  # noqa: BLE001 - an unreadable file is no master; the build replaces it
        return None


def holds_solutions(path) -> bool:
    """Does a notebook hold solutions or teacher cells (a master or an answer key)?

    >>> holds_solutions("no-such.ipynb")
    False
    """
    nb = _read(Path(path))
    return nb is not None and any(
        HIDDEN_TAGS & set(tags_of(cell)) or (cell.get("cell_type") == "code" and has_solution(source_of(cell)))
        for cell in nb.cells)


def is_master(path, masters_dir=None) -> bool:
    """Is this notebook a master: solutions or teacher cells, and not an answer key the build wrote?

    An answer key holds a hidden check after each exercise. One with no hidden check (no exercise, or
    only exercises tagged ``no-hidden-check``) counts as an answer key only when it is in the exact form
    the build writes and ``masters_dir`` holds a master of the same name; otherwise it is a master.

    >>> is_master("no-such.ipynb")
    False
    """
    path = Path(path)
    if not holds_solutions(path):
        return False
    nb = _read(path)
    if any(is_hidden_check(cell) for cell in nb.cells):
        return False
    if masters_dir is None or not holds_solutions(Path(masters_dir) / path.name):
        return True
    try:
        key = answer_key(path)
        if built_metadata(nb.metadata):  # the kernel's metadata moves with Python's version: not an edit
            key.metadata = nb.metadata
        return notebook_bytes(key) != path.read_bytes()
    except (BuildError, OSError):
        return True


def _inside(folder: Path, parent: Path) -> bool:
    try:
        folder.relative_to(parent)
    except ValueError:
        return False
    return True


def refuse_unsafe(masters_dir, out_dir, answers_dir, force: bool = False) -> None:
    """Raise BuildError (before anything is written) when the build would overwrite a master, mix up the
    student and answer-key folders, or write into the project's own folder or outside it (unless ``force``).

    The project is the folder that holds the masters folder. ``force`` never allows writing over a master.

    >>> import tempfile, pathlib
    >>> project = pathlib.Path(tempfile.mkdtemp())
    >>> refuse_unsafe(project / "instructor", "/", project / "answers", force=False)
    Traceback (most recent call last):
    ...
    kit.solution_markers.BuildError: /: field '--out': this folder is outside the project (...)
      How to fix: Pass --out a folder inside the project, such as notebooks/, or add --force to write to / anyway.
    """
    masters_dir, out_dir, answers_dir = Path(masters_dir), Path(out_dir), Path(answers_dir)
    masters, project = masters_dir.resolve(), masters_dir.resolve().parent
    plain_project = Path(os.path.abspath(masters_dir)).parent  # the same, links not followed (a linked folder)
    fix_out = "Pass --out and --answers two different folders, neither of them the masters folder."
    for option, folder in (("--out", out_dir), ("--answers", answers_dir)):
        if folder.exists() and not folder.is_dir():
            raise BuildError(f"{option} is a file, not a folder", file=str(folder), field=option,
                             fix=f"Give {option} a folder (a new or an existing one).")
        where = folder.resolve()
        if where == masters:
            raise BuildError(f"{option} is the folder of master notebooks: the build would overwrite "
                             "the masters (solutions and teacher notes would be lost)",
                             file=str(folder), field=option, fix=fix_out)
        if folder.is_dir():
            for path in notebooks_in(folder):
                if is_master(path, masters_dir):
                    raise BuildError(
                        "this folder holds a master notebook (solutions, but not an answer key as the build "
                        "writes it): the build would overwrite it", file=str(path), field=option,
                        fix=f"Check --masters, --out and --answers (were two of them swapped?): the masters "
                            f"go in --masters. Pass {option} another folder, such as {_DEFAULTS[option]}.")
        if force:
            continue
        plain = Path(os.path.abspath(folder))
        if where == project or plain == plain_project:
            raise BuildError(f"this is the project's own folder (the one that holds {masters_dir.name}/): "
                             "the notebooks would land among the kit's files", file=str(folder), field=option,
                             fix=f"Pass {option} a folder inside the project, such as {_DEFAULTS[option]}, "
                                 "or add --force to write there anyway.")
        if not (_inside(where, project) or _inside(plain, plain_project)):
            raise BuildError(f"this folder is outside the project ({project})", file=str(folder), field=option,
                             fix=f"Pass {option} a folder inside the project, such as {_DEFAULTS[option]}, "
                                 f"or add --force to write to {where} anyway.")
    for path in notebooks_in(masters_dir):
        nb = _read(path)
        if nb is not None and any(is_hidden_check(cell) for cell in nb.cells):
            raise BuildError("--masters holds an answer key (it has hidden checks, which masters never hold)",
                             file=str(path), field="--masters",
                             fix="Pass --masters the folder of master notebooks (instructor/ by default).")
    if out_dir.resolve() == answers_dir.resolve():
        raise BuildError("--out and --answers are the same folder: the answer keys would overwrite the "
                         "student notebooks", file=str(out_dir), field="--answers", fix=fix_out)
    if out_dir.is_dir():
        for path in notebooks_in(out_dir):
            if holds_solutions(path):
                raise BuildError("the student folder holds a notebook with solutions or teacher cells "
                                 "(a master or an answer key): students would get the answers",
                                 file=str(path), field="--out",
                                 fix="Check --out and --answers (were they swapped?), or move that "
                                     "notebook out of the student folder.")


def _not_a_file(files) -> None:
    for target in files:
        if target.exists() and not target.is_file() or target.is_symlink() and not target.exists():
            raise BuildError("something that is not a notebook file (a folder or a broken link) sits where "
                             "the build writes this notebook; nothing was written", file=str(target),
                             fix="Move or rename it, then run the command again.")


def write_all(files: dict) -> None:
    """Write every file, or none: each is written to a temporary folder next to it, then moved into place;
    if a move fails, the files already moved get their old contents back.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write_all({folder / "a.ipynb": b"{}\\n", folder / "b.ipynb": b"{}\\n"})
    >>> sorted(p.name for p in folder.iterdir())
    ['a.ipynb', 'b.ipynb']
    """
    import shutil
    import tempfile

    files = {Path(target): data for target, data in files.items()}
    _not_a_file(files)
    staged: list[tuple[Path, Path, Path | None]] = []  # (new file, target, copy of the old file)
    temps: dict[Path, Path] = {}
    done: list[tuple[Path, Path | None]] = []
    try:
        for target, data in files.items():
            folder = target.parent
            if folder not in temps:
                folder.mkdir(parents=True, exist_ok=True)
                temps[folder] = Path(tempfile.mkdtemp(prefix=".build-", dir=folder))
            staged_path = temps[folder] / target.name
            staged_path.write_bytes(data)
            old = None
            if target.is_file():
                old = temps[folder] / (target.name + ".old")
                shutil.copy2(target, old)
            staged.append((staged_path, target, old))
        for staged_path, target, old in staged:
            os.replace(staged_path, target)
            done.append((target, old))
    except OSError as exc:
        for target, old in reversed(done):  # put back what was already replaced
            try:
                os.replace(old, target) if old is not None else target.unlink()
            except OSError:
                pass
        where = getattr(exc, "filename", None) or next(iter(files), "")
        raise BuildError(f"cannot write the notebooks ({exc.strerror or exc}); the old files are unchanged",
                         file=str(where),
                         fix="Make the folder writable and free some disk space, or pass --out/--answers "
                             "folders you can write to.") from exc
    finally:
        for temp in temps.values():
            shutil.rmtree(temp, ignore_errors=True)
