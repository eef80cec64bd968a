"""What a word check says of words a student picked that are on no word list (lessons 02 and 04).

    >>> not_on_a_list(["The"])
    "'The': a grammar word (like 'the', 'of', 'by'): it carries no push of its own. Untick it."
"""

from __future__ import annotations

from ..words import FUNCTION_WORDS

__all__ = ["WHY_NOT_ON_LIST", "GRAMMAR_WORD", "not_on_a_list"]

WHY_NOT_ON_LIST = ("it is not on any word list. Word lists only hold words that push the reader in almost any context; "
                   "a word can still carry weight in this sentence — that is a reasonable choice if you can say what "
                   "it makes the reader feel or assume.")
#: a word like "the" or "of" (student 45 #5: "The" was told it may be "a reasonable choice")
GRAMMAR_WORD = "a grammar word (like 'the', 'of', 'by'): it carries no push of its own. Untick it."


def named(words) -> str:
    """'a', 'a' and 'b', 'a', 'b' and 'c'."""
    *rest, last = words
    return f"'{last}'" if not rest else ", ".join(f"'{w}'" for w in rest) + f" and '{last}'"


def not_on_a_list(words) -> str:
    """The reason for the words on no word list, said once for all of them (grammar words apart).

    >>> not_on_a_list(["steep", "grim"])[:48], not_on_a_list(["x", "y", "z"])[:42]
    ("'steep' and 'grim': neither is on any word list.", "'x', 'y' and 'z': none of them is on any w")
    >>> not_on_a_list(["of", "grim"])[:60]
    "'of': a grammar word (like 'the', 'of', 'by'): it carries no"
    """
    grammar = [w for w in words if str(w).strip().lower() in FUNCTION_WORDS]
    words = [w for w in words if w not in grammar]
    said = [f"{named(grammar)}: " + (GRAMMAR_WORD if len(grammar) == 1 else
                                     GRAMMAR_WORD.replace("a grammar word", "grammar words").replace("it carries",
                                                                                                      "they carry")
                                     .replace("Untick it", "Untick them"))] if grammar else []
    if words:
        *rest, _ = words
        said.append(f"{named(words)}: " + (WHY_NOT_ON_LIST if not rest else (
            "neither is" if len(rest) == 1 else "none of them is") + " on any word list." +
            WHY_NOT_ON_LIST.removeprefix("it is not on any word list.")))
    return " ".join(said)
