"""Stances: a sentence of a plan or a reflection that decides before checking, trusting or dismissing the page or
a named actor ("I believe Russia", "it's fake, so I would not check it"), read alike in both directions.

    >>> dismisses_or_trusts("It is obviously fake, so I would not check it."), actor_stance("i don't believe the pentagon.")
    ('dismisses', 'dismisses')
"""

from __future__ import annotations

import re

from . import plan_steps as steps
from .actor_verdicts import claim_verdict
from .verdicts import Verdict, spelled_out

__all__ = ["dismisses_or_trusts", "actor_stance", "leaning", "NO_CHECK", "REFUSES_TO_READ", "VOUCHES", "TURNED",
           "DISMISSES", "DISTRUSTS", "BELIEVES_AN_ACTOR", "ABOUT_PAGE", "OTHERS_ON_IT", "about_page_only", "decided_deed"]

# saying there is nothing to check, or judging the page false without checking: the same fault as trusting it
NO_CHECK = (r"\b((would|will|do|does|should) not|wouldn't|won't|don't|doesn't|shouldn't|never) "
            r"((need to|have to|bother to|need|bother) (check|verify|look (it |this )?up|look into|research)\w* "
            r"(anything|it|this|that|them|any ?more|further|at all)|"
            r"(check|verify|research)\w* (anything|at all|(it|this|that|them)(?=\s*[.;,!]|\s*$)))|"
            r"\b(no|never any|there is no|there's no) (need|point|reason) (to|for|in) (check|verify|look|research)\w*|"
            r"\bnothing (else |more )?(to|needs to be|i need to) (check|verify)|\b(skip|stop|quit) (checking|verifying)|"
            # "so I would ignore the article" / "so I would accept the article": decided, with nothing checked
            r"\b(would|will|should|'d) (just )?(ignore|dismiss|reject|accept|believe|trust) (it|this|the (article|page|"
            r"story|text|whole thing))(?=\s*[.;!]|\s*$)")
# a plan that trusts or distrusts a named actor or outlet ("I believe Russia", "I don't believe the Kremlin") decides
# before checking, either way; "I would not trust X, but I would check …" sets the stance aside to check
BELIEVES_AN_ACTOR = (r"(?<!before )(?<!until )(?<!unless )(?<!till )(?<!once )\bi (?P<not>(?:do not|don't|would not|wouldn't|won't|will not|never|cannot|can't|could not|"
                     r"couldn't) )?(?:(?:would|will|really|completely|fully|totally|just) )?(?:believe|trust) "
                     r"(?![^.;]*\b(?:but|until|before|unless|without)\b)"
                     r"(?!(?:it|this|that|them|him|her|you|me|us|the (?:article|page|site|writer|author|story|text))\b)"
                     r"(?:the )?[a-z]")


def actor_stance(low: str) -> str:
    """"dismisses" or "trusts" for a plan sentence that believes a named actor or not, before any check, else "".

    >>> actor_stance("i believe russia, so i would just read the bbc report."), actor_stance("i don't believe china.")
    ('trusts', 'dismisses')
    >>> actor_stance("i would not trust iran, but i would check the bbc report."), actor_stance("i trust the article.")
    ('', '')
    >>> actor_stance("i would not believe the kremlin until i had read the bbc report.")
    ''

    """
    found = re.search(BELIEVES_AN_ACTOR, low)
    return "" if found is None else "dismisses" if found.group("not") else "trusts"


# a refusal to read on ("so I would not read more", "so I would stop reading"): with a verdict on someone, the verdict
# decides; alone, it is the first move of lateral reading (stop), not a fault, whoever the sentence names
REFUSES_TO_READ = (r"\b(((would|will|do|should) not|wouldn't|won't|don't|shouldn't|never) (bother )?(read|reading|look at) "
                   r"(any ?more|more|further|on|the rest|anything (else|more))( of (it|this|that|them|the article|the "
                   r"page))?|(stop|quit) reading( (it|this|the article|the page))?)(?=\s*[.;,!]|\s*$)")
# what vouches for someone: with a refusal to read on, the student has decided they are right
VOUCHES = (r"\b(telling the truth|spreading the truth|the truth|true|honest|reliable|trustworthy|credible|accurate|"
           r"right|correct|(can|should) be (trusted|believed))\b")
DISMISSES = (r"\b(obviously|clearly|definitely|just|totally|completely|pure|all) (wrong|fake|false|lies|lying|"
             r"propaganda|nonsense|made up|untrue|a lie|rubbish|garbage|fake news|a hoax)\b")

# not trusting the page, its outlet or an actor: with "so I would not check it", a verdict that it is false, not trust
DISTRUSTS = (r"\b((un|not |isn't |is not )(reliable|trustworthy|credible|honest|true)|biased|dishonest|corrupt|"
             r"lying|lies|lie|liars?|propaganda|fake|false|(cannot|can't|can not|shouldn't|should not) be (trusted|believed)|"
             r"(do not|don't|never|would not|wouldn't|won't|will not|cannot|can't) (trust|believe))\b")


# a "not" or "never" right before a word turns it round: "RT never lies" vouches, "RT never tells the truth" doubts
TURNED = re.compile(r"(?:\b(?:never|not|no longer|cannot)|n't)\s+(?:\w+\s+)?$")


def leaning(low: str) -> str:
    """"doubts" or "vouches" for the first word of :data:`DISTRUSTS` or :data:`VOUCHES` in ``low``, turned round
    by a "not" or "never" right before it; "" when it has neither.

    >>> leaning("rt always lies"), leaning("rt never lies"), leaning("the pentagon doesn't lie")
    ('doubts', 'vouches', 'vouches')
    >>> leaning("cnn never tells the truth"), leaning("cnn is honest"), leaning("i would not read on")
    ('doubts', 'vouches', '')
    """
    found = sorted([(m.start(), side) for side, words in (("doubts", DISTRUSTS), ("vouches", VOUCHES))
                    for m in [re.search(words, low)] if m])
    if not found:
        return ""
    at, side = found[0]
    turned = bool(TURNED.search(low[:at])) and not re.match(r"(un|not |isn't |is not |do not|don't|never|would not|"
                                                            r"wouldn't|won't|will not|cannot|can't|can not|shouldn't|"
                                                            r"should not)", low[at:])  # "not reliable": said already
    return side if not turned else "vouches" if side == "doubts" else "doubts"


def dismisses_or_trusts(sentence: str) -> str:
    """"dismisses" or "no check" for a sentence that judges without checking, else "".

    The label follows the direction, whoever is named: "X is biased, so I would not check it" dismisses.

    >>> dismisses_or_trusts("I would not check anything because it is obviously wrong.")
    'dismisses'
    >>> dismisses_or_trusts("Russia is obviously lying, so the article is right.")
    'no check'
    >>> dismisses_or_trusts("I do not need to check anything else.")
    'no check'
    >>> dismisses_or_trusts("The BBC is biased, so I would not trust it and would not check it.")
    'dismisses'
    >>> dismisses_or_trusts("I would check the BBC report, because the claim may be wrong.")
    ''
    >>> dismisses_or_trusts("I did not check the BBC report yet, so I still don't know what it says.")
    ''
    >>> dismisses_or_trusts("I would not call it obviously false before checking the BBC report.")
    ''
    """
    low = spelled_out(sentence.lower().replace("’", "'"))
    if re.search(r"\b(without|before|until|unless) (i |we )?(check|verify|look)", low):
        return ""  # "it would be wrong to call it false without checking": a caution, not a verdict
    # "totally fake": read before the intensifiers are left out, as the sentence has it
    if re.search(DISMISSES, low) or re.search(DISMISSES, sentence.lower().replace("’", "'")):
        return "no check" if re.search(steps.PAGE_IS_RIGHT, low) else "dismisses"
    if not re.search(NO_CHECK, low):
        if not re.search(REFUSES_TO_READ, low):
            return ""
        # "X is lying, so I would not read more" dismisses; "X is honest, so …" trusts; "I would not read on" alone
        # (or before a check: "…, but I would check the BBC report") is where lateral reading starts
        verdict = re.sub(REFUSES_TO_READ, " ", low)
        side = leaning(verdict)  # "RT never lies, so I would not read on" trusts, as "RT is honest, so …" does
        return ("dismisses" if side == "doubts" and not re.search(steps.PAGE_IS_RIGHT, verdict) else
                "no check" if side == "vouches" and not re.search(r"\b(but|then|instead)\b", verdict) else "")
    # "so I would ignore it": setting the page aside unread dismisses it, whatever comes before
    distrusts = leaning(re.sub(NO_CHECK, " ", low)) == "doubts" or re.search(r"\b(ignore|dismiss|reject)\b", low)
    return "dismisses" if distrusts and not re.search(steps.PAGE_IS_RIGHT, low) else "no check"


# a site's own about page: what it says about itself, whoever's site it is
ABOUT_PAGE = r"\b(?:(?:its|the|their|this|that|[a-z][\w.-]*'s) )?about(?:[- ]us)?[- ]page\b|\babout us\b"
# what others say about an outlet or its owner ("what Wikipedia says about the Socialist Equality Party"), never what
# it says about itself
OTHERS_ON_IT = (r"\b(?:wikipedia|fact[- ]?check\w*|other (?:sites?|websites?|sources?|reports?|outlets?|news\w*|coverage)"
                r"|what (?:others|other \w+|[a-z][\w.'-]*(?: [a-z][\w.'-]*){0,3}) (?:say|says|said|write|writes|wrote) about"
                r"(?! (?:itself|themselves|them ?selves|us)\b))")


def about_page_only(low: str) -> bool | None:
    """For a plan step (lower-cased) that reads an about page: True when that is all it reads (what the site says
    about itself: trusting the page, never a way off it), False when it also reads what others say about the outlet
    or its owner (a way off the page, whatever the about page says); None for a step with no about page.

    >>> about_page_only("i would read rt's about page to see who runs it."), about_page_only("i would look up rt.")
    (True, None)
    >>> about_page_only("i would investigate wsws by reading its about page and what wikipedia says about the socialist "
    ...                 "equality party.")
    False
    >>> about_page_only("i would read its about page and what it says about itself.")
    True
    """
    if not re.search(ABOUT_PAGE, low):
        return None
    return not re.search(OTHERS_ON_IT, re.sub(ABOUT_PAGE, " ", low))


def decided_deed(low: str) -> Verdict | None:
    """The verdict a plan sentence (lower-cased) gives on what someone or the page did, before its first step: the
    reflection's reader (:func:`.actor_verdicts.claim_verdict`), so a plan reads "the pentagon covered it up",
    "russia made it up" and "the article made it up" as the reflection does, either side. What a step looks for
    ("i would check whether russia made it up") and a hedge ("maybe the kremlin covered it up, but …") are no verdict.

    >>> decided_deed("the pentagon covered it up, so i would find the bbc report.").on_page
    False
    >>> decided_deed("since the kremlin covered it up, i would find the bbc report.").side
    'doubts'
    >>> decided_deed("the article made it up. i would find the bbc report.").on_page
    True
    >>> decided_deed("i would check whether russia made it up."), decided_deed("maybe moscow hid the truth, but i would check.")
    (None, None)
    >>> decided_deed("the pentagon always lies, so i would not read on.")  # dismisses_or_trusts reads it
    """
    if dismisses_or_trusts(low):  # "RT never lies, so I would not read on": the stance says which way, as before
        return None
    step = re.search(steps.STEP_VERB, low)
    return claim_verdict(low[:step.start()] if step else low)
