"""The tries counter: how many times each question has been answered without success in this session, so
hints come in stages; the same answer checked again is not a new try (every check that counts tries, and the
word game, read it here).

    >>> forget_attempts()
    >>> next_attempt(("q",), False, "RT"), next_attempt(("q",), False, "RT"), repeated(("q",))
    (1, 1, True)
"""

from __future__ import annotations

import contextlib
import functools

__all__ = ["ATTEMPTS", "BEST_FOUND", "LAST_TRIED", "REPEATED", "SAME_ANSWER", "EARLIER", "EARLIER_ANSWER", "same_answer_note",
           "WORDINGS", "REWORDED", "REWORDED_ANSWER", "REWORDED_EARLIER", "article_key", "tried_key", "next_attempt", "repeated",
           "flagged_question", "forget_attempts", "counts_tries", "REVEALED", "SHOWN_ANSWER", "shown_answer",
           "ALSO_TRIED", "also_tried"]

# how many times each question has been answered without success in this session: hints come in stages
ATTEMPTS: dict[tuple, int] = {}
#: the most right items an answer to each question has found so far (new progress restarts the hints)
BEST_FOUND: dict = {}


#: the answers counted as tries at each question, the newest last: an answer checked again, at the last check or
#: any earlier one, is not a new try
LAST_TRIED: dict = {}
#: the questions whose newest check gave an answer already tried (see :func:`repeated`)
REPEATED: set = set()
#: the questions whose newest check gave an answer tried before, but not at the last check
EARLIER: set = set()
#: what a check says when its answer is the same as at the last check (it keeps the hint it gave then)
SAME_ANSWER = "Your answer is the same as at your last check, so this is not a new try: change it, then check again."
#: what a check says when its answer is one checked before, not at the last check
EARLIER_ANSWER = ("You checked this answer before (not at your last check), so this is not a new try: change it, "
                  "then check again.")
#: the words of the last answer counted as a try at each question (see :func:`next_attempt`'s ``wording``)
WORDINGS: dict = {}
#: the questions whose newest check gave an answer already tried in new words: question -> what the answer says
REWORDED: dict = {}
#: what a check says when the answer is reworded but says the same as at the last check (``{said}``: what it says)
REWORDED_ANSWER = ("Your new wording still says “{said}”, the same as your answer at your last check, so this is not a "
                   "new try: change what your answer says, not only its words, then check again.")
#: the same, when the answer says what an answer checked before (not at the last check) said
REWORDED_EARLIER = ("Your new wording still says “{said}”, the same as an answer you checked before, so this is not a "
                    "new try: change what your answer says, not only its words, then check again.")
#: the words each question's feedback gave away after three tries (see :func:`shown_answer`)
REVEALED: dict = {}
#: what a check says when an answer is right only with words it gave away after three tries: shown as "◐ Partly
#: right", never a ✓ (the answer matches the lists, so it still passes)
SHOWN_ANSWER = ("you wrote the answer shown above after three tries ({words}), so this is not a ✓{own}. To find "
                "every word yourself, try another paragraph.")
_NO_ANSWER = object()
#: the student's other inputs to the check running now (03 Exercise 2's ``notes``): part of every try's key, so an
#: answer with changed notes is a new try (student 43 #3; see :func:`also_tried`)
ALSO_TRIED: list = []


@contextlib.contextmanager
def also_tried(*inputs):
    """Count ``inputs`` (a check's other inputs a student writes, such as ``notes``) as part of each answer tried
    inside the ``with``: the same answer with other notes is a new try; with the same notes it is not.

    >>> forget_attempts()
    >>> with also_tried("the first person named"): a = next_attempt(("n",), False, "Lee")
    >>> with also_tried("the quote just before"): b = next_attempt(("n",), False, "Lee")
    >>> with also_tried("the quote just before"): c = next_attempt(("n",), False, "Lee")
    >>> a, b, (c, repeated(("n",)))
    (1, 2, (2, True))
    """
    ALSO_TRIED.append(inputs)
    try:
        yield
    finally:
        ALSO_TRIED.pop()


def tried_key(answer):
    """What stands for an answer when two tries are compared: a list's words in any order, any letter case.

    >>> tried_key(["Regime", "hegemony"]) == tried_key(["hegemony", "regime"]), tried_key("BBC") == tried_key("RT")
    (True, False)
    """
    if isinstance(answer, (list, tuple, set, frozenset)):
        return tuple(sorted(str(a).strip().lower() for a in answer))
    return repr(answer.strip().lower() if isinstance(answer, str) else answer)


def next_attempt(question: tuple, solved: bool, answer=_NO_ANSWER, wording: str | None = None) -> int:
    """Count one more try at ``question`` and return which try this is (1, 2, 3 …).

    A right answer resets the count. Hints use it: the first miss gets a direction,
    later ones more detail, the third the full list. The same wrong ``answer`` as at the last try
    is not a new try: the count stays where it was (and :func:`repeated` says so).

    >>> forget_attempts()
    >>> next_attempt(("q",), False), next_attempt(("q",), False), next_attempt(("q",), True)
    (1, 2, 3)
    >>> next_attempt(("q",), False)
    1
    >>> [next_attempt(("w",), False, ["imperialism"]) for _ in range(3)], repeated(("w",))
    ([1, 1, 1], True)

    Going back to any earlier answer is not a new try either:

    >>> [next_attempt(("e",), False, a) for a in ["RT", "BBC", "rt", "CNN", "BBC"]], same_answer_note() == EARLIER_ANSWER
    ([1, 2, 2, 3, 3], True)

    A check that counts what an answer says (its reading: "same" for "They are alike") gives the words typed as
    ``wording``: new words that say the same thing are not a new try either, and the note says so.

    >>> forget_attempts(); next_attempt(("k",), False, "same", "alike"), next_attempt(("k",), False, "same", "the same"), same_answer_note()
    (1, 1, 'Your new wording still says “same”, the same as your answer at your last check, so this is not a new try: change what your answer says, not only its words, then check again.')
    """
    REPEATED.discard(question)
    EARLIER.discard(question)
    REWORDED.pop(question, None)
    if not solved and answer is not _NO_ANSWER:
        key, tried = tried_key(answer), LAST_TRIED.setdefault(question, [])
        key = (key, *(tried_key(" ".join(i.split()) if type(i) is str else i)  # spaces make no new notes
                      for inputs in ALSO_TRIED for i in inputs)) if ALSO_TRIED else key
        typed, before = None if wording is None else tried_key(" ".join(str(wording).split())), WORDINGS.get(question)
        WORDINGS[question] = typed
        if question in ATTEMPTS and key in tried:
            REPEATED.add(question)
            if tried[-1] != key:  # going back to an earlier answer
                EARLIER.add(question)
            if typed is not None and typed != before:  # the same reading, in other words than at the last check
                REWORDED[question] = answer
            tried.remove(key)
            tried.append(key)
            return ATTEMPTS[question]
        tried.append(key)
    count = ATTEMPTS.get(question, 0) + 1
    if solved:
        ATTEMPTS.pop(question, None)
        LAST_TRIED.pop(question, None)
    else:
        ATTEMPTS[question] = count
    return count


def repeated(question: tuple | None = None) -> bool:
    """True when the newest check of ``question`` (of any question, when None) gave the same answer as the
    try before it, so it was not counted (:func:`next_attempt`).

    >>> forget_attempts(); next_attempt(("r",), False, "BBC"), repeated(), next_attempt(("r",), False, "bbc"), repeated()
    (1, False, 1, True)
    """
    return bool(REPEATED) if question is None else question in REPEATED


def same_answer_note() -> str:
    """What the newest check says about an answer already tried: at the last check, or at an earlier one.

    >>> forget_attempts(); next_attempt(("s",), False, "BBC"), next_attempt(("s",), False, "BBC"), same_answer_note() == SAME_ANSWER
    (1, 1, True)
    """
    if REWORDED:  # new words, the same reading
        question, said = next(reversed(REWORDED.items()))
        return (REWORDED_EARLIER if question in EARLIER else REWORDED_ANSWER).format(said=said)
    return EARLIER_ANSWER if EARLIER else SAME_ANSWER


def flagged_question(text: str, categories) -> tuple:
    """The key the tries at spotting ``categories`` words in ``text`` are counted under.

    >>> flagged_question("A siege.", ["label"])
    ('flagged', ('label',), 'A siege.')
    """
    return ("flagged", tuple(categories), text)


def shown_answer(question: tuple, given=(), found=()) -> list:
    """Remember the words ``given`` away at ``question`` after three tries; return those of ``found`` that were
    given away there before (an answer right with them is the one shown, not the student's own find).

    >>> forget_attempts(); shown_answer(("z",), ["regime"]), shown_answer(("z",), found=["regime", "brutal"])
    ([], ['regime'])
    """
    if given and question:
        REVEALED.setdefault(question, set()).update(given)
    return [w for w in found if w in REVEALED.get(question, set())] if question else []


def forget_attempts(question: tuple | None = None) -> None:
    """Start the hints from the first stage again: of one ``question`` (a word game started anew), or of all.

    >>> next_attempt(("g",), False), next_attempt(("g",), False); forget_attempts(("g",)); next_attempt(("g",), False)
    (1, 2)
    1
    """
    for counts in (ATTEMPTS, BEST_FOUND, LAST_TRIED, WORDINGS, REWORDED, REVEALED):
        if question is None:
            REPEATED.clear()
            EARLIER.clear()
            counts.clear()
        else:
            counts.pop(question, None)


def counts_tries(check):
    """``check`` (a written answer's rubric) counting each text answer as a try at that question, so the same
    answer, or an earlier one, checked again gets the note every other check gives (:data:`SAME_ANSWER`,
    :data:`EARLIER_ANSWER`); spaces and letter case do not make a new answer.

    >>> forget_attempts()
    >>> rubric = counts_tries(lambda answer: type("R", (), {"passed": False})())
    >>> _ = rubric("I would google it."); _ = rubric("i would  google it."); repeated(("<lambda>",))
    True
    """
    @functools.wraps(check)
    def run(answer, *args, **kwargs):
        result = check(answer, *args, **kwargs)
        # type() and str.split, not isinstance and answer.split: an object may change its own __class__ and methods
        text = " ".join(str.split(answer)) if issubclass(type(answer), str) else ""
        if text:  # the same answer about another article (the student's own, pasted after) is a new try
            question = (check.__name__, *(k for k in map(article_key, [*args, *kwargs.values()]) if k is not None))
            next_attempt(question, getattr(result, "passed", False) is True, text)
        return result
    return run


def article_key(value):
    """What stands for the article a written answer is checked against (its text), or None for any other argument.

    >>> import pandas as pd
    >>> article_key(pd.DataFrame({"text": ["A."]})) == article_key("A."), article_key(40)
    (True, None)
    """
    import pandas as pd

    try:
        if type(value) is pd.DataFrame and "text" in value.columns:
            return hash(" ".join(value["text"].astype(str)))
        if type(value) is pd.Series and "text" in value.index:
            return hash(str(value["text"]))
        return hash(value) if type(value) is str else None
    except Exception:  # noqa: BLE001  (an odd object is no article: the answer is still counted)
        return None
