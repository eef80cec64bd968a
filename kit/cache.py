"""Compute once: the analyses share their per-article results within a session.

``kit.quotes``, ``kit.sources``, ``kit.citations``, ``kit.figures``, ``kit.trace_claim`` and
``kit.profile`` all need the same intermediate tables (the attribution spans of ``kit.annotate``,
the quotations and their speakers). Without a cache, ``citations`` computes ``sources``, which
computes ``quotes``, which annotates the text, and the next table starts again from the beginning.

This module keeps each step's rows **per article**, keyed on

- the step's name and its settings (``"quotes"`` with a gazetteer path, ``"annotate"`` with the
  categories and the word list's fingerprint), given by the caller as ``version``;
- a 128-bit fingerprint of the article's whole row (its ``article_id``, ``text``, ``outlet``,
  ``title`` and any other column), so an edited article is computed afresh.

Asking for a table again, or for one article of it, reads the rows back instead of computing them;
only the articles not seen before are computed, in one call. Results are the same, row for row and
type for type, with and without the cache (tests/test_cache.py checks it with random articles).
Memory is bounded: past :func:`limit` (256 MB by default) the least recently used articles are
dropped. :func:`clear` empties the cache, :func:`disabled` switches it off for a ``with`` block,
:func:`info` tells what it holds.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["one two", "three"]})
>>> calls = []
>>> def count_words(frame):
...     calls.append(len(frame))
...     return pd.DataFrame({"article_id": frame.article_id, "n": frame.text.str.split().str.len()})
>>> clear()
>>> per_article("example", arts, count_words).n.tolist()
[2, 1]
>>> per_article("example", arts.iloc[[1]], count_words).n.tolist()   # read back, not computed
[1]
>>> calls
[2]
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections import OrderedDict

__all__ = ["per_article", "lookup", "clear", "disabled", "limit", "info", "row_keys", "Memo"]

_DEFAULT_LIMIT = 256 * 1024 * 1024


class _Store:
    """Blocks of computed rows, and per article the slice of a block that holds its rows."""

    def __init__(self):
        self.entries: OrderedDict = OrderedDict()  # (step, version, key) -> (block id, lo, hi)
        self.blocks: dict[int, list] = {}  # block id -> [table, n bytes, entries pointing at it]
        self.next_id = 0
        self.nbytes = 0
        self.limit = _DEFAULT_LIMIT
        self.enabled = True
        self.hits = 0
        self.misses = 0
        self.lock = threading.RLock()

    def add_block(self, table, nbytes: int) -> int:
        block = self.next_id
        self.next_id += 1
        self.blocks[block] = [table, nbytes, 0]
        self.nbytes += nbytes
        return block

    def put(self, key, block: int, lo: int, hi: int) -> None:
        old = self.entries.pop(key, None)
        if old is not None:
            self._release(old[0])
        self.entries[key] = (block, lo, hi)
        self.blocks[block][2] += 1

    def _release(self, block: int) -> None:
        entry = self.blocks[block]
        entry[2] -= 1
        if entry[2] <= 0:
            self.nbytes -= entry[1]
            del self.blocks[block]

    def trim(self) -> None:
        while self.nbytes > self.limit and self.entries:
            _key, (block, _lo, _hi) = self.entries.popitem(last=False)
            self._release(block)

    def reset(self) -> None:
        self.entries.clear()
        self.blocks.clear()
        self.nbytes = 0
        self.hits = self.misses = 0


_STORE = _Store()


class Memo:
    """Recent results of one function of a text (the segmentation of a text into paragraphs,
    sentences and quotations), so the tables that need them in one session compute them once.

    Part of the cache: :func:`clear` empties it and :func:`disabled` switches it off. It holds at
    most ``size`` entries and keys made of at most ``max_chars`` characters of text in all (the least
    recently used go first). The values must not be changed by whoever reads them.

    >>> m = Memo(size=2)
    >>> m.get("text") is None
    True
    >>> m.put("text", (1, 2)); m.get("text")
    (1, 2)
    >>> clear(); m.get("text") is None
    True
    """

    def __init__(self, size: int = 4096, max_chars: int = 64_000_000):
        self.size, self.max_chars = size, max_chars
        self.data: OrderedDict = OrderedDict()
        self.chars = 0
        _MEMOS.append(self)

    def get(self, key):
        if not _STORE.enabled:
            return None
        try:
            value = self.data[key]
            self.data.move_to_end(key)
        except (KeyError, TypeError):  # not stored (or a key that cannot be hashed)
            return None
        return value[0]

    def put(self, key, value) -> None:
        if not _STORE.enabled:
            return
        n = _key_chars(key)
        if n > self.max_chars:
            return
        with _STORE.lock:
            old = self.data.pop(key, None)
            if old is not None:
                self.chars -= old[1]
            self.data[key] = (value, n)
            self.chars += n
            while len(self.data) > self.size or self.chars > self.max_chars:
                _k, (_v, m) = self.data.popitem(last=False)
                self.chars -= m

    def clear(self) -> None:
        with _STORE.lock:
            self.data.clear()
            self.chars = 0


def _key_chars(key) -> int:
    if isinstance(key, str):
        return len(key)
    if isinstance(key, tuple):
        return sum(len(k) for k in key if isinstance(k, str))
    return 0


_MEMOS: list[Memo] = []


def row_keys(frame) -> list | None:
    """A 128-bit fingerprint of every row of a table (all its columns), or None if one cannot be made.

    One BLAKE2b digest (:mod:`hashlib`) per row of its cells' types and values, in the columns' sorted
    order: one pass over the text, where ``pandas.util.hash_pandas_object`` took two 64-bit passes
    (3-4x the time on 840 articles). A cell that is not a plain value (a list, a dict, an array) gives None.

    >>> import pandas as pd
    >>> a = row_keys(pd.DataFrame({"article_id": ["a"], "text": ["Hello."]}))
    >>> a == row_keys(pd.DataFrame({"article_id": ["a"], "text": ["Hello."]}))
    True
    >>> a == row_keys(pd.DataFrame({"article_id": ["a"], "text": ["Hello!"]}))
    False
    >>> row_keys(pd.DataFrame({"n": [1]})) == row_keys(pd.DataFrame({"n": [1.0]})), row_keys(pd.DataFrame({"x": [[1]]}))
    (False, None)
    """
    import hashlib

    columns = [frame[c].tolist() for c in sorted(frame.columns, key=str)]
    head = b"%d" % len(columns)
    plain, plain_bases = _plain_types()
    blake2b = hashlib.blake2b
    keys = []
    for row in zip(*columns):
        h = blake2b(head, digest_size=16)
        for value in row:
            kind = type(value)
            if kind is str:
                data = value.encode("utf-8", "surrogatepass")
                h.update(b"\0s%d:" % len(data))
            elif kind in plain or isinstance(value, plain_bases):
                data = repr(value).encode("utf-8", "surrogatepass")  # exact: 0.1, 1 and 1.0 differ
                h.update(b"\0%s%d:" % (kind.__qualname__.encode(), len(data)))
            else:
                return None
            h.update(data)
        keys.append(h.digest())
    return keys


@functools.cache
def _plain_types():
    """The types of cells whose ``repr`` is exact and short (never elided like a long array's)."""
    import datetime
    import decimal

    import numpy as np
    import pandas as pd

    return ((bool, int, float, complex, type(None), type(pd.NA), type(pd.NaT)),
            (np.bool_, np.number, datetime.date, datetime.time, datetime.timedelta, decimal.Decimal))


def _nbytes(table) -> int:
    return int(table.memory_usage(index=True, deep=True).sum())


def per_article(step: str, frame, compute, version=""):
    """The rows ``compute(frame)`` returns, computed only for the articles not seen before.

    ``frame`` is a table of articles (unique ``article_id``); ``compute`` takes such a table and
    returns a table with an ``article_id`` column in which each article's rows follow one another, in
    the order of ``frame``, and depend on that article's row alone. ``step`` names the step and
    ``version`` anything else its result depends on (settings, a word list of the caller's own). The
    stamps of the data files in use (``kit.datafiles.data_stamp``) are always added, so an edited word
    list, gazetteer, concept table, context rule or word set is used at once.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["Hi."]})
    >>> per_article("length", arts, lambda f: f.assign(n=f.text.str.len())[["article_id", "n"]]).n.tolist()
    [3]
    """
    import numpy as np
    import pandas as pd

    from .datafiles import data_stamp

    store = _STORE
    keys = row_keys(frame) if store.enabled and len(frame) else None
    if keys is None or not frame["article_id"].is_unique:
        return compute(frame)
    # The rows found are taken now: computing the others may run further steps that drop old entries.
    where: dict[int, tuple] = {}
    with store.lock:
        version = (version, data_stamp())
        keys = [(step, version, k) for k in keys]
        missing = []
        for i, key in enumerate(keys):
            entry = store.entries.get(key)
            if entry is None:
                missing.append(i)
            else:
                store.entries.move_to_end(key)
                where[i] = (store.blocks[entry[0]][0], entry[1], entry[2])
        store.hits += len(keys) - len(missing)
        store.misses += len(missing)
    if len(missing) == len(keys):
        computed = compute(frame)
        fresh = frame
    elif missing:
        fresh = frame.iloc[missing]
        computed = compute(fresh)
    else:
        computed = fresh = None
    if computed is not None:
        ids = fresh["article_id"].tolist()
        codes = pd.Categorical(computed["article_id"], categories=pd.Index(ids)).codes if len(computed) \
            else np.zeros(0, dtype="int64")
        if (codes < 0).any() or (np.diff(codes) < 0).any():
            return computed if fresh is frame else compute(frame)  # rows not grouped by article: no cache
        bounds = np.searchsorted(codes, np.arange(len(ids) + 1))
        block_table = computed.reset_index(drop=True)
        nbytes = _nbytes(block_table)
        if nbytes <= store.limit:
            with store.lock:
                block = store.add_block(block_table, nbytes)
                for j, i in enumerate(missing):
                    store.put(keys[i], block, int(bounds[j]), int(bounds[j + 1]))
                store.trim()
        if fresh is frame:
            return computed
        where.update({i: (block_table, int(bounds[j]), int(bounds[j + 1])) for j, i in enumerate(missing)})
    out = _gathered([where[i] for i in range(len(keys))])
    return compute(frame) if out is None else out  # no rows at all: let the step build its own empty table


def lookup(step: str, frame, version=""):
    """The rows :func:`per_article` keeps for ``step`` (with ``version``) and every article of ``frame``;
    None when one of the articles is not kept, or none has a row. Nothing is computed or counted.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["Hi."]})
    >>> clear(); lookup("length", arts) is None
    True
    >>> _ = per_article("length", arts, lambda f: f.assign(n=f.text.str.len())[["article_id", "n"]])
    >>> lookup("length", arts).n.tolist()
    [3]
    """
    from .datafiles import data_stamp

    store = _STORE
    version = (version, data_stamp())
    if not store.enabled or not len(frame):
        return None
    first = row_keys(frame.iloc[:1])  # one article first: the usual miss costs no fingerprint of them all
    if first is None or (step, version, first[0]) not in store.entries:
        return None
    keys = row_keys(frame)
    if keys is None or not frame["article_id"].is_unique:
        return None
    with store.lock:
        entries = [store.entries.get((step, version, k)) for k in keys]
        if any(entry is None for entry in entries):
            return None
        pieces = [(store.blocks[block][0], lo, hi) for block, lo, hi in entries]
    return _gathered(pieces)


def _gathered(pieces):
    """One table of the rows ``(table, lo, hi)`` in order (neighbouring slices of a table read at once);
    None when there are no rows."""
    import pandas as pd

    merged: list[list] = []
    for table, lo, hi in pieces:
        if hi == lo:
            continue
        if merged and merged[-1][0] is table and merged[-1][2] == lo:
            merged[-1][2] = hi
        else:
            merged.append([table, lo, hi])
    if not merged:
        return None
    out = pd.concat([table.iloc[lo:hi] for table, lo, hi in merged], ignore_index=True) if len(merged) > 1 \
        else merged[0][0].iloc[merged[0][1]:merged[0][2]].reset_index(drop=True)
    return out.copy()


def clear() -> None:
    """Empty the cache (every step, every article, every :class:`Memo`).

    >>> clear(); info()["articles"]
    0
    """
    with _STORE.lock:
        _STORE.reset()
        for memo in _MEMOS:
            memo.clear()


@contextlib.contextmanager
def disabled():
    """Switch the cache off inside a ``with`` block: every step is computed afresh.

    >>> with disabled():
    ...     info()["enabled"]
    False
    """
    with _STORE.lock:
        before, _STORE.enabled = _STORE.enabled, False
    try:
        yield
    finally:
        _STORE.enabled = before


def limit(megabytes: float | None = None) -> float:
    """Set (or, with no argument, read) the most memory the cache may use, in megabytes.

    >>> old = limit(64); limit()
    64.0
    >>> _ = limit(old)
    """
    if megabytes is not None:
        if not megabytes >= 0:
            from .errors import KitError

            raise KitError(f"the cache limit must be 0 or more megabytes, not {megabytes!r}", field="megabytes",
                           fix="Pass a number such as kit.cache.limit(256); 0 keeps nothing.")
        with _STORE.lock:
            _STORE.limit = int(megabytes * 1024 * 1024)
            _STORE.trim()
    return _STORE.limit / (1024 * 1024)


def info() -> dict:
    """What the cache holds: articles (per step), memory in megabytes, hits and misses so far.

    >>> sorted(info())
    ['articles', 'enabled', 'hits', 'limit_mb', 'megabytes', 'misses', 'steps']
    """
    with _STORE.lock:
        steps: dict[str, int] = {}
        for step, _version, _key in _STORE.entries:
            steps[step] = steps.get(step, 0) + 1
        return {"articles": len(_STORE.entries), "steps": steps, "megabytes": round(_STORE.nbytes / 2**20, 2),
                "limit_mb": _STORE.limit / 2**20, "hits": _STORE.hits, "misses": _STORE.misses,
                "enabled": _STORE.enabled}
