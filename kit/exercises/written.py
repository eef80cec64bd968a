"""Written answers: a three-level rubric, never a tick.

Civic Online Reasoning scores students' written answers as *beginning*, *emerging* or
*mastery*. These checks do the same, sentence by sentence, and quote the sentences
that met each level, so a student sees what worked and what to add. They read what a
sentence does (leaves the page to check, names evidence, says what it would show),
not how many keywords it holds: a list of keywords, a word repeated, or a plan that
trusts the page without checking elsewhere never reaches mastery. A rubric is a
prompt for the teacher's judgement, not a grade.

    >>> check_lateral_plan("blah " * 40).status
    'beginning'
"""

from __future__ import annotations

import functools
import re

from . import actor_verdicts, plan_quotes, plan_shows, stances
from . import plan_outlets as outlets
from . import plan_steps as steps
from .evidence import article_text
from .plan_outlets import other_outlet_note, others_said, person_step, publisher_notes, quoted_parties
from .plan_shows import SHOW_WHAT, unshown_advice, verdict_purpose_advice, weighs_both_ways
from .plan_steps import (  # noqa: F401  (shorten: public here too, where it was first)
    AGREEMENT_ONLY,
    CHATBOT,
    CHATBOT_ADVICE,
    EXPECTS_ONLY,
    VAGUE_SEARCH_WORDS,
    one_side,
    shorten,
)
from .prose import (  # noqa: F401  (public here too, where they were first)
    ABBREVIATION,
    copied_from,
    copied_note,
    copied_sentences,
    reads_as_prose,
    sentences_of,
    word_count,
    written_answer,
)
from .reading import guarded
from .result import BEGINNING, EMERGING, MASTERY, CheckResult
from .seeking import ASK_VERBS, ASKS_FOR, SOURCE_THINGS, WHICH_ONE  # noqa: F401  (SOURCE_THINGS: public here too, where it was first)
from .stances import DISMISSES, NO_CHECK, REFUSES_TO_READ, VOUCHES, actor_stance, dismisses_or_trusts
from .tries import counts_tries
from .verdicts import (  # noqa: F401  (public here too, where they were first)
    spelled_out,
    verdict_purpose,
    verdict_reason,
    verdict_said,
    without_verdict_purpose,
)

__all__ = ["check_lateral_plan", "sentences_of", "reads_as_prose", "LATERAL_MOVES", "word_count", "shorten",
           "spelled_as_meant", "dismisses_or_trusts", "written_answer", "plan_vocabulary", "STAYS_ON_PAGE",
           "TRUSTS_THE_PAGE", "other_outlet_note"]

# leaving the page: what a plan makes the student do (SIFT's I, F and T), in anyone's words
# going to the thing a claim comes from is tracing it, whoever made it: a verb of going to or opening ("open",
# "read", "find", "watch") and the petition, report, study, statement, video, court filing or post itself ("open the
# petition itself", "watch the Kremlin's video", "read the Pentagon's original post"); not the page (article, story),
# not a news outlet's piece, not "other" ones (that is other coverage), nor "the survey claim" (which claim, not where)
GOES_TO_SOURCE = (r"\b(open|opens|opening|read|reads|reading|find|finds|finding|check|checks|checking|watch|watches|"
                  r"watching|look(s|ing)? (at|up|for)|go(es|ing)? to|visit(s|ing)?|get|pull up|download|view|listen to) "
                  rf"(the|that|this|its|their|(the |its |their )(?!({steps.NEWS_OUTLET}|{'|'.join(steps.NOT_A_PARTY)}|{WHICH_ONE})\b)"
                  rf"[a-z][a-z.&-]*|(the )?(?!{steps.NEWS_OUTLET}')([a-z][a-z.&-]* ){{0,3}}?"
                  r"(?!(" + "|".join(sorted(steps.NOT_A_PARTY)) + r")')"
                  rf"(?!{steps.NEWS_OUTLET}')[a-z][a-z.&-]*'s?) ((own|actual|real|full|whole|complete|original|"
                  rf"official|signed|online|raw) )*{SOURCE_THINGS}\b(?!'s| again\b| (claims?|figures?|numbers?)\b)")
LATERAL_MOVES = {
    "finds out who is behind the source": (
        r"\b(who (publish|publishes|published|wrote|writes|runs|owns|funds|pays for|paid for|is behind|are behind|"
        r"posted|made)|whoever (posted|published|wrote|runs|made)|ownership|funded|funding|"
        # Wikipedia on the source, not its page on the event ("the Wikipedia page on the Raqqa deal": other coverage)
        r"wikipedia(?! (page|article|entry) (on|about) (the|a|an) (?!(site|website|outlet|publisher|author|writer)\b))|"
        r"who (the |a |an )?(?!(is|are|was|were|would|will|it|they|he|she|else)\b)[a-z][a-z.'-]*(,? [a-z][a-z.'-]*){0,4} "
        r"(is|are|was)\b(?! (quoted|named|mentioned|saying|said))|"  # "who the board chair Linda Moss is": any role
        r"(look|looking|search|searching|check|checking) up (the |this |that )?"
        r"(outlet|publisher|site|website|author|writer|organi[sz]ation|group)|"
        # "look up who the author Bill Van Auken is", "read up on the outlet", "search the author's name"
        r"who (the|its|this|that) (author|writer|journalist|reporter|outlet|publisher|owner|owners)\b|"
        r"(look|looking|read|reading|find|finding) (up|into|out about|up on|about) (who |what )?(the |this |that |its )?"
        r"(outlet|publisher|site|website|author|writer|journalist|reporter|organi[sz]ation|owner|owners)|"
        r"(search|searching|research|researching|google|googling) (for |up |into |on |about )?(the |its |this )?"
        r"(author|writer|journalist|reporter|owner|owners|publisher)('s)?\b|"
        r"what (others|other sites|other people|experts|journalists) say about(?! (whether|if|how|why|when)\b)|"
        # "google WSWS to see who they are", "to find out who he is": who the one looked up is
        r"who (they|he|she|it) (really )?(is|are|was|were)(?=\s*[.;,!?]|\s*$|\s+(and|or|then|really|exactly)\b)|"
        # SIFT's own words for it: "investigate the source"
        r"investigat\w* (the |this |that |its |their )?(source|outlet|publisher|site|website|author|writer))"),
    "looks for other coverage": (
        r"\b((an)?other ([a-z]+ )?(sources?|outlets?|news|newspapers?|articles|reports|coverage|sites|websites|accounts|"
        r"journalists|reporters)|"
        r"news (reports|sites|websites|articles)|where else|google news|"
        r"wikipedia (page|article|entry) (on|about) (the|a|an) (?!(site|website|outlet|publisher|author|writer)\b)|"
        r"(local|national|regional|mainstream|other|another) (news|papers?|newspapers?|media|outlets?|reporters?|tv|radio)|which (websites|sites|outlets|papers) (ran|published|"
        r"carried|have|had)|how (other \w+) (covered|reported|describe|described)|"
        # a news outlet named anywhere ("how RT covered it", "check TASS", "the Reuters report"), every outlet alike
        rf"\b{steps.NAMED_OUTLET}\b|fact[- ]?check\w*|"
        r"second account|(in|with|inside) (quotes|quotation marks|quote marks)|"
        # SIFT's own words for it: "find better coverage", "look for better coverage"
        r"(better|more|wider|different|trusted) coverage|"
        # "check CNN and Fox News for reports of the convoy", "the Guardian for coverage of the deal"
        r"for (other |news |more )?(reports|coverage|stories|articles|news) (of|about|on)\b|"
        # "reports that mention the convoy", "articles discussing the figure", "reports for and against the claim"
        r"(reports|articles|stories|accounts|sources|sites|websites|coverage|news) ((that|which) )?(mention|discuss|cover|"
        r"describe|mentioning|discussing|covering|describing|talk about|talking about|report on|reporting on|give|giving|"
        r"say how|saying how|question|questioning|confirm|confirming|deny|denying|support|supporting|oppose|opposing|"
        r"criticise|criticize|criticising|criticizing|explain|explaining|count|counting|praise|praising|blame|blaming|"
        r"accuse|accusing|defend|defending|attack|attacking|back|backing|reject|rejecting|condemn|condemning)s?\b|"
        # "articles for the claim and articles against it"
        r"(reports|articles|stories|sources|sites|websites|evidence|news) (for|against) (the|this|that|it)\b|"
        # "reports from Russian and American media", "stories in local papers": whoever's media
        r"(reports|articles|stories|coverage|news) (from|in|by) ([a-z'-]+,? (and |or )?){1,4}(media|news|press|outlets|"
        r"newspapers|papers|tv|channels|sites|websites)\b|"
        r"(reports|articles|stories|sources|sites|websites|coverage|evidence|news) (for and against|on both sides|from "
        r"both sides|on each side)\b|"
        # "Reuters' coverage of the convoy", "the Daily Herald's reporting on it": whoever the outlet is
        r"[a-z][a-z.&-]*('s|s'|’s) (coverage|reporting) (of|about|on)\b|"

        # a state body's account, whichever state ("the Pentagon report", "the Kremlin report", "the Syrian army's")
        r"(the|a|an) ([a-z.]+ )?(pentagon|kremlin|white house|state department|(foreign|defen[cs]e) ministry|coalition|"
        r"government|military|army) (report|article|story|coverage|account|statement|briefing)|"
        # what named others said about the event ("what CNN and the BBC said about it", "how Al Jazeera reported
        # the convoy"): not what the article, the writer or the source itself says, nor what is said about them
        r"(what|how) (?!(it|the (article|writer|author|text|page|report|story)|this|they|he|she|i|we|you|others|"
        r"other people|people|experts|journalists|wikipedia)\b)"
        r"[a-z][a-z.' -]*? (?<!\bit )(?<!\bthis )(?<!\bthat )(?<!\bthey )(?<!\bhe )(?<!\bshe )"  # "how many it says"
        r"(said|say|says|reported|report|reports|wrote|write|writes|covered|cover|covers|stated|states|state|"
        r"claimed|claims|claim|announced|announces|announce|described|describe|describes)\b(?! about (them|him|her|the (site|outlet|publisher|author|writer|"
        r"website|source|group))\b))"),
    "traces the claim to its original": (
        r"\b(original|primary|press release|transcript|briefing|interview|speech|trace|"
        r"(city|council|government|official|police|court|state|school|town|district|board|agency|ministry|"
        r"department|company)('s)? (website|site|records?|reports?|"
        r"documents?|minutes|data|statement)|"
        r"(the|that) (\w+ )?report (it|they|the article|the text) (cite|cites|mention|mentions|quote|quotes)|"
        r"where (it|the claim|the figure|the number|this) (came|comes) from|first (published|reported|posted)|"
        r"(the|that|this) (survey|study|poll|report|document|data|statement|letter|video|photo) itself|"
        r"which (one|copy|site|website|version|outlet|page) (was|is|came|had|ran|published|posted|carried)"
        r"( it| them| the \w+)? first|earliest|oldest|wayback|archive)|" + GOES_TO_SOURCE + "|" + ASKS_FOR + "|" + steps.ASKS_ANSWER),
}
# what a plan that stays on the page is told: the moves as steps ("with a step that finds out …")
LEAVE_FIRST = ("Fact-checkers leave the page first, with a step that " + ", ".join(list(LATERAL_MOVES)[:-1])
               + ", or " + list(LATERAL_MOVES)[-1] + ".")
# a search verb with the claim or the event: "investigate the 4,000 claim", "look into the convoy" (not the page itself,
# nor who is behind it: that is finding out who is behind the source): other coverage, when the step makes no other move
LOOKS_INTO_CLAIM = (r"\b(investigat\w*|research(es|ed|ing)?|look(s|ed|ing)? (into|up)|read(s|ing)? up (on|about)|"
                    r"search(es|ed|ing)? (for|about|on)|"
                    r"verif(y|ies|ied|ying)) (the|this|that|these|those) (?!(article|page|text|story|piece|writer|"
                    r"author|source|outlet|publisher|site|website|owner|owners|journalist|reporter|organi[sz]ation|"
                    r"group|paper|newspaper)\b)[a-z0-9]")
TRACES = "traces the claim to its original"
WHO, COVERAGE = "finds out who is behind the source", "looks for other coverage"
# checking that a report the article cites says what the article says it says ("the BBC report titled Raqqa's dirty
# secret, to see if it really says 4,000"): the report is the claim's original, not "other coverage"
CHECKS_CITED = (r"\b(titled|entitled|called|named|headlined|(it|the article|the text|the writer|they) "
                r"(cites?|mentions?|quotes?|links? to|names?|refers? to)|"
                # "the petition the local newspaper reported", "the report that the article names"
                r"(petition|report|study|survey|poll|letter|document|ruling|video|speech) (that |which )?"
                r"(the |a |an )?([a-z'-]+ ){0,3}?(named|names|mentioned|mentions|reported|reports|cited|cites|quoted|"
                r"quotes|described|describes|refers to|referred to|talks about|talked about)|"
                r"(if|whether|what) [a-z][a-z' ]{0,30}?(really|actually|truly|even) (says?|said|reports?|reported|shows?|"
                r"gives?|contains?|found|finds|concluded|concludes)|"
                # "find the BBC report and see if it says the same", "to see whether it gives that number"
                r"(if|whether) (it|they|that|this|the \w+) (says?|gives?|shows?|reports?|has|contains?) "
                r"(the same|that|so|this|it)\b)\b")
# (not the page itself: "named in the article's footer", "the site named in the article" are the page's own words)
CITED_REPORT = (r"(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bon )\b(the|a|an|that|this|its) ([a-z0-9.'-]+ ){0,3}?(report|"
                r"article|story|piece|interview|statement|briefing|investigation|programme|program|study|survey|poll|"
                r"paper|research|document|release|petition|letter|ruling|video|speech|minutes)\b(?!'s)")
# searching the web in general: a way off the page only when a sentence names no other ("search for the
# article online to find out who published it" is one step, finding out who is behind it)
SEARCHES_THE_WEB = (r"\b(search engine|google\w*|online|the internet|on the web|"
                    r"(on|at|from) (the |their )?(?!(the|a|an|article|same|this|that|its|their|page|his|her|our|my|your)\b)[a-z]+('s)? (website|web ?site|site))\b")
# what would change the student's mind: the last step of a plan at mastery
CHANGES_MIND = (r"\b(change (my|your|our) mind|(trust|believe) (it|the article|them|the site) less|"
                r"if (they|it|the \w+|\w+) (give|gives|say|says|show|shows|report|reports) (a |something )?"
                r"(different|otherwise|else)|would (make|convince) me|if i (find|found|cannot find|can't find))")
PURPOSE = (r"\b(to (see|find|check|learn|know|compare|confirm|verify|tell)|find out|whether|so (that|i|we)|because|"
           r"which would|that would (tell|show)|if (it|they|the|this|that|its) |and see|see (where|which|how|what|if)|"
           # "check if X has a fact-check": "if" after a step verb asks what it would find, as "whether" does, whoever X is
           r"(check|checks|checking|ask|asks|asking|find out|look to see) if\b|"
           r"compare|what it (actually|really) says|check the date|(trust|believe) (it|the article|them) less|"
           r"who (runs|owns|funds|publishes|is behind)|"
           # "for reports of the convoy", "look up who the author is": what the step looks for is what it shows
           r"for (other |news |more )?(reports|coverage|stories|articles) (of|about|on)\b|"
           r"who (the|its|this|that) (author|writer|journalist|reporter|outlet|publisher|owner)\b[^.;]{0,40}\b(is|are|was)\b|"
           r"who (they|he|she) (really )?(is|are|was|were)\b|"
           # "read what the researchers actually found", "what other newspapers wrote about it": what it finds out
           r"what [a-z' ]{0,30}?(really|actually|truly) (says?|said|found|finds|shows?|showed|reports?|reported)\b|"
           r"what other [a-z' ]{0,30}?(said|say|says|wrote|write|writes|reported|report)\b|"
           r"(search|look|check)\w* [^.;]{0,60}\bfor (the|a|an|their|its) (survey|study|poll|report|figure|number|"
           r"claim|quote|quotation|statement|data|document|video|photo|story))")
# naming the moves is not making them: the words of SIFT are taken out of a sentence that only names them ("Stop;
# Investigate the source; Find better coverage", "I would use SIFT: …"), not out of a step ("I would investigate the
# source to see who runs it", "Then I would find better coverage")
SIFT_WORDS = (r"\b(sift|lateral(ly)? reading|read laterally|stop(?! (reading|checking))|investigate the source|find better coverage|"
              r"trace (the )?claims?(,)? (quotes )?(and media )?(back )?to (the|their) original( context)?|"
              r"(investigate|find|trace)(?=\s*[.,:;!]|\s*$))\b[.,:;!]?")
# a sentence that takes a step of its own: "I would …", "then …", or what the step is for
TAKES_A_STEP = r"\b(i|we) (would|will|could|can|should|might|'d|'ll)\b|\b(first|then|next|after that|finally)\b|\bto (see|find|check|learn|know|compare)\b"
NAMES_SIFT = r"\b(sift|lateral(ly)? reading|read laterally)\b"


def without_sift_labels(low: str) -> str:
    """A lower-cased sentence with the names of SIFT's moves taken out when it only names them.

    >>> without_sift_labels("investigate the source;").strip()
    ''
    >>> without_sift_labels("then i would find better coverage.")
    'then i would find better coverage.'
    >>> without_sift_labels("i would use sift: stop, investigate the source, find better coverage.").split()
    ['i', 'would', 'use']
    """
    if re.search(TAKES_A_STEP, low) and not re.search(NAMES_SIFT, low):
        return re.sub(r"\b(sift|stop)\b(?! (reading|checking))[.,:;!]?", " ", low)  # "stop" is not a way off the page
    return re.sub(SIFT_WORDS, " ", low)


# judging the page by the page itself: Civic Online Reasoning's "beginning" signs
TRUSTS_THE_PAGE = (
    r"\b((looks?|seems?|appears?) (very )?(professional|reliable|legit|legitimate|real|trustworthy|credible|"
    r"official|true|serious)|(?<!before )(?<!until )(i|we) (would |will |can )?(trust|believe)(?! (it|the article|them) less)|"
    r"about (us|page)|"
    r"(check|look at) (the|its) (url|spelling|grammar|design|layout|logo)|"
    r"(is|it's|a|an|ends in|ending in|because of the) \.org\b|\.org (site|website|domain|address)|"
    r"(has|have|cites|gives) (a lot of |lots of |many )?(sources|links|quotes|references|evidence)|"
    r"(because|since|as) the (article|page|site) (says|proves|shows)|it says it comes from)")
# reading the page again, however carefully: it stays on the page (not trust, but not a check either)
STAYS_ON_PAGE = (r"\b((read|reread|re-read|go through|go over) (it|the article|the page|the text|the story|"
                 r"the whole (article|page|text|story))( again)?( very)? (carefully|closely|again|slowly|properly|twice)|"
                 r"look for the author'?s? name|count (the |its |all the )?(loaded |emotional |biased )?words)" + "|" + steps.SAME_SITE)
# several sources agreeing is not proof: they may all repeat one source
TRUSTS_AGREEMENT = (r"\b((if|when|as long as) [^.;]{0,60}\b(agree|say the same|same thing|match|confirm|report the same)"
                    r"[^.;]{0,40}\b(true|right|real|correct|reliable|trustworthy|believe it)|"
                    r"(they|all|both|most) (agree|say the same)[^.;]{0,20}\b(so|then) [^.;]{0,20}\b(true|right|real)|(if|when) (lots of|a lot of|many|most|all|several|enough|plenty of) [^.;]{0,30}\b(say|report|agree|confirm)\w* (it|so|this|that)\b,? (then |so )?(it|that|this|the \w+) (is|must be|'s) (true|right|real|correct))")
DISTRUST = r"\b(not|n't|never|instead of|rather than|just because|without|only because|don't|doesn't)\b"
# "I would not trust it.", "I don't believe this article.": distrust with nothing after it (no "until", no "but")
DISTRUSTS_THE_PAGE = (r"\W*i (?:would not|wouldn't|will not|won't|do not|don't|cannot|can't|could not|couldn't|never) "
                      r"(?:trust|believe) (?:it|this|that|them|the (?:article|page|site|website|story|text|writer|author))"
                      r"(?: (?:at all|either|anymore|any more))?\s*[.!]?")
# "because it is from RT", "as it was published by the BBC": where the article comes from, given as a reason
FROM_WHERE = (r"\b(because|since|as|as far as) (it|this|the (article|story|page|text))('s| is| was| comes| came)"
              r"( (published|written|posted|run))?( from| on| by| in)\b[^.;]*")
# "would" as students misspell it (3-4 letters: too short or too far from "would" for the rubric's spelling rule)
MISSPELT_WOULD = r"\b(wud|wuld|wld|wd|woud|wold|whould|wolud|wouldd)\b"


@functools.cache
def plan_vocabulary() -> frozenset:
    """The words the rubric's patterns look for (4 letters or more), to read a misspelt plan as meant.

    >>> {"search", "original", "wikipedia"} <= plan_vocabulary()
    True
    """
    patterns = [*LATERAL_MOVES.values(), PURPOSE, TRUSTS_THE_PAGE, STAYS_ON_PAGE, TRUSTS_AGREEMENT, NO_CHECK, DISMISSES,
                SEARCHES_THE_WEB, CHANGES_MIND, steps.SEEKS_AGREEMENT, steps.SAID_BY, steps.SPEAKS_AT, ASKS_ANOTHER,
                CHECKS_CITED, CITED_REPORT, LOOKS_INTO_CLAIM, REFUSES_TO_READ, VOUCHES, actor_verdicts.CLAIM_VERDICT]  # as the reflection's
    plain = [re.sub(r"\\[a-zA-Z]", " ", p.replace(steps.ASKS_ANSWER, " ").replace(ASK_VERBS, " ").replace(WHICH_ONE, " ")) for p in patterns]  # no "write"
    return frozenset(w for p in plain for w in re.findall(r"[a-z]{4,}", p))


def spelled_as_meant(text: str, vocabulary: frozenset | None = None) -> str:
    """The text with each misspelt word of the rubric's vocabulary written as meant ("serch" -> "search").

    Only words close to one the rubric looks for are changed, never a word of the articles.

    >>> spelled_as_meant("serch for the intervew and chek reuters")
    'search for the interview and check reuters'
    >>> from kit.exercises.reflection import reflection_vocabulary
    >>> spelled_as_meant("the artical uses lodaed langauge, i wud chek the bbc", reflection_vocabulary())
    'the article uses loaded language, i would check the bbc'
    """
    from .answers import known_words
    vocabulary = plan_vocabulary() if vocabulary is None else vocabulary
    text = re.sub(MISSPELT_WOULD, "would", text)  # "i wud/wuld chek": too short or too far for the vocabulary

    def fix(match):  # a word of the articles is meant as written ("the us rescue article": teacher 46 #3)
        word = match.group(0)
        if len(word) < 4 or word in vocabulary or word in known_words() or re.fullmatch(r"(?:they|you)re", word):
            return word  # "theyre": "they're" with its apostrophe left out (verdicts.spelled_out), never "there"
        return as_meant(word, vocabulary)
    return re.sub(r"[a-z]+", fix, text)


@functools.lru_cache(maxsize=4096)
def as_meant(word: str, vocabulary: frozenset | None = None) -> str:
    """The rubric's word that ``word`` misspells (same first letter, length within 2), or ``word`` itself.

    >>> as_meant("chek"), as_meant("table"), as_meant("googl")
    ('check', 'table', 'google')
    """
    from .answers import did_you_mean

    vocabulary = plan_vocabulary() if vocabulary is None else vocabulary
    near = [v for v in vocabulary if v[0] == word[0] and abs(len(v) - len(word)) <= 2]
    cut = [v for v in near if len(v) == len(word) + 1 and v.startswith(word)]  # "googl": a last letter dropped
    return (did_you_mean(word, near) or (cut[0] if len(cut) == 1 else word)) if near else word


# a step that names somewhere to look: "check RT to confirm …" (not the page itself: "read it to confirm …")
ASKS_ANOTHER = (r"\b(check|look at|read|search|go to|visit|watch|ask|use|see)\s+(?!(it|this|that|the (article|page|"
                r"text|story|writer|author)|again)\b)[a-z][^.;]{0,50}?\s+to (confirm|prove|show|see|check|find)\b")


def moves_of(low: str, cited: str = "") -> list[str]:
    """The ways off the page one lower-cased sentence (or step) takes; ``cited`` is the article's text, lower-cased."""
    low = steps.titled_as_report(re.sub(steps.SAME_SITE, " ", low), cited)  # not the same site; a cited report's title
    here = [m for m, pattern in LATERAL_MOVES.items() if re.search(pattern, low)]
    if WHO in here and COVERAGE in here and not re.search(LATERAL_MOVES[COVERAGE], re.sub(
            rf"\b{steps.NAMED_OUTLET}\b", " ", low)) and all(re.search(LATERAL_MOVES[WHO], piece) for piece in
                                                           steps.step_pieces(low) if re.search(
                                                               rf"\b{steps.NAMED_OUTLET}\b", piece)):
        here.remove(COVERAGE)  # "who funds RT", "RT on Wikipedia": the outlet named is the one looked into
    if steps.own_words(low):  # a party's own words are its original, whoever the party: not other coverage
        here = [m for m in LATERAL_MOVES if m == TRACES or (m in here and re.search(LATERAL_MOVES[m],
                                                                                   steps.without_own_words(low)))]
    rest = ""
    if re.search(CITED_REPORT, low) and (re.search(CHECKS_CITED, low) or steps.names_cited_report(low, cited)):
        # the report's name and what checks it, both found in the sentence as written (one may overlap the other)
        spans = [m.span() for pattern in (CHECKS_CITED + r"(?:(?! (?:and|then) )[^.;,])*", CITED_REPORT) for m in re.finditer(pattern, low)]
        rest = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(low))
        here = [m for m in LATERAL_MOVES if m == TRACES or (m in here and re.search(LATERAL_MOVES[m], rest))]
    core = steps.without_purpose(low)  # where the sentence goes; what a step is for is not another step
    here = [m for m in here if re.search(LATERAL_MOVES[m], core) or m == TRACES and steps.own_words(core)] or here
    if rest:  # the report the article cites, whatever the step is for ("to see how many it says left"): its original
        rest = steps.without_purpose(rest)
        here = [TRACES] + [m for m in here if m != TRACES and re.search(LATERAL_MOVES[m], rest)]
    if not here and re.search(LOOKS_INTO_CLAIM, low):
        here = [COVERAGE]
    if not here and re.search(SEARCHES_THE_WEB, low) and (
            re.search(PURPOSE, bare := without_verdict_purpose(low)) or set(re.findall(r"[a-z']+", bare)) - VAGUE_SEARCH_WORDS):
        here = ["looks for other coverage"]
    return here


def step_units(low: str, here: list[str], cited: str = "") -> list[set]:
    """The steps of one sentence, each with its moves: a sentence that makes two moves in two steps ("look up who
    runs it, then search for other reports") is two steps; one step that matches two moves is one."""
    if len(here) < 2:
        return [set(here)]
    pieces = [set(moves_of(piece, cited)) for piece in steps.step_pieces(low)]
    pieces = [piece for piece in pieces if piece]
    return pieces if steps.two_different_steps(pieces) else [set(here)]


@counts_tries
@guarded(empty_is_unanswered=False)
def check_lateral_plan(answer, min_words: int = 1, article=None) -> CheckResult:
    """A rubric level for a written plan to check a source or a claim by reading laterally.

    The plan is judged on what it would make a student do, in any words: leave the page
    (find out who is behind the source, look for other coverage, trace the claim to its
    original), say what to compare or what each step would show, and what would change
    their mind. The words of SIFT alone ("investigate the source") are not steps. A plan that
    says there is nothing to check, or calls the page false without checking, is judged like one
    that trusts it. Misspelt words are read as meant ("serch", "chek").
    *Mastery*: at least two ways off the page (where sentences go, not what a step is for: "… to see what it says"
    is part of that step) and what they would show; it never trusts the page or mere agreement. Any named party's
    own words ("the Pentagon's statement", "a briefing by the Kremlin") are the claim's original, whoever the party;
    so is a report the ``article`` (optional: a row, table or text) itself names. *Emerging*: one way off the page, or steps without saying
    what they would show, or good steps next to trust. *Beginning*: it stays on the page,
    trusts it (or trusts that sources agree), only names the steps, or is not sentences.
    The feedback quotes which sentences met which level.

    >>> r = check_lateral_plan("I would look up who runs Global Research on Wikipedia to see who funds it. "
    ...                        "Then I would search for other news reports of the Raqqa deal and compare "
    ...                        "their numbers with the article's.")
    >>> r.status
    'mastery'
    >>> check_lateral_plan("It looks professional and has lots of sources, so I would trust it and share it "
    ...                    "with my friends after reading it carefully.").status
    'beginning'
    >>> check_lateral_plan("Wikipedia and other reports; if they agree it is true").status
    'beginning'
    """
    problem = written_answer(
        answer, "plan", min_words, "nothing written yet." if min_words <= 1 else "say a little more ({n}).",
        "Which steps would you take, off this page, in what order, and what would each tell you?",
        "Write two or three sentences: what you would look up, where, and what it would tell you about the "
        "source or the claim.")
    if problem is not None:
        return problem
    moves, reasoned, trusting, agreeing, dismissing, deciding, met = set(), False, [], [], [], [], []
    cited = article_text(article).lower().replace("’", "'") if article is not None else ""
    is_own = steps.own_names(article) if article is not None else None  # its outlet and the names it gives
    quoted = quoted_parties(article) if article is not None else None  # whose words it gives: the claim's original
    unseen: list = []  # names looked into in a text whose outlet the kit cannot see (a pasted text)
    if is_own is None and article is not None:
        def is_own(name):  # any name may be its publisher: the step counts, and asks to find the original first
            return unseen.append(name) or True
    elsewhere, unknown, unshown = [], [], []  # steps into an outlet this article does not name, or into any when none is known
    unchecked, on_page, vague, chatbot, confirming, units, copied, reasons, shown = [], [], [], [], [], [], [], [], []
    moves_by: dict = {}  # each step's ways off the page, for the example fitted to it
    changes_mind, leaning = False, ""  # leaning: the direction of the last verdict, for a bare "I would not check it"
    pasted = copied_sentences(sentences_of(answer), cited)
    for sentence in sentences_of(answer):
        first = len(units)  # this sentence's steps: units[first:]
        if sentence in pasted:  # the article's own words, pasted: not a step of the student's
            copied += pasted[sentence]
            continue
        others, seen = [], len(unseen)  # the names of other outlets; the names looked into before this step
        low = person_step(sentence, article, is_own, others, unseen)  # a person: traces only to where they said it
        if len(unseen) > seen:  # as typed: "the Kremlin", "RT"
            unknown.append((sentence, list(dict.fromkeys(
                ("the " if re.search(rf"(?i)\bthe\s+{re.escape(n)}\b", sentence) else "") + n for n in unseen[seen:]))))
        low = steps.names_not_verbs(steps.named_reports(low))  # whoever is named: other coverage
        low = spelled_out(spelled_as_meant(low.lower().replace("’", "'")))  # "investigate WSWS"; "its fake", "dont"
        low = others_said(low, quoted)  # "what the Pentagon said" of a text that quotes only the Kremlin: coverage
        if others:
            elsewhere.append((sentence, list(dict.fromkeys(others))))
        low = without_sift_labels(low)
        low = re.sub(r"\bi'd\b", "i would", low)
        step, _ = verdict_reason(low)  # "look up who funds it, cuz its sus": the step counts, its reason is a verdict
        if step:
            low = step
            reasons.append(sentence)
        stance = actor_stance(low)  # "I (don't) believe Russia, so …": either way, decided before any check
        # "I would not trust it." on its own: the mirror of "I would trust it." (trusting the page), not a step
        stance = stance or ("dismisses" if re.fullmatch(DISTRUSTS_THE_PAGE, low.strip()) else "")
        if stance:
            (dismissing if stance == "dismisses" else unchecked).append(sentence)
        # "RT is lying" / "RT is telling the truth" (data/verdict_words.csv), as written or as meant: one fault
        said = None if step else verdict_said(spelled_out(sentence.lower().replace("’", "'"))) or verdict_said(low) or stances.decided_deed(low)
        decided = said is not None and not said.on_page
        if decided:
            deciding.append(sentence)
        how = "" if stance or decided else dismisses_or_trusts(low)
        if not how and not stance and said is not None and said.on_page:  # "It's fake news." / "It's true."
            how = "dismisses" if said.side == "doubts" else "no check"
        if how == "no check" and said is None and not stance and leaning:  # "It's fake. I would not check it."
            how = leaning  # a bare "I would not check it" follows the verdict before it, either way
        leaning = ("dismisses" if "dismisses" in (how, stance) or said is not None and said.side == "doubts" else
                   "no check" if how or stance or said is not None else leaning)
        if how:  # "no need to check it": whatever else it names, it checks nothing
            (dismissing if how == "dismisses" else unchecked).append(sentence)
            continue
        if steps.describes_page(low):  # "The article quotes X": what the page does, not a step
            on_page.append(sentence)
            continue
        if re.search(CHATBOT, low):  # "ask ChatGPT who published it": no source, whatever it asks
            chatbot.append(sentence)
            continue
        changes_mind = changes_mind or bool(re.search(CHANGES_MIND, low))
        # "I would (not) trust RT, but …": an outlet trusted or not is a verdict on it, not a step to its coverage
        moving = re.sub(rf"\b((?:dis)?trust|believe) (?:the )?{steps.NAMED_OUTLET}\b", r"\1 them", low)
        moving = re.sub(FROM_WHERE, " ", moving)  # "because it is from RT": where it comes from, not a step
        # "maybe RT is lying, but …", "I used to think RT was honest": the outlet is what is judged, not where one looks
        moving = re.sub(rf"\b(?:the )?{steps.NAMED_OUTLET}(?= (?:is|are|was|were|might|may|could|must|has|have)\b)",
                        "they", moving)
        parts = [moves_of(clause, cited) or ([COVERAGE] if steps.searches_sources(clause) else [])
                 for clause in steps.clauses(moving)]  # ", and look up …": two steps
        if re.search(rf"\b{steps.NAMED_OUTLET}\b", low) and not re.search(steps.STEP_VERB, low):  # "RT is trustworthy"
            parts = [[m for m in part if m != COVERAGE or re.search(LATERAL_MOVES[COVERAGE], re.sub(
                rf"\b{steps.NAMED_OUTLET}\b", " ", low))] for part in parts]
        if others and "the publisher" not in low:  # "who is behind Fox News and who funds it": still that outlet
            parts = [[m for m in part if m != WHO] for part in parts]
        verdict = steps.trust_verdict(low)  # "trust it if the BBC reported it": whichever outlet, not a step
        # "RT's claim is false, so I would not read on": a verdict names a claim or a report, it does not look for one
        verdict = verdict or ("verdict" if decided and not re.search(steps.STEP_VERB, re.sub(REFUSES_TO_READ, " ", low))
                              else "")
        about = stances.about_page_only(low)  # an about page alone: what the site says of itself, not a way off the page
        here = [] if verdict or about else list(dict.fromkeys(m for part in parts for m in part))
        if not here and re.search(SEARCHES_THE_WEB, low) and not re.search(PURPOSE, bare := without_verdict_purpose(low)) and not (
                set(re.findall(r"[a-z']+", bare)) - VAGUE_SEARCH_WORDS):
            vague.append(sentence)  # "google it": no what, no where, no why
        expects = steps.seeks_agreement(low)
        if not here and not verdict and not about and (re.search(ASKS_ANOTHER, low) and (expects or re.search(
                rf"\b{steps.NEWS_OUTLET}\b", low)) or steps.searches_sources(low)):
            # "check RT to confirm …", "check CNN to see if it is right", "look for sources that agree with it"
            here = ["looks for other coverage"]
            units.append(set(here))  # a step of its own, like any other
        if expects and here:
            confirming.append(sentence)
        if here:
            units += [unit for clause, part in zip(steps.clauses(low), parts) if part
                      for unit in step_units(clause, part, cited)]
        if stance or decided:
            pass  # said above, with the same words either way
        elif re.search(TRUSTS_AGREEMENT, low) or verdict == "agreement":
            agreeing.append(sentence)
        elif re.search(TRUSTS_THE_PAGE, re.sub(r"\bi (would |will )?(trust|believe) [^.;,]*(?=,? but\b)", " ", re.sub(
                stances.ABOUT_PAGE, " ", low) if about is False else low)) and (
                not re.search(DISTRUST, low)):  # "I would trust RT, but I would check …": the check is the plan
            trusting.append(sentence)
        elif re.search(STAYS_ON_PAGE, low) and not here:
            on_page.append(sentence)
        if here:
            moves.update(here)
            why = bool(re.search(PURPOSE, re.sub(SIFT_WORDS, " ", low)) or weighs_both_ways(low)) and not step  # "to find better coverage": a move
            reasons += [sentence] * (why and verdict_purpose(low))  # "… to see if its sus": a verdict, not what it shows
            why = why and not verdict_purpose(low)
            reasoned = reasoned or why
            unshown += [] if why else [" and ".join(here)]
            shown += units[first:] if why else []  # the steps that say what they would show
            moves_by[sentence] = outlets.person_moves(here, sentence, unseen[seen:] + others, article)
            met.append(f"Leaves the page ({', '.join(here)}{'; says what it would show' if why else ''}): "
                       f"{shorten(sentence)}" + ("" if why or sentence in reasons else " " + unshown_advice(moves_by[sentence])))
    detail = list(met)
    faults = [
        ("Stays on the page", on_page, "Reading the page again, however carefully, shows what it says, not who "
         "is behind it or what others report."),
        ("Searches, but does not say what for", vague, "Say what you would search for (a sentence in quotes, the "
         "site's name, the claim) and what it would tell you."),
        ("Trusts the page without checking", unchecked, "Deciding it is true without checking is the same mistake "
         "as deciding it is false without checking: find out what others say."),
        ("Trusts the page", trusting, "A site's look, its name, its about page and what it says about itself are "
         "not checks: find out what others say."),
        ("Trusts agreement", agreeing, "Several reports can all repeat one source: trace the claim to where it "
         "started, and say what would change your mind."),
        ("Decides before checking", deciding, "Deciding whether someone is right or wrong before checking is the "
         "same mistake either way: set it aside, and say what you would check, and where."),
        ("Gives a verdict as its reason", reasons, verdict_purpose_advice),
        ("Dismisses the page without checking", dismissing, "Deciding it is false without checking is the same "
         "mistake as trusting it without checking: find out what others say."),
        ("Asks a chatbot", chatbot, "A chatbot is not a source: it does not count as leaving the page."),
        ("Looks for one side only", confirming, AGREEMENT_ONLY),
    ]
    detail += [f"{fault}: {quoted}{'' if re.search(r'[.!?][”]$', quoted) else '.'} "  # no '.' after '?”'
               f"{one_side(sentence) if advice is AGREEMENT_ONLY else advice(moves_by.get(sentence, [])) if callable(advice) else advice}"
               for fault, sentences, advice in faults for sentence in sentences for quoted in [shorten(sentence, 60 if sentence in moves_by else 120)]]
    detail += [copied_note(copied, "These are the article's words, not a step: say what you would do.")] if copied else []
    detail += [other_outlet_note(sentence, names, steps.article_outlets(article)) for sentence, names in elsewhere]
    detail += (unknown := publisher_notes(answer, away := unknown, article, TRACES in moves))  # none when the plan finds who published it
    missing = [m for m in LATERAL_MOVES if m not in moves]
    detail, wrong = plan_quotes.with_misowned(detail, sentences_of(answer), article)  # words given to another speaker
    trusting, away = unchecked + trusting, outlets.another_text(away, article) or wrong  # a step about someone it never names
    doubts = trusting or agreeing or dismissing or deciding or confirming or reasons
    if deciding and not dismissing and not (moves and reasoned):
        return CheckResult(BEGINNING, "this plan gives a verdict without checking it.",
                           detail + ["Say where you would look off the page, what you would compare, and what "
                                     "would change your mind."])
    if dismissing and not (moves and reasoned):
        return CheckResult(BEGINNING, "this plan dismisses the page without checking it.",
                           detail + ["Say where you would look off the page, what you would compare, and what "
                                     "would change your mind."])
    two_steps = steps.two_different_steps(units)  # two different moves, made by two different steps
    # Mastery: two different steps that say what they would show; a good extra step never lowers it (teacher 53 #10)
    if two_steps and reasoned and not doubts and not away and (not unshown or steps.two_different_steps(shown)):
        shows = ("and says what they would show." if not unshown else "and says what two of them would show.") + (
            " First, though, find who published this text (see below)." if unknown else "")
        return CheckResult(MASTERY, f"a plan that leaves the page {len(moves)} ways {shows}",
                           [line.replace(plan_shows.SHOW_NEEDED, plan_shows.SHOW_TOO) for line in detail] + ([] if changes_mind else
                                     ["One step further: say what you would need to find to change your mind."])
                           + ["Now carry it out, in a new tab: what do you find?"])
    if two_steps and reasoned and not doubts:  # each step that does not say it has its own line above
        return CheckResult(EMERGING, f"a plan that leaves the page {len(moves)} ways, but " + (away or f"the step that "
                           f"{unshown[0]} does not say what it would show."), detail)
    if moves and (reasoned or not (trusting or agreeing or dismissing or deciding)):
        advice = []
        if len(moves) < 2 and len(units) > 1:  # two steps, one move: say so
            verb, _, rest = next(iter(moves)).partition(" ")  # "traces the claim …" -> "trace the claim …"
            both = "Both steps" if len(units) == 2 else "All your steps"
            advice.append(f"{both} {verb.removesuffix('s')} {rest}. Add a different way to leave the page: "
                          f"{' or '.join(missing)}.")
        elif len(moves) < 2:
            advice.append(f"Add a different way to leave the page: {' or '.join(missing)}.")
        elif not two_steps:
            advice.append("Make each move a step of its own: a plan at Mastery takes two different steps, "
                          "for example one to the original and one to who is behind the source.")
        if not (reasoned or unshown):
            advice.append(SHOW_WHAT)
        if (trusting or agreeing or dismissing or deciding) or doubts and not (confirming or reasons):
            advice.append("Drop what decides before checking (trusting or dismissing the page, or trusting agreement); "
                          "say what you would compare.")
        if confirming:
            return CheckResult(EMERGING, EXPECTS_ONLY, detail + advice)
        return CheckResult(EMERGING, plan_shows.starting_message(moves, reasons, reasoned), detail + advice)
    if chatbot:
        return CheckResult(BEGINNING, f"{CHATBOT_ADVICE}.", detail)
    if doubts:
        return CheckResult(BEGINNING, "this plan trusts " + ("what sources agree on" if agreeing and not trusting
                                                              else "the page") + " without checking it.",
                           detail + ["Say where you would look off the page, what you would compare, and what "
                                     "would change your mind."])
    if elsewhere and not on_page:
        outlet = not any(d.startswith("Looks into someone this article") for d in detail)  # a country, a person
        return CheckResult(BEGINNING, f"this plan looks into {'an outlet' if outlet else 'someone'} this article does "
                           f"not name: that shows you {'that outlet' if outlet else 'who they are'}, not who is behind "
                           "this article or its claim.", detail)
    if vague and not on_page:
        return CheckResult(BEGINNING, "this plan says to search, but not what you would search for, where, or what "
                           "it would show.",
                           detail + [LEAVE_FIRST])
    if steps.only_names_moves(sentences_of(answer), without_sift_labels):  # the hint's SIFT line, copied as it is
        return CheckResult(BEGINNING, "you named the SIFT moves: now say what you would do for each.",
                           ["For each move, say where you would look and what it would tell you, for example \"I "
                            "would look up who runs the site, to see who is behind it.\""])
    stop = not re.sub(r"\b(i|we|so|then|first|now|will|would|ll)\b|\W+", "", re.sub(REFUSES_TO_READ, "", answer.lower()))  # alone
    return CheckResult(BEGINNING, "this plan stays on the page: it does not yet say where you would look off it.",
                       detail + ["Stopping first is SIFT's Stop, a good start: now add where you would go."] * stop
                       + [LEAVE_FIRST + " "
                                 "Say what you would search for, where, and what it would tell you."])
