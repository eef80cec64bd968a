"""Data held for one call: a value read once when a ``with`` block begins and given to every look inside it.

The word lists (:func:`kit.lexicons.held_lexicon`) and the word sets (:func:`kit.wordsets.held_word_sets`) are
read through it: a table such as ``kit.annotate`` asks for them thousands of times, and each ask would look at
the files again. An edit of a file takes effect at the next block. Blocks may nest (the outer block's value is
kept), and each thread holds its own value.

>>> reads = []
>>> held = HeldValue(lambda: reads.append(1) or len(reads))
>>> with held.block() as value:
...     value, held.current(), held.current()
(1, 1, 1)
>>> held.current() is None, len(reads)
(True, 1)
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

__all__ = ["HeldValue"]


class HeldValue:
    """A value that ``read`` gives, held for the length of a ``with held.block():`` block (one per thread).

    >>> held = HeldValue(lambda: "the lists")
    >>> held.current() is None
    True
    >>> with held.block(), held.block() as inner:
    ...     inner
    'the lists'
    """

    def __init__(self, read: Callable[[], object]):
        self.read = read
        self._local = threading.local()

    def current(self):
        """The value held by the block this thread is in, or None outside every block.

        >>> HeldValue(lambda: 1).current() is None
        True
        """
        return getattr(self._local, "value", None)

    @contextlib.contextmanager
    def block(self) -> Iterator:
        """Hold ``read()`` (read once, when the outermost block begins) until the block ends.

        >>> held = HeldValue(lambda: [1])
        >>> with held.block() as outer, held.block() as inner:
        ...     outer is inner
        True
        """
        outer = self.current()
        self._local.value = outer if outer is not None else self.read()
        try:
            yield self._local.value
        finally:
            self._local.value = outer
