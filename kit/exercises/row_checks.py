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

__all__ = ["check_same_kind", "names_a_thing", "check_speaker_guess", "read_same"]

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
SAYS_SAME = (r"not (?:any |very |really )?different|identical|(?:no|nothing) (?:is )?different|no difference|not really|(?:the )?same|alike|"
             r"similar|both|just like|like (?:the|that|this)")
SAYS_DIFFERENT = (r"not (?:the |really |quite |exactly )?(?:same|similar|alike|identical)|isn't (?:the )?same|aren't (?:the )?same|"
                  r"both (?:rows )?(?:are |look )?(?:very )?different|different|unlike|differs?")
# a first "yes" or "no" that answers the question on its own ("No, …", "yes it is", "Nope."), not "no difference"
YES_OR_NO = (r"\W*(yes|yeah|yep|yup|no|nope|nah)\b(?=\s*(?:[,.!;:\-–]|$)|\s+(?:it|its|it's|they|they're|both|i|the|that|"
             r"this|there|these|not|same|different|similar|alike)\b)[\s,.!;:\-–]*")


def read_same(answer: str) -> str | None:
    """"same", "different" or None for an answer to "is this row any different?".

    A written "same" or "different" (or its negation: "not different", "isn't the same") decides, the first one
    in the answer, whatever comes before it: "any different?" makes a "yes" or "no" read either way ("Yes, it is the
    same" answers "are they the same?"). A "yes" or "no" ("yes" = different) decides only when neither word is
    written. After a question mark, the words after it are the answer ("different from each other? no").

    >>> read_same("The same"), read_same("no, it's not different"), read_same("Yes, different"), read_same("maybe")
    ('same', 'same', 'different', None)
    >>> read_same("It's not the same"), read_same("not similar"), read_same("No. Both are things, not words")
    ('different', 'different', 'same')
    >>> read_same("No, they're different"), read_same("yes, it's the same"), read_same("nope"), read_same("No it isn't")
    ('different', 'same', 'same', 'same')
    >>> read_same("It isn't any different"), read_same("both are different"), read_same("different from each other? no")
    ('same', 'different', 'same')
    """
    low = re.sub(r"n't\b", " not", answer.lower().replace("’", "'"))
    low = low.rsplit("?", 1)[1] if "?" in low and re.search(r"[a-z]", low.rsplit("?", 1)[1]) else low
    lead = re.match(YES_OR_NO, low)
    rest = " ".join(re.findall(r"[a-z']+", low[lead.end():] if lead else low))
    found = [(m.start(), -len(m.group()), said) for said, pattern in (("same", SAYS_SAME), ("different", SAYS_DIFFERENT))
             for m in re.finditer(rf"(?:{pattern})(?![a-z'])", rest) if m.start() == 0 or rest[m.start() - 1] == " "]
    written = min(found)[2] if found else None
    # "yes"/"no" answers the question ("any different?"): "no" is same, "yes" is different
    bare = None if lead is None else "same" if lead.group(1) in ("no", "nope", "nah") else "different"
    return written or bare


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
    # a wrong try gets a question to look into, not the reason (which gives the answer away)
    ask = " ".join(f"Did {r['speaker']} say the words “{str(r['quote']).strip()}”, or is it what they {r['cue']}?"
                   for r in (one, other))
    return CheckResult(INCORRECT, "read the `sentence` column of both rows again.",
                       [ask, "Then decide: are both rows words a speaker said, or both a thing named, or one of each?"])


@guarded
def check_speaker_guess(answer, quotes=None, speaker_text: str = "we", article_id: str = "russian-general-accuses"
                        ) -> CheckResult:
    """Whom would you credit the row of ``quotes`` whose speaker is written ``speaker_text`` (a guess of the kit's)?
    The answer is a name; the kit's guess, its note and the sentence it read are taken from the row at check time.
    The same name as the kit's is marked ✓; another name is set beside the kit's (↔), with what the row shows: a
    guess is a reading, so the student's may be the better one.

    >>> import kit
    >>> arts = example_corpus().assign(text=["As we noted:\\n\\n“The plan failed on every count, and nobody said so, which surprised us.”", "x"])
    >>> print(check_speaker_guess("Reuters", kit.quotes(arts), "we", "a").message)
    your reading and the kit's differ: the kit credits “we” to the article's own outlet ("Example News"), as a guess.
    >>> check_speaker_guess("the writer", kit.quotes(arts), "we", "a").status, check_speaker_guess("idk", kit.quotes(arts), "we", "a").status
    ('correct', 'incorrect')
    """
    import kit

    problem = need_text(answer, "name")
    if problem is not None:
        return problem
    if quotes is None:
        quotes = kit.quotes(kit.load_articles())
    rows = quotes[(quotes["article_id"] == article_id) & (quotes["speaker_text"].astype(str) == speaker_text)]
    if rows.empty:
        return CheckResult(INCORRECT, f"the check could not run: no row of {article_id!r} has the speaker “{speaker_text}”.",
                           "Run the cells above, and keep the quotes table as `kit.quotes(articles)` made it.")
    row = rows.iloc[0]
    kit_name, note = str(row["speaker"]), str(row["note"] or "").strip()
    said = " ".join(str(answer).split())
    why = [f"The kit's reading: {note}" if note else "The kit gives no note for this row.",
           f"Check it in the sentence: look for “{speaker_text}” just before the quotation."]
    outlet = str(row.get("outlet") or "").strip()
    own = kit_name in (outlet, article_id)  # the kit reads "we" as the article's own outlet and its writer
    bare = re.sub(r"\W+", "", said.lower())
    if bare == re.sub(r"\W+", "", kit_name.lower()) or own and (re.sub(r"\W+", "", kit_name.lower()) in bare or
                                                             re.fullmatch(OWN_WRITER, said.lower())):
        return CheckResult(CORRECT, f"the same reading as the kit's: “{speaker_text}” is {kit_name}, a guess"
                           + (" (the kit counts the outlet and its writer as one)." if own else "."), why)
    text = " ".join(str(t) for t in kit.load_articles().query("article_id == @article_id")["text"]).lower()
    named = said.lower() in text
    if re.fullmatch(NO_NAME, said.lower()) or (
            said == said.lower() and not named):  # "I don't know", "xkcd", "asdf": no name to set beside the kit's
        return CheckResult(INCORRECT, f"write a name: who is the “{speaker_text}” in this sentence?",
                           [*why, 'Like this, with the name you read: answer = "…" (a person, an outlet or '
                            '"the writer").'])
    whose = f"the article's own outlet (\"{outlet or article_id}\")" if own else kit_name
    return CheckResult("compared", f"your reading and the kit's differ: the kit credits “{speaker_text}” to {whose}, "
                       "as a guess.", [*why, f"Your reading: {said}. " + (
                           "Say in the discussion what in the article points to it: a guess is a reading, and yours "
                           "may be the better one." if named else f"Is {said} the one writing “{speaker_text}”? Say "
                           "in the discussion what in the article points to it.")])


# an answer that names no one ("I don't know"), and the writer's roles that are the outlet's own "we"
NO_NAME = r"\W*(i (do not|don't|dont) know|idk|no idea|not sure|dunno|nobody|no one|nothing|\?+|-+)\W*"
OWN_WRITER = (r"\W*(the |its |their )?((article|outlet|website|site|piece|story|publication)['’]?s )?(writers?|authors?|"
              r"journalists?|reporters?|article|website|site|outlet|publication|editors?)"
              r"( (who wrote it|of (the|this) (article|piece|story)|of it))?\W*")
