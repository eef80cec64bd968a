"""Verdicts: sentences that decide whether someone or something is right before anything is checked, read alike
in both directions from one data file of mirrored pairs (``data/verdict_words.csv``: true/false, honest/lying, …).
Deciding without checking, in a plan (trusting or dismissing the page or an actor), is :mod:`.stances`.

    >>> verdict_said("what russia says is lies.").side, verdict_said("what russia says is true.").side
    ('doubts', 'vouches')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import plan_steps as steps
from .verdict_lexicon import (  # noqa: F401  (public here too, where they were first)
    EXTRA_NOUNS,
    EXTRA_VERDICT_WORDS,
    NOT_FULLY_SURE,
    PERCENT,
    VERDICT_CACHE,
    page_only_words,
    plain_verdict_words,
    verdict_intensifiers,
    verdict_pairs,
    verdict_tone,
    verdict_words,
)

__all__ = ["verdict_pairs", "verdict_tone", "plain_verdict_words", "verdict_said", "verdicts_said", "verdict_words", "verdict_asked", "run_on_cut", "verdict_reason", "judged_first", "verdict_purpose", "inside_verdicts", "without_verdict_purpose", "without_intensifiers", "verdict_intensifiers", "page_only_words", "Verdict", "speaker_verdict", "verdict_subject", "DEED", "VERDICT_CACHE", "COPULA", "LINKING", "FRAMING", "NOT_FULLY_SURE",
           "PERCENT", "EXTRA_VERDICT_WORDS", "EXTRA_NOUNS"]


def without_intensifiers(low: str) -> str:
    """``low`` with every intensifier or softener next to a verdict word left out, and every other spelling of a
    verdict word written as listed (``data/verdict_words.csv``): "big cap", "cap fr", "100% cap", "prob cap" and
    "🧢" all read as "cap", one rule for every check; a percentage next to a verdict word is how sure the writer
    is, not a figure. Words away from a verdict word stay ("a big convoy", "100% of the fighters").

    >>> without_intensifiers("its prob cap"), without_intensifiers("wsws says us helped isis, 100% cap")
    ('its cap', 'wsws says us helped isis, cap')
    >>> without_intensifiers("lowkey sus tho"), without_intensifiers("that's cap fr"), without_intensifiers("a big convoy")
    ('sus tho', "that's cap", 'a big convoy')
    >>> without_intensifiers("wsws says us helped isis 🧢"), without_intensifiers("im not 100% sure its true")
    ('wsws says us helped isis, cap', 'im not sure its true')
    """
    low = re.sub(NOT_FULLY_SURE, "not ", low)
    words, spellings = verdict_intensifiers()
    for spelling, word in spellings.items():  # "… isis 🧢": an emoji after the words stands apart, as a tag
        low = re.sub(rf"(?<=[\w'\"”)])\s*{re.escape(spelling)}", f", {word}", low)
        low = re.sub(rf"{re.escape(spelling)}(?=\w)", f"{word} ", low).replace(spelling, word)
    if VERDICT_CACHE.get("strong") is None:
        said = sorted({w for a, b, _ in verdict_pairs() for w in (a, b)} | set(EXTRA_VERDICT_WORDS), key=len, reverse=True)
        said = "|".join(re.escape(w) for w in said)
        def stands(*where):
            found = sorted((w for w, at in words if at in where), key=len, reverse=True)
            return rf"(?:\b(?:{'|'.join(re.escape(w) for w in found) or '(?!)'})\b|(?<![\w.,]){PERCENT})"
        VERDICT_CACHE["strong"] = (
            re.compile(rf"(?:{stands('before', 'either')}\s+)+(?=(?:{said})(?![\w-]))", re.IGNORECASE),
            re.compile(rf"\b(?P<word>{said})(?:\s+{stands('after', 'either')})+(?!\w)", re.IGNORECASE))
    before, after = VERDICT_CACHE["strong"]
    return without_qualifiers(after.sub(lambda m: m.group("word"), before.sub("", low)))


#: a word that cannot qualify a noun: a grammar word, an adverb in -ly ("hardly", "partly"), a word that turns it
#: round; the first one after "is" may not be a verb in -ing or -ed either ("is fighting propaganda", "is labelled …")
NOT_QUALIFIER = r"(?:hardly|barely|scarcely|anything|nothing|maybe|perhaps|[a-z]+ly)\b"


def verdict_nouns() -> str:
    """One alternation of the verdict words of ``data/verdict_words.csv`` that are nouns, both sides: a word with an
    article ("a lie", "the truth": the noun after it) and a word that is also a noun in :data:`EXTRA_VERDICT_WORDS`
    or the plural of one with an article ("lies", "facts", "propaganda", "fake news").

    >>> [bool(re.fullmatch(verdict_nouns(), w)) for w in ("propaganda", "lies", "lie", "truth", "fake news", "biased")]
    [True, True, True, True, True, False]
    """
    verdict_pairs()
    if VERDICT_CACHE.get("nouns_of") is None:
        words = {w for a, b, after in verdict_pairs() if after in ("is", "page") for w in (a, b)} | set(EXTRA_VERDICT_WORDS)
        heads = {w.split(" ", 1)[1] for w in words if re.match(r"(?:a|an|the) \S", w)}  # "a lie": "lie"
        found = heads | {w for w in words if w in heads | {h + "s" for h in heads} or w in EXTRA_NOUNS
                         or re.search(r"\b(?:news|information|propaganda)$", w)}
        VERDICT_CACHE["nouns_of"] = "(?:" + "|".join(map(re.escape, sorted(found, key=len, reverse=True))) + ")"
    return VERDICT_CACHE["nouns_of"]


def without_qualifiers(low: str) -> str:
    """``low`` with the adjectives or nouns before a verdict noun said of something left out ("it's russian propaganda",
    "its a russian lie", "that's us government propaganda", "it is the Pentagon's truth"): the verdict is the same
    whoever it is said to come from, both sides alike, one reading for every check. A word that describes ("is about
    russian propaganda"), turns it round ("is hardly propaganda") or acts ("is fighting propaganda") is no qualifier.

    >>> without_qualifiers("its russian propaganda anyway"), without_qualifiers("it's an american lie")
    ('its propaganda anyway', "it's a lie")
    >>> without_qualifiers("it is about russian propaganda"), without_qualifiers("it is fighting russian propaganda")
    ('it is about russian propaganda', 'it is fighting russian propaganda')
    """
    if VERDICT_CACHE.get("qualified") is None:
        from ..words import FUNCTION_WORDS
        grammar = "|".join(sorted(map(re.escape, FUNCTION_WORDS - {"a", "an", "the"}), key=len, reverse=True))
        word = rf"(?!(?:{grammar}|{NOT_QUALIFIER})\b)(?!(?:a|an|the)\b)[a-z][a-z'’.-]*"  # "pro-russian" too
        VERDICT_CACHE["qualified"] = re.compile(
            rf"(\b(?:{COPULA}|its|thats|hes|shes|theyre)\s+{BETWEEN}(?P<det>(?:a|an|the|his|her|their|its)\s+)?)"
            rf"((?(det)|(?!\w+(?:ing|ed)\b)){word}(?:\s+{word}){{0,2}})\s+(?={verdict_nouns()}(?![\w'-]))|"
            # a noun phrase alone as a whole sentence ("russian propaganda lol.", "pro-us propaganda tho"): "it's …"
            rf"(?P<alone>^\W*|[.!?;]\s+)(?:{word}\s+){{1,3}}(?={verdict_nouns()}(?:\s+(?:tho|though|honestly))?\s*(?:[.!?;]|$|,?\s+but\b))")

    def kept(m) -> str:  # "an american lie": "a lie"
        if m.group("alone") is not None:
            return m.group("alone") + "it's "
        return re.sub(r"\ban(\s+)$", r"a\1", m.group(1)) if not re.match(r"[aeiou]", low[m.end():]) else m.group(1)
    return VERDICT_CACHE["qualified"].sub(kept, low)


class Verdict(NamedTuple):
    """A verdict found in a sentence: its words, which side of its pair ("vouches" or "doubts", after any "not"),
    and whether it judges the page itself ("it", "the article") rather than someone or something else."""
    words: str
    side: str
    on_page: bool


#: verbs that link a subject to what it is, as "is" does ("the claim looks sus", "it feels like propaganda", "he seems
#: honest"): one reading of a verdict's clause, for every check that reads one
LINKING = (r"(?:seems?|seemed|sounds?|sounded|looks?|looked|feels?|felt|appears?|appeared|remains?|remained)"
           r"(?: like| to be)?")
# a verdict is said after one of these ("is", "must be", "seems to be")
COPULA = (rf"(?:is|are|was|were|am|be|been|'s|'re|{LINKING}|must be|has to be|have to be|is being|are being)")
# words that may stand between "is" and the verdict; "not" and "never" turn it round
BETWEEN = (r"(?:(?:probably|clearly|obviously|definitely|certainly|surely|undoubtedly|just|simply|totally|completely|"
           r"all|pure|really|very|likely|always|never|not|only|so|quite|actually|basically|absolutely|entirely|usually|"
           r"often|mostly|100%|a|an|the|spreading|telling|reporting|saying|pushing|sharing|writing|giving|"
           r"(?<=telling )(?:us|me|you|people|readers|everyone|the public))\s+)*")
# where a verdict ends: the clause ends, or a word that goes on about it ("lying about …", "a reliable source")
ENDS = (r"(?=(?:\s+(?:the (?:truth|facts|real story)|it|everything|the story))?\s*(?:[.;:,!?)]|$)|\s+(?:and|but|so|because|about|here|in|on|too|tho|though|no cap|for real|either|as well|anyway|again|this time|"
        r"at all|to (?:us|me|you|people|everyone|readers|the public|the world))\b|\s+(?:news\s+)?(?:sources?|outlets?|"
        r"media|websites?|sites?|channels?|agenc(?:y|ies)|broadcasters?|reporters?|accounts?|information|stories|story|"
        r"reporting|journalism|journalists?|government|country)\b)")
# a verdict inside a question, a hedge or a check is not given: "to see if it is true", "maybe RT is lying, but …",
# "I'm not convinced X is lying", "I would check that the figure is right"
HEDGED = (r"\b(if|whether|maybe|perhaps|possibly|might|may (be|have)|could (be|have)|can (both )?be (true|right|correct)|"
          r"neither (\w+ )?(has|have|needs?) to be|not sure|unsure|not convinced|"
          r"i doubt|i suspect|(it is|it's) possible|check(?! out)|checks whether|verify|confirm|to see|find out|to know|wonder|"
          r"ask)\b(?:(?!\bbut\b)[^.;])*|[^.;!?]*\?")
# what a verdict on the page judges: the page, its writer, "it", everything in it (or nothing in it: turned round)
# what others say or think is reported, not the student's verdict: "people who say it is true", "RT claims it is
# false"; "I think …", "I would say …" stay the student's own
REPORTED = (r"(?<!\bi )(?<!\bi would )(?<!\bi really )(?<!\bwe )(?<!\bthe )(?<!\ba )(?<!\bits )"
            r"(?<!\btheir )(?<!'s )\b(say|says|said|saying|claim|claims|claimed|claiming|"
            r"think|thinks|thought|argue|argues|argued|call|calls|called|insist|insists|suggest|suggests|accuse|"
            r"accuses|accused)\b(?:(?!\bbut\b)[^.;])*")
# what the evidence is like is a finding, not a verdict: "the figures are not reliable", "the sources are unreliable"
#: verdict words that also name how a page frames a story: with the page's own words quoted, a finding (teacher 53 #5)
FRAMING = r"one[- ]?sided|slanted"
EVIDENCE = (r"\b(figures?|numbers?|sources?|statistics?|data|evidence|quotes?|quotations?|details?|words?|language|"
            r"tone|wording|links?|references?|dates?|sentences?|paragraphs?|photos?|pictures?|images?|videos?)\s*$")
PAGE = (r"(?:(?:the|this|that) (?:whole )?(?:article|story|page|text|writer|author|site|website|piece|headline)|"
        r"(?:the|this|that) whole thing|it|this|"
        r"that|(?:everything|all|nothing|none|most|some)(?: (?:of|in) (?:it|this|the article|the story|the page))?|"
        r"(?:everything|all) it says|what it says)")
# a sentence that is only a verdict word ("Sus tho.", "Cap fr.", "Fake."), or a clause after a comma that ends the
# sentence ("…, lowkey sus."): its subject, the page, is left out
FRAGMENT = (r"(^|[.!?;,]\s+)(?=(?:not |so |just |pure |all )?(?:{words})(?:\s+(?:tho|though|no cap|for real|"
            r"honestly))?\s*(?:[.!?;]|$))")
CLAUSE_CUT = r"[,;:]|\b(?:so|and|but|because|since|that|then|which|as|when|while|though|although|therefore)\b"


def verdict_pattern() -> re.Pattern:
    """The one pattern of every verdict in ``data/verdict_words.csv``, both sides, longest words first."""
    verdict_pairs()
    if VERDICT_CACHE.get("pattern") is None:
        def listed(kind):
            found = sorted({w for a, b, after in verdict_pairs() if after == kind for w in (a, b)}, key=len, reverse=True)
            return "|".join(re.escape(w) for w in found) or "(?!)"
        alone = listed("alone")
        VERDICT_CACHE["pattern"] = re.compile(
            rf"\b{COPULA}\s+(?P<between>{BETWEEN})(?:(?P<is>{listed('is')})|(?P<page>{listed('page')})){ENDS}"
            + rf"|\b(?P<alone>{alone}){ENDS}")
    return VERDICT_CACHE["pattern"]


def verdict_said(low: str) -> Verdict | None:
    """The verdict a lower-cased sentence gives, in either direction, or None: a word of ``data/verdict_words.csv``
    said of someone or something ("what russia says is lies", "the bbc's account is true", "so it is probably fake"),
    never inside a question, a hedge or a check ("to see if it is true", "i'm not convinced rt is lying").

    >>> verdict_said("i would not read on. rt is lying.")
    Verdict(words='lying', side='doubts', on_page=False)
    >>> verdict_said("it was on cnn, so it is not true.")
    Verdict(words='true', side='doubts', on_page=True)
    >>> verdict_said("i'm not convinced the kremlin is honest."), verdict_said("i would check whether the 4,000 is right.")
    (None, None)
    >>> verdict_said("people who say it is true"), verdict_said("rt is lying, so the article is right.").on_page
    (None, True)
    >>> verdict_said("the figures are not reliable without a source.")
    >>> verdict_said("rt is covering up the truth.").side, verdict_said("rt is telling us the truth.").side
    ('doubts', 'vouches')
    >>> verdict_said("what rt says is made-up.").words
    'made up'
    """
    said = verdicts_said(low)
    # "X is lying, so the article is right": the verdict on the page is the one the sentence acts on
    return next((v for v in said if v.on_page), said[0] if said else None)


def verdict_asked(low: str) -> str:
    """The verdict word a step asks about instead of naming what it would check ("check if its cap", "see whether
    the article is legit"), or "": a question a search cannot answer, either way. "a cap on numbers" is no verdict.

    >>> verdict_asked("next i would check if its cap"), verdict_asked("i'd see whether the article is legit")
    ('cap', 'legit')
    >>> verdict_asked("i would check who runs rt"), verdict_asked("check if it is a cap on numbers")
    ('', '')
    """
    found = re.search(rf"\b(?:if|whether)\s+{PAGE}\s*(?:'s|s\b|\s+(?:is|was|are|were))\s+{BETWEEN}"
                      rf"(?P<word>{verdict_words()})\b(?!\s+(?:on|of|for|to)\b)", spelled_out(low.replace("’", "'")))
    return found.group("word") if found else ""


#: a new clause that reports someone, right after a verdict word with no stop between: "… the bbc says …"
RUN_ON = r"(?=\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?[a-z]+\s+(?:says|said|claims|claimed|reports|reported|tells|told)\b)"


def run_on_cut(low: str) -> str:
    """``low`` with a full stop put after a verdict of the page that runs straight into a clause reporting someone
    ("thats cap the bbc says thousands left"): a run-on, typed with no stop. Only words that are verdicts and nothing
    else ("cap", "sketchy", "legit"), never the plain words of truth ("it is true the bbc says …" reports the BBC).

    >>> run_on_cut("that's cap the kremlin says thousands left"), run_on_cut("it is true the bbc says thousands left")
    ("that's cap. the kremlin says thousands left", 'it is true the bbc says thousands left')
    """
    if VERDICT_CACHE.get("run_on") is None:
        words = sorted({w for a, b, after in verdict_pairs() if after in ("is", "page") for w in (a, b)}
                       - plain_verdict_words(), key=len, reverse=True)
        VERDICT_CACHE["run_on"] = re.compile(rf"\b{COPULA}\s+{BETWEEN}(?:{'|'.join(map(re.escape, words))})" + RUN_ON)
    return VERDICT_CACHE["run_on"].sub(lambda m: m.group(0) + ".", low)


def fragment_clause(found: re.Match, low: str) -> str:
    """What a verdict word left on its own (a :data:`FRAGMENT` ``found`` in ``low``) is read as: "it's" and the word,
    a clause of its own after a comma ("…, lowkey sus."); a plain word after a comma ("…, true.") may agree, not judge.

    >>> import re
    >>> low = "russia says 4,000, sus."
    >>> fragment_clause(re.search(r"(, )(?=sus)", low), low), fragment_clause(re.search(r"(^)", "sus."), "sus.")
    ("; it's ", "it's ")
    """
    word = re.match(r"(?:not |so |just |pure |all )?([a-z]+)", low[found.end():])
    comma = found.group(1).startswith(",")
    if comma and word and word.group(1) in plain_verdict_words():
        return found.group(0)
    return ("; " if comma else found.group(1)) + "it's "


def verdicts_said(low: str) -> list[Verdict]:
    """Every verdict a lower-cased sentence gives, in order (:func:`verdict_said` gives the one it acts on).

    >>> [v.words for v in verdicts_said("the pentagon is right and so is silo, rt is lying.")]
    ['right', 'lying']
    """
    low = re.sub(r"\b(is|are|was|were|does|do|did|has|have|must|should|could|would)n't\b", r"\1 not",
                 re.sub(r"(?<=\w)-(?=\w)", " ", spelled_out(low.replace("’", "'"))))  # "made-up" as "made up"
    low = re.sub(r"\b(isnt|wasnt|doesnt)\b", lambda m: m.group(0)[:-2] + " not", low)
    # "what Russia says is lies": what someone says is the subject of the student's verdict, not a report of it
    low = re.sub(r"\b((?:what|whatever|everything|anything)(?: [\w']+){1,4}?) (?:says|said|claims|claimed|tells us)\b",
                 r"\1 states", low)
    if VERDICT_CACHE.get("fragment") is None:
        words = sorted({w for a, b, after in verdict_pairs() if after in ("is", "page") for w in (a, b)}, key=len,
                       reverse=True)
        VERDICT_CACHE["fragment"] = re.compile(FRAGMENT.format(words="|".join(re.escape(w) for w in words)))
    # "sus tho.": "it's" left out; "russia says 4,000, lowkey sus.": a clause of its own, not part of what was said
    low = VERDICT_CACHE["fragment"].sub(lambda m: fragment_clause(m, low), low)
    low = run_on_cut(low)  # "thats cap the bbc says …": the verdict ends where the reported clause begins
    low = re.sub(REPORTED, " ", re.sub(HEDGED, " ", low))
    said = [one_verdict(low, found) for found in verdict_pattern().finditer(low)
            if not re.search(EVIDENCE, re.split(CLAUSE_CUT, low[:found.start()])[-1])
            and not (found.group("page") and re.search(r"\b(a|an)\b", found.group("between")))]  # "it is a cap on …"
    return [v for v in said if v.on_page or v.words not in page_only_words()]  # "the ball's spin": only of the page


#: a reason given after a step ("…, because it's sus", "… cuz its legit"): what follows is why, not what it shows
REASON = r",?\s*\b(?:because|cuz|cos|coz|cause|'cause|since)\b\s+(?P<why>[^.;!?]+)[.;!?]?\s*$"


def verdict_reason(low: str) -> tuple[str, str]:
    """(the step, its reason) for a lower-cased sentence that takes a step and gives a verdict as its reason ("i
    would look up who funds the outlet, because it's kinda sus"), either way; ("", "") when the reason is no verdict,
    or there is no step before it.

    >>> verdict_reason("i would look up who funds the outlet, cuz its kinda sus.")
    ('i would look up who funds the outlet', "it's sus")
    >>> verdict_reason("i would look up who funds the outlet, because it's legit."), verdict_reason("it's sus, because rt said so.")
    (('i would look up who funds the outlet', "it's legit"), ('', ''))
    >>> verdict_reason("i would search for other reports, because the article gives no link.")
    ('', '')
    >>> verdict_reason("i would not read on because rt is spot on.")
    ('', '')
    """
    found = re.search(REASON, spelled_out(low))
    if found is None:
        return judged_first(spelled_out(low))
    step, why = spelled_out(low)[:found.start()].strip(" ,"), found.group("why").strip()
    if (verdict_said(why) is None or verdict_said(step) is not None or not re.search(steps.STEP_VERB, step)
            or re.search(r"\b(not|never)\b|n't\b", step)):  # "i would not read on because …": no step
        return judged_first(spelled_out(low))  # "since it is biased, i would …": the judgement comes first
    return step, why


#: a judgement given first and the step after it ("the article is one sided, so i would …", "since it is biased, i'd …")
JUDGED_FIRST = (r"^\W*(?:since |because |as )?(?P<why>[^.;!?]+?)(?:,\s*(?:and\s+)?so|\s+(?:and\s+)?so|,)\s+"
                r"(?P<step>i(?: would| will| could|'d|'ll)?\s[^.;!?]*)[.;!?]?\s*$")


def judged_first(low: str) -> tuple[str, str]:
    """(the step, the judgement before it) for a lower-cased sentence that says how the page covers the story and then
    takes a step ("the article is one sided, so i would find the bbc report"): the same judgement words, for every
    side, as a reflection's reason is read with (:func:`kit.exercises.glued_verdicts.judged_clause`); ("", "") for
    any other sentence (a deed, "the pentagon covered it up, so i would …", is read by :mod:`.stances`).

    >>> judged_first("the article is pro-russian, so i would find the bbc report.")
    ('i would find the bbc report', 'the article is pro-russian')
    >>> judged_first("the pentagon covered it up, so i would find the bbc report."), judged_first("i would find it.")
    (('', ''), ('', ''))
    >>> judged_first("rt is biased, so i would not read more."), judged_first("rt is spreading propaganda, so i would read tass.")
    (('', ''), ('', ''))
    """
    from .glued_verdicts import judged_clause  # lazily: glued_verdicts reads the words of this module

    found = re.match(JUDGED_FIRST, low)
    judged = judged_clause(found.group("why")) if found else None
    if (judged is None or judged[1] != "covers" or not re.search(steps.STEP_VERB, found.group("step"))
            or re.search(r"\b(not|never)\b|n't\b", found.group("step"))):  # "…, so i would not read on": no step
        return "", ""
    return found.group("step").strip(" ,"), found.group("why").strip()


#: what a step is for, asked as a yes-or-no question ("to see if …", "and see whether …")
PURPOSE_ASKS = (r"\b(?:to (?:see|check|find out|know|tell|learn)|(?:and|so (?:that )?(?:i|we)(?: can| could)?) see|"
                r"find out|check)\s+(?:if|whether)\s+(?P<what>[^.;,!?]+)")


#: a plain verdict's subject that is someone ("if he/kirby is lying": a verdict; "if the story is true": a purpose)
OF_SOMEONE = (r"\s*(?:he|she|they|(?:the\s+)?(?!(?:it|this|that|what|all|everything)\b)[a-z][\w.-]*(?:\s[a-z][\w.-]*)?"
              r"(?<!claim)(?<!report)(?<!account)(?<!statement))(?:'s|'re|\s+(?:is|was|are|were))\s")
#: a verdict word that is a verb in "-ing" ("lying", "covering up", "misleading people") names what a speaker does:
#: asked as a step's purpose ("to see if its lying") it judges the speaker, whoever "it" or "they" is
DEED = r"[a-z]+ing\b"


def verdict_purpose(low: str) -> bool:
    """True when what a lower-cased step is for is only a verdict ("… to see if its sus", "… to see if it's cap",
    "… to check whether they are legit"), either way: it does not say what the step would show. A question about what
    is found ("to see if it gives the same number", "to see if the figure is right") is a purpose.

    >>> verdict_purpose("look up who runs wsws to see if its sus"), verdict_purpose("google it to see if it's legit")
    (True, True)
    >>> verdict_purpose("find the bbc report to see if it gives the same number"), verdict_purpose("to see if the figure is right")
    (False, False)
    >>> verdict_purpose("check reuters to see if the article is right"), verdict_purpose("to see if the story is true")
    (False, False)
    >>> verdict_purpose("google peskov and see if hes lying"), verdict_purpose("look up kirby to see if kirby is honest")
    (True, True)
    >>> verdict_purpose("google wsws to see if its lying"), verdict_purpose("google rt to see if theyre lying")
    (True, True)
    """
    return without_verdict_purpose(low) != low


def without_verdict_purpose(low: str) -> str:
    """``low`` without what a step is for when that is only a verdict (:func:`verdict_purpose`): where it goes stays.

    >>> without_verdict_purpose("then google it to see if its cap"), without_verdict_purpose("google the bbc report")
    ('then google it  ', 'google the bbc report')
    """
    def only_a_verdict(m) -> bool:
        said = verdict_said(m.group("what"))
        return said is not None and (said.words not in plain_verdict_words() or bool(re.match(DEED, said.words)) or
                                     not said.on_page and bool(re.match(OF_SOMEONE, m.group("what"))))

    bare = re.sub(PURPOSE_ASKS, lambda m: " " if only_a_verdict(m) else m.group(0), spelled_out(low))
    return bare if bare.split() != spelled_out(low).split() else low


#: someone's words as what a verdict judges ("lavrov's words are lies", "the pentagon's statement is made up"): the
#: speaker's words, not the page and not what the evidence is like
SPEAKERS_WORDS = (r"\b(?!(?:the|this|that|its?|article|story|page|text|writer|author|site|website)'s\b)([a-z][\w.-]*)"
                  r"(?:'s|s') (?:own )?(?:words|quotes?|quotations?|statements?|remarks|claims?|speech|comments?)\b")
#: what someone said as what a verdict judges ("what mattis said is a lie"), someone other than the page
SAID_BY_SOMEONE = (r"\bwhat (?!(?:it|this|that|the (?:article|story|page|text|writer|author|site|website))\b)"
                   r"[a-z][\w.' -]{0,40}? (?:said|says|claimed|claims|told)\b")


def speaker_verdict(low: str, original: str = "") -> Verdict | None:
    """The verdict a lower-cased sentence gives on a speaker's words, either way: said of someone's words ("lavrov's
    words are lies", "what mattis said is a lie") or of a speaker (he, she, they, a government the gazetteer knows, or
    a name, capitalised in the ``original`` sentence: "Lavrov is lying", "Mattis is honest"); None for a verdict on the
    page or on a claim, or for none. The same for every side and both directions.

    >>> speaker_verdict("lavrov is lying.", "Lavrov is lying.").side, speaker_verdict("the pentagon is honest.").side
    ('doubts', 'vouches')
    >>> speaker_verdict("mattis's words are lies.").words, speaker_verdict("what peskov said is made up.").words
    ('lies', 'made up')
    >>> speaker_verdict("the claim is false.", "The claim is false."), speaker_verdict("the article is lying.")
    (None, None)
    """
    words = re.search(SPEAKERS_WORDS, low) or re.search(SAID_BY_SOMEONE, low)
    said = verdict_said(re.sub(SPEAKERS_WORDS, r"\1", low))
    if said is None or said.on_page:
        return None
    subject, typed = verdict_subject(low, said, original)
    named = any(w[:1].isupper() for w in typed.split() if w.lower() not in ("the", "a", "an", "i", "it", "this", "that"))
    speaker = bool(re.fullmatch(r"(?:he|she|they)", subject) or subject and steps.party_group(subject) or named)
    return said if words or speaker and not re.search(EVIDENCE, subject) else None


def verdict_subject(low: str, said: Verdict, original: str = "") -> tuple[str, str]:
    """(the subject a verdict ``said`` in a lower-cased sentence is said of, that subject as typed in ``original``
    or ""): "wsws is propaganda." gives ('wsws', 'WSWS') with the sentence as typed.

    >>> verdict_subject("wsws is propaganda.", verdict_said("wsws is propaganda."), "WSWS is propaganda.")
    ('wsws', 'WSWS')
    """
    low = re.sub(r"(?<=\w)-(?=\w)", " ", low)  # "one-sided" is read as "one sided"
    at = low.find(said.words)
    subject = re.sub(rf"\s*\b{COPULA}\b.*$", "", re.split(CLAUSE_CUT, low[:max(at, 0)])[-1]).strip()
    subject = re.sub(r"^(?:i (?:think|believe|feel)(?: that)? )", "", subject)
    typed = original[original.lower().find(subject):][:len(subject)] if subject and subject in original.lower() else ""
    return subject, typed


def inside_verdicts(low: str) -> list[str]:
    """The verdict words of ``data/verdict_words.csv`` inside a lower-cased headline, where they judge the claim
    or its parties ("wsws says sus us deal …", "russia says legit pentagon trained …"), in either direction. A word
    with a plain meaning before "of", "with", "in" … or a verb in "-ing" ("made up of", "rigged with explosives",
    "fake fighting" for "pretends") is not a verdict; a verb form ("invented", "lying", "checks out") is one only
    where it names no deed: at the start, or after "says", "the" or a colon; one that is another party's reply
    ("…, pentagon says that's cap") is reported. Words said only of the page ("cap", "spin") are read at the end.

    >>> inside_verdicts("wsws says sus us deal saved isis"), inside_verdicts("russia says legit pentagon trained them")
    (['sus'], ['legit'])
    >>> inside_verdicts("sdf made up of kurdish units"), inside_verdicts("russia says us invented isis")
    ([], [])
    >>> inside_verdicts("the pentagon is fake fighting isis"), inside_verdicts("russia says invented pentagon claim")
    ([], ['invented'])
    >>> inside_verdicts("wsws says us helped isis, it is a sketch"), inside_verdicts("wsws says us helped isis, kinda sketch")
    ([], ['sketch'])
    """
    page = page_only_words()
    found = []
    for vouch, doubt, after in verdict_pairs():
        for word in (vouch, doubt):
            if word in page or word in found:
                continue
            verb = after == "alone" or re.search(r"(ed|ing)$|^(lies|lie)$", word.split()[0])
            for m in re.finditer(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])(?!\s+(?:of|with|in|on|to|by|as|for|"
                                 rf"from|at|about|into|up|down|out|off)\b|\s+\w+ing\b)", low):
                before = low[:m.start()]
                if re.search(r"\b(?:says?|said|claims?|insists?|argues?|responds?|replies|replied|adds?|counters?|"
                             r"denies|calls?|called)\s+(?:(?:that|this|it)(?:'s|\s+(?:is|was))?\s+)(?:not\s+)?$", before):
                    continue  # "…, pentagon says that's false": a reply, reported
                if verb and not re.search(r"(?:^|:|\b(?:says?|said|the|a|an|this|that))\s*$", before):
                    continue  # "russia says us invented isis": the deed the claim is about
                if word in VERDICT_CACHE["nouns"] and re.search(r"\b(?:a|an|the|this|that)\s*$", before):
                    continue  # "it is a sketch", "the sketch shows …": the plain noun (a "noun" row)
                found.append(word)
                break
    return sorted(found, key=lambda w: low.find(w))


def one_verdict(low: str, found: re.Match) -> Verdict:
    """The verdict of one match of :func:`verdict_pattern` in ``low``: its words, its side, and what it judges."""
    words = found.group("is") or found.group("page") or found.group("alone")
    side = next("vouches" if words == a else "doubts" for a, b, _ in verdict_pairs() if words in (a, b))
    turned = len(re.findall(r"\b(not|never)\b", found.group("between") or ""))
    subject = re.split(CLAUSE_CUT, low[:found.start()])[-1].strip()
    if not subject and re.search(r"\bthat\s*$", low[:found.start()]):  # "that's cap": "that" is the subject
        subject = "that"
    run_on = re.search(r"\b(?:it|this|that|them) (it|this|that)$", subject)  # "i don't trust it it's fake": two clauses
    subject = run_on.group(1) if run_on else subject
    on_page = (bool(re.fullmatch(PAGE, subject)) if found.group("is") or found.group("page") else
               bool(re.search(rf"\b{PAGE}\s*$", subject)))
    turned += bool(re.match(r"(nothing|none)\b", subject))
    if turned % 2:
        side = "doubts" if side == "vouches" else "vouches"
    return Verdict(words, side, on_page)

#: "dont", "wont", "its fake", "thats cap": the apostrophe students often leave out, put back where the word cannot
#: be another ("its", "hes", "shes" only before a verdict of data/verdict_words.csv, so "its claims" stays)
MISSING_APOSTROPHE = re.compile(r"\b(don|won|wouldn|isn|can|doesn|shouldn|didn|aren|couldn|wasn)t\b")
ITS_BEFORE = r"(?:all |just |obviously |clearly |so |straight |pure |not )?"

def spelled_out(low: str) -> str:
    """``low`` with the apostrophes of "don't", "won't", "that's", "it's fake" … put back where a student left them
    out: the one spelling repair made before any verdict word is read ("its" before a verdict of
    ``data/verdict_words.csv``, either side, only).

    >>> spelled_out("its fake, i wont check it"), spelled_out("its claims are fake")
    ("it's fake, i won't check it", 'its claims are fake')
    >>> spelled_out("thats cap tho"), spelled_out("its legit no cap"), spelled_out("its cap, wouldnt bother")
    ("that's cap tho", "it's legit no cap", "it's cap, wouldn't bother")
    >>> spelled_out("see if hes lying"), spelled_out("shes so biased"), spelled_out("hes a reporter")
    ("see if he's lying", "she's so biased", 'hes a reporter')
    >>> spelled_out("see if theyre lying"), spelled_out("theyre reporters")
    ("see if they're lying", 'theyre reporters')
    """
    verdict_pairs()
    if VERDICT_CACHE.get("its") is None:
        words = sorted({w for a, b, _ in verdict_pairs() for w in (a, b)} | set(EXTRA_VERDICT_WORDS), key=len, reverse=True)
        VERDICT_CACHE["its"] = re.compile(rf"\b(?:(it|he|she)s|(they|you)re) (?={ITS_BEFORE}(?:{'|'.join(map(re.escape, words))})\b)")
    low = re.sub(r"\bthats\b", "that's", MISSING_APOSTROPHE.sub(r"\1't", without_intensifiers(low)))
    return VERDICT_CACHE["its"].sub(lambda m: f"{m.group(1)}'s " if m.group(1) else f"{m.group(2)}'re ", low)
