"""The student's own verdict written straight after a report or after the article's quoted words ('it calls it
"US imperialism" thats cap', '…, and that is legit', '… - sus', '… (cap)', '"…" is cap', 'X says 4,000, lowkey
sus'): read BEFORE what the article says is taken out, so the verdict is not taken out with the report. One rule
for every shape, every verdict word of ``data/verdict_words.csv`` and both directions (for the written answers of
lesson 06's reflection and lesson 03's Exercise 3, :func:`kit.exercises.check_reflection`).

    >>> verdicts_apart('the article calls it "us imperialism" thats cap.')
    'the article calls it "us imperialism"; thats cap.'
"""

from __future__ import annotations

import re

from .evidence import QUOTED
from .verdicts import (
    COPULA,
    VERDICT_CACHE,
    plain_verdict_words,
    spelled_out,
    verdict_intensifiers,
    verdict_pairs,
    verdict_pattern,
    verdict_said,
    verdicts_said,
    without_intensifiers,
)

__all__ = ["verdicts_apart", "predicate_verdict", "page_verdict_sides", "deciding_clause", "reasoned_verdict", "glue",
           "GLUE", "EMOTICON", "EVERYONE", "BOTH", "COVERAGE", "judged_clause", "page_truth_verdict",
           "kept_reason_note", "reason_as_said"]

#: what may stand between a report (or the quoted words) and the verdict after it: an emoticon (":/"), a comma, a
#: colon, a dash, a bracket, a joining word ("and", "but", "so") and words that only soften or fill ("honestly",
#: "tbh", "lowkey", "like": rows of ``data/verdict_words.csv`` marked "intensifier", see :func:`glue`); "which" is
#: the quoted words or the report ("that")
GLUE = r"\s*(?:{emoticon}\s*)?(?P<mark>,|:|[-–—]+|\()?\s*(?:(?:and|but|so)\s+)?(?:(?:{fillers}|{emoticon})\s+)*"
#: a face typed with punctuation (":/", ":(", ";)", ":p"): a tone, not a word
EMOTICON = r"[:;=]['-]?[/\\()|pdo3](?![\w/])"
#: where a verdict can be glued on without quotation marks: a comma, a dash or a bracket with a space before the verdict
BREAKS = r",(?=\s)|\s[-–—]+(?=\s)|\s\("
#: a report in the clause before ("silo says 4,000 people left lowkey sus."): a verdict word may end it with no comma
#: a verb that names what it reports as something ("it calls the story fake news"): a verdict word after its object is
#: the report's own word for it, not one glued on ("it calls the war on terror fake news", "it describes the war on
#: terror as fake news": teacher 57 #2)
CALLS = (r"\b(?:(?:calls?|called|calling|labels?|labell?ed|brands?|branded|dubs?|dubbed)\s+(?:[\w'-]+\s+){0,6}|"
         r"(?:describes?|described|describing|portrays?|portrayed|presents?|presented)\s+(?:[\w'-]+\s+){0,6}as\s+)$")
REPORT = r"\b(?:says|said|say|claims?|claimed|reports?|reported|calls?|called|tells?|told|writes?|wrote|gives?|gave)\b"


def glue() -> tuple[str, str]:
    """The pattern of what may stand between a report and a verdict glued to it (:data:`GLUE`, with the filler words
    of ``data/verdict_words.csv``), and the pattern of a verdict word that ends a clause with nothing before it but
    fillers ("… left lowkey sus."): only words that are verdicts and nothing else, never the plain words of truth.

    >>> import re
    >>> between, last = glue()
    >>> re.match(between, " and honestly its cap").group(0), re.match(between, " :/ cap").group(0)
    (' and honestly ', ' :/ ')
    >>> bool(re.search(last, " left lowkey sus.")), bool(re.search(last, " left true."))
    (True, False)
    """
    verdict_pairs()
    if VERDICT_CACHE.get("glue") is None or VERDICT_CACHE.get("glue_stamp") is not VERDICT_CACHE.get("pairs"):
        words, _ = verdict_intensifiers()
        found = sorted({w for w, at in words if at != "after"}, key=len, reverse=True)
        fillers = rf"\b(?:{'|'.join(re.escape(w) for w in found) or '(?!)'})\b"
        after_none = "".join(rf"(?<!\b{re.escape(w)})" for w in found)  # the first of the fillers, not inside them
        verdicts = sorted({w for a, b, after in verdict_pairs() if after in ("is", "page") for w in (a, b)}
                          - plain_verdict_words(), key=len, reverse=True)
        last = (rf"(?<=[\w%]){after_none}\s+(?=(?:{fillers}\s+)*(?:{'|'.join(map(re.escape, verdicts))})\s*(?:[.!?;]|$))")
        VERDICT_CACHE.update(glue=(GLUE.format(fillers=fillers, emoticon=EMOTICON), last),
                             glue_stamp=VERDICT_CACHE.get("pairs"))
    return VERDICT_CACHE["glue"]


def predicate_verdict(clause: str, verdict: str) -> bool:
    """True when the ``verdict`` words that end a lower-cased ``clause`` are its own predicate, read as the verdicts
    of ``data/verdict_words.csv`` are read (:func:`kit.exercises.verdicts.verdict_pattern`: after "is", or a verb that
    links as "is" does, "seems", "looks", "feels": :data:`kit.exercises.verdicts.COPULA`), whoever it is said of ("what
    russia says is not credible", "… is the facts", "the pentagon says it looks sus"), or what a verb of naming calls something ("it calls the story fake
    news"); not a verdict glued to the report before it ("silo says 4,000 people left lowkey sus").

    >>> predicate_verdict("what russia says is", " not credible"), predicate_verdict("silo says 4,000 people left", " sus")
    (True, False)
    >>> predicate_verdict("the pentagon calls the claim", " fake news"), predicate_verdict("the kremlin is", " a propaganda outlet")
    (True, True)
    """
    before, said = spelled_out(clause.strip()), spelled_out((clause + verdict).strip())  # "looks sus": verdicts.COPULA
    if re.search(CALLS, without_intensifiers(before) + " "):  # "it calls the story fake news": what it is called
        return True
    return any(m.end() > len(before) for m in verdict_pattern().finditer(said) if m.group("is") or m.group("page"))


def verdicts_apart(low: str) -> str:
    """``low`` (a lower-cased sentence) with the verdict glued to its end set apart as a clause of its own ("; …"),
    when what comes after the article's quoted words, or after a comma, a dash or a bracket, is only a verdict on
    it (:func:`kit.exercises.verdicts.verdict_said`, said of "it" or "that"); ``low`` as it is when there is none.
    A description ('"…", a loaded label'), another report ('"…", and the others call it a rescue') and a plain word
    that may agree ('…, true') are no verdict. Quoted words are the subject of "is" only at the start of a clause
    ('"…" is cap'; 'the word "…" is loaded' is about a word).

    >>> [verdicts_apart(f'it calls it "us imperialism"{v}.').split('"')[-1] for v in (", and that is sketchy",
    ...  " - sus", " (cap)", ", and thats legit", ", a loaded label")]
    ['; that is sketchy.', '; sus.', '; cap.', '; thats legit.', ', a loaded label.']
    >>> verdicts_apart('"us imperialism" is cap.'), verdicts_apart('the word "merciless" is biased.')
    ('"us imperialism"; it is cap.', 'the word "merciless" is biased.')
    >>> verdicts_apart("the pentagon says 3,500 came out, while silo says 4,000 left, lowkey sus.")
    'the pentagon says 3,500 came out, while silo says 4,000 left; sus.'
    >>> verdicts_apart("russia says 3,500 came out, lowkey legit."), verdicts_apart("it says 4,000 left, true.")
    ('russia says 3,500 came out; legit.', 'it says 4,000 left, true.')
    >>> verdicts_apart("it labels them 'rebels', and the headline is one-sided.")  # a clause with its own subject
    "it labels them 'rebels', and the headline is one-sided."
    >>> verdicts_apart('it calls it "a rescue" thats cap and "a precise action" lowkey legit.')  # each, either way
    'it calls it "a rescue"; thats cap; and "a precise action"; legit.'
    >>> verdicts_apart('it calls it "a rescue" lowkey legit and "a precise action" thats cap.')
    'it calls it "a rescue"; legit; and "a precise action"; thats cap.'
    """
    between, last = glue()
    ends = {m.end() for m in re.finditer(QUOTED, low)} | {m.start() for m in re.finditer(BREAKS, low)}
    for word in re.finditer(last, low):  # "… left lowkey sus.": a verdict word ends a clause that reports, no comma
        clause = re.split(r"[.;:!?,]\s", low[:word.start()])[-1]
        if re.search(REPORT, clause) and not predicate_verdict(clause, re.match(r"[^.!?;]*", low[word.start():]).group(0)):
            ends.add(word.start())
    limit, tail = len(low), ""  # each verdict set apart, from the last: "… thats cap and "…" lowkey legit"
    for at in sorted(ends, reverse=True):  # a place after which only a verdict follows (up to the next one)
        if at >= limit:
            continue
        glue_ = re.match(between, low[at:limit])
        rest = re.sub(r"^which\b", "that", low[at + glue_.end():limit]).replace(")", "")
        if re.match(rf"{COPULA}\b", rest):  # '"…" is cap': the quoted words, at the start of a clause, are judged
            quoted = next((m for m in re.finditer(QUOTED, low) if m.end() == at), None)
            if quoted is None or glue_.group("mark") or not re.search(r"(?:^|[.;:!?,])\W*$", low[:quoted.start()]):
                continue
            rest = "it " + rest
        elif not re.match(r"(?:that|this|it)(?:'s|s)?\b", rest) and len(re.findall(r"[\w']+", spelled_out(re.sub(QUOTED, "", rest)))) > 3:
            continue  # a clause of its own ("…, and the headline is one-sided"): not glued to what came before
        # a verdict word alone ("- sus", "(cap)", ", lowkey legit") is read as a clause of its own ("it's sus"), but a
        # plain word after a comma may agree ("…, true"): verdicts.fragment_clause decides, as for any sentence
        own = re.sub(rf"\s*(?:,|\b(?:and|but|so)\b)?\s*{QUOTED}\s*$", "", rest)  # up to the next quoted words
        alone = ("; " if glue_.group("mark") != "," else ", ") + own
        said = verdict_said(own if re.match(r"(?:that|this|it)\b", own) else alone)
        if said is not None and said.on_page:  # the fillers ("honestly", "lowkey") only soften it
            limit, tail = at, "; " + own + (";" + rest[len(own):] if own != rest else "") + tail
    return low[:limit] + tail


def page_verdict_sides(low: str) -> set[str]:
    """The sides ("vouches", "doubts") of every verdict on the page a lower-cased sentence gives, each glued verdict
    set apart first (:func:`verdicts_apart`): a sentence that trusts one quotation and dismisses another gives both.

    >>> sorted(page_verdict_sides('it calls it "a rescue" thats cap and "a precise action" lowkey legit.'))
    ['doubts', 'vouches']
    >>> page_verdict_sides('it calls it "a rescue" thats cap.'), page_verdict_sides("the pentagon says 3,500 left.")
    ({'doubts'}, set())
    """
    return {v.side for v in verdicts_said(re.sub(QUOTED, " ", verdicts_apart(low))) if v.on_page}


#: where a sentence's last clause may start: a joining word that draws a conclusion ("so", "because"), after a comma
#: or not; a comma alone, "and" or "but" joins a clause that describes as often ("…, and the headline is one-sided in
#: how it frames …": the whole sentence is read, as before round 31)
CLAUSE_JOIN = r",\s*(?:and\s+)?so\s+|\s(?=(?:so|and so|because|cuz|since|therefore|which means)\s)"


def deciding_clause(sentence: str, also=None) -> tuple[str, str] | None:
    """(the rest, the clause that decides) for a sentence whose last clause alone gives the student's verdict, on a
    page or on anyone, either way, while the words before it give none ("… the article says 4000 mostly fighters so
    the spokesman is lying to cover it up"): the words to take out are that clause, and the rest keeps what it does.
    None when the whole sentence is the verdict, or it has none (student 46 #3). ``also``: the caller's own reading of
    a verdict on the page (a lower-cased clause in, True or False out), read too.

    >>> deciding_clause("the spokesman says 3500 civilians, the article says 4000 so the spokesman is lying")
    ('the spokesman says 3500 civilians, the article says 4000', 'so the spokesman is lying')
    >>> deciding_clause("the article says 4000 so the kremlin is honest")[1], deciding_clause("the kremlin is lying.")
    ('so the kremlin is honest', None)
    >>> deciding_clause("pentagon propaganda lol but i would check the dod transcript.")  # the verdict first
    ('i would check the dod transcript.', 'pentagon propaganda lol')
    >>> deciding_clause("the spokesman says 3500 civilians, while the article says 4000 mostly fighters")
    """
    from .actor_verdicts import claim_verdict, verdict_on_anyone

    def judges(words: str) -> bool:  # one reader of deeds, the page's too ("…, so the article made it up")
        low = spelled_out(words.lower().replace("’", "'"))
        return verdict_on_anyone(low)[0] is not None or claim_verdict(low) is not None or bool(also and also(low))

    for join in reversed(list(re.finditer(CLAUSE_JOIN, sentence))):
        rest, clause = sentence[:join.start()].rstrip(" ,"), sentence[join.end():].strip()
        if len(rest.split()) >= 4 and len(clause.split()) >= 2 and judges(clause) and not judges(rest):
            return rest, (sentence[join.start():].strip(" ,") if re.match(r"\s\w", sentence[join.start():]) else clause)
    first = re.match(r"(?P<verdict>[^.;]+?)\s*,?\s+but\s+(?P<rest>i(?:'d|'ll| would| will| could)\s[^.;]+[.;!?]?)$",
                     sentence.strip(), flags=re.IGNORECASE)  # "russian propaganda lol but I would check …" (t57 #13)
    if first and judges(first.group("verdict")) and not judges(first.group("rest")):
        return first.group("rest"), first.group("verdict")
    return None


#: where a verdict's reason starts: "because", "since", "as", "cuz", a colon, a dash or a comma ("nobody is lying, they
#: count different people")
REASON_JOIN = r"\s*,?\s+(?:because|cuz|cos|coz|since|as)\s+|\s*[:;]\s+|\s+[-–—]+\s+|\s*,\s+"
#: a verdict spread over everyone: "nobody", "no one", "neither of them", "none of them"
EVERYONE = r"(?:nobody|no[- ]one|neither(?: of them| side| account| one)?|none of them)"
#: both accounts at once: "both", "both accounts", "they both", "both of them"
BOTH = r"(?:both(?: of them| accounts| sides| articles| stories| sources)?|they both|the two(?: accounts| sides)?)"
#: what may open the verdict's clause: a joining word ("so nobody is lying") or "I think"
OPENER = r"(?:(?:so|and so|and|but|therefore|which means|i think|i feel|i'd say|i would say)\s+)*"
#: a word that judges how a page or an outlet covers the story, either way and for every side alike ("one sided",
#: "slanted", "biased", "unbalanced", "unfair", "propaganda", "pro-russian", "pro-american", "anti-us"), with the words
#: that only strengthen it ("so", "very", "pure", "russian propaganda")
COVERAGE = (r"(?:(?:so|very|really|totally|clearly|obviously|just|pure|quite|super|completely|heavily|kind of|kinda|"
            r"a bit|a little|too|definitely|probably|100%)\s+)*(?:one[- ]?sided|slanted|(?:un)?biased|(?:un)?balanced|"
            r"(?:un)?fair|partisan|(?:(?!(?:is|are|was|were|a|an|the)\b|[a-z]+ing\b)[a-z-]+\s+)?propaganda|(?:pro|anti)[- ][a-z]+)")
#: a truth verdict on the accounts that clears or condemns them all, or clears the page ("both are telling the
#: truth", "nobody is lying", "the article isn't lying"): a reason that shows how they differ is the finding
TRUTH_ON_ALL = (r"(?:is|are|was|were|'s|'re)\s+(?:(?:just|simply|really|actually|probably)\s+)*(?P<not>not\s+|n't\s+)?"
                r"(?:(?:just|simply|really|actually)\s+)*(?P<truth>lying|telling the truth|honest|right|wrong|liars?)")


def judged_clause(low: str) -> tuple[str, str] | None:
    """(the judgement's words, "vouches", "doubts" or "covers") when a lower-cased clause is only a judgement: a word on
    how a page covers the story said of a page, an article's id or an outlet (:data:`COVERAGE`), or a truth verdict
    on both accounts or everyone, or one that clears the page (:data:`TRUTH_ON_ALL`); None for any other clause.

    >>> judged_clause("the article is pro-russian"), judged_clause("russia-charges-pentagon is so biased")
    (('the article is pro-russian', 'covers'), ('russia-charges-pentagon is so biased', 'covers'))
    >>> judged_clause("global research is biased")[1], judged_clause("rt is biased")[1], judged_clause("the pentagon is biased")
    ('covers', 'covers', None)
    >>> judged_clause("both are telling the truth"), judged_clause("the article isn't lying")
    (('both are telling the truth', 'vouches'), ('the article is not lying', 'vouches'))
    >>> judged_clause("nobody is telling the truth"), judged_clause("the pentagon is lying"), judged_clause("it says 4,000")
    (('nobody is telling the truth', 'doubts'), None, None)

    A verdict of truth on one page, either way ("the article is fake news", "it is lies", "the article is true"),
    "decides": a reason from the text is a finding, but no reason from the text shows what is true (round 34).
    "it's", "its giving" (slang for "it is") and the words that only strengthen ("def", "fr") are read as "is" is.

    >>> judged_clause("the article is fake news"), judged_clause("this article is def true")
    (('the article is fake news', 'decides'), ('this article is true', 'decides'))
    >>> judged_clause("its giving propaganda fr"), judged_clause("it's one sided")
    (('it is propaganda', 'covers'), ('it is one sided', 'covers'))
    """
    from .actor_verdicts import PAGE_ACTOR
    from .plan_steps import NAMED_OUTLET

    own = re.sub(r"\b(is|are|was|were)n'?t\b", r"\1 not", re.sub(rf"^\W*{OPENER}", "", low.strip(" .!,")))
    own = re.sub(r"\b(it|this|that)(?:'s|s| is)(?: giving)?(?=\s)", r"\1 is", without_intensifiers(own))  # "its giving"
    page = (rf"(?:it|this|that|{PAGE_ACTOR}|(?:the |this |that )?[a-z'-]+(?: [a-z'-]+)? (?:(?:article|piece|page|text|"
            r"site|website|report|outlet|account)s?|stor(?:y|ies)))")  # "both articles", "the pentagon's account"
    if re.fullmatch(rf"(?:{page}|(?:the )?{NAMED_OUTLET})\s+(?:is|are|was|were|'s|seems?|looks?|sounds?|feels?)\s+(?:a\s+)?{COVERAGE}"
                    r"(?:\s+(?:article|story|piece|page|site|outlet|source))?", own):
        return own, "covers"
    truth = re.fullmatch(rf"(?P<who>{page}|{BOTH}|{EVERYONE})\s*{TRUTH_ON_ALL}", own)
    if truth is None or not (re.fullmatch(rf"{BOTH}|{EVERYONE}", truth.group("who")) or truth.group("not")):
        return (own, "decides") if truth is not None or page_truth_verdict(own, page) else None
    vouches = (truth.group("truth") in ("telling the truth", "honest", "right")) != bool(truth.group("not"))
    vouches = not vouches if re.fullmatch(EVERYONE, truth.group("who")) else vouches  # "nobody is lying": clears all
    if not re.fullmatch(rf"{BOTH}|{EVERYONE}", truth.group("who")) and not (vouches and truth.group("not")):
        return own, "decides"  # on one page, only a denial ("the article isn't lying, it just …") clears it
    return own, "vouches" if vouches else "doubts"


def page_truth_verdict(own: str, page: str) -> bool:
    """True when a lower-cased clause is only a verdict of ``data/verdict_words.csv`` said of the page (``page``: what
    names it, :func:`judged_clause`), either way ("the article is fake news", "it is lies", "the article is true"):
    the verdict, and at most a word that strengthens it ("all lies", "pure fake news"), nothing else.

    >>> page = "(?:it|the article)"
    >>> page_truth_verdict("the article is fake news", page), page_truth_verdict("it is all lies", page)
    (True, True)
    >>> page_truth_verdict("the article is true to its sources", page), page_truth_verdict("rt is fake", page)
    (False, False)
    """
    found = re.fullmatch(rf"(?:{page})\s+{COPULA}\s+(?:not\s+)?(?P<rest>[a-z' -]+)", own)
    said = verdict_said(own) if found else None
    return bool(said and said.on_page and said.words in found.group("rest")
                and len(found.group("rest").split()) <= len(said.words.split()) + 1)


def reasoned_verdict(sentence: str, finds) -> tuple[str, str, bool] | None:
    """(the verdict's words as written, the reason, whether the verdict still decides) for a sentence that gives a
    verdict and then the reason for it, when the reason alone points at the text (``finds``: the caller's reading of
    a clause, True when it names a finding or points at the text, and gives no verdict of its own); None otherwise.
    One rule for every judgement word (teacher 57 #4): a word on how a page covers the story (:data:`COVERAGE`:
    "one sided", "slanted", "biased", "unfair", "propaganda", "pro-russian", "pro-american" …), said of a page, an
    article's id or an outlet, either way and for every side alike ("the article is one sided because the 2 board
    members who voted no are not quoted", "it is pro-american because it never quotes Russia"): the reason is what
    was found, and the word is to go. A truth verdict that clears both accounts or everyone ("both are telling the
    truth because they count different people", "nobody is lying: …") or denies that the page lies ("the article
    isn't lying, it just gives no source …"): the accounts differ, no one needs to be lying. Its mirror, "nobody is
    telling the truth", "both are lying", calls every account false, and what the reason shows is no reason for that:
    it still decides (student 47 #1, teacher 56 #3). So does a truth verdict on one page, either way ("the article is
    fake news / lies / true because …"): the reason is still kept as the finding, and the word is to go, as for every
    judgement word (teacher 58 #9; :func:`kept_reason_note`).

    >>> finds = lambda clause: "quot" in clause or "count" in clause or "source" in clause
    >>> reasoned_verdict("The article is one sided because the 2 board members are not quoted.", finds)
    ('one sided', 'the 2 board members are not quoted.', False)
    >>> reasoned_verdict("The article is pro-russian cuz it never quotes the Pentagon.", finds)
    ('pro-russian', 'it never quotes the Pentagon.', False)
    >>> reasoned_verdict("Nobody is lying: they count different people.", finds)
    ('Nobody is lying', 'they count different people.', False)
    >>> reasoned_verdict("The article is balanced: it quotes 'merciless'.", finds)  # no reason given: round 29's rule
    >>> reasoned_verdict("Nobody is telling the truth: they count different people.", finds)
    ('Nobody is telling the truth', 'they count different people.', True)
    >>> reasoned_verdict("The article isn't lying, it just gives no source for the 4,000.", finds)
    ("The article isn't lying", 'it just gives no source for the 4,000.', False)
    >>> reasoned_verdict("The article is lying because it never quotes the spokesman.", finds)  # still decides
    ('The article is lying', 'it never quotes the spokesman.', True)
    >>> reasoned_verdict("its giving propaganda fr because it never quotes russia.", finds)
    ('propaganda', 'it never quotes russia.', False)
    >>> reasoned_verdict("The article is biased because the writer is biased.", finds)  # no reason from the text
    """
    for join in re.finditer(REASON_JOIN, sentence):
        clause, reason = sentence[:join.start()].strip(), sentence[join.end():].strip()
        low = spelled_out(clause.lower().replace("’", "'"))
        judged = judged_clause(low)
        if judged is None or not reason or not finds(reason) or judged[1] == "covers" and not re.search(r"[a-z]", join.group(0)):
            continue  # "one-sided: it says …" gives no reason: a word on how it covers, by round 29's rule (t53 #5)
        start = len(clause) - len(re.sub(rf"^\W*{OPENER}", "", clause, flags=re.IGNORECASE))
        words = list(re.finditer(rf"\b{COVERAGE}(?![\w-])", clause, flags=re.IGNORECASE)) if judged[1] == "covers" else []
        return (words[-1].group(0) if words else clause[start:]).strip(" ,.!"), reason, judged[1] in ("doubts", "decides")
    return None


def kept_reason_note(verdict: str, reason: str, decides: bool) -> str:
    """The note for a judgement word given with a reason from the text (:func:`reasoned_verdict`): the reason is kept
    as the finding and the word is to go, one rule for every word; a word that still decides (a verdict of truth,
    "fake news", "lies", "true") says so, whichever way it points (teacher 58 #9).

    >>> print(kept_reason_note("one sided", "it never quotes Russia.", False))
    Take out “one sided” and keep the reason: “it never quotes Russia”. Check it in the text first: a reason counts only if the text shows it.
    >>> print(kept_reason_note("The article is fake news", "it never names a source for the 4,000.", True))
    “fake news” decides what is true before anything is checked; “it never names a source for the 4,000” is a finding: keep it.
    """
    reason = reason.strip().rstrip(".!")
    if not decides:
        return (f"Take out “{verdict}” and keep the reason: “{reason}”. Check it in the text first: a reason counts "
                "only if the text shows it.")
    said = verdict_said(spelled_out(verdict.lower().replace("’", "'")))
    found = re.search(rf"\b{re.escape(said.words)}\b", verdict, flags=re.IGNORECASE) if said else None
    word = found.group(0) if found else verdict
    return f"“{word}” decides what is true before anything is checked; “{reason}” is a finding: keep it."


def reason_as_said(verdict: str, reason: str) -> str:
    """A verdict's reason with "it" or "this" at its start (the page the verdict is said of) written as the verdict's
    subject, so the reason reads as a sentence of its own ("The article is anti-russian" + "it says the Kremlin …":
    "The article says the Kremlin …"), for the checks that read who said what.

    >>> reason_as_said("The article is anti-russian", "it says the Kremlin colluded with ISIS.")
    'The article says the Kremlin colluded with ISIS.'
    >>> reason_as_said("It is biased", "it never quotes Russia.")
    'it never quotes Russia.'
    """
    subject = re.match(rf"\W*(?:{OPENER})?(?P<who>.+?)\s+(?:is|are|was|were|'s|seems?|looks?)\b", verdict, flags=re.IGNORECASE)
    if subject is None or re.fullmatch(r"(?:it|this|that)", subject.group("who"), flags=re.IGNORECASE):
        return reason
    return re.sub(r"^(?:it|this)\b", subject.group("who"), reason.strip(), flags=re.IGNORECASE)
