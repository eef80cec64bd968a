"""kit: the media-literacy teaching kit's analysis package.

Load articles into tidy pandas DataFrames and see, rule by rule, how the text works::

    >>> import kit
    >>> articles = kit.load_articles()
    >>> len(articles)
    5

Submodules are imported only when one of their functions is first used, so
``import kit`` stays fast and changes no global settings while the program runs (at its end, see
:class:`FinalCollectionSkipper`).
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import sys

from .errors import ArticleError, KitError, LexiconError

__version__ = "0.1.0"

# public name -> submodule that defines it (loaded on first use)
_LAZY = {
    "load_articles": "corpus", "article": "corpus", "paragraphs": "corpus", "sentences": "corpus", "raw_text": "corpus",
    "load_lexicon": "lexicons", "default_lexicon": "lexicons",
    "data_dir": "datafiles", "data_path": "datafiles", "use_data": "datafiles",
    "annotate": "annotation", "explain": "explaining", "profile": "annotation",
    "highlight": "display",
    "help": "guide",
    "plot_profile": "plots",
    "quotes": "sourcing", "sources": "sourcing", "citations": "citing",
    "plot_citations": "citing", "trace_claim": "citing",
    "naming": "framing", "plot_naming": "framing", "distinctive_words": "framing",
    "plot_distinctive_words": "framing", "figures": "framing", "headlines": "framing",
}
# every module of the package, found on disk (a new module needs no entry here)
_SUBMODULES = {m.name for m in pkgutil.iter_modules(__path__)} - {"__main__"}

__all__ = ["KitError", "ArticleError", "LexiconError", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        module = _imported(_LAZY[name])
        value = getattr(module, name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return _imported(name)
    raise AttributeError(f"module 'kit' has no attribute {name!r}")


def _imported(name: str):
    """The submodule, imported with the cyclic garbage collector paused (and then switched back on if it
    was on): the first one brings in pandas, numpy and the kit's modules, tens of thousands of objects
    that all stay alive, and the collector would walk them all several times while they are made (lesson
    02: its one full pass, about 0.04 s, is not needed then)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        return importlib.import_module(f".{name}", __name__)
    finally:
        if was_on:
            # the import's objects (modules, classes, compiled patterns: alive as long as the process) join
            # the oldest generation at once, as two passes of the collector would move them there after
            # walking them all; freeze() then unfreeze() does that: nothing stays frozen, a full pass still
            # walks them
            gc.freeze()
            gc.unfreeze()
            gc.enable()


class FinalCollectionSkipper:
    """Held by the kit's module until the interpreter tears the modules down at the program's end; then it
    leaves the objects alive out of the garbage collector's last passes (``gc.freeze()``).

    When a program ends (a notebook's kernel shut down or restarted, a script finished), Python walks every
    object still alive several times looking for reference cycles to free, although the process is about
    to give all its memory back. With pandas, numpy and the kit loaded that is a couple of hundred thousand
    objects: 0.4-0.9 s of a lesson's kernel shutdown, more than most of its cells take. The kit's module is
    cleared after the program's code, its :mod:`atexit` callbacks (a kernel's own clean-up: its sockets and
    threads) and the first of those passes; dropping this object then freezes what is left, so the
    interpreter's later passes skip it (a lesson's kernel shutdown: 0.5-0.9 s -> 0.3-0.5 s). Nothing is lost
    that Python promises: objects freed by reference counting still are, and Python never promised to
    finalize objects still alive at exit. While the program runs it does nothing: dropped before the
    interpreter is finalizing (``importlib.reload(kit)``), it freezes nothing.
    (Freezing in an :mod:`atexit` callback instead, which runs before the kernel's clean-up, made about one
    kernel shutdown in five wait 2.5 s for the kernel to be stopped: rejected.)

    ``finalizing`` and ``freeze`` are the functions it asks and calls (tests pass their own).

    >>> calls = []
    >>> skipper = FinalCollectionSkipper(finalizing=lambda: False, freeze=lambda: calls.append("freeze"))
    >>> del skipper  # while the program runs
    >>> skipper = FinalCollectionSkipper(finalizing=lambda: True, freeze=lambda: calls.append("freeze"))
    >>> del skipper  # at the end
    >>> calls
    ['freeze']
    """

    def __init__(self, finalizing=sys.is_finalizing, freeze=gc.freeze):
        self.finalizing, self.freeze = finalizing, freeze

    def __del__(self):
        if self.finalizing():
            self.freeze()


#: Dropped with the kit's module when the program ends: see :class:`FinalCollectionSkipper`.
FINAL_COLLECTION_SKIPPER = FinalCollectionSkipper()


def __dir__():
    """What tab completion offers: the kit's functions, errors and modules (not ``importlib`` or ``pkgutil``).

    >>> import kit
    >>> "quotes" in dir(kit), "pkgutil" in dir(kit)
    (True, False)
    """
    return sorted({*__all__, *_SUBMODULES, "__version__"})
