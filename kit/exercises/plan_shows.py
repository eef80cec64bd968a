"""What a step of a lateral-reading plan would show: the advice for a step that does not say it, fitted to the step.

A plan at Mastery says what each of its steps would show (06 Exercise 2). A step that does not say it, or that gives
a verdict as its purpose ("… to see if its sus"), is told so once, on its own line, with an example that fits what
the step does: who is behind a source, what other reports say, what the original says. The same words whichever
outlet, government or side the step names.

    >>> show_example(["finds out who is behind the source"])
    '"… to see who is behind the website"'
"""

from __future__ import annotations

import functools
import re

__all__ = ["SHOW_WHAT", "SHOW_NEEDED", "SHOW_TOO", "SHOWS_BY_MOVE", "both_ways", "show_example", "unshown_advice", "verdict_purpose_advice",
           "weighs_both_ways", "StepMoves", "starting_message"]

#: The rubric's advice to a plan that does not say what its steps would show: examples that fit any article
#: and any topic (a source always has someone behind it; a claim always has somewhere it started).
SHOW_WHAT = ("Say what each step would show you, for example \"… to see who is behind the website\" or "
             "\"… to see whether the first report of the claim says the same\".")

#: For each way off the page (written.LATERAL_MOVES), what a step of that kind can show: the example given to a
#: step that does not say it.
SHOWS_BY_MOVE = {
    "finds out who is behind the source": "… to see who is behind the website",
    "looks for other coverage": "… to see whether other reports give the same facts",
    "traces the claim to its original": "… to see whether the first report of the claim says the same",
}


def both_ways(words) -> re.Pattern:
    """A search that names what it would weigh, both ways: "reports that confirm it and reports that deny it", "news
    for and against the claim", "sources on both sides": what it would show (whether others back the claim) is said.
    ``words``: the words for the other side (``other_side_words`` in data/word_sets.csv, which a teacher can edit).

    >>> bool(both_ways({"deny"}).search("reports that confirm it and reports that deny it"))
    True
    """
    return _both_ways(frozenset(words))


@functools.lru_cache(maxsize=4)
def _both_ways(words: frozenset) -> re.Pattern:
    other = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:and|or)\b[^.;]*\b(?:{other or '(?!)'})(?![\w'])|\bfor and against\b|\bboth sides\b")


def weighs_both_ways(low: str) -> bool:
    """True when a step (lower case) searches for reports on both sides of the claim, which says what it would show.

    >>> weighs_both_ways("i would look for reports that confirm the claim about russia and reports that deny it.")
    True
    >>> weighs_both_ways("i would look for reports that confirm the claim about the us.")
    False
    """
    from ..wordsets import word_sets

    return bool(both_ways(word_sets().other_side_words).search(low))


class StepMoves(list):
    """A step's ways off the page, and the person it looks into (``person``): a person is no website, so the
    example fitted to the step is what they said, where and when (whoever they speak for).

    >>> StepMoves(["finds out who is behind the source"], person="Kirby").person
    'Kirby'
    """

    def __init__(self, moves=(), person: str = ""):
        super().__init__(moves)
        self.person = person


def show_example(moves) -> str:
    """The example, in quotes, of what a step that makes ``moves`` (its ways off the page, first one used) would show;
    for a step that looks into a person (:class:`StepMoves`), what that person said, where and when.

    >>> show_example(["traces the claim to its original", "looks for other coverage"])
    '"… to see whether the first report of the claim says the same"'
    >>> show_example([]), show_example(StepMoves(["finds out who is behind the source"], person="Peskov"))
    ('"… to see who is behind the website"', '"… to see what Peskov said, where and when"')
    """
    if getattr(moves, "person", ""):
        return f'"… to see what {moves.person} said, where and when"'
    for move in moves:
        if move in SHOWS_BY_MOVE:
            return f'"{SHOWS_BY_MOVE[move]}"'
    return '"… to see who is behind the website"'


def unshown_advice(moves) -> str:
    """The one line added to a step that leaves the page without saying what it would show.

    >>> unshown_advice(["looks for other coverage"])
    'Say what each step would show you (Mastery needs it): for this one, for example "… to see whether other reports give the same facts".'
    """
    return f"{SHOW_NEEDED} for example {show_example(moves)}."


#: the start of :func:`unshown_advice`; once two other steps say what they would show, the plan is at Mastery and a
#: step that does not say it is asked to say it too (a good extra step never lowers the grade)
SHOW_NEEDED, SHOW_TOO = "Say what each step would show you (Mastery needs it): for this one,", "Say what this step would show too:"


def verdict_purpose_advice(moves) -> str:
    """The advice for a step whose reason is a verdict ("… to see if its sus", "cuz its legit"), either way.

    >>> verdict_purpose_advice(["finds out who is behind the source"]).endswith('who is behind the website".')
    True
    """
    return ("The step counts, but its reason decides before checking: say what the step would show you instead, for example "
            f"{show_example(moves)}.")


def starting_message(moves, verdict_reasons: list, reasoned: bool) -> str:
    """The one sentence for a plan that starts to read laterally (Emerging): when its steps give a verdict as their
    only reason ("… to see if the convoy story is fake"), that is what to change first, said first (teacher 54 #2).

    >>> starting_message({"looks for other coverage"}, [], False)
    'a plan that starts to read laterally.'
    >>> starting_message({"looks for other coverage", "finds out who is behind the source"}, ["…"], False)
    'a plan that leaves the page 2 ways, but its reason is a verdict: say what each step would show instead.'
    """
    if not verdict_reasons or reasoned:
        return "a plan that starts to read laterally."
    ways, each = (f"{len(moves)} ways", "each step") if len(moves) > 1 else ("1 way", "the step")
    return f"a plan that leaves the page {ways}, but its reason is a verdict: say what {each} would show instead."
