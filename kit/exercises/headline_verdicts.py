"""Verdicts in a rewritten headline (05 Exercise 2): the words that say whether the claim is true, in either
direction ("falsely", "…, which is false", "thats cap", "Fake: …"), and a verdict on the one who makes the claim
("Russia lies that …"); a verdict the headline reports as another party's ("…; Pentagon says that is false") is not the
writer's. Split from :mod:`kit.exercises.headline_sources` (round 29), which gives these names too.

    >>> judging_words("WSWS says US helped ISIS, thats cap", frozenset())
    ['cap']
"""

from __future__ import annotations

import re

__all__ = ["SAYER_VERDICTS", "REPORTS_VERDICT", "judging_words", "scare_marks"]

# a verdict on the one who makes the claim, said with the claim ("Russia lies that …", "WSWS tells the truth about …")
SAYER_VERDICTS = ("lies", "lied", "is lying", "tells the truth", "told the truth", "is telling the truth")


def judging_words(headline: str, judges: frozenset) -> list[str]:
    """The words of ``judges`` (``judges_claim`` in data/headline_words.csv: "falsely", "rightly") in a headline,
    and a verdict of ``data/verdict_words.csv`` said of the claim outside it ("…, which is false", "… (true)",
    "Fake: …"): they say whether the claim is true, in either direction.

    >>> judging_words("WSWS falsely says US helped ISIS", frozenset({"falsely", "rightly"}))
    ['falsely']
    >>> judging_words("WSWS says US helped ISIS, which is true", frozenset()), judging_words("Fake: WSWS says US helped ISIS", frozenset())
    (['true'], ['fake'])
    >>> judging_words("WSWS says US helped ISIS which is not true", frozenset())
    ['not true']
    >>> judging_words("WSWS says US helped ISIS - false", frozenset()), judging_words("WSWS lies that US helped ISIS", frozenset())
    (['false'], ['lies'])
    >>> judging_words("Russia says Pentagon trained ex-ISIS fighters; Pentagon says that is false", frozenset())
    []
    >>> judging_words("WSWS says US helped ISIS -- a fact", frozenset()), judging_words("WSWS says US helped ISIS! So true", frozenset())
    (['a fact'], ['so true'])
    >>> judging_words("WSWS says US helped ISIS, unproven", frozenset()), judging_words("WSWS says US helped ISIS (proven)", frozenset())
    (['unproven'], ['proven'])
    >>> judging_words("WSWS says US helped ISIS, thats cap", frozenset()), judging_words("WSWS says US helped ISIS and it's true", frozenset())
    (['cap'], ['true'])
    >>> judging_words("WSWS says US helped ISIS, kinda sus", frozenset()), judging_words("WSWS says US helped ISIS, total cap", frozenset())
    (['sus'], ['cap'])
    >>> judging_words("WSWS says US helped ISIS no cap", frozenset()), judging_words("WSWS says US helped ISIS but its sketch", frozenset())
    (['no cap'], ['sketch'])
    >>> judging_words("WSWS says sus US deal saved ISIS", frozenset()), judging_words("WSWS says US saved ISIS lol", frozenset({"lol"}))
    (['sus'], ['lol'])
    """
    from .verdicts import inside_verdicts, spelled_out, verdict_pairs

    low = spelled_out(" ".join(headline.lower().replace("’", "'").split()))  # "thats cap" as "that's cap"
    words = {w for a, b, _ in verdict_pairs() for w in (a, b)}  # the "headline" pairs too ("proven", "unproven")
    words |= {re.sub(r"^(a|an|the) ", "", w) for w in words}  # "Fact: …" as "a fact"
    said = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    page = "|".join(re.escape(w) for w in sorted({w for a, b, at in verdict_pairs() if at == "page" for w in (a, b)},
                                                  key=len, reverse=True))
    # "total cap", "kinda sus": the intensifiers of data/verdict_words.csv are gone already (spelled_out);
    # "not", "so" and words of certainty stay part of what the headline says ("! So true", "not true")
    said = rf"(?:not |so |clearly |obviously |completely |complete |absolutely |definitely |pure |such )?(?:{said})"
    # "…, which is false", "… which is wrong", "… but that is not true": said of the claim, after it, comma or not
    outside = re.finditer(rf"(?:,\s*|\s+)(?:which|but (?:that|this|it)|and (?:that|this|it)|(?:that|this|it)) "
                         rf"(?:is|was|are|'s) (?:probably |clearly |obviously |totally )?({said})\s*[.!]?\s*$|"
                         # ", that's cap", "… and it's fake": the same, with "is" written as "'s"
                         rf"(?:,\s*|\s+)(?:and |but )?(?:that|this|it)'s (?:probably |clearly |obviously |totally )?"
                         rf"({said})\s*[.!]?\s*$|"
                         rf"\(\s*({said})\s*[.!]?\s*\)|^\s*({said})\s*[:!-]|"
                         # "… - false", "… -- a lie", "…. True.", "…, unproven": a verdict word on its own after the claim
                         rf"(?:\s*[-–—]+|[.!:,])\s*({said})\s*[.!]?\s*$|"
                         # "… in Raqqa no cap": a word said only of the page, at the end, judges the claim
                         rf"(?<!\ba)(?<!\ban)(?<!\bthe)\s({page})\s*[.!]?\s*$|"
                         # "Russia lies that …", "WSWS tells the truth about …": a verdict on the claim-maker
                         rf"\b({'|'.join(SAYER_VERDICTS)})\s+(?:that|about|when)\b",
                         low)
    # "…; Pentagon says that is false": the verdict is the Pentagon's, reported, not the headline writer's
    outside = [m for m in outside if not re.search(REPORTS_VERDICT, low[:m.start()])]
    rest = low
    for m in outside:  # each verdict once: what is read at the end is not read again inside
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    return list(dict.fromkeys([w for w in dict.fromkeys(re.findall(r"[a-z]+", low)) if w in judges] + [
        next(g for g in m.groups() if g) for m in outside] + inside_verdicts(rest)))


#: a reporting verb right before a verdict ("Pentagon says that is false"): someone else's verdict, reported
REPORTS_VERDICT = re.compile(r"\b(says?|said|claims?|claimed|insists?|insisted|argues?|argued|responds?|responded|"
                             r"replies|replied|adds?|added|counters?|countered|denies|denied|calls?|called)\s*$")


def scare_marks(headline: str) -> list[tuple[str, str]]:
    """The words a headline puts in scare quotes, each with a note: (words, note). The kit's one quotation finder
    (:func:`kit.segment.quotations`) judges them, with single marks read as double ones ("US 'rescued' ISIS"), never an
    apostrophe ("Russia's", "say's"); a whole quotation with its speaker ("WSWS: 'US rescued ISIS'") or a title is
    no scare quote. Lesson 03: the marks make the reader doubt the word (teacher 53 #12).

    >>> scare_marks("WSWS says US 'rescued' ISIS in Raqqa")[0][1]
    "The marks around 'rescued' make the reader doubt the word: take them out, or say whose word it is."
    >>> scare_marks("Russia's military says 'Pentagon trained ex-ISIS fighters'"), scare_marks("WSWS say's US helped")
    ([], [])
    """
    from ..segment import quotations

    marked = re.sub(r"(?<![\w'’])['‘]([^\W\d_](?:[^'‘’\n]{0,60}?[\w.!?])?)['’](?![\w'’])", r"“\1”", headline)
    found = [" ".join(marked[q["start"]:q["end"]].split()) for q in quotations(marked) if q["kind"] == "scare"]
    return [(words, f"The marks around '{words}' make the reader doubt the word{'s' * (' ' in words)}: take them "
             "out, or say whose word" + (" it is." if " " not in words else "s they are.")) for words in found]
