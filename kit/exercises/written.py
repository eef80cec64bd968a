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
from collections import Counter

from . import plan_steps as steps
from .answers import MAX_CHARS
from .evidence import article_text, misfigure_note, misfigured, misquote_note, misquoted
from .plan_steps import CHATBOT, CHATBOT_ADVICE, VAGUE_SEARCH_WORDS
from .reading import guarded
from .result import BEGINNING, EMERGING, MASTERY, CheckResult, not_answered, wrong_type

__all__ = ["check_lateral_plan", "check_reflection", "sentences_of", "reads_as_prose", "LATERAL_MOVES", "word_count",
           "dismisses_article"]

# leaving the page: what a plan makes the student do (SIFT's I, F and T), in anyone's words
LATERAL_MOVES = {
    "finds out who is behind the source": (
        r"\b(who (publish|publishes|published|wrote|writes|runs|owns|funds|pays for|paid for|is behind|are behind|"
        r"posted|made)|whoever (posted|published|wrote|runs|made)|wikipedia|ownership|funded|funding|"
        r"who (?!(is|are|was|were|would|will|it|they|he|she)\b)[a-z][a-z.'-]* (is|are|was)\b(?! (quoted|named|mentioned|saying|said))|"
        r"(look|looking|search|searching|check|checking) up (the |this |that )?"
        r"(outlet|publisher|site|website|author|writer|organi[sz]ation|group)|"
        # "look up who the author Bill Van Auken is", "read up on the outlet", "search the author's name"
        r"who (the|its|this|that) (author|writer|journalist|reporter|outlet|publisher|owner|owners)\b|"
        r"(look|looking|read|reading|find|finding) (up|into|out about|up on|about) (who |what )?(the |this |that |its )?"
        r"(outlet|publisher|site|website|author|writer|journalist|reporter|organi[sz]ation|owner|owners)|"
        r"(search|searching|research|researching|google|googling) (for |up |into |on |about )?(the |its |this )?"
        r"(author|writer|journalist|reporter|owner|owners|publisher)('s)?\b|"
        r"what (others|other sites|other people|experts|journalists) say about|"
        # "google WSWS to see who they are", "to find out who he is": who the one looked up is
        r"who (they|he|she|it) (really )?(is|are|was|were)(?=\s*[.;,!?]|\s*$|\s+(and|or|then|really|exactly)\b))"),
    "looks for other coverage": (
        r"\b((an)?other ([a-z]+ )?(sources?|outlets?|news|newspapers?|articles|reports|coverage|sites|websites|accounts)|"
        r"news (reports|sites|websites|articles)|where else|"
        r"(local|national|regional|mainstream|other|another) (news|papers?|newspapers?|media|outlets?|reporters?|tv|radio)|which (websites|sites|outlets|papers) (ran|published|"
        r"carried|have|had)|how (reuters|ap|the bbc|bbc|cnn|the guardian|the independent|other \w+) "
        r"(covered|reported|describe|described)|reuters|associated press|\bap\b|fact[- ]?check\w*|"
        r"second account|(in|with|inside) (quotes|quotation marks|quote marks)|"
        # "check CNN and Fox News for reports of the convoy", "the Guardian for coverage of the deal"
        r"for (other |news |more )?(reports|coverage|stories|articles|news) (of|about|on)\b|"
        r"(the|a|an) (bbc|reuters|ap|cnn|guardian|independent|pentagon|coalition|government) "
        r"(report|article|story|coverage|account|statement|briefing)|"
        # what named others said about the event ("what CNN and the BBC said about it", "how Al Jazeera reported
        # the convoy"): not what the article, the writer or the source itself says, nor what is said about them
        r"(what|how) (?!(it|the (article|writer|author|text|page|report|story)|this|they|he|she|i|we|you|others|"
        r"other people|people|experts|journalists|wikipedia)\b)"
        r"[a-z][a-z.' -]{0,40}? (said|say|says|reported|report|reports|wrote|write|writes|covered|cover|covers|"
        r"described|describe|describes)\b(?! about (them|him|her|the (site|outlet|publisher|author|writer|"
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
        r"( it| them| the \w+)? first|earliest|oldest|wayback|archive)"),
}
TRACES = "traces the claim to its original"
# checking that a report the article cites says what the article says it says ("the BBC report titled Raqqa's dirty
# secret, to see if it really says 4,000"): the report is the claim's original, not "other coverage"
CHECKS_CITED = (r"\b(titled|entitled|called|named|headlined|(it|the article|the text|the writer|they) "
                r"(cites?|mentions?|quotes?|links? to|names?|refers? to)|"
                r"(if|whether|what) [a-z][a-z' ]{0,30}?(really|actually|truly|even) (says?|said|reports?|reported|shows?|"
                r"gives?|contains?|found|finds|concluded|concludes)|"
                # "find the BBC report and see if it says the same", "to see whether it gives that number"
                r"(if|whether) (it|they|that|this|the \w+) (says?|gives?|shows?|reports?|has|contains?) "
                r"(the same|that|so|this|it)\b)\b")
CITED_REPORT = (r"\b(the|a|an|that|this|its) ([a-z0-9.'-]+ ){0,3}?(report|article|story|piece|interview|statement|"
                r"briefing|investigation|programme|program|study|survey|poll|paper|research|document|release)\b")
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
           r"compare|what it (actually|really) says|check the date|(trust|believe) (it|the article|them) less|"
           r"who (runs|owns|funds|publishes|is behind)|"
           # "for reports of the convoy", "look up who the author is": what the step looks for is what it shows
           r"for (other |news |more )?(reports|coverage|stories|articles) (of|about|on)\b|"
           r"who (the|its|this|that) (author|writer|journalist|reporter|outlet|publisher|owner)\b[^.;]{0,40}\b(is|are|was)\b|"
           r"who (they|he|she) (really )?(is|are|was|were)\b|"
           r"(search|look|check)\w* [^.;]{0,60}\bfor (the|a|an|their|its) (survey|study|poll|report|figure|number|"
           r"claim|quote|quotation|statement|data|document|video|photo|story))")
# naming the moves is not making them: the words of SIFT are taken out before a plan is read
SIFT_WORDS = (r"\b(sift|lateral(ly)? reading|read laterally|stop|investigate the source|find better coverage|"
              r"trace (the )?claims?(,)? (quotes )?(and media )?(back )?to (the|their) original( context)?|"
              r"(investigate|find|trace)(?=\s*[.,:;!]|\s*$))\b[.,:;!]?")
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
                 r"look for the author'?s? name|count (the |its |all the )?(loaded |emotional |biased )?words)")
# several sources agreeing is not proof: they may all repeat one source
TRUSTS_AGREEMENT = (r"\b((if|when|as long as) [^.;]{0,60}\b(agree|say the same|same thing|match|confirm|report the same)"
                    r"[^.;]{0,40}\b(true|right|real|correct|reliable|trustworthy|believe it)|"
                    r"(they|all|both|most) (agree|say the same)[^.;]{0,20}\b(so|then) [^.;]{0,20}\b(true|right|real))")
DISTRUST = r"\b(not|n't|never|instead of|rather than|just because|without|only because|don't|doesn't)\b"
# saying there is nothing to check, or judging the page false without checking: the same fault as trusting it
NO_CHECK = (r"\b((would|will|do|does|should) not|wouldn't|won't|don't|doesn't|shouldn't|never) "
            r"((need to|have to|bother to|need|bother) (check|verify|look (it |this )?up|look into|research)\w* "
            r"(anything|it|this|that|them|any ?more|further|at all)|"
            r"(check|verify|research)\w* (anything|at all))|"
            r"\b(no|never any|there is no|there's no) (need|point|reason) (to|for|in) (check|verify|look|research)\w*|"
            r"\bnothing (else |more )?(to|needs to be|i need to) (check|verify)")
DISMISSES = (r"\b(obviously|clearly|definitely|just|totally|completely|pure|all) (wrong|fake|false|lies|lying|"
             r"propaganda|nonsense|made up|untrue|a lie|rubbish|garbage|fake news|a hoax)\b")


def dismisses_or_trusts(sentence: str) -> str:
    """"dismisses" or "no check" for a sentence that judges without checking, else "".

    >>> dismisses_or_trusts("I would not check anything because it is obviously wrong.")
    'dismisses'
    >>> dismisses_or_trusts("I do not need to check anything else.")
    'no check'
    >>> dismisses_or_trusts("I would check the BBC report, because the claim may be wrong.")
    ''
    >>> dismisses_or_trusts("I did not check the BBC report yet, so I still don't know what it says.")
    ''
    >>> dismisses_or_trusts("I would not call it obviously false before checking the BBC report.")
    ''
    """
    low = sentence.lower().replace("’", "'")
    if re.search(r"\b(without|before|until|unless) (i |we )?(check|verify|look)", low):
        return ""  # "it would be wrong to call it false without checking": a caution, not a verdict
    if re.search(DISMISSES, low):
        return "dismisses"
    return "no check" if re.search(NO_CHECK, low) else ""


# "would" as students misspell it (3-4 letters: too short or too far from "would" for the rubric's spelling rule)
MISSPELT_WOULD = r"\b(wud|wuld|wld|wd|woud|wold|whould|wolud|wouldd)\b"


@functools.cache
def plan_vocabulary() -> frozenset:
    """The words the rubric's patterns look for (4 letters or more), to read a misspelt plan as meant."""
    patterns = [*LATERAL_MOVES.values(), PURPOSE, TRUSTS_THE_PAGE, STAYS_ON_PAGE, TRUSTS_AGREEMENT, NO_CHECK, DISMISSES,
                SEARCHES_THE_WEB, CHANGES_MIND]
    plain = [re.sub(r"\\[a-zA-Z]", " ", p) for p in patterns]  # "\bonline" is "online", not "bonline"
    return frozenset(w for p in plain for w in re.findall(r"[a-z]{4,}", p))


@functools.cache
def reflection_vocabulary() -> frozenset:
    """The words the reflection rubric looks for (4 letters or more), to read a misspelt reflection as meant."""
    plain = [re.sub(r"\\[a-zA-Z]", " ", p) for p in [*REFLECTION_PARTS.values(), REFLECTION_TRUST]]
    return frozenset(w for p in plain for w in re.findall(r"[a-z]{4,}", p))


def spelled_as_meant(text: str, vocabulary: frozenset | None = None) -> str:
    """The text with each misspelt word of the rubric's vocabulary written as meant ("serch" -> "search").

    Only words close to one the rubric looks for are changed, never a word of the articles.

    >>> spelled_as_meant("serch for the intervew and chek reuters")
    'search for the interview and check reuters'
    >>> spelled_as_meant("the artical uses lodaed langauge, i wud chek the bbc", reflection_vocabulary())
    'the article uses loaded language, i would check the bbc'
    """
    vocabulary = plan_vocabulary() if vocabulary is None else vocabulary
    text = re.sub(MISSPELT_WOULD, "would", text)  # "i wud/wuld chek": too short or too far for the vocabulary

    def fix(match):
        word = match.group(0)
        return word if len(word) < 4 or word in vocabulary else as_meant(word, vocabulary)
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


def sentences_of(text: str) -> list[str]:
    """The sentences (and semicolon clauses) of a written answer.

    >>> sentences_of("I would search it. Then compare; and stop!")
    ['I would search it.', 'Then compare;', 'and stop!']
    """
    parts = re.split(r"(?<=[.!?;])\s+|\n+", text.strip())
    return [p.strip() for p in parts if p.strip()]


def reads_as_prose(text: str) -> str:
    """"" when the text reads as sentences; otherwise why not (a keyword list, one word repeated).

    >>> reads_as_prose("blah " * 30)
    "one word ('blah') makes up most of it"
    >>> reads_as_prose("SIFT lateral reading Wikipedia search compare trace original source outlet BBC Reuters")
    'it is a list of keywords, not sentences'
    >>> reads_as_prose("I would look up who runs the site, then compare it with the BBC report.")
    ''
    """
    words = re.findall(r"[a-z']+", text.lower())
    if not words:
        return "it has no words"
    word, n = Counter(words).most_common(1)[0]
    if len(words) >= 8 and (n / len(words) > 0.3 or len(set(words)) / len(words) < 0.4):
        return f"one word ({word!r}) makes up most of it"
    # words that glue a sentence together: keyword lists have almost none
    from ..framing import FUNCTION_WORDS

    if len(words) >= 6 and sum(w in FUNCTION_WORDS for w in words) / len(words) < 0.2:
        return "it is a list of keywords, not sentences"
    return ""


def written_answer(answer, what: str, min_words: int, too_short: str, short_hint: str, prose_hint: str):
    """None when the answer is prose a rubric can read; otherwise the result to return (not answered,
    not text, too long, shorter than ``min_words`` or not written in sentences).
    ``too_short`` is the message with ``{n}`` ("1 word", "3 words": what was written) and ``{min}`` (words wanted)."""
    if answer is ...:
        return not_answered()
    if not isinstance(answer, str):
        return wrong_type(f"the answer should be your {what}, written as text in quotes.", answer)
    if len(answer) > MAX_CHARS:
        return CheckResult(BEGINNING, f"your {what} has {len(answer):,} characters; this check reads at most "
                           f"{MAX_CHARS:,}.", "Write it in your own words, a few sentences long.")
    n_words = len(answer.split())
    if n_words < min_words:
        return CheckResult(BEGINNING, too_short.format(n=word_count(n_words), min=min_words),
                           short_hint)
    not_prose = reads_as_prose(answer)
    if not_prose:
        return CheckResult(BEGINNING, f"this is not yet a {what}: {not_prose}.", prose_hint)
    return None


def word_count(n: int) -> str:
    """A number of words in plain words.

    >>> word_count(0), word_count(1), word_count(12)
    ('no words', '1 word', '12 words')
    """
    return "no words" if n == 0 else f"{n} word{'s' if n != 1 else ''}"


def shorten(sentence: str, limit: int = 120) -> str:
    return "“" + (sentence if len(sentence) <= limit else sentence[: limit - 1] + "…") + "”"


#: The rubric's advice to a plan that does not say what its steps would show: examples that fit any article
#: and any topic (a source always has someone behind it; a claim always has somewhere it started).
SHOW_WHAT = ("Say what each step would show you, for example \"… to see who is behind the website\" or "
             "\"… to see whether the first report of the claim says the same\".")


@guarded
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
        answer, "plan", min_words, "say a little more ({n}).",
        "Which steps would you take, off this page, in what order, and what would each tell you?",
        "Write two or three sentences: what you would look up, where, and what it would tell you about the "
        "source or the claim.")
    if problem is not None:
        return problem
    moves, reasoned, trusting, agreeing, dismissing, met = set(), False, [], [], [], []
    cited = article_text(article).lower().replace("’", "'") if article is not None else ""
    unchecked, on_page, vague, chatbot = [], [], [], []
    changes_mind = False
    for sentence in sentences_of(answer):
        low = spelled_as_meant(sentence.lower().replace("’", "'"))
        low = re.sub(SIFT_WORDS, " ", low)
        low = re.sub(r"\bi'd\b", "i would", low)
        how = dismisses_or_trusts(low)
        if how:  # "no need to check it": whatever else it names, it checks nothing
            (dismissing if how == "dismisses" else unchecked).append(sentence)
            continue
        if re.search(CHATBOT, low):  # "ask ChatGPT who published it": no source, whatever it asks
            chatbot.append(sentence)
            continue
        changes_mind = changes_mind or bool(re.search(CHANGES_MIND, low))
        here = [m for m, pattern in LATERAL_MOVES.items() if re.search(pattern, low)]
        if steps.own_words(low):  # a party's own words are its original, whoever the party: not other coverage
            here = [m for m in LATERAL_MOVES if m == TRACES or (m in here and re.search(LATERAL_MOVES[m],
                                                                                       steps.without_own_words(low)))]
        if re.search(CITED_REPORT, low) and (re.search(CHECKS_CITED, low) or steps.names_cited_report(low, cited)):
            rest = re.sub(CITED_REPORT, " ", re.sub(CHECKS_CITED + r"[^.;,]*", " ", low))
            here = [m for m in LATERAL_MOVES if m == TRACES or (m in here and re.search(LATERAL_MOVES[m], rest))]
        core = steps.without_purpose(low)  # where the sentence goes; what a step is for is not another step
        here = [m for m in here if re.search(LATERAL_MOVES[m], core) or m == TRACES and steps.own_words(core)] or here
        if not here and re.search(SEARCHES_THE_WEB, low):
            if re.search(PURPOSE, low) or set(re.findall(r"[a-z']+", low)) - VAGUE_SEARCH_WORDS:
                here = ["looks for other coverage"]
            else:  # "google it": no what, no where, no why
                vague.append(sentence)
        if re.search(TRUSTS_AGREEMENT, low):
            agreeing.append(sentence)
        elif re.search(TRUSTS_THE_PAGE, low) and not re.search(DISTRUST, low):
            trusting.append(sentence)
        elif re.search(STAYS_ON_PAGE, low) and not here:
            on_page.append(sentence)
        if here:
            moves.update(here)
            why = bool(re.search(PURPOSE, low))
            reasoned = reasoned or why
            met.append(f"Leaves the page ({', '.join(here)}{'; says what it would show' if why else ''}): "
                       f"{shorten(sentence)}")
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
        ("Dismisses the page without checking", dismissing, "Deciding it is false without checking is the same "
         "mistake as trusting it without checking: find out what others say."),
        ("Asks a chatbot", chatbot, "A chatbot is not a source: it does not count as leaving the page."),
    ]
    detail += [f"{fault}: {shorten(sentence)}. {advice}" for fault, sentences, advice in faults for sentence in sentences]
    missing = [m for m in LATERAL_MOVES if m not in moves]
    trusting = unchecked + trusting
    doubts = trusting or agreeing or dismissing
    if dismissing and not (moves and reasoned):
        return CheckResult(BEGINNING, "this plan dismisses the page without checking it.",
                           detail + ["Say where you would look off the page, what you would compare, and what "
                                     "would change your mind."])
    if len(moves) >= 2 and reasoned and not doubts:
        return CheckResult(MASTERY, f"a plan that leaves the page {len(moves)} ways and says what they would show.",
                           detail + ([] if changes_mind else
                                     ["One step further: say what you would need to find to change your mind."])
                           + ["Now carry it out, in a new tab: what do you find?"])
    if moves and (reasoned or not doubts):
        advice = []
        if len(moves) < 2:
            advice.append(f"Add another way to leave the page: {' or '.join(missing)}.")
        if not reasoned:
            advice.append(SHOW_WHAT)
        if doubts:
            advice.append("Drop the steps that trust the page or agreement; say what you would compare.")
        return CheckResult(EMERGING, "a plan that starts to read laterally.", detail + advice)
    if chatbot:
        return CheckResult(BEGINNING, f"{CHATBOT_ADVICE}.", detail)
    if doubts:
        return CheckResult(BEGINNING, "this plan trusts " + ("what sources agree on" if agreeing and not trusting
                                                              else "the page") + " without checking it.",
                           detail + ["Say where you would look off the page, what you would compare, and what "
                                     "would change your mind."])
    if vague and not on_page:
        return CheckResult(BEGINNING, "this plan says to search, but not what you would search for, where, or what "
                           "it would show.",
                           detail + ["Fact-checkers leave the page first: " + "; ".join(LATERAL_MOVES) + "."])
    return CheckResult(BEGINNING, "this plan stays on the page: it does not yet say where you would look off it.",
                       detail + ["Fact-checkers leave the page first: " + "; ".join(LATERAL_MOVES) + ". "
                                 "Say what you would search for, where, and what it would tell you."])


# what a reflection on the analysis can do, sentence by sentence
REFLECTION_PARTS = {
    "names what the analysis showed": (
        r"\b(loaded|label|labels|hedg\w*|booster\w*|quot\w+|sources?|cit(e|es|ed|ing)|attribut\w+|"
        r"verbs? of saying|claim\w*|frame\w*|naming|names?|headline\w*|reading level|figures?|vague|"
        r"anonymous|voice|tone|said|word lists?|the kit|counts?|per 1,?000|emotional (words?|phrases?|language)|"
        r"(uses|used|chooses|chose) ((lots|a lot) of |many |so many )?((loaded|strong|biased|charged) )?"
        r"(words?|phrases?|language)|"
        r"to make (you|us|readers|the reader|people) (feel|angry|afraid|scared|hate|think))\b"),
    "points at the text": (r"[\"“'‘][^\"”'’]*[a-z][^\"”'’]*[\"”'’]|\d|\bfor example\b|\be\.g\.|\bsuch as\b|"
                           r"\bparagraph\b|\bsentence\b|\bthe word\b|\b(words?|phrases?|terms?|language) like [a-z]"),
    "asks what to check elsewhere": (
        r"\b(check|verify|look up|search|find out|compare|original|other (sources|outlets|reports|accounts)|"
        r"i would (want|like) to know|i wonder|question|primary|press release|transcript|"
        r"(still )?(do not|don't|did not|didn't) (yet )?know|not sure (what|who|whether|if)|next|"
        r"(still )?(need|want|have|would like) to (know|find out|see|learn|read)|"
        r"to (see|find out|know) (if|whether))\b"),
}
# a sentence that plans ("i would check other sources", "we need to find out …"): what to check, never a finding
PLANS = r"\W*(i|we)( still| also| then| first| really)? (would|will|could|should|might|want|need|'d|am going|plan)\b"
# a reflection that calls the article false without checking it dismisses it (quoted words such as a scare-quoted
# “fake news” are taken out first: pointing at them is not a verdict)
REFLECTION_DISMISS = (r"\b(fake news|nothing (in it |it says |in the article )?(is|was) (true|right|accurate|real)|"
                      r"(is|are|it's|was)( (?!not\b|never\b|n't\b)[a-z]+){0,2} (lies|lying|propaganda|rubbish|nonsense|"
                      r"made up(?! of)|untrue|a lie|a hoax|fake|false)\b|(cannot|can't|can not) be trusted|"
                      r"(is|it's) (not|never) true)")
# what the article says or calls others is the article's move, not the student's verdict: "it says they are lying",
# "the writer calls the statement nonsense" (up to a "but", "so" or "which" that starts the student's own words)
REPORTS_THE_ARTICLE = (r"\b(says?|said|calls?|called|claims?|claimed|accuses?|accused|suggests?|implies|implied|argues?|"
                       r"argued|insists?|writes?|wrote|labels?|labell?ed|brands?|branded|describes?|described|tells? "
                       r"(us|readers|the reader)|makes? (it|them|the \w+) (sound|seem|look))\b[^.;]*?"
                       r"(?=[.;]|,? (but|so|which|therefore|and so|and i|yet)\b|$)")


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
    """
    low = sentence.lower().replace("’", "'")
    low = re.sub(r"[\"“‘][^\"”’]*[\"”’]|(?<!\w)'[^']*'(?!\w)", " ", low)

    def reported(match):
        before = low[:match.start()]
        return match.group(0) if re.search(r"\b(i|we)( \w+)?( \w+)?\s*$", before) else " "
    own = re.sub(REPORTS_THE_ARTICLE, reported, low)
    own = re.sub(r"\b(if|whether|which (part|parts|claims?|bits?|one)|what)\b[^.;]*", " ", own)  # a question, not a verdict
    return dismisses_or_trusts(own) == "dismisses" or bool(re.search(REFLECTION_DISMISS, own))


# a reflection that takes the article's claim (or a report it cites) as proven: "the article proves …", "because the
# BBC confirmed it", "so the article is right" (not in a clause with if/whether, nor negated)
REFLECTION_PROVEN = (r"(?<!\bnot )(?<!n't )(?<!never )\b(proves?|proved|is proven|is proof)\b(?! (whether|if)\b)|"
                     r"\b(because|since|as) [^.;,]{0,40}\bconfirm(s|ed)\b|\bconfirm(s|ed) (it|this|that it|that this)\b|"
                     r"\bso (the article|it|the writer|they) (is|are|was|must be) (right|correct|true)\b")
# a reflection that trusts the article (or says nothing needs checking) never reaches mastery
REFLECTION_TRUST = (r"\b((?<!before )(?<!until )(?<!unless )i (completely |fully |totally )?(trust|believe) (it|the article|this|the page)|"
                    r"(don't|do not|no|never) need to (check|verify|look)|nothing (else )?to check|"
                    r"(is|it's) (definitely |completely |totally )?(true|reliable|accurate|trustworthy)|"
                    r"everyone should believe)")


@guarded
def check_reflection(answer, article=None, min_words: int = 40) -> CheckResult:
    """A rubric level for a written reflection on what the analysis showed.

    *Mastery*: it names what the analysis showed, points at the text (a quoted word, a
    number, "for example"), and asks what to check elsewhere, in sentences. It is judged on what it
    does: the length asked (about ``min_words`` words) is advice ("add a little more"), except that all three
    parts in under half of it are *Emerging* (too brief to do each). *Emerging*: two of the three.
    *Beginning*: one or none, or not written as sentences; or it judges the article without checking it,
    whether it trusts it ("I trust it completely") or dismisses it ("obviously wrong", "fake news, nothing in it
    is true"): the same fault, said in parallel words.
    Saying what the article does ("it says they are lying") describes it; only the student's own verdict
    ("it is propaganda, so it is false") dismisses it. With ``article`` (the lesson's table of the analysed
    article, a row or its text), a word in quotation marks or named as "words like X" must be in the article:
    one that is not ("'mercyless'") is not yet evidence (*Emerging*, with the article's nearest word). All three
    parts in one run-on sentence are *Emerging*. The feedback quotes which sentences met which part.

    >>> check_reflection("Too short.").status
    'beginning'
    >>> print(check_reflection("The article is fake news, so nothing in it is true.").message)
    it dismisses the article without checking it: a reflection asks what is still unknown, and where to check it.
    >>> text = "The strikes were merciless, a statement called it patent nonsense."
    >>> print(check_reflection("The kit flags 'mercyless' as loaded language. Only US officials are quoted. "
    ...                        "I would check the BBC report to see what it says.", text, min_words=20).detail.splitlines()[-1])
    'mercyless' is not in the article: quote its words exactly (did you mean 'merciless'?).
    """
    problem = written_answer(
        answer, "reflection", 1, f"nothing written yet. Write about {word_count(min_words)}: what the analysis showed, an "
        "example from the text, and what you would check elsewhere.",
        "Name one thing the analysis showed, one example from the text, and one question you would check "
        "elsewhere.",
        "Write in sentences: what the analysis showed, an example, what you would check.")
    if problem is not None:
        return problem
    met: dict[str, str] = {}
    doing = []  # the sentences that do at least one part: one run-on sentence cannot do all three
    judged: dict[str, list] = {"takes the article's claim as proven": [], "trusts": [], "dismisses": []}
    for sentence in sentences_of(answer):
        read = spelled_as_meant(sentence.lower().replace("’", "'"), reflection_vocabulary())  # "lodaed", "chek"
        if dismisses_article(read):
            judged["dismisses"].append(sentence)
            continue  # a sentence that judges the article without checking asks nothing, whatever words it uses
        # "to see if the 4,000 is true" is checking, not trusting: the trust rule skips clauses with if/whether
        judging = re.sub(r"\b(if|whether)\b[^.;]*", " ", read, flags=re.IGNORECASE)
        if re.search(REFLECTION_PROVEN, re.sub(REPORTS_THE_ARTICLE, " ", judging), flags=re.IGNORECASE):
            judged["takes the article's claim as proven"].append(sentence)  # said first: the reason for the level
            continue
        if dismisses_or_trusts(read) or re.search(REFLECTION_TRUST, judging, flags=re.IGNORECASE):
            judged["trusts"].append(sentence)
            continue
        parts = [part for part, pattern in REFLECTION_PARTS.items() if re.search(pattern, read, flags=re.IGNORECASE)]
        if re.match(PLANS, read):  # "i would check other sources": a plan, not a finding, whatever words it uses
            parts = [part for part in parts if part != "names what the analysis showed"]
        doing += [sentence] if parts else []
        met.update({part: sentence for part in parts if part not in met})
    detail = [f"{part.capitalize()}: {shorten(sentence)}" for part, sentence in met.items()]
    proven = judged.pop("takes the article's claim as proven")
    detail = [f"Takes the article's claim as proven: {shorten(sentence)}. An article, or a report it cites, saying so "
              "is not proof: what would you check, and where?" for sentence in proven] + detail
    for how, found in judged.items():  # trusting and dismissing: the same fault, the same words
        detail += [f"{how.capitalize()} the article without checking: {shorten(sentence)}. What would you still "
                   "want to check, and where?" for sentence in found]
    text = article_text(article)
    wrong = misquoted(answer, text) if text else []  # a quoted word must be the article's
    detail += [misquote_note(cited, meant) + "." for cited, meant in wrong]
    figures = misfigured(answer, text) if text else []  # and so must a figure given as the article's
    detail += [misfigure_note(figure) + "." for figure in figures]
    wrong = wrong + figures
    missing = [p for p in REFLECTION_PARTS if p not in met]
    n_words = len(answer.split())
    more = ([f"{'Add a little more' if 2 * n_words >= min_words else 'Write more'}: {word_count(n_words)} — aim for "
             f"about {min_words}."] if n_words < min_words - 1 else [])  # 39 is "about 40"
    if proven:
        return CheckResult(BEGINNING, "it takes the article's claim as proven: a reflection asks what is still "
                           "unknown, and where to check it.",
                           detail + (["Add a sentence that " + " and one that ".join(missing) + "."] if missing
                                     else []))
    if judged["trusts"] or judged["dismisses"]:
        how = "dismisses" if judged["dismisses"] else "trusts"
        return CheckResult(BEGINNING, f"it {how} the article without checking it: a reflection asks what is "
                           "still unknown, and where to check it.",
                           detail + (["Add a sentence that " + " and one that ".join(missing) + "."] if missing
                                     else []))
    if not missing and wrong:
        return CheckResult(EMERGING, "it names a finding and asks what to check, but its example is not in the "
                           "article's " + ("figures." if figures and len(wrong) == len(figures) else "words."),
                           detail + more)
    if not missing and len(doing) < 2:
        return CheckResult(EMERGING, "it names a finding, points at the text and asks what to check, all in one "
                           "sentence: give each its own sentence, and say a little more.", detail + more)
    if not missing and 2 * n_words < min_words:  # all three parts in under half the length asked: too brief
        return CheckResult(EMERGING, f"it names a finding, points at the text and asks what to check, in "
                           f"{word_count(n_words)}: say a little more about each.", detail + more)
    if not missing:  # judged on what it does: the length asked is advice only
        return CheckResult(MASTERY, "it names a finding, points at the text and asks what to check.",
                           detail + more + ["Share it in the discussion: did others see the same things?"])
    advice = "Add a sentence that " + " and one that ".join(missing) + "."
    level = EMERGING if len(met) == 2 else BEGINNING
    words = f"{word_count(n_words)}, and " if more else ""
    parts = "none" if not met else f"{len(met)}"
    return CheckResult(level, f"{words}{parts} of the 3 parts of a reflection.", detail + [advice] + more)
