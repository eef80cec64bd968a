"""Two students, each with their own copy of the kit's data, get their own results (issue 17, item 1).

Two real kernels run side by side, each started in the notebooks/ folder of its own copy (as on a
JupyterHub where nbgitpuller put a copy in every home). The copies differ in one word list: copy A
has one word more, copy B one word less. Each kernel must read its own copy, and nothing may be
written into the installed package or into the other copy.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import kit
from kit.datafiles import packaged_data_dir

jupyter_client = pytest.importorskip("jupyter_client")

NEW_TERM = "convoy"  # in lesson 03's articles, in no word list: copy A adds it
CODE = """
import json, kit
flags = kit.annotate(kit.load_articles(), categories=["loaded_language"])
print(json.dumps({"data_dir": str(kit.data_dir()), "terms": sorted(set(flags["term"].str.lower()))}))
"""


def _files(*roots: Path) -> dict[str, tuple[int, int]]:
    """Every file under the roots with its size and modification time."""
    found = {}
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                info = path.stat()
                found[str(path)] = (info.st_size, info.st_mtime_ns)
    return found


def _copy(where: Path, edit) -> Path:
    """A copy of the kit's data in where/data, with its loaded-language word list changed by edit(rows)."""
    shutil.copytree(packaged_data_dir(), where / "data", ignore=shutil.ignore_patterns("__pycache__"))
    (where / "notebooks").mkdir()
    words = where / "data" / "lexicons" / "loaded_language.csv"
    with words.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, list(reader)
    rows = edit(rows)
    with words.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return where


def _run_side_by_side(copies: list[Path], runtime: Path) -> list[dict]:
    """Start one kernel per copy (cwd = the copy's notebooks/), run CODE in all at once, read what each prints."""
    env = {k: v for k, v in os.environ.items() if k != kit.datafiles.DATA_ENV}
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # Python's own bytecode cache is the installer's job (docs/CLASSROOM.md)
    kernels = []
    try:
        for i, copy in enumerate(copies):
            km = jupyter_client.KernelManager(kernel_name="python3", transport="ipc",
                                              connection_file=str(runtime / f"k{i}.json"))
            km.start_kernel(cwd=str(copy / "notebooks"), env=env)
            kc = km.client()
            kc.start_channels()
            kc.wait_for_ready(timeout=120)
            kernels.append((km, kc))
        sent = [kc.execute(CODE) for _, kc in kernels]  # both kernels work at the same time
        results = []
        for (_, kc), msg_id in zip(kernels, sent):
            out, errors = [], []
            while True:
                msg = kc.get_iopub_msg(timeout=180)
                if msg["parent_header"].get("msg_id") != msg_id:
                    continue
                kind, content = msg["msg_type"], msg["content"]
                if kind == "stream":
                    out.append(content["text"])
                elif kind == "error":
                    errors.append(f"{content['ename']}: {content['evalue']}")
                elif kind == "status" and content["execution_state"] == "idle":
                    break
            assert not errors, errors
            results.append(json.loads("".join(out)))
        return results
    finally:
        for km, kc in kernels:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


def test_two_kernels_each_read_their_own_copy(tmp_path):
    articles = kit.load_articles()
    shipped = kit.annotate(articles, categories=["loaded_language"])
    assert NEW_TERM in " ".join(articles["text"]).lower()
    assert NEW_TERM not in set(shipped["term"].str.lower())
    dropped = shipped["term"].str.lower().value_counts().index[0]  # the most frequent flagged word

    def add(rows):
        return rows + [dict(rows[0], term=NEW_TERM, variants="", note="A word added by one student.")]

    def drop(rows):
        kept = [r for r in rows if r["term"].lower() != dropped]
        assert len(kept) < len(rows), f"{dropped!r} is not a term of loaded_language.csv"
        return kept

    copy_a = _copy(tmp_path / "student-a" / "media-literacy-kit", add)
    copy_b = _copy(tmp_path / "student-b" / "media-literacy-kit", drop)
    package = Path(kit.__file__).parent
    before = _files(package, packaged_data_dir(), copy_a, copy_b)
    runtime = Path(tempfile.mkdtemp(prefix="kd", dir="/tmp" if os.name == "posix" else None))  # short socket paths
    try:
        a, b = _run_side_by_side([copy_a, copy_b], runtime)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)

    assert Path(a["data_dir"]) == (copy_a / "data").resolve()
    assert Path(b["data_dir"]) == (copy_b / "data").resolve()
    assert NEW_TERM in a["terms"] and NEW_TERM not in b["terms"]
    assert dropped in a["terms"] and dropped not in b["terms"]
    after = _files(package, packaged_data_dir(), copy_a, copy_b)
    changed = sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))
    assert not changed, f"the kernels wrote into the package or the copies: {changed[:10]}"
