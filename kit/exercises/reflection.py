"""The reflection rubric (lesson 06, Exercise 1): what a written reflection on the analysis does, sentence by
sentence: names what the analysis showed, points at the text, asks what to check elsewhere.

    >>> check_reflection("Too short.").status
    'beginning'
"""

from __future__ import annotations

import functools
import re

from .actor_verdicts import (
    CLAIM_VERDICT,
    OPEN_QUESTION,
    PAGE_ACTOR,
    REPORTS_THE_ARTICLE,
    claim_verdict,
    verdict_on_anyone,
    without_reports,
    without_sure_percent,
)
from .evidence import (
    QUOTED,
    article_text,
    exact_quotes,
    misfigure_note,
    misfigured,
    misplaced_figures,
    misquote_note,
    misquoted,
    near_copy,
    unchecked_figure_note,
    unchecked_figures,
)
from .figure_counts import says_what_counts
from .finding_facts import (
    fact_notes,
    institution_judged,
    institution_note,
    own_pattern_label,
    unflagged_words,
)
from .glued_verdicts import (
    BOTH,
    EVERYONE,
    deciding_clause,
    judged_clause,
    kept_reason_note,
    page_verdict_sides,
    reason_as_said,
    reasoned_verdict,
    verdicts_apart,
)
from .prose import copied_note, copied_sentences, length_asked, length_note
from .quoted_words import unquoted_named
from .reading import guarded
from .reason_checks import plain_claim_note, reason_note, reason_sentences, side_notes, swapped_actor_note
from .result import BEGINNING, EMERGING, MASTERY, CheckResult
from .seeking import ASK_VERBS, SEEKS
from .source_names import naming_notes
from .tries import counts_tries
from .verdicts import FRAMING, speaker_verdict, spelled_out, verdict_intensifiers
from .written import (
    SOURCE_THINGS,
    dismisses_or_trusts,
    sentences_of,
    shorten,
    spelled_as_meant,
    word_count,
    written_answer,
)

__all__ = ["check_reflection", "dismisses_article", "reflection_vocabulary", "length_asked", "REFLECTION_PARTS"]

# what a reflection on the analysis can do, sentence by sentence
REFLECTION_PARTS = {
    "names what the analysis showed": (
        r"\b(loaded|label|labels|hedg\w*|booster\w*|quot\w+|sources?|cit(e|es|ed|ing)|attribut\w+|"
        r"verbs? of saying|claim\w*|frame\w*|naming|names?|headline\w*|reading level|figures?|vague|"
        r"anonymous|voice|tone|said|word lists?|the kit|counts?|per 1,?000|emotional (words?|phrases?|language)|"
        r"(uses|used|chooses|chose) ((lots|a lot) of |many |so many )?((loaded|strong|biased|charged) )?"
        r"(words?|phrases?|language)|"
        r"to make (you|us|readers|the reader|people) (feel|angry|afraid|scared|hate|think)|"
        # who gets to speak, in any words: "gives more space to people against it", "only the mayor speaks for it"
        r"(gives?|giving|gave) (more |most |less |little |no )?(space|voice|room|time|a voice)|one[- ]?sided?|balanc\w*|"
        # what the page calls something, in its own words: "it calls the war on terror fake news" (teacher 57 #2)
        r"(it|article|writer|author|text|[a-z]+(-[a-z]+){2,}) (calls?|called|describes?|described)|"
        r"speaks? (for|against)|(more|fewer) (people|voices|sources|officials|experts)|"
        r"(the )?(analysis|tables?|highlights?) (showed|shows|found|finds)|"
        # where a claim or a number comes from, or that nobody says: what the sourcing tables show
        r"(does not|doesn't|did not|didn't|never) (say|says|name|names|tell) (who|where)|"
        r"(comes?|came) from (the |a |an )?[a-z]+ (story|report|article|statement|briefing|ministry|spokesman))\b"),
    "points at the text": (r"[\"“'‘][^\"”'’]*[a-z][^\"”'’]*[\"”'’]|\d|\bfor example\b|\be\.g\.|\bsuch as\b|"
                           r"\bparagraph\b|\bsentence\b|\bthe word\b|\b(words?|phrases?|terms?|language) like [a-z]"),
    "asks what to check elsewhere": (
        r"\b(check|verify|look up|search|find out|compare|original|other (sources|outlets|reports|accounts)|"
        r"i would (want|like) to know|i wonder|question|primary|press release|transcript|"
        # "I don't know what the BBC report says" asks something; "I don't know." alone does not
        r"(still )?(do not|don't|did not|didn't) (yet )?know (what|who|whether|if|how|where|why|when|which|the|about)|"
        r"not sure (what|who|whether|if)|next|idk (what|who|whether|if|how|where|why|when|which)|"
        r"(still )?(need|want|have|would like) to (know|find out|see|learn|read)|"
        r"to (see|find out|know) (if|whether)|" + SEEKS + r")\b"),  # "I'd try to find …": where to look (t53 #3, t54 #10)
}
#: a doubt about whom to believe ("idk who to believe", "I'm not sure who is right"): it states a doubt, not a check
DOUBT_ONLY = (r"\b(?:idk|i (?:do not|don't|dont) know|i'm not sure|i am not sure|not sure|no idea)\s+(?:who|which (?:side|one)|"
              r"what)\s+(?:to (?:believe|trust)|(?:is|was) (?:right|true|telling the truth|lying))\b")
# an example's dots left in ("The kit flags words like … as loaded"): nothing found yet; dots inside a quotation
# (the article's words cut) or at the end of a sentence are the student's own
UNFILLED = r"(…|\.\.\.)\s*[A-Za-z]"
# a sentence that plans ("i would check other sources", "we need to find out …"): what to check, never a finding
PLANS = r"\W*(i|we)( still| also| then| first| really)? (would|will|could|should|might|want|need|'d|am going|plan)\b"
# a reflection that calls the article false without checking it dismisses it (quoted words such as a scare-quoted
# “fake news” are taken out first: pointing at them is not a verdict)
REFLECTION_DISMISS = (r"\b(fake news|nothing (in it |it says |in the article )?(is|was) (true|right|accurate|real)|"
                      r"(is|are|it's|was)( (?!not\b|never\b|n't\b|about\b|against\b|on\b|from\b|by\b|with\b|in\b|for\b)[a-z]+){0,2} (lies|lying|propaganda|rubbish|nonsense|"
                      r"made up(?! of)|untrue|a lie|a hoax|fake|false)\b|(cannot|can't|can not) be trusted|"
                      r"(is|it's) (not|never) true)")
def dismisses_article(sentence: str) -> bool:
    """True when a sentence gives the student's own verdict that the article is false, without checking.

    What the article says or calls others is the article's move ("it says they are lying"), and a quoted word
    (a scare-quoted “fake news”) is the article's word: neither is a verdict. "I would say" stays the student's.

    >>> dismisses_article("It is propaganda so it is false.")
    True
    >>> dismisses_article("It only quotes US officials and then says they are lying.")
    False
    >>> dismisses_article("The article says the officials are lying, but it is just propaganda itself.")
    True
    >>> dismisses_article("I would check whether the 4,000 is true or false."), dismisses_article("It was made up of 40 lorries.")
    (False, False)
    >>> dismisses_article("Maybe it is propaganda, but I would check."), dismisses_article("I used to think it was lies, but now I am not sure.")
    (False, False)
    >>> dismisses_article("The article is pro-russian."), dismisses_article("The article is pro-american.")
    (True, True)
    """
    low = sentence.lower().replace("’", "'")
    low = re.sub(r"[\"“‘][^\"”’]*[\"”’]|(?<!\w)'[^']*'(?!\w)", " ", low)

    own = without_reports(low)
    own = re.sub(r"\b(which (part|parts|claims?|bits?|one)|what)\b[^.;]*", " ", re.sub(OPEN_QUESTION, " ", own))  # a question
    judged = [clause for clause in re.split(r"[.;!?:]|,\s|\b(?:because|cuz|since|as|so|but)\b", own)
              if (judged_clause(clause) or ("", ""))[1] == "covers"]  # "it is pro-russian", with no reason (t57 #4); the
    # words of FRAMING are read by verdict_said, and with the article's own words quoted are round 29's finding (t53 #5)
    return (dismisses_or_trusts(own) == "dismisses" or bool(re.search(REFLECTION_DISMISS, own))
            or any(not re.search(rf"\b(?:balanced|fair|unbiased|neutral|{FRAMING})\b", clause) for clause in judged))


# a reflection that takes the article's claim (or a report it cites) as proven: "the article proves …", "because the
# BBC confirmed it", "so the article is right" (not in a clause with if/whether, nor negated)
REFLECTION_PROVEN = (r"(?<!\bnot )(?<!n't )(?<!never )\b(proves?|proved|is proven|is proof)\b(?! (whether|if)\b)|"
                     r"\b(because|since|as) [^.;,]{0,40}\bconfirm(s|ed)\b|\bconfirm(s|ed) (it|this|that it|that this)\b|"
                     r"\bso (the article|it|the writer|they) (is|are|was|must be) (right|correct|true)\b")
SURELY = r"(definitely |completely |totally |clearly |obviously |certainly |surely |undoubtedly )?"
REFLECTION_TRUST = (r"\b((?<!before )(?<!until )(?<!unless )i (completely |fully |totally )?(trust|believe) (it|the article|this|the page)|"  # trusting it, or nothing to check: never mastery
                    r"(don't|do not|no|never) need to (check|verify|look)|nothing (else )?to check|"
                    rf"(is|it's) {SURELY}(true|reliable|accurate|trustworthy)|"
                    rf"(the (article|writer|author|story|text)|it|this) (is|must be|was) {SURELY}(right|correct|honest)|"
                    r"everyone should believe)")
# the mirror of trusting it: not trusting or not believing it, with no check ("I don't believe the article")
REFLECTION_DISTRUST = (r"\bi (do not|don't|never|cannot|can't|won't|would not|wouldn't) (trust|believe) (it|the article|this|"
                       r"the page|the writer|the author|them)\b(?![^.;]*\b(until|before|unless|without|if|yet)\b)")


@functools.cache
def reflection_vocabulary() -> frozenset:
    """The words the reflection rubric looks for (4 letters or more), to read a misspelt reflection as meant."""
    # not the verbs of asking ("write", "call"): "the White House" is never "the write house"
    plain = [re.sub(r"\\[a-zA-Z]", " ", p.replace(ASK_VERBS, " ")) for p in [*REFLECTION_PARTS.values(), REFLECTION_TRUST,
                                                                         CLAIM_VERDICT]]
    return frozenset(w for p in plain for w in re.findall(r"[a-z]{4,}", p))


# what each task's reflection is about, in its own words: lesson 06's (the analysis of one article) and lesson 03's
# (task="sources": accounts of one event, some the kit holds, like the spokesman's words and the five articles, and
# some it does not, like the BBC report: words quoted from those are not checked, and the prompt asks for no
# quotation marks)
TASKS = {
    "analysis": {"names what the analysis showed": " (what a highlight or a table found, e.g. “The kit flags … as "
                 "loaded”, with the dots filled in)",
                 # an unquoted word is not counted (student 33 #6): say so
                 "points at the text": " (the article's own words in quotation marks, exactly as it writes them: "
                 "a word without quotation marks is not counted)",
                 "held": "the article", "copy": " (copy them from the highlighted text)", "outside": False,
                 "quotes needed": True},
    "sources": {"names what the analysis showed": " (what each account counts, or which account an article uses, "
                "e.g. “The spokesman counts … while russia-charges-pentagon counts …”, with the dots filled in)",
                "points at the text": " (a figure or words from one of the accounts, saying whose they are)",
                "asks what to check elsewhere": " (what would change your mind, and where you would look)",
                "held": "the spokesman's words or the five articles", "copy": "", "outside": True,
                # what 03 asks: which account an article uses, what it leaves out, where the accounts differ
                "finding": r"\b(uses?|used|using|leaves? out|left out|leaving out|differ|differs|different (people|"
                           r"things|groups?))\b|"
                           # what the accounts leave unsaid: "neither article mentions …", "the articles dont mention …"
                           r"\b(neither|none of)\b[^.;]*\b(mentions?|says?|gives?|counts?|names?|talks? about)\b|"
                           r"\b(do not|don'?t|does not|doesn'?t|did not|didn'?t|never) (mention|say anything about|"
                           r"give|count|name|talk about)\b|"
                           # two accounts set side by side: "the bbc says thousands … but the spokesman says less"
                           r"\b(says?|counts?|gives?|reports?)\b[^.;]*(\b(but|while|whereas|although)\b[^.;]*|[,;] "
                           r"(\w+ ){1,3})\b(says?|counts?|gives?|reports?)\b",  # or "…, russia says …" (student 43 #1)
                "quotes needed": False},
}
# 03 asks what would change the student's mind: "I would change my mind if the BBC report …" names what to check
CHANGE_MIND_IF = (r"\bchange (my|your|our) mind\b[^.;]*\b(if|when|unless)\b|\b(if|when|unless)\b[^.;]*\bchange (my|your|our) "
                  r"mind\b|\bchange (my|your|our) mind\b.*(\b" + SOURCE_THINGS + r"\b|\b(web ?)?sites?\b|\.(gov|org|com|ru)\b)|"  # …: the BBC report
                  # a mind changed in other words, with a place to look: "if the BBC report counted fighters too I would
                  # believe the 4,000 more, so I would read it" (student 48 #5)
                  r"^(?=.*\b(" + SOURCE_THINGS + r"|(web ?)?sites?)\b).*?(\b(if|unless)\b[^.;]*\b(believe|trust|doubt)\b[^.;]{0,40}\b"
                  r"(more|less)\b|\b(believe|trust|doubt)\b[^.;]{0,40}\b(more|less)\b[^.;]*\b(if|unless)\b)")


#: a sentence that credits a figure to someone: "the spokesman says 3,500 …", "Silo counts 4,000"
GIVES_FIGURE = r"\b(says?|said|counts?|counted|gives?|gave|reports?|reported)\b[^.;]*\d"


def side_by_side(sentences: list, apart: set = frozenset(), wrong=lambda sentence: False) -> list:
    """``sentences`` with two in a row that each credit a figure to an account ("the spokesman says 3,500 ….
    russia-charges-pentagon says 4,000 …") read as one: together they set the accounts side by side, as "… while …"
    does in one sentence (student 48 #5); a sentence in ``apart`` (a verdict set apart, pasted words), or one whose
    figure is ``wrong`` (given to an account that does not give it: no comparison yet), stays alone.

    >>> side_by_side(["The spokesman says 3,500 left.", "Silo says 4,000 left.", "I would check the transcript."])
    ['The spokesman says 3,500 left. Silo says 4,000 left.', 'I would check the transcript.']
    >>> side_by_side(["The spokesman says 3,500 left.", "I would check the 4,000."])
    ['The spokesman says 3,500 left.', 'I would check the 4,000.']
    """
    finding, out = TASKS["sources"]["finding"], []
    for sentence in sentences:
        prev = out[-1] if out else ""
        alone = [s.lower() for s in (prev, sentence) if s and s not in apart and re.search(GIVES_FIGURE, s.lower())
                 and not re.search(finding, s.lower()) and not re.match(PLANS, s.lower())]
        if len(alone) == 2 and re.search(finding, alone[0].rstrip(" .!") + " while " + alone[1]) and not (
                wrong(prev) or wrong(sentence)):
            out[-1] = f"{prev} {sentence}"
        else:
            out.append(sentence)
    return out


def judged_thing(task: str = "analysis") -> str:
    """What a verdict in a reflection judges, in the task's words: lesson 06 reads one article, lesson 03
    (``task="sources"``) several accounts, a spokesman's words among them (student 39 #7).

    >>> judged_thing(), judged_thing("sources")
    ('the article', 'an account')
    """
    return "the article" if task == "analysis" else "an account"


def add_parts(missing: list, task: str = "analysis") -> str:
    """What to add for the parts a reflection misses, with an example of a finding (students asked what counts),
    in the words of the ``task`` (a key of ``TASKS``).

    >>> print(add_parts(["asks what to check elsewhere"]))
    Add a sentence that asks what to check elsewhere.
    >>> add_parts(["names what the analysis showed"]).split(": ")[0]
    'Add a sentence that names what the analysis showed (what a highlight or a table found, e.g. “The kit flags … as loaded”, with the dots filled in).'
    >>> print(add_parts(["points at the text"], "sources"))
    Add a sentence that points at the text (a figure or words from one of the accounts, saying whose they are).
    """
    parts = [part + TASKS[task].get(part, "") for part in missing]
    return "Add a sentence that " + " and one that ".join(parts) + "."


def finds_in(clause: str, task: str = "analysis") -> bool:
    """True when a clause names a finding or points at the text, in the ``task``'s words, and gives no verdict of
    its own: the reason a verdict gives that is a finding (:func:`kit.exercises.glued_verdicts.reasoned_verdict`).

    >>> finds_in("the 2 board members who voted no are not quoted"), finds_in("the writer hates them")
    (True, False)
    >>> finds_in("they count different people", "sources"), finds_in("it is propaganda and quotes nobody")
    (True, False)
    """
    low = spelled_out(clause.lower().replace("’", "'"))
    if verdict_on_anyone(low)[0] is not None or re.search(CLAIM_VERDICT, low) or dismisses_article(clause):
        return False
    if re.match(rf"\W*(?:it|this|{PAGE_ACTOR})\s+{REPORTS_THE_ARTICLE}", low):  # "it says the Pentagon colluded …"
        return True
    return any(re.search(REFLECTION_PARTS[part], low) for part in ("names what the analysis showed",
                                                                  "points at the text")) or bool(
        re.search(TASKS[task].get("finding", "(?!)"), low))


def points_past(sentence: str, not_in_article: list) -> bool:
    """Whether a sentence still points at the text once the words and figures the article does not have are
    taken out (a figure the article lacks is no example of it).

    >>> points_past("idk if the 9000 number is real", ["9000"]), points_past("the word 'war' and 9000", ["9000"])
    (False, True)
    """
    low = sentence.lower()
    for cited in not_in_article:
        low = re.sub(r"[\"“'‘]?" + re.escape(cited.lower()) + r"[\"”'’]?", " ", low)
    return bool(re.search(REFLECTION_PARTS["points at the text"], low, flags=re.IGNORECASE))


def quotes_words(sentence) -> bool:
    """True when a sentence holds words in quotation marks (the example a reflection quotes).

    >>> quotes_words("The kit flags 'merciless' as loaded."), quotes_words("I would check the 4,000.")
    (True, False)
    """
    return bool(sentence) and bool(re.search(QUOTED, sentence))


@counts_tries
@guarded(empty_is_unanswered=False)
def check_reflection(answer, article=None, min_words: int = 40, task: str = "analysis") -> CheckResult:
    """A rubric level for a written reflection on what the analysis showed.

    *Mastery*: it names what the analysis showed, points at the text (a quoted word, a
    number, "for example"), quotes at least one of the article's words exactly (in quotation marks), and asks
    what to check elsewhere, in at least ``min_words`` words: shorter is *Emerging*, with the length asked said
    once; longer than twice that gets a note. Only what the task asks counts: the finding and its quoted example
    may share a sentence. Each part is labelled on the sentence that does it (the example on one with the
    article's words in quotation marks). *Emerging*: two of the three.
    *Beginning*: one or none, or not written as sentences; or it judges the article without checking it,
    whether it trusts it ("I trust it completely") or dismisses it ("obviously wrong", "fake news, nothing in it
    is true"): the same fault, said in parallel words.
    Saying what the article does ("it says they are lying") describes it; only the student's own verdict
    ("it is propaganda, so it is false") dismisses it. With ``article`` (the lesson's table of the analysed
    article, a row or its text), a word in quotation marks or named as "words like X" must be in the article:
    one that is not ("'mercyless'") is not yet evidence (*Emerging*, with the article's nearest word). The feedback quotes which sentences met which part.
    ``task="sources"`` (lesson 03) reads accounts of one event: ``article`` holds the texts the kit has; words or
    figures from a source it does not have (no three words in a row of the texts) are not wrong: the kit says it
    cannot check them and asks where they come from; no quotation marks are needed for Mastery.

    >>> check_reflection("Too short.").status
    'beginning'
    >>> print(check_reflection("The article is fake news, so nothing in it is true.").message)
    it dismisses the article without checking it: a reflection asks what is still unknown, and where to check it.
    >>> [check_reflection(f"The kit flags 'merciless'. I would check the BBC report. {end}", min_words=5).message.split(" without")[0]
    ...  for end in ("The article is clearly true.", "The article is clearly false.", "I don't believe the article.",
    ...              "Russia clearly lied about this.", "The US clearly lied about this.")]
    ['it trusts the article', 'it dismisses the article', 'it dismisses the article', 'it decides the claim', 'it decides the claim']
    >>> text = "The strikes were merciless, a statement called it patent nonsense."
    >>> print(check_reflection("The kit flags 'mercyless' as loaded language. Only US officials are quoted. "
    ...                        "I would check the BBC report to see what it says.", text, min_words=20).detail.splitlines()[-1])
    'mercyless' is not in the article: quote its words exactly (did you mean 'merciless'?).
    """
    tags = [(tag, word) for tag, word in verdict_intensifiers()[1].items() if isinstance(answer, str) and tag in answer]
    if tags and not re.search(r"\w", re.sub("|".join(re.escape(t) for t, _ in tags), "", answer)):  # "🧢🧢🧢"
        return CheckResult(BEGINNING, f"it gives a verdict ('{tags[0][0]}' reads as '{tags[0][1]}') without checking: a "
                           "reflection asks what is still unknown, and where to check it.",
                           [add_parts(list(REFLECTION_PARTS), task)])
    problem = written_answer(answer, "reflection", 1, f"nothing written yet: write {length_asked(min_words)}.",
                             "Name one thing the analysis showed, one example from the text, and one question you "
                             "would check elsewhere.", "Write in sentences: what the analysis showed, an example, "
                             "what you would check.")
    if problem is not None:
        return problem
    met: dict[str, str] = {}
    sentences_for: dict[str, list] = {}  # each part, with every sentence that does it
    doing = []  # the sentences that do at least one part, in order
    judged: dict[str, list] = {"takes the article's claim as proven": [], "trusts": [], "dismisses": [],
                               "decides the claim": []}
    speaking, doubts = [], []  # "Lavrov is lying": a verdict on a speaker's words; "idk who to believe": a doubt
    text, copied, vague = article_text(article), [], []
    facts, own_found = [], {}  # what the article's tables do not show (teacher 54 #4, #7); words its lists did not flag
    answer = re.sub(r"\.\.\.(?=\s+[a-z])", "…", answer)  # "names ... as speakers": one sentence, dots left in
    pasted = copied_sentences(sentences_of(answer), text, alone=4)
    split_off = set()  # a last clause that decides, set apart from the words before it that do a part (s46 #3)
    pieces, kept = [], []  # kept: (a word on how a page covers the story, the reason from the text it gives)
    for sentence in sentences_of(answer):
        taken = re.search(REFLECTION_PROVEN, sentence.lower())  # "…, so the article is right": proof taken, said whole
        glued = verdicts_apart(sentence.lower()) != sentence.lower()  # a verdict glued to quoted words: read below
        apart = None if sentence in pasted or taken or glued else deciding_clause(sentence, dismisses_article)
        split_off |= {apart[1]} if apart else set()
        for piece in list(apart) if apart else [sentence]:  # "one sided because …": the reason is the finding (s47 #1)
            verdict, reason, stands = (None if taken or glued or sentence in pasted else reasoned_verdict(
                piece, lambda clause: finds_in(clause, task))) or (None, None, None)
            if verdict is None:
                pieces.append(piece)
                continue
            reason, *after = reason_sentences(reason)  # "… the spokesman The kit flags …": two sentences (t57 #1)
            wrong = reason_note(piece, reason, article) or swapped_actor_note(reason_as_said(piece, reason), article)
            facts += [wrong] if wrong else []  # said below, and it does not reach Mastery
            pieces += ([] if wrong else [reason]) + after + ([verdict] if stands else [])
            split_off = (split_off - {piece}) | ({verdict} if stands else set())
            kept += [] if wrong or re.match(rf"{EVERYONE}|{BOTH}", verdict.lower()) else [(verdict, reason, stands)]
    alone, pieces = pieces, side_by_side(pieces, split_off | set(pasted), lambda s: any(
        w for _, _, w in misplaced_figures(s, article))) if task == "sources" else pieces
    paired = set(pieces) - set(alone)  # two sentences read as one: together they name what each account counts
    for sentence in pieces:
        if sentence in pasted:  # the article's own words, pasted: the analysis is the student's to write
            copied += pasted[sentence]
            continue
        if re.search(UNFILLED, re.sub(QUOTED, " ", sentence)):  # the feedback's example pasted with its dots
            continue
        untrue = fact_notes(sentence, article) if task == "analysis" else []  # whom it quotes, who published it …
        plain = plain_claim_note(sentence, article)  # "The article does not quote the spokesman.": no verdict (t58 #4)
        untrue += [plain] if plain and not any(n.startswith("This article does not quote") for n in untrue) else []
        untrue += [swapped] if (swapped := swapped_actor_note(sentence, article)) else []  # whom it accuses (t57 #5)
        untrue += side_notes(sentence, article) if task == "analysis" else []  # whom a speaker speaks for (t57 #8)
        untrue += naming_notes(sentence, article) if task == "sources" else []  # which article names whom (t58 #5)
        facts += untrue
        # "lodaed", "chek"; "dont trust it" as "don't" first, never "done" (teacher 47 #2), as "i trust it" is read
        read = spelled_as_meant(spelled_out(sentence.lower().replace("’", "'")), reflection_vocabulary())
        # "to see if the 4,000 is true" is checking, not trusting: the trust rule skips clauses with if/whether
        judging = re.sub(OPEN_QUESTION, " ", read, flags=re.IGNORECASE)  # "maybe …, but I would check": a question
        if re.search(REFLECTION_PROVEN, re.sub(REPORTS_THE_ARTICLE, " ", judging), flags=re.IGNORECASE):
            judged["takes the article's claim as proven"].append(sentence)  # said first: the reason for the level
            continue
        mine = [re.sub(QUOTED, " ", without_reports(verdicts_apart(re.sub(OPEN_QUESTION, " ", own))))  # a verdict glued
                for own in (sentence.lower().replace("’", "'"), read)]  # to a report is read before it goes; as written, as meant
        said, on_page = next(filter(lambda found: found[0], (verdict_on_anyone(own, text) for own in mine)), (None, False))
        framing = said is not None and on_page and re.fullmatch(FRAMING, said.words) and text and exact_quotes(sentence, text)
        said = None if framing else said  # "one-sided: it says 'merciless'": how the page frames it, in its words (t53 #5)
        if task == "analysis" and any(speaker_verdict(own, sentence) for own in mine):  # "Lavrov is lying", "Mattis's words are lies"
            speaking.append(sentence)
            continue
        if said is not None:  # on the page itself: trusting or dismissing it; on anyone else: deciding the claim
            judged[("trusts" if said.side == "vouches" else "dismisses") if on_page else "decides the claim"].append(sentence)
            if on_page and len(page_verdict_sides(sentence.lower().replace("’", "'"))) > 1:  # both ways: name both
                judged["dismisses" if said.side == "vouches" else "trusts"].append(sentence)
            continue
        deed = claim_verdict(judging)  # own, either way; "backed the report": no; "the article made it up": the page's
        if deed is not None:
            judged[("trusts" if deed.side == "vouches" else "dismisses") if deed.on_page else "decides the claim"].append(sentence)
            continue
        if dismisses_article(read):
            judged["dismisses"].append(sentence)
            continue  # a sentence that judges the article without checking asks nothing, whatever words it uses
        how = dismisses_or_trusts(read)  # the label follows the direction: "obviously wrong" dismisses, never trusts
        if how == "dismisses" or re.search(REFLECTION_DISTRUST, judging):
            judged["dismisses"].append(sentence)
            continue
        if how or re.search(REFLECTION_TRUST, judging, flags=re.IGNORECASE):
            judged["trusts"].append(sentence)
            continue
        doubts += [sentence] if re.search(DOUBT_ONLY, read) else []  # asks nothing unless the rest of it does
        parts = [part for part, pattern in REFLECTION_PARTS.items() if re.search(pattern, re.sub(DOUBT_ONLY, " ", read), flags=re.IGNORECASE)
                 or part == "names what the analysis showed" and (sentence in paired or any(re.search(TASKS[task].get(
                     "finding", "(?!)"), own) for own in (read, sentence.lower().replace("’", "'"))))]
        if task == "sources" and re.search(CHANGE_MIND_IF, read):  # 03 asks what would change your mind
            parts += ["asks what to check elsewhere"] if "asks what to check elsewhere" not in parts else []
        if task == "sources" and "asks what to check elsewhere" not in parts and re.search(r"\bchange (my|your|our) mind\b", read):
            vague.append(sentence)  # "more evidence would change my mind": which evidence, and where?
        if re.match(PLANS, read) or re.search(r"\bchange (my|your|our) mind\b", read):
            # "i would check other sources", "more evidence would change my mind": a plan, never a finding
            parts = [part for part in parts if part != "names what the analysis showed"]
        if untrue:  # what the kit's tables of the article do not show is no finding yet
            parts = [part for part in parts if part != "names what the analysis showed"]
        elif task == "analysis" and "names what the analysis showed" in parts:  # words its lists did not flag (s45 #7)
            own_found[sentence] = unflagged_words(sentence, article)
        doing += [sentence] if parts else []
        met.update({part: sentence for part in parts if part not in met})
        sentences_for.update({part: sentences_for.get(part, []) + [sentence] for part in parts})
    # each part is labelled on the sentence that does it best: the example on a sentence with the article's words in
    # quotation marks, and, where the answer allows, the finding, the example and the check on different sentences
    # (the task asks for the three parts, not for a sentence each: one sentence may hold the finding and its example)
    # a sentence that credits a figure to an account that does not give it is the example to fix, not the finding
    faulty = {s for s in doing if any(w for _, _, w in misplaced_figures(s, article))} if TASKS[task]["outside"] else set()
    # the figure is the account's, but not what it counts (student 48 #5): the label says that, not that it lacks it
    miscounted = {s for s in faulty if all(says_what_counts(n) for _, n, w in misplaced_figures(s, article) if w)}
    finding, example, check = (sentences_for.get(part, []) for part in REFLECTION_PARTS)
    order = {sentence: i for i, sentence in enumerate(doing)}

    def fit(choice):
        a, b, c = choice
        return (bool(faulty) and b not in faulty, a in faulty, not quotes_words(b), a == c, b == c, a == b, order.get(a, 0),
                order.get(b, 0), order.get(c, 0))
    choices = [(a, b, c) for a in finding or [None] for b in example or [None] for c in check or [None]]
    best = min(choices, key=fit)
    met = {part: sentence for part, sentence in zip(REFLECTION_PARTS, best) if sentence is not None}
    met = {part: met[part] for part in REFLECTION_PARTS if part in met}  # in the rubric's order
    detail = [f"{own_pattern_label(own_found[sentence]) if own_found.get(sentence) and part == 'names what the analysis showed' else part.capitalize()}: "
              f"{shorten(sentence)}" for part, sentence in met.items()]
    detail += [kept_reason_note(*found) for found in kept]  # the word goes, the reason stays (teacher 58 #9)
    proven = judged.pop("takes the article's claim as proven")
    detail = [f"Takes the article's claim as proven: {shorten(sentence)}. An article, or a report it cites, saying so "
              "is not proof: what would you check, and where?" for sentence in proven] + detail
    asks = "asks what to check elsewhere" in met  # the check is there: say what to do with the verdict's sentence
    detail += [institution_note(sentence, institution_judged(sentence)) if institution_judged(sentence) else  # t54 #12
               f"Judges a speaker's words without checking: {shorten(sentence)}. Take it out, or write it as a question. "
               "Check where and when they said it first (the original statement or interview)." for sentence in speaking]
    detail += [f"States a doubt, not yet a check: {shorten(sentence)}. A fair start: say what would settle it, and where "
               "you would look (for example, where and when each side said it)." for sentence in doubts if not asks]
    for how, found in judged.items():  # trusting and dismissing: the same fault, the same words
        detail += [f"{how.capitalize()}{'' if how == 'decides the claim' else ' ' + judged_thing(task)} without checking: "
                   f"{shorten(sentence)}. " + ("These words decide before anything is checked: take the verdict out "
                                               "(these words), and the rest of your sentence stays." if sentence in
                                               split_off else
                                               "This sentence decides before anything is checked: take "
                                               # a verdict glued to a report: the report is the student's to keep
                                               f"{'the verdict' if verdicts_apart(sentence.lower()) != sentence.lower() else 'it'} "
                                               "out, or write it as a question (“Maybe …, but I would check …”)." if asks
                                               else "What would you still want to check, and where?")
                   for sentence in found]
    detail += [f"{shorten(sentence)}: which evidence would change your mind, and where would you find it? Name it, and "
               "say where you would look: a site or a document (a report, a transcript)." for sentence in vague]  # s43 #2
    detail += [copied_note(copied, "Quote a word or two in quotation marks, and say in your own words what it "
                           "shows.")] if copied else []
    detail += facts  # what the article's tables do not show: said whatever the level
    held = TASKS[task]["held"]
    # a quoted word must be the article's; a word named without quotation marks is no quotation (teacher 47 #7)
    wrong, named = unquoted_named(answer, text, misquoted(answer, text), held) if text else ([], [])
    counted = without_sure_percent(answer)  # "the us 100% helped isis": how sure, no figure (student 47 #3)
    figures = misfigured(counted, text) if text else []  # and so must a figure given as the article's
    spoken = unchecked_figures(counted, article) if text and not TASKS[task]["outside"] else {}  # a speaker's (t58 #7)
    figures = [f for f in figures if f not in spoken]
    unheld = []
    if TASKS[task]["outside"]:  # words from a source the kit does not hold are not wrong: it cannot check them
        unheld = [cited for cited, meant in wrong if not meant and not near_copy(cited, text)]
        wrong = [(cited, meant) for cited, meant in wrong if cited not in unheld]
        unheld += [f for f in figures if not any(f in cited for cited, _ in wrong) and not any(f in c for c in unheld)]
        figures = [f for f in figures if any(f in cited for cited, _ in wrong)]  # in a misquote of the texts
    # a figure credited to an account the kit holds is checked against that account's own text ("Silo says 3,500")
    placed = misplaced_figures(counted, article) if TASKS[task]["outside"] else []
    unheld = [cited for cited in unheld if cited not in {figure for figure, _, _ in placed}]
    detail += [misquote_note(cited, meant, held, TASKS[task]["copy"]) + "." for cited, meant in wrong] + named
    detail += [misfigure_note(figure, held) + "." for figure in figures] + [note + "." for _, note, _ in placed]
    detail += [unchecked_figure_note(figure, who) + "." for figure, who in spoken.items()]
    detail += [f"'{cited}' is not in {held}, so the kit cannot check it, and it does not count as your example: say "
               "where it comes from (whose words or figure it is), and check it there." for cited in unheld]
    figures += [figure for figure, _, wrongly in placed if wrongly]
    not_in_article = [cited for cited, _ in wrong] + figures
    wrong = wrong + figures
    unchecked = unheld + list(spoken) + [figure for figure, _, wrongly in placed if not wrongly]  # not the example either
    example = met.get("points at the text", "")
    not_in = ("a figure that the account it names counts differently" if example in miscounted else
              "figures the account it names does not give" if example in faulty else f"words not in {held}")
    if example in faulty or any(cited.lower() in example.lower() for cited in not_in_article if not any(
            cited == f for f, _, w in placed if w)):  # its example is not the article's: say so there
        detail = [d.replace("Points at the text:", f"Points at the text, with {not_in} (see below):", 1)
                  for d in detail]
    other = [s for s in sentences_for.get("points at the text", []) if points_past(s, unchecked)]
    if example and unchecked and not points_past(example, unchecked) and other:  # another sentence points
        detail = [d.replace(f"Points at the text: {shorten(example)}", f"Points at the text: {shorten(other[0])}")
                  for d in detail]
        example = met["points at the text"] = other[0]
    if example and unchecked and not points_past(example, unchecked):  # only at what the kit cannot check
        met.pop("points at the text")
        detail = [d.replace("Points at the text:", "Points only at what the kit cannot check (see below):", 1) for d in detail]
    missing = [p for p in REFLECTION_PARTS if p not in met]
    n_words = len(answer.split())
    more = ([length_note(n_words, min_words)] if n_words < min_words else  # one wording for a short reflection
            [f"A note on length: {word_count(n_words)}, more than the {length_asked(min_words)} asked: keep what shows "
             "the three parts best."] if n_words > 2 * min_words else [])
    quoted = exact_quotes(answer, text)  # Mastery backs the point with the article's own words, quoted exactly
    if proven:
        return CheckResult(BEGINNING, "it takes the article's claim as proven: a reflection asks what is still "
                           "unknown, and where to check it.",
                           detail + ([add_parts(missing, task)] if missing else []))
    # a verdict's sentence that quotes the article's words exactly: what is missing is the verdict's removal, not
    # quoted words (teacher 48 #10), whichever way the verdict points
    pointing = [s for found in judged.values() for s in found if text and exact_quotes(s, text)]
    if pointing and "points at the text" in missing:
        missing.remove("points at the text")
        at = next(i for i, d in enumerate(detail) if shorten(pointing[0]) in d and "without checking" in d)
        detail[at] = (detail[at].replace("take it out, or", "take the verdict out, or") + " It quotes the article's "
                      "own words: keep them, and without the verdict this sentence points at the text.")
    if judged["trusts"] or judged["dismisses"] or judged["decides the claim"] or speaking:
        # a speaker's words judged: the detail line says so; the summary is the same either way (rounds 19-21)
        how = (f"dismisses {judged_thing(task)}" if judged["dismisses"] else f"trusts {judged_thing(task)}"
               if judged["trusts"] else "decides the claim")
        return CheckResult(BEGINNING, f"it {how} without checking it: a reflection asks what is "
                           "still unknown, and where to check it.",
                           detail + ([add_parts(missing, task)] if missing else []))
    if not missing and facts:  # a sentence untrue of the article: it is told which, and does not reach Mastery
        return CheckResult(EMERGING, "it names a finding, points at the text and asks what to check, but a sentence "
                           "says something of this article that the kit's tables of it do not show (see below).",
                           detail + more)
    if not missing and wrong:
        return CheckResult(EMERGING, "it names a finding and asks what to check, but its example is not in "
                           + (("the account it names: check what the figure counts." if example in miscounted else
                               "the account it names: check whose figure it is." if any(w for _, _, w in placed)
                               else f"{held}.") if task != "analysis" else "the article's " + (
                               "figures." if figures and len(wrong) == len(figures) else "words.")),
                           detail + more)
    if not missing and not quoted and TASKS[task]["quotes needed"]:
        return CheckResult(EMERGING, "it names a finding, points at the text and asks what to check, but quotes "
                           "none of the article's words exactly: copy at least one word or phrase from the article, "
                           "in quotation marks.", detail + more)
    if not missing and n_words < min_words:  # Mastery needs the length the task asks for
        return CheckResult(EMERGING, "it names a finding, points at the text and asks what to check, but it is "
                           "shorter than the task asks.", detail + more)
    if not missing:  # a note, not a lower level, above the length asked
        return CheckResult(MASTERY, "it names a finding, points at the text and asks what to check.",
                           detail + more + ["Share it in the discussion: did others see the same things?"])
    right = [s for s in sentences_for.get("points at the text", []) if points_past(s, not_in_article)]
    if example and not_in_article and not points_past(example, not_in_article) and right:  # another one points
        detail = [d.replace(f"Points at the text, with {not_in} (see below): {shorten(example)}",
                            f"Points at the text: {shorten(right[0])}", 1) for d in detail]
    elif example and not_in_article and not points_past(example, not_in_article):  # only at what the article lacks
        met.pop("points at the text")
        detail = [d.replace(f"Points at the text, with {not_in} (see below):",
                            "Points only at words or figures " + (f"not in {held}" if task != "analysis" else
                                                                  "the article does not have") + " (see below):", 1) for d in detail]
        missing = [p for p in REFLECTION_PARTS if p not in met]
    advice = add_parts(missing, task)
    level = EMERGING if len(met) == 2 else BEGINNING
    parts = "none" if not met else f"{len(met)}"
    return CheckResult(level, f"{parts} of the 3 parts of a reflection.", detail + [advice] + more)
