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
from .verdicts import EVIDENCE, verdict_said

__all__ = ["ACTOR", "ACTOR_VERDICT", "CLAIM_VERDICT", "SUBJECT", "PAGES", "verdict_on_anyone"]

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
ACTOR_DID = (r"(?:lied|lies|(?:is|are|was|were|must be|must have been) (?:just )?(?:lying|telling the truth|being honest)|"
             r"(?:is|are|was|were) (?:just )?(?:not )?(?:spreading|pushing|telling|reporting) (?:propaganda|lies|"
             r"the truth|the facts|fake news)|(?:has|have|had) (?:no |zero |little |lost (?:all |its )?)?credibility|"
             rf"(?:told|tells|tell) the truth|(?:is|are|was|were|must be) (?:not )?(?:an? |the )?{ACTOR_IS}|"
             r"must (?:have )?(?:lied|be lying)|(?:can|cannot|can't|can not|could|couldn't|should|shouldn't|should not) "
             r"(?:not )?be (?:trusted|believed)|(?:made|makes|make|did not make|didn't make|never made) (?:it|this|that|"
             r"everything|the whole thing|things|stuff|stories|facts|numbers|the \w+)(?: all)? up|"
             # "covered it up", "hid the truth": what "is covering up", "is hiding the truth" say, as a deed (s46 #2)
             r"(?:(?:did not|didn't|never) )?(?:covered|covers|cover|hid|hides|hide)(?: (?:it|this|that|everything|"
             r"the (?:truth|facts|story|numbers|figures)))? up\b|(?:(?:did not|didn't|never) )?(?:covered|covers|cover) "
             r"up (?:the \w+|it|everything)|(?:(?:did not|didn't|never) )?(?:hid|hides|hide) the (?:truth|facts)|"
             r"(?:does|do|did) not make "
             r"(?:things|stuff|stories|facts|numbers) up|never makes? (?:things|stuff|stories|facts|numbers) up|"
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
