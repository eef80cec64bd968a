"""Seeking: a sentence that says the student would go and look for something elsewhere, in any words for it.

One reading of "asks what to check elsewhere" for every written check (the 03 and 06 reflections): a verb of
seeking (find, look for / at / into / up, check, search, track down, dig up, compare, read … to see …) with a word of intent
before it ("I would", "I'd", "id", "we could", "try to", "want to"). How English says an intention, not a list of
what students wrote.

    >>> import re
    >>> [bool(re.search(SEEKS, s)) for s in ("i would try to find the sdf's own screening numbers.",
    ...  "i'd track down the kremlin's statement.", "we want to dig up the pentagon's briefing.",
    ...  "i would read the bbc report to see who counted.", "i would read the article again to see it.",
    ...  "the kit did find three quotations.", "i would find it hard to believe.")]
    [True, True, True, True, False, False, False]

Asking the source itself for what a claim rests on is seeking it too, on any side (:data:`ASKS_FOR`):

    >>> [bool(re.search(SEEKS, s)) for s in ("i would ask the council for the poll.", "id email the council and ask for "
    ...  "the poll results.", "i would email the pentagon for the transcript.", "i'd ask the russian defence ministry for "
    ...  "its figures.", "i would ask my friend for her opinion.", "i would ask why the writer chose it.")]
    [True, True, True, True, False, False]
"""

from __future__ import annotations

__all__ = ["SEEKS", "WAITS_TO_BELIEVE", "BELIEF_HELD_BACK", "SEEK_VERBS", "INTENT", "READS_TO_SEE", "ASKS_FOR", "ASK_VERBS", "SOURCE_THINGS", "WHICH_ONE"]

#: the things a claim comes from: a petition, report, poll, statement, video, court filing, post, transcript, data …
SOURCE_THINGS = (r"(petitions?|reports?|study|studies|surveys?|polls?|statements?|videos?|footage|recordings?|photos?|"
                 r"(court )?(filings?|rulings?|judg(e)?ments?|records|documents?)|posts?|tweets?|press releases?|"
                 r"transcripts?|speech(es)?|letters?|data|minutes|audits?|census)")
#: a word before a source thing that says which one, not whose it is ("the latest report", "the local poll")
WHICH_ONE = (r"(latest|recent|new|newer|newest|different|similar|related|later|more|several|many|various|independent|"
             r"local|national|international|fake|real|full|whole|actual|original|official|online|raw|same|other)")
#: asking, emailing, calling or writing to someone for the thing a claim rests on ("ask the council for the poll",
#: "email the Pentagon for the transcript", "email them and ask for the results", "request its figures"): going to
#: the claim's original through the one who holds it, whoever that is
#: the verbs of asking someone (kept out of the rubric's spelling vocabulary: "the White House" is never "write")
ASK_VERBS = r"(?:ask|asking|e-?mail|e-?mailing|call|calling|phone|phoning|contact|contacting|write to|writing to)"
ASKS_FOR = (rf"\b(?:{ASK_VERBS} "
            r"(?:[\w'.-]+ ){0,5}?(?:for|to (?:send|show|share|publish|release|give)"
            r"(?: (?:me|us|it|them))?)|request|requesting) (?:(?:the|a|an|its|their|his|her|any|some|that|this|those) )?"
            rf"(?:[\w'-]+ ){{0,2}}?(?:{SOURCE_THINGS}|figures?|numbers?|results?|evidence|proof|original|sources?)\b")

#: reading something other than the article to see something: "read the BBC report to see who counted" (not "read
#: it / the article again to see …")
READS_TO_SEE = (r"read (?!(?:it|this|that|the (?:article|text|story|piece|page)|this (?:article|text|story))\b)"
                r"(?:(?!\bagain\b)[^.;]){1,60}? (?:to|and) (?:see|find out|know|learn|check|work out|tell)")
#: a verb of seeking: "find" (not "find it hard …"), "look for / at / into / up", "look it up", "track down", "dig up"
SEEK_VERBS = (r"(?:find(?! (?:it|this|that|them|him|her) (?:\w+ )?(?:hard|easy|strange|odd|interesting|surprising|"
              r"difficult|weird|funny|convincing|believable|suspicious|sad|shocking)\b)|locate|look (?:for|at|into|"
              r"through|around|up)|look (?:\w+ ){1,2}up|check|search|research|google|track (?:\w+ ){0,2}down|"
              r"dig (?:\w+ ){0,2}up|hunt (?:for|down)|compare|seek|get hold of|pull up|" + READS_TO_SEE + "|" + ASKS_FOR + ")")
#: a word of intent before it: "I would", "I'd", "id", "we could", "I'll", "try to", "want to", "need to" …
INTENT = (r"(?:\b(?:i|we)(?: \w+)?(?:'d|'ll| would| will| could| should| might| want to| need to| am going to|"
          r"'m going to| plan to| have to)|\bid|\bi'?ll|\b(?:try|trying|tried|want|wanted|need|hope|plan|going|like|"
          r"love|able) to)")
#: the words that hold belief back, on any side: "before I believe", "until we trust", "unless I accept", "before I
#: decide": a condition, not a verdict, and a figure in it is no one's figure (teacher 58 #2, #7). The one pattern
#: for it: actor_verdicts drops it before reading a verdict, figure_checks before crediting a figure.
_BELIEF = r"(?:believe|trust|accept|decide|choose|pick)"
BELIEF_HELD_BACK = rf"\b(?:before|until|till|unless) (?:i|we) (?:\w+ )?{_BELIEF}\b"
#: holding belief back until something is read or seen: "before I believe the Pentagon I would read the BBC report",
#: "I would not believe either until I read the BBC report", "I would want the BBC's own count before I believe
#: either" (teacher 58 #2): what would change the student's mind, and where, on any side
WAITS_TO_BELIEVE = (rf"{BELIEF_HELD_BACK}[^.;]{{0,60}}? (?:i|we)(?:'d| would| will|'ll|"
                    r" need to| want to| have to) (?:first )?(?:read|find|get|see|look at|check|want|need)\b|"
                    rf"\b(?:not|never|n't) {_BELIEF} [^.;]{{0,40}}?\b(?:until|till|before) (?:i|we) (?:have )?(?:read|see|saw|"
                    r"find|found|check|get|got|hear|know)\b|"
                    r"\b(?:want|need|wait for) (?:[\w'.-]+ ){0,4}?(?:count|figures?|numbers?|data|report|transcript|evidence|"
                    rf"proof)s? {BELIEF_HELD_BACK}")
#: intent, up to three words (an adverb, "try to", "like to"), then a verb of seeking; or belief held back
SEEKS = rf"{INTENT}(?: [\w']+){{0,3}}? {SEEK_VERBS}\b|{WAITS_TO_BELIEVE}"
