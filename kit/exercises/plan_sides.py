"""Which side a search in a lateral-reading plan looks for: one side only (sources picked for saying what the
student already expects, for or against the article) or both (for :func:`kit.exercises.check_lateral_plan`).

A search for both sides is open, in any words ("reports that prove it and reports that disprove it", "coverage from
the left and the right", "sources that see it differently"); the rule reads the words, never who is named.

    >>> seeks_agreement("look for reports that prove russia helped isis"), both_sides("reports that prove it and reports that disprove it")
    (True, True)
"""

from __future__ import annotations

import re

__all__ = ["SEEKS_AGREEMENT", "STATES_A_CLAIM", "SEEKS_SOURCES", "seeks_agreement", "both_sides", "AGREEMENT_ONLY",
           "one_side", "EXPECTS_ONLY", "OTHER_VIEW", "NO_MORE", "SEARCH_VERB",
           "PAGE_ITSELF", "SOURCE_WORDS", "searches_sources"]

# looking only for what the student already expects, for or against the article: "check RT to confirm the US is
# helping", "check CNN to prove the article is wrong", "look for sources that agree with the article", "other
# articles that support this claim". An open question ("to see if the article is right") is not flagged.
SEEKS_AGREEMENT = (r"\b(to (confirm|prove|show)(?! (whether|if|how|what|who|where|which|why)\b)|"
                   r"that (dis)?agrees?( with)?|that (support|supports|back up|backs up|back|backs|praise|praises|defend|defends|"
                   r"blame|blames|accuse|accuses|attack|attacks|condemn|condemns|reject|rejects|"
                   r"prove|proves|contradict|contradicts|"
                   r"confirm|confirms|deny|denies|question|questions|oppose|opposes|criticise|criticises|criticize|"
                   r"criticizes|disprove|disproves|debunk|debunks|refute|refutes|challenge|challenges|dispute|disputes|doubt|doubts)|"
                   # "sites that say the same thing as the article", "articles that back up what it says"
                   r"that (say|says) the same( thing)? as|(back|backs|backing) up what (it|the article|they) (says?|said))\b")
# sources picked for saying one thing already decided: "more sites saying the US helped ISIS", "articles claiming
# Russia did it", "reports that show that …" (the words after say what the sources must say; an open question,
# "saying how many left", "reports about the convoy", does not)
STATES_A_CLAIM = (r"\b(sources?|articles?|reports?|stories|outlets?|websites?|sites?|pages?|news|posts?|videos?|"
                  r"papers?|newspapers?|experts?|people|accounts?|evidence|proof) "
                  r"(saying|claiming|arguing|alleging|insisting|(that |which |who )(say|says|claim|claims|argue|argues|"
                  r"allege|alleges|insist|insists)|((that |which |who )(report|reports)|reporting|"
                  # "news reports that mention …": "reports" there is the noun, not a verb
                  r"(that |which |who )?(show|shows|showing|prove|proves|proving|state|states|stating|confirm|confirms|"
                  r"confirming)) that)\b(?! (whether|if|how|what|who|where|which|why|when|about|so|anything|"
                  r"something|otherwise|different)\b)")
_JOINS = r"(and|or|but|then|that|which|who|to|in|on|for|with|by|from|about|because|so|if|whether)\b"
_DETERMINER = r"(the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any|no|every)\b"
# "reports that the US helped ISIS", "news that Russia did it": a claim the sources must carry (not "reports that
# cover the convoy", "the report that the article cites", "the outlet that published it")
STATES_A_CLAIM += (r"|\b(reports?|articles?|stories|sources?|news|sites?|websites?|posts?|videos?|evidence|proof) "
                   r"that (?!(it|they|he|she|(the|this|that) (article|writer|author|text|page|story|piece|site|kit|"
                   r"report|paper)|(cover|mention|describe|discuss|give|show|say|question|talk|use|cite|quote|name|list|"
                   r"include|explain|count|look|ask|check|compare|challenge|dispute|support|agree|disagree|praise|blame|accuse|"
                   r"defend|attack|back|reject|condemn|criticise|criticize|oppose|deny|denie|confirm|prove|"
                   r"contradict)s?|are|were|is|was|have|had|has|do|did|does|can|could|would|will|might|may)\b)"
                   # the subject: a determiner comes first or not at all ("that praise the us": "praise the" is no
                   # subject, so "us" is not in a verb's place), then its verb; a verb in -s never ends in -ss, -us
                   # or -is ("the us", "isis", "the press" are not verbs)
                   # (up to five words, "of" among them: "the People's Republic of China", "the Russian Defence Ministry")
                   rf"(the |a |an )?(?!{_DETERMINER})[a-z'’]+(,?( of( the)?)? (?!{_DETERMINER}|{_JOINS})[a-z'’]+){{0,4}}? (did|does|do|is|was|are|"
                   r"were|has|"
                   r"had|have|never|really|secretly|[a-z]+ed|[a-z]*[a-hj-rt-z]s|"
                   # past tenses not in -ed: "reports that the SDF let ISIS leave"
                   r"let|put|set|hit|cut|left|sent|gave|took|made|paid|kept|held|sold|bought|brought|told|said|ran|won|"
                   r"lost|met|led|fought|struck|shot|knew|saw|began|came|went|got|fled|hid|built|spent|stole|broke)\b"
                   r"(?! (whether|if|how|what|who|where|which|why|when)\b)")
SEEKS_AGREEMENT = rf"{SEEKS_AGREEMENT}|{STATES_A_CLAIM}"
# where such a search goes: "look for sources that agree", "find other articles that support it"
SEEKS_SOURCES = (r"\b(look|looking|search|searching|find|finding|check|checking|read|reading)\b[^.;]{0,40}?\b"
                 r"(sources?|articles?|reports?|outlets?|websites?|sites?|news|papers?|newspapers?|experts?|"
                 r"coverage|reporting|accounts?|evidence|posts?|videos?|stories|pages?|people|views|opinions|voices)\b")

def seeks_agreement(low: str) -> bool:
    """True when a lower-cased step looks only for what the student already expects (to confirm, to prove it
    right or wrong, sources that agree or disagree); an open question ("to see if it is right") is not.

    >>> seeks_agreement("i would check rt to confirm the us is helping isis"), seeks_agreement("check cnn to prove the article is wrong")
    (True, True)
    >>> seeks_agreement("i would look for sources that agree with the article"), seeks_agreement("find articles that support it")
    (True, True)
    >>> seeks_agreement("find other news sites that say the same thing as the article")
    True
    >>> seeks_agreement("google it to find more sites saying the us helped isis")  # either side alike
    True
    >>> seeks_agreement("search for articles claiming russia helped isis"), seeks_agreement("reports that show that it is true")
    (True, True)
    >>> seeks_agreement("find other reports saying how many people left")  # an open question
    False
    >>> seeks_agreement("to see whether it says what the article says it says")
    False
    >>> seeks_agreement("i would check the bbc report to see whether it gives the same number")
    False
    >>> seeks_agreement("i would check rt to see if the article is right")
    False
    >>> seeks_agreement("i would look for sources that agree and sources that disagree with it")  # both sides
    False
    """
    return bool(re.search(SEEKS_AGREEMENT, low)) and not both_sides(low)


# words for each side of a question: a search for both is open, not one that expects an answer
_AGREEING = (r"\b(agree|agrees|support|supports|confirm|confirms|back up|backs up|praise|praises|praising|defend|"
             r"defends|defending|like|likes|believe|believes|(that|which|who) backs?|prove|proves|proving|repeat|"
             r"repeats|repeating|echo|echoes|echoing|friendly|favourable|favorable|sympathetic)\b")
_DISAGREEING = (r"\b(disagree|disagrees|contradict|contradicts|challenge|challenges|dispute|disputes|refute|refutes|debunk|"
                r"debunks|deny|denies|denying|question|questions|questioning|oppose|opposes|opposing|criticise|criticises|"
                r"criticize|criticizes|criticising|criticizing|against|blame|blames|blaming|accuse|accuses|accusing|attack|"
                r"attacks|attacking|condemn|condemns|condemning|reject|rejects|rejecting|hate|hates|disprove|disproves|"
                r"disproving|doubt|doubts|doubting|critical|hostile)\b")


# a view other than the page's, in any words: "the other side", "the opposite view", "another point of view",
# "sources that see it differently", "coverage from the left and the right", "pro-government and anti-government"
OTHER_VIEW = (r"\b(both sides|each side|either side|all sides|the other side|other sides|"
              r"(an|the) ?other (views?|points? of view|perspectives?|versions?|accounts?|angles?|opinions?)|"
              r"(a |the )?(different|opposite|opposing|contrary) (views?|points? of view|perspectives?|sides?|stor(y|ies)|"
              r"versions?|accounts?|angles?|opinions?|takes?)|"
              r"(see|sees|tell|tells|describe|describes|report|reports|cover|covers|present|presents|explain|explains|"
              r"frame|frames|view|views) [a-z' ]{0,40}?differently|"
              r"(from|on) (the )?(left|right)( wing)?,? and (from |on )?(the )?(right|left)\b|"
              r"(left|right)[- ]wing and (left|right)[- ]wing|pro-?[a-z]+ and anti-?[a-z]+|"
              # "outlets that usually disagree with each other", "the US side and the Russian side", "X and its rivals"
              r"disagree with (each other|one another)|\bside and (the )?[a-z'’]+ side|(its|their) (rivals|opponents|enemies|"
              r"critics)|"
              # "coverage that is sympathetic to X and coverage that is not": a side and its mirror
              r"\b(and|or) (the )?(coverage|reporting|reports|sources|articles|news|outlets|sites|websites|media|stories|"
              r"ones|those|people) (that|which|who) (is|are|was|were|do|does|did)( not|n't)\b|"
              # "in English and in Arabic", "in Russia and in the US": the same search in two places or languages
              r"\bin (?!(the|a|an|it|this|that|order|detail|full|general|fact|case|turn)\b)[a-z]+ and in (?!(the|a|an|it|"
              r"this|that|detail|full|general|fact|case|turn)\b)(the )?[a-z]+\b|\bin (other|several|two|more|different) "
              r"languages\b)")
# a search that names both sides in so many words: "reports for and against the claim", "both sides"
_BOTH_NAMED = (rf"\b(for and against|against and for|pros? and cons?|the opposite|otherwise)\b|{OTHER_VIEW}|"
               # "articles for the claim and articles against it"
               r"\bfor (the|this|that|it)\b[^.;]{0,60}\b(and|or)\b[^.;]{0,40}\bagainst\b")
# a word that turns a claim round: "sites saying the US did not help ISIS", "reports that it never happened"
_NEGATION = (r"\b(not|never|no|false|untrue|wrong|bad|den(y|ies|ied|ying)|disput\w*|question\w*|oppos\w*|criticis\w*|"
             r"criticiz\w*|reject\w*|against|disagree\w*|fake|blam\w*|accus\w*|attack\w*|condemn\w*|made up|invented|"
             r"fabricated|a hoax|hoax|fiction|a myth)\b|n't\b")
# a search turned down, not a side: "… and no other sites", "and nothing else", "but not any others"
NO_MORE = r"^\s*(?:but |then )?(?:no|not|nothing|none|never)\b(?: any)?\s*(?:other|others|more|else|further|one)?\b"
# where a search goes, in any words, and the view it looks for: "search for both sides of the story" (not the page
# itself seen again: "read the article from a different angle")
SEARCH_VERB = (r"\b(look|looking|search|searching|find|finding|check|checking|read|reading|compare|comparing|google|"
               r"googling|watch|watching|seek|seeking|get|getting|hear|hearing|see how|see what|see if|see whether)\b")
PAGE_ITSELF = r"\b((the|this|that|its) (article|page|text|piece|site|website)|it|again)\b"
SOURCE_WORDS = (r"\b(sources|reports|articles|outlets|sites|websites|news|coverage|reporting|people|media|papers|"
                r"newspapers|stories|experts|accounts|channels|voices|views|opinions)\b")

def both_sides(low: str) -> bool:
    """True when a lower-cased step looks for both sides: "sources that agree and sources that disagree", "reports
    for and against the claim", or a claim and the same claim turned round ("sites saying the US helped ISIS and
    sites saying it did not"), whichever side comes first.

    >>> both_sides("find reports that support it and reports that challenge it"), both_sides("find reports that support it")
    (True, False)
    >>> both_sides("look for sites saying the us helped isis and sites saying the us did not help isis")
    True
    >>> both_sides("look for reports that russia helped isis and reports that it did not")
    True
    >>> both_sides("search for reports for and against the claim"), both_sides("look for sites saying the us did not help isis")
    (True, False)
    >>> both_sides("look for sites saying the us did not help isis and sites saying it did")
    True

    In other words: proving and disproving, the other side, a different view, the left and the right; not a
    search that turns every other source down.

    >>> [both_sides(s) for s in ["reports that prove russia helped isis and reports that disprove it",
    ...     "reports that challenge the claim and reports that repeat it", "coverage from the left and the right",
    ...     "people who say the story is true and people who say it is made up", "sources that see it differently",
    ...     "sites saying the us helped isis and no other sites"]]
    [True, True, True, True, True, False]
    """
    if re.search(_AGREEING, low) and re.search(_DISAGREEING, low) or re.search(_BOTH_NAMED, low):
        return True
    claims = list(re.finditer(SEEKS_AGREEMENT, low))
    if not claims:
        return False
    # the claim, then after "and"/"or" the opposite: "… and sites saying it did not", "… did not, and sites saying it did"
    joint = re.search(r"\b(and|or)\b", low[claims[0].end():])
    if not joint:
        return False
    before, after = low[claims[0].start():claims[0].end() + joint.start()], low[claims[0].end() + joint.end():]
    if re.search(NO_MORE, after) and not re.search(STATES_A_CLAIM, after):
        return False  # "sites that agree and no other sites": one side, and no more
    return bool(re.search(_NEGATION, before)) != bool(re.search(_NEGATION, after))



def searches_sources(low: str) -> bool:
    """True when a lower-cased step searches other sources for a side ("look for sources that agree") or for
    another view ("search for both sides of the story", "read coverage from the left and the right", "look for
    sources that see it differently"): a step off the page, whichever side it looks for.

    >>> searches_sources("i would search for both sides of the story"), searches_sources("find reports that support it")
    (True, True)
    >>> searches_sources("i would read the article from a different angle"), searches_sources("i think it is wrong")
    (False, False)
    """
    if re.search(SEEKS_AGREEMENT, low) and re.search(SEEKS_SOURCES, low):
        return True
    if both_sides(low) and re.search(SEARCH_VERB, low) and re.search(SOURCE_WORDS, low):
        return True  # "news that is critical of X and news that is friendly to it": both sides, in any words
    # up to fourteen words between: room for a name of several words ("the russian defence ministry's version")
    for m in re.finditer(rf"{SEARCH_VERB}(?P<between>(?:\s+[^.;\s]+){{0,14}}?\s+){OTHER_VIEW}", low):
        between = m.group("between")
        if not re.search(PAGE_ITSELF, between) or re.search(SOURCE_WORDS, between):
            return True
    return False


AGREEMENT_ONLY = "It leaves the page to look for one side only: search for what the other side says too."


def one_side(sentence: str) -> str:
    """The advice for a step that looks for one side only, naming the side it looks for (whichever side it is:
    "sites saying the US did not help ISIS" looks for one side as much as "sites saying it did").

    >>> one_side("Then I would look for sites saying the US did not help ISIS.")
    'It looks only for one side (“sites saying the US did not help ISIS”): search for what the other side says too.'
    >>> one_side("I would find news reports saying 4,000 left and then look up who runs the site.")
    'It looks only for one side (“reports saying 4,000 left”): search for what the other side says too.'
    >>> one_side("I would check RT to confirm it.") == AGREEMENT_ONLY
    True
    """
    low = sentence.lower().replace("’", "'")
    m = re.search(STATES_A_CLAIM, low)
    if not m:
        return AGREEMENT_ONLY
    # the side ends where the step does: at a comma (not one inside a number), "then", "and then", a semicolon
    side = re.split(r";|,(?!\d)|\s+(?:and\s+)?then\b", sentence[m.start():])[0].rstrip(" .!?")
    return f"It looks only for one side (“{side}”): search for what the other side says too."


#: The verdict on a plan that leaves the page only to find one side (for or against the article).
EXPECTS_ONLY = "this plan leaves the page, but looks for one side only: what would you search to find both sides?"
