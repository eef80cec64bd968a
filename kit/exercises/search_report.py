"""A search done, reported: what was searched, what came up, what to check next.

Lesson 01's Exercise 3 asks students to *do* a search (who published an article, and when)
and report it. A plan is judged by :func:`~kit.exercises.check_lateral_plan`; a report is
judged on what it shows the student did: the words searched (a sentence in quotes, the
title), what came up (a site, a date), and what they would check next (is it the earliest
copy? who runs the site?). Taking the first copy found as the publisher is the common
mistake; calling the article false without searching is a dismissal, the same fault as
trusting it.

    >>> check_search_report("I googled it and found nothing.").status
    'beginning'
"""

from __future__ import annotations

import functools
import re

from ..wordsets import word_sets
from .plan_steps import trust_verdict
from .reading import guarded
from .reflection import dismisses_article
from .result import BEGINNING, EMERGING, MASTERY, CheckResult
from .verdicts import verdict_asked, verdict_said, verdict_words, without_intensifiers
from .written import (
    STAYS_ON_PAGE,
    TRUSTS_THE_PAGE,
    plan_vocabulary,
    sentences_of,
    shorten,
    spelled_as_meant,
    written_answer,
)

__all__ = ["check_search_report"]

# a search done (past tense), and one only planned
SEARCHED = (r"\b(searched|googled|binged|typed|put|pasted|copied|entered|ran|tried|looked (it |this |that )?up|"
            r"did a search|searching (for )?)\b")
PLANNED = (r"\b(would|will|'ll|could|should|going to|plan to|want to) (search|google|type|put|paste|copy|look|"
           r"enter|try)\b")
# words after "searched" that are not what was searched ("I searched it on google", "I searched everywhere"), a site
# described but not named ("on a sketchy site"), and words after "found" that name no site ("found copies"): never
# words to read a misspelling as (:func:`report_vocabulary` leaves them out)
# a search engine is where the student looked, never the site a text came up on ("googles page" as "google's page"):
# the patterns below hold this mark where a search engine's name goes (:func:`engine_names`, the word set
# ``search_engines`` of data/word_sets.csv, which a teacher can add one to; teacher 50 #3)
ENGINES = "<search engine>"
NOT_SEARCHED = (r"(?!(it|this|that|them|on|in|at|and|but|then|online|around|everywhere|" + ENGINES + "|"
                r"the (internet|web)|a (while|bit)|for|up|again)\b)")
DESCRIBED = (r"(?!(a|an|some|one|this|that|the)( [\w'-]+)?( [\w'-]+)? (site|website|page|webpage|blog|outlet|sites|"
             r"websites|pages|blogs)\b)")
NOT_A_NAME = (r"(?!(it|that|this|them|nothing|something|anything|out|one|some|lots|many|more|other|similar|the|a|an|no|"
              r"stuff|things|articles|copies|results|sites|websites|links|pages|loads)\b)")
# what was searched: words of the article, not "it"
WHAT = (r"[\"“][^\"”]{6,}[\"”]|(?<![\w'])'[^']{6,}'(?!\w)|\bin (quotes|quotation marks|quote marks)\b|"
        # the words typed after the verb, three or more, not quoted: "I searched harboring and training former fighters"
        r"\b(searched|googled|typed|looked up|entered)( for)? " + NOT_SEARCHED + r"[a-z'-]+( [a-z'-]+){2,}|"
        r"\b(the|its|a|one|that|this|an|the article's)( whole| first| last| opening| unusual| long| main)? "
        r"(title|headline|sentence|phrase|line|lines|paragraph|quote|quotation|words)\b")
FOUND_NOTHING = (r"\b(found nothing|nothing (came up|showed up|was found|useful)|(did not|didn't|couldn't|could not|"
                 r"can't|cannot|did n't) find|no (results|hits|copies|luck))\b")
# a search engine's own web address ("yandex.ru", "www.google.com") is the search engine (teacher 50 #3, #70)
ENGINE_ADDRESS = r"(?:www\.)?" + ENGINES + r"(?:\.[a-z]{2,3})*\b"  # "ya.ru", an address in the word set itself
SITE = (r"\b(?!" + ENGINE_ADDRESS + r")[a-z0-9-]+\.(com|org|net|info|news|ca|uk|ru|co|io|us|de|fr|eu|me|blog)\b|"
        r"\b(site|website|blog|page|outlet) (called|named)\b|"
        # "its on wsws": "it's" with its apostrophe left out, as students write it
        r"\b(found|came up|showed up|appeared|was|were|is|its|had it|posted)\b[^.;]{0,30}\b(on|at|by) "
        r"(?!(it|the internet|(the )?(" + ENGINE_ADDRESS + "|" + ENGINES + ")|the web|a search|first|all|the first|lots|many|some|several|"
        r"other|a few|loads|different|various|the same|a lot)\b)"
        # a site described, not named ("on a sketchy site", "on some random website"): nothing to look up
        + DESCRIBED + r"[a-z]|"
        # a name after "found", nothing after it in the clause: "I found wsws.", "found rt and wsws"
        r"\bfound " + NOT_A_NAME + r"[a-z][\w.-]+"
        r"(?= *([.,;!]|$| (and|but|so|idk|lol|too|first)\b))")
# a site named before the word "website" ("on the Pentagon website", "the Kremlin's site", "on the Moscow Times page"):
# a name is written with a capital letter, read in the student's own case ("the article's page" names no site)
NAMED_PAGE = (r"\b(on|at) (the )?(?!(?:I|The|(?i:" + ENGINES + r"))\b)[A-Z][\w.&-]*( [A-Z][\w.&-]*){0,2}('s)? "
              r"(web ?site|site|web ?page|page|home ?page|blog)s?\b")
# where it came up, said without a site: a search engine ("on googles page") or the article's own page, with or
# without the apostrophe ("on the articles page"): the student names where they looked, not who published it
NO_SITE_NAMED = (r"\b(?:on|at|in|from|via|through) (?:the )?(?:(?:" + ENGINE_ADDRESS + "|" + ENGINES + r")(?: (?:search|news|images))?(?: (?:results?|pages?|"
                 r"web ?sites?|sites?))?|(?:this |that )?articles?(?:'?s)? (?:own )?(?:web ?page|page|web ?site|site))\b")
DATE = (r"\b(in|from|since|dated) (19|20)\d\d\b|\b(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?( \d{1,2}(st|nd|rd|th)?,?)? "
        r"(19|20)\d\d\b|\b(19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(19|20)?\d\d\b|\bdated\b|\bno date\b")
# what to check next: the earliest copy, who runs the site, another way to confirm
NEXT_STEP = (r"\b(earliest|oldest|older|earlier|first (copy|version|one|published|posted)|"
             # the hint's moves in a student's words: "check which came first", "find the date of that interview"
             r"(which|what|who)( one| site| copy| version)? (came|comes|come|appeared|was|went up|is) (out )?first|"
             r"(date|day) of (the|that|this) (\w+ ){0,3}(interview|original|report|statement)|"
             # "when Gerasimov gave the interview", "what day that interview was": the same move; the newspaper
             # named ("the Komsomolskaya Pravda interview", "the New York Times interview") is that move, more precise
             r"when (\w+ ){0,4}(gave|did|held|made|published|released) (the|that|this|his|her|its) (\w+ ){0,3}(interview|statement|report)|"
             r"when (the|that|this) (\w+ ){0,3}(interview|statement|report) (was|came out|happened|ran|appeared)|"
             r"(what|which) (day|date) (the |that |this )?(\w+ ){0,3}(interview|statement|report)|"
             r"(posted|published|ran|carried|printed|had)( it| them| the \w+)? first|(check|compare|look at) the dates?|"
             # what the exercise asks, who published it and when: "to see the date and author", "for the author"
             r"(see|find|find out|get|check|look for|look at|for) (the |its |who the )?(date|author|writer|byline)s?\b|"
             r"original (publisher|source|"
             r"copy)|who (runs|owns|funds|is behind|are behind|publishes|wrote|made)|wayback|archive|confirm|verify|"
             r"compare|wikipedia|other (coverage|outlets|sources|reports))")
FORWARD = r"\b(would|will|'d|'ll|next|then|want to|need to|should|plan to|going to|still)\b|\?"
# "so Global Research published it, done": the first copy taken as the publisher
SETTLES = (r"\b(so|therefore|which means|that means|meaning)\b[^.;]{0,60}\b(published|wrote|made|posted|is the "
           r"(publisher|source|author|original)|is behind)\b|\bdone\b|\bthat's it\b")

# a copy found on a site the student calls trusted, taken as proof: trusting the page, not a check
CALLED_TRUSTED = (r"\b(trusted|reliable|trustworthy|reputable|legit|legitimate|credible|official) (site|website|source|"
                  r"outlet|page|news site)\b")
# a site called trusted or sketchy without its name ("on a legit site", "on some shady website"): a verdict either way
CALLED_SITE = (r"\b(on|at|by|from) (a|an|some|one|this|that|the)( \w+)? ({words}|trusted|reliable|trustworthy|reputable|"
               r"legit|legitimate|credible) (site|website|page|webpage|blog|outlet|source|news site)s?\b")
# the copy taken as proof: "so the article is true"
PROVES_IT = (r"\b(so|therefore|which means|that means|meaning)\b[^.;]{0,40}\b(it|the article|the story|the claim|this|"
             r"that)('s| is| was| must be| has to be) (true|real|right|correct|accurate|reliable|legit)\b")
TRUSTS_A_COPY = CALLED_TRUSTED + "|" + PROVES_IT
# copies found whose dates the student will set side by side ("compare the dates to see who ran it first"): the dates
# are there to read, as a date written is
DATES_COMPARED = r"\bcompare (the |their )?(dates|days)\b"
# a next step that reads what the site says about itself
ABOUT_ITSELF = r"\babout (us|page)\b|\bits own (site|website|page)\b"
# a publisher called propaganda ("published by Russian propaganda", "on US state propaganda"): a verdict on the site
PUBLISHER_VERDICT = r"\b(published|written|posted|run|made|put out|on|from|by)\b[^.;]{0,30}\bpropaganda\b"
# a verdict on the article or its outlet, either way: "so it is probably true/false", "which is (un)reliable", "biased"
# (the verdict words are data/verdict_words.csv's, read through kit.exercises.verdicts: one list, both sides)
JUDGES = (r"\b(it|this|that|the (article|story|claim|site|outlet|report|source))('s| is| was| must be| has to be| seems)"
          r"( probably| likely| definitely| clearly| obviously| surely| very| not| just)* {words}\b"
          r"|\bwhich (is|was|are)( not| very)? {words}\b"
          # a verdict on where it came up, the site unnamed: "it was on a sketchy site", "on some legit website"
          r"|" + CALLED_SITE)
# a next step that names where, but not what to check there ("I would check WSWS")
VAGUE_NEXT = r"\b(check|look (at|into|up)|research|investigate)\b"


def engine_names() -> str:
    """A pattern for the name of a search engine, with or without "'s" ("googles page", "Yandex's page"): the word set
    ``search_engines`` of data/word_sets.csv (an edit counts at the next call).

    >>> [bool(re.fullmatch(engine_names(), w)) for w in ("google", "yandex's", "baidus", "wsws")]
    [True, True, True, False]
    """
    names = sorted(word_sets().search_engines, key=lambda w: (-len(w), w))  # the longest first
    return rf"(?:{'|'.join(re.escape(n) for n in names)})(?:'?s)?" if names else r"(?!x)x"  # none: matches nothing


def with_engines(pattern: str) -> str:
    """``pattern`` with the search engines' names where it holds :data:`ENGINES`.

    >>> bool(re.search(with_engines(NO_SITE_NAMED), "found it on yandex")), bool(re.search(NO_SITE_NAMED, "on yandex"))
    (True, False)
    """
    return pattern.replace(ENGINES, engine_names())


def as_typed(typed: str, read: str, start: int, end: int) -> str:
    """The words of ``typed`` that ``read[start:end]`` was read from, where ``read`` is ``typed`` with some words written
    as meant (:func:`~kit.exercises.written.spelled_as_meant`: "googl" read as "google"): a message quotes what the
    student wrote, not a word they did not type. The span must begin and end between words.

    >>> as_typed("found it on googl in 2017", "found it on google in 2017", 9, 18)
    'on googl'
    """
    shift = lambda at: sum(len(t.group(0)) - len(r.group(0)) for t, r in zip(  # noqa: E731
        re.finditer(r"[a-z]+", typed.lower()), re.finditer(r"[a-z]+", read)) if r.end() <= at)
    return typed[start + shift(start):end + shift(end)]


def gives_verdict(sentence: str) -> bool:
    """True when a sentence trusts or distrusts the article or its publisher, whichever outlet it names and whichever
    way it leans: the same verdict patterns as lesson 06's plan (:func:`~kit.exercises.plan_steps.trust_verdict`),
    and a verdict on the article or outlet ("so it is probably true/false", "which is (un)reliable", "so it is biased"),
    in any clause of the sentence (", and I would not trust it" after a next step).

    >>> gives_verdict("It was published by RT, so I would not trust it."), gives_verdict("It was on the BBC, so I would trust it.")
    (True, True)
    >>> gives_verdict("It was published by Chinese state propaganda."), gives_verdict("I would check who runs RT.")
    (True, False)
    >>> gives_verdict("It was on RT, so it is probably true."), gives_verdict("It was on RT, so it is probably false.")
    (True, True)
    >>> gives_verdict("Next I would check who runs RT, and I would not trust it.")
    True
    """
    low = sentence.lower().replace("’", "'")
    judges = JUDGES.format(words=verdict_words())
    return any(trust_verdict(part) == "verdict" or re.search(PUBLISHER_VERDICT, part) or re.search(judges, part)
               and not re.search(r"\b(whether|if|check|find out|see|know)\b|\?", part)  # a question to check
               for part in re.split(r",\s*(?:and|but|so)\s+|;\s*|\s+but\s+", low))


def bare_verdict(sentence: str) -> bool:
    """True when a clause after a comma is a verdict on its own, either way ("its on wsws, sus", "it was on rt,
    kinda legit"): the same verdict words as every check (data/verdict_words.csv), with "it's" left out.

    >>> bare_verdict("its on wsws, sus."), bare_verdict("its on rt, kinda legit."), bare_verdict("its on rt, dated 2017.")
    (True, True, False)
    """
    parts = re.split(r",\s*", sentence.lower().replace("’", "'"))[1:]
    return any(len(without_intensifiers(part).strip(" .!?").split()) <= 3 and verdict_said(part) for part in parts)


def report_vocabulary() -> frozenset:
    """The words this check looks for (4 letters or more), to read a misspelt report as meant ("serched"), with the
    search engines' names ("googl" read as "google").

    >>> {"searched", "google", "yandex"} <= report_vocabulary()
    True
    """
    return _vocabulary(engine_names())


@functools.lru_cache(maxsize=4)
def _vocabulary(engines: str) -> frozenset:
    patterns = [SEARCHED, PLANNED, WHAT, FOUND_NOTHING, SITE, NEXT_STEP, FORWARD, SETTLES]
    plain = [re.sub(r"\\[a-zA-Z]", " ", p.replace(NOT_SEARCHED, "").replace(DESCRIBED, "").replace(NOT_A_NAME, "")
                    .replace(ENGINES, engines)) for p in patterns]
    return plan_vocabulary() | frozenset(w for p in plain for w in re.findall(r"[a-z]{4,}", p))


@guarded(empty_is_unanswered=False)
def check_search_report(answer) -> CheckResult:
    """A rubric level for a search done and reported: what was searched, what came up, what to check next.

    *Mastery*: the words searched (a sentence in quotes, the title), what came up (a site, and its date or "no
    date shown") and what to check next (is it the earliest copy? who runs the site?). *Emerging*: a search with what came up
    but no date or no next step (or the first copy taken as the publisher: "is that the earliest copy?"), a search that
    found nothing, or a search only planned. *Beginning*: no words searched and nothing found, a verdict on the
    article instead of a search (a dismissal, or trust), or reading the page again.

    >>> print(check_search_report('I searched "secretly harboring" and found it on wsws.org dated 29 Dec 2017 '
    ...                           'and on astutenews; I would check which is earliest').message)
    it says what you searched, what came up, and what you would check next.
    >>> check_search_report("I searched the title and found it on globalresearch.ca, so Global Research "
    ...                     "published it.").status
    'emerging'
    """
    problem = written_answer(
        answer, "search report", 1, "nothing written yet: say what you searched, what came up, and what you would "
        "check next.",
        "Say what you searched, what came up, and what you would check next.",
        "Write two or three sentences: the words you searched, the sites and dates that came up, and what you "
        "would check next.")
    if problem is not None:
        return problem
    low = spelled_as_meant(answer.lower().replace("’", "'"), report_vocabulary())
    taken = [s for s in sentences_of(answer) if re.search(TRUSTS_A_COPY, s.lower())]
    searched = bool(re.search(SEARCHED, low))
    planned = not searched and bool(re.search(PLANNED, low))
    what = bool(re.search(with_engines(WHAT), low))
    nothing = bool(re.search(FOUND_NOTHING, low))
    site_, named_page = with_engines(SITE), with_engines(NAMED_PAGE)
    site, date = bool(re.search(site_, low) or re.search(named_page, answer.replace("’", "'"))), bool(re.search(DATE, low))
    found = (site or date) and not nothing
    said = [(s, spelled_as_meant(s.lower().replace("’", "'"), report_vocabulary())) for s in sentences_of(answer)]
    nexts = [s for s, read in said if re.search(NEXT_STEP, read) and re.search(FORWARD, read)]
    where = [s for s, read in said if re.search(site_, read) or re.search(DATE, read)
             or re.search(named_page, s.replace("’", "'"))]
    settles = bool(re.search(SETTLES, low))
    # a verdict either way (data/verdict_words.csv: "so it is true" / "so it is false", "the claim checks out" / "is
    # a lie"), a dismissal or trust in the outlet: one kind of sentence, named in the same words whichever way it leans
    judged = [s for s in sentences_of(answer) if gives_verdict(s) or dismisses_article(s)
              or verdict_said(re.sub(r"[\"“][^\"”]*[\"”]", " ", s.lower())) or bare_verdict(re.sub(r"[\"“][^\"”]*[\"”]", " ", s))]
    # a site called trusted without its name, the copy not taken as proof ("found it on a legit site"): a verdict, as
    # "a sketchy site" is; "a trusted site, so the article is true" takes the copy as proof
    called = [s for s in sentences_of(answer) if re.search(CALLED_SITE.format(words=verdict_words()), s.lower())]
    judged += [s for s in called if s not in judged and not re.search(PROVES_IT, s.lower())]
    taken = [s for s in taken if s not in judged or re.search(CALLED_TRUSTED, s.lower())
             and (s not in called or re.search(PROVES_IT, s.lower()))]
    judged = [s for s in judged if s not in taken]
    trusting = [s for s in sentences_of(answer) if re.search(TRUSTS_THE_PAGE, s.lower()) and s not in judged
                and not re.search(ABOUT_ITSELF, s.lower())]  # a next step to the about page: said below
    earliest = "Is that the earliest copy? How would you confirm? (look for an older copy, and find out who runs the site)"
    # a search in quotes already done ("I searched "…" and found it on a sketchy site"): ask only for the site's name
    name_it = "Name the site it came up on: its name or web address." if searched and what else ""
    verdicts = judged
    verdict_notes = [f"Gives a verdict without checking: {shorten(s)}. Where it was published is a reason to find out "
                     "more (who runs it, what others say about it), not a verdict: take the verdict out, or write it "
                     "as a question (“Can I trust …? I would check …”)." for s in verdicts]
    if taken:
        return CheckResult(BEGINNING, "this trusts the page: finding it on a site you call trusted does not show "
                           "who published it, or that it is true.",
                           [f"Trusts the page: {shorten(s)}. A site's name or reputation is not a check: find out "
                            "what others say." for s in taken]
                           + [name_it if name_it and nexts else "Say which sites and dates came up, and what you "
                              "would check next: is that the earliest copy? who runs the site?"])
    # "I googled the title and it was on a sketchy site", "… on a legit site from December 2017": no site named
    if verdicts and not (searched and found and (site or not called)):
        return CheckResult(BEGINNING, "this gives a verdict on the article (trusting or dismissing it) instead of "
                           + ("saying which site came up." if searched else "searching."), verdict_notes + [
                               name_it or "Search one of its sentences in quotation marks and say which sites and dates come up."])
    if trusting and not (searched and found):
        return CheckResult(BEGINNING, "this trusts what the page says about itself instead of searching.",
                           [f"Trusts the page: {shorten(s)}" for s in trusting]
                           + ["Search one of its sentences in quotation marks and say which sites and dates come up."])
    if not (searched or planned) and not found:
        on_page = bool(re.search(STAYS_ON_PAGE, low))
        return CheckResult(BEGINNING, ("this stays on the page: " if on_page else "this does not yet report a "
                           "search: ") + "say what you searched, what came up, and what you would check next.",
                           ["Search one of its sentences in quotation marks, then write the words you searched, "
                            "the sites that came up (with their dates), and what you would check next."])
    if not what and not found:
        return CheckResult(BEGINNING, "this says you searched, but not what you searched or what came up.",
                           ["Write the words you searched (a sentence in quotes, the title) and the sites that came "
                            "up, with their dates; if nothing came up, try a sentence with unusual words."])
    where = [s for s in where if s not in verdicts]  # a verdict is named as one, not quoted as what came up
    detail = [f"Says what came up: {shorten(where[0])}"] if found and where else []
    detail += verdict_notes
    if planned:
        return CheckResult(EMERGING, "this plans a search but does not report one yet: what did you find?",
                           detail + ["Do the search if you can, in a new tab, and write which sites and dates came "
                                     "up; offline, say what you would expect to find and how you would confirm it."])
    if nothing:
        return CheckResult(EMERGING, "this says what you searched, but nothing came up.",
                           detail + ["Try another sentence with unusual words, in quotation marks, or the title; "
                                     "then write the sites and dates that come up."])
    if not what:
        return CheckResult(EMERGING, "this says what came up, but not what you searched.",
                           detail + ["Write the words you searched (a sentence in quotes, the title)."]
                           + ([] if nexts else [earliest]))
    if not found:
        return CheckResult(EMERGING, "this says what you searched, but not what came up.",
                           detail + ["Name the sites that came up (their names or web addresses) and their dates."])
    engine = re.search(with_engines(NO_SITE_NAMED), low)
    if not site and engine:  # "found it on googles page in 2017": a date, but no site the text came up on
        typed = as_typed(answer.replace("’", "'"), low, *engine.span())  # "on googl", as the student wrote it
        return CheckResult(EMERGING, f"this says what you searched, but '{typed}' names no site: a search "
                           "engine, or the article's own page, is where you looked, not who published the text.",
                           verdict_notes + ["Name the site it came up on (its name or web address) and its date."])
    itself = [s for s, read in said if re.search(ABOUT_ITSELF, read) and re.search(FORWARD, read)]
    if not nexts and itself:
        return CheckResult(EMERGING, "this says what you searched and what came up; your next step reads the site's "
                           "about page, which is what the site says about itself.",
                           detail + [f"Next: {shorten(itself[0])}. Find out what others say about who runs it "
                                     "(Wikipedia, news reports), and look for an older copy."])
    asked = [(s, verdict_asked(read)) for s, read in said if re.search(FORWARD, read) and verdict_asked(read)]
    if not nexts and asked:  # "Next I would check if its cap": the verdict asked, not where to look or what to check
        return CheckResult(EMERGING, f"this says what you searched and what came up; your next step asks whether it is "
                           f"'{asked[0][1]}', which is a verdict: it does not say where you would look, or what you "
                           "would check there.",
                           detail + [f"Next: {shorten(asked[0][0])}. Say where you would look and what you would check: "
                                     "who runs the site? Did it post the article first?"])
    vague = [s for s, read in said if re.search(FORWARD, read) and re.search(VAGUE_NEXT, read) and s not in verdicts]
    if not nexts and vague:  # "I would check WSWS.": a step, but not what it checks
        return CheckResult(EMERGING, "this says what you searched and what came up; your next step says where to "
                           "look, but not what you would check there.",
                           detail + [f"Next: {shorten(vague[0])}. What would you check: who runs the site? Did it "
                                     "post the article first?"])
    if not nexts:
        return CheckResult(EMERGING, "this says what you searched and what came up, but not what you would check "
                           "next" + (": the first copy found is not always the publisher." if settles else "."),
                           detail + [earliest])
    if verdicts:  # a full report with a verdict on top: the verdict is named, and holds it below Mastery
        return CheckResult(EMERGING, "this says what you searched, what came up and what you would check next, but it "
                           "also gives a verdict before checking.", detail + [f"Next: {shorten(nexts[0])}"])
    if not date and not re.search(DATES_COMPARED, low):  # the exercise asks who published it, and when
        return CheckResult(EMERGING, "this says what you searched, what came up and what you would check next, but not "
                           "when: the exercise asks who published it and when.",
                           detail + [f"Next: {shorten(nexts[0])}", "Write the date the copy shows, or “no date shown” "
                                     "if it has none."])
    return CheckResult(MASTERY, "it says what you searched, what came up, and what you would check next.",
                       detail + [f"Next: {shorten(nexts[0])}",
                                 "Compare with your partner: did you find the same sites and dates?"])
