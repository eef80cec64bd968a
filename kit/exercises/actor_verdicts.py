"""A student's own verdict on an actor (a government, an outlet, a person) or on a page, whichever way it points:
the patterns and the reader the reflection check (:mod:`kit.exercises.reflection`) uses.

    >>> import re
    >>> [bool(re.search(CLAIM_VERDICT, s)) for s in ("the kremlin is lying.", "the pentagon is lying.", "it quotes mattis.")]
    [True, True, False]
    >>> verdict_on_anyone("the kremlin is cap, they lie.")[0].side
    'doubts'
"""

from __future__ import annotations

import re

from .evidence import tokens, vocabulary_of
from .figure_reports import without_stances
from .seeking import BELIEF_HELD_BACK
from .verdicts import EVIDENCE, NOT_FULLY_SURE, PERCENT, Verdict, verdict_said

__all__ = ["ACTOR", "ACTOR_VERDICT", "CLAIM_VERDICT", "SUBJECT", "PAGES", "verdict_on_anyone", "claim_verdict",
           "without_sure_percent", "without_reports", "OPEN_QUESTION", "REPORTS_THE_ARTICLE", "PAGE_VERDICT", "TRUTH_DID"]

# a verdict on an actor in either direction is the same verdict: "Russia lied" and "Russia told the truth", "the US is
# guilty" and "the US is innocent", "I believe the Kremlin" and "I don't believe the Kremlin", with or without
# "clearly". The one who acts is any name phrase at the start of a clause ("the People's Republic of China"), never
# the article, the kit or a pronoun (what the article says was taken out before).
NOT_AN_ACTOR = (r"(?!(?:(?:article|writer|author|story|stories|text|report|page|kit|analysis|table|headline|"
                r"claim|word|quote|quotation|number|figure|statistic|fact|detail|sentence|paragraph|source|list|account|"
                r"version|evidence|data|information|picture|photo|video|language|wording|tone|coverage|framing|"
                r"reporting|title|caption|highlight|chart|plot|profile|verb|cue|row|column)s?|it|this|that|these|those|they|he|she|"
                r"them|i|we|you|who|what|which|there|nobody|everyone|someone|one)\b)")
ACTOR = (rf"(?:the )?{NOT_AN_ACTOR}[a-z][a-z']*(?: (?:of |and )?{NOT_AN_ACTOR}[a-z][a-z']*){{0,4}}?"
         r"(?:(?<!\bthe) (?:article|story|piece|report|site|website))?")  # "the wsws article made it up": the outlet's (s46 #2)
CLAUSE_START = (r"(?:^\W*|[,;:]\s*|\b(?:so|and|but|because|since|that|then|of course|obviously|clearly|"
                r"i (?:think|know|feel|am sure|believe)|i(?: would|'d) (?:say|argue)|there is no doubt(?: that)?|"
                r"(?:everyone|everybody) knows(?: that)?)\s+)")
SURE = (r"(?:clearly |obviously |definitely |certainly |undoubtedly |surely |probably |just |simply |really )?"
        r"(?:always |never |often |usually )?")
# what is said of an actor or an outlet either way: honest or dishonest, (un)reliable, (un)trustworthy, (not)
# credible, biased or not, corrupt or not, evil or good, a propaganda outlet or an independent one, to be trusted or
# not, the villain or the victim, behind it or not (the same words with "not", "un-", "in-" or "dis-" are the same
# verdict); a word that also describes ("a good example of …") is a verdict only where the clause ends, or before
# "source", "outlet" and the like
ACTOR_QUALITY = (r"(?:(?:un|in)?credible|(?:un)?biased|corrupt|evil|good|bad|independent|neutral|objective|(?:un)?fair|"
                 r"(?:in)?accurate|one-sided|fake|real|mouthpiece|"
                 r"state|(?:un)?truthful)(?: (?:news )?(?:sources?|outlets?|media|broadcasters?|websites?|sites?|"
                 r"governments?|countr(?:y|ies)|channels?|agenc(?:y|ies)))?(?=\s*(?:[.;,!?]|$)| (?:here|in this|and|but|"
                 r"so|because|about|on)\b)")
ACTOR_IS = (r"(?:(?:dis)?honest|(?:un)?reliable|(?:un)?trustworthy|(?:un)?believable|liars?|guilty|innocent|to blame|"
            r"wrong|right|propaganda|(?:fake|real) news|behind (?:it|this|that|the \w+)|(?:the |a )?(?:real )?(?:villains?|"
            r"heroes|hero|victims?|criminals?|culprits?|terrorists?|freedom fighters?|bad guys?|good guys?)"
            r"(?: here| in this)?|(?:more|less) (?:(?:un)?reliable|(?:un)?trustworthy|(?:dis)?honest|(?:un)?believable|"
            rf"credible|truthful|biased)(?= than\b)|{ACTOR_QUALITY})")
# what is done to the truth, either way ("lied", "made it up", "covered it up", "hid the truth", "told the truth"): said
# of anyone, the page itself too ("the article made it up", "this article told the truth": PAGE_VERDICT)
TRUTH_DID = (r"(?:lied|lies|(?:is|are|was|were|must be|must have been) (?:just )?(?:not )?(?:lying|telling the truth|"
             r"being honest)|"
             r"(?:is|are|was|were) (?:just )?(?:not )?(?:spreading|pushing|telling|reporting) (?:propaganda|lies|"
             r"the truth|the facts|fake news)|(?:told|tells|tell) the truth|must (?:have )?(?:lied|be lying)|"
             r"(?:made|makes|make|did not make|didn't make|never made) (?:it|this|that|anything|something|"
             r"everything|the whole thing|things|stuff|stories|facts|numbers|the \w+)(?: all)? up|"
             # "made up the 4,000", "made up the figures" (not "made up of", nor "fighters made up the bulk")
             r"(?:made|makes|make|did not make|didn't make|never made) up (?:the |its |their |all )?(?:figures?|numbers?|"
             r"\d[\d,]*|story|stories|claims?|quotes?|facts|evidence)|"
             # "covered it up", "hid the truth": what "is covering up", "is hiding the truth" say, as a deed (s46 #2)
             r"(?:(?:did not|didn't|never) )?(?:covered|covers|cover|hid|hides|hide)(?: (?:it|this|that|everything|anything|something|"
             r"the (?:truth|facts|story|numbers|figures)))? up\b|(?:(?:did not|didn't|never) )?(?:covered|covers|cover) "
             r"up (?:the \w+|it|everything)|(?:(?:did not|didn't|never) )?(?:hid|hides|hide) the (?:truth|facts)|"
             r"(?:does|do|did) not make "
             r"(?:things|stuff|stories|facts|numbers) up|never makes? (?:things|stuff|stories|facts|numbers) up)")
ACTOR_DID = (rf"(?:{TRUTH_DID}|(?:has|have|had) (?:no |zero |little |lost (?:all |its )?)?credibility|"
             rf"(?:is|are|was|were|must be) (?:not )?(?:an? |the )?{ACTOR_IS}|"
             r"(?:can|cannot|can't|can not|could|couldn't|should|shouldn't|should not) "
             r"(?:not )?be (?:trusted|believed)|"
             r"(?:had|has|have) (?:nothing|something|a lot) to do with|"
             # what an actor did, said as the student's own fact either way: "the US helped ISIS" / "fought ISIS"
             r"(?:did|does|do|has done|have done) (?:nothing|something|anything|everything) (?:wrong|right|bad)|"
             r"(?:did|does|do) not do anything (?:wrong|bad)|(?:helped|helps|fought|fights|supported|supports|armed|"
             r"funded|created|trained|rescued)(?! (?:me|us|you|them|readers|the reader|to|its|their|his|her|by)\b) [a-z]+)\b")
ACTOR_VERDICT = (rf"{CLAUSE_START}{ACTOR} {SURE}{ACTOR_DID}|"
                 rf"{CLAUSE_START}{ACTOR} (?:is|are|was|were) {SURE}(?:not )?(?:lying|telling the truth|a liar|"
                 rf"{ACTOR_IS})\b|"
                 # "you can't believe anything X says", "you can believe everything X says"
                 rf"\byou (?:can|cannot|can't|can not|could|should|shouldn't) (?:not )?(?:believe|trust) (?:anything|"
                 rf"everything|a word|nothing|all|what) (?:that )?{ACTOR}(?= (?:says|said|claims|tells)\b|\s*(?:[.;,!]|$))|"
                 rf"\bi (?:(?:do not|don't|never|cannot|can't|really|completely|fully|totally) )?(?:believe|trust) "
                 rf"{ACTOR}(?=\s*(?:[.;,!]|$| (?:about|here|on this|more|over|when|because)\b))")
# the student's own verdict on what an actor did, either way ("the US clearly helped ISIS", "obviously Russia would
# never do that", "I think Russia made this up"): deciding the claim without checking it, whoever is named
CLAIM_VERDICT = (r"\b(clearly|obviously|definitely|certainly|undoubtedly) (lied|lies|is lying|are lying|helped|did|made "
                 r"(it|this|that) up|would never|never)\b|^\W*(obviously|clearly|of course),? [a-z][^.;,]{0,30}?\b(would "
                 r"never|never|did|helped|lied)\b|^\W*i (think|believe|know|am sure) (that )?(?!(the|this|that) (article|kit|"
                 r"analysis|writer|author|text|report|table)\b)[a-z][^.;,]{0,30}?\b(did|helped|lied|made (it|this|that) up|"
                 r"is lying|are lying|would never)\b|"
                 # "the Pentagon is obviously lying", "Russia told the truth": a verdict on an actor, not on the article
                 rf"{ACTOR_VERDICT}")


# the page itself as the one who did it: "the article made it up", "this article told the truth", an article's id
# ("us-rescue-of-isis-in-raqqa made it up": the lesson names the articles by their ids), its writer; only what is done
# to the truth (TRUTH_DID), never "the article helped me"
PAGE_ACTOR = (r"(?:(?:the|this|that|each|both) (?:whole )?(?:articles?|stor(?:y|ies)|writers?|authors?|texts?|pieces?|"
              r"pages?)|both articles|[a-z]+(?:-[a-z]+){2,})")
PAGE_VERDICT = rf"{CLAUSE_START}(?P<page>{PAGE_ACTOR}) {SURE}(?P<deed>{TRUTH_DID})\b"
#: a verb that can follow a percentage that says how sure the writer is ("the us 100% helped isis"): a deed, not a figure
DEED_VERB = (r"(?:lied|lies|made|makes|covered|covers|hid|hides|told|tells|helped|helps|fought|fights|supported|supports|"
             r"armed|funded|created|trained|rescued|did|does|knew|planned|is lying|was lying|are lying)\b")
#: a word before the percentage that makes it a figure ("were 90% armed", "about 10% helped"), not how sure
FIGURE_BEFORE = r"\b(?:is|are|was|were|be|been|of|by|about|around|nearly|almost|over|under|than|some|only|just|and|or)\s*$"

# the subject of a clause ("the articles are …", "the spokesman is …"): whoever or whatever it is, a verdict word
# said of it is the student's verdict on it (verdicts.verdict_said reads some words, like "cap", only of the page)
SUBJECT = (r"(?:^\W*|[,;:]\s*|\b(?:so|and|but|because|since|that|then)\s+)(?P<subject>(?:the |this |that |these |those )?"
           r"(?!(?:there|here|what|which|who|i|we|you)\b)[a-z][\w']*(?: [a-z][\w']*){0,2}?)(?= (?:is|are|was|were)\b)")
PAGES = r"\b(articles?|stories|story|pages?|texts?|writers?|authors?|sites?|websites?|pieces?|headlines?|it|this|that)$"


def verdict_on_anyone(low: str, text: str = ""):
    """(the verdict a lower-cased sentence gives, whether it judges a page) with :func:`verdicts.verdict_said`, of
    any subject: "the articles are cap" judges pages, "the spokesman is cap" someone, as "… is legit" does;
    (None, False) when it gives none. What the evidence is like ("the figures are not reliable") stays a finding.
    Whether it judges a page is the verdict's own subject's ("the article is fair but X is sketchy" judges X), and a
    verdict word said of two or more of the article's own words in a row (``text``), cited bare (no "the"), is said
    of a phrase, not a verdict; "the Pentagon is sus" stays one.

    >>> verdict_on_anyone("the article is fair but critics slammed is sketchy", "Critics slammed the plan.")
    (None, False)
    >>> verdict_on_anyone("the article is fair but the mayor is sketchy")[1]
    False

    >>> [verdict_on_anyone(f"the {who} is {word}.")[1:] for who in ("spokesman", "articles") for word in ("cap", "legit")]
    [(False,), (False,), (True,), (True,)]
    >>> verdict_on_anyone("the kremlin is cap, they lie.")[0].side, verdict_on_anyone("the pentagon is cap.")[0].side
    ('doubts', 'doubts')
    >>> verdict_on_anyone("the figures are not reliable without a source.")
    (None, False)
    """
    said = verdict_said(low)
    subjects = [m.group("subject") for m in re.finditer(SUBJECT, low)]
    pages = any(re.search(PAGES, subject) for subject in subjects)
    if said is not None:
        at = low.find(said.words)
        before = [m.group("subject") for m in re.finditer(SUBJECT, low) if 0 <= at and m.end("subject") <= at]
        phrase = before[-1] if before and not re.match(r"(the|this|that|these|those) ", before[-1]) else ""
        if len(tokens(phrase)) > 1 and text and f" {' '.join(tokens(phrase))} " in vocabulary_of(text)[0]:
            return None, False  # "critics slammed is sketchy": said of the article's phrase, cited bare
        return said, said.on_page or (bool(re.search(PAGES, before[-1])) if before else pages)
    own = re.sub(SUBJECT, lambda m: m.group(0)[:m.start("subject") - m.start()] + (
        "it" if not re.search(EVIDENCE, m.group("subject")) else m.group("subject")), low)
    said = verdict_said(own)  # read as said of "it": whether it judges a page is the subject's
    return (said, pages) if said is not None else (None, False)


# the student's open question is not a verdict, whichever way it leans: "if"/"whether" to the end of the sentence;
# "maybe", "perhaps", "might", "could be", "I am not sure" up to a "but"; "I used to think …, but now I am not sure"
OPEN_QUESTION = (r"\bi used to (think|believe)\b[^.;]*?\bnow\b[^.;]*?\b(not sure|unsure|wonder|(do not|don't) know)\b"
                 r"[^.;]*|\b(if|whether)\b[^.;]*|\b(maybe|perhaps|possibly|might|may (be|have)|could (be|have)|"
                 # "both can be true because they count different people": a possibility, the lesson's finding (t59 #2)
                 r"can (both )?be (true|right|correct)|neither (\w+ )?(has|have|needs?) to be|not sure|"
                 r"unsure|not convinced|i doubt|i suspect|(it is|it's) possible)\b(?:(?!\bbut\b)[^.;])*|"
                 # the hedge after the verdict: "X is probably biased, but I am not sure"
                 r"[^.;]*\bbut i(?:'m| am) not sure\b[^.;]*|"
                 r"\bto (?:see|find out|know|check|learn|work out|figure out|tell|decide) (?:which|who|whom|what)\b(?:(?!,|\b(?:because|but|so|since)\b)[^.;])*|"  # a check's purpose, to its clause's end (t53 #2)
                 # a question asks, whichever way it leans: "Did the US help ISIS?"
                 r"[^.;!?]*\?")
# what the article says or calls others is the article's move, not the student's verdict: "it says they are lying",
# "the writer calls the statement nonsense" (up to a "but", "so" or "which" that starts the student's own words)
# ("the writer thinks X can't be trusted", "wants me to believe …", "presents X as …": the writer's stance, reported)
REPORTS_THE_ARTICLE = (r"\b(says?|said|calls?|called|claims?|claimed|accuses?|accused|suggests?|implies|implied|argues?|"
                       r"argued|insists?|writes?|wrote|labels?|labell?ed|brands?|branded|describes?|described|tells? "
                       r"(us|readers|the reader)|makes? (it|them|the \w+) (sound|seem|look)|thinks|believes|"
                       r"wants (me|us|you|readers|the reader|people) to (believe|think|feel|see)|presents|portrays|"
                       r"paints|depicts|frames|casts|treats)\b[^.;]*?"
                       r"(?=[.;]|,? (but|so|which|therefore|and so|and i|yet)\b|$|(?<=[\"”’'])\s*,(?!\s*(?:and|or)\b))")
# the report ends with the article's quoted words: what follows the comma is the student's ("…", thats cap), but
# "and" goes on with the report ('calls them "heroes", and the others "thugs"')


def without_reports(low: str) -> str:
    """A sentence (in small letters) with what the article says or calls others taken out; "I would say" stays.

    >>> without_reports("it says they lied, but i would say they lied.")
    'it  , but i would say they lied.'
    >>> without_reports("rt's claim is false.")
    "rt's claim is false."
    >>> [without_reports(f'it calls it "us imperialism", {v}.') for v in ("thats cap", "which is cap")]
    ['it  , thats cap.', 'it  , that is cap.']
    """
    low = re.sub(r"([\"”’'])\s*,\s*which\b", r"\1, that", low)  # '"…", which is cap': which is the quoted words
    def reported(match):
        before = low[:match.start()]
        # "the claim is false", "RT's claims are true": a claim as the subject of the student's verdict, not a report
        if re.match(r"claims?\s+(is|are|was|were|must|seems?|sounds?)\b", match.group(0)):
            return match.group(0)
        # "what Russia says is lies": what someone says is the subject of the student's own verdict
        mine = r"\b(i|we)( \w+)?( \w+)?\s*$|\b(what|whatever|everything|anything)( [\w']+){1,4}\s*$"
        return match.group(0) if re.search(mine, before) else " "
    return re.sub(REPORTS_THE_ARTICLE, reported, low)


def without_sure_percent(text: str) -> str:
    """``text`` with a percentage that says how sure the writer is of a deed ("the us 100% helped isis") written as
    "definitely": next to a deed, as next to a verdict word (:func:`.verdicts.without_intensifiers`), it is no figure.
    A percentage after "were", "of", "about" or a comma counts something ("they were 90% armed", "4,000, 90% armed").

    >>> without_sure_percent("the us 100% helped isis"), without_sure_percent("Russia 100 % made it up")
    ('the us definitely helped isis', 'Russia definitely made it up')
    >>> without_sure_percent("they were 90% armed"), without_sure_percent("4,000, 90% armed")
    ('they were 90% armed', '4,000, 90% armed')
    >>> without_sure_percent("Im not 100% sure the 62 percent is true")
    'Im not sure the 62 percent is true'
    """
    def sure(m) -> str:
        before = text[:m.start()]
        return m.group(0) if not re.search(r"[a-z]\s+$", before, re.I) or re.search(FIGURE_BEFORE, before, re.I) else "definitely "
    text = re.sub(NOT_FULLY_SURE, "not ", text, flags=re.IGNORECASE)  # "not 100% sure it is true": no figure either
    return re.sub(rf"(?<![\w.,]){PERCENT}\s+(?={DEED_VERB})", sure, text, flags=re.IGNORECASE)




def claim_verdict(low: str) -> Verdict | None:
    """The student's own verdict on what someone did, or on what the page did to the truth, in a lower-cased
    sentence, either way (:data:`CLAIM_VERDICT`, :data:`PAGE_VERDICT`): the one reader of deeds, for the reflection
    and the plan alike. A question or a hedge ("maybe the pentagon covered it up, but …"), a report ("the article
    says the kremlin covered it up") and a stand on a report are not the student's verdict. ``on_page``: the page
    (the article, its id, its writer) is judged; ``side``: "doubts" or "vouches".

    >>> claim_verdict("the pentagon covered it up."), claim_verdict("the kremlin covered it up.").side
    (Verdict(words='the pentagon covered it up', side='doubts', on_page=False), 'doubts')
    >>> claim_verdict("the article made it up.").on_page, claim_verdict("us-rescue-of-isis-in-raqqa made it up.").on_page
    (True, True)
    >>> claim_verdict("this article told the truth.").side, claim_verdict("the us 100% helped isis.").words
    ('vouches', 'the us definitely helped isis')
    >>> claim_verdict("maybe the pentagon covered it up, but i would check."), claim_verdict("it says russia made it up.")
    (None, None)
    """
    own = re.sub(BELIEF_HELD_BACK + r"[^.;,]*", " ", low)  # "… before I believe either": a condition, not a verdict (t58 #2)
    own = without_reports(without_stances(re.sub(OPEN_QUESTION, " ", without_sure_percent(own))))
    found = re.search(PAGE_VERDICT, own)
    on_page = found is not None
    words = found.group("page") + " " + found.group("deed") if found else ""
    if not found:
        found = re.search(CLAIM_VERDICT, own)
        words = re.sub(rf"^{CLAUSE_START}", "", found.group(0)).strip(" ,;:") if found else ""
    if not found:
        return None
    good = bool(re.search(r"\b(?:telling|told|tells?) the truth\b|\bbeing honest\b|nothing (?:wrong|bad)|"
                          r"not do anything|\b(?:innocent|honest|good guys?|heroe?s?|victims?)\b", words))
    turned = bool(re.search(r"\b(?:not|never)\b|n't\b", words))
    return Verdict(words, "vouches" if good != turned else "doubts", on_page)
