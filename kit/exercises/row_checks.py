"""A check that compares two rows of ``kit.quotes`` (lesson 03's extension): is one row the same kind of row as
another the lesson showed?

A short indirect "quotation" that starts like a noun phrase ("The report", "the civilian death toll") names the
thing a speaker confirmed or acknowledged, not words the speaker said; the kit keeps such rows without a note that
warns. The answer is computed from the two rows at check time, never stored.

    >>> import kit
    >>> arts = example_corpus().assign(text=["The report was confirmed by Lee.", "The toll was acknowledged by Kim."])
    >>> print(check_same_kind("same", kit.quotes(arts), "The toll", "The report"))
    ✓ Correct: the same kind of row: “The toll” is the thing acknowledged (speaker: Kim), not words the speaker said, and so is “The report” (confirmed, speaker: Lee).
      Kim · acknowledged · “The toll” · indirect, 2 words, no note that warns
      Lee · confirmed · “The report” · indirect, 2 words, no note that warns
      Neither row warns you: a reader has to see it in the sentence.
"""

from __future__ import annotations

import re

from .answers import need_text, next_attempt
from .helpers import example_corpus  # noqa: F401  (doctests)
from .reading import guarded
from .result import CORRECT, INCORRECT, CheckResult

__all__ = ["check_same_kind", "names_a_thing"]

# a noun phrase starts with one of these ("the report", "its count"); a clause someone said does not need to
DETERMINERS = r"(?:the|a|an|this|that|these|those|its|their|his|her|our|some|any)"
SHORT = 4  # words: a longer span is more likely a summary of what was said


def names_a_thing(row) -> bool:
    """True when a quotation row is a short indirect span that starts like a noun phrase and has no note of its own
    beyond the one every indirect row has: the thing a speaker confirmed or acknowledged, kept with no warning.

    >>> names_a_thing({"kind": "indirect", "quote": "the civilian death toll", "note": ""})
    True
    >>> names_a_thing({"kind": "indirect", "quote": "that the convoy left at night", "note": ""})
    False
    """
    from ..quote_rows import INDIRECT_NOTE

    quote, note = str(row["quote"]).strip(), str(row["note"] or "").strip()
    words = quote.split()
    return (row["kind"] == "indirect" and 0 < len(words) <= SHORT and note in ("", INDIRECT_NOTE)
            and bool(re.match(rf"{DETERMINERS}\b", quote, flags=re.IGNORECASE)))


def row_facts(row) -> str:
    """One row as the feedback shows it: speaker, cue, quote, kind, length and whether a note warns."""
    from ..quote_rows import INDIRECT_NOTE

    note = str(row["note"] or "").strip()
    warns = "no note that warns" if note in ("", INDIRECT_NOTE) else f"note: {note}"
    return (f"{row['speaker']} · {row['cue']} · “{str(row['quote']).strip()}” · {row['kind']}, "
            f"{len(str(row['quote']).split())} words, {warns}")


# what an answer to "is this row any different?" says: the first of these phrases in it decides ("It's not the same",
# "different: the same mistake is not made"), else a first "no"/"yes"; at one place the longer phrase wins
SAYS_SAME = (r"not (?:any |very |really )?different|(?:no|nothing) (?:is )?different|no difference|not really|(?:the )?same|alike|"
             r"similar|both|just like|like (?:the|that|this)")
SAYS_DIFFERENT = (r"not (?:the |really |quite |exactly )?(?:same|similar|alike)|isn't (?:the )?same|aren't (?:the )?same|"
                  r"different|unlike|differs?")


def read_same(answer: str) -> str | None:
    """"same", "different" or None for an answer to "is this row any different?": the first phrase that says
    one or the other decides.

    >>> read_same("The same"), read_same("no, it's not different"), read_same("Yes, different"), read_same("maybe")
    ('same', 'same', 'different', None)
    >>> read_same("It's not the same"), read_same("not similar"), read_same("No. Both are things, not words")
    ('different', 'different', 'same')
    >>> read_same("No, they're different"), read_same("yes, it's the same"), read_same("nope")
    ('different', 'same', 'same')
    """
    low = " ".join(re.findall(r"[a-z']+", answer.lower()))
    found = [(m.start(), -len(m.group()), said) for said, pattern in (("same", SAYS_SAME), ("different", SAYS_DIFFERENT))
             for m in re.finditer(rf"(?:{pattern})(?![a-z'])", low) if m.start() == 0 or low[m.start() - 1] == " "]
    if found:
        return min(found)[2]
    # a bare "no" / "yes" answers the question ("any different?") only when nothing else in the answer does
    return "same" if re.match(r"(no|nope)\b", low) else "different" if re.match(r"(yes|yeah|yep)\b", low) else None


@guarded
def check_same_kind(answer, quotes=None, quote: str = "the civilian death toll", like: str = "The report"
                    ) -> CheckResult:
    """Is the row of ``quotes`` (a ``kit.quotes`` table) that quotes ``quote`` the same kind of row as the one that
    quotes ``like``? Answer "same" or "different".

    Both are "the same" when each is a short indirect span that starts like a noun phrase and has no note that
    warns (:func:`names_a_thing`): the thing a speaker confirmed or acknowledged, not words they said.

    >>> check_same_kind(None).status
    'wrong_type'
    """
    import kit

    problem = need_text(answer, "word")
    if problem is not None:
        return problem
    if quotes is None:
        quotes = kit.quotes(kit.load_articles())
    rows = [quotes[quotes["quote"].astype(str).str.strip() == q] for q in (quote, like)]
    missing = [q for q, r in zip((quote, like), rows) if r.empty]
    if missing:
        return CheckResult(INCORRECT, f"the check could not run: no row quotes “{missing[0]}”.",
                           "Run the cells above, and keep the quotes table as `kit.quotes(articles)` made it.")
    one, other = (r.iloc[0] for r in rows)
    said = read_same(answer)
    if said is None:
        return CheckResult(INCORRECT, "write \"same\" or \"different\".",
                           'Like this, with the word you choose: answer = "same" or answer = "different"')
    alike = names_a_thing(one) and names_a_thing(other)
    expected = "same" if alike else "different"
    next_attempt(("same kind", quote, like), said == expected, said)
    facts = [row_facts(one), row_facts(other)]
    if alike:
        why = (f"“{str(one['quote']).strip()}” is the thing {one['cue']} (speaker: {one['speaker']}), not words the "
               f"speaker said, and so is “{str(other['quote']).strip()}” ({other['cue']}, speaker: {other['speaker']}).")
        after = "Neither row warns you: a reader has to see it in the sentence."
    else:
        kept = [r for r in (one, other) if names_a_thing(r)]
        why = (f"only “{str(kept[0]['quote']).strip()}” is a thing named, not words said." if kept else
               "neither row is a short thing named: both give words a speaker said, or a note says more.")
        after = "Read each row's sentence: what did the speaker say, and what did the writer add?"
    if said == expected:
        return CheckResult(CORRECT, f"{'the same' if alike else 'not the same'} kind of row: {why}", [*facts, after])
    return CheckResult(INCORRECT, f"look at the two rows again: {why}", [*facts, after])
