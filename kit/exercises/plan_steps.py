"""What one sentence of a lateral-reading plan does off the page: read a party's own words, and how many
separate steps it takes (for :func:`kit.exercises.check_lateral_plan`).

Going to what any named party said in its own words (its statement, briefing, report, transcript, press release,
website or account: "the Pentagon's statement", "the Kremlin's briefing", "a statement from the SDF") is going to a
primary source, whoever the party is: the rule reads the form of the words, never a list of parties.

    >>> own_words("i would read the kremlin's statement about the convoy")
    True
    >>> own_words("i would read the article's statement again")
    False
"""

from __future__ import annotations

import re

from .plan_parties import PARTY_CACHE, STATE_KINDS, party_group, party_names  # noqa: F401  (public here too)
from .plan_sides import (  # noqa: F401  (public here too, where they were first)
    AGREEMENT_ONLY,
    EXPECTS_ONLY,
    SEEKS_AGREEMENT,
    SEEKS_SOURCES,
    STATES_A_CLAIM,
    both_sides,
    one_side,
    searches_sources,
    seeks_agreement,
)
from .seeking import ASK_VERBS

__all__ = ["CHATBOT", "CHATBOT_ADVICE", "VAGUE_SEARCH_WORDS", "names_cited_report", "OWN_WORDS", "NOT_A_PARTY",
           "own_words", "without_own_words", "without_purpose", "PURPOSE_CLAUSE", "SEEKS_AGREEMENT", "seeks_agreement",
           "SEEKS_SOURCES", "CLAUSE_BREAK", "clauses",
           "step_pieces", "two_different_steps", "SAID_BY", "SPEAKS_AT", "NEWS_OUTLET",
           "NAMED_OUTLET", "both_sides", "LOOKS_INTO", "looked_into", "only_names_moves", "STATES_A_CLAIM", "own_names",
           "article_outlets", "writer_names", "party_names", "party_group", "shorten", "one_side", "AGREEMENT_ONLY", "EXPECTS_ONLY", "names_not_verbs", "trust_verdict", "own_site", "SAME_SITE",
           "PAGE_IS_RIGHT", "STEP_VERB", "NAMED_REPORTS", "named_reports", "DESCRIBES_PAGE", "describes_page", "STATES_NOUN",
           "searches_sources", "TITLED", "titled_as_report", "ASKS_ANSWER"]

# a search that says neither what it looks for nor why ("google it"): the words left once these are taken out
VAGUE_SEARCH_WORDS = frozenset(
    "i i'd we would will could should can just then first also quickly go and to google googled googling search "
    "searched searching look up for it this that them online on in the internet web a an "
    "wud wd id i'll ill probably prob maybe idk idc dunno lol lmao lmfao rofl haha tbh ngl bruh fr".split())  # filler
# asking a chatbot is not reading laterally: it can be wrong and names no source (fourth teacher)
CHATBOT = (r"\b(chat ?gpt|chat ?bot\w*|(an |the )?ai (chat\w*|assistant|tool)|ask (an |the )?ai|gemini|copilot|"
           r"claude|bard|grok|perplexity|gpt)\b")
CHATBOT_ADVICE = ("a chatbot can be wrong and names no source: look up what others say (Wikipedia, news reports) "
                  "and who they are")
# what a party says in its own words (and "account" as in a social-media account)
WORDS_OF = (r"(statements?|briefings?|reports?|transcripts?|press releases?|news releases?|websites?|web ?sites?|pages?|"
            r"accounts?|announcements?|communiqu[eé]s?|tweets?|posts?|speech(es)?)")
# the page itself, its writer, or no one in particular: reading its words again stays on the page
NOT_A_PARTY = frozenset("it its this that these those the a an article writer author page text story site website "
                        "outlet publisher paper journalist reporter same other another their his her my our your "
                        "someone somebody anyone people one both each either all many several".split())
# "the pentagon's statement", "iran's (official) briefing", "the sdf's website"; "a statement from/by the kremlin";
# "the white house statement", "the us military briefing" (a name before the noun)
# (not "WSWS's about page": what a site says of itself is who is behind it, not the claim's original: teacher 54 #9)
OWN_WORDS = (rf"\b(?P<who>[a-z][a-z.&-]*|(?<=[a-z] )\d+)(?:'s|s')\s+(?!about\b|home ?page\b)(?:[a-z]+ ){{0,2}}?{WORDS_OF}\b|"
             rf"\b{WORDS_OF} (?:issued |released |put out |posted )?(?:from|by) (?:the )?(?P<by>[a-z][a-z.&-]*)|"
             r"\b(?:the|a|an) (?P<name>(?:[a-z][a-z.&-]* ){1,3}?)(?:statements?|briefings?|transcripts?|"
             r"press releases?|announcements?|communiqu[eé]s?)\b")
# "what the Pentagon said at its briefing", "what Mattis said at his press conference", "what Iran, Russia and the
# Syrian government said in their own statements": what a named party said, in its own words, is its original
# (a party that "said about" something, "reported" or "covered" it gives an account: that is other coverage)
# a news outlet's words about an event are its coverage, not a party's original ("what Reuters said"); "what RT wrote to
# see if they say the same" is what RT wrote: the name ends at a verb of writing, "to" or "if" (teacher 46 #12)
# news outlets by name, from every side alike (a plan that names RT is graded as one that names Reuters)
NAMED_OUTLET = (r"(reuters|ap|associated press|afp|bbc|cnn|fox( news)?|msnbc|nbc|abc news|cbs|npr|pbs|sky( news)?|rt|"
                r"russia today|tass|sputnik|ria novosti|xinhua|cgtn|press tv|al jazeera|al arabiya|anadolu|france 24|dw|"
                r"deutsche welle|euronews|the guardian|the independent|(the )?new york times|nyt|(the )?washington post|"
                r"(the )?wall street journal|wsj|the times|the telegraph|der spiegel|le monde|"
                # the kit's own outlets, named like any other
                r"wsws|world socialist web ?site|global research|anti-?media|al-?masdar( news)?|al-?manar|"
                # fact-checkers report on claims as news outlets do: what they found is other coverage (teacher 54 #2)
                r"snopes|politifact|factcheck\.org|full ?fact|stopfake|lead stories|provereno)")
NEWS_OUTLET = (rf"({NAMED_OUTLET[1:-1]}|abc|guardian|independent|times|post|telegraph|journal|tribune|herald|gazette|"
               r"chronicle|news|newspapers?|papers?|media|outlets?|sites?|websites?|reporters?|journalists?|press|tv|radio|"
               r"channels?)")
SAID_BY = (r"\bwhat (?!(it|the (article|writer|author|text|page|report|story)|this|they|he|she|i|we|you|others|"
           r"other people|people|experts|journalists|wikipedia|each|both|either|everyone|everybody|the other)\b)"
           rf"(?![a-z.' ,-]{{0,60}}?\b{NEWS_OUTLET}\b(?:(?! (said|says|say|stated|states|announced|announces|told)\b)"
           r"[a-z.' ,-]){0,60}? (said|says|say|stated|states|announced|announces|told)\b)"
           r"[a-z](?:(?!\b(?:wrote|writes|write|reported|reports|covered|covers|to|if|whether)\b)[a-z.' ,-]){0,60}? "
           r"(said|says|say|stated|states|announced|announces|told (reporters|journalists|the press))\b"
           # "what the US government said about it" is its statement as much as "what it said" (teacher 47 #6);
           # not what is said about the source itself ("what Russia says about WSWS": who is behind it)
           r"(?! about (them|him|her|the (site|outlet|publisher|author|writer|website|source|group))\b)")
# where a party speaks in its own words: at a briefing or press conference, in a statement
SPEAKS_AT = (r"\b(at|in|during) (a |an |the |its |his |her |their )?(own )?([a-z]+ ){0,2}?(briefings?|press conferences?|"
             r"news conferences?|press briefings?|statements?|speech(es)?|interviews?)\b")
OWN_WORDS = rf"{OWN_WORDS}|{SAID_BY}|{SPEAKS_AT}"

# a word that reads as a verb of saying or reporting ("states", "says", "reports") but, written with a capital
# inside a sentence or after "united", is part of a name: "the United States", "the Gulf States"
NAME_NOT_VERB = (r"\b(?:(?<=[A-Za-z] )(?=[A-Z])|(?<=\b[Uu]nited )(?=[Ss]tates?\b))(?:States?|Stated|Says?|Said|"
                 r"Reports?|Reported|Announce[sd]?|Writes?|Wrote|Told|Covers?|Covered|[Ss]tates?)\b")


def names_not_verbs(sentence: str) -> str:
    """``sentence`` (as written, before lower-casing) with each word of a name that could be read as a verb
    ("the United States", "the Gulf States") joined to the word before it, so that no rule reads it as "states";
    a word written with a capital inside a sentence, or after "united", is never the verb.

    >>> names_not_verbs("I would check what the United States said and what the Gulf States said.")
    'I would check what the UnitedStates said and what the GulfStates said.'
    >>> names_not_verbs("i would check what the united states said"), names_not_verbs("States often say so.")
    ('i would check what the unitedstates said', 'States often say so.')
    >>> names_not_verbs("I would check what Russia states about it.")
    'I would check what Russia states about it.'
    >>> names_not_verbs("i would check what the baltic states said"), names_not_verbs("what states said")
    ('i would check what the balticstates said', 'what states said')
    """
    sentence = re.sub(r"(?<=[A-Za-z]) (?=" + NAME_NOT_VERB[2:] + ")", "", sentence)
    return one_word_names(re.sub(STATES_NOUN, r"\g<w>\g<s> ", sentence))


# a name of the form "X of Y" is one name, as a one-word name is: "the People's Republic of China", "the government
# of Iran" stand where "China" stands ("of" inside a name splits no phrase; a news outlet's name is left as written)
_CAPITAL = r"(?!(?:The|A|An|I|If|Then|And|But|So|First|Next|Also|After|Finally)\b)[A-Z][\w'’.&-]*"
NAME_PHRASE = (rf"\b(?:{_CAPITAL}\s+)+of\s+(?:the\s+)?{_CAPITAL}(?:\s+{_CAPITAL})*|"
               rf"\b(?i:government|ministry|president|army|military|parliament|leaders?|foreign ministry)\s+of\s+"
               rf"(?:the\s+)?{_CAPITAL}(?:\s+(?:of\s+)?{_CAPITAL})*")


def one_word_names(sentence: str) -> str:
    """``sentence`` with each name of the form "X of Y" written as one word (its apostrophes inside dropped, a final
    possessive kept), so that every rule reads it as it reads a one-word name; a news outlet's name is kept.

    >>> one_word_names("I would look for news from the People's Republic of China and the White House's statement.")
    "I would look for news from the PeoplesRepublicofChina and the White House's statement."
    >>> one_word_names("I would check if the government of Iran reported it, and what Fox News said.")
    'I would check if the governmentofIran reported it, and what Fox News said.'
    """
    def join(match):
        name = match.group(0)
        if re.fullmatch(rf"(?i:(?:the )?{NAMED_OUTLET})(?:'s|’s)?", re.sub(r"\s+", " ", name)):
            return name
        end = re.search(r"(?:'s|’s|s')$", name)
        core = name[:end.start()] if end else name
        return re.sub(r"\s+|['’]", "", core) + (end.group(0) if end else "")
    return re.sub(NAME_PHRASE, join, sentence)


# "states" followed by a verb is the noun, in any case: "what the baltic states said", "the gulf states have said"
# (a verb is not followed by another verb); the word before is joined to it, as for a name
STATES_NOUN = (r"(?i)\b(?!(?:what|how|the|that|which|who|and|or|of|in|its|their|some|many|all|other|these|those)\b)"
               r"(?P<w>[a-z]+) (?P<s>states) (?=(?:said|say|says|stated|reported|claimed|told|announced|wrote|have|"
               r"had|were|are|did|do|themselves|all)\b)")


# trusting or not trusting, said of the page or of any outlet: a verdict, not a step off the page, when the
# sentence has no verb that goes anywhere ("I would trust it if the BBC reported it too", "I would not trust RT
# because it is biased"): graded by these words, never by which outlet it names
#: a step verb that is the last word of an outlet's name (:data:`NAMED_OUTLET`: "Global Research") is no verb: "Global
#: Research made it up" is a verdict on the outlet, as "RT made it up" is (teacher 57 #7)
IN_A_NAME = r"(?<!\b[Gg]lobal )"
TRUST_WORDS = r"\b(trust|trusts|believe|believes|distrust|distrusts)\b"
GOES_SOMEWHERE = (rf"\b{IN_A_NAME}(look|looks|looking|search|searches|searching|check|checks|checking|read|reading|compare|comparing|"
                  r"find|finding|google|googling|research|researching|investigate|investigating|trace|tracing|ask|"
                  r"asking|watch|watching|visit|visiting|go|going|open|opening|contact|contacting)\b")
# a verb that takes a step somewhere (not "go with whatever X says"): a named outlet is read only by such a step
STEP_VERB = (rf"\b{IN_A_NAME}(look|looks|looking|search|searches|searching|check|checks|checking|read|reading|compare|comparing|"
             r"find|finding|google|googling|research|researching|investigate|investigating|trace|tracing|ask|asking|"
             r"watch|watching|visit|visiting|open|opening|contact|contacting|see (if|whether|what|how|who)|verify|"
             r"verifying|"
             r"(go|going) (to|on|onto|through))\b")
# a step that asks whether a named one reports or agrees ("see if Haaretz agrees with the article", "check whether
# the Pentagon reported it"): what others say about the claim, whoever is named, on a list of outlets or not
NAMED_REPORTS = (r"\b(?P<lead>(?i:see|check|find out|ask|look|compare|read|search)\b[^.;]{0,25}?\b(?i:if|whether)\s+)"
                 r"(?P<n>(?:(?i:the)\s+)?(?:(?i:government|ministry|president|army|military|parliament|leaders?)\s+of\s+"
                 r"(?:(?i:the)\s+)?)?(?!I\b)[A-Z][\w&'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w&'’.-]*)*"
                 r"(?:\s+(?:government|military|army|ministry|officials|media|press|authorities|forces|administration))?)"
                 r"(?=\s+(?i:also\s+|too\s+)?(?i:reports|reported|agrees?|agreed|says|said|covers|covered|confirms|"
                 r"confirmed|writes|wrote|describes|described|tells|told|publish(?:es|ed)|ran|runs|carries|carried)\b)")


def named_reports(sentence: str, is_own=None) -> str:
    """``sentence`` (as written) with each "if/whether <a name> reports/agrees/says …" after a step written as
    "other news": a step that asks what a named one reports is other coverage, whoever it names (an outlet on the
    kit's list or not, a country, a ministry); one the article itself names (``is_own``) is asked for its own words.

    >>> named_reports("I would see if Haaretz agrees with the article."), named_reports("I would check whether the US reports it.")
    ('I would see if other news agrees with the article.', 'I would check whether other news reports it.')
    >>> named_reports("I would check whether the BBC report says 4,000."), named_reports("If RT says so, it is true.")
    ('I would check whether the BBC report says 4,000.', 'If RT says so, it is true.')
    >>> named_reports("I would see if Russia agrees.", lambda name: name == "Russia")
    "I would see if Russia's own statement agrees."
    """
    def swap(m):  # one the article names: what it says itself is the claim's original, its own statement
        own = is_own is not None and is_own(m.group("n"))
        return m.group("lead") + (f"{m.group('n')}'s own statement" if own else "other news")
    return re.sub(NAMED_REPORTS, swap, sentence)


TRUSTS_IF_REPORTED = (r"\b(if|when|once|as long as|only if|unless)\b[^.;]*\b(reports?|reported|says?|said|covers?|covered|"
                      r"confirms?|confirmed|publish(es|ed)?|writes?|wrote|runs?|ran|carries|carried|shows?|showed)\b")


# the page's own site: scrolling, or the same writer's or site's other articles, stays on the page's site
SAME_SITE = (r"\b(scroll(s|ed|ing)? (down|up|through|to|along)\b[^.;]*|(the |this |its |their )?(author|writer|"
             r"journalist|reporter|site|website|outlet|page|paper|publisher|blog)('s|s') (own )?(other|older|earlier|"
             r"previous|past|latest|recent|more) (articles|stories|posts|pieces|reports|work|writing)|(other|older|"
             r"earlier|previous|more) (articles|stories|posts|pieces|reports) (by|from|on|in) (the same|this|that|its|"
             r"the) (author|writer|site|website|outlet|page|journalist|reporter|blog|paper)\b)")


def own_site(sentence: str, outlets: list) -> str:
    """``sentence`` with "articles from <the article's own outlet>" written as "articles from the same site": more of
    the same outlet's articles stay on its site (:data:`SAME_SITE`), whichever outlet it is.

    >>> own_site("I would read other articles from WSWS about the convoy.", ["WSWS"])
    'I would read other articles from the same site about the convoy.'
    >>> own_site("I would read other articles from the BBC about it.", ["WSWS"])
    'I would read other articles from the BBC about it.'
    """
    for outlet in outlets:
        sentence = re.sub(rf"(?i)\b(articles|stories|posts|pieces|reports|news) (from|by|on|in) (the )?{re.escape(outlet)}\b",
                          r"\1 \2 the same site", sentence)
    return sentence


# a verdict that the page is right ("X is obviously lying, so the article is right"): trusting it, not dismissing it
PAGE_IS_RIGHT = (r"\b(so|therefore|which means|that means|then|and) (the (article|page|text|story|site|writer|author)|"
                 r"it|this)('s| is| must be| has to be| was| should be)( (probably|definitely|obviously|clearly|surely|"
                 r"certainly))? (right|true|correct|accurate|honest|telling the truth|real)\b")
# a sentence about the page, not a step: "The article quotes Russia without checking it", "The writer cites the BBC"
DESCRIBES_PAGE = (r"^\W*(the|this) (article|text|page|story|piece|writer|author|journalist|reporter) (also |only |just )?"
                  r"(?!(is|was|has|does|seems|looks|appears)\b)[a-z]+[^s\W]?s\b(?!.*\b(i|we|me|my|you)\b)")


def describes_page(low: str) -> bool:
    """True when a lower-cased sentence says what the page does, taking no step of its own.

    >>> describes_page("the article quotes russia without checking it."), describes_page("the article quotes the bbc, so i would check it")
    (True, False)
    >>> describes_page("the article is propaganda."), describes_page("the writer cites the pentagon.")
    (False, True)
    """
    return bool(re.search(DESCRIBES_PAGE, low))


def trust_verdict(low: str) -> str:
    """For a lower-cased sentence that only trusts or distrusts (no verb that goes anywhere): "agreement" when the
    trust waits on another report saying the same, "verdict" otherwise; "" for a sentence that takes a step.

    >>> trust_verdict("i would trust it if the bbc reported it too"), trust_verdict("i would trust it if rt reported it too")
    ('agreement', 'agreement')
    >>> trust_verdict("i would not trust cnn because it is biased"), trust_verdict("i would not trust sana because it is biased")
    ('verdict', 'verdict')
    >>> trust_verdict("i would check whether reuters reported it before i trust it")
    ''
    """
    if not re.search(TRUST_WORDS, low) or re.search(GOES_SOMEWHERE, low):
        return ""
    return "agreement" if re.search(TRUSTS_IF_REPORTED, low) else "verdict"


# one sentence, two steps: "read the BBC report to see how many left, and look up who runs WSWS"
CLAUSE_BREAK = (r"(?:,\s*(?:and |then |and then )|\s+and then )(?=(?:i would |i will |i could |i'd |we would |also )?"
                r"(?:look|check|search|"
                r"read|find|compare|google|go|visit|ask|watch|trace|investigate|contact|email|call|research)\b)")


def clauses(low: str) -> list[str]:
    """The clauses of one lower-cased sentence that each take a step of their own (split at ", and" + a verb).

    >>> clauses("i would read the report to see how many left, and look up who runs it")
    ['i would read the report to see how many left', 'look up who runs it']
    >>> clauses("i would compare the bbc, cnn and fox")
    ['i would compare the bbc, cnn and fox']
    """
    return [c for c in re.split(CLAUSE_BREAK, low) if c.strip()]


# where one sentence moves on to another step: "…, then search for …", "… and then …", "; after that …"
# (or two places joined by "and": "search the district website and local news"; each piece must make its own move)
STEP_BREAK = r",?\s*\b(?:and )?(?:then|after that|next|afterwards|also)\b|\band\b"


def step_pieces(low: str) -> list[str]:
    """The steps one sentence takes, in order.

    >>> step_pieces("i would check who wsws is, then reuters")
    ['i would check who wsws is', ' reuters']
    >>> step_pieces("search the district website and local news")
    ['search the district website ', ' local news']
    """
    return [piece for piece in re.split(STEP_BREAK, low) if piece and piece.strip()]


def two_different_steps(steps: list[set]) -> bool:
    """True when two different steps make two different moves (one step counted twice is not two).

    >>> two_different_steps([{"trace"}, {"trace"}]), two_different_steps([{"trace", "coverage"}])
    (False, False)
    >>> two_different_steps([{"trace"}, {"who", "trace"}])
    True
    """
    return any(a != b for i, first in enumerate(steps) for j, second in enumerate(steps) if i != j
               for a in first for b in second)


# what a step is for ("to see what it says", "whether it gives that number"): part of that step, not another one
# ("check who wrote it and if other sites say the same": after "and", "if" is a second thing to check, not a purpose)
PURPOSE_CLAUSE = (r"\b(to (see|find( out)?|check|learn|know|confirm|verify|tell|compare)|so (that|i|we)|(?<!and )whether|"
                  r"(?<!and )if|"
                  r"because|which would|that would)\b[^,;]*?(?=[,;]|\band ((then|also) )*(i would |i'd )?(look|check|search|"
                  r"read|find|compare|google|see how)\b|\bthen\b|$)")


def party_words(low: str):
    """The matches of a party's own words in a lower-cased sentence (the page's own words left out)."""
    for m in re.finditer(OWN_WORDS, low):
        who = m.group("who") or m.group("by") or m.group("name") or ""
        if m.group("by") and re.search(rf"\bfrom (the )?{NAMED_OUTLET}$", m.group(0)):
            continue  # "reports from Reuters": a news outlet's reports are its coverage, not a party's own words
        if m.group("by") and re.match(r"((\s+(and|or)|,)?\s+[a-z'-]+){0,4}?\s+(media|news|press|outlets?|newspapers?|"
                                      r"papers?|tv|radio|journalists?|reporters?|sites?|websites?|channels?)\b",
                                      low[m.end():]):
            continue  # "reports from Russian and American media": their coverage
        if not set(who.split()) & NOT_A_PARTY:
            yield m


def own_words(low: str) -> bool:
    """True when a lower-cased sentence goes to a named party's own words.

    >>> [own_words(s) for s in ["read iran's statement", "the us military's briefing", "a statement from the sdf",
    ...                         "the white house statement", "the author's website", "the same statement"]]
    [True, True, True, True, False, False]
    """
    return any(True for _ in party_words(low))


def without_own_words(low: str) -> str:
    """The sentence with a party's own words taken out (they are its original, not other coverage).

    >>> without_own_words("read the bbc's report")
    'read the  '
    """
    for m in reversed(list(party_words(low))):  # a news outlet's whole name goes with it ("fox news's website")
        before = re.sub(rf"\b(the )?{NAMED_OUTLET}\s*$", " ", low[:m.start()]) if m.group("who") else low[:m.start()]
        low = before + " " + low[m.end():]
    return low


def without_purpose(low: str) -> str:
    """The sentence with what its steps are for taken out: what is left is where it goes.

    >>> without_purpose("i would read the coalition's press release to see how many people it says left")
    "i would read the coalition's press release  "
    """
    return re.sub(PURPOSE_CLAUSE, " ", low)


def names_cited_report(low: str, article_low: str) -> bool:
    """True when a sentence names a report that the article itself names ("the BBC report", when the article
    says "a report by the BBC"): that report is the claim's original, not other coverage. Both are lower-cased.

    >>> names_cited_report("i would check the bbc report", "an investigative report by the bbc titled x says")
    True
    >>> names_cited_report("i would check the cnn report", "an investigative report by the bbc titled x says")
    False
    """
    if not article_low:
        return False
    nouns = r"(report|investigation|article|story|study|interview|documentary|survey)"
    for m in re.finditer(rf"\b(?=([a-z][a-z.&-]*)(?:'s|s')? (?:[a-z]+ )?{nouns}\b)", low):  # overlapping: "the bbc report"
        who, noun = re.escape(m.group(1)), m.group(2)
        if m.group(1) in NOT_A_PARTY:
            continue
        if re.search(rf"\b{who}(?:'s|s'|’s)?\b[^.]{{0,60}}?\b{noun}|\b{noun}\b[^.]{{0,40}}?\bby (the )?{who}\b",
                     article_low):
            return True
    return False


#: asking a party or a person the text names for its own answer, whichever side: "email the Pentagon for its answer",
#: "email Sam Patel and Linda Moore for their side", "ask the two councillors why they voted no", "email Sam Patel to
#: ask why she did not respond", "ask the skaters if they were asked" (not oneself, friends or a chatbot: no source)
ASKS_ANSWER = (rf"\b{ASK_VERBS} (?!(?:it|this|that|why|whether|if|what|how|who|my|our|your|me|myself|ourselves|yourself|people|someone|somebody|anyone|everyone|"
               r"friends?|family|parents|teachers?|classmates?|ai|chat ?gpt|chat ?bots?|gemini|copilot|google|the "
               r"(?:article|page|text|story|internet|web))\b)(?:[\w'.-]+ ){1,5}?(?:(?:to |and )ask (?:them |him |her |it )?)?"
               r"(?:for (?:its|their|his|her|the|a) (?:own )?(?:answer|side|reply|response|comment|view|version|story|"
               r"account|explanation|reasons?)\b|(?:why|whether|if|what|how) )")
#: a report the article names by its title ('a report by the BBC titled “Raqqa's dirty secret”')
TITLED = (r"\b(?:titled|entitled|headlined|called|named)\s+(?:[\"“](?P<title>[^\"”“]{3,80})[\"”]|"
          r"‘(?P<single>[^’]{3,80})’)")


def titled_as_report(low: str, article_low: str) -> str:
    """``low`` (a lower-cased step) with the title of a report the article names by its title written as "report
    titled …", as a step that names the report itself reads ("search the bbc raqqa dirty secret": the report the
    article cites, the claim's original); ``low`` as it is when it names no such title. Both are lower-cased.

    >>> cited = "a report by the bbc titled “raqqa's dirty secret” says"
    >>> titled_as_report("i would search the bbc raqqa dirty secret", cited)
    'i would search the bbc report titled raqqa dirty secret'
    >>> titled_as_report("i would read the bbc report titled raqqa's dirty secret", cited)
    "i would read the bbc report titled raqqa's dirty secret"
    """
    for found in re.finditer(TITLED, article_low or ""):
        words = re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", found.group("title") or found.group("single")))
        if len(words) >= 2:
            title = r"(?:['’]s)?\W+".join(map(re.escape, words)) + r"(?:['’]s)?\b"
            low = re.sub(rf"(?<!titled )(?<!report )\b(?={title})", "report titled ", low)
    return low


# a search verb and what it looks into: "investigate WSWS", "research Global Research", "look into RT", "read up on
# the Guardian", "look up WSWS", "google RT", "check out Sputnik" (a name, capitalised as names are, or a news outlet:
# who is behind it is what that finds out; "google RT for reports of the convoy" reads RT's coverage instead)
LOOKS_INTO = (r"\b(?i:investigat\w*|research(?:es|ed|ing)?|look(?:s|ed|ing)? (?:into|up)|read(?:s|ing)? up (?:on|about)|"
              r"vet(?:s|ted|ting)?|background[- ]check\w*|googl(?:e|es|ed|ing)(?!\s+news\b)|check(?:s|ed|ing)? out)\s+(?i:the\s+)?")
# the name ends where the noun phrase does: "investigate the US claim" looks into a claim, not into the US
_NAME_ENDS = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?i:to|and|or|then|first|on|in|for|with|because|so|as|online|further|more|"
              r"properly|carefully|itself|myself|before|after|who|what|if|whether)\b)")
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z](?:[\w&'-]|\.(?=\w))*)"  # "U.S." in "U.S. News", "Fox"
_NAME_CORE = (rf"(?:(?i:government|ministry|president|army|military|parliament|leaders?)\s+of\s+(?:(?i:the)\s+)?)?"
              rf"(?:(?i:{NAMED_OUTLET[1:-1]})\b|{_WORD}(?:\s+(?:of\s+|the\s+)?{_WORD})*"
              r"(?:\s+(?:government|military|army|ministry|administration))?)")
_NAME = rf"{_NAME_CORE}{_NAME_ENDS}"
# who is behind a named one: "who runs RT", "who funds WSWS", "who Sputnik is", "RT's Wikipedia page"
_WHO_RUNS = (r"(?i:\bwho\s+(?:really\s+)?(?:runs|owns|funds|finances|controls|backs|publishes|pays for|paid for|"
             r"is behind|are behind|is funding|is running)\s+(?:the\s+)?)")


def looked_into(sentence: str, is_own=None, others: list | None = None) -> str:
    """``sentence`` (as written, before lower-casing) with each "investigate <a name>", "look up <a name>",
    "who runs <a name>" or "<a name> on Wikipedia" written as looking up "the publisher": looking into a named
    outlet or person finds out who is behind the source, whoever it is, and a name looked into is not other
    coverage ("investigate RT" is not a search of RT's reporting).

    >>> looked_into("I would investigate WSWS. Then I would research Global Research to see who funds it.")
    'I would look up the publisher. Then I would look up the publisher to see who funds it.'
    >>> looked_into("I would look into rt first."), looked_into("I would investigate the US claim.")
    ('I would look up the publisher first.', 'I would investigate the US claim.')
    >>> looked_into("First I would find out who is behind Sputnik and who funds it.")
    'First I would find out who is behind the publisher and who funds it.'
    >>> looked_into("I would google RT for reports of the convoy.")  # reads RT's coverage
    'I would google RT for reports of the convoy.'

    With ``is_own`` (True for a name that is the article's own outlet, or one the article names), a name that is
    not is taken out with its step, and added to ``others``: finding out who is behind another outlet finds out
    nothing about this article's source.

    >>> others = []
    >>> looked_into("I would look into RT. Then I would look up WSWS on Wikipedia.", lambda n: n == "WSWS", others)
    'I would  . Then I would look up the publisher on Wikipedia.'
    >>> others
    ['RT']
    """
    def swap(match, own_words):
        name = match.group("n")
        if is_own is None or is_own(name):
            return own_words
        if others is not None:  # as typed: "the US", "the Kremlin"
            others.append(("the " if re.search(r"(?i)\bthe\s+$", match.string[:match.start("n")]) else "") + name)
        return " "

    coverage = (r"(?!\s+(?i:for\s+(?:other\s+|news\s+|more\s+|its\s+|their\s+)?(?:reports?|coverage|stories|articles|news)|"
                r"and\s+(?:the|a|an)\s+(?!publisher|owner|author|writer|site|website)[a-z]))")  # "google X and the convoy"
    sentence = re.sub(LOOKS_INTO + rf"(?P<n>{_NAME_CORE}){_NAME_ENDS}{coverage}",
                      lambda m: swap(m, "look up the publisher"), sentence)
    sentence = re.sub(rf"(?P<who>{_WHO_RUNS})(?P<n>{_NAME_CORE})(?![\w'’])",
                      lambda m: swap(m, m.group("who") + "the publisher"), sentence)
    sentence = re.sub(rf"(?i:\bwho\s+)(?:the\s+)?(?P<n>{_NAME_CORE})\s+(?P<is>(?i:is|are|was|were)\b)",
                      lambda m: swap(m, "who the publisher " + m.group("is")), sentence)
    sentence = re.sub(rf"(?i:\bwikipedia\s+(?:page|article|entry)\s+(?:on|about)\s+)(?:(?i:the)\s+)?(?P<n>{_NAME_CORE})"
                      rf"{_NAME_ENDS}", lambda m: swap(m, "the publisher on Wikipedia"), sentence)  # its page on a name
    # "WSWS's About page": what the outlet says of itself, a look into it (never its coverage: teacher 54 #9)
    sentence = re.sub(rf"(?<![\w'’-])(?P<n>{_NAME_CORE})(?:'s|’s)(?P<page>\s+(?i:about(?:\s+us)?\s+(?:page|section)))\b",
                      lambda m: swap(m, "the publisher's" + m.group("page")), sentence)
    return re.sub(rf"(?P<up>(?i:\b(?:up\s+)?))(?P<n>{_NAME_CORE})(?:'s|’s)?(?P<wiki>\s+(?i:on\s+wikipedia|wikipedia)\b)",
                  lambda m: swap(m, ("up " if m.group("up").strip() else "") + "the publisher" + m.group("wiki")),
                  sentence)


def article_outlets(article, field: str = "outlet") -> list[str]:
    """The outlets named in the ``outlet`` field of an article (a row or a table), or its writers (``field="author"``,
    the byline); [] for text, or when none is given.

    >>> import pandas as pd
    >>> article_outlets(pd.DataFrame({"outlet": ["RT", ""]})), article_outlets("Plain text.")
    (['RT'], [])
    >>> article_outlets(pd.DataFrame({"outlet": ["WSWS"], "author": ["Bill Van Auken"]}), "author")
    ['Bill Van Auken']
    """
    if hasattr(article, "columns") and field in article.columns:
        return list(dict.fromkeys(o.strip() for o in article[field] if isinstance(o, str) and o.strip()))
    outlet = article.get(field) if hasattr(article, "get") and not isinstance(article, (str, dict)) else None
    return [outlet.strip()] if isinstance(outlet, str) and outlet.strip() else []


def own_names(article) -> object:
    """For a plan about ``article`` (a row or table with an ``outlet``): a test that is True for a name that is its
    outlet (or another name for it) or that its text names, so looking into it looks into this article's source;
    None when the article's outlet is not known (a pasted text): then any name may be its own. Its footer
    (``boilerplate``) and ``notes`` are its text too: the owner or contact they name is who is behind it (teacher 54 #2). A country, a
    government or a military is named when the text gives any name of the same country ("the Kremlin" for a text
    that names Moscow), as an outlet is by any of its names: one rule, whoever it is.

    >>> import pandas as pd
    >>> is_own = own_names(pd.DataFrame({"outlet": ["WSWS"], "text": ["A report by the BBC said so in Moscow."]}))
    >>> is_own("the World Socialist Web Site"), is_own("BBC"), is_own("RT"), own_names("Plain text.") is None
    (True, True, False, True)
    >>> is_own("the Kremlin"), is_own("the Russian military"), is_own("the Pentagon"), is_own("Washington")
    (True, True, False, False)

    Its writer (the ``author`` field, its byline) is named by it too, by full or family name, whoever they write for:
    looking the writer up is SIFT's "investigate the source" (teacher 53 #4).

    >>> is_own = own_names(pd.DataFrame({"outlet": ["RT"], "author": ["Anna Volkova"], "text": ["No names."]}))
    >>> is_own("Anna Volkova"), is_own("Volkova"), is_own("Mary Hollis")
    (True, True, False)
    """
    from .answers import norm
    from .entity_names import entity_aliases
    from .evidence import article_text

    outlets = article_outlets(article)
    if not outlets:
        return None
    aliases = entity_aliases()
    own = {norm(aliases.get(norm(o), o)) for o in outlets}
    written = "\n".join([article_text(article), *article_outlets(article, "boilerplate"), *article_outlets(
        article, "notes")]).replace("’", "'")  # its footer and notes too: "To contact the WSWS and the Socialist Equality Party"
    text = written.lower()
    writers = writer_names(article)

    def gives(name: str, exact: bool = False) -> bool:  # the gazetteer's "US", "U.S." as written (not "us")
        exact = exact and (len(name) <= 3 or "." in name)
        return bool(name) and bool(re.search(rf"(?<![\w-]){re.escape(name if exact else name.lower())}(?![\w-])",
                                             written if exact else text))

    def is_own(name: str) -> bool:
        key = norm(name)
        bare = re.sub(r"^the ", "", key)
        if norm(aliases.get(key, aliases.get(bare, name))) in own or key in own or bare in writers:
            return True
        country = party_group(name)
        return any(gives(n, True) for n in country) if country else gives(bare)  # not named: "another outlet", "someone"
    return is_own


def writer_names(article) -> set[str]:
    """The lower-case names of ``article``'s writers (its ``author`` field), in full and by family name: ``own_names``."""
    from .answers import norm
    return {norm(n) for w in article_outlets(article, "author") for n in (w, w.split()[-1], " ".join(w.split()[1:])) if n.strip()}


def only_names_moves(sentences, without_labels) -> bool:
    """True when every sentence of a plan only names SIFT's moves ("Stop. Investigate the source. Find better
    coverage."): ``without_labels`` takes the names out of one lower-cased sentence.

    >>> from kit.exercises.written import without_sift_labels
    >>> only_names_moves(["Stop.", "Investigate the source.", "Find better coverage."], without_sift_labels)
    True
    >>> only_names_moves(["Investigate the source.", "I would read the BBC report."], without_sift_labels)
    False
    """
    sentences = [s for s in sentences if re.search(r"[a-z]", s.lower())]
    return bool(sentences) and not any(re.search(r"[a-z]", without_labels(s.lower())) for s in sentences)


def shorten(sentence: str, limit: int = 120) -> str:
    """A sentence in quotation marks, cut to ``limit`` characters, between words where it can be.

    >>> shorten("I would check it."), shorten("abcdef", 4), shorten("It makes Russia sound bad.", 20)
    ('“I would check it.”', '“abc…”', '“It makes Russia…”')
    """
    if len(sentence) <= limit:
        return f"“{sentence}”"
    cut = sentence[: limit - 1]
    words = cut.rsplit(" ", 1)[0].rstrip(" ,;:")  # not inside a word ("soun…")
    return "“" + (words if " " in cut and len(words) > limit // 2 else cut) + "…”"
